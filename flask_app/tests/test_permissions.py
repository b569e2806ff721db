"""Who may edit and delete a note. Twin: django_app/notes/tests/test_permissions.py."""

import pytest
from flask_login import AnonymousUserMixin

from flask_app.accounts.models import User
from flask_app.notes.models import Note
from flask_app.notes.permissions import can_delete, can_edit, is_moderator

AUTHOR_ID = 1
# role: (user, may edit, may delete) for a note written by user 1.
MATRIX = {
    "anonymous": (AnonymousUserMixin(), False, False),
    "author": (User(id=AUTHOR_ID, username="author", is_active=True), True, True),
    "other user": (User(id=2, username="bob", is_active=True), False, False),
    "moderator": (User(id=3, is_active=True, is_moderator=True), False, True),
    "superuser": (User(id=4, is_active=True, is_superuser=True), False, True),
    "staff": (User(id=5, is_active=True, is_staff=True), False, False),
    "inactive moderator": (
        User(id=6, is_active=False, is_moderator=True),
        False,
        False,
    ),
    # Flask only: Django's sessions never load an inactive user, and neither do
    # this twin's (load_user), but can_edit() checks again.
    "inactive author": (User(id=AUTHOR_ID, is_active=False), False, False),
}


@pytest.mark.parametrize("role", MATRIX)
def test_permission_matrix(role):
    """Only the author edits; the author, moderators and superusers delete."""
    user, may_edit, may_delete = MATRIX[role]
    note = Note(author_id=AUTHOR_ID, title="t", body="b")
    assert can_edit(user, note) is may_edit
    assert can_delete(user, note) is may_delete


@pytest.mark.parametrize("role", MATRIX)
def test_moderators_are_the_active_ones_with_the_role(role):
    """Moderators and superusers count as moderators, while active."""
    # Flask only: Django answers this with user.has_perm("notes.delete_note").
    user = MATRIX[role][0]
    assert is_moderator(user) is (role in ("moderator", "superuser"))
