"""The fault catalogue (faults/catalogue.toml) still fits the code it breaks."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from faults.catalogue import ROOT, Fault, load

FAULTS = load()


def test_fault_ids_are_unique() -> None:
    """No two faults share an id, so --only and the report name one fault each."""
    ids = [fault.id for fault in FAULTS]
    assert len(ids) == len(set(ids))


def test_faults_come_from_both_apps() -> None:
    """The campaign breaks both twins, a fair share each."""
    apps = [fault.app for fault in FAULTS]
    assert min(apps.count("flask"), apps.count("django")) >= len(FAULTS) // 3


@pytest.mark.parametrize("fault", FAULTS, ids=[fault.id for fault in FAULTS])
def test_fault_applies_once(fault: Fault, tmp_path: Path) -> None:
    """Its text occurs exactly once, and the faulty Python file still compiles."""
    assert fault.problems() == []
    copy = tmp_path / fault.file
    copy.parent.mkdir(parents=True)
    shutil.copy(ROOT / fault.file, copy)
    fault.apply(tmp_path)
    changed = copy.read_text(encoding="utf-8")
    assert changed != (ROOT / fault.file).read_text(encoding="utf-8")
    if copy.suffix == ".py":
        compile(changed, str(copy), "exec")


def test_problems_names_a_missing_text(tmp_path: Path) -> None:
    """A fault whose text the code no longer has is reported, not skipped."""
    stale = Fault("stale", "nothing", "flask_app/config.py", "no such text", "x")
    assert stale.problems() == [
        "stale: its find text occurs 0 times in flask_app/config.py"
    ]
