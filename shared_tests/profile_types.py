"""The shape of a profile: what the suite may expect to differ between the apps.

The values, one profile per framework, are in profiles.py. Each field says
what a test reads from it; the comments name the format placeholders.
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

    index: str
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
    contact_change_status: HTTPStatus  # a complete change form POSTed anyway
    save_button: dict[str, str]  # name/value of the submit button to send


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
    login_url: str
    # Routes and servers (topics 1 and 4).
    slash_redirect_status: HTTPStatus  # /about -> /about/
    slash_redirect_absolute: bool  # Location carries scheme and host
    get_only_post_status: HTTPStatus  # POST, no CSRF token, to a GET-only page
    server_header: dict[str, str]  # product in the Server header, per --mode
    dev_404_page: str  # unknown URL with DEBUG on: "site page" or "debug page"
    # Static files, forms and security (topics 7, 9 and 13).
    static_validators: tuple[str, ...]  # ETag, Last-Modified: the ones sent
    static_foreign_host_status: HTTPStatus  # a static file asked with a foreign Host
    accepted_emails: frozenset[str]  # test_emails' edge cases that are accepted
    too_large_status: HTTPStatus  # a 3 MB POST body
    message_cookie: str  # the cookie that carries a flash message
    # Accounts (topic 11) and the admin (topic 12).
    follows_same_host_next: bool  # next=http://<this host>/about/ is followed
    password_hash_scheme: str  # as the admin's user page names it
    logout_ends_session: bool  # False: a copy of the signed-in cookie still works
    rejected_passwords: frozenset[str]  # test_password_rules' cases refused
    admin: AdminUrls
