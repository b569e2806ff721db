"""Note and contact forms. Twin: flask_app/notes/forms.py."""

from django import forms

from .models import Note


class NoteForm(forms.ModelForm):
    """Title and body of a note; the view sets the author."""

    # A ModelForm takes fields, labels and limits from the model, and its
    # CharFields strip surrounding whitespace by default; the Flask twin writes
    # each field out, with a filter that strips.
    class Meta:
        model = Note
        fields = ["title", "body"]


class ContactForm(forms.Form):
    """A plain form: the view stores its data itself."""

    name = forms.CharField(max_length=100)
    email = forms.EmailField(max_length=254)
    message = forms.CharField(max_length=2000, widget=forms.Textarea)
