"""Deleting notes, and who is offered which action.

Twin: flask_app/tests/test_deleting.py.
"""

from django.test import TestCase

from notes.models import Note

from .helpers import make_moderator, make_note, make_user


class DeleteNoteTests(TestCase):
    def setUp(self):
        self.alice = make_user("alice")
        self.note = make_note(self.alice)
        self.url = f"/notes/{self.note.pk}/delete/"

    def test_author_deletes_own_note(self):
        """The author deletes the note: 302 to / with a message."""
        self.client.force_login(self.alice)
        response = self.client.post(self.url)
        self.assertRedirects(response, "/", fetch_redirect_response=False)
        self.assertFalse(Note.objects.exists())
        self.assertContains(
            self.client.get("/"), '<li class="success">Note deleted.</li>'
        )

    def test_moderators_and_superusers_delete_any_note(self):
        """A moderator, and any superuser, deletes someone else's note."""
        for user in [make_moderator(), make_user("root", is_superuser=True)]:
            with self.subTest(user=user.username):
                note = make_note(self.alice)
                self.client.force_login(user)
                response = self.client.post(f"/notes/{note.pk}/delete/")
                self.assertEqual(response.status_code, 302)
                self.assertFalse(Note.objects.filter(pk=note.pk).exists())

    def test_others_get_403(self):
        """Another regular user, staff included, gets 403 and the note stays."""
        for user in [make_user("bob"), make_user("staff", is_staff=True)]:
            with self.subTest(user=user.username):
                self.client.force_login(user)
                self.assertEqual(self.client.post(self.url).status_code, 403)
                self.assertTrue(Note.objects.filter(pk=self.note.pk).exists())

    def test_signed_out_visitors_are_sent_to_log_in(self):
        """Signed out, a delete redirects to the login page; the note stays."""
        response = self.client.post(self.url)
        self.assertRedirects(
            response, f"/accounts/login/?next={self.url}", fetch_redirect_response=False
        )
        self.assertTrue(Note.objects.exists())

    def test_delete_unknown_note_is_404(self):
        """Deleting a note that does not exist is 404."""
        self.client.force_login(self.alice)
        self.assertEqual(self.client.post("/notes/999/delete/").status_code, 404)

    def test_note_page_offers_the_allowed_actions(self):
        """The author sees Edit and Delete, a moderator only Delete, others neither."""
        edit = f'<a class="note-edit" href="/notes/{self.note.pk}/edit/">'
        delete = f'<form class="note-delete" method="post" action="{self.url}">'
        for user, offered in [
            (self.alice, (True, True)),
            (make_moderator(), (False, True)),
            (make_user("bob"), (False, False)),
        ]:
            with self.subTest(user=user.username):
                self.client.force_login(user)
                html = self.client.get(f"/notes/{self.note.pk}/").content.decode()
                self.assertEqual((edit in html, delete in html), offered)
