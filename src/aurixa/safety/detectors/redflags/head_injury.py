"""Red flags of a blow to the head: a knock, a fall, a tackle, then what it did to the brain.

A head injury is an emergency by what follows it (confusion, vomiting again and again,
the same question asked over and over, drowsiness, fluid from the ears or nose, pupils of
different sizes) or by what makes a bleed likely (a blood thinner). Each rule pairs how
the head was hit with one of those signs, both reported now.
"""

from __future__ import annotations

from aurixa.safety.detectors.redflags.signs import ANTICOAGULANT

_HEAD_HIT = (
    r"(?:(?:hit|bumped|banged|struck|knocked|smacked|cracked|injured|hurt) "
    r"(?:his |her |my |their |the )?head|(?:hit|struck|kicked|knocked|smacked|whacked) "
    r"(?:in|on) the head|head (?:injury|trauma)|fell and hit|golpe(?:o)? (?:en|de) la cabeza|"
    r"(?:se|me) (?:golpeo|golpee|pego|pegue|di|dio) (?:un golpe )?(?:en |con )?la cabeza|"
    r"(?:cayo|caida) y se (?:golpeo|pego))"
)
# A fall hard enough to matter: a bike, a horse, a ladder, the stairs, no helmet.
_FALL = (
    r"(?:fell (?:off|from|down)|fall(?:en)? (?:off|from|down)|came off (?:his|her|my|the) "
    r"(?:bike|horse|scooter)|without a helmet|no helmet|se cayo (?:de|por|del)|me cai (?:de|por|"
    r"del)|sin casco|"
    # A child dropped: "se me cayó mi hijo del sillón", "se le cayó el bebé de la cama".
    r"se (?:me|le|nos) cayo (?:mi|su|el|la|nuestr[oa]) (?:hij[oa]|bebe|nin[oa]|nene|nena|"
    r"niet[oa])\b[^.!?]{0,25}\b(?:de|por|del))"
)

# Vomiting counted: "he's thrown up twice", "vomitó tres veces".
_VOMITED_AGAIN = (
    r"(?:(?:thrown|threw|throwing|been|was|got) (?:up|sick)|vomit\w*|puk\w*|vomito|"
    r"ha vomitado|devolvio)\b[^.!?]{0,15}\b(?:twice|two times|three times|\d+ times|"
    r"(?:a few|several|many|multiple) times|more than once|dos veces|tres veces|\d+ veces|"
    r"varias veces)"
)
# Asking the same thing again and again: new memories are not being laid down.
_REPEATS = (
    r"(?:(?:keeps?|kept|is|been) (?:asking|repeating|saying) (?:the same|herself|himself|"
    r"what happened|where (?:he|she|they) (?:is|are))|(?:asking|repeating) the same "
    r"(?:\w+ )?(?:questions?|things?)|(?:repite|pregunta|preguntando|repitiendo) (?:lo mismo|"
    r"la misma pregunta|las mismas preguntas)|no (?:para|deja) de preguntar)"
)

RULES: dict[str, list[tuple[str, ...]]] = {
    "head_injury": [
        (
            _HEAD_HIT,
            r"(?:confused|confusion|disoriented|vomit\w*|throwing up|thrown up|threw up|drowsy|"
            r"sleepy|"
            r"can't remember|doesn't know where|passed out|unconscious|slurr\w*|seizure|"
            r"(?:isn't|is not|not) making (?:any )?sense|doesn't make sense|not acting right|"
            rf"{_REPEATS}|"
            r"repeating (?:herself|himself)|double vision|seeing double|"
            r"clear (?:fluid|liquid|water)\w*[^.!?]{0,20}\b(?:nose|ears?)|"
            r"(?:blood|bleeding) (?:from|out of) (?:his |her |my |the )?ears?|"
            r"pupils?\b[^.!?]{0,15}\b(?:different|uneven|unequal|one bigger|not the same)|"
            r"confundid\w*|desorientad\w*|somnolient\w*|(?:muy|bien|super) dormid\w*|"
            r"adormilad\w*|no (?:se )?despierta|no recuerda|vomit\w*|veo doble|"
            r"ve doble|vision doble|(?:agua|liquido) (?:clar[oa] )?(?:por|de) (?:la nariz|"
            r"el oido|los oidos)|sangre (?:por|del|de los) oidos?)",
        ),
        # After a fall: forgetting what happened, vomiting again and again, drowsiness.
        (
            _FALL,
            r"(?:(?:can't|cannot|doesn't|does not|don't|couldn't) remember\b|"
            r"(?:keep|keeps|kept) (?:throwing up|vomiting)|(?:blood|bleeding) (?:from|out of) "
            r"(?:his |her |my |the |their )?ears?|clear (?:fluid|liquid) (?:from|out of) "
            r"(?:his |her |my |the |their )?(?:ears?|nose)|sangre (?:por|del|de los) oidos?|"
            r"(?:le|me) sale (?:sangre|liquido|agua) (?:por|del|de los) oidos?|(?:le|me) sale "
            r"(?:liquido|agua) (?:clar[oa] )?(?:por|de) la nariz|"
            r"vomit\w* (?:again|repeatedly|over and over|several times)|"
            rf"{_VOMITED_AGAIN}|{_REPEATS}|"
            r"(?:really|very|so) (?:drowsy|sleepy)|(?:won't|can't|hard to) (?:wake|stay awake)|"
            r"no (?:se acuerda|recuerda|me acuerdo)|(?:no para de|sigue) vomit\w*|"
            r"(?:muy|bien) (?:dormid\w*|dormilon\w*|somnolient\w*))",
        ),
        # A head injury on a blood thinner needs a scan whatever the symptoms.
        (_HEAD_HIT, ANTICOAGULANT),
    ],
}
