"""The notes app. Twin: the blueprint in flask_app/notes/__init__.py."""

from django.apps import AppConfig


class NotesConfig(AppConfig):
    """Register the notes app: models, pages, API, admin and seed."""

    default_auto_field = "django.db.models.BigAutoField"
    name = "notes"
