"""The contact form: post/redirect/get, every invalid case, CSRF, stripping, emails.

A plain form in both apps (Django `forms.Form` in a FormView; Flask-WTF in a
MethodView). An invalid form comes back with 200, each error in a
`ul.errorlist` inside its field's `div.field`, the typed values kept, and
nothing stored. Whether something was stored is read, signed in as the demo
admin, from the admin's list of contact messages (newest first, showing name
and email), looking for a marker no other test uses.
"""

from __future__ import annotations

from collections.abc import Mapping
from http import HTTPStatus

import pytest
import requests
from harness import Target
from observations import Observe
from pages import (
    ADMIN,
    absolute,
    all_field_errors,
    contact_list_shows,
    csrf_token,
    field_div,
    field_value,
    messages,
    new_session,
    set_cookies,
    soup,
)

from accounts import sign_in, unique

CONTACT = "/contact/"
SENT = "Thanks, your message was sent."
REQUIRED = "This field is required."
BAD_EMAIL = "Enter a valid email address."


def too_long(limit: int, length: int) -> str:
    return f"Ensure this value has at most {limit} characters (it has {length})."


def marker() -> str:
    """A string no other test sends; it fits a name and an email's local part."""
    return unique("mark")


def stored(target: Target, text: str) -> bool:
    """Whether the admin's newest contact messages show `text` (as the demo admin)."""
    with new_session() as admin:
        sign_in(admin, target, ADMIN)
        return contact_list_shows(admin, target, text)


def contact_token(client: requests.Session, target: Target) -> str:
    resp = client.get(target.url(CONTACT), allow_redirects=False)
    assert resp.status_code == HTTPStatus.OK
    return csrf_token(resp, target.profile)


def send(
    client: requests.Session,
    target: Target,
    data: Mapping[str, str],
    token: str | None = "fetch",
) -> requests.Response:
    """POST the contact form; token "fetch" opens the form first for a fresh one."""
    fields = dict(data)
    if token == "fetch":
        token = contact_token(client, target)
    if token is not None:
        fields[target.profile.csrf_field] = token
    return client.post(target.url(CONTACT), data=fields, allow_redirects=False)


def valid(mark: str) -> dict[str, str]:
    return {
        "name": f"Name {mark}",
        "email": f"{mark}@example.com",
        "message": f"Hello from {mark}.",
    }


def assert_redirected_with_thanks(
    client: requests.Session, target: Target, resp: requests.Response
) -> None:
    assert resp.status_code == HTTPStatus.FOUND
    assert absolute(target, resp.headers["Location"]) == target.url(CONTACT)
    page = client.get(target.url(CONTACT), allow_redirects=False)
    assert page.status_code == HTTPStatus.OK
    assert messages(soup(page)) == [SENT]
    # The message is shown once: the next visit has none.
    again = client.get(target.url(CONTACT), allow_redirects=False)
    assert messages(soup(again)) == []


def test_contact_form_fields(
    target: Target, client: requests.Session, observe: Observe
) -> None:
    """GET /contact/: h1, a POST form with name, email, message and the CSRF input."""
    resp = client.get(target.url(CONTACT), allow_redirects=False)
    assert resp.status_code == HTTPStatus.OK
    page = soup(resp)
    assert [h1.get_text(strip=True) for h1 in page.find_all("h1")] == ["Contact"]
    form = page.select_one("form.contact-form")
    assert form is not None and str(form.get("method")).lower() == "post"
    for name, label in (
        ("name", "Name:"),
        ("email", "Email:"),
        ("message", "Message:"),
    ):
        div = field_div(form, name)
        assert div.select_one(f"label[for=id_{name}]") is not None
        assert div.get_text(" ", strip=True).startswith(label)
        assert field_value(form, name) == ""
    assert form.select_one("textarea[name=message]") is not None
    assert csrf_token(form, target.profile)
    observe("9. Forms — CSRF field name", target.profile.csrf_field)


def test_csrf_token_storage(
    target: Target, client: requests.Session, observe: Observe
) -> None:
    """Opening the form sets the cookie that holds the CSRF secret."""
    resp = client.get(target.url(CONTACT), allow_redirects=False)
    cookies = set_cookies(resp)
    holder = target.profile.csrf_cookie or target.profile.session_cookie
    assert holder in cookies
    observe("9. Forms — cookie set by GET /contact/", ", ".join(sorted(cookies)))


def test_valid_message_is_stored_and_thanked(
    target: Target, client: requests.Session
) -> None:
    """A valid message: 302 to /contact/, then "Thanks, your message was sent."."""
    mark = marker()
    resp = send(client, target, valid(mark))
    assert_redirected_with_thanks(client, target, resp)
    assert stored(target, mark)


