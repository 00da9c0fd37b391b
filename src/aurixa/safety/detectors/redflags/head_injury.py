"""Red flags of a blow to the head: a knock, a fall, a tackle, then what it did to the brain.

A head injury is an emergency by what follows it (confusion, vomiting again and again,
the same question asked over and over, drowsiness that deepens, fluid from the ears or
nose, one pupil larger than the other) or by what makes a bleed likely (a blood thinner).
Each rule pairs how the head was hit with one of those signs, both reported now. The blow
is often not told as one to the head ("got tackled at practice", "le dieron un
balonazo"): a tackle, a collision or a crash is then read with the signs that only a
brain hurt gives, not with a headache or a single vomit.
"""

from __future__ import annotations

from aurixa.safety.detectors.redflags.signs import ANTICOAGULANT, CONFUSED

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

# A blow in sport, play or traffic, told without saying it reached the head. Only a crash
# of a vehicle (a computer "crashed" too), and no fight or argument (which "can't remember"
# follows for other reasons).
_IMPACT = (
    r"(?:tackl\w*|collid\w*|collision|head[- ]?butt\w*|head to head|(?:heads|helmets) "
    r"(?:bumped|clashed|collided|knocked)|knocked (?:out|unconscious|cold|silly|down)|out cold|"
    r"concuss\w*|took (?:a |an )?(?:\w+ )?(?:ball|hit|knee|elbow|kick|punch|blow|shot|puck|"
    r"bat|fist) (?:to|in|on) the (?:head|face|temple)|(?:ball|bat|puck|elbow|knee|fist|swing|"
    r"club|racket|stick)\b[^.!?]{0,15}\b(?:hit|struck|smacked|caught|clipped) (?:him|her|me|"
    r"them)\b|hit by (?:a |an |the )?(?:car|truck|van|bus|bike|ball|bat|puck|swing)|(?:car|bike|"
    r"motorcycle|scooter|atv|ski|sledding|skateboard\w*|trampoline) (?:crash|accident|wreck)|"
    r"crashed (?:his|her|my|their|the|a) (?:car|bike|motorcycle|scooter|atv|skateboard)|"
    r"(?:had|took) a (?:bad |hard |nasty |big )?(?:fall|tumble|spill)|"
    r"(?:lo|la|me|le) (?:taclearon|derribaron|tumbaron|noquearon|atropellaron)|noquead[oa]|"
    r"conmocion\w*|(?:balonazo|pelotazo|cabezazo|codazo|rodillazo)|choc\w* (?:de cabeza|con "
    r"otr[oa]|contra)|accidente (?:de|en) (?:carro|coche|auto|moto|bici\w*|patineta))"
)
# One pupil larger than the other: a bleed pressing on the brain. Both pupils wide after an
# eye exam, or a difference someone was born with, is not.
_PUPILS = (
    r"(?:(?:(?:one|his|her|my|their|the) (?:left |right )?pupil|one of (?:his|her|my|their|the) "
    r"pupils)\b[^.!?]{0,25}\b(?:bigger|larger|smaller|wider|more dilated|dilated|blown|huge|"
    r"different|not the same|(?:doesn'?t|won'?t) (?:shrink|react|get smaller))|pupils?\b"
    r"[^.!?]{0,20}\b(?:different|uneven|unequal|one bigger|not the same|mismatched|(?:don'?t|"
    r"do not) match)|blown pupil|(?:una|la) pupila\b[^.!?]{0,25}\b(?:mas grande|mas chica|mas "
    r"pequena|dilatada|diferente|no (?:se )?(?:achica|cierra|reacciona))|pupilas\b[^.!?]{0,20}"
    r"\b(?:de (?:diferente|distinto) tamano|desiguales|diferentes|disparejas|no son iguales))"
    r"(?![^.!?]{0,40}\b(?:since birth|born with|always|for years|eye ?drops|drops|eye exam|"
    r"dilat\w* exam|desde (?:que nacio|siempre|hace anos)|siempre|gotas))"
)
# Drowsiness that deepens: "getting sleepier", "harder to wake", "cada vez más dormido".
_SLEEPIER = (
    r"(?:(?:getting|gets|got|is getting|becoming) (?:more and more |more |really |very |so |"
    r"much )?(?:sleepy|drowsy|sleepier|drowsier|groggy|groggier)|(?:sleepier|drowsier) and "
    r"(?:sleepier|drowsier)|hard(?:er)? (?:and harder )?to (?:wake|keep awake|rouse)|keeps? "
    r"(?:falling asleep|dozing off|nodding off)|(?:can't|cannot|cant) keep (?:his|her|their|my) "
    r"eyes open|cada vez (?:esta |se pone |se ve )?(?:mas )?(?:dormid\w*|somnolient\w*|"
    r"adormilad\w*)|(?:cuesta|cuesta mucho|cuesta trabajo) despertarl[oa]|no (?:puede|puedo) "
    r"mantener los ojos abiertos|se (?:le|me) cierran los ojos|se (?:queda|esta quedando) "
    r"dormid[oa])"
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

# What a blow leaves when it reached the brain: forgetting what happened, vomiting again
# and again, the same questions, fluid from the ears or nose, deepening drowsiness, one
# pupil larger than the other.
_AFTER_BLOW = (
    r"(?:(?:can't|cannot|doesn't|does not|don't|couldn't) remember\b|"
    r"(?:keep|keeps|kept) (?:throwing up|vomiting)|(?:blood|bleeding) (?:from|out of) "
    r"(?:his |her |my |the |their )?ears?|clear (?:fluid|liquid) (?:from|out of) "
    r"(?:his |her |my |the |their )?(?:ears?|nose)|sangre (?:por|del|de los) oidos?|"
    r"(?:le|me) sale (?:sangre|liquido|agua) (?:por|del|de los) oidos?|"
    # Clear fluid from the nose or an ear after a blow is the brain's fluid leaking, in
    # whatever words: "le sale un liquido clarito por la nariz", "clear watery stuff
    # dripping out of his nose".
    r"(?:le|me) (?:sale|salen|escurre|gotea) (?:un |una )?(?:poco de |poquito de )?"
    r"(?:liquido|agua|aguita)(?: clar\w*| transparente)? (?:por|de) (?:la nariz|"
    r"(?:el|los) oidos?)|clear (?:\w+ )?(?:fluid|liquid|water|stuff)\w*\b[^.!?]{0,25}\b(?:nose|"
    r"ears?)|"
    r"vomit\w* (?:again|repeatedly|over and over|several times)|"
    rf"{_VOMITED_AGAIN}|{_REPEATS}|{_PUPILS}|{_SLEEPIER}|"
    r"(?:really|very|so) (?:drowsy|sleepy)|(?:won't|can't|hard to) (?:wake|stay awake)|"
    r"no (?:se acuerda|recuerda|me acuerdo)|(?:no para de|sigue) vomit\w*|"
    r"(?:muy|bien) (?:dormid\w*|dormilon\w*|somnolient\w*))"
)

# A bruise behind the ear or around both eyes after a blow: the base of the skull broken
# (Battle's sign, "raccoon eyes"). It shows hours after the fall, when nothing else may.
_SKULL_BASE = (
    r"(?:(?:bruis\w*|purple|black and blue|discolou?r\w*) (?:\w+ )?(?:behind|around|in back of|"
    r"on the back of) (?:his |her |my |their |the |one |both )?(?:left |right )?ears?|"
    r"raccoon eyes?|"
    r"(?:both|two) (?:black|bruised|purple) eyes|(?:black|bruised|purple) (?:around|under) "
    r"(?:both|his two|her two) eyes|(?:moreton\w*|morad\w*|hematoma\w*) (?:\w+ )?(?:detras|atras) "
    r"de (?:la |las |su |sus |una )?orejas?|ojos de mapache|(?:los )?dos ojos morados)"
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
            rf"{_PUPILS}|{_SLEEPIER}|"
            r"confundid\w*|desorientad\w*|somnolient\w*|(?:muy|bien|super) dormid\w*|"
            r"adormilad\w*|no (?:se )?despierta|no recuerda|vomit\w*|veo doble|"
            r"ve doble|vision doble|(?:agua|liquido) (?:clar[oa] )?(?:por|de) (?:la nariz|"
            r"el oido|los oidos)|sangre (?:por|del|de los) oidos?)",
        ),
        # After a fall, a tackle, a collision or a crash: forgetting what happened, vomiting
        # again and again, the same questions, drowsiness, one pupil larger than the other.
        (rf"(?:{_FALL}|{_IMPACT})", _AFTER_BLOW),
        # Without a helmet, a fall or a crash that leaves someone confused: the head took
        # it unprotected ("se cayo de la moto sin casco, esta desorientado").
        (
            rf"(?:fell|fall(?:en)?|came off|se cayo|me cai|se (?:me|le) cayo|{_IMPACT})",
            r"(?:without (?:a |his |her |my )?helmet|no helmet|sin (?:el )?casco)",
            CONFUSED,
        ),
        # The base of the skull broken, seen as a bruise behind an ear or around both
        # eyes after a blow or a fall ("after the fall he has bruising behind his ear").
        (rf"(?:{_HEAD_HIT}|{_FALL}|{_IMPACT}|fell|fall|falls|se cayo|me cai|caida)", _SKULL_BASE),
        # Blood from an ear after any fall, the head said to be spared or not: the blow
        # that cracks the skull's base is not always felt as one to the head.
        (
            r"(?:(?:fell|fall|falls|fallen)(?! asleep| for\b)|tripped|se cayo|me cai|caida)",
            r"(?:blood|bleeding|sangre)\w* (?:is )?(?:coming |dripping |running |leaking )?(?:from|"
            r"out of|por|del|de los|de su) (?:his |her |my |their |the |su |sus |el |los )?"
            r"(?:left |right )?(?:ears?|oidos?)",
        ),
        # "After the fall" dates the fall, which the history reading takes as over: the
        # bruise it left is read with it, as one sign.
        (
            rf"(?:(?:after|since|from) (?:the|his|her|my|their|that|this|a) (?:fall|accident|"
            rf"crash|tumble)|(?:despues de|desde) (?:la|su|esa) (?:caida|golpe|accidente))"
            rf"\b[^.!?]{{0,40}}{_SKULL_BASE}",
        ),
        (
            rf"{_SKULL_BASE}[^.!?]{{0,40}}\b(?:(?:after|since|from) (?:the|his|her|my|their|that|"
            rf"this|a) (?:fall|accident|crash|tumble)|(?:despues de|desde) (?:la|su|esa) "
            rf"(?:caida|golpe|accidente))",
        ),
        # A head injury on a blood thinner needs a scan whatever the symptoms.
        (_HEAD_HIT, ANTICOAGULANT),
        # One pupil larger than the other in someone whose brain is failing (confused, the
        # same questions, drowsier, vomiting again): pressure on the brain, whether or not
        # the blow was told (a toddler's often is not).
        (
            _PUPILS,
            rf"(?:{CONFUSED}|{_REPEATS}|{_SLEEPIER}|{_VOMITED_AGAIN}|not acting right|"
            r"(?:won't|can't|hard to) wake|slurr\w*|worst headache|no (?:se )?despierta)",
        ),
    ],
}
