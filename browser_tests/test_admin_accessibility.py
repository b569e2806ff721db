"""axe-core on the admin pages: what each app's admin site breaks, recorded.

The admin sites' markup is the frameworks' own (Flask-Admin's templates,
django.contrib.admin's), so their violations are recorded per app rather than
forbidden; build/accessibility.md and the README show them side by side.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from browser_tests.support.actions import listed
from browser_tests.support.axe import summary, violations
from browser_tests.support.fixtures import OpenPage, PageAs
from browser_tests.support.run import RUN
from browser_tests.support.visits import Visit, open_visit
from harness.target import Target
from helpers.demo import ADMIN, ALICE, DEMO_NOTE_TITLE

PAGES = {
    "index": Visit("{admin_index}", user=ADMIN, shows="a[href='{admin_note_list}']"),
    "note list": Visit("{admin_note_list}", user=ADMIN, shows=listed(DEMO_NOTE_TITLE)),
    "note form": Visit(
        "{admin_note_form}",
        user=ADMIN,
        shows=f"[name=title][value='{DEMO_NOTE_TITLE}']",
    ),
    "user list": Visit("{admin_user_list}", user=ADMIN, shows=listed(ALICE)),
}


@pytest.mark.parametrize("name", list(PAGES), ids=lambda name: name.replace(" ", "-"))
def test_admin_page_axe_results_are_recorded(
    request: pytest.FixtureRequest,
    axe: Path,
    app: Target,
    open_page: OpenPage,
    page_as: PageAs,
    name: str,
) -> None:
    """The admin page opens for staff, and axe-core's findings on it are recorded."""
    run = request.config.stash[RUN]
    shown = open_visit(PAGES[name], app, open_page, page_as)
    found = violations(shown, axe)
    assert all(violation.targets for violation in found)
    run.admin_axe.setdefault(name, {})[app.name] = summary(found)
