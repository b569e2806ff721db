"""The notes app: pages, API, admin, seed. Twin: flask_app/notes/."""
