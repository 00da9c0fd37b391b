"""Medical emergencies, in English and Spanish, answered without any model.

Each pattern names a symptom report (the patterns live in `symptoms`, by clinical
family); `context.reported_now` rejects mentions that are negated, in the past,
educational or hypothetical, and idioms ("that bill gave me a heart attack", in
`emergency_idioms`) are removed before matching. Combined signs (a head injury *and*
confusion, pregnancy *and* bleeding, a young infant *and* fever) must both appear in the
message; those rules, and the other red flags that take clinical knowledge, live in
`redflags`; accidental ingestion lives in `ingestion`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from aurixa.safety.detectors.base import Direction, Finding, any_of, signs_together
from aurixa.safety.detectors.comfort_care import PAUSES, expected_dying
from aurixa.safety.detectors.context import reported_now
from aurixa.safety.detectors.crisis_overdose_plan import PLANNED_OVERDOSE
from aurixa.safety.detectors.emergency_idioms import blank_idioms, idiom_spans
from aurixa.safety.detectors.ingestion import INGEST, ingestion_is_emergency
from aurixa.safety.detectors.redflags import RULES, VETOES
from aurixa.safety.detectors.spelling import repair
from aurixa.safety.detectors.symptoms import PATTERNS
from aurixa.safety.schemas import Category, SafetyPolicy, Severity
from aurixa.safety.text import Doc

# Breathlessness on exertion or for weeks is a reason to book a visit, not to call 911;
# "can't breathe" or "struggling to breathe" still fire whatever the context.
_CHRONIC = re.compile(
    r"\b(?:climbing|walking up|going up|when i (?:walk|exercise|run|climb)|on exertion|"
    r"after (?:exercise|running|walking)|for (?:weeks|months|years)|lately|al subir|al caminar|"
    r"desde hace (?:semanas|meses))\b"
)
_CHRONIC_PRONE = ("short", "falta de aire")
# Chest pain that the chest wall explains, said right after it: it comes with a cough, or
# a finger pressed on the spot or a twist of the body brings it back ("pain in my chest
# wall when I press on it", "me duele el pecho al tocarlo"), or a bout of laughing is named
# as its cause. A heart is not sore to the touch; pain that comes with effort or a breath
# in is not read this way.
_CHEST_WALL = re.compile(
    r"^[^.!?]{0,20}?\b(?:(?:only )?when (?:i |he |she |they )?(?:cough|sneeze)\w*|from (?:all the |"
    r"the )?cough\w*|al toser|cuando (?:toso|tose|estornudo)|por (?:la|tanta) tos|de tanto toser|"
    # Sore from a bout of laughing, the laughing named as the cause: "de tanto reírme",
    # "from laughing so hard". Pain that comes "when I laugh" (a breath in) is not read so.
    r"from (?:all the |so much )?laugh\w*|(?:de|por) (?:tanto |la )?(?:reir\w*|risa)|"
    r"wall\b|(?:only |just )?when (?:i |he |she |they |you )?(?:(?:press|push|touch|poke)\w* "
    r"(?:on |at )?(?:it|there|the (?:spot|area|bone|ribs?)|that spot|(?:my|his|her) (?:chest|"
    r"ribs?|breastbone))|twist\w*|turn\w* (?:to the side|sideways|(?:my|his|her) (?:body|"
    r"torso))|lift (?:my|his|her|their) arm)|(?:sore|tender) to the touch|(?:(?:just |only )?a "
    r"(?:little|bit|tad) )?to (?:the )?touch\b|al (?:presionar\w*|"
    r"apretar\w*|tocar\w*|girar\w*|torcer\w*)|cuando (?:me |se |le )?(?:aprieto|aprieta|toco|"
    r"toca|presiono|presiona|giro|gira|tuerzo|tuerce))"
)
# An ache in the jaw or arm and a sweat that the message explains, each by its own cause:
# the dentist or a workout for the ache, the heat or effort for the sweat ("jaw ache after
# the dentist and I was sweating in the heat"). Either unexplained, or a cold sweat, and the
# pair still reads as the heart.
_ACHE_EXPLAINED = re.compile(
    r"\b(?:jaw|arm|shoulder|mandibula|quijada|brazo|hombro)\b[^.!?]{0,40}\b(?:after|from|since|"
    r"despues del?|por|desde)\b[^.!?]{0,12}\b(?:the dentist|dental|dentist|a filling|a root canal|"
    r"(?:a|the|my) tooth|wisdom teeth|the gym|lifting|working out|a workout|el dentista|"
    r"dentista|una muela|la muela|la endodoncia|el gimnasio|cargar|hacer ejercicio)|"
    r"\b(?:after|from|despues del?|por)\b[^.!?]{0,12}\b(?:the dentist|dental work|el dentista)"
    r"\b[^.!?]{0,40}\b(?:jaw|mandibula|quijada)\b"
)
_SWEAT_EXPLAINED = re.compile(
    r"\b(?:sweat\w*|sud\w*)\b[^.!?]{0,20}\b(?:in the heat|from the heat|(?:it'?s|its|so) hot|"
    r"hot (?:out|outside|day|weather|car)|heat wave|the sun|no (?:ac|a/c|air)|at the gym|"
    r"working out|por el calor|con el calor|del calor|con este calor|al sol|en el gimnasio)\b"
)
_COLD_SWEAT = re.compile(r"\b(?:cold sweat|clammy|sudor (?:frio|helado)|sud\w* (?:en )?frio)\b")
# "Call 911 if you have trouble breathing": an instruction for a case that may come (an
# after-visit summary quoted), not a call for one now. The sign it names is read by its own
# rule if it is told as happening.
_CALL_IF = re.compile(r"\W{0,3}(?:only )?(?:if|in case|should|si|en caso de)\b")
_QUESTION = re.compile(
    r"^\W*(?:how|what|when|where|why|does|do|which|is|are|cuanto|cuando|donde|como|que)\b"
)
# ... unless the case the instruction names is then told as come: "discharge papers say call
# 911 if the chest pain comes back, it came back an hour ago", "me dijeron que llamara al 911
# si volvía el dolor y ya volvió".
_CASE_CAME = re.compile(
    r"\b(?:it|that|this|the \w+|they|he|she)(?:'s| is| has| have)? (?:came back|come back|"
    r"coming back|is back|back again|happened|happening|started|starting|began|got worse|"
    r"getting worse)\b|\b(?:ya )?(?:volvio|regreso|empezo|se puso peor|empeoro)\b|"
    r"\b(?:ya )?(?:me |le |lo |la )?(?:vino|dio|paso|tengo|tiene|esta pasando) (?:otra vez|de "
    r"nuevo)\b"
)

# Hives read as anaphylaxis only with a second sign beside them that is itself reported:
# "hives around his mouth, no trouble breathing, no swelling" and "ronchas, pero no se le
# hinchan los labios" deny the sign that would make them one.
_HIVES = re.compile(r"(?:hives|ronchas)\b")
_AIRWAY_SIGN = re.compile(
    r"\b(?:throat|breath\w*|tongue|lips|wheez\w*|swell\w*|garganta|respirar|lengua|labios)\b"
)
# "Can't breathe" blamed on a stuffed nose in its own sentence, with nothing grave beside it
# ("keeps saying he can't breathe when his nose is stuffed up", "no puede respirar por la
# nariz tapada"): a cold, not an airway closing.
_STUFFY = re.compile(
    r"\b(?:(?:nose|nostrils?) (?:is |are |gets? |feels? |was |all )?(?:so |really |very |all |"
    r"totally )?(?:stuffed|stuffy|blocked|"
    r"congested|plugged|clogged)|stuffy nose|stuffed(?: up)? nose|blocked nose|congest\w*|"
    r"through (?:my|his|her|their|the) nose|out of (?:my|his|her|their) nose|nariz (?:tapada|"
    r"congestionada|tupida)|por la nariz|mocos|congestionad[oa])\b"
)
# Breathing that stops in one's sleep, told with what names it as sleep apnoea (snoring, a
# sleep study, a CPAP): "sometimes I stop breathing in my sleep, my wife says I snore".
_STOPS = re.compile(r"\b(?:stop\w*|pause\w*|deja|dejo|para|paro)\b")
_APNEA = re.compile(
    r"\b(?:apn(?:o)?ea|snor\w*|ronc\w*|sleep (?:study|test|doctor|clinic)|estudio del sueno|"
    r"c-?pap|bi-?pap)\b"
)
_AN_INFANT = re.compile(r"\b(?:baby|babies|infant|newborn|bebe|bebita|bebito|recien nacid\w*)\b")
_AIRWAY_GRAVE = re.compile(
    r"\b(?:blue|bluish|purple|gr[ae]y|azul\w*|morad\w*|lips|labios|wheez\w*|silbid\w*|gasp\w*|"
    r"ribs?|costillas|sucking in|retract\w*|grunt\w*|(?:can'?t|cannot|cant|won'?t|unable to) "
    r"(?:talk|speak|say|swallow|cry|eat|drink)|no (?:puede|puedo) (?:hablar|tragar|llorar)|"
    r"struggl\w*|labou?red|fast|rapid\w*|chest|pecho|hundi\w*|swell\w*|hinch\w*|throat|"
    r"garganta|asthma|asma|inhaler|inhalador|allerg\w*|alergi\w*|faint\w*|desmay\w*|"
    r"sleepy|letharg\w*|floppy|limp|drool\w*|babe\w*)\b"
)


@dataclass(frozen=True)
class _Compiled:
    subtype: str
    pattern: re.Pattern[str]


class EmergencyDetector:
    name = "emergency"
    category = Category.EMERGENCY
    directions: frozenset[Direction] = frozenset({"input"})

    def __init__(self) -> None:
        self._patterns = [_Compiled(subtype, any_of(ps)) for subtype, ps in PATTERNS.items()]
        self._rules = [
            (subtype, tuple(re.compile(rf"\b{sign}") for sign in rule))
            for subtype, rules in RULES.items()
            for rule in rules
        ]

    def detect(self, doc: Doc, policy: SafetyPolicy) -> list[Finding]:
        repaired = repair(doc)
        findings = self._detect(repaired.doc)
        if not repaired.changed:
            return findings
        mapped = []
        for f in findings:
            start, end = repaired.span(f.start, f.end)
            evidence = doc.evidence(start, end) if " … " not in f.evidence else f.evidence
            mapped.append(Finding(f.category, f.severity, evidence, start, end, f.subtype))
        return mapped

    def _detect(self, doc: Doc) -> list[Finding]:
        text = blank_idioms(doc.folded)
        findings: list[Finding] = []
        for match in INGEST.finditer(text):
            if ingestion_is_emergency(doc, match) and reported_now(doc, match.start(), match.end()):
                findings.append(
                    self._finding(doc, "overdose_poisoning", match.start(), match.end())
                )
        for compiled in self._patterns:
            for match in compiled.pattern.finditer(text):
                if match.group(0).startswith(_CHRONIC_PRONE) and self._chronic(doc, match.start()):
                    continue
                if compiled.subtype == "ambulance" and (
                    self._asks_about(doc, match.start())
                    or (
                        _CALL_IF.match(text, match.end()) is not None
                        and _CASE_CAME.search(text, match.end()) is None
                    )
                ):
                    continue
                if compiled.subtype == "cardiac" and self._chest_wall(doc, match.end()):
                    continue
                if compiled.subtype == "anaphylaxis" and self._hives_alone(doc, text, match):
                    continue
                if compiled.subtype == "breathing" and (
                    self._stuffy_nose(doc, match.start()) or self._sleep_apnea(doc, match)
                ):
                    continue
                if compiled.subtype in ("ambulance", "breathing") and self._dying_as_expected(
                    doc, compiled.subtype, match.start()
                ):
                    continue
                if compiled.subtype == "cardiac_signs" and self._explained(doc, match.start()):
                    continue
                if compiled.subtype == "overdose_poisoning" and self._planned(text, match):
                    continue
                if reported_now(doc, match.start(), match.end()):
                    findings.append(
                        self._finding(doc, compiled.subtype, match.start(), match.end())
                    )
        for subtype, signs in self._rules:
            veto = VETOES.get(subtype)
            if veto is not None and veto.search(text):
                continue
            found = signs_together(doc, signs, lambda sign: self._first_reported(doc, text, sign))
            if found is not None:
                start, end, evidence = found
                findings.append(
                    Finding(self.category, Severity.CRITICAL, evidence, start, end, subtype)
                )
        return findings

    _PLANNED = re.compile(PLANNED_OVERDOSE)

    @classmethod
    def _planned(cls, text: str, match: re.Match[str]) -> bool:
        """The overdose word inside a plan stated for later ("I'm going to overdose on my
        pills tonight"): a crisis for `selfharm`, as nothing has been taken yet. Pills taken
        said anywhere else in the message still fire on their own words."""
        return any(
            plan.start() <= match.start() and match.end() <= plan.end()
            for plan in cls._PLANNED.finditer(text, max(0, match.start() - 40), match.end() + 200)
        )

    # "He drank a whole bottle of water", "ate a lot of pizza": a quantity of food or
    # drink, which the overdose rule leaves alone on purpose.
    _FOOD_INTAKE = re.compile(
        r"\b(?:ate|eaten|eats|drank|drunk|drinks|had|has had|swallowed)\b[^.!?]{0,30}?\b(?:"
        r"water|juice|milk|soda|coffee|tea|cookies?|candy|chips|pizza|food|cake|snacks?|fries|"
        r"pie|cereal|ice cream|chocolate|gatorade|dinner|lunch|breakfast|meal)\b"
    )

    def set_aside(self, doc: Doc) -> list[tuple[int, int]]:
        """Symptom mentions these rules saw and rejected: negated, past, educational,
        hypothetical, an idiom ("this paperwork is killing me"), or a chest pain the chest
        wall explains. The semantic
        backstop may not fire on a clause the rules have read as not happening now."""
        spans = idiom_spans(doc.folded)
        text = blank_idioms(doc.folded)
        spans.extend((m.start(), m.end()) for m in self._FOOD_INTAKE.finditer(text))
        # "I took my blood pressure pills": an ingestion the rules read as a routine dose.
        spans.extend(
            (m.start(), m.end())
            for m in INGEST.finditer(text)
            if not (ingestion_is_emergency(doc, m) and reported_now(doc, m.start(), m.end()))
        )
        for compiled in self._patterns:
            spans.extend(
                (m.start(), m.end())
                for m in compiled.pattern.finditer(text)
                if not reported_now(doc, m.start(), m.end())
                # A chest pain the chest wall explains ("when I press on it") was read too.
                or (compiled.subtype == "cardiac" and self._chest_wall(doc, m.end()))
                or (compiled.subtype == "anaphylaxis" and self._hives_alone(doc, text, m))
                or (
                    compiled.subtype == "breathing"
                    and (self._stuffy_nose(doc, m.start()) or self._sleep_apnea(doc, m))
                )
            )
        # An ache and a sweat each explained (the dentist, the heat), in any wording.
        spans.extend(
            (sentence.start, sentence.end)
            for sentence in doc.sentences
            if self._explained(doc, sentence.start)
        )
        return spans

    @staticmethod
    def _first_reported(doc: Doc, text: str, sign: re.Pattern[str]) -> re.Match[str] | None:
        return next((m for m in sign.finditer(text) if reported_now(doc, m.start(), m.end())), None)

    @staticmethod
    def _chest_wall(doc: Doc, end: int) -> bool:
        """ "A bit of chest pain when I cough" with a cold, or "when I press on it", is a
        sore chest wall."""
        clause = doc.clause_of(end - 1)
        return _CHEST_WALL.match(doc.folded[end : clause.end]) is not None

    @staticmethod
    def _hives_alone(doc: Doc, text: str, match: re.Match[str]) -> bool:
        """Hives whose second sign, in the pattern that joined them, is denied."""
        if _HIVES.match(text, match.start()) is None:
            return False
        signs = _AIRWAY_SIGN.finditer(text, match.start() + 5, match.end())
        return not any(reported_now(doc, s.start(), s.end()) for s in signs)

    @staticmethod
    def _sleep_apnea(doc: Doc, match: re.Match[str]) -> bool:
        """Breathing that stops in an adult's sleep, named as apnoea in the same sentence,
        with nothing grave told beside it: a sleep study's question, not an emergency. A
        baby who stops breathing is never this."""
        sentence = doc.sentence_of(match.start())
        said = doc.folded[sentence.start : sentence.end]
        return (
            _STOPS.search(match.group(0)) is not None
            and _APNEA.search(said) is not None
            and _AN_INFANT.search(doc.folded) is None
            and _AIRWAY_GRAVE.search(doc.folded) is None
        )

    @staticmethod
    def _stuffy_nose(doc: Doc, start: int) -> bool:
        """ "Can't breathe" from a stuffed nose, nothing grave told beside it."""
        sentence = doc.sentence_of(start)
        said = doc.folded[sentence.start : sentence.end]
        return _STUFFY.search(said) is not None and _AIRWAY_GRAVE.search(doc.folded) is None

    @staticmethod
    def _dying_as_expected(doc: Doc, subtype: str, start: int) -> bool:
        """On hospice, at ease or told to expect it, nothing alarming beside: breathing that
        pauses for seconds and starts again is the last days' pattern, and an ambulance
        talked of ("my cousin says to call 911 for an IV") is the family's question for the hospice
        line, not a call for one. Breathing stopped, not paused, is still read."""
        if subtype == "breathing":
            sentence = doc.sentence_of(start)
            if PAUSES.search(doc.folded[sentence.start : sentence.end]) is None:
                return False
        return expected_dying(doc)

    @staticmethod
    def _explained(doc: Doc, start: int) -> bool:
        """ "Jaw ache after the dentist and sweating in the heat": both signs have a cause."""
        sentence = doc.sentence_of(start)
        text = doc.folded[sentence.start : sentence.end]
        return (
            _ACHE_EXPLAINED.search(text) is not None
            and _SWEAT_EXPLAINED.search(text) is not None
            and _COLD_SWEAT.search(text) is None
        )

    @staticmethod
    def _asks_about(doc: Doc, start: int) -> bool:
        """ "How long does it take to call an ambulance?" asks about one; it does not call."""
        sentence = doc.sentence_of(start)
        return _QUESTION.match(doc.folded[sentence.start : sentence.end]) is not None

    @staticmethod
    def _chronic(doc: Doc, start: int) -> bool:
        sentence = doc.sentence_of(start)
        return _CHRONIC.search(doc.folded[sentence.start : sentence.end]) is not None

    def _finding(self, doc: Doc, subtype: str, start: int, end: int) -> Finding:
        return Finding(
            self.category, Severity.CRITICAL, doc.evidence(start, end), start, end, subtype
        )
