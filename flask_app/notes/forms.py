"""Note and contact forms. Twin: django_app/notes/forms.py."""

from wtforms import EmailField, StringField, TextAreaField
from wtforms.validators import DataRequired, Email, InputRequired, Length

from ..forms import TextForm, no_null_characters, strip

# Parity: Django's Textarea widget renders cols="40" rows="10"; WTForms adds no
# size, and the two apps' pages should look alike.
TEXTAREA = {"cols": 40, "rows": 10}


def text_rules(max_length):
    """Return the validators of a required text field of at most max_length."""
    # Parity: a bound Django form takes every field from the posted data, so a
    # field not sent (or sent as a file) is missing; WTForms would quietly keep
    # the edited object's value. InputRequired refuses a field absent from the
    # post, DataRequired one that is blank once stripped. With Length they give
    # the input its required and maxlength attributes, as Django's CharField
    # (max_length=…) does.
    return [InputRequired(), DataRequired(), no_null_characters, Length(max=max_length)]


class NoteForm(TextForm):
    """Title and body of a note; the view sets the author."""

    # Django's ModelForm takes fields, labels and limits from the model;
    # WTForms knows nothing of the model, so each field is written out.
    title = StringField("Title", text_rules(100), [strip])
    body = TextAreaField("Body", text_rules(5000), [strip], render_kw=TEXTAREA)


class ContactForm(TextForm):
    """A plain form: the view stores its data itself."""

    name = StringField("Name", text_rules(100), [strip])
    email = EmailField("Email", text_rules(254) + [Email()], [strip])
    message = TextAreaField("Message", text_rules(2000), [strip], render_kw=TEXTAREA)
