"""Template tag libraries of the notes app. Twin: flask_app/notes/filters.py."""
