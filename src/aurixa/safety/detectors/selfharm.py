"""Self-harm, suicide and eating-disorder signals (English and Spanish).

First-person statements ("I want to kill myself", "if I kill myself will my
parents miss me?") always fire: a conditional or a question about one's own
death is a crisis signal. Topic words ("suicide", "self-harm", "anorexia") are
suppressed only in clearly educational questions that name no one's own plan.
Crisis talk that names no method lives in `crisis_talk` (the first person) and
`crisis_reports` (someone else at risk); this module reads them all in one context.
"""

from __future__ import annotations

import re
from functools import cache

from aurixa.safety.detectors.base import Direction, Finding, any_of, signs_together
from aurixa.safety.detectors.context import is_education, is_negated
from aurixa.safety.detectors.crisis_amounts import RULES as AMOUNT_RULES
from aurixa.safety.detectors.crisis_echoes import INDIRECT as ECHOES
from aurixa.safety.detectors.crisis_echoes import RULES as ECHO_RULES
from aurixa.safety.detectors.crisis_echoes import TRIFLE
from aurixa.safety.detectors.crisis_farewell import RULES as FAREWELL_RULES
from aurixa.safety.detectors.crisis_overdose_plan import PLANNED_OVERDOSE
from aurixa.safety.detectors.crisis_quiet import INDIRECT as QUIET
from aurixa.safety.detectors.crisis_quiet import RULES as QUIET_RULES
from aurixa.safety.detectors.crisis_reports import RULES as REPORT_RULES
from aurixa.safety.detectors.crisis_reports import THIRD_PERSON, WONT_WAKE
from aurixa.safety.detectors.crisis_talk import INDIRECT
from aurixa.safety.detectors.crisis_together import RULES as TALK_RULES
from aurixa.safety.detectors.crisis_veiled import INDIRECT as VEILED
from aurixa.safety.detectors.crisis_veiled import RULES as VEILED_RULES
from aurixa.safety.detectors.crisis_withheld import INDIRECT as WITHHELD
from aurixa.safety.detectors.crisis_withheld import RULES as WITHHELD_RULES
from aurixa.safety.detectors.emergency_idioms import CLAIMED_DYING
from aurixa.safety.detectors.history import is_history
from aurixa.safety.detectors.redflags.signs import SMALL_CHILD
from aurixa.safety.schemas import Category, SafetyPolicy, Severity
from aurixa.safety.text import Doc

# A food or a habit named right after "stop eating" / "dejar de comer": a diet, not a fast.
_FOOD_NAMED = (
    r"(?:it|them|that|this|those|these|so much|as much|grapefruits?|junk|fast food|sweets|"
    r"sugar|candy|salt|salty|meat|red meat|pork|beef|dairy|gluten|bread|carbs|fruit|nuts|"
    r"peanuts|eggs|fish|shellfish|spicy|fried|late|after \w+|before bed|at night|out|"
    r"eso|esto|esa|ese|la|el|los|las|toronjas?|pan|azucar|dulces|carne|sal|grasa|lacteos|"
    r"harinas|frituras|picante|tarde|de noche|en la noche|fuera)\b"
)

