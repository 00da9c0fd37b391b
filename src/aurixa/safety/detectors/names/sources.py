"""The given-name and surname lists, read once from `Faker` and the US Census lists of
`names`, folded to lower case without accents."""

from __future__ import annotations

import importlib
import importlib.resources
import pkgutil
import re
from dataclasses import dataclass
from functools import cache

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
    common_last: frozenset[str]  # the 20,000 most frequent US surnames
    ordinary: frozenset[str]  # stop words, places and words that are rarely names
    # Ordinary words that are common US given names or surnames too ("Virginia", "West"):
    # a name beside another name ("Virginia Treviño", "Gina West").
    given_too: frozenset[str]
    surname_too: frozenset[str]


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
    for filename in ("dist.male.first", "dist.female.first"):
        common_first.update(_census(data.joinpath(filename).read_text("ascii")))
    last = _census(data.joinpath("dist.all.last").read_text("ascii"))
    return NameLists(
        first=frozenset((first | common_first) - ordinary),
        last=frozenset((set(last) | faker_last) - ordinary),
        common_first=frozenset(common_first - ordinary),
        common_last=frozenset(set(last[:20000]) - ordinary),
        ordinary=ordinary,
        given_too=frozenset((ordinary & common_first) - never_names),
        surname_too=frozenset((ordinary & set(last[:20000])) - never_names),
    )


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
