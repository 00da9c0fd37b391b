"""Medical emergencies, in English and Spanish, answered without any model.

Each pattern names a symptom report; `context.reported_now` rejects mentions
that are negated, in the past, educational or hypothetical, and idioms ("that
bill gave me a heart attack") are removed before matching. Combined signs (a
head injury *and* confusion, pregnancy *and* bleeding, a young infant *and*
fever) must both appear in the message; those rules, and the other red flags
that take clinical knowledge, live in `redflags`; accidental ingestion lives in
`ingestion`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from aurixa.safety.detectors.base import Direction, Finding, any_of
from aurixa.safety.detectors.context import reported_now
from aurixa.safety.detectors.ingestion import INGEST, ingestion_is_emergency
from aurixa.safety.detectors.redflags import RULES, VETOES
from aurixa.safety.detectors.spelling import repair
from aurixa.safety.schemas import Category, SafetyPolicy, Severity
from aurixa.safety.text import Doc

_CANT = r"(?:can't|cant|cannot|can not|couldn't|unable to)"
_WHO = r"(?:my|his|her|their|the|our)"

PATTERNS: dict[str, list[str]] = {
    "cardiac": [
        r"\bchest (?:pains?|tightness|pressure|discomfort|heaviness)\b",
        rf"\b(?:pain|pressure|tightness|squeezing|crushing|heaviness) (?:in|on|across) "
        rf"{_WHO} chest\b",
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
        rf"{_WHO} (?:left )?(?:arm|jaw|shoulder|neck)\b",
        r"\bdolor(?: \w+){0,3} (?:en el|de|del) pecho\b",
        r"\b(?:me|le|nos) duele (?:mucho )?el pecho\b",
        r"\b(?:me|le|nos) (?:aprieta|oprime|pesa|arde|quema|aplasta) (?:mucho |muchisimo )?el "
        r"pecho\b|\bcomo (?:que|si) (?:le|me) (?:aprietan|apretaran|oprimen|aplastaran|aplastan) "
        r"el pecho\b",
        r"\b(?:presion|opresion|apreton|peso) en el pecho\b",
        r"\binfarto\b",
        r"\bse (?:agarra|aprieta|toca|sujeta) el pecho\b|\b(?:pecho|duele|dolor)\b[^.!?]{0,40}"
        r"\bhasta (?:la|el) (?:quijada|mandibula|brazo|cuello|espalda)\b",
        r"\bataque (?:al|de) corazon\b",
        r"\b(?:ataque|paro) cardiaco\b",
    ],
    "stroke": [
        r"\b(?:whole )?(?:left|right) side (?:of (?:my|his|her) body )?(?:feels|is|went|has gone)\b"
        r"[^.!?]{0,25}\b(?:numb|dead|heavy|weak|(?:isn't|is not|not) (?:mine|his|hers)|"
        r"like it (?:isn't|is not|doesn't|does not|belongs))",
        r"(?<!the )\bstroke\b",
        rf"\b(?:{_WHO} )?(?:face|mouth|smile) (?:is |looks |seems |went |is suddenly )?"
        r"(?:drooping|droopy|lopsided|crooked|numb)\b",
        r"\b(?:drooping|droopy) (?:face|mouth|smile)\b",
        r"\bslurr(?:ed|ing) (?:speech|words|(?:his|her|my) words)\b",
        r"\b(?:speech|words) (?:is |are )?slurr(?:ed|ing)\b",
        r"\bslurring\b",
        rf"\b{_CANT} find (?:my|his|her|the) (?:right )?words\b",
        r"\b(?:leg|legs|arm|knees?) (?:suddenly )?(?:gave out|gave way|went limp)\b",
        rf"\b{_CANT} (?:speak|talk|get (?:the|my|his|her) words out)\b",
        rf"\b{_CANT} (?:move|feel|lift|raise) {_WHO} (?:left |right )?(?:arm|leg|side|face|hand)\b",
        rf"\b{_CANT} (?:hold|grip|grasp|pick up) (?:onto )?(?:a |her |his |my |the |anything)"
        r"[^.!?]{0,60}\b(?:face|mouth|smile|speech|words|side|arm|droop\w*|sagg\w*|slurr\w*)\b",
        rf"\b(?:one|left|right|the) side of {_WHO} (?:body|face|mouth) "
        r"(?:is |went |feels |has gone )?"
        r"(?:numb|weak|paralyzed|drooping|sagging|limp|dead)\b",
        r"\bsudden(?:ly)? (?:numbness|weakness|confusion|blindness|vision loss|loss of vision|"
        r"severe headache|worst headache)\b",
        r"\bworst headache of (?:my|his|her) life\b",
        r"\b(?:face|mouth|smile|eyelid|lip)\b(?:\W+\w+){0,2}?\W+(?:sagg\w*|droop\w*|lopsided|crooked|"
        r"uneven|numb|paralyz\w*)\b",
        r"\b(?:arm|arms|hand|leg|side|half of (?:my|his|her) body)\b(?:\W+\w+){0,2}?\W+"
        r"(?:is |feels |"
        r"went |has gone )?(?:numb|weak|heavy|limp|paralyz\w*|dead)\b",
        rf"\b{_CANT} understand (?:what (?:i|we|you)|anything|me)\b|\barm is floppy\b",
        r"\b(?:brazo|pierna) sin fuerza\b",
        r"\b(?:can't|cannot|can not|unable to|couldn't) (?:raise|lift|move|feel) (?:both|either|"
        r"one of (?:my|his|her)) (?:arms|legs|hands)\b",
        r"\b(?:words|speech|talking)\b(?:\W+\w+){0,2}?\W+(?:coming out wrong|garbled|jumbled|"
        r"gibberish|nonsense|don't make sense)\b|\btalking (?:gibberish|nonsense)\b",
        r"\b(?:can't|cannot|can not|couldn't) see (?:out of|with) (?:one|my|his|her) "
        r"(?:left |right )?"
        r"eye\b|\b(?:lost|losing) (?:the )?(?:vision|sight) in (?:one|my|his|her)\b|\bwent blind\b",
        r"\b(?:no (?:puede|puedo) mover|dormid[oa]|paralizad[oa]|debil) "
        r"(?:la mitad|un lado|el lado)"
        r"|\b(?:la mitad|un lado|el lado \w+) (?:del|de la|de su) (?:cuerpo|rostro|cara)\b|"
        r"\bse (?:le|me) (?:durmio|adormecio|paralizo) (?:la mitad|medio|un lado|el lado)\b",
        r"\b(?:derrame cerebral|ictus|accidente cerebrovascular|embolia)\b",
        r"\b(?:speech|talking|words|voice)\b(?:\W+\w+){0,2}?\W+(?:weird|strange|off|funny|wrong|"
        r"slurry|garbled|mixed up|messed up)\b[^.!?]{0,60}\b(?:face|mouth|smile|arm|hand|leg)\b"
        r"(?:\W+\w+){0,2}?\W+(?:weird|strange|off|funny|numb|droop\w*|weak|heavy|different|"
        r"tingl\w*)\b",
        r"\b(?:face|mouth|smile|arm)\b(?:\W+\w+){0,2}?\W+(?:weird|strange|off|funny|numb|droop\w*|"
        r"weak|different)\b[^.!?]{0,60}\b(?:speech|talking|words|voice)\b(?:\W+\w+){0,2}?\W+"
        r"(?:weird|strange|off|funny|wrong|slurry|garbled|mixed up|messed up)\b",
        r"\b(?:cara|boca) (?:caida|torcida|dormida|paralizada|chueca)\b",
        r"\bse le (?:cae|cayo|torcio|durmio) (?:la cara|la boca|el brazo)\b",
        r"\bno (?:puedo|puede) (?:mover|levantar|sentir) (?:el|la|mi|su) "
        r"(?:brazo|pierna|lado|cara)\b",
        r"\bno (?:puedo|puede) hablar\b",
        r"\b(?:habla arrastrada|arrastra las palabras|habla rara|no se le entiende)\b",
        # A mouth that no longer closes on one side: food, drink or drool escapes there.
        r"\b(?:food|drink|water|coffee|tea|drool|saliva|spit)\b[^.!?]{0,25}\b(?:dribbl\w*|"
        r"leak\w*|spill\w*|fall\w*|coming|runn\w*|pour\w*|drip\w*) (?:out )?(?:of |from )?"
        r"(?:one|the (?:left|right)) side of (?:his|her|my|their|the) mouth\b|"
        r"\bdrool\w* (?:out of |from )?(?:one|the (?:left|right)) side\b|"
        r"\bse (?:le|me) (?:sale|salia|escurre|escurria|cae|caia|chorrea|derrama) (?:la comida|"
        r"el agua|la baba|la bebida|el cafe|la saliva|el liquido|la leche|el jugo) por (?:un|el|"
        r"una) (?:lado|costado|esquina)\b",
        # Sudden loss of understanding or of speech, in colloquial Spanish.
        r"\bde (?:repente|pronto|golpe) no (?:entiende|me entiende|nos entiende|puede hablar|"
        r"le salen las palabras|encuentra las palabras|habla bien)\b",
    ],
    "breathing": [
        rf"\b{_CANT} (?:breathe|breath|catch {_WHO} breath|get (?:enough )?air)\b",
        r"\b(?:struggling|fighting|gasping) (?:to breathe|for (?:air|breath))\b",
        rf"\b(?:struggling|{_CANT}) to (?:catch|get) (?:my|his|her|a) breath\b",
        r"\bgrunting with (?:each|every) breath\b|\b(?:looks?|turning|is) (?:pale |a bit )?blue\b",
        rf"\b{_CANT} (?:get|take) a (?:full|deep|proper) breath\b",
        r"\b(?:nostrils|nose) (?:are |is )?flaring\b|\bbreathing (?:really |very |so )?fast\b"
        r"[^.!?]{0,40}\b(?:flaring|ribs|blue|sucking)\b",
        r"\b(?:respira|respirando) (?:muy )?rapido\b[^.!?]{0,40}\b(?:costillas|morad\w*|azul\w*)\b"
        r"|\bse le hunden las costillas\b",
        r"\bno me entra (?:el )?aire\b|\bno (?:jala|agarra|le entra|puede jalar|le llega|"
        r"alcanza a jalar) (?:el )?aire\b|\bse (?:le|me) (?:va|fue|iba) el aire\b|"
        r"\ble cuesta respirar\b|\bme cuesta respirar\b",
        r"\bgasping\b",
        r"\b(?:can|could) (?:barely|hardly) (?:breathe|breath|talk|speak)\b|"
        r"\b(?:barely|hardly|not really) breathing\b",
        rf"\b{_CANT} (?:breath|get (?:any )?air in)\b",
        r"\basthma attack\b[^.!?]{0,60}\b(?:not|isn't|isnt|won't|doesn't|does not|is not) "
        r"(?:getting better|helping|help|working|work|stopping|doing (?:anything|a thing|much))\b",
        r"\b(?:inhaler|puffer|nebuli[sz]er|albuterol)\b[^.!?]{0,20}\b(?:not|isn't|isnt|doesn't|"
        r"does not|is not|won't|stopped) (?:helping|help|working|work|"
        r"doing (?:anything|a thing)|touching it)\b|\b(?:inhalador|nebulizador)\b[^.!?]{0,20}"
        r"\bno (?:me |le )?(?:hace nada|ayuda|sirve|funciona)\b",
        # Too breathless to speak, or noisy breathing in (stridor) at rest: the airway.
        r"\b(?:can't|cannot|can not|unable to|couldn't|cant) (?:finish|complete|get through|"
        r"say) (?:a |his |her |my )?(?:whole |full )?sentences?\b|"
        r"\bno (?:puede|puedo) (?:terminar|acabar) (?:una |las )?(?:frases?|oraciones?)\b",
        r"\bstridor\b|\b(?:high[- ]pitched|whistling|squeaky|crowing|squeaking|harsh)\b"
        r"[^.!?]{0,15}\b(?:noise|sound|squeak|whistle|breath)\w*\b[^.!?]{0,20}\b(?:breath\w* in|"
        r"inhal\w*|resting|at rest)\b|\b(?:barking|barky|seal-?like) cough\b[^.!?]{0,60}"
        r"\b(?:resting|at rest|blue|struggl\w*|drool\w*|ribs|noise when|sound when)\b",
        r"\bse le (?:marcan|hunden|notan|ven) las costillas\b|\b(?:ribs|costillas)\b[^.!?]{0,20}"
        r"\b(?:showing|sucking in|pulling in|se marcan|se hunden)\b|\btiraje\b",
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
        r"\bdeja de respirar\b",
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
        r"\bchok(?:ing|ed)\b",
        r"\bno (?:puedo|puede|podia|podemos) respirar\b",
        r"\bsin poder respirar\b",
        r"\bdificultad (?:para|al) respirar\b",
        r"\bme (?:ahogo|estoy ahogando|falta el aire)\b",
        r"\bfalta de aire\b",
        r"\bno respira\b",
        r"\bse (?:esta )?ahogando\b",
        r"\blabios (?:morados|azules)\b",
    ],
    "anaphylaxis": [
        r"\banaphyla\w*",
        r"\b(?:throat|airway) (?:is |feels )?(?:closing|swelling|swollen|tight(?:ening)?)\b",
        r"\b(?:tongue) (?:is )?(?:swelling|swollen)\b",
        r"\b(?:tongue|throat)\b(?:\W+\w+){0,2}?\W+(?:swell\w*|swollen|huge|puffy|thick|closing)\b",
        r"\b(?:face|lips|eyes)\b(?:\W+\w+){0,2}?\W+(?:swell\w*|swollen|puffing up|puffy|huge|"
        r"blown up|twice the size)\b"
        r"[^.!?]{0,60}\b(?:wheez\w*|breath\w*|throat|hives|dizzy)\b",
        r"\bhinch\w* (?:la |mi |su )?(?:lengua|garganta)\b|\b(?:lengua|garganta) hinchad\w*",
        r"\b(?:use|used|gave|give|using|needed) (?:my|his|her|an|the) epi-?pen\b",
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
    "bleeding": [
        r"\b(?:bleeding|blood) (?:heavily|a lot|badly|profusely|everywhere|"
        r"(?:that )?(?:won't|will not|wont|doesn't|does not|isn't|is not) stop(?:ping)?)\b",
        r"\b(?:heavy|severe|uncontrollable|uncontrolled|massive|lots of) bleeding\b",
        r"\bbleeding like crazy\b|\bsoaked (?:through )?(?:\w+ )?(?:towels|bandages|pads)\b",
        r"\b(?:pumping|squirting|spraying) (?:out )?blood\b|\bblood (?:is )?(?:pumping|squirting|"
        r"spraying)\b",
        r"\bbleeding (?:won't|will not|doesn't|isn't) (?:slow|slowing|stop|stopping)\b",
        r"\bsale mucha sangre\b|\bmucha sangre\b",
        r"\bsoak\w* (?:through )?(?:\w+ ){0,2}(?:towels?|bandages?|pads?|gauze|dressings?|clothes|"
        r"shirt|sheets?)\b",
        r"\bnose ?bleeds?\b[^.!?]{0,50}\b(?:won't|will not|hasn't|has not|isn't|not|doesn't|"
        r"can't|cannot|wont|hasnt) (?:stop\w*|slow\w*)\b|\bnose ?bleeds?\b[^.!?]{0,40}\bfor "
        r"(?:over |more than )?(?:an|half an|\d+|one|two) (?:hours?|minutes)\b",
        rf"\b{_CANT} stop (?:the |his |her |my )?bleeding\b",
        r"\b(?:won't|will not|wont|doesn't|does not|isn't|is not|hasn't|has not) "
        r"stop(?:ped)? bleeding\b",
        r"\b(?:spurting|gushing|pouring) blood\b",
        r"\bblood (?:is )?(?:spurting|gushing|pouring)\b",
        r"\b(?:vomiting|throwing up|coughing up|puking) blood\b",
        r"\bsangr\w* (?:much\w*|sin parar|abundante\w*|que no para)\b",
        r"\bbleed\w* (?:non-?stop|nonstop|for (?:\d+|over an|more than an|an) "
        r"(?:minutes|hours?))\b",
        r"\bblood thinners?\b[^.!?]{0,40}(?:\bbleed\w*|bleed\w*)|(?:\bbleed\w*|nosebleed\w*)"
        r"[^.!?]{0,60}\bblood thinners?\b",
        r"\bno (?:para|deja) de sangrar\b",
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
    "seizure": [
        r"\bseizures?\b",
        r"\bseizing\b",
        r"\bshaking all over\b|\bfoaming at the mouth\b|\beyes (?:are |were |have |keep )?"
        r"(?:rolled|rolling|rolls|roll) (?:back|up)\b",
        r"\bon the (?:floor|ground)\b[^.!?]{0,30}\b(?:jerking|shaking|twitching|convulsing|"
        r"drooling|foaming)\b|\b(?:jerking|shaking|twitching|stiff) and (?:drooling|foaming|"
        r"jerking|twitching|shaking|turning blue)\b",
        r"\b(?:temblando|sacudiendose|convulsionando) (?:todo|toda)? ?(?:el cuerpo)?[^.!?]{0,30}"
        r"\bno (?:responde|reacciona)\b",
        r"\bhad a fit\b|\bhaving a fit\b",
        r"\b(?:arms|legs|body) (?:and (?:arms|legs) )?(?:are |is |keep )?(?:jerking|twitching|"
        r"shaking uncontrollably)\b",
        r"\b(?:se esta sacudiendo|le (?:esta dando|dio) un ataque)\b",
        r"\bconvuls\w*",
        r"\bespuma (?:por|de|en) la boca\b|\bojos en blanco\b[^.!?]{0,40}\b(?:tembl\w*|"
        r"sacud\w*|ties[oa]|rigid[oa]|no responde|no reacciona|espuma|se cayo)\b|"
        r"\b(?:tembl\w*|sacud\w*|ties[oa]|rigid[oa]|espuma|se cayo)\b[^.!?]{0,40}\bojos en "
        r"blanco\b",
        r"\b(?:ataque|crisis) epileptic[oa]\b",
    ],
    "unresponsive": [
        r"\b(?:slid|slumped|sank|keeled|slipped|toppled) (?:off|out of|down from|down off) "
        r"(?:the|her|his|a|my) (?:chair|seat|couch|sofa|bed|toilet|stool)\b",
        r"\b(?:barely|hardly|not really|apenas) (?:responding|responsive|conscious|awake|"
        r"responde|reacciona)\b",
        r"\bunresponsive\b",
        r"\bunconscious\b",
        rf"\b(?:won't|will not|wont|{_CANT}) (?:wake (?:him |her |them )?up|be woken|"
        r"wake (?:him|her|them)|wake (?:my|his|her|our) \w+(?: \w+)? up)\b",
        r"\b(?:passed|blacked) out\b",
        r"\bcollapsed\b",
        r"\b(?:not|isn't|isnt) responding\b",
        r"\b(?:won't|will not|wont|doesn't|does not|isn't) (?:respond|responding|wake|waking)\b",
        r"\b(?:not|isn't|isnt) waking up\b",
        r"\b(?:i think )?(?:i'?m|i am|he'?s|she'?s|he is|she is|(?:my|our) (?:dad|mom|father|"
        r"mother|husband|wife|son|daughter|baby|child|kid|brother|sister|grandma|grandpa|"
        r"grandmother|grandfather|friend|partner|boyfriend|girlfriend) (?:is|are)) dying\b"
        r"(?! (?:to|of|for|laughing|inside|here|over))",
        r"\bfainted\b",
        rf"\b{_CANT} get (?:him|her|them|my \w+|\w+) to (?:wake|respond|open (?:his|her) eyes)\b|"
        r"\bno (?:lo|la|le) (?:puedo|podemos) despertar\b",
        r"\b(?:keeled over|dropped (?:to the (?:floor|ground)|like a (?:rock|stone))|"
        r"(?:everything|it all) went black|fell (?:down |over )?and (?:is not|isn't|won't|can't|"
        r"couldn't|did not|didn't|hasn't|is) (?:moving|move|get(?:ting)? up|wake|waking|respond\w*|"
        r"answer\w*|talk\w*|breath\w*|unresponsive))\b",
        r"\b(?:he|she|they|him|her|my \w+|our \w+)\b[^.!?]{0,25}\b(?:is not|isn't|not|stopped|"
        r"has stopped|won't stop|is) (?:moving|responding|waking up)\b"
        r"|\bon the (?:floor|ground)\b[^.!?]{0,30}\b(?:won't|will not|isn't|is not|not|can't|"
        r"doesn't) (?:answer\w*|respond\w*|wake|move|moving|talk\w*|get up)\b",
        r"\b(?:went|gone|going|is|goes|looks|seems|became) (?:all |completely |totally )?"
        r"(?:limp|floppy)\b|\b(?:limp and|floppy and) (?:pale|blue|grey|gray|unresponsive)\b",
        r"\b(?:no|can't find (?:a|his|her)|cannot find (?:a|his|her)) (?:pulse|heartbeat)\b",
        r"\bse (?:cayo|desplomo|desvanecio)\b[^.!?]{0,30}\bno (?:se )?(?:mueve|levanta|despierta|"
        r"responde|habla|respira)\b|\bno se mueve\b|\bno tiene pulso\b|\bse (?:quedo|puso) "
        r"(?:flacid\w|inert\w|sin fuerza)",
        r"\bno (?:responde|reacciona|despierta|se despierta)\b",
        r"\binconsciente\b",
        r"\bse (?:desmayo|desplomo)\b|\bme (?:desmaye|desmayo|desvaneci)\b",
        r"\bperdio (?:el conocimiento|la conciencia)\b",
        # Colloquial Spanish for fainting or not coming round.
        r"\bse (?:privo|priva|privaba|nos privo)\b|\bno (?:vuelve|volvia|ha vuelto|reacciona ni "
        r"vuelve) en si\b",
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
        r"\b(?:fell|fallen|falling) (?:off|from|down) (?:a |the )?(?:\w+ )?(?:ladder|roof|"
        r"balcony|cliff|tree|scaffold\w*)\b[^.!?]{0,50}\b(?:can't|cannot|won't|isn't|not) "
        r"(?:move|feel|get up|stand|walk|breathe)\b",
        # Voices that command harm, or a threat to hurt someone else.
        r"\b(?:voices?|they)\b[^.!?]{0,20}\btell\w* (?:me|him|her|them) to (?:hurt|kill|harm|"
        r"stab|shoot)\b|\b(?:going to|gonna|wants? to|threaten\w* to|plans? to) (?:hurt|kill|"
        r"stab|shoot) (?:someone|somebody|people|everyone|his \w+|her \w+|the \w+)\b|"
        r"\b(?:voy a|va a|quiere) (?:matar|lastimar|apunalar) a (?:alguien|todos|su \w+|mi \w+)\b",
        r"\b(?:hit by a car|car (?:crash|accident)|been shot|got shot|gunshot|been stabbed|"
        r"got stabbed|severe burns?|badly burned)\b",
        r"\bfell (?:off|from) (?:a|the) (?:roof|ladder|balcony|window)\b",
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
    "ambulance": [
        r"\b(?:call|need|send|get|calling) (?:me |us )?(?:an |a )?(?:ambulance|paramedics|911)\b",
        r"\b(?:llamen|llama|llamar|necesito|necesitamos|manden) (?:a )?(?:una )?"
        r"(?:ambulancia|al 911)\b",
    ],
}

# Idioms that contain a symptom word but report no symptom; removed before matching.
_IDIOMS = re.compile(
    r"\b(?:(?:almost |nearly )?(?:gave|give|gives|giving) (?:me|him|her|us|them|my \w+) "
    r"(?:a )?(?:heart attack|stroke|coronary|aneurysm|seizure)|"
    # A class, a kit or a clinic named after an emergency: "the naloxone overdose
    # training class", "CPR course", "stroke support group".
    r"(?:overdose|naloxone|narcan|cpr|first aid|stroke|seizure|epilepsy|heart attack|cardiac|"
    r"choking|anaphylaxis|epi-?pen|sobredosis|primeros auxilios|infarto)\b(?: \w+){0,2}? "
    r"(?:training|class|classes|course|workshop|seminar|certification|support group|awareness|"
    r"prevention|program|presentation|clinic|kit|fundraiser|walk|curso|taller|capacitacion|"
    r"clase|platica|grupo de apoyo)|"
    r"(?:almost|nearly|about to) (?:had|have|having) (?:a )?heart attack|"
    # An emergency word that names a medicine, a visit or a specialist: "her seizure med
    # follow-up", "his stroke doctor", "la cita de epilepsia" stays a routine request.
    r"(?:seizure|epilepsy|stroke|heart attack|cardiac|anaphylaxis|allergy|asthma) "
    r"(?:rescue )?(?:meds?|medicines?|medications?|pills|prescriptions?|refills?|"
    r"follow[- ]?ups?|appointments?|check[- ]?ups?|doctor|neurologist|specialist|"
    r"action plan|diary|log|precautions|paperwork)|"
    r"(?:medicamentos?|medicinas?|pastillas|cita|control|receta) (?:de|para) (?:la |las )?"
    r"(?:epilepsia|convulsiones|crisis)|"
    # Blood taken on purpose: "had a lot of blood drawn for tests", "donated blood".
    r"(?:(?:a lot of|so much|lots of|some) )?blood (?:drawn|taken|tests?|work|draws?|samples?|"
    r"donation|bank)|(?:drew|drawn|took|taken|draw|donat\w*|give|gave) (?:a lot of |so much |"
    r"some |my |his |her )?blood(?! (?:pressure|thinners?|sugar|glucose|test|work|draws?))|"
    r"(?:analisis|examen(?:es)?) de sangre|(?:me|le) sacaron sangre|"
    r"heart attack (?:on a (?:plate|bun)|in a (?:box|bowl))|stroke of (?:luck|genius|midnight|"
    r"the pen|fate|brilliance)|(?:laugh\w*|lol|haha\w*|funny|hilarious)[^.!?]{0,30}"
    r"(?:can'?t|couldn'?t|cannot) breathe|(?:can'?t|couldn'?t|cannot) breathe[^.!?]{0,30}"
    r"(?:laugh\w*|lol|haha\w*)|"
    r"overdos\w* on (?:netflix|coffee|caffeine|sugar|tv|chocolate|candy|cute\w*|work|sun|"
    r"memes|shopping)|food poisoning|seizure of|"
    r"casi me (?:da|dio) un (?:infarto|ataque|derrame|patatus|soponcio)|"
    r"chok\w* on (?:all )?(?:these|those|the|my) (?:\w+ )?(?:bills|debt|paperwork|work|emails)|"
    r"me (?:va a dar|da|dio) un infarto de|"
    r"(?:almost|nearly|about to|gonna|going to) (?:pass(?:ed)? out|die|faint(?:ed)?) "
    r"(?:from|of|with) "
    r"(?:boredom|laughter|laughing|excitement|embarrassment|the heat of the moment|cuteness|shock)|"
    r"(?:dying|died|die) (?:of|from) (?:laughter|laughing|boredom|embarrassment|cuteness|shame)|"
    r"(?:going to|gonna|will|would|about to) (?:have|give \w+) (?:a )?heart attack "
    r"(?:when|if|once|after|as soon as)[^.!?]*|"
    r"(?:back|feet|knees?|legs?|neck|shoulders?|hips?|tooth|teeth|wisdom teeth|kids|job|boss|"
    r"commute|schedule|spalda|pies|rodillas?|muelas?) (?:is |are )?(?:killing|murdering) me|"
    r"passed out (?:on|in) (?:the |his |her |my )?(?:couch|sofa|bed|recliner|armchair)"
    r"[^.!?]{0,20}\b(?:after|from) (?:a |his |her |my |the )?(?:long |night |double )?"
    r"(?:shift|day|night|party|work|drinks))\b"
)


# Breathlessness on exertion or for weeks is a reason to book a visit, not to call 911;
# "can't breathe" or "struggling to breathe" still fire whatever the context.
_CHRONIC = re.compile(
    r"\b(?:climbing|walking up|going up|when i (?:walk|exercise|run|climb)|on exertion|"
    r"after (?:exercise|running|walking)|for (?:weeks|months|years)|lately|al subir|al caminar|"
    r"desde hace (?:semanas|meses))\b"
)
_CHRONIC_PRONE = ("short", "falta de aire")
_COUGH_PAIN = re.compile(
    r"^[^.!?]{0,20}?\b(?:(?:only )?when (?:i |he |she |they )?(?:cough|sneeze)\w*|from (?:all the |"
    r"the )?cough\w*|al toser|cuando (?:toso|tose|estornudo)|por (?:la|tanta) tos|de tanto toser)\b"
)
_QUESTION = re.compile(
    r"^\W*(?:how|what|when|where|why|does|do|which|is|are|cuanto|cuando|donde|como|que)\b"
)


def _blank(match: re.Match[str]) -> str:
    return " " * len(match.group(0))


@dataclass(frozen=True)
class _Compiled:
    subtype: str
    pattern: re.Pattern[str]


class EmergencyDetector:
    name = "emergency"
    category = Category.EMERGENCY
    directions: frozenset[Direction] = frozenset({"input"})

    def __init__(self) -> None:
        self._patterns = [_Compiled(subtype, any_of(ps)) for subtype, ps in PATTERNS.items()]
        self._rules = [
            (subtype, tuple(re.compile(rf"\b{sign}") for sign in rule))
            for subtype, rules in RULES.items()
            for rule in rules
        ]

    def detect(self, doc: Doc, policy: SafetyPolicy) -> list[Finding]:
        repaired = repair(doc)
        findings = self._detect(repaired.doc)
        if not repaired.changed:
            return findings
        mapped = []
        for f in findings:
            start, end = repaired.span(f.start, f.end)
            evidence = doc.evidence(start, end) if " … " not in f.evidence else f.evidence
            mapped.append(Finding(f.category, f.severity, evidence, start, end, f.subtype))
        return mapped

    def _detect(self, doc: Doc) -> list[Finding]:
        text = _IDIOMS.sub(_blank, doc.folded)
        findings: list[Finding] = []
        for match in INGEST.finditer(text):
            if ingestion_is_emergency(doc, match) and reported_now(doc, match.start(), match.end()):
                findings.append(
                    self._finding(doc, "overdose_poisoning", match.start(), match.end())
                )
        for compiled in self._patterns:
            for match in compiled.pattern.finditer(text):
                if match.group(0).startswith(_CHRONIC_PRONE) and self._chronic(doc, match.start()):
                    continue
                if compiled.subtype == "ambulance" and self._asks_about(doc, match.start()):
                    continue
                if compiled.subtype == "cardiac" and self._from_coughing(doc, match.end()):
                    continue
                if reported_now(doc, match.start(), match.end()):
                    findings.append(
                        self._finding(doc, compiled.subtype, match.start(), match.end())
                    )
        for subtype, signs in self._rules:
            veto = VETOES.get(subtype)
            if veto is not None and veto.search(text):
                continue
            matches: list[re.Match[str]] = []
            for sign in signs:  # stop at the first sign missing: most messages have none
                found = self._first_reported(doc, text, sign)
                if found is None:
                    break
                matches.append(found)
            if len(matches) == len(signs):
                start = min(m.start() for m in matches)
                end = max(m.end() for m in matches)
                evidence = " … ".join(doc.evidence(m.start(), m.end()) for m in matches)
                findings.append(
                    Finding(self.category, Severity.CRITICAL, evidence, start, end, subtype)
                )
        return findings

    # "He drank a whole bottle of water", "ate a lot of pizza": a quantity of food or
    # drink, which the overdose rule leaves alone on purpose.
    _FOOD_INTAKE = re.compile(
        r"\b(?:ate|eaten|eats|drank|drunk|drinks|had|has had|swallowed)\b[^.!?]{0,30}?\b(?:"
        r"water|juice|milk|soda|coffee|tea|cookies?|candy|chips|pizza|food|cake|snacks?|fries|"
        r"pie|cereal|ice cream|chocolate|gatorade|dinner|lunch|breakfast|meal)\b"
    )

    def set_aside(self, doc: Doc) -> list[tuple[int, int]]:
        """Symptom mentions these rules saw and rejected: negated, past, educational,
        hypothetical, or an idiom ("this paperwork is killing me"). The semantic
        backstop may not fire on a clause the rules have read as not happening now."""
        spans = [(m.start(), m.end()) for m in _IDIOMS.finditer(doc.folded)]
        text = _IDIOMS.sub(_blank, doc.folded)
        spans.extend((m.start(), m.end()) for m in self._FOOD_INTAKE.finditer(text))
        # "I took my blood pressure pills": an ingestion the rules read as a routine dose.
        spans.extend(
            (m.start(), m.end())
            for m in INGEST.finditer(text)
            if not (ingestion_is_emergency(doc, m) and reported_now(doc, m.start(), m.end()))
        )
        for compiled in self._patterns:
            spans.extend(
                (m.start(), m.end())
                for m in compiled.pattern.finditer(text)
                if not reported_now(doc, m.start(), m.end())
            )
        return spans

    @staticmethod
    def _first_reported(doc: Doc, text: str, sign: re.Pattern[str]) -> re.Match[str] | None:
        return next((m for m in sign.finditer(text) if reported_now(doc, m.start(), m.end())), None)

    @staticmethod
    def _from_coughing(doc: Doc, end: int) -> bool:
        """ "A bit of chest pain when I cough" with a cold is a sore chest wall."""
        clause = doc.clause_of(end - 1)
        return _COUGH_PAIN.match(doc.folded[end : clause.end]) is not None

    @staticmethod
    def _asks_about(doc: Doc, start: int) -> bool:
        """ "How long does it take to call an ambulance?" asks about one; it does not call."""
        sentence = doc.sentence_of(start)
        return _QUESTION.match(doc.folded[sentence.start : sentence.end]) is not None

    @staticmethod
    def _chronic(doc: Doc, start: int) -> bool:
        sentence = doc.sentence_of(start)
        return _CHRONIC.search(doc.folded[sentence.start : sentence.end]) is not None

    def _finding(self, doc: Doc, subtype: str, start: int, end: int) -> Finding:
        return Finding(
            self.category, Severity.CRITICAL, doc.evidence(start, end), start, end, subtype
        )
