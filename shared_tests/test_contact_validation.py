"""Invalid contact forms: each broken rule next to its field, values kept, no store.

Required fields (blank counts as empty: both apps strip first), at most 100
characters for the name and 2000 for the message, a valid email address of at
most 254 characters. Each app words its errors its own way (profiles.Texts);
the texts for an over-long value and a bad address are recorded.
"""

from __future__ import annotations

from http import HTTPStatus

import pytest
import requests

from harness.observations import Observe
from harness.target import Target
from helpers.contact import marker, send, stored, valid
from helpers.pages import all_field_errors, csrf_token, field_value, messages, soup
from helpers.texts import Error, invalid_email, required, too_long

REQUIRED = required
BAD_EMAIL = invalid_email

# case: (changes to a valid form, where None drops the field; field; error).
# "{mark}" in a value becomes the test's marker.
INVALID_CASES: dict[str, tuple[dict[str, str | None], str, Error]] = {
    "empty name": ({"name": ""}, "name", REQUIRED),
    "missing name": ({"name": None}, "name", REQUIRED),
    "blank name": ({"name": "   "}, "name", REQUIRED),
    "long name": ({"name": "{mark}" + "n" * 101}, "name", too_long(100, 101)),
    "empty email": ({"email": ""}, "email", REQUIRED),
    "missing email": ({"email": None}, "email", REQUIRED),
    "no at sign": ({"email": "{mark}.example.com"}, "email", BAD_EMAIL),
    "no domain": ({"email": "{mark}@"}, "email", BAD_EMAIL),
    "no local part": ({"email": "@example.com"}, "email", BAD_EMAIL),
    "two at signs": ({"email": "{mark}@@example.com"}, "email", BAD_EMAIL),
    "space inside": ({"email": "{mark} x@example.com"}, "email", BAD_EMAIL),
    "no dot": ({"email": "{mark}@example"}, "email", BAD_EMAIL),
    "empty message": ({"message": ""}, "message", REQUIRED),
    "missing message": ({"message": None}, "message", REQUIRED),
    "blank message": ({"message": " \n "}, "message", REQUIRED),
    "long message": ({"message": "m" * 2001}, "message", too_long(2000, 2001)),
}

# The cases whose error text is recorded, and the row it goes to.
RECORDED = {
    "long name": "9. Forms — error text: a name of 101 characters (limit 100)",
    "no at sign": "9. Forms — error text: an address without @",
}


@pytest.mark.parametrize("case", list(INVALID_CASES))
def test_invalid_message_is_shown_again(
    target: Target, client: requests.Session, observe: Observe, case: str
) -> None:
    """Invalid: 200, the error next to its field only, values kept, nothing stored.
    The texts for a name one character too long and an address without "@" are
    recorded."""
    changes, field, expected = INVALID_CASES[case]
    error = expected(target.profile.texts)
    mark = marker()
    data: dict[str, str] = valid(mark)
    for name, value in changes.items():
        if value is None:
            del data[name]
        else:
            # Over-long values are cut to exactly one character over the limit.
            data[name] = value.format(mark=mark)[: 101 if name == "name" else None]
    resp = send(client, target, data)
    assert resp.status_code == HTTPStatus.OK
    page = soup(resp)
    shown = all_field_errors(page)
    if case in RECORDED:
        observe(RECORDED[case], " ".join(shown.get(field, ["(none)"])))
    assert shown == {field: [error]}
    assert messages(page) == []
    for name, value in data.items():
        assert field_value(page, name).strip() == value.strip()
    assert csrf_token(page, target.profile)
    assert not stored(target, mark)


def test_over_long_email_is_refused(target: Target, client: requests.Session) -> None:
    """An address of 255 characters (over the 254 limit) is refused, nothing stored."""
    mark = marker()
    # A 64-character local part and a 190-character domain of short labels:
    # each part within its own limit, the whole one character over 254.
    email = (mark + "l" * 64)[:64] + "@" + ".".join(["d" * 60] * 3) + ".abcd.co"
    assert len(email) == 255
    data = {**valid(mark), "email": email, "name": f"Name {mark}"}
    resp = send(client, target, data)
    assert resp.status_code == HTTPStatus.OK
    errors = all_field_errors(soup(resp))
    assert list(errors) == ["email"] and errors["email"]
    assert not stored(target, mark)
