"""The registration form. Twin: RegisterForm in flask_app/forms.py."""

from django.contrib.auth.forms import UserCreationForm


class RegisterForm(UserCreationForm):
    """Sign up with username, password1 and password2."""

    # UserCreationForm already checks everything the spec asks for: a unique
    # username of allowed characters, two equal passwords, and the password
    # validators from settings. The Flask twin writes each of these checks.
    class Meta(UserCreationForm.Meta):
        fields = ["username"]

    def __init__(self, *args, **kwargs):
        """Build the form without the fields' help texts."""
        super().__init__(*args, **kwargs)
        # The shared HTML contract has no help text under a field: the rules
        # show up as errors instead, in both apps.
        for field in self.fields.values():
            field.help_text = ""
