"""WSGI entry point (gunicorn flask_app.wsgi:app). Twin: django_app/config/wsgi.py."""

from . import create_app

app = create_app()
