"""Red flags of injury from outside: falls and crashes, burns, electric shock and heat.

They are grouped because each rule pairs a mechanism (a fall from a height, a live wire,
a fire, a hot day) with the injury it leaves (a spine, a deformed limb, a deep or facial
burn, a body that has stopped sweating): the mechanism says how much force or heat there
was, the sign says it reached something that matters.
"""

from __future__ import annotations

from aurixa.safety.detectors.redflags.signs import CONFUSED
from aurixa.safety.detectors.symptoms.words import NOT_AN_OBJECT

# Touching a live wire or a shock from the mains: the current runs through the heart.
_ELECTRIC = (
    r"(?:live wire|exposed wire|bare wire|electric(?:al)? shock|electrocut\w*|"
    r"(?:got|was|been) (?:badly )?(?:shocked|zapped)|shock from (?:a|an|the) (?:outlet|socket|wire|"
    r"fence|panel|line)|touched (?:a|the) (?:live |exposed |bare |power )?(?:wire|line|cable)|"
    r"power line|high voltage|descarga electrica|(?:le|me) dio (?:la )?(?:corriente|toque|"
    r"descarga)|cable (?:pelado|de alta)|se electrocuto|"
    # A cord bitten through: an electrical burn of the mouth.
    r"(?:bit|bitten|biting|chewed|chewing|mordio|mordi\w*) (?:into |on |through )?(?:a |the |an |"
    r"el |un )?(?:\w+ )?(?:charger|cord|cable|wire|cargador))"
)
# Work where the heat builds: fields, a packing shed, a roof, a building site. (A double
# shift alone is not one: "passed out on the couch after a double" is sleep.)
_HARD_WORK = (
    r"(?:in the fields?|field work|harvest\w*|packing (?:shed|house|plant)|construction site|"
    r"roofing|del campo|en el campo|(?:la|las) (?:pizca|pisca|cosecha)|en la obra|los surcos|"
    r"el invernadero|greenhouse)"
)
_HOT_DRY_SKIN = (
    r"(?:skin\b[^.!?]{0,20}\b(?:hot|burning|red)\b[^.!?]{0,6}\b(?:and )?dry|hot,? (?:red,? )?"
    r"(?:and )?dry skin|dry,? hot skin|(?:piel|cuerpo)\b[^.!?]{0,20}\b(?:caliente|ardiendo|"
    r"hirviendo)\b[^.!?]{0,6}\b(?:y )?sec[oa]|piel sec[oa] y caliente|"
    # Hot and no longer sweating, said of the person: "está muy caliente ... ya no suda".
    r"(?:muy |bien )?(?:calient\w*|ardiendo|hirviendo)\b[^.!?]{0,40}\b(?:ya no (?:suda|"
    r"esta sudando)|dejo de sudar)|(?:burning up|very hot|so hot|hot to the touch)\b[^.!?]{0,40}\b"
    r"(?:stopped sweating|(?:isn't|is not|not|no longer) sweating))"
)
_COLA_URINE = (
    r"(?:(?:pee|urine|piss|wee|orina|pipi|meados?)\b[^.!?]{0,25}\b(?:(?:coca-?)?cola|coke|"
    r"dark tea|tea|coffee|brown|rust\w*|cafe|(?:color|de color) (?:te|cafe|oscuro)|refresco)\b|"
    r"(?:(?:coca-?)?cola|coke|tea|coffee|brown|rust)[- ]colou?red (?:pee|urine)|"
    r"(?:orino|orina|hace pipi)\b[^.!?]{0,10}\b(?:cafe|como (?:coca|refresco|cafe|te)))"
)
_MUSCLES_HURT = (
    r"(?:muscles?\b[^.!?]{0,25}\b(?:cramp\w*|ach\w*|hurt\w*|sore|weak|killing|swollen|pain\w*|"
    r"seiz\w*|lock\w*)|cramp\w*|(?:muscle|leg|thigh|calf|arm) (?:pain|cramps?|weakness)|"
    r"(?:legs|thighs|calves|arms)\b[^.!?]{0,15}\b(?:killing|ach\w*|hurt\w*|cramp\w*|sore|weak)|"
    r"calambres?|acalambrad\w*|(?:me|le|les|nos) duele\w* (?:mucho |todos )?(?:los|sus|mis) "
    r"musculos|musculos\b[^.!?]{0,20}\b(?:duel\w*|adolorid\w*|debil\w*|acalambrad\w*|"
    r"engarrotad\w*)|dolor muscular)"
)
# A fall, a crash or a dive, before signs that the spine was hurt (and what makes "my neck
# is killing me" a report rather than an idiom, in `emergency_idioms`).
MECHANISM = (
    r"(?:fell(?! asleep| ill| sick| behind| apart| for)|fall(?:en)?(?! asleep)|falling(?! asleep)|"
    r"came off|thrown (?:from|off)|dove|dived|diving|"
    # Not a "sugar crash" or crashing on the couch after a shift.
    r"(?<!sugar )(?<!caffeine )crash(?:ed|es|ing)?\b(?! (?:on|out|at|early|for|diet)\b)|"
    r"rolled (?:my|his|her|the|our|their) (?:car|truck|suv|atv|quad)|rollover|flipped "
    r"(?:my|his|her|the|our|their) (?:car|truck|suv|atv|quad)|"
    r"accident|hit by|rear[- ]?ended|t-?boned|collision|whiplash|"
    r"landed on (?:his|her|my) (?:head|neck|back)|se cayo|me cai|cayo|caida|"
    r"choque|choco|chocaron|chocamos|accidente|atropell\w*|se (?:avento|tiro) un clavado|clavado)"
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
    r"bent (?:the wrong way|wrong|all wrong|backwards|sideways|funny|weird)|"
    r"at a (?:weird|funny|strange|wrong|"
    r"odd) angle|pointing the wrong way|crooked|doblad[oa] (?:al reves|para atras|raro|feo))|"
    r"bone (?:is )?(?:sticking|poking|coming) (?:out|through)|"
    r"(?:hueso (?:salido|de fuera)|se (?:le |me )?(?:ve|sale) el hueso))"
)


