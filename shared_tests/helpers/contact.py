"""The contact form driven over HTTP, and whether a message was stored.

Whether something was stored is read, signed in as the demo admin, from the
admin's list of contact messages (newest first in both admins, with name and
email), looking for a marker no other test uses.
"""

from __future__ import annotations

from collections.abc import Mapping
from http import HTTPStatus

import requests

from harness.target import Target
from helpers.accounts import sign_in
from helpers.client import CONTACT_PATH, form_token, get, new_session, unique
from helpers.demo import ADMIN
from helpers.pages import messages, soup
from helpers.responses import absolute

SENT = "Thanks, your message was sent."


def marker() -> str:
    """A string no other test sends; it fits a name and an email's local part."""
    return unique("mark")


def valid(mark: str) -> dict[str, str]:
    """A valid contact form that carries the marker in every field."""
    return {
        "name": f"Name {mark}",
        "email": f"{mark}@example.com",
        "message": f"Hello from {mark}.",
    }


def send(
    client: requests.Session,
    target: Target,
    data: Mapping[str, str],
    token: str | None = "fetch",
) -> requests.Response:
    """POST the contact form; token "fetch" opens the form first for a fresh one."""
    fields = dict(data)
    if token == "fetch":
        token = form_token(client, target, CONTACT_PATH)
    if token is not None:
        fields[target.profile.csrf_field] = token
    return client.post(target.url(CONTACT_PATH), data=fields, allow_redirects=False)


def assert_redirected_with_thanks(
    client: requests.Session, target: Target, resp: requests.Response
) -> None:
    """The POST was accepted: 302 to /contact/, which thanks once, then no more."""
    assert resp.status_code == HTTPStatus.FOUND
    assert absolute(target, resp.headers["Location"]) == target.url(CONTACT_PATH)
    page = get(client, target, CONTACT_PATH)
    assert page.status_code == HTTPStatus.OK
    assert messages(soup(page)) == [SENT]
    # The message is shown once: the next visit has none.
    again = get(client, target, CONTACT_PATH)
    assert messages(soup(again)) == []


def stored(target: Target, text: str) -> bool:
    """Whether the admin's newest contact messages show `text` (as the demo admin).

    Both admins list the newest message first, with its name and email, so a
    message just stored is on the first page.
    """
    with new_session() as admin:
        sign_in(admin, target, ADMIN)
        resp = get(admin, target, target.profile.admin.contact_list)
        assert resp.status_code == HTTPStatus.OK, f"contact list: {resp.status_code}"
        return text in soup(resp).get_text(" ")
