"""Builders shared by the notes tests. Twin: flask_app/tests/conftest.py."""

from datetime import datetime, timedelta, timezone

from django.contrib.auth.models import Group, Permission, User

from notes.models import Note

START = datetime(2026, 11, 1, 8, 0, tzinfo=timezone.utc)


def make_user(username, password=None, **fields):
    """Create a user; without a password it can only sign in via force_login."""
    user = User(username=username, **fields)
    if password:
        user.set_password(password)
    else:
        # Hashing is slow on purpose; most tests sign in with force_login.
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


def make_note(author, title="A note", body="Some text.", **fields):
    """Create a note by author."""
    return Note.objects.create(author=author, title=title, body=body, **fields)


def make_notes(authors, count):
    """Create count notes, one hour apart, by authors in turn; return them."""
    return Note.objects.bulk_create(
        Note(
            title=f"Note {i}",
            body=f"Body of note {i}.",
            author=authors[i % len(authors)],
            created_at=START + timedelta(hours=i),
        )
        for i in range(1, count + 1)
    )
