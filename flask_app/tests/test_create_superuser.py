"""The create-superuser command.

Twin: django_app/accounts/tests/test_create_superuser.py.

Flask has no such command: flask_app/accounts/cli.py writes it with click,
with the options of Django's built-in createsuperuser.
"""

import pytest

from flask_app.accounts.models import User
from flask_app.accounts.validators import (
    INVALID_USERNAME,
    PASSWORD_NUMERIC,
    PASSWORD_TOO_SHORT,
)
from flask_app.extensions import db

from .helpers import count_rows, make_user

TAKEN = "Error: That username is already taken."


def create_superuser(app, *args, **kwargs):
    """Run `flask create-superuser ARGS` and return click's result."""
    return app.test_cli_runner().invoke(args=["create-superuser", *args], **kwargs)


@pytest.fixture
def with_password(monkeypatch):
    """FLASK_SUPERUSER_PASSWORD set to a valid password."""
    monkeypatch.setenv("FLASK_SUPERUSER_PASSWORD", "super-pass-1")


def noinput(app, username, email="root@example.com"):
    """Run create-superuser --noinput for username and email."""
    return create_superuser(app, "--noinput", "--username", username, "--email", email)


def test_create_superuser_noinput_reads_the_environment(app, with_password):
    """The new superuser is staff, with a hashed password that signs in."""
    result = noinput(app, "root")
    assert (result.exit_code, result.output) == (0, "Superuser created successfully.\n")
    root = db.session.scalars(db.select(User)).one()
    assert (root.username, root.email, root.is_staff, root.is_superuser) == (
        "root", "root@example.com", True, True,
    )  # fmt: skip
    assert "super-pass-1" not in root.password_hash
    client = app.test_client()
    data = {"username": "root", "password": "super-pass-1"}
    assert client.post("/accounts/login/", data=data).status_code == 302
    assert client.get("/admin/").status_code == 200


def test_create_superuser_prompts_for_the_password(app, monkeypatch):
    """Without the variable, the password is asked for twice and hashed."""
    monkeypatch.delenv("FLASK_SUPERUSER_PASSWORD", raising=False)
    result = create_superuser(
        app, "--username", "root", "--email", "", input="typed-pass-1\ntyped-pass-1\n"
    )
    assert result.exit_code == 0, result.output
    assert db.session.scalars(db.select(User)).one().check_password("typed-pass-1")


def test_create_superuser_refuses_a_taken_name(app, with_password):
    """A name already taken: one line, exit status 1, nobody new."""
    make_user("alice")
    result = noinput(app, "alice")
    assert (result.exit_code, result.output) == (1, TAKEN + "\n")
    assert count_rows(User) == 1


@pytest.mark.parametrize("username", ["ALICE", "ａｌｉｃｅ"])
def test_create_superuser_refuses_a_name_taken_in_another_case(
    app, with_password, username
):
    """A name taken in another case or width: the same error, nobody new."""
    make_user("alice")
    result = noinput(app, username)
    assert (result.exit_code, result.output) == (1, TAKEN + "\n")
    assert count_rows(User) == 1


@pytest.mark.parametrize(
    ("option", "value", "error"),
    [("--username", "bad name", INVALID_USERNAME),
     ("--email", "not-an-email", "An email address must have an @-sign.")],
)  # fmt: skip
def test_create_superuser_refuses_bad_input(app, with_password, option, value, error):
    """An invalid username or email: the error, exit status 1, nobody created."""
    args = {"--username": "root", "--email": "root@example.com", option: value}
    result = create_superuser(
        app, "--noinput", *[part for pair in args.items() for part in pair]
    )
    assert result.exit_code == 1 and error in result.output
    assert count_rows(User) == 0


@pytest.mark.parametrize(
    ("password", "error"),
    [("short", PASSWORD_TOO_SHORT), ("123456789", PASSWORD_NUMERIC)],
)
def test_create_superuser_noinput_password_rules(app, monkeypatch, password, error):
    """The variable's password must follow the rules, --noinput or not."""
    monkeypatch.setenv("FLASK_SUPERUSER_PASSWORD", password)
    result = noinput(app, "root")
    assert (result.exit_code, result.output) == (1, f"Error: {error}\n")
    assert count_rows(User) == 0


def test_create_superuser_noinput_without_username(app, with_password):
    """--noinput without --username: one line, exit status 1."""
    result = create_superuser(app, "--noinput", "--email", "root@example.com")
    assert (result.exit_code, result.output) == (
        1,
        "Error: You must use --username with --noinput.\n",
    )


def test_create_superuser_noinput_without_password(app, monkeypatch):
    """--noinput without the variable is refused: no user without a password."""
    monkeypatch.delenv("FLASK_SUPERUSER_PASSWORD", raising=False)
    result = noinput(app, "root")
    assert (result.exit_code, result.output) == (
        1,
        "Error: Set FLASK_SUPERUSER_PASSWORD when using --noinput.\n",
    )
    assert count_rows(User) == 0
