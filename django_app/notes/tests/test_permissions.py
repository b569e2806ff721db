"""Tests of who may edit and delete. Twin: flask_app/tests/test_permissions.py."""

from django.contrib.auth.models import AnonymousUser
from django.test import TestCase

from notes.permissions import can_delete, can_edit

from .helpers import make_moderator, make_note, make_user


class PermissionTests(TestCase):
    def test_matrix(self):
        """Only the author edits; the author, moderators and superusers delete."""
        alice = make_user("alice")
        note = make_note(alice)
        roles = {
            "anonymous": (AnonymousUser(), False, False),
            "author": (alice, True, True),
            "other user": (make_user("bob"), False, False),
            "moderator": (make_moderator(), False, True),
            "superuser": (make_user("root", is_superuser=True), False, True),
            "staff": (make_user("staff", is_staff=True), False, False),
            "inactive author": (make_user("carl", is_active=False), False, False),
        }
        for role, (user, may_edit, may_delete) in roles.items():
            with self.subTest(role=role):
                self.assertIs(can_edit(user, note), may_edit)
                self.assertIs(can_delete(user, note), may_delete)
