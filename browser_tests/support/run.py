"""What one run of the browser suite covers, kept in pytest's stash.

conftest.py fills it in from the command line and the machine (which apps,
which Chromium, which axe-core); the axe tests of the admin pages add what
they found, for the report and the README check.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

import pytest

from harness.observations import Table


@dataclass
class BrowserRun:
    """The apps, tools and options of this run, and the admin pages' axe results."""

    apps: tuple[str, ...]
    chromium: str | None  # None only when the tests are listed, not run
    axe_script: Path | None
    update_screenshots: bool
    update_readme: bool
    admin_axe: Table = field(default_factory=dict)  # page -> app -> summary


RUN = pytest.StashKey[BrowserRun]()
