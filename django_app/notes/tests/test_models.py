"""Notes and contact messages. Twin: flask_app/tests/test_models.py."""

from django.contrib.auth.models import User
from django.db import connection
from django.test import SimpleTestCase, TestCase
from django.utils import timezone

from notes.models import ContactMessage, Note

from .helpers import HOUR, START, make_note, make_user


class ExcerptTests(SimpleTestCase):
    def test_excerpt_keeps_a_short_body_whole(self):
        """A body no longer than the limit comes back unchanged."""
        self.assertEqual(Note(body="x" * 80).excerpt(80), "x" * 80)

    def test_excerpt_cuts_after_a_whole_word(self):
        """A long body is cut after the last whole word that fits, then "…"."""
        note = Note(body="The quick brown fox jumps over the lazy dog.")
        self.assertEqual(note.excerpt(12), "The quick…")
        self.assertEqual(note.excerpt(21), "The quick brown fox…")

    def test_excerpt_drops_the_space_before_the_ellipsis(self):
        """Whitespace between the last word and the cut is not kept."""
        self.assertEqual(Note(body="abcd" + " " * 10 + "efgh").excerpt(10), "abcd…")

    def test_excerpt_cuts_a_word_longer_than_the_limit(self):
        """A body with no break early enough is cut inside the word."""
        self.assertEqual(Note(body="x" * 200).excerpt(80), "x" * 79 + "…")

    def test_excerpt_is_never_longer_than_the_limit(self):
        """The excerpt, ellipsis included, fits in the limit."""
        excerpt = Note(body="word " * 40).excerpt(80)
        self.assertLessEqual(len(excerpt), 80)
        self.assertTrue(excerpt.endswith("word…"))

    def test_str_of_each_model(self):
        """A note shows as its title, a message as "name <email>"."""
        self.assertEqual(str(Note(title="Hello")), "Hello")
        message = ContactMessage(name="B", email="b@example.com")
        self.assertEqual(str(message), "B <b@example.com>")
        # Django only: the Flask twin builds the URL with url_for() in its views.
        self.assertEqual(Note(pk=7).get_absolute_url(), "/notes/7/")


class StoredNoteTests(TestCase):
    def setUp(self):
        self.alice = make_user("alice")

    def test_notes_are_ordered_newest_first(self):
        """Newest first; notes written at the same time: the higher id first."""
        old = make_note(self.alice, created_at=START)
        new = make_note(self.alice, created_at=START + HOUR)
        twin = make_note(self.alice, created_at=START + HOUR)
        self.assertEqual(list(Note.objects.all()), [twin, new, old])

    def test_notes_are_indexed_newest_first(self):
        """An index serves the newest-first order, so no page sorts the whole table."""
        with connection.cursor() as cursor:
            constraints = connection.introspection.get_constraints(cursor, "notes_note")
        index = constraints["note_newest_first"]
        self.assertEqual(
            (index["index"], index["columns"], index["orders"]),
            (True, ["created_at", "id"], ["DESC", "DESC"]),
        )

    def test_updated_at_follows_edits(self):
        """An edit moves updated_at forward; created_at stays."""
        note = make_note(self.alice, created_at=START)
        Note.objects.filter(pk=note.pk).update(updated_at=START.replace(year=2000))
        note.refresh_from_db()
        before_the_edit = timezone.now()
        note.title = "Changed"
        note.save()
        note.refresh_from_db()
        self.assertEqual(note.created_at, START)
        self.assertGreaterEqual(note.updated_at, before_the_edit)

    def test_deleting_a_user_deletes_their_notes(self):
        """Notes are removed with their author; other authors' notes stay."""
        make_note(self.alice)
        kept = make_note(make_user("bob"))
        User.objects.filter(pk=self.alice.pk).delete()
        self.assertEqual(list(Note.objects.all()), [kept])

    def test_contact_messages_are_ordered_newest_first(self):
        """Contact messages come newest first, like notes."""
        # Django only: Meta.ordering; the Flask twin's admin sorts its list.
        old, new = (
            ContactMessage.objects.create(
                name=name, email="n@example.com", message="Hi", created_at=when
            )
            for name, when in [("Old", START), ("New", START + HOUR)]
        )
        self.assertEqual(list(ContactMessage.objects.all()), [new, old])

    def test_ids_are_never_reused_after_a_delete(self):
        """A new row never gets the id of a deleted one (AUTOINCREMENT on SQLite)."""
        make_note(self.alice)
        last = make_note(self.alice)
        message = ContactMessage.objects.create(
            name="N", email="n@example.com", message="Hi"
        )
        deleted = {"note": last.pk, "message": message.pk}
        last.delete()
        message.delete()
        new_message = ContactMessage.objects.create(
            name="N", email="n@example.com", message="Hi"
        )
        self.assertGreater(make_note(self.alice).pk, deleted["note"])
        self.assertGreater(new_message.pk, deleted["message"])
