"""Registration and logout. Twin: flask_app/accounts/views.py.

Login needs no code here (see urls.py): django.contrib.auth's LoginView does
what the Flask twin's login() writes out by hand.
"""

from django.contrib import messages
from django.contrib.auth import login
from django.contrib.auth import views as auth_views
from django.db import IntegrityError, transaction
from django.shortcuts import redirect
from django.views.generic import CreateView

from .forms import RegisterForm


class RegisterView(CreateView):
    """Create an account, sign it in and go home."""

    form_class = RegisterForm
    template_name = "registration/register.html"

    def form_valid(self, form):
        """Save the user, sign them in and go home with a welcome."""
        try:
            with transaction.atomic():
                user = form.save()
        except IntegrityError:
            # Someone took the name between the form's check and this insert;
            # the unique index decides, and the form says so.
            form.add_error(
                "username",
                form.instance.unique_error_message(type(form.instance), ["username"]),
            )
            return self.form_invalid(form)
        login(self.request, user)
        messages.success(self.request, f"Welcome, {user.username}!")
        return redirect("notes:home")


class LogoutView(auth_views.LogoutView):
    """Sign out (POST only since Django 5.0) and say so."""

    def post(self, request, *args, **kwargs):
        """Sign out, queue the goodbye message and redirect."""
        response = super().post(request, *args, **kwargs)
        # LogoutView signs out and redirects but says nothing; the message is
        # queued on the request, so flushing the session does not lose it.
        messages.success(request, "You have been logged out.")
        return response
