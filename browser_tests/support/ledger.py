"""The admin pages' axe-core results: a table per app, in build/ and the README.

Each admin page gets one row, each app one column ("2: html-has-lang,
label-title-only"). The shared suite's code renders and reads the table
(harness.markdown_table) and finds, compares and merges the README's block
(harness.readme_sync); only the block's name is this suite's own.
"""

from __future__ import annotations

from harness.markdown_table import parse, render
from harness.observations import Table, column_titles
from harness.processes import REPO_ROOT
from harness.readme_sync import merge, replace_block, split_readme, sync_problems

README = REPO_ROOT / "README.md"
REPORT_PATH = REPO_ROOT / "build" / "accessibility.md"
BLOCK = "axe-admin"  # <!-- axe-admin:start --> … <!-- axe-admin:end -->
MODE = "dev"  # the browser suite runs the dev servers only


def write_report(table: Table) -> str:
    """Write the table to build/accessibility.md and return it as Markdown."""
    markdown = render(table, column_titles(), first="Admin page", split=False)
    REPORT_PATH.parent.mkdir(exist_ok=True)
    REPORT_PATH.write_text(
        f"# axe-core violations on the admin pages\n\n{markdown}", encoding="utf-8"
    )
    return markdown


def readme_table() -> Table:
    """The table in the README's block."""
    _, block, _ = split_readme(README.read_text(encoding="utf-8"), BLOCK)
    return parse(block, column_titles())


def readme_problems(observed: Table, app: str, complete: bool) -> list[str]:
    """Where the README's block disagrees with this run's results for the app."""
    return sync_problems(observed, readme_table(), [app], MODE, complete)


def update_readme(observed: Table, app: str, complete: bool) -> None:
    """Rewrite the README's block with this run's results for the app."""
    table = merge(observed, readme_table(), [app], MODE, complete)
    text = README.read_text(encoding="utf-8")
    README.write_text(
        replace_block(
            text, BLOCK, render(table, column_titles(), first="Admin page", split=False)
        ),
        encoding="utf-8",
    )
