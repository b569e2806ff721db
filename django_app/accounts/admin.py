"""The admin's user pages: Django's UserAdmin with two checks added.

Twin: flask_app/accounts/admin.py, which writes the whole user view by hand.
"""

from django.contrib import admin
from django.contrib.auth.admin import UserAdmin as BaseUserAdmin
from django.contrib.auth.forms import UserChangeForm
from django.contrib.auth.models import User
from django.core.exceptions import ValidationError

from config.admin import CheckedIdsMixin


class UsernameChangeForm(UserChangeForm):
    """UserChangeForm that refuses a username another user has in any case."""

    def clean_username(self):
        """Reject a rename onto a name that differs from another only in case."""
        # The add form (UserCreationForm) checks this; the change form only
        # checks exact duplicates, and the database's case-insensitive index
        # (accounts/migrations/0001) would then answer with an error page.
        username = self.cleaned_data["username"]
        others = User.objects.exclude(pk=self.instance.pk)
        if others.filter(username__iexact=username).exists():
            raise ValidationError(
                self.instance.unique_error_message(User, ["username"])
            )
        return username


admin.site.unregister(User)


@admin.register(User)
class UserAdmin(CheckedIdsMixin, BaseUserAdmin):
    """Django's UserAdmin: password hashing and the password form built in."""

    form = UsernameChangeForm
