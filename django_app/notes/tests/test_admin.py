"""Tests of the admin site. Twin: flask_app/tests/test_admin.py."""

from django.contrib.auth import authenticate
from django.contrib.auth.models import User
from django.db import connection
from django.test import TestCase
from django.test.utils import CaptureQueriesContext

from notes.models import ContactMessage, Note

from .helpers import make_moderator, make_note, make_user


class AdminAccessTests(TestCase):
    def test_signed_out_is_sent_to_the_admin_login(self):
        """Signed out, admin pages redirect to /admin/login/ with next."""
        for url in ["/admin/", "/admin/notes/note/"]:
            response = self.client.get(url)
            self.assertRedirects(
                response, f"/admin/login/?next={url}", fetch_redirect_response=False
            )

    def test_non_staff_get_no_admin_data(self):
        """Regular users and moderators are sent to the admin login, no data."""
        make_note(make_user("alice"), title="Secret title")
        for user in [make_user("bob"), make_moderator()]:
            with self.subTest(user=user.username):
                self.client.force_login(user)
                response = self.client.get("/admin/notes/note/", follow=True)
                self.assertEqual(response.redirect_chain[0][1], 302)
                self.assertContains(response, "not authorized to access this page")
                self.assertNotContains(response, "Secret title")

    def test_staff_sees_the_index(self):
        """Staff see Notes, Users and Contact messages on the index."""
        self.client.force_login(User.objects.create_superuser("root"))
        response = self.client.get("/admin/")
        for url in [
            "/admin/notes/note/",
            "/admin/auth/user/",
            "/admin/notes/contactmessage/",
        ]:
            self.assertContains(response, f'href="{url}"')


class NoteAdminTests(TestCase):
    def setUp(self):
        self.alice = make_user("alice")
        self.client.force_login(User.objects.create_superuser("root"))

    def test_list_search_and_filter(self):
        """The list shows title, author and created; q searches titles."""
        make_note(self.alice, title="Apples")
        make_note(make_user("bob"), title="Pears")
        response = self.client.get("/admin/notes/note/?q=apple")
        self.assertContains(response, "Apples")
        self.assertNotContains(response, "Pears")
        response = self.client.get(
            f"/admin/notes/note/?author__id__exact={self.alice.pk}"
        )
        self.assertContains(response, "Apples")
        self.assertNotContains(response, "Pears")

    def test_list_has_constant_queries(self):
        """list_select_related keeps the list from querying each author."""
        for i in range(5):
            make_note(make_user(f"writer{i}"), title=f"Note {i}")
        self.client.get("/admin/notes/note/")  # Warm up caches such as content types.
        with CaptureQueriesContext(connection) as few:
            self.client.get("/admin/notes/note/")
        for i in range(5, 15):
            make_note(make_user(f"writer{i}"), title=f"Note {i}")
        # The filter sidebar lists users once; the rows add no queries.
        with self.assertNumQueries(len(few)):
            self.client.get("/admin/notes/note/")

    def test_add_change_delete(self):
        """A note is created, edited and deleted through the admin forms."""
        data = {"title": "From admin", "body": "Body", "author": self.alice.pk}
        response = self.client.post("/admin/notes/note/add/", data)
        self.assertRedirects(response, "/admin/notes/note/")
        note = Note.objects.get()
        self.assertEqual((note.title, note.author), ("From admin", self.alice))
        response = self.client.post(
            f"/admin/notes/note/{note.pk}/change/", data | {"title": "Edited"}
        )
        self.assertRedirects(response, "/admin/notes/note/")
        note.refresh_from_db()
        self.assertEqual(note.title, "Edited")
        response = self.client.post(
            f"/admin/notes/note/{note.pk}/delete/", {"post": "yes"}
        )
        self.assertRedirects(response, "/admin/notes/note/")
        self.assertFalse(Note.objects.exists())


class UserAndContactAdminTests(TestCase):
    def setUp(self):
        self.client.force_login(User.objects.create_superuser("root"))

    def test_created_user_can_sign_in(self):
        """A user added with a password in the admin signs in; the hash is stored."""
        response = self.client.post(
            "/admin/auth/user/add/",
            {
                "username": "newbie",
                "usable_password": "true",
                "password1": "newbie-pass-123",
                "password2": "newbie-pass-123",
            },
        )
        user = User.objects.get(username="newbie")
        self.assertRedirects(response, f"/admin/auth/user/{user.pk}/change/")
        self.assertTrue(user.password.startswith("pbkdf2_sha256$"))
        self.assertEqual(
            authenticate(username="newbie", password="newbie-pass-123"), user
        )
        page = self.client.get(f"/admin/auth/user/{user.pk}/change/")
        self.assertContains(page, "pbkdf2_sha256")
        self.assertNotContains(page, user.password)

    def test_contact_messages_are_read_only(self):
        """Messages are listed and viewable, but not added, changed or deleted."""
        message = ContactMessage.objects.create(
            name="Carol", email="carol@example.com", message="Hello"
        )
        url = f"/admin/notes/contactmessage/{message.pk}/"
        self.assertContains(self.client.get("/admin/notes/contactmessage/"), "Carol")
        self.assertContains(self.client.get(f"{url}change/"), "View contact message")
        self.assertEqual(
            self.client.get("/admin/notes/contactmessage/add/").status_code, 403
        )
        response = self.client.post(f"{url}change/", {"name": "X", "email": "x@x.co"})
        self.assertEqual(response.status_code, 403)
        self.assertEqual(
            self.client.post(f"{url}delete/", {"post": "yes"}).status_code, 403
        )
        message.refresh_from_db()
        self.assertEqual(message.name, "Carol")
