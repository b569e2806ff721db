"""The manage.py commands this app changes. Twin: flask_app/accounts/cli.py."""
