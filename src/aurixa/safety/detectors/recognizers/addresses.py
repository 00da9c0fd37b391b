"""Street addresses in US, British and European orders, postcodes, PO boxes and
military mail, and the doses and counts that share their numbers."""

from __future__ import annotations

import re

from aurixa.safety.detectors.recognizers.common import L, Recognizer, U, ci

_STREET_WORDS = (
    r"(?:street|st|avenue|ave|road|rd|boulevard|blvd|lane|ln|drive|dr|court|ct|way|place|pl|"
    r"terrace|parkway|pkwy|circle|cir|highway|hwy|square|sq|trail|plaza|alley|row|crescent)"
)
# Street suffixes of the USPS standard (Publication 28) beyond the common ones above;
# with a house number, or after "on"/"at", they end a street name ("Countess Close").
_STREET_SUFFIXES = (
    r"(?:close|dale|lodge|flats?|isle|hills?|parks?|turnpike|bridge|point|rapids|union|forges?|"
    r"creek|village|crossing|gardens?|heights|meadows?|ridge|run|springs?|stream|summit|"
    r"track|tunnel|valley|view|vista|walk|wells?|causeway|common|corners?|cove|crest|estates?|"
    r"expressway|extension|falls|ferry|fields?|ford|forest|fork|fort|freeway|gateway|glen|"
    r"green|grove|harbou?r|haven|hollow|inlet|island|junction|key|knoll|landing|loop|mall|"
    r"manor|mews|mills?|mission|motorway|mount|mountain|orchard|oval|pass|path|pike|pines?|"
    r"plains?|port|prairie|ranch|rest|route|shoals?|shores?|skyway|spur|stravenue|trace|"
    r"trafficway|underpass|villas?|ville|wharf|ways|coves|lakes?|loaf|lock|neck|radial|ramp|"
    r"roads|squares|streets|burg|bypass|camp|canyon|cape|cliffs?|club|courts|drives|"
    r"greens|groves|harbors|keys|knolls|lights?|locks|parkways|passage|plaza|"
    r"str|rue|via)"
)
# The rest of the USPS list and the Australian and New Zealand street types, as Faker's
# address providers write them ("Clark Dam", "Sydney Laneway", "Graeme Corners"). Many
# are ordinary words ("Turn", "End"), so they count only after a house number.
_NUMBERED_SUFFIXES = (
    r"(?:branch|brooks?|burgs|centers?|centres?|circles|cliff|corner|course|crossroads?|curve|"
    r"dam|divide|estate|extensions|fall|fords|forks|glens|harbors|hills|islands|junctions|"
    r"land|manors|meadow|mountains|overpass|parks|pine|plain|points|ports|ridges|"
    r"shoal|shore|spring|spurs|station|throughway|unions|valleys|viaduct|views|villages|"
    r"walks|wall|access|alleyway|amble|approach|arcade|basin|bend|brae|break|broadway|brow|"
    r"byway|chase|circuit|circus|concourse|copse|courtyard|cross|crossway|dell|driveway|edge|"
    r"end|entrance|esplanade|fairway|follow|footway|frontage|gap|gates?|glade|grange|gully|"
    r"highroad|interchange|laneway|lees|link|lookout|meander|mew|nook|outlook|parade|"
    r"parklands|pathway|pocket|promenade|quad|quadrant|quays?|ramble|range|reach|reserve|"
    r"retreat|ride|ridgeway|rise|riverway|riviera|roadway|ronde|rotary|siding|slope|"
    r"stairs|steps|strand|subway|tarn|tollway|tor|towers|triangle|turn|vale|walkway|"
    r"wynd)"
)
_EURO_STREET = (
    r"(?:katu|kuja|tie|polku|kaari|laan|straat|weg|vej|vagen|vägen|gatan|gata|gade|strasse|"
    r"str\.|stræde|straede|"
    r"straße|gasse|allee|allé|alléen|platz|plein|kade|dreef|steeg|ranta|veien|vegen|utca|ulica|"
    r"ut|gränd|torget|stigen|backen|singel|baan|hof|bulevardi)"
)
_LOWER_EURO_STREET = (
    r"(?:katu|kuja|laan|straat|weg|vej|vägen|vagen|gatan|strasse|straße|gasse|allee|platz|"
    r"stræde|straede|"
    r"plein|dreef|steeg|veien|vegen|utca|ulica|gränd|torget|stigen|backen|singel|bulevardi)"
)
# A house number, with a letter or a flat after a slash: "12", "4b", "1c/4", "8/7".
_HOUSE_NUMBER = r"\d{1,5}[a-z]?(?:/\d{1,4}[a-z]?)?\b"
# Capitalised words before a number that name a part of a building or a site, or a unit
# of time, not a street: "Gate 12", "Room 5", "Week 3".
_NOT_A_PLACE_IN_A_BUILDING = (
    r"(?!(?i:gate|room|ward|bay|bed|floor|level|suite|unit|building|block|terminal|platform|"
    r"exit|door|entrance|stop|pier|dock|hall|wing|zone|section|area|lot|box|locker|table|"
    r"seat|row|field|track|chapter|page|version|day|week|month|year|channel|apt|apartment|"
    r"flat|office|desk|window|counter|booth|clinic|pod|station)\b)"
)
# Words after two numbers that are not a street's name: a weekday or a month, an
# extension, a phone's label.
_NOT_A_STREET_NAME = (
    r"(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun|Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec|"
    r"Ext|Extension|Fax|Tel|Phone|Mobile|Cell|Call|Or|And|To|From|If|At|On|In|Please|Thanks|"
    r"Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|"
    r"June|July|August|September|October|November|December|Is|Was|The|I|It|Its|We|You|He|"
    r"She|They|My|Our|His|Her|Their|This|That|Here|There|Oh|Yes|No|Ok|Okay|So|But)"
)
# Street types written before the name in Spanish, Portuguese, Italian, French, Catalan
# and Polish ("Rambla Chucho Moya 8", "Trevo Souza, 65", "Vicolo Girolamo, 8").
_STREET_TYPES_BEFORE = (
    r"(?:rue|via|calle|c\.|c/|avenida|av\.|avda\.?|ul\.|ulica|al\.|aleja|pl\.|plac|rua|r\.|viale|"
    r"piazza|"
    r"chemin|carrer|avenue|boulevard|plaza|rambla|glorieta|callej[oó]n|cañada|alameda|ronda|"
    r"pasaje|cuesta|paseo|camino|calzada|cerrada|privada|andador|circuito|prolongaci[oó]n|"
    r"retorno|viaducto|travessa|largo|praça|rodovia|estrada|ladeira|viaduto|trevo|vereda|"
    r"quadra|p[aá]tio|recanto|estaç[aã]o|ch[aá]cara|col[oô]nia|strada|borgo|contrada|"
    r"rotonda|stretto|vicolo|corso|impasse|all[ée]e|quai|diag\.|diagonal|incrocio|piazzale|"
    r"piazzetta|salita|canale)"
)
# The letters of a French street number's repeat ("12 bis") and the words joining a
# street type to its name ("de la", "do", "dei").
_NAME_PARTICLES = r"(?:de|del|la|le|les|des|du|di|da|do|dos|das|della|dei|degli|d'|l')"


