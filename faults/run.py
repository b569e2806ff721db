"""Run the shared suite against one app of a copy of the repository."""

from __future__ import annotations

import platform
import shutil
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

from faults.catalogue import ROOT, Fault

REPORT = ROOT / "build" / "faults.md"
TIMEOUT = 1800  # seconds for one run of the suite against one app
# What a copy of the working tree leaves out: environments, caches, databases.
NOT_COPIED = shutil.ignore_patterns(
    ".git", ".tox", "venv", ".venv", "build", "node_modules", "__pycache__",
    ".pytest_cache", ".hypothesis", "*.sqlite3", "staticfiles",
)  # fmt: skip


@dataclass
class Result:
    """What the suite made of one fault (or of none, for the baseline)."""

    fault: Fault | None
    returncode: int
    output: str
    seconds: float

    @property
    def passed(self) -> bool:
        return self.returncode == 0

    @property
    def verdict(self) -> str:
        if self.returncode == 0:
            return "missed"
        return "caught" if self.returncode == 1 else "broken"

    @property
    def by(self) -> str:
        """The first test that failed, as pytest names it."""
        for line in self.output.splitlines():
            if line.startswith(("FAILED ", "ERROR ")):
                return line.split(" ", 1)[1].split(" - ", 1)[0]
        return ""


def snapshot(folder: Path) -> Path:
    """Copy the working tree into folder once, so that edits made meanwhile
    do not reach the runs; return the copy."""
    copy = folder / "snapshot"
    shutil.copytree(ROOT, copy, ignore=NOT_COPIED)
    return copy


def run_suite(source: Path, fault: Fault | None, app: str, mode: str) -> Result:
    """Copy source, apply fault, run the suite against app until a test fails."""
    started = time.monotonic()
    with tempfile.TemporaryDirectory(prefix="faults-") as tmp:
        root = Path(tmp) / "repo"
        shutil.copytree(source, root)
        if fault is not None:
            fault.apply(root)
        command = [
            sys.executable, "-m", "pytest", "shared_tests", "--target", app,
            "--mode", mode, "-x", "-q", "-rfE", "-p", "no:cacheprovider",
        ]  # fmt: skip
        try:
            done = subprocess.run(
                command,
                cwd=root,
                capture_output=True,
                text=True,
                timeout=TIMEOUT,
            )
            returncode, output = done.returncode, done.stdout + done.stderr
        except subprocess.TimeoutExpired as expired:
            returncode, output = -1, f"timed out after {expired.timeout} s"
    return Result(fault, returncode, output, time.monotonic() - started)


def report(results: list[Result], mode: str, minutes: float) -> str:
    """The Markdown report: the counts per app, then one row per fault."""
    lines = [
        f"# Faults caught by the shared suite ({mode} mode)",
        "",
        "| App | Faults | Caught | Missed | Broken the run |",
        "|---|---|---|---|---|",
    ]
    for app in ("flask", "django", None):
        mine = [r for r in results if app is None or r.fault.app == app]
        counts = [sum(r.verdict == v for r in mine) for v in VERDICTS]
        name = app.capitalize() if app else "Both"
        lines.append(f"| {name} | {len(mine)} | " + " | ".join(map(str, counts)) + " |")
    lines += [
        "",
        f"{minutes:.0f} minutes on {platform.machine()}, Python "
        f"{platform.python_version()}: `python -m faults --mode {mode}`.",
        "",
        "| Fault | What it breaks | Result | First failing test | Seconds |",
        "|---|---|---|---|---|",
    ]
    for r in results:
        by = f"`{r.by}`" if r.by else ""
        fault_id = f"`{r.fault.id}`" + (f" ({r.fault.mode})" if r.fault.mode else "")
        row = (fault_id, r.fault.what, r.verdict, by, f"{r.seconds:.0f}")
        lines.append("| " + " | ".join(row) + " |")
    return "\n".join(lines) + "\n"


VERDICTS = ("caught", "missed", "broken")
