"""Everything the two apps are expected to do differently, as data.

Tests never branch on a framework's name: they read the value they need from
the profile of the app under test (the fields are described in
profile_types.py). Each value here is a documented difference between Flask
and Django; the observed-differences report shows what the apps actually did.
"""

from __future__ import annotations

from http import HTTPStatus

from harness.profile_types import AdminUrls, Commands, Profile, Texts

# Flask's create-superuser takes the options of Django's createsuperuser.
SUPERUSER_OPTIONS = ("--noinput", "--username", "{username}", "--email", "{email}")

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
    # WTForms' own messages, and the Flask twin's where WTForms has none.
    texts=Texts(
        too_long="Field cannot be longer than {limit} characters.",
        invalid_email="Invalid email address.",
        wrong_credentials="Invalid username or password.",
        invalid_username="Use only letters, digits and @ . + - _ in a username.",
        password_too_short="Password must be at least 8 characters long.",
        password_numeric="Password cannot be entirely numeric.",
        password_mismatch="Field must be equal to password1.",
        # Each WTForms validator reports on the field it checks.
        password_rules_field="password1",
    ),
    slash_redirect_status=HTTPStatus.PERMANENT_REDIRECT,
    slash_redirect_absolute=True,
    # Routing fails before Flask-WTF's check runs, so the method is refused.
    get_only_post_status=HTTPStatus.METHOD_NOT_ALLOWED,
    server_header={"dev": "Werkzeug", "prod": "gunicorn"},
    dev_404_page="site page",
    # TRUSTED_HOSTS is checked for every request, the static route's too.
    static_foreign_host_status=HTTPStatus.BAD_REQUEST,
    # email-validator: deliverable-looking domains, internationalised addresses.
    accepted_emails=frozenset(
        {"plus tag", "one-letter TLD", "unicode domain", "unicode local part"}
    ),
    message_cookie="session",
    # The hand-written check accepts plain paths only.
    follows_same_host_next=False,
    password_hash_scheme="scrypt",  # Werkzeug's generate_password_hash default
    # The session is a signed cookie: signing out cannot revoke a copy of it.
    logout_ends_session=False,
    # The hand-written logout view always goes home.
    logout_follows_next=False,
    # Flask-Login's login_message, kept as it comes.
    sign_in_required_message="Please log in to access this page.",
    # db.paginate() takes positive integers only.
    extra_page_values=frozenset(),
    rejected_passwords=frozenset(),  # only the spec's rules, written by hand
    admin=AdminUrls(
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
        contact_delete="/admin/contactmessage/delete/",
        contact_delete_data={"id": "{id}"},
        # can_delete is off: the delete view, too, goes back to the list.
        contact_delete_status=HTTPStatus.FOUND,
        contact_bulk_action="/admin/contactmessage/action/",
        # The delete action is not allowed: Flask-Admin goes back to the list.
        contact_bulk_status=HTTPStatus.FOUND,
        save_button={},
        # The model view's tab: "List (12)".
        list_count="a.nav-link.active",
        user_search="/admin/user/?search={q}",
        # One form for everything: a typed password replaces the old one.
        user_password="/admin/user/edit/?id={id}",
        user_password_fields={"password": "{password}"},
        user_delete="/admin/user/delete/",
        user_delete_data={"id": "{id}"},
        note_bulk_action="/admin/note/action/",
        user_bulk_action="/admin/user/action/",
        bulk_delete_data={"action": "delete", "rowid": "{id}"},
        # The twin's action drops ids that no row could have, then goes back.
        bad_bulk_id_status=HTTPStatus.FOUND,
    ),
    # Werkzeug hands a part with no name to the form as a None key; the twin
    # refuses the request. A part named "" is an ordinary field.
    nameless_part_refused=True,
    malformed_chunked_status=HTTPStatus.BAD_REQUEST,
    # Werkzeug reads every urlencoded body as UTF-8, whatever charset it names.
    odd_charset_accepted=True,
    # The CSRF token lives in the session cookie.
    https_cookies=frozenset({"session"}),
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
    texts=Texts(
        too_long="Ensure this value has at most {limit} characters (it has {length}).",
        invalid_email="Enter a valid email address.",
        wrong_credentials="Please enter a correct username and password. "
        "Note that both fields may be case-sensitive.",
        invalid_username="Enter a valid username. This value may contain only "
        "letters, numbers, and @/./+/-/_ characters.",
        password_too_short="This password is too short. "
        "It must contain at least 8 characters.",
        password_numeric="This password is entirely numeric.",
        password_mismatch="The two password fields didn’t match.",
        # UserCreationForm validates the password once both are in, on password2.
        password_rules_field="password2",
    ),
    slash_redirect_status=HTTPStatus.MOVED_PERMANENTLY,
    slash_redirect_absolute=False,
    # CsrfViewMiddleware runs before the view can refuse the method.
    get_only_post_status=HTTPStatus.FORBIDDEN,
    server_header={"dev": "WSGIServer", "prod": "gunicorn"},
    dev_404_page="debug page",
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
    message_cookie="messages",
    # url_has_allowed_host_and_scheme accepts a URL on the request's own host.
    follows_same_host_next=True,
    password_hash_scheme="pbkdf2_sha256",
    # Sessions live in the database; signing out deletes the row.
    logout_ends_session=True,
    # LogoutView follows a next that url_has_allowed_host_and_scheme accepts.
    logout_follows_next=True,
    # LoginRequiredMixin redirects without a word.
    sign_in_required_message=None,
    # ListView serves "last" (the last page) and an empty value (the first).
    extra_page_values=frozenset({"last", ""}),
    # CommonPasswordValidator and UserAttributeSimilarityValidator, kept on.
    rejected_passwords=frozenset({"common", "like the username"}),
    admin=AdminUrls(
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
        contact_delete="/admin/notes/contactmessage/{id}/delete/",
        contact_delete_data={"post": "yes"},
        # has_delete_permission is False: so is a POST to the delete page.
        contact_delete_status=HTTPStatus.FORBIDDEN,
        contact_bulk_action="/admin/notes/contactmessage/",
        # Without the delete permission the list has no actions at all, so a
        # posted action is ignored and the list is shown.
        contact_bulk_status=HTTPStatus.OK,
        save_button={"_save": "Save"},
        # The paginator under the list: "12 notes".
        list_count="p.paginator",
        user_search="/admin/auth/user/?q={q}",
        # UserAdmin changes passwords on a page of their own.
        user_password="/admin/auth/user/{id}/password/",
        user_password_fields={"password1": "{password}", "password2": "{password}"},
        user_delete="/admin/auth/user/{id}/delete/",
        user_delete_data={"post": "yes"},
        # The change list posts its actions to itself.
        note_bulk_action="/admin/notes/note/",
        user_bulk_action="/admin/auth/user/",
        bulk_delete_data={
            "action": "delete_selected",
            "_selected_action": "{id}",
            "index": "0",
            "select_across": "0",
        },
        # The twin's CheckedIdsMixin refuses ids the primary key would not take.
        bad_bulk_id_status=HTTPStatus.BAD_REQUEST,
    ),
    # MultiPartParser skips a part without a name.
    nameless_part_refused=False,
    # Django reads a body by its Content-Length only: a chunked body (which has
    # none) arrives empty, so the form is shown again with its errors.
    malformed_chunked_status=HTTPStatus.OK,
    # An urlencoded body must be UTF-8; naming another charset is a 400.
    odd_charset_accepted=False,
    https_cookies=frozenset({"sessionid", "csrftoken"}),
)

PROFILES = {profile.name: profile for profile in (FLASK, DJANGO)}
