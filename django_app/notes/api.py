"""The JSON API. Twin: flask_app/api.py."""

from datetime import timezone

from django.core.paginator import InvalidPage
from django.http import JsonResponse
from django.views import View

from .models import Note
from .views import notes_page


def not_found():
    """Return the API's 404 answer."""
    return JsonResponse({"error": "Not found"}, status=404)


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
        try:
            note = Note.objects.select_related("author").get(pk=pk)
        except Note.DoesNotExist:
            return not_found()
        return JsonResponse(note_to_dict(note))


class WhoAmIApi(View):
    """Echo the request as this view sees it."""

    def get(self, request):
        return JsonResponse(describe_request(request))
