"""Public pages and note editing. Twin: django_app/notes/views.py and urls.py.

Flask declares each route next to its view with a decorator; Django lists them
in urls.py. Pages are functions here and classes there; the contact form is a
MethodView, the nearest Flask has to Django's class-based FormView.
"""

from flask import abort, flash, redirect, render_template, request, url_for
from flask.views import MethodView
from flask_login import current_user, login_required
from sqlalchemy.orm import joinedload
from sqlalchemy.orm.exc import StaleDataError

from ..extensions import db
from . import bp
from .forms import ContactForm, NoteForm
from .models import MAX_ID, ContactMessage, Note
from .pagination import NewestNotesPagination
from .permissions import can_delete, can_edit

NOTES_PER_PAGE = 10


def notes_page():
    """Return the page of newest notes that ?page asks for, or abort with 404."""
    # Like db.paginate(), this reads ?page itself and answers 404 for a page
    # that is not a positive integer or lies past the end. It only learns the
    # end after asking the database for the page, though, and an OFFSET too
    # large for SQLite's integers is an OverflowError (a 500). Django's
    # Paginator counts first.
    if request.args.get("page", 1, type=int) > MAX_ID // NOTES_PER_PAGE:
        abort(404)
    return NewestNotesPagination(per_page=NOTES_PER_PAGE)


def get_note_or_404(note_id):
    """Return the note with this id, its author loaded, or abort with 404."""
    # An id too large for the column reaches SQLite as an OverflowError; Django
    # 5 treats such a lookup as "no match" and get_object_or_404 answers 404.
    if note_id > MAX_ID:
        abort(404)
    return db.get_or_404(Note, note_id, options=[joinedload(Note.author)])


@bp.get("/")
def home():
    """List the newest notes, ten a page."""
    return render_template("notes/home.html", page=notes_page())


@bp.get("/about/")
def about():
    """Show the page about the project."""
    return render_template("notes/about.html")


class ContactView(MethodView):
    """Show the contact form and store the messages sent through it."""

    def get(self):
        """Show an empty form."""
        return render_template("notes/contact.html", form=ContactForm())

    def post(self):
        """Store a valid message and redirect, or show the form with its errors."""
        form = ContactForm()
        if not form.validate():
            return render_template("notes/contact.html", form=form)
        message = ContactMessage()
        form.populate_obj(message)
        db.session.add(message)
        db.session.commit()
        flash("Thanks, your message was sent.", "success")
        return redirect(url_for("notes.contact"))


bp.add_url_rule("/contact/", view_func=ContactView.as_view("contact"))


@bp.get("/notes/<int:note_id>/")
def note_detail(note_id):
    """Show one note with the actions the visitor may take."""
    note = get_note_or_404(note_id)
    return render_template(
        "notes/note_detail.html",
        note=note,
        can_edit=can_edit(current_user, note),
        can_delete=can_delete(current_user, note),
    )


@bp.route("/notes/new/", methods=["GET", "POST"])
@login_required
def note_create():
    """Let a signed-in user write a note."""
    form = NoteForm()
    if form.validate_on_submit():
        note = Note(author=current_user)
        form.populate_obj(note)
        db.session.add(note)
        db.session.commit()
        flash("Note created.", "success")
        return redirect(url_for("notes.note_detail", note_id=note.id))
    return render_template("notes/note_form.html", form=form, heading="New note")


@bp.route("/notes/<int:note_id>/edit/", methods=["GET", "POST"])
@login_required
def note_edit(note_id):
    """Let the author edit a note; anyone else gets 403."""
    note = get_note_or_404(note_id)
    if not can_edit(current_user, note):
        abort(403)
    form = NoteForm(obj=note)
    if form.validate_on_submit():
        form.populate_obj(note)
        try:
            db.session.commit()
        except StaleDataError:
            # Deleted since it was read: the UPDATE matched no row. Django's
            # save() would INSERT it again; its twin asks for an update only.
            db.session.rollback()
            abort(404)
        flash("Note updated.", "success")
        return redirect(url_for("notes.note_detail", note_id=note_id))
    return render_template("notes/note_form.html", form=form, heading="Edit note")


@bp.post("/notes/<int:note_id>/delete/")
@login_required
def note_delete(note_id):
    """Delete a note for its author or a moderator; POST only."""
    note = get_note_or_404(note_id)
    if not can_delete(current_user, note):
        abort(403)
    db.session.delete(note)
    db.session.commit()
    flash("Note deleted.", "success")
    return redirect(url_for("notes.home"))
