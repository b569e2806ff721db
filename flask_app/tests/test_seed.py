"""The seed command. Twin: django_app/notes/tests/test_seed.py."""

from flask_app.accounts.models import User
from flask_app.extensions import db
from flask_app.notes.cli import CREATED, NOTHING_TO_DO
from flask_app.notes.models import ContactMessage, Note
from flask_app.notes.permissions import is_moderator

from .helpers import count_rows, make_user


def seed(app):
    """Run `flask seed` and return what it printed."""
    result = app.test_cli_runner().invoke(args=["seed"])
    assert result.exit_code == 0, result.output
    return result.output


def snapshot():
    """Return every row the seed writes, as comparable tuples."""
    db.session.expire_all()
    users = db.session.scalars(db.select(User).order_by(User.id))
    notes = db.session.scalars(db.select(Note).order_by(Note.id))
    messages = db.session.scalars(db.select(ContactMessage).order_by(ContactMessage.id))
    return (
        [(u.id, u.username, u.password_hash, u.session_token) for u in users],
        [(n.id, n.title, n.author_id, n.created_at, n.updated_at) for n in notes],
        [(m.id, m.name, m.email, m.created_at) for m in messages],
    )


def test_seed_creates_the_demo_data(app):
    """Seed creates four users, twelve notes by alice and bob, two messages."""
    assert seed(app) == CREATED + "\n"
    assert sorted(db.session.scalars(db.select(User.username))) == [
        "admin", "alice", "bob", "moderator",
    ]  # fmt: skip
    newest = db.session.scalars(
        db.select(Note).order_by(Note.created_at.desc())
    ).first()
    assert (newest.title, newest.author.username) == ("Demo note 12", "bob")
    assert newest.created_at.isoformat() == "2026-11-01T20:00:00"
    assert newest.updated_at == newest.created_at
    assert count_rows(Note) == 12
    messages = db.session.scalars(db.select(ContactMessage).order_by("created_at"))
    assert [(m.name, m.created_at.isoformat()) for m in messages] == [
        ("Carol", "2026-11-01T21:00:00"),
        ("Dave", "2026-11-01T22:00:00"),
    ]


def test_seed_accounts_sign_in_with_the_demo_password(app):
    """Every account signs in; admin is staff, moderator may delete any note."""
    seed(app)
    users = {}
    for name in ["admin", "moderator", "alice", "bob"]:
        client = app.test_client()
        data = {"username": name, "password": "demo-pass-123"}
        assert client.post("/accounts/login/", data=data).status_code == 302, name
        assert client.get("/api/whoami/").json["username"] == name
        users[name] = db.session.scalars(db.select(User).filter_by(username=name)).one()
    assert users["admin"].is_staff and users["admin"].is_superuser
    assert is_moderator(users["moderator"]) and not users["moderator"].is_staff
    assert not is_moderator(users["alice"])


def test_seed_twice_changes_nothing(app):
    """Running seed twice leaves the data as the first run made it."""
    seed(app)
    before = snapshot()
    assert seed(app) == NOTHING_TO_DO + "\n"
    assert snapshot() == before


def test_seed_leaves_a_database_with_users_alone(app):
    """A database that has any user gets no demo data at all."""
    make_user("someone")
    assert seed(app) == NOTHING_TO_DO + "\n"
    assert (count_rows(User), count_rows(Note), count_rows(ContactMessage)) == (1, 0, 0)
