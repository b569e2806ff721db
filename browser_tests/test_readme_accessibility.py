"""The README's table of the admin pages' axe results matches this run.

Collected last (see conftest.py), after every admin page was checked. Run with
`--update-readme` to rewrite the block between `<!-- axe-admin:start -->` and
`<!-- axe-admin:end -->` instead of checking it.
"""

from __future__ import annotations

import pytest

from browser_tests.support.ledger import readme_problems, update_readme
from browser_tests.support.run import RUN
from browser_tests.test_admin_accessibility import PAGES


def test_readme_lists_the_admin_axe_results(
    request: pytest.FixtureRequest, app_name: str
) -> None:
    """Every admin page's axe result for this app is the README's value."""
    run = request.config.stash[RUN]
    recorded = {page for page, apps in run.admin_axe.items() if app_name in apps}
    # A README row no test recorded is stale only when every page was checked.
    complete = recorded == set(PAGES) and request.session.testsfailed == 0
    if run.update_readme:
        update_readme(run.admin_axe, app_name, complete)
        return
    problems = readme_problems(run.admin_axe, app_name, complete)
    assert not problems, (
        "README.md is out of date with this run:\n  "
        + "\n  ".join(problems)
        + "\nUpdate it with: tox -e browser -- --update-readme"
    )
