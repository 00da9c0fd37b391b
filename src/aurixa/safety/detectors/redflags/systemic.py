"""Red flags of the whole body's response: sepsis, a diabetic crisis, anaphylaxis.

They are grouped because none of them sits in one organ: an infection, a sugar out of
range or an allergen shows itself through the mind, the breathing, the skin and the blood
pressure together, so each rule pairs a cause (a fever, diabetes, a sting or a food) with
a sign that the whole body has started to fail.
"""

from __future__ import annotations

from aurixa.safety.detectors.redflags.signs import CONFUSED, FEVER, PALPITATIONS, TRANSPLANTED

_DIABETIC = (
    r"(?:diabet\w*|type ?(?:1|one|i)\b|t1d|insulin|blood sugar|glucose|azucar|glucosa|insulina|"
    r"sugar (?:is |was )?(?:low|high|crash\w*|dropp\w*)|hypo\b|"
    r"sugar (?:reading|level|levels|numbers?|meter)|(?:lectura|nivel) de (?:azucar|glucosa)|"
    # A child's sugar told in the pump and sensor's words: "BG 480", "pump site came out".
    r"bg\b|bgs\b|cgm|dexcom|omnipod|insulin pump|pump site|(?:bomba|sensor) de (?:insulina|"
    r"glucosa)|"
    # A meter that reads in the hundreds, or thirst with endless urine, is the sugar told
    # without naming it: "her meter reads 580", "tiene mucha sed y orina a cada rato".
    r"(?:meter|glucometer|glucometro|medidor)\b[^.!?]{0,25}\b[3-9]\d\d\b(?! ?(?:minutes|mins|steps|"
    r"feet|ft|meters|metros|calories|kcal))|"
    r"(?:(?:extremely|very|so|really|always|constantly) thirsty|(?:mucha|muchisima) sed)"
    r"\b[^.!?]{0,30}\b(?:pee\w*|urinat\w*|orina\w*|hace pipi|(?:va|ir) al bano))"
)
# Ketones read high on a strip or a meter: with vomiting they are ketoacidosis, whatever
# the sugar ("moderate ketones, thrown up 4 times").
_KETONES_UP = (
    r"(?:ketones? (?:are |is |were |was )?(?:high|large|moderate|positive|dark|elevated|"
    r"(?:[1-9](?:[.,]\d)?|0[.,][6-9]) ?(?:mmol)?)|(?:high|large|moderate|positive|elevated) "
    r"(?:blood |urine )?ketones|cetonas (?:altas|positivas|moderadas|elevadas)|"
    r"(?:altas|muchas) cetonas)"
)
_VOMITING = (
    r"(?:vomit\w*|throw\w* up|threw up|thrown up|throwing up|puk\w*|"
    r"can'?t keep (?:anything|food|water|fluids|liquids|\w+ )?down|no retiene|devolvi\w*|"
    r"vomit\w*|guacarea\w*)"
)
# Adrenal glands that make no cortisol: the daily steroid replaces it, so vomiting it
# back up, or a body giving way, is an adrenal crisis that needs the injection and an
# emergency room. Hydrocortisone cream is a skin treatment, not a replacement.
_ADRENAL = (
    r"(?:adrenal (?:insufficiency|crisis|failure)|addison\w*|congenital adrenal|\bcah\b|"
    r"hypopituitar\w*|panhypopit\w*|steroid[- ]dependent|(?:on|takes|taking) (?:daily |"
    r"replacement )?(?:hydrocortisone|cortef)\b(?! (?:cream|ointment|lotion))|"
    r"(?:hydrocortisone|cortef) (?:\d+ ?mg|tablets?|pills?|(?:three|3|two|2) times)|"
    r"insuficiencia (?:suprarrenal|adrenal)|hiperplasia suprarrenal|"
    r"(?:toma|tomando) hidrocortisona\b(?! en crema)|"
    # Long-term steroid tablets stopped short: the glands have stopped making their own.
    r"(?:ran out of|run out of|out of|stopped|quit|missed) (?:my |his |her |the )?(?:\w+ )?"
    r"(?:prednisone|prednisolone|hydrocortisone|dexamethasone|steroids?|cortef)\b|"
    r"(?:prednisone|prednisolone|hydrocortisone|dexamethasone|steroids?)\b[^.!?]{0,40}\b(?:ran "
    r"out|run out|stopped|quit)\b|(?:se (?:me|le) acab\w*|dej\w* de tomar|no (?:tengo|tiene) "
    r"(?:mas )?) (?:la |el |su |mi |los |las )?(?:prednisona|hidrocortisona|dexametasona|"
    r"esteroides?|cortisona))"
)
_ADRENAL_FAILING = (
    rf"(?:{_VOMITING}|can'?t keep (?:his |her |my |their )?(?:pills|meds|medicines?|tablets|"
    r"steroids?|hydrocortisone|dose) down|(?:very|really|so|extremely) (?:weak|pale|dizzy|"
    r"sleepy|drowsy)|floppy|limp|faint\w*|passed out|collaps\w*|hard to wake|"
    r"(?:can|could) (?:barely|hardly) (?:stand|walk|get up|move)|(?:going to|gonna|about to) "
    r"pass out|casi no (?:me |se )?(?:puedo|puede) (?:parar|levantar|mover)|"
    rf"{CONFUSED}|no retiene (?:las |sus )?(?:pastillas|medicinas)|(?:muy|bien) (?:debil|"
    r"palid[oa]|mare\w*|decaid[oa])|desmay\w*)"
)
# An operation in the last days or weeks.
_OPERATED = (
    r"(?:(?:had|got) (?:my |his |her |an? |the )?(?:\w+ )?(?:surgery|operation|removed|out)|"
    r"(?:surgery|operation|c-?section|appendectomy|cholecystectomy)\b|(?:gallbladder|appendix|"
    r"spleen|uterus|colon) (?:removed|out|taken out)|(?:removed|took out) (?:my |his |her )?"
    r"(?:gallbladder|appendix)|(?:me|le|la|lo) (?:operaron|quitaron|sacaron|hicieron (?:una )?"
    r"(?:cirugia|operacion|cesarea))|(?:cirugia|operacion|cesarea)\b)"
)
# A belly gone board-hard, or a heart racing at rest.
_RIGID_OR_RACING = (
    rf"(?:(?:belly|stomach|abdomen|tummy|panza|barriga|estomago|abdomen|vientre)\b[^.!?]{{0,15}}"
    r"\b(?:rigid|hard as a board|board-?like|(?:really |very |so |bien |muy )?(?:hard|dur[oa]|"
    rf"rigid[oa]|tiesa|tieso))|{PALPITATIONS}|(?:heart ?rate|pulse|pulso)\b[^.!?]{{0,15}}"
    r"\b(?:1[2-9]\d))"
)

