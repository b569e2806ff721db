"""Load the large database's rows into the Django twin (python -m bench.bulk_django).

Run with the app's environment (DATABASE_URL, and django_app on PYTHONPATH)
after `migrate` and `seed`. Twin: bench/bulk_flask.py, which loads the same rows.
"""

from __future__ import annotations

import os
from datetime import timezone

import django
from django.db import transaction
from django.db.models import F

from bench.rows import AUTHORS, bench_notes


def load() -> None:
    """Insert the authors, then the notes, in one transaction."""
    # Models can only be imported once django.setup() has run.
    from django.contrib.auth.hashers import make_password
    from django.contrib.auth.models import User

    from notes.models import Note

    unusable = make_password(None)  # these accounts cannot sign in
    with transaction.atomic():
        User.objects.bulk_create(
            User(username=name, email=f"{name}@example.com", password=unusable)
            for name in AUTHORS
        )
        ids = dict(
            User.objects.filter(username__in=AUTHORS).values_list("username", "id")
        )
        Note.objects.bulk_create(
            (
                Note(
                    title=note["title"],
                    body=note["body"],
                    author_id=ids[note["author"]],
                    created_at=note["created_at"].replace(tzinfo=timezone.utc),
                )
                for note in bench_notes()
            ),
            batch_size=1000,
        )
        # auto_now stamps bulk_create's rows with the time of loading; the
        # Flask twin's rows carry their creation time, and so do these.
        Note.objects.filter(author_id__in=ids.values()).update(
            updated_at=F("created_at")
        )


if __name__ == "__main__":
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings")
    django.setup()
    load()
