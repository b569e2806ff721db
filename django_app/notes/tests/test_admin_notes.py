"""The admin's note pages. Twin: flask_app/tests/test_admin_notes.py."""

import io

from django.contrib.auth.models import User
from django.db import connection
from django.test import TestCase
from django.test.utils import CaptureQueriesContext

from notes.models import Note

from .helpers import make_note, make_user


class NoteAdminTests(TestCase):
    def setUp(self):
        self.alice = make_user("alice")
        self.client.force_login(User.objects.create_superuser("admin", password=None))

    def test_list_search_and_filter(self):
        """The list finds notes by title and filters them by author."""
        make_note(self.alice, title="Apples")
        make_note(make_user("bob"), title="Pears")
        for query in ["q=apple", f"author__id__exact={self.alice.pk}"]:
            with self.subTest(query=query):
                response = self.client.get(f"/admin/notes/note/?{query}")
                self.assertContains(response, "Apples")
                self.assertNotContains(response, "Pears")

    def test_list_has_constant_queries(self):
        """The list joins the authors in: more authors cost no more queries."""
        counts = []
        for step in range(2):
            for number in range(5 * step, 5 * step + 5):
                make_note(make_user(f"writer{number}"), title=f"Note {number}")
            with CaptureQueriesContext(connection) as queries:
                self.assertEqual(self.client.get("/admin/notes/note/").status_code, 200)
            counts.append(len(queries))
        self.assertEqual(counts[0], counts[1])

    def test_add_change_delete(self):
        """A note is created (stripped), edited and deleted through the admin forms."""
        data = {"title": "  From admin  ", "body": "Body", "author": self.alice.pk}
        response = self.client.post("/admin/notes/note/add/", data)
        self.assertRedirects(
            response, "/admin/notes/note/", fetch_redirect_response=False
        )
        note = Note.objects.get()
        self.assertEqual((note.title, note.author), ("From admin", self.alice))
        url = f"/admin/notes/note/{note.pk}/"
        self.client.post(f"{url}change/", data | {"title": "Edited"})
        note.refresh_from_db()
        self.assertEqual(note.title, "Edited")
        response = self.client.post(f"{url}delete/", {"post": "yes"})
        self.assertEqual(response.status_code, 302)
        self.assertFalse(Note.objects.exists())

    def test_bulk_delete_deletes_the_selected_notes(self):
        """The list's delete action removes exactly the selected notes."""
        ids = [make_note(self.alice, title=f"N{number}").pk for number in range(3)]
        data = {"action": "delete_selected", "_selected_action": [ids[0], ids[2]],
                "index": 0, "post": "yes"}  # fmt: skip
        response = self.client.post("/admin/notes/note/", data)
        self.assertEqual(response.status_code, 302)
        self.assertEqual(list(Note.objects.values_list("pk", flat=True)), [ids[1]])

    def test_admin_note_form_has_the_note_form_rules(self):
        """The admin refuses what the note form refuses, with the same text."""
        cases = [
            ("   ", "Body", "This field is required."),
            ("t" * 101, "Body", "at most 100 characters (it has 101)."),
            ("Title", "b" * 5001, "at most 5000 characters (it has 5001)."),
            ("a\x00b", "Body", "Null characters are not allowed."),
        ]
        for title, body, error in cases:
            with self.subTest(error=error):
                data = {"title": title, "body": body, "author": self.alice.pk}
                response = self.client.post("/admin/notes/note/add/", data)
                self.assertContains(response, error)
        self.assertFalse(Note.objects.exists())

    def test_admin_edit_keeps_the_rules(self):
        """Editing a note to a blank title is refused and changes nothing."""
        note = make_note(self.alice, title="Kept")
        data = {"title": "  ", "body": "Body", "author": self.alice.pk}
        response = self.client.post(f"/admin/notes/note/{note.pk}/change/", data)
        self.assertEqual(response.status_code, 200)
        note.refresh_from_db()
        self.assertEqual(note.title, "Kept")

    def test_text_field_sent_as_a_file(self):
        """A title uploaded as a file is a missing title: the form error, not a 500."""
        data = {"title": self.upload(), "body": "Body", "author": self.alice.pk}
        response = self.client.post("/admin/notes/note/add/", data)
        self.assertContains(response, "This field is required.")
        self.assertFalse(Note.objects.exists())

    def test_text_field_sent_as_a_file_when_changing(self):
        """Changing a note, a title sent as a file is a missing title too."""
        note = make_note(self.alice, title="Kept", body="Old body")
        data = {"title": self.upload(), "body": "New body", "author": self.alice.pk}
        response = self.client.post(f"/admin/notes/note/{note.pk}/change/", data)
        self.assertContains(response, "This field is required.")
        note.refresh_from_db()
        self.assertEqual(note.body, "Old body")

    def upload(self):
        """Return a small file upload."""
        upload = io.BytesIO(b"Title")
        upload.name = "title.txt"
        return upload