FIRST_PERSON = [
    # Where people go to jump, said of oneself: "I'm standing on the bridge near my place".
    r"\b(?:i'?m|im|i am) (?:standing|sitting|stood|sat|perched|climbing) (?:on|at|over) "
    r"(?:the |a |this |that )?(?:edge of (?:the |a |this )?)?(?:bridge|ledge|overpass|railing|"
    r"rooftop|roof|cliff|parapet)\b(?! (?:at|in) (?:the )?(?:bus|traffic))",
    r"\bestoy (?:parad[oa] |sentad[oa] |trepad[oa] )?(?:en|sobre) (?:el|la|un|una) "
    r"(?:orilla del |borde del |borde de la |barandal del )?(?:puente|cornisa|azotea)\b",
    r"\b(?:kill|killing|hurt|hurting|harm|harming|cut|cutting|burn|burning|starve|starving|"
    r"end|ending|hang|hanging|shoot|shooting|poison|poisoning|drown|drowning) "
    r"(?:myself|my ?self)\b",
    r"\bend(?:ing)? (?:my (?:own )?life|it all)\b",
    r"\btake (?:my own|my) life\b",
    r"\b(?:want|wanna|going|plan(?:ning)?|ready|thinking about|thought about|thinking of|"
    r"would rather|prefer to) (?:to )?(?:die|dying|be dead|end it|not wake up|not be here)\b"
    # Clothes or a show compared: "I would rather be dead than wear that".
    rf"(?! than {TRIFLE}\b)",
    # An adverb may sit in the denial: "i dont really want to wake up tomorrow".
    r"\b(?:don't|do not|dont|doesn't|does not|doesnt) (?:really |even |honestly |actually |"
    r"truly |just )?want to (?:live|be alive|be here|wake up|exist|go on)\b"
    # Waking someone, or going on with a treatment, is an errand: "I don't want to wake up
    # the baby", "... go on with physio". Going on with life is not.
    r"(?! (?:the|my|your|his|her|him|them|everyone|anyone|anybody|you|us|the baby)\b)"
    r"(?! with (?!(?:life|living|my life|this life)\b))",
    r"\b(?:better off dead|better off without me|no reason to live|nothing to live for|"
    r"not worth living|tired of (?:living|being alive|life)|wish i (?:was|were) dead|"
    r"wish i (?:wasn't|weren't) alive|wish i could disappear|can't go on)\b",
    r"\bworth (?:me )?(?:being|staying) alive\b",
    r"\b(?:life|living|it) (?:isn't|is not|isnt|ain't|'s not) worth (?:living|it anymore)\b",
    r"\b(?:no|(?:don't|do not|dont|doesn't|does not|doesnt) (?:really |even |honestly |"
    r"actually |truly )?sees? (?:the|any|much)|see no|lost the) (?:point|reason) "
    r"(?:in |of |to )?(?:living|life|going on|being alive|live)\b"
    r"(?! with (?!(?:life|living|my life|this life)\b))",
    r"\b(?:burn|burned|burnt|cut|hurt|harm|harmed|scratch|scratched|hit|punched) myself\b"
    r"(?:\W+\w+){0,5}?\W+(?:again|on purpose|deliberately|intentionally|to feel|to cope)\b",
    r"\b(?:burned|burnt|cut|hurt) myself with (?:a )?(?:lighter|cigarette|razor|blade)\b",
    r"\bgoodbye (?:letter|note|message)s?\b",
    r"\bgiving away (?:all )?my (?:things|stuff|belongings)\b",
    r"\b(?:nobody|no one|no-one) (?:would|will) (?:even )?(?:notice|care|miss me)\b"
    r"[^.!?]{0,30}\b(?:gone|died|dead|disappeared|not here)\b",
    r"\bme (?:corto|quemo|lastimo|rasguno) (?:los brazos|las piernas|las munecas|la piel|"
    r"el brazo|la pierna|a proposito|para)\b",
    # Hurting oneself until it bleeds or bruises, often told as what overwhelm does:
    # "me rasguño y me pego hasta sacarme sangre cuando el niño no para de gritar".
    r"\bme (?:corto|quemo|lastimo|rasguno|pego|golpeo|muerdo|arano|pellizco|jalo el pelo)\b"
    r"[^.!?]{0,40}\bhasta (?:sacarme sangre|que (?:me )?sale sangre|sangrar|que sangr\w*|"
    r"hacerme (?:dano|moretones|heridas)|dejarme (?:marcas|moretones))|"
    r"\b(?:hit|hitting|punch\w*|slap\w*|scratch\w*|claw\w*|bite|biting|bit|pinch\w*|"
    r"bang\w*|burn\w*|cut\w*) (?:myself|my (?:head|arms?|legs?|face|skin))\b[^.!?]{0,40}"
    r"\b(?:until|till|til|so hard) (?:i|it|they|that) (?:bleed|bleeds|bled|bruise\w*|"
    r"leaves? marks|left marks)\b|\b(?:hit|hitting|punch\w*|slap\w*|scratch\w*|bite|biting|"
    r"pinch\w*) myself\b[^.!?]{0,40}\bwhen (?:the baby|the kids?|my (?:son|daughter|baby|"
    r"kids?)|he|she|they|it|everything|things) (?:won'?t stop|keeps?|doesn'?t stop|gets? "
    r"(?:too much|bad|overwhelming)|starts?|is too much)\b",
    r"\b(?:slit|cut|slice|slash) (?:my|your) wrists?\b",
    r"\b(?:my )?suicide note\b",
    r"\bkill (?:yourself|oneself)\b",
    r"\b(?:let|make) me (?:overdose|od)\b",
    r"\b(?:overdose|od) (?:on purpose|intentionally|deliberately)\b",
    PLANNED_OVERDOSE,
    r"\b(?:jump|jumping|step|stepping) (?:off|from|in front of) (?:a|the) (?:bridge|building|roof|"
    r"train|bus|cliff|car|truck)\b",
    r"\b(?:burn|burning|cut|cutting|hit|hitting|scratch\w*|carv\w*) my (?:skin|arms?|legs?|wrists?|"
    r"thighs?|body)\b",
    # Fasting before a procedure is the surgeon's instruction, not an eating disorder.
    r"\bstop(?:ping)? (?:myself from )?eating\b"
    # A food named after it is a diet: "should he stop eating it (grapefruit)?".
    rf"(?! {_FOOD_NAMED})"
    r"(?![^.!?]{0,40}\b(?:(?:the )?night before|"
    r"(?:at |by |after )?midnight|(?:hours? |day )?before (?:the |my |his |her |a |an )?"
    r"(?:surgery|procedure|operation|colonoscopy|endoscopy|scan|mri|ct|anesthesia|"
    r"blood ?work|labs?|test|c-?section|appointment)|prior to)\b)"
    # Asked as a time to stop: "what time do I stop eating", "when should he stop eating".
    + "".join(
        f"(?<!{ask} {verb} {who} stop eating)"
        for ask in ("time", "when")
        for verb in ("do", "does", "should", "must")
        for who in ("i", "he", "she", "we")
    ),
    r"\b(?:make|making|made) myself (?:vomit|throw up|sick|puke)\b",
    r"\bbinge\w*[^.!?]{0,50}\b(?:vomit\w*|throw\w* (?:it )?(?:all )?up|purg\w*)\b",
    r"\b(?:ribs?|ribcage|hip ?bones?|collarbones?)[^.!?]{0,30}\b(?:stick|show|poke)\w* out\b",
    r"\bso skinny\b",
    r"\b(?:matarme|suicidarme|quitarme la vida|ahorcarme|cortarme|lastimarme|hacerme dano)\b",
    r"\b(?:acabar|terminar) con (?:mi vida|todo)\b",
    r"\b(?:quiero|quisiera|me quiero|voy a|deseo) morir(?:me)?\b",
    # Spanish puts the clitic first too: "me quiero matar", "me voy a suicidar".
    r"\bme (?:quiero|voy a|pienso|gustaria|dan ganas de) (?:matar|suicidar|morir|quitar la vida|"
    r"pegar un tiro|dar un tiro|ahorcar|aventar (?:de|del|desde)|tirar (?:de|del|desde|a "
    r"las))\b",
    r"\bno (?:le )?(?:veo|encuentro|tiene) (?:sentido|razon) (?:a |de |en )?"
    r"(?:la vida|vivir|seguir)\b",
    r"\b(?:happier|better|easier) (?:off )?if i (?:was|were) (?:dead|gone|not here|not around)\b",
    r"\b(?:disappear|sleep) (?:forever|and never wake up)\b|\bnever wake up\b",
    # Enough of a medicine to sleep and not wake: "enough to make sure I go to sleep and
    # don't wake up", "suficientes para dormirme y no despertar".
    r"\b(?:enough|make sure|so (?:that )?i)\b[^.!?]{0,30}\b(?:sleep|asleep)\b[^.!?]{0,10}"
    r"\b(?:don'?t|do not|never|not) wake(?: up)?\b(?! (?:until|till|til|at|before|during|once|"
    r"in the|early|too|tired|groggy))|\b(?:suficientes?|para|asegurarme de)\b[^.!?]{0,30}"
    r"\bdormir(?:me)? y (?:ya )?no (?:volver a )?despertar(?:me)?\b(?! (?:hasta|en la|temprano))",
    r"\b(?:a |have a |made a |got a )plan to (?:end (?:it|things|my life)|kill myself|die)\b",
    r"\bend (?:things|it) (?:tonight|today|soon|for good)\b",
    # The end set for a time, in Spanish: "esta noche termino con esto", "hoy acabo con todo".
    r"\b(?:hoy|esta noche|manana|ya|por fin) (?:\w+ )?(?:termino|acabo|terminare|acabare|voy a "
    r"terminar|voy a acabar) con (?:esto|todo|mi vida)\b|\b(?:termino|acabo|terminare|acabare) "
    r"con (?:esto|todo) (?:hoy|esta noche|manana|de una vez)\b",
    # Better off without the costs and without oneself: "without the bills and without me".
    r"\bbetter off without\b[^.!?]{0,40}\b(?:and|or) (?:without )?me\b|"
    r"\bmejor sin\b[^.!?]{0,40}\by sin mi\b",
    # "kms", texting for "kill myself"; after a wish or a plan only, as "5 kms" is a run.
    r"\b(?:want(?:s|ed)? to|wanna|gonna|going to|about to|bout to|might|i'?ll|i will|could) "
    r"(?:just |literally |honestly )?kms\b",
    *INDIRECT,
    *VEILED,
    *WITHHELD,
    *QUIET,
    *ECHOES,
]

