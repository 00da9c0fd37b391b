"""Idioms that contain a symptom word but report no symptom, in English and Spanish.

"That bill gave me a heart attack", "the CPR class", "my feet are killing me": the
emergency rules remove these before matching, and the learned backstop may not fire on
them either.
"""

from __future__ import annotations

import re

from aurixa.safety.detectors.redflags.trauma_environmental import MECHANISM

IDIOMS = re.compile(
    r"\b(?:(?:almost |nearly )?(?:gave|give|gives|giving) (?:me|him|her|us|them|my \w+) "
    r"(?:a )?(?:heart attack|stroke|coronary|aneurysm|seizure)|"
    # A class, a kit or a clinic named after an emergency: "the naloxone overdose
    # training class", "CPR course", "stroke support group".
    r"(?:overdose|naloxone|narcan|cpr|first aid|stroke|seizure|epilepsy|heart attack|cardiac|"
    r"choking|anaphylaxis|epi-?pen|sobredosis|primeros auxilios|infarto)\b(?: \w+){0,2}? "
    r"(?:training|class|classes|course|workshop|seminar|certification|support group|awareness|"
    r"prevention|program|presentation|clinic|kit|fundraiser|walk|curso|taller|capacitacion|"
    r"clase|platica|grupo de apoyo)|"
    r"(?:almost|nearly|about to) (?:had|have|having) (?:a )?heart attack|"
    # An emergency word that names a medicine, a visit or a specialist: "her seizure med
    # follow-up", "his stroke doctor", "la cita de epilepsia" stays a routine request.
    r"(?:seizure|epilepsy|stroke|heart attack|cardiac|anaphylaxis|allergy|asthma) "
    r"(?:rescue )?(?:meds?|medicines?|medications?|pills|prescriptions?|refills?|"
    r"follow[- ]?ups?|appointments?|check[- ]?ups?|doctor|neurologist|specialist|"
    r"action plan|diary|log|precautions|paperwork)|"
    r"(?:medicamentos?|medicinas?|pastillas|cita|control|receta) (?:de|para) (?:la |las )?"
    r"(?:epilepsia|convulsiones|crisis)|"
    # Blood taken on purpose: "had a lot of blood drawn for tests", "donated blood".
    r"(?:(?:a lot of|so much|lots of|some) )?blood (?:drawn|taken|tests?|work|draws?|samples?|"
    r"donation|bank)|(?:drew|drawn|took|taken|draw|donat\w*|give|gave) (?:a lot of |so much |"
    r"some |my |his |her )?blood(?! (?:pressure|thinners?|sugar|glucose|test|work|draws?))|"
    r"(?:analisis|examen(?:es)?) de sangre|(?:me|le) sacaron sangre|"
    r"heart attack (?:on a (?:plate|bun)|in a (?:box|bowl))|stroke of (?:luck|genius|midnight|"
    r"the pen|fate|brilliance)|"
    # Breathless with laughter, when the laughing or the joke is named. A "lol" after "can't
    # breathe" alone is a minimiser ("can't breathe and my lips are blue lol"), not a joke.
    r"(?:laugh\w*|haha\w*|lmao|lmfao|rofl|funny|hilarious)[^.!?]{0,30}"
    r"(?:can'?t|couldn'?t|cannot) breathe|(?:can'?t|couldn'?t|cannot) breathe[^.!?]{0,30}"
    r"(?:laugh\w*|haha\w*|lmao|lmfao)|(?:can'?t|couldn'?t|cannot) breathe\W+lol\W+"
    r"(?:this|that|these|those|ur|your|the)\b[^.!?]{0,20}\b(?:memes?|videos?|jokes?|shows?|"
    r"tiktoks?|posts?|pics?|clips?|story|episodes?|comments?|tweets?|cat|dog)|"
    r"overdos\w* on (?:netflix|coffee|caffeine|sugar|tv|chocolate|candy|cute\w*|work|sun|"
    r"memes|shopping)|food poisoning|seizure of|"
    r"casi me (?:da|dio) un (?:infarto|ataque|derrame|patatus|soponcio)|"
    # Nearly fainting at a sight or a piece of news: "casi me desmayo cuando vi el precio".
    r"(?:casi|por poco) me (?:desmayo|desmaye|muero) (?:cuando (?:vi|lei|supe|me dijeron|"
    r"llego)|al (?:ver|saber|leer|oir)|de (?:la )?(?:risa|verguenza|pena|susto|emocion|coraje|"
    r"sorpresa|gusto))[^.!?,]*|"
    r"chok\w* on (?:all )?(?:these|those|the|my) (?:\w+ )?(?:bills|debt|paperwork|work|emails)|"
    # A heart attack a thing will cause, named with the cause: "me va a dar un infarto con
    # estos precios", "going to have a heart attack over this bill". Only the words up to
    # the cause are blanked, so a symptom named as the cause ("con este dolor de pecho")
    # is still read.
    r"(?:me|le|nos) (?:va a dar|van a dar|da|dan|dio|dara|daria|daran) (?:un |el )?(?:infarto|"
    r"ataque(?: al corazon)?|derrame|patatus|soponcio) (?:de|con|por|cuando|si|al)|"
    # The cause named first: "la factura del hospital me va a dar un infarto".
    r"(?:factura|cuenta|cobro|precio|papeleo|tramite|seguro|recibo|deducible|copago|bill|"
    r"invoice|paperwork|price|deductible|copay)s?\b[^.!?,]{0,40}\b(?:me|le|nos) (?:va a dar|van "
    r"a dar|da|dan|dio|dara|daria) (?:un |el )?(?:infarto|ataque(?: al corazon)?|derrame|"
    r"patatus|soponcio)|"
    r"(?:going to|gonna|about to|will|i'?ll) (?:have|get) (?:a )?(?:heart attack|stroke|coronary|"
    r"aneurysm) (?:over|at|with|from|because of|looking at|reading|paying)|"
    r"(?:almost|nearly|about to|gonna|going to) (?:pass(?:ed)? out|die|faint(?:ed)?) "
    r"(?:from|of|with) "
    r"(?:boredom|laughter|laughing|excitement|embarrassment|the heat of the moment|cuteness|shock)|"
    r"(?:dying|died|die) (?:of|from) (?:laughter|laughing|boredom|embarrassment|cuteness|shame)|"
    r"(?:going to|gonna|will|would|about to) (?:have|give \w+) (?:a )?heart attack "
    r"(?:when|if|once|after|as soon as)[^.!?]*|"
    r"(?:kids|job|boss|commute|schedule|baby|pregnancy|toddler|homework|exams?|finals|class|"
    r"school) (?:is |are )?(?:literally |honestly |lowkey |actually )?(?:killing|murdering) me|"
    r"(?:tarea|escuela|trabajo|jefe|embarazo|examen\w*|ninos|bebe)\b(?: de la \w+)? "
    r"(?:me esta|me estan|me va a|me van a) mat\w*|"
    # Doing well, in the words of killing: "i've been killing it at the gym", "killing it
    # this semester". Anger or laughter that "will kill me": "me va a matar de coraje".
    r"(?:been|is|are|am|i'?m|im|was|were|totally|absolutely) killing it\b|"
    r"(?:me|nos) (?:va|van) a matar de (?:coraje|risa|nervios|un susto|angustia|hambre|"
    r"preocupacion)|(?:me|nos) matan? de (?:risa|coraje|nervios)|"
    # A heart attack or a death of one's own, flagged as a joke by the laugh right after
    # it: "me va a dar un infarto jaja", "im dying lol". A symptom before the laugh ("can't
    # breathe lol") is not one of these, and is still read.
    r"(?:(?:me|le|nos) (?:va a dar|van a dar|da|dio|dara) (?:un |el )?(?:infarto|ataque(?: al "
    r"corazon)?|derrame|patatus|soponcio)|(?:i'?m|im|i am) (?:gonna|going to|about to) "
    r"(?:have|get) (?:a )?(?:heart attack|stroke|coronary)|(?:i'?m|im|i am) (?:literally |"
    r"actually |so |lowkey )?(?:dying|dead|ded)|(?:me estoy|me) (?:muriendo|muero))"
    r"(?=[^.!?]{0,12}\b(?:lol|lmao|lmfao|rofl|haha\w*|jk|xd|jaja\w*|jeje\w*|jiji\w*)\b)|"
    # A snore likened to a death rattle: "snores so loud it sounds like he's dying", "ronca
    # tan fuerte que parece que se está muriendo". Only the likeness is blanked: a snore
    # with breathing stopped, a blue colour or no waking beside it is still read.
    r"(?:snor\w*|ronc\w*)\b[^.!?]{0,40}?\b(?:sounds?|sounded|sounding|like|como si|parece "
    r"que|parece) (?:like )?(?:(?:he|she|they|someone|somebody|a \w+|an \w+|(?:my|his|her) \w+)"
    r"(?:'s|'re| is| are| was| were)? (?:literally |actually )?dying|(?:se )?(?:esta |"
    r"estuviera )?(?:muriendo|muriera|ahogando|ahogara))|"
    # Dying of the weather or of hunger: "I'm dying in this heat", "me muero de calor".
    r"(?:i'?m|im|i am|we'?re|we are) (?:literally |actually |so )?dying (?:of|from|in) (?:the |"
    r"this )?(?:heat|boredom|hunger|thirst|cold)|me (?:estoy )?(?:muero|muriendo) de (?:calor|"
    r"hambre|sed|frio|aburrimiento|sueno)|"
    r"passed out (?:on|in) (?:the |his |her |my )?(?:couch|sofa|bed|recliner|armchair)"
    r"[^.!?]{0,20}\b(?:after|from) (?:a |his |her |my |the )?(?:long |night |double )?"
    r"(?:shift|day|night|party|work|drinks))\b"
)

