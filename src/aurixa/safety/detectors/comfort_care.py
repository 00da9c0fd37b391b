"""People on hospice or comfort care, and their families, in their own words.

A family caring for someone expected to die describes what dying looks like: breathing
that pauses and starts again, a rattle, no appetite, dark urine, restlessness the comfort
kit has settled. Told of anyone else, each of those may be an emergency; told of someone
on hospice whom the message itself calls comfortable, or whose nurse said to expect it,
the call they need is the hospice's, not an ambulance. A chat cannot see the enrolment, so
it defers only to what the message says, and never beside a sign that hospice families
are told to call about at once (a fall, bleeding, a seizure, choking, pain out of
control, a crisis of the carer's own). A death that has already happened on hospice, told
with a question about what comes next, is the same: the family's grief, not an alarm.
"""

from __future__ import annotations

import re

from aurixa.safety.text import Doc

HOSPICE = re.compile(
    r"\b(?:hospice|comfort (?:care|measures|kit)|palliative|end[- ]of[- ]life care|hospicio|"
    r"cuidados? paliativos?|cuidados (?:de confort|al final de la vida))\b"
)
# The message says the person is at ease, or that their team said this would come.
_AT_EASE = re.compile(
    r"\b(?:(?<!not )(?<!n't )(?<!nt )(?<!never )(?<!no )(?:comfortable|peaceful(?:ly)?|"
    r"calm(?:er)?|relaxed|at peace)|"
    r"(?:not|isn'?t|isnt|doesn'?t (?:look|seem)|doesnt (?:look|seem)|no|without) (?:\w+ )?"
    r"(?:distressed|in distress|struggling|in pain|uncomfortable|suffering|agitated|bothered)|"
    r"(?:nurse|team|doctor|hospice|they)\b[^.!?]{0,40}\b(?:said|say|says|told us|explained|"
    r"talked (?:to|with) us|warned|mentioned)\b[^.!?]{0,60}\b(?:expect\w*|normal|might happen|"
    r"may happen|would happen|could happen|part of|(?:were|are|was|is) (?:slowing|shutting))|"
    r"(?:already )?(?:talked|spoke|told|explained|went over)(?: (?:to|with))? us about (?:this|"
    r"it|that)|"
    r"(?:se ve|esta|sigue|luce) (?:muy )?(?:tranquil[oa]|en paz|comod[oa]|calmad[oa]|"
    r"relajad[oa])|no (?:sufre|se queja|se ve (?:incomod\w*|angustiad\w*|mal))|sin dolor|"
    r"(?:enfermera|equipo|doctor|doctora|medic[oa])\b[^.!?]{0,40}\b(?:dijo|dijeron|explico|"
    r"explicaron|nos dijo|advirtio)\b[^.!?]{0,60}\b(?:normal|esperar\w*|esperad[oa]|puede "
    r"pasar|podria pasar|es parte))"
)
# What hospice families are told to call about at once, or a crisis beside the dying.
_ALARM = re.compile(
    r"\b(?:fell|fall\w*|fallen|se cayo|se cay\w*|hit (?:his|her|their) head|bleed\w*|blood\w*|"
    r"sangr\w*|seiz\w*|convuls\w*|chok\w*|atragant\w*|ahog\w*|struggl\w*|gasp\w*|panic\w*|"
    r"terrified|scared|asustad\w*|distress\w*|agony|scream\w*|writh\w*|grita\w*|moan\w*|"
    r"grimac\w*|(?:severe|bad|terrible|unbearable|uncontrolled) pain|pain (?:is )?(?:out of "
    r"control|not controlled|unbearable|worse)|dolor (?:fuerte|insoportable)|(?:mucho|fuerte) "
    r"dolor|fire|fuego|burn\w*|quem\w*|blue|azul\w*|fever|fiebre|swell\w*|hinch\w*|(?:can'?t|"
    r"cannot|cant) (?:breathe|catch)|no (?:puede|puedo) respirar|(?:stopped|not|isn'?t|isnt|no "
    r"longer) breathing|breathing (?:has |just )?stopped|no respira|dejo de respirar|"
    r"respiracion se (?:detuvo|paro)|chest pain|dolor de pecho|"
    r"(?:too much|extra|double|all (?:of )?(?:the|her|his)|whole|entire|rest of the) "
    r"(?:morphine|dose|doses|bottle|lorazepam|ativan|pills|meds|medicine)|overdos\w*|"
    r"kill\w*|suicid\w*|end (?:it|her|his|my|things)|speed (?:it|things) up|hurry (?:it|this)|"
    r"help (?:her|him) go|(?:want|wants|wanted|ready) to die|no quiero vivir|quiero morir\w*|"
    r"matar\w*|acabar\w*|something (?:stupid|dumb)|can'?t (?:do this|go on|take)|no puedo mas)\b"
)


