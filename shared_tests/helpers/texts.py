"""The forms' error texts: the one both frameworks share, the rest per profile.

WTForms and Django word their errors differently (profiles.Texts); only the
text for a missing value is the same in both.
"""

from __future__ import annotations

from collections.abc import Callable

from harness.profile_types import Texts

REQUIRED = "This field is required."

# An expected error, read from the app's texts when the test runs.
Error = Callable[[Texts], str]


def required(texts: Texts) -> str:
    """The error for a missing value (the same in both apps)."""
    return REQUIRED


def invalid_email(texts: Texts) -> str:
    """The error for an address the validator refuses."""
    return texts.invalid_email


def too_long(limit: int, length: int) -> Error:
    """The error for a value of `length` characters over a limit of `limit`."""
    return lambda texts: texts.too_long.format(limit=limit, length=length)
