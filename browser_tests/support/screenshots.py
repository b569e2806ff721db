"""Paired screenshots: build/screenshots/ on every run, a few in docs/screenshots/.

Each screenshot is named after the app and the page (`flask-home.png`,
`django-home.png`), so the pairs sort together. `--update-screenshots` copies
the committed set (COMMITTED) to docs/screenshots/, where the README shows
them side by side.
"""

from __future__ import annotations

import shutil
import struct
from pathlib import Path

from playwright.sync_api import Page

from harness.processes import REPO_ROOT

BUILD_DIR = REPO_ROOT / "build" / "screenshots"
DOCS_DIR = REPO_ROOT / "docs" / "screenshots"
COMMITTED = ("home", "note-form-errors", "admin-note-list")
PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"


def file_name(app: str, name: str) -> str:
    """The file name of one app's screenshot of a page."""
    return f"{app}-{name}.png"


def take(page: Page, app: str, name: str, update: bool = False) -> Path:
    """Save the viewport to build/screenshots/ (and to docs/ when updating)."""
    BUILD_DIR.mkdir(parents=True, exist_ok=True)
    path = BUILD_DIR / file_name(app, name)
    # The viewport only: a long page would make a huge image.
    page.screenshot(path=path, animations="disabled", caret="hide")
    if update and name in COMMITTED:
        DOCS_DIR.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(path, DOCS_DIR / path.name)
    return path


def png_size(path: Path) -> tuple[int, int]:
    """The width and height of a PNG file, read from its header."""
    header = path.read_bytes()[:24]
    assert header.startswith(PNG_SIGNATURE), f"{path} is not a PNG file"
    width, height = struct.unpack(">II", header[16:24])
    return width, height
