"""Notes and contact messages. Twin: flask_app/notes/models.py."""

import re

from django.conf import settings
from django.db import models
from django.urls import reverse
from django.utils import timezone


class Note(models.Model):
    """A short text written by one user, newest first."""

    title = models.CharField(max_length=100)
    # TextField has no length limit in the database; max_length here is checked
    # by every form built from the model (the note form and the admin).
    body = models.TextField(max_length=5000)
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="notes"
    )
    # A default rather than auto_now_add, so that seed can set a fixed time.
    created_at = models.DateTimeField(default=timezone.now)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["-created_at", "-id"]
        # Every list of notes is sorted newest first; without this index the
        # database sorts the whole table for each page. Flask's twin is db.Index.
        indexes = [
            models.Index(fields=["-created_at", "-id"], name="note_newest_first")
        ]

    def __str__(self):
        """Return the title, as the admin lists the note."""
        return self.title

    def get_absolute_url(self):
        """Return the note's page, /notes/<id>/."""
        return reverse("notes:note_detail", args=[self.pk])

    def excerpt(self, length):
        """Return the body cut to at most length characters, after a whole word."""
        if len(self.body) <= length:
            return self.body
        # The longest run of whole words that leaves room for the ellipsis; a
        # body with no break that early is cut where it must be.
        words = re.match(r"(.*\S)\s", self.body[:length], re.DOTALL)
        return (words.group(1) if words else self.body[: length - 1]) + "…"


class ContactMessage(models.Model):
    """A message sent through the contact form."""

    name = models.CharField(max_length=100)
    email = models.EmailField(max_length=254)
    message = models.TextField(max_length=2000)
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["-created_at", "-id"]

    def __str__(self):
        """Return the sender as "name <email>"."""
        return f"{self.name} <{self.email}>"
