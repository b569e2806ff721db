"""Count the SQL queries of each endpoint of the Flask twin, in process.

python -m bench.queries_flask PATHS_JSON, run with the app's environment:
PATHS_JSON maps each label to a path; the answer is a JSON object mapping
each label to its number of queries. SQLAlchemy's before_cursor_execute event
sees every statement, as in flask_app/tests/. Twin: bench/queries_django.py.
"""

from __future__ import annotations

import json
import sys

from sqlalchemy import event

from bench.endpoints import DEMO_USER, SIGN_IN
from flask_app import create_app
from flask_app.extensions import db
from helpers.pages import csrf_token, soup
from profiles import PROFILES


def count_queries(paths: dict[str, str]) -> dict[str, int]:
    """Request each path once with app.test_client(); count its statements."""
    app = create_app()
    statements: list[str] = []
    with app.app_context():
        event.listen(
            db.engine,
            "before_cursor_execute",
            lambda conn, cursor, statement, *args: statements.append(statement),
        )
    client = app.test_client()
    counts = {}
    for label, path in paths.items():
        if label == SIGN_IN:
            page = client.get(path)
            token = csrf_token(soup(page.get_data(as_text=True)), PROFILES["flask"])
            username, password = DEMO_USER
            data = {"username": username, "password": password, "csrf_token": token}
            statements.clear()
            response, expected = client.post(path, data=data), 302
        else:
            statements.clear()
            response, expected = client.get(path), 200
        if response.status_code != expected:
            raise SystemExit(f"{label}: {response.status_code}, not {expected}")
        counts[label] = len(statements)
    return counts


if __name__ == "__main__":
    print(json.dumps(count_queries(json.loads(sys.argv[1]))))
