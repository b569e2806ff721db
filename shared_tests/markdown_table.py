"""The differences table as Markdown: written by `render`, read back by `parse`.

One row per observation row (its topic first), one column per app, titled as
the profiles title the apps. A cell no test filled says "(not observed)".
Pipes and backslashes are escaped; a value holding "&" or "<" is written as a
code span so that Markdown shows it as it was observed.
"""

from __future__ import annotations

from collections.abc import Mapping

from observations import Table, sort_key

NOT_OBSERVED = "(not observed)"


def _escape(text: str) -> str:
    text = text.replace("\\", "\\\\").replace("|", "\\|")
    # A code span keeps "&#34;" or "<b>" from being read as HTML.
    return f"`{text}`" if "&" in text or "<" in text else text


def _unescape_cell(cell: str) -> str:
    if len(cell) > 1 and cell.startswith("`") and cell.endswith("`"):
        return cell[1:-1]
    return cell


def _split_row(line: str) -> list[str]:
    """The cells of one Markdown table line, with `\\|` and `\\\\` unescaped."""
    cells: list[str] = []
    current, escaped = "", False
    for char in line.strip().removeprefix("|"):
        if escaped:
            current += char
            escaped = False
        elif char == "\\":
            escaped = True
        elif char == "|":
            cells.append(current.strip())
            current = ""
        else:
            current += char
    if current.strip():
        cells.append(current.strip())
    return [_unescape_cell(cell) for cell in cells]


def render(table: Mapping[str, Mapping[str, str]], titles: Mapping[str, str]) -> str:
    """The table as Markdown; titles maps app name -> column title, in order."""
    apps = list(titles)
    lines = [
        "| Topic | " + " | ".join(titles[app] for app in apps) + " |",
        "|---" * (len(apps) + 1) + "|",
    ]
    for row in sorted(table, key=sort_key):
        values = [table[row].get(app, NOT_OBSERVED) for app in apps]
        lines.append("| " + " | ".join(_escape(cell) for cell in [row, *values]) + " |")
    return "\n".join(lines) + "\n"


def parse(markdown: str, titles: Mapping[str, str]) -> Table:
    """Read a table written by `render` back; columns are matched by title."""
    lines = [line for line in markdown.splitlines() if line.strip().startswith("|")]
    if not lines:
        return {}
    header = _split_row(lines[0])
    by_title = {title: app for app, title in titles.items()}
    columns = {index: by_title.get(title) for index, title in enumerate(header)}
    table: Table = {}
    for line in lines[2:]:
        cells = _split_row(line)
        values = table.setdefault(cells[0], {})
        for index, cell in enumerate(cells[1:], start=1):
            app = columns.get(index)
            if app is not None and cell != NOT_OBSERVED:
                values[app] = cell
    return table
