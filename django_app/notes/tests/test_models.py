"""Tests of the Note and ContactMessage models. Twin: flask_app/tests/test_models.py."""

from datetime import timedelta

from django.contrib.auth.models import User
from django.test import TestCase

from notes.models import ContactMessage, Note

from .helpers import START, make_note, make_user


class NoteModelTests(TestCase):
    def setUp(self):
        self.alice = make_user("alice")

    def test_excerpt_returns_short_body_unchanged(self):
        """A body no longer than the limit comes back whole."""
        note = make_note(self.alice, body="x" * 80)
        self.assertEqual(note.excerpt(80), "x" * 80)

    def test_excerpt_cuts_long_body_with_ellipsis(self):
        """A longer body is cut to length characters, the last one an ellipsis."""
        note = make_note(self.alice, body="word " * 40)
        excerpt = note.excerpt(80)
        self.assertEqual(len(excerpt), 80)
        self.assertTrue(excerpt.endswith("word…"))

    def test_excerpt_strips_space_before_ellipsis(self):
        """Trailing whitespace is removed before the ellipsis is added."""
        note = make_note(self.alice, body="abcd" + " " * 10 + "efgh")
        self.assertEqual(note.excerpt(10), "abcd…")

    def test_notes_are_ordered_newest_first(self):
        """Notes come newest first, and by id when created at the same time."""
        old = make_note(self.alice, created_at=START)
        new = make_note(self.alice, created_at=START + timedelta(hours=1))
        twin = make_note(self.alice, created_at=START + timedelta(hours=1))
        self.assertEqual(list(Note.objects.all()), [twin, new, old])

    def test_updated_at_changes_on_save(self):
        """Saving a note moves updated_at forward; created_at stays."""
        note = make_note(self.alice, created_at=START)
        Note.objects.filter(pk=note.pk).update(updated_at=START)
        note.refresh_from_db()
        note.title = "Changed"
        note.save()
        note.refresh_from_db()
        self.assertEqual(note.created_at, START)
        self.assertGreater(note.updated_at, START)

    def test_deleting_a_user_deletes_their_notes(self):
        """Notes are removed with their author."""
        make_note(self.alice)
        User.objects.filter(pk=self.alice.pk).delete()
        self.assertEqual(Note.objects.count(), 0)

    def test_str_and_absolute_url(self):
        """A note shows as its title and lives at /notes/<id>/."""
        note = make_note(self.alice, title="Hello")
        self.assertEqual(str(note), "Hello")
        self.assertEqual(note.get_absolute_url(), f"/notes/{note.pk}/")


class ContactMessageModelTests(TestCase):
    def test_messages_are_ordered_newest_first(self):
        """Contact messages come newest first."""
        old = ContactMessage.objects.create(
            name="A", email="a@example.com", message="1", created_at=START
        )
        new = ContactMessage.objects.create(
            name="B",
            email="b@example.com",
            message="2",
            created_at=START + timedelta(minutes=1),
        )
        self.assertEqual(list(ContactMessage.objects.all()), [new, old])
        self.assertEqual(str(new), "B <b@example.com>")
