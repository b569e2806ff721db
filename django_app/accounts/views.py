"""Registration and logout. Twin: flask_app/auth.py."""

from django.contrib import messages
from django.contrib.auth import login
from django.contrib.auth import views as auth_views
from django.shortcuts import redirect
from django.views.generic import CreateView

from .forms import RegisterForm

# Login needs no code here: django.contrib.auth's LoginView checks the
# credentials, rotates the session key and follows ?next= only when it points
# to this site. The Flask twin does each of those by hand.


class RegisterView(CreateView):
    """Create an account and sign the new user in."""

    form_class = RegisterForm
    template_name = "registration/register.html"

    def form_valid(self, form):
        """Save the user, sign them in and go home with a welcome."""
        user = form.save()
        login(self.request, user)
        messages.success(self.request, f"Welcome, {user.username}!")
        return redirect("home")


class LogoutView(auth_views.LogoutView):
    """Sign out (POST only, as LogoutView is since Django 5.0) with a message."""

    def post(self, request, *args, **kwargs):
        """Sign out, queue the goodbye message and redirect home."""
        response = super().post(request, *args, **kwargs)
        # LogoutView signs out and redirects but says nothing; the message is
        # queued on the request, so flushing the session does not lose it.
        messages.success(request, "You have been logged out.")
        return response

    def get_redirect_url(self):
        """Ignore next: signing out always goes to LOGOUT_REDIRECT_URL (/)."""
        # LogoutView, like LoginView, follows a safe ?next= from the query or
        # the form. The spec sends logout home every time, as the Flask twin
        # does, so no URL from the request is taken; LogoutView then falls
        # back to get_default_redirect_url(), which reads LOGOUT_REDIRECT_URL.
        return ""
