"""Who may edit and delete notes. Twin: django_app/notes/permissions.py.

Django answers these questions with groups, permissions and user.has_perm();
Flask has no permission system, so the moderator role is a flag on User and
these helpers are the one place that reads it.
"""


def is_moderator(user):
    """Return True when user may delete anyone's note (superusers included)."""
    # Like Django's has_perm(), an inactive account has no permissions at all.
    # (An anonymous user has no is_moderator: Flask-Login's AnonymousUserMixin
    # has only is_authenticated, is_active and is_anonymous, where Django's
    # AnonymousUser answers every attribute of a user.)
    if not user.is_authenticated or not user.is_active:
        return False
    return bool(user.is_superuser or user.is_moderator)


def can_edit(user, note):
    """Return True when user wrote note: only authors edit their notes."""
    # is_active is checked for the same reason; Django's twin needs no check
    # because its sessions never load an inactive user (nor do the Flask
    # twin's, since load_user refuses one: this is a second line of defence).
    return user.is_authenticated and user.is_active and note.author_id == user.id


def can_delete(user, note):
    """Return True when user wrote note or is a moderator."""
    return can_edit(user, note) or is_moderator(user)
