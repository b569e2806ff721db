"""Template filters for dates. Twin: django_app/notes/templatetags/notes_extras.py.

Jinja registers filters on the app (here through the blueprint); Django loads
them from a templatetags library with {% load %}.
"""

from . import bp


@bp.app_template_filter()
def iso_utc(value):
    """Format a stored UTC datetime as ISO 8601 with second precision and a Z."""
    return value.strftime("%Y-%m-%dT%H:%M:%SZ")


@bp.app_template_filter()
def human_datetime(value):
    """Format a UTC datetime for people, e.g. "1 Nov 2026, 09:00"."""
    return f"{value.day} {value:%b %Y, %H:%M}"
