"""Count the SQL queries of each endpoint of the Django twin, in process.

python -m bench.queries_django PATHS_JSON, run with the app's environment and
django_app on PYTHONPATH: PATHS_JSON maps each label to a path; the answer is
a JSON object mapping each label to its number of queries, counted with
CaptureQueriesContext as assertNumQueries does. Twin: bench/queries_flask.py.
"""

from __future__ import annotations

import json
import os
import sys

import django

from bench.endpoints import DEMO_USER, SIGN_IN
from helpers.pages import csrf_token, soup
from profiles import PROFILES


def count_queries(paths: dict[str, str]) -> dict[str, int]:
    """Request each path once with django.test.Client; count its queries."""
    # Django's test tools can only be imported once django.setup() has run.
    from django.db import connection
    from django.test import Client
    from django.test.utils import CaptureQueriesContext

    # A host the app allows, and CSRF checked as it is for a real browser.
    client = Client(HTTP_HOST="127.0.0.1", enforce_csrf_checks=True)
    counts = {}
    for label, path in paths.items():
        if label == SIGN_IN:
            page = client.get(path)
            token = csrf_token(soup(page.content.decode()), PROFILES["django"])
            username, password = DEMO_USER
            data = {"username": username, "password": password}
            data["csrfmiddlewaretoken"] = token
            with CaptureQueriesContext(connection) as queries:
                response, expected = client.post(path, data), 302
        else:
            with CaptureQueriesContext(connection) as queries:
                response, expected = client.get(path), 200
        if response.status_code != expected:
            raise SystemExit(f"{label}: {response.status_code}, not {expected}")
        counts[label] = len(queries)
    return counts


if __name__ == "__main__":
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings")
    django.setup()
    print(json.dumps(count_queries(json.loads(sys.argv[1]))))
