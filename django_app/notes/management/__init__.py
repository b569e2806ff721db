"""Management commands of the notes app. Twin: flask_app/notes/cli.py."""
