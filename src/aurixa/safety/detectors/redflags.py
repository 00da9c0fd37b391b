"""Red flags that take clinical knowledge to recognise, in English and Spanish.

A patient rarely names the emergency ("meningitis", "diabetic ketoacidosis"); they
describe its signs. Each rule below is a set of signs that together mean "call the
emergency number now" in standard triage guidance, and fires only when every sign
is reported as happening now (negation, history, education and hypotheticals are
read by `context.reported_now`, per sign). A rule of one sign is a sign that is an
emergency on its own (vomit like coffee grounds, a rash that does not fade under
pressure, an umbilical cord that can be seen).

The patterns run on folded text (lower case, no accents), so "pañal" is "panal".
"""

from __future__ import annotations

import re

_FEVER = (
    r"(?:fever\w*|febrile|high temp\w*|burning up|"
    r"(?:has|have|got|running|with|and) a (?:high )?temp(?:erature)?\b(?! (?:of|check|reading))|"
    r"(?:temp\w*|thermometer|termometro)\b[^.!?]{0,25}\b(?:3[89]|4[0-2])[.,]\d\b|"
    r"(?:temp\w*|thermometer|termometro)\b[^.!?]{0,25}\b10[0-6](?:[.,]\d)?\b|"
    r"temp(?:erature)? (?:of |is |was |at |reads? |says? )?(?:3[89]|4[0-2]|10[0-6])|"
    r"(?:3[89]|4[0-2])(?:[.,]\d)? ?(?:degrees|°|c\b)|10[0-6](?:[.,]\d)? ?(?:degrees|°|f\b)|"
    r"fiebre|calentura|temperatura (?:alta|de (?:3[89]|4[0-2])))"
)
_CONFUSED = (
    r"(?:confus\w*\b(?! (?:about|by|with|on|as to|regarding|over|why|what|how|which|when|"
    r"whether|if)\b)|disoriented|delirious|(?:isn't|is not|not) making (?:any )?sense|"
    r"doesn't know where (?:she|he|they|i) (?:is|are|am)|confundid\w*|desorientad\w*|"
    r"delirando|dice cosas sin sentido|incoheren\w*|(?:talking|mumbling|saying) (?:total )?"
    r"(?:nonsense|gibberish)|(?:dice|diciendo|habla|hablando) (?:puras )?(?:incoherencias|"
    r"tonterias|cosas raras|disparates))"
)
_YOUNG_INFANT = (
    r"(?:newborn|recien nacid[oa]|(?:[1-9]|[1-8]\d)[- ]days?[- ]old|"
    r"(?:bebe|nin[oa]|hij[oa]) de (?:\d+|pocos) dias\b|"
    r"(?:[0-9]|1[0-2]|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)"
    r"[- ](?:weeks?|wks?)[- ]old|(?:[0-3]|one|two|three)[- ]months?[- ]old|"
    r"de (?:[0-9]|1[0-2]|una|dos|tres|cuatro|cinco|seis) semanas\b|"
    r"de (?:[0-3]|un|dos|tres) mes(?:es)?\b|"
    r"(?:baby|newborn|son|daughter|infant)(?: is| who is)? (?:only |just )?"
    r"(?:[0-9]|1[0-2]|one|two|three|four|five|six|seven|eight|nine|ten) (?:weeks?|wks?)\b|"
    r"(?:bebe|nin[oa]|hij[oa]) (?:de|tiene) (?:solo )?(?:[0-9]|1[0-2]|una|dos|tres|cuatro|"
    r"cinco|seis|siete|ocho) semanas|(?:bebe|nin[oa]|hij[oa]) (?:de|tiene) (?:solo )?"
    r"(?:[0-2]|un|dos) mes(?:es)?)"
)
_DIABETIC = (
    r"(?:diabet\w*|type ?(?:1|one|i)\b|t1d|insulin|blood sugar|glucose|azucar|glucosa|insulina|"
    r"sugar (?:is |was )?(?:low|high|crash\w*|dropp\w*)|hypo\b|"
    r"sugar (?:reading|level|levels|numbers?|meter)|(?:lectura|nivel) de (?:azucar|glucosa))"
)
_ANTICOAGULANT = (
    r"(?:blood thinners?|anticoagul\w*|warfarin|coumadin|eliquis|apixaban|xarelto|rivaroxaban|"
    r"pradaxa|dabigatran|clopidogrel|plavix|heparin|lovenox|enoxaparin|sintrom|acenocumarol|"
    r"anticoagulantes?|adelgazar la sangre)"
)
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
    r"del)|sin casco)"
)

