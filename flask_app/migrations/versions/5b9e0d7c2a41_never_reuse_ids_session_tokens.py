"""Never reuse ids, name users by a session token, unique usernames in any case.

Revision ID: 5b9e0d7c2a41
Revises: 331cd0bb48ca
Create Date: 2026-12-01 18:35:00.128064

"""
import secrets

from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = '5b9e0d7c2a41'
down_revision = '331cd0bb48ca'
branch_labels = None
depends_on = None

TABLES = ('user', 'note', 'contact_message')


def upgrade():
    # Written by hand from what autogenerate found (the session_token column and
    # its unique constraint) and what it cannot see:
    #
    # 1. The session token, filled in for the users that exist, then required.
    # 2. AUTOINCREMENT. Without it SQLite gives the id of a deleted row to the
    #    next row, so a deleted user's old session cookie named the next user
    #    to register. A table option cannot be altered in SQLite, so batch mode
    #    rebuilds each table with it (env.py turns foreign keys off for this, or
    #    dropping the old "user" table would cascade to every note). PostgreSQL's
    #    sequences never hand out an id twice, so nothing is done there. This
    #    comes after step 1, whose batch operation rebuilds "user" too and would
    #    leave the option out again.
    # 3. Usernames unique whatever their case: an index on lower(username),
    #    which autogenerate skips because SQLite cannot reflect such indexes.
    #    Created last: a later batch rebuild of "user" would drop it again.
    with op.batch_alter_table('user', schema=None) as batch_op:
        batch_op.add_column(sa.Column('session_token', sa.String(length=32), nullable=True))

    users = sa.table('user', sa.column('id', sa.Integer), sa.column('session_token', sa.String))
    connection = op.get_bind()
    for (user_id,) in connection.execute(sa.select(users.c.id)).all():
        connection.execute(
            users.update()
            .where(users.c.id == user_id)
            .values(session_token=secrets.token_hex(16))
        )

    with op.batch_alter_table('user', schema=None) as batch_op:
        batch_op.alter_column('session_token', existing_type=sa.String(length=32), nullable=False)
        batch_op.create_unique_constraint(batch_op.f('uq_user_session_token'), ['session_token'])

    if op.get_bind().dialect.name == 'sqlite':
        for table in TABLES:
            with op.batch_alter_table(
                table, recreate='always', table_kwargs={'sqlite_autoincrement': True}
            ):
                pass

    op.create_index(
        'uq_user_username_lower', 'user', [sa.text('lower(username)')], unique=True
    )


def downgrade():
    op.drop_index('uq_user_username_lower', table_name='user')
    with op.batch_alter_table('user', schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f('uq_user_session_token'), type_='unique')
        batch_op.drop_column('session_token')
    # The tables are not rebuilt to take AUTOINCREMENT away ("user" loses it
    # anyway when batch mode drops the column): never reusing ids does the
    # older schema no harm.
