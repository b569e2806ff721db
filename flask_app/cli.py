"""Custom commands: seed, create-superuser.

Twin: django_app/notes/management/commands/seed.py and Django's createsuperuser.
"""

import os
import re
from datetime import datetime, timedelta

import click
from email_validator import EmailNotValidError, validate_email

from .extensions import db
from .models import ContactMessage, Note, User
from .validators import (
    INVALID_EMAIL,
    INVALID_USERNAME,
    USERNAME_PATTERN,
    password_problems,
    username_taken,
)

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
    ("Carol", "carol@example.com", "Hello from Carol.", START),
    ("Dave", "dave@example.com", "Dave says hi.", START + timedelta(minutes=30)),
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


@click.command("create-superuser")
@click.option("--username", prompt=True, help="Login name of the new superuser.")
@click.option("--email", prompt=True, default="", help="Email address (optional).")
def create_superuser_command(username, email):
    """Create a staff superuser; the password comes from FLASK_SUPERUSER_PASSWORD."""
    # Django's createsuperuser --noinput reads DJANGO_SUPERUSER_PASSWORD; this
    # reads the Flask twin of that variable and otherwise asks twice.
    username = username.strip()
    if len(username) > 150 or not re.match(USERNAME_PATTERN, username):
        raise click.ClickException(INVALID_USERNAME)
    if username_taken(username):
        raise click.ClickException("That username is already taken.")
    email = email.strip()
    if email:
        try:
            validate_email(email, check_deliverability=False)
        except EmailNotValidError:
            raise click.ClickException(INVALID_EMAIL) from None
    password = os.environ.get("FLASK_SUPERUSER_PASSWORD") or click.prompt(
        "Password", hide_input=True, confirmation_prompt=True
    )
    problems = password_problems(password)
    if problems:
        raise click.ClickException(" ".join(problems))
    user = User(username=username, email=email, is_staff=True, is_superuser=True)
    user.set_password(password)
    db.session.add(user)
    db.session.commit()
    click.echo("Superuser created successfully.")


def init_app(app):
    """Add the commands to the app's flask command."""
    app.cli.add_command(seed_command)
    app.cli.add_command(create_superuser_command)
