"""Template filters for notes. Twin: Jinja calls note.excerpt(80) directly."""

from django import template

register = template.Library()


@register.filter
def excerpt(note, length):
    """Return note.excerpt(length) for {{ note|excerpt:80 }}."""
    # The Django template language cannot call a method with an argument, so a
    # filter wraps the model method that Jinja templates call as is.
    return note.excerpt(int(length))
