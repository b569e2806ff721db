"""The seed command. Twin: flask_app/tests/test_seed.py."""

from io import StringIO

from django.contrib.auth.models import User
from django.core.management import call_command
from django.test import TestCase

from notes.management.commands.seed import CREATED, NOTHING_TO_DO
from notes.models import ContactMessage, Note

from .helpers import cheap_password_hashing, make_user


def seed():
    """Run `manage.py seed` and return what it printed."""
    out = StringIO()
    call_command("seed", stdout=out)
    return out.getvalue()


def snapshot():
    """Return every row the seed writes, as comparable tuples."""
    return (
        list(User.objects.order_by("pk").values_list("pk", "username", "password")),
        list(
            Note.objects.order_by("pk").values_list(
                "pk", "title", "author_id", "created_at", "updated_at"
            )
        ),
        list(
            ContactMessage.objects.order_by("pk").values_list(
                "pk", "name", "email", "created_at"
            )
        ),
    )


@cheap_password_hashing
class SeedTests(TestCase):
    def test_seed_creates_the_demo_data(self):
        """Seed creates four users, twelve notes by alice and bob, two messages."""
        self.assertEqual(seed(), CREATED + "\n")
        self.assertEqual(
            sorted(User.objects.values_list("username", flat=True)),
            ["admin", "alice", "bob", "moderator"],
        )
        newest = Note.objects.first()
        self.assertEqual(
            (newest.title, newest.author.username), ("Demo note 12", "bob")
        )
        self.assertEqual(newest.created_at.isoformat(), "2026-11-01T20:00:00+00:00")
        self.assertEqual(newest.updated_at, newest.created_at)
        self.assertEqual(Note.objects.count(), 12)
        messages = ContactMessage.objects.order_by("created_at")
        self.assertEqual(
            [(m.name, m.created_at.isoformat()) for m in messages],
            [
                ("Carol", "2026-11-01T21:00:00+00:00"),
                ("Dave", "2026-11-01T22:00:00+00:00"),
            ],
        )

    def test_seed_accounts_sign_in_with_the_demo_password(self):
        """Every account signs in; admin is staff, moderator may delete any note."""
        seed()
        users = {}
        for name in ["admin", "moderator", "alice", "bob"]:
            with self.subTest(user=name):
                data = {"username": name, "password": "demo-pass-123"}
                response = self.client.post("/accounts/login/", data)
                self.assertEqual(response.status_code, 302)
                whoami = self.client.get("/api/whoami/").json()
                self.assertEqual(whoami["username"], name)
                users[name] = User.objects.get(username=name)
        self.assertTrue(users["admin"].is_staff and users["admin"].is_superuser)
        self.assertTrue(users["moderator"].has_perm("notes.delete_note"))
        self.assertFalse(users["moderator"].is_staff)
        self.assertFalse(users["alice"].has_perm("notes.delete_note"))

    def test_seed_twice_changes_nothing(self):
        """Running seed twice leaves the data as the first run made it."""
        seed()
        before = snapshot()
        self.assertEqual(seed(), NOTHING_TO_DO + "\n")
        self.assertEqual(snapshot(), before)

    def test_seed_leaves_a_database_with_users_alone(self):
        """A database that has any user gets no demo data at all."""
        make_user("someone")
        self.assertEqual(seed(), NOTHING_TO_DO + "\n")
        self.assertEqual(
            (
                User.objects.count(),
                Note.objects.count(),
                ContactMessage.objects.count(),
            ),
            (1, 0, 0),
        )
