r"""The LaTeX reader: a commentary written in LaTeX, its sources in ``\footnote`` (or ``\endnote``,
``\sidenote``, ``\marginnote``, ``\pagenote``, ``\footnotemark`` + ``\footnotetext``).

pylatexenc parses the source (``LatexWalker``, tolerant: a stray brace costs a little text, never
the file) and turns nodes into Unicode text (``LatexNodes2Text``: accents, quotes, dashes, ``~``,
``\&``). ``_Renderer`` is that text converter with what a commentary needs on top: each note becomes
a marker in the body and a note of its own, labelled as LaTeX prints it; headings, list items and
``\par`` start paragraphs; floats keep only their captions; math and ``\verb`` stay as written;
inside a note italics become ``*x*`` and links keep their URL. ``\url`` and ``\href`` read their URL
verbatim, as LaTeX does, so ``%`` and ``#`` in it survive. Commands the document defines with
``\newcommand`` are expanded from their definition; other unknown commands vanish, but their
arguments stay as text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from pylatexenc import latex2text, latexwalker
from pylatexenc.latex2text import LatexNodes2Text, MacroTextSpec, SpecialsTextSpec
from pylatexenc.latexwalker import (
    LatexCharsNode,
    LatexEnvironmentNode,
    LatexGroupNode,
    LatexMacroNode,
    LatexNode,
    LatexWalker,
    LatexWalkerError,
    ParsingState,
)
from pylatexenc.macrospec import (
    EnvironmentSpec,
    LatexContextDb,
    MacroSpec,
    MacroStandardArgsParser,
    ParsedMacroArgs,
    SpecialsSpec,
)

from ..model import Name, PartialDate, Problem
from .draft import (
    _MARKER_RE,
    _SENTINEL_RE,
    _Draft,
    _is_number,
    _keep_url,
    _marker,
    _Meta,
    _roman,
    _squash,
    _with_urls,
)
from .metadata import _byline_meta, _merge_meta, _name, _split_names, _text_meta, parse_date
from .text import _read_text


def read_latex(text: str, problems: list[Problem], document: str) -> _Draft:
    r"""The body between ``\begin{document}`` and ``\end{document}`` (the whole text without
    them), its notes, and the title, authors and date the source states."""
    text = _SENTINEL_RE.sub("", text)
    renderer = _Renderer(document, problems, _endnotes_apart(text))
    try:
        body = _paragraphs(renderer.nodelist_to_text(_body_nodes(text, renderer)))
    except (LatexWalkerError, RecursionError) as exc:  # tolerant parsing still gives up on a few inputs
        problems.append(Problem(document, f"could not be read as LaTeX ({type(exc).__name__}); read as plain text"))
        return _read_text(text)
    meta = renderer.meta(body)
    if not meta.authors or not meta.date:  # a byline set by hand ("By ...", a date line)
        meta = _merge_meta(meta, _byline_meta(body))
    if not meta.title:  # a title set by hand ({\LARGE ...}): what a plain text's first lines would say
        header = body.split("\n\n", 40)[:40]
        meta.title = _text_meta(header, header).title
    numbered = renderer.book.styles["footnote"] == "arabic"  # the footnotes, at least, run 1..N
    return _Draft(body=body, notes=renderer.book.ordered(), meta=meta, numbered=numbered)


_BEGIN_DOCUMENT = re.compile(r"^[^%\n]*?(\\begin\s*\{document\})", re.M)


def _endnotes_apart(text: str) -> bool:
    """Whether both footnotes and endnotes are used, so the endnotes need labels of their own."""
    return bool(re.search(r"\\(?:footnote(?:mark)?|sidenote|footcite)(?![A-Za-z])", text)) and bool(
        re.search(r"\\(?:endnote|pagenote)(?![A-Za-z])", text)
    )


def _body_nodes(text: str, renderer: _Renderer) -> list[LatexNode]:
    r"""The nodes of the ``document`` environment (of the whole text without one). The preamble is
    read first: it states the metadata and defines the commands the body's parser must know."""
    m = _BEGIN_DOCUMENT.search(text)
    if m is None:
        renderer.walker = LatexWalker(text, latex_context=_walker_context(), tolerant_parsing=True)
        return renderer.walker.get_latex_nodes()[0]
    start = m.start(1)
    renderer.walker = LatexWalker(text[:start], latex_context=_walker_context(), tolerant_parsing=True)
    renderer.quiet = True  # the preamble prints nothing
    renderer.nodelist_to_text(renderer.walker.get_latex_nodes()[0])
    renderer.quiet = False
    renderer.walker_context = _document_context(renderer.definitions)
    renderer.walker = LatexWalker(text, latex_context=renderer.walker_context, tolerant_parsing=True)
    document = renderer.walker.get_latex_environment(start, environmentname="document")[0]
    return document.nodelist if document is not None else []


_PARAGRAPH_BREAK = re.compile(r"\n[ \t]*\n\s*")


def _paragraphs(text: str) -> str:
    return "\n\n".join(p for p in (_squash(p) for p in _PARAGRAPH_BREAK.split(text)) if p)


# --------------------------------------------------------------------------- how to parse


