"""The accounts blueprint: register, log in, log out, create-superuser.

Twin: django_app/accounts/apps.py and urls.py (app_name = "accounts").
"""

from flask import Blueprint

# cli_group=None puts the blueprint's commands straight under `flask`, so the
# command is `flask create-superuser`, as Django's is `manage.py createsuperuser`.
bp = Blueprint(
    "accounts",
    __name__,
    url_prefix="/accounts",
    template_folder="templates",
    cli_group=None,
)

from . import cli, views  # noqa: E402, F401  (they add to bp)