# "My back is killing me" is everyday soreness, and an idiom only without an injury: after
# a crash or a fall ("rear-ended, my neck is killing me and my hands tingle") it is pain
# reported, and the injury rules must read it.
PAIN_IDIOM = re.compile(
    r"\b(?:(?:back|feet|knees?|legs?|neck|shoulders?|hips?|tooth|teeth|wisdom teeth) "
    r"(?:is |are )?(?:killing|murdering) me|(?:e?spalda|pies|rodillas?|muelas?|cuello) "
    r"(?:me esta |me estan )?matando)\b"
)
INJURED = re.compile(rf"\b{MECHANISM}")


# An alarm taken back at once ("call 911 lol. jk", "blood everywhere lol, jk its ketchup",
# "me desangro jaja es broma"): the words up to the retraction, back to the start of their
# clause, report nothing. "Half joking" takes nothing back. A retraction itself taken back
# ("jk but not really", "but seriously") is not one, and a sign told after the retraction is
# read as usual. Only the emergency rules read it: a crisis is never taken back by a joke
# marker, so the crisis rules never see this pattern (and the backstop sets a retracted
# clause aside only when it would answer an emergency, `semantic.decide`).
RETRACTED = re.compile(
    # Never an overdose or pills taken: "took 30 pills lol jk" is a means of self-harm
    # tested on the listener, and the emergency rules are what read an overdose (the crisis
    # rules read the wish, not the amount swallowed).
    r"(?:^|(?<=[.,;:!?]))(?![^.,;:!?]{0,70}?\b(?:overdos\w*|od'?d|od|pills|sobredosis|"
    r"pastillas)\b)"
    r"[^.,;:!?]{1,70}?(?:\W+(?:lol|lmao|haha\w*|jaja\w*|jeje\w*))?\W+"
    r"(?:jk|j/k|(?:just|only|i'?m|im|i am)(?: only| just)? (?:kidding|joking)|es (?:broma|"
    r"chiste|(?:puro )?cotorreo)|(?:estoy|solo|nomas) bromeando|no te creas)\b"
    r"(?!\W*(?:\w+\W+){0,2}(?:not really|but (?:seriously|for real|really|actually)|no de "
    r"verdad|pero (?:en serio|de verdad|ahora si)))"
)

