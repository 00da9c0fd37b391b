"""Person names from name lists, capitalisation and context.

Regular expressions alone find a name only next to a cue ("my name is", "Dr.");
most names in a message have none ("Why is Ivan so impulsive?", "our founders:
Graves and Reed"). A word list tells a name from a capitalised word: first
names come from the per-country person lists of `Faker` (about 31,000 given
names of some 80 locales) and the US Census lists shipped by `names` (5,494
given names, 88,799 surnames). Both are MIT-licensed and loaded once (about
2 s) at start-up, so the hot path stays a dictionary lookup per capitalised word.

A run of capitalised words is a person when:

- a word in it is a known first name, or it is an initial plus a surname
  ("R. Valbergsdóttir"), or two or more words end in a surname or a surname
  ending (-son, -ova, -ski, -dóttir, ...);
- a single capitalised surname stands where names go: after a title, in a list
  of names, before "'s", or as a speaker ("Nathan:").

It is not a person when it starts a sentence and is an ordinary word, or is
followed by a company or place word ("Conway Inc.", "Marina Fort Street").
Lower-case names are found only after a cue ("my name is borna jerković").
"""

from __future__ import annotations

import importlib
import importlib.resources
import itertools
import pkgutil
import re
import unicodedata
from dataclasses import dataclass
from functools import cache

from bm25s.stopwords import STOPWORDS_EN_PLUS, STOPWORDS_SPANISH


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


