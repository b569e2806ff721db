"""Registration: the form, its rules and texts, and a lost race.

Twin: flask_app/tests/test_register.py.
"""

from unittest import mock

from django.contrib.auth.models import User
from django.test import TestCase

from accounts.forms import RegisterForm
from notes.tests.helpers import PASSWORD, cheap_password_hashing, make_user

DUPLICATE = "A user with that username already exists."


@cheap_password_hashing
class RegisterTests(TestCase):
    def register(self, username="zed", password1=PASSWORD, password2=None):
        """Post the registration form; password2 defaults to password1."""
        data = {"username": username, "password1": password1}
        data["password2"] = password1 if password2 is None else password2
        return self.client.post("/accounts/register/", data)

    def signed_in_as(self):
        """Return the username the client is signed in as, or None."""
        return self.client.get("/api/whoami/").json()["username"]

    def test_register_page_help_texts(self):
        """The page shows Django's help texts, each tied to its input."""
        response = self.client.get("/accounts/register/")
        self.assertContains(
            response,
            '<div class="helptext" id="id_username_helptext">Required. 150 characters '
            "or fewer. Letters, digits and @/./+/-/_ only.</div>",
        )
        self.assertContains(
            response, "Your password must contain at least 8 characters."
        )
        self.assertContains(response, 'aria-describedby="id_password2_helptext"')
        self.assertContains(response, 'autocomplete="new-password"', count=2)

    def test_valid_registration_signs_in(self):
        """A new account is created, signed in, welcomed and sent to /."""
        response = self.register()
        self.assertRedirects(response, "/", fetch_redirect_response=False)
        self.assertContains(
            self.client.get("/"), '<li class="success">Welcome, zed!</li>'
        )
        user = User.objects.get(username="zed")
        self.assertTrue(user.check_password(PASSWORD))
        self.assertNotIn(PASSWORD, user.password)
        self.assertFalse(user.is_staff or user.is_superuser)
        self.assertEqual(self.signed_in_as(), "zed")

    def test_invalid_registrations(self):
        """Each broken rule is Django's error by its field; no user is made."""
        make_user("taken")
        cases = [
            ("empty", {"username": ""}, "username", "This field is required."),
            ("taken", {"username": "taken"}, "username", DUPLICATE),
            ("chars", {"username": "a b!"}, "username", "Enter a valid username. This "
             "value may contain only letters, numbers, and @/./+/-/_ characters."),
            ("long", {"username": "u" * 151}, "username",
             "Ensure this value has at most 150 characters (it has 151)."),
            ("short", {"password1": "Ab3$xy"}, "password2",
             "This password is too short. It must contain at least 8 characters."),
            ("numeric", {"password1": "4820571936"}, "password2",
             "This password is entirely numeric."),
            ("mismatch", {"password2": PASSWORD + "x"}, "password2",
             "The two password fields didn’t match."),
        ]  # fmt: skip
        for name, changes, field, error in cases:
            with self.subTest(case=name):
                response = self.register(**changes)
                self.assertEqual(response.status_code, 200)
                self.assertEqual(response.context["form"].errors[field], [error])
                self.assertContains(
                    response, f'<ul class="errorlist" id="id_{field}_error">'
                )
                self.assertEqual(User.objects.count(), 1)
                self.assertIsNone(self.signed_in_as())

    def test_common_and_username_like_passwords(self):
        """Refused: Django's default validators check more than the Flask twin."""
        cases = [
            ("zed", "password123", "This password is too common."),
            ("zedzedzed", "zedzedzed1", "The password is too similar to the username."),
        ]
        for username, password, error in cases:
            with self.subTest(password=password):
                response = self.register(username, password)
                self.assertEqual(response.context["form"].errors["password2"], [error])
        self.assertEqual(User.objects.count(), 0)

    def test_register_keeps_username_but_not_passwords(self):
        """An invalid form keeps the typed username and never echoes a password."""
        response = self.register("keepme", "long-pass-1", "other-pass-2")
        self.assertContains(response, 'value="keepme"')
        self.assertNotContains(response, "long-pass-1")
        self.assertNotContains(response, "other-pass-2")

    def test_register_refuses_a_name_taken_in_another_case(self):
        """A username taken in any letter case or full-width look-alike is refused."""
        make_user("alice")
        for username in ["Alice", "ａｌｉｃｅ"]:
            with self.subTest(username=username):
                response = self.register(username)
                self.assertEqual(
                    response.context["form"].errors["username"], [DUPLICATE]
                )
        self.assertEqual(User.objects.count(), 1)

    def test_register_form_checks_names_in_any_case(self):
        """The form itself finds the name taken, before the database is asked."""
        make_user("alice")
        for username in ["Alice", "ａｌｉｃｅ"]:
            with self.subTest(username=username):
                data = {
                    "username": username,
                    "password1": PASSWORD,
                    "password2": PASSWORD,
                }
                self.assertEqual(
                    RegisterForm(data=data).errors, {"username": [DUPLICATE]}
                )

    def test_register_normalises_the_username(self):
        """Full-width letters are stored as plain ones (NFKC)."""
        self.register(" ｃａｒｏｌ ")
        self.assertEqual(User.objects.get().username, "carol")

    def test_register_keeps_passwords_as_typed(self):
        """Passwords are not stripped: surrounding spaces are part of them."""
        self.register("zed", " spaced pass 1 ")
        self.assertTrue(User.objects.get().check_password(" spaced pass 1 "))

    def test_register_losing_a_race_shows_the_form_error(self):
        """A name taken between the form's check and the insert: the form error."""
        clean = RegisterForm.clean

        def clean_then_lose_the_race(form):
            cleaned = clean(form)
            # Another sign-up saves "Zed" after this form found the name free.
            User.objects.create(username="Zed")
            return cleaned

        with mock.patch.object(RegisterForm, "clean", clean_then_lose_the_race):
            response = self.register("zed")
        self.assertEqual(response.status_code, 200)
        self.assertEqual(response.context["form"].errors["username"], [DUPLICATE])
        self.assertContains(response, f"<li>{DUPLICATE}</li>")
        self.assertEqual(list(User.objects.values_list("username", flat=True)), ["Zed"])
        self.assertIsNone(self.signed_in_as())