class _VerbatimFirstArg(MacroStandardArgsParser):
    r"""``\url{...}``, ``\href{...}{text}``: the first argument read verbatim, as LaTeX reads a URL,
    so a ``%`` in it is no comment (``\url|...|`` too). Unbalanced braces fall back to the usual
    parsing rather than swallowing the document."""

    def __init__(self, rest: str = "") -> None:
        super().__init__(argspec="{" + rest)
        self.rest = rest

    def parse_args(
        self, w: LatexWalker, pos: int, parsing_state: ParsingState | None = None
    ) -> tuple[ParsedMacroArgs, int, int]:
        start = pos
        while pos < len(w.s) and w.s[pos] in " \t\n":
            pos += 1
        end = _verbatim_end(w.s, pos)
        if end < 0:
            return super().parse_args(w, start, parsing_state=parsing_state)
        url = w.make_node(
            LatexCharsNode, parsing_state=parsing_state, chars=w.s[pos + 1 : end], pos=pos + 1, len=end - pos - 1
        )
        args, after = [url], end + 1
        if self.rest:
            more, more_pos, more_len = MacroStandardArgsParser(self.rest).parse_args(w, after, parsing_state)
            args += more.argnlist
            after = more_pos + more_len
        return ParsedMacroArgs(argspec=self.argspec, argnlist=args), start, after - start


def _verbatim_end(s: str, pos: int) -> int:
    """Where a verbatim argument opened at ``pos`` (``{...}`` or ``|...|``) closes, or -1."""
    if pos >= len(s):
        return -1
    opener = s[pos]
    if opener != "{":
        return s.find(opener, pos + 1, pos + 2000) if opener in "|+!/\"'=" else -1
    depth = 0
    for i in range(pos, min(len(s), pos + 2000)):  # no URL is longer: give up rather than read on
        if s[i] in "{}" and s[i - 1] != "\\":
            depth += 1 if s[i] == "{" else -1
            if depth == 0:
                return i
    return -1


_CITE_COMMANDS = (
    "cite", "Cite", "citep", "citet", "citealp", "citealt", "Citep", "Citet", "autocite", "Autocite",
    "parencite", "Parencite", "textcite", "Textcite", "smartcite", "Smartcite", "supercite", "fullcite",
    "citetitle", "citeauthor", "Citeauthor", "citeyear",
)
_FOOT_CITES = ("footcite", "footcitetext", "footfullcite")
_HEADINGS = (
    "part", "chapter", "section", "subsection", "subsubsection", "paragraph", "subparagraph", "addsec",
    "addchap", "minisec",
)
# The arguments of commands pylatexenc does not know (an unknown command takes none: its
# argument is left standing as a group, whose text is kept)
_MACRO_ARGS = {
    "footnote": "[{", "footnotemark": "[", "footnotetext": "[{", "endnote": "[{", "endnotemark": "[",
    "endnotetext": "[{", "pagenote": "[{", "sidenote": "[[{", "sidenotemark": "[", "sidenotetext": "[[{",
    "marginnote": "[{[", "thanks": "{", "title": "[{", "author": "[{", "affil": "[{", "subtitle": "{",
    "caption": "*[{", "captionof": "*{[{", "sidecaption": "*[[{", "makebox": "[[{", "fbox": "{", "hbox": "{",
    "textsuperscript": "{", "textsubscript": "{", "textnormal": "{", "foreignlanguage": "[{{",
    "enquote": "*{", "mkbibquote": "{", "mkbibemph": "{", "MakeUppercase": "{", "MakeTextUppercase": "{",
    "epigraph": "{{", "addtocounter": "{{", "DeclareRobustCommand": "*{[[{", "NewDocumentCommand": "{{{",
    "RenewDocumentCommand": "{{{", "ProvideDocumentCommand": "{{{", "bibliographystyle": "{",
    "printbibliography": "[", "addbibresource": "[{", "hyphenation": "{", "pdfbookmark": "[{{",
    "nocite": "{", "textcolor": "[{{", "newcounter": "{[",
    **{name: "*[[{" for name in _CITE_COMMANDS + _FOOT_CITES},
    **dict.fromkeys(("thispagestyle", "pagestyle", "geometry", "newgeometry", "pagenumbering", "markright",
                     "linespread", "setstretch", "enlargethispage"), "*{"),
    **dict.fromkeys(("fancyhead", "fancyfoot", "fancyhf", "lhead", "chead", "rhead", "lfoot", "cfoot", "rfoot",
                     "captionsetup", "setlist", "setmainfont", "setsansfont", "setmonofont"), "[{"),
    "markboth": "{{", "addcontentsline": "{{{", "addtocontents": "{{", "titleformat": "*{[{{{{[",
    **{name: "*[{" for name in _HEADINGS},
}
_ENVIRONMENT_ARGS = {
    "otherlanguage": "{", "otherlanguage*": "{", "minipage": "[[[{", "multicols": "{", "multicols*": "{",
    "wrapfigure": "[{[{", "wraptable": "[{[{", "marginfigure": "[", "margintable": "[", "thebibliography": "{",
    "longtable": "[{", "tabularx": "{{",
}


