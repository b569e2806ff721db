"""What every form of the app shares: text fields only, stripped, no NUL.

Twin: django.forms.Form and CharField, built into Django, which read text
fields from request.POST only, strip them and refuse NUL characters by default.
"""

from flask import request
from flask_wtf import FlaskForm
from flask_wtf.form import SUBMIT_METHODS
from wtforms.validators import ValidationError


class TextForm(FlaskForm):
    """A Flask-WTF form that reads the submitted text fields and nothing else."""

    def __init__(self, formdata=None, **kwargs):
        # Flask-WTF fills a form from request.form, request.files and a JSON body
        # alike, so a text field could be handed an upload or a number, which
        # WTForms' length check cannot measure (a 500). Django's forms read
        # request.POST, where only text fields are, and so does this one: a
        # field sent as a file is simply missing.
        if formdata is None and request.method in SUBMIT_METHODS:
            formdata = request.form
        super().__init__(formdata=formdata, **kwargs)


def strip(value):
    """Remove surrounding whitespace from a submitted string."""
    # Parity: Django's CharField strips by default; WTForms keeps what was typed,
    # so every text field except the passwords gets this filter.
    return value.strip() if isinstance(value, str) else value


def no_null_characters(form, field):
    """Reject a value holding a NUL character."""
    # Parity: Django's CharField refuses NUL characters (PostgreSQL cannot store
    # them in text); WTForms passes them through, so every text field gets this.
    if "\x00" in (field.data or ""):
        raise ValidationError("Null characters are not allowed.")
