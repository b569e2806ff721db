"""Tests of the seed command. Twin: flask_app/tests/test_cli.py."""

from io import StringIO

from django.contrib.auth import authenticate
from django.contrib.auth.models import User
from django.core.management import call_command
from django.test import TestCase

from notes.management.commands.seed import DEMO_MESSAGES, DEMO_PASSWORD, DEMO_USERS
from notes.models import ContactMessage, Note


def seed():
    """Run seed and return what it printed."""
    out = StringIO()
    call_command("seed", stdout=out)
    return out.getvalue()


class SeedTests(TestCase):
    def test_creates_the_demo_data(self):
        """Seed creates four users, twelve notes and two contact messages."""
        seed()
        self.assertEqual(
            sorted(User.objects.values_list("username", flat=True)),
            ["admin", "alice", "bob", "moderator"],
        )
        self.assertEqual(Note.objects.count(), 12)
        self.assertEqual(ContactMessage.objects.count(), 2)
        newest = Note.objects.first()
        self.assertEqual(
            (newest.title, newest.author.username), ("Demo note 12", "bob")
        )
        self.assertEqual(newest.created_at.isoformat(), "2026-11-01T20:00:00+00:00")
        self.assertEqual(newest.updated_at, newest.created_at)

    def test_contact_messages(self):
        """The two messages are Carol's at 21:00 and Dave's at 22:00 UTC."""
        seed()
        messages = ContactMessage.objects.order_by("created_at")
        self.assertEqual(
            [(m.name, m.created_at.isoformat()) for m in messages],
            [
                ("Carol", "2026-11-01T21:00:00+00:00"),
                ("Dave", "2026-11-01T22:00:00+00:00"),
            ],
        )

    def test_demo_names(self):
        """The demo data is named as in the Flask twin's cli.py."""
        self.assertEqual(DEMO_PASSWORD, "demo-pass-123")
        self.assertEqual(len(DEMO_USERS), 4)
        self.assertEqual(len(DEMO_MESSAGES), 2)

    def test_roles_and_passwords(self):
        """Every account signs in; admin is staff, moderator may delete notes."""
        seed()
        users = {}
        for name in ["admin", "moderator", "alice", "bob"]:
            users[name] = authenticate(username=name, password="demo-pass-123")
            self.assertIsNotNone(users[name], name)
        self.assertTrue(users["admin"].is_staff and users["admin"].is_superuser)
        self.assertTrue(users["moderator"].has_perm("notes.delete_note"))
        self.assertFalse(users["moderator"].is_staff)
        self.assertFalse(users["alice"].has_perm("notes.delete_note"))
        self.assertTrue(users["moderator"].groups.filter(name="Moderators").exists())

    def test_second_run_changes_nothing(self):
        """Running seed twice leaves the data as the first run made it."""
        first = seed()
        self.assertIn("Created 12 notes.", first)
        before = list(Note.objects.values_list("id", "title", "updated_at"))
        password = User.objects.get(username="alice").password
        second = seed()
        self.assertEqual(second, "Nothing to do: the demo data is already there.\n")
        self.assertEqual(
            list(Note.objects.values_list("id", "title", "updated_at")), before
        )
        self.assertEqual(User.objects.count(), 4)
        self.assertEqual(ContactMessage.objects.count(), 2)
        self.assertEqual(User.objects.get(username="alice").password, password)