def test_limits_are_inclusive(target: Target, client: requests.Session) -> None:
    """A name of exactly 100 and a message of exactly 2000 characters are accepted."""
    mark = marker()
    data = {
        "name": (mark + " " + "n" * 100)[:100],
        "email": f"{mark}@example.com",
        "message": "m" * 2000,
    }
    assert_redirected_with_thanks(client, target, send(client, target, data))
    assert stored(target, mark)


def test_surrounding_whitespace_is_stripped(
    target: Target, client: requests.Session
) -> None:
    """Spaces around the values are dropped: a padded email is valid."""
    mark = marker()
    data = {
        "name": f"   Name {mark}   ",
        "email": f"  {mark}@example.com  ",
        "message": "\n  Hello.  \n",
    }
    assert_redirected_with_thanks(client, target, send(client, target, data))
    assert stored(target, f"{mark}@example.com")


# case: (changes to a valid form, where None drops the field; field; error).
# "{mark}" in a value becomes the test's marker.
INVALID_CASES: dict[str, tuple[dict[str, str | None], str, str]] = {
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


@pytest.mark.parametrize("case", list(INVALID_CASES))
def test_invalid_message_is_shown_again(
    target: Target, client: requests.Session, case: str
) -> None:
    """Invalid: 200, the error next to its field only, values kept, nothing stored."""
    changes, field, error = INVALID_CASES[case]
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
    assert all_field_errors(page) == {field: [error]}
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


def test_every_field_missing(target: Target, client: requests.Session) -> None:
    """An empty POST (token only): every field says it is required."""
    resp = send(client, target, {})
    assert resp.status_code == HTTPStatus.OK
    assert all_field_errors(soup(resp)) == {
        "name": [REQUIRED],
        "email": [REQUIRED],
        "message": [REQUIRED],
    }


def test_value_shown_again_after_an_error(
    target: Target, client: requests.Session, observe: Observe
) -> None:
    """Record whether a padded value comes back stripped with the form's errors."""
    resp = send(client, target, {"name": "  Padded  ", "email": "bad", "message": "x"})
    assert resp.status_code == HTTPStatus.OK
    shown = field_value(soup(resp), "name")
    assert shown.strip() == "Padded"
    observe(
        "9. Forms — padded value redisplayed after an error",
        "stripped" if shown == "Padded" else "as typed",
    )


EMAIL_EDGE_CASES = {
    "plus tag": "{mark}+tag@example.com",
    "localhost": "{mark}@localhost",
    "reserved .test domain": "{mark}@example.test",
    "IP literal": "{mark}@[127.0.0.1]",
    "one-letter TLD": "{mark}@example.c",
    "trailing dot": "{mark}@example.com.",
    "quoted local part": '"{mark} x"@example.com',
    "unicode domain": "{mark}@exämple.com",
    "unicode local part": "{mark}é@example.com",
    "underscore in domain": "{mark}@ex_ample.com",
    "dot before @": "{mark}.@example.com",
}


@pytest.mark.parametrize("case", list(EMAIL_EDGE_CASES))
def test_email_edge_case(
    target: Target, client: requests.Session, observe: Observe, case: str
) -> None:
    """An unusual address is accepted (302, stored) or refused (200): recorded."""
    mark = marker()
    data = {**valid(mark), "email": EMAIL_EDGE_CASES[case].format(mark=mark)}
    resp = send(client, target, data)
    assert resp.status_code in (HTTPStatus.FOUND, HTTPStatus.OK)
    accepted = resp.status_code == HTTPStatus.FOUND
    if accepted:
        assert_redirected_with_thanks(client, target, resp)
    else:
        assert all_field_errors(soup(resp)) == {"email": [BAD_EMAIL]}
    assert stored(target, f"Name {mark}") == accepted
    address = EMAIL_EDGE_CASES[case].format(mark="user")
    observe(f"9. Forms — email {address}", "accepted" if accepted else "refused")


def test_missing_csrf_token_is_refused(
    target: Target, client: requests.Session
) -> None:
    """A valid form without its CSRF token (cookie present) is refused, not stored."""
    mark = marker()
    contact_token(client, target)  # the cookies a browser would have
    resp = send(client, target, valid(mark), token=None)
    assert resp.status_code == target.profile.csrf_failure_status
    assert not stored(target, mark)


def test_csrf_refused_without_any_cookie(
    target: Target, client: requests.Session
) -> None:
    """A first-time POST with neither cookie nor token is refused; nothing stored."""
    mark = marker()
    resp = send(client, target, valid(mark), token=None)
    assert resp.status_code == target.profile.csrf_failure_status
    assert not stored(target, mark)


def test_wrong_csrf_token_is_refused(target: Target, client: requests.Session) -> None:
    """A token from another session is refused; nothing stored."""
    with new_session() as other:
        foreign = contact_token(other, target)
    contact_token(client, target)
    mark = marker()
    resp = send(client, target, valid(mark), token=foreign)
    assert resp.status_code == target.profile.csrf_failure_status
    assert not stored(target, mark)
