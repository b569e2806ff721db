"""The shape of a profile: what the suite may expect to differ between the apps.

The values, one profile per framework, are in profiles.py; a value both apps
share is a constant next to the tests that use it, not a profile field. Each
field says what a test reads from it; the comments name the format placeholders.
"""

from __future__ import annotations

from dataclasses import dataclass
from http import HTTPStatus


@dataclass(frozen=True)
class Commands:
    """How an app is driven from its command line (run from the repository root)."""

    cli: tuple[str, ...]  # the CLI's arguments after the Python interpreter
    setup: tuple[tuple[str, ...], ...]  # CLI steps before the server starts
    prod_setup: tuple[tuple[str, ...], ...]  # extra steps for --mode prod
    dev_server: tuple[str, ...]  # CLI arguments of the dev server; format with port=
    wsgi: tuple[str, ...]  # gunicorn's arguments that name the app
    superuser: tuple[str, ...]  # CLI arguments; format with username=, email=
    superuser_password_env: str  # where that command reads the password


@dataclass(frozen=True)
class AdminUrls:
    """Where each admin site keeps its pages and how its forms are named."""

    login_redirect: str  # path a signed-out visitor is sent to
    non_staff_status: HTTPStatus  # what a signed-in non-staff user gets
    note_list: str
    note_search: str  # format with q=
    note_add: str
    note_change: str  # format with id=
    note_delete: str  # format with id=
    note_delete_data: dict[str, str]  # extra POST data that confirms a delete
    user_list: str
    user_add: str
    user_add_fields: dict[str, str]  # format values with username=, password=
    user_change: str  # format with id=
    contact_list: str
    contact_add: str  # read-only: offered nowhere, refused when asked for
    contact_change: str  # format with id=
    contact_view: str  # what the list links each message to; format with id=
    contact_sent_fields: dict[str, str]  # the sent time; format with date=, time=
    contact_change_status: HTTPStatus  # the add page, or a change form POSTed anyway
    contact_delete: str  # one message's delete, as for notes; format with id=
    contact_delete_data: dict[str, str]  # its confirmation; format with id=
    contact_delete_status: HTTPStatus  # that delete POSTed anyway
    contact_bulk_action: str  # where the message list posts a bulk action
    contact_bulk_status: HTTPStatus  # a bulk delete of a message posted anyway
    save_button: dict[str, str]  # name/value of the submit button to send
    list_count: str  # CSS selector of the list's row count (its last number)
    user_search: str  # format with q=
    user_password: str  # where staff sets a user's password; format with id=
    user_password_fields: dict[str, str]  # format values with password=
    user_delete: str  # format with id=
    user_delete_data: dict[str, str]  # extra POST data that confirms; format with id=
    note_bulk_action: str  # where the note list posts a bulk action
    user_bulk_action: str  # where the user list posts a bulk action
    bulk_delete_data: dict[str, str]  # the bulk delete of one row; format with id=
    bad_bulk_id_status: HTTPStatus  # a bulk delete of "x", "1.5" or 2**64


@dataclass(frozen=True)
class Texts:
    """What each app's forms say, in its framework's own words."""

    too_long: str  # format with limit=, length=
    invalid_email: str
    wrong_credentials: str  # the sign-in form's error for a bad password
    invalid_username: str
    password_too_short: str
    password_numeric: str
    password_mismatch: str
    password_rules_field: str  # the register field that shows the rules' errors


@dataclass(frozen=True)
class Profile:
    """One framework's expected behaviour on the wire."""

    name: str
    title: str  # as shown in the page footer
    commands: Commands
    csrf_field: str
    csrf_cookie: str | None  # None: the token lives in the session
    csrf_failure_status: HTTPStatus
    session_cookie: str
    texts: Texts
    # Routes and servers (topics 1 and 4).
    slash_redirect_status: HTTPStatus  # /about -> /about/
    slash_redirect_absolute: bool  # Location carries scheme and host
    get_only_post_status: HTTPStatus  # POST, no CSRF token, to a GET-only page
    server_header: dict[str, str]  # product in the Server header, per --mode
    dev_404_page: str  # unknown URL with DEBUG on: "site page" or "debug page"
    # Static files, forms and security (topics 7, 9 and 13).
    static_foreign_host_status: HTTPStatus  # a static file asked with a foreign Host
    accepted_emails: frozenset[str]  # test_emails' edge cases that are accepted
    message_cookie: str  # the cookie that carries a flash message
    # Accounts (topic 11) and the admin (topic 12).
    follows_same_host_next: bool  # next=http://<this host>/about/ is followed
    password_hash_scheme: str  # as the admin's user page names it
    logout_ends_session: bool  # False: a copy of the signed-in cookie still works
    logout_follows_next: bool  # a safe ?next= on logout is where it leads
    sign_in_required_message: str | None  # flashed on the way to the sign-in page
    extra_page_values: frozenset[str]  # ?page= values served besides numbers
    rejected_passwords: frozenset[str]  # test_password_rules' cases refused
    admin: AdminUrls
    # Malformed request bodies (topic 13).
    nameless_part_refused: bool  # a multipart part with no name at all: 400
    malformed_chunked_status: HTTPStatus  # bad chunk sizes, CSRF token in a header
    odd_charset_accepted: bool  # urlencoded with charset=utf8 is read as UTF-8
    # Deployment (topic 13): the cookies an HTTPS_ONLY=1 sign-in sets, all Secure.
    https_cookies: frozenset[str]
