"""The counts of the concurrency test, per app, kept for the end of the run.

The counts change from run to run (which write wins a race is up to the
servers), so they are no observation for the README: `record` keeps each
app's counts and writes them all to build/concurrency.md, and `lines` gives
them to the terminal summary.
"""

from __future__ import annotations

from dataclasses import astuple, dataclass

from harness.processes import REPO_ROOT

REPORT_PATH = REPO_ROOT / "build" / "concurrency.md"
COLUMNS = (
    "app",
    "mode",
    "database",
    "clients",
    "creates acknowledged",
    "edits acknowledged",
    "deletes acknowledged",
    "notes present at the end",
)


@dataclass(frozen=True)
class Tally:
    """What one app acknowledged in the concurrency test, and what it kept."""

    app: str
    mode: str
    database: str
    clients: int
    creates: int
    edits: int
    deletes: int
    present: int


_tallies: dict[str, Tally] = {}


def database_kind(database_url: str | None) -> str:
    """The database an app runs on, as the report names it."""
    if not database_url:
        return "unknown (started outside the suite)"
    return "PostgreSQL" if database_url.startswith("postgres") else "SQLite"


def lines() -> list[str]:
    """The counts recorded so far, as the lines of a Markdown table."""
    rows = [COLUMNS, *(tuple(map(str, astuple(t))) for t in _tallies.values())]
    table = ["| " + " | ".join(row) + " |" for row in rows]
    table.insert(1, "|---" * len(COLUMNS) + "|")
    return table if _tallies else []


def record(tally: Tally) -> None:
    """Keep one app's counts and rewrite the report with every app's."""
    _tallies[tally.app] = tally
    REPORT_PATH.parent.mkdir(exist_ok=True)
    text = "# Concurrency test: acknowledged writes and what was kept\n\n"
    REPORT_PATH.write_text(text + "\n".join(lines()) + "\n", encoding="utf-8")
