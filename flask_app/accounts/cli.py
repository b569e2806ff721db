"""The create-superuser command. Twin: Django's built-in createsuperuser command."""

import os
import re

import click
from email_validator import EmailNotValidError, validate_email
from sqlalchemy.exc import IntegrityError

from ..extensions import db
from ..forms import strip
from . import bp
from .models import User
from .validators import (
    INVALID_USERNAME,
    USERNAME_PATTERN,
    nfkc,
    password_problems,
    username_taken,
)

TAKEN = "That username is already taken."


@bp.cli.command("create-superuser")
@click.option("--username", help="Login name of the new superuser.")
@click.option("--email", help="Email address (optional).")
@click.option(
    "--noinput",
    "--no-input",
    "no_input",
    is_flag=True,
    help="Ask nothing: the password comes from FLASK_SUPERUSER_PASSWORD.",
)
def create_superuser_command(username, email, no_input):
    """Create a staff superuser (password from FLASK_SUPERUSER_PASSWORD or a prompt)."""
    if username is None:
        if no_input:
            raise click.ClickException("You must use --username with --noinput.")
        username = click.prompt("Username")
    username = check_username(username)
    if email is None and not no_input:
        email = click.prompt("Email", default="", show_default=False)
    email = check_email(email or "")
    password = superuser_password(no_input)
    problems = password_problems(password)
    if problems:
        raise click.ClickException(" ".join(problems))
    user = User(username=username, email=email, is_staff=True, is_superuser=True)
    user.set_password(password)
    db.session.add(user)
    try:
        db.session.commit()
    except IntegrityError:
        raise click.ClickException(TAKEN) from None
    click.echo("Superuser created successfully.")


def check_username(username):
    """Return username stripped and normalised, or stop with an error."""
    username = nfkc(strip(username))
    if len(username) > 150 or not re.match(USERNAME_PATTERN, username):
        raise click.ClickException(INVALID_USERNAME)
    if username_taken(username):
        raise click.ClickException(TAKEN)
    return username


def check_email(email):
    """Return email stripped, or stop when it is not a valid address."""
    email = strip(email)
    if email:
        try:
            validate_email(email, check_deliverability=False)
        except EmailNotValidError as error:
            raise click.ClickException(str(error)) from None
    return email


def superuser_password(no_input):
    """Return the password from FLASK_SUPERUSER_PASSWORD, else ask for it twice."""
    # Django's createsuperuser --noinput reads DJANGO_SUPERUSER_PASSWORD and,
    # without it, makes a superuser who cannot sign in; a clear error is more
    # useful here. Interactively Flask also takes the variable when it is set.
    password = os.environ.get("FLASK_SUPERUSER_PASSWORD")
    if password:
        return password
    if no_input:
        raise click.ClickException("Set FLASK_SUPERUSER_PASSWORD when using --noinput.")
    return click.prompt("Password", hide_input=True, confirmation_prompt=True)
