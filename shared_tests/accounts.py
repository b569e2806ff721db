"""Accounts, notes and admin forms driven over HTTP, the way a browser would.

Every helper speaks to the app only through its pages and its JSON API: it
fetches the page that holds a form, takes the CSRF token from it (the field's
name comes from the profile) and posts the form back. Nothing here knows which
framework it talks to.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from http import HTTPStatus
from typing import Any
from urllib.parse import urlencode, urljoin, urlsplit
from uuid import uuid4

import requests
from bs4 import BeautifulSoup, Tag
from harness import Target
from pages import DEMO_PASSWORD, csrf_token, new_session, soup

# Passes every rule of both apps (Django's validators included).
NEW_USER_PASSWORD = "quiet-harbor-lantern-58"

REGISTER_PATH = "/accounts/register/"
LOGOUT_PATH = "/accounts/logout/"
NEW_NOTE_PATH = "/notes/new/"
CONTACT_PATH = "/contact/"
WHOAMI_PATH = "/api/whoami/"

# Signed-in cookies per (app, user), so that a test that only needs to *be*
# someone does not pay for a password hash (Django's PBKDF2 takes a noticeable
# fraction of a second) on every sign-in. Each test still gets its own
# requests.Session with a copy of the cookies. Tests that sign out, or that are
# about signing in, sign in for real with `login`.
_signed_in: dict[tuple[str, str], requests.cookies.RequestsCookieJar] = {}


def unique(prefix: str) -> str:
    """A name no other test uses: prefix plus a random suffix."""
    return f"{prefix}{uuid4().hex[:10]}"


def param_id(text: str) -> str:
    """A pytest id for a readable case name: "short password" -> "short-password"."""
    return text.replace(" ", "-")


def get(session: requests.Session, target: Target, path: str) -> requests.Response:
    """GET a path on the app, never following a redirect."""
    return session.get(target.url(path), allow_redirects=False)


def form_token(session: requests.Session, target: Target, path: str) -> str:
    """The CSRF token of the form on the page at path (which must answer 200)."""
    page = get(session, target, path)
    assert page.status_code == HTTPStatus.OK, f"GET {path}: {page.status_code}"
    return csrf_token(page, target.profile)


def session_token(session: requests.Session, target: Target) -> str:
    """A valid CSRF token for this session, from the contact form anyone may open."""
    return form_token(session, target, CONTACT_PATH)


def post(
    session: requests.Session,
    target: Target,
    path: str,
    data: Mapping[str, str],
    token: str | None = None,
) -> requests.Response:
    """POST form data to a path, with the CSRF token under the app's field name."""
    fields = dict(data)
    if token is not None:
        fields[target.profile.csrf_field] = token
    return session.post(target.url(path), data=fields, allow_redirects=False)


def whoami(session: requests.Session, target: Target) -> dict[str, Any]:
    """The app's view of this session's user, from /api/whoami/."""
    response = get(session, target, WHOAMI_PATH)
    assert response.status_code == HTTPStatus.OK
    return response.json()


def signed_in_as(session: requests.Session, target: Target) -> str | None:
    """The username this session is signed in as, or None."""
    state = whoami(session, target)
    return state["username"] if state["authenticated"] else None


# --- accounts ------------------------------------------------------------------------


def login(
    session: requests.Session,
    target: Target,
    username: str,
    password: str,
    next: str | None = None,
) -> requests.Response:
    """Fill in and post the sign-in form; next travels as a browser would carry it.

    The page is opened with ?next=…; its form has no action, so a browser posts
    back to the same URL, the query string included, with the hidden `next`
    input. Both copies are sent here.
    """
    path = target.profile.login_url
    if next is not None:
        path += "?" + urlencode({"next": next})
    data = {"username": username, "password": password}
    if next is not None:
        data["next"] = next
    return post(session, target, path, data, form_token(session, target, path))


