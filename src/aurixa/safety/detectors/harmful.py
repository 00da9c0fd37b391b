"""Harmful requests, tenant-blocked topics and clearly out-of-scope requests.

A harmful *request* needs both a harmful subject and the shape of a request
("how do I", "tell me", "where can I", "should I"), so a patient who reports a
scam call or asks about drug interactions is not refused. Sexual content
involving children needs no request shape and also alerts staff.
"""

from __future__ import annotations

import re

from aurixa.safety.detectors.base import Direction, Finding, any_of
from aurixa.safety.schemas import Category, SafetyPolicy, Severity
from aurixa.safety.text import Doc

_REQUEST = re.compile(
    r"\b(?:how (?:do|can|could|would|should|to)|how's the best|what(?:'s| is) the (?:best|easiest|"
    r"fastest|most \w+)|best (?:way|place|places|website|websites)|where (?:can|could|do|should|"
    r"is|in)|tell me|give me|show me|find (?:me|for me)|help me|write|create|recommend|link me|"
    r"teach me|instructions|guide|tips|should i|can you|could you|is it (?:ok|okay|easier|"
    r"better|a good idea)|ways? (?:of|to)|como (?:hago|puedo|se)|donde (?:puedo|compro)|dime|"
    r"ayudame a|quiero)\b"
)

HARMS: dict[str, list[str]] = {
    "weapons": [
        r"\b(?:make|build|3d print\w*|assemble|buy|get|making|building) (?:a |an |my own )?"
        r"(?:bomb|explosives?|pipe bomb|molotov\w*|grenades?|smoke grenades?|lethal gun|gun|"
        r"firearm|ghost gun|silencer|napalm|nerve agent)\b",
        r"\b(?:detonate|blow up|set off) (?:a |the |my |his |her |their )?(?:\w+'s )?"
        r"(?:bomb|car|house|building)\b",
        r"\bbomb\b",
        r"\bguns? (?:shops? )?(?:that|which) (?:don't|dont|do not) do background checks\b",
        r"\b(?:bring|sneak|smuggle) a (?:gun|knife|weapon) (?:on|onto|into)\b",
    ],
    "violence": [
        r"\b(?:kill|murder|stab|shoot|poison|hurt|assault|attack|beat up|strangle|electrocute|"
        r"disfigure|kidnap|torture) (?:someone|somebody|people|a (?:man|woman|person|child|kid)|"
        r"my (?:wife|husband|neighbou?r|teacher|boss|partner|ex|mother|father|brother|sister)|"
        r"the man|them|him|her)\b",
        r"\bphysical?l?y (?:hurt\w*|assault\w*|harm\w*|attack\w*)\b",
        r"\bbreak (?:someone's|somebody's|his|her|their) (?:jaw|legs?|arms?|nose|neck)\b",
        r"\bcover (?:my|our) tracks\b",
        r"\bhid(?:e|ing) (?:my|a|the) (?:knife|gun|weapon|body)\b",
        r"\bcut (?:a|the|his|her|their|\w+'s) (?:car's )?(?:brakes|breaks|brake lines?)\b",
        r"\bburn down\b",
        r"\b(?:beheaded|beheading|snuff)\b",
    ],
    "illegal_drugs": [
        r"\b(?:buy|sell|make|cook|get|smuggle|hide|order|score)(?:ing)? (?:some |my |pure |"
        r"\d+ grams? of )?"
        r"(?:meth|methamphetamine|cocaine|coke|heroin|fentanyl|crack|mdma|ecstasy|lsd|illegal "
        r"(?:recreational )?drugs|recreational drugs|drugs)\b",
        r"\bhide my (?:meth|drugs|weed|stash|pills)\b",
        r"\bdrug dealer\b",
        r"\b(?:black market|dark ?web)\b",
        r"\b(?:fake|made ?up|forged?|counterfeit) (?:a )?prescriptions?\b",
        r"\b(?:ephedrine|pseudoephedrine)\b[^.!?]{0,40}\bmeth\b",
        r"\bunregulated steroids\b",
        r"\b(?:alcohol|cigarettes|vapes?|drugs) (?:for|to) (?:underage|minors|kids|children)\b",
        r"\bsell (?:my )?(?:organs|kidney)\b",
        r"\bwithout (?:a|any) prescription\b",
        r"\b(?:comprar|vender|conseguir) (?:cocaina|heroina|metanfetamina|fentanilo|drogas)\b",
    ],
    "fraud": [
        r"\bscam\w*",
        r"\bphishing\b",
        r"\b(?:ponzi|pyramid) scheme\b",
        r"\bcounterfeit\b",
        r"\b(?:launder|laundering) money\b",
        r"\bstealing (?:people's |someone's )?identit\w*",
        r"\b(?:evade|avoid paying) taxes\b|\bhide my income\b",
        r"\b(?:hire a hacker|hack into|break into (?:a|an|the|someone's|a stranger's|\w+'s))\b",
        r"\bexploit (?:them|people|women|someone|vulnerable)\b|\bto exploit\b",
        r"\bmanipulat\w* (?:someone|people|a person|him|her|them) into\b",
        r"\bconvinces? (?:a stranger|strangers|someone|people)\b[^.!?]{0,30}\b(?:money|bank|"
        r"password|card)\b",
        r"\btrick (?:people|someone) into\b",
        r"\bcredit card details\b",
        r"\bstolen (?:luxury )?(?:car|goods)\b|\bgoods that i stole\b",
        r"\bdownload movies illegally\b",
        r"\bfake (?:charity|call cent(?:re|er)|job|business|company|shop|invoices?|reviews)\b",
        r"\bfake [\w ]{0,20}business\b",
    ],
}

