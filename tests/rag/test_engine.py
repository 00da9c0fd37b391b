"""The in-memory retrieval engine, with the real offline embedding model."""

from __future__ import annotations

import pytest

from aurixa.core.embeddings import Embedder, get_embedder
from aurixa.rag.chunking import chunk_article, passage_text
from aurixa.rag.compress import compress
from aurixa.rag.engine import MODES, ChunkRecord, TenantIndex
from aurixa.rag.text import tokenize

ARTICLES = {
    "asthma": (
        "Asthma",
        "Asthma narrows the airways. Quick-relief inhalers open them within minutes.",
    ),
    "flu": ("Flu", "Influenza is a viral infection. A yearly flu shot lowers the risk."),
    "parking": ("Parking", "Patients park free in lot B. Visitors pay at the machine."),
}


@pytest.fixture(scope="module")
def embedder() -> Embedder:
    return get_embedder()


def _add(index: TenantIndex, embedder: Embedder, article_id: str, title: str, body: str) -> None:
    chunks = chunk_article(body)
    records = [
        ChunkRecord(f"{article_id}-{c.position}", article_id, title, c.heading, c.text, c.position)
        for c in chunks
    ]
    vectors = embedder.embed([passage_text(title, c.heading, c.text) for c in chunks])
    index.upsert_article(article_id, records, vectors)


@pytest.mark.parametrize("backend", ["exact", "usearch"])
def test_every_mode_finds_the_answer_and_forgets_removed_articles(
    embedder: Embedder, backend: str
) -> None:
    index = TenantIndex(dim=embedder.dim, vector_backend=backend)  # type: ignore[arg-type]
    for article_id, (title, body) in ARTICLES.items():
        _add(index, embedder, article_id, title, body)
    query = "which inhaler helps an asthma attack"
    vector = embedder.embed([query])[0]
    for mode in MODES:
        hits = index.search(query, vector, top_k=2, mode=mode)
        assert hits[0].article_id == "asthma", mode
        assert "inhalers" in hits[0].snippet
    index.remove_article("asthma")
    for mode in MODES:
        assert all(h.article_id != "asthma" for h in index.search(query, vector, mode=mode))
    assert index.article_ids == {"flu", "parking"}


def test_upsert_replaces_the_old_text(embedder: Embedder) -> None:
    index = TenantIndex(dim=embedder.dim)
    _add(index, embedder, "parking", "Parking", "Parking is free in lot B.")
    _add(index, embedder, "parking", "Parking", "Parking costs two dollars an hour in lot C.")
    hits = index.search("parking lot", None, mode="bm25")
    assert [h.text for h in hits] == ["Parking costs two dollars an hour in lot C."]
    assert len(index) == 1


def test_empty_index_and_unknown_words_return_nothing(embedder: Embedder) -> None:
    index = TenantIndex(dim=embedder.dim)
    vector = embedder.embed(["anything"])[0]
    assert all(index.search("anything", vector, mode=mode) == [] for mode in MODES)
    _add(index, embedder, "flu", *ARTICLES["flu"])
    assert index.search("zzzyx qwv", None, mode="bm25") == []


def test_dense_and_hybrid_need_a_query_vector(embedder: Embedder) -> None:
    index = TenantIndex(dim=embedder.dim)
    _add(index, embedder, "flu", *ARTICLES["flu"])
    with pytest.raises(ValueError, match="query vector"):
        index.search("flu", None, mode="hybrid")


def test_snippet_keeps_the_sentences_that_answer_in_order() -> None:
    text = (
        "Our clinic opened in 1990. Flu shots are given on Tuesdays. "
        "The cafeteria serves lunch. Bring your insurance card to the flu clinic."
    )
    snippet = compress(text, tokenize("when are flu shots given"), lambda _t: 1.0)
    assert snippet == (
        "Flu shots are given on Tuesdays. … Bring your insurance card to the flu clinic."
    )
    # No shared word (another language): the opening of the chunk, not nothing.
    assert compress(text, tokenize("¿cuándo?"), lambda _t: 1.0).startswith("Our clinic")
