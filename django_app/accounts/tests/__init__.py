"""Tests of the accounts app. Twin: flask_app/tests/, the same file names."""
