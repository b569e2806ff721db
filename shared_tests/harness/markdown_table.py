"""The differences tables as Markdown: written by `render`, read back by `parse`.

Two tables, one row per observation row (its topic first): the rows where the
apps differ, one column per app, titled as the profiles title the apps; then
the rows where both apps answered alike, with that one value. A cell no test
filled says "(not observed)". Pipes and backslashes are escaped; a value
holding "&" or "<" is written as a code span so that Markdown shows it as it
was observed.
"""

from __future__ import annotations

from collections.abc import Mapping

from harness.observations import Table, sort_key


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


NOT_OBSERVED = "(not observed)"
DIFFERS = "**What differs**"
SAME = "**The same in both apps** (often by hand in the Flask twin)"
BOTH = "Both apps"


def _line(cells: list[str]) -> str:
    return "| " + " | ".join(_escape(cell) for cell in cells) + " |"


def _table(header: list[str], rows: list[list[str]]) -> list[str]:
    return [
        "| " + " | ".join(header) + " |",
        "|---" * len(header) + "|",
        *(_line(row) for row in rows),
    ]


def same_in_all(values: Mapping[str, str], apps: list[str]) -> bool:
    """Whether every app was observed, with one and the same value."""
    return all(app in values for app in apps) and len(set(values.values())) == 1


def render(
    table: Mapping[str, Mapping[str, str]],
    titles: Mapping[str, str],
    first: str = "Topic",
    split: bool = True,
) -> str:
    """The tables as Markdown; titles maps app name -> column title, in order.

    With split=False, one table of every row, one column per app; `first`
    titles the rows' column.
    """
    apps = list(titles)
    rows = sorted(table, key=sort_key)
    if not split:
        every = [
            [row, *(table[row].get(app, NOT_OBSERVED) for app in apps)] for row in rows
        ]
        return "\n".join(_table([first, *(titles[app] for app in apps)], every)) + "\n"
    differs = [
        [row, *(table[row].get(app, NOT_OBSERVED) for app in apps)]
        for row in rows
        if not same_in_all(table[row], apps)
    ]
    same = [[row, table[row][apps[0]]] for row in rows if same_in_all(table[row], apps)]
    lines = [DIFFERS, "", *_table([first, *(titles[app] for app in apps)], differs)]
    lines += ["", SAME, "", *_table([first, BOTH], same)]
    return "\n".join(lines) + "\n"


def parse(markdown: str, titles: Mapping[str, str]) -> Table:
    """Read tables written by `render` back; columns are matched by title."""
    by_title = {title: [app] for app, title in titles.items()}
    by_title[BOTH] = list(titles)
    table: Table = {}
    columns: dict[int, list[str]] = {}
    header_next = True
    for line in markdown.splitlines():
        if not line.strip().startswith("|"):
            header_next = True  # text between tables: a new table begins
            continue
        cells = _split_row(line)
        if header_next:
            columns = {i: by_title.get(title, []) for i, title in enumerate(cells)}
            header_next = False
            continue
        if set(line.replace("|", "").strip()) <= {"-", ":"}:
            continue  # the separator under the header
        values = table.setdefault(cells[0], {})
        for index, cell in enumerate(cells[1:], start=1):
            for app in columns.get(index, []):
                if cell != NOT_OBSERVED:
                    values[app] = cell
    return table
