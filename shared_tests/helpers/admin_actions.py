"""The admin actions tests take: add and delete a note, bulk delete, a token.

Each drives the admin site through its own forms and URLs (profiles.AdminUrls)
with the helpers of admin_forms.py.
"""

from __future__ import annotations

from http import HTTPStatus

import requests

from harness.target import Target
from helpers.admin_forms import submit_form
from helpers.client import get, post
from helpers.pages import csrf_token


def admin_add_note(
    session: requests.Session, target: Target, title: str, body: str, author: str
) -> requests.Response:
    """Submit the admin's add-note form with author picked by username."""
    return submit_form(
        session,
        target,
        target.profile.admin.note_add,
        "title",
        {"title": title, "body": body},
        choices={"author": author},
    )


def admin_delete_note(
    session: requests.Session, target: Target, note_id: int, token: str | None
) -> requests.Response:
    """POST the admin's delete of a note, with its confirmation data and token."""
    admin = target.profile.admin
    data = {
        key: value.format(id=note_id) for key, value in admin.note_delete_data.items()
    }
    return post(session, target, admin.note_delete.format(id=note_id), data, token)


def admin_token(client: requests.Session, target: Target) -> str:
    """A CSRF token for the admin session, from the admin's note form."""
    page = get(client, target, target.profile.admin.note_add)
    assert page.status_code == HTTPStatus.OK
    return csrf_token(page, target.profile)


def admin_bulk_delete(
    session: requests.Session, target: Target, action: str, row_id: str
) -> requests.Response:
    """POST a list's bulk delete of one row id (any text) with the admin's token."""
    data = {
        key: value.format(id=row_id)
        for key, value in target.profile.admin.bulk_delete_data.items()
    }
    return post(session, target, action, data, admin_token(session, target))