# Words that join two doses, not the words of a street name: "2 Tylenol and 1 Aleve".
_DOSE_WORDS = r"(?i:and|or|every|each|per|then|plus|with|to|a|an|the|of|for|at|in|on|x)"
# An address's last number is not followed by a unit: "every 6 hours", "2 and 1 tablets".
_NOT_A_QUANTITY = (
    r"(?!\s*(?:%|x\b|mg|mcg|ml|g\b|kg|lbs?|hours?|hrs?|minutes?|mins?|days?|weeks?|months?|"
    r"years?|times?|pills?|tablets?|tabs?|capsules?|puffs?|drops?|units?|doses?|am\b|pm\b|"
    r"a\.m\.|p\.m\.|o'clock|"
    # How often a dose is taken: "Eliquis 5 twice a day".
    r"(?:daily|twice|once|nightly|a day|per day|bid|tid|qid|qd|prn|every|each)\b))"
)
_ADDRESS_CUE = (
    r"\b(?:address(?: is)?:?|lives? (?:at|on)|living (?:at|on)|lived (?:at|on)|located at|"
    r"meet (?:me|us) at|send (?:it|this|them)? ?to|deliver(?:ed)? (?:it )?to|"
    r"ship(?:ped)? (?:it )?to|"
    # A thing sent or a visit between the verb and the place: "send the forms to",
    # "ship the meter to", "visit me at"; "moved to" a street.
    r"(?:send|ship|mail|post|deliver|forward) (?:the |my |our |his |her |this |these |those )?"
    r"[a-z]+ to|visit (?:me|us|him|her|them) at|moved to|"
    r"drops? (?:you|me) off at|mail (?:it )?to|vivo en|direccion(?: es)?:?|dirección(?: es)?:?)"
)

# Without a house number a person may follow "send it to"; these take only places.
_ADDRESS_CUE_NO_NUMBER = (
    r"\b(?:address(?: is)?:?|lives? on|living on|lived on|located on|direccion:?|dirección:?)"
)