# A fall from a height: roofs, ladders, trees, stairs.
_FROM_A_HEIGHT = (
    r"(?:(?=fell|fallen|came down|slipped|tumbled|toppled|se cayo|me cai|cayo|se resbalo)"
    rf"{NOT_AN_OBJECT}(?:fell|fallen|came down|slipped|tumbled|toppled|se cayo|me cai|cayo|"
    r"se resbalo)\b"
    r"[^.!?]{0,20}\b(?:off|from|out of|"
    r"del|de la|de un|de una|desde)\b[^.!?]{0,12}\b(?:roof|ladder|scaffold\w*|balcony|"
    r"tree|window|second floor|stairs|cliff|horse|techo|tejado|azotea|escalera|andamio|"
    r"balcon|arbol|ventana|segundo piso|caballo))"
)
_NECK_OR_BACK = r"(?:neck|back|spine|cuello|espalda|columna)\b"
# Fingers, hands, arms or legs numb or tingling, or not felt; the "no" is inside the sign.
_LIMBS_NUMB = (
    r"(?:(?:can't|cannot|cant|couldn't|unable to) feel (?:my |his |her |their |the |both )?"
    r"(?:fingers|hands|arms|legs|feet|toes)|(?:fingers|hands|arms|legs|feet|toes)\b"
    r"[^.!?]{0,15}\b(?:numb|tingl\w*|pins and needles|dead|asleep)|numb\w* (?:in|down) "
    r"(?:both|my|his|her) (?:arms|hands|legs|fingers)|no (?:siento|siente|sentia) (?:los |las |"
    r"mis |sus )?(?:dedos|manos|brazos|piernas|pies)|(?:dedos|manos|brazos|piernas|pies)\b"
    r"[^.!?]{0,15}\b(?:dormid\w*|entumid\w*|hormigue\w*|adormecid\w*)|hormigueo en (?:los|"
    r"las|mis|sus) (?:dedos|manos|brazos|piernas|pies)|"
    # The sign first and both limbs after it: "tingling and weakness in both arms".
    r"(?:numb\w*|tingl\w*|weak\w*|pins and needles)\b[^.!?]{0,25}\b(?:in|down) (?:both |all "
    r"(?:his|her|my) |(?:his|her|my) (?:two )?)(?:arms|hands|legs|feet)|(?:hormigueo|"
    r"debilidad|adormecimiento|entumecimiento)\b[^.!?]{0,25}\ben (?:ambos|ambas|los dos|las "
    r"dos) (?:brazos|manos|piernas|pies))"
)
# Lying where they fell and not answering, knocked out, or bleeding from the head.
_DOWN_AND_SILENT = (
    r"(?:(?:not|isn't|isnt|is not|won't|wont|doesn't|doesnt|can't|cant) (?:answer\w*|"
    r"respond\w*|mov\w*|wak\w*|get(?:ting)? up|talk\w*)|unresponsive|unconscious|"
    r"knocked out|out cold|(?:lying|laying) (?:there|still|on the ground)|blood (?:on|from|"
    r"coming from|all over) (?:his|her|their|the) head|head is bleeding|bleeding from "
    r"(?:his|her|their|the) head|no (?:contesta|responde|reacciona|se mueve|despierta|habla|"
    r"se levanta|se puede levantar)|inconsciente|(?:esta|quedo) tirad[oa]|(?:sangre|sangrando) "
    r"(?:en|de|por) la cabeza|le sangra la cabeza|desmayad[oa])"
)
# A blow to the body with force behind it. "Accident" alone (a potty accident), a "sugar
# crash", the meds that "kicked in" and a baby's kicks are left out.
_BLUNT = (
    r"(?:(?:car|bike|motorcycle|motorbike|scooter|atv|quad|sledding|ski|traffic|road|auto|work) "
    r"(?:crash|accident|wreck|collision)|crashed (?:into|my|his|her|their|the|a)\b|wrecked "
    r"(?:my|his|her|their|the) (?:car|bike|truck|motorcycle)|collision|rear[- ]?ended|"
    r"t-?boned|hit by (?:a |an |the )?(?:car|truck|van|bus|bike|motorcycle)|r[au]n over|"
    r"(?:was|were|been|got) in (?:a|an) (?:\w+ )?(?:accident|crash|wreck)|"
    r"fell (?:off|from|down|onto)|fall (?:off|from|down)|handlebars?|(?:kicked|punched|"
    r"hit|struck|kneed|elbowed) in the (?:stomach|belly|gut|abdomen|(?:left |right )?(?:side|"
    r"ribs|flank))|tackl\w*|choque|chocamos|choco|"
    # A blow in sport told as taken: "took a hit to the left side", "a knee to the ribs".
    r"(?:took|got|taken|caught|takes) (?:a |an )?(?:\w+ )?(?:hit|blow|knee|kick|elbow|shot|"
    r"helmet|shoulder|tackle) (?:to|in|into) (?:the |my |his |her )?(?:left |right )?(?:side|"
    r"ribs|flank|stomach|belly|gut|abdomen)|"
    r"(?:golpe|golpazo|rodillazo|codazo|patada|pelotazo) (?:fuerte )?(?:en|al) (?:el |la |las )?"
    r"(?:costado|costillas|panza|estomago|abdomen|barriga)|"
    r"chocaron|accidente (?:de|en) (?:carro|coche|auto|moto|bici\w*|transito)|tuv\w* un "
    r"accidente|atropell\w*|(?:se cayo|me cai) (?:de|del|por|en|al|y)\b|caida (?:de|del|desde)|"
    r"(?:me|le|nos) (?:pegaron|chocaron)|(?:me|le) (?:dieron|dio) una patada)"
)
_BELLY_HURT = (
    r"(?:(?:belly|stomach|tummy|abdomen|abdominal|flank)\b[^.!?]{0,25}\b(?:hurt\w*|pain\w*|"
    r"sore|ach\w*|swollen|swelling|distended|bloat\w*|tight|hard|bruis\w*|killing)|"
    r"(?:pain|hurt\w*|swelling|bruis\w*)\b[^.!?]{0,15}\b(?:belly|stomach|tummy|abdomen)|"
    r"(?:panza|barriga|estomago|abdomen|vientre)\b[^.!?]{0,25}\b(?:duele|dolor|hinchad\w*|"
    r"inflamad\w*|dur[oa]|morad\w*)|(?:duele|dolor)\b[^.!?]{0,15}\b(?:panza|barriga|"
    r"estomago|abdomen|vientre)|"
    # Under the ribs, where the spleen and the liver sit: "pain under my left ribs".
    r"(?:pain|hurt\w*|ache|sore)\b[^.!?]{0,20}\b(?:under|below|beneath) (?:my |his |her |the )?"
    r"(?:left |right )?ribs|(?:duele|dolor)\b[^.!?]{0,20}\b(?:debajo de|bajo) (?:las )?costillas)"
)
# Faint, pale, clammy or racing: blood lost inside.
_SHOCK = (
    r"(?:light-?headed|dizzy|woozy|faint\w*|(?:about to|going to|gonna|might) pass out|pale|"
    r"clammy|cold and sweaty|sweaty and cold|heart\b[^.!?]{0,20}\b(?:racing|pounding)|"
    r"mare\w*|palid\w*|desmay\w*|sudor frio|sudando frio|(?:me|se) siente (?:muy )?debil|"
    r"me siento (?:muy )?debil)"
)

