"""An overdose stated as a plan, in the first person (English and Spanish).

"I'm going to overdose on my sleeping pills tonight", "me voy a dar una sobredosis": no
overdose has happened, so the crisis line, not 911, is the answer. `selfharm` reads the
plan as a crisis and `emergency` stands its overdose word down for it. An overdose taken
("I overdosed", "took the whole bottle") stays an emergency, and so does a worry about an
accidental one ("I'm afraid I'll overdose if I take both") or one sensed coming ("I think
I'm going to overdose").
"""

from __future__ import annotations

from aurixa.safety.detectors.crisis_together import _MEDICINE

# What may follow the plan: the end of the clause, the medicine, or when.
_THEN = (
    r"(?=\s*(?:[.,;:!?]|$)|\s+(?:on|with|con|de) (?:(?:my|the|these|those|all|some|all of|"
    r"every|mis|las|los|todas|unas|sus)\b|(?:\w+ )?" + _MEDICINE + r")|\s+(?:tonight|today|"
    r"tomorrow|this (?:weekend|week|evening|morning|afternoon|time)|when|after|before|and|so|"
    r"once|esta noche|hoy|manana|este fin|cuando|despues|antes|y|para)\b)"
)
# "I think I'm going to overdose", "I feel like I'm about to" is a body's warning, maybe
# after a dose already taken, not a plan: it stays an emergency.
_SENSED = "".join(
    f"(?<!{cue} )"
    for cue in ("think", "thinks", "feel like", "feels like", "afraid", "scared", "worried")
)
PLANNED_OVERDOSE = (
    rf"\b{_SENSED}(?:(?:i'?m|im|i am) (?:going|planning|ready) to|(?:i'?m|im) gonna|i (?:want|plan|"
    r"intend|decided|have decided|need) to|i wanna) (?:just |finally |really |probably |"
    r"actually )?(?:overdose|od)\b(?!'?d)" + _THEN + r"(?![^.!?]{0,40}\b(?:if|unless|by "
    r"accident|accidentally|without (?:meaning|knowing))\b)|"
    r"\b(?:(?:me )?(?:voy|quiero|pienso|decidi) (?:a )?(?:tomar(?:me)?|dar(?:me)?|meter(?:me)?|"
    r"provocar(?:me)?|hacer(?:me)?) una sobredosis|me (?:voy|quiero|pienso) (?:a )?(?:dar|tomar|"
    r"meter|provocar|hacer) una sobredosis|(?:voy|quiero|pienso) (?:a )?sobredosificarme|me "
    r"(?:voy|quiero) (?:a )?sobredosificar)\b(?![^.!?]{0,40}\b(?:si|sin querer|por (?:accidente|"
    r"error))\b)"
)
