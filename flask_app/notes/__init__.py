"""The notes blueprint: pages, note editing, the JSON API, seed.

Twin: django_app/notes/apps.py and urls.py (app_name = "notes").
"""

from flask import Blueprint

# cli_group=None puts the blueprint's commands straight under `flask`:
# `flask seed`, as Django's is `manage.py seed`.
bp = Blueprint("notes", __name__, template_folder="templates", cli_group=None)

from . import api, cli, filters, views  # noqa: E402, F401  (they add to bp)
