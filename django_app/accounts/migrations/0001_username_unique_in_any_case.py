# Written by hand: makemigrations only writes operations for the app's own
# models, and django.contrib.auth's User is not ours to give a Meta.indexes
# entry (a custom user model, AUTH_USER_MODEL, would be). UserCreationForm
# already refuses a username that differs from another only in case; this
# index makes the database refuse it too, so two sign-ups racing each other
# cannot both win. SQLite and PostgreSQL both index an expression.

from django.db import migrations


class Migration(migrations.Migration):

    dependencies = [
        ("auth", "0012_alter_user_first_name_max_length"),
    ]

    operations = [
        migrations.RunSQL(
            "CREATE UNIQUE INDEX accounts_user_username_lower"
            " ON auth_user (LOWER(username))",
            reverse_sql="DROP INDEX accounts_user_username_lower",
        ),
    ]
