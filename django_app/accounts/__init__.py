"""The accounts app: registration, login, logout. Twin: flask_app/accounts/."""
