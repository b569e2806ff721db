"""The rules both apps share for their forms: a verdict on each submission.

A verdict says what the shared rules alone decide: "valid" (both apps must
accept it), "invalid" (it breaks a rule both enforce, so neither may accept
it) or "unknown" (the apps may differ: Django's extra password validators,
the two email validators, a username someone may have taken in another case).
The values that probe these rules are drawn by helpers/form_values.py.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Mapping

VALID, INVALID, UNKNOWN = "valid", "invalid", "unknown"
USERNAME = re.compile(r"[\w.@+-]+")


def nfkc(value: str) -> str:
    """A username as both apps read it: stripped, then NFKC-normalised."""
    return unicodedata.normalize("NFKC", value.strip())


def text_verdict(value: str, limit: int) -> str:
    """Required, at most limit after stripping, no NUL: valid or invalid."""
    kept = value.strip()
    return VALID if 0 < len(kept) <= limit and "\x00" not in kept else INVALID


def username_verdict(value: str, fresh: bool) -> str:
    """A fresh name that fits is valid; an empty, long or odd one invalid."""
    name = nfkc(value)
    if not name or len(name) > 150 or "\x00" in name:
        return INVALID
    if not USERNAME.fullmatch(name):
        return INVALID  # both apps use this pattern (Unicode \w) after NFKC
    # A name of our own is free; any other may be taken already, in some case.
    return VALID if fresh else UNKNOWN


def password_verdict(password1: str, password2: str, strong: str) -> str:
    """The shared password rules: equal, at least 8, not all digits, no NUL."""
    if password1 != password2 or not password1 or "\x00" in password1:
        return INVALID
    if len(password1) < 8 or password1.isdigit():
        return INVALID
    return VALID if password1 == strong else UNKNOWN


def email_verdict(value: str) -> str:
    """Our example.com addresses are valid; blank, long, no @ or NUL invalid."""
    kept = value.strip()
    if not kept or len(kept) > 254 or "@" not in kept or "\x00" in kept:
        return INVALID
    return VALID if re.fullmatch(r"[a-z0-9]+@example\.com", kept) else UNKNOWN


def combined(verdicts: Mapping[str, str]) -> str:
    """One submission's verdict from its fields': any invalid field decides."""
    values = set(verdicts.values())
    if INVALID in values:
        return INVALID
    return UNKNOWN if UNKNOWN in values else VALID


def note_verdicts(fields: Mapping[str, str]) -> dict[str, str]:
    """The verdict on each field of a note form."""
    return {
        "title": text_verdict(fields["title"], 100),
        "body": text_verdict(fields["body"], 5000),
    }


def contact_verdicts(fields: Mapping[str, str]) -> dict[str, str]:
    """The verdict on each field of a contact form."""
    return {
        "name": text_verdict(fields["name"], 100),
        "email": email_verdict(fields["email"]),
        "message": text_verdict(fields["message"], 2000),
    }
