"""Red flags of the heart and the circulation: bleeding, an arrhythmia, a crisis in pressure.

They are grouped because each is blood failing to reach where it must or leaving where
it should not: a bleed in the gut or from a wound, a heart that races or squeezes, a
pressure that climbs into a crisis. They share the signs of a failing circulation
(faintness, pallor, sweat) and the blood-thinner a bleed is worse on.
"""

from __future__ import annotations

from aurixa.safety.detectors.redflags.signs import ANTICOAGULANT, PALPITATIONS

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
# Fainting, with a racing or pounding heart (signs.PALPITATIONS): an arrhythmia until
# shown otherwise.
_FAINTED = (
    r"(?:fainted|passed out|blacked out|lost consciousness|collapsed|me (?:desmaye|desmayo|"
    r"desvaneci|priv\w*)|se (?:desmayo|desvanecio|privo)|perd\w* el conocimiento|"
    r"(?:about to|going to|gonna|like i'?m going to) (?:faint|pass out)|"
    r"(?:me )?(?:voy|iba|va|iba) a desmayar(?:me)?)"
)

# A heart attack without chest pain, as it often comes in women, older people and diabetics:
# an ache between the shoulder blades, in the jaw or down an arm, with a sweat and with
# sickness or breathlessness.
_REFERRED_ACHE = (
    r"(?:(?:ache|aching|pain|pressure|heaviness|discomfort|tightness|dolor|duele|molestia|peso|"
    r"presion)\b[^.!?]{0,25}\b(?:shoulder ?blades|jaw|left arm|both arms|omoplatos|paletillas|"
    r"mandibula|quijada|brazo izquierdo|los dos brazos)|(?:shoulder ?blades|jaw|left arm|"
    r"both arms|omoplatos|paletillas|mandibula|quijada|brazo izquierdo)\b[^.!?]{0,15}"
    r"\b(?:ach\w*|hurt\w*|heavy|pain\w*|duele\w*|dolor\w*|pesad\w*))"
    # Sore from a workout is a muscle.
    r"(?![^.!?]{0,25}\b(?:from|after|por|despues de) (?:the gym|rowing|lifting|working out|"
    r"a workout|exercis\w*|training|sleeping|carrying|moving|el gimnasio|hacer ejercicio|cargar|"
    # ...and after the dentist it is the tooth.
    r"the dentist|dental work|a filling|a root canal|(?:a|the|my) tooth|wisdom teeth|el dentista|"
    r"una muela|la muela|la endodoncia))"
)
# A sweat, or the pallor that goes with it: both are a circulation failing ("esta palida").
_SWEATY = (
    r"(?:sweat\w*|clammy|cold sweat|drenched|sudad\w*|sudor\w*|suda\w*|empapad\w*|"
    r"(?:pale|pallid|ashen|grey|gray) (?:and|as|in the face|face)|looks? (?:pale|ashen|grey|"
    r"gray)|(?:went|gone|turned|is|was|looking) (?:very |really |so )?(?:pale|ashen|grey|gray)|"
    r"(?:esta|se puso|se ve|la veo|lo veo|muy) (?:muy )?(?:palid[oa]|gris|amarill[oa]))"
    r"(?! (?:after|from|despues de|por) (?:the gym|a workout|working out|exercis\w*|running|a run|"
    r"practice|the sauna|yoga|hot yoga|el gimnasio|hacer ejercicio|correr))"
)
_SICK_OR_BREATHLESS = (
    r"(?:nause\w*|queasy|sick to (?:my|his|her) stomach|throw\w* up|vomit\w*|out of breath|"
    r"short of breath|breathless|winded|(?:can't|cant|cannot) catch (?:my|his|her) breath|"
    r"nausea\w*|ganas de vomitar|falta de aire|(?:me|le) falta el aire|sin aire|ahog\w*)"
)
# A cold sweat, the sweat of a failing circulation rather than of heat or effort.
_COLD_SWEAT = (
    r"(?:cold sweat\w*|(?:cold|cool) and (?:sweaty|clammy)|sweaty and cold|clammy|"
    r"sudor (?:frio|helado)|sud\w* (?:en )?(?:frio|helado))"
)
# An older or diabetic person, in whom a heart attack often comes without chest pain.
_OLDER_OR_DIABETIC = (
    r"(?:(?:[6-9]\d|1[01]\d) ?(?:years? old|yrs? old|yo\b|y/o|anos)|elderly|diabet\w*|"
    r"grand(?:ma|pa|mother|father)|abuel[oa]|anciano|adulto mayor)"
)
# Weakness that came on at once: "de repente esta muy flojo", "suddenly so weak".
_SUDDEN_WEAK = (
    r"(?:(?:suddenly|all of a sudden|out of nowhere|de repente|de pronto|repentinamente)\b"
    r"[^.!?,]{0,20}\b(?:weak\w*|wiped out|no energy|floj[oa]|debil|sin fuerzas?|decaid[oa])|"
    r"(?:weak|floj[oa]|debil) (?:all of a sudden|de repente|de golpe))"
)
# A dialysis session missed: the potassium that builds up can stop the heart.
_ON_DIALYSIS = r"(?:dialy\w*|dializ\w*|dialisis|hemodialisis)"
_MISSED_SESSION = (
    r"(?:(?:missed|skipped|didn'?t (?:go to|make it to)|no (?:fue|fui) a|falto a|falte a|se salto|"
    r"me salte|perdio|perdi) (?:\w+ ){0,3}(?:dialysis|session|treatment|run|chair time|sesion|"
    r"dialisis|hemodialisis|tratamiento)|"
    # The session named by its day: "no fui el viernes", "missed Friday", "skipped Tuesday's".
    r"(?:missed|skipped|didn'?t go|did not go|no (?:fue|fui)|falt(?:o|e)|me salte|se salto)"
    r"(?: (?:on|last|this|my|el|este|del|on my))? (?:monday|tuesday|wednesday|thursday|"
    r"friday|saturday|sunday|lunes|martes|miercoles|jueves|viernes|sabado|domingo|yesterday|"
    r"ayer)\b)"
)
# A session not gone to, told with its own negation: "no he ido a diálisis desde el jueves",
# "haven't been to dialysis since Tuesday". The "no" is of the going, not of the dialysis.
_DIALYSIS_NOT_GONE = (
    r"(?:(?:no (?:he|ha|hemos|han|habia|habian) (?:ido|podido ir|asistido|tenido)|no (?:fue|fui|"
    r"pude ir|pudo ir)) (?:a )?(?:la |mi |su |mis |sus )?(?:dialisis|hemodialisis|sesion(?:es)? "
    r"de (?:hemo)?dialisis)|(?:haven'?t|hasn'?t|have not|has not|didn'?t|did not|couldn'?t|"
    r"could not) (?:been|gone|go|make it|made it|get|gotten) to (?:my |his |her |the )?"
    r"(?:dialysis|dialysis (?:session|center|unit|clinic)))"
)
_HEART_OR_LIMBS = (
    rf"(?:{PALPITATIONS}|heart\b[^.!?]{{0,20}}\b(?:jumping|skipping|weird|funny)|legs? "
    r"(?:won'?t|don'?t|can'?t|cant|dont) (?:move|work|hold)|(?:really |very |so )?weak legs|"
    # Legs gone soft under one: "legs feel like jelly", "piernas de trapo".
    r"legs? (?:feel |felt |are |went |gone |like )+(?:like )?(?:jelly|jello|rubber|noodles|wet "
    r"noodles|spaghetti|water)|piernas (?:de|como de|como) (?:gelatina|trapo|hule|chicle)|"
    r"(?:las )?piernas no (?:le |me )?(?:responden|sostienen)|no (?:le|me) responden las "
    r"piernas|muy debil|chest (?:pain|tight\w*)|dolor de pecho)"
)
# An implanted defibrillator that shocks more than once, or once with symptoms.
_ICD = (
    r"(?:defib\w*|a?icd\b|implant\w* (?:cardiac |heart )?(?:device|defib\w*)|(?:heart|cardiac) "
    r"device|desfibrilador\w*|dai\b)"
)
_ICD_SHOCK = (
    r"(?:shock\w*|zapp\w*|fir(?:ed|ing|es)|went off|gone off|goes off|jolt\w*|"
    r"descarga\w*|dispar\w*|(?:me|le) (?:dio|da|ha dado) (?:un |una )?(?:toque|choque|"
    r"descarga))"
)
_AGAIN_OR_UNWELL = (
    r"(?:twice|two times|three times|\d+ times|(?:more than|over) once|again|several|"
    r"multiple|repeated\w*|keeps?|kept|back to back|(?:second|third) (?:time|shock)|"
    r"dos veces|tres veces|\d+ veces|otra vez|de nuevo|varias|repetid\w*|chest pain|dizzy|"
    r"faint\w*|passed out|short of breath|confus\w*|dolor (?:de|en el) pecho|mare\w*|"
    r"desmay\w*|falta de aire)"
)

