"""The Jinja2 environment of the site's pages, with its filters and globals."""

from __future__ import annotations

from pathlib import Path

from jinja2 import Environment, FileSystemLoader, StrictUndefined
from markdown_it import MarkdownIt
from markupsafe import Markup

from tools.compare.align import CHANGED, LEFT, RIGHT, SAME
from tools.compare.measure import Count
from tools.compare.rows import FILE
from tools.twins import APPS

TEMPLATES = Path(__file__).resolve().parent / "templates"
TITLES = list(APPS.values())
# What the middle column shows for each kind of row: a symbol, and its words
# for screen readers.
MARKERS = {
    SAME: ("", ""),
    FILE: ("", ""),
    CHANGED: ("|", "changed"),
    LEFT: ("<", f"only in {TITLES[0]}"),
    RIGHT: (">", f"only in {TITLES[1]}"),
}


def inline_markdown(text: str) -> Markup:
    """The map's topic texts (Markdown, with `code`) as HTML, raw HTML escaped."""
    return Markup(MarkdownIt("commonmark", {"html": False}).renderInline(text))


def lines(count: Count, short: bool = False) -> str:
    """A side's line count in words ("12 lines", "built in")."""
    if count.built_in:
        return "built in"
    return str(len(count.lines)) if short else f"{len(count.lines)} lines"


def environment() -> Environment:
    """The Jinja2 environment of the site's templates."""
    env = Environment(
        loader=FileSystemLoader(TEMPLATES),
        autoescape=True,
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.filters["markdown"] = inline_markdown
    env.filters["lines"] = lines
    env.globals.update(apps=list(APPS), titles=TITLES, markers=MARKERS)
    return env
