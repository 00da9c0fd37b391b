"""pgvector column and HNSW index for chunk embeddings, where the extension exists

Revision ID: 7356fded167c
Revises: 564489f78b00
Create Date: 2026-11-26 16:00:00

Only on a PostgreSQL server that offers the `vector` extension (and lets this role
create it): adds `knowledge_chunks.embedding_vector` and an HNSW cosine index for the
default embedding model's 384 dimensions. On SQLite, and on a server without pgvector
(Debian 12's PostgreSQL), it changes nothing and retrieval keeps its in-process vector
index; the revision is recorded either way, so the schema history stays linear. The
column is untyped (`vector`, any dimension) so a deployment may choose a model of
another size; the index is a partial expression index per dimension.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "7356fded167c"
down_revision: str | None = "564489f78b00"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def _pgvector_ready(bind: sa.Connection) -> bool:
    available = bind.execute(
        sa.text("SELECT 1 FROM pg_available_extensions WHERE name = 'vector'")
    ).scalar()
    if not available:
        return False
    try:
        # A savepoint: a role that may not create extensions must not abort the upgrade.
        with bind.begin_nested():
            bind.execute(sa.text("CREATE EXTENSION IF NOT EXISTS vector"))
    except sa.exc.DBAPIError:
        return False
    return True


def upgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name != "postgresql" or not _pgvector_ready(bind):
        return
    op.execute("ALTER TABLE knowledge_chunks ADD COLUMN IF NOT EXISTS embedding_vector vector")
    op.execute(
        "CREATE INDEX IF NOT EXISTS ix_knowledge_chunks_embedding_vector_384 "
        "ON knowledge_chunks USING hnsw ((embedding_vector::vector(384)) vector_cosine_ops) "
        "WHERE vector_dims(embedding_vector) = 384"
    )


def downgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    # Also drops the partial indexes of other dimensions; the extension stays (other
    # schemas may use it).
    op.execute("ALTER TABLE knowledge_chunks DROP COLUMN IF EXISTS embedding_vector")
