"""The Alembic migrations agree with the models.

Twin: django_app/notes/migrations/, which tox checks with `manage.py makemigrations
--check --dry-run`; Django needs no test file of its own for that.
"""

from flask_migrate import downgrade, upgrade
from sqlalchemy import inspect, text

from flask_app.extensions import db

from .conftest import make_app

INITIAL = "1afd3c6ecb22"  # the revision before Note.updated_at


def test_upgrade_builds_the_models_schema_and_check_finds_nothing(tmp_path):
    """db upgrade on an empty database, then db check: no difference left."""
    app = make_app(tmp_path, create_tables=False)
    runner = app.test_cli_runner()
    assert runner.invoke(args=["db", "upgrade"]).exit_code == 0
    result = runner.invoke(args=["db", "check"])
    assert result.exit_code == 0, result.output


def test_check_fails_when_a_model_change_has_no_migration(tmp_path):
    """db check exits non-zero when the database lacks a column the models have."""
    app = make_app(tmp_path, create_tables=False)
    with app.app_context():
        upgrade(revision=INITIAL)
    assert app.test_cli_runner().invoke(args=["db", "check"]).exit_code != 0


def test_updated_at_migration_backfills_existing_notes(tmp_path):
    """Notes that exist before the second migration get updated_at = created_at."""
    app = make_app(tmp_path, create_tables=False)
    with app.app_context():
        upgrade(revision=INITIAL)
        assert "updated_at" not in {
            c["name"] for c in inspect(db.engine).get_columns("note")
        }
        db.session.execute(
            text(
                "INSERT INTO user (username, email, password_hash, is_active, is_staff,"
                " is_superuser, is_moderator, date_joined)"
                " VALUES ('old', '', '', 1, 0, 0, 0, '2026-01-01 00:00:00')"
            )
        )
        db.session.execute(
            text(
                "INSERT INTO note (title, body, author_id, created_at)"
                " VALUES ('Old', 'Body', 1, '2026-01-02 03:04:05')"
            )
        )
        db.session.commit()
        upgrade()
        columns = {c["name"]: c for c in inspect(db.engine).get_columns("note")}
        assert columns["updated_at"]["nullable"] is False
        row = db.session.execute(text("SELECT created_at, updated_at FROM note")).one()
        assert row.updated_at == row.created_at == "2026-01-02 03:04:05"
        downgrade(revision=INITIAL)
        assert "updated_at" not in {
            c["name"] for c in inspect(db.engine).get_columns("note")
        }
        assert db.session.execute(text("SELECT title FROM note")).scalar() == "Old"
