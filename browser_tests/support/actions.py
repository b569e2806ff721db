"""What a visitor does in the browser: sign in, fill in a form, read the page.

Everything goes through the pages' own HTML (labels, buttons, the HTML hooks
of the spec); nothing here knows which framework it talks to.
"""

from __future__ import annotations

from collections.abc import Mapping

from playwright.sync_api import Locator, Page, expect

from helpers.accounts import LOGIN_PATH
from helpers.demo import DEMO_PASSWORD


def fill(page: Page, values: Mapping[str, str]) -> None:
    """Type each value into the form control with that name."""
    for name, value in values.items():
        page.locator(f"[name={name}]").fill(value)


def submit(page: Page, form: str, values: Mapping[str, str]) -> None:
    """Fill in the form matched by the CSS selector and press its button."""
    fill(page, values)
    with page.expect_navigation():
        page.locator(form).locator("button[type=submit]").click()


def sign_in(page: Page, username: str, password: str = DEMO_PASSWORD) -> None:
    """Sign in with the site's form; the nav then names the user."""
    page.goto(LOGIN_PATH)
    submit(page, "form.login-form", {"username": username, "password": password})
    expect(page.locator(".nav-user")).to_have_text(f"Signed in as {username}")


def message(page: Page) -> Locator:
    """The flash messages' list items (`ul.messages li`)."""
    return page.locator("ul.messages li")


def listed(text: str) -> str:
    """A selector for the innermost element that reads exactly text."""
    return f'text="{text}"'


def field_errors(page: Page, name: str) -> Locator:
    """The error items in the div.field that holds the control with that name."""
    field = page.locator("div.field").filter(has=page.locator(f"[name={name}]"))
    return field.locator("ul.errorlist li")


def document_width(page: Page) -> dict[str, int]:
    """How wide the document is, and how wide the window shows it (CSS px)."""
    return page.evaluate(
        "() => ({scroll: document.documentElement.scrollWidth,"
        " client: document.documentElement.clientWidth})"
    )
