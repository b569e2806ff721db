"""The admin site: who gets in, the index, contact messages, bad ids.

Twin: flask_app/tests/test_admin.py.
"""

from django.contrib.auth.models import User
from django.test import Client, TestCase

from notes.models import ContactMessage, Note

from .helpers import make_moderator, make_note, make_user

ADMIN_PAGES = ["/admin/", "/admin/notes/note/", "/admin/notes/note/add/",
               "/admin/auth/user/", "/admin/auth/user/add/",
               "/admin/notes/contactmessage/"]  # fmt: skip


class AdminAccessTests(TestCase):
    def test_signed_out_visitors_are_sent_to_log_in(self):
        """Every admin page sends visitors to the admin's own sign-in page."""
        for url in ADMIN_PAGES:
            with self.subTest(url=url):
                self.assertRedirects(
                    self.client.get(url),
                    f"/admin/login/?next={url}",
                    fetch_redirect_response=False,
                )

    def test_non_staff_get_no_admin_data(self):
        """Regular users and moderators are sent to the admin login, with no data."""
        make_note(make_user("alice"), title="Secret title")
        for user in [make_user("bob"), make_moderator()]:
            self.client.force_login(user)
            for url in ADMIN_PAGES:
                with self.subTest(user=user.username, url=url):
                    response = self.client.get(url, follow=True)
                    self.assertEqual(response.redirect_chain[0][1], 302)
                    self.assertContains(response, "not authorized to access this page")
                    self.assertNotContains(response, "Secret title")

    def test_inactive_staff_are_kept_out(self):
        """A staff account switched off is signed out, and so kept out."""
        admin = User.objects.create_superuser("admin", password=None)
        self.client.force_login(admin)
        self.assertEqual(self.client.get("/admin/").status_code, 200)
        admin.is_active = False
        admin.save()
        self.assertEqual(self.client.get("/admin/").status_code, 302)


class StaffAdminTests(TestCase):
    def setUp(self):
        self.client.force_login(User.objects.create_superuser("admin", password=None))

    def test_staff_see_the_index(self):
        """The index links Notes, Users and Contact messages, and the site."""
        response = self.client.get("/admin/")
        for url in ["/admin/notes/note/", "/admin/auth/user/",
                    "/admin/notes/contactmessage/", "/"]:  # fmt: skip
            self.assertContains(response, f'href="{url}"')

    def test_contact_messages_are_read_only(self):
        """Messages are listed and viewable, but not added, changed or deleted."""
        message = ContactMessage.objects.create(
            name="Carol", email="carol@example.com", message="Hello"
        )
        url = f"/admin/notes/contactmessage/{message.pk}/"
        self.assertContains(self.client.get("/admin/notes/contactmessage/"), "Carol")
        self.assertContains(self.client.get(f"{url}change/"), "View contact message")
        add = self.client.get("/admin/notes/contactmessage/add/")
        self.assertEqual(add.status_code, 403)
        data = {"name": "X", "email": "x@example.com", "message": "X"}
        self.assertEqual(self.client.post(f"{url}change/", data).status_code, 403)
        self.assertEqual(
            self.client.post(f"{url}delete/", {"post": "yes"}).status_code, 403
        )
        message.refresh_from_db()
        self.assertEqual(message.name, "Carol")

    def test_admin_post_without_csrf_token_is_refused(self):
        """With CSRF checks on, an admin delete without the token is 403."""
        client = Client(enforce_csrf_checks=True)
        client.force_login(User.objects.get(username="admin"))
        note = make_note(make_user("alice"))
        url = f"/admin/notes/note/{note.pk}/delete/"
        self.assertEqual(client.post(url, {"post": "yes"}).status_code, 403)
        self.assertTrue(Note.objects.exists())
        token = client.get(url).context["csrf_token"]
        data = {"post": "yes", "csrfmiddlewaretoken": str(token)}
        self.assertEqual(client.post(url, data).status_code, 302)
        self.assertFalse(Note.objects.exists())

    def test_bad_ids_in_admin_urls_are_not_errors(self):
        """Pages given an id no row could have redirect; a bulk action answers 400."""
        # Django's admin checks the ids in its URLs; the ids a bulk action posts
        # are checked by CheckedIdsMixin (config/admin.py).
        make_note(make_user("alice"))
        for bad_id in ["x", "1.5", "9" * 30, "-1", ""]:
            with self.subTest(bad_id=bad_id):
                if bad_id:
                    for page in ["change", "delete", "history"]:
                        response = self.client.get(
                            f"/admin/notes/note/{bad_id}/{page}/"
                        )
                        self.assertRedirects(
                            response, "/admin/", fetch_redirect_response=False
                        )
                data = {
                    "action": "delete_selected",
                    "_selected_action": bad_id,
                    "index": 0,
                }
                response = self.client.post("/admin/notes/note/", data)
                self.assertEqual(response.status_code, 200 if bad_id == "-1" else 400)
        self.assertEqual(Note.objects.count(), 1)

    def test_list_page_out_of_range_is_not_an_error(self):
        """A page number past the end or below 1 shows a list page, not a 500."""
        make_note(make_user("alice"), title="Only note")
        for page in ["99999999999999999999", "-3", "107374183"]:
            with self.subTest(page=page):
                response = self.client.get(f"/admin/notes/note/?p={page}")
                self.assertEqual(response.status_code, 200)
