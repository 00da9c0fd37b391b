"""Citation marks renumbered to the answer's own list of sources."""

from __future__ import annotations

from aurixa.orchestration.citations import Citations


def test_marks_count_the_articles_in_the_order_the_answer_cites_them() -> None:
    # Retrieval gave four passages; the first two come from one article.
    citations = Citations(["hours", "hours", "parking", "pharmacy"])
    first = citations.renumber("Parking is free. [3]")
    second = citations.renumber(
        "We open at 8. [1] The pharmacy opens at 9. [4] Closed Sundays. [2]"
    )
    assert first == "Parking is free. [1]"
    assert second == "We open at 8. [2] The pharmacy opens at 9. [3] Closed Sundays. [2]"
    assert citations.order == ["parking", "hours", "pharmacy"]


def test_a_mark_naming_several_passages_of_one_article_becomes_one_number() -> None:
    citations = Citations(["hours", "hours", "parking"])
    assert citations.renumber("Open daily. [1, 2]") == "Open daily. [1]"
    assert citations.renumber("Park nearby. [3][1]") == "Park nearby. [2][1]"


def test_a_mark_for_a_passage_never_given_is_dropped_with_its_space() -> None:
    citations = Citations(["hours"])
    assert citations.renumber("We open at 8. [7] Closed Sundays. [1]") == (
        "We open at 8. Closed Sundays. [1]"
    )
    assert citations.order == ["hours"]
    assert citations.renumber("Text with [brackets] and 2024 stays.") == (
        "Text with [brackets] and 2024 stays."
    )