# Cold taken in: a fall into cold water or through ice, a night out in the snow or cold.
_COLD_EXPOSURE = (
    r"(?:(?:icy|freezing|ice-?cold|cold) (?:water|river|lake|creek|pond)|through the ice|"
    r"(?:out|outside|stuck|stranded|lost)\b[^.!?]{0,25}\b(?:in the (?:snow|cold|storm|blizzard)|"
    r"all night in the cold)|agua (?:helada|congelada|fria|muy fria)|(?:rio|lago|arroyo|presa) "
    r"(?:helad[oa]|congelad[oa])|en la nieve|(?:afuera|a la intemperie)\b[^.!?]{0,25}\b(?:frio|"
    r"helada|nieve))"
)
# The body no longer fighting the cold: shivering stopped, the mind slowing, speech thick.
_HYPOTHERMIC = (
    rf"(?:(?:stopped|quit|isn't|is not|not|no longer) shivering|{CONFUSED}|slurr\w*|"
    r"(?:very|really|so|super) (?:sleepy|drowsy)|(?:won't|can't|hard to) wake|"
    r"ya no tiembla|dejo de temblar|no (?:esta )?temblando|(?:muy|bien) (?:dormid[oa]|"
    r"adormilad[oa]|somnolient[oa])|arrastr\w* (?:las palabras|la lengua)|habla arrastrad\w*|"
    r"no (?:se )?despierta)"
)

