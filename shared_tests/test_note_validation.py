"""Invalid note forms: each broken rule shown next to its field, nothing stored.

Required title and body, at most 100 and 5000 characters, the title stripped
first (so a blank title is an empty one): the same rules in Django's
ModelForm and the Flask twin's WTForms form, for creating and for editing.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from http import HTTPStatus

import pytest
import requests

from harness.target import Target
from helpers.accounts import sign_in
from helpers.client import form_token, param_id, post, unique
from helpers.demo import ALICE
from helpers.notes import (
    NEW_NOTE_PATH,
    NOTE_BODY,
    alices_note,
    api_note,
    note_count,
    note_path,
)
from helpers.pages import field_value, form_errors, soup
from helpers.texts import Error, required, too_long


@dataclass(frozen=True)
class BadNote:
    """A note form filled in wrongly and the error it must show."""

    data: dict[str, str]
    errors: dict[str, Error] = field(default_factory=dict)


BAD_NOTES = {
    "empty title": BadNote({"title": "", "body": NOTE_BODY}, {"title": required}),
    "blank title": BadNote({"title": "   ", "body": NOTE_BODY}, {"title": required}),
    "title too long": BadNote(
        {"title": "T" * 101, "body": NOTE_BODY}, {"title": too_long(100, 101)}
    ),
    "empty body": BadNote({"title": "Fine", "body": ""}, {"body": required}),
    "body too long": BadNote(
        {"title": "Fine", "body": "b" * 5001}, {"body": too_long(5000, 5001)}
    ),
}


@pytest.mark.parametrize("form", ["new", "edit"])
@pytest.mark.parametrize("case", list(BAD_NOTES), ids=param_id)
def test_invalid_note_form(
    target: Target, client: requests.Session, case: str, form: str
) -> None:
    """An invalid new or edit form: 200, the error next to its field, the values
    kept, and nothing stored (no new note, the edited note unchanged)."""
    bad = BAD_NOTES[case]
    original = unique("Untouched ")
    note_id = alices_note(target, original)
    path = NEW_NOTE_PATH if form == "new" else note_path(note_id, "edit")
    sign_in(client, target, ALICE)
    count = note_count(target)
    response = post(client, target, path, bad.data, form_token(client, target, path))
    assert response.status_code == HTTPStatus.OK
    page = soup(response)
    for name, error in bad.errors.items():
        assert form_errors(page, name) == [error(target.profile.texts)], name
    for name, value in bad.data.items():
        assert field_value(page, name).strip() == value.strip(), name
    assert note_count(target) == count
    note = api_note(target, note_id)
    assert note is not None and (note["title"], note["body"]) == (original, NOTE_BODY)
