"""Refuse a form body Django cannot parse, with 400. Twin: flask_app/bad_requests.py."""

from django.core.exceptions import BadRequest
from django.http import HttpResponseBadRequest


class UnreadableFormMiddleware:
    """Answer 400 to a form body Django refuses to parse, before anyone reads it."""

    # An urlencoded body declared in another charset than UTF-8 raises
    # BadRequest each time request.POST is read: in the CSRF check, then again
    # while the error page is built (handler400's context or, with DEBUG on,
    # the debug page), and the 400 becomes a 500. Reading it once here, before
    # the CSRF check, answers 400 in every mode.
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if request.method == "POST":
            try:
                request.POST  # noqa: B018  (parsing is the point)
            except BadRequest:
                return HttpResponseBadRequest("Bad request.", content_type="text/plain")
        return self.get_response(request)
