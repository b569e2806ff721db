"""Note and contact forms. Twin: flask_app/forms.py."""

from django import forms

from .models import Note


class NoteForm(forms.ModelForm):
    """Write or edit a note; fields, labels and limits come from the model."""

    # ModelForm's CharFields strip surrounding whitespace by default; the Flask
    # twin has to add a filter to every WTForms field to do the same.
    class Meta:
        model = Note
        fields = ["title", "body"]


class ContactForm(forms.Form):
    """Send a message to the site's owners; a plain form, saved by the view."""

    name = forms.CharField(max_length=100)
    email = forms.EmailField(max_length=254)
    message = forms.CharField(max_length=2000, widget=forms.Textarea)
