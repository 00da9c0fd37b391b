"""A lethal amount named for oneself, and care cancelled for lack of a future (English and
Spanish).

"How many units would it take to not wake up", "I know exactly how much potassium would do
it": the amount is asked or known for an end, not for a dose, which "to not wake up" or
"would do it" says. "Don't bother rescheduling, I won't be around for it": a visit let go
because the person will not be there, unless they are going away. `selfharm` reads these
with the other rules.
"""

from __future__ import annotations

from aurixa.safety.detectors.crisis_together import _AWAY, SignsTogether

# The amount asked for an end: "how many ... would it take to not wake up".
_AMOUNT_TO_END = (
    r"(?:how (?:many|much)\b[^.!?]{0,40}\b(?:would it take|it would take|does it take|"
    r"it'?d take|would (?:i|you) need|do (?:i|you) need|(?:would|is|are) (?:it be )?enough) "
    # Spoken filler ("to like not wake up") does not change what is asked.
    r"(?:for me )?to (?:(?:like|just|um|uh|kinda|sorta|you know|basically|simply) )?(?:not "
    r"wake up|never wake up|die|end it|end (?:my|it) all|kill (?:me|myself|a person|someone)|"
    r"not be here|be fatal|be lethal|stop (?:my|your) heart|go to sleep (?:forever|for good)|"
    r"fall asleep (?:forever|for good|and not wake up))|"
    # The own medicine's lethal amount asked outright: "what's a lethal dose of my pills".
    r"(?:lethal|fatal|deadly|killing) (?:dose|amount|number)\b[^.!?]{0,20}\b(?:of )?(?:my|mis)\b|"
    r"how (?:many|much) (?:of )?my \w+(?: \w+)? (?:pills|meds|tablets|insulin)\b[^.!?]{0,20}"
    r"\b(?:lethal|fatal|deadly|kill (?:me|a person|someone))\b|"
    r"cuant(?:as|os|a|o) (?:de )?(?:mis |las |sus )?(?:pastillas|pildoras|tabletas|"
    r"medicinas|insulina)\b[^.!?]{0,40}\b(?:para|pa) (?:ya )?(?:no despertar|no volver a "
    r"despertar|morir(?:me)?|matarme|quedarme dormid[oa] para siempre|que ya no despierte)|"
    # The amount that would be lethal, asked as such: "what's the amount of tylenol that
    # would actually be lethal", "¿qué cantidad de pastillas sería mortal?".
    r"(?:amount|dose|number|quantity|how (?:many|much))\b[^.!?]{0,40}\b(?:would|will|could|"
    r"(?:is|are) (?:it )?(?:enough to)?) (?:\w+ )?(?:be )?(?:lethal|fatal|deadly|enough to (?:die|"
    r"kill))\b|(?:cantidad|dosis|cuant(?:as|os|a|o))\b[^.!?]{0,40}\b(?:seria|es|son|serian) "
    r"(?:\w+ )?(?:mortal\w*|letal\w*)\b|"
    # Known already, with "would do it" for what it would do.
    r"i (?:know|knew|figured out|worked out|calculated|looked up) (?:exactly )?how (?:many|"
    r"much)\b[^.!?]{0,30}\b(?:would|will|it would take to|it takes to) (?:do it|do the job|"
    r"finish me|end it|kill me)|"
    r"(?:ya )?(?:se|calcule|averigue) (?:exactamente |bien )?cuant(?:as|os|a|o)\b[^.!?]{0,30}"
    r"\b(?:haria falta|harian falta|bastaria|bastarian|se necesita\w*|necesitaria) (?:para|pa) "
    r"(?:hacerlo|morir(?:me)?|matarme|acabar con todo|no despertar))"
)
# A visit or a refill let go: "don't worry about rescheduling my appt", "cancel my refill".
# The "don't" belongs to the sign, so it is not read as denying the visit.
_CARE = (
    r"(?:appointments?|appts?|refills?|visits?|follow[- ]?ups?|check[- ]?ups?|sessions?|citas?|"
    r"consultas?|resurtidos?|recetas?|seguimiento)"
)
_CARE_LET_GO = (
    r"(?:(?:don'?t|dont|do not|no need to|no need for|not worth|no te preocupes por|no hace "
    r"falta|no es necesario)\b[^.!?,]{0,30}?|(?:cancel\w*|skip\w*|cancela\w*|olvida\w*)\b"
    rf"(?:\W+\w+){{0,3}}?\W+){_CARE}\b"
)
# ...because the person themself will not be there for it.
_NOT_THERE_FOR_IT = (
    r"(?:\bi ?(?:won'?t|wont|will not|(?:'?m|am) not (?:going to|gonna)) be (?:around|here|alive) "
    r"(?:for (?:it|that|them|the next one)|by then|next (?:week|month|time))|"
    r"(?:ya )?no (?:voy a estar|estare) (?:aqui |viv[oa] )?(?:para (?:entonces|eso|esa "
    r"(?:cita|fecha))|la (?:otra|proxima) semana))"
)

RULES = [
    SignsTogether((_AMOUNT_TO_END,)),
    SignsTogether((_CARE_LET_GO, _NOT_THERE_FOR_IT), unless=_AWAY),
]
