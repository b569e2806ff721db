"""The length limits and required fields, advertised in the forms' markup.

Both apps render the same limits as the server checks: a browser refuses to
type past `maxlength` and to submit a `required` field left empty. The values
are the same in both apps, so they are plain data here, not profile data.
"""

from __future__ import annotations

from http import HTTPStatus

import requests
from bs4 import Tag

from harness.target import Target
from helpers.accounts import sign_in
from helpers.client import CONTACT_PATH, get
from helpers.demo import ALICE
from helpers.notes import NEW_NOTE_PATH
from helpers.pages import soup

# (element, name, maxlength) of each form's text fields.
CONTACT_LIMITS = (
    ("input", "name", 100),
    ("input", "email", 254),
    ("textarea", "message", 2000),
)
NOTE_LIMITS = (("input", "title", 100), ("textarea", "body", 5000))


def form_control(page: Tag, form: str, element: str, name: str) -> Tag:
    """The one `element` named `name` in the form matched by the `form` selector."""
    found = page.select(f"{form} {element}[name={name}]")
    assert len(found) == 1, f"{len(found)} {element}s named {name!r} in {form}"
    return found[0]


def assert_limits(
    page: Tag, form: str, limits: tuple[tuple[str, str, int], ...]
) -> None:
    """Each field of the form carries its maxlength and the required attribute."""
    for element, name, limit in limits:
        control = form_control(page, form, element, name)
        assert control.get("maxlength") == str(limit), f"{name}: {control}"
        assert control.has_attr("required"), f"{name}: {control}"


def test_contact_form_advertises_its_limits(
    target: Target, client: requests.Session
) -> None:
    """/contact/: name maxlength 100, email 254, message (a textarea) 2000; all
    three are required."""
    resp = get(client, target, CONTACT_PATH)
    assert resp.status_code == HTTPStatus.OK
    assert_limits(soup(resp), "form.contact-form", CONTACT_LIMITS)


def test_note_form_advertises_its_limits(
    target: Target, client: requests.Session
) -> None:
    """/notes/new/ (signed in as alice): title maxlength 100, body (a textarea)
    5000; both are required."""
    sign_in(client, target, ALICE)
    resp = get(client, target, NEW_NOTE_PATH)
    assert resp.status_code == HTTPStatus.OK
    assert_limits(soup(resp), "form.note-form", NOTE_LIMITS)