_CHILD = re.compile(
    r"\b(?:child|children|kids?|minors?|underage|young (?:girls|boys)|little (?:girls?|boys?)|"
    r"\d{1,2}[- ]?years?[- ]?old|toddlers?|preteens?|nin[oa]s?|menores)\b"
)
_SEXUAL = re.compile(
    r"\b(?:sex|sexual\w*|naked|nude|porn\w*|masturbat\w*|boner|romantic love|suck my|"
    r"(?:my|with my|their|his|her) (?:genital\w*|penis|dick)|undress\w*|pedophil\w*|paedophil\w*|"
    r"child porn|cp links?|csam)\b"
)
_ALWAYS_CHILD = re.compile(r"\b(?:pro-?p(?:a)?edophil\w*|child porn\w*|csam)\b")


class HarmfulRequestDetector:
    name = "harmful_request"
    category = Category.HARMFUL
    directions: frozenset[Direction] = frozenset({"input"})

    def __init__(self) -> None:
        self._harms = {k: [any_of(ps)] for k, ps in HARMS.items()}

    def detect(self, doc: Doc, policy: SafetyPolicy) -> list[Finding]:
        text = doc.folded
        findings = self._child_safety(doc)
        for sentence in doc.sentences:
            chunk = text[sentence.start : sentence.end]
            if not _REQUEST.search(chunk):
                continue
            for subtype, patterns in self._harms.items():
                for pattern in patterns:
                    for m in pattern.finditer(chunk):
                        start, end = sentence.start + m.start(), sentence.start + m.end()
                        findings.append(
                            Finding(
                                self.category,
                                Severity.HIGH,
                                doc.evidence(start, end),
                                start,
                                end,
                                subtype,
                            )
                        )
        return findings

    def _child_safety(self, doc: Doc) -> list[Finding]:
        findings: list[Finding] = []
        for sentence in doc.sentences:
            chunk = doc.folded[sentence.start : sentence.end]
            always = _ALWAYS_CHILD.search(chunk)
            sexual = _SEXUAL.search(chunk)
            if always is None and not (sexual and _CHILD.search(chunk)):
                continue
            m = always or sexual
            assert m is not None
            start, end = sentence.start + m.start(), sentence.start + m.end()
            findings.append(
                Finding(
                    self.category,
                    Severity.CRITICAL,
                    doc.evidence(start, end),
                    start,
                    end,
                    "child_safety",
                )
            )
        return findings


class BlockedTopicDetector:
    """Topics a tenant has chosen not to discuss (policy.blocked_topics)."""

    name = "blocked_topic"
    category = Category.BLOCKED_TOPIC
    directions: frozenset[Direction] = frozenset({"input", "output"})

    def detect(self, doc: Doc, policy: SafetyPolicy) -> list[Finding]:
        from aurixa.safety.text import fold

        findings: list[Finding] = []
        for topic in policy.blocked_topics:
            pattern = re.compile(r"\b" + re.escape(fold(topic)) + r"\b")
            for m in pattern.finditer(doc.folded):
                findings.append(
                    Finding(
                        self.category,
                        Severity.MEDIUM,
                        doc.evidence(m.start(), m.end()),
                        m.start(),
                        m.end(),
                        topic,
                    )
                )
        return findings


# Requests a healthcare assistant should redirect instead of answering. Broader
# out-of-scope routing (weather, banking...) is the intent router's job; this
# only catches requests that would make the assistant a general-purpose model.
_OUT_OF_SCOPE = [
    r"^\W*(?:please )?(?:write|compose|generate|create|draft|make) (?:me |us )?(?:a |an |some )?"
    r"(?:poem|song|essay|story|short story|joke|rap|limerick|haiku|manifesto|tweet|blog post|"
    r"novel|screenplay|speech|love letter|code|script|program|function|python|c\+\+|sql|"
    r"javascript|html)\b",
    r"\b(?:tell|give) me a joke\b",
    r"\b(?:write|generate|create)\b[^.!?]{0,20}\b(?:python|c\+\+|sql|javascript|java) ?(?:code|"
    r"script|program|query)?\b",
    r"\bwho should i vote for\b|\b(?:democrats|republicans|election|elections|politics|"
    r"political party)\b",
    r"\b(?:which|what) (?:stocks?|crypto\w*|coins?) (?:should|to) (?:i )?(?:buy|invest)\b",
    r"\b(?:bitcoin|ethereum|stock market|sports betting|lottery numbers)\b",
    r"\b(?:escribe|escribeme|compone) (?:un|una) (?:poema|cancion|ensayo|cuento|chiste)\b",
    r"\bcuentame un chiste\b",
]


class OutOfScopeDetector:
    name = "out_of_scope"
    category = Category.OUT_OF_SCOPE
    directions: frozenset[Direction] = frozenset({"input"})

    def __init__(self) -> None:
        self._patterns = [re.compile(p) for p in _OUT_OF_SCOPE]

    def detect(self, doc: Doc, policy: SafetyPolicy) -> list[Finding]:
        findings: list[Finding] = []
        for sentence in doc.sentences:
            chunk = doc.folded[sentence.start : sentence.end]
            for pattern in self._patterns:
                m = pattern.search(chunk)
                if m:
                    start, end = sentence.start + m.start(), sentence.start + m.end()
                    findings.append(
                        Finding(self.category, Severity.LOW, doc.evidence(start, end), start, end)
                    )
        return findings
