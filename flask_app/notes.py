"""Public pages and note editing. Twin: django_app/notes/views.py and urls.py.

Flask declares each route next to its view with a decorator; Django lists them
in urls.py. Pages that only read are functions; the contact form is a MethodView,
the nearest Flask has to Django's class-based FormView.
"""

from flask import (
    Blueprint,
    abort,
    flash,
    redirect,
    render_template,
    request,
    url_for,
)
from flask.views import MethodView
from flask_login import current_user, login_required

from .extensions import db
from .forms import ContactForm, NoteForm
from .models import MAX_ID, ContactMessage, Note, newest_notes
from .permissions import can_delete, can_edit

bp = Blueprint("notes", __name__)

NOTES_PER_PAGE = 10


def notes_page():
    """Return the page of newest notes that ?page asks for, or abort with 404."""
    # paginate() answers 404 for a page that is not a positive integer in range,
    # like Django's Paginator raising InvalidPage, but a page number too large
    # for the database's integers reaches SQLite as an OverflowError first.
    try:
        number = int(request.args.get("page", 1))
    except ValueError:
        abort(404)
    if not 1 <= number <= MAX_ID:
        abort(404)
    return db.paginate(newest_notes(), page=number, per_page=NOTES_PER_PAGE)


@bp.get("/")
def home():
    """List the newest notes, ten a page."""
    return render_template("notes/home.html", page=notes_page())


@bp.get("/about/")
def about():
    """Show the static page about the project."""
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
        db.session.add(
            ContactMessage(
                name=form.name.data, email=form.email.data, message=form.message.data
            )
        )
        db.session.commit()
        flash("Thanks, your message was sent.", "success")
        return redirect(url_for("notes.contact"))


bp.add_url_rule("/contact/", view_func=ContactView.as_view("contact"))


@bp.get("/notes/<int:note_id>/")
def note_detail(note_id):
    """Show one note."""
    note = db.get_or_404(Note, note_id)
    return render_template(
        "notes/note_detail.html",
        note=note,
        can_edit=can_edit(current_user, note),
        can_delete=can_delete(current_user, note),
    )


@bp.route("/notes/new/", methods=["GET", "POST"])
@login_required
def note_create():
    """Create a note written by the signed-in user."""
    form = NoteForm()
    if form.validate_on_submit():
        note = Note(title=form.title.data, body=form.body.data, author=current_user)
        db.session.add(note)
        db.session.commit()
        flash("Note created.", "success")
        return redirect(url_for("notes.note_detail", note_id=note.id))
    return render_template("notes/note_form.html", form=form, editing=False)


@bp.route("/notes/<int:note_id>/edit/", methods=["GET", "POST"])
@login_required
def note_edit(note_id):
    """Edit a note; only its author may."""
    note = db.get_or_404(Note, note_id)
    if not can_edit(current_user, note):
        abort(403)
    form = NoteForm(obj=note)
    if form.validate_on_submit():
        note.title = form.title.data
        note.body = form.body.data
        db.session.commit()
        flash("Note updated.", "success")
        return redirect(url_for("notes.note_detail", note_id=note.id))
    return render_template("notes/note_form.html", form=form, editing=True)


@bp.post("/notes/<int:note_id>/delete/")
@login_required
def note_delete(note_id):
    """Delete a note; its author or a moderator may."""
    note = db.get_or_404(Note, note_id)
    if not can_delete(current_user, note):
        abort(403)
    db.session.delete(note)
    db.session.commit()
    flash("Note deleted.", "success")
    return redirect(url_for("notes.home"))
