"""The JSON API. Twin: flask_app/api.py."""

from datetime import timezone

from django.core.paginator import InvalidPage
from django.http import JsonResponse
from django.views import View, defaults
from django.views.decorators.common import no_append_slash
from django.views.decorators.csrf import csrf_exempt

from .models import Note
from .views import notes_page


def not_found():
    """Return the API's 404 answer."""
    return JsonResponse({"error": "Not found"}, status=404)


# The last route under api/ sends every other path that ends in a slash here.
# handler404 alone would not do: with DEBUG on, Django shows its technical 404
# page for a URL that matches no route and never calls handler404, while a
# matched route answers the same way in both modes. Flask needs none of this:
# its 404 error handler sees every unmatched URL. csrf_exempt keeps a POST
# here a 404, as it is for a URL that matches nothing (the view changes no
# data), and no_append_slash stops APPEND_SLASH from redirecting /api/nope to
# /api/nope/ merely because this route would match it.
@csrf_exempt
@no_append_slash
def unmatched(request):
    """Answer a path under /api/ that names no API resource."""
    return not_found()


def page_not_found(request, exception):
    """Answer a 404 as JSON under /api/ and as the site's 404 page elsewhere."""
    # Django's handler404: it serves the 404s raised while DEBUG is off,
    # including /api/ paths without a final slash, which no route matches.
    if request.path_info.startswith("/api/"):
        return not_found()
    return defaults.page_not_found(request, exception)


def utc_timestamp(value):
    """Format an aware datetime as 2026-11-01T09:00:00Z."""
    # DjangoJSONEncoder would add milliseconds whenever the time has them, and
    # Flask's encoder writes an RFC 822 date; both apps format it themselves.
    return value.astimezone(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")


def note_to_dict(note):
    """Return note as the API shows it, keys in a fixed order."""
    return {
        "id": note.pk,
        "title": note.title,
        "body": note.body,
        "author": note.author.username,
        "created_at": utc_timestamp(note.created_at),
        "url": note.get_absolute_url(),
    }


def describe_request(request):
    """Return what the view sees of request and its user."""
    # Django passes the request to every view, and the view passes it on. The
    # Flask twin's helper takes no argument: it reads the thread-local request.
    user = request.user
    return {
        "authenticated": user.is_authenticated,
        "username": user.username if user.is_authenticated else None,
        "is_staff": user.is_staff,
        "method": request.method,
        "path": request.path,
        "user_agent": request.headers.get("User-Agent", ""),
        "remote_addr": request.META.get("REMOTE_ADDR"),
    }


class NoteListApi(View):
    """List the notes, ten a page, as JSON."""

    def get(self, request):
        """Return the requested page of notes, or the API's 404."""
        try:
            page = notes_page(request)
        except InvalidPage:
            return not_found()
        return JsonResponse(
            {
                "count": page.paginator.count,
                "page": page.number,
                "pages": page.paginator.num_pages,
                "notes": [note_to_dict(note) for note in page.object_list],
            }
        )


class NoteDetailApi(View):
    """Show one note as JSON."""

    def get(self, request, pk):
        """Return the note with id pk, or the API's 404."""
        try:
            note = Note.objects.select_related("author").get(pk=pk)
        except Note.DoesNotExist:
            return not_found()
        return JsonResponse(note_to_dict(note))


class WhoAmIApi(View):
    """Echo the request as this view sees it."""

    def get(self, request):
        """Return what this view sees of the request."""
        return JsonResponse(describe_request(request))
