"""The Notes app, Flask edition: create_app() assembles it.

Twin: django_app/config/settings.py (INSTALLED_APPS, MIDDLEWARE) and config/urls.py.
"""

from importlib.metadata import version

from flask import Flask, render_template, request
from werkzeug.routing import IntegerConverter

from . import admin, api, auth, cli, notes, security
from .config import load_config
from .extensions import csrf, db, login_manager, migrate
from .models import MAX_ID, iso_utc


class IdConverter(IntegerConverter):
    """The int URL converter, capped at the largest id the database can hold."""

    def __init__(self, map, *args, **kwargs):
        # /notes/99999999999999999999/ would reach SQLite as an OverflowError (a
        # 500); Django 5 treats such lookups as "no match". Capped, it is a 404.
        kwargs.setdefault("max", MAX_ID)
        super().__init__(map, *args, **kwargs)


def human_datetime(value):
    """Format a UTC datetime for people, e.g. "1 Nov 2026, 09:00"."""
    return f"{value.day} {value:%b %Y, %H:%M}"


def create_app(test_config=None):
    """Create and configure the app (the factory of Flask's tutorial)."""
    app = Flask(__name__)
    app.config.from_mapping(load_config())
    if test_config is not None:
        app.config.from_mapping(test_config)
    # Django's JsonResponse keeps the keys in the order they were written; Flask
    # sorts them unless told not to.
    app.json.sort_keys = False
    app.url_map.converters["int"] = IdConverter

    db.init_app(app)
    migrate.init_app(app, db)
    csrf.init_app(app)
    login_manager.init_app(app)

    app.register_blueprint(notes.bp)
    app.register_blueprint(auth.bp)
    app.register_blueprint(api.bp)
    admin.init_app(app)
    cli.init_app(app)
    security.init_app(app)

    app.add_template_filter(iso_utc)
    app.add_template_filter(human_datetime)
    framework_version = version("flask")

    @app.context_processor
    def inject_framework():
        """Tell the footer which framework served the page."""
        return {"framework_name": "Flask", "framework_version": framework_version}

    # Flask renders these pages in debug mode too. Django renders 403.html in
    # every mode, but shows its technical 404 page instead of 404.html while
    # DEBUG is on.
    @app.errorhandler(403)
    def forbidden(error):
        """Render the site's own 403 page."""
        return render_template("403.html"), 403

    @app.errorhandler(404)
    def page_not_found(error):
        """Render the site's own 404 page, or the API's JSON answer under /api/."""
        # A blueprint's own 404 handler never sees a URL that matches no route
        # (/api/notes/abc/), so the API's JSON answer is chosen here, by path.
        if request.path.startswith("/api/"):
            return {"error": "Not found"}, 404
        return render_template("404.html"), 404

    return app
