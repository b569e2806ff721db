"""The hand-written moderator role. Twin: django_app/notes/tests/test_permissions.py."""

import pytest
from flask_login import AnonymousUserMixin

from flask_app.models import Note, User
from flask_app.permissions import can_delete, can_edit, is_moderator

ROLES = {
    "anonymous": AnonymousUserMixin(),
    "author": User(id=1, username="author", is_active=True),
    "other": User(id=2, username="other", is_active=True),
    "moderator": User(id=3, username="mod", is_active=True, is_moderator=True),
    "superuser": User(id=4, username="root", is_active=True, is_superuser=True),
    "inactive-moderator": User(
        id=5, username="gone", is_active=False, is_moderator=True
    ),
    "inactive-author": User(id=1, username="author", is_active=False),
}
# role: (is_moderator, can_edit, can_delete) for a note written by "author".
EXPECTED = {
    "anonymous": (False, False, False),
    "author": (False, True, True),
    "other": (False, False, False),
    "moderator": (True, False, True),
    "superuser": (True, False, True),
    "inactive-moderator": (False, False, False),
    "inactive-author": (False, False, False),
}


@pytest.mark.parametrize("role", EXPECTED)
def test_permission_matrix(role):
    """Authors edit and delete; moderators and superusers only delete; nobody else."""
    user, note = ROLES[role], Note(author_id=1, title="t", body="b")
    assert (
        is_moderator(user),
        can_edit(user, note),
        can_delete(user, note),
    ) == EXPECTED[role]