# A possessive "'s" is left out of the word, so "Szczepańska's" is looked up as a name.
_WORD = re.compile(r"[^\W\d_]+(?:['’-](?![sS]\b)[^\W\d_]+)*\.?")
_SENTENCE_END = re.compile(r"(?:^|[.!?;\n\"“]|\s-\s)\s*$")
_PARTICLES = _words("van von der den de del della di da du la le dos das ter ten bin ibn al el y")
_SURNAME_ENDINGS = re.compile(
    r"(?:son|sen|sson|dottir|dóttir|ova|ová|eva|ina|ska|ski|sky|skí|ský|cki|cka|wicz|vich|"
    r"ovic|ović|evic|ević|ic|ić|ič|enko|uk|yk|yan|ian|idze|dze|shvili|oglu|ev|ov|ova|in|aki|"
    r"escu|ides|opoulos|ez|es|az|ini|etti|elli|ucci|ata|ura|oto|ami|moto|mann|berg|stein|"
    r"feld|rová|ová|áková|ičová|ová)$"
)
_LOWER_SURNAME_ENDINGS = re.compile(
    r"(?:sson|dottir|ova|ski|ska|sky|cki|wicz|vich|ovic|evic|enko|idze|shvili|oglu|escu|"
    r"opoulos|mann|berg|stein|sen)$"
)
# Words after a capitalised run that make it a company, a place or a thing.
_NOT_PERSON_AFTER = re.compile(
    r"^[ \t]*(?:\d{1,5}[a-z]?\b(?![\s.-]*\d)|"
    r"&|and co\b|inc\b|llc\b|ltd\b|corp\b|co\.|company\b|group\b|plc\b|gmbh\b|ag\b|sa\b|"
    r"incorporated\b|associates\b|partners\b|foundation\b|university\b|college\b|school\b|"
    r"hospital\b|clinic\b|center\b|centre\b|institute\b|orchestra\b|club\b|bank\b|hotel\b|"
    r"street\b|st\b\.?|avenue\b|ave\b|road\b|rd\b|boulevard\b|blvd\b|lane\b|drive\b|way\b|"
    r"place\b|square\b|park\b|parkway\b|court\b|terrace\b|hills?\b|island\b|isle\b|flats\b|"
    r"county\b|city\b|river\b|lake\b|mountains?\b|valley\b|airport\b|station\b|act\b|day\b|"
    r"research\b|labs?\b|systems\b|technologies\b|solutions\b|global\b|media\b|pharma\w*\b)",
    re.IGNORECASE,
)
# The last word of an organisation's or a publication's name, rarely of a person's
# ("Daily" is left out: it is an American surname).
_FIRM_LAST_WORDS = _words(
    "weekly magazine journal gazette tribune newspaper force forces police army navy "
    "software investments insurance movers holdings ventures consulting enterprises "
    "industries studios productions entertainment networks communications motors airlines "
    "logistics realty properties ratings agency pharmaceuticals biotech therapeutics"
)
_TITLES = _words("mr mrs ms miss mx dr prof sr sra srta dra don dona doña sir madam dame lord lady")
# A single capitalised word right after these is a name: "named Timmie", "early Bulgakov".
_NAME_BEFORE = re.compile(
    r"(?:\b(?:named|called|calls? me|name is|name's|nombre es|llamo|llama|dear|hi|hello|hey|"
    r"thanks|thank you|meet|with|by|from|to|for|and|or|early|late|young|old|little|"
    r"remember me|me|him|her|told|asked|says|said|paciente|patient|señor|señora|"
    r"hijo|hija|esposa|esposo|son|daughter|wife|husband|mother|father|brother|sister|"
    r"friend|uncle|aunt|cousin|nurse|doctor|name)\s*[,:]?\s*|[,:]\s*)$",
    re.IGNORECASE,
)
# After these any capitalised word is a name, known or not: "her maiden name is Sandgreen".
_STRONG_BEFORE = re.compile(
    r"\b(?:named|called|calls? me|name is|name's|name:|your name\?|nombre es|me llamo|se llama|"
    r"starring|"
    r"directed by|written by|signed|sincerely|regards|mr|mrs|ms|miss|mx|dr|prof|sr|sra|srta|"
    r"dra)\.?,?\s*$",
    re.IGNORECASE,
)
# People named by their relation or their role: "my daughter Vinka", "tennis player
# Erin Nyberg", "her cardiologist Ana Ruiz".
_ROLES = (
    r"(?:son|daughter|wife|husband|mother|father|mom|mum|mommy|dad|daddy|brother|sister|"
    r"grandson|granddaughter|grandmother|grandfather|grandma|grandpa|granny|nephew|niece|"
    r"stepson|stepdaughter|stepmother|stepfather|cousin|uncle|aunt|auntie|baby|child|kid|"
    r"toddler|twin|fianc[eé]e?|boyfriend|girlfriend|spouse|partner|friend|neighbou?r|"
    r"roommate|flatmate|landlord|landlady|boss|colleague|co-?worker|guardian|caregiver|carer|"
    r"nurse|doctor|physician|surgeon|dentist|pharmacist|therapist|physio|midwife|counsel+or|"
    r"psychiatrist|psychologist|specialist|pediatrician|paediatrician|cardiologist|"
    r"oncologist|neurologist|dermatologist|gynecologist|obstetrician|chiropractor|"
    r"optometrist|hygienist|receptionist|secretary|assistant|manager|director|teacher|coach|"
    r"player|singer|songwriter|author|writer|actor|actress|founder|ceo|president|professor|"
    r"hijo|hija|esposa|esposo|madre|padre|mam[aá]|pap[aá]|abuela|abuelo|hermana|hermano|"
    r"t[ií]a|t[ií]o|nieta|nieto|doctora|enfermera|enfermero)"
)
# Words after which a run of capitalised words is a person and nothing else (unlike
# "to" or "from", which take places and companies too).
_PERSON_SLOT = re.compile(
    r"\b(?:heard|under|add|meet|met|ask|asked|tell|told|contact|contacted|visit|visited|"
    r"dear|hi|hello|patient|i'm|i’m|i am|this is|soy|assistant to|"
    rf"married|marry|love|loves|thank|thanks|congratulate|{_ROLES})\s+$",
    re.IGNORECASE,
)
# A single capitalised word after a possessive and a relation or role is a name even
# when no list knows it: "my daughter Vinka has a fever".
_ROLE_BEFORE = re.compile(
    rf"\b(?:my|our|his|her|your|their|mi|su|tu)\s+(?:\w+\s+)?{_ROLES},?\s+$", re.IGNORECASE
)
# After these comes an employer or a place: "I work for Wolters Kluwer", "returned to
# Feliciano". A title or "my name is" still wins.
_PLACE_OR_FIRM_BEFORE = re.compile(
    r"\b(?:work(?:s|ed|ing)? (?:for|at)|employed (?:by|at)|based in|located in|lives? in|"
    r"living in|moved to|returned to|arrived (?:at|in)|travel(?:l)?ing to|flew to|trip to|"
    r"trabajo en|vivo en)\s+$",
    re.IGNORECASE,
)
_LINE_END = re.compile(r"^[ \t]*(?:\n|$)")
# A sentence-opening unknown word followed by these acts as a person.
_PERSON_VERB_AFTER = re.compile(
    r"^,?\s+(?:lives|lived|spent|works|worked|said|says|told|asked|went|moved|married|studied|"
    r"is from|was born|wants|needs|called|wrote|listed|had given|has given)\b|"
    r"^,\s+(?:can|could|would|will|please|do|are|did|have)\b"
)
_NAME_VERB_AFTER = re.compile(r"^,?\s+(?:is|was|has|had|and|will|just|can|did|does)\b")
# Cities in the place list that are given names too: in a list of people, a person.
_PLACES_AS_NAMES = _words(
    "jackson lincoln jordan georgia victoria florence charlotte austin dallas"
)
# Labels of forms and headers, which also open lines before a colon.
_FIELD_LABELS = _words(
    "name phone email e-mail address website mobile desk fax note notes subject from to cc "
    "date time re dob age sex gender city state country zip occupation job title company "
    "nombre telefono teléfono correo direccion dirección fecha"
)
# Instructions open with these, and the keys, buttons and menus after them are
# capitalised: "Press Enter", "Then Click Save".
_IMPERATIVES = _words(
    "press click tap type hit select choose enter open close save call text visit check "
    "read see try ask take keep bring go scroll swipe log sign pick push pull use"
)
_THEN_BEFORE = re.compile(r"\b(?:then|and|or)\s+$", re.IGNORECASE)
# Common words that are also given names; a lower-case one is the word, not the name.
_COMMON_LOWER = _words(
    """
    mark rose hope grant bill joy faith grace summer chase hunter art pat sue max may june
    april august jan frank will page dawn eve sky brandy crystal ruby pearl amber iris lily
    daisy violet jade ginger honey candy angel king young white black brown green gray grey
    long little small short hill wood field park day rich sharp strong bell stone rock love
    case price cash star sunny rain storm river lane major miles rod ray bud buck penny
    sandy rusty wade carol doctor nurse guy ben don dean cole jack hall ford lee
    """
)
# Where a lower-case full name stands: "follow up with patricia desrosiers".
_LOWER_PAIR_BEFORE = re.compile(
    r"\b(?:with|from|heard|and|patient|see|saw|told|tell|ask|asked|meet|met|called|by|para|con)"
    r"\s+$"
)
_CUE_LOWER = re.compile(
    r"\b(?:my name is|my name's|name is|i am called|call me|name:|me llamo|mi nombre es|soy)\s+",
    re.IGNORECASE,
)
_MONTHS_DAYS = _words(
    "january february march april may june july august september october november december "
    "monday tuesday wednesday thursday friday saturday sunday enero febrero marzo abril mayo "
    "junio julio agosto septiembre octubre noviembre diciembre lunes martes miercoles jueves "
    "viernes sabado domingo"
)
# Capitalised words that are a name in the lists but in a message are mostly
# something else: places, products, health words, and words that open sentences.
_NOT_NAMES = _words(
    """
    i im i'm ok okay yes no hi hello hey dear thanks thank please sorry sure god lord jesus
    bot user agent assistant operator customer
    doctor dr nurse patient clinic hospital pharmacy insurance medicare medicaid street road
    avenue city county state states united america american english spanish french german
    north south east west new old saint san santa los las el la de del st mount lake river
    covid chest heart stroke pain blood fever baby mom dad mama papa grandma grandpa son
    daughter wife husband mother father brother sister uncle aunt today tomorrow yesterday
    morning evening night week weekend year month am pm what when where why how who which
    whose can could would should will may might must shall let lets personal info phone
    email address mobile desk fax number title section article chapter act day battery
    paris london berlin madrid rome vienna dublin sydney austin dallas houston denver
    phoenix orlando boston chicago atlanta miami seattle portland florence victoria
    charlotte jackson lincoln washington jordan georgia virginia carolina israel india china
    japan canada mexico brazil chile peru cuba russia france spain italy germany poland
    holland ireland scotland wales england britain europe asia africa australia
    christmas easter apt suite box unit po unidad piso blue cross shield aetna cigna humana
    date time subject note notes website dob age sex gender zip fax company status ref
    kaiser anthem princess prince queen royal kingdom republic southern northern eastern
    western central
    """
)
# Countries and nationalities: capitalised, often in the name lists, never a person here.
_PLACES = _words(
    """
    afghanistan albania algeria andorra angola argentina armenia australia austria azerbaijan
    bahamas bahrain bangladesh barbados belarus belgium belize benin bhutan bolivia bosnia
    botswana brazil brunei bulgaria burkina burundi cambodia cameroon canada chad chile china
    colombia comoros congo costa croatia cuba cyprus czech czechia denmark djibouti dominica
    ecuador egypt eritrea estonia eswatini ethiopia fiji finland france gabon gambia georgia
    germany ghana greece greenland grenada guatemala guinea guyana haiti honduras hungary
    iceland india indonesia iran iraq ireland israel italy jamaica japan jordan kazakhstan
    kenya kiribati korea kosovo kuwait kyrgyzstan laos latvia lebanon lesotho liberia libya
    liechtenstein lithuania luxembourg madagascar malawi malaysia maldives mali malta
    mauritania mauritius mexico micronesia moldova monaco mongolia montenegro morocco
    mozambique myanmar namibia nauru nepal netherlands nicaragua niger nigeria norway oman
    pakistan palau palestine panama paraguay peru philippines poland portugal qatar romania
    russia rwanda samoa senegal serbia seychelles singapore slovakia slovenia somalia spain
    sudan suriname sweden switzerland syria taiwan tajikistan tanzania thailand togo tonga
    trinidad tunisia turkey turkmenistan tuvalu uganda ukraine uruguay uzbekistan vanuatu
    venezuela vietnam yemen zambia zimbabwe europe africa asia america oceania antarctica
    american british english french german spanish italian polish czech finnish swedish
    norwegian danish dutch belgian swiss austrian hungarian greek russian ukrainian turkish
    chinese japanese korean indian mexican brazilian canadian australian irish scottish welsh
    icelandic estonian latvian lithuanian slovak slovenian croatian serbian bosnian albanian
    romanian bulgarian portuguese
    """
)


