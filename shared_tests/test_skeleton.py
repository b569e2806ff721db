"""One HTML skeleton for both apps: the same elements, ids and classes.

Only the template syntax differs (Jinja2 vs the Django template language), so
each page reduced to its element structure (layout.skeleton) must be the same
in both apps, the CSRF input aside (each framework's own markup).
"""

from __future__ import annotations

import difflib
import re
from http import HTTPStatus
from typing import Any

import pytest
import requests

from harness.target import Target
from helpers.client import new_session
from helpers.layout import skeleton
from helpers.notes import seeded_note
from helpers.pages import soup

NOTE_ID = re.compile(r"note-\d+")


def page_skeleton(client: requests.Session, target: Target, path: str) -> list[str]:
    resp = client.get(target.url(path), allow_redirects=False)
    assert resp.status_code == HTTPStatus.OK
    lines = skeleton(soup(resp), target.profile.csrf_field)
    # Note ids depend on how many notes each app has had created so far.
    return [NOTE_ID.sub("note-N", line) for line in lines]


@pytest.mark.parametrize("path", ["/", "/about/", "/contact/", "/notes/{id}/"])
def test_same_skeleton_as_the_twin(
    target: Target,
    twin: Target,
    client: requests.Session,
    demo_note: dict[str, Any],
    path: str,
) -> None:
    """The page has the same elements, ids and classes as the other app's page."""
    mine = path.format(id=demo_note["id"])
    theirs = path.format(id=seeded_note(twin)["id"])
    with new_session() as other:
        expected = page_skeleton(other, twin, theirs)
    actual = page_skeleton(client, target, mine)
    diff = difflib.unified_diff(expected, actual, twin.name, target.name, lineterm="")
    assert actual == expected, "\n".join(diff)
