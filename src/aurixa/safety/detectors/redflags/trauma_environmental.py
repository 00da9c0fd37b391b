"""Red flags of injury from outside: falls and crashes, burns, electric shock and heat.

They are grouped because each rule pairs a mechanism (a fall from a height, a live wire,
a fire, a hot day) with the injury it leaves (a spine, a deformed limb, a deep or facial
burn, a body that has stopped sweating): the mechanism says how much force or heat there
was, the sign says it reached something that matters.
"""

from __future__ import annotations

from aurixa.safety.detectors.redflags.signs import CONFUSED

# Touching a live wire or a shock from the mains: the current runs through the heart.
_ELECTRIC = (
    r"(?:live wire|exposed wire|bare wire|electric(?:al)? shock|electrocut\w*|"
    r"(?:got|was|been) (?:badly )?(?:shocked|zapped)|shock from (?:a|an|the) (?:outlet|socket|wire|"
    r"fence|panel|line)|touched (?:a|the) (?:live |exposed |bare |power )?(?:wire|line|cable)|"
    r"power line|high voltage|descarga electrica|(?:le|me) dio (?:la )?(?:corriente|toque|"
    r"descarga)|cable (?:pelado|de alta)|se electrocuto)"
)
# A fall, a crash or a dive, before signs that the spine was hurt.
_SPINAL_CAUSE = (
    r"(?:fell|fall(?:en)?|falling|came off|thrown (?:from|off)|dove|dived|diving|crash\w*|"
    r"accident|hit by|landed on (?:his|her|my) (?:head|neck|back)|se cayo|me cai|cayo|caida|"
    r"choque|choco|accidente|atropell\w*|se (?:avento|tiro) un clavado|clavado)"
)
_SPINAL_SIGN = (
    r"(?:(?:can't|cannot|cant|couldn't|unable to|won't) (?:move|feel) (?:his |her |my |their |"
    r"the |both )?(?:legs?|arms?|feet|toes|hands|anything)|(?:legs?|arms?|feet) (?:are |feel |"
    r"went |have gone |is )?(?:numb|dead|paralyz\w*|won't move|not moving)|"
    r"no (?:puede|puedo|siente|siento|le responden|me responden) (?:mover |sentir )?(?:las |sus |"
    r"mis |los )?(?:piernas|brazos|pies)|(?:piernas|brazos|pies) (?:dormid\w*|paralizad\w*|"
    r"sin fuerza))"
)

# An injury, then a limb bent where it should not bend: a fracture to set now.
_INJURED = (
    r"(?:accident\w*|crash\w*|wreck\w*|collision|hit by a car|fell|fall|tackl\w*|"
    r"accidente|choque|choco|chocamos|atropell\w*|se cayo|me cai|caida)"
)
_DEFORMED = (
    r"(?:(?:arm|leg|wrist|ankle|elbow|knee|bone|shin|forearm|brazo|pierna|muneca|tobillo|"
    r"codo|rodilla|hueso)\b[^.!?]{0,40}\b(?:chuec[oa]|torcid[oa]|deform\w*|"
    r"bent (?:the wrong way|backwards|sideways|funny|weird)|at a (?:weird|funny|strange|wrong|"
    r"odd) angle|pointing the wrong way|crooked|doblad[oa] (?:al reves|para atras|raro|feo))|"
    r"bone (?:is )?(?:sticking|poking|coming) (?:out|through)|"
    r"(?:hueso (?:salido|de fuera)|se (?:le |me )?(?:ve|sale) el hueso))"
)


