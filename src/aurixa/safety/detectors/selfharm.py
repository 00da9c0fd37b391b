"""Self-harm, suicide and eating-disorder signals (English and Spanish).

First-person statements ("I want to kill myself", "if I kill myself will my
parents miss me?") always fire: a conditional or a question about one's own
death is a crisis signal. Topic words ("suicide", "self-harm", "anorexia") are
suppressed only in clearly educational questions that name no one's own plan.
"""

from __future__ import annotations

import re

from aurixa.safety.detectors.base import Direction, Finding, any_of
from aurixa.safety.detectors.context import is_education, is_history, is_negated
from aurixa.safety.schemas import Category, SafetyPolicy, Severity
from aurixa.safety.text import Doc

FIRST_PERSON = [
    r"\b(?:kill|killing|hurt|hurting|harm|harming|cut|cutting|burn|burning|starve|starving|"
    r"end|ending|hang|hanging|shoot|shooting|poison|poisoning|drown|drowning) "
    r"(?:myself|my ?self)\b",
    r"\bend(?:ing)? (?:my (?:own )?life|it all)\b",
    r"\btake (?:my own|my) life\b",
    r"\b(?:want|wanna|going|plan(?:ning)?|ready|thinking about|thought about|thinking of|"
    r"would rather|prefer to) (?:to )?(?:die|dying|be dead|end it|not wake up|not be here)\b",
    r"\b(?:don't|do not|dont) want to (?:live|be alive|be here|wake up|exist|go on)\b",
    r"\b(?:better off dead|better off without me|no reason to live|nothing to live for|"
    r"not worth living|tired of (?:living|being alive|life)|wish i (?:was|were) dead|"
    r"wish i (?:wasn't|weren't) alive|wish i could disappear|can't go on)\b",
    r"\bworth (?:me )?(?:being|staying) alive\b",
    r"\b(?:life|living|it) (?:isn't|is not|isnt|ain't|'s not) worth (?:living|it anymore)\b",
    r"\b(?:no|don't see (?:the|any)|do not see (?:the|any)|dont see (?:the|any)|see no|lost "
    r"the) (?:point|reason) (?:in |of |to )?(?:living|life|going on|being alive|live)\b",
    r"\b(?:burn|burned|burnt|cut|hurt|harm|harmed|scratch|scratched|hit|punched) myself\b"
    r"(?:\W+\w+){0,5}?\W+(?:again|on purpose|deliberately|intentionally|to feel|to cope)\b",
    r"\b(?:burned|burnt|cut|hurt) myself with (?:a )?(?:lighter|cigarette|razor|blade)\b",
    r"\bgoodbye (?:letter|note|message)s?\b",
    r"\bgiving away (?:all )?my (?:things|stuff|belongings)\b",
    r"\b(?:nobody|no one|no-one) (?:would|will) (?:even )?(?:notice|care|miss me)\b"
    r"[^.!?]{0,30}\b(?:gone|died|dead|disappeared|not here)\b",
    r"\bme (?:corto|quemo|lastimo|rasguno) (?:los brazos|las piernas|las munecas|la piel|"
    r"el brazo|la pierna|a proposito|para)\b",
    r"\b(?:slit|cut|slice|slash) (?:my|your) wrists?\b",
    r"\b(?:my )?suicide note\b",
    r"\bkill (?:yourself|oneself)\b",
    r"\b(?:let|make) me (?:overdose|od)\b",
    r"\b(?:overdose|od) (?:on purpose|intentionally|deliberately)\b",
    r"\b(?:jump|jumping|step|stepping) (?:off|from|in front of) (?:a|the) (?:bridge|building|roof|"
    r"train|bus|cliff|car|truck)\b",
    r"\b(?:burn|burning|cut|cutting|hit|hitting|scratch\w*|carv\w*) my (?:skin|arms?|legs?|wrists?|"
    r"thighs?|body)\b",
    r"\bstop(?:ping)? (?:myself from )?eating\b",
    r"\b(?:make|making|made) myself (?:vomit|throw up|sick|puke)\b",
    r"\bbinge\w*[^.!?]{0,50}\b(?:vomit\w*|throw\w* (?:it )?(?:all )?up|purg\w*)\b",
    r"\b(?:ribs?|ribcage|hip ?bones?|collarbones?)[^.!?]{0,30}\b(?:stick|show|poke)\w* out\b",
    r"\bso skinny\b",
    r"\b(?:matarme|suicidarme|quitarme la vida|ahorcarme|cortarme|lastimarme|hacerme dano)\b",
    r"\b(?:acabar|terminar) con (?:mi vida|todo)\b",
    r"\b(?:quiero|quisiera|me quiero|voy a|deseo) morir(?:me)?\b",
    # Spanish puts the clitic first too: "me quiero matar", "me voy a suicidar".
    r"\bme (?:quiero|voy a|pienso|gustaria|dan ganas de) (?:matar|suicidar|morir|quitar la vida)\b",
    r"\bno (?:le )?(?:veo|encuentro|tiene) (?:sentido|razon) (?:a |de |en )?"
    r"(?:la vida|vivir|seguir)\b",
    r"\b(?:happier|better|easier) (?:off )?if i (?:was|were) (?:dead|gone|not here|not around)\b",
    r"\b(?:disappear|sleep) (?:forever|and never wake up)\b|\bnever wake up\b",
    r"\b(?:a |have a |made a |got a )plan to (?:end (?:it|things|my life)|kill myself|die)\b",
    r"\bend (?:things|it) (?:tonight|today|soon|for good)\b",
    # A missed crisis can cost a life; a caring reply sent by mistake costs little, so
    # hopelessness, farewells and getting a means are enough on their own.
    r"\bno way out\b|\bcan't (?:take|do) (?:it|this) any ?more\b|\b(?:it all|everything) to stop"
    r"(?: for good| forever)?\b|\bstop for good\b|\bno hope left\b|\bhopeless\b",
    r"\b(?:saying|say) goodbye\b[^.!?]{0,40}\b(?:forever|for good|to everyone|for the last time|"
    r"thank you for everything|love you all)\b|\bthis is (?:my )?goodbye\b|\bgoodbye forever\b",
    r"\b(?:bought|got|have|found|buying|getting) (?:a |some |the )?"
    r"(?:rope|noose|gun|razor blades?)\b",
    r"\b(?:taking|take|swallow|swallowing) (?:all|every one of) (?:my|the|of my) "
    r"(?:pills|meds|tablets)\b|\ball my pills at once\b",
    r"\bto end it\b|\bend it all\b",
    r"\bwhat'?s the (?:point|use) (?:of|in) (?:living|going on|being alive|being here)\b|"
    r"\b(?:para que|de que sirve) (?:vivir|seguir viviendo)\b",
    r"\b(?:stockpil\w*|sav(?:ing|ed) up|hoard\w*|stash\w*|juntando|guardando) (?:my |some |all )?"
    r"(?:pills|meds|tablets|medications?|sleeping pills|pastillas)\b",
    r"\b(?:going to|gonna|will|plan to) (?:take|swallow) (?:them|those|these|the pills) all\b|"
    r"\b(?:going to|gonna|will|plan to) (?:take|swallow) all of (?:them|those|these)\b",
    r"\b(?:no )?quiero (?:estar|seguir) en este mundo\b|\bno (?:aguanto|puedo) mas\b",
    r"\bme (?:lastimo|corto|quemo|hago dano)\b(?! (?:el pelo|las unas|sin querer))",
    r"\bno quiero (?:vivir|seguir viviendo|despertar|estar aqui|seguir)\b",
    r"\b(?:estarian|estaria|estan|estarias) mejor sin mi\b",
    r"\bno (?:vale|tiene sentido) (?:la pena )?(?:vivir|seguir)\b",
    r"\bno tengo (?:razones|motivos|nada) (?:para|por (?:que|lo que)) vivir\b",
    r"\bdejar de comer\b",
    r"\bme (?:he estado|sigo|estoy) (?:cortando|lastimando|quemando|haciendo dano)\b",
    r"\bvomitar (?:a proposito|despues de comer)\b",
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
    r"trying to)|(?:want to|wanna|could|gonna|going to) die (?:of|from) (?:embarrassment|"
    r"laughter|laughing|boredom|shame)|dying to|dying of (?:boredom|laughter)|me muero de)\b"
)