@lru_cache(maxsize=1)
def _walker_context() -> LatexContextDb:
    """pylatexenc's commands and environments with bibkit's; built once and never changed."""
    context = latexwalker.get_default_latex_context_db()
    macros = [MacroSpec(name, argspec) for name, argspec in _MACRO_ARGS.items()]
    macros += [MacroSpec(name, args_parser=_VerbatimFirstArg()) for name in ("url", "nolinkurl", "path", "doi")]
    macros.append(MacroSpec("href", args_parser=_VerbatimFirstArg("{")))
    environments = [EnvironmentSpec(name, argspec) for name, argspec in _ENVIRONMENT_ARGS.items()]
    quotes = [SpecialsSpec("`"), SpecialsSpec("'")]  # single quotes: ``x'' pylatexenc knows, `x' it leaves as typed
    context.add_context_category("bibkit", macros=macros, environments=environments, specials=quotes, prepend=True)
    return context


def _document_context(definitions: dict[str, _Definition]) -> LatexContextDb:
    r"""The walker's context plus the commands this document defines (with their arguments)."""
    if not definitions:
        return _walker_context()
    context = _walker_context().filter_context()  # a copy: the shared one stays as it is
    specs = [MacroSpec(name, definition.argspec) for name, definition in definitions.items()]
    context.add_context_category("document", macros=specs, prepend=True)
    return context


# --------------------------------------------------------------------------- how to print

_SYMBOLS = {
    "S": "§", "P": "¶", "textsection": "§", "textparagraph": "¶", "pounds": "£", "textsterling": "£",
    "euro": "€", "EUR": "€", "glqq": "„", "grqq": "“", "glq": "‚", "grq": "‘", "flqq": "«", "frqq": "»",
    "flq": "‹", "frq": "›", "og": "« ", "fg": " »", "guillemetleft": "«", "guillemetright": "»",
    "guillemotleft": "«", "guillemotright": "»", "textquotesingle": "'", "textquotedbl": '"', "TeX": "TeX",
    "LaTeX": "LaTeX", "LaTeXe": "LaTeX2e", "XeLaTeX": "XeLaTeX", "-": "", "/": "", "@": "", ",": " ",
    ";": " ", ":": " ", "!": "", "newline": " ", "linebreak": " ", "nobreakspace": " ", "textasciitilde": "~",
    "textbar": "|", "textless": "<", "textgreater": ">", "textunderscore": "_", "textellipsis": "…",
    "dots": "…", "ldots": "…", "includegraphics": "", "hspace": " ", "hfill": " ", "quad": " ", "qquad": " ",
    "enskip": " ", "enspace": " ",
}
_KEEP_TEXT = (
    "mbox", "hbox", "fbox", "textnormal", "textup", "textmd", "textsf", "texttt", "textsuperscript",
    "textsubscript", "MakeUppercase", "MakeTextUppercase", "mkbibemph", "textsl",
)


@lru_cache(maxsize=1)
def _text_context() -> LatexContextDb:
    """How pylatexenc prints commands, with the symbols and wrappers it leaves out."""
    context = latex2text.get_default_latex_context_db()
    macros = [MacroTextSpec(name, simplify_repl=text) for name, text in _SYMBOLS.items()]
    macros += [MacroTextSpec(name, discard=False) for name in _KEEP_TEXT]
    macros += [
        MacroTextSpec("makebox", simplify_repl="%(3)s"),
        MacroTextSpec("foreignlanguage", simplify_repl="%(3)s"),
        MacroTextSpec("enquote", simplify_repl="“%(2)s”"),
        MacroTextSpec("mkbibquote", simplify_repl="“%s”"),
        MacroTextSpec("caption", simplify_repl="%(3)s"),
        MacroTextSpec("captionof", simplify_repl="%(4)s"),
    ]
    quotes = [SpecialsTextSpec("`", "‘"), SpecialsTextSpec("'", "’")]  # as LaTeX prints `Title' and Union's
    context.add_context_category("bibkit", macros=macros, specials=quotes, prepend=True)
    return context


_ITALIC_COMMANDS = frozenset({"emph", "textit", "textsl", "mkbibemph"})
_ITALIC_SWITCHES = frozenset({"em", "it", "itshape", "sl", "slshape"})
_FLOATS = frozenset(
    "figure figure* table table* wrapfigure wraptable marginfigure margintable sidewaysfigure sidewaystable "
    "SCfigure SCtable subfigure".split()
)
_DROPPED = frozenset("thebibliography tikzpicture picture comment filecontents titlepage".split())
_INLINE = frozenset({"otherlanguage*", "math", "document"})
_SILENT = (
    "maketitle tableofcontents listoffigures listoftables printbibliography bibliography bibliographystyle "
    "addbibresource theendnotes printendnotes printpagenotes nocite documentclass newcounter label "
    "thispagestyle pagestyle geometry newgeometry pagenumbering markright markboth linespread setstretch "
    "enlargethispage fancyhead fancyfoot fancyhf lhead chead rhead lfoot cfoot rfoot captionsetup setlist "
    "setmainfont setsansfont setmonofont addcontentsline addtocontents titleformat".split()
)
_STYLES = ("arabic", "roman", "Roman", "alph", "Alph", "fnsymbol")
_FNSYMBOLS = ("*", "†", "‡", "§", "¶", "‖", "**", "††", "‡‡")
_SERIES_RANK = {"footnote": 0, "endnote": 1, "margin": 2}


