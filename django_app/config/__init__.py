"""The Django project package. Twin: flask_app/__init__.py."""
