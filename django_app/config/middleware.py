"""Refuse a request body over the size limit before anything reads it.

Twin: MAX_CONTENT_LENGTH in flask_app/config.py, which Flask enforces itself.
"""

from django.conf import settings
from django.http import HttpResponse


class RequestSizeLimitMiddleware:
    """Answer 413 to a body longer than DATA_UPLOAD_MAX_MEMORY_SIZE."""

    # Parity: Flask refuses any body over MAX_CONTENT_LENGTH with 413. Django
    # only limits the form fields it parses (DATA_UPLOAD_MAX_MEMORY_SIZE, a
    # 400) and leaves the body to the web server in front: a 200 MB upload was
    # read and spooled to disk before the CSRF check refused it. gunicorn has
    # no body limit, so the same limit is applied here, files included.
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        try:
            length = int(request.META.get("CONTENT_LENGTH") or 0)
        except ValueError:
            length = 0
        if length > settings.DATA_UPLOAD_MAX_MEMORY_SIZE:
            return HttpResponse(
                "Request body too large.", status=413, content_type="text/plain"
            )
        return self.get_response(request)
