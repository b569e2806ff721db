"""Reading the apps' responses: HTML hooks, form errors, messages, redirects, cookies.

Every helper works on what came over the wire (a requests.Response or the
Beautiful Soup tree of its body) and knows the HTML contract both apps follow:
`ul.errorlist` inside a field's `div.field`, `ul.messages`, the CSRF input
named by the profile.
"""

from __future__ import annotations

from http import HTTPStatus
from typing import Any
from urllib.parse import parse_qs, urljoin, urlsplit

import requests
from bs4 import BeautifulSoup, Tag
from harness import Target
from profiles import Profile

DEMO_PASSWORD = "demo-pass-123"
ADMIN = "admin"
MODERATOR = "moderator"
ALICE = "alice"
BOB = "bob"
DEMO_USERS = (ADMIN, MODERATOR, ALICE, BOB)
DEMO_NOTES = 12
PER_PAGE = 10

USER_AGENT = "shared-tests"
DEMO_NOTE_TITLE = "Demo note 5"  # seeded, by alice


class NoRedirectSession(requests.Session):
    """A session for tests: never follows redirects, one connection per request.

    Django's runserver answers on a kept-alive connection in two TCP segments,
    and Nagle's algorithm with the client's delayed ACK then stalls every
    response for 40 ms; it also does not say "Connection: close" when asked
    to close, so a pooled connection may be reused just as it goes away. So
    every request asks the server to close, and the session drops its
    connections once the response is read. (gunicorn's sync workers close
    after each response anyway.)
    """

    def __init__(self) -> None:
        super().__init__()
        self.headers["Connection"] = "close"

    def send(
        self, request: requests.PreparedRequest, **kwargs: Any
    ) -> requests.Response:
        if kwargs.get("allow_redirects", True):
            raise AssertionError("pass allow_redirects=False: tests check redirects")
        response = super().send(request, **kwargs)
        if not kwargs.get("stream"):
            for adapter in self.adapters.values():
                adapter.close()
        return response


def new_session() -> requests.Session:
    """A fresh HTTP session, set up the way every test talks to the apps."""
    session = NoRedirectSession()
    session.headers["User-Agent"] = USER_AGENT
    # Talk to the app directly, whatever proxy the environment names.
    session.trust_env = False
    return session


def soup(resp: requests.Response | str) -> BeautifulSoup:
    """Parse a response body (or HTML text) with Python's own HTML parser."""
    text = resp if isinstance(resp, str) else resp.text
    return BeautifulSoup(text, "html.parser")


def _tree(page: requests.Response | BeautifulSoup | Tag) -> BeautifulSoup | Tag:
    return soup(page) if isinstance(page, requests.Response) else page


def csrf_token(page: requests.Response | BeautifulSoup | Tag, profile: Profile) -> str:
    """The value of the first CSRF input, found by the framework's field name."""
    field = _tree(page).find("input", attrs={"name": profile.csrf_field})
    assert isinstance(field, Tag), f"no input named {profile.csrf_field!r}"
    value = field.get("value")
    assert isinstance(value, str) and value, "the CSRF input has no value"
    return value


def field_div(page: BeautifulSoup | Tag, name: str) -> Tag:
    """The `div.field` that holds the input, textarea or select named `name`."""
    control = page.find(["input", "textarea", "select"], attrs={"name": name})
    assert isinstance(control, Tag), f"no form control named {name!r}"
    div = control.find_parent("div", class_="field")
    assert isinstance(div, Tag), f"the control {name!r} is not inside a div.field"
    return div


def field_value(page: BeautifulSoup | Tag, name: str) -> str:
    """The value a form shows in the control named `name` (input or textarea)."""
    control = page.find(["input", "textarea"], attrs={"name": name})
    assert isinstance(control, Tag), f"no form control named {name!r}"
    if control.name == "textarea":
        # HTML drops one line break right after <textarea> (WTForms writes
        # "\r\n", Django "\n"); html.parser keeps it.
        text = control.get_text()
        return (
            text.removeprefix("\r\n")
            if text.startswith("\r\n")
            else (text.removeprefix("\n"))
        )
    value = control.get("value", "")
    return value if isinstance(value, str) else " ".join(value)


def form_errors(page: BeautifulSoup | Tag, field: str) -> list[str]:
    """The error texts shown next to one field (in its div.field)."""
    return [
        item.get_text(strip=True)
        for errorlist in field_div(page, field).select("ul.errorlist")
        for item in errorlist.find_all("li")
    ]


def all_field_errors(page: BeautifulSoup | Tag) -> dict[str, list[str]]:
    """Every field's errors, by the name of the control in the same div.field."""
    errors: dict[str, list[str]] = {}
    for div in page.select("div.field"):
        control = div.find(["input", "textarea", "select"])
        items = [li.get_text(strip=True) for li in div.select("ul.errorlist li")]
        if isinstance(control, Tag) and items:
            errors[str(control.get("name"))] = items
    return errors


