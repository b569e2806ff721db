"""The manage.py commands this app adds. Twin: flask_app/cli.py."""
