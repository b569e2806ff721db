"""The accounts app. Twin: the "auth" blueprint in flask_app/auth.py."""

from django.apps import AppConfig


class AccountsConfig(AppConfig):
    default_auto_field = "django.db.models.BigAutoField"
    name = "accounts"
