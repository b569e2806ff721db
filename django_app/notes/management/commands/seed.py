"""The seed command: demo users, notes, messages. Twin: flask_app/cli.py."""

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
DEMO_MESSAGES = [
    ("Carol", "carol@example.com", "Hello from Carol.", START + timedelta(hours=13)),
    ("Dave", "dave@example.com", "Dave says hi.", START + timedelta(hours=14)),
]


class Command(BaseCommand):
    """manage.py seed: the demo data, created once."""

    help = "Create the demo accounts, notes and contact messages (idempotent)."

    @transaction.atomic
    def handle(self, *args, **options):
        """Create whatever part of the demo data is missing, in one transaction."""
        created = self.seed_users() + self.seed_notes() + self.seed_messages()
        if not created:
            self.stdout.write("Nothing to do: the demo data is already there.")

    def report(self, text):
        """Write text to stdout in the success style."""
        self.stdout.write(self.style.SUCCESS(text))

    def seed_users(self):
        """Create the four demo accounts and the Moderators group."""
        created = 0
        for username, email, is_staff, is_superuser in DEMO_USERS:
            user, new = User.objects.get_or_create(
                username=username,
                defaults={
                    "email": email,
                    "is_staff": is_staff,
                    "is_superuser": is_superuser,
                },
            )
            if new:
                user.set_password(DEMO_PASSWORD)
                user.save(update_fields=["password"])
                self.report(f"Created user {username}.")
                created += 1
        # A moderator is anyone whose group grants notes.delete_note; add() does
        # nothing when the permission or the member is already there.
        group, new = Group.objects.get_or_create(name="Moderators")
        group.permissions.add(
            Permission.objects.get(
                content_type__app_label="notes", codename="delete_note"
            )
        )
        group.user_set.add(User.objects.get(username="moderator"))
        if new:
            self.report("Created group Moderators.")
            created += 1
        return created

    def seed_notes(self):
        """Create the twelve demo notes, alternately by alice and bob."""
        authors = {name: User.objects.get(username=name) for name in ("alice", "bob")}
        created = 0
        for i in range(1, 13):
            title = f"Demo note {i}"
            if Note.objects.filter(title=title).exists():
                continue
            when = START + timedelta(hours=i)
            note = Note.objects.create(
                title=title,
                body=(f"This is demo note number {i}. " * 6).strip(),
                author=authors["alice" if i % 2 else "bob"],
                created_at=when,
            )
            # updated_at has auto_now, which save() always overrides; update()
            # writes the column directly.
            Note.objects.filter(pk=note.pk).update(updated_at=when)
            created += 1
        if created:
            self.report(f"Created {created} notes.")
        return created

    def seed_messages(self):
        """Create the two demo contact messages."""
        created = 0
        for name, email, message, when in DEMO_MESSAGES:
            _, new = ContactMessage.objects.get_or_create(
                email=email,
                defaults={"name": name, "message": message, "created_at": when},
            )
            created += new
        if created:
            self.report(f"Created {created} contact messages.")
        return created