@dataclass
class _Definition:
    r"""A command the document defines: ``\newcommand{\name}[2][default]{body with #1 and #2}``."""

    argspec: str
    default: str | None
    body: str


@dataclass
class _NoteBook:
    """The notes found so far, and the counters that number them as LaTeX does."""

    counters: dict[str, int] = field(default_factory=lambda: dict.fromkeys(_SERIES_RANK, 0))
    styles: dict[str, str] = field(default_factory=lambda: {"footnote": "arabic", "endnote": "arabic"})
    notes: dict[str, tuple[str, int]] = field(default_factory=dict)
    series: dict[str, str] = field(default_factory=dict)  # label -> the series it belongs to

    def next_label(self, series: str, given: str = "") -> str:
        r"""The label of a new mark; ``\footnote[7]`` prints 7 without stepping the counter."""
        given = given.strip()
        if given.isdigit():
            return self.printed(series, int(given))
        if given:
            return given
        self.counters[series] += 1
        return self.printed(series, self.counters[series])

    def current_label(self, series: str, given: str = "") -> str:
        r"""The label of ``\footnotetext`` without a number: the counter as it stands."""
        if given.strip():
            return self.next_label(series, given)
        return self.printed(series, self.counters[series])

    def printed(self, series: str, number: int) -> str:
        if series == "margin":
            return f"m{number}"  # margin notes print no mark: a label of their own
        return _styled(number, self.styles.get(series, "arabic"))

    def ordered(self) -> list[tuple[str, str, int]]:
        """Footnotes, then endnotes, then margin notes; by number where numbered, else as found."""
        found = {label: i for i, label in enumerate(self.notes)}

        def key(label: str) -> tuple[int, int, int]:
            number = label.split(".")[0]  # "5.2", the second note printed 5, goes after 5
            return (_SERIES_RANK[self.series[label]], int(number) if _is_number(number) else 0, found[label])

        return [(label, *self.notes[label]) for label in sorted(self.notes, key=key)]


def _styled(number: int, style: str) -> str:
    r"""A counter as ``\roman``, ``\alph``, ``\fnsymbol``... print it."""
    if style in ("roman", "Roman") and number > 0:
        text = _roman(number)
        return text.upper() if style == "Roman" else text
    if style in ("alph", "Alph") and 1 <= number <= 26:
        letter = chr(ord("a") + number - 1)
        return letter.upper() if style == "Alph" else letter
    if style == "fnsymbol" and 1 <= number <= len(_FNSYMBOLS):
        return _FNSYMBOLS[number - 1]
    return str(number)


