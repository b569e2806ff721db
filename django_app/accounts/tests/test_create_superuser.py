"""The built-in createsuperuser command.

Twin: flask_app/tests/test_create_superuser.py.
"""

import os
from io import StringIO
from unittest import mock

from django.contrib.auth.models import User
from django.core.management import CommandError, call_command
from django.db import transaction
from django.test import TestCase

from notes.tests.helpers import cheap_password_hashing, make_user


class TTY(StringIO):
    """A stdin that says it is a terminal, as createsuperuser asks to prompt."""

    def isatty(self):
        return True


def noinput(username, email="root@example.com", password="super-pass-1"):
    """Run createsuperuser --noinput, the password (if any) in the environment."""
    out = StringIO()
    with mock.patch.dict(os.environ):
        os.environ.pop("DJANGO_SUPERUSER_PASSWORD", None)
        if password is not None:
            os.environ["DJANGO_SUPERUSER_PASSWORD"] = password
        call_command(
            "createsuperuser", "--noinput", username=username, email=email, stdout=out
        )
    return out.getvalue()


@cheap_password_hashing
class CreateSuperuserTests(TestCase):
    def test_create_superuser_noinput_reads_the_environment(self):
        """The new superuser is staff, with a hashed password that signs in."""
        self.assertEqual(noinput("root"), "Superuser created successfully.\n")
        root = User.objects.get()
        self.assertEqual(
            (root.username, root.email, root.is_staff, root.is_superuser),
            ("root", "root@example.com", True, True),
        )
        self.assertNotIn("super-pass-1", root.password)
        data = {"username": "root", "password": "super-pass-1"}
        self.assertEqual(self.client.post("/accounts/login/", data).status_code, 302)
        self.assertEqual(self.client.get("/admin/").status_code, 200)

    def test_create_superuser_prompts_for_the_password(self):
        """Interactively, the password is asked for twice and hashed."""
        answers = mock.patch(
            "django.contrib.auth.management.commands.createsuperuser.getpass.getpass",
            return_value="typed-pass-1",
        )
        with answers:
            call_command(
                "createsuperuser",
                username="root",
                email="",
                stdin=TTY(),
                stdout=StringIO(),
            )
        self.assertTrue(User.objects.get().check_password("typed-pass-1"))

    def test_create_superuser_refuses_a_taken_name(self):
        """A name already taken: an error, and nobody new."""
        make_user("alice")
        with self.assertRaisesMessage(CommandError, "That username is already taken."):
            noinput("alice")
        self.assertEqual(User.objects.count(), 1)

    def test_create_superuser_refuses_a_name_taken_in_another_case(self):
        """A name taken in another case or width: the same error, and nobody new."""
        make_user("alice")
        for username in ["ALICE", "ａｌｉｃｅ"]:
            with self.subTest(username=username):
                with (
                    self.assertRaisesMessage(
                        CommandError, "That username is already taken."
                    ),
                    transaction.atomic(),
                ):
                    noinput(username)
                self.assertEqual(User.objects.count(), 1)

    def test_create_superuser_refuses_bad_input(self):
        """An invalid username or email: the error, and nobody created."""
        cases = [
            ({"username": "bad name"}, "Enter a valid username."),
            ({"email": "not-an-email"}, "Enter a valid email address."),
        ]
        for change, error in cases:
            with self.subTest(change=change):
                with self.assertRaisesMessage(CommandError, error):
                    noinput(**{"username": "root"} | change)
        self.assertEqual(User.objects.count(), 0)

    def test_create_superuser_noinput_password_rules(self):
        """--noinput takes the variable's password as it is: no validators run."""
        # The Flask twin refuses these; Django validates typed passwords only.
        noinput("root", password="short")
        self.assertTrue(User.objects.get().check_password("short"))

    def test_create_superuser_noinput_without_username(self):
        """--noinput without --username is an error."""
        with self.assertRaisesMessage(
            CommandError, "You must use --username with --noinput."
        ):
            call_command("createsuperuser", "--noinput", email="root@example.com")

    def test_create_superuser_noinput_without_password(self):
        """--noinput without the variable makes a user with no usable password."""
        # The Flask twin refuses instead.
        noinput("root", password=None)
        self.assertFalse(User.objects.get().has_usable_password())
