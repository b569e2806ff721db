"""Pages in a given state: who looks, and which form was sent with what first.

The axe tests and the screenshots open the same pages the same way. A path may
name places that differ between the apps or the runs: the admin's pages (from
the profile) and {note}, the seeded "Demo note 5" by alice.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from http import HTTPStatus

from playwright.sync_api import Page, expect

from browser_tests.support.actions import submit
from harness.target import Target
from helpers.admin_forms import ADMIN_INDEX
from helpers.notes import seeded_note


@dataclass(frozen=True)
class Visit:
    """A page as someone sees it, maybe after sending its form once."""

    path: str  # format fields: see places()
    user: str | None = None  # None: signed out
    form: str | None = None  # CSS selector of the form to send first
    values: Mapping[str, str] = field(default_factory=dict)  # typed into it
    shows: str | None = None  # a selector the page must match; format as path


_note_ids: dict[str, str] = {}  # base URL -> the seeded note's id


def seeded_note_id(app: Target) -> str:
    """The id of the seeded note (asked from the API once per app)."""
    if app.base_url not in _note_ids:
        _note_ids[app.base_url] = str(seeded_note(app)["id"])
    return _note_ids[app.base_url]


def places(app: Target) -> dict[str, str]:
    """What a Visit's path may name, for this app."""
    admin = app.profile.admin
    note = seeded_note_id(app)
    return {
        "note": note,
        "admin_index": ADMIN_INDEX,
        "admin_note_list": admin.note_list,
        "admin_note_form": admin.note_change.format(id=note),
        "admin_user_list": admin.user_list,
    }


def open_visit(
    visit: Visit,
    app: Target,
    open_page: Callable[..., Page],
    page_as: Callable[..., Page],
) -> Page:
    """Open the page as the visit's user, send its form if any; the page."""
    # Each browser page starts a renderer process: open only the one needed.
    shown = open_page() if visit.user is None else page_as(visit.user)
    path = visit.path.format(**places(app))
    response = shown.goto(path)
    assert response is not None and response.status == HTTPStatus.OK, (
        f"GET {path}: {response.status if response else 'no response'}"
    )
    # goto follows redirects: a sign-in page instead of the page is a failure.
    assert shown.url == app.url(path), f"GET {path} ended at {shown.url}"
    if visit.form is not None:
        submit(shown, visit.form, visit.values)
    if visit.shows is not None:
        expect(shown.locator(visit.shows.format(**places(app))).first).to_be_visible()
    return shown
