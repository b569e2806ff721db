"""Every form that changes data, made ready to post the way a browser would.

The forms are test_csrf.py's cases (csrf_cases.FORMS) plus the contact form:
`ready` signs the session in as the form's user, writes the case's own note,
opens the form's page and reads its CSRF token, so that a test only has to
choose how to send the data, and then asks the form whether it took effect.
"""

from __future__ import annotations

from dataclasses import dataclass
from http import HTTPStatus

import requests

from harness.target import Target
from helpers.accounts import LOGOUT_PATH, login, sign_in
from helpers.client import CONTACT_PATH, get, unique
from helpers.contact import stored
from helpers.csrf_cases import FORMS, Context, Form
from helpers.demo import ALICE, DEMO_PASSWORD
from helpers.notes import alices_note
from helpers.pages import csrf_token, soup

CONTACT_FORM = Form(
    CONTACT_PATH,
    "form.contact-form",
    CONTACT_PATH,
    {"name": "Name {m}", "email": "{m}@example.com", "message": "Hi {m}."},
    None,
    CONTACT_PATH,
    lambda t, s, c: stored(t, c.marker),
)
POST_FORMS = {"contact": CONTACT_FORM, **FORMS}


@dataclass(frozen=True)
class Ready:
    """A form ready to post: where to, what, with which token, for which case."""

    form: Form
    action: str
    data: dict[str, str]
    token: str
    context: Context

    def happened(self, target: Target, session: requests.Session) -> bool:
        """Whether the POST took effect (read over HTTP)."""
        return self.form.happened(target, session, self.context)


def ready(session: requests.Session, target: Target, name: str) -> Ready:
    """Sign in as the form's user, open its page and read its CSRF token."""
    form = POST_FORMS[name]
    context = Context(unique(""), alices_note(target, unique("Form ")))
    if form.action == LOGOUT_PATH:
        # Signing out deletes Django's server-side session: use one of our own.
        signed_in = login(session, target, ALICE, DEMO_PASSWORD)
        assert signed_in.status_code == HTTPStatus.FOUND
    elif form.user is not None:
        sign_in(session, target, form.user)

    def fill(text: str) -> str:
        return text.format(id=context.note_id, m=context.marker)

    page = get(session, target, fill(form.page))
    assert page.status_code == HTTPStatus.OK, f"GET {form.page}: {page.status_code}"
    html = soup(page).select_one(form.selector)
    assert html is not None, f"no {form.selector} on {form.page}"
    data = {key: fill(value) for key, value in form.data.items()}
    token = csrf_token(html, target.profile)
    return Ready(form, fill(form.action), data, token, context)
