"""Prompt injection and jailbreak attempts, in English, German, Spanish and French.

Families: overriding earlier instructions, announcing a "new task", asking for
the hidden prompt, persona or role-play hijacks, forcing a given output,
dismissing the knowledge base, and obfuscation. Every rule is a compiled regex
on the folded text, so the whole detector costs well under a millisecond.
"""

from __future__ import annotations

import re

from aurixa.safety.detectors.base import Direction, Finding, any_of
from aurixa.safety.schemas import Category, SafetyPolicy, Severity
from aurixa.safety.text import Doc

_VERB = (
    r"(?:ignore|ignoring|forget|forgetting|disregard|disregarding|drop|bypass|override|abandon|"
    r"leave behind)"
)
_FILLER = r"(?:all|any|the|your|my|these|those|of|about|everything|that|previous|prior|above|"
_FILLER += r"preceding|earlier|former|original|initial|existing|system|current|given|provided|"
_FILLER += r"other|said|out of your head)"
_OBJECT = (
    r"(?:instructions?|tasks?|assignments?|orders|commands|rules|directions|guidelines|"
    r"information|info|prompts?|context|articles?|documents?|everything|thoughts|constraints|"
    r"restrictions|programming|conversation|above|what (?:i|you|we) (?:said|told|discussed)|"
    r"before|you know)"
)

FAMILIES: dict[str, list[str]] = {
    "override": [
        rf"\b{_VERB}(?: {_FILLER})* {_OBJECT}\b",
        r"\b(?:vergiss|vergessen sie|ignoriere|ignorieren sie|missachte|vergesst)\b",
        r"\b(?:die obigen|alle (?:bisherigen|vorherigen|vorangehenden|vorangegangenen)) "
        r"(?:ausfuhrungen|anweisungen|informationen|aufgaben|befehle|auftrage)\b",
        r"\babweichend (?:zu|von) (?:den )?(?:vorherigen|bisherigen) instruktionen\b",
        r"\b(?:olvida|olvide|olvidate|olvidad|ignora|ignore|descarta|omite) (?:todo|todas|las|"
        r"tus|mis|lo)\b",
        r"\b(?:oubliez|oublie|ignorez|ignore) (?:toutes|tout|les|vos|tes)\b",
        r"\bzaboravi\w*",
        r"\bзабуд\w*",
        r"\b(?:previous|prior|above) (?:instructions|information) (?:are|is) (?:irrelevant|"
        r"not (?:quite )?great|void|cancelled)\b",
        r"\bnot to remember the things\b|\bnicht an die dinge zu erinnern\b",
    ],
    "new_task": [
        r"\bnew (?:task|tasks|assignment)\b|\bnew challenge for you\b",
        r"\b(?:now|here are|following) new instructions\b|\bnew instructions follow\b",
        r"\b(?:further|new|additional|more) (?:tasks?|instructions?) (?:are followed|follow|"
        r"following)\b",
        r"\badditional instruction\b",
        r"\b(?:your instructions are now|change your instructions|start from the front)\b",
        r"\bneue (?:aufgabe|aufgaben|anweisungen)\b|\bnun folgen\b|\bweitere aufgaben\b",
        r"\b(?:now|jetzt|nun)\b[^.!?]{0,30}\b(?:focus|concentrate|konzentriere)\b",
        r"\b(?:that is|that's) (?:enough|done)\b[^.!?]{0,10}[.!]\s*now\b",
        r"\b(?:das genugt|das ist erledigt)\b",
        r"\b(?:stop|stopp)\s*[:,-]\s*(?:write|schreibe|ignore|ich)\b",
        r"\b(?:attention|achtung)\W+(?:stop|stopp)\b",
        r"\b(?:another|the next|the following) task\b",
    ],
    "prompt_leak": [
        r"\b(?:show|print|reveal|display|output|repeat|tell me|spell check and display|zeige?)"
        r"(?: me)?(?: all)?(?: of)? (?:your|deine?n?|the system|your system|your initial|"
        r"the initial|"
        r"the hidden|your hidden)(?: gesamten)? (?:prompts?|prompt[- ]?texts?|instructions|rules|"
        r"prompt-texte?|system prompt)\b",
        r"\b(?:show|print|reveal|display|output|zeige?)(?: me| mir)?(?: all| alle)?(?: the| die)? "
        r"(?:prompt[- ]?texts?|prompts?|system prompt|prompt-texte?)\b",
        r"\bwhat (?:was|is) written (?:at the beginning|above|before)\b",
        r"\bwhat are your instructions\b",
        r"\b(?:\d|two|three) sentences before\b",
        r"\bbeginning of this prompt\b",
        r"\bwas steht (?:oben|am anfang)\b",
    ],
    "persona": [
        r"\b(?:i want you to|i'd like you to|i would like you to) act as\b",
        r"\bact as (?:a|an|the|my)? ?(?:python|linux|sql|javascript|terminal|interpreter|"
        r"debater|translator|\w+ (?:interpreter|terminal))\b",
        r"^\W*act as\b",
        r"\bpretend (?:you are|you're|to be|you can|that you)\b",
        r"\bimagine you are\b",
        r"(?:^|[.!?]\s*|\b(?:ok|okay|now|so)\W+)(?:now )?you are (?:now )?(?:a|an|the|three|two)\b"
        r"(?! (?:best|great|good|helpful|lifesaver|real|bot|robot|ai|assistant|computer|only)\b)",
        r"(?:^|[.!?]\s*)you are now\b",
        r"\byou are (?:now )?(?:free|unfiltered|uncensored|jailbroken|no longer bound)\b",
        r"\b(?:role[- ]?play\w*|stay (?:fully )?in (?:your |their )?(?:roles?|character)|"
        r"fall(?:ing)? out of (?:the |their )?roles?|completely absorbed in your role)\b",
        r"\bin the style of (?:a|an) \w+",
        r"\bfrom now on,? you(?:'re| are| will)\b",
        r"\b(?:dan mode|developer mode|jailbreak\w*|do anything now)\b",
        r"\bno (?:programming )?(?:guidelines|restrictions|filters|rules) (?:beyond|at all)\b",
        r"\b(?:evil|bose) (?:ai|ki)\b",
        r"\b(?:stell dir vor|du bist|jetzt bist du|nun bist du|ich mochte, dass sie als|"
        r"fungieren|im stile?)\b",
        r"\b(?:actors?|characters?|schauspieler\w*|personen) in (?:a|einem) film\b",
        r"\b(?:acting characters|in (?:ihren|ihrer) rollen?)\b",
        r"^\W*be (?:a|an) \w+\W",
        r"\b(?:actua|actue) como\b|\bahora eres\b",
        r"\b(?:two|2) entities\b|\bhuman: human:",
    ],
    "forced_output": [
        r"(?:^|[.!?:]\s*|\b(?:just|only|now|and|instead|then)\s+)(?:say|print|output|reply with|"
        r"answer with|respond with|repeat after me|sag|di|dites)\b[^.!?\n]{0,25}[\"“:]",
        r"\b(?:say|state|include|tell me) (?:that )?you (?:hate|love)\b",
        r"(?:^|[.!?]\s*)(?:state|say) that (?!again|over|once)\w+",
        r"(?:^|[.!?]\s*)say yes\b",
        r"\bdo not answer (?:this|the) question\b",
        r"\b(?:own knowledge and not by the articles|not according to the provided documents|"
        r"according to the provided documents but)\b",
        r"\b(?:do not look in|ignore|disregard\w*|regardless of) (?:all |the )?(?:documents|"
        r"articles|artikels|context)\b",
        r"\bdespite what you've been told\b",
        r"\buse also information in the prompt\b",
        r"\bdocument context\b|\$documents\b|\$term\d?\b",
        r"\b(?:context|kontext)\s*:?\s*\{?[^?]{0,200}\b(?:question|frage)\s*:",
        r"\binstruction\s*:",
        r"\b(?:theoretical|hypothetical|fictional) world\b|\bhate speech\b",
        r"\bmake something up\b",
        r"\b(?:untrue|false|fake) headline\b|\bunwahre uberschrift\b",
        r"\b(?:oder du stirbst|or you die|or you will die)\b|\bo tu muertes\b",
        r"\b(?:schreibe nur|write only)\b",
    ],
    "obfuscation": [
        r"(?:\b\w (?=\w\b)){6,}",
        r"(?:\\\s?n\s*){3,}",
    ],
    "code_exec": [
        r"\bexecute the following\b",
        r"\b(?:generate|write|create) (?:\w+ ){0,2}(?:sql|python|c\+\+|javascript|java|bash) ?"
        r"(?:code|script|program|query)?\b",
        r"\b(?:generate|write) c\+\+\b|\bschreibe c\+\+\b",
        r"\b(?:erase|drop|delete) (?:a|the) database\b",
    ],
}