def _blank(match: re.Match[str]) -> str:
    return " " * len(match.group(0))


class SelfHarmDetector:
    name = "self_harm"
    category = Category.SELF_HARM
    directions: frozenset[Direction] = frozenset({"input"})

    def __init__(self) -> None:
        self._first_person = [any_of(FIRST_PERSON)]
        self._topics = [any_of(TOPICS)]

    def detect(self, doc: Doc, policy: SafetyPolicy) -> list[Finding]:
        text = _IDIOMS.sub(_blank, doc.folded)
        findings: list[Finding] = []
        for pattern in self._first_person:
            for m in pattern.finditer(text):
                if not is_negated(doc, m.start(), m.end()) and not is_history(doc, m.start()):
                    findings.append(self._finding(doc, m.start(), m.end(), "first_person"))
        for pattern in self._topics:
            for m in pattern.finditer(text):
                if not (
                    is_negated(doc, m.start(), m.end())
                    or is_history(doc, m.start())
                    or is_education(doc, m.start())
                ):
                    findings.append(self._finding(doc, m.start(), m.end(), "topic"))
        return findings

    def _finding(self, doc: Doc, start: int, end: int, subtype: str) -> Finding:
        return Finding(self.category, Severity.HIGH, doc.evidence(start, end), start, end, subtype)

    def set_aside(self, doc: Doc) -> list[tuple[int, int]]:
        """Mentions these rules rejected ("I'm not suicidal", an idiom, a history or a
        question about the topic): the semantic backstop may not fire on their clause."""
        spans = [(m.start(), m.end()) for m in _IDIOMS.finditer(doc.folded)]
        text = _IDIOMS.sub(_blank, doc.folded)
        for pattern in self._first_person + self._topics:
            for m in pattern.finditer(text):
                if (
                    is_negated(doc, m.start(), m.end())
                    or is_history(doc, m.start())
                    or (pattern in self._topics and is_education(doc, m.start()))
                ):
                    spans.append((m.start(), m.end()))
        return spans
