"""Accounts in the browser: register, sign in through a protected page, sign out."""

from __future__ import annotations

import re

from playwright.sync_api import Page, expect

from browser_tests.support.actions import message, submit
from harness.target import Target
from helpers.accounts import LOGIN_PATH, NEW_USER_PASSWORD, REGISTER_PATH
from helpers.client import unique
from helpers.demo import ALICE, DEMO_PASSWORD
from helpers.notes import NEW_NOTE_PATH


def test_register_signs_the_new_user_in(app: Target, page: Page) -> None:
    """A visitor registers and lands on the home page, welcomed and signed in."""
    username = unique("reader")
    page.goto(REGISTER_PATH)
    submit(
        page,
        "form.register-form",
        {
            "username": username,
            "password1": NEW_USER_PASSWORD,
            "password2": NEW_USER_PASSWORD,
        },
    )
    expect(page).to_have_url(app.url("/"))
    expect(message(page)).to_have_text([f"Welcome, {username}!"])
    expect(page.locator(".nav-user")).to_have_text(f"Signed in as {username}")


def test_sign_in_leads_back_and_sign_out_ends_it(app: Target, page: Page) -> None:
    """A protected page leads to the sign-in form and back; Log out signs out."""
    page.goto(NEW_NOTE_PATH)
    expect(page).to_have_url(re.compile(re.escape(app.url(LOGIN_PATH)) + r"\?next="))
    submit(page, "form.login-form", {"username": ALICE, "password": DEMO_PASSWORD})
    expect(page).to_have_url(app.url(NEW_NOTE_PATH))
    expect(page.locator(".nav-user")).to_have_text(f"Signed in as {ALICE}")
    with page.expect_navigation():
        page.get_by_role("button", name="Log out").click()
    expect(page).to_have_url(app.url("/"))
    expect(message(page)).to_have_text(["You have been logged out."])
    expect(page.locator(".nav-user")).to_have_count(0)
    expect(page.get_by_role("link", name="Log in")).to_be_visible()
