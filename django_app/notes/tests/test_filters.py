"""Date filters and the excerpt in templates. Twin: flask_app/tests/test_filters.py."""

from datetime import datetime, timedelta, timezone

from django.template import Context, Template
from django.test import SimpleTestCase

from notes.models import Note
from notes.templatetags.notes_extras import human_datetime, iso_utc

WHEN = datetime(2026, 11, 1, 9, 5, 7, 123456, tzinfo=timezone.utc)


class FilterTests(SimpleTestCase):
    def test_iso_utc_has_second_precision_and_z(self):
        """An aware time is written in UTC as ISO 8601 to the second, with Z."""
        self.assertEqual(iso_utc(WHEN), "2026-11-01T09:05:07Z")
        paris = WHEN.astimezone(timezone(timedelta(hours=1)))
        self.assertEqual(iso_utc(paris), "2026-11-01T09:05:07Z")

    def test_human_datetime(self):
        """People read the day, the month's name, the year and the time in UTC."""
        self.assertEqual(human_datetime(WHEN), "1 Nov 2026, 09:05")
        paris = WHEN.astimezone(timezone(timedelta(hours=1)))
        self.assertEqual(human_datetime(paris), "1 Nov 2026, 09:05")

    def test_filters_and_excerpt_in_a_template(self):
        """Templates load the filters; {{ note|excerpt:n }} calls note.excerpt(n)."""
        # The template language cannot call a method with an argument; Jinja can.
        note = Note(body="The quick brown fox jumps", created_at=WHEN)
        template = Template(
            "{% load notes_extras %}{{ note.created_at|iso_utc }} {{ note|excerpt:12 }}"
        )
        self.assertEqual(
            template.render(Context({"note": note})), "2026-11-01T09:05:07Z The quick…"
        )
