"""WSGI entry point (gunicorn flask_app.wsgi:app). Twin: django_app/config/wsgi.py."""

from . import create_app

# A web worker runs no migrations: without the `flask db` commands it never
# imports Alembic and Mako.
app = create_app(migrations=False)