# Scuba diving (not a dive into a pool: that is the spine's MECHANISM), and after it the
# signs of gas coming out of the blood (decompression sickness, worse for a flight soon
# after): joints that ache, skin that tingles or is marbled, legs weak or numb, breath
# short, a mind muddled. It needs a recompression chamber, not a clinic.
_SCUBA = (
    r"(?:(?:did|made|after|from) (?:\w+ ){0,2}dives?\b|(?:went|been|was|were|after|from) "
    r"(?:scuba )?diving\b|(?:scuba|diving|dive|dives) (?:today|this morning|this afternoon|"
    r"yesterday|last night)|(?:fui|fuimos|fue|fueron|despues de) (?:a )?bucear|"
    r"(?:bucee|buceamos|bucearon)\b)"
)
_BENDS = (
    r"(?:the bends|decompression|descompresion|joints? (?:\w+ ){0,2}(?:ache|aching|hurt\w*|pain)|"
    r"(?:aches?|pain) in (?:my |his |her )?(?:joints?|shoulders?|elbows?|knees?)|"
    r"(?:joints?|shoulders?|elbows?|knees?)\b[^.!?]{0,20}\b(?:hurt\w*|ach\w*)|"
    r"(?:tingl\w*|numb\w*|pins and needles)\b|(?:legs?|arms?)\b[^.!?]{0,15}\bweak\b|"
    r"(?:skin|rash)\b[^.!?]{0,20}\b(?:blotch\w*|mottled|marbled|itch\w*)|blotchy|mottled|"
    r"short of breath|(?:can't|cant) breathe|"
    r"dolor (?:de|en) (?:las |mis |sus )?articulaciones|(?:me |le )?duelen (?:las |los )?"
    r"(?:articulaciones|hombros|codos|rodillas)|hormigue\w*|entumid\w*|adormecid\w*|"
    r"piel (?:manchada|moteada|marmorea)|falta de aire)"
)

