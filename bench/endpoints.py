"""What is measured on each target: the endpoints, as requests a load generator sends.

The twins get every endpoint at 12 notes and the lists again at 10,000 notes
(page 1 and a deep page); the anchors only have their home page.
The sign-in POST carries a CSRF token and its cookie, fetched once per server
before the run: every request of the run reuses them, which both frameworks
accept because neither ties its token to one TCP connection.
"""

from __future__ import annotations

from dataclasses import dataclass
from urllib.parse import urlencode

from bench.load import Request
from harness.profile_types import Profile
from helpers.client import new_session
from helpers.pages import csrf_token

DEEP_PAGE = 500  # of 1,000 pages at 10,000 notes
SIGN_IN = "POST /accounts/login/"
DEMO_USER = ("alice", "demo-pass-123")


@dataclass(frozen=True)
class Endpoint:
    """One row of the report: a label and the path it requests ({note}: an id)."""

    label: str
    path: str


HOME = Endpoint("/", "/")
API = Endpoint("/api/notes/", "/api/notes/")
SMALL_ENDPOINTS = (
    HOME,
    Endpoint("/notes/<id>/", "/notes/{note}/"),
    API,
    Endpoint("/api/notes/<id>/", "/api/notes/{note}/"),
    Endpoint("/static/css/style.css", "/static/css/style.css"),
    Endpoint("/contact/", "/contact/"),
    Endpoint(SIGN_IN, "/accounts/login/"),
)
# A note by its id costs the same among 12 or 10,000: only the lists are
# measured again, on page 1 and on a deep page.
DEEP = Endpoint(f"/?page={DEEP_PAGE}", f"/?page={DEEP_PAGE}")
API_DEEP = Endpoint(f"/api/notes/?page={DEEP_PAGE}", f"/api/notes/?page={DEEP_PAGE}")
LARGE_ENDPOINTS = (HOME, DEEP, API, API_DEEP)


def newest_note_id(base_url: str) -> int:
    """Return the id of the newest note, the first one the home page lists."""
    with new_session() as session:
        response = session.get(base_url + "/api/notes/", allow_redirects=False)
        response.raise_for_status()
        return int(response.json()["notes"][0]["id"])


def sign_in_request(base_url: str, profile: Profile) -> Request:
    """Return a valid sign-in POST as the demo user, with a CSRF token and cookie."""
    with new_session() as session:
        page = session.get(base_url + "/accounts/login/", allow_redirects=False)
        page.raise_for_status()
        token = csrf_token(page, profile)
        cookies = "; ".join(f"{c.name}={c.value}" for c in session.cookies)
    username, password = DEMO_USER
    body = urlencode(
        {"username": username, "password": password, profile.csrf_field: token}
    )
    headers = (
        ("Content-Type", "application/x-www-form-urlencoded"),
        ("Cookie", cookies),
    )
    return Request("POST", "/accounts/login/", 302, body, headers)


def request_for(
    endpoint: Endpoint, base_url: str, profile: Profile | None, note_id: int
) -> Request:
    """Return the request a load run sends to this endpoint of this target."""
    if endpoint.label == SIGN_IN:
        assert profile is not None, "only the twins have a sign-in page"
        return sign_in_request(base_url, profile)
    return Request("GET", endpoint.path.format(note=note_id))