def logout(session: requests.Session, target: Target) -> requests.Response:
    """Press the nav's "Log out" button (a POST form with its CSRF token)."""
    page = get(session, target, "/")
    assert page.status_code == HTTPStatus.OK
    form = soup(page).select_one("form.logout-form")
    assert form is not None, "no Log out form in the nav"
    return post(session, target, LOGOUT_PATH, {}, csrf_token(form, target.profile))


def register(
    session: requests.Session,
    target: Target,
    username: str,
    password1: str,
    password2: str,
) -> requests.Response:
    """Fill in and post the registration form."""
    data = {"username": username, "password1": password1, "password2": password2}
    return post(
        session, target, REGISTER_PATH, data, form_token(session, target, REGISTER_PATH)
    )


def new_user(target: Target, prefix: str = "user") -> tuple[str, str]:
    """Register a fresh user over HTTP and return (username, password)."""
    username = unique(prefix)
    with new_session() as session:
        response = register(
            session, target, username, NEW_USER_PASSWORD, NEW_USER_PASSWORD
        )
    assert response.status_code == HTTPStatus.FOUND, (
        f"registering {username}: {response.status_code}"
    )
    return username, NEW_USER_PASSWORD


def can_sign_in(target: Target, username: str, password: str) -> bool:
    """Whether these credentials sign in (tried in a session of their own)."""
    with new_session() as session:
        login(session, target, username, password)
        return signed_in_as(session, target) == username


def sign_in(
    session: requests.Session,
    target: Target,
    username: str,
    password: str = DEMO_PASSWORD,
) -> None:
    """Make the session signed in as username (one real sign-in per app and user).

    Only for sessions that stay signed in: signing out ends the server-side
    session that Django's copies share. Tests that sign out use `login`.
    """
    key = (target.base_url, username)
    if key not in _signed_in:
        with new_session() as fresh:
            response = login(fresh, target, username, password)
            assert response.status_code == HTTPStatus.FOUND, (
                f"signing in as {username}: {response.status_code}"
            )
            _signed_in[key] = fresh.cookies.copy()
    session.cookies.update(_signed_in[key])


# --- notes ---------------------------------------------------------------------------


def note_path(note_id: int, action: str = "") -> str:
    """/notes/<id>/, or /notes/<id>/<action>/."""
    return f"/notes/{note_id}/" + (f"{action}/" if action else "")


def note_id_from(target: Target, location: str) -> int:
    """The note id of a redirect to /notes/<id>/."""
    path = urlsplit(urljoin(target.url("/"), location)).path
    match = re.fullmatch(r"/notes/(\d+)/", path)
    assert match, f"not a note URL: {location!r}"
    return int(match.group(1))


def create_note(
    session: requests.Session, target: Target, title: str, body: str
) -> int:
    """Post the new-note form as the session's user; return the new note's id."""
    token = form_token(session, target, NEW_NOTE_PATH)
    response = post(
        session, target, NEW_NOTE_PATH, {"title": title, "body": body}, token
    )
    assert response.status_code == HTTPStatus.FOUND, (
        f"creating a note: {response.status_code}"
    )
    return note_id_from(target, response.headers["Location"])


def api_note(target: Target, note_id: int) -> dict[str, Any] | None:
    """The note as /api/notes/<id>/ shows it to anyone, or None when it is gone."""
    with new_session() as session:
        response = get(session, target, f"/api/notes/{note_id}/")
    if response.status_code == HTTPStatus.NOT_FOUND:
        return None
    assert response.status_code == HTTPStatus.OK, response.status_code
    return response.json()


def note_exists(target: Target, note_id: int) -> bool:
    """Whether the API still knows the note."""
    return api_note(target, note_id) is not None


def api_notes_page(target: Target, page: int = 1) -> dict[str, Any]:
    """One page of /api/notes/."""
    with new_session() as session:
        response = get(session, target, f"/api/notes/?page={page}")
    assert response.status_code == HTTPStatus.OK, response.status_code
    return response.json()


def note_count(target: Target) -> int:
    """How many notes the API lists."""
    return int(api_notes_page(target)["count"])