RULES: dict[str, list[tuple[str, ...]]] = {
    # Cold taken in and the body giving up the fight against it: hypothermia.
    "hypothermia": [(_COLD_EXPOSURE, _HYPOTHERMIC)],
    "decompression": [(_SCUBA, _BENDS)],
    "trauma": [
        # A fall, crash or dive, then legs or arms that will not move or feel.
        (MECHANISM, _SPINAL_SIGN),
        (_INJURED, _DEFORMED),
        # A fall from a height with neck or back pain: a spine until shown otherwise.
        (_FROM_A_HEIGHT, _NECK_OR_BACK),
        # A crash or a fall with neck or back pain and hands, arms or legs gone numb.
        (MECHANISM, _NECK_OR_BACK, _LIMBS_NUMB),
        # A fall from a height and someone lying there silent, knocked out or bleeding
        # from the head.
        (_FROM_A_HEIGHT, _DOWN_AND_SILENT),
        # A blow to the belly (a crash, a fall, handlebars), then belly pain or swelling and
        # faintness: bleeding inside.
        (_BLUNT, _BELLY_HURT, _SHOCK),
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
            r"(?:blister\w* and (?:white|waxy|grey|gray)|(?:white|waxy) and blister\w*)|"
            r"(?:doesn't|does not|doesnt|don't|dont|can't|cant) (?:even |really |actually )?"
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
            # Any cleaner, solvent or caustic of work or home: "splashed degreaser in my eye".
            r"(?:bleach|acid|chemical|lye|drain cleaner|oven cleaner|cloro|acido|quimico|lejia|"
            r"degreaser|solvent|caustic|ammonia|cement|wet concrete|lime|battery acid|pool shock|"
            r"chlorine|desengrasante|solvente|amoniaco|cemento|cal viva|thinner)"
            r"\b[^.!?]{0,25}\b(?:in|into) (?:his |her |my |the |their )?eyes?\b|"
            r"\b(?:in|into) (?:his |her |my |the |their )?eyes? with (?:\w+ ){0,2}(?:bleach|acid|"
            r"chemicals?|lye|(?:drain |oven )?cleaner)\b|"
            r"(?:cloro|acido|quimico|lejia)\b[^.!?]{0,25}\ben (?:los|sus|mis|el|su|mi) ojos?\b|"
            # Splashed in the face, and the eyes burn or no longer see.
            r"(?:bleach|acid|chemical|lye|drain cleaner|oven cleaner|cloro|acido|quimico|lejia|"
            r"destapacanos|sosa)\b[^.!?]{0,40}\b(?:eyes?|ojos?)\b[^.!?]{0,12}\b(?:burn\w*|sting\w*|"
            r"on fire|ard\w*|queman?)\b",
        ),
    ],
    "heat": [
        (r"(?:heat ?stroke|sun ?stroke|golpe de calor|insolacion)",),
        (
            r"(?:heat|hot (?:car|day|sun|weather|attic|apartment|house|room|flat)|in the sun|"
            r"outside all day|no (?:ac|a/c|air conditioning)|heat ?wave|ola de calor|"
            # The sun said with any preposition: "en el sol", "bajo el sol", "en pleno sol".
            r"(?:en|bajo|debajo del?) (?:el |pleno )?sol\b|under the sun|"
            r"sin aire acondicionado|"
            rf"working outside|sauna|calor|al sol|{_HARD_WORK})",
            rf"(?:{CONFUSED}|(?:stopped|not|isn't|is not|no longer) sweating|hot (?:and )?dry|"
            r"collaps\w*|passed out|fainted|seizure|no (?:suda|esta sudando)|desmay\w*|"
            # A body at 41 degrees, not the day: "it's 104 degrees outside", "hace 40
            # grados", "un calor de 42 grados" are the weather.
            r"(?<!it's )(?<!its )(?<!it is )(?<!it was )(?<!high of )(?<!hit )(?<!hace )"
            r"(?<!de )(?<!estamos a )(?<!estaba a )(?:4[0-2](?:[.,]\d)? ?(?:degrees|grados|°|c\b)|"
            r"10[4-9](?:[.,]\d)? ?(?:degrees|°|f\b))(?! (?:outside|out there|out|today|in the "
            r"shade|de calor|afuera|fuera|a la sombra|en la calle)))",
        ),
        # Skin hot and dry is heat stroke's own sign, whatever the day was like: with a
        # mind that wanders or a fall, it needs no heat named.
        (
            _HOT_DRY_SKIN,
            rf"(?:{CONFUSED}|collaps\w*|passed out|fainted|fell|se cayo|desmay\w*|seizure|"
            r"convuls\w*|(?:stopped|not|isn't|is not|no longer) sweating|no (?:suda|esta sudando))",
        ),
        # Urine the colour of cola or tea with muscles cramping or aching: muscle breaking
        # down (rhabdomyolysis), after a long shift, a workout or a fall; the kidneys are
        # at risk. Dark yellow is only thirst and stays routine.
        (_COLA_URINE, _MUSCLES_HURT),
    ],
}

