"""Measuring each app's side of a concern: its lines of code and its packages.

Python counts by its tokens, without blank lines, comments and docstrings;
other text files by the lines that hold more than spacing and comments, as
Pygments reads them (template tags count as code). A symbol counts only its
own lines. Lines are kept as (path, line number), so that a total can count
a file that several concerns name once.
"""

from __future__ import annotations

import ast
import io
import tokenize
from dataclasses import dataclass
from functools import cache

from tools.compare.packages import third_party
from tools.compare.sources import Piece, Side, read_text, sides
from tools.compare.tokens import Line, highlighted, is_comment
from tools.twins import APPS, Concern

NOT_CODE = {
    tokenize.COMMENT,
    tokenize.NL,
    tokenize.NEWLINE,
    tokenize.INDENT,
    tokenize.DEDENT,
    tokenize.ENDMARKER,
}
DOCUMENTED = (ast.Module, ast.ClassDef, ast.FunctionDef, ast.AsyncFunctionDef)


@dataclass(frozen=True)
class Count:
    """What one app's side of a concern takes: code lines and packages."""

    lines: frozenset[tuple[str, int]]  # (path, line number) of each code line
    packages: list[str]
    built_in: bool  # nothing but built-in entries on this side


def python_code_lines(source: str) -> frozenset[int]:
    """The numbers of the lines of Python source that hold code, docstrings aside."""
    lines: set[int] = set()
    for token in tokenize.generate_tokens(io.StringIO(source).readline):
        if token.type not in NOT_CODE:
            lines.update(range(token.start[0], token.end[0] + 1))
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, DOCUMENTED) and ast.get_docstring(node) is not None:
            first = node.body[0]
            lines.difference_update(range(first.lineno, first.end_lineno + 1))
    return frozenset(lines)


def text_code_lines(lines: list[Line]) -> frozenset[int]:
    """The numbers of highlighted lines that hold more than spacing and comments."""
    return frozenset(
        number
        for number, line in enumerate(lines, start=1)
        if any(text.strip() and not is_comment(style) for style, text in line)
    )


@cache
def code_lines(path: str) -> frozenset[int]:
    """The numbers of a repository file's lines of code."""
    if path.endswith(".py"):
        return python_code_lines(read_text(path))
    return text_code_lines(highlighted(path))


def piece_lines(piece: Piece) -> set[tuple[str, int]]:
    """A piece's code lines, as (path, line number)."""
    return {
        (piece.path, n)
        for n in code_lines(piece.path)
        if piece.first <= n <= piece.last
    }


def count(side: Side) -> Count:
    """Measure one app's side of a concern."""
    lines = frozenset(line for piece in side.pieces for line in piece_lines(piece))
    packages = third_party(side.app, side.pieces)
    built_in = bool(side.built_in) and not side.pieces and not side.missing
    return Count(lines, packages, built_in)


def measure(concerns: list[Concern]) -> dict[str, dict[str, Count]]:
    """Every concern's count, by concern id and app."""
    return {
        concern.id: {side.app: count(side) for side in sides(concern.sides)}
        for concern in concerns
    }


def total(counts: dict[str, dict[str, Count]]) -> dict[str, Count]:
    """Each app's count over all concerns, each line of code counted once."""
    rows = counts.values()
    return {
        app: Count(
            frozenset().union(*(row[app].lines for row in rows)),
            sorted({p for row in rows for p in row[app].packages}, key=str.lower),
            built_in=False,
        )
        for app in APPS
    }
