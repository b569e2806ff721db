"""Management commands of the accounts app. Twin: flask_app/accounts/cli.py."""