TOPICS = [
    r"\bsuicid\w*",
    r"\bself[- ]?(?:harm\w*|injur\w*|mutilat\w*)",
    r"\banorexi\w*",
    r"\bbulimi\w*",
    r"\bpro[- ]?ana\b",
    r"\bautolesi\w*",
]

_IDIOMS = re.compile(
    r"\b(?:kill(?:ing)? myself (?:laughing|at the gym|at work|with work|studying|over (?:this|it)|"
    r"trying to)|(?:want(?:ed|s)? to|wanna|could(?:'ve| have)?|gonna|going to|about to|nearly|"
    r"almost|might|would(?:'ve| have)?) (?:just )?(?:die|died) (?:of|from) (?:the )?"
    r"(?:embarrassment|"
    r"laughter|laughing|boredom|shame|cringe|cuteness)|dying to|dying of (?:boredom|laughter|"
    r"embarrassment|shame|cringe)|me muero de|(?:me )?(?:quise|queria|quiero) morir(?:me)? de "
    r"(?:la )?(?:verguenza|pena|risa)|"
    # An everyday nuisance said to ruin a life: "my acne is ending my life", "la tarea me
    # esta acabando la vida". A person, a feeling or an illness as the subject is not one.
    r"(?:acne|pimples?|zits?|breakouts?|braces|hair|homework|exams?|finals|school|class|"
    r"commute|traffic|bills?|prices|rent|this (?:heat|weather|class|job|commute)) (?:is|are) "
    r"(?:literally |actually |lowkey |so |really )?(?:ending|ruining|destroying) my life|"
    r"(?:el acne|los granos|la tarea|los examenes|la escuela|el trafico|las cuentas|los "
    r"precios) (?:me )?(?:esta|estan) (?:acabando|arruinando|destrozando) (?:con )?(?:la|mi) "
    r"vida|"
    # A jump joked about, blamed on a price, the traffic or the weather and flagged by the
    # laugh right after it: "these gas prices got me wanting to jump off a cliff lol". The
    # same jump blamed on life, on anyone, or said without the laugh is still read.
    r"(?:prices|price of \w+|traffic|this (?:heat|weather|line|wait|song|game)|the (?:heat|"
    r"weather|line|wait)|homework|mondays|los precios|el trafico|este calor) (?:\w+ ){0,3}?"
    r"(?:got|gets|has|have|is|are|making|make|makes|tiene\w*|me dan) (?:me )?(?:\w+ )?"
    r"(?:(?:wanting|want|ready|about|tryna|trying|finna|gonna|going) (?:to )?|ganas de )"
    r"(?:jump|aventarme|tirarme) (?:off|from|de|desde) (?:a|the|un|una|el|la) (?:cliff|bridge|"
    r"building|roof|puente|edificio|barranco|azotea)"
    r"(?=[^.!?]{0,12}\b(?:lol|lmao|lmfao|rofl|haha\w*|jk|xd|jaja\w*|jeje\w*)\b)|"
    # A death joked about, flagged as a joke by the laugh after it: "going to die lol".
    r"(?:going to|gonna|about to|will|i'?ll|me voy a|me va a dar algo y me) (?:just |literally )?"
    r"(?:die|morir)(?=[^.!?]{0,12}\b(?:lol|lmao|lmfao|rofl|haha\w*|jk|xd|jaja\w*|jeje\w*)\b)|"
    # A class, a walk or a month named after the topic: "suicide prevention training".
    r"suicide (?:prevention|awareness) (?:\w+ )?(?:training|class|course|workshop|seminar|walk|"
    r"run|month|week|fundraiser|event|volunteer\w*|presentation|talk|assembly|program\w*|"
    r"day|club|lesson|curriculum|poster|flyer|charla|platica|taller|campana)|"
    # Annoyance said as madness: "my kids are driving me over the edge", "me vuelven loca".
    # Work or study said to kill: "se va a matar trabajando", "killing himself at work".
    r"(?:se|me|te) (?:va|van|vas|voy|iba) a matar (?:trabajando|estudiando|de risa|en el "
    r"(?:gym|gimnasio|trabajo))|"
    # A nuisance said to be the death of one: "my roommate is going to be the death of me",
    # "este niño va a acabar conmigo", "my hangover is trying to murder me". A mood, an
    # illness or life said so is not one ("this depression will be the death of me"), nor
    # a person out to kill ("my ex is trying to kill me"), which the nuisance list leaves out.
    r"(?<!depression )(?<!anxiety )(?<!loneliness )(?<!sadness )(?<!pain )(?<!life )"
    r"(?<!living )(?<!thoughts )(?<!voices )(?:is|are|will|'s|'re|(?:is|are|'s|'re) "
    r"(?:going to|gonna)|(?:will|would|might) (?:probably |honestly )?) (?:literally |"
    r"honestly |actually |truly |really )?be the (?:death|end) of (?:me|us|him|her)|"
    r"(?<!depresion )(?<!ansiedad )(?<!soledad )(?<!tristeza )(?<!vida )(?:va|van) a (?:ser "
    r"(?:mi|nuestra) muerte|acabar conmigo)|"
    r"(?:hangover|cramps|period|allergies|pollen|heat|humidity|weather|(?:this|the|my|these) "
    r"(?:cold|workout|trainer|class|semester|week|job|commute|diet|heels|shoes|stairs|hill|"
    r"baby|toddler|kids?|puppy|cat|dog|roommate))(?:(?! (?:husband|wife|boyfriend|"
    r"girlfriend|ex|partner|dad|mom|father|mother|brother|sister|son|daughter|neighbou?r|boss|"
    r"guy|man|woman|someone|somebody|he|she|they)\b) [\w']+){0,3}? (?:is |are )?(?:literally "
    r"|actually |lowkey |really |honestly )?(?:trying|tryna|out|going|gonna|about) (?:to )?"
    r"(?:kill|murder|end) (?:me|us)|"
    r"(?:driving|drive|drives|drove) (?:me|him|her|us|them) (?:over the edge|up the wall|"
    r"crazy|nuts|insane|bananas|round the bend)|(?:me|la|lo) (?:vuelven|vuelve|traen|trae) "
    r"(?:loc[oa]|de cabeza))\b"
)


