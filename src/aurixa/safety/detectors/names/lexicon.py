"""Word lists that tell a name from an ordinary capitalised word: particles, titles,
surname endings, places, form labels and common words that are also given names."""

from __future__ import annotations

import functools
import re
import unicodedata


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


PARTICLES = _words(
    "van von der den de del della di da du la le dos das ter ten bin ibn al el y los las zu "
    "zum zur vom"
)
# Spanish stop words that are common given names or surnames in English ("Sean", "Mia").
STOPWORD_NAMES = _words("sean ella mia estes")
# Months that are given names too: "April Jenkins".
MONTHS_AS_NAMES = _words("april june august")
# A surname's shape whatever the lists say: "O'Connor", "D'Angelo", "McAllister".
SURNAME_PREFIX = re.compile(r"^(?:o'|d'|mc)[a-z]{3,}$")


SURNAME_ENDINGS = re.compile(
    r"(?:son|sen|sson|dottir|dóttir|ova|ová|eva|ina|ska|ski|sky|skí|ský|cki|cka|wicz|vich|"
    r"ovic|ović|evic|ević|ic|ić|ič|enko|uk|yk|yan|ian|idze|dze|shvili|oglu|ev|ov|ova|in|aki|"
    r"escu|ides|opoulos|ez|es|az|ini|etti|elli|ucci|ata|ura|oto|ami|moto|mann|berg|stein|"
    r"feld|rová|ová|áková|ičová|ová)$"
)


LOWER_SURNAME_ENDINGS = re.compile(
    r"(?:sson|dottir|ova|ski|ska|sky|cki|wicz|vich|ovic|evic|enko|idze|shvili|oglu|escu|"
    r"opoulos|mann|berg|stein|sen)$"
)


# The last word of an organisation's or a publication's name, rarely of a person's
# ("Daily" is left out: it is an American surname).
FIRM_LAST_WORDS = _words(
    "weekly magazine journal gazette tribune newspaper force forces police army navy "
    "software investments insurance movers holdings ventures consulting enterprises "
    "industries studios productions entertainment networks communications motors airlines "
    "logistics realty properties ratings agency pharmaceuticals biotech therapeutics"
)


TITLES = _words("mr mrs ms miss mx dr prof sr sra srta dra don dona doña sir madam dame lord lady")


# Cities in the place list that are given names too: in a list of people, a person.
PLACES_AS_NAMES = _words("jackson lincoln jordan georgia victoria florence charlotte austin dallas")


# Labels of forms and headers, which also open lines before a colon.
FIELD_LABELS = _words(
    "name phone email e-mail address website mobile desk fax note notes subject from to cc "
    "date time re dob age sex gender city state country zip occupation job title company "
    "nombre telefono teléfono correo direccion dirección fecha"
)


# Instructions open with these, and the keys, buttons and menus after them are
# capitalised: "Press Enter", "Then Click Save".
IMPERATIVES = _words(
    "press click tap type hit select choose enter open close save call text visit check "
    "read see try ask take keep bring go scroll swipe log sign pick push pull use"
)


# Common words that are also given names; a lower-case one is the word, not the name.
COMMON_LOWER = _words(
    """
    mark rose hope grant bill joy faith grace summer chase hunter art pat sue max may june
    april august jan frank will page dawn eve sky brandy crystal ruby pearl amber iris lily
    daisy violet jade ginger honey candy angel king young white black brown green gray grey
    long little small short hill wood field park day rich sharp strong bell stone rock love
    case price cash star sunny rain storm river lane major miles rod ray bud buck penny
    sandy rusty wade carol doctor nurse guy ben don dean cole jack hall ford lee
    """
)


MONTHS_DAYS = _words(
    "january february march april may june july august september october november december "
    "monday tuesday wednesday thursday friday saturday sunday enero febrero marzo abril mayo "
    "junio julio agosto septiembre octubre noviembre diciembre lunes martes miercoles jueves "
    "viernes sabado domingo"
)


# Capitalised words that are a name in the lists but in a message are mostly
# something else: places, products, health words, and words that open sentences.
NOT_NAMES = _words(
    """
    i im i'm ok okay yes no hi hello hey dear thanks thank please sorry sure god lord jesus
    back asap anytime tonight
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
PLACES = _words(
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


COUNTRIES = (
    *(w for w in PLACES if not w.endswith(("an", "ish", "ese", "ch", "ic", "ss", "ian"))),
    "new zealand", "czech republic", "south africa", "united states", "united kingdom", "usa",
    "uk", "costa rica", "sri lanka", "saudi arabia", "el salvador", "puerto rico", "hong kong",
    "south korea", "north korea", "dominican republic", "ivory coast", "papua new guinea",
    "united arab emirates", "new caledonia", "faroe islands", "isle of man", "the netherlands",
)  # fmt: skip


# Messages repeat their words ("the", "my", "pain"), so each is folded once.
@functools.lru_cache(maxsize=1 << 16)
def fold(word: str) -> str:
    decomposed = unicodedata.normalize("NFKD", word.lower().replace("’", "'"))
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def is_written_as_name(words: list[str]) -> bool:
    """Whether every word is capitalised or a name particle ("Dyan van Gijn")."""
    return all(w[:1].isupper() or w.lower() in PARTICLES for w in words)


# One-letter words of English and Spanish ("and theres a gun", "hoy o mañana").
ONE_LETTER_WORDS = _words("a i o y e u")
