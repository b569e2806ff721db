"""Email addresses at the edges: which unusual ones each app's validator accepts.

Django's EmailValidator and the email-validator package behind the Flask
twin's WTForms Email disagree on edge cases; the profile lists the cases each
app accepts, and each case is recorded under topic 9.
"""

from __future__ import annotations

from http import HTTPStatus

import pytest
import requests

from harness.observations import Observe
from harness.target import Target
from helpers.contact import assert_redirected_with_thanks, marker, send, stored, valid
from helpers.pages import all_field_errors, soup

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
    """An unusual address in the profile's accepted cases is thanked with a 302
    and stored; any other is refused (200, the email error only, nothing
    stored). Recorded."""
    mark = marker()
    data = {**valid(mark), "email": EMAIL_EDGE_CASES[case].format(mark=mark)}
    resp = send(client, target, data)
    accepted = resp.status_code == HTTPStatus.FOUND
    address = EMAIL_EDGE_CASES[case].format(mark="user")
    observe(f"9. Forms — email {address}", "accepted" if accepted else "refused")
    expect_accepted = case in target.profile.accepted_emails
    if expect_accepted:
        assert_redirected_with_thanks(client, target, resp)
    else:
        assert resp.status_code == HTTPStatus.OK
        assert all_field_errors(soup(resp)) == {
            "email": [target.profile.texts.invalid_email]
        }
    assert stored(target, f"Name {mark}") is expect_accepted
