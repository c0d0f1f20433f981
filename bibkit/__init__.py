"""bibkit: turns the hand-written footnotes of commentaries into a real bibliography."""

__version__ = "0.1.0"
