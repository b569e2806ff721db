"""The accounts app. Twin: the "auth" blueprint in flask_app/auth.py."""

from django.apps import AppConfig


class AccountsConfig(AppConfig):
    """Register the accounts app: its URLs, views and templates."""

    default_auto_field = "django.db.models.BigAutoField"
    name = "accounts"
