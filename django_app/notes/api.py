"""The read-only JSON API. Twin: flask_app/notes/api.py."""

from django.http import Http404, JsonResponse
from django.views import View
from django.views.generic import DetailView, ListView

from .models import Note
from .pagination import NewestFirstPaginator
from .templatetags.notes_extras import iso_utc
from .views import NOTES_PER_PAGE


def note_to_dict(note):
    """Return note as the API shows it, keys in a fixed order."""
    return {
        "id": note.pk,
        "title": note.title,
        "body": note.body,
        "author": note.author.username,
        # DjangoJSONEncoder would add milliseconds whenever the time has them;
        # both apps send ISO 8601 in UTC to the second instead.
        "created_at": iso_utc(note.created_at),
        "url": note.get_absolute_url(),
    }


def describe_request(request):
    """Return what the view sees of the request and its user."""
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


class JsonNotFoundMixin:
    """Answer an Http404 raised by the view with the API's JSON 404."""

    # With DEBUG on, Django answers an Http404 with its HTML debug page before
    # handler404 could choose JSON; catching it here answers the same in both
    # modes. Flask's 404 error handler is called in debug mode too.
    def dispatch(self, request, *args, **kwargs):
        try:
            return super().dispatch(request, *args, **kwargs)
        except Http404:
            return JsonResponse({"error": "Not found"}, status=404)


class NoteListApi(JsonNotFoundMixin, ListView):
    """List the notes, ten a page, as JSON."""

    queryset = Note.objects.select_related("author")
    paginate_by = NOTES_PER_PAGE
    paginator_class = NewestFirstPaginator

    def render_to_response(self, context, **response_kwargs):
        """Return the requested page of notes as JSON."""
        page = context["page_obj"]
        return JsonResponse(
            {
                "count": page.paginator.count,
                "page": page.number,
                "pages": page.paginator.num_pages,
                "notes": [note_to_dict(note) for note in page.object_list],
            }
        )


class NoteDetailApi(JsonNotFoundMixin, DetailView):
    """Show one note as JSON."""

    queryset = Note.objects.select_related("author")

    def render_to_response(self, context, **response_kwargs):
        """Return the note as JSON."""
        return JsonResponse(note_to_dict(self.object))


class WhoAmIApi(View):
    """Echo the request as this view sees it."""

    def get(self, request):
        """Return what this view sees of the request."""
        return JsonResponse(describe_request(request))