# A leg swollen and sore, then the lungs: a clot that has travelled.
_LEG_CLOT = (
    r"(?:(?:leg|calf|thigh|pierna|pantorrilla|muslo)\b[^.!?]{0,25}\b(?:swollen|swelling|puffy|"
    r"hot|warm|tender|painful|hurts|hinchad\w*|caliente|duele)|(?:swollen|painful|sore|"
    r"hinchad\w*) (?:\w+ )?(?:leg|calf|pierna|pantorrilla))"
)
_CLOT_IN_LUNG = (
    r"(?:cough\w* (?:up )?blood|short of breath|breathless|(?:can't|cant|cannot) catch (?:my|his|"
    r"her) breath|chest pain|pain (?:in (?:my|his|her) chest )?when (?:i|he|she) breathe\w*|"
    r"hurts to breathe|heart\b[^.!?]{0,15}\b(?:racing|pounding)|tos\w* (?:con )?sangre|"
    r"falta de aire|(?:le|me) falta el aire|dolor (?:de|en el) pecho|(?:me|le) duele al respirar)"
)

# A failing heart told by its signs: fluid put on as weight within days ("up 8 lbs in 3
# days", "subió 3 kilos en dos días"), not over months.
_WEIGHT_GAIN = (
    r"(?:up|gained|gain(?:ed)? of|put on|jumped|went up|increased|heavier|subi\w*|aument\w*|"
    r"engord\w*|gan\w*)\b[^.!?]{0,25}?\b(?:\d+(?:[.,]\d)?|two|three|four|five|six|seven|eight|"
    r"nine|ten|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez) ?(?:lbs?|pounds|kgs?|kilos?|"
    r"libras)\b[^.!?]{0,25}?\b(?:days?|nights?|overnight|(?:this |a |one |in a |last )week|"
    r"yesterday|since \w+day|the weekend|dias?|noches?|(?:una|esta|la) semana|ayer|desde el \w+|"
    r"de un dia para otro)\b"
)
# Short of breath with no effort at all, or lying down: what sends a failing heart to 911.
# Breathless on stairs or a walk is a visit to book.
_BREATH_SHORT = (
    r"(?:winded|out of breath|short of breath|breathless|(?:can'?t|cannot|cant) (?:catch|get) "
    r"(?:my|his|her|a) breath|(?:hard|struggling|trouble) (?:to )?breath\w*|gasping|"
    r"(?:me|le) falta el aire|falta de aire|sin aire|(?:me|se) ahog\w*|no (?:puedo|puede) "
    r"respirar)"
)
_AT_REST = (
    r"(?:talking|to talk|speaking|sitting(?: still| down)?|resting|at rest|lying|laying|in bed|"
    r"doing nothing|finish a sentence|al hablar|hablando|sentad[oa]|en reposo|acostad[oa]|"
    r"sin hacer nada)"
)
_BREATHLESS_AT_REST = (
    rf"(?:{_BREATH_SHORT}\b[^.!?]{{0,20}}?\b(?:just |even |when (?:i'?m |he'?s |she'?s |i |he "
    rf"|she )?|while )?{_AT_REST}\b|"
    rf"(?:just |even |when (?:i'?m |he'?s |she'?s |i |he |she )?|while )?{_AT_REST}\b"
    rf"[^.!?]{{0,20}}?\b{_BREATH_SHORT}|"
    # Unable to lie flat: sleeping upright, waking to gasp for air.
    r"(?:can'?t|cannot|cant) (?:lie|lay) (?:down|flat)|(?:has|have|had) to sleep (?:sitting up|"
    r"in (?:a|the|his|her|my) (?:chair|recliner))|(?:wakes?|woke|waking) up (?:gasping|choking|"
    r"short of breath|unable to breathe|can'?t breathe)|no (?:puedo|puede) (?:acostarme|"
    r"acostarse)|(?:tengo|tiene) que dormir sentad[oa]|se despierta (?:ahogandose|sin aire))"
)
# Heart failure named: with breathlessness at rest it is failing now.
_HEART_FAILURE = (
    r"(?:chf|heart failure|congestive|weak heart|enlarged heart|insuficiencia cardiaca|"
    r"corazon (?:debil|crecido|grande))"
)

