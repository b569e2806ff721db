"""The rows the last run of the shared suite observed, read from its report.

The suite writes build/differences.md at the end of a run over both apps (see
shared_tests/harness/markdown_table.py, whose parser reads it back here).
Each row starts with the number of its topic ("9. Forms — …"), so a concern's
page shows the rows of its topic.
"""

from __future__ import annotations

import re
import sys
from dataclasses import dataclass
from pathlib import Path

from tools.twins import ROOT, SUITE

sys.path.insert(0, str(SUITE))
from harness.markdown_table import parse  # noqa: E402
from harness.observations import column_titles, sort_key  # noqa: E402

REPORT = ROOT / "build" / "differences.md"
MODE = re.compile(r"^# .*\((\w+) mode\)", re.MULTILINE)


@dataclass(frozen=True)
class Observed:
    """The rows of one run: row -> app -> value, and the server mode if known."""

    rows: dict[str, dict[str, str]]
    mode: str | None

    def topic_rows(self, number: int) -> list[tuple[str, dict[str, str]]]:
        """The rows of one topic, in the report's order, without the number."""
        prefix = f"{number}. "
        return [
            (row.removeprefix(prefix), self.rows[row])
            for row in sorted(self.rows, key=sort_key)
            if row.startswith(prefix)
        ]


def read(path: Path = REPORT) -> Observed | None:
    """The last run's rows, or None when no run has written its report."""
    if not path.is_file():
        return None
    text = path.read_text(encoding="utf-8")
    mode = MODE.search(text)
    return Observed(parse(text, column_titles()), mode.group(1) if mode else None)
