"""Builders shared by the tests of both apps. Twin: flask_app/tests/helpers.py."""

import os
import runpy
from datetime import datetime, timedelta, timezone
from pathlib import Path
from unittest import mock

from django.contrib.auth.models import Group, Permission, User
from django.test import override_settings

from notes.models import Note

# The password of users made with one; long and varied enough for both apps' rules.
PASSWORD = "a-good-pass-77"
START = datetime(2026, 11, 1, 8, 0, tzinfo=timezone.utc)
HOUR = timedelta(hours=1)
SETTINGS_FILE = Path(__file__).resolve().parents[2] / "config" / "settings.py"

# Django's own advice for test speed: MD5 instead of PBKDF2's million rounds.
# Test classes that make or check passwords use this decorator; the Flask
# twin's conftest.py patches Werkzeug's hash method for the same reason.
cheap_password_hashing = override_settings(
    PASSWORD_HASHERS=["django.contrib.auth.hashers.MD5PasswordHasher"]
)


def make_user(username, password=None, **flags):
    """Create a user; without a password nobody can sign in as them by form."""
    user = User(username=username, email=f"{username}@example.com", **flags)
    if password is not None:
        user.set_password(password)
    else:
        # What create_user() does without a password, minus the hashing cost.
        user.set_unusable_password()
    user.save()
    return user


def make_moderator(username="moderator"):
    """Create a user in the Moderators group, which may delete any note."""
    group, _ = Group.objects.get_or_create(name="Moderators")
    group.permissions.add(
        Permission.objects.get(content_type__app_label="notes", codename="delete_note")
    )
    user = make_user(username)
    user.groups.add(group)
    return user


def make_note(author, title="A note", body="Some text.", created_at=START + HOUR):
    """Create a note by author, written at 09:00 UTC unless told otherwise."""
    return Note.objects.create(
        author=author, title=title, body=body, created_at=created_at
    )


def make_notes(authors, count):
    """Create count notes, one hour apart, by authors in turn; return them."""
    return Note.objects.bulk_create(
        Note(
            title=f"Note {number}",
            body=f"Body of note {number}.",
            author=authors[number % len(authors)],
            created_at=START + number * HOUR,
        )
        for number in range(1, count + 1)
    )


def load_settings(**environ):
    """Return the names config/settings.py defines with environ (None: unset)."""
    # The settings module runs once per process; running the file again with
    # another environment shows what a server started with it would use.
    # (The Flask twin simply calls load_config().)
    with mock.patch.dict(os.environ):
        for name, value in environ.items():
            if value is None:
                os.environ.pop(name, None)
            else:
                os.environ[name] = value
        return runpy.run_path(str(SETTINGS_FILE))
