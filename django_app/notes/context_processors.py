"""Context for every template. Twin: the context processor in create_app()."""

import django


def framework(request):
    """Name the framework and version that served the page, for the footer."""
    return {"framework_name": "Django", "framework_version": django.get_version()}