# Pressure held on a wound that neither stops nor slows the bleeding.
_PRESSED = (
    r"(?:pressure|press\w*|push\w* (?:on|down)|holding (?:a |the )?(?:towel|cloth|rag|shirt)|"
    r"held (?:a |the )?(?:towel|cloth|rag)|holding (?:it|pressure))\b[^.!?]{0,40}"
    r"\b(?:won't|wont|doesn't|doesnt|isn't|isnt|not|can't|cant|still (?:not|won't)) "
    r"(?:stop\w*|slow\w*)\b|(?:won't|wont|doesn't|doesnt|isn't|not) (?:stop\w*|slow\w*)\b"
    r"[^.!?]{0,30}\b(?:even )?(?:with|despite|though|after) (?:the |(?:\d+|a few|several|ten|"
    r"fifteen|twenty) ?(?:min\w*|hours?|hrs?) of )?(?:pressure|pressing|i press|we press|"
    r"holding)\b"
)
_WOUND = r"(?:cut|gash|wound|blood|bleed\w*|laceration|slash\w*|stab\w*|chainsaw|saw|knife|glass)"
# A drug taken for effect (named, or "something" at a party, or a spiked drink).
_RECREATIONAL = (
    r"(?:(?:took|taken|taking|did|done|doing|snorted|smoked|injected|shot up|popped|dropped|"
    r"had|used|ate|drank|on)\b(?:\W+\w+){0,3}?\W+(?:molly|mdma|ecstasy|xtc|coke|cocaine|crack|"
    r"meth|crystal|speed|amphetamines?|lsd|shrooms|ketamine|spice|k2|bath salts|pcp|heroin|"
    r"fentanyl|pressies|uppers|downers|street (?:drugs?|pills?))\b|"
    r"(?:took|taken|did|had|was given|popped|tried) (?:something|a pill|some pills|some \w+ pills?)"
    r"\b[^.!?]{0,30}\b(?:party|club|festival|rave|concert|bar|show)|"
    r"(?:party|club|festival|rave|concert)\b[^.!?]{0,40}\b(?:took|did|taken|had|popped|tried) "
    r"(?:something|a pill|some pills)|"
    r"(?:slipped|spiked|put) (?:something )?(?:in|into) (?:her|his|my|their) drink|"
    r"spiked (?:her|his|my|their) drinks?|"
    r"drink (?:was |got )?spiked|"
    r"se (?:metio|tomo|fumo|inyecto|echo) (?:algo|una pasta|coca\w*|cristal|perico|tachas?|"
    r"pastas|drogas?|hielo|foco)|(?:le|me) (?:pusieron|echaron) algo en (?:la|su|mi) "
    r"(?:bebida|copa|trago)|drogad[oa])"
)
_TOXIDROME = (
    r"(?:heart\b[^.!?]{0,20}\b(?:racing|pounding|going crazy|out of (?:his|her|my) chest|"
    r"beating (?:so |really )?fast)|corazon (?:a mil|(?:muy |bien )?acelerado|a todo lo que da)|"
    r"delir\w*|hallucinat\w*|alucin\w*|(?:seeing|hearing) things|viendo cosas|seizure|seizing|"
    r"convuls\w*|burning up|overheat\w*|"
    r"ardiendo|(?:can't|won't|not) (?:wake|respond\w*)|unresponsive|chest pain|"
    r"dolor (?:de|en el) pecho|paranoi\w*|(?:sweat\w*|drenched) (?:a lot|buckets|like crazy|"
    r"so much|everywhere)|suda\w* (?:muchisimo|mucho|a chorros)|no (?:reacciona|responde)|"
    r"confus\w*|confundid\w*|incoheren\w*|(?:jaw|teeth) (?:clench\w*|grind\w*)|"
    r"(?:breathing|breath) (?:is )?(?:slow|shallow|weird)|pinpoint|blue lips)"
)
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
_MEDICINE_NAMES = (
    r"(?:pills|tablets|capsules|caplets|gummies|tylenol|acetaminophen|paracetamol|ibuprofen|"
    r"advil|motrin|aspirin|aleve|benadryl|xanax|percocet|oxy\w*|melatonin|sleeping pills|"
    r"pastillas|pildoras|tabletas|capsulas)"
)
# A young child: the one who gets at medicines left within reach.
_SMALL_CHILD = (
    r"(?:toddler|baby|little one|[1-5] ?(?:year|yr)s?[- ]old|[1-5] ?(?:yo|y/o|yrs?)\b|"
    r"\d+ ?(?:month|mo)s?[- ]old|bebe|nin[oa] de (?:[1-5]|un|dos|tres|cuatro|cinco) anos?|"
    r"(?:hij[oa]|nin[oa]|niet[oa]) de (?:[1-5]|un|dos|tres|cuatro|cinco) anos?)"
)
# Fainting, and a racing or pounding heart: an arrhythmia until shown otherwise.
_FAINTED = (
    r"(?:fainted|passed out|blacked out|lost consciousness|collapsed|me (?:desmaye|desmayo|"
    r"desvaneci|priv\w*)|se (?:desmayo|desvanecio|privo)|perd\w* el conocimiento|"
    r"(?:about to|going to|gonna|like i'?m going to) (?:faint|pass out)|"
    r"(?:me )?(?:voy|iba|va|iba) a desmayar(?:me)?)"
)
_PALPITATIONS = (
    r"(?:heart\b[^.!?]{0,20}\b(?:racing|pounding|fluttering|flutter\w*|skipping|"
    r"going (?:a mile a minute|crazy|so fast)|beating (?:really |so |very |super )?"
    r"(?:fast|hard|weird|irregular\w*))|palpitations|"
    r"(?:se (?:me|le) )?acelera\w* (?:mucho )?el corazon|"
    r"corazon\b[^.!?]{0,20}\b(?:latia|late|latiendo|acelerad\w*|rapidisimo|muy rapido|a mil|"
    r"brinca\w*|brincando|galopando|desbocado)|palpitaciones)"
)
# Blood pressure low enough to mean shock: a systolic under 90, or said to be very low.
_LOW_BP = (
    r"(?:(?:bp|blood pressure|pressure|cuff|presion|tension)\b[^.!?]{0,25}\b[4-8]\d "
    r"?(?:/|over|sobre) ?\d{2}\b|"
    r"(?:bp|blood pressure|presion|tension)\b[^.!?]{0,10}\b(?:(?:really|very|super|dangerously|"
    r"so) low|(?:dropped|crashed|tanked|plummeted)|muy baja|bajisima|por los suelos))"
)
# A wound or redness spreading by the hour.
_SPREADING = (
    r"(?:(?:red\w*|wound|cut|bite|incision|scrape|swelling|skin|area|infection|herida|"
    r"rojez\w*|enrojecimiento|piel|mordida|hinchazon)\b[^.!?]{0,40}\b(?:spread\w*|grow\w*|"
    r"getting bigger|moving up|se (?:esta )?(?:extend\w*|expand\w*|corre|pasa))\b"
    r"[^.!?]{0,20}\b(?:fast|quick\w*|rapid\w*|by the hour|every hour|in hours|so much|"
    r"rapido|rapidisimo|muy rapido|cada hora)|spreading (?:really |very |super )?"
    r"(?:fast|quickly|rapidly))"
)

