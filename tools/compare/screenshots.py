"""The committed screenshots of both apps that belong to a concern, if any.

The browser suite commits a few pairs to docs/screenshots/, named after the
app and the page (`flask-home.png`, `django-home.png`); `tox -e browser --
--update-screenshots` refreshes them. A concern shows the pages that show
its work; a missing file is left out, and the site builds without any.
"""

from __future__ import annotations

import struct
from dataclasses import dataclass
from pathlib import Path

from tools.twins import APPS, ROOT

FOLDER = ROOT / "docs" / "screenshots"
# Each committed page, and what it shows.
PAGES = {
    "home": "the home page",
    "note-form-errors": "the new-note form sent empty, with its errors",
    "admin-note-list": "the admin's list of notes",
}
BY_CONCERN = {
    "base-template": ["home"],
    "page-templates": ["home", "note-form-errors"],
    "field-markup": ["note-form-errors"],
    "forms": ["note-form-errors"],
    "notes-admin": ["admin-note-list"],
}


@dataclass(frozen=True)
class Screenshot:
    """One app's picture of a page."""

    app: str
    page: str
    path: Path

    @property
    def name(self) -> str:
        """The file's name, the same in docs/screenshots/ and in the site."""
        return self.path.name

    @property
    def size(self) -> tuple[int, int]:
        """The picture's width and height, from the PNG header."""
        width, height = struct.unpack(">II", self.path.read_bytes()[16:24])
        return width, height

    @property
    def caption(self) -> str:
        """What the picture shows, for its caption and its alt text."""
        return f"{APPS[self.app]}: {PAGES[self.page]}"


def screenshots(concern_id: str, folder: Path = FOLDER) -> list[list[Screenshot]]:
    """For each page of the concern, the apps' screenshots that exist."""
    found = []
    for page in BY_CONCERN.get(concern_id, []):
        shots = [
            Screenshot(app, page, folder / f"{app}-{page}.png")
            for app in APPS
            if (folder / f"{app}-{page}.png").is_file()
        ]
        if shots:
            found.append(shots)
    return found
