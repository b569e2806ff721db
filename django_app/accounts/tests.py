"""Tests of registration, login and logout. Twin: flask_app/tests/test_auth.py."""

from django.contrib.auth.models import User
from django.test import TestCase

PASSWORD = "a-good-pass-77"


class RegisterTests(TestCase):
    def register(self, username="zed", password1=PASSWORD, password2=None, **kw):
        """Post the registration form; password2 defaults to password1."""
        data = {
            "username": username,
            "password1": password1,
            "password2": password1 if password2 is None else password2,
        }
        return self.client.post("/accounts/register/", data, **kw)

    def test_valid_registration_signs_in(self):
        """A new account is created, signed in, welcomed and sent to /."""
        page = self.register(follow=True)
        self.assertRedirects(page, "/")
        self.assertContains(page, '<li class="success">Welcome, zed!</li>')
        user = User.objects.get(username="zed")
        self.assertTrue(user.check_password(PASSWORD))
        self.assertEqual(self.client.get("/api/whoami/").json()["username"], "zed")

    def test_invalid_registrations(self):
        """Each broken rule is an error next to its field, and no user is made."""
        User.objects.create_user("taken")
        cases = [
            ("empty", {"username": ""}, "username", "This field is required."),
            ("taken", {"username": "taken"}, "username", "already exists."),
            ("chars", {"username": "a b!"}, "username", "Enter a valid username."),
            ("short", {"password1": "Ab3$xy"}, "password2", "too short."),
            ("numeric", {"password1": "4820571936"}, "password2", "entirely numeric."),
            ("common", {"password1": "password123"}, "password2", "too common."),
            ("similar", {"username": "zedzedzed", "password1": "zedzedzed1"},
             "password2", "too similar to the username."),
            ("mismatch", {"password2": PASSWORD + "x"}, "password2",
             "The two password fields didn’t match."),
        ]  # fmt: skip
        for name, changes, field, error in cases:
            with self.subTest(case=name):
                response = self.register(**changes)
                self.assertEqual(response.status_code, 200)
                errors = response.context["form"].errors[field]
                self.assertTrue(any(error in e for e in errors), errors)
                self.assertContains(
                    response, f'<ul class="errorlist" id="id_{field}_error">'
                )
        self.assertEqual(User.objects.count(), 1)

    def test_form_has_no_help_text(self):
        """The page shows label, errors and input only, like the Flask twin."""
        response = self.client.get("/accounts/register/")
        self.assertNotContains(response, "helptext")
        for name in ["username", "password1", "password2"]:
            self.assertContains(response, f'name="{name}"')


class LoginLogoutTests(TestCase):
    def setUp(self):
        self.alice = User.objects.create_user("alice", password=PASSWORD)

    def login(self, password=PASSWORD, next_url=""):
        """Post the login form as alice."""
        data = {"username": "alice", "password": password, "next": next_url}
        return self.client.post("/accounts/login/", data)

    def test_login_goes_home(self):
        """Good credentials sign in and redirect to /."""
        self.assertRedirects(self.login(), "/")
        self.assertEqual(int(self.client.session["_auth_user_id"]), self.alice.pk)

    def test_login_follows_a_local_next(self):
        """A path on this site in next is followed, in the form and the query."""
        self.assertRedirects(self.login(next_url="/about/"), "/about/")
        page = self.client.get("/accounts/login/?next=/notes/new/")
        self.assertContains(
            page, '<input type="hidden" name="next" value="/notes/new/">'
        )

    def test_login_ignores_a_foreign_next(self):
        """A next that would leave the site is replaced by /."""
        for target in [
            "https://evil.example/",
            "//evil.example/",
            "/\\evil.example",
            "javascript:alert(1)",
        ]:
            with self.subTest(next=target):
                self.assertRedirects(self.login(next_url=target), "/")
                self.client.logout()

    def test_wrong_password(self):
        """Wrong credentials: 200, a non-field error, username kept, not signed in."""
        response = self.login(password="wrong-password")
        self.assertContains(
            response,
            '<ul class="errorlist nonfield"><li>Please enter a correct username and '
            "password. Note that both fields may be case-sensitive.</li></ul>",
        )
        self.assertContains(response, 'value="alice"')
        self.assertNotIn("_auth_user_id", self.client.session)

    def test_login_rotates_the_session_key(self):
        """Signing in gives a new session id, against session fixation."""
        self.client.get("/accounts/login/")
        session = self.client.session
        session["probe"] = 1
        session.save()
        before = session.session_key
        self.login()
        self.assertNotEqual(self.client.session.session_key, before)

    def test_logout_is_post_only(self):
        """GET on logout is 405 and leaves the user signed in."""
        self.client.force_login(self.alice)
        response = self.client.get("/accounts/logout/")
        self.assertEqual(response.status_code, 405)
        self.assertIn("_auth_user_id", self.client.session)

    def test_logout(self):
        """POST signs out, redirects to / and says so."""
        self.client.force_login(self.alice)
        page = self.client.post("/accounts/logout/", follow=True)
        self.assertRedirects(page, "/")
        self.assertNotIn("_auth_user_id", self.client.session)
        self.assertContains(page, '<li class="success">You have been logged out.</li>')
        self.assertContains(page, "Log in</a>")

    def test_logout_ignores_next(self):
        """Logout goes to / even with a next in the query or the form."""
        for url, data in [
            ("/accounts/logout/?next=/about/", {}),
            ("/accounts/logout/", {"next": "/about/"}),
        ]:
            with self.subTest(url=url, data=data):
                self.client.force_login(self.alice)
                self.assertRedirects(
                    self.client.post(url, data), "/", fetch_redirect_response=False
                )
                self.assertNotIn("_auth_user_id", self.client.session)
