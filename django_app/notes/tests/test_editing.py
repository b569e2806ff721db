"""Tests of writing, editing, deleting notes. Twin: flask_app/tests/test_editing.py."""

from django.contrib.auth.models import User
from django.test import TestCase

from notes.models import Note

from .helpers import make_moderator, make_note, make_user


class CreateNoteTests(TestCase):
    def test_signed_out_user_is_sent_to_login(self):
        """Signed out, /notes/new/ redirects to the login page with next set."""
        response = self.client.get("/notes/new/")
        self.assertRedirects(
            response, "/accounts/login/?next=/notes/new/", fetch_redirect_response=False
        )
        self.client.post("/notes/new/", {"title": "t", "body": "b"})
        self.assertEqual(Note.objects.count(), 0)

    def test_valid_note_is_created_by_the_signed_in_user(self):
        """A valid note is stored, stripped, by the user; 302 to it; a message."""
        alice = make_user("alice")
        self.client.force_login(alice)
        data = {"title": "  Hi  ", "body": "Text"}
        page = self.client.post("/notes/new/", data, follow=True)
        note = Note.objects.get()
        self.assertRedirects(page, f"/notes/{note.pk}/")
        self.assertEqual((note.title, note.author), ("Hi", alice))
        self.assertContains(page, '<li class="success">Note created.</li>')

    def test_author_field_in_the_post_is_ignored(self):
        """A user cannot write a note in someone else's name."""
        bob = make_user("bob")
        self.client.force_login(make_user("alice"))
        self.client.post("/notes/new/", {"title": "t", "body": "b", "author": bob.pk})
        self.assertEqual(Note.objects.get().author.username, "alice")

    def test_invalid_note_is_shown_again(self):
        """An invalid note is 200 with errors and the values kept; nothing stored."""
        self.client.force_login(make_user("alice"))
        response = self.client.post("/notes/new/", {"title": "t" * 101, "body": "kept"})
        self.assertContains(response, "<h1>New note</h1>")
        self.assertContains(response, "at most 100 characters (it has 101)")
        self.assertContains(response, ">\nkept</textarea>")
        self.assertEqual(Note.objects.count(), 0)


class EditNoteTests(TestCase):
    def setUp(self):
        self.alice = make_user("alice")
        self.note = make_note(self.alice, title="Old", body="Old body")
        self.url = f"/notes/{self.note.pk}/edit/"

    def test_author_edits(self):
        """The author changes the note; 302 to it with a message."""
        self.client.force_login(self.alice)
        self.assertContains(self.client.get(self.url), 'value="Old"')
        data = {"title": "New", "body": "New body"}
        page = self.client.post(self.url, data, follow=True)
        self.assertRedirects(page, f"/notes/{self.note.pk}/")
        self.note.refresh_from_db()
        self.assertEqual((self.note.title, self.note.body), ("New", "New body"))
        self.assertContains(page, '<li class="success">Note updated.</li>')

    def test_others_get_403(self):
        """Another user, a moderator and a superuser may not edit: 403, unchanged."""
        others = [
            make_user("bob"),
            make_moderator(),
            make_user("root", is_superuser=True, is_staff=True),
        ]
        for user in others:
            with self.subTest(user=user.username):
                self.client.force_login(user)
                self.assertEqual(self.client.get(self.url).status_code, 403)
                response = self.client.post(self.url, {"title": "X", "body": "X"})
                self.assertContains(response, "<h1>Forbidden</h1>", status_code=403)
        self.note.refresh_from_db()
        self.assertEqual(self.note.title, "Old")

    def test_signed_out_user_is_sent_to_login(self):
        """Signed out, the edit page redirects to the login page."""
        response = self.client.get(self.url)
        self.assertRedirects(
            response, f"/accounts/login/?next={self.url}", fetch_redirect_response=False
        )

    def test_unknown_note_is_404(self):
        """Editing a note that does not exist is 404."""
        self.client.force_login(self.alice)
        self.assertEqual(self.client.get("/notes/999/edit/").status_code, 404)


class DeleteNoteTests(TestCase):
    def setUp(self):
        self.alice = make_user("alice")
        self.note = make_note(self.alice)
        self.url = f"/notes/{self.note.pk}/delete/"

    def assert_deleted_by(self, user):
        """Check that user deletes the note: 302 to / with a message."""
        self.client.force_login(user)
        page = self.client.post(self.url, follow=True)
        self.assertRedirects(page, "/")
        self.assertFalse(Note.objects.exists())
        self.assertContains(page, '<li class="success">Note deleted.</li>')

    def test_author_deletes(self):
        """The author deletes the note: 302 to / with a message."""
        self.assert_deleted_by(self.alice)

    def test_moderator_deletes(self):
        """A member of Moderators deletes anyone's note."""
        self.assert_deleted_by(make_moderator())

    def test_superuser_deletes(self):
        """A superuser counts as a moderator."""
        self.assert_deleted_by(User.objects.create_superuser("root", password=None))

    def test_another_user_gets_403(self):
        """Another regular user gets 403 and the note stays."""
        self.client.force_login(make_user("bob"))
        self.assertEqual(self.client.post(self.url).status_code, 403)
        self.assertTrue(Note.objects.exists())

    def test_signed_out_user_is_sent_to_login(self):
        """Signed out, a delete redirects to the login page; the note stays."""
        response = self.client.post(self.url)
        self.assertRedirects(
            response, f"/accounts/login/?next={self.url}", fetch_redirect_response=False
        )
        self.assertTrue(Note.objects.exists())

    def test_unknown_note_is_404(self):
        """Deleting a note that does not exist is 404."""
        self.client.force_login(self.alice)
        self.assertEqual(self.client.post("/notes/999/delete/").status_code, 404)

    def test_detail_page_offers_the_allowed_actions(self):
        """The author sees Edit and Delete; a moderator only Delete."""
        self.client.force_login(self.alice)
        page = self.client.get(f"/notes/{self.note.pk}/")
        self.assertContains(page, f'<a class="note-edit" href="{self.url[:-7]}edit/">')
        self.assertContains(
            page, f'<form class="note-delete" method="post" action="{self.url}">'
        )
        self.client.force_login(make_moderator())
        page = self.client.get(f"/notes/{self.note.pk}/")
        self.assertNotContains(page, 'class="note-edit"')
        self.assertContains(page, 'class="note-delete"')
