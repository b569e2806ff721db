"""The rows of the large database, the same in both apps: 100 authors, 10,000 notes.

The seed writes 12 notes by alice and bob; these add 9,988 notes by 100 more
authors, newer than the demo notes, so that page 1 shows them. Loaded in bulk
through each app's ORM by bulk_flask.py and bulk_django.py.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime, timedelta

TOTAL_NOTES = 10_000
SEEDED_NOTES = 12  # by the apps' own seed command
AUTHORS = [f"reader{number:03}" for number in range(100)]
START = datetime(2026, 11, 2, 0, 0)  # after the newest demo note


def bench_notes() -> Iterator[dict[str, object]]:
    """Yield each note to add: title, body, author's username, created_at (UTC)."""
    for number in range(1, TOTAL_NOTES - SEEDED_NOTES + 1):
        yield {
            "title": f"Bench note {number}",
            "body": (f"This is bench note number {number}. " * 6).strip(),
            "author": AUTHORS[number % len(AUTHORS)],
            "created_at": START + timedelta(minutes=number),
        }