# A persona named with a capital letter ("You are Volkswagen", "Now you are Ted").
_CASED_PERSONA = re.compile(
    r"(?:^|[.!?]\s+|\b(?:Ok|Okay|OK|Now|So)\W+)(?:now )?[Yy]ou are (?:now )?[A-Z]\w+"
)


class InjectionDetector:
    name = "prompt_injection"
    category = Category.INJECTION
    directions: frozenset[Direction] = frozenset({"input"})

    def __init__(self) -> None:
        self._families = {k: [any_of(ps)] for k, ps in FAMILIES.items()}

    def detect(self, doc: Doc, policy: SafetyPolicy) -> list[Finding]:
        findings: list[Finding] = []
        cased = _CASED_PERSONA.search(doc.text)
        if cased:
            findings.append(
                Finding(
                    self.category,
                    Severity.MEDIUM,
                    doc.evidence(cased.start(), cased.end()),
                    cased.start(),
                    cased.end(),
                    "persona",
                )
            )
        for family, patterns in self._families.items():
            for pattern in patterns:
                m = pattern.search(doc.folded)
                if m:
                    findings.append(
                        Finding(
                            self.category,
                            Severity.MEDIUM,
                            doc.evidence(m.start(), m.end()) or m.group(0),
                            m.start(),
                            m.end(),
                            family,
                        )
                    )
        return findings