# A death already come, in the past tense: "passed away this morning", "died in March",
# "falleció anoche". "Is dying", "passed out" or "stopped breathing" is not this.
_DIED = re.compile(
    r"\b(?:passed away|passed(?! out\b)|died|took (?:his|her|their) last breath|murio|fallecio|"
    r"se nos fue)\b"
)
# A crisis of the writer's own, in grief or in caring, which neither a death on hospice nor
# a do-not-resuscitate form settles.
CRISIS_BESIDE = re.compile(
    r"\b(?:kill\w*|suicid\w*|overdos\w*|end (?:it|my life|things)|join (?:her|him|them)|"
    r"(?:be|go|gone|went) with (?:her|him|them)|without (?:her|him|them)|(?:want|wanna|ready) "
    r"to die|die|dead|point|anymore|any more|hopeless\w*|give up|giving up|tired of|what'?s "
    r"the use|can'?t (?:go on|do this|take|keep)|better off|pills|gun|rope|morir\w*|muert\w*|"
    r"matar\w*|no quiero (?:vivir|seguir|despertar)|reunirme con|irme con|(?:ir|irme|estar) "
    r"con (?:ella|el)|sin (?:ella|el)\b|sentido|ya no|no vale la pena|desesper\w*|esperanza|"
    r"something (?:stupid|dumb)|no puedo mas)\b"
)


# What the dying stop doing, which is told with the words a carer's despair also uses: "she
# doesn't eat anymore", "ya no come".
_DYING_SIGNS = re.compile(
    r"\b(?:(?:eat|eating|drink|drinking|talk|talking|wake|waking|swallow\w*|get(?:ting)? up) "
    r"(?:\w+ )?(?:anymore|any more)|ya no (?:\w+ )?(?:come|habla|despierta|toma|bebe|traga|se "
    r"levanta|quiere comer))\b"
)


def expected_dying(doc: Doc) -> bool:
    """Someone on hospice or comfort care whom the message calls at ease, or whose team
    said to expect what it describes, with no sign beside it that calls for help now."""
    text = doc.folded
    if HOSPICE.search(text) is None or _AT_EASE.search(text) is None:
        return False
    return (
        _ALARM.search(_AT_EASE.sub(" ", text)) is None
        and CRISIS_BESIDE.search(_DYING_SIGNS.sub(" ", text)) is None
    )


def death_on_hospice(doc: Doc) -> bool:
    """A death on hospice that has already happened, told with what comes next (the call
    to make, the equipment, a grief group), and no crisis of the writer's own beside it."""
    text = doc.folded
    return (
        HOSPICE.search(text) is not None
        and _DIED.search(text) is not None
        and CRISIS_BESIDE.search(text) is None
    )


# Breathing that stops for seconds and starts again, the pattern of the last days.
PAUSES = re.compile(
    r"\b(?:\d+|a few|several|unos|varios)(?:[- ]\d+)? ?(?:seconds?|secs?|segundos)\b|"
    r"\b(?:then|and then|y luego|luego|y despues) (?:\w+ )?(?:breath\w*|starts? again|"
    r"respira\w*|vuelve a respirar)\b"
)
