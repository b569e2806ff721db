"""Index notes newest first.

Revision ID: 8c4f1e6a9d30
Revises: 5b9e0d7c2a41
Create Date: 2026-12-01 18:40:00.000000

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = '8c4f1e6a9d30'
down_revision = '5b9e0d7c2a41'
branch_labels = None
depends_on = None


def upgrade():
    # As autogenerate wrote it. Every list of notes is ORDER BY created_at DESC,
    # id DESC; with this index the database reads the first rows of a page
    # instead of sorting the whole table for each one.
    with op.batch_alter_table('note', schema=None) as batch_op:
        batch_op.create_index('ix_note_newest_first', [sa.literal_column('created_at DESC'), sa.literal_column('id DESC')], unique=False)


def downgrade():
    with op.batch_alter_table('note', schema=None) as batch_op:
        batch_op.drop_index('ix_note_newest_first')