def _blank(match: re.Match[str]) -> str:
    return " " * len(match.group(0))


# A nervous habit on the nails, the cuticles or the lips, even until they bleed: "i bite my
# nails until they bleed", "me como las uñas hasta sangrar", and a pet that chews its paw
# ("se muerde la pata hasta sangrar"). Arms, legs or skin are not in it (the self-injury
# rules read those), nor a habit kept up to feel something or as a punishment.
_HABIT = re.compile(
    r"(?:\b(?:bite|bites|biting|bit|chew\w*|pick\w*|peel\w*|rip\w*|tear\w*) (?:at )?(?:my|his|"
    r"her|their|the) (?:(?:finger|toe) ?)?(?:nails?|cuticles?|hangnails?|lips?|(?:inner )?"
    r"cheeks?)\b[^.!?]{0,30}?\b(?:until|till|til|to the point|so (?:much|bad|hard)) (?:that )?"
    r"(?:they|it|i|he|she) (?:bleed|bled|bleeds|start bleeding|are bleeding)\b|"
    r"\b(?:me|se|le) (?:muerdo|muerde|como|come|arranco|arranca|quito|quita|corto|corta|jalo|"
    r"jala|pellizco|pellizca|mordisqueo|mordisquea) (?:las |los |mis |sus |la |el )?(?:unas|"
    r"cuticulas|padrastros|pellejitos|labios|cachetes|pata|patas|patita|patitas|cola)\b"
    r"[^.!?]{0,30}\bhasta (?:sangrar|que (?:me |le |se )?sangr\w*|(?:sacar|hacer)(?:me|se|le) "
    r"sangre)\b)"
    r"(?![^.!?]{0,40}\b(?:punish\w*|deserve|on purpose|to feel|castig\w*|merezco|a proposito|"
    r"para sentir)\b)"
)


