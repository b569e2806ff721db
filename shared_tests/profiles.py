"""Everything the two apps are expected to do differently, as data.

Tests never branch on a framework's name: they read the value they need from
the profile of the app under test. Each value here is a documented difference
between Flask and Django; the observed-differences report shows what the apps
actually did.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from http import HTTPStatus


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
    save_button: dict[str, str]  # name/value of the submit button to send


@dataclass(frozen=True)
class Profile:
    """One framework's expected behaviour on the wire."""

    name: str
    title: str  # as shown in the page footer
    csrf_field: str
    csrf_cookie: str | None  # None: the token lives in the session
    csrf_failure_status: HTTPStatus
    session_cookie: str
    slash_redirect_status: HTTPStatus  # /about -> /about/
    login_url: str
    # The public side: routes, forms, static files, security, servers.
    slash_redirect_absolute: bool  # Location carries scheme and host
    get_only_post_status: HTTPStatus  # POST, no CSRF token, to a GET-only page
    too_large_status: HTTPStatus  # a 3 MB POST body
    message_cookie: str  # the cookie that carries a flash message
    server_header: dict[str, str]  # product in the Server header, per --mode
    dev_404_page: str  # unknown URL with DEBUG on: "site page" or "debug page"
    # Accounts (topic 11) and the CLI (topic 2).
    password_hash_scheme: str  # as the admin's user page names it
    logout_ends_session: bool  # False: a copy of the signed-in cookie still works
    rejected_passwords: frozenset[str]  # test_register's extra-rule cases refused
    superuser_command: tuple[str, ...]  # CLI args, format with username=, email=
    superuser_password_env: str  # where that command reads the password
    admin: AdminUrls
    extra: dict[str, object] = field(default_factory=dict)


FLASK = Profile(
    name="flask",
    title="Flask",
    csrf_field="csrf_token",
    csrf_cookie=None,
    csrf_failure_status=HTTPStatus.BAD_REQUEST,
    session_cookie="session",
    slash_redirect_status=HTTPStatus.PERMANENT_REDIRECT,
    login_url="/accounts/login/",
    slash_redirect_absolute=True,
    # Routing fails before Flask-WTF's check runs, so the method is refused.
    get_only_post_status=HTTPStatus.METHOD_NOT_ALLOWED,
    too_large_status=HTTPStatus.REQUEST_ENTITY_TOO_LARGE,
    message_cookie="session",
    server_header={"dev": "Werkzeug", "prod": "gunicorn"},
    dev_404_page="site page",
    password_hash_scheme="scrypt",  # Werkzeug's generate_password_hash default
    # The session is a signed cookie: signing out cannot revoke a copy of it.
    logout_ends_session=False,
    rejected_passwords=frozenset(),  # only the spec's rules, written by hand
    superuser_command=(
        "create-superuser",
        "--username",
        "{username}",
        "--email",
        "{email}",
    ),
    superuser_password_env="FLASK_SUPERUSER_PASSWORD",
    admin=AdminUrls(
        index="/admin/",
        login_redirect="/accounts/login/",
        non_staff_status=HTTPStatus.FORBIDDEN,
        note_list="/admin/note/",
        note_search="/admin/note/?search={q}",
        note_add="/admin/note/new/",
        note_change="/admin/note/edit/?id={id}",
        note_delete="/admin/note/delete/",
        note_delete_data={"id": "{id}"},
        user_list="/admin/user/",
        user_add="/admin/user/new/",
        user_add_fields={
            "username": "{username}",
            "email": "{username}@example.com",
            "password": "{password}",
            "is_active": "y",
        },
        user_change="/admin/user/edit/?id={id}",
        contact_list="/admin/contactmessage/",
        contact_add="/admin/contactmessage/new/",
        contact_change="/admin/contactmessage/edit/?id={id}",
        save_button={},
    ),
)

DJANGO = Profile(
    name="django",
    title="Django",
    csrf_field="csrfmiddlewaretoken",
    csrf_cookie="csrftoken",
    csrf_failure_status=HTTPStatus.FORBIDDEN,
    session_cookie="sessionid",
    slash_redirect_status=HTTPStatus.MOVED_PERMANENTLY,
    login_url="/accounts/login/",
    slash_redirect_absolute=False,
    # CsrfViewMiddleware runs before the view can refuse the method.
    get_only_post_status=HTTPStatus.FORBIDDEN,
    too_large_status=HTTPStatus.BAD_REQUEST,
    message_cookie="messages",
    server_header={"dev": "WSGIServer", "prod": "gunicorn"},
    dev_404_page="debug page",
    password_hash_scheme="pbkdf2_sha256",
    # Sessions live in the database; signing out deletes the row.
    logout_ends_session=True,
    # CommonPasswordValidator and UserAttributeSimilarityValidator, kept on.
    rejected_passwords=frozenset({"common", "like the username"}),
    superuser_command=(
        "createsuperuser",
        "--noinput",
        "--username",
        "{username}",
        "--email",
        "{email}",
    ),
    superuser_password_env="DJANGO_SUPERUSER_PASSWORD",
    admin=AdminUrls(
        index="/admin/",
        login_redirect="/admin/login/",
        # The admin sends a non-staff user to its own sign-in page too.
        non_staff_status=HTTPStatus.FOUND,
        note_list="/admin/notes/note/",
        note_search="/admin/notes/note/?q={q}",
        note_add="/admin/notes/note/add/",
        note_change="/admin/notes/note/{id}/change/",
        note_delete="/admin/notes/note/{id}/delete/",
        note_delete_data={"post": "yes"},
        user_list="/admin/auth/user/",
        user_add="/admin/auth/user/add/",
        user_add_fields={
            "username": "{username}",
            "password1": "{password}",
            "password2": "{password}",
            "usable_password": "true",
        },
        user_change="/admin/auth/user/{id}/change/",
        contact_list="/admin/notes/contactmessage/",
        contact_add="/admin/notes/contactmessage/add/",
        contact_change="/admin/notes/contactmessage/{id}/change/",
        save_button={"_save": "Save"},
    ),
)

PROFILES = {profile.name: profile for profile in (FLASK, DJANGO)}
