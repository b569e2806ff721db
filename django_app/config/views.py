"""The project's error pages. Twin: the error handlers in flask_app/__init__.py.

config/urls.py names page_not_found as handler404, and routes every unmatched
path under /api/ to api_not_found.
"""

from django.http import JsonResponse
from django.views import defaults
from django.views.decorators.common import no_append_slash
from django.views.decorators.csrf import csrf_exempt


@csrf_exempt
@no_append_slash
def api_not_found(request):
    """Answer a path under /api/ that names no API resource."""
    # A route of its own: with DEBUG on, Django shows its technical 404 page
    # for a URL that matches no route and never calls handler404. csrf_exempt
    # keeps a POST here a 404, as for any URL that matches nothing, and
    # no_append_slash stops APPEND_SLASH from redirecting /api/nope to
    # /api/nope/ merely because this route would match it.
    return JsonResponse({"error": "Not found"}, status=404)


def page_not_found(request, exception):
    """Answer a 404 as JSON under /api/ and as the site's 404 page elsewhere."""
    # handler404 serves the 404s raised while DEBUG is off, including /api/
    # paths without a final slash, which no route matches.
    if request.path_info.startswith("/api/"):
        return api_not_found(request)
    return defaults.page_not_found(request, exception)