# Someone else's claim to be dying of a trifle, laughed at by the writer: a child's of a
# food or a chore ("dice que se va a morir porque le tocó brócoli jaja", "says he'll die
# if he has to eat broccoli lol"), a grown-up's of a cold or a temperature under a fever
# ("my husband says he's dying from man flu ... lol", "dice que se está muriendo con 37.4
# jaja"). Not a retraction of one's own words but a claim named with its cause: both the
# emergency and the crisis rules set it aside. A trifle with a sign beside it ("... and
# now he can't breathe") leaves the sign to be read; a temperature of a fever (38 or 100.4
# and over) is no trifle.
_DYING_CLAIM = (
    r"(?:se va a morir|se muere|se esta muriendo|(?:he|she)(?:'ll| will| is going to|'s "
    r"going to|s gonna|'s gonna) die|(?:he|she|hes|shes)(?:'s| is)? dying)"
)
CLAIMED_DYING = re.compile(
    rf"\b{_DYING_CLAIM}\b[^.!?]{{0,15}}\b(?:porque|si|because|if|cuz|from|of|de)\b"
    r"[^.!?]{0,30}\b(?:brocoli|verduras|vegetales|espinacas?|tarea|banar\w*|dormir|escuela|"
    r"broccoli|vegetables|veggies|spinach|homework|bath|bedtime|school|chores)\b[^.!?]{0,25}"
    r"\b(?:lol|lmao|haha\w*|jaja\w*|jeje\w*)\b|"
    rf"\b(?:says?|said|claims?|swears?|insists?|thinks?|dice|dijo|jura|cree) (?:que )?"
    rf"{_DYING_CLAIM}\b (?:of|from|with|de|con|por) "
    r"(?:(?:a|an|the|his|her|this|un|una|el|la|su|esta|este) )?(?:(?:little|tiny|bad|"
    r"pequen[oa]|simple) )?(?:man ?flu|(?:head )?cold|sniffles?|runny nose|sore throat|"
    r"hangover|paper ?cut|splinter|hiccups|gripe de hombre|gripa|gripe|resfriado|resfrio|"
    r"catarro|cruda|resaca|mocos|hipo|(?:99|37)(?:[.,]\d)?(?: ?(?:degrees|grados|°\w?))?"
    r"(?: (?:de )?(?:temperatura|temp|fever|fiebre|calentura))?)\b"
    r"(?=[^\n]{0,120}\b(?:lol|lmao|lmfao|rofl|haha\w*|jaja\w*|jeje\w*|xd)\b)"
)


