"""Who may edit and delete a note. Twin: flask_app/tests/test_permissions.py."""

from django.contrib.auth.models import AnonymousUser
from django.test import TestCase

from notes.permissions import can_delete, can_edit

from .helpers import make_moderator, make_note, make_user


class PermissionTests(TestCase):
    def test_permission_matrix(self):
        """Only the author edits; the author, moderators and superusers delete."""
        alice = make_user("alice")
        note = make_note(alice)
        inactive_moderator = make_moderator("gone")
        inactive_moderator.is_active = False
        matrix = {
            "anonymous": (AnonymousUser(), False, False),
            "author": (alice, True, True),
            "other user": (make_user("bob"), False, False),
            "moderator": (make_moderator(), False, True),
            "superuser": (make_user("root", is_superuser=True), False, True),
            "staff": (make_user("staff", is_staff=True), False, False),
            "inactive moderator": (inactive_moderator, False, False),
        }
        for role, (user, may_edit, may_delete) in matrix.items():
            with self.subTest(role=role):
                self.assertIs(can_edit(user, note), may_edit)
                self.assertIs(can_delete(user, note), may_delete)
