"""The seed and create-superuser commands. Twin: django_app/notes/tests/test_seed.py."""

import pytest

from flask_app.extensions import db
from flask_app.models import ContactMessage, Note, User

from .conftest import log_in, make_user


def snapshot():
    """Return every row the seed writes, as comparable tuples."""
    db.session.expire_all()
    users = db.session.scalars(db.select(User).order_by(User.id))
    notes = db.session.scalars(db.select(Note).order_by(Note.id))
    messages = db.session.scalars(db.select(ContactMessage).order_by(ContactMessage.id))
    return (
        [(u.id, u.username, u.password_hash, u.is_staff, u.is_superuser, u.is_moderator)
         for u in users],
        [(n.id, n.title, n.author.username, n.created_at, n.updated_at) for n in notes],
        [(m.id, m.name, m.email, m.created_at) for m in messages],
    )  # fmt: skip


def test_seed_creates_the_demo_data(app):
    """seed creates the four accounts, 12 notes by alice and bob, 2 messages."""
    result = app.test_cli_runner().invoke(args=["seed"])
    assert result.exit_code == 0, result.output
    users, notes, messages = snapshot()
    roles = {u[1]: u[3:] for u in users}
    assert roles == {
        "admin": (True, True, False),
        "moderator": (False, False, True),
        "alice": (False, False, False),
        "bob": (False, False, False),
    }
    assert len(notes) == 12 and {n[2] for n in notes} == {"alice", "bob"}
    assert notes[0][1:] == ("Demo note 1", "alice", notes[0][3], notes[0][3])
    assert notes[0][3].isoformat() == "2026-11-01T09:00:00"
    assert [(m[1], m[3].isoformat()) for m in messages] == [
        ("Carol", "2026-11-01T21:00:00"),  # The Django twin's times.
        ("Dave", "2026-11-01T22:00:00"),
    ]
    assert "Created 12 notes." in result.output


def test_seed_accounts_sign_in_with_the_demo_password(app, client):
    """The seeded accounts sign in with demo-pass-123."""
    app.test_cli_runner().invoke(args=["seed"])
    assert log_in(client, "alice").status_code == 302
    assert client.get("/api/whoami/").json["username"] == "alice"


def test_seed_twice_changes_nothing(app):
    """A second seed finds everything in place and changes no row."""
    runner = app.test_cli_runner()
    runner.invoke(args=["seed"])
    before = snapshot()
    result = runner.invoke(args=["seed"])
    assert result.exit_code == 0
    assert "Nothing to do" in result.output
    assert snapshot() == before


def create_superuser(app, monkeypatch, password="super-pass-1", **options):
    monkeypatch.setenv("FLASK_SUPERUSER_PASSWORD", password)
    args = ["create-superuser", "--username", "root", "--email", "root@example.com"]
    for name, value in options.items():
        args[args.index(f"--{name}") + 1] = value
    return app.test_cli_runner().invoke(args=args)


def test_create_superuser_from_the_environment(app, client, monkeypatch):
    """The new superuser is staff, hashed, and signs in over HTTP."""
    result = create_superuser(app, monkeypatch)
    assert result.exit_code == 0, result.output
    assert "Superuser created successfully." in result.output
    user = db.session.scalars(db.select(User).filter_by(username="root")).one()
    assert user.is_staff and user.is_superuser and user.email == "root@example.com"
    assert "super-pass-1" not in user.password_hash
    assert log_in(client, "root", "super-pass-1").status_code == 302
    assert client.get("/admin/").status_code == 200


def test_create_superuser_prompts_for_the_password(app, monkeypatch):
    """Without the variable, the password is asked for twice."""
    monkeypatch.delenv("FLASK_SUPERUSER_PASSWORD", raising=False)
    result = app.test_cli_runner().invoke(
        args=["create-superuser", "--username", "root", "--email", ""],
        input="typed-pass-1\ntyped-pass-1\n",
    )
    assert result.exit_code == 0, result.output
    user = db.session.scalars(db.select(User).filter_by(username="root")).one()
    assert user.check_password("typed-pass-1")


@pytest.mark.parametrize(
    ("options", "message"),
    [
        ({"password": "short"}, "This password is too short"),
        ({"password": "123456789"}, "This password is entirely numeric"),
        ({"username": "alice"}, "That username is already taken."),
        ({"username": "bad name"}, "Enter a valid username."),
        ({"email": "not-an-email"}, "Enter a valid email address."),
    ],
    ids=["short", "numeric", "duplicate", "bad-username", "bad-email"],
)
def test_create_superuser_refuses_bad_input(app, monkeypatch, options, message):
    """Bad input: exit status 1, a clear error, and no new user."""
    make_user("alice", password="")
    result = create_superuser(app, monkeypatch, **options)
    assert result.exit_code == 1
    assert message in result.output
    assert db.session.scalar(db.select(db.func.count()).select_from(User)) == 1


def test_create_superuser_normalises_the_username(app, monkeypatch):
    """A full-width look-alike of a taken name is refused after NFKC."""
    make_user("alice", password="")
    result = create_superuser(app, monkeypatch, username="ａｌｉｃｅ")
    assert result.exit_code == 1 and "already taken" in result.output


def test_create_superuser_noinput_reads_the_environment(app, monkeypatch):
    """--noinput (Django's option) asks nothing and takes the variable's password."""
    monkeypatch.setenv("FLASK_SUPERUSER_PASSWORD", "super-pass-1")
    result = app.test_cli_runner().invoke(
        args=["create-superuser", "--noinput", "--username", "root"]
    )
    assert result.exit_code == 0, result.output
    user = db.session.scalars(db.select(User).filter_by(username="root")).one()
    assert user.check_password("super-pass-1") and user.email == ""


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--username", "root"], "Error: Set FLASK_SUPERUSER_PASSWORD"),
        (["--email", "r@example.com"], "Error: You must use --username"),
    ],
    ids=["no-password", "no-username"],
)
def test_create_superuser_noinput_fails_clearly(app, monkeypatch, args, message):
    """--noinput without what it needs: one line, exit status 1, nobody created."""
    monkeypatch.delenv("FLASK_SUPERUSER_PASSWORD", raising=False)
    result = app.test_cli_runner().invoke(
        args=["create-superuser", "--noinput", *args], input="typed-pass-1\n" * 4
    )
    assert result.exit_code == 1
    assert result.output.startswith(message) and result.output.count("\n") == 1
    assert db.session.scalar(db.select(db.func.count()).select_from(User)) == 0
