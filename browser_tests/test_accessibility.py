"""axe-core finds nothing on any of the site's own pages, in either app.

Every public page, in the states a visitor meets (a form sent with errors, a
wrong password, signed in), gets a full axe-core run with its default rules.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from browser_tests.support.axe import violations
from browser_tests.support.fixtures import OpenPage, PageAs
from browser_tests.support.visits import Visit, open_visit
from harness.target import Target
from helpers.accounts import LOGIN_PATH, REGISTER_PATH
from helpers.demo import ALICE
from helpers.notes import NEW_NOTE_PATH

PAGES = {
    "home": Visit("/"),
    "page 2": Visit("/?page=2"),
    "about": Visit("/about/"),
    "contact": Visit("/contact/"),
    "contact with errors": Visit(
        "/contact/", form="form.contact-form", values={"email": "not-an-address"}
    ),
    "note page": Visit("/notes/{note}/"),
    "note page as its author": Visit("/notes/{note}/", user=ALICE),
    "login": Visit(LOGIN_PATH),
    "login with an error": Visit(
        LOGIN_PATH,
        form="form.login-form",
        values={"username": ALICE, "password": "not-the-password"},
    ),
    "register": Visit(REGISTER_PATH),
    "register with errors": Visit(
        REGISTER_PATH,
        form="form.register-form",
        values={"username": ALICE, "password1": "short", "password2": "other"},
    ),
    "new-note form": Visit(NEW_NOTE_PATH, user=ALICE),
}
# Each form-with-errors state must show its errors, or axe would judge a page
# without them.
ERRORS_SHOWN = "ul.errorlist li"


@pytest.mark.parametrize("name", list(PAGES), ids=lambda name: name.replace(" ", "-"))
def test_page_has_no_axe_violations(
    axe: Path, app: Target, open_page: OpenPage, page_as: PageAs, name: str
) -> None:
    """axe-core reports no violation on the page."""
    visit = PAGES[name]
    shown = open_visit(visit, app, open_page, page_as)
    if visit.form is not None:
        assert shown.locator(ERRORS_SHOWN).count() > 0, "the form shows no error"
    found = violations(shown, axe)
    assert not found, "\n".join(str(violation) for violation in found)