# A limb the person cannot feel; the "no" is inside the sign, so it is not a negation.
_LIMB_UNFELT = (
    r"(?:no (?:siento|siente) (?:el |la |mi |su )?(?:brazo|pierna|mano|cara|lado)|"
    r"(?:can't|cannot|cant) feel (?:my|his|her|their|the) (?:arm|leg|hand|face|side)|"
    r"se (?:le|me) (?:durmio|entumio|adormecio) (?:el |la |su |mi )?(?:brazo|pierna|mano|cara))"
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

# subtype -> rules; a rule is the signs that must all be reported now.
RULES: dict[str, list[tuple[str, ...]]] = {
    "gi_bleeding": [
        # Vomit like coffee grounds is digested blood: an upper GI bleed.
        (
            r"(?:coffee[- ](?:grounds?|granules|grinds)\b[^.!?]{0,40}\b(?:vomit\w*|throw\w* up|"
            r"threw up|puk\w*)|"
            r"(?:vomit\w*|throw\w* up|threw up|threw|puk\w*|bring\w* up)\b[^.!?]{0,50}"
            r"coffee[- ](?:grounds?|granules|grinds)|(?:posos|borra|asiento|cuncho)s? de cafe|"
            r"blood in (?:his|her|my|the) (?:vomit|puke|sick)|"
            r"vomit\w* (?:con )?sangre|devolv\w* (?:con )?sangre|vomit\w* (?:bright )?red)",
        ),
        # Black, tarry stool is a bleed higher up; with a blood thinner or with
        # dizziness, faintness or pallor it is a bleed to treat now.
        (
            r"(?:(?:black|tarry|tar-?like|jet black|dark red|maroon)\b[^.!?]{0,20}\b(?:stool|"
            r"poop|poo|bowel movements?|diarrh\w*|bm)s?|"
            r"(?:stool|poop|poo|bowel movement)s?\b[^.!?]{0,20}"
            r"\b(?:black|like tar|tarry|tar-like)|(?:heces|caca|popo|evacuaciones|excremento) "
            r"(?:\w+ )?(?:negr\w*|como (?:chapopote|alquitran|brea)))",
            rf"(?:{_ANTICOAGULANT}|dizzy|light-?headed|faint\w*|passed out|pale|weak|wobbly|"
            r"mare\w*|palid\w*|desmay\w*|debil)",
        ),
        (rf"{_ANTICOAGULANT}", r"(?:vomit\w*|throw\w* up|threw up|cough\w* up) (?:up )?blood"),
        # A toilet full of blood is a bleed whatever its colour.
        (
            r"(?:(?:toilet|bowl|toilet water) (?:is |was )?(?:full of|filled with|red with) "
            r"(?:bright red |dark )?blood|(?:lots of|a lot of|so much|loads of) "
            r"(?:bright red )?blood (?:in|from) (?:my|his|her|the) (?:stool|poop|toilet|bottom|"
            r"rectum|butt)|"
            r"(?:inodoro|taza|escusado) (?:llen[oa]|lleno) de sangre|mucha sangre (?:en|por) "
            r"(?:el|la|las|mis|sus) (?:heces|popo|excremento|recto|inodoro))",
        ),
    ],
    "unresponsive": [
        # Found down and not answering: "found my mom on the kitchen floor, her eyes are
        # open but she doesn't answer me".
        (
            r"(?:found (?:him|her|them|my \w+|\w+)\b[^.!?]{0,25}\b(?:(?:on|in) (?:the|his|her|"
            r"their) (?:\w+ )?(?:floor|ground|bathroom|bath|tub|car|truck|bed|yard|garden|"
            r"driveway|garage)|slumped|face ?down|collapsed|crumpled|sprawled|keeled)|"
            r"(?:lying|laying|collapsed|slumped) on the (?:\w+ )?(?:floor|ground)|"
            r"(?:slumped|hunched|keeled|crumpled) over|face ?down (?:on|in)|"
            r"encontre a (?:mi|su) \w+ (?:tirad[oa] )?en el (?:suelo|piso|bano|carro|coche)|"
            r"(?:lo|la) encontre (?:tirad[oa]|desplomad[oa]|desmayad[oa]|inconsciente|boca abajo)|"
            r"(?:tirad[oa]|desplomad[oa]) en el (?:suelo|piso))",
            r"(?:(?:doesn't|does not|won't|will not|isn't|is not|not|can't|cannot|wont|doesnt|"
            r"isnt) (?:answer\w*|respond\w*|wake|waking|mov\w*|talk\w*|react\w*|get up)|"
            r"no (?:contesta|responde|reacciona|se mueve|despierta|habla)|"
            r"eyes (?:are )?(?:half[- ])?open but|(?:glassy|blank|staring|vacant) (?:eyes|stare)|"
            r"breath\w* (?:is |are )?(?:weird|funny|strange|snor\w*|gurgl\w*|slow|shallow)|"
            r"(?:snoring|gurgling) (?:sounds?|noises?))",
        ),
    ],
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
            r"no (?:se acuerda|recuerda|me acuerdo)|(?:no para de|sigue) vomitando|"
            r"(?:muy|bien) (?:dormid\w*|somnolient\w*))",
        ),
        # A head injury on a blood thinner needs a scan whatever the symptoms.
        (_HEAD_HIT, _ANTICOAGULANT),
    ],
    "meningitis": [
        (
            _FEVER,
            r"(?:stiff (?:neck|neck)|neck (?:is |feels |was |got |has gone )?(?:\w+ )?(?:stiff|"
            r"rigid)|(?:can't|cannot|cant|unable to|won't) (?:bend|move|touch|put) "
            r"(?:his |her |my )?(?:neck|chin|head down)|"
            r"no puede (?:bajar|doblar|agachar) la cabeza|"
            r"(?:cuello|nuca) (?:rigid[oa]|ties[oa]|dur[oa])|rigidez (?:de|en el) (?:cuello|nuca)|"
            r"no puede (?:doblar|bajar|mover) el cuello)",
        ),
        # Headache with light that hurts and a stiff neck, fever or not.
        (
            r"(?:headache|head (?:is )?(?:pounding|killing)|dolor de cabeza|(?:me|le) duele "
            r"(?:mucho |muchisimo )?la cabeza)",
            r"(?:(?:can't|cant|cannot) (?:stand|look at|bear|handle|tolerate) (?:the )?light\w*|"
            r"light\w* (?:hurts?|is painful|bothers)|photophob\w*|(?:le|me) molesta la luz|"
            r"no (?:soporta|aguanta) la luz)",
            r"(?:stiff (?:neck|neck)|neck (?:is |feels |was |got )?(?:\w+ )?(?:stiff|rigid)|"
            r"(?:cuello|nuca) (?:rigid[oa]|ties[oa]|dur[oa]))",
        ),
        # A bulging soft spot in a baby is raised pressure in the head.
        (
            r"(?:(?:bulging|swollen|tense|raised|puffy) (?:soft spot|fontanel\w*)|(?:soft spot|"
            r"fontanel\w*) (?:is |looks |seems |feels )?(?:bulging|swollen|tense|raised|puffy)|"
            r"mollera (?:abultada|hinchada|inflamada|levantada|tensa)|fontanela (?:abultada|"
            r"hinchada|tensa))",
        ),
        # A rash that does not fade under pressure (the glass test) is meningococcal
        # sepsis until shown otherwise.
        (
            r"(?:(?:rash|spots?|dots|marks|blotches|manchas|manchitas|puntitos|puntos|ronchas)\b"
            r"[^.!?]{0,60}\b(?:(?:doesn't|does not|don't|do not|won't|didn't|isn't|aren't|not) "
            r"(?:fade|go away|disappear|blanch|go white|turn white)\w*(?: when| under| if| with)|"
            r"no (?:se )?(?:quitan|quita|desaparecen|desaparece|borran|blanquean|palidecen|"
            r"aclaran)\w* (?:al|cuando|con)\b)|non-?blanching|petechia\w*|purpura\w*)",
        ),
        (
            _FEVER,
            r"(?:purple|dark red) (?:rash|spots|blotches|dots)|"
            r"(?:manchas|manchitas|puntitos|ronchas) (?:morad\w*|rojo oscuro)",
        ),
    ],
    "sepsis": [
        # Mottled skin with a floppy, drowsy or breathless person or a fever.
        (
            r"(?:mottled|marbled|blotchy (?:purple|blue|grey|gray)|piel (?:moteada|marmorea|"
            r"jaspeada)|manchas moradas en la piel)",
            rf"(?:{_FEVER}|floppy|limp|lethargic|hard to wake|(?:won't|can't|cant) wake|drowsy|"
            r"(?:very|really|so) sleepy|breath\w*|cold (?:hands|feet|legs)|decaid\w*|aguadit\w*|"
            r"no (?:despierta|reacciona)|respir\w*)",
        ),
        # Fever with chemotherapy, sickle cell disease or no spleen is sepsis until shown
        # otherwise.
        (
            r"(?:chemo\w*|quimio\w*|neutropeni\w*|sickle|falciforme|drepanocit\w*|"
            r"no spleen|spleen removed|sin bazo)",
            _FEVER,
        ),
        (
            rf"(?:{_FEVER}|infection|infected|uti|pneumonia|cellulitis|after (?:his |her |my )?"
            r"surgery|infeccion|infectad\w*|neumonia)",
            rf"(?:{_CONFUSED}|mottled|blotchy (?:skin|legs|arms)|(?:hasn't|has not|haven't|"
            r"have not) (?:peed|urinated|had a wee)|not (?:peeing|urinating)|"
            r"(?:shaking|shivering) uncontrollably|uncontrollable (?:shaking|shivering)|rigors|"
            r"(?:very|really|extremely|so) (?:drowsy|lethargic)|hard to wake|"
            r"no ha (?:orinado|hecho pipi)|piel (?:moteada|marmorea|jaspeada))",
        ),
        (
            rf"(?:{_FEVER}|infection|infected|uti|pneumonia|cellulitis|antibiotics|infeccion|"
            r"infectad\w*|neumonia|antibioticos)",
            _LOW_BP,
        ),
        # Necrotising infection: a wound spreading fast that turns dark or blisters, or
        # whose pain is far worse than it looks; or spreading fast with a fever.
        (
            _SPREADING,
            rf"(?:black\w*|purpl\w*|dusky|grey\w*|gray\w*|dark (?:red|purple|blue)|blister\w*|"
            r"crackl\w*|negr\w*|morad\w*|ampolla\w*|pain\b[^.!?]{0,20}\b(?:way |much |far )?"
            r"(?:worse|more) than (?:it looks|it should|the wound)|dolor\b[^.!?]{0,20}\bmucho "
            rf"(?:peor|mas fuerte) de lo que se ve|{_FEVER})",
        ),
        (r"\bsepsis\b|\bseptic\b|\bsepticemia\b|\bsepticemi\w*",),
    ],
    "diabetic": [
        # Hypoglycaemia: a diabetic who is confused, drowsy or not answering.
        (
            _DIABETIC,
            rf"(?:{_CONFUSED}|(?:won't|can't|cant) (?:wake|respond)|unresponsive|passed out|"
            r"slurr\w*|acting (?:drunk|strange|weird|funny)|seizure|slumped|"
            r"(?:can't|cant|cannot|won't|isn't|not|doesn't) (?:answer\w*|talk\w*|respond\w*) "
            r"(?:me |us )?(?:properly|right|normally|straight|clearly)|incoheren\w*|"
            r"not (?:himself|herself)|hard to wake|no tiene sentido|no reacciona|"
            r"no (?:me |nos |le )?(?:contesta|responde|habla) bien|"
            r"desmay\w*)",
        ),
        # Ketoacidosis: a diabetic with fruity breath, ketones, fast deep breathing, or
        # vomiting with a high sugar.
        (
            _DIABETIC,
            r"(?:fruity|smells? (?:like|of) (?:fruit|nail polish|acetone|pear drops)|"
            r"huele a (?:fruta|acetona|manzana)|ketones? (?:are |is )?(?:high|large|moderate|"
            r"positive|dark)|(?:high|large|moderate) ketones|cetonas (?:altas|positivas)|"
            r"breath\w* (?:is |are |has been |'s )?(?:really |very |so |super )?(?:fast|deep|hard|"
            r"heavy)|"
            r"(?:fast|deep|heavy|rapid) breath\w*|respir\w* (?:muy )?(?:rapido|profundo|agitad\w*)|"
            r"(?:vomit\w*|throw\w* up|can't keep (?:anything|food|water|fluids) down)[^.!?]{0,40}"
            r"\b(?:sugar|glucose|reading)\b[^.!?]{0,15}\b(?:high|[3-9]\d\d)\b)",
        ),
        (
            _DIABETIC,
            r"(?:sugar|glucose|reading|meter|azucar|glucosa|glucometro|medidor)\b[^.!?]{0,20}"
            r"\b(?:high|alta|[4-9]\d\d|hi)\b",
            r"(?:vomit\w*|throw\w* up|threw up|can't keep (?:anything|food|water|fluids) down|"
            r"(?:stomach|belly|abdominal) pain|drowsy|vomit\w*|no retiene|dolor de (?:panza|"
            r"estomago|barriga))",
        ),
        # A meter that reads "HI" or "LO" is off its scale; a reading in the 20s-40s
        # (mg/dL) is severe hypoglycaemia.
        (
            r"(?:meter|glucometer|monitor|cgm|reader|medidor|glucometro|aparato)\b[^.!?]{0,15}"
            r"\b(?:says|said|reads|read|shows|showing|showed|dice|marca|muestra) "
            r"['\"]?(?:hi|lo|high|low)\b|"
            # The reading itself saying HI or LO is the meter off its scale too.
            r"(?:reading|lectura)\b[^.!?]{0,10}\b(?:says|said|shows|showed|dice|marca|muestra) "
            r"['\"]?(?:hi|lo)\b",
        ),
        (
            r"(?:sugar|glucose|bg|meter|azucar|glucosa|glucometro|medidor)(?: level)? "
            r"(?:me |le )?"
            r"(?:is |was |at |of |reads? |says? |shows? |dropped to |down to |marca |dice |"
            r"esta en |de |en )?(?:only |just |like |around |about )?(?:[2-4]\d)\b"
            r"(?! ?(?:points|percent|%|years|yrs|minutes|mins|units|carbs|grams|g\b|mmol))",
        ),
    ],
    "carbon_monoxide": [
        # Several people in one home with headache, nausea or dizziness, and a fuel
        # burner running: carbon monoxide until shown otherwise.
        (
            r"(?:gas (?:heater|stove|fire|fireplace|boiler|furnace|generator)|generator|furnace|"
            r"boiler|space heater|(?:charcoal|grill|bbq|barbecue|brasero)\b[^.!?]{0,20}"
            r"\b(?:inside|indoors|adentro)|wood ?stove|fireplace|(?:co|carbon monoxide) "
            r"(?:alarm|detector)|(?:alarm|detector) (?:is |was |keeps )?(?:going off|beeping|"
            r"chirping|sounding)|calentador|calefactor|estufa|boiler|generador|"
            r"(?:alarma|detector) de (?:monoxido|co|gas))",
            r"(?:headaches?|dizz\w*|nause\w*|sick|vomit\w*|drowsy|sleepy|sluggish|confus\w*|"
            r"dolor(?:es)? de cabeza|mare\w*|nausea\w*|somnolient\w*)",
            r"(?:whole family|family|everyone|all of us|we all|we're all|both of us|the kids|"
            r"my kids|the children|whole house|even the (?:dog|cat)|all feel|all have|"
            r"we (?:both )?(?:have|feel|woke)|todos|toda la familia|los ninos|hasta el perro)",
        ),
        # An alarm sounding and anyone with symptoms.
        (
            # "The alarm went off" alone may be the alarm clock: a detector or the gas is named.
            r"(?:(?:co|carbon monoxide|monoxido(?: de carbono)?) (?:alarm|detector|alarma)s?|"
            r"(?<!smoke )detectors?|(?:alarma|detector) de (?:monoxido|co|gas))\b"
            r"[^.!?]{0,15}\b(?:going off|went off|goes off|beeping|sounding|alarming|sono|"
            r"esta sonando|suena)",
            r"(?:headaches?|dizz\w*|nause\w*|vomit\w*|drowsy|confus\w*|passed out|faint\w*|"
            r"dolor(?:es)? de cabeza|mare\w*|nausea\w*|desmay\w*)",
        ),
        # Bleach mixed with ammonia or acid gives off chlorine or chloramine gas.
        (
            r"(?:mix\w*|combin\w*|mezcl\w*)\b[^.!?]{0,20}\b(?:bleach|cloro|lejia)\b[^.!?]{0,25}"
            r"\b(?:ammonia|vinegar|acid|toilet|cleaner|amoniaco|vinagre|acido|limpiador)|"
            r"(?:mix\w*|combin\w*|mezcl\w*)\b[^.!?]{0,20}\b(?:ammonia|vinegar|amoniaco|vinagre)"
            r"\b[^.!?]{0,25}\b(?:bleach|cloro|lejia)",
            r"(?:cough\w*|breath\w*|chest|wheez\w*|throat|eyes? (?:burn|sting)\w*|dizz\w*|tos\w*|"
            r"respir\w*|pecho|garganta|ahog\w*|mare\w*)",
        ),
        (
            r"(?:inhaled|breathed in|breathing in|inhale\w*|respir\w*|inhal\w*)\b[^.!?]{0,25}"
            r"\b(?:fumes|smoke|chemicals?|gas|humo|gases|vapores|quimicos?)",
            r"(?:can't stop cough\w*|(?:trouble|hard|difficult\w*|struggling) (?:to )?breath\w*|"
            r"wheez\w*|chest (?:burns?|hurts?|tight)|confus\w*|passed out|"
            r"no (?:para|deja) de toser|le cuesta respirar|me cuesta respirar|hoarse|"
            r"voz ronca|ronc[oa]|tose\w*|cough\w* (?:up )?(?:black|soot)|soot|hollin)",
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
    "obstetric": [
        (
            r"(?:pregnant|pregnancy|weeks along|embarazada|embarazo|gave birth|giving birth|"
            r"after delivery|postpartum|di a luz|dar a luz|dio a luz|parto|"
            r"positive (?:pregnancy )?test|"
            r"(?<!for )(?<!last )(?<!past )\b(?:[1-3]\d|4[0-2]) (?:weeks|wks)\b(?! (?:old|ago|late|"
            r"behind|straight|now|in a row))|"
            r"(?:i'?m|she'?s|i am|she is|we'?re) (?:\d{1,2}|[a-z]+(?:[- ][a-z]+)?) weeks\b"
            r"(?! (?:old|ago|late|behind))|(?:tengo|tiene|estoy de|esta de) \d{1,2} semanas\b"
            r"(?! de nacid)|"
            r"prueba (?:de embarazo )?positiva)",
            r"(?:bleeding|blood|gush\w*|sangr\w*|hemorragia|(?:severe|terrible|bad|awful|worst|"
            r"pounding) headache|blurr\w* vision|vision (?:is )?(?:blurry|blurred|spotty)|"
            r"seeing (?:spots|stars|flash\w*|lights|sparkles)|flashing lights|"
            r"(?:face|hands) (?:and (?:hands|face|feet) )?(?:are |is )?(?:really |very |so )?"
            r"(?:swollen|puffy|swelling)|water broke|se me rompio la fuente|"
            r"dolor de cabeza (?:muy )?(?:fuerte|terrible|horrible|intenso)|vision borrosa|"
            r"(?:me|le) duele (?:mucho|muchisimo|horrible) la cabeza|"
            r"veo (?:lucecitas|luces|destellos|puntitos|manchas|borroso|estrellitas)|"
            r"(?:cara|manos) (?:y (?:las )?(?:manos|cara|pies) )?(?:bien |muy )?hinchad\w*|"
            r"(?:severe|terrible|unbearable|worst|really bad|horrible|sharp) (?:\w+ )?"
            r"(?:pain|cramp\w*)\b[^.!?]{0,30}\b(?:one side|left side|right side|lower|belly|"
            r"abdomen|pelvi\w*|stomach|tummy)|shoulder tip pain|fainted|passed out|"
            r"collapsed|dolor (?:muy )?(?:fuerte|intenso|horrible) (?:de un lado|en el vientre|"
            r"en la panza|abajo)|baby (?:hasn't|has not|isn't|is not|stopped|not|hasnt|isnt) "
            r"(?:been )?(?:mov\w*|kick\w*)|(?:haven't|have not|havent|can't|cant|don't) "
            r"(?:felt|feel) (?:the |my )?baby (?:move|kick)|no (?:siento|he sentido) (?:al|a mi) "
            r"bebe|(?:el )?bebe no se (?:mueve|ha movido))",
        ),
        # A cord that can be seen, or a birth under way, will not wait for a clinic.
        (
            r"(?:(?:see|feel|seeing|feeling|there'?s|is) (?:the )?(?:umbilical )?cord\b|"
            r"cord (?:is )?(?:coming|hanging|sticking) out|cordon umbilical|"
            r"(?:baby'?s? )?head is (?:coming out|crowning|out)|crowning|"
            r"baby is coming (?:now|out|right now)|(?:need|needs|urge) to push|"
            r"ya (?:viene|sale|esta saliendo) (?:el|la) (?:bebe|cabeza)|se ve la cabeza)",
        ),
    ],
    "infant_fever": [
        # Any fever under three months.
        (
            _YOUNG_INFANT,
            rf"(?:{_FEVER}|hot to the touch|(?:muy |bien |super )?calient\w*|ardiendo|hirviendo|"
            r"(?:feels|is|felt|seems|feel) "
            r"(?:really |very |so |super |a bit |kind of )?(?:hot|warm))",
        ),
    ],
    "infant": [
        # A young infant who is floppy, hard to wake or will not feed.
        (
            _YOUNG_INFANT,
            r"(?:lethargic|floppy|limp|decaid\w*|aguadit\w*|letargic\w*|hard to wake|"
            r"(?:won't|can't|cant|not) (?:wake|waking)|no (?:se )?despierta|"
            r"(?:won't|not|isn't|refus\w*)\b[^.!?]{0,10}\b(?:feed\w*|eat\w*|the bottle)|"
            r"no quiere (?:comer|mamar|tomar (?:el )?(?:pecho|biberon|leche))|muy dormid\w*|"
            r"casi no (?:come|mama|despierta)|no (?:come|mama) (?:nada|bien)|very sleepy|"
            r"(?:barely|hardly) (?:feeding|eating|waking))",
        ),
    ],
    "dehydration": [
        # Vomiting or diarrhoea with no urine, a sunken soft spot or no tears.
        (
            r"(?:diarrh\w*|vomit\w*|throw\w* up|threw up|diarrea|vomit\w*|stomach bug)",
            r"(?:no wet diapers?|(?:hasn't|has not|hasnt|haven't|not) (?:had a )?(?:wet|peed|"
            r"urinated|wet (?:a|his|her) diaper)|no (?:pee|urine)|sunken|"
            r"no ha (?:mojado|orinado|hecho pipi)|panal seco|hundid[oa]|(?:cries|crying) "
            r"(?:with )?(?:no|without) tears|no tears|(?:llora )?sin lagrimas|"
            r"(?:very|really|super) (?:sleepy|drowsy|lethargic)|won't drink anything|"
            r"no quiere (?:tomar|beber) nada)",
        ),
        (
            r"(?:sunken (?:soft spot|fontanel\w*)|(?:soft spot|fontanel\w*) (?:is |looks )?"
            r"sunken|mollera hundida|fontanela hundida)",
        ),
    ],
    "abdominal": [
        # Green (bile) vomit is a blocked bowel; severe belly pain that stops a person
        # standing is a surgical abdomen.
        (
            r"(?:(?:vomit\w*|throw\w* up|threw up|puk\w*|being sick)\b[^.!?]{0,15}\b(?:green|"
            r"bile)|green (?:vomit|bile|sick)|vomit\w* verde|(?:vomito|devuelve) (?:algo )?verde)",
        ),
        (
            r"(?:(?:unbearable|excruciating|severe|worst|terrible|horrible|agonizing|insoportable|"
            r"muy fuerte|horrible)\b[^.!?]{0,25}\b(?:stomach|belly|abdominal|tummy|abdomen|panza|"
            r"estomago|barriga|vientre)|(?:stomach|belly|abdominal|tummy|abdomen)\b[^.!?]{0,20}"
            r"\b(?:is |are )?(?:unbearable|excruciating|severe|agonizing|terrible|horrible|"
            r"killing me)|dolor de (?:panza|estomago|barriga) "
            r"(?:insoportable|horrible|muy fuerte))",
            r"(?:(?:can't|cannot|unable to|cant) (?:stand|straighten|walk|move|sit still|get up)|"
            r"doubled over|curled up in a ball|no (?:puede|puedo) (?:pararse|pararme|caminar|"
            r"enderezar\w*|mover\w*))",
        ),
        # A blocked bowel: nothing passed (no stool, no wind), vomiting, and a belly that
        # is swollen or very painful.
        (
            r"(?:(?:haven'?t|hasn'?t|has not|have not|havent|hasnt|not|can'?t|cannot|cant|"
            r"unable to|no) (?:been able to )?(?:pooped|poop|pass\w* (?:gas|wind|stool|"
            r"anything)|"
            r"fart\w*|had a (?:bowel movement|bm|poo)|gone (?:number two|to the bathroom))|"
            r"no (?:he|ha|hemos|han|puede|puedo|podido) (?:podido )?(?:hecho popo|hacer popo|"
            r"evacuad\w*|evacuar|obrad\w*|obrar|ido al bano|ir al bano|hecho del bano|"
            r"ido del cuerpo|echado (?:gases|pedos)|"
            r"echar (?:gases|pedos)|sacado gases|sacar gases)|ni (?:gases|pedos))",
            r"(?:vomit\w*|throw\w* up|threw up|thrown up|puk\w*|can'?t keep (?:anything|food|"
            r"water) down|devuelve|devolviendo)",
            r"(?:swollen|distended|bloated|hard|tight|drum|severe|terrible|excruciating|"
            r"unbearable|horrible|killing (?:me|him|her)|hinchad\w*|inflamad\w*|tambor|"
            r"dur(?:[oa]|isim[oa])|"
            r"duele (?:mucho|muchisimo|horrible)|"
            r"(?:muy )?fuerte|insoportable)",
        ),
        # A belly hard as a board is peritonitis.
        (
            r"(?:belly|stomach|tummy|abdomen|panza|barriga|estomago|vientre)\b[^.!?]{0,30}"
            r"\b(?:hard|rigid|dura|duro|rigid[oa]|tiesa|tieso) (?:as|like|como) (?:a |una |un )?"
            r"(?:board|rock|tabla|piedra)|board-?like",
        ),
        # Pain low on the right with a fever: appendicitis until shown otherwise.
        (
            r"(?:(?:(?:low(?:er)?|bottom)\b[^.!?]{0,12}\bright|right (?:lower|bottom))\b"
            r"[^.!?]{0,30}\b(?:belly|abdomen|stomach|tummy|side|groin|quadrant)|(?:belly|abdomen|stomach|tummy)"
            r"\b[^.!?]{0,20}\b(?:lower|bottom) right|(?:lado|parte) (?:derech[oa] )?(?:de )?abajo "
            r"(?:a la |del lado )?derech[oa]|abajo (?:a la|del lado) derech[oa]|"
            r"(?:panza|barriga|estomago|vientre|abdomen)\b[^.!?]{0,20}\b(?:lado|parte) derech[oa]|"
            r"right side of (?:my|his|her|the) (?:belly|tummy|stomach|abdomen))",
            _FEVER,
        ),
        # Sudden severe testicular pain is torsion until shown otherwise.
        (
            r"(?:(?:sudden|severe|terrible|really bad|excruciating|horrible|awful|worst|bad)"
            r"\b[^.!?]{0,25}\b(?:pain|ache|hurt\w*)\b[^.!?]{0,20}\b(?:testicles?|testis|"
            r"(?:his|my) balls|scrotum|groin)|(?:testicles?|testis|scrotum)\b[^.!?]{0,30}\b"
            r"(?:sudden\w*|severe|swollen|really hurts|hurts so bad|excruciating|killing)|"
            r"testicular torsion|dolor (?:muy )?(?:fuerte|intenso|repentino|horrible|terrible) "
            r"en (?:el|los|un|sus?) testicul\w*|testicul\w*[^.!?]{0,30}\b(?:hinchad\w*|"
            r"dolor (?:muy )?(?:fuerte|horrible|intenso)))",
        ),
    ],
    "overdose_poisoning": [
        # A count of tablets said after the medicine: "taking tylenol all day ... she
        # says like 20 of them". Ten or more at once is an overdose whoever took them.
        (
            r"(?:took|taken|taking|swallowed|had|popped|downed|ate|eaten|chewed|se tomo|tomo|"
            r"se trago|trago|se comio|se tomaron|me tome)\b(?:\W+\w+){0,4}?\W+(?:pills?|tablets?|"
            r"capsules?|caplets?|meds|medicines?|medications?|gummies|vitamins?|tylenol|"
            r"acetaminophen|paracetamol|ibuprofen|advil|motrin|aspirin|aleve|benadryl|"
            r"sleeping pills|xanax|oxy\w*|percocet|antidepressants?|iron|melatonin|bottle|"
            r"of them|of those|pastillas?|pildoras?|tabletas?|capsulas?|medicinas?|frasco)\b",
            r"(?:(?:like|about|around|maybe|at least|almost|nearly|over|como|unas|unos|mas de) )?"
            r"(?:[1-9]\d|ten|twelve|fifteen|twenty|thirty|forty|fifty|a dozen|dozens|diez|doce|"
            r"quince|veinte|treinta|cuarenta) (?:of (?:them|those|these|her \w+|his \w+|my \w+|"
            rf"the \w+)|(?:\w+ )?{_MEDICINE_NAMES}|de ellas)\b"
            r"(?! (?:a|per|each|every) (?:day|week|month)| (?:daily|a day|al dia|"
            r"diarias|por dia|left|remaining|prescribed|in (?:the|a) (?:bottle|box|pack)))",
        ),
        # A small child who got at a pill box or bottle with pills missing: count them
        # as swallowed.
        (
            _SMALL_CHILD,
            r"(?:pill ?(?:organi[sz]er|box|case|bottle|container|dispenser)|(?:medicine|pill|"
            r"prescription|vitamin) (?:bottle|cabinet|box|packet)|blister pack|pastillero|"
            r"(?:pills|tablets|pastillas)\b[^.!?]{0,15}\b(?:scattered|all over|on the floor|"
            r"tiradas|regadas|en el piso|en el suelo)|"
            r"(?:frasco|bote|caja|cajita) de (?:pastillas|medicin\w*|medicamentos?|vitaminas)|"
            # Any container of medicine the child got open: "my open bottle of iron pills".
            r"(?:open|opened|unscrewed|uncapped)\b[^.!?]{0,25}\b(?:bottle|container|jar|tub|box|"
            r"pack\w*|case|tube|sleeve)\b|(?:bottle|container|jar|tub|box|pack\w*|sleeve|tube) of "
            rf"(?:\w+ ){{0,2}}(?:{_MEDICINE_NAMES}|meds|medicines?|vitamins|iron)\b|"
            r"(?:frasco|bote|caja|envase|paquete)\b[^.!?]{0,20}\babiert[oa])",
            r"(?:missing|gone|empty|emptied|chewed|(?:can'?t|cannot|don'?t|do not) (?:find|"
            r"account for)|(?:not sure|don'?t know|no idea) how many|faltan|falta|vaci[oa]|"
            r"no (?:encuentro|se cuantas)|mordid\w*)",
        ),
        # A drug taken for effect, with a racing heart, delirium, a seizure or overheating.
        (_RECREATIONAL, _TOXIDROME),
    ],
    "cardiac": [
        # A squeezing chest in other words (a band round the ribs) with an arm, the jaw,
        # sweat or sickness.
        (
            r"(?:tight\w*|pressure|squeez\w*|crush\w*|heavy|heaviness|band|belt|vise|vice|"
            r"strap|elephant|weight)\b[^.!?]{0,30}\b(?:chest|ribs|ribcage|breastbone|sternum)",
            r"(?:(?:left arm|arm|jaw|shoulder|neck)\b[^.!?]{0,15}\b(?:tingl\w*|numb\w*|heavy|"
            r"ach\w*|hurt\w*|pain\w*|dead|weak)|sweat\w*|clammy|nause\w*|sick to (?:my|his|her) "
            r"stomach|short of breath|breathless)",
        ),
    ],
    "syncope": [
        (_FAINTED, _PALPITATIONS),
    ],
    "cardiac_rate": [
        # A heart rate of 150 or more with a sign that the circulation is failing.
        (
            r"(?:heart ?rate|pulse|heart|hr|pulso|frecuencia(?: cardiaca)?|ritmo)\b[^.!?]{0,20}"
            r"\b(?:1[5-9]\d|2[0-4]\d)\b(?! ?(?:mg|lbs?|pounds|kg|steps|calories|/))",
            r"(?:grey|gray|ashen|pale|sweat\w*|clammy|dizzy|light-?headed|faint\w*|chest|short of "
            r"breath|breathless|palid\w*|sudad\w*|mare\w*|desmay\w*|pecho|falta de aire)",
        ),
    ],
    "hypertensive": [
        # A pressure of 180/120 or more with a headache, chest pain, vision or nerve signs.
        (
            r"(?:bp|blood pressure|pressure|presion|tension)\b[^.!?]{0,25}\b(?:1[89]\d|2\d\d) ?"
            r"(?:/|over|sobre) ?(?:1[1-9]\d|\d{2})\b",
            r"(?:headache|chest|vision|blurr\w*|confus\w*|numb\w*|weak\w*|nose ?bleed|"
            r"dolor de cabeza|(?:me|le) duele (?:mucho )?la cabeza|pecho|vision borrosa|borros\w*|"
            r"confundid\w*|entumid\w*|debil\w*)",
        ),
    ],
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
    "heat": [
        (r"(?:heat ?stroke|sun ?stroke|golpe de calor|insolacion)",),
        (
            r"(?:heat|hot (?:car|day|sun|weather|attic|apartment|house|room|flat)|in the sun|"
            r"outside all day|no (?:ac|a/c|air conditioning)|heat ?wave|ola de calor|"
            r"sin aire acondicionado|"
            r"working outside|sauna|calor|al sol)",
            rf"(?:{_CONFUSED}|(?:stopped|not|isn't|is not|no longer) sweating|hot (?:and )?dry|"
            r"collaps\w*|passed out|fainted|seizure|(?:4[0-2](?:[.,]\d)?) ?(?:degrees|°|c\b)|"
            r"10[4-9](?:[.,]\d)? ?(?:degrees|°|f\b)|no (?:suda|esta sudando)|desmay\w*)",
        ),
    ],
    "stroke": [
        # A change in speech with weakness or clumsiness of one limb, in any words.
        (
            r"(?:(?:speech|words|talking|voice)\b[^.!?]{0,25}\b(?:funny|weird|strange|off|wrong|"
            r"slurr\w*|garbled|thick|jumbled|mixed up|messed up)|slurr\w*|"
            r"(?:habla|voz|palabras)\b[^.!?]{0,10}\b(?:rara|raro|arrastrad\w*|trabad\w*|enredad\w*)|"
            r"no (?:encuentra|encuentro|le salen|me salen) (?:las )?palabras)",
            r"(?:(?:can't|cannot|won't|couldn't|unable to|wont|cant) (?:grip|grasp|hold|lift|raise|"
            r"move|use|feel)\b|(?:arm|hand|leg|foot|fingers)\b[^.!?]{0,15}\b(?:numb|weak|heavy|"
            r"dead|floppy|clumsy|useless|(?:won't|wont|will not) (?:work|move|grip|hold))|"
            r"(?:drop\w*|dropping) "
            r"(?:things|everything|his \w+|her \w+)|no (?:puede|puedo) (?:agarrar|sostener|"
            r"levantar|mover)|(?:brazo|mano|pierna)\b[^.!?]{0,15}\b(?:dormid\w*|debil|pesad\w*|"
            r"no (?:le |me )?responde)|(?:can't|cannot|cant|unable to) walk (?:straight|right)|"
            rf"no (?:puede|puedo) caminar (?:derecho|bien)|{_LIMB_UNFELT})",
        ),
        # A limb gone numb with double vision: the brainstem, in any words.
        (
            rf"(?:{_LIMB_UNFELT}|(?:arm|leg|hand|face|brazo|pierna|mano|cara)\b[^.!?]{{0,15}}"
            r"\b(?:numb|dormid\w*|entumid\w*))",
            r"(?:double vision|seeing double|sees double|veo doble|ve doble|vision doble)",
        ),
    ],
    "confusion": [
        # Sudden confusion is an emergency (stroke, infection, low sugar); long-standing
        # confusion from dementia is not, so "anymore", "dementia" and the like veto it.
        (
            r"(?:doesn't|does not|didn't|don't|does'nt) know where (?:she|he|they|i) (?:is|are|am|"
            r"was)|(?:doesn't|does not|didn't|won't) recogni[sz]e (?:me|us|anyone|her|his)|"
            r"(?:talking|saying) (?:things that make no sense|nonsense|gibberish)|"
            r"no sabe (?:donde esta|quien soy|que dia)|no (?:me|nos) reconoce|"
            r"dice cosas sin sentido|habla (?:incoherencias|sin sentido|incoherente)",
        ),
    ],
    "seizure": [
        (
            r"(?:(?:some kind|some sort|a kind|a sort) of (?:fit|seizure|convulsion)|"
            r"bit (?:his|her|my|their) tongue|se mordio la lengua)",
            r"(?:shak\w*|jerk\w*|twitch\w*|stiff|confus\w*|fit|collaps\w*|passed out|"
            r"first time|eyes rolled|doesn't know|convuls\w*|temblando|confundid\w*|se cayo)",
        ),
    ],
    "anaphylaxis": [
        # A sting or a known allergen, then hives everywhere, faintness or the airway.
        (
            r"(?:stung|sting|wasp|bee|hornet|peanuts?|nuts?|cashews?|shellfish|shrimp|allergic|"
            r"alergic[oa]|alergia|"
            r"prawns?|penicillin|amoxicillin|picadura|pico una|abeja|avispa|cacahuates?|"
            r"mani|nueces|mariscos|camarones?|penicilina|amoxicilina)",
            r"(?:covered in (?:hives|welts|a rash)|hives (?:all over|everywhere)|pass(?:ing)? out|"
            r"faint\w*|dizzy|light-?headed|wheez\w*|(?:trouble|hard|difficult\w*|struggling) "
            r"(?:to )?breath\w*|throat (?:is |feels )?(?:tight|closing|swelling)|"
            r"ronchas por todo|desmay\w*|mare\w*|ahog\w*|cuesta respirar|se le cierra|"
            r"hinch\w* (?:la |los |su |mi )?(?:boca|labios|cara|lengua|garganta|ojos)|"
            r"(?:face|lips|tongue|mouth)\b[^.!?]{0,15}\b(?:swell\w*|swollen|puff\w*))",
        ),
        # Swelling of the mouth with trouble swallowing or hives after a food or sting.
        (
            r"(?:hinch\w* (?:la |los |su |mi |sus |mis )?(?:boca|labios|cara|ojos|lengua|"
            r"garganta)|(?:boca|labios|cara|ojos|lengua|garganta) (?:bien |muy )?hinchad\w*|"
            r"(?:mouth|lips|face|tongue) (?:is |are |look |looks |started |keeps? )?(?:swell\w*|"
            r"swollen|puff\w* up|blow\w* up|huge|enormous|puffy|twice (?:the|their|its) "
            r"(?:normal )?size))",
            # The verb with its "can't" in front, so that the "no" is not read as a negation.
            r"(?:(?:no (?:puede|puedo|podia)|(?:le|me) cuesta|dificultad para) (?:tragar|respirar)|"
            r"(?:can't|cannot|cant|couldn't|hard to|trouble|difficulty|struggling to) "
            r"(?:swallow\w*|breath\w*)|tragar|respirar|ronchas|garganta|mare\w*|ahog\w*|"
            r"silb\w*|swallow\w*|breath\w*|hives|welts|throat|wheez\w*|dizzy|faint\w*|vomit\w*|"
            r"cough\w*|tos\b|tose\w*)",
        ),
    ],
    "bleeding": [
        # Pressure on a wound that does not stop or slow the bleeding.
        (rf"(?:{_WOUND}\b[^.!?]{{0,80}}{_PRESSED}|{_PRESSED}[^.!?]{{0,60}}\b{_WOUND}\b)",),
        (
            r"(?:(?:la )?sangre no (?:para|se detiene|deja de salir|se para|se quita)|"
            r"(?:sale|salia|brota|sangra\w*|sangre) (?:la sangre )?a chorros|"
            r"(?:blood|bleeding) (?:keeps|kept) (?:coming|pouring|gushing))",
        ),
        # Blood that spurts or pulses out of a wound is an artery.
        (
            rf"(?:{_WOUND}|cort\w*|herida|sangr\w*)",
            r"(?:(?:blood|bleeding|it'?s|its|it is|it was|it keeps|wound|cut)\b (?:(?:is|was|keeps|"
            r"kept|still|just) )?(?:spurt\w*|squirt\w*|puls\w*|pump\w*)|(?:spurt\w*|squirt\w*|"
            r"pump\w*|puls\w*) (?:out )?blood|(?:sangre|sangra\w*|sale) a borbotones|"
            r"(?:sangre|sangra\w*|sale) (?:a chorritos|en chorros|pulsando))",
        ),
    ],
}

# A rule of the subtype is set aside when this appears anywhere in the message:
# long-standing confusion from dementia is not sudden confusion.
VETOES: dict[str, re.Pattern[str]] = {
    "confusion": re.compile(
        r"\b(?:dementia|alzheimer\w*|demencia|anymore|any more|ya no|for (?:months|years)|"
        r"desde hace (?:meses|anos)|always|siempre)\b"
    ),
}
