"""The Django floor: one view that renders page.html from memory, nothing else.

Settings in one call, no installed app, no middleware, no database: what
Django itself costs to route a request and render a template of the size of
the twin's home page. The Django template language reads page.html as it is,
so both floors render the same file.
"""

import os
from pathlib import Path

from django.conf import settings
from django.core.wsgi import get_wsgi_application
from django.shortcuts import render
from django.urls import path

from bench.anchors.page_data import CONTEXT

settings.configure(
    DEBUG=False,
    SECRET_KEY=os.environ["SECRET_KEY"],
    ALLOWED_HOSTS=["localhost", "127.0.0.1"],
    ROOT_URLCONF=__name__,
    MIDDLEWARE=[],
    TEMPLATES=[
        {
            "BACKEND": "django.template.backends.django.DjangoTemplates",
            "DIRS": [Path(__file__).parent / "templates"],
        }
    ],
)


def home(request):
    """Render the page of ten notes."""
    return render(request, "page.html", {"framework": "Django", **CONTEXT})


urlpatterns = [path("", home)]
application = get_wsgi_application()
