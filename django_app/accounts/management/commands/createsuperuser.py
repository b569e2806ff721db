"""createsuperuser, names unique in any case. Twin: flask_app/accounts/cli.py."""

from django.contrib.auth.management.commands import createsuperuser


class Command(createsuperuser.Command):
    """Django's createsuperuser with the sign-up form's case-insensitive check."""

    def _validate_username(self, username, verbose_field_name, database):
        """Refuse a username another user has in any case or width, as the form does."""
        # Django's command only looks for the exact name, and the index on
        # LOWER(username) (accounts/migrations/0001) then refuses the insert with
        # a traceback. UserCreationForm compares case-insensitively, after NFKC.
        name = self.UserModel.normalize_username(username or "")
        users = self.UserModel._default_manager.db_manager(database)
        if name and users.filter(username__iexact=name).exists():
            return f"Error: That {verbose_field_name} is already taken."
        return super()._validate_username(username, verbose_field_name, database)
