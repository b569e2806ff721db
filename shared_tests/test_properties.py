"""Property-based tests of every form: random values, random encodings.

Hypothesis draws each field (any Unicode, NUL, whitespace, lengths around the
limits; helpers/form_values.py) and how the form travels (urlencoded,
multipart, one field as a file, urlencoded naming charset=utf8). Whatever
comes: never a 5xx; input that breaks a rule both apps share is shown again
with 200, input both must take is accepted with 302 (helpers/form_rules.py),
and the rows grow by exactly the number of 302s. Django refuses the odd
charset with 400 (profile data). Fixed examples (derandomize), a few dozen
per form and app, no deadline.
"""

from __future__ import annotations

from harness.target import Target
from helpers.accounts import LOGIN_PATH, REGISTER_PATH, sign_in, signed_in_as
from helpers.accounts import NEW_USER_PASSWORD as STRONG
from helpers.client import CONTACT_PATH, new_session, unique
from helpers.demo import ALICE, DEMO_PASSWORD
from helpers.examples import Submission, admin_rows, judged, run_examples, send
from helpers.form_rules import (
    INVALID,
    VALID,
    contact_verdicts,
    nfkc,
    note_verdicts,
    password_verdict,
    username_verdict,
)
from helpers.form_values import (
    FRESH,
    contact_forms,
    login_forms,
    note_forms,
    register_forms,
)
from helpers.notes import NEW_NOTE_PATH, alices_note, api_note, note_count, note_path


def test_contact_form(target: Target) -> None:
    """Random contact forms: statuses as the shared rules say; the messages
    grow by the number of 302s."""
    listing = target.profile.admin.contact_list
    before = admin_rows(target, listing)

    def check(submission: Submission) -> bool:
        with new_session() as visitor:
            response = send(visitor, target, CONTACT_PATH, submission)
        return judged(target, response, contact_verdicts(submission[0]), submission)

    sent = run_examples(contact_forms(), 25, check)
    assert admin_rows(target, listing) - before == sent


def test_new_note_form(target: Target) -> None:
    """Random new notes: statuses as the shared rules say; the notes grow by
    the number of 302s."""
    before = note_count(target)

    def check(submission: Submission) -> bool:
        with new_session() as author:
            sign_in(author, target, ALICE)
            response = send(author, target, NEW_NOTE_PATH, submission)
        return judged(target, response, note_verdicts(submission[0]), submission)

    created = run_examples(note_forms(), 25, check)
    assert note_count(target) - before == created


def test_edit_note_form(target: Target) -> None:
    """Random edits of one note: statuses as the shared rules say; after a 302
    the note holds the stripped values, otherwise it is unchanged."""
    note_id = alices_note(target, unique("Edited at random "))

    def check(submission: Submission) -> bool:
        before = api_note(target, note_id)
        with new_session() as author:
            sign_in(author, target, ALICE)
            response = send(author, target, note_path(note_id, "edit"), submission)
        saved = judged(target, response, note_verdicts(submission[0]), submission)
        after = api_note(target, note_id)
        assert before is not None and after is not None
        fields = submission[0]
        wanted = (fields["title"].strip(), fields["body"].strip()) if saved else None
        assert (after["title"], after["body"]) == (
            wanted or (before["title"], before["body"])
        )
        return saved

    run_examples(note_forms(), 20, check)


def test_register_form(target: Target) -> None:
    """Random sign-ups: statuses as the shared rules say; a 302 signs the new
    user in; the users grow by the number of 302s."""
    listing = target.profile.admin.user_list
    before = admin_rows(target, listing)

    def check(submission: Submission) -> bool:
        template, encoding, file_field = submission
        username = template["username"].replace(FRESH, unique("p"))
        fields = {**template, "username": username}
        password = password_verdict(fields["password1"], fields["password2"], STRONG)
        verdicts = {
            "username": username_verdict(username, FRESH in template["username"]),
            "password1": password,
            "password2": password,
        }
        with new_session() as visitor:
            sent = (fields, encoding, file_field)
            response = send(visitor, target, REGISTER_PATH, sent)
            saved = judged(target, response, verdicts, sent)
            if saved:
                assert signed_in_as(visitor, target) == nfkc(username)
        return saved

    created = run_examples(register_forms(STRONG), 20, check)
    assert admin_rows(target, listing) - before == created


def test_login_form(target: Target) -> None:
    """Random sign-ins: signed in exactly on a 302, and only with alice's name
    (stripped, NFKC) and her exact password."""

    def check(submission: Submission) -> bool:
        fields = submission[0]
        right = nfkc(fields["username"]) == ALICE
        right = right and fields["password"] == DEMO_PASSWORD
        verdicts = {"username": VALID if right else INVALID, "password": VALID}
        with new_session() as visitor:
            response = send(visitor, target, LOGIN_PATH, submission)
            signed_in = signed_in_as(visitor, target) == ALICE
        assert judged(target, response, verdicts, submission) == signed_in
        return signed_in

    run_examples(login_forms(ALICE, DEMO_PASSWORD), 15, check)