def blank_idioms(text: str) -> str:
    """The text with its idioms blanked (same length), a body "killing me" kept after an
    injury."""
    text = CLAIMED_DYING.sub(_blank, RETRACTED.sub(_blank, IDIOMS.sub(_blank, text)))
    if INJURED.search(text) is None:
        text = PAIN_IDIOM.sub(_blank, text)
    return text


def idiom_spans(text: str) -> list[tuple[int, int]]:
    """Where `blank_idioms` blanks, but for an alarm taken back (`retracted_spans`)."""
    spans = [(m.start(), m.end()) for m in IDIOMS.finditer(text)]
    spans.extend((m.start(), m.end()) for m in CLAIMED_DYING.finditer(text))
    blanked = CLAIMED_DYING.sub(_blank, RETRACTED.sub(_blank, IDIOMS.sub(_blank, text)))
    if INJURED.search(blanked) is None:
        spans.extend((m.start(), m.end()) for m in PAIN_IDIOM.finditer(text))
    return spans


def retracted_spans(text: str) -> list[tuple[int, int]]:
    """Alarms taken back at once ("call 911 lol jk"): set aside for an emergency only."""
    return [(m.start(), m.end()) for m in RETRACTED.finditer(text)]


def _blank(match: re.Match[str]) -> str:
    return " " * len(match.group(0))