def _blank_idioms(text: str) -> str:
    """`text` with its idioms, someone's claim to die of a trifle and nervous habits
    blanked."""
    return _HABIT.sub(_blank, CLAIMED_DYING.sub(_blank, _IDIOMS.sub(_blank, text)))


_SMALL_CHILD = re.compile(rf"\b{SMALL_CHILD}")
# A pet said to self-harm, the animal the subject right before the word: "my dog keeps
# 'self harming' by licking his paw raw", "mi gato se autolesiona". Someone's own words in
# between ("since my dog died i've been self harming") are not the pet's.
_ANIMAL_BEFORE = re.compile(
    r"\b(?:dogs?|pupp(?:y|ies)|pup|cats?|kittens?|kitty|birds?|parrots?|cockatiels?|budgies?|"
    r"parakeets?|hamsters?|rabbits?|bunny|horses?|pets?|perr[oa]s?|perrit[oa]s?|gat[oa]s?|"
    r"gatit[oa]s?|loros?|pericos?|pajaros?|periquitos?|conejos?|caballos?|mascotas?)\b(?:'s)?"
    r"(?![^.!?,;]*\b(?:i|i'?m|im|i'?ve|ive|me|myself|yo|mi|mis|my)\b)[^.!?,;]{0,20}$"
)