_COUNTRIES = (
    *(w for w in _PLACES if not w.endswith(("an", "ish", "ese", "ch", "ic", "ss", "ian"))),
    "new zealand", "czech republic", "south africa", "united states", "united kingdom", "usa",
    "uk", "costa rica", "sri lanka", "saudi arabia", "el salvador", "puerto rico", "hong kong",
    "south korea", "north korea", "dominican republic", "ivory coast", "papua new guinea",
    "united arab emirates", "new caledonia", "faroe islands", "isle of man", "the netherlands",
)  # fmt: skip
# What follows a town in an address: its country, or a region code and a postcode
# ("Mora de Rubielos, Spain 16200", "St Georges, QC 54256", "West Brook\n New Zealand").
_COUNTRY = "|".join(
    sorted((re.escape(c).replace(r"\ ", r"\s+") for c in _COUNTRIES), key=len, reverse=True)
)
_ADDRESS_AFTER_TOWN = re.compile(
    rf"^[ \t]*(?:,[ \t]*(?:(?P<country>{_COUNTRY})\b|[A-Z]{{2,3}},?[ \t]+\d{{4,6}}\b|\d{{5,6}}\b)"
    rf"|\n[^\w\n]*(?:{_COUNTRY})\b)(?![-./]\d)",
    re.IGNORECASE,
)


