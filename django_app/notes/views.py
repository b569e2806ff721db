"""Public pages and note editing. Twin: flask_app/notes/views.py."""

# Every view is class-based: View answers OPTIONS (and HEAD, through get) and
# returns 405 with an Allow header by itself, which Flask does for every route
# but Django's function views do not.
# No view here mentions CSRF: CsrfViewMiddleware checks every unsafe request
# before a view runs, and the templates add the token with {% csrf_token %}.

from django.contrib import messages
from django.contrib.auth.mixins import LoginRequiredMixin, UserPassesTestMixin
from django.contrib.auth.views import redirect_to_login
from django.core.exceptions import PermissionDenied
from django.db import DatabaseError, transaction
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect
from django.urls import reverse_lazy
from django.views.generic import (
    CreateView,
    DetailView,
    FormView,
    ListView,
    TemplateView,
    UpdateView,
    View,
)

from .forms import ContactForm, NoteForm
from .models import ContactMessage, Note
from .pagination import NewestFirstPaginator
from .permissions import can_delete, can_edit

NOTES_PER_PAGE = 10


class HomeView(ListView):
    """List the newest notes, ten a page."""

    # ListView paginates ?page itself: anything but a page number in range is
    # a 404, except "last" (the last page) and an empty value (the first).
    # select_related joins the authors in, so a page costs two queries (count
    # and rows) however many authors it shows.
    queryset = Note.objects.select_related("author")
    paginate_by = NOTES_PER_PAGE
    paginator_class = NewestFirstPaginator
    context_object_name = "notes"
    template_name = "notes/home.html"


class AboutView(TemplateView):
    """Show the page about the project."""

    template_name = "notes/about.html"


class ContactView(FormView):
    """Show the contact form and store a valid message."""

    form_class = ContactForm
    template_name = "notes/contact.html"
    success_url = reverse_lazy("notes:contact")

    def form_valid(self, form):
        """Store the message, thank the sender and redirect to the form."""
        ContactMessage.objects.create(**form.cleaned_data)
        messages.success(self.request, "Thanks, your message was sent.")
        return super().form_valid(form)


class NoteDetailView(DetailView):
    """Show one note with the actions the visitor may take."""

    queryset = Note.objects.select_related("author")
    template_name = "notes/note_detail.html"

    def get_context_data(self, **kwargs):
        """Add whether the visitor may edit and delete the note."""
        user = self.request.user
        return super().get_context_data(
            can_edit=can_edit(user, self.object),
            can_delete=can_delete(user, self.object),
            **kwargs,
        )


class NoteCreateView(LoginRequiredMixin, CreateView):
    """Let a signed-in user write a note."""

    form_class = NoteForm
    template_name = "notes/note_form.html"
    extra_context = {"heading": "New note"}

    def form_valid(self, form):
        """Make the signed-in user the author, save and say so."""
        form.instance.author = self.request.user
        messages.success(self.request, "Note created.")
        return super().form_valid(form)


class NoteUpdateView(LoginRequiredMixin, UserPassesTestMixin, UpdateView):
    """Let the author edit a note; anyone else gets 403."""

    model = Note
    form_class = NoteForm
    template_name = "notes/note_form.html"
    extra_context = {"heading": "Edit note"}

    def get_object(self, queryset=None):
        """Return the note being edited, fetched once per request."""
        # test_func and get/post both ask for the note: fetch it only once.
        if not hasattr(self, "_note"):
            self._note = super().get_object(queryset)
        return self._note

    def test_func(self):
        """Let only the author through."""
        # A signed-in user who fails this gets PermissionDenied, hence 403.
        return can_edit(self.request.user, self.get_object())

    def form_valid(self, form):
        """Save the changes, unless the note was deleted meanwhile, and say so."""
        # save() would INSERT the note again if a moderator deleted it since it
        # was read: finding no row to UPDATE, it creates one. force_update
        # raises instead, and a note that is gone is a 404, as in the Flask twin
        # (whose UPDATE simply matches no row).
        try:
            # Its own savepoint, so that a failed UPDATE inside a request-wide
            # transaction (ATOMIC_REQUESTS) leaves the query below usable.
            with transaction.atomic():
                form.instance.save(force_update=True)
        except DatabaseError:
            if Note.objects.filter(pk=form.instance.pk).exists():
                raise
            raise Http404("The note was deleted.") from None
        messages.success(self.request, "Note updated.")
        return redirect(form.instance)


class NoteDeleteView(View):
    """Delete a note for its author or a moderator; POST only."""

    # Only post() is defined, so GET gets 405. The sign-in check is in post()
    # rather than in LoginRequiredMixin, whose dispatch runs before the method
    # check and would redirect a signed-out GET to the login page instead.
    def post(self, request, pk):
        """Delete the note, or send to sign-in, 404 or 403, then go home."""
        if not request.user.is_authenticated:
            return redirect_to_login(request.get_full_path())
        note = get_object_or_404(Note, pk=pk)
        if not can_delete(request.user, note):
            raise PermissionDenied
        note.delete()
        messages.success(request, "Note deleted.")
        return redirect("notes:home")
