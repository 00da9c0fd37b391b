"""Symptom reports of harm from outside: bleeding, an overdose or a poison, an injury.

They are grouped because each names what happened (a cut, pills taken, a crash) as
much as what it left, and most are told by someone else.
"""

from __future__ import annotations

from aurixa.safety.detectors.symptoms.words import CANT, NOT_AN_OBJECT

_WOUNDED = r"(?:cort\w*|sangr\w*|herida|cut|bleed\w*|blood|wound|gash|slic\w*)"
_SOAKED = (
    r"(?:(?:toallas?|trapos?|gasas?|vendas?|servilletas?|sabanas?)\b[^.!?]{0,12}\bempapad\w*|"
    r"empap\w* (?:\w+ ){0,2}(?:toallas?|trapos?|gasas?|vendas?|sabanas?)\b|(?:towels?|"
    r"bandages?|gauze|rags?|dressings?|cloths?|paper towels)\b (?:are |is |were |was |got |"
    r"have been |has been )?(?:all |completely )?(?:soaked|drenched|saturated)\b)"
)

PATTERNS: dict[str, list[str]] = {
    "bleeding": [
        r"\b(?:bleeding|blood) (?:heavily|a lot|badly|profusely|everywhere|"
        r"(?:that )?(?:won't|will not|wont|doesn't|does not|isn't|is not) stop(?:ping)?)\b",
        r"\b(?:heavy|severe|uncontrollable|uncontrolled|massive|lots of) bleeding\b",
        r"\bbleeding like crazy\b|\bsoaked (?:through )?(?:\w+ )?(?:towels|bandages|pads)\b",
        # Blood through one towel after another: "bleeding through 3 towels", "ya traspasó
        # dos toallas".
        r"\b(?:bl(?:eeding|ed|eeds)|soak\w*|gone|went|going) through (?:\d+|two|three|four|"
        r"five|several|multiple|a (?:few|couple|bunch) of|(?:a )?(?:second|third)) (?:(?:bath|"
        r"hand|kitchen|paper|dish) )?(?:towels?|bandages?|rags?|dressings?|shirts?|cloths?|"
        r"gauze pads?)\b|\b(?:traspas\w*|empap\w*|llen\w*) (?:ya )?(?:\d+|dos|tres|cuatro|"
        r"varias|muchas) (?:toallas|trapos|gasas|vendas|camisas)\b",
        r"\b(?:pumping|squirting|spraying) (?:out )?blood\b|\bblood (?:is )?(?:pumping|squirting|"
        r"spraying)\b",
        r"\bbleeding (?:won't|will not|doesn't|isn't) (?:slow|slowing|stop|stopping)\b",
        r"\bsale mucha sangre\b|\bmucha sangre\b",
        r"\bsoak\w* (?:through )?(?:\w+ ){0,2}(?:towels?|bandages?|pads?|gauze|dressings?|clothes|"
        r"shirt|sheets?)\b",
        r"\bnose ?bleeds?\b[^.!?]{0,50}\b(?:won't|will not|hasn't|has not|isn't|not|doesn't|"
        r"can't|cannot|wont|hasnt) (?:stop\w*|slow\w*)\b|\bnose ?bleeds?\b[^.!?]{0,40}\bfor "
        r"(?:over |more than )?(?:an|half an|\d+|one|two) (?:hours?|minutes)\b",
        rf"\b{CANT} stop (?:the |his |her |my )?bleeding\b",
        r"\b(?:won't|will not|wont|doesn't|does not|isn't|is not|hasn't|has not) "
        r"stop(?:ped)? bleeding\b",
        r"\b(?:spurting|gushing|pouring) blood\b",
        r"\bblood (?:is )?(?:spurting|gushing|pouring)\b",
        r"\b(?:vomiting|throwing up|coughing(?: up)?|puking) blood\b",
        r"\bsangr\w* (?:much\w*|sin parar|abundante\w*|que no para)\b",
        r"\bbleed\w* (?:non-?stop|nonstop|for (?:\d+|over an|more than an|an) "
        r"(?:minutes|hours?))\b",
        r"\bblood thinners?\b[^.!?]{0,40}(?:\bbleed\w*|bleed\w*)|(?:\bbleed\w*|nosebleed\w*)"
        r"[^.!?]{0,60}\bblood thinners?\b",
        r"\bno (?:para|deja) de sangrar\b",
        # Blood that keeps coming, or what it has soaked, said in other words: "no para de
        # salir sangre", "ya van 3 toallas empapadas", "three towels soaked through".
        r"\bno (?:para|deja|paraba|dejaba|ha parado|ha dejado) de (?:salir(?:le|me)?|brotar|"
        r"chorrear|escurrir) (?:la |mucha )?sangre\b|"
        r"\b(?:toallas?|trapos?|gasas?|vendas?|servilletas?|curitas?|playeras?|camisas?|"
        r"sabanas?)\b[^.!?]{0,12}\b(?:llen[oa]s? de sangre|ensangrentad\w*|empapad\w* (?:de|en) "
        r"sangre)|"
        # Cloths soaked one after another, told with a cut or a bleed.
        rf"\b{_WOUNDED}\b[^.!?]{{0,80}}\b{_SOAKED}|\b{_SOAKED}[^.!?]{{0,80}}\b{_WOUNDED}\b",
        r"\b(?:gone|went|going|bled) through (?:\d+|two|three|four|five|several|a few|a bunch "
        r"of) (?:towels|bandages|rags|dressings)\b",
        r"\bhemorragia\b",
        r"\b(?:vomit\w*|tos\w*) sangre\b",
        # How much blood, described rather than named: "blood pooling on the ground",
        # "a puddle of blood", "so much blood", "un charco de sangre".
        r"\b(?:pool|puddle|trail|cup|bowl|bucket)s? of blood\b|\bcharcos? de sangre\b|"
        r"\bblood\b[^.!?]{0,20}\b(?:pooling|puddl\w*|everywhere|all over (?:the|his|her|my|our) "
        r"(?:floor|ground|kitchen|bathroom|car|bed|sheets|place|counter|driveway|shirt|clothes))\b|"
        r"\b(?:so much|a lot of|lots of|tons of|loads of|too much) blood\b(?! (?:in|on) (?:my|his|"
        r"her|the) (?:urine|pee|stool|poop|snot|mucus|phlegm|spit|tissue)| (?:test|work|drawn|"
        r"taken|sample|when)\w*)|\bsangre por todo (?:el|la|los|las) ?\w*|"
        r"\b(?:empapad[oa]s? (?:de|en) sangre|llen[oa] de sangre)\b",
        # Blood that comes in spurts is an artery.
        r"\bin (?:spurts|pulses|squirts)\b|"
        r"\bno (?:para|se detiene|deja de salir)\b[^.!?]{0,20}\b(?:aunque|a pesar de que|por mas "
        r"que) (?:le |lo |la )?(?:aprieto|aprieta|apretamos|apriete|presiono|presiona|presionamos|"
        r"hago presion|hacemos presion)\b|\bsangre a (?:chorros?|borbotones)\b|"
        r"\b(?:sale|salia|brota|brotaba|sangra\w*) (?:la |mucha )?sangre a "
        r"(?:chorros?|borbotones)\b",
    ],
    "overdose_poisoning": [
        r"\boverdos\w*",
        r"\b(?:took|taken|swallowed|ate|drank|had) (?:a whole bottle|an entire bottle|"
        r"the whole bottle|too many|way too many|a handful of|(?:all|half) (?:of )?(?:my|his|her|"
        r"the)|\d{2,} )(?!\s*(?:\w+\s+){0,2}(?:water|juice|milk|soda|coffee|tea|cookies?|"
        r"candy|chips|pizza|food|cake|snacks?|fries|pie|cereal|ice cream|chocolate|gatorade)\b)"
        r"\s?\w* ?(?:pills|tablets|capsules|meds|medicine|of (?:my|his|her) pills)?",
        r"\b(?:swallowed|drank|ate|ingested|got into (?:the|some)) (?:some )?(?:bleach|detergent|"
        r"laundry pods?|tide pods?|antifreeze|rat poison|poison|drain cleaner|"
        r"button batter(?:y|ies)|"
        r"batter(?:y|ies)|pesticide|weed killer|cleaning products?)\b",
        r"\b(?:swallowed|ate|got into|chewed|drank) (?:some|a few|several|a bunch of|a couple of|"
        r"one of|two of|\d+ of|some of) (?:my |his |her |the |their |grandma's |\w+'s )?"
        r"(?:pills|tablets|medicine|medication|meds|capsules|gummies|vitamins)\b",
        r"\b(?:poisoned|poisoning)\b",
        r"\b(?:swallowed|ate|took) (?:a |the )?whole (?:pack|packet|bottle|box|strip)\b",
        r"\b(?:got into|ate|swallowed|chewed|bit into) (?:the |a |some |one of the )?(?:dishwasher|"
        r"laundry|detergent|tide) (?:pods?|tablets?)\b",
        r"\b(?:swallowed|ate|swallow) (?:a |an |some |two |the )?(?:button batter(?:y|ies)|"
        r"batter(?:y|ies)|magnets?)\b",
        r"\b(?:took|taken|swallowed|ate|had) (?:[2-9]\d|\d{3,}|a bunch of|a lot of|loads of|"
        r"all (?:of )?(?:my|his|her|the))\b(?:\W+\w+){0,3}?\W+"
        r"(?:pills|tablets|capsules|meds|medicines?|medications?|of (?:them|these|those))\b",
        # The gas, not the appliance ("the carbon monoxide detector needs a battery"),
        # unless the alarm is going off.
        r"\b(?:carbon monoxide|monoxido de carbono)\b(?! (?:detectors?|alarms?|monitors?|"
        r"sensors?|detectores?|alarmas?)\b)|\b(?:carbon monoxide|co|monoxido(?: de carbono)?) "
        r"(?:alarm|detector|alarma)s?\b[^.!?]{0,15}\b(?:going off|went off|goes off|sounding|"
        r"alarming|sono|esta sonando)\b",
        r"\b(?:drank|swallowed|ate|drinking) (?:some )?(?:\w+ ){0,2}(?:fluid|cleaner|solvent|"
        r"antifreeze|bleach|gasoline|kerosene|lamp oil|pesticide)\b",
        r"\b(?:took|taken|gave (?:him|her|myself)) (?:double|twice|triple|too much of) "
        r"(?:my |his |her )?"
        r"(?:insulin|dose|medication|meds|pills)\b",
        r"\bun monton de (?:pastillas|pildoras|medicinas)\b",
        # A drink that turned out to be a poison, however well the person feels: antifreeze
        # and methanol harm hours later, after the window for the antidote.
        r"\b(?:turned out to be|was (?:actually|really)|it was|resulto (?:ser)?|era) (?:\w+ )?"
        r"(?:antifreeze|coolant|ethylene glycol|methanol|windshield (?:washer )?fluid|brake "
        r"fluid|bleach|drain cleaner|pesticide|weed killer|anticongelante|metanol|cloro|"
        r"veneno|insecticida|liquido de frenos)\b|\b(?:sips?|swallow|swig|gulp|mouthful|trago|"
        r"sorbo)s? (?:of|de) (?:antifreeze|coolant|methanol|windshield (?:washer )?fluid|"
        r"anticongelante|metanol)\b",
        r"\bempty (?:bottle|pack|packet|box|blister|container)s? of (?:\w+ )?(?:pills|tablets|meds|"
        r"medication|medicine|capsules)\b",
        r"\bempty (?:pill )?(?:bottle|pack|packet|box|blister|container)s?\b[^.!?]{0,30}"
        r"\b(?:pills|tablets|meds|medications?|medicines?|capsules|antidepressants?|painkillers|"
        r"opioids?|sleeping pills|sleep aids?|insulin|benzos?)\b|\bfound (?:him|her|them|my \w+) "
        r"with (?:an? )?empty (?:pill )?(?:bottle|pack|packet|box)\b",
        r"\bse (?:paso|pasaron|pasó) de (?:pastillas|drogas|medicina|medicamentos)\b|"
        r"\bo\.?d'?(?:ed|'d|d)\b",
        r"\bbreathing (?:is )?(?:really |very |so |super )(?:slow|shallow)\b|"
        r"\brespira (?:muy |bien )?(?:lento|despacio|poquito|superficial)\b",
        r"\b(?:frasco|bote|caja) (?:entero|entera|vacio|vacia)\b",
        r"\bsobredosis\b",
        r"\b(?:se tomo|me tome|se trago|me trague) (?:todas (?:las|sus|mis)|todo el frasco|"
        r"un frasco|muchas|"
        r"demasiadas|\d+) ?(?:pastillas|pildoras|tabletas)?",
        r"\b(?:se trago|se comio|trago|se tomo) (?:unas|algunas|varias|mis|sus|las) "
        r"(?:pastillas|pildoras|medicinas|tabletas|capsulas)\b",
        r"\b(?:bebio|tomo|trago|se trago|se comio) (?:lejia|cloro|veneno|detergente|"
        r"matarratas)\b",
        r"\b(?:envenenad|intoxicad)\w*",
    ],
    "trauma": [
        r"\bbones?\b[^.!?]{0,10}\b(?:sticking|poking|coming|jutting) (?:out|through)\b|"
        r"\b(?:leg|arm|ankle|wrist)\b[^.!?]{0,10}\bbent the wrong way\b|"
        r"\b(?:hueso (?:salido|expuesto)|se le ve el hueso|(?:le|se le) sale el hueso)\b",
        # Tearing pain through to the back is an aortic dissection until shown otherwise.
        r"\b(?:tearing|ripping)\b[^.!?]{0,15}\b(?:pain|sensation|feeling)\b|"
        r"\bdolor (?:desgarrador|como (?:si me|que me) (?:desgarr|rasg)\w*)|"
        r"\bcomo (?:si|que) (?:se )?(?:le |me )?(?:desgarr|rasg|romp)\w*",
        # A pulse under 40, or a baby's soft swelling on the head after a fall.
        r"\b(?:pulse|heart ?rate|hr|pulso|frecuencia cardiaca)\b (?:is |was |of |at |says |reads |"
        r"es de |de |esta en )?(?:only |like |around |about |solo )?(?:[1-3]\d)\b"
        r"(?! ?(?:years|yrs|minutes|mins|seconds|%|percent))",
        r"\b(?:soft|squishy|boggy|mushy) (?:lump|bump|swelling|spot)\b[^.!?]{0,20}\bhead\b|"
        r"\bhead\b[^.!?]{0,20}\b(?:soft|squishy|boggy|mushy) (?:lump|bump|swelling)\b",
        r"\b(?:was|were|is|been|got) (?:just )?(?:shot|stabbed)\b",
        r"\b(?:cut|chopped|sliced|sawed|sawn|tore|torn|ripped|severed) off (?:the (?:tip|end|top) "
        r"of )?(?:his|her|my|their|a|the) (?:finger|thumb|toe|hand|ear|foot)s?\b|"
        r"\b(?:finger|thumb|toe|hand|foot)\b[^.!?]{0,20}\b(?:cut|chopped|sliced|torn|ripped|"
        r"severed|came) off\b|\bamputat\w*|\bse (?:corto|cerceno|amputo|arranco) (?:el|un|la|"
        r"los|la punta del) (?:dedo|mano|pie)\b",
        rf"\b(?=fell|fallen|falling){NOT_AN_OBJECT}(?:fell|fallen|falling) (?:off|from|down) "
        r"(?:a |the )?(?:\w+ )?"
        r"(?:ladder|roof|balcony|cliff|tree|scaffold\w*)\b[^.!?]{0,50}\b(?:can't|cannot|won't|"
        r"isn't|not) "
        r"(?:move|feel|get up|stand|walk|breathe)\b",
        # Voices that command harm, or a threat to hurt someone else.
        r"\b(?:voices?|they)\b[^.!?]{0,20}\btell\w* (?:me|him|her|them) to (?:hurt|kill|harm|"
        r"stab|shoot)\b|\b(?:going to|gonna|wants? to|threaten\w* to|plans? to) (?:hurt|kill|"
        r"stab|shoot) (?:someone|somebody|people|everyone|his \w+|her \w+|the \w+)\b|"
        r"\b(?:voy a|va a|quiere) (?:matar|lastimar|apunalar) a (?:alguien|todos|su \w+|mi \w+)\b",
        r"\b(?:hit by a car|car (?:crash|accident)|been shot|got shot|gunshot|been stabbed|"
        r"got stabbed|severe burns?|badly burned)\b",
        rf"\b(?=fell){NOT_AN_OBJECT}fell (?:off|from) (?:a|the) (?:roof|ladder|balcony|window)\b",
        r"\b(?:boiling|scalding|hot) (?:water|oil|coffee|tea|grease|soup)\b[^.!?]{0,60}"
        r"\b(?:blister\w*|skin (?:is )?(?:peel\w*|com\w* off|white|black))\b|"
        r"\bblister\w* (?:badly|all over|everywhere|really bad)\b|"
        r"\b(?:agua|aceite) (?:hirviendo|caliente)\b[^.!?]{0,60}\b(?:ampolla\w*|quemad\w*)\b",
        # A scald over a whole limb, the back or the face is a large or a facial burn.
        r"\b(?:boiling|scalding|hot) (?:water|oil|coffee|tea|grease|soup)\b[^.!?]{0,40}"
        r"\b(?:(?:his|her|my|their) (?:whole|entire) \w+|all over|(?:his|her|my|their) face)\b|"
        r"\b(?:agua|aceite|cafe|sopa|grasa) (?:hirviendo|caliente|muy caliente)\b[^.!?]{0,40}"
        r"\b(?:tod[oa] (?:el|la|su) (?:brazo|pierna|espalda|pecho|cuerpo|panza|barriga|cara)|"
        r"en la cara)\b",
        r"\b(?:me|le|lo|la) (?:dispararon|apunalaron|atropello)\b",
        r"\b(?:atropellad|apunalad|baleado)\w*",
    ],
}

# Blood coughed up, its colour or amount told: "coughing up bright red blood", "tose sangre
# roja, mucha". Streaks in the phlegm of a cold are left to the visit.
PATTERNS["bleeding"].append(
    r"\b(?:cough\w*|hack\w*|spit\w*) (?:up |out )?(?:(?:bright|dark|fresh)[- ]red |fresh |"
    r"(?:a lot|lots|mouthfuls|cups?|a cup|so much|clots) of |a mouthful of |pure |red )+(?:blood|"
    r"clots)\b(?![- ]?(?:streak|tinged|stain|spec|fleck))|"
    r"\b(?:tos\w*|escup\w*) (?:con )?(?:(?:pura|mucha|bastante|puritita) )?sangre (?:roja|"
    r"fresca|viva|pura|a (?:chorros|bocanadas))\b|"
    r"\b(?:tos\w*|escup\w*) (?:pura|mucha|bastante|puritita) sangre\b"
)
