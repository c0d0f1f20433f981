"""Packaging for bibkit. Templates live at the top-level ``templates/`` and are
installed as the ``bibkit.templates`` package so a non-editable install finds them."""

import re
from pathlib import Path

from setuptools import setup

HERE = Path(__file__).parent
VERSION = re.search(r'__version__ = "([^"]+)"', (HERE / "bibkit" / "__init__.py").read_text()).group(1)

setup(
    name="bibkit",
    version=VERSION,
    description="Turns the hand-written footnotes of commentaries into a real, checked, annotated bibliography.",
    long_description=(HERE / "README.md").read_text(encoding="utf-8"),
    long_description_content_type="text/markdown",
    python_requires=">=3.10",
    packages=[
        "bibkit",
        "bibkit.extract",
        "bibkit.io",
        "bibkit.linkcheck",
        "bibkit.plugins",
        "bibkit.templates",
        "bibkit.data",
    ],
    package_dir={"bibkit.templates": "templates"},
    package_data={
        "bibkit": ["py.typed"],
        "bibkit.templates": ["*.j2", "*.css", "*.js", "*.lua", "*.csl"],
        "bibkit.data": ["*"],
        "bibkit.plugins": ["*.lua"],
    },
    install_requires=[
        "bibtexparser>=2.0.0b7",
        "pybtex>=0.24",
        "requests>=2.31",
        "jinja2>=3.1",
        "click>=8.1",
        "python-crfsuite>=0.9.10",
        "anyascii>=0.3.2",
        "charset-normalizer>=3.0",
        "beautifulsoup4>=4.12",
        "lxml>=4.9",
        "pycountry>=22.3.5",
        "markdown-it-py>=3.0",
        "mdit-py-plugins>=0.4",
        "dateparser>=1.2",
        # fast C++ fuzzy matching of titles for duplicate detection (100,000 references in ~7 s)
        "rapidfuzz>=3.0",
        "tomli>=2.0; python_version<'3.11'",
        # LaTeX commentaries: a real parser of LaTeX (macros, groups, comments, accents) instead of patterns
        "pylatexenc>=2.10,<3",
        # PDF commentaries: characters with their font size and baseline, so superscript markers can be seen
        "pdfminer.six>=20231228",
    ],
    extras_require={
        "test": [
            "pytest>=7.4",
            "hypothesis>=6.90",
            "pytest-httpserver>=1.0",
            "ruff>=0.5",
            # real-browser test of the HTML reading list (drives the system chromedriver)
            "selenium>=4.10",
            # strict HTML5 validation of the rendered page
            "html5lib>=1.1",
            # Pandoc 3.x for the Lua filter and citeproc round-trip tests (2.17 comes from the distribution)
            "pypandoc-binary>=1.13",
            # the pre-commit hooks are tested with the real 'pre-commit try-repo'
            "pre-commit>=3.5",
        ],
    },
    entry_points={
        "console_scripts": ["bibkit = bibkit.cli:main"],
        # inactive unless --bibkit-links is given: bibkit/plugins/pytest_links.py
        "pytest11": ["bibkit = bibkit.plugins.pytest_links"],
        # pybtex's existing plugin groups (it accepts no new ones): bibkit/plugins/pybtex_style.py
        "pybtex.style.formatting": ["bibkit-annotated = bibkit.plugins.pybtex_style:AnnotatedStyle"],
        "pybtex.style.sorting": ["bibkit-theme = bibkit.plugins.pybtex_style:ThemeSorting"],
        "pybtex.database.input": ["csljson = bibkit.plugins.pybtex_style:CslJsonParser"],
        "pybtex.database.input.suffixes": [
            ".json = bibkit.plugins.pybtex_style:CslJsonParser",
            ".csljson = bibkit.plugins.pybtex_style:CslJsonParser",
        ],
        "pybtex.database.output": ["csljson = bibkit.plugins.pybtex_style:CslJsonWriter"],
        "pybtex.database.output.suffixes": [
            ".json = bibkit.plugins.pybtex_style:CslJsonWriter",
            ".csljson = bibkit.plugins.pybtex_style:CslJsonWriter",
        ],
    },
)
