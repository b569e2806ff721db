"""Writes by many clients at once, each answer kept for checking afterwards.

A Writer is one signed-in client with its CSRF token; its methods post the
note forms and log every answer as an Ack (what was asked, of which note,
with which title, and the status). After the run, `all_notes` reads every
note the API lists, so that each acknowledged write can be looked up.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from http import HTTPStatus
from typing import Any, ClassVar

import requests

from harness.target import Target
from helpers.client import post, session_token
from helpers.notes import (
    NEW_NOTE_PATH,
    NOTE_BODY,
    api_notes_page,
    note_id_from,
    note_path,
)


@dataclass(frozen=True)
class Ack:
    """One write and its answer: "create", "edit" or "delete" of a note."""

    ACTIONS: ClassVar[tuple[str, ...]] = ("create", "edit", "delete")

    action: str
    note_id: int | None  # None: a create that got no note
    title: str | None  # the title written (None for a delete)
    status: int

    @property
    def done(self) -> bool:
        """Whether the app acknowledged the write (post/redirect/get: 302)."""
        return self.status == HTTPStatus.FOUND


@dataclass
class Writer:
    """A signed-in client that writes notes and logs every answer."""

    session: requests.Session
    target: Target
    token: str = ""
    log: list[Ack] = field(default_factory=list)

    def __post_init__(self) -> None:
        self.token = session_token(self.session, self.target)

    def create(self, title: str) -> int | None:
        """Post the new-note form; the new note's id when acknowledged."""
        data = {"title": title, "body": NOTE_BODY}
        answer = post(self.session, self.target, NEW_NOTE_PATH, data, self.token)
        note_id = None
        if answer.status_code == HTTPStatus.FOUND:
            note_id = note_id_from(self.target, answer.headers["Location"])
        self.log.append(Ack("create", note_id, title, answer.status_code))
        return note_id

    def edit(self, note_id: int, title: str) -> None:
        """Post the edit form of a note with a new title."""
        data = {"title": title, "body": NOTE_BODY}
        path = note_path(note_id, "edit")
        answer = post(self.session, self.target, path, data, self.token)
        self.log.append(Ack("edit", note_id, title, answer.status_code))

    def delete(self, note_id: int) -> None:
        """Post the delete form of a note."""
        path = note_path(note_id, "delete")
        answer = post(self.session, self.target, path, {}, self.token)
        self.log.append(Ack("delete", note_id, None, answer.status_code))


def all_notes(target: Target) -> list[dict[str, Any]]:
    """Every note the API lists, walking all its pages."""
    notes: list[dict[str, Any]] = []
    page, pages = 1, 1
    while page <= pages:
        listing = api_notes_page(target, page)
        notes += listing["notes"]
        pages = int(listing["pages"])
        page += 1
    return notes