class _Renderer(LatexNodes2Text):
    """pylatexenc's text converter, with notes, headings, floats, links and metadata handled the way
    bibkit needs them. One renderer reads one document: it keeps the notes and the counters."""

    def __init__(self, document: str, problems: list[Problem], endnotes_apart: bool) -> None:
        super().__init__(latex_context=_text_context(), math_mode="verbatim", strict_latex_spaces="except-in-equations")
        self.document = document
        self.problems = problems
        self.walker: LatexWalker | None = None
        self.walker_context = _walker_context()
        self.book = _NoteBook()
        if endnotes_apart:
            self.book.styles["endnote"] = "roman"
        self.definitions: dict[str, _Definition] = {}
        self.metadata: dict[str, list] = {"title": [], "author": [], "date": [], "pdftitle": [], "pdfauthor": []}
        self.headings: list[str] = []
        self.in_note = False  # printing a note: italics as *x*, link URLs kept
        self.quiet = False  # printing the preamble or metadata: notes print nothing
        self.urls: list[str] = []  # link URLs of the note being printed
        self.cites: list[str] = []  # \cite keys of the note being printed
        self.note_keys: dict[str, str] = {}  # \label{key} inside a note -> the note's label
        self.expansion_line = 0  # inside a \newcommand's body: the line of the command
        self.expansion_depth = 0
        self.handlers = {
            "footnote": self._footnote, "endnote": self._footnote, "sidenote": self._footnote,
            "pagenote": self._footnote, "footnotemark": self._note_mark, "endnotemark": self._note_mark,
            "sidenotemark": self._note_mark, "footnotetext": self._note_text_only,
            "endnotetext": self._note_text_only, "sidenotetext": self._note_text_only,
            "marginnote": self._margin_note, "par": self._paragraph_break, "item": self._item,
            "url": self._url, "nolinkurl": self._url, "path": self._url, "doi": self._doi, "href": self._href,
            "verb": self._verbatim, "title": self._record_meta, "author": self._record_meta,
            "date": self._record_meta, "thanks": self._nothing, "setcounter": self._set_counter,
            "addtocounter": self._set_counter, "hypersetup": self._hypersetup, "usepackage": self._usepackage,
            "newcommand": self._define, "renewcommand": self._define, "providecommand": self._define,
            "DeclareRobustCommand": self._define, "NewDocumentCommand": self._define_xparse,
            "RenewDocumentCommand": self._define_xparse, "ProvideDocumentCommand": self._define_xparse,
            "input": self._not_read, "include": self._not_read, "epigraph": self._epigraph, "ref": self._ref,
            **dict.fromkeys(_CITE_COMMANDS, self._cite),
            **dict.fromkeys(_FOOT_CITES, self._foot_cite),
            **dict.fromkeys(_HEADINGS, self._heading),
            **dict.fromkeys(_SILENT, self._nothing),
        }

    # ---- the node types pylatexenc prints

    def macro_node_to_text(self, node: LatexMacroNode) -> str:
        name = node.macroname
        handler = self.handlers.get(name)
        if handler is not None:
            return handler(node)
        if name in self.definitions:
            return self._expand(node)
        if self.in_note and name in _ITALIC_COMMANDS:
            return _italic(self._last_arg_text(node))
        return super().macro_node_to_text(node)

    def group_node_to_text(self, node: LatexGroupNode) -> str:
        r"""``{\em ...}`` and ``{\it ...}`` in a note are italics."""
        text = super().group_node_to_text(node)
        if self.in_note and _starts_with_switch(node.nodelist):
            return _italic(text)
        return text

    def environment_node_to_text(self, node: LatexEnvironmentNode) -> str:
        """Lists, quotations and the like are paragraphs of their own; a float leaves its captions."""
        name = node.environmentname
        if name in _FLOATS:
            return "".join(f"\n\n{self._last_arg_text(c)}\n\n" for c in _captions(node.nodelist))
        if name in _DROPPED:
            return ""
        if name == "verbatim":
            return "\n\n" + getattr(node.nodeargd, "verbatim_text", "") + "\n\n"
        text = super().environment_node_to_text(node)
        if name in _INLINE or getattr(self.walker_context.get_environment_spec(name), "is_math_mode", False):
            return text  # displayed math stays in its sentence
        return f"\n\n{text}\n\n"

    def apply_simplify_repl(self, node: LatexNode, simplify_repl: object, what: str) -> str:
        """A command met as another's argument (``\\'\\caption``) has no arguments of its own: pylatexenc's
        '%(3)s' replacements then fail, and print nothing (the group after it still prints)."""
        try:
            return super().apply_simplify_repl(node, simplify_repl, what)
        except (KeyError, IndexError, TypeError, AttributeError):
            return ""

    # ---- notes

    def _footnote(self, node: LatexMacroNode) -> str:
        r"""``\footnote[n]{text}`` and its kin: a marker here, the note in the book."""
        if self.quiet:
            return ""
        args = _args(node)
        if self.in_note:
            return f" ({self._note_text(args[-1] if args else None)})"  # a note in a note stays in its text
        given = self._text(args[0]) if len(args) > 1 and node.macroname != "pagenote" else ""
        series = _series(node.macroname)
        line = self._line(node)
        label = self._add_note(self.book.next_label(series, given), series, args[-1] if args else None, line)
        return _marker(label, line)

    def _note_mark(self, node: LatexMacroNode) -> str:
        r"""``\footnotemark[n]``: the marker now, the text in a ``\footnotetext`` (or a second mark
        for a note given before)."""
        if self.quiet or self.in_note:
            return ""
        args = _args(node)
        label = self.book.next_label(_series(node.macroname), self._text(args[0]) if args else "")
        return _marker(label, self._line(node))

    def _note_text_only(self, node: LatexMacroNode) -> str:
        r"""``\footnotetext[n]{text}``: the text of a mark set before."""
        if self.quiet or self.in_note:
            return ""
        args = _args(node)
        series = _series(node.macroname)
        label = self.book.current_label(series, self._text(args[0]) if len(args) > 1 else "")
        self._add_note(label, series, args[-1] if args else None, self._line(node))
        return ""

    def _margin_note(self, node: LatexMacroNode) -> str:
        r"""``\marginnote{text}``: a note without a printed mark, cited where it stands."""
        if self.quiet or self.in_note:
            return ""
        args = _args(node)
        line = self._line(node)
        label = self._add_note(self.book.next_label("margin"), "margin", args[1] if len(args) > 1 else None, line)
        return _marker(label, line)

    def _foot_cite(self, node: LatexMacroNode) -> str:
        r"""biblatex's ``\footcite{key}``: a footnote that holds nothing but the key."""
        if self.quiet or self.in_note:
            return self._cite(node)
        line = self._line(node)
        self.in_note, self.cites = True, []
        text = self._cite(node)
        self.in_note = False
        return _marker(self._record(self.book.next_label("footnote"), "footnote", text, line), line)

    def _add_note(self, label: str, series: str, arg: LatexNode | None, line: int) -> str:
        self.cites = []
        label = self._record(label, series, self._note_text(arg), line)
        for key in _labels_in([arg] if arg is not None else []):
            self.note_keys[key] = label
        return label

    def _ref(self, node: LatexMacroNode) -> str:
        r"""``\footnotemark[\ref{fn:x}]``: a note's number, where the note holds ``\label{fn:x}``."""
        args = _args(node)
        key = _source(args[0]).strip() if args else ""
        return self.note_keys.get(key) or super().macro_node_to_text(node)

    def _record(self, label: str, series: str, text: str, line: int) -> str:
        """Put a note in the book; returns its label, made unique when two notes share one."""
        label = self._unique(label, line)
        self.book.notes[label] = (text, line)
        self.book.series[label] = series
        if not text:
            self.problems.append(Problem(self.document, "note is empty", line, label))
        elif self.cites and not _SUBSTANCE.search(_without(text, self.cites)):
            message = f"note only cites {text}: the work is in a .bib file, which bibkit does not read"
            self.problems.append(Problem(self.document, message, line, label))
        return label

    def _unique(self, label: str, line: int) -> str:
        base, n = label, 1
        while label in self.book.notes:
            n += 1
            label = f"{base}.{n}"
        if label != base:
            message = f"two notes are numbered {base}; the second is labelled {label}"
            self.problems.append(Problem(self.document, message, line, label))
        return label

    def _note_text(self, arg: LatexNode | None) -> str:
        """A note's text on one line: italics as *x*, link URLs kept."""
        saved = self.in_note, self.urls
        self.in_note, self.urls = True, []
        text = _with_urls(_MARKER_RE.sub("", self._text(arg)), self.urls)
        self.in_note, self.urls = saved
        return text

    # ---- citations and links

    def _cite(self, node: LatexMacroNode) -> str:
        r"""``\cite[see][p.~3]{key}`` -> "see [key, p. 3]": the key is all LaTeX says of the work."""
        argd = node.nodeargd
        if argd is None or not argd.argnlist or argd.argnlist[-1] is None:
            return ""
        spec = argd.argspec
        given = zip(spec, argd.argnlist, strict=False)
        options = [_squash(self._text(a)) for c, a in given if c == "[" and a is not None]
        pre = options[0] if len(options) == 2 else ""
        post = options[-1] if options else ""
        keys = ", ".join(k.strip() for k in _source(argd.argnlist[-1]).split(",") if k.strip())
        cite = f"[{keys}, {post}]" if post else f"[{keys}]"
        cite = f"{pre} {cite}" if pre else cite
        if self.in_note:
            self.cites.append(cite)
        return cite

    def _url(self, node: LatexMacroNode) -> str:
        args = _args(node)
        return _unescape_url(_source(args[0])) if args else ""

    def _doi(self, node: LatexMacroNode) -> str:
        r"""The doi package's ``\doi{10.x/y}`` prints 'doi:10.x/y'."""
        args = _args(node)
        return "doi:" + _unescape_url(_source(args[0])) if args else ""

    def _href(self, node: LatexMacroNode) -> str:
        r"""``\href{url}{text}``: the text, and in a note the URL when the text does not show it."""
        args = _args(node)
        if len(args) < 2:
            return self._url(node)
        shown = self._text(args[1])
        if self.in_note:
            _keep_url(_unescape_url(_source(args[0])), shown, self.urls)
        return shown

    def _verbatim(self, node: LatexMacroNode) -> str:
        return getattr(node.nodeargd, "verbatim_text", "")

    # ---- structure

    def _heading(self, node: LatexMacroNode) -> str:
        text = self._last_arg_text(node)
        self.headings.append(_squash(_MARKER_RE.sub("", text)))
        return f"\n\n{text}\n\n"

    def _paragraph_break(self, node: LatexMacroNode) -> str:
        return "\n\n"

    def _item(self, node: LatexMacroNode) -> str:
        args = _args(node)
        label = self._text(args[0]) if args else ""  # a description list's term
        return f"\n\n{label} " if label else "\n\n"

    def _epigraph(self, node: LatexMacroNode) -> str:
        return "\n\n" + " ".join(self._text(a) for a in _args(node)) + "\n\n"

    def _nothing(self, node: LatexMacroNode) -> str:
        return ""

    def _not_read(self, node: LatexMacroNode) -> str:
        r"""``\input{part2}`` in the body: its notes are in a file bibkit was not given."""
        if self.quiet:
            return ""  # the preamble's inputs define commands
        args = _args(node)
        message = f"\\{node.macroname}{{{_source(args[0]) if args else ''}}} is not read: give bibkit that file too"
        self.problems.append(Problem(self.document, message, self._line(node)))
        return ""

    def _set_counter(self, node: LatexMacroNode) -> str:
        r"""``\setcounter{footnote}{n}`` and ``\addtocounter{footnote}{n}``."""
        args = [a for a in _args(node) if a is not None]
        if len(args) < 2:
            return ""
        counter, value = _source(args[-2]).strip(), self._text(args[-1]).strip()
        series = {"footnote": "footnote", "mpfootnote": "footnote", "sidenote": "footnote", "endnote": "endnote"}
        if counter in series and re.fullmatch(r"-?\d+", value):
            number = int(value) - (1 if counter == "sidenote" else 0)  # the sidenotes package counts from 1
            base = self.book.counters[series[counter]] if node.macroname == "addtocounter" else 0
            self.book.counters[series[counter]] = base + number
        return ""

    # ---- the document's own commands

    def _define(self, node: LatexMacroNode) -> str:
        r"""``\newcommand{\name}[n][default]{body}``: kept, to expand ``\name`` where it is used."""
        args = _args(node)  # star, name, count, default of the first argument, body
        if len(args) < 5 or args[1] is None or args[4] is None:
            return ""
        name = _source(args[1]).strip().lstrip("\\")
        count = self._text(args[2]).strip() if args[2] is not None else "0"
        default = _source(args[3]) if args[3] is not None else None
        self._keep_definition(name, int(count) if count.isdigit() else 0, default, _source(args[4]))
        return ""

    def _define_xparse(self, node: LatexMacroNode) -> str:
        r"""``\NewDocumentCommand{\name}{s o m}{body}``: m, o, O{} and s arguments are understood."""
        args = _args(node)
        if len(args) < 3 or any(a is None for a in args[:3]):
            return ""
        spec = re.sub(r"\s+", "", re.sub(r"O\{[^}]*\}", "o", _source(args[1])))
        if re.fullmatch(r"[mos]*", spec):
            argspec = spec.replace("m", "{").replace("o", "[").replace("s", "*")
            self._store(_source(args[0]).strip().lstrip("\\"), _Definition(argspec, None, _source(args[2])))
        return ""

    def _keep_definition(self, name: str, count: int, default: str | None, body: str) -> None:
        r"""A command to expand, or (for ``\thefootnote``) how the notes are numbered."""
        series = {"thefootnote": "footnote", "theendnote": "endnote"}.get(name)
        if series is not None:
            style = re.search(r"\\(" + "|".join(_STYLES) + r")\b", body)
            if style is not None:
                self.book.styles[series] = style.group(1)
            return
        optional = 1 if default is not None and count else 0
        self._store(name, _Definition("[" * optional + "{" * (count - optional), default, body))

    def _store(self, name: str, definition: _Definition) -> None:
        """Commands bibkit reads itself (\\footnote, \\emph...) keep their meaning."""
        if re.fullmatch(r"[A-Za-z@]+", name) and name not in self.handlers and name not in _ITALIC_COMMANDS:
            self.definitions[name] = definition

    def _expand(self, node: LatexMacroNode) -> str:
        r"""A ``\newcommand``'s body with its arguments put in, read as LaTeX. Notes inside it
        take the line of the command."""
        definition = self.definitions[node.macroname]
        args = _args(node)
        if self.expansion_depth >= 8:  # a command defined through itself
            return " ".join(self._text(a) for a in args)
        values = [_source(a) if a is not None else (definition.default or "") for a in args]
        source = re.sub(r"#([1-9])", lambda m: values[int(m.group(1)) - 1] if int(m.group(1)) <= len(values) else "",
                        definition.body)
        outer = self.expansion_line
        self.expansion_line = outer or self._line(node)
        self.expansion_depth += 1
        try:
            nodes = LatexWalker(source, latex_context=self.walker_context, tolerant_parsing=True).get_latex_nodes()[0]
            return self.nodelist_to_text(nodes)
        finally:
            self.expansion_line = outer
            self.expansion_depth -= 1

    # ---- metadata

    def _record_meta(self, node: LatexMacroNode) -> str:
        r"""``\title``, ``\author``, ``\date``: kept for ``meta``, printed nowhere."""
        args = _args(node)
        if args and args[-1] is not None:
            self.metadata[node.macroname].append(args[-1])
        return ""

    def _hypersetup(self, node: LatexMacroNode) -> str:
        args = _args(node)
        if args and args[-1] is not None:
            self._pdf_info(_source(args[-1]))
        return ""

    def _usepackage(self, node: LatexMacroNode) -> str:
        r"""``\usepackage[pdftitle={...}]{hyperref}`` says what ``\hypersetup`` says."""
        args = _args(node)
        if len(args) == 2 and args[0] is not None and _source(args[1]).strip() == "hyperref":
            self._pdf_info(_source(args[0]))
        return ""

    def _pdf_info(self, options: str) -> None:
        for key, value in _key_values(options):
            if key in ("pdftitle", "pdfauthor"):
                self.metadata[key].append(value)

    def meta(self, body: str) -> _Meta:
        r"""Title, authors and date from ``\title``, ``\author`` and ``\date``, else from hyperref's
        PDF fields, else (the title) a heading that stands before any text."""
        meta = _Meta()
        self.quiet = True
        if self.metadata["title"]:
            meta.title = _squash(self._text(self.metadata["title"][-1]))
        for author in self.metadata["author"]:
            meta.authors += self._authors(author)
        if self.metadata["date"]:
            meta.date = self._date(self.metadata["date"][-1])
        if not meta.title and self.metadata["pdftitle"]:
            meta.title = _squash(self._plain(self.metadata["pdftitle"][-1]))
        if not meta.authors and self.metadata["pdfauthor"]:
            meta.authors = _names(_squash(self._plain(self.metadata["pdfauthor"][-1])))
        first = _MARKER_RE.sub("", body.split("\n\n", 1)[0]).strip()
        if not meta.title and self.headings and first == self.headings[0]:
            meta.title = first
        self.quiet = False
        return meta

    def _authors(self, arg: LatexNode) -> list[Name]:
        r"""``\author{A \\ Affiliation \and B}``: the first line of each part names its authors."""
        nodes = arg.nodelist if isinstance(arg, LatexGroupNode) else [arg]
        names: list[Name] = []
        for part in _split_nodes(nodes, {"and", "AND"}):
            names += _names(_squash(self.nodelist_to_text(_split_nodes(part, {"\\", "newline"})[0])))
        return names

    def _date(self, arg: LatexNode) -> PartialDate | None:
        if "\\today" in _source(arg):
            return None  # the day the PDF was made, not a date the source states
        return parse_date(_squash(self._text(arg)))

    def _plain(self, value: str) -> str:
        """The text of LaTeX written as a hyperref option."""
        nodes = LatexWalker(value, latex_context=self.walker_context, tolerant_parsing=True).get_latex_nodes()[0]
        return self.nodelist_to_text(nodes)

    # ---- helpers

    def _text(self, node: LatexNode | None) -> str:
        return self._groupnodecontents_to_text(node) if node is not None else ""

    def _last_arg_text(self, node: LatexMacroNode) -> str:
        args = _args(node)
        return self._text(args[-1]) if args else ""

    def _line(self, node: LatexNode) -> int:
        """The 1-based source line of a node (of the command, inside a command's expansion)."""
        if self.expansion_depth:
            return self.expansion_line
        if self.walker is None or node.pos is None:
            return 0
        return self.walker.pos_to_lineno_colno(node.pos)[0]