# Froth coughed up, pink or with blood: the lungs filling with fluid (pulmonary oedema).
_PINK_FROTH = (
    r"(?:(?:pink|pinkish|bloody|blood-tinged)\b[^.!?]{0,12}\b(?:froth\w*|foam\w*|bubbl\w*)|"
    r"(?:froth\w*|foam\w*|bubbl\w*) (?:that(?:'s| is) |and )?(?:pink|pinkish|bloody)|"
    r"espuma\w* (?:rosad\w*|rosa|con sangre)|(?:flema|gargajo)s? (?:rosad\w*|con espuma))"
)
# A heart known to be weak, said as patients say it: "malo del corazón", "bad heart".
_WEAK_HEART = (
    rf"(?:{_HEART_FAILURE}|(?:bad|weak|failing) heart|heart (?:trouble|condition|problems?|"
    r"disease|patient)|(?:mal[oa]|enferm[oa]) del corazon|(?:problemas|enfermedad) del corazon)"
)
# A known aneurysm of the aorta, or the aorta named: sudden severe pain in the belly, back
# or chest, or a faint, is a rupture until shown otherwise.
_AORTA_KNOWN = r"(?:(?<!brain )(?<!cerebral )aneurysm|aneurisma(?! cerebral)|aort\w*|\baaa)"
_SUDDEN_TRUNK_PAIN = (
    r"(?:(?:sudden\w*|all of a sudden|out of nowhere|severe|worst|terrible|excruciating|"
    r"unbearable|de (?:repente|golpe)|fuerte|insoportable|horrible)\b[^.!?]{0,40}\b(?:belly|"
    r"stomach|abdom\w*|tummy|back|chest|flank|panza|estomago|barriga|vientre|espalda|pecho)|"
    r"(?:belly|stomach|abdom\w*|back|chest|panza|estomago|barriga|espalda|pecho)\b[^.!?]{0,25}"
    r"\b(?:sudden\w*|severe|excruciating|unbearable|de (?:repente|golpe)|insoportable))"
)
_FAINT_OR_PALE = (
    r"(?:faint\w*|pass(?:ed|ing)? out|pale|grey|gray|clammy|light-?headed|desmay\w*|palid\w*|"
    r"sudor frio|se (?:va|iba) a desmayar)"
)
# Pain that tore or ripped, in the chest or the back (between the shoulder blades): an
# aortic dissection. A tear felt in a knee or a calf is a ligament, not this.
_TORE_LIKE = (
    r"(?:like (?:something|a \w+|it|i|my \w+) (?:had |has |was |just )?(?:tore|torn|ripped|"
    r"split|was tearing|was ripping|tearing|ripping|ripped open|split open)|"
    r"(?:tearing|ripping) (?:feeling|sensation)|como (?:si|que) (?:algo )?(?:se )?(?:me |le )?"
    r"(?:desgarr|rasg|romp|arranc)\w*)"
)
_CHEST_OR_BACK = (
    r"(?:chest|back|shoulder ?blades?|between (?:my|his|her|the) shoulders|sternum|"
    r"breastbone|pecho|espalda|omoplatos|paletas|esternon)"
)

