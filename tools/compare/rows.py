"""A concern's code as rows: each app's lines side by side, aligned.

Files pair up as the apps' layouts pair them: the same path inside the app's
folder (`notes/forms.py` ↔ `notes/forms.py`), else the same file name when
only one file on each side has it (`wsgi.py` ↔ `config/wsgi.py`; not
`__init__.py`, which is named after its package, not its job). Each pair is
one section, opened by a row that names both files. What is left (a Flask
function facing three Django files) is aligned together in a last section,
each file opened by a row that names it on its side.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from tools.compare.align import align
from tools.compare.sources import Piece, Side
from tools.compare.tokens import Line, highlighted

FILE = "file"  # a row that names the file(s) below it
FILE_TEXT = "\0file"


@dataclass(frozen=True)
class Cell:
    """One side of a row: a numbered line of code, or a file's name."""

    number: int | None
    tokens: Line
    label: str | None = None


@dataclass(frozen=True)
class Row:
    """Two facing cells (None where a side has nothing) and how they relate."""

    kind: str
    left: Cell | None
    right: Cell | None


@dataclass(frozen=True)
class Section:
    """The rows of one pair of twin files, or of the files left over."""

    title: str
    rows: list[Row]


def file_cell(piece: Piece) -> Cell:
    """The cell that names a piece's file (and says when it is empty)."""
    empty = " (an empty file)" if piece.last < piece.first else ""
    return Cell(None, [], piece.label + empty)


def code_cells(piece: Piece) -> list[Cell]:
    """A piece's lines as numbered, highlighted cells."""
    lines = highlighted(piece.path)[piece.first - 1 : piece.last]
    return [Cell(piece.first + n, line) for n, line in enumerate(lines)]


def cells(piece: Piece) -> list[Cell]:
    """A piece as the cell that names it and its lines."""
    return [file_cell(piece), *code_cells(piece)]


def text(cell: Cell) -> str:
    """A cell's text as the alignment compares it."""
    return "".join(part for _, part in cell.tokens)


def aligned(left: list[Cell], right: list[Cell]) -> list[Row]:
    """Rows of two columns of cells; a file cell pairs only with a file cell."""
    # A file cell gets a text no line of code has.
    left_text = [FILE_TEXT if c.label else text(c) for c in left]
    right_text = [FILE_TEXT if c.label else text(c) for c in right]
    rows = []
    for pair in align(left_text, right_text):
        left_cell = None if pair.left is None else left[pair.left]
        right_cell = None if pair.right is None else right[pair.right]
        cell = left_cell or right_cell
        is_file = cell is not None and cell.label is not None
        rows.append(Row(FILE if is_file else pair.kind, left_cell, right_cell))
    return rows


def file_name(piece: Piece) -> str | None:
    """A piece's file name, if it says what the file does (__init__.py does not)."""
    name = piece.path.rsplit("/", 1)[-1]
    return None if name == "__init__.py" else name


def pieces_paired(left: list[Piece], right: list[Piece]) -> list[tuple[Piece, Piece]]:
    """The twin files: the same path in the app, else a file name both have once."""
    pairs: list[tuple[Piece, Piece]] = []
    for rule in (lambda p: p.app_path, file_name):
        free = [
            [p for p in side if all(p not in pair for pair in pairs)]
            for side in (left, right)
        ]
        counts = [Counter(map(rule, pieces)) for pieces in free]
        by_name = {rule(p): p for p in free[1]}
        pairs += [
            (p, by_name[rule(p)])
            for p in free[0]
            if rule(p) and counts[0][rule(p)] == 1 and counts[1][rule(p)] == 1
        ]
    return sorted(pairs, key=lambda pair: left.index(pair[0]))


def section(left: list[Piece], right: list[Piece], rows: list[Row]) -> Section:
    """A section titled by the files it holds."""
    names = [
        ", ".join(piece.label for piece in side) or "nothing" for side in (left, right)
    ]
    return Section(" ⇄ ".join(names), rows)


def sections(flask: Side, django: Side) -> list[Section]:
    """The concern's code as sections of rows: each pair of twins, then the rest."""
    found = []
    pairs = pieces_paired(flask.pieces, django.pieces)
    for left, right in pairs:
        head = Row(FILE, file_cell(left), file_cell(right))
        rows = [head, *aligned(code_cells(left), code_cells(right))]
        found.append(section([left], [right], rows))
    paired = [piece for pair in pairs for piece in pair]
    rest = [[p for p in side.pieces if p not in paired] for side in (flask, django)]
    if any(rest):
        columns = [[cell for piece in side for cell in cells(piece)] for side in rest]
        found.append(section(*rest, aligned(*columns)))
    return found