def _fold(word: str) -> str:
    decomposed = unicodedata.normalize("NFKD", word.lower().replace("’", "'"))
    return "".join(c for c in decomposed if not unicodedata.combining(c))


@dataclass(frozen=True)
class _Lists:
    first: frozenset[str]  # given names of many countries
    last: frozenset[str]  # US surnames
    common_first: frozenset[str]  # given names frequent in the US census
    common_last: frozenset[str]  # the 20,000 most frequent US surnames
    ordinary: frozenset[str]  # stop words, places and words that are rarely names


@cache
def _lists() -> _Lists:
    """The name lists, folded to lower case without accents."""
    stop = {_fold(w) for w in (*STOPWORDS_EN_PLUS, *STOPWORDS_SPANISH)}
    ordinary = frozenset(stop | _NOT_NAMES | _MONTHS_DAYS | _PLACES)
    first = {_fold(n) for n in _faker_names(_GIVEN_ATTRIBUTE) if n.replace("-", "").isalpha()}
    faker_last = {
        _fold(n) for n in _faker_names(_SURNAME_ATTRIBUTE) if n.replace("-", "").isalpha()
    }
    data = importlib.resources.files("names")
    common_first: set[str] = set()
    for filename in ("dist.male.first", "dist.female.first"):
        common_first.update(_census(data.joinpath(filename).read_text("ascii")))
    last = _census(data.joinpath("dist.all.last").read_text("ascii"))
    return _Lists(
        first=frozenset((first | common_first) - ordinary),
        last=frozenset((set(last) | faker_last) - ordinary),
        common_first=frozenset(common_first - ordinary),
        common_last=frozenset(set(last[:20000]) - ordinary),
        ordinary=ordinary,
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


def is_written_as_name(words: list[str]) -> bool:
    """Whether every word is capitalised or a name particle ("Dyan van Gijn")."""
    return all(w[:1].isupper() or w.lower() in _PARTICLES for w in words)


def is_listed_name(word: str) -> bool:
    """Whether `word` is in the given-name or surname lists (accents and case ignored)."""
    lists = _lists()
    token = _fold(word.strip(".'’").removesuffix("'s").removesuffix("’s"))
    return token in lists.first or token in lists.last


def _capitalised(word: str) -> bool:
    # ALL-CAPS words are acronyms or shouted places ("ESPOO") more often than names.
    return len(word) > 1 and word[0].isupper() and not word.isupper()


def _is_initial(word: str) -> bool:
    return len(word.rstrip(".")) == 1 and word[0].isupper()


def _initial_at_an_end(run: list[re.Match[str]]) -> bool:
    """Whether the run opens or ends with an initial (then the middle one is no middle initial)."""
    return _is_initial(run[0].group(0)) or _is_initial(run[-1].group(0))


def person_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of every person name found in `text`."""
    lists = _lists()
    first, last, ordinary = lists.first, lists.last, lists.ordinary
    spans: list[tuple[int, int]] = []
    words = list(_WORD.finditer(text))
    i = 0
    while i < len(words):
        word = words[i].group(0)
        if not (_capitalised(word) or _is_initial(word)):
            i += 1
            continue
        # A run of capitalised words, initials and name particles ("Dyan van Gijn").
        j = i + 1
        while j < len(words):
            gap = text[words[j - 1].end() : words[j].start()]
            nxt = words[j].group(0)
            if gap.strip(" ") or "\n" in gap:
                break
            if (
                _capitalised(nxt)
                or _is_initial(nxt)
                or (nxt.lower() in _PARTICLES and _particles_then_name(words, j))
            ):
                j += 1
            else:
                break
        run = words[i:j]
        # "Rivet Software", "Entertainment Weekly": the last word makes it an organisation.
        if _fold(run[-1].group(0).rstrip(".")) in _FIRM_LAST_WORDS:
            i = j
            continue
        span = _person_in_run(text, run, first, last, ordinary)
        if span is not None:
            spans.append(span)
        i = j
    spans = _outside_firm_names(text, spans)
    spans.extend(_rest_of_name_lists(text, spans, lists))
    spans.extend(_speakers(text, spans, lists))
    spans.extend(_cued_lower_case(text, lists))
    spans.extend(_lower_case_pairs(words, text, lists))
    spans.extend(_lower_case_initials(words, text, lists))
    spans.extend(_repeated(words, spans, lists))
    return spans


def _repeated(
    words: list[re.Match[str]], spans: list[tuple[int, int]], lists: _Lists
) -> list[tuple[int, int]]:
    """Other mentions of a name already found: "my name is Aantje Mourik but everyone
    calls me Aantje". A mention must be written exactly as in the name (so "Rose" found
    does not take "rose"), and common words are left alone."""
    found: set[str] = set()
    for m in words:
        token = _fold(m.group(0).rstrip("."))
        if (
            any(s <= m.start() and m.end() <= e for s, e in spans)
            and len(token) > 2
            and token not in lists.ordinary
            and token not in _COMMON_LOWER
            and token not in _PARTICLES
        ):
            found.add(m.group(0).rstrip("."))
    return [
        (m.start(), m.start() + len(m.group(0).rstrip(".")))
        for m in words
        if m.group(0).rstrip(".") in found
        and not any(s < m.end() and m.start() < e for s, e in spans)
    ]


# One-letter words of English and Spanish ("and theres a gun", "hoy o mañana").
_ONE_LETTER_WORDS = _words("a i o y e u")


def _lower_case_initials(
    words: list[re.Match[str]], text: str, lists: _Lists
) -> list[tuple[int, int]]:
    """ "benjamin a seiler", "eric g. samoylova": a middle initial between a given name
    and a surname is a name's shape in lower case too. One-letter words without a full
    stop ("a", "o") do not count as initials."""
    spans: list[tuple[int, int]] = []
    for a, b, c in zip(words, words[1:], words[2:], strict=False):
        wa, wb, wc = a.group(0), b.group(0), c.group(0).rstrip(".")
        if not (wa.islower() and wb.islower() and wc.islower()):
            continue
        if len(wb.rstrip(".")) != 1 or wb in _ONE_LETTER_WORDS or text[a.end() : b.start()] != " ":
            continue
        if text[b.end() : c.start()] != " ":
            continue
        ta, tc = _fold(wa), _fold(wc)
        if not (
            len(ta) > 2
            and len(tc) > 2
            and ta in lists.first
            and ta not in _COMMON_LOWER
            and tc not in lists.ordinary
            and (tc in lists.last or _LOWER_SURNAME_ENDINGS.search(tc) is not None)
        ):
            continue
        spans.append((a.start(), c.start() + len(wc)))
    return spans


def _is_town(after: str, first: frozenset[str]) -> bool:
    """Whether the text after a run is what follows a town in an address. A country that
    is also a given name ("Jordan") after a comma may be the next person in a list."""
    m = _ADDRESS_AFTER_TOWN.match(after)
    if m is None:
        return False
    country = m.group("country")
    return country is None or _fold(country) not in first


def _particles_then_name(words: list[re.Match[str]], j: int) -> bool:
    """Whether the particles from `j` on ("van de") lead to a capitalised word."""
    while j < len(words) and words[j].group(0).lower() in _PARTICLES:
        j += 1
    return j < len(words) and _capitalised(words[j].group(0))


# "Davis, Reynolds and Williamson Orchestra": surnames listed before a company word
# name a firm, not people.
_NAME_LIST = re.compile(
    r"[^\W\d_][\w'’-]*(?:,\s+[^\W\d_][\w'’-]*)*,?\s+(?:and|&)\s+[^\W\d_][\w'’-]*"
    r"(?=\s|$|[.,;!?])"
)


# Three or more surnames in a list name a firm ("Hawkins, Richardson and Santana") after
# "at" or "from", or before a singular verb ("Lopez, Santos and Coleman is a design
# agency"); people in a list take "are", and a list of given names only is people.
_FIRM_LIST_BEFORE = re.compile(r"\b(?:at|from|of|for|joined|by|to)\s+$", re.IGNORECASE)
_FIRM_LIST_AFTER = re.compile(r"^\s+(?:is|was|has)\b")


def _is_firm_list(text: str, m: re.Match[str], lists: _Lists) -> bool:
    if not m.group(0)[0].isupper():
        return False
    if _NOT_PERSON_AFTER.match(text[m.end() :]):
        return True
    items = [w for w in re.split(r",\s*|\s+(?:and|&)\s+", m.group(0)) if w]
    if len(items) < 3 or not all(_capitalised(w) and " " not in w for w in items):
        return False
    given = sum(1 for w in items if _fold(w) in lists.common_first)
    before = text[max(0, m.start() - 12) : m.start()]
    return given < len(items) and (
        _FIRM_LIST_BEFORE.search(before) is not None
        or _FIRM_LIST_AFTER.match(text[m.end() :]) is not None
    )


def _rest_of_name_lists(
    text: str, spans: list[tuple[int, int]], lists: _Lists
) -> list[tuple[int, int]]:
    """ "our founders: Monjeau, Graves and Reed", "Vinka and Tom": when one single-word
    item of a list is a person, the others are too, listed or not (ordinary words aside)."""
    found: list[tuple[int, int]] = []
    for m in _NAME_LIST.finditer(text):
        if _is_firm_list(text, m, lists):
            continue
        items = [i for i in re.finditer(r"[^\W\d_][\w'’-]*", m.group(0)) if i.group(0) != "and"]
        if len(items) < 2 or not all(_capitalised(i.group(0)) for i in items):
            continue
        offsets = [(m.start() + i.start(), m.start() + i.end()) for i in items]
        persons = [(a, b) for a, b in offsets if (a, b) in spans]
        # Two items need a given name among them: a surname list also holds words
        # ("Wisdom and Discipline").
        if not persons or (
            len(items) == 2 and not any(_fold(text[a:b]) in lists.first for a, b in persons)
        ):
            continue
        for a, b in offsets:
            token = _fold(text[a:b])
            taken = any(s < b and a < e for s, e in spans)
            if not taken and (token not in lists.ordinary or token in _PLACES_AS_NAMES):
                found.append((a, b))
    return found


# Speakers of a transcript: a capitalised word opening two or more lines, before a colon.
_SPEAKER = re.compile(r"(?m)^[^\w\n]*([^\W\d_][\w'’-]*):[ \t]+\S")


def _speakers(text: str, spans: list[tuple[int, int]], lists: _Lists) -> list[tuple[int, int]]:
    labels = list(_SPEAKER.finditer(text))
    if len(labels) < 2:
        return []
    return [
        m.span(1)
        for m in labels
        if _capitalised(m.group(1))
        and _fold(m.group(1)) not in lists.ordinary
        and _fold(m.group(1)) not in _FIELD_LABELS
        and not any(s < m.end(1) and m.start(1) < e for s, e in spans)
    ]


def _outside_firm_names(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    lists = _lists()
    firms = [
        (m.start(), m.end()) for m in _NAME_LIST.finditer(text) if _is_firm_list(text, m, lists)
    ]
    return [s for s in spans if not any(fs <= s[0] and s[1] <= fe for fs, fe in firms)]


def _lower_case_pairs(
    words: list[re.Match[str]], text: str, lists: _Lists
) -> list[tuple[int, int]]:
    """ "naomi ryan", "monika žilková": a given name and a surname, both in lower case.

    Lower case takes away the strongest cue, so both words must be frequent names
    (or the surname must have a surname's ending) and neither an ordinary word.
    """
    spans: list[tuple[int, int]] = []
    for a, b in itertools.pairwise(words):
        wa, wb = a.group(0), b.group(0)
        if not (wa.islower() and wb.islower()) or text[a.end() : b.start()] != " ":
            continue
        # At the start of a line, after a bullet or a symbol at most.
        line_start = not re.search(r"\w", text[text.rfind("\n", 0, a.start()) + 1 : a.start()])
        if not (line_start or _LOWER_PAIR_BEFORE.search(text[max(0, a.start() - 20) : a.start()])):
            continue
        ta, tb = _fold(wa), _fold(wb.rstrip("."))
        strong_ending = _LOWER_SURNAME_ENDINGS.search(tb) is not None
        # A message that opens with two words alone on their line is a contact card's
        # name ("naomi ryan\nsewer pipe cleaner"): any listed given name and surname.
        card = (
            line_start
            and not re.search(r"\w", text[: a.start()])
            and _LINE_END.match(text[b.end() :]) is not None
            and "\n" in text
            and ta in lists.first
            and (tb in lists.last or strong_ending)
            and ta not in lists.ordinary
            and tb not in lists.ordinary
        )
        if card or (
            len(ta) > 2
            and len(tb) > 2
            and ta not in _COMMON_LOWER
            and tb not in _COMMON_LOWER
            and tb not in lists.ordinary
            and (ta in lists.common_first or (ta in lists.first and strong_ending))
            and (tb in lists.common_last or strong_ending)
            and tb not in lists.first
        ):
            spans.append((a.start(), b.end() - (1 if wb.endswith(".") else 0)))
    return spans


def _cued_lower_case(text: str, lists: _Lists) -> list[tuple[int, int]]:
    spans: list[tuple[int, int]] = []
    for cue in _CUE_LOWER.finditer(text):
        end = cue.end()
        # After "my name is" the next word is the name whatever it is; after weaker cues
        # ("call me", "soy") and for later words it must be a name.
        strong = re.match(r"(?i)my name|name is|me llamo|mi nombre|name:", cue.group(0)) is not None
        for count, m in enumerate(_WORD.finditer(text, cue.end())):
            if count == 3 or (count and text[end : m.start()] != " "):
                break
            token = _fold(m.group(0).rstrip("."))
            known = token in lists.first or token in lists.last or _SURNAME_ENDINGS.search(token)
            if (
                token in lists.ordinary
                or token.endswith("ing")
                or ((count or not strong) and not known)
            ):
                break
            end = m.end()
        if end > cue.end():
            spans.append((cue.end(), end))
    return spans


def _person_in_run(
    text: str,
    run: list[re.Match[str]],
    first: frozenset[str],
    last: frozenset[str],
    ordinary: frozenset[str],
) -> tuple[int, int] | None:
    start_of_sentence = _SENTENCE_END.search(text[: run[0].start()]) is not None
    before_run = text[max(0, run[0].start() - 30) : run[0].start()]
    tokens = [_fold(m.group(0).rstrip(".")) for m in run]
    # Drop a leading title or an ordinary sentence opener ("The", "Why", "Dr").
    lead = 0
    after_title = instruction = False
    instruction_slot = start_of_sentence or _THEN_BEFORE.search(before_run) is not None
    while lead < len(run) and (
        tokens[lead] in _TITLES
        or tokens[lead] in ordinary
        or (instruction_slot and not after_title and tokens[lead] in _IMPERATIVES)
    ):
        after_title = after_title or tokens[lead] in _TITLES
        instruction = instruction or tokens[lead] in _IMPERATIVES
        lead += 1
    if lead == len(run):
        return None
    run, tokens = run[lead:], tokens[lead:]
    start_of_sentence = start_of_sentence and lead == 0
    # Trailing ordinary words are not part of the name ("Maria Please").
    while len(run) > 1 and tokens[-1] in ordinary:
        run, tokens = run[:-1], tokens[:-1]
    after = text[run[-1].end() :]
    if _NOT_PERSON_AFTER.match(after) or any(_NOT_PERSON_AFTER.match(m.group(0)) for m in run[1:]):
        return None
    # A country written into the run makes the rest a town: "Milford New Zealand".
    if any(_is_town(", " + text[m.start() : run[-1].end()] + after[:1], first) for m in run[1:]):
        return None
    parts = [t for t in tokens if t not in _PARTICLES]
    known_first = any(t in first for t in parts)
    known_last = any(t in last or _SURNAME_ENDINGS.search(t) for t in parts if len(t) > 2)
    initials = any(_is_initial(m.group(0)) for m in run)
    before = text[max(0, run[0].start() - 30) : run[0].start()]
    strong = after_title or _STRONG_BEFORE.search(before) is not None
    name_slot = (
        strong
        or _NAME_BEFORE.search(before) is not None
        or re.match(r"^(?:'s\b|’s\b|\s*:|,\s+(?:the|a|an)\b)", after) is not None
    )
    if strong:
        ok = True
    elif _PLACE_OR_FIRM_BEFORE.search(before_run) or _is_town(after, first):
        return None
    elif instruction:
        # After "Press", "Click" or "Call" at the start, a key or a button is capitalised
        # too ("Press Enter"); only a given name makes the rest a person ("Call Anna").
        ok = any(t in first for t in parts)
    elif len(parts) >= 2:
        ok = (
            known_first
            or (initials and known_last)
            or (name_slot and known_last)
            # A middle initial between two capitalised words is a name's shape
            # ("Alvir D. Pušaver"), whatever the lists say.
            or (len(run) == 3 and _is_initial(run[1].group(0)) and not _initial_at_an_end(run))
            # A person's verb after the run: "Ubul Csonka listed his top songs".
            or (len(parts) <= 3 and _PERSON_VERB_AFTER.match(after) is not None)
        )
        if not ok and not start_of_sentence:
            ok = sum(1 for t in parts if t in last) >= 2
        if not ok and len(parts) <= 3:
            # Where only a person fits ("heard Nijito Asano speak", a contact card's
            # first line), two or three capitalised words are a name though no list has
            # them.
            # A bullet or a symbol may open the card ("• Linneo Medrano").
            first_line = (
                not re.search(r"\w", text[: run[0].start()]) and _LINE_END.match(after) is not None
            )
            ok = first_line or _PERSON_SLOT.search(before) is not None
    else:
        single = parts[0] if parts else ""
        if len(single) < 2:
            return None
        listed = single in first or single in last or _SURNAME_ENDINGS.search(single) is not None
        if start_of_sentence:
            # An opening word is a name only when it acts like one.
            ok = (
                _PERSON_VERB_AFTER.match(after) is not None
                or (single in first and (name_slot or _NAME_VERB_AFTER.match(after) is not None))
                or (listed and re.match(r"^\s*:", after) is not None)
            )
        else:
            ok = (
                single in first
                or single in last
                or (listed and name_slot)
                or _ROLE_BEFORE.search(before_run) is not None
            )
    if not ok:
        return None
    return run[0].start(), run[-1].end() - (1 if run[-1].group(0).endswith(".") else 0)