def _args(node: LatexNode) -> list[LatexNode | None]:
    """A command's arguments as parsed (None for an optional one not given)."""
    argd = getattr(node, "nodeargd", None)
    return list(argd.argnlist) if argd is not None and argd.argnlist else []


def _series(macro: str) -> str:
    return "endnote" if macro.startswith(("endnote", "pagenote")) else "footnote"


def _source(node: LatexNode | None) -> str:
    """The LaTeX source of an argument, without its braces."""
    if node is None:
        return ""
    if isinstance(node, LatexGroupNode):
        return "".join(n.latex_verbatim() for n in node.nodelist)
    return node.chars if isinstance(node, LatexCharsNode) else node.latex_verbatim()


def _unescape_url(url: str) -> str:
    r"""``\url{a\%20b}`` (how a URL is written inside a footnote) -> 'a%20b'."""
    return re.sub(r"\\([%#&_{}~$])", r"\1", "".join(url.split()))


def _italic(text: str) -> str:
    """'*x*', the spaces around the words left outside the stars."""
    stripped = text.strip()
    if not stripped:
        return text
    return text[: len(text) - len(text.lstrip())] + f"*{stripped}*" + text[len(text.rstrip()) :]


def _starts_with_switch(nodes: list[LatexNode]) -> bool:
    for node in nodes:
        if isinstance(node, LatexCharsNode) and not node.chars.strip():
            continue
        return isinstance(node, LatexMacroNode) and node.macroname in _ITALIC_SWITCHES
    return False


