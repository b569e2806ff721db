"""Tests of the notes app. Twin: flask_app/tests/, the same file names."""