def _capitalised(alternation: str) -> str:
    """ "(?:close|dale)" as "(?:Close|Dale)": the words only as a proper name's part."""
    return re.sub(r"(?<=[(|:])([a-z])", lambda m: m.group(1).upper(), alternation)


ADDRESSES: list[Recognizer] = [
    Recognizer(
        "STREET_ADDRESS",
        ci(r"\b(?:zip|zip code|postal code|postcode|codigo postal)\s*:?\s*(\d[\d -]{2,8}\d)\b"),
        1,
        validate=False,
    ),
    # The last line of a postal address: a place name and a postcode.
    # Digits are kept out of the place name, so a phone number's last group is not a postcode;
    # a form label's colon ("Date: 2011", "Ref: 20455") is no place name either.
    Recognizer(
        "STREET_ADDRESS",
        re.compile(rf"(?m)^\W*[{U}][^\W\d_()' ]*[^\d\n]{{1,40}}(?<!:) (\d{{4,6}})\s*$"),
        1,
    ),
    Recognizer("STREET_ADDRESS", ci(r"\bp\.?\s?o\.? box \d+\b")),
    # US military mail: a ship or a unit, then APO/FPO/DPO, the region and the ZIP code.
    Recognizer(
        "STREET_ADDRESS",
        re.compile(
            rf"\b(?:(?:USNS|USNV|USS|USCGC)\s+[{U}][\w'.-]*(?:\s+[{U}][\w'.-]*)?|"
            r"(?:PSC|Unit|CMR)\s+\d{3,5},?\s+Box\s+\d{1,5})\s*,?\s+"
            r"(?:APO|FPO|DPO)\s+(?:AA|AE|AP)\s+\d{5}\b"
        ),
    ),
    # Number, street name, number: the usual European order ("20789 Allika 46"). The
    # words between are capitalised or particles, so "take 2 Advil every 6 hours" is a dose.
    Recognizer(
        "STREET_ADDRESS",
        re.compile(
            # "4567 Ext. 1234" is a phone number's extension.
            rf"\b\d{{1,6}}\s+(?!(?i:ext|extension)\b)(?:(?:ul\.|u\.)\s+)?[{U}][\w'.-]*"
            rf"(?:\s+(?!{_DOSE_WORDS}\b)[\w'.-]+){{0,3}}\s+\d{{1,5}}\b{_NOT_A_QUANTITY}"
        ),
    ),
    # After "lives at", "address:" or "send it to" the same order is an address in lower
    # case too ("meet me at 2407 tawastintie 6"), or without the house number when the
    # street is capitalised ("lives on Joaquin Suarez 2906").
    Recognizer(
        "STREET_ADDRESS",
        ci(
            rf"{_ADDRESS_CUE}\s+(\d{{1,6}}\s+[^\W\d_][\w'.-]*(?:\s+[^\W\d_][\w'.-]*){{0,3}}"
            rf"\s+\d{{1,5}}[a-z]?\b){_NOT_A_QUANTITY}"
        ),
        1,
    ),
    Recognizer(
        "STREET_ADDRESS",
        re.compile(
            rf"(?i:{_ADDRESS_CUE_NO_NUMBER})\s+((?:the \w+ side of )?[{U}][\w'.-]*"
            rf"(?:\s+[{U}][\w'.-]*){{0,3}}\s+\d{{1,5}}[a-z]?\b){_NOT_A_QUANTITY}"
        ),
        1,
    ),
    # A street and its number, the usual order in much of Europe and Latin America
    # ("Pivovarská 276", "Brisas 6802"), after a word that says an address follows:
    # "send it to", "meet you at", "return it to". A gate, a room or a ward is no street.
    Recognizer(
        "STREET_ADDRESS",
        re.compile(
            rf"(?i:{_ADDRESS_CUE}|meet you at|return(?: it| this| them)? to|take me to|"
            r"drive me to|user:)\s+"
            rf"({_NOT_A_PLACE_IN_A_BUILDING}[{U}][\w'.-]*(?:\s+[{U}][\w'.-]*){{0,3}}"
            rf"\s+{_HOUSE_NUMBER}){_NOT_A_QUANTITY}"
        ),
        1,
    ),
    # The same later in a sentence that speaks of an address: "please update the billing
    # address with Kvetnová 214", "what's the address? It's Palmeras 3307".
    Recognizer(
        "STREET_ADDRESS",
        re.compile(
            r"(?i:address(?:es)?|direcci[oó]n)\b[^.!\n]{0,40}?[\s:]"
            rf"({_NOT_A_PLACE_IN_A_BUILDING}(?!{_NOT_A_STREET_NAME}\b)[{U}][\w'.-]*"
            rf"(?:\s+[{U}][\w'.-]*){{0,3}}\s+{_HOUSE_NUMBER}){_NOT_A_QUANTITY}"
        ),
        1,
    ),
    # A postcode and a house number before the street's name ("9816 214 Pavlou Drandaki"):
    # the two numbers are not a phone number's groups.
    Recognizer(
        "STREET_ADDRESS",
        re.compile(
            # On one line: a phone number's groups end where its line does.
            rf"\b\d{{4,6}}[ \t]+\d{{1,5}}[A-Za-z]?[ \t]+(?!{_NOT_A_STREET_NAME}\b)[{U}][\w'.-]*"
            rf"(?:[ \t]+[{U}][\w'.-]*){{0,3}}"
        ),
    ),
    # German compounds written with hyphens ("Julius-Leber-Straße 12", "Anna-Vogt-Weg 8/7")
    # and Finnish types written apart ("Eino Leinon polku 30", "Aino Ackté tie 5").
    Recognizer(
        "STREET_ADDRESS",
        re.compile(
            rf"\b[{U}][\w'-]*-(?:Straße|Strasse|Str\.|Weg|Gasse|Allee|Platz|Ring|Damm|Ufer|"
            rf"Steig|Pfad)\s+{_HOUSE_NUMBER}"
        ),
        hint=re.compile(r"-(?:Stra|Str\.|Weg|Gasse|Allee|Platz|Ring|Damm|Ufer|Steig|Pfad)"),
    ),
    Recognizer(
        "STREET_ADDRESS",
        re.compile(
            rf"\b(?:[{U}][\w'-]*\s+){{1,3}}(?:tie|polku|katu|kuja|raitti|kaari|väylä|rinne)\s+"
            rf"{_HOUSE_NUMBER}"
        ),
        hint=re.compile(r"(?:tie|polku|katu|kuja|raitti|kaari|väylä|rinne)\s+\d"),
    ),
    # A street type that English does not use, before a capitalised name and without a
    # number: "chemin Madeleine Vermeil", "rue de Corbat", "calle Mayor".
    Recognizer(
        "STREET_ADDRESS",
        re.compile(
            r"\b(?i:rue|chemin|all[ée]e|impasse|quai|calle|avenida|rua|travessa|ulica|strada|"
            r"piazza|viale|vicolo|piazzale)\s+"
            rf"(?:{_NAME_PARTICLES}\s*)*[{U}][\w'.-]*(?:\s+[{U}][\w'.-]*){{0,2}}"
        ),
        digits=False,
        hint=re.compile(
            r"(?i:rue|chemin|all[ée]e|impasse|quai|calle|avenida|rua|travessa|ulica|strada|"
            r"piazza|viale|vicolo)\s"
        ),
    ),
    # Hungarian order: the name, the street type, the number ("Király u. 15.", "hegyalja út
    # 98.", "Árpád fejedelem útja 3.").
    Recognizer(
        "STREET_ADDRESS",
        re.compile(
            # Capitalised words, the last one in any case (lower-case messages).
            rf"\b(?:[{U}][\w'.-]*\s+){{0,2}}(?:[{U}][\w'.-]*|[{L}]{{3,}})\s+"
            r"(?i:u\.|utca|út|útja|tér|körút|krt\.)\s+\d{1,4}\b\.?"
        ),
        hint=re.compile(r"(?i:u\.|utca|út|útja|tér|körút|krt\.)\s+\d"),
    ),
    Recognizer(
        "STREET_ADDRESS",
        re.compile(
            rf"\b\d{{1,6}}[A-Za-z]?(?:\s+\d{{1,5}})?(?:\s+[{U}][\w'.-]*){{1,4}}\s+"
            rf"{_STREET_WORDS}\b\.?"
            r"(?:,?\s+(?:apt|apartment|suite|unit|#)\.?\s*\w+)?",
            re.IGNORECASE,
        ),
    ),
    Recognizer(
        "STREET_ADDRESS",
        ci(
            rf"\b(?:\d{{1,6}}\s+)?{_STREET_TYPES_BEFORE}(?:\s+{_NAME_PARTICLES}?\s*[{U}][\w'.-]*)"
            # "Av. Salta N° 778": the number sign of Spanish-speaking addresses.
            r"{1,4},?\s+(?:N[°º]\.?\s*)?\d{1,5}[A-Za-z]?\b"
        ),
    ),
    # The French order: the number first, a comma, then the street ("16, rue de Mercier",
    # "5 bis, chemin Véronique Chauvin").
    Recognizer(
        "STREET_ADDRESS",
        re.compile(
            r"\b\d{1,5}(?:\s?(?:bis|ter))?,?\s+"
            # "Av" and "Avda." as Moroccan and Spanish addresses abbreviate "avenue".
            r"(?i:rue|avenue|av\.?|avda\.?|boulevard|bd|chemin|all[ée]e|impasse|place|quai|route|"
            r"cours)\s+"
            rf"(?:{_NAME_PARTICLES}\s*)*[{U}][\w'.-]*(?:\s+[{U}][\w'.-]*){{0,3}}"
        ),
    ),
    Recognizer(
        "STREET_ADDRESS",
        re.compile(rf"\b(?:\d{{1,6}}\s+)?[{U}][{L}]*{_EURO_STREET}\s+\d{{1,5}}[A-Za-z]?\b"),
    ),
    # The same in lower case ("wingertweg 126"), with the longer endings only: "about 5"
    # and "untie 2" end in "ut" and "tie" too.
    Recognizer(
        "STREET_ADDRESS",
        re.compile(
            rf"\b(?:\d{{1,6}}\s+)?[{L}]{{2,}}{_LOWER_EURO_STREET}\s+\d{{1,5}}[a-z]?\b"
            rf"{_NOT_A_QUANTITY}"
        ),
        hint=re.compile(rf"{_LOWER_EURO_STREET}\s+\d"),
    ),
    Recognizer("STREET_ADDRESS", ci(r"\b(?:apt|apartment|suite|unit)\.?\s*#?\s*\d+[A-Za-z]?\b")),
    # The same in British, Spanish, Italian and Mexican addresses ("Flat 55X", "Piso 9",
    # "Appartamento 5"); ordinary words too, so only capitalised.
    Recognizer(
        "STREET_ADDRESS",
        re.compile(
            r"\b(?:Flat|Studio|Piso|Puerta|Appartamento|Piano|Interior|Depto\.?)\s+\d+[A-Za-z]?\b"
        ),
    ),
    # A British postcode ("SW1A 1AA", "S5 9BA"), written in capitals.
    Recognizer(
        "STREET_ADDRESS",
        re.compile(r"\b(?:[A-Z]{1,2}\d[A-Z\d]?|GIR)\s?\d[A-Z]{2}\b"),
    ),
    # A postcode and its town after a comma: "…, 55100 Sundsvall", "…, 90-361 Grudziądz",
    # "…, 496 66 Železný Brod", "…, 25102-734 Vasconcelos".
    Recognizer(
        "STREET_ADDRESS",
        re.compile(
            r",\s*((?:\d{5}(?:-\d{3})?|\d{2}-\d{3}|\d{3}\s\d{2})\s+"
            rf"[{U}][\w'’.-]*(?:\s+(?:[{U}][\w'’.-]*|{_NAME_PARTICLES}|an der|am|im|sur))*)"
        ),
        1,
    ),
    # The rarer suffixes ("Countess Close") are ordinary words too ("eating well"), so they
    # count only capitalised.
    Recognizer(
        "STREET_ADDRESS",
        re.compile(
            rf"\b\d{{1,6}}[A-Za-z]?(?:\s+\d{{1,5}})?(?:\s+[{U}][\w'.-]*){{1,4}}\s+"
            rf"(?:{_capitalised(_STREET_SUFFIXES)}|{_capitalised(_NUMBERED_SUFFIXES)})\b\.?"
        ),
    ),
    # A named street without a number: "on Marina Fort Street".
    Recognizer(
        "STREET_ADDRESS",
        re.compile(
            # "on Dr. Wells" is a person: a title does not open a street name.
            rf"\b(?:on|at|to|along|near|off|of|in)\s+(?!(?:Dr|Mr|Mrs|Ms|Miss|Prof)\b)"
            rf"((?:[{U}][\w'.-]*\s+){{1,3}}"
            rf"(?:{_capitalised(_STREET_WORDS)}|{_capitalised(_STREET_SUFFIXES)})\b\.?)"
        ),
        1,
        digits=False,
    ),
    # An intersection: "the corner of 35 Pentelis Str. and Waechter Turnpike".
    Recognizer(
        "STREET_ADDRESS",
        ci(
            rf"\b(?:the )?corner of\s+([^\n,?!]{{2,60}}?\s+(?:and|&|y)\s+[{U}][\w'.-]*"
            rf"(?:\s+[{U}][\w'.-]*){{0,3}})"
        ),
        1,
        digits=False,
    ),
]
