"""Date filters and the excerpt in templates.

Twin: django_app/notes/tests/test_filters.py.
"""

from datetime import datetime

from flask import render_template_string

from flask_app.notes.filters import human_datetime, iso_utc
from flask_app.notes.models import Note

WHEN = datetime(2026, 11, 1, 9, 5, 7, 123456)


def test_iso_utc_has_second_precision_and_z():
    """A stored (naive UTC) time is written as ISO 8601 to the second, with Z."""
    assert iso_utc(WHEN) == "2026-11-01T09:05:07Z"


def test_human_datetime():
    """People read the day without a leading zero, the month's name and the time."""
    assert human_datetime(WHEN) == "1 Nov 2026, 09:05"


def test_filters_and_excerpt_in_a_template(app):
    """Templates use the filters by name and call note.excerpt(n) with its argument."""
    # Jinja calls a method with an argument; Django's templates need a filter.
    note = Note(body="The quick brown fox jumps", created_at=WHEN)
    template = "{{ note.created_at|iso_utc }} {{ note.excerpt(12) }}"
    with app.app_context():
        assert render_template_string(template, note=note) == (
            "2026-11-01T09:05:07Z The quick…"
        )
