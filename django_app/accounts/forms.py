"""The registration form. Twin: flask_app/accounts/forms.py.

AuthenticationForm, the sign-in form, is used as Django ships it.
"""

from django.contrib.auth.forms import UserCreationForm


class RegisterForm(UserCreationForm):
    """Sign up with username, password1 and password2."""

    # UserCreationForm already checks everything the spec asks for: a unique
    # username of allowed characters, two equal passwords, and the password
    # validators from settings. The Flask twin writes each of these checks.
    class Meta(UserCreationForm.Meta):
        fields = ["username"]