# A condition denied before the words sets the threat's terms, it does not deny the threat:
# "si no le dan el trasplante se va a matar", "if they don't list him he'll kill himself".
# Only the act named outright is read so, as "if I don't eat soon I'm going to die" is hunger.
_ACT_NAMED = re.compile(
    r"kill|mata|suicid|quita\w* la vida|(?:end|take) (?:my|his|her|their) (?:own )?life"
)
_DENIED_CONDITION = re.compile(
    r"\b(?:if|si)\s+(?:\w+\s+){0,3}?(no|not|don'?t|doesn'?t|didn'?t|won'?t|isn'?t|aren'?t|"
    r"can'?t|dont|doesnt|didnt|wont|isnt|cant)\b"
)
# How long one has been living with something ("cuido a mi mamá sola desde hace años")
# dates nothing: the thoughts told beside it are now. "Hace años" alone is still the past.
_FOR_SO_LONG = re.compile(
    r"\bdesde hace (?:(?:\d+|un|una|dos|tres|cuatro|cinco|unos|unas|varios|varias|muchos|"
    r"muchas) )?(?:anos?|mes(?:es)?|decadas?)\b"
)


def _blanked(doc: Doc, spans: list[tuple[int, int]]) -> Doc:
    # Folding keeps every index, so the same spans blank the original text.
    chars = list(doc.text)
    for start, end in spans:
        chars[start:end] = " " * (end - start)
    return Doc("".join(chars))


def _denied(doc: Doc, start: int, end: int) -> bool:
    if not is_negated(doc, start, end):
        return False
    if _ACT_NAMED.search(doc.folded, start, end) is None:
        return True
    lead = doc.clause_of(start).start
    conditions = [m.span(1) for m in _DENIED_CONDITION.finditer(doc.folded, lead, start)]
    return not conditions or is_negated(_blanked(doc, conditions), start, end)


def _past(doc: Doc, start: int, end: int | None = None) -> bool:
    if not is_history(doc, start, end):
        return False
    durations = [m.span() for m in _FOR_SO_LONG.finditer(doc.folded)]
    return not durations or is_history(_blanked(doc, durations), start, end)


def _reported(doc: Doc, match: re.Match[str]) -> bool:
    return not _denied(doc, match.start(), match.end()) and not _past(doc, match.start())


@cache
def _word_led(pattern: str) -> re.Pattern[str]:
    # Compiled once a process: with a detector built per message (as the tests do), the
    # rules' hundreds of signs would fall out of `re`'s own small cache and be compiled
    # again each time.
    return re.compile(rf"\b{pattern}")


