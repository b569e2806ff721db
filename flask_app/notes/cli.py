"""The seed command: demo users, notes, messages.

Twin: django_app/notes/management/commands/seed.py.
"""

from datetime import datetime, timedelta

import click

from ..accounts.models import User
from ..extensions import db
from . import bp
from .models import ContactMessage, Note

DEMO_PASSWORD = "demo-pass-123"
DEMO_USERS = [
    # username, email, role flags
    ("admin", "admin@example.com", {"is_staff": True, "is_superuser": True}),
    ("moderator", "moderator@example.com", {"is_moderator": True}),
    ("alice", "alice@example.com", {}),
    ("bob", "bob@example.com", {}),
]
# Fixed times (UTC) keep the demo pages identical from run to run and between
# the apps.
START = datetime(2026, 11, 1, 8, 0)
DEMO_NOTES = 12
DEMO_MESSAGES = [
    ("Carol", "carol@example.com", "Hello from Carol.", START + timedelta(hours=13)),
    ("Dave", "dave@example.com", "Dave says hi.", START + timedelta(hours=14)),
]
# Both apps print the same two lines, word for word.
CREATED = "Created the demo data: 4 users, 12 notes, 2 contact messages."
NOTHING_TO_DO = (
    "Nothing to do: the database already has users "
    "(seed only fills a database that has none)."
)


@bp.cli.command("seed")
def seed_command():
    """Fill a database that has no users with the demo data; else change nothing."""
    # One rule that never guesses: a database with any user belongs to someone
    # (the demo data, as they edited it, or their own accounts), so seed leaves
    # it alone instead of restoring notes they renamed or deleted.
    if db.session.execute(db.select(User.id).limit(1)).first() is not None:
        click.echo(NOTHING_TO_DO)
        return
    users = create_users()
    create_notes(users["alice"], users["bob"])
    create_messages()
    # One commit: the session is one transaction until then, so an error
    # leaves the database empty (the Django twin uses transaction.atomic).
    db.session.commit()
    click.echo(CREATED)


def create_users():
    """Add the four demo accounts; return them by username."""
    users = {}
    for username, email, flags in DEMO_USERS:
        user = User(username=username, email=email, **flags)
        user.set_password(DEMO_PASSWORD)
        db.session.add(user)
        users[username] = user
    return users


def create_notes(alice, bob):
    """Add the twelve demo notes, one an hour, alternately by alice and bob."""
    for number in range(1, DEMO_NOTES + 1):
        at = START + timedelta(hours=number)
        db.session.add(
            Note(
                title=f"Demo note {number}",
                body=(f"This is demo note number {number}. " * 6).strip(),
                author=alice if number % 2 else bob,
                created_at=at,
                updated_at=at,
            )
        )


def create_messages():
    """Add the two demo contact messages."""
    for name, email, message, at in DEMO_MESSAGES:
        db.session.add(
            ContactMessage(name=name, email=email, message=message, created_at=at)
        )