# Blood pressure low enough to mean shock: a systolic under 90, or said to be very low.
_LOW_BP = (
    r"(?:(?:bp|blood pressure|pressure|cuff|presion|tension)\b[^.!?]{0,25}\b[4-8]\d "
    r"?(?:/|over|sobre) ?\d{2}\b|"
    r"(?:bp|blood pressure|presion|tension)\b[^.!?]{0,10}\b(?:(?:really|very|super|dangerously|"
    r"so) low|(?:dropped|crashed|tanked|plummeted)|muy baja|bajisima|por los suelos))"
)
_BRAIN_STARVED = (
    rf"(?:{CONFUSED}|faint\w*|pass(?:ed|ing)? out|black(?:ed|ing)? out|blacks out|"
    r"(?:going to|gonna|about to) (?:pass out|faint|black out)|collaps\w*|desmay\w*|"
    r"(?:me|se) (?:voy|va|iba) a desmayar|se me (?:nubla|va) (?:la vista|todo))"
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

# A wound or surgical site that is infected: red, hot, swollen, oozing or spreading.
_WOUND_INFECTED = (
    r"(?:(?:incision|wound|stitches|staples|surgical site|scar|c-?section|cut|bite|scrape|"
    r"graze|herida|cicatriz|puntos|grapas|cortada|mordida|raspon)\b[^.!?]{0,40}\b(?:red|redder|reddish|"
    r"hot|warm|swollen|puffy|oozing|pus|leaking|smell\w*|spread\w*|streak\w*|roj[oa]|"
    r"rojiz[oa]|caliente|hinchad[oa]|supura\w*|apesta|huele mal|se (?:esta )?(?:extend\w*|"
    r"corre|pasa|expand\w*))\b|red (?:streaks?|lines?) (?:going|running|spreading|moving) up|"
    r"(?:redness|the red|rojez\w*|enrojecimiento|lo rojo)\b[^.!?]{0,15}\b(?:is |are )?"
    r"(?:spread\w*|se (?:esta )?(?:extend\w*|corre|pasa|expand\w*))|"
    # A red line climbing the limb from the wound (lymphangitis), in Spanish too: "una raya
    # roja que me sube por la pierna".
    r"red (?:streaks?|lines?)\b[^.!?]{0,25}\b(?:up|climb\w*)\b|(?:rayas?|rayitas?|lineas?|"
    r"franjas?) roj\w* (?:que )?(?:me |le |se )?(?:sube|suben|va subiendo|esta subiendo|corre|"
    r"avanza))"
)
# A hand, foot or limb swollen and hot together, as an infection spreading from a puncture.
_LIMB_HOT_SWOLLEN = (
    r"(?:hand|arm|leg|foot|finger|toe|mano|brazo|pierna|pie|dedo)\b[^.!?]{0,15}\b(?:is |are )?"
    r"(?:swollen|hot|hinchad[oa]|calient\w*)(?:,? and |,? y |, )(?:swollen|hot|red|hinchad[oa]|"
    r"calient\w*|roj[oa])"
)
# Insulin run out, or gone without for a day or more: without it the body makes ketones.
_NO_INSULIN = (
    r"(?:ran out of|run out of|running out of|out of|been without|gone without|sin|"
    r"(?:se (?:me|le|nos) )?(?:acabo|termino)) (?:my |his |her |their |la |su |mi )?"
    r"(?:insulin|insulina)|(?:insulin|insulina)\b[^.!?]{0,15}\b(?:ran out|run out|se (?:me|le|nos) "
    r"(?:acabo|termino))"
)
_KETOTIC = (
    r"(?:vomit\w*|throw\w* up|threw up|puk\w*|can't keep (?:anything|food|water|fluids) down|"
    r"vomit\w*|devolv\w*|basca\w*|fruity|huele a (?:fruta|acetona|manzana)|"
    r"breath\w* (?:really |very |so )?(?:fast|deep|hard)|respir\w* (?:muy )?(?:rapido|profundo))"
)
# Skin turning dark, or pain far worse than it looks: tissue dying under an infection.
_TURNING_DARK = (
    r"(?:skin|it|wound|area|piel|herida)\b[^.!?]{0,15}\b(?:turning|turned|going|gone|getting|"
    r"se (?:esta )?(?:poniendo|puso|pone))\b[^.!?]{0,10}\b(?:black|purple|dusky|grey|gray|"
    r"negr\w*|morad\w*)|(?:hurts?|pain)\b[^.!?]{0,20}\b(?:way |much |far )?(?:worse|more) than "
    r"(?:it looks|it should)"
)
# A heart beating fast, felt or counted (110 or more), or breathing fast.
_FAST_PULSE = (
    rf"(?:{PALPITATIONS}|(?:heart ?rate|pulse|hr|pulso|frecuencia(?: cardiaca)?)\b[^.!?]{{0,15}}"
    r"\b(?:1[1-9]\d)\b(?! ?(?:mg|lbs?|pounds|kg|/))|breath\w* (?:really |very |so )?(?:fast|hard)|"
    r"respir\w* (?:muy )?(?:rapido|agitad\w*))"
)


# An eyelid swollen shut with an eye that no longer moves freely or bulges: an infection
# behind the eye (orbital cellulitis), a step from the brain.
_EYELID_SWOLLEN = (
    r"(?:(?:eyelid|eye ?lid|eye|lid|parpado|ojo)\b[^.!?]{0,20}\b(?:swollen|swelling|puffy|"
    r"swollen shut|hinchad\w*|inflamad\w*|cerrado)|(?:swollen|puffy|hinchad\w*) (?:eyelid|eye|"
    r"parpado|ojo)|hinch\w* (?:el |su |mi )?(?:parpado|ojo))"
)
_EYE_STUCK = (
    r"(?:(?:can't|cannot|cant|won't|unable to) (?:move|turn|open) (?:his|her|my|the|their) eye|"
    r"hurts (?:him |her |me )?to move (?:his|her|my|the) eye|(?:moving|to move) (?:his|her|my|"
    r"the) eye hurts|eye\b[^.!?]{0,15}\b(?:bulg\w*|sticking out|pushed out)|double vision|"
    r"seeing double|no (?:puede|puedo) (?:mover|abrir) el ojo|le duele mover el ojo|"
    r"ojo (?:salido|saltado|botado)|ve doble|veo doble)"
)

# An erection that has lasted hours and hurts: the blood in it is clotting (priapism).
_ERECTION_HOURS = (
    r"(?:(?:erection|hard-?on|boner|ereccion)\b[^.!?]{0,25}\b(?:for|(?:it'?s|its) been|over|"
    r"desde hace|hace|por|lleva) (?:like |about |over |mas de )?(?:[3-9]|1\d|three|four|five|"
    r"six|several|many|tres|cuatro|cinco|seis|varias) (?:hours|hrs|horas)|(?:hours|hrs|horas)\b"
    r"[^.!?]{0,20}\b(?:still (?:hard|erect)|won'?t go down|wont go down|no se (?:baja|quita)|"
    r"sigue (?:dur[oa]|parad[oa]))|(?:still|stays?) (?:hard|erect)\b[^.!?]{0,20}\b(?:[3-9]|"
    r"several) (?:hours|hrs))"
)
_IT_HURTS = r"(?:painful|pain|hurts?|hurting|sore|duele|dolor\w*|me arde)"

RULES: dict[str, list[tuple[str, ...]]] = {
    "priapism": [(_ERECTION_HOURS, _IT_HURTS)],
    "sepsis": [
        # Mottled skin with a floppy, drowsy or breathless person or a fever.
        (
            r"(?:mottled|marbled|blotchy (?:purple|blue|grey|gray)|piel (?:moteada|marmorea|"
            r"jaspeada)|manchas moradas en la piel)",
            rf"(?:{FEVER}|floppy|limp|lethargic|hard to wake|(?:won't|can't|cant) wake|drowsy|"
            r"(?:very|really|so) sleepy|breath\w*|cold (?:hands|feet|legs)|decaid\w*|aguadit\w*|"
            r"no (?:despierta|reacciona)|respir\w*)",
        ),
        # Fever with chemotherapy, sickle cell disease or no spleen is sepsis until shown
        # otherwise; so is fever on a medicine that can wipe out the white cells
        # (clozapine, the thyroid's carbimazole, methimazole and propylthiouracil), whose
        # leaflets say to be seen at once.
        # An organ transplant counts the same: the drugs that keep the organ hold back the
        # body's defences for life.
        (
            r"(?:chemo\w*|quimio\w*|neutropeni\w*|sickle|falciforme|drepanocit\w*|"
            r"no spleen|spleen removed|sin bazo|clozapin\w*|clozaril|carbimazol\w*|"
            r"methimazol\w*|metimazol\w*|tapazol\w*|propylthiouracil|propiltiouracilo|"
            rf"{TRANSPLANTED})",
            FEVER,
        ),
        # Without a fever taken: on chemotherapy or without a spleen, confusion, mottled
        # skin or shaking chills are sepsis too ("on chemo and just got really confused").
        (
            r"(?:chemo\w*|quimio\w*|neutropeni\w*|no spleen|spleen removed|sin bazo|"
            rf"{TRANSPLANTED})",
            # Confused "con los horarios" is a muddle over a thing, not a mind failing.
            rf"(?:(?:{CONFUSED})\b(?! (?:con|sobre|about|with|by) (?:los|las|el|la|the|which|what|"
            r"how|my|his|her|mis|sus)\b)|mottled|marbled|blotchy (?:and cold|purple|blue|grey|"
            r"gray)|cold and blotchy|skin (?:is |looks )?(?:mottled|marbled|blotchy and cold)|"
            r"(?:shaking|shivering) (?:chills|uncontrollably)|rigors|piel (?:moteada|"
            r"marmorea|jaspeada|manchada)|escalofrios (?:fuertes|muy fuertes|que no paran))",
        ),
        (
            rf"(?:{FEVER}|infection|infected|uti|pneumonia|cellulitis|after (?:his |her |my )?"
            r"surgery|infeccion|infectad\w*|neumonia)",
            rf"(?:{CONFUSED}|mottled|blotchy (?:skin|legs|arms)|(?:hasn't|has not|haven't|"
            r"have not) (?:peed|urinated|had a wee)|not (?:peeing|urinating)|"
            # Hardly any urine: "barely peed today", "casi no estoy orinando".
            r"(?:barely|hardly|almost not|not much) (?:\w+ )?(?:peed|peeing|pee|urinat\w*|any "
            r"urine)|casi no (?:estoy |he |ha |esta )?(?:orin\w*|hecho pipi|hace pipi|hago pipi)|"
            r"(?:orina|orino|orinando) (?:muy )?poc(?:o|uito)|"
            r"(?:shaking|shivering) uncontrollably|uncontrollable (?:shaking|shivering)|rigors|"
            r"(?:very|really|extremely|so) (?:drowsy|lethargic)|hard to wake|"
            r"no ha (?:orinado|hecho pipi)|piel (?:moteada|marmorea|jaspeada))",
        ),
        (
            rf"(?:{FEVER}|infection|infected|uti|pneumonia|cellulitis|antibiotics|infeccion|"
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
            rf"(?:peor|mas fuerte) de lo que se ve|{FEVER})",
        ),
        # An infected wound or surgical site with a fever and a fast heart: sepsis
        # starting from the wound, before confusion or mottling show.
        (_WOUND_INFECTED, FEVER, _FAST_PULSE),
        # A limb swollen and hot after a wound, its skin turning dark or hurting beyond its
        # look, with a fever: a necrotising infection before it is seen spreading.
        (_LIMB_HOT_SWOLLEN, _TURNING_DARK, FEVER),
        (r"\bsepsis\b|\bseptic\b|\bsepticemia\b|\bsepticemi\w*",),
    ],
    "diabetic": [
        # Hypoglycaemia: a diabetic who is confused, drowsy or not answering.
        (
            _DIABETIC,
            rf"(?:{CONFUSED}|(?:won't|can't|cant) (?:wake|respond)|unresponsive|passed out|"
            r"slurr\w*|acting (?:drunk|strange|weird|funny)|seizure|slumped|"
            r"(?:can't|cant|cannot|won't|isn't|not|doesn't) (?:answer\w*|talk\w*|respond\w*) "
            r"(?:me |us )?(?:properly|right|normally|straight|clearly)|incoheren\w*|"
            r"not (?:himself|herself)|hard to wake|no tiene sentido|no reacciona|"
            r"no (?:me |nos |le )?(?:contesta|responde|habla) bien|"
            r"desmay\w*)",
        ),
        # Ketoacidosis: a diabetic with fruity breath, ketones, fast deep breathing, or
        # vomiting with a high sugar.
        # Insulin run out and the body already sick with it: ketoacidosis starting.
        (_NO_INSULIN, _KETOTIC),
        (
            _DIABETIC,
            r"(?:fruity|smells? (?:like|of) (?:fruit|nail polish|acetone|pear drops)|"
            r"huele a (?:fruta|acetona|manzana)|ketones? (?:are |is )?(?:high|large|moderate|"
            r"positive|dark)|(?:high|large|moderate) ketones|cetonas (?:altas|positivas)|"
            # A ketone strip read by its colour: purple or maroon is large.
            r"(?:ketone|cetona)s?(?: strip| stick| tira)?\b[^.!?]{0,15}\b(?:dark |deep |oscur\w* )?"
            r"(?:purple|maroon|morad\w*)|"
            r"breath\w* (?:is |are |has been |'s )?(?:really |very |so |super )?(?:fast|deep|hard|"
            r"heavy)|"
            r"(?:fast|deep|heavy|rapid) breath\w*|respir\w* (?:muy )?(?:rapido|profundo|agitad\w*)|"
            r"(?:vomit\w*|throw\w* up|can't keep (?:anything|food|water|fluids) down)[^.!?]{0,40}"
            r"\b(?:sugar|glucose|reading)\b[^.!?]{0,15}\b(?:high|[3-9]\d\d)\b)",
        ),
        (
            _DIABETIC,
            r"(?:sugar|glucose|reading|meter|azucar|glucosa|glucometro|medidor)\b[^.!?]{0,25}"
            r"\b(?:high|alta|[4-9]\d\d|hi)\b",
            r"(?:vomit\w*|throw\w* up|threw up|can't keep (?:anything|food|water|fluids) down|"
            r"(?:stomach|belly|abdominal) pain|drowsy|vomit\w*|no retiene|dolor de (?:panza|"
            r"estomago|barriga)|(?:hard|hardly|barely|can't|cant|cannot) (?:to )?(?:rouse|wake)|"
            r"somnolient\w*|muy dormid[oa]|apenas (?:despierta|reacciona)|no (?:la |lo )?"
            r"(?:puedo|podemos) despertar)",
        ),
        (_KETONES_UP, _VOMITING),
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
    "adrenal": [
        (_ADRENAL, _ADRENAL_FAILING),
    ],
    # A pressure that means shock, whatever the cause (a new heart medicine, bleeding
    # inside), and the brain short of blood: confused, fainting or about to.
    "hypotension": [(_LOW_BP, _BRAIN_STARVED)],
    "postop": [
        # Days after an operation, a fever with a belly gone hard or a racing heart: a leak
        # or an abscess inside, whatever the operation was.
        (_OPERATED, FEVER, _RIGID_OR_RACING),
    ],
    "toxic_shock": [
        # A tampon, a cup or a period, a fever, and a rash like sunburn or a faint: toxic
        # shock, which kills within hours ("using a cup, fever 103, red all over like a
        # sunburn"). A fever with a period alone is not.
        (
            r"(?:tampons?|menstrual cup|(?:period|menstrual) cup|(?:my |her |the )?cup\b(?= "
            r"(?:in|for|during))|copa menstrual|\bcopa\b|tampon\w*|(?:my|her|the|first) "
            r"period|on (?:my|her) period|menstruacion|(?:la|mi|su) regla|periodo)",
            FEVER,
            r"(?:(?:rash|red|redness|skin)\b[^.!?]{0,30}\b(?:like (?:a )?sunburn|sunburn\w*|all "
            r"over)|sunburn[- ]like|(?:sarpullido|ronchas|roj\w*|piel)\b[^.!?]{0,30}\b(?:como "
            r"(?:una )?quemadura de sol|quemad\w* (?:por|del) sol|por todo el cuerpo)|"
            r"(?:going to|gonna|about to) (?:pass out|faint)|passed out|fainted|"
            r"(?:me|se) (?:voy|va) a desmayar|desmay\w*)",
        ),
    ],
    "eye_infection": [
        (_EYELID_SWOLLEN, _EYE_STUCK),
    ],
    "anaphylaxis": [
        # A sting or a known allergen, then hives everywhere, faintness or the airway.
        (
            # Whole words: "bee" is not "been", "nut" not "nutrition", "mani" not "manic".
            r"(?:stung|stings?|stinging|wasps?|bees?|hornets?|peanuts?|nuts?|cashews?|shellfish|"
            r"shrimps?|allergic|alergic[oa]|alergias?|prawns?|penicillin|amoxicillin|picaduras?|"
            r"pico una|(?:le|me|nos|les) pic(?:o|aron)|abejas?|avispas?|cacahuates?|mani|nueces|"
            r"mariscos|camarones?|penicilina|"
            r"amoxicilina)\b",
            r"(?:covered in (?:hives|welts|a rash)|hives (?:all over|everywhere)|pass(?:ing)? out|"
            r"faint\w*|dizzy|light-?headed|wheez\w*|(?:trouble|hard|difficult\w*|struggling) "
            r"(?:to )?breath\w*|throat (?:is |feels )?(?:tight|closing|swelling)|"
            r"ronchas por todo|desmay\w*|mare\w*|ahog\w*|cuesta respirar|se le cierra|"
            r"hinch\w* (?:tod[oa]s? )?(?:la |los |las |su |mi |sus |mis )?(?:boca|labios|cara|"
            r"lengua|garganta|ojos)|"
            r"(?:face|lips|tongue|mouth)\b[^.!?]{0,15}\b(?:swell\w*|swollen|puff\w*))",
        ),
        # A known allergen eaten, then hives with the airway or the gut: "coughing nonstop,
        # hives, and threw up", "ronchas, tos sin parar y vomitó". Two systems at once is
        # anaphylaxis, whatever is offered instead of the adrenaline.
        (
            r"(?:allergic|allergy|alergic[oa]|alergia)\b",
            r"(?:hives|welts|ronchas)\b",
            r"(?:cough\w* (?:nonstop|non-stop|and can'?t stop|constantly|won'?t stop)|(?:can'?t|"
            r"won'?t) stop cough\w*|tos (?:sin parar|que no (?:para|se quita))|no (?:para|deja) de "
            r"toser|threw up|throw\w* up|vomit\w*|wheez\w*|vomito|vomit\w*|silb\w*)",
        ),
        # Swelling of the mouth with trouble swallowing or hives after a food or sting.
        (
            r"(?:hinch\w* (?:tod[oa]s? )?(?:la |los |las |su |mi |sus |mis )?(?:boca|labios|cara|"
            r"ojos|lengua|garganta)|"
            r"(?:boca|labios|cara|ojos|lengua|garganta) (?:bien |muy )?hinchad\w*|"
            r"(?:mouth|lips|face|tongue) (?:is |are |look |looks |started |keeps? |(?:have|has) "
            r"been |(?:and|y) (?:his |her |my )?(?:mouth|lips|face|tongue) (?:are |have been )?)?"
            r"(?:swell\w*|swollen|puff\w* up|blow\w* up|huge|enormous|puffy|"
            r"twice (?:the|their|its) (?:normal )?size))",
            # The verb with its "can't" in front, so that the "no" is not read as a negation.
            # Speech counts: a swelling tongue thickens it before it blocks the airway.
            r"(?:(?:no (?:puede|puedo|podia)|(?:le|me) cuesta|dificultad para) (?:tragar|respirar|"
            r"hablar)|(?:can't|cannot|cant|couldn't|hard to|trouble|difficulty|struggling to) "
            r"(?:swallow\w*|breath\w*|talk\w*|speak\w*)|tragar|respirar|ronchas|garganta|mare\w*|"
            r"ahog\w*|"
            r"silb\w*|swallow\w*|breath\w*|hives|welts|throat|wheez\w*|dizzy|faint\w*|vomit\w*|"
            r"cough\w*|tos\b|tose\w*)",
        ),
        # A swelling tongue is the airway, however many words sit between ("her tongue and
        # lips have been swelling up"); a tongue piercing's swelling is not.
        (
            r"(?:(?:tongue|lengua)\b(?! piercing| ring)[^.!?,]{0,25}\b(?:swell\w*|swollen|"
            r"puff\w* up|hinch\w*|inflamad\w*)|(?:swell\w*|swollen|hinchazon|hinchad\w*)\b"
            r"[^.!?,]{0,12}\b(?:tongue|lengua)\b(?! piercing| ring))",
        ),
    ],
}

# Skin peeling or coming off in sheets with blisters, and sores in the mouth or eyes or a
# medicine started in the last weeks: a drug reaction that strips the skin (Stevens-Johnson,
# toxic epidermal necrolysis). Peeling after a sunburn, or a blister from new shoes, names
# neither the sores nor a new medicine.
_SKIN_PEELING = (
    r"(?:skin\b[^.!?]{0,25}\b(?:peel\w*|coming off|(?:comes|came|come|rubs|rubbed|wipes|slides|"
    r"slid) off|sloughing|falling off|shedding)|"
    r"peel\w*\b[^.!?]{0,15}\bskin|(?:pelar\w*|despellejar\w*|pelando|despellejando|cayendo|desprendiendo|levantando)\b"
    r"[^.!?]{0,15}\b(?:la )?piel|piel\b[^.!?]{0,25}\b(?:se (?:me |le )?(?:pela|cae|desprende|"
    r"levanta)|pelad[oa]|se (?:me |le )?(?:esta|estan|anda) (?:pelando|cayendo|desprendiendo|"
    r"levantando)))"
)
_BLISTERS = r"(?:blister\w*|ampolla\w*|vesicula\w*|bolsitas de agua)"
_SORES_OR_NEW_DRUG = (
    r"(?:(?:sores?|ulcers?|blisters?|raw|burning)\b[^.!?]{0,30}\b(?:mouth|lips|eyes?|genital\w*)|"
    r"(?:llagas|ulceras|aftas|ampollas)\b[^.!?]{0,30}\b(?:boca|labios|ojos?|genital\w*)|"
    r"(?:started|starting|began|new|just got|put on|switched to)\b[^.!?]{0,30}\b(?:med\w*|pills?|"
    r"drug|antibiotic\w*|lamotrigine|lamictal|allopurinol|nevirapine|bactrim|sulfa\w*|"
    r"carbamazepine|phenytoin|\w+(?:ine|ol|il|ide|cin|xacin)\b)|"
    r"(?:empece|empezo|comence|comenzo|inicie|nuev[oa]|me recetaron|me dieron)\b[^.!?]{0,30}"
    r"\b(?:medicina|medicamento|pastillas?|antibiotico|lamotrigina|alopurinol|nevirapina|"
    r"bactrim|\w+(?:ina|ol|il|ida|cina)\b))"
)
# The drug named alone, as its own rule: a start dated weeks ago ("started lamotrigine 3
# weeks ago") reads as history, while the drug named is still being taken.
_DRUG_THAT_STRIPS = (
    # The start told with it ("started lamotrigine 3 weeks ago") dates the start, not the
    # taking (`history`), so the verb belongs to the mention.
    r"(?:(?:started|began|empece|empezo|comence|comenzo|inicie|inicio|(?:i'?m |been |i am )?"
    r"taking|(?:i'?m |been |i am )on|tomo|toma|estoy tomando)\s(?:taking\s|on\s|a tomar\s|"
    r"con\s)?(?:the\s|la\s|el\s)?)?"
    r"\b(?:lamotrigine|lamictal|allopurinol|nevirapine|bactrim|septra|sulfa\w*|carbamazepine|"
    r"tegretol|phenytoin|dilantin|lamotrigina|alopurinol|nevirapina|carbamazepina|fenitoina)\b"
)
RULES["skin_sloughing"] = [
    (_SKIN_PEELING, _BLISTERS, _SORES_OR_NEW_DRUG),
    (_SKIN_PEELING, _BLISTERS, _DRUG_THAT_STRIPS),
]

# Unable to pass urine for many hours with a bladder swollen or severe pain: retention,
# which a catheter relieves and waiting can burst. "Haven't peed much" is thirst; the rule
# wants the inability and the pain or the swelling.
_CANNOT_PEE = (
    r"(?:(?:can'?t|cannot|cant|couldn'?t|unable to|haven'?t been able to|havent been able to|"
    r"not able to|trying but (?:can'?t|nothing))\b[^.!?]{0,10}\b(?:pee|urinate|piss|empty "
    r"(?:my|his) bladder)|nothing (?:comes|will come) out when i (?:try to )?pee|"
    r"no (?:puedo|puede|he podido|ha podido|pude|pudo)\b[^.!?]{0,10}\b(?:orinar|hacer pipi|"
    r"mear|hacer del bano)|no me sale (?:la )?(?:orina|pipi))"
)
_BLADDER_PAIN = (
    r"(?:bladder\b[^.!?]{0,25}\b(?:bulg\w*|swollen|distended|huge|full|hard|sticking out|"
    r"killing|pain\w*)|(?:pain|hurts?)\b[^.!?]{0,20}\b(?:unbearable|severe|excruciating|so bad|"
    r"killing)|(?:unbearable|severe|excruciating|terrible|awful) (?:\w+ )?pain|"
    r"vejiga\b[^.!?]{0,25}\b(?:hinchad\w*|inflamad\w*|llena|dura|abultad\w*|revent\w*)|"
    r"dolor (?:\w+ ){0,2}(?:insoportable|horrible|muy fuerte|terrible)|duele (?:muchisimo|"
    r"horrible|demasiado)|"
    # The bladder felt as the lower belly, swollen and sore above the pubic bone.
    r"(?:belly|tummy|stomach|abdomen|lower belly|bajo vientre|vientre|panza|barriga)\b"
    r"[^.!?]{0,20}\b(?:swollen|distended|bloated|hard|hinchad\w*|inflamad\w*|dur[oa])\b"
    r"[^.!?]{0,30}\b(?:pain\w*|hurts?|sore|tender|duele|dolor\w*)|(?:really|very|so|super|"
    r"extremely) painful|(?:muy|bien) doloros[oa])"
)
RULES["urinary_retention"] = [(_CANNOT_PEE, _BLADDER_PAIN)]

# An older person gone days without food or water, hardly passing urine, weak and not
# answering right: dried out to confusion ("lleva dos días sin comer ni tomar agua").
_DAYS_WITHOUT_DRINKING = (
    r"(?:(?:lleva|llevo|tiene|tengo|van)\b[^.!?]{0,20}\b(?:dias|un dia|desde ayer) sin "
    r"(?:comer (?:ni|y sin) )?(?:tomar|beber) (?:agua|nada|liquidos)|"
    r"(?:hasn'?t|has not|hasnt|not)\b[^.!?]{0,10}\b(?:eaten or drunk|drunk|had (?:anything|"
    r"any water|any fluids) to drink)\b[^.!?]{0,20}\b(?:in|for) (?:two|three|2|3|a couple of|"
    r"several) days)"
)
_NOT_ANSWERING_RIGHT = (
    r"(?:no (?:contesta|responde|habla) bien|no (?:contesta|responde)|confundid[oa]|"
    r"desorientad[oa]|no (?:me )?reconoce|not (?:answering|responding|making sense)|"
    r"(?:confused|disoriented|doesn'?t know where)|barely (?:answer\w*|respond\w*))"
)
# One sign for both: the "sin" of the first would otherwise negate the second.
RULES["dried_out"] = [(rf"{_DAYS_WITHOUT_DRINKING}[^.!?]{{0,60}}{_NOT_ANSWERING_RIGHT}",)]


# An operation named by its kind as well: "me hicieron la mastectomía", "my hysterectomy".
_OPERATED_NAMED = (
    rf"(?:{_OPERATED}|\w+ectom(?:y|ies|ia)\b|\w+plast(?:y|ia)\b|c-?section|"
    r"(?:me|le|la|lo) hicieron (?:la|el|una|un) \w+)"
)
# A wound or one side gone tense, hard or purple with swelling: blood collecting under it.
_SWOLLEN_HARD = (
    r"(?:(?:swell\w*|swollen|puff\w*|hinch\w*|inflam\w*|bulg\w*|abultad\w*)\b[^.!?]{0,60}"
    r"\b(?:hard|firm|tight|tense|purple|dark|black|blue|dur[oa]|tens[oa]|morad[oa]|negr\w*|"
    r"amoratad\w*)\b|(?:hard|firm|tight|tense|purple|dur[oa]|morad[oa]|amoratad\w*)\b"
    r"[^.!?]{0,40}\b(?:swell\w*|swollen|hinch\w*|huge|enorme|double|doble))"
)
# The blood lost into it shows: dizzy, faint, pale, a racing heart.
_BLOOD_LOST_SHOWS = (
    r"(?:dizz\w*|light-?headed|woozy|faint\w*|pass(?:ing)? out|pale|clammy|(?:heart|pulse)\b"
    r"[^.!?]{0,15}\b(?:racing|pounding|fast)|mare\w*|desmay\w*|palid\w*|(?:corazon|pulso)\b"
    r"[^.!?]{0,15}\b(?:acelerad\w*|rapido|a mil))"
)
# After an operation, a side swollen hard and purple with dizziness: a bleed under the
# wound that is filling, not a bruise to watch.
RULES["postop"].append((_OPERATED_NAMED, _SWOLLEN_HARD, _BLOOD_LOST_SHOWS))

# A surgical wound split open with something showing through it: the gut or its fat
# coming out, which must be covered and seen now.
_WOUND_OPENED = (
    r"(?:(?:incision|wound|stitches|staples|scar|cut|c-?section|herida|cicatriz|puntos|grapas|"
    r"costura|cesarea)\b[^.!?]{0,40}\b(?:split|burst|came apart|come apart|opened|popped|"
    r"pulled apart|gap\w*|ripped|tore|torn|broke open|se (?:me |le )?(?:abrio|reviento|revento|"
    r"solto|rompio)|abiert[oa]|se abrieron|se (?:me |le )?(?:soltaron|reventaron|botaron))|"
    r"(?:split|burst|ripped|came) open\b[^.!?]{0,40}\b(?:incision|wound|stitches|scar|"
    r"herida)|se (?:me |le )?(?:abrio|reviento|revento|solto|rompio|abrieron|soltaron|"
    r"reventaron) (?:la |el |los |las )?(?:herida|cicatriz|puntos|grapas|costura|cesarea|"
    r"incision))"
)
_SHOWING_THROUGH = (
    r"(?:(?:something|stuff|tissue|gut\w*|intestin\w*|bowel\w*|fat|organs?|insides)\b"
    r"[^.!?]{0,30}\b(?:poking|sticking|coming|hanging|bulging|pushing|spilling|falling) "
    r"(?:out|through)|(?:see|seeing|saw|can see) (?:my |his |her |the )?(?:gut\w*|intestin\w*|"
    r"bowel\w*|insides|organs?)|algo (?:que )?(?:sale|saliendo|se sale|asoma\w*|colgando)|"
    r"(?:se (?:me |le )?(?:sale|salen|ve|ven|asoma\w*)|saliendo|asomando)\b[^.!?]{0,15}\b"
    r"(?:las? tripas?|intestino\w*|la grasa|algo))"
)
RULES["postop"].append((_WOUND_OPENED, _SHOWING_THROUGH))


# The eye struck or cut: by a flying piece (grinding, hammering), a blow or a point.
_EYE_STRUCK = (
    r"(?:(?:hit|struck|flew|went|got|poked|stabbed|jabbed|injur\w*|cut)\b[^.!?]{0,30}\b(?:eye|"
    r"eyeball)s?|(?:eye|eyeball)s?\b[^.!?]{0,20}\b(?:got hit|was hit|struck|injur\w*)|"
    r"grinding|hammering|chisel\w*|drilling|welding|(?:me|le) (?:salto|entro|pego|cayo|golpeo|"
    r"pico|pican|encaj\w*|clav\w*)\b[^.!?]{0,30}\bojo|golpe\w* en (?:el|mi|su) ojo|esmeril\w*)"
)
# The eyeball opened: something sticking out of it, a pupil pulled out of round.
_EYE_OPENED = (
    r"(?:(?:something|thing|piece|shard|sliver|splinter|metal|glass|wood|bit)\b[^.!?]{0,15}\b"
    r"(?:sticking|poking|stuck|embedded|lodged)\b[^.!?]{0,25}\b(?:eye|pupil|iris|colou?red part|"
    r"cornea)|pupil\w*\b[^.!?]{0,25}\b(?:tear ?drop|tear-drop|misshapen|irregular|not round|"
    r"peaked|oval|odd|weird|funny) ?(?:shaped?)?|(?:jelly|fluid|goo)\b[^.!?]{0,20}\b(?:leak\w*|"
    r"coming out)\b[^.!?]{0,15}\beye|algo (?:clavado|enterrado|encajado|salido)\b[^.!?]{0,20}"
    r"\bojo|pupila\b[^.!?]{0,25}\b(?:como (?:una )?lagrima|deforme|chueca|irregular|no (?:esta )?"
    r"redonda|rara))"
)
# An operation on the eye or a shot into it, in the last days.
_EYE_OPERATED = (
    r"(?:(?:cataract|lasik|retina\w*|glaucoma|eye|cornea\w*|vitrectomy|intravitreal)\b[^.!?]{0,15}"
    r"\b(?:surgery|operation|procedure|injection|shot)|(?:avastin|eylea|lucentis) (?:injection|"
    r"shot)|(?:cirugia|operacion|inyeccion) (?:de|del|en el) (?:catarata\w*|ojo)|(?:me|le|la|lo) "
    r"operaron (?:de )?(?:la |las |los |el )?(?:catarata\w*|ojos?))"
)
_EYE_SORE = (
    r"(?:(?:eye|ojo)\b[^.!?]{0,40}\b(?:hurt\w*|pain\w*|ache|aching|red|redder|swollen|pus|"
    r"duele|dolor|rojo|hinchad\w*)|(?:pain|hurt\w*|dolor|duele)\b[^.!?]{0,20}\b(?:eye|ojo))"
)
_SIGHT_GOING = (
    r"(?:(?:can'?t|cannot|barely|hardly|can barely|can hardly) see|(?:vision|sight)\b[^.!?]{0,20}"
    r"\b(?:worse|going|gone|dropp\w*|dim\w*|dark\w*|foggy|cloudy|blurr\w*)|only (?:see )?"
    r"(?:light|shadows)|just light|(?:no|casi no) veo|veo (?:borroso|nublado|solo luz)|"
    r"(?:vista|vision)\b[^.!?]{0,20}\b(?:borros\w*|nublad\w*|baj\w*|oscur\w*))"
)
RULES["eye_emergency"] = [
    # An eye struck with something sticking out of it or its pupil pulled out of round: an
    # open globe, to be shielded and seen now, never given drops.
    (_EYE_STRUCK, _EYE_OPENED),
    # Days after an eye operation or injection, a painful or red eye that is losing its
    # sight: an infection inside the eye, treated within hours to save it.
    (_EYE_OPERATED, _EYE_SORE, _SIGHT_GOING),
]


# Blisters and sore mouth or eyes on a medicine known to strip the skin, before any peeling:
# Stevens-Johnson starting ("started lamotrigine, blisters, my mouth and eyes are sore").
# Chickenpox or hand, foot and mouth disease names no such medicine.
_MUCOSA_SORE = (
    r"(?:(?:sores?|ulcers?|blisters?|raw|burning)\b[^.!?]{0,30}\b(?:mouth|lips|eyes?|genital\w*)|"
    r"(?:llagas|ulceras|aftas|ampollas)\b[^.!?]{0,30}\b(?:boca|labios|ojos?|genital\w*)|"
    r"(?:mouth|lips|eyes|"
    r"genitals?)\b[^.!?]{0,20}\b(?:are |is |feel |look )?(?:(?:really|very|so) )?(?:sore|raw|"
    r"burning|blistered|bleeding|crusted|peeling)|(?:boca|labios|ojos)\b[^.!?]{0,20}\b"
    r"(?:llagad\w*|lastimad\w*|en carne viva|ardiendo|con ampollas|sangr\w*))"
)
_RASH_OR_BLISTERS = rf"(?:{_BLISTERS}|rash|sarpullido|erupcion|ronchas)"
RULES["skin_sloughing"].append((_RASH_OR_BLISTERS, _MUCOSA_SORE, _DRUG_THAT_STRIPS))

# A medicine started weeks before, then a fever with a rash all over and the face swollen
# or the eyes or skin gone yellow: the drug reaction that attacks the liver (DRESS).
_RASH_ALL_OVER = (
    r"(?:(?:rash|hives|spots|red)\b[^.!?]{0,15}\b(?:all over|everywhere|whole body|head to "
    r"toe|spreading)|(?:sarpullido|erupcion|ronchas|manchas rojas)\b[^.!?]{0,15}\b(?:por "
    r"todo|en todo|todo el cuerpo))"
)
_FACE_OR_LIVER = (
    r"(?:face\b[^.!?]{0,15}\b(?:swollen|swelling|puffy)|(?:swollen|puffy) face|"
    r"(?:eyes|skin|whites of (?:my|his|her) eyes)\b[^.!?]{0,20}\b(?:yellow\w*)|jaundice\w*|"
    r"(?:cara|rostro)\b[^.!?]{0,15}\b(?:hinchad\w*|inflamad\w*)|(?:ojos|piel)\b[^.!?]{0,20}"
    r"\b(?:amarill\w*)|ictericia)"
)
_DRUG_THAT_BURNS_IN = (
    rf"(?:{_DRUG_THAT_STRIPS}|\b(?:minocycline|vancomycin|abacavir|dapsone|oxcarbazepine|"
    r"trileptal|phenobarbital|minociclina|vancomicina|dapsona|oxcarbazepina|fenobarbital)\b)"
)
RULES["skin_sloughing"].append((_DRUG_THAT_BURNS_IN, FEVER, _RASH_ALL_OVER, _FACE_OR_LIVER))

# Hives with a second system failing is anaphylaxis whatever set it off, and whether or
# not the writer names the trigger: hives all over with wheeze, faintness or a pressure
# that means shock ("urticaria y la presión bajísima"), or hives after an allergy shot, a
# sting or a meal with coughing, dizziness or vomiting.
_HIVES = r"(?:hives|welts|urticaria|ronchas|habones)"
_HIVES_WIDE = (
    rf"(?:{_HIVES}\b[^.!?]{{0,20}}\b(?:all over|everywhere|whole body|head to toe|por todo|"
    rf"en todo el cuerpo|todo el cuerpo)|covered (?:in|with) {_HIVES}|llen[oa] de ronchas)"
)
_SECOND_SYSTEM = (
    r"(?:wheez\w*|silb\w*|(?:trouble|hard|difficult\w*|struggling) (?:to )?breath\w*|"
    r"short of breath|throat\b[^.!?]{0,15}\b(?:tight|closing|swell\w*)|light-?headed|"
    r"faint\w*|pass(?:ed|ing)? out|(?:fell|collapsed|keeled over)|desmay\w*|me cuesta respirar|"
    r"(?:so |very |really )?dizzy|mare\w*|(?:presion|pressure|bp)\b[^.!?]{0,10}\b(?:bajisima|"
    r"muy baja|(?:really |very |so )?low|dropp\w*|por los suelos))"
)
_ALLERGY_TRIGGER = (
    r"(?:allergy (?:shot|injection)s?|immunotherapy|(?:vacuna|inyeccion)\w* (?:de|para) (?:la )?"
    r"alergia|stung|stings?|fire ants?|ants? (?:bit|got)|hormigas?|(?:me|le) picaron|"
    r"(?:after|since) (?:eating|dinner|lunch|breakfast|a meal)|had (?:\w+ )?for (?:dinner|"
    r"lunch|breakfast)|despues de (?:comer|cenar|almorzar|desayunar)|alpha-?gal|(?:tick|"
    r"garrapata)\w*)"
)
_TRIGGERED_SIGN = rf"(?:{_SECOND_SYSTEM}|cough\w*|tos\b|tosiendo|vomit\w*|throw\w* up|threw up)"
# The trigger told with its "after" ("after my allergy shot") is the cause of what follows,
# not a time that dates it (`history` reads "since my ..." as the past).
_AFTER_TRIGGER = (
    rf"(?:(?:after|following|since|despues de|tras) (?:my |his |her |the |an? |la |el |su |"
    rf"mi |una? )?)?{_ALLERGY_TRIGGER}"
)
RULES["anaphylaxis"].extend(
    [
        (_HIVES_WIDE, _SECOND_SYSTEM),
        (_HIVES, _AFTER_TRIGGER, _TRIGGERED_SIGN),
        (_HIVES, _LOW_BP),
    ]
)

# A food allergen eaten, the mouth or throat reacting and getting worse: anaphylaxis
# before hives ("ate something with sesame, lips tingling, throat scratchy, getting worse").
_FOOD_ALLERGEN = (
    r"(?:sesame|peanuts?|tree nuts?|nuts|cashews?|pistachios?|almonds?|walnuts?|shellfish|"
    r"shrimps?|lobster|crab|fish|eggs?|ajonjoli|sesamo|cacahuates?|mani|nueces|almendras|"
    r"mariscos|camarones?|pescado|huevo)\b"
)
_MOUTH_REACTING = (
    r"(?:(?:lips?|mouth|tongue|throat)\b[^.!?]{0,15}\b(?:tingl\w*|itch\w*|scratch\w*|tight\w*|"
    r"swell\w*|burn\w*|numb)|(?:labios?|boca|lengua|garganta)\b[^.!?]{0,15}\b(?:hormigue\w*|"
    r"pica\w*|rasp\w*|cerrad\w*|hinch\w*|arde|dormid\w*)|(?:me|le) pica la (?:garganta|boca))"
)
_GETTING_WORSE = (
    r"(?:getting worse|worse and worse|keeps? (?:getting )?(?:worse|spreading)|spreading|"
    r"(?:cada vez|va|se pone|esta) (?:peor|empeorando)|empeora\w*|sigue empeorando)"
)
RULES["anaphylaxis"].append((_FOOD_ALLERGEN, _MOUTH_REACTING, _GETTING_WORSE))
