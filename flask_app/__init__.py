"""The Notes app, Flask edition: create_app() assembles it.

Twin: django_app/config/settings.py (INSTALLED_APPS, MIDDLEWARE) and config/urls.py.
"""

from importlib.metadata import version

from flask import Flask, render_template, request
from flask_admin import Admin
from flask_admin.menu import MenuLink
from flask_admin.theme import Bootstrap4Theme

from . import accounts, bad_requests, notes, security
from .accounts import admin as accounts_admin
from .admin import StaffIndexView
from .config import load_config
from .extensions import csrf, db, init_migrations, login_manager
from .notes import admin as notes_admin

FRAMEWORK_VERSION = version("flask")


def inject_framework():
    """Tell the footer which framework served the page (a context processor)."""
    return {"framework_name": "Flask", "framework_version": FRAMEWORK_VERSION}


# Flask renders these pages in debug mode too. Django renders 403.html in every
# mode, but shows its technical 404 page instead of 404.html while DEBUG is on.
def forbidden(error):
    """Render the site's own 403 page."""
    return render_template("403.html"), 403


def page_not_found(error):
    """Render the site's own 404 page, or the API's JSON answer under /api/."""
    # A blueprint's own 404 handler never sees a URL that matches no route
    # (/api/notes/abc/), so the API's JSON answer is chosen here, by path.
    # Django's twin needs a catch-all route and handler404 (config/views.py).
    if request.path.startswith("/api/"):
        return {"error": "Not found"}, 404
    return render_template("404.html"), 404


def create_app(test_config=None, migrations=True):
    """Create and configure the app (the factory of Flask's tutorial).

    migrations=False leaves out the `flask db` commands, for the web server.
    """
    app = Flask(__name__)
    app.config.from_mapping(load_config())
    if test_config is not None:
        app.config.from_mapping(test_config)
    # Parity: Django's JsonResponse keeps the keys in the order they were
    # written; Flask sorts them unless told not to, and the API's key order is
    # part of its contract.
    app.json.sort_keys = False

    db.init_app(app)
    if migrations:
        init_migrations(app)
    # Hooks run in the order they are registered: the HTTPS redirect first,
    # then the body check, then CSRFProtect's own check.
    security.init_app(app)
    bad_requests.init_app(app)
    csrf.init_app(app)
    login_manager.init_app(app)

    app.register_blueprint(notes.bp)
    app.register_blueprint(accounts.bp)

    # Django mounts its admin with path("admin/", admin.site.urls).
    admin = Admin(
        app,
        name="Notes admin",
        theme=Bootstrap4Theme(),
        index_view=StaffIndexView(url="/admin"),
    )
    notes_admin.register(admin)
    accounts_admin.register(admin)
    admin.add_link(MenuLink(name="View site", endpoint="notes.home"))

    app.context_processor(inject_framework)
    app.register_error_handler(403, forbidden)
    app.register_error_handler(404, page_not_found)
    return app
