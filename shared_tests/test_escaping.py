"""Every field a user types is escaped on every page that shows it.

Jinja2 (with Flask's autoescape) and the Django template language escape
what users wrote, in the public pages and in both admins; a `|safe` or
`Markup` in the wrong place would undo it for one field on one page. So each
field gets markup that would open an element in whatever context it lands
(text, attribute value, text area), and each page that shows the field,
whole or as the home page's excerpt, must show it as typed text.
test_templates.py records how the two engines escape quotes.
"""

from __future__ import annotations

from http import HTTPStatus

import pytest
import requests

from harness.target import Target
from helpers.accounts import sign_in
from helpers.admin_forms import form_with, listed_id
from helpers.client import get, new_session, unique
from helpers.contact import send
from helpers.demo import ADMIN, ALICE
from helpers.escaping import escaped_page, long_body, payload
from helpers.notes import EXCERPT_LENGTH, create_note, excerpt, note_path
from helpers.pages import field_value, text_of


@pytest.fixture(scope="session")
def marked_note(target: Target) -> tuple[int, str, str, str]:
    """A note of alice's with markup in title and long body: (id, mark, title, body)."""
    mark = unique("n")
    title, body = payload(mark, "title"), long_body(mark, EXCERPT_LENGTH)
    with new_session() as author:
        sign_in(author, target, ALICE)
        return create_note(author, target, title, body), mark, title, body


def test_note_on_home_page(
    target: Target, client: requests.Session, marked_note: tuple[int, str, str, str]
) -> None:
    """The home page shows the title and the excerpt (markup in its first 80
    characters and a tag across the cut) as text, the excerpt cut as usual."""
    note_id, mark, title, body = marked_note
    page = escaped_page(get(client, target, "/"), mark, [title, body])
    assert text_of(page, f"#note-{note_id} .note-title a") == title
    shown = page.select_one(f"#note-{note_id} p.note-excerpt")
    assert shown is not None and shown.get_text() == excerpt(body)


def test_note_on_its_page_and_edit_form(
    target: Target, client: requests.Session, marked_note: tuple[int, str, str, str]
) -> None:
    """The note's page and its edit form show title and body exactly as typed."""
    note_id, mark, title, body = marked_note
    page = escaped_page(get(client, target, note_path(note_id)), mark, [title, body])
    assert text_of(page, "h1.note-title") == title
    shown = page.select_one(".note-body")
    assert shown is not None and shown.get_text() == body
    sign_in(client, target, ALICE)
    edit = get(client, target, note_path(note_id, "edit"))
    form = escaped_page(edit, mark, [title, body])
    assert field_value(form, "title") == title
    assert field_value(form, "body") == body


def test_note_in_the_admin(
    target: Target, client: requests.Session, marked_note: tuple[int, str, str, str]
) -> None:
    """The admin's note list (searched) and change form show the note as typed."""
    note_id, mark, title, body = marked_note
    sign_in(client, target, ADMIN)
    urls = target.profile.admin
    listing = get(client, target, urls.note_search.format(q=mark))
    assert listing.status_code == HTTPStatus.OK
    page = escaped_page(listing, mark, [title])
    cells = [cell.get_text(strip=True) for cell in page.select("td, th")]
    assert title.strip() in cells
    change = get(client, target, urls.note_change.format(id=note_id))
    form = form_with(escaped_page(change, mark, [title, body]), "title")
    assert field_value(form, "title") == title
    assert field_value(form, "body") == body


def contact_fields(mark: str, email: str) -> dict[str, str]:
    """A contact message with markup in the name and the message."""
    return {
        "name": payload(mark, "name"),
        "email": email,
        "message": long_body(mark, 80),
    }


def test_contact_form_shown_again(target: Target, client: requests.Session) -> None:
    """A refused contact form (its email is markup) shows every value as typed."""
    mark = unique("c")
    fields = contact_fields(mark, payload(mark, "email"))
    response = send(client, target, fields)
    assert response.status_code == HTTPStatus.OK
    page = escaped_page(response, mark, fields.values())
    form = form_with(page, "message")
    for name, value in fields.items():
        assert field_value(form, name) == value, name


def test_contact_message_in_the_admin(target: Target, client: requests.Session) -> None:
    """A stored message with markup in its name and message and an address
    holding & and ' shows as typed in the admin's list and on its own page."""
    mark = unique("c")
    fields = contact_fields(mark, f"o'brien&{mark}@example.com")
    assert send(client, target, fields).status_code == HTTPStatus.FOUND
    with new_session() as admin:
        sign_in(admin, target, ADMIN)
        urls = target.profile.admin
        listing = get(admin, target, urls.contact_list)
        page = escaped_page(listing, mark, fields.values())
        cells = [cell.get_text(strip=True) for cell in page.select("td, th")]
        assert fields["name"].strip() in cells
        assert fields["email"] in cells
        message_id = listed_id(
            admin, target, urls.contact_list, fields["name"].strip(), urls.contact_view
        )
        view = get(admin, target, urls.contact_view.format(id=message_id))
        text = escaped_page(view, mark, fields.values()).get_text()
    for value in fields.values():
        assert value.strip() in text
