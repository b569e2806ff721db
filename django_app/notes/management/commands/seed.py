"""The seed command: demo users, notes, messages. Twin: flask_app/notes/cli.py."""

from datetime import datetime, timedelta, timezone

from django.contrib.auth.models import Group, Permission, User
from django.core.management.base import BaseCommand
from django.db import transaction

from notes.models import ContactMessage, Note

DEMO_PASSWORD = "demo-pass-123"
DEMO_USERS = [
    # username, email, is_staff, is_superuser
    ("admin", "admin@example.com", True, True),
    ("moderator", "moderator@example.com", False, False),
    ("alice", "alice@example.com", False, False),
    ("bob", "bob@example.com", False, False),
]
# Fixed times keep the pages and the API output the same from run to run.
START = datetime(2026, 11, 1, 8, 0, tzinfo=timezone.utc)
DEMO_NOTES = 12
DEMO_MESSAGES = [
    ("Carol", "carol@example.com", "Hello from Carol.", START + timedelta(hours=13)),
    ("Dave", "dave@example.com", "Dave says hi.", START + timedelta(hours=14)),
]
# Both apps print the same two lines, word for word.
CREATED = "Created the demo data: 4 users, 12 notes, 2 contact messages."
NOTHING_TO_DO = (
    "Nothing to do: the database already has users "
    "(seed only fills a database that has none)."
)


class Command(BaseCommand):
    """manage.py seed: the demo data, written into a database without users."""

    help = "Fill a database that has no users with the demo data; else change nothing."

    @transaction.atomic
    def handle(self, *args, **options):
        """Write the demo data in one transaction, unless there are users already."""
        # One rule that never guesses: a database with any user belongs to
        # someone (the demo data, as they edited it, or their own accounts), so
        # seed leaves it alone instead of restoring notes they renamed or deleted.
        if User.objects.exists():
            self.stdout.write(NOTHING_TO_DO)
            return
        users = self.create_users()
        self.create_notes(users["alice"], users["bob"])
        self.create_messages()
        self.stdout.write(self.style.SUCCESS(CREATED))

    def create_users(self):
        """Create the four demo accounts and the Moderators group; return the users."""
        users = {}
        for username, email, is_staff, is_superuser in DEMO_USERS:
            users[username] = User.objects.create_user(
                username,
                email,
                DEMO_PASSWORD,
                is_staff=is_staff,
                is_superuser=is_superuser,
            )
        # A moderator is anyone whose group grants notes.delete_note. The group
        # outlives its members, so it may be there already.
        moderators, _ = Group.objects.get_or_create(name="Moderators")
        moderators.permissions.add(
            Permission.objects.get(
                content_type__app_label="notes", codename="delete_note"
            )
        )
        moderators.user_set.add(users["moderator"])
        return users

    def create_notes(self, alice, bob):
        """Create the twelve demo notes, one an hour, alternately by alice and bob."""
        for number in range(1, DEMO_NOTES + 1):
            at = START + timedelta(hours=number)
            note = Note.objects.create(
                title=f"Demo note {number}",
                body=(f"This is demo note number {number}. " * 6).strip(),
                author=alice if number % 2 else bob,
                created_at=at,
            )
            # updated_at has auto_now, which save() always overrides; update()
            # writes the column directly.
            Note.objects.filter(pk=note.pk).update(updated_at=at)

    def create_messages(self):
        """Create the two demo contact messages."""
        for name, email, message, at in DEMO_MESSAGES:
            ContactMessage.objects.create(
                name=name, email=email, message=message, created_at=at
            )
