"""Routes under /accounts/. Twin: the @bp routes in flask_app/accounts/views.py."""

from django.contrib.auth import views as auth_views
from django.urls import path

from . import views

# The namespace: {% url "accounts:login" %} faces url_for("accounts.login").
app_name = "accounts"

urlpatterns = [
    path("register/", views.RegisterView.as_view(), name="register"),
    # LoginView needs no code of ours: it checks the credentials, rotates the
    # session key and follows ?next= only when it points to this site.
    path("login/", auth_views.LoginView.as_view(), name="login"),
    path("logout/", views.LogoutView.as_view(), name="logout"),
]
