"""The session cookie that signing in sets: its name, flags and a fresh value.

Django's `sessionid` (a key to a database row, with Max-Age) vs Flask's
`session` (the signed session itself, a browser-session cookie). Both are
HttpOnly and SameSite=Lax, and both give the cookie a new value at sign-in so
a cookie planted before sign-in never becomes signed in. Recorded under
topic 11.
"""

from __future__ import annotations

from http import HTTPStatus

import requests

from harness.observations import Observe
from harness.target import Target
from helpers.accounts import LOGIN_PATH, signed_in_as
from helpers.client import form_token, new_session, post
from helpers.demo import ALICE, DEMO_PASSWORD
from helpers.responses import set_cookies

# Set-Cookie attributes as recorded: these with their value, then these without.
COOKIE_VALUED = (("path", "Path"), ("max-age", "Max-Age"), ("samesite", "SameSite"))
COOKIE_FLAGS = (("expires", "Expires"), ("httponly", "HttpOnly"), ("secure", "Secure"))


def cookie_summary(name: str, attributes: dict[str, str]) -> str:
    """Name and flags of a Set-Cookie, without its value or expiry date."""
    parts = [name]
    parts += [
        f"{label}={attributes[key]}"
        for key, label in COOKIE_VALUED
        if key in attributes
    ]
    parts += [label for key, label in COOKIE_FLAGS if key in attributes]
    return "; ".join(parts)


def test_session_cookie_after_sign_in(
    target: Target, client: requests.Session, observe: Observe
) -> None:
    """Signing in sets the profile's session cookie, HttpOnly and SameSite=Lax, and
    a new value: the cookie from before sign-in (if any) is not signed in.
    Name, flags and what happened to the value are recorded."""
    name = target.profile.session_cookie
    token = form_token(client, target, LOGIN_PATH)
    before = client.cookies.get(name)
    response = post(
        client,
        target,
        LOGIN_PATH,
        {"username": ALICE, "password": DEMO_PASSWORD},
        token,
    )
    assert response.status_code == HTTPStatus.FOUND
    cookies = set_cookies(response)
    assert name in cookies, f"no {name} cookie in {sorted(cookies)}"
    attributes = cookies[name]
    assert "httponly" in attributes
    assert attributes.get("samesite", "").lower() == "lax"
    observe("11. Auth — session cookie", cookie_summary(name, attributes))

    after = attributes["value"]
    assert after and after != before
    if before is None:
        observe("11. Auth — session cookie at sign-in", "issued (none before)")
    else:
        observe("11. Auth — session cookie at sign-in", "new value (had one)")
        with new_session() as old:
            old.cookies.set(name, before)
            assert signed_in_as(old, target) is None
