"""Register, log in and log out. Twin: django_app/accounts/views.py and urls.py.

Django ships LoginView and LogoutView in django.contrib.auth; Flask-Login only
remembers who is signed in, so all three views are written here.
"""

from flask import flash, redirect, render_template, request, url_for
from flask_login import login_user, logout_user
from sqlalchemy.exc import IntegrityError

from ..extensions import db
from . import bp
from .forms import LoginForm, RegisterForm
from .models import User
from .redirects import is_safe_next
from .validators import DUPLICATE_USERNAME


@bp.route("/register/", methods=["GET", "POST"])
def register():
    """Create an account, sign it in and go home."""
    form = RegisterForm()
    if form.validate_on_submit():
        user = User(username=form.username.data)
        user.set_password(form.password1.data)
        db.session.add(user)
        try:
            db.session.commit()
        except IntegrityError:
            # Someone took the name between the form's check and this insert;
            # the unique index decides, and the form says so.
            db.session.rollback()
            form.username.errors.append(DUPLICATE_USERNAME)
        else:
            login_user(user)
            flash(f"Welcome, {user.username}!", "success")
            return redirect(url_for("notes.home"))
    return render_template("registration/register.html", form=form)


@bp.route("/login/", methods=["GET", "POST"])
def login():
    """Sign in and go to next when it is a path on this site, else home."""
    form = LoginForm()
    # Like Django's LoginView: the posted field first, then the query string, and
    # an unsafe value is dropped (also from the form's hidden field).
    next_url = request.form.get("next") or request.args.get("next", "")
    if not is_safe_next(next_url):
        next_url = ""
    if form.validate_on_submit():
        login_user(form.user)
        return redirect(next_url or url_for("notes.home"))
    return render_template("registration/login.html", form=form, next_url=next_url)


@bp.post("/logout/")
def logout():
    """Sign out (POST only, so a link or an image cannot) and go home."""
    logout_user()
    flash("You have been logged out.", "success")
    return redirect(url_for("notes.home"))
