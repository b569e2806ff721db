"""Malformed form posts get a 4xx or the form again: never a 500, nothing stored.

Django's request parsing copes with these by itself (MultiPartParser skips a
part without a name; a form reads text fields from request.POST only). The
Flask twin refuses a part without a name before Flask-WTF's CSRF check reads
it, and builds its forms, the admin's too, from the text fields only. What
each answers where they differ is recorded. Bodies that cannot be read at all
are in test_unreadable_bodies.py.
"""

from __future__ import annotations

from http import HTTPStatus

import pytest
import requests

from harness.observations import Observe, status
from harness.target import Target
from helpers.admin_forms import page_problems
from helpers.client import CONTACT_PATH, param_id, session_token
from helpers.contact import marker, stored, valid
from helpers.encodings import (
    NAMELESS,
    NO_NAME,
    multipart,
    nameless_part,
    post_body,
    text_part,
)
from helpers.form_posts import POST_FORMS
from helpers.notes import alices_note, api_note
from helpers.pages import form_errors, soup
from helpers.text_form_cases import FORMS
from helpers.text_forms import send_text_form, text_fields
from helpers.texts import REQUIRED

KEPT_TITLE = "Kept through malformed posts"


@pytest.fixture(scope="session")
def kept_note(target: Target) -> int:
    """A note of alice's that no malformed POST may change (one per app)."""
    return alices_note(target, KEPT_TITLE)


@pytest.mark.parametrize("variant", NAMELESS, ids=param_id)
@pytest.mark.parametrize("name", list(POST_FORMS), ids=param_id)
def test_nameless_part_without_cookies(
    target: Target, client: requests.Session, kept_note: int, name: str, variant: str
) -> None:
    """A multipart POST whose one part has no name (curl -F "=x"), with no
    cookie, gets the CSRF failure status and changes no note."""
    path = POST_FORMS[name].action.format(id=kept_note)
    response = post_body(client, target, path, multipart([nameless_part(variant)]))
    assert response.status_code == target.profile.csrf_failure_status
    note = api_note(target, kept_note)
    assert note is not None and note["title"] == KEPT_TITLE


@pytest.mark.parametrize("variant", NAMELESS, ids=param_id)
def test_nameless_part_in_a_valid_form(
    target: Target, client: requests.Session, observe: Observe, variant: str
) -> None:
    """A valid contact form with its token and an extra part without a name is
    refused with 400 where the profile says so, else stored: never a 500."""
    mark = marker()
    fields = {**valid(mark), target.profile.csrf_field: session_token(client, target)}
    parts = [text_part(name, value) for name, value in fields.items()]
    body = multipart([*parts, nameless_part(variant)])
    response = post_body(client, target, CONTACT_PATH, body)
    observe(
        f"13. Security — valid contact form plus a part with {variant}",
        status(response.status_code),
    )
    refused = target.profile.nameless_part_refused and variant == NO_NAME
    expected = HTTPStatus.BAD_REQUEST if refused else HTTPStatus.FOUND
    assert response.status_code == expected
    assert stored(target, mark) is not refused


@pytest.mark.parametrize("name", list(FORMS), ids=param_id)
def test_text_field_sent_as_a_file(target: Target, name: str) -> None:
    """Each text field of the form, sent as a file upload, is missing to the
    form: the form again with "This field is required." on it, nothing stored.
    The same values sent as text are stored."""
    form = FORMS[name]
    note_id = alices_note(target, KEPT_TITLE) if "{id}" in form.page(target) else 0
    fields = text_fields(target, form, note_id)
    assert fields, f"no text field in the {name} form"
    for field in fields:
        response, changed = send_text_form(target, form, note_id, field)
        assert response.status_code == HTTPStatus.OK, (field, response.status_code)
        if form.admin:
            assert REQUIRED in page_problems(response), field
        else:
            assert REQUIRED in form_errors(soup(response), field), field
        assert not changed, field
    response, changed = send_text_form(target, form, note_id, None)
    assert response.status_code == HTTPStatus.FOUND, page_problems(response)
    assert changed
