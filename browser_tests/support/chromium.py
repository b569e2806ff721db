"""Finding the system's Chromium and launching it headless with Playwright.

Playwright cannot download its own browser build everywhere (not on machines
that reach only package registries), so the suite drives the Chromium that the
system's package manager installed: the path in $CHROMIUM, or the first of the
usual names on PATH.
"""

from __future__ import annotations

import os
import shutil

from playwright.sync_api import Browser, Playwright

ENV_VARIABLE = "CHROMIUM"
NAMES = ("chromium", "chromium-browser", "google-chrome", "google-chrome-stable")
# Running as root (in CI) needs --no-sandbox; the rest keep a headless run
# quiet and quick: no GPU, no update checks, no sync, no first-run dialogs.
LAUNCH_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
HOW_TO_GET_ONE = (
    "No Chromium found: install one (Debian/Ubuntu: `sudo apt-get install "
    f"chromium`) or set {ENV_VARIABLE}=/path/to/chromium."
)


def find_chromium() -> str | None:
    """The path of the Chromium to drive, or None when there is none."""
    configured = os.environ.get(ENV_VARIABLE)
    if configured:
        return shutil.which(configured)
    for name in NAMES:
        found = shutil.which(name)
        if found:
            return found
    return None


def launch(playwright: Playwright, executable: str) -> Browser:
    """Start the system's Chromium headless."""
    return playwright.chromium.launch(
        executable_path=executable, headless=True, args=LAUNCH_ARGS
    )
