"""Template filters for notes. Twin: flask_app/notes/filters.py.

Templates load these with {% load notes_extras %}; Flask registers its filters
on the app instead.
"""

from datetime import timezone

from django import template

register = template.Library()


@register.filter
def iso_utc(value):
    """Format an aware datetime as 2026-11-01T09:00:00Z."""
    return value.astimezone(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")


@register.filter
def human_datetime(value):
    """Format an aware datetime in UTC for people, e.g. "1 Nov 2026, 09:00"."""
    # The built-in date filter does the same with a format string, but looks up
    # the active time zone and translations for every call: on a page of ten
    # notes it was a tenth of the rendering time.
    value = value.astimezone(timezone.utc)
    return f"{value.day} {value:%b %Y, %H:%M}"


@register.filter
def excerpt(note, length):
    """Return note.excerpt(length) for {{ note|excerpt:80 }}."""
    # The Django template language cannot call a method with an argument, so a
    # filter wraps the model method that Jinja templates call as is.
    return note.excerpt(int(length))
