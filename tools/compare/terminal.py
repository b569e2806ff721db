"""One concern side by side in the terminal, fitted to its width.

Two columns, aligned as on the site; a marker between them says how the
lines relate, as `diff --side-by-side` does: blank for the same line, `|` for
a changed one, `<` or `>` for a line only the Flask or only the Django side
has. Long lines wrap inside their column. Colours only on a terminal, and
never when NO_COLOR is set.
"""

from __future__ import annotations

import textwrap

from tools.compare.align import CHANGED, LEFT, RIGHT, SAME
from tools.compare.concerns import ConcernPage
from tools.compare.rows import FILE, Cell, Row
from tools.compare.tokens import Line

MARKERS = {SAME: " ", CHANGED: "|", LEFT: "<", RIGHT: ">", FILE: " "}
NUMBER_WIDTH = 4
# ANSI colours of the style classes, and of the markers and file names.
COLOURS = {
    "k": "35",
    "s": "32",
    "c": "90",
    "p": "36",
    "f": "34",
    "b": "36",
    "t": "34",
    "a": "33",
    "m": "33",
    "file": "1",
    "|": "33",
    "<": "31",
    ">": "32",
}


def paint(text: str, style: str, colour: bool) -> str:
    """Text in its style's colour, when colours are on."""
    code = COLOURS.get(style)
    return f"\033[{code}m{text}\033[0m" if colour and code and text else text


def wrap(tokens: Line, width: int) -> list[Line]:
    """A line's tokens cut into pieces of at most width characters."""
    chunks: list[Line] = [[]]
    room = width
    for style, text in tokens:
        text = text.expandtabs(4)
        while text:
            if room == 0:
                chunks.append([])
                room = width
            part, text = text[:room], text[room:]
            chunks[-1].append((style, part))
            room -= len(part)
    return chunks


def cell_lines(cell: Cell | None, width: int, colour: bool) -> list[str]:
    """A cell as lines of exactly width characters (number, then code)."""
    if cell is None:
        return [" " * width]
    code_width = max(width - NUMBER_WIDTH - 1, 1)
    if cell.label is not None:
        tokens: Line = [("file", cell.label)]
        number = ""
    else:
        tokens, number = cell.tokens, str(cell.number)
    lines = []
    for index, chunk in enumerate(wrap(tokens, code_width)):
        shown = number if index == 0 else ""
        visible = sum(len(text) for _, text in chunk)
        code = "".join(paint(text, style, colour) for style, text in chunk)
        lines.append(f"{shown:>{NUMBER_WIDTH}} {code}{' ' * (code_width - visible)}")
    return lines


def row_lines(row: Row, width: int, colour: bool) -> list[str]:
    """One row as terminal lines: the left column, the marker, the right one."""
    column = (width - 3) // 2
    left = cell_lines(row.left, column, colour)
    right = cell_lines(row.right, column, colour)
    height = max(len(left), len(right))
    left += [" " * column] * (height - len(left))
    right += [""] * (height - len(right))
    marker = paint(MARKERS[row.kind], MARKERS[row.kind], colour)
    return [f"{a} {marker} {b}".rstrip() for a, b in zip(left, right, strict=True)]


def render(page: ConcernPage, width: int, colour: bool) -> str:
    """The concern's title, what is built in, and its code side by side."""
    title = f"{page.topic.number}. {page.topic.title}: {page.concern.title}"
    lines = [paint(line, "file", colour) for line in textwrap.wrap(title, width)]
    for side in page.sides:
        for given in side.built_in:
            lines += textwrap.wrap(f"{side.title} has this built in: {given}", width)
        for problem in side.missing:
            lines += textwrap.wrap(f"Not in the code: {problem}", width)
    left, right = (side.title for side in page.sides)
    lines += ["", paint(f"{left:<{(width - 3) // 2}}   {right}", "file", colour)]
    for section in page.sections:
        lines.append("─" * width)
        for row in section.rows:
            lines += row_lines(row, width, colour)
    return "\n".join(lines) + "\n"
