"""What the two apps did on the wire, recorded by the tests and reported side by side.

A test calls `observe(row, value)` for the app under test; the recorder keeps
one value per row and app, refuses a second, different value for the same row
and app (a non-deterministic observation is a bug in the test), and renders the
rows as a Markdown table (Topic | Flask | Django, see markdown_table.py). The
README holds the same table between two markers (see readme_sync.py).

Row names start with the number of the topic in the README's list of
differences ("4. Routes — …"). A row whose value depends on the server mode
ends in " (dev)" or " (prod)".
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from http import HTTPStatus

from profiles import PROFILES

MAX_VALUE_LENGTH = 120

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


def row_mode(row: str) -> str | None:
    """The server mode a row belongs to, or None when it holds for both."""
    match = _MODE_SUFFIX.search(row)
    return match.group(1) if match else None


def applies_to(row: str, mode: str) -> bool:
    """Whether a row is observed in runs of this mode."""
    return row_mode(row) in (None, mode)


def sort_key(row: str) -> tuple[int, str]:
    """Rows in the order of the README's topics, then by name."""
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