RULES: dict[str, list[tuple[str, ...]]] = {
    "trauma": [
        # A fall, crash or dive, then legs or arms that will not move or feel.
        (_SPINAL_CAUSE, _SPINAL_SIGN),
        (_INJURED, _DEFORMED),
        # A fall from a height with neck or back pain: a spine until shown otherwise.
        (
            r"(?:(?:fell|fallen|came down|se cayo|me cai|cayo)\b[^.!?]{0,20}\b(?:off|from|out of|"
            r"del|de la|de un|de una|desde)\b[^.!?]{0,12}\b(?:roof|ladder|scaffold\w*|balcony|"
            r"tree|window|second floor|stairs|cliff|horse|techo|tejado|azotea|escalera|andamio|"
            r"balcon|arbol|ventana|segundo piso|caballo))",
            r"(?:neck|back|spine|cuello|espalda|columna)\b",
        ),
    ],
    "burn": [
        # An electrical injury with a burn, a heart out of rhythm, a faint or confusion.
        (
            _ELECTRIC,
            r"(?:burn\w*|heart\b[^.!?]{0,25}\b(?:skip\w*|flutter\w*|racing|pounding|"
            r"irregular|weird|funny|jump\w*)|palpitat\w*|passed out|unconscious|knocked out|"
            r"chest|confus\w*|(?:can't|cannot) (?:move|feel)|quemad\w*|quemadura\w*|corazon|"
            r"palpitacion\w*|desmay\w*|confundid\w*|pecho)",
        ),
        # What a deep (full-thickness) burn looks like: white, leathery, waxy or charred
        # skin, or skin that does not hurt because its nerves are gone.
        (
            r"(?:burn(?:ed|t)?\b(?! (?:sensation|feeling|when|pain))|burns (?:on|to|all)|scald\w*|"
            r"caught (?:on )?fire|"
            r"boiling|hot (?:oil|water|grease|metal)|chemical|acid|hirviendo|"
            r"on fire|flames?|fire\b|blaze|quemo|queme|quemad\w*|quemadura\w*|fuego|llamas|"
            r"se (?:le |me )?prendio)",
            r"(?:(?:white|leathery|waxy|charred|blackened)\b[^.!?]{0,15}"
            r"\b(?:patch\w*|skin|area|spot|piel|mancha)|\b(?:skin|patch|area|spot|piel|mancha)\b"
            r"[^.!?]{0,15}\b(?:white|leathery|waxy|charred|blackened|like leather|blanc[oa]|"
            r"negr[oa]|como cuero|acartonad[oa])\b|"
            r"(?:burn|quemadura)\w*\b[^.!?]{0,40}\b(?:leathery|waxy|charred|blackened|like leather|"
            r"white and (?:dry|hard|stiff)|como cuero|acartonad[oa])\b|"
            r"(?:doesn't|does not|doesnt|don't|dont|can't|cant) "
            r"(?:hurt|feel (?:it|anything|a thing))\b(?! (?:much|anymore|any more|too|that|"
            r"as|now))|no (?:le |me )?duele(?! (?:mucho|tanto|ya))|no (?:siente|siento) nada)",
        ),
        # Clothes or hair on fire: a large burn whatever it looks like yet.
        (
            r"(?:(?:clothes|shirt|pants|dress|sleeve|hair|jacket|pajamas|nightgown) (?:caught|"
            r"(?:was|were|went|got) on|set on) fire|se (?:le |me )?prendio (?:la ropa|el pelo|"
            r"la camisa|el pantalon))",
        ),
        (
            r"(?:(?:burn\w*|scald\w*) (?:on |to )?(?:his |her |my |their |the )?(?:face|eyes?|"
            r"mouth|throat)|(?:face|eyes?) (?:is |are |got |was |were )(?:badly )?(?:burn\w*|"
            r"scald\w*)|(?:cara|ojos?|boca) quemad[oa]s?|se (?:le |me )?quemo la cara|"
            r"quemadura\w* en la cara|(?:explo\w*|blew up|flare\w* up|fireball)\b[^.!?]{0,30}"
            r"\b(?:in (?:his|her|my|their) face|en la cara))",
            r"(?:hoarse|voice|breath\w*|cough\w*|soot|blister\w*|explo\w*|fire|flames?|smoke|"
            r"singed|swell\w*|chamusc\w*|ronca|voz|explot\w*|fuego|llamas|humo|ampolla\w*|"
            r"hinch\w*|respir\w*|eyebrows|cejas)",
        ),
        (
            r"(?:singed|burnt|burned|chamuscad\w*|quemad\w*) (?:his |her |my |las |sus )?"
            r"(?:eyebrows|nose hairs?|eyelashes|cejas|pestanas)|"
            r"(?:eyebrows|nose hairs?|eyelashes|cejas|pestanas) (?:are |were |got )?"
            r"(?:singed|burnt|burned|chamuscad\w*|quemad\w*)",
        ),
        (
            r"(?:burn\w*|scald\w*|blister\w*)\b[^.!?]{0,30}\b(?:whole|entire|all over (?:his|her|"
            r"my)|most of (?:his|her|my)) (?:arm|leg|back|chest|body|side|belly|stomach|torso)|"
            r"(?:whole|entire) (?:arm|leg|back|chest|torso) (?:is |got |was )?(?:burn\w*|"
            r"scald\w*|blister\w*)|quem\w*[^.!?]{0,30}\b(?:todo el|toda la) (?:brazo|pierna|"
            r"espalda|pecho|cuerpo|panza)|(?:got|was|been|being|is|has been|were) electrocuted|"
            r"electrocutad[oa]|se electrocuto",
        ),
        (
            r"(?:bleach|acid|chemical|lye|drain cleaner|oven cleaner|cloro|acido|quimico|lejia)"
            r"\b[^.!?]{0,25}\b(?:in|into) (?:his |her |my |the |their )?eyes?\b|"
            r"\b(?:in|into) (?:his |her |my |the |their )?eyes? with (?:\w+ ){0,2}(?:bleach|acid|"
            r"chemicals?|lye|(?:drain |oven )?cleaner)\b|"
            r"(?:cloro|acido|quimico|lejia)\b[^.!?]{0,25}\ben (?:los|sus|mis|el|su|mi) ojos?\b",
        ),
    ],
    "heat": [
        (r"(?:heat ?stroke|sun ?stroke|golpe de calor|insolacion)",),
        (
            r"(?:heat|hot (?:car|day|sun|weather|attic|apartment|house|room|flat)|in the sun|"
            r"outside all day|no (?:ac|a/c|air conditioning)|heat ?wave|ola de calor|"
            r"sin aire acondicionado|"
            r"working outside|sauna|calor|al sol)",
            rf"(?:{CONFUSED}|(?:stopped|not|isn't|is not|no longer) sweating|hot (?:and )?dry|"
            r"collaps\w*|passed out|fainted|seizure|(?:4[0-2](?:[.,]\d)?) ?(?:degrees|°|c\b)|"
            r"10[4-9](?:[.,]\d)? ?(?:degrees|°|f\b)|no (?:suda|esta sudando)|desmay\w*)",
        ),
    ],
}
