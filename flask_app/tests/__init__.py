"""The Flask app's own tests.

Twin: django_app/notes/tests/ and django_app/accounts/tests/, the same file names.
"""