def _captions(nodes: list[LatexNode]) -> list[LatexMacroNode]:
    r"""The ``\caption`` commands anywhere inside a float."""
    found = []
    for node in nodes:
        if isinstance(node, LatexMacroNode) and node.macroname in ("caption", "sidecaption"):
            found.append(node)
        elif getattr(node, "nodelist", None):
            found += _captions(node.nodelist)
    return found


def _labels_in(nodes: list[LatexNode]) -> list[str]:
    r"""The keys of the ``\label`` commands among some nodes, at any depth."""
    keys = []
    for node in nodes:
        if isinstance(node, LatexMacroNode) and node.macroname == "label" and _args(node):
            keys.append(_source(_args(node)[0]).strip())
        elif getattr(node, "nodelist", None):
            keys += _labels_in(node.nodelist)
    return keys


def _split_nodes(nodes: list[LatexNode], names: set[str]) -> list[list[LatexNode]]:
    """Nodes cut at the commands named (``\\and``, ``\\\\``)."""
    parts: list[list[LatexNode]] = [[]]
    for node in nodes:
        if isinstance(node, LatexMacroNode) and node.macroname in names:
            parts.append([])
        else:
            parts[-1].append(node)
    return parts


def _names(text: str) -> list[Name]:
    if not text or len(text) > 150:
        return []
    return _split_names(text) or [_name(text)]


# A word that says something of the work: not "see", "cf.", "p." and the like
_SUBSTANCE = re.compile(r"(?i)\b(?!(?:see|also|cf|and|for|example|eg|e\.g|p|pp|at|on|in|ibid)\b)[^\W\d_]{2,}")


def _without(text: str, parts: list[str]) -> str:
    for part in parts:
        text = text.replace(part, " ")
    return text


def _key_values(options: str) -> list[tuple[str, str]]:
    """'pdftitle={A, B}, pdfauthor=C' -> [('pdftitle', 'A, B'), ('pdfauthor', 'C')]."""
    out = []
    depth, start = 0, 0
    for i, c in enumerate(options + ","):
        depth += {"{": 1, "}": -1}.get(c, 0)
        if c == "," and depth <= 0:
            key, _, value = options[start:i].partition("=")
            value = value.strip()
            if value.startswith("{") and value.endswith("}"):
                value = value[1:-1]
            out.append((key.strip(), value.strip()))
            start = i + 1
    return out
