"""The manage.py commands this app adds. Twin: flask_app/notes/cli.py."""