# Someone armed who threatens, or keeps the writer from leaving: the danger is now, whatever
# has caused it (a drug, a psychosis, anger). A knife named in cooking, or a gun locked in a
# safe, names no threat or captivity.
_ARMED = (
    r"(?:(?:holding|has|had|with|waving|pointing|grabbed|got|pulled|carrying) (?:a|the|his|her|"
    r"their|my) (?:knife|knives|gun|pistol|rifle|machete|bat|axe|hammer)\b|(?:tiene|agarro|saco|"
    r"trae|con) (?:un|una|el|la) (?:cuchillo|navaja|pistola|arma|rifle|machete|bat|hacha)\b)"
)
_THREAT_OR_HELD = (
    r"(?:(?:won'?t|will not|wont|doesn'?t|isn'?t) let (?:me|us|the kids?) (?:leave|go|out)\b"
    r"(?![^.!?]{0,30}\b(?:until|till|before|lol|jk))|"
    r"(?:blocking|blocked) the (?:door|exit)|locked (?:me|us) in|threaten\w*|says? (?:he|she)'?"
    r"(?:ll| will| is going to| gonna) (?:kill|hurt|stab|shoot)|coming to kill|going to kill|"
    r"no (?:me|nos) deja (?:salir|irme|ir)|(?:me|nos) (?:tiene|tienen) encerrad\w*|amenaza\w*|"
    r"(?:dice|cree) que (?:vienen|van) a matar\w*|(?:me|nos|los) va a matar)"
)
RULES["armed_danger"] = [(_ARMED, _THREAT_OR_HELD)]


# A tractor, vehicle or heavy machine, or a tree or beam, come down on a person: a crush
# injury, whose limb and whose blood once the weight is lifted need a crew on the spot.
_HEAVY = (
    r"(?:tractor|truck|car|pickup|vehicle|forklift|atv|quad|four-wheeler|mower|trailer|"
    r"machine\w*|equipment|excavator|bulldozer|skid ?steer|log|tree|beam|pallet|wall|"
    r"camion\w*|camioneta|carro|coche|maquina\w*|montacargas|cuatrimoto|arbol|tronco|viga|"
    r"pared|barda)"
)
_CAME_DOWN_ON = (
    rf"(?:{_HEAVY}\b[^.!?]{{0,20}}\b(?:rolled|fell|flipped|tipped|landed|came down|collapsed|"
    r"rolled over|went over) (?:on|onto|over|on top of) (?:him|her|me|them|his|her|my|their|"
    r"(?:my|his|her) \w+'?s)\b|"
    rf"(?:se )?(?:le|me|les) (?:cayo|volco|volteo|paso|vino) (?:encima )?(?:el|la|un|una)? ?"
    rf"{_HEAVY}\b|(?:cayo|volco|volteo) (?:el|la|un|una) {_HEAVY} (?:encima|sobre)\b)"
)
_PINNED = (
    r"(?:pinned|trapped|crushed|wedged|stuck (?:under|beneath|underneath)|can'?t (?:get|pull) "
    r"(?:him|her|them|me|it) (?:out|free|off)|atrapad\w*|prensad\w*|aplastad\w*|"
    r"(?:no (?:lo|la|los|las) )?(?:podemos|puedo) sacar)"
)
RULES["trauma"].extend(
    [
        # Pinned under a tractor or a tree, however the weight came down.
        (
            rf"{_PINNED}\b[^.!?]{{0,25}}\b(?:under|beneath|underneath|by|debajo|bajo|abajo|"
            rf"por)\b[^.!?]{{0,15}}{_HEAVY}\b",
        ),
        (_CAME_DOWN_ON, rf"(?:{_PINNED}|{_DEFORMED}|scream\w*|grit\w*)"),
    ]
)