RULES: dict[str, list[tuple[str, ...]]] = {
    "heart_failure": [
        (_WEIGHT_GAIN, _BREATHLESS_AT_REST),
        (_HEART_FAILURE, _BREATHLESS_AT_REST),
        (_WEAK_HEART, _BREATHLESS_AT_REST),
        # Pink froth coughed up is an emergency on its own.
        (
            rf"(?:cough\w*|spit\w*|bring\w* up|tos\w*|escup\w*|arroj\w*)\b[^.!?]{{0,30}}"
            rf"{_PINK_FROTH}",
        ),
    ],
    "aortic": [
        (_TORE_LIKE, _CHEST_OR_BACK),
        (_AORTA_KNOWN, _SUDDEN_TRUNK_PAIN),
        (_AORTA_KNOWN, _FAINT_OR_PALE),
    ],
    "gi_bleeding": [
        # Vomit like coffee grounds is digested blood: an upper GI bleed.
        (
            r"(?:coffee[- ](?:grounds?|granules|grinds)\b[^.!?]{0,40}\b(?:vomit\w*|throw\w* up|"
            r"threw up|puk\w*)|"
            r"(?:vomit\w*|throw\w* up|threw up|threw|puk\w*|bring\w* up)\b[^.!?]{0,50}"
            r"coffee[- ](?:grounds?|granules|grinds)|(?:posos|borra|asiento|cuncho)s? de cafe|"
            # Coffee ground in Spanish is "café molido", said as what the vomit looks like.
            r"(?:vomit\w*|devolv\w*|arroj\w*)\b[^.!?]{0,30}\b(?:como |a )?cafe molido|"
            r"blood in (?:his|her|my|the) (?:vomit|puke|sick)|"
            r"vomit\w* (?:con )?sangre|devolv\w* (?:con )?sangre|vomit\w* (?:bright )?red|"
            # Blood itself thrown up, its colour or amount said: "threw up bright red blood
            # twice", "vomitó pura sangre". A red drink thrown up is not blood.
            r"(?:vomit\w*|throw\w* up|threw up|thrown up|puk\w*|brought up|bringing up) "
            r"(?:up )?(?:(?:bright |dark )?red |fresh |a lot of |lots of |some |so much |"
            r"(?:about |like )?a (?:cup|mug|bowl)(?:ful)? of |what looks like )*blood\b"
            # Blood swallowed from a nosebleed comes back up and is no bleed inside.
            r"(?![- ]?(?:red|orange|colou?red|like)|[^.!?]{0,40}\b(?:nose ?bleeds?|"
            r"bloody nose|sangr\w* de (?:la )?nariz))|"
            r"(?:vomit\w*|devolv\w*|arroj\w*) (?:pura |puritita |mucha |bastante |harta )"
            r"(?:sangre|sangre roja)\b)",
        ),
        # Black, tarry stool is a bleed higher up; with a blood thinner or with
        # dizziness, faintness or pallor it is a bleed to treat now.
        (
            r"(?:(?:black|tarry|tar-?like|jet black|dark red|maroon)\b[^.!?]{0,20}\b(?:stool|"
            r"poop|poo|bowel movements?|diarrh\w*|bm)s?|"
            r"(?:stool|poop|poo|bowel movement)s?\b[^.!?]{0,20}"
            r"\b(?:black|like tar|tarry|tar-like)|(?:heces|caca|popo|evacuaciones|excremento) "
            # A verb may come between: "el excremento me sale negro", "le sale bien negra".
            r"(?:\w+ ){0,3}(?:negr\w*|como (?:chapopote|alquitran|brea)))",
            rf"(?:{ANTICOAGULANT}|dizzy|light-?headed|faint\w*|passed out|pale|weak|wobbly|"
            r"mare\w*|palid\w*|desmay\w*|debil)",
        ),
        (rf"{ANTICOAGULANT}", r"(?:vomit\w*|throw\w* up|threw up|cough\w* up) (?:up )?blood"),
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
        (_REFERRED_ACHE, _SWEATY, _SICK_OR_BREATHLESS),
        # The same ache with a cold sweat alone: "le duele la mandibula y el brazo izquierdo,
        # suda frio".
        (_REFERRED_ACHE, _COLD_SWEAT),
        # No pain at all in an older or diabetic person: weakness come on at once, a sweat,
        # and sickness or breathlessness.
        (_OLDER_OR_DIABETIC, _SUDDEN_WEAK, _SWEATY, _SICK_OR_BREATHLESS),
        (_ICD, _ICD_SHOCK, _AGAIN_OR_UNWELL),
    ],
    "clot": [
        (_LEG_CLOT, _CLOT_IN_LUNG),
    ],
    "syncope": [
        (_FAINTED, PALPITATIONS),
    ],
    "cardiac_rate": [
        # A missed dialysis session with the heart or the legs failing.
        (_ON_DIALYSIS, _MISSED_SESSION, _HEART_OR_LIMBS),
        (_DIALYSIS_NOT_GONE, _HEART_OR_LIMBS),
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
    "bleeding": [
        # Any bleeding on a blood thinner (urine, cough, bruises) with faintness or pallor.
        (
            ANTICOAGULANT,
            r"(?:(?:peeing|pissing|urinating|coughing|spitting|throwing) (?:up )?blood|blood in "
            r"(?:his |her |my |the )?(?:urine|pee|stool|poop|spit)|bloody (?:urine|pee|stool|"
            r"poop)|bleed\w*|bruis\w* (?:all over|everywhere)|(?:orina|pipi|popo) con sangre|"
            r"sangre en (?:la |el |su |mi )?(?:orina|pipi|popo|heces)|sangr\w*|moretones por "
            r"todo)",
            r"(?:dizzy|light-?headed|faint\w*|pale|weak|wobbly|passed out|mare\w*|palid\w*|"
            r"desmay\w*|debil)",
        ),
        # Pressure on a wound that does not stop or slow the bleeding.
        (rf"(?:{_WOUND}\b[^.!?]{{0,80}}{_PRESSED}|{_PRESSED}[^.!?]{{0,60}}\b{_WOUND}\b)",),
        (
            r"(?:(?:la )?sangre no (?:para|se detiene|deja de salir|se para|se quita)|"
            r"(?:sale|salia|brota|sangra\w*|sangre) (?:la sangre )?a chorros|"
            r"(?:blood|bleeding) (?:keeps|kept) (?:coming|pouring|gushing))",
        ),
        # Pressure held for a while and the blood still coming through it: "pressing towels on
        # it for half an hour and the blood is still soaking through", "le aprieto con una
        # toalla y la sangre sigue traspasando".
        (
            r"(?:(?<!blood )press\w*|holding|held)\b[^.!?]{0,80}"
            r"\b(?:blood|bleeding|it)\b (?:is |was |keeps |kept )?(?:still )?(?:soak\w*|seep\w*|"
            r"com\w* through|bleed\w* through)|(?:aprie\w*|apret\w*|presion\w*)"
            r"\b[^.!?]{0,80}\b(?:la sangre )?sigue (?:saliendo|traspasando|empapando|sangrando|"
            r"brotando)",
        ),
        # Blood that spurts or pulses out of a wound is an artery.
        (
            rf"(?:{_WOUND}|cort\w*|herida|sangr\w*)",
            r"(?:(?:blood|bleeding|it'?s|its|it is|it was|it keeps|wound|cut)\b (?:(?:is|was|keeps|"
            r"kept|still|just) )?(?:spurt\w*|squirt\w*|puls\w*|pump\w*)|"
            r"blood\b[^.!?]{0,30}\b(?:and|y) (?:spurt\w*|squirt\w*|puls\w*|pump\w*)|"
            r"(?:spurt\w*|squirt\w*|"
            r"pump\w*|puls\w*) (?:out )?blood|"
            # Said on its own after the cut: "..., spurting when I let go".
            r"(?:^|[,;]|\band) ?(?:and )?(?:spurt\w*|squirt\w*|sale a chorros)\b|"
            r"(?:sangre|sangra\w*|sale) a borbotones|"
            r"(?:sangre|sangra\w*|sale) (?:a chorritos|en chorros|pulsando))",
        ),
    ],
}

# Blood passed from below, told by its amount or its colour rather than named: "a lot of
# bright red blood and clots", "filled the bowl", "maroon blood", diarrhoea that is "all
# blood" or "pura sangre". A streak on the paper or a little blood with a hemorrhoid says
# neither.
_BLOOD_PASSED = (
    r"(?:(?:a lot of|lots of|so much|loads of|tons of|mostly|just|only|pure|all) (?:bright red |"
    r"dark red |dark |fresh )?blood (?:and|with|plus|\+) clots|(?:blood )?clots (?:of blood )?"
    r"(?:in|into|from|with) (?:the|my|his|her) (?:stool|poop|diarrh\w*|bm)|"
    r"(?:pooping|pooped|pooping out) (?:out )?(?:bright red |dark red |dark |fresh )?(?:blood )?"
    r"(?:and )?clots|(?:filled|fills|filling|full of) (?:up )?the (?:toilet|bowl)"
    r"(?! with (?!blood))|"
    r"maroon(?:[- ]colou?red)?(?: \w+){0,2} (?:blood|stools?|poops?|poos?|bms?|bowel movements?|"
    r"diarrh\w*)|(?:blood|stools?|poops?|poos?|bms?|bowel movements?|diarrh\w*)\b[^.!?]{0,20}"
    r"\bmaroon|"
    r"diarrh\w*\b[^.!?]{0,20}\b(?:is |was |that'?s |of )?(?:all|pure|just|nothing but|only) "
    r"blood\b(?! (?:work|tests?|draws?|pressure|sugar))|(?:all|pure|just|nothing but|only) "
    r"blood\W{1,3}(?:and )?no (?:actual |real )?(?:poop|"
    r"stool|poo)|diarrea (?:de )?(?:pura|puritita|pur[oa]|pura y pura) sangre|(?:obrando|cagando|"
    r"evacuando|hago|hace|haciendo|sale|salen|me sale) (?:pura|puritita|pur[oa]) sangre|"
    r"(?:coagulos|cuajos|cuajarones) (?:de sangre )?(?:en|con) (?:el |la |las )?(?:popo|heces|"
    r"excremento|diarrea)|sangre (?:con|y) (?:coagulos|cuajos|cuajarones))"
)
# The blood lost shows in the circulation: faint or dizzy (on standing too), weak, pale, the
# sight going dark, a heart that races or pounds.
_BLOOD_LOSS_SHOWS = (
    rf"(?:{PALPITATIONS}|heart\b[^.!?]{{0,20}}\b(?:racing|pounding)|dizz\w*|light-?headed|"
    r"woozy|faint\w*|pass(?:ed|ing)? out|pale|weak|wobbly|(?:vision|sight)\b[^.!?]{0,20}\b(?:"
    r"goes|going|went|turns?) (?:dark|black|grey|gray|blurry)|mare\w*|palid\w*|desmay\w*|"
    r"debil|se me (?:nubla|va|oscurece) (?:la vista|todo))"
)
# A polyp taken off in the last days: the scar can bleed up to two weeks after.
_POLYP_REMOVED = (
    r"(?:polyps?\b[^.!?]{0,40}\b(?:removed|taken|took|out|off|cut|snipped|clipped|snared|resected)|(?:removed|snipped|"
    r"took|taken|took out|cut out|snared) (?:\w+ ){0,3}polyps?|polypectom\w*|"
    r"(?:quitaron|sacaron|extirparon|cortaron) (?:\w+ ){0,3}polipos?|polipos?\b[^.!?]{0,30}"
    r"\b(?:quitaron|sacaron|extirparon|cortaron)|polipectomia)"
)
_BLOOD_PASSED_AGAIN = (
    rf"(?:{_BLOOD_PASSED}|(?:passing|passed|pooping|pooped|bleeding|sangrando|obrando) "
    r"(?:\w+ ){0,3}(?:blood|sangre)\b[^.!?]{0,40}\b(?:\d+|two|three|four|five|six|several|"
    r"many|dos|tres|cuatro|cinco|seis|varias|muchas) (?:times|veces)|"
    r"(?:a lot of|lots of|so much|loads of|tons of|mucha|bastante|harta) (?:bright red |dark "
    r"red |dark |fresh )?(?:blood|sangre)(?! (?:drawn|taken|work|test|sacada))|"
    r"(?:toilet|bowl|inodoro|taza)\b[^.!?]{0,20}\b(?:red|full|roj[oa]|llen[oa]))"
)
RULES["gi_bleeding"].extend(
    [
        # Blood passed by the bowel in amount or colour, and the circulation showing it.
        (_BLOOD_PASSED, _BLOOD_LOSS_SHOWS),
        # The same bleeding, or blood passed again and again, in the days after a polyp came
        # off: a late bleed from its scar.
        (_POLYP_REMOVED, _BLOOD_PASSED_AGAIN),
    ]
)


# A limb gone suddenly cold and pale or blue, painful or numb: an artery blocked by a clot
# (often from an irregular heart), which costs the limb within hours. Fingers that go white
# in the cold and come back (Raynaud's) name no arm, leg, hand or foot as cold and white
# together with pain or numbness, and feet that are "always cold" are not pale.
_LIMB = r"(?:leg|arm|foot|feet|hand|calf|shin|pierna|brazo|pie|pies|mano|pantorrilla)"
_COLD_PALE = (
    r"(?:cold|freezing|icy|ice cold)\b[^.!?]{0,12}\b(?:and|&|,) ?(?:white|pale|blue|gr[ae]y|"
    r"mottled|purple)|(?:white|pale|blue|gr[ae]y|mottled|purple)\b[^.!?]{0,12}\b(?:and|&|,) ?"
    r"(?:cold|freezing|icy|ice cold)|"
    r"fri[oa]s?\b[^.!?]{0,12}\b(?:y|,) ?(?:blanc[oa]s?|palid[oa]s?|morad[oa]s?|azul\w*)|"
    r"(?:blanc[oa]s?|palid[oa]s?|morad[oa]s?)\b[^.!?]{0,12}\b(?:y|,) ?fri[oa]s?"
)
_LIMB_PAIN_NUMB = (
    r"(?:hurts?|pain\w*|agony|killing me|(?:can'?t|cannot|cant) (?:feel|move)|numb\w*|"
    r"duele\w*|dolor\w*|no (?:siento|puedo mover|siente|puede mover)|entumid\w*|dormid[oa])"
)
RULES["limb_ischemia"] = [
    (
        rf"(?:{_LIMB}\b[^.!?]{{0,40}}\b(?:{_COLD_PALE})|(?:{_COLD_PALE})\b[^.!?]{{0,20}}\b{_LIMB})",
        _LIMB_PAIN_NUMB,
    ),
]

# A blood result the lab or doctor has called about with an order to go to the emergency
# department (a high potassium, a low sodium): the call itself is the triage, and waiting
# for the weekday visit is what it warns against. A potassium high enough to stop the heart
# (6.0 and above) with the heart skipping or the legs weak is the same emergency told.
_TOLD_TO_GO = (
    r"(?:told|tell|telling|said|says|saying|asked|voicemail|message|called|calling|"
    r"me (?:dijeron|dijo|llamaron|llamo|mandaron)|dijeron|dijo)\b(?:[^.!?]|[.,]\d){0,60}\b"
    r"(?:go (?:straight |"
    r"right )?to (?:the )?(?:er|e\.r\.|emergency|hospital|a&e|ed)\b|go in (?:to the er )?(?:now|"
    r"tonight|right away|immediately)|(?:ir|vaya|vete|fuera|fuese|fuéramos) (?:a|al) "
    r"(?:urgencias|emergencias|la sala de emergencia|hospital))"
)
_CRITICAL_LAB = (
    r"(?:potassium|potasio|sodium|sodio|hemoglobin|hemoglobina|platelets?|plaquetas|inr|"
    r"calcium|calcio|glucose|glucosa|troponin|troponina|lab(?:s| work| results?)?|blood "
    r"(?:work|test|results?)|analisis|resultados?)"
)
_HIGH_POTASSIUM = (
    r"(?:potassium|potasio|\bk\b)\b[^.!?]{0,20}\b(?:(?:was|is|of|at|came back|de|en|salio|esta|"
    r"estaba)\W{1,3})?(?:[6-9](?:[.,]\d)?\b(?! ?(?:am|pm|days?|weeks?|years?|hours?|dias|"
    r"semanas|anos))|(?:very|really|super|dangerously|critically|muy) (?:high|alto))"
)
_HEART_OR_WEAK = (
    r"(?:heart\b[^.!?]{0,20}\b(?:skipp\w*|flutter\w*|racing|pounding|irregular|weird)|"
    r"palpitat\w*|skipp\w* beats?|(?:legs?|arms?|muscles?)\b[^.!?]{0,20}\b(?:weak|heavy|numb)|"
    r"corazon\b[^.!?]{0,20}\b(?:brinca|salta|acelerad\w*|irregular)|palpitaciones|"
    r"(?:piernas|brazos)\b[^.!?]{0,20}\b(?:debiles|pesadas|dormidas))"
)
RULES["critical_lab"] = [
    (_CRITICAL_LAB, _TOLD_TO_GO),
    (_HIGH_POTASSIUM, _HEART_OR_WEAK),
]
