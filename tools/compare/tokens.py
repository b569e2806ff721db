"""Syntax highlighting with Pygments, split into lines of (style class, text).

Both views colour the same few classes: the site with its CSS, the terminal
with ANSI codes. A template's tags count as code here, though Pygments files
them under its Comment token type.
"""

from __future__ import annotations

from functools import cache

from pygments.lexer import Lexer, RegexLexer
from pygments.lexers import get_lexer_by_name, get_lexer_for_filename
from pygments.token import (
    Comment,
    Keyword,
    Name,
    Number,
    Operator,
    String,
    Text,
    _TokenType,
)
from pygments.util import ClassNotFound

from tools.compare.sources import read_text

Line = list[tuple[str, str]]  # (style class or "", text) in order

# Checked in order: the first token type a token is (or is a kind of) wins.
STYLES = [
    (Comment.Preproc, "p"),
    (Comment, "c"),
    (String.Doc, "c"),
    (String, "s"),
    (Keyword, "k"),
    (Operator.Word, "k"),
    (Name.Function, "f"),
    (Name.Class, "f"),
    (Name.Decorator, "f"),
    (Name.Builtin, "b"),
    (Name.Tag, "t"),
    (Name.Attribute, "a"),
    (Number, "m"),
]
# The app's templates mix HTML with Jinja2 or Django tags; one lexer reads both.
BY_SUFFIX = {".html": "html+django", ".mako": "mako"}


class RequirementsLexer(RegexLexer):
    """pip's requirements files: comments and one requirement a line."""

    name = "pip requirements"
    tokens = {"root": [(r"#.*$", Comment.Single), (r"[^#\n]+|\n", Text)]}


def lexer_for(path: str) -> Lexer:
    """The lexer for a file, by its name; plain text when none fits."""
    options = {"stripnl": False, "ensurenl": True}
    name = path.rsplit("/", 1)[-1]
    if name.startswith("requirements") and name.endswith(".txt"):
        return RequirementsLexer(**options)
    suffix = "." + name.rsplit(".", 1)[-1] if "." in name else ""
    if suffix in BY_SUFFIX:
        return get_lexer_by_name(BY_SUFFIX[suffix], **options)
    try:
        return get_lexer_for_filename(name, **options)
    except ClassNotFound:
        return get_lexer_by_name("text", **options)


@cache
def style_of(token_type: _TokenType) -> str:
    """The style class of a token type ("" for plain text)."""
    for kind, style in STYLES:
        if token_type in kind:
            return style
    return ""


def highlight(text: str, path: str) -> list[Line]:
    """A file's text as highlighted lines, one list of (style, text) per line."""
    lines: list[Line] = [[]]
    for token_type, value in lexer_for(path).get_tokens(text):
        style = style_of(token_type)
        for index, part in enumerate(value.split("\n")):
            if index:
                lines.append([])
            line = lines[-1]
            if part and line and line[-1][0] == style:
                line[-1] = (style, line[-1][1] + part)  # one span, not two
            elif part:
                line.append((style, part))
    # The lexer ends the text with a newline, which opens one empty last line.
    return lines[:-1] if lines[-1] == [] else lines


@cache
def highlighted(path: str) -> list[Line]:
    """A repository file as highlighted lines (each file is highlighted once)."""
    return highlight(read_text(path), path)


def is_comment(style: str) -> bool:
    """Whether a style class is a comment or a docstring (not code)."""
    return style == "c"
