"""Public pages and note editing. Twin: flask_app/notes.py."""

# Every view is class-based: View answers OPTIONS (and HEAD, through get) and
# returns 405 with an Allow header by itself, which Flask does for every route
# but Django's function views do not.
# No view here mentions CSRF: CsrfViewMiddleware checks every unsafe request
# before a view runs, and the templates add the token with {% csrf_token %}.

from django.contrib import messages
from django.contrib.auth.mixins import LoginRequiredMixin, UserPassesTestMixin
from django.contrib.auth.views import redirect_to_login
from django.core.exceptions import PermissionDenied
from django.core.paginator import InvalidPage, Paginator
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect
from django.urls import reverse_lazy
from django.views.generic import (
    CreateView,
    DetailView,
    FormView,
    TemplateView,
    UpdateView,
    View,
)

from .forms import ContactForm, NoteForm
from .models import ContactMessage, Note
from .permissions import can_delete, can_edit

NOTES_PER_PAGE = 10


def notes_page(request):
    """Return the requested page of notes, or raise InvalidPage."""
    # select_related joins the authors in, so a page costs two queries (count
    # and rows) however many authors it shows.
    notes = Note.objects.select_related("author")
    return Paginator(notes, NOTES_PER_PAGE).page(request.GET.get("page", 1))


class HomeView(TemplateView):
    """Show the newest notes, ten a page."""

    # Not ListView: its pagination also accepts ?page=last, which the Flask
    # twin has no equivalent for. Paginator.page rejects everything that is not
    # a positive integer in range, and the view turns that into a 404.
    template_name = "notes/home.html"

    def get_context_data(self, **kwargs):
        """Add the requested page of notes, or raise Http404 for a bad page."""
        try:
            page = notes_page(self.request)
        except InvalidPage as error:
            raise Http404("No such page.") from error
        return super().get_context_data(page=page, notes=page.object_list, **kwargs)


class AboutView(TemplateView):
    """Show the page about the project."""

    template_name = "notes/about.html"


class ContactView(FormView):
    """Show the contact form and store a valid message."""

    form_class = ContactForm
    template_name = "notes/contact.html"
    success_url = reverse_lazy("contact")

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
        """Save the changes and say so."""
        messages.success(self.request, "Note updated.")
        return super().form_valid(form)


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
        return redirect("home")