class SelfHarmDetector:
    name = "self_harm"
    category = Category.SELF_HARM
    directions: frozenset[Direction] = frozenset({"input"})

    def __init__(self) -> None:
        self._wont_wake = re.compile(WONT_WAKE)
        self._first_person = [any_of(FIRST_PERSON), any_of(THIRD_PERSON), self._wont_wake]
        self._topics = [any_of(TOPICS)]
        self._together = [
            (
                tuple(_word_led(sign) for sign in rule.signs),
                _word_led(rule.unless) if rule.unless else None,
                _word_led(rule.told_before) if rule.told_before else None,
            )
            for rule in (
                *TALK_RULES,
                *FAREWELL_RULES,
                *REPORT_RULES,
                *AMOUNT_RULES,
                *VEILED_RULES,
                *WITHHELD_RULES,
                *QUIET_RULES,
                *ECHO_RULES,
            )
        ]

    def detect(self, doc: Doc, policy: SafetyPolicy) -> list[Finding]:
        # A crisis is never taken back by "jk", "lol" or "es broma": the retraction that
        # takes back other alarms (`emergency_idioms.RETRACTED`) is not read here.
        text = _blank_idioms(doc.folded)
        findings: list[Finding] = []
        for pattern in self._first_person:
            for m in pattern.finditer(text):
                if pattern is self._wont_wake and self._of_a_small_child(doc, m.start()):
                    continue
                if not _denied(doc, m.start(), m.end()) and not _past(doc, m.start(), m.end()):
                    findings.append(self._finding(doc, m.start(), m.end(), "first_person"))
        for pattern in self._topics:
            for m in pattern.finditer(text):
                if not (
                    is_negated(doc, m.start(), m.end())
                    or is_history(doc, m.start(), m.end())
                    or is_education(doc, m.start())
                    or self._of_an_animal(doc, m.start())
                ):
                    findings.append(self._finding(doc, m.start(), m.end(), "topic"))
        findings.extend(self._signs_together(doc, text))
        return findings

    def _signs_together(self, doc: Doc, text: str) -> list[Finding]:
        findings = []
        for signs, unless, told_before in self._together:
            found = signs_together(
                doc,
                signs,
                lambda sign: next((m for m in sign.finditer(text) if _reported(doc, m)), None),
            )
            # What sets a rule aside is read only once its signs are all there, which is
            # rare, so a message pays for the signs alone.
            if found is not None and (unless is None or not unless.search(text)):
                start, end, evidence = found
                if told_before is not None:
                    before = told_before.search(text)
                    if before is None:
                        continue
                    start, end = min(start, before.start()), max(end, before.end())
                    evidence = f"{doc.evidence(before.start(), before.end())} … {evidence}"
                findings.append(
                    Finding(self.category, Severity.HIGH, evidence, start, end, "indirect")
                )
        return findings

    @staticmethod
    def _of_an_animal(doc: Doc, start: int) -> bool:
        clause = doc.clause_of(start)
        return _ANIMAL_BEFORE.search(doc.folded[clause.start : start]) is not None

    @staticmethod
    def _of_a_small_child(doc: Doc, start: int) -> bool:
        sentence = doc.sentence_of(start)
        return _SMALL_CHILD.search(doc.folded[sentence.start : sentence.end]) is not None

    def _finding(self, doc: Doc, start: int, end: int, subtype: str) -> Finding:
        return Finding(self.category, Severity.HIGH, doc.evidence(start, end), start, end, subtype)

    def set_aside(self, doc: Doc) -> list[tuple[int, int]]:
        """Mentions these rules rejected ("I'm not suicidal", an idiom, a history or a
        question about the topic): the semantic backstop may not fire on their clause."""
        spans = [(m.start(), m.end()) for m in _IDIOMS.finditer(doc.folded)]
        spans.extend((m.start(), m.end()) for m in CLAIMED_DYING.finditer(doc.folded))
        spans.extend((m.start(), m.end()) for m in _HABIT.finditer(doc.folded))
        text = _blank_idioms(doc.folded)
        for pattern in self._first_person + self._topics:
            for m in pattern.finditer(text):
                if (
                    _denied(doc, m.start(), m.end())
                    or _past(doc, m.start(), m.end())
                    or (
                        pattern in self._topics
                        and (is_education(doc, m.start()) or self._of_an_animal(doc, m.start()))
                    )
                ):
                    spans.append((m.start(), m.end()))
        return spans
