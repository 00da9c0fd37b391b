"""Citation numbers a patient can follow.

A model cites a passage by its position in the context it was given ("[3]"), but
retrieval returns passages (several may come from one article) and the answer lists
articles, only those cited. So the numbers in the text are rewritten to the
position of the cited article in the answer's list of sources, counted in the order
the answer first cites them: the first article cited is [1], the next new one [2].
That order is known sentence by sentence, so a streamed answer is renumbered as it
is released, before the whole answer exists.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

# "[2]", "[1, 3]" and "[1][2]" (two marks); the space before a mark goes with it,
# so a mark that cites nothing given can leave without a stray space.
_MARK = re.compile(r"(\s?)\[(\d{1,3}(?:\s*,\s*\d{1,3})*)\]")


class Citations:
    """Renumbers the marks of one answer; `order` is what it has cited so far."""

    def __init__(self, article_ids: Sequence[str]) -> None:
        self._by_position = list(article_ids)  # context position - 1 -> article
        self.order: list[str] = []

    def renumber(self, text: str) -> str:
        return _MARK.sub(self._mark, text)

    def _mark(self, match: re.Match[str]) -> str:
        numbers: list[int] = []
        for raw in match.group(2).split(","):
            position = int(raw)
            if not 1 <= position <= len(self._by_position):
                continue  # a passage that was never given: nothing to point to
            article = self._by_position[position - 1]
            if article not in self.order:
                self.order.append(article)
            number = self.order.index(article) + 1
            if number not in numbers:
                numbers.append(number)
        if not numbers:
            return ""
        return f"{match.group(1)}[{', '.join(map(str, numbers))}]"
