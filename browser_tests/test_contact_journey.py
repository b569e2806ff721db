"""The contact form in the browser: errors first, then a message that arrives."""

from __future__ import annotations

from playwright.sync_api import Page, expect

from browser_tests.support.actions import field_errors, listed, message, submit
from browser_tests.support.fixtures import PageAs
from harness.target import Target
from helpers.client import unique
from helpers.demo import ADMIN
from helpers.texts import REQUIRED

CONTACT_PATH = "/contact/"


def test_contact_form_shows_errors_then_sends(
    app: Target, page: Page, page_as: PageAs
) -> None:
    """Errors sit next to their fields and keep the typed text; then it is sent."""
    page.goto(CONTACT_PATH)
    typed = {"name": "", "email": "not-an-address", "message": "Hello there."}
    submit(page, "form.contact-form", typed)
    expect(page).to_have_url(app.url(CONTACT_PATH))
    expect(field_errors(page, "name")).to_have_text([REQUIRED])
    expect(field_errors(page, "email")).to_have_text([app.profile.texts.invalid_email])
    expect(field_errors(page, "message")).to_have_count(0)
    expect(page.locator("[name=message]")).to_have_value(typed["message"])
    expect(message(page)).to_have_count(0)
    sender = unique("Erin ")
    submit(page, "form.contact-form", {"name": sender, "email": "erin@example.com"})
    expect(page).to_have_url(app.url(CONTACT_PATH))
    expect(message(page)).to_have_text(["Thanks, your message was sent."])
    expect(page.locator("ul.errorlist")).to_have_count(0)
    expect(page.locator("[name=name]")).to_have_value("")
    staff = page_as(ADMIN)
    staff.goto(app.profile.admin.contact_list)
    expect(staff.locator(listed(sender))).to_have_count(1)
