"""What a test run covers, kept in pytest's stash for the hooks and fixtures.

The recorder holds every observation of the run; RunInfo says which apps and
mode the run covers and whether it ran every test, which decides how strictly
the README check may judge rows no test observed.
"""

from __future__ import annotations

from dataclasses import dataclass

import pytest

from harness.observations import Recorder
from profiles import PROFILES

APPS = tuple(PROFILES)  # the app names, in column order


@dataclass
class RunInfo:
    """What this run covers, for the README check."""

    apps: tuple[str, ...]
    mode: str
    update_readme: bool
    complete: bool = False  # every test module, nothing deselected
    deselected: int = 0  # by -k, -m, --lf, --deselect, … (not the twin tests)


RECORDER = pytest.StashKey[Recorder]()
RUN_INFO = pytest.StashKey[RunInfo]()
