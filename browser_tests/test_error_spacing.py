"""Form errors keep their distance: an error list never touches a label.

The sign-in form's error (wrong password) sits above the first field, and a
field's errors sit between its label and its input; in both places the boxes
are measured in the browser.
"""

from __future__ import annotations

from playwright.sync_api import Locator, Page, expect

from browser_tests.support.actions import submit
from browser_tests.support.screenshots import take
from harness.target import Target
from helpers.accounts import LOGIN_PATH, REGISTER_PATH
from helpers.demo import ALICE

MIN_GAP = 8  # CSS px between an error list and the nearest label


def gap(upper: Locator, lower: Locator) -> float:
    """The vertical space between the bottom of upper and the top of lower."""
    top, bottom = upper.bounding_box(), lower.bounding_box()
    assert top is not None and bottom is not None
    return bottom["y"] - (top["y"] + top["height"])


def test_sign_in_error_does_not_touch_the_label(app: Target, page: Page) -> None:
    """The wrong-password error ends well above the username's label."""
    page.goto(LOGIN_PATH)
    submit(page, "form.login-form", {"username": ALICE, "password": "not-it"})
    error = page.locator("ul.errorlist.nonfield")
    expect(error).to_be_visible()
    take(page, app.name, "login-error")
    assert gap(error, page.locator("label[for=id_username]")) >= MIN_GAP


def test_field_error_does_not_touch_its_label(app: Target, page: Page) -> None:
    """A field's error list starts well below the field's label."""
    page.goto(REGISTER_PATH)
    submit(page, "form.register-form", {"username": ""})
    error = page.locator("#id_username_error")
    expect(error).to_be_visible()
    assert gap(page.locator("label[for=id_username]"), error) >= MIN_GAP
