"""Context around a capitalised run: the words before it that make it a name ("named",
"my daughter") or a place or an employer ("work for"), and the words after it that
make it a person ("lives", "said") or a company, a street or a town."""

from __future__ import annotations

import re

from aurixa.safety.detectors.names.lexicon import COUNTRIES

# A possessive "'s" is left out of the word, so "Szczepańska's" is looked up as a name.
WORD = re.compile(r"[^\W\d_]+(?:['’-](?![sS]\b)[^\W\d_]+)*\.?")


# What may stand before a sentence's first word; an opening parenthesis too, so the
# ordinary word after it is an opener ("(Press CTRL+C to quit)"), not a name.
SENTENCE_END = re.compile(r"(?:^|[.!?;\n\"“(]|\s-\s)\s*$")


# Words after a capitalised run that make it a company, a place or a thing.
NOT_PERSON_AFTER = re.compile(
    r"^[ \t]*(?:\d{1,5}[a-z]?\b(?![\s.-]*\d)|"
    r"&|and co\b|inc\b|llc\b|ltd\b|corp\b|co\.|company\b|group\b|plc\b|gmbh\b|ag\b|sa\b|"
    r"incorporated\b|associates\b|partners\b|foundation\b|university\b|college\b|school\b|"
    r"hospital\b|clinic\b|center\b|centre\b|institute\b|orchestra\b|club\b|bank\b|hotel\b|"
    r"street\b|st\b\.?|avenue\b|ave\b|road\b|rd\b|boulevard\b|blvd\b|lane\b|drive\b|way\b|"
    r"place\b|square\b|park\b|parkway\b|court\b|terrace\b|hills?\b|island\b|isle\b|flats\b|"
    r"county\b|city\b|river\b|lake\b|mountains?\b|valley\b|airport\b|station\b|act\b|day\b|"
    r"beach\b|bay\b|springs\b|falls\b|heights\b|harbou?r\b|"
    r"research\b|labs?\b|systems\b|technologies\b|solutions\b|global\b|media\b|pharma\w*\b|"
    # Eponyms name a disease, a test or a scale, not the person it is about.
    r"(?:disease|syndrome|virus|disorder|palsy|sarcoma|lymphoma|tumou?r|test|sign|reflex|"
    r"scale|score|procedure|maneuver|manoeuvre)s?\b)",
    re.IGNORECASE,
)


# A single capitalised word right after these is a name: "named Timmie", "early Bulgakov".
NAME_BEFORE = re.compile(
    r"(?:\b(?:named|called|calls? me|name is|name's|nombre es|llamo|llama|dear|hi|hello|hey|"
    r"thanks|thank you|meet|with|by|from|to|for|and|or|early|late|young|old|little|"
    r"remember me|me|him|her|told|asked|says|said|paciente|patient|señor|señora|"
    r"hijo|hija|esposa|esposo|son|daughter|wife|husband|mother|father|brother|sister|"
    r"friend|uncle|aunt|cousin|nurse|doctor|name)\s*[,:]?\s*|[,:]\s*)$",
    re.IGNORECASE,
)


