"""Add note updated_at.

Revision ID: 331cd0bb48ca
Revises: 1afd3c6ecb22
Create Date: 2026-11-25 09:45:06.172227

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = '331cd0bb48ca'
down_revision = '1afd3c6ecb22'
branch_labels = None
depends_on = None


def upgrade():
    # Reviewed by hand. Autogenerate wrote a single NOT NULL add_column, which
    # fails on a table that already has rows ("Cannot add a NOT NULL column with
    # default value NULL"), and SQLite refuses a non-constant server default such
    # as CURRENT_TIMESTAMP in ALTER TABLE ADD COLUMN. So: add the column as
    # nullable, give existing notes updated_at = created_at (they were never
    # edited), then make it NOT NULL. SQLite cannot change a column's nullability
    # in place, so batch mode rebuilds the table for that step (create a copy,
    # copy the rows, drop, rename); PostgreSQL gets a plain ALTER COLUMN.
    with op.batch_alter_table('note', schema=None) as batch_op:
        batch_op.add_column(sa.Column('updated_at', sa.DateTime(), nullable=True))

    op.execute('UPDATE note SET updated_at = created_at')

    with op.batch_alter_table('note', schema=None) as batch_op:
        batch_op.alter_column(
            'updated_at', existing_type=sa.DateTime(), nullable=False
        )


def downgrade():
    with op.batch_alter_table('note', schema=None) as batch_op:
        batch_op.drop_column('updated_at')
