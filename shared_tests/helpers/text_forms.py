"""A form with text fields, filled in from its own page and sent as multipart.

A TextForm says where the form is, who fills it in, what it is filled in with,
and how to see over HTTP whether it stored something (the public and admin
forms are in text_form_cases.py). `fill` opens the page and returns the form's
action and every value a browser would send, with the case's values typed in;
`send_text_form` posts them with one text field sent as a file upload.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from http import HTTPStatus
from urllib.parse import urljoin

import requests

from harness.target import Target
from helpers.accounts import sign_in
from helpers.admin_forms import form_values, form_with, option_value
from helpers.client import get, new_session
from helpers.contact import marker
from helpers.encodings import FIELD_AS_FILE, MULTIPART, encode
from helpers.notes import note_count
from helpers.pages import soup

# Controls whose value is typed text (what a file upload could stand in for).
TEXT_CONTROLS = (
    "textarea[name], input[name][type=text], input[name]:not([type]), "
    "input[name][type=password], input[name][type=email]"
)


@dataclass(frozen=True)
class Case:
    """What one test fills in: its marker, its note (alice's), the note count."""

    marker: str
    note_id: int
    notes_before: int


@dataclass(frozen=True)
class TextForm:
    """A form with text fields: where it is, who fills it, how to see it stored."""

    page: Callable[[Target], str]  # the page's path ("{id}": the case's note)
    user: str | None  # who fills it in (None: a signed-out visitor)
    fields: Callable[[Target], dict[str, str]]  # "{m}": the case's marker
    stored: Callable[[Target, requests.Session, Case], bool]
    admin: bool = False  # errors in the admin's own markup
    choices: dict[str, str] = field(default_factory=dict)  # select -> option label


def fill(
    session: requests.Session, target: Target, form: TextForm, case: Case
) -> tuple[str, dict[str, str], list[str]]:
    """Open the form's page; return its action URL, the values to send (the
    page's own, the CSRF token included, with the case's typed in) and the
    names of its required text fields among the case's."""
    path = form.page(target).format(id=case.note_id)
    page = get(session, target, path)
    assert page.status_code == HTTPStatus.OK, f"GET {path}: {page.status_code}"
    typed = {
        name: value.replace("{m}", case.marker)
        for name, value in form.fields(target).items()
    }
    html = form_with(soup(page), next(iter(typed)))
    # Required fields only (an optional email may go missing), and every
    # password: the admins' add-user forms need one without saying so in HTML.
    texts = [
        str(control["name"])
        for control in html.select(TEXT_CONTROLS)
        if control["name"] in typed
        and (control.has_attr("required") or control.get("type") == "password")
    ]
    button = target.profile.admin.save_button if form.admin else {}
    picked = {
        name: option_value(html, name, label) for name, label in form.choices.items()
    }
    values = {**form_values(html), **typed, **picked, **button}
    action = urljoin(page.url, str(html.get("action") or page.url))
    return action, values, texts


def text_fields(target: Target, form: TextForm, note_id: int) -> list[str]:
    """The names of the form's required text fields, read from its page."""
    with new_session() as session:
        if form.user is not None:
            sign_in(session, target, form.user)
        return fill(session, target, form, Case("", note_id, 0))[2]


def send_text_form(
    target: Target, form: TextForm, note_id: int, file_field: str | None
) -> tuple[requests.Response, bool]:
    """Fill in the form in a session of its own and send it as multipart, with
    file_field as a file upload (None: every field as text); return the answer
    and whether the form stored anything."""
    with new_session() as session:
        if form.user is not None:
            sign_in(session, target, form.user)
        case = Case(marker(), note_id, note_count(target))
        action, values, _ = fill(session, target, form, case)
        encoding = MULTIPART if file_field is None else FIELD_AS_FILE
        data, content_type = encode(values, encoding, file_field)
        response = session.post(
            action,
            data=data,
            headers={"Content-Type": content_type},
            allow_redirects=False,
        )
        return response, form.stored(target, session, case)
