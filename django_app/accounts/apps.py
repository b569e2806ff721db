"""The accounts app. Twin: the blueprint in flask_app/accounts/__init__.py."""

from django.apps import AppConfig


class AccountsConfig(AppConfig):
    """Register the accounts app: its URLs, views and templates."""

    default_auto_field = "django.db.models.BigAutoField"
    name = "accounts"
