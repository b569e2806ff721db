"""The admin's user pages: passwords and usernames.

Twin: flask_app/tests/test_admin_users.py.
"""

from django.contrib.auth.models import User
from django.test import Client, TestCase

from notes.tests.helpers import PASSWORD, cheap_password_hashing, make_user

TAKEN = "A user with that username already exists."


def usernames():
    """Return every stored username, sorted."""
    return sorted(User.objects.values_list("username", flat=True))


def change_form(user, **changes):
    """Return the data the admin's change form posts for user, with changes."""
    data = {
        "username": user.username,
        "email": user.email,
        "is_active": "on",
        "date_joined_0": "2026-11-01",
        "date_joined_1": "09:00:00",
    }
    return data | changes


class AdminUserTestCase(TestCase):
    def setUp(self):
        self.admin = User.objects.create_superuser("admin", password=None)
        self.client.force_login(self.admin)

    def add(self, username, password1=PASSWORD, password2=None, **fields):
        """Post the admin's add-user form."""
        data = {
            "username": username,
            "usable_password": "true",
            "password1": password1,
            "password2": password2 or password1,
        }
        return self.client.post("/admin/auth/user/add/", data | fields)


class DefaultHasherTests(AdminUserTestCase):
    def test_staff_create_a_user_whose_password_works(self):
        """A user made in the admin has a hashed password that works; no hash shown."""
        self.add("carol", "carol-pass-1")
        carol = User.objects.get(username="carol")
        self.assertTrue(carol.password.startswith("pbkdf2_sha256$"))
        page = self.client.get(f"/admin/auth/user/{carol.pk}/change/")
        self.assertNotContains(page, carol.password)
        self.assertContains(page, "pbkdf2_sha256")
        self.assertNotContains(page, 'name="password"')
        login = {"username": "carol", "password": "carol-pass-1"}
        self.assertEqual(Client().post("/accounts/login/", login).status_code, 302)


@cheap_password_hashing
class UserAdminTests(AdminUserTestCase):
    def test_saving_a_user_keeps_the_password(self):
        """Saving a user's change form leaves the password working."""
        carol = make_user("carol", PASSWORD)
        url = f"/admin/auth/user/{carol.pk}/change/"
        response = self.client.post(url, change_form(carol, email="c@example.com"))
        self.assertEqual(response.status_code, 302)
        carol.refresh_from_db()
        self.assertTrue(carol.check_password(PASSWORD))
        self.assertEqual(carol.email, "c@example.com")

    def test_password_set_in_the_admin_ends_the_users_sessions(self):
        """A new password set in the admin signs the user out everywhere."""
        carol = make_user("carol", PASSWORD)
        carols_client = Client()
        carols_client.force_login(carol)
        url = f"/admin/auth/user/{carol.pk}/password/"
        data = {"password1": "new-pass-123", "password2": "new-pass-123"}
        self.assertEqual(self.client.post(url, data).status_code, 302)
        whoami = carols_client.get("/api/whoami/").json()
        self.assertIs(whoami["authenticated"], False)
        carol.refresh_from_db()
        self.assertTrue(carol.check_password("new-pass-123"))

    def test_new_user_needs_a_valid_password(self):
        """Making a user without a good password shows the error and stores nobody."""
        for password, error in [
            ("", "This field is required."),
            ("short", "This password is too short."),
        ]:
            with self.subTest(password=password):
                self.assertContains(self.add("carol", password), error)
        self.assertEqual(usernames(), ["admin"])

    def test_user_email_is_optional_but_checked(self):
        """A user may have no email; one that is given is checked and stored."""
        carol = make_user("carol")
        url = f"/admin/auth/user/{carol.pk}/change/"
        cases = [
            ("", ""),
            (" d@example.com ", "d@example.com"),
            ("nope", "Enter a valid email address."),
            ("a" * 245 + "@example.com", "at most 254 characters (it has 257)."),
        ]
        for email, result in cases:
            with self.subTest(email=email):
                response = self.client.post(url, change_form(carol, email=email))
                if response.status_code == 302:
                    carol.refresh_from_db()
                    self.assertEqual(carol.email, result)
                else:
                    self.assertContains(response, result)

    def test_new_user_gets_the_username_rules(self):
        """Usernames are required, valid, short enough and unique in any case."""
        make_user("alice")
        cases = [("Alice", TAKEN), ("ａｌｉｃｅ", TAKEN),
                 ("   ", "This field is required."),
                 ("u" * 151, "at most 150 characters (it has 151)."),
                 ("bad name", "Enter a valid username."),
                 ("a\x00b", "Null characters are not allowed.")]  # fmt: skip
        for username, error in cases:
            with self.subTest(username=username):
                self.assertContains(self.add(username), error)
        self.assertEqual(usernames(), ["admin", "alice"])

    def test_rename_to_a_name_taken_in_another_case_is_refused(self):
        """A rename onto another's name, in any case, is refused; one's own is kept."""
        bob = make_user("bob")
        url = f"/admin/auth/user/{bob.pk}/change/"
        for taken in ["admin", "ADMIN"]:
            with self.subTest(username=taken):
                response = self.client.post(url, change_form(bob, username=taken))
                self.assertContains(response, TAKEN)
        self.assertEqual(self.client.post(url, change_form(bob)).status_code, 302)
        self.assertEqual(usernames(), ["admin", "bob"])

    def test_bad_ids_in_bulk_actions(self):
        """A bulk delete given ids no row could have is a 400 and deletes nothing."""
        for bad_id in ["x", "1.5", "9" * 30]:
            with self.subTest(bad_id=bad_id):
                data = {"action": "delete_selected", "_selected_action": bad_id,
                        "index": 0}  # fmt: skip
                response = self.client.post("/admin/auth/user/", data)
                self.assertEqual(response.status_code, 400)
        self.assertEqual(usernames(), ["admin"])
