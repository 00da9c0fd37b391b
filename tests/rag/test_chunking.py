"""Heading-aware chunking with overlap."""

from __future__ import annotations

import itertools

from aurixa.rag.chunking import chunk_article, detect_format
from aurixa.rag.text import split_sentences


def test_markdown_headings_label_their_chunks_and_code_fences_are_not_headings() -> None:
    body = (
        "# Asthma\n\nAsthma narrows the airways.\n\n## Treatment\n\nInhalers help.\n\n"
        "```\n# a comment, not a heading\n```\n\n# Flu\n\nGet a yearly shot."
    )
    chunks = chunk_article(body)
    assert [c.heading for c in chunks] == ["Asthma", "Asthma > Treatment", "Flu"]
    assert "a comment, not a heading" in chunks[1].text
    assert [c.position for c in chunks] == [0, 1, 2]


def test_html_headings_become_sections_and_scripts_are_dropped() -> None:
    html = (
        "<html><body><h1>Billing</h1><p>Invoices arrive by email.</p><h2>Refunds</h2>"
        "<ul><li>Refunds take 10 days.</li></ul><script>track()</script></body></html>"
    )
    assert detect_format(html) == "html"
    chunks = chunk_article(html)
    assert [(c.heading, c.text) for c in chunks] == [
        ("Billing", "Invoices arrive by email."),
        ("Billing > Refunds", "Refunds take 10 days."),
    ]


def test_long_sections_split_at_sentences_with_overlap() -> None:
    sentences = [f"Sentence {i} explains step {i} of the procedure." for i in range(40)]
    chunks = chunk_article(" ".join(sentences), fmt="text", max_chars=300, overlap_chars=100)
    assert len(chunks) > 3
    assert all(len(c.text) <= 300 for c in chunks)
    for previous, current in itertools.pairwise(chunks):
        # The next chunk starts with the last sentence(s) of the previous one.
        assert split_sentences(current.text)[0] in split_sentences(previous.text)
    covered = {s for c in chunks for s in split_sentences(c.text)}
    assert covered == set(sentences)


def test_plain_text_paragraphs_and_empty_input() -> None:
    assert detect_format("First paragraph.\n\nSecond one.") == "text"
    assert chunk_article("") == []
    assert chunk_article("   \n\n  ") == []


def test_one_megabyte_without_sentence_breaks_is_cut_at_the_size_limit() -> None:
    body = "word " * 200_000
    chunks = chunk_article(body, max_chars=700)
    assert all(0 < len(c.text) <= 700 for c in chunks)
    assert sum(len(c.text.split()) for c in chunks) >= 200_000
