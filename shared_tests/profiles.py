"""Everything the two apps are expected to do differently, as data.

Tests never branch on a framework's name: they read the value they need from
the profile of the app under test (the fields are described in
profile_types.py). Each value here is a documented difference between Flask
and Django; the observed-differences report shows what the apps actually did.
"""

from __future__ import annotations

from http import HTTPStatus

from profile_types import AdminUrls, Commands, Profile

# Flask's create-superuser takes the options of Django's createsuperuser.
SUPERUSER_OPTIONS = ("--noinput", "--username", "{username}", "--email", "{email}")
# Both send both validators with a static file.
STATIC_VALIDATORS = ("ETag", "Last-Modified")

FLASK = Profile(
    name="flask",
    title="Flask",
    commands=Commands(
        cli=("-m", "flask", "--app", "flask_app"),
        setup=(("db", "upgrade"), ("seed",)),
        prod_setup=(),
        dev_server=("run", "--debug", "--no-reload", "--port", "{port}"),
        wsgi=("flask_app.wsgi:app",),
        superuser=("create-superuser", *SUPERUSER_OPTIONS),
        superuser_password_env="FLASK_SUPERUSER_PASSWORD",
    ),
    csrf_field="csrf_token",
    csrf_cookie=None,
    csrf_failure_status=HTTPStatus.BAD_REQUEST,
    session_cookie="session",
    login_url="/accounts/login/",
    slash_redirect_status=HTTPStatus.PERMANENT_REDIRECT,
    slash_redirect_absolute=True,
    # Routing fails before Flask-WTF's check runs, so the method is refused.
    get_only_post_status=HTTPStatus.METHOD_NOT_ALLOWED,
    server_header={"dev": "Werkzeug", "prod": "gunicorn"},
    dev_404_page="site page",
    static_validators=STATIC_VALIDATORS,
    # TRUSTED_HOSTS is checked for every request, the static route's too.
    static_foreign_host_status=HTTPStatus.BAD_REQUEST,
    # email-validator: deliverable-looking domains, internationalised addresses.
    accepted_emails=frozenset(
        {"plus tag", "one-letter TLD", "unicode domain", "unicode local part"}
    ),
    too_large_status=HTTPStatus.REQUEST_ENTITY_TOO_LARGE,
    message_cookie="session",
    # The hand-written check accepts plain paths only.
    follows_same_host_next=False,
    password_hash_scheme="scrypt",  # Werkzeug's generate_password_hash default
    # The session is a signed cookie: signing out cannot revoke a copy of it.
    logout_ends_session=False,
    rejected_passwords=frozenset(),  # only the spec's rules, written by hand
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
        contact_view="/admin/contactmessage/details/?id={id}",
        contact_sent_fields={"created_at": "{date} {time}"},
        # can_edit is off: Flask-Admin sends the edit view back to the list.
        contact_change_status=HTTPStatus.FOUND,
        save_button={},
    ),
)

DJANGO = Profile(
    name="django",
    title="Django",
    commands=Commands(
        cli=("django_app/manage.py",),
        setup=(("migrate", "--noinput"), ("seed",)),
        # WhiteNoise serves what collectstatic gathered into STATIC_ROOT.
        prod_setup=(("collectstatic", "--noinput"),),
        dev_server=("runserver", "127.0.0.1:{port}", "--noreload"),
        wsgi=("--chdir", "django_app", "config.wsgi"),
        superuser=("createsuperuser", *SUPERUSER_OPTIONS),
        superuser_password_env="DJANGO_SUPERUSER_PASSWORD",
    ),
    csrf_field="csrfmiddlewaretoken",
    csrf_cookie="csrftoken",
    csrf_failure_status=HTTPStatus.FORBIDDEN,
    session_cookie="sessionid",
    login_url="/accounts/login/",
    slash_redirect_status=HTTPStatus.MOVED_PERMANENTLY,
    slash_redirect_absolute=False,
    # CsrfViewMiddleware runs before the view can refuse the method.
    get_only_post_status=HTTPStatus.FORBIDDEN,
    server_header={"dev": "WSGIServer", "prod": "gunicorn"},
    dev_404_page="debug page",
    static_validators=STATIC_VALIDATORS,
    # WhiteNoise answers before the request reaches ALLOWED_HOSTS' check.
    static_foreign_host_status=HTTPStatus.OK,
    # EmailValidator: any domain with a dot or "localhost", IP literals, ASCII
    # local parts only.
    accepted_emails=frozenset(
        {
            "plus tag",
            "localhost",
            "reserved .test domain",
            "IP literal",
            "unicode domain",
        }
    ),
    too_large_status=HTTPStatus.BAD_REQUEST,
    message_cookie="messages",
    # url_has_allowed_host_and_scheme accepts a URL on the request's own host.
    follows_same_host_next=True,
    password_hash_scheme="pbkdf2_sha256",
    # Sessions live in the database; signing out deletes the row.
    logout_ends_session=True,
    # CommonPasswordValidator and UserAttributeSimilarityValidator, kept on.
    rejected_passwords=frozenset({"common", "like the username"}),
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
        # Without the change permission the change page is a read-only view.
        contact_view="/admin/notes/contactmessage/{id}/change/",
        # A DateTimeField is a SplitDateTimeWidget in the admin.
        contact_sent_fields={"created_at_0": "{date}", "created_at_1": "{time}"},
        # has_change_permission is False: a POST to the change page is refused.
        contact_change_status=HTTPStatus.FORBIDDEN,
        save_button={"_save": "Save"},
    ),
)

PROFILES = {profile.name: profile for profile in (FLASK, DJANGO)}
