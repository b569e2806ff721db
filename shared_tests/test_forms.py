"""The contact form: its fields, post/redirect/get, limits, stripping, redisplay.

A plain form in both apps (Django `forms.Form` in a FormView; Flask-WTF in a
MethodView). A valid message is stored, thanked once and redirected to
/contact/; an invalid form comes back with 200, each error in a `ul.errorlist`
inside its field's `div.field`. Whether a message was stored is read from the
admin's list of contact messages (contact.py).
"""

from __future__ import annotations

from http import HTTPStatus

import requests

from harness.observations import Observe
from harness.target import Target
from helpers.client import CONTACT_PATH, get
from helpers.contact import assert_redirected_with_thanks, marker, send, stored, valid
from helpers.pages import all_field_errors, csrf_token, field_div, field_value, soup
from helpers.responses import set_cookies
from helpers.texts import REQUIRED


def test_contact_form_fields(
    target: Target, client: requests.Session, observe: Observe
) -> None:
    """GET /contact/: h1, a POST form with name, email, message and the CSRF input."""
    resp = get(client, target, CONTACT_PATH)
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
    hidden = [str(field["name"]) for field in form.select("input[type=hidden]")]
    observe("9. Forms — CSRF field name", ", ".join(hidden) or "(none)")
    assert hidden == [target.profile.csrf_field]
    assert csrf_token(form, target.profile)


def test_csrf_token_storage(
    target: Target, client: requests.Session, observe: Observe
) -> None:
    """Opening the form sets the cookie that holds the CSRF secret."""
    resp = get(client, target, CONTACT_PATH)
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
