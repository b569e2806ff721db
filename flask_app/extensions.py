"""Flask extensions. Twin: INSTALLED_APPS in django_app/config/settings.py.

Django ships an ORM, migrations, CSRF protection and sign-in; Flask gets each one
from an extension, created here unbound and attached to the app in create_app().
"""

import sqlite3
from datetime import datetime, timezone
from pathlib import Path

from flask_login import LoginManager
from flask_sqlalchemy import SQLAlchemy
from flask_wtf.csrf import CSRFProtect
from sqlalchemy import MetaData, event
from sqlalchemy.engine import Engine

# Named constraints let Alembic find them again when batch mode rebuilds a SQLite
# table; Django names its constraints itself.
db = SQLAlchemy(
    metadata=MetaData(
        naming_convention={
            "ix": "ix_%(column_0_label)s",
            "uq": "uq_%(table_name)s_%(column_0_name)s",
            "ck": "ck_%(table_name)s_%(constraint_name)s",
            "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
            "pk": "pk_%(table_name)s",
        }
    )
)

# Django's CsrfViewMiddleware protects every POST; Flask-WTF's CSRFProtect does the
# same app-wide, so forms outside FlaskForm (logout, delete, the admin) are covered.
csrf = CSRFProtect()

# Flask-Login flashes "Please log in to access this page." on every redirect to
# the sign-in page; Django's LoginRequiredMixin says nothing. Each keeps its own.
login_manager = LoginManager()
login_manager.login_view = "accounts.login"


@event.listens_for(Engine, "connect")
def enable_sqlite_foreign_keys(dbapi_connection, connection_record):
    """Enforce foreign keys on every new SQLite connection."""
    # Parity: Django's SQLite backend turns foreign keys on; SQLite and SQLAlchemy
    # leave them off, and then ON DELETE CASCADE would do nothing outside the ORM.
    if isinstance(dbapi_connection, sqlite3.Connection):
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.close()


def utcnow():
    """Return the current UTC time as a naive datetime (the models' default)."""
    # Datetimes are stored naive and always in UTC: SQLite has no time zone type,
    # and Django's USE_TZ does this conversion for its twin.
    return datetime.now(timezone.utc).replace(tzinfo=None)


def init_migrations(app):
    """Give app the `flask db` commands: Flask-Migrate, with Alembic behind it."""
    # Imported here rather than at the top: Flask-Migrate brings Alembic and
    # Mako, 11 MB and 150 modules that only the command line uses, and wsgi.py
    # leaves them out of the web workers. Django's migrate is a management
    # command, loaded only when it runs.
    from flask_migrate import Migrate

    # The migrations live inside the app folder, not in the directory the
    # command runs from. Batch mode lets Alembic change SQLite tables by copying
    # them, because SQLite's ALTER TABLE cannot change a column.
    migrations = Path(__file__).parent / "migrations"
    Migrate(app, db, directory=str(migrations), render_as_batch=True)