def nonfield_errors(page: BeautifulSoup | Tag) -> list[str]:
    """Errors not tied to one field (`ul.errorlist.nonfield`)."""
    return [li.get_text(strip=True) for li in page.select("ul.errorlist.nonfield li")]


def messages(page: BeautifulSoup | Tag) -> list[str]:
    """The texts of the flash messages (`ul.messages li`)."""
    return [li.get_text(strip=True) for li in page.select("ul.messages li")]


def absolute(target: Target | str, location: str) -> str:
    """A Location header made absolute against the app's base URL."""
    base = target if isinstance(target, str) else target.base_url
    return urljoin(base.rstrip("/") + "/", location)


def redirect_target(target: Target, resp: requests.Response) -> str:
    """The absolute URL a redirect points to (the Location header is required)."""
    location = resp.headers.get("Location")
    assert location, f"{resp.status_code} without a Location header"
    return absolute(target, location)


def query(location: str) -> dict[str, list[str]]:
    """The query string of a URL, as parse_qs returns it."""
    return parse_qs(urlsplit(location).query, keep_blank_values=True)


def is_absolute(location: str) -> bool:
    """Whether a Location header carries a scheme and host."""
    parts = urlsplit(location)
    return bool(parts.scheme and parts.netloc)


def set_cookies(resp: requests.Response) -> dict[str, dict[str, str]]:
    """The cookies a response sets, each with its attributes (names lowercased).

    Read from the raw Set-Cookie headers: the cookie jar drops SameSite.
    """
    cookies: dict[str, dict[str, str]] = {}
    for header in resp.raw.headers.getlist("Set-Cookie"):
        pairs = [part.strip() for part in header.split(";")]
        name, _, value = pairs[0].partition("=")
        attributes = {"value": value}
        for pair in pairs[1:]:
            key, _, attr = pair.partition("=")
            attributes[key.strip().lower()] = attr.strip()
        cookies[name.strip()] = attributes
    return cookies


def skeleton(page: BeautifulSoup | Tag, csrf_field: str | None = None) -> list[str]:
    """The page's element structure: tag names, ids and classes, in document order.

    Text and other attributes (the `data-framework` value among them) are left
    out, so the skeletons of the two apps can be compared. The CSRF input, each
    framework's own markup, is shown as `input(csrf)` whatever its attributes.
    """
    lines: list[str] = []

    def walk(node: Tag, depth: int) -> None:
        if csrf_field and node.name == "input" and node.get("name") == csrf_field:
            lines.append("  " * depth + "input(csrf)")
            return
        ident = f"#{node['id']}" if node.get("id") else ""
        classes = "".join(f".{name}" for name in node.get("class") or [])
        lines.append("  " * depth + f"{node.name}{ident}{classes}")
        for child in node.children:
            if isinstance(child, Tag):
                walk(child, depth + 1)

    root = page.find("html") if isinstance(page, BeautifulSoup) else page
    assert isinstance(root, Tag), "no <html> element"
    walk(root, 0)
    return lines


def excerpt(body: str, length: int = 80) -> str:
    """The note excerpt both apps show: the body, or its start and an ellipsis."""
    if len(body) <= length:
        return body
    return body[: length - 1].rstrip() + "…"


def error_page_kind(resp: requests.Response) -> str:
    """Whether an error response is the site's own page or the framework's debug page.

    The site's pages carry `body[data-framework]` and the base layout; any other
    HTML (Django's technical 404, Werkzeug's debugger) counts as a debug page.
    """
    page = soup(resp)
    body = page.find("body")
    if isinstance(body, Tag) and body.get("data-framework") and page.select("footer"):
        return "site page"
    return "debug page"


def seeded_note(target: Target, title: str = DEMO_NOTE_TITLE) -> dict[str, Any]:
    """A note the seed wrote, as /api/notes/ lists it (found by its title)."""
    with new_session() as session:
        page, pages = 1, 1
        while page <= pages:
            resp = session.get(
                target.url(f"/api/notes/?page={page}"), allow_redirects=False
            )
            assert resp.status_code == 200, (
                f"/api/notes/?page={page}: {resp.status_code}"
            )
            listing = resp.json()
            for note in listing["notes"]:
                if note["title"] == title:
                    return dict(note)
            pages = int(listing["pages"])
            page += 1
    raise AssertionError(f"the seeded note {title!r} is not listed")


def contact_list_shows(admin: requests.Session, target: Target, text: str) -> bool:
    """Whether the admin's list of contact messages shows `text` on its first page.

    The session must be signed in as staff. Both admins list the newest message
    first, with its name and email, so a message just stored is on page 1.
    """
    resp = admin.get(
        target.url(target.profile.admin.contact_list), allow_redirects=False
    )
    assert resp.status_code == HTTPStatus.OK, f"admin contact list: {resp.status_code}"
    return text in soup(resp).get_text(" ")