# After these any capitalised word is a name, known or not: "her maiden name is Sandgreen".
STRONG_BEFORE = re.compile(
    r"\b(?:named|called|calls? me|(?:named|called) (?:him|her|them)|name is|name's|name:|"
    r"your name\?|nombre es|me llamo|se llama|"
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
PERSON_SLOT = re.compile(
    r"\b(?:heard|under|add|meet|met|ask|asked|tell|told|contact|contacted|visit|visited|"
    r"dear|hi|hello|patient|i'm|i’m|i am|this is|soy|assistant to|"
    rf"married|marry|love|loves|thank|thanks|congratulate|{_ROLES})\s+$",
    re.IGNORECASE,
)


# A single capitalised word after a possessive and a relation or role is a name even
# when no list knows it: "my daughter Vinka has a fever".
ROLE_BEFORE = re.compile(
    rf"\b(?:my|our|his|her|your|their|mi|su|tu)\s+(?:\w+\s+)?{_ROLES},?\s+$", re.IGNORECASE
)


# After these comes an employer or a place: "I work for Wolters Kluwer", "returned to
# Feliciano". A title or "my name is" still wins.
PLACE_OR_FIRM_BEFORE = re.compile(
    r"\b(?:work(?:s|ed|ing)? (?:for|at)|employed (?:by|at)|based in|located in|lives? in|"
    r"living in|moved to|returned to|arrived (?:at|in)|travel(?:l)?ing to|flew to|trip to|"
    r"trabajo en|vivo en)\s+$",
    re.IGNORECASE,
)


LINE_END = re.compile(r"^[ \t]*(?:\n|$)")


# A sentence-opening unknown word followed by these acts as a person.
PERSON_VERB_AFTER = re.compile(
    r"^,?\s+(?:lives|lived|spent|works|worked|said|says|told|asked|went|moved|married|studied|"
    r"is from|was born|wants|needs|called|wrote|listed|had given|has given)\b|"
    r"^,\s+(?:can|could|would|will|please|do|are|did|have)\b"
)


NAME_VERB_AFTER = re.compile(r"^,?\s+(?:is|was|has|had|and|will|just|can|did|does)\b")


# Where a rare word (in no name list and no English vocabulary) is a person rather than a
# place, a firm or a medicine: what only people do or have, said right after it ("Oskeli
# booked it", "Marguna's husband").
_PERSON_HAS = (
    r"(?:name|address|phone|number|email|e-mail|birthday|appointment|account|house|home|"
    r"place|room|car|bed|chart|results?|insurance|prescription|killers?|family|parents|"
    r"children|kids|friends?|own|" + _ROLES + r")"
)
RARE_PERSON_AFTER = re.compile(
    r"^(?:,?\s+(?:booked|phoned|emailed|texted|mentioned|explained|agreed|replied|thinks|"
    r"thought|knows|knew|wanted|needed|likes|liked|loves|loved|hates|feels|felt|died|"
    r"passed away|came|left|helped|sings|sang|speaks?|spoke|smiled|laughed|cried)\b|"
    rf"['’]s\s+(?:\w+\s+)?{_PERSON_HAS}s?\b|"
    # A role given to the person: "add Kvorin as guardian", "Ruvena as my wife" (a firm
    # is taken on "as the assistant" too, so a job needs a possessive).
    r"\s+as\s+(?:a\s+|an\s+|the\s+|my\s+|our\s+|his\s+|her\s+)?(?:emergency contact|"
    r"guardian|beneficiary|proxy|next of kin|power of attorney)\b|"
    rf"\s+as\s+(?:my|our|his|her|their)\s+{_ROLES}\b|"
    # What a person is: "Anouka is a very kind person", "Teodric was my nurse".
    r"\s+(?:is|was)\s+(?:a|an|the|my|our|his|her)\s+(?:(?!(?:a|an|the|in|of)\s)[\w-]+\s+){0,2}"
    rf"(?:person|man|woman|guy|girl|boy|lady|gentleman|{_ROLES})\b|"
    # An apposition before the verb of saying: "Ruvena, the head nurse, said".
    r",\s+(?:the|our|my|a|an)\s+[^,.!?\n]{1,40},\s+(?:said|says|told|added|explained)\b)",
    re.IGNORECASE,
)


# Opening a sentence, a person and the speaker: "Velinda and I went", "Velinda y yo". Inside
# one "and I" starts a clause as often ("I'm on Eliquis and I fell").
AND_I_AFTER = re.compile(r"^\s+(?:and I|and me|y yo)\b", re.IGNORECASE)


# A word said to someone, between a comma and "!" or "?": "see you soon, Halvard!", "are
# you ready, Ondina?". A full stop there ends an address as often ("..., Brastova.").
VOCATIVE_BEFORE = re.compile(r",[ \t]*$")
VOCATIVE_AFTER = re.compile(r"^[ \t]*[!?]")


# Before a rare word, words that take a person: "tell Kvorin", "spoke to Ruvena", "signed
# by Teodric", "who is Anouka?", a greeting ("thanks, Lisbeta").
_PERSON_BEFORE = (
    r"(?:\b(?:tell|told|ask|asked|thank|thanked|heard|met|meet|marry|married|miss|missed|"
    r"(?:speak|spoke|talk|talked|talking|speaking|chat|chatted) (?:to|with)|"
    r"(?:ask|asked|asking|wait|waiting|looking) for|me and|"
    r"(?:signed|written|sung|performed|composed|arranged|directed|produced|painted|played|"
    r"recorded|narrated|treated|seen|examined|referred|prescribed|recommended|interviewed|"
    r"raised|adopted|accompanied|visited|helped|hired) by|"
    r"who is|who's|this is|i'm|i am|hi|hello|hey|dear|thanks|thank you|bye|goodbye|"
    r"congratulations|congrats|love you|miss you|sorry|according to|"
    # Whom one sees or books with: "follow up with Kvorin", "appointment with Ruvena".
    r"follow(?:ing)?[ -]up with|(?:appointment|session|consultation|visit|meeting) with|"
    r"book(?:ed)? (?:in )?with|"
    # An account or a booking in a person's name: "it's under Oskeli", "the name Anouka".
    r"(?:it's|it is|account is|booked|listed|registered) under|(?:the|my|his|her|their) name"
    r"),?\s+|"
    # A form's or a card's label for a person: "Patient: Kvorin", "Emergency contact - Ruvena".
    r"\b(?:patient|contact|caller|guardian|carer|caregiver|parent|spouse|next of kin|attn|"
    r"referred by|signed)\s*[:–-]\s*|"
    r"(?:^|[.!?]\s+)(?:yes|no|ok|okay|well|oh|sure),\s+)$"
)
# The same for a word in lower case.
LOWER_PERSON_BEFORE = re.compile(_PERSON_BEFORE, re.IGNORECASE)
# For a capitalised word also a role right before it ("songwriter Marguna", "tennis player
# Velinda"; in lower case "mi esposo fuma" is a verb), and the speaker right after a
# quotation ('"I'm late!" said Teodric'; "the doctor said Tylenol" is a medicine).
RARE_PERSON_BEFORE = re.compile(
    rf"(?:{_PERSON_BEFORE}|\b{_ROLES},? $|[\"”!?]\s*(?:said|says|asked|replied) $)",
    re.IGNORECASE,
)


THEN_BEFORE = re.compile(r"\b(?:then|and|or)\s+$", re.IGNORECASE)


# Where a lower-case full name stands: "follow up with patricia desrosiers".
LOWER_PAIR_BEFORE = re.compile(
    r"\b(?:with|from|heard|and|patient|see|saw|told|tell|ask|asked|meet|met|called|by|para|con)"
    r"\s+$"
)


CUE_LOWER = re.compile(
    r"\b(?:my name is|my name's|name is|i am called|call me|name:|me llamo|mi nombre es|soy)\s+",
    re.IGNORECASE,
)


# What follows a town in an address: its country, or a region code and a postcode
# ("Mora de Rubielos, Spain 16200", "St Georges, QC 54256", "West Brook\n New Zealand").
_COUNTRY = "|".join(
    sorted((re.escape(c).replace(r"\ ", r"\s+") for c in COUNTRIES), key=len, reverse=True)
)


ADDRESS_AFTER_TOWN = re.compile(
    rf"^[ \t]*(?:,[ \t]*(?:(?P<country>{_COUNTRY})\b|[A-Z]{{2,3}},?[ \t]+\d{{4,6}}\b|\d{{5,6}}\b)"
    rf"|\n[^\w\n]*(?:{_COUNTRY})\b)(?![-./]\d)",
    re.IGNORECASE,
)
