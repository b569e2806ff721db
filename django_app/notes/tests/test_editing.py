"""Writing and editing notes. Twin: flask_app/tests/test_editing.py."""

import io
from unittest import mock

from django.test import TestCase, TransactionTestCase

from notes.forms import NoteForm
from notes.models import Note

from .helpers import make_moderator, make_note, make_user


class CreateNoteTests(TestCase):
    def test_signed_out_visitors_are_sent_to_log_in(self):
        """Signed out, the form pages redirect to the login page with next set."""
        note = make_note(make_user("alice"))
        for method in ["get", "post"]:
            for url in ["/notes/new/", f"/notes/{note.pk}/edit/"]:
                with self.subTest(method=method, url=url):
                    data = {"title": "X", "body": "X"} if method == "post" else {}
                    response = getattr(self.client, method)(url, data)
                    self.assertRedirects(
                        response,
                        f"/accounts/login/?next={url}",
                        fetch_redirect_response=False,
                    )
        note.refresh_from_db()
        self.assertEqual((note.title, Note.objects.count()), ("A note", 1))

    def test_create_note(self):
        """A valid note is stored, stripped, by the user; 302 to it; a message."""
        alice = make_user("alice")
        self.client.force_login(alice)
        page = self.client.get("/notes/new/")
        self.assertContains(page, "<h1>New note</h1>")
        self.assertContains(page, 'name="title"')
        response = self.client.post("/notes/new/", {"title": "  Hi  ", "body": "Text"})
        note = Note.objects.get()
        self.assertRedirects(
            response, f"/notes/{note.pk}/", fetch_redirect_response=False
        )
        self.assertEqual((note.title, note.body, note.author), ("Hi", "Text", alice))
        self.assertContains(
            self.client.get(response["Location"]),
            '<li class="success">Note created.</li>',
        )

    def test_author_field_in_the_post_is_ignored(self):
        """A user cannot write a note in someone else's name."""
        bob = make_user("bob")
        self.client.force_login(make_user("alice"))
        self.client.post("/notes/new/", {"title": "t", "body": "b", "author": bob.pk})
        self.assertEqual(Note.objects.get().author.username, "alice")

    def test_invalid_note_is_shown_again(self):
        """An invalid note: 200, Django's error, the values kept, nothing stored."""
        self.client.force_login(make_user("alice"))
        response = self.client.post("/notes/new/", {"title": "t" * 101, "body": "kept"})
        self.assertContains(response, "<h1>New note</h1>")
        self.assertContains(response, "at most 100 characters (it has 101).")
        self.assertContains(response, ">\nkept</textarea>")
        self.assertEqual(Note.objects.count(), 0)


class EditNoteTests(TestCase):
    def setUp(self):
        self.alice = make_user("alice")
        self.note = make_note(self.alice, title="Old", body="Old body")
        self.url = f"/notes/{self.note.pk}/edit/"

    def test_author_edits_own_note(self):
        """The author changes the note; 302 to it with a message."""
        self.client.force_login(self.alice)
        page = self.client.get(self.url)
        self.assertContains(page, "<h1>Edit note</h1>")
        self.assertContains(page, 'value="Old"')
        response = self.client.post(self.url, {"title": "New", "body": "New body"})
        self.assertRedirects(
            response, f"/notes/{self.note.pk}/", fetch_redirect_response=False
        )
        self.note.refresh_from_db()
        self.assertEqual((self.note.title, self.note.body), ("New", "New body"))
        self.assertContains(
            self.client.get(response["Location"]),
            '<li class="success">Note updated.</li>',
        )

    def test_others_get_403(self):
        """Another user, a moderator and a superuser may not edit: 403, unchanged."""
        others = [
            make_user("bob"),
            make_moderator(),
            make_user("root", is_superuser=True),
        ]
        for user in others:
            with self.subTest(user=user.username):
                self.client.force_login(user)
                self.assertEqual(self.client.get(self.url).status_code, 403)
                response = self.client.post(self.url, {"title": "X", "body": "X"})
                self.assertContains(response, "<h1>Forbidden</h1>", status_code=403)
        self.note.refresh_from_db()
        self.assertEqual(self.note.title, "Old")

    def test_edit_with_the_title_missing_is_refused(self):
        """A title left out, or sent as a file, is a missing title: nothing changes."""
        self.client.force_login(self.alice)
        upload = io.BytesIO(b"New")
        upload.name = "title.txt"
        for data in [{"body": "New body"}, {"title": upload, "body": "New body"}]:
            with self.subTest(data=data):
                response = self.client.post(self.url, data)
                self.assertContains(response, "This field is required.")
        self.note.refresh_from_db()
        self.assertEqual(self.note.body, "Old body")

    def test_edit_unknown_note_is_404(self):
        """Editing a note that does not exist is 404."""
        self.client.force_login(self.alice)
        self.assertEqual(self.client.get("/notes/999/edit/").status_code, 404)


# Without TestCase's wrapping transaction: each statement commits at once, as
# under a server, so the delete below is another request's committed delete.
class EditRaceTests(TransactionTestCase):
    def test_edit_racing_a_delete_is_404(self):
        """A note deleted while its edit is saved: 404, and it stays deleted."""
        alice = make_user("alice")
        note = make_note(alice)
        clean = NoteForm.clean

        def delete_then_clean(form):
            # A moderator's delete commits after the edit has read the note.
            Note.objects.filter(pk=note.pk).delete()
            return clean(form)

        self.client.force_login(alice)
        with mock.patch.object(NoteForm, "clean", delete_then_clean):
            response = self.client.post(
                f"/notes/{note.pk}/edit/", {"title": "New", "body": "B"}
            )
        self.assertEqual(response.status_code, 404)
        self.assertFalse(Note.objects.filter(pk=note.pk).exists())
