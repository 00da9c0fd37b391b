"""Symptom reports of the heart and the airway: chest pain, breathlessness, a closing throat.

They are grouped because each is oxygen failing to reach the body: a heart that squeezes,
lungs that cannot fill, an airway that swells shut. One mention is enough; the signs
that only mean an emergency together live in `redflags`.
"""

from __future__ import annotations

from aurixa.safety.detectors.symptoms.words import CANT, WHO

PATTERNS: dict[str, list[str]] = {
    "cardiac": [
        r"\bchest (?:pains?|tightness|pressure|discomfort|heaviness)\b",
        rf"\b(?:pain|pressure|tightness|squeezing|crushing|heaviness) (?:in|on|across) "
        rf"{WHO} chest\b",
        r"\bchest (?:hurts?|is (?:hurting|tight|burning|killing me))\b",
        r"\bchest (?:feels|is|felt|gets|got) (?:really |very |so |all |super )?(?:tight|heavy|"
        r"crushed|squeezed|like (?:an? )?(?:elephant|weight|vise|band))\b",
        r"\bheart attack\b",
        r"\bchest\b(?:\W+\w+){0,6}?\W+(?:pains?|hurts?|hurting|pressure|tight\w*|heavy|crush\w*|"
        r"squeez\w*|aching)\b",
        r"\b(?:an elephant|a ton of bricks)\b[^.!?]{0,12}\b(?:sitting|standing|pressing|stepping|"
        r"parked|on (?:him|her|me|my|his))\b",
        r"\b(?:something|an elephant|a weight|someone|a truck)\W+(?:is\W+)?(?:sitting|pressing|"
        r"standing|parked) on (?:my|his|her) chest\b",
        # The chest named first, then the weight on it: "my chest has felt like someone's
        # sitting on it", "el pecho como si alguien se me sentara encima".
        r"\bchest\b[^.!?]{0,40}\blike (?:someone|somebody|something|an? \w+|a ton of \w+)"
        r"(?:'s| is| was)? (?:sitting|standing|pressing|kneeling|stepping|parked|squeezing|"
        r"crushing|lying) (?:on|down on) (?:it|me|him|her)\b",
        r"\bpecho\b[^.!?]{0,40}\bcomo (?:si|que) (?:alguien|algo|un elefante|una piedra|un peso|"
        r"una loza)\b[^.!?]{0,30}\b(?:sentad\w*|sentara|encima|aplast\w*|pis\w*|apret\w*|"
        r"parad\w*)\b",
        r"\bclutch\w* (?:my|his|her|their) chest\b",
        r"\b(?:heavy|crushing|squeezing|tight|pressing) (?:feeling|sensation|weight)\b[^.!?]{0,30}"
        r"\bchest\b",
        r"\b(?:pain|pressure|squeezing|tightness) (?:behind|in|under) (?:my|his|her|the) "
        r"(?:breastbone|sternum)\b",
        r"\bheart (?:is )?(?:pounding|racing|beating) (?:out of|so fast)\b[^.!?]{0,60}\b(?:faint|"
        r"black\w* out|pass\w* out|dizzy|chest)\b",
        r"\bdolor (?:en el|de) pecho que se (?:va|pasa|corre|extiende)\b",
        r"\b(?:pains?|pressure|tightness|squeezing|crushing|heaviness|aching|tight band|band|"
        r"vise|vice|strap|belt)\b(?:\W+\w+){0,5}?"
        r"\W+chest\b",
        r"\b(?:presion|dolor|opresion|peso|punzada)\b(?:\W+\w+){0,4}?\W+(?:pecho)\b",
        r"\bcardiac arrest\b",
        r"\bclutch\w* (?:at )?(?:my|his|her|their) (?:left )?(?:arm|chest|heart)\b",
        r"\bheart\b[^.!?]{0,15}\b(?:racing|pounding|beating (?:so |really |very )?(?:fast|hard)|"
        r"flip\w*|flutter\w*|skipping|jumping|all over the place|irregular|beating (?:weird|funny|"
        r"strange\w*|oddly))\b[^.!?]{0,60}\b(?:faint\w*|pass(?:ing)? out|black\w* out|collaps\w*|"
        r"chest)\b|"
        r"\b(?:faint\w*|pass(?:ing)? out|black(?:ing)? out)\b[^.!?]{0,60}\bheart\b[^.!?]{0,15}"
        r"\b(?:racing|pounding|beating (?:so |really |very )?(?:fast|hard))\b",
        rf"\b(?:pain|numbness) (?:spreading|radiating|going|moving|shooting) (?:down|to|into|up) "
        rf"{WHO} (?:left )?(?:arm|jaw|shoulder|neck)\b",
        # A pressure or ache that travels down the left arm, however the chest is spelled.
        rf"\b(?:pressure|squeez\w*|tight\w*|heav\w*|ache|aching|pain|crushing|burning)\b"
        rf"[^.!?]{{0,50}}\b(?:goes|going|went|spread\w*|radiat\w*|shoot\w*|moves|moving|"
        rf"travel\w*|runs|running) (?:all the way )?(?:down|into|to|up) (?:{WHO} )?left "
        rf"(?:arm|shoulder|jaw)\b|\b(?:presion|opresion|dolor|peso|apreton)\b[^.!?]{{0,50}}"
        r"\b(?:se (?:me |le )?(?:va|pasa|corre|baja|extiende)|baja|corre) (?:hasta |hacia |por |"
        r"a |al )?(?:el |mi |su )?brazo izquierdo\b",
        r"\bdolor(?: \w+){0,3} (?:en el|de|del) pecho\b",
        r"\b(?:me|le|nos) duele (?:mucho )?el pecho\b",
        r"\b(?:me|le|nos) (?:aprieta|oprime|pesa|arde|quema|aplasta) (?:mucho |muchisimo )?el "
        r"pecho\b|\bcomo (?:que|si) (?:le|me) (?:aprietan|apretaran|oprimen|aplastaran|aplastan) "
        r"el pecho\b",
        r"\b(?:presion|opresion|apreton|peso) en el pecho\b",
        r"\bcomo (?:una piedra|un peso|una loza|un ladrillo|un elefante|una plancha|un yunque) "
        r"(?:en|sobre) el pecho\b",
        r"\binfarto\b",
        r"\bse (?:agarra|aprieta|toca|sujeta) el pecho\b|\b(?:pecho|duele|dolor)\b[^.!?]{0,40}"
        r"\bhasta (?:la|el) (?:quijada|mandibula|brazo|cuello|espalda)\b",
        r"\bataque (?:al|de) corazon\b",
        r"\b(?:ataque|paro) cardiaco\b",
    ],
    "breathing": [
        rf"\b{CANT} (?:breathe|breath|catch {WHO} breath|get (?:enough )?air)\b",
        r"\b(?:struggling|fighting|gasping) (?:to breathe|for (?:air|breath))\b",
        rf"\b(?:struggling|{CANT}) to (?:catch|get) (?:my|his|her|a) breath\b",
        # Oxygen under 90 % on a finger monitor.
        r"\b(?:oxygen|o2|sats?|saturation|spo2|pulse ?ox\w*|oximeter|oxigeno|saturacion|"
        r"oximetro)\b[^.!?%]{0,30}?\b[4-8]\d ?(?:%|percent|por ciento)|\b[4-8]\d ?% (?:oxygen|o2|"
        r"sats?|saturation|de oxigeno|de saturacion)\b",
        # A reading under 90 said without the percent sign: "oxygen is reading 79".
        r"\b(?:oxygen|o2|sats?|saturation|spo2|oxigeno|saturacion)\b[^.!?%\d]{0,20}?\b(?:is|was|are|"
        r"were|reading|reads|read|at|only|down to|dropped to|marca|marcando|esta en|de|en) "
        r"[4-8]\d\b(?! ?(?:mg|lbs?|pounds|kg|liters?|litros|l\b|years?|min\w*|/|%))",
        # Breathing that looks like drowning, or done with the whole belly: the work of
        # breathing, seen from outside.
        r"\bbreath\w* like (?:she'?s|he'?s|i'?m|they'?re|she is|he is|i am) drowning\b|"
        r"\bbreath\w* (?:with|from|using) (?:her|his|their|the|my) (?:whole )?(?:tummy|belly|"
        r"stomach|abdomen)\b|\bgrunt\w*\b[^.!?]{0,20}\bbreath\w*|\bbreath\w*[^.!?]{0,30}"
        r"\bgrunt\w*|\brespira con (?:toda )?la (?:panza|barriga|pancita)\b|"
        r"\bno (?:puede|puedo|podia) ni (?:hablar|respirar)\b|\bde lo ahogad[oa] que "
        r"(?:esta|estoy|estaba)\b",
        r"\bgrunting with (?:each|every) breath\b|\b(?:looks?|turning|is) (?:pale |a bit )?blue\b",
        rf"\b{CANT} (?:get|take) a (?:full|deep|proper) breath\b",
        r"\b(?:nostrils|nose) (?:are |is )?flaring\b|\bbreathing (?:really |very |so )?fast\b"
        r"[^.!?]{0,40}\b(?:flaring|ribs|blue|sucking)\b",
        r"\b(?:respira|respirando) (?:muy )?rapido\b[^.!?]{0,40}\b(?:costillas|morad\w*|azul\w*)\b"
        r"|\bse le hunden las costillas\b",
        r"\bno me entra (?:el )?aire\b|\bno (?:jala|agarra|le entra|puede jalar|le llega|"
        r"alcanza a jalar) (?:el )?aire\b|\bse (?:le|me) (?:va|fue|iba) el aire\b|"
        r"\b(?:le|me) cuesta (?:mucho |muchisimo |bastante |trabajo |mucho trabajo )?respirar\b",
        r"\bgasping\b",
        r"\b(?:can|could) (?:barely|hardly) (?:breathe|breath|talk|speak)\b|"
        r"\b(?:barely|hardly|not really) breathing\b",
        rf"\b{CANT} (?:breath|get (?:any )?air in)\b",
        r"\basthma attack\b[^.!?]{0,60}\b(?:not|isn't|isnt|won't|doesn't|does not|is not) "
        r"(?:getting better|helping|help|working|work|stopping|doing (?:anything|a thing|much))\b",
        r"\b(?:inhaler|puffer|nebuli[sz]er|albuterol)\b[^.!?]{0,20}\b(?:not|isn't|isnt|doesn't|"
        r"does not|is not|won't|stopped|didn'?t|did not|hasn'?t|has not) (?:helping|help|working|"
        r"work|helped|worked|"
        r"doing (?:anything|a thing)|touching it)\b"
        # ... the breathing, not a cold's cough or a stuffy nose it was tried on.
        r"(?! (?:(?:with |for )?(?:my|his|her|the) )(?:cough|cold|congestion|allergies|nose|"
        r"sinus\w*)\b)|\b(?:inhalador|nebulizador)\b[^.!?]{0,20}"
        r"\bno (?:me |le )?(?:hace nada|ayuda|sirve|funciona)\b",
        # Too breathless to speak, or noisy breathing in (stridor) at rest: the airway.
        r"\b(?:can't|cannot|can not|unable to|couldn't|cant) (?:finish|complete|get through|"
        r"say) (?:a |his |her |my )?(?:whole |full )?sentences?\b|"
        r"\bno (?:puede|puedo) (?:terminar|acabar) (?:una |las )?(?:frases?|oraciones?)\b|"
        # The words counted as the most that will come: "can't say more than a word or two".
        r"\b(?:can't|cannot|can not|unable to|couldn't|cant) (?:\w+ ){0,3}?(?:say|speak|get "
        r"out|manage) more "
        r"than (?:a word|one word|a (?:few|couple(?: of)?) words|two words|one or two words)\b|"
        r"\bno (?:puede|puedo) decir (?:mas (?:de|que) )?(?:una|dos|un par de) palabras?\b|"
        r"\b(?:(?:can|could) )?only (?:say|get out|speak|manage|talk in) (?:a few|a couple(?: of)?|"
        r"one or two|two or three|\d) words\b|\b(?:a few|one or two|two|three) words at a time\b|"
        r"\bsolo (?:puedo|puede|alcanzo a|alcanza a) (?:decir|hablar) (?:unas |dos |tres |pocas )?"
        r"(?:palabras|palabritas)\b",
        # A reliever used again and again within the hour, still not helping.
        r"\b(?:inhaler|puffer|albuterol|ventolin|salbutamol|nebuli[sz]er|inhalador)\b[^.!?]{0,50}"
        r"\b(?:\d+|several|many|multiple|a bunch of|varias|muchas) (?:times|puffs|veces)\b"
        r"[^.!?]{0,50}\b(?:not|isn'?t|doesn'?t|no) (?:\w+ )?(?:helping|working|help|work|ayuda|"
        r"sirve|funciona|hace nada)\b",
        # A peak flow under half of the person's best is the red zone of an asthma plan.
        r"\b(?:peak ?flow|pef|flujo (?:maximo|pico)|pico (?:de )?flujo)\b[^.!?]{0,30}?\b"
        r"(?:[1-4]\d|[5-9]) ?(?:%|percent|por ciento)|\b(?:peak ?flow|flujo (?:maximo|pico)|"
        r"pico (?:de )?flujo)\b[^.!?]{0,30}\b(?:red zone|zona roja)\b|"
        r"\bstridor\b|\b(?:high[- ]pitched|whistling|squeaky|crowing|squeaking|harsh)\b"
        r"[^.!?]{0,15}\b(?:noise|sound|squeak|whistle|breath)\w*\b[^.!?]{0,20}\b(?:breath\w* in|"
        r"inhal\w*|resting|at rest)\b|\b(?:barking|barky|seal-?like) cough\b[^.!?]{0,60}"
        r"\b(?:resting|at rest|blue|struggl\w*|drool\w*|ribs|noise when|sound when)\b",
        r"\bse le (?:marcan|hunden|notan|ven) las costillas\b|\b(?:ribs|costillas)\b[^.!?]{0,20}"
        r"\b(?:showing|sucking in|pulling in|se marcan|se hunden)\b|\btiraje\b",
        # Croup told in Spanish: a barking cough with a noise breathing in, or a noise
        # breathing in while still. Drooling in a child who will not lie down is a
        # swollen epiglottis.
        r"\b(?:tos (?:de (?:perro|foca)|perruna|como de (?:perro|foca)|que suena a (?:perro|"
        r"foca))|tos de perrito)\b[^.!?]{0,80}\b(?:ruido|silbido|chiflido|sonido|silba|chifla)"
        r"\w*\b[^.!?]{0,30}\b(?:respira\w*|jalar aire|inhala\w*|meter aire)|"
        r"\b(?:ruido|silbido|chiflido|sonido)\w* (?:\w+ ){0,2}(?:al|cuando) (?:respirar|jalar "
        r"aire|inhalar|respira|jala aire)\b[^.!?]{0,40}\b(?:quiet[oa]|reposo|descansando|"
        r"dormid[oa]|sin moverse|acostad[oa]|sentad[oa])|"
        r"\b(?:babea\w*|babeando|drool\w*)\b[^.!?]{0,60}\b(?:no (?:se )?(?:quiere|puede) "
        r"acostar|(?:won'?t|can'?t|doesn'?t want to|refuses to|will not) lie (?:down|flat|back)|"
        r"no (?:puede|quiere) tragar)|\b(?:no (?:se )?(?:quiere|puede) acostar|(?:won'?t|"
        r"can'?t|refuses to|will not) lie (?:down|flat))\b[^.!?]{0,60}\b(?:babea\w*|"
        r"babeando|drool\w*)|"
        r"\b(?:high[- ]pitched|whistling|squeaky|crowing|squeaking|harsh|raspy|noisy)\b"
        r"[^.!?]{0,15}\b(?:noise|sound|squeak|whistle|breath\w*)\b[^.!?]{0,30}\b(?:even|while|"
        r"when)\b[^.!?]{0,12}\b(?:still|calm|quiet|resting|sitting|asleep|sleeping)\b|"
        r"\bdrool\w*\b[^.!?]{0,40}\b(?:can't|cannot|won't|unable to) swallow\w*|"
        r"\b(?:can't|cannot|won't|unable to) swallow\w*\b[^.!?]{0,40}\bdrool\w*",
        r"\bwheez\w* (?:so |really |very )?(?:bad|badly|hard|a lot)\b",
        r"\b(?:ribs|chest|skin between (?:his|her) ribs) (?:is |are )?(?:sucking|pulling) in\b|"
        r"\b(?:sucking|pulling|caving|sinking) in (?:between|under|below|around) (?:the |his |her |"
        r"my )?ribs\b",
        r"\b(?:trouble|difficulty|hard time|problems?) breathing\b",
        r"\b(?:hard|difficult) to breathe\b",
        r"\bshort(?:ness)? of breath\b",
        r"\b(?:not|isn't|isnt|is not|stopped|has stopped|no longer) breathing\b|"
        r"\bstop(?:s|ping)? breathing\b|\bpauses? (?:in|between) (?:his|her|their) breath\w*\b|"
        # Spanish in every tense a witness uses: "dejó de respirar", "paró de respirar",
        # "no está respirando", "se quedó sin aire".
        r"\b(?:deja|dejo|ha dejado|para|paro|ha parado) de respirar\b|"
        r"\bno (?:esta|estaba) respirando\b|"
        # The breathing named first: "her breathing stopped", "su respiración se detuvo".
        r"\b(?:his|her|their|my|the|mom'?s|dad'?s|baby'?s|su|la) (?:breathing|respiracion) "
        r"(?:has |had |just |suddenly |de repente )?(?:stopped|quit|se (?:detuvo|paro|corto))\b"
        r"(?! (?:being|getting|sounding|making|rattling|so\b))|"
        r"\bse (?:quedo|queda|ha quedado) sin (?:respirar|aire)\b",
        r"\b(?:lips|face|skin) (?:are |is |turning |turned |look |looks )?"
        r"(?:blue|purple|gr[ae]y)\b",
        # The colour described in other words: "lips have gone a dusky grey colour",
        # "bluish around the mouth", "se puso morado", "labios moraditos".
        r"\b(?:lips|face|mouth|tongue)\b[^.!?]{0,25}\b(?:bluish|blu-?ish|purplish|greyish|grayish|"
        r"dusky|ashen|(?:gone|going|turned|turning|went) (?:\w+ )?(?:blue|purple|gr[ae]y))\b|"
        r"\b(?:blue|bluish|purple|purplish|gr[ae]y|greyish|grayish|dusky)\b(?: \w+)? (?:around|"
        r"round|on) (?:the |his |her |their )?(?:mouth|lips)\b|"
        r"\b(?:labios|boca|cara|piel|unas)\b[^.!?]{0,20}\b(?:morad\w*|azul\w*|grisace\w*)\b|"
        r"\bse (?:puso|esta poniendo|pone|le puso) (?:\w+ )?(?:morad\w*|azul\w*|gris\w*)\b",
        # The colour named first in Spanish: "morada alrededor de la boca".
        r"\b(?:morad\w*|azul\w*|grisace\w*) (?:\w+ )?(?:alrededor de|en) (?:la|los|sus) "
        r"(?:boca|labios)\b",
        r"\bchok(?:ing|ed)\b",
        r"\bno (?:puedo|puede|podia|podemos) respirar\b",
        r"\bsin poder respirar\b",
        r"\bdificultad (?:para|al) respirar\b",
        # The difficulty said after the verb: "respira con mucha dificultad".
        r"\brespir\w* con (?:mucha |muchisima |bastante )?dificultad\b",
        r"\bme (?:ahogo|estoy ahogando|falta el aire)\b",
        r"\bfalta de aire\b",
        r"\bno respira\b",
        r"\bse (?:esta )?ahogando\b",
        r"\blabios (?:morados|azules)\b",
    ],
    "anaphylaxis": [
        r"\banaphyla\w*",
        # The throat or the tongue itself swelling, not the tonsils or glands named after a
        # sore throat ("sore throat and swollen tonsils") nor a tongue piercing.
        r"\b(?:throat|airway) (?:is |feels )?(?:closing|swelling|swollen|tight(?:ening)?)\b"
        r"(?! (?:tonsils?|glands?|lymph|nodes?))",
        r"\b(?:tongue) (?:is )?(?:swelling|swollen)\b",
        r"\b(?:tongue|throat)(?:'s)?\b(?! piercing| ring| stud| bar)(?: (?!and\b|or\b|with\b|"
        r"plus\b|sore\b)\w+){0,2}? (?:swell\w*|swollen|huge|puffy|thick|closing)\b"
        r"(?! (?:tonsils?|glands?|lymph|nodes?))",
        r"\b(?:face|lips|eyes)\b(?:\W+\w+){0,2}?\W+(?:swell\w*|swollen|puffing up|puffy|huge|"
        r"blown up|twice the size)\b"
        r"[^.!?]{0,60}\b(?:wheez\w*|breath\w*|throat|hives|dizzy)\b",
        r"\bhinch\w* (?:la |mi |su )?(?:lengua|garganta)\b|\b(?:lengua|garganta) hinchad\w*",
        r"\b(?:use|used|gave|give|using|needed) (?:my|his|her|an|the) epi-?pen\b",
        # Adrenaline already given, however well the patient looks after it: the reaction
        # can come back hours later (biphasic), so it still needs an emergency room.
        # Handed over ("gave me", "a prescription for an EpiPen") is not given.
        r"\b(?:used|gave|given|injected|jabbed|stabbed|administered|had to (?:use|give))\b"
        r"(?! (?:me|us|you)\b)(?: (?!(?:if|when|whether|should|prescription|script|refill|new|"
        r"spare|extra|backup|wrong|two)\b)[\w']+){0,4}? "
        r"(?:(?:his|her|my|their|the|an|a|our) )?(?:epi-?pens?|auvi-?q|epinephrine|adrenaline|"
        r"epi)\b(?! (?:trainer|training|expir\w*|prescription|refill))|"
        r"\b(?:epi-?pen|auvi-?q|epinephrine)\b(?: jr| junior)?[^.!?,]{0,25}\b(?:ago|given|used|"
        r"went in|in (?:his|her|my) (?:thigh|leg))\b|"
        r"\b(?:le|me|les) (?:puse|pusimos|pusieron|inyecte|inyectamos|inyectaron|aplique|"
        r"aplicamos|aplicaron|di|dimos|dieron) (?:\w+ ){0,3}?(?:el |la |su |mi )?(?:epi-?pen|"
        r"adrenalina|epinefrina|auvi-?q)\b|\b(?:use|usamos|usaron) (?:el |la |su )?(?:epi-?pen|"
        r"adrenalina|epinefrina)\b",
        r"\b(?:severe|bad|serious) allergic reaction\b",
        # "Breathing fine the whole time" reports an airway that was never involved.
        r"\bhives\b[^.!?]{0,60}\b(?:throat|breath\w*(?! (?:(?:is|was|has been|seems|looks) )?"
        r"(?:fine|ok|okay|normal)\b)|tongue|lips|wheez\w*|swell\w*)\b",
        r"\bronchas\b[^.!?]{0,60}\b(?:garganta|respirar|lengua|labios)\b",
        r"\banafila\w*",
        r"\bse (?:me|le) (?:cierra|esta cerrando) la garganta\b",
        r"\b(?:garganta|lengua) (?:cerrada|hinchada)\b",
        r"\breaccion alergica (?:grave|fuerte|severa)\b",
    ],
    "cardiac_signs": [
        r"\b(?:sweat\w*|clammy|cold sweat)\b[^.!?]{0,80}\b(?:jaw|left arm|arm|chest|shoulder)\b"
        r"(?:\W+\w+){0,3}?\W+(?:hurt\w*|pain\w*|ach\w*|numb|tight|heavy|pressure)\b",
        r"\b(?:jaw|left arm|chest)\b(?:\W+\w+){0,3}?\W+(?:hurt\w*|pain\w*|ach\w*|numb|tight)\b"
        r"[^.!?]{0,60}\b(?:sweat\w*|clammy)\b",
        r"\b(?:grey|gray|pale|ashen)(?:,)? (?:and )?(?:sweaty|sweating|clammy)\b"
        r"[^.!?]{0,60}\b(?:chest|arm|jaw|breath\w*|collaps\w*|faint\w*)\b",
        r"\b(?:sudad\w*|sudor frio|suda\w* (?:en )?frio)\b[^.!?]{0,60}\b(?:brazo|mandibula|"
        r"pecho)\b",
    ],
}
