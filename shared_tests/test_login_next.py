"""Where signing in leads: the sign-in redirect, and which `next` is honoured.

A signed-out visitor of a page that needs sign-in is sent to the sign-in page
with `next` set to the page (Flask-Login percent-encodes it, Django does not:
recorded). After sign-in, `next` is followed only when it stays on the site;
Django's url_has_allowed_host_and_scheme also accepts an absolute URL on the
site's own host, the Flask twin's hand-written check only plain paths (profile
data, recorded).
"""

from __future__ import annotations

from http import HTTPStatus
from typing import Any
from urllib.parse import urlsplit

import pytest
import requests

from harness.observations import Observe
from harness.target import Target
from helpers.accounts import LOGIN_PATH, login, signed_in_as
from helpers.client import get
from helpers.demo import ALICE, DEMO_PASSWORD
from helpers.notes import NEW_NOTE_PATH, note_path
from helpers.pages import messages, soup
from helpers.responses import absolute, query

# Values of `next` that point off the site, directly or once a browser has
# normalised them (backslashes read as slashes, leading control characters
# dropped). The app must send the user home instead.
EVIL_NEXTS = [
    pytest.param("https://evil.example/", id="absolute-url"),
    pytest.param("//evil.example/", id="scheme-relative"),
    pytest.param("/\\evil.example", id="slash-backslash"),
    pytest.param("javascript:alert(1)", id="javascript"),
    pytest.param("///evil.example/", id="three-slashes"),
    pytest.param("https:evil.example", id="scheme-without-slashes"),
    pytest.param("\t//evil.example/", id="leading-tab"),
]

SAFE_NEXTS = ["/notes/new/", "/?page=2"]


def shown_location(target: Target, location: str) -> str:
    """A Location header as recorded: an absolute one keeps its form, not its port."""
    if location.startswith(target.base_url):
        return "http://host" + location.removeprefix(target.base_url)
    return location


def browser_target(target: Target, location: str) -> str:
    """Where a browser goes for this Location: backslashes are slashes to it."""
    return absolute(target, location.strip().replace("\\", "/"))


def test_anonymous_new_note_is_sent_to_sign_in(
    target: Target, client: requests.Session, observe: Observe
) -> None:
    """Signed out, /notes/new/ answers 302 to the sign-in page with next set to it,
    which shows the profile's message (or none); the raw Location (its encoding
    and form) and the message are recorded."""
    response = get(client, target, NEW_NOTE_PATH)
    assert response.status_code == HTTPStatus.FOUND
    location = response.headers["Location"]
    assert urlsplit(absolute(target, location)).path == LOGIN_PATH
    assert query(location)["next"] == [NEW_NOTE_PATH]
    observe("11. Auth — sign-in redirect Location", shown_location(target, location))
    sign_in_page = client.get(absolute(target, location), allow_redirects=False)
    shown = messages(soup(sign_in_page))
    observe("11. Auth — message on the way to sign-in", " ".join(shown) or "(none)")
    expected = target.profile.sign_in_required_message
    assert shown == ([expected] if expected else [])


def test_sign_in_redirect_returns_to_the_page(
    target: Target, client: requests.Session, demo_note: dict[str, Any]
) -> None:
    """Signed out, an edit page redirects to sign-in; signing in with that next
    lands back on the edit page."""
    page = note_path(demo_note["id"], "edit")
    response = get(client, target, page)
    assert response.status_code == HTTPStatus.FOUND
    location = absolute(target, response.headers["Location"])
    assert urlsplit(location).path == LOGIN_PATH
    (next_page,) = query(location)["next"]
    assert next_page == page
    signed_in = login(client, target, ALICE, DEMO_PASSWORD, next=next_page)
    assert signed_in.status_code == HTTPStatus.FOUND
    assert absolute(target, signed_in.headers["Location"]) == target.url(page)


@pytest.mark.parametrize("next_url", EVIL_NEXTS)
def test_login_never_redirects_off_site(
    target: Target, client: requests.Session, next_url: str
) -> None:
    """A `next` that leads to another site (or a script) is ignored: home instead."""
    response = login(client, target, ALICE, DEMO_PASSWORD, next=next_url)
    assert response.status_code == HTTPStatus.FOUND
    assert browser_target(target, response.headers["Location"]) == target.url("/")
    assert signed_in_as(client, target) == ALICE


@pytest.mark.parametrize("next_url", SAFE_NEXTS)
def test_login_honours_a_path_on_the_site(
    target: Target, client: requests.Session, next_url: str
) -> None:
    """A `next` that is a path on this site is where sign-in leads."""
    response = login(client, target, ALICE, DEMO_PASSWORD, next=next_url)
    assert response.status_code == HTTPStatus.FOUND
    assert absolute(target, response.headers["Location"]) == target.url(next_url)


def test_login_next_on_the_same_host(
    target: Target, client: requests.Session, observe: Observe
) -> None:
    """A `next` that is an absolute URL on this very host (http://<host:port>/about/)
    is followed or ignored (home instead) as the profile says; recorded."""
    next_url = target.url("/about/")
    response = login(client, target, ALICE, DEMO_PASSWORD, next=next_url)
    assert response.status_code == HTTPStatus.FOUND
    assert signed_in_as(client, target) == ALICE
    landed = absolute(target, response.headers["Location"])
    assert landed in (next_url, target.url("/"))
    followed = landed == next_url
    observe(
        "11. Auth — sign-in next: absolute URL on this host",
        "followed" if followed else "ignored",
    )
    assert followed is target.profile.follows_same_host_next
