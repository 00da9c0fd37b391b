"""Red flags of injuries at work that look smaller than they are.

A worker tells the shift, the tool and the wish to finish ("can I wrap it and get back
to it"); the injury itself looks minor: a pinhole from a paint gun, fingers that only
began to hurt hours after a rust remover, a leg under a beam that is merely swollen, a
co-worker who came out of the freezer calm. Each rule pairs the mechanism with the sign
that says the damage is going on out of sight.
"""

from __future__ import annotations

from aurixa.safety.detectors.redflags.trauma_environmental import _CAME_DOWN_ON, _HYPOTHERMIC

# Paint, grease or fuel forced under the skin by a high-pressure tool: the pinhole hides
# a hand that dies from inside unless a surgeon opens it within hours.
_PRESSURE_TOOL = (
    r"(?:(?:paint|grease|spray|airless|hydraulic|fuel|diesel|oil|injector) ?(?:gun|line|hose|"
    r"sprayer|injector|fitting)|(?:at |under |with )?high[- ]pressure (?:line|hose|gun|sprayer|"
    r"washer|air|grease|paint|fluid|oil|jet)?|pressure washer|pistola de (?:pintura|grasa|"
    r"aire)|(?:a |con )?alta presion|manguera hidraulica|hidraulic\w*)\b"
)
_FORCED_IN = (
    r"(?:(?:inject\w*|shot|went|forced|blew|pierc\w*|punctur\w*|got)\b[^.!?]{0,40}\b(?:into|in|"
    r"under the skin of) (?:my|his|her|their|the) (?:\w+ )?(?:finger|hand|thumb|palm|fingertip|"
    r"skin)|(?:se )?(?:inyect\w*|me entro|le entro|metio|clavo)\b[^.!?]{0,40}\b(?:dedo|mano|"
    r"palma|piel))\b"
)

# Hydrofluoric acid (in rust and wheel cleaners) on the skin: the pain comes hours late,
# deep and out of proportion, as it takes the calcium out of the blood.
_HYDROFLUORIC = r"(?:hydrofluoric|hf acid|acido fluorhidrico|fluorhidrico|bifluoride|bifluoruro)\b"
_ON_SKIN_OR_PAIN = (
    r"(?:(?:got|spilled|splashed|splash|on) (?:some |it )?(?:on )?(?:my|his|her|their) (?:skin|"
    r"hands?|fingers?|arms?)|pain\w*|hurt\w*|throb\w*|burn\w*|ache|aching|duel\w*|dolor\w*|"
    r"ardor|arde|quema|salpic\w*|(?:me|le) cayo)\b"
)

# A limb under a beam, tractor or tree, then cold, pale or purple and gone numb: the
# muscle swelling shut its own blood supply, a limb lost in hours.
_LIMB_DYING = (
    r"(?:(?:cold|icy|ice-cold|pale|white|blue|purple|gr[ae]y|numb|dead)\b|(?:can'?t|cannot|"
    r"can not) feel (?:it|his|her|my|the)|no feeling|(?:ya )?no (?:la|lo|le|se la|se lo) siente|"
    r"fri[oa]\b|helad[oa]\b|morad[oa]\b|azul\w*|palid[oa]\b|dormid[oa]\b|entumid[oa]\b)"
)

# Shut in a walk-in freezer or a cold room: cold taken in without weather or water.
_COLD_ROOM = (
    r"(?:(?:locked|trapped|stuck|shut|closed) (?:\w+ )?in (?:the|a) (?:walk-?in )?(?:freezer|"
    r"cooler|cold room|cold storage|fridge|reefer)|walk-?in freezer|(?:encerrad\w*|atrapad\w*|"
    r"(?:se )?quedo) (?:\w+ )?(?:en|dentro de) (?:el|la|un|una) (?:congelador|congeladora|"
    r"camara (?:fria|de congelacion|frigorifica|de refrigeracion)|cuarto frio|frigorifico|"
    r"refri\w*))\b"
)

RULES: dict[str, list[tuple[str, ...]]] = {
    "injection_injury": [(_PRESSURE_TOOL, _FORCED_IN)],
    "chemical_burn": [(_HYDROFLUORIC, _ON_SKIN_OR_PAIN)],
    "trauma": [(_CAME_DOWN_ON, _LIMB_DYING)],
    "hypothermia": [(_COLD_ROOM, _HYPOTHERMIC)],
}
