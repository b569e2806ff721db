"""Every form with text fields, public and admin, as a case for text_forms.py.

Each says where the form is, who fills it in, with what ("{m}": the case's
marker), and how to see over HTTP that it stored something: a contact message
in the admin's list, a signed-in session, a user the admin's search finds, a
note more in the API, or the edited note's new title.
"""

from __future__ import annotations

from harness.target import Target
from helpers.accounts import NEW_USER_PASSWORD, REGISTER_PATH, sign_in, signed_in_as
from helpers.admin_users import found_usernames, user_form_fields
from helpers.client import CONTACT_PATH, new_session
from helpers.contact import stored
from helpers.demo import ADMIN, ALICE, DEMO_PASSWORD
from helpers.notes import NEW_NOTE_PATH, NOTE_BODY, api_note, note_count
from helpers.text_forms import Case, TextForm


def admin_found(target: Target, name: str) -> bool:
    """Whether the admin's user search lists this exact username."""
    with new_session() as admin:
        sign_in(admin, target, ADMIN)
        return bool(found_usernames(admin, target, name))


def note_has_title(target: Target, case: Case, title: str) -> bool:
    """Whether the case's note now has this title."""
    note = api_note(target, case.note_id)
    return note is not None and note["title"] == title


FORMS = {
    "contact": TextForm(
        lambda t: CONTACT_PATH,
        None,
        lambda t: {
            "name": "Name {m}",
            "email": "{m}@example.com",
            "message": "Message {m}",
        },
        lambda t, s, c: stored(t, c.marker),
    ),
    "login": TextForm(
        lambda t: "/accounts/login/",
        None,
        lambda t: {"username": ALICE, "password": DEMO_PASSWORD},
        lambda t, s, c: signed_in_as(s, t) == ALICE,
    ),
    "register": TextForm(
        lambda t: REGISTER_PATH,
        None,
        lambda t: {
            "username": "up{m}",
            "password1": NEW_USER_PASSWORD,
            "password2": NEW_USER_PASSWORD,
        },
        lambda t, s, c: admin_found(t, f"up{c.marker}"),
    ),
    "new note": TextForm(
        lambda t: NEW_NOTE_PATH,
        ALICE,
        lambda t: {"title": "Upload {m}", "body": NOTE_BODY},
        lambda t, s, c: note_count(t) != c.notes_before,
    ),
    "edit note": TextForm(
        lambda t: "/notes/{id}/edit/",
        ALICE,
        lambda t: {"title": "Edited {m}", "body": NOTE_BODY},
        lambda t, s, c: note_has_title(t, c, f"Edited {c.marker}"),
    ),
    "admin note": TextForm(
        lambda t: t.profile.admin.note_add,
        ADMIN,
        lambda t: {"title": "Admin {m}", "body": NOTE_BODY},
        lambda t, s, c: note_count(t) != c.notes_before,
        admin=True,
        choices={"author": ALICE},
    ),
    "admin user": TextForm(
        lambda t: t.profile.admin.user_add,
        ADMIN,
        lambda t: dict(user_form_fields(t, "up{m}", NEW_USER_PASSWORD)),
        lambda t, s, c: admin_found(t, f"up{c.marker}"),
        admin=True,
    ),
}
