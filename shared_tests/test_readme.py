"""The README's table of observed differences matches what this run observed.

Collected last (see conftest.py), so every other test has recorded its
observations. Run with `--update-readme` to rewrite the block between
`<!-- observed-differences:start -->` and `<!-- observed-differences:end -->`
instead of checking it.
"""

from __future__ import annotations

import pytest

from harness.markdown_table import parse, render
from harness.observations import Recorder, column_titles
from harness.processes import REPO_ROOT
from harness.readme_sync import merge, split_readme, sync_problems
from harness.run_state import RunInfo

README = REPO_ROOT / "README.md"


def test_readme_lists_the_observed_differences(
    request: pytest.FixtureRequest, app_name: str, recorder: Recorder, run_info: RunInfo
) -> None:
    """Every value observed for this app in this run is the README's value."""
    titles = column_titles()
    text = README.read_text(encoding="utf-8") if README.exists() else ""
    before, block, after = split_readme(text)
    documented = parse(block, titles)
    # Rows no test observed are stale only when every test ran and passed.
    complete = run_info.complete and request.session.testsfailed == 0
    if run_info.update_readme:
        table = merge(recorder.table, documented, [app_name], run_info.mode, complete)
        README.write_text(f"{before}\n{render(table, titles)}{after}", encoding="utf-8")
        return
    problems = sync_problems(
        recorder.table, documented, [app_name], run_info.mode, complete
    )
    assert not problems, (
        "README.md is out of date with this run:\n  "
        + "\n  ".join(problems)
        + f"\nUpdate it with: python -m pytest shared_tests --mode {run_info.mode}"
        " --update-readme"
    )