def find_note(target: Target, title: str) -> tuple[dict[str, Any], int] | None:
    """The note with this title and the list page holding it, or None.

    Walks every page of /api/notes/ (the home page paginates the same way).
    """
    page, pages = 1, 1
    while page <= pages:
        listing = api_notes_page(target, page)
        for note in listing["notes"]:
            if note["title"] == title:
                return note, page
        pages = int(listing["pages"])
        page += 1
    return None


# --- admin forms ---------------------------------------------------------------------


def form_values(form: Tag) -> dict[str, str]:
    """The values a browser would submit for this form, before anyone types.

    Text inputs, hidden inputs and textareas with their current value; checked
    checkboxes and radio buttons; each select's selected (or first) option.
    Submit buttons are left out: the caller picks the one it presses.
    """
    values: dict[str, str] = {}
    for element in form.select("input[name], textarea[name], select[name]"):
        name = str(element["name"])
        if element.name == "textarea":
            values[name] = element.get_text()
        elif element.name == "select":
            options = element.select("option")
            chosen = element.select_one("option[selected]") or (
                options[0] if options else None
            )
            if chosen is not None:
                values[name] = str(chosen.get("value", chosen.get_text()))
        else:
            kind = str(element.get("type", "text")).lower()
            if kind in ("submit", "button", "image", "reset", "file"):
                continue
            if kind in ("checkbox", "radio") and not element.has_attr("checked"):
                continue
            values[name] = str(element.get("value", "on" if kind == "checkbox" else ""))
    return values


def option_value(form: Tag, field: str, label: str) -> str:
    """The value of the option labelled `label` in the form's select `field`."""
    for option in form.select(f"select[name={field}] option"):
        if option.get_text(strip=True) == label:
            return str(option["value"])
    raise AssertionError(f"no option {label!r} in select {field!r}")


def form_with(page: BeautifulSoup, field: str) -> Tag:
    """The form on the page that has a control named field."""
    for form in page.select("form"):
        if form.select_one(f"[name={field}]") is not None:
            return form
    raise AssertionError(f"no form with a {field!r} field on the page")


def submit_form(
    session: requests.Session,
    target: Target,
    path: str,
    field: str,
    changes: Mapping[str, str],
    choices: Mapping[str, str] | None = None,
    with_token: bool = True,
) -> requests.Response:
    """Open the page at path, change some fields of its form and submit it.

    The form is the one holding `field`. `changes` sets values, `choices` picks
    select options by their label; everything else is sent as the page filled
    it in (the CSRF token too, unless with_token is False), plus the profile's
    save button.
    """
    page = get(session, target, path)
    assert page.status_code == HTTPStatus.OK, f"GET {path}: {page.status_code}"
    form = form_with(soup(page), field)
    picked = {
        name: option_value(form, name, label) for name, label in (choices or {}).items()
    }
    data = {
        **form_values(form),
        **changes,
        **picked,
        **target.profile.admin.save_button,
    }
    if not with_token:
        data.pop(target.profile.csrf_field, None)
    action = urljoin(page.url, str(form.get("action") or page.url))
    return session.post(action, data=data, allow_redirects=False)


def page_problems(response: requests.Response) -> str:
    """The error texts an admin page shows (for assertion messages)."""
    selector = ".errorlist, .errornote, .invalid-feedback, .help-block, .alert"
    found = [node.get_text(" ", strip=True) for node in soup(response).select(selector)]
    return f"{response.status_code}: {found}"


def row_link(page: BeautifulSoup, cell_text: str, href_pattern: str) -> str:
    """The href matching href_pattern in the table row that shows cell_text."""
    pattern = re.compile(href_pattern)
    for row in page.select("tr"):
        cells = [cell.get_text(strip=True) for cell in row.select("td, th")]
        if cell_text not in cells:
            continue
        for link in row.select("a[href]"):
            if pattern.search(str(link["href"])):
                return str(link["href"])
    raise AssertionError(f"no row showing {cell_text!r} links to {href_pattern!r}")


def id_pattern(template: str) -> str:
    """A regex for a URL template with an {id} placeholder; group 1 is the id."""
    return re.escape(template).replace(re.escape("{id}"), r"(\d+)")
