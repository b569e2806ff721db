"""Custom commands: seed here, create-superuser from superuser.py.

Twin: django_app/notes/management/commands/seed.py (createsuperuser is Django's own).
"""

from datetime import datetime, timedelta

import click

from .extensions import db
from .models import ContactMessage, Note, User
from .superuser import create_superuser_command

DEMO_PASSWORD = "demo-pass-123"
DEMO_USERS = [
    # username, email, role flags
    ("admin", "admin@example.com", {"is_staff": True, "is_superuser": True}),
    ("moderator", "moderator@example.com", {"is_moderator": True}),
    ("alice", "alice@example.com", {}),
    ("bob", "bob@example.com", {}),
]
# Fixed times keep the demo pages identical from run to run and between the apps.
START = datetime(2026, 11, 1, 8, 0)
DEMO_MESSAGES = [
    ("Carol", "carol@example.com", "Hello from Carol.", START + timedelta(hours=13)),
    ("Dave", "dave@example.com", "Dave says hi.", START + timedelta(hours=14)),
]


def find_user(username):
    """Return the user with exactly this username, or None."""
    query = db.select(User).filter_by(username=username)
    return db.session.execute(query).scalar_one_or_none()


def exists(model, **filters):
    """Return True when a row of model matches filters."""
    return db.session.execute(db.select(model).filter_by(**filters)).first() is not None


@click.command("seed")
def seed_command():
    """Create the demo accounts, 12 notes and 2 contact messages (idempotent)."""
    created = seed_users() + seed_notes() + seed_messages()
    db.session.commit()
    if not created:
        click.echo("Nothing to do: the demo data is already there.")


def seed_users():
    """Create the four demo accounts; return how many were new."""
    created = 0
    for username, email, flags in DEMO_USERS:
        if find_user(username) is None:
            user = User(username=username, email=email, **flags)
            user.set_password(DEMO_PASSWORD)
            db.session.add(user)
            click.echo(f"Created user {username}.")
            created += 1
    db.session.flush()
    return created


def seed_notes():
    """Create the twelve demo notes, alternately by alice and bob."""
    authors = {name: find_user(name) for name in ("alice", "bob")}
    created = 0
    for number in range(1, 13):
        title = f"Demo note {number}"
        if exists(Note, title=title):
            continue
        at = START + timedelta(hours=number)
        body = (f"This is demo note number {number}. " * 6).strip()
        author = authors["alice" if number % 2 else "bob"]
        db.session.add(
            Note(title=title, body=body, author=author, created_at=at, updated_at=at)
        )
        created += 1
    if created:
        click.echo(f"Created {created} notes.")
    return created


def seed_messages():
    """Create the two demo contact messages."""
    created = 0
    for name, email, message, at in DEMO_MESSAGES:
        if not exists(ContactMessage, email=email):
            db.session.add(
                ContactMessage(name=name, email=email, message=message, created_at=at)
            )
            created += 1
    if created:
        click.echo(f"Created {created} contact messages.")
    return created


def init_app(app):
    """Add the commands to the app's flask command."""
    app.cli.add_command(seed_command)
    app.cli.add_command(create_superuser_command)
