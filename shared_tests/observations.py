"""What the two apps did on the wire, recorded by the tests and reported side by side.

A test calls `observe(row, value)` for the app under test; the recorder keeps
one value per row and app, refuses a second, different value for the same row
and app (a non-deterministic observation is a bug in the test), and renders the
rows as a Markdown table (Topic | Flask | Django). The README holds the same
table between two markers; `sync_problems` says where the README disagrees with
a run and `merge_into_readme` rewrites the block.

Row names start with the number of the topic in the README's list of
differences ("4. Routes — …"). A row whose value depends on the server mode
ends in " (dev)" or " (prod)".
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from http import HTTPStatus

from profiles import PROFILES

START_MARKER = "<!-- observed-differences:start -->"
END_MARKER = "<!-- observed-differences:end -->"
NOT_OBSERVED = "(not observed)"
MODES = ("dev", "prod")
MAX_VALUE_LENGTH = 80

_ROW_PATTERN = re.compile(r"^(\d+)\. \S.* — \S.*$")
_MODE_SUFFIX = re.compile(r" \((dev|prod)\)$")

Table = dict[str, dict[str, str]]  # row -> app name -> value


class ObservationError(AssertionError):
    """A test recorded a malformed or conflicting observation."""


def column_titles() -> dict[str, str]:
    """The differences table's app columns: app name -> title, in column order."""
    return {name: profile.title for name, profile in PROFILES.items()}


def status(code: int) -> str:
    """An HTTP status as an observation value, e.g. "404 Not Found"."""
    known = HTTPStatus(code)
    return f"{known.value} {known.phrase}"


def yes_no(flag: bool) -> str:
    return "yes" if flag else "no"


def row_mode(row: str) -> str | None:
    """The server mode a row belongs to, or None when it holds for both."""
    match = _MODE_SUFFIX.search(row)
    return match.group(1) if match else None


def applies_to(row: str, mode: str) -> bool:
    return row_mode(row) in (None, mode)


def sort_key(row: str) -> tuple[int, str]:
    match = _ROW_PATTERN.match(row)
    return (int(match.group(1)) if match else 10**6, row)


@dataclass
class Recorder:
    """Every observation of one test run."""

    mode: str
    table: Table = field(default_factory=dict)
    sources: dict[tuple[str, str], str] = field(default_factory=dict)

    def record(self, row: str, app: str, value: str, source: str) -> None:
        """Keep one value for (row, app); a different second value is an error."""
        if not _ROW_PATTERN.match(row):
            raise ObservationError(
                f"row {row!r} must look like '4. Routes — what was observed'"
            )
        if not isinstance(value, str) or not value.strip():
            raise ObservationError(f"{row!r}: the value must be a non-empty str")
        if "\n" in value or len(value) > MAX_VALUE_LENGTH:
            raise ObservationError(
                f"{row!r}: the value must be one short line: {value!r}"
            )
        values = self.table.setdefault(row, {})
        previous = values.get(app)
        if previous is not None and previous != value:
            raise ObservationError(
                f"{row!r} for {app}: {value!r} now, but {previous!r} in "
                f"{self.sources[row, app]}"
            )
        values[app] = value
        self.sources[row, app] = source

    def apps(self) -> set[str]:
        """The apps that have at least one observation."""
        return {app for values in self.table.values() for app in values}


class Observe:
    """Record what the app under test did, as one cell of the differences table."""

    def __init__(self, recorder: Recorder, app: str, mode: str, source: str) -> None:
        self._recorder = recorder
        self._app = app
        self._mode = mode
        self._source = source

    def __call__(self, row: str, value: str, *, per_mode: bool = False) -> None:
        """Record `value` for `row`; per_mode: the value depends on --mode."""
        if per_mode:
            row = f"{row} ({self._mode})"
        self._recorder.record(row, self._app, value, self._source)


# --- Markdown ---------------------------------------------------------------------


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


# --- the README block -------------------------------------------------------------


def split_readme(text: str) -> tuple[str, str, str]:
    """Split the README into (before, block, after) around the markers."""
    start = text.find(START_MARKER)
    end = text.find(END_MARKER)
    if start < 0 or end < start:
        raise ObservationError(
            f"README.md needs a block between {START_MARKER!r} and {END_MARKER!r}"
        )
    head = start + len(START_MARKER)
    return text[:head], text[head:end], text[end:]


def sync_problems(
    observed: Table, readme: Table, apps: Iterable[str], mode: str, complete: bool
) -> list[str]:
    """Where the README block disagrees with this run, for the given apps.

    A row observed in this run must be in the README with the same value. When
    the run was complete (every test module, nothing deselected), a README row
    for this mode that no test observed is stale.
    """
    problems = []
    for app in apps:
        for row in sorted(observed, key=sort_key):
            value = observed[row].get(app)
            if value is None:
                continue
            documented = readme.get(row, {}).get(app)
            if documented is None:
                problems.append(f"missing in README: {row!r} [{app}] = {value!r}")
            elif documented != value:
                problems.append(
                    f"out of date: {row!r} [{app}]: README says {documented!r}, "
                    f"observed {value!r}"
                )
        if complete:
            for row in sorted(readme, key=sort_key):
                if (
                    applies_to(row, mode)
                    and app in readme[row]
                    and app not in observed.get(row, {})
                ):
                    problems.append(f"stale in README (not observed): {row!r} [{app}]")
    return problems


def merge(
    observed: Table, readme: Table, apps: Iterable[str], mode: str, complete: bool
) -> Table:
    """The README table updated with this run's values for the given apps."""
    merged: Table = {row: dict(values) for row, values in readme.items()}
    for app in apps:
        if complete:
            for row, values in merged.items():
                if applies_to(row, mode) and app not in observed.get(row, {}):
                    values.pop(app, None)
        for row, values in observed.items():
            if app in values:
                merged.setdefault(row, {})[app] = values[app]
    return {row: values for row, values in merged.items() if values}
