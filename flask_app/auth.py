"""Register, log in and log out. Twin: django_app/accounts/views.py and urls.py.

Django ships these views in django.contrib.auth; Flask-Login only remembers who
is signed in, so the views, the form handling and the next check are written here.
"""

import unicodedata
from urllib.parse import urlsplit

from flask import Blueprint, flash, redirect, render_template, request, url_for
from flask_login import login_user, logout_user

from .extensions import db, login_manager
from .forms import LoginForm, RegisterForm
from .models import User

bp = Blueprint("auth", __name__, url_prefix="/accounts")


@login_manager.user_loader
def load_user(user_id):
    """Return the signed-in user stored in the session, or None."""
    try:
        return db.session.get(User, int(user_id))
    except (TypeError, ValueError):
        return None


def is_safe_next(target):
    """Return True when target is a path on this site, safe to redirect to."""
    # Flask-Login passes ?next through untouched, an open redirect out of the box;
    # Django's LoginView checks it with url_has_allowed_host_and_scheme(). Only a
    # plain path is accepted: "//host" and "/\host" are other sites to browsers,
    # and browsers drop control characters that would hide a scheme.
    if not target or not target.startswith("/") or target.startswith("//"):
        return False
    if "\\" in target:
        return False
    if any(unicodedata.category(char).startswith("C") for char in target):
        return False
    parts = urlsplit(target)
    return not parts.scheme and not parts.netloc


@bp.route("/register/", methods=["GET", "POST"])
def register():
    """Create an account, sign it in and go home."""
    form = RegisterForm()
    if form.validate_on_submit():
        user = User(username=form.username.data)
        user.set_password(form.password1.data)
        db.session.add(user)
        db.session.commit()
        login_user(user)
        flash(f"Welcome, {user.username}!", "success")
        return redirect(url_for("notes.home"))
    return render_template("accounts/register.html", form=form)


@bp.route("/login/", methods=["GET", "POST"])
def login():
    """Sign in and go to next when it is safe, else home."""
    form = LoginForm()
    # Like Django's LoginView: the posted field first, then the query string, and
    # an unsafe value is dropped (also from the form's hidden field).
    next_url = request.form.get("next") or request.args.get("next", "")
    if not is_safe_next(next_url):
        next_url = ""
    if form.validate_on_submit():
        login_user(form.user)
        return redirect(next_url or url_for("notes.home"))
    return render_template("accounts/login.html", form=form, next_url=next_url)


@bp.post("/logout/")
def logout():
    """Sign out; only by POST, so a link or an image cannot sign anyone out."""
    logout_user()
    flash("You have been logged out.", "success")
    return redirect(url_for("notes.home"))
