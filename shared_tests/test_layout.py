"""The base layout of every page: the framework it names, and the nav.

Both base templates render the same skeleton: `body[data-framework]`, one h1,
a footer naming the framework and its version, and a nav with About and
Contact for everyone; Log in and Register signed out; New note, "Signed in as
…" and a Log out button (a POST form with the CSRF token) signed in; Admin for
staff only.
"""

from __future__ import annotations

import re
from http import HTTPStatus
from typing import Any
from urllib.parse import urlsplit

import pytest
import requests
from bs4 import Tag

from harness.target import Target
from helpers.accounts import LOGIN_PATH, LOGOUT_PATH, whoami
from helpers.admin_forms import ADMIN_INDEX
from helpers.client import get, param_id
from helpers.matrix import ROLES, become
from helpers.notes import NEW_NOTE_PATH
from helpers.pages import csrf_token, soup, text_of
from helpers.responses import absolute

VERSION = re.compile(r"^\d+\.\d+(\.\d+)?([a-z]+\d*)?$")
PUBLIC_PAGES = ["/", "/?page=2", "/about/", "/contact/", "/notes/{id}/"]


@pytest.mark.parametrize("path", PUBLIC_PAGES)
def test_layout_names_the_framework(
    target: Target, client: requests.Session, demo_note: dict[str, Any], path: str
) -> None:
    """Every page: body[data-framework], one h1, a footer naming framework + version."""
    resp = client.get(
        target.url(path.format(id=demo_note["id"])), allow_redirects=False
    )
    assert resp.status_code == HTTPStatus.OK
    page = soup(resp)
    body = page.find("body")
    assert isinstance(body, Tag) and body.get("data-framework") == target.name
    assert len(page.find_all("h1")) == 1
    footer = page.select_one("footer.site-footer")
    assert footer is not None
    assert text_of(footer, ".framework") == target.profile.title
    assert VERSION.match(text_of(footer, ".framework-version"))
    assert footer.get_text(" ", strip=True).startswith(
        f"Served by {target.profile.title}"
    )
    stylesheet = page.select_one("head link[rel=stylesheet]")
    assert stylesheet is not None and stylesheet["href"] == "/static/css/style.css"


@pytest.mark.parametrize("path", PUBLIC_PAGES)
def test_nav_signed_out(
    target: Target, client: requests.Session, demo_note: dict[str, Any], path: str
) -> None:
    """Signed out, the nav offers About, Contact, Log in, Register and nothing else."""
    resp = client.get(
        target.url(path.format(id=demo_note["id"])), allow_redirects=False
    )
    nav = soup(resp).select_one("header.site-header nav.site-nav")
    assert nav is not None
    links = [(a.get_text(strip=True), a["href"]) for a in nav.select("a")]
    assert links == [
        ("About", "/about/"),
        ("Contact", "/contact/"),
        ("Log in", "/accounts/login/"),
        ("Register", "/accounts/register/"),
    ]
    assert nav.select("form") == []
    assert nav.select(".nav-user") == []
    brand = soup(resp).select_one("header.site-header a.brand")
    assert brand is not None and brand["href"] == "/"


@pytest.mark.parametrize("role_name", list(ROLES), ids=param_id)
def test_nav_shows_the_signed_in_state(
    target: Target, client: requests.Session, role_name: str
) -> None:
    """Signed out: "Log in" and "Register". Signed in: "New note", "Signed in as
    <username>" and a "Log out" POST button; "Admin" for staff only."""
    role = ROLES[role_name]
    become(client, target, role, fresh=False)
    page = soup(get(client, target, "/"))
    nav = page.select_one("nav.site-nav")
    assert nav is not None
    links = {
        a.get_text(strip=True): urlsplit(absolute(target, str(a["href"]))).path
        for a in nav.select("a[href]")
    }
    user = nav.select_one(".nav-user")
    logout_form = nav.select_one("form.logout-form")
    if role.username is None:
        assert links.get("Log in") == LOGIN_PATH
        assert links.get("Register") == "/accounts/register/"
        assert "New note" not in links
        assert user is None and logout_form is None
    else:
        assert links.get("New note") == NEW_NOTE_PATH
        assert user is not None
        assert user.get_text(" ", strip=True) == f"Signed in as {role.username}"
        assert logout_form is not None
        assert str(logout_form.get("method", "")).lower() == "post"
        assert absolute(target, str(logout_form["action"])) == target.url(LOGOUT_PATH)
        assert logout_form.get_text(strip=True) == "Log out"
        assert csrf_token(logout_form, target.profile)
        assert "Log in" not in links and "Register" not in links
    assert ("Admin" in links) is role.is_staff
    if role.is_staff:
        assert links["Admin"] == ADMIN_INDEX
    assert whoami(client, target)["is_staff"] is role.is_staff
