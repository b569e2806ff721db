"""Requests of the authorization matrix: one role's request to one route.

test_permissions.py takes MATRIX's cells kind by kind (`cells`) and makes
each request with `make_request`, which writes the case's own note first.
"""

from __future__ import annotations

from dataclasses import dataclass

import pytest
import requests

from harness.target import Target
from helpers.client import get, param_id, post, session_token, unique
from helpers.matrix import MATRIX, ROLES, ROUTES, Answer, become
from helpers.notes import alices_note, api_note


def cells(kind: Answer) -> list[pytest.param]:
    """The (route, role) cases of MATRIX whose answer is of this kind."""
    return [
        pytest.param(route, role, id=param_id(f"{route} as {role}"))
        for route, row in MATRIX.items()
        for role, answer in zip(ROLES, row, strict=True)
        if answer is kind
    ]


@dataclass
class Case:
    """One request made as one role: what was sent, and what came back."""

    title: str  # the title of the case's own note, before the request
    note_id: int
    path: str
    data: dict[str, str]
    response: requests.Response


def make_request(
    client: requests.Session, target: Target, route_name: str, role_name: str
) -> Case:
    """Write a note as alice, become the role and make the route's request."""
    route, role = ROUTES[route_name], ROLES[role_name]
    marker = unique("")
    title = f"Matrix {marker}"
    note_id = alices_note(target, title)
    become(client, target, role, fresh=route.ends_session)
    path = route.path.format(id=note_id)
    data = {name: value.format(m=marker) for name, value in (route.form or {}).items()}
    if route.method == "GET":
        response = get(client, target, path)
    else:
        response = post(client, target, path, data, session_token(client, target))
    return Case(title, note_id, path, data, response)


def note_title(target: Target, case: Case) -> str | None:
    """The case's note title as the API shows it afterwards, or None if gone."""
    note = api_note(target, case.note_id)
    return None if note is None else str(note["title"])
