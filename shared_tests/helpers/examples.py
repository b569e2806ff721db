"""Hypothesis examples posted to a form, each answer judged by the shared rules.

`run_examples` draws submissions (the fields, one of the encodings, and the
field that goes as a file when that is the encoding) with fixed randomness
and runs a check on each; `send` posts one, `judged` compares the status with
the verdict of helpers/form_rules.py: 302 for valid input, 200 (the form
again) for invalid input, either for the rest, 400 where the app refuses the
odd charset, and never a 5xx.
"""

from __future__ import annotations

from collections.abc import Callable
from http import HTTPStatus

import requests
from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import strategies as st

from harness.target import Target
from helpers.accounts import sign_in
from helpers.admin_users import row_count
from helpers.client import new_session, session_token
from helpers.demo import ADMIN
from helpers.encodings import ENCODINGS, FIELD_AS_FILE, ODD_CHARSET, send_form
from helpers.form_rules import INVALID, UNKNOWN, VALID, combined

REFUSED = "refused"  # the odd charset, where the profile says it is refused
STATUSES = {
    VALID: {HTTPStatus.FOUND},
    INVALID: {HTTPStatus.OK},
    UNKNOWN: {HTTPStatus.OK, HTTPStatus.FOUND},
    REFUSED: {HTTPStatus.BAD_REQUEST},
}
Submission = tuple[dict[str, str], str, str]  # fields, encoding, file field
Check = Callable[[Submission], bool]  # posts one submission: was it a 302?


def submissions(
    fields: st.SearchStrategy[dict[str, str]],
) -> st.SearchStrategy[Submission]:
    """Fields, one of the encodings, and which field goes as a file (if any)."""
    return fields.flatmap(
        lambda values: st.tuples(
            st.just(values), st.sampled_from(ENCODINGS), st.sampled_from(list(values))
        )
    )


def run_examples(
    forms: st.SearchStrategy[dict[str, str]], examples: int, check: Check
) -> int:
    """Run check on fixed random submissions; how many got a 302."""
    accepted = []

    # No shrinking: each example is a request to a server, and the first
    # failing example is reported as drawn.
    @settings(
        derandomize=True,
        database=None,
        deadline=None,
        max_examples=examples,
        phases=[Phase.explicit, Phase.generate],
        suppress_health_check=[HealthCheck.too_slow],
    )
    @given(submissions(forms))
    def examples_of(submission: Submission) -> None:
        accepted.append(check(submission))

    examples_of()
    return sum(accepted)


def send(
    session: requests.Session, target: Target, path: str, submission: Submission
) -> requests.Response:
    """Post the submission with the session's CSRF token."""
    fields, encoding, file_field = submission
    chosen = file_field if encoding == FIELD_AS_FILE else None
    token = session_token(session, target)
    return send_form(session, target, path, fields, token, encoding, chosen)


def judged(
    target: Target,
    response: requests.Response,
    verdicts: dict[str, str],
    submission: Submission,
) -> bool:
    """Check the status against the verdict (never a 5xx); was it a 302?"""
    _, encoding, file_field = submission
    if encoding == FIELD_AS_FILE:
        verdicts = {**verdicts, file_field: INVALID}  # a file is no text value
    verdict = combined(verdicts)
    if encoding == ODD_CHARSET and not target.profile.odd_charset_accepted:
        verdict = REFUSED
    status = response.status_code
    assert status < HTTPStatus.INTERNAL_SERVER_ERROR, (verdicts, status)
    assert status in STATUSES[verdict], (verdict, verdicts, status)
    return status == HTTPStatus.FOUND


def admin_rows(target: Target, listing: str) -> int:
    """How many rows an admin list counts (signed in as the demo admin)."""
    with new_session() as admin:
        sign_in(admin, target, ADMIN)
        return row_count(admin, target, listing)
