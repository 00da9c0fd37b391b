"""Red flags of the brain and the nerves: collapse, meningitis, a stroke, the spinal cord.

They are grouped because each is read from what the person can no longer do (answer,
speak, move a limb, walk straight, bear the light). A blow to the head, read by the same
kind of signs after a knock or a fall, has its own module (`head_injury`). Sudden
confusion is an emergency and dementia's is not, so this family also holds the only veto.
"""

from __future__ import annotations

import re

from aurixa.safety.detectors.redflags.signs import CONFUSED, FEVER

# A limb the person cannot feel; the "no" is inside the sign, so it is not a negation.
_LIMB_UNFELT = (
    r"(?:no (?:siento|siente) (?:el |la |mi |su )?(?:brazo|pierna|mano|cara|lado)|"
    r"(?:can't|cannot|cant) feel (?:my|his|her|their|the) (?:arm|leg|hand|face|side)|"
    r"se (?:le|me) (?:durmio|entumio|adormecio) (?:el |la |su |mi )?(?:brazo|pierna|mano|cara))"
)

_HEADACHE = (
    r"(?:headache|head (?:is )?(?:pounding|killing)|dolor de cabeza|(?:me|le) duele "
    r"(?:mucho |muchisimo )?la cabeza)"
)
# The same, and a head "exploding" or "splitting", for the thunderclap's own words.
_HEAD_PAIN = (
    rf"(?:{_HEADACHE}|head (?:pain|hurts|is (?:exploding|splitting))|pain in (?:my|his|her|"
    r"the) head|head (?:exploded|felt like it (?:exploded|split)))"
)
# Light that hurts, said by the person or of them; the "no" is inside the sign.
_LIGHT_HURTS = (
    r"(?:(?:can't|cant|cannot) (?:stand|look at|bear|handle|tolerate) (?:the )?light\w*|"
    r"light\w* (?:hurts?|is painful|bothers)|photophob\w*|(?:really |very )?sensitive to "
    r"(?:the )?light|(?:le|me) (?:molesta|lastima|duele) la luz|"
    r"no (?:soporta|soporto|aguanta|aguanto|tolera|tolero) la luz)"
)
# A headache at its worst within moments (a thunderclap) may be a bleed around the brain.
_WORST_EVER = (
    r"(?:(?:el )?(?:peor|mas fuerte|mas horrible|mas intenso) dolor de cabeza de (?:mi|su|toda "
    r"(?:mi|su)) vida|dolor de cabeza (?:mas|tan) (?:fuerte|horrible|intenso|terrible) "
    r"(?:de|en) (?:mi|su|toda (?:mi|su)) vida|worst (?:headache|head pain) (?:i'?ve|i have|"
    r"he'?s|he has|she'?s|she has|they'?ve) ever (?:had|felt)|nunca (?:habia|he|ha) "
    r"(?:tenido|sentido) un dolor de cabeza (?:asi|tan (?:fuerte|horrible))|never had a "
    r"headache (?:like this|this bad|so bad))"
)
_SUDDEN_ONSET = (
    # Brought on by a strain (sex, lifting, pushing at stool): a thunderclap's own moment.
    r"(?:(?:(?:came|come|comes) on|started|start|starts|began|hit|hits|struck|vino|empezo|"
    r"llego|dio|pego)\b[^.!?]{0,20}\b(?:during|while (?:having|lifting|straining)|in the middle "
    r"of|right (?:after|as)|durante|mientras|en pleno|al (?:tener|hacer|levantar|pujar))\b"
    r"[^.!?]{0,10}\b(?:sex|intercourse|orgasm|lifting|straining|relaciones|sexo|pujar|pesas)|"
    r"(?:(?:came|come|comes) on|started|start|starts|began|hit|hits|struck|vino|empezo|"
    r"llego|dio|pego)\b[^.!?]{0,15}\b(?:suddenly|all at once|out of nowhere|out of the blue|"
    r"in (?:a |one )?(?:second|seconds|an instant|a flash|a split second)|like a "
    r"(?:thunderclap|bolt|hammer|bat|gunshot|explosion|bomb)|de (?:golpe|repente|pronto|"
    r"la nada)|en un (?:segundo|instante)|como un (?:golpe|rayo|trueno|martillazo|balazo))|"
    r"(?:suddenly|all of a sudden|out of nowhere|de (?:repente|golpe|pronto))\b[^.!?]{0,20}"
    r"\b(?:came|started|began|hit|got|exploded|vino|empezo|dio|pego|entro)\b|"
    r"thunderclap|(?:sudden|explosive) (?:\w+ )?(?:headache|head pain)|"
    r"(?:headache|dolor de cabeza) (?:\w+ )?(?:repentino|de golpe|subito))"
)
_SEVERE = (
    # A blow told as the measure of the pain: "like being hit with a bat", "como un martillazo".
    r"(?:like (?:being |getting )?(?:hit|struck|smacked|whacked) (?:with|by|over the head with) "
    r"(?:a |an )?(?:bat|hammer|brick|baseball bat|truck|sledgehammer|rock)|como (?:si me "
    r"(?:pegaran|dieran) con )?un (?:batazo|martillazo|golpe|ladrillazo|mazazo)|el peor de "
    r"(?:mi|su) vida|la peor de (?:mi|su) vida|"
    r"worst|excruciating|unbearable|agoniz\w*|explod\w*|splitting|10 ?(?:/|out of) ?10|"
    r"insoportable|horrible|fortisim[oa]|(?:muy|mas|tan) fuerte|terrible|intens[oa]|"
    r"(?:can't|cannot|cant) (?:stand|bear|take) (?:it|the pain))"
)

# The back of the brain (the brainstem and the cerebellum, the posterior circulation) is told
# by its signs together, rarely by a weak arm: two of everything, a walk that veers or
# will not stay straight, a tongue that trips over words, a sudden spin of the room.
_DOUBLE = (
    r"(?:double vision|seeing double|see(?:s)? double|(?:see|seeing|sees) two of everything|"
    r"everything (?:is |looks )?doubled|veo doble|ve doble|vision doble|viendo doble|"
    r"(?:veo|ve) todo doble)"
)
# Walking that will not go straight or stay up: said of a gait, not of a trip on the stairs.
_CANT_WALK = (
    r"(?:(?:can't|cannot|cant|couldn't|unable to|can barely) (?:walk|stand|stay) (?:straight|"
    r"right|upright|up|in a straight line|without (?:falling|holding on|help))|"
    r"no (?:puede|puedo|podia|pude) (?:caminar|andar|mantenerse|mantenerme) (?:derech[oa]|bien|"
    r"recto|en pie|de pie|sin caer\w*))"
)
_UNSTEADY = (
    rf"(?:{_CANT_WALK}|unsteady|wobbl\w*|stagger\w*|stumbl\w*|(?:losing|lost|lose|no) (?:my |"
    r"his |her |their )?balance|off balance|(?:veer\w*|lean\w*|tilt\w*|fall\w*|drift\w*|"
    r"pull\w*) to (?:one|the (?:left|right)) side|walk\w* like (?:a drunk|(?:he|she|i)(?:'s| is|"
    r"'m| am)? drunk)|se (?:tambalea|va de lado|va para un lado|ladea|cae (?:de|para un) lado)|"
    r"tambale\w*|me voy de lado|(?:sin|perdi\w*|pierd\w*) (?:el )?equilibrio|camina como "
    r"(?:si estuviera )?borrach[oa])"
)
_THICK_SPEECH = (
    r"(?:slurr\w*|(?:speech|words|talking|voice)\b[^.!?]{0,25}\b(?:funny|weird|strange|thick|"
    r"garbled|jumbled|mixed up|drunk)|arrastr\w* (?:las palabras|la lengua|al hablar)|habla "
    r"arrastrad\w*|(?:se (?:me|le) )?traba\w* (?:la lengua|las palabras|al hablar)|lengua "
    r"trabada|(?:se (?:me|le) )?enreda\w* la lengua|no se le entiende|(?:habla|voz|palabras)\b"
    r"[^.!?]{0,10}\b(?:rara|raro|arrastrad\w*|trabad\w*|enredad\w*))"
)
# A spin of the room that came on at once; the "dizzy when I stand up" of every day is not.
_SUDDEN_SPIN = (
    r"(?:(?:sudden(?:ly)?|all of a sudden|out of (?:nowhere|the blue)|de (?:repente|golpe|"
    r"pronto)|subitamente)\b[^.!?]{0,25}\b(?:vertigo|dizz\w*|(?:room|world|everything) "
    r"(?:is |was |started )?spinning|mare\w*|da vueltas)|(?:vertigo|dizz\w*|spinning|mareo|"
    r"mareado|mareada|da vueltas)\b[^.!?]{0,20}\b(?:came on|started|hit|began|empezo|llego|vino|"
    r"comenzo)\b[^.!?]{0,10}\b(?:suddenly|all at once|out of nowhere|de (?:repente|golpe|"
    r"pronto))|(?:vertigo|mareo) (?:repentino|subito|de golpe))"
)

# The nerves at the base of the spine squeezed (cauda equina) or the cord itself: numbness
# where one sits, a bladder that no longer empties or holds, legs that give way.
_SADDLE_NUMB = (
    r"(?:(?:groin|butt|buttocks?|bum|bottom|backside|saddle|genitals?|privates|private (?:parts|"
    r"area)|crotch|perine\w*|inner thighs?|between (?:my|his|her|the) legs|nalgas|pompas|"
    r"entrepierna|genitales|partes intimas|zona (?:genital|intima)|perine\w*|entre las piernas)"
    r"\b[^.!?]{0,25}\b(?:numb\w*|tingl\w*|dead|no feeling|dormid\w*|entumid\w*|adormecid\w*|"
    r"sin sensibilidad|hormigue\w*)|(?:numb\w*|no feeling|(?:can't|cant|cannot) feel (?:anything "
    r"|a thing )?(?:in )?|hormigueo en|no (?:siento|siente) (?:nada en )?)(?:my |his |her |the "
    r"|mis |sus |la |las |los |el )?(?:groin|butt|buttocks?|bum|bottom|genitals?|privates|"
    r"crotch|inner thighs?|between (?:my|his|her|the) legs|nalgas|pompas|entrepierna|genitales|"
    r"partes intimas|entre las piernas)\b|"
    r"saddle (?:numbness|an(?:a)?esthesia)|anestesia en silla de montar)"
)
_BLADDER_GONE = (
    r"(?:(?:can't|cannot|cant|couldn't|unable to|not able to|haven't been able to|hasn't been "
    r"able to) (?:pee|urinate|wee|void|empty (?:my|his|her) bladder)\b[^.!?]{0,10}\b(?:at all|"
    r"since|for (?:\d+|hours|the whole)|all day|anything)|(?:haven't|hasn't|has not|have not) "
    r"(?:peed|urinated)\b[^.!?]{0,10}\b(?:since|all day|in \d+|for \d+)|(?:urinary )?retention|"
    r"(?:lost|losing|no) (?:control (?:of|over) )?(?:my |his |her )?(?:bladder|bowels?)(?: "
    r"control)?|(?:wet|peed|soiled|pooped) (?:myself|himself|herself)\b[^.!?]{0,20}"
    r"\b(?:without (?:noticing|knowing|feeling)|didn't (?:feel|notice|know))|"
    r"no (?:puedo|puede|he podido|ha podido) (?:orinar|hacer pipi|hacer pis)\b[^.!?]{0,12}"
    r"\b(?:nada|desde|en todo el dia)|perd\w* el control de (?:la (?:vejiga|orina)|los "
    r"esfinteres|el esfinter)|(?:me|se) (?:hice|hizo|orine|orino) sin (?:darme|darse) cuenta|"
    # Control said to be gone now: "can't control my bladder", "no puedo controlar la orina".
    r"(?:can'?t|cannot|cant|couldn'?t|unable to|no longer) (?:control|feel) (?:my |his |her )?"
    r"(?:bladder|bowels?|pee|urine)|no (?:puedo|puede|pude|pudo) (?:controlar|aguantar|sentir) "
    r"(?:la (?:orina|vejiga|pipi)|el pipi|los esfinteres|el esfinter))"
)
_LEGS_GIVING = (
    r"(?:(?:legs?|knees?)\b[^.!?]{0,25}\b(?:weak|giving (?:out|way)|gave (?:out|way)|buckl\w*|"
    r"won't hold|heavy|numb)|no (?:siento|siente) (?:bien |nada )?(?:las|mis|sus) piernas|"
    r"(?:piernas?|rodillas)\b[^.!?]{0,20}\b(?:debil\w*|sin fuerza|"
    r"se (?:me|le) doblan|no (?:me|le) responden|dormid\w*)|"
    # Verb first, as Spanish often tells it: "se me doblan las piernas".
    r"se (?:me|le|nos|les) (?:doblan|aflojan|van) (?:las|mis|sus) (?:piernas|rodillas))"
)
_LOW_BACK = r"(?:back|spine|sciatica|espalda|columna|ciatica)\b"
# Beside numbness where one sits, a bladder that will not empty needs no "since" or "at
# all" to count: the two together are the nerves of the spine's base squeezed.
_URINE_HELD_IN = (
    r"(?:(?:can't|cant|cannot|can not|unable to|couldn't) (?:pee|urinate|wee|void)|"
    r"no (?:puedo|puede|pude|pudo) (?:orinar|hacer pipi|hacer pis))\b"
)
# A cancer that has reached the bones or the spine.
_CANCER_IN_BONE = (
    r"(?:(?:cancer|tumou?r|myeloma|lymphoma|carcinoma)\b[^.!?]{0,40}\b(?:spread|metasta\w*|"
    r"gone|went|moved) (?:to|into|in) (?:my |his |her |the )?(?:bones?|spine|back|vertebra\w*)|"
    r"(?:bone|spine|spinal|vertebral) (?:mets|metasta\w*)|(?:multiple )?myeloma|mieloma|"
    r"metasta\w* (?:oseas?|en (?:los )?huesos|en la columna)|(?:cancer|tumor)\b[^.!?]{0,40}"
    r"\b(?:se (?:le |me )?(?:fue|paso|extendio|regó|rego)|metastatiz\w*|llego) (?:a|en) "
    r"(?:los huesos|el hueso|la columna))"
)

RULES: dict[str, list[tuple[str, ...]]] = {
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
    "meningitis": [
        (
            FEVER,
            r"(?:stiff (?:neck|neck)|neck (?:is |feels |was |got |has gone )?(?:\w+ )?(?:stiff|"
            r"rigid)|(?:can't|cannot|cant|unable to|won't) (?:bend|move|touch|put) "
            r"(?:his |her |my )?(?:neck|chin|head down)|"
            r"no puede (?:bajar|doblar|agachar) la cabeza|"
            r"(?:cuello|nuca) (?:rigid[oa]|ties[oa]|dur[oa])|rigidez (?:de|en el) (?:cuello|nuca)|"
            r"no puede (?:doblar|bajar|mover) el cuello)",
        ),
        # Headache with light that hurts and a stiff neck, fever or not.
        (
            _HEADACHE,
            _LIGHT_HURTS,
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
            FEVER,
            r"(?:purple|dark red) (?:rash|spots|blotches|dots)|"
            r"(?:manchas|manchitas|puntitos|ronchas) (?:morad\w*|rojo oscuro)",
        ),
    ],
    "stroke": [
        # A thunderclap headache: the worst of a life, or severe and at once.
        (_WORST_EVER,),
        (_HEAD_PAIN, _SUDDEN_ONSET, _SEVERE),
        # A change in speech with weakness or clumsiness of one limb, in any words.
        (
            r"(?:(?:speech|words|talking|voice)\b[^.!?]{0,25}\b(?:funny|weird|strange|off|wrong|"
            r"slurr\w*|garbled|thick|jumbled|mixed up|messed up)|slurr\w*|"
            r"(?:habla|voz|palabras)\b[^.!?]{0,10}\b(?:rara|raro|arrastrad\w*|trabad\w*|enredad\w*)|"
            r"no (?:encuentra|encuentro|le salen|me salen) (?:las )?palabras)",
            r"(?:(?:can't|cannot|won't|couldn't|unable to|wont|cant) (?:grip|grasp|hold|lift|raise|"
            r"move|use|feel)\b|(?:arm|hand|leg|foot|fingers)\b[^.!?]{0,25}\b(?:numb|weak|heavy|"
            r"dead|floppy|clumsy|useless|(?:won't|wont|will not) (?:work|move|grip|hold))|"
            r"(?:drop\w*|dropping) "
            r"(?:things|everything|his \w+|her \w+)|no (?:puede|puedo) (?:agarrar|sostener|"
            r"levantar|mover)|(?:brazo|mano|pierna)\b[^.!?]{0,15}\b(?:dormid\w*|debil|pesad\w*|"
            r"no (?:le |me )?responde)|(?:can't|cannot|cant|unable to) walk (?:straight|right)|"
            rf"no (?:puede|puedo) caminar (?:derecho|bien)|{_LIMB_UNFELT}|"
            # A leg or foot dragged: one side too weak to lift it.
            r"(?:dragg\w*|drags) (?:his|her|my|their|the|one) (?:left |right )?(?:leg|foot)|"
            r"arrastr\w* (?:la|el|su|mi) (?:pierna|pie|patita)\b)",
        ),
        # Part of the sight lost, with a hand or arm numb or clumsy: an embolus (after a
        # valve, in atrial fibrillation) until shown otherwise, whoever the question is for.
        (
            r"(?:(?:lost|losing|lose|went|gone|no) (?:the )?(?:vision|sight|sigth)\b[^.!?]{0,20}"
            r"\b(?:half|one side|one eye|part|left|right)|(?:half|part|side) of (?:my|his|her) "
            r"(?:vision|sight|visual field)\b[^.!?]{0,15}\b(?:gone|went|black|dark|missing|lost)|"
            r"(?:can'?t|cannot|cant) see (?:out of (?:one|my left|my right)|(?:to|on) "
            r"(?:the|my|his|her|one) (?:left|right|side))|"
            r"perd\w* (?:la )?(?:vista|vision) (?:de|en|del) (?:un ojo|la mitad|medio|un lado|"
            r"el ojo)|no (?:veo|ve) (?:nada )?(?:de|del|por) "
            r"(?:un ojo|un lado|la mitad|el ojo))",
            r"(?:(?:arm|hand|leg|foot|fingers|face)\b[^.!?]{0,20}\b(?:numb|weak|heavy|dead|floppy|"
            r"clumsy|useless|tingl\w*)|(?:brazo|mano|pierna|cara)\b[^.!?]{0,20}\b(?:dormid\w*|"
            r"debil|pesad\w*|torpe|entumid\w*|adormecid\w*|no (?:le |me )?responde)|"
            rf"{_LIMB_UNFELT})",
        ),
        # A limb gone numb with double vision: the brainstem, in any words.
        (
            rf"(?:{_LIMB_UNFELT}|(?:arm|leg|hand|face|brazo|pierna|mano|cara)\b[^.!?]{{0,15}}"
            r"\b(?:numb|dormid\w*|entumid\w*))",
            _DOUBLE,
        ),
        # The back of the brain: two of everything with a walk that will not stay straight
        # or a tongue that trips, or those two together; a sudden spin with any of them.
        (_DOUBLE, _UNSTEADY),
        (_DOUBLE, _THICK_SPEECH),
        (_UNSTEADY, _THICK_SPEECH),
        (
            _SUDDEN_SPIN,
            rf"(?:{_DOUBLE}|{_THICK_SPEECH}|{_CANT_WALK}|{_LIMB_UNFELT}|(?:arm|leg|hand|face|"
            r"brazo|pierna|mano|cara)\b[^.!?]{0,15}\b(?:numb|weak|droop\w*|dormid\w*|entumid\w*|"
            r"debil|caid[oa]))",
        ),
    ],
    "vision_loss": [
        # A curtain, shade or shadow drawn over part of the sight: the retina coming away,
        # which must be seen within hours to save the eye ("like a dark curtain came down
        # over my vision", "como una cortina negra en el ojo").
        (
            r"(?:(?:curtain|shade|veil|shadow|blind|wall|black ?out)\w*\b[^.!?]{0,40}\b(?:over|"
            r"across|in|covering|blocking)\b[^.!?]{0,25}\b(?:vision|sight|eye|visual field|"
            r"(?:my|his|her) (?:view|seeing))|(?:vision|sight|eye)\b[^.!?]{0,30}\b(?:like (?:a|"
            r"an) (?:\w+ )?(?:curtain|shade|veil|shadow)|(?:curtain|shade|veil) (?:came|coming|"
            r"falling|fell|drawn|pulled|dropped))|(?:cortina|telon|sombra|velo|mancha negra)\b"
            r"[^.!?]{0,40}\b(?:ojo|vista|vision)|(?:ojo|vista|vision)\b[^.!?]{0,30}\b(?:como "
            r"(?:una|un) (?:\w+ )?(?:cortina|telon|sombra|velo))|"
            # The sight told lost with a negation of its own, so the match starts at it: "no
            # veo nada del ojo izquierdo, como una cortina", "can't see out of it, a curtain".
            r"(?:no (?:veo|ve|vemos)|(?:can'?t|cannot|cant) see)\b[^.!?]{0,40}\b(?:como "
            r"(?:una|un) (?:\w+ )?(?:cortina|telon|sombra|velo)|like (?:a|an) (?:\w+ )?(?:curtain|"
            r"shade|veil|shadow)))",
        ),
        # A shower of new floaters with flashes of light: a tear in the retina.
        (
            r"(?:(?:new |lots of |tons of |shower of |bunch of |sudden )(?:\w+ )?floaters|"
            r"floaters\b[^.!?]{0,20}\b(?:suddenly|all of a sudden|new|lots|tons|more and more)|"
            r"(?:muchas|montones de|de repente) (?:\w+ )?(?:moscas|manchitas|puntos negros)|"
            r"(?:moscas volantes|manchitas|puntos negros)\b[^.!?]{0,20}\b(?:nuev\w*|de repente))",
            r"(?:flash\w*|flicker\w*|sparks?|lightning|destell\w*|relampag\w*|chispas|lucecitas)",
        ),
    ],
    "spinal": [
        # Cancer in the bones with legs newly weak or numb: the cord pressed on, which
        # must be relieved within hours to keep the legs.
        (_CANCER_IN_BONE, _LEGS_GIVING),
        (_SADDLE_NUMB, _BLADDER_GONE),
        (_SADDLE_NUMB, _URINE_HELD_IN),
        (_BLADDER_GONE, _LEGS_GIVING),
        (_SADDLE_NUMB, _LEGS_GIVING, _LOW_BACK),
        # A back in pain and a bladder or bowel that no longer obeys: the nerves at the
        # spine's base squeezed, whatever strained the back.
        (_LOW_BACK, _BLADDER_GONE),
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
        # Limbs jerking in someone who no longer looks or answers, or with a fever, or for
        # minutes: a seizure in any words. A sleeping newborn's startle is none of these.
        (
            r"(?:(?:jerking|twitching|stiffening|jerks|twitches) (?:his|her|their|the baby'?s|my) "
            r"(?:arms|legs|whole body|body)|(?:sacude|sacudiendo|mueve|moviendo) (?:los brazos|"
            r"las piernas|todo el cuerpo) (?:sin control|como convulsionando|a sacudidas))",
            r"(?:(?:not|isn't|won't|doesn't) (?:looking at|respond\w*|answer\w*|react\w*)|"
            r"(?:staring|blank stare|eyes (?:rolled|fixed|staring))|fever|febrile|"
            r"for (?:a couple|a few|several|\d+) (?:min\w*)|(?:been going|going on) (?:for )?"
            r"(?:a couple|a few|several|\d+) min\w*|won't stop|"
            r"no (?:me )?(?:mira|responde|reacciona)|fiebre|calentura|no para)",
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

# Sight lost in one eye overnight or all at once, told without a curtain: the artery or
# nerve of the eye, or an infection in it, and hours count ("amanecí casi sin ver de un ojo",
# "woke up and can't see out of my left eye").
RULES["vision_loss"].append(
    (
        r"(?:(?:casi |practicamente )?sin ver (?:nada )?(?:del|(?:de|con|por) (?:un|el|mi)) ojo|"
        r"no (?:veo|ve) (?:casi )?(?:nada )?(?:del|(?:de|con|por) (?:un|el|mi|su)) ojo|"
        r"perdi (?:la )?(?:vista|vision) (?:de|en) (?:un|el) ojo|"
        r"(?:can'?t|cannot|cant|can barely|can hardly) see (?:anything )?(?:out of|with|from) "
        r"(?:my|his|her|one) (?:left |right )?eye|(?:lost|losing) (?:the |my |his |her )?"
        r"(?:vision|sight) (?:in|of) (?:my|his|her|one) (?:left |right )?eye|"
        r"(?:blind|went dark|gone dark|went black) in (?:my|his|her|one) (?:left |right )?eye)",
        r"(?:sudden\w*|all of a sudden|woke up|wake up|this morning|overnight|out of nowhere|"
        r"de repente|de golpe|amaneci|amanecio|desperte|desperto|hoy|today|tonight|an hour ago|"
        r"hace (?:una|un par de|dos|unas) horas?)",
    )
)

# A migraine is a head pain too when a person who knows theirs says this one is not it:
# "I get migraines but this one hit in a second", "migraña de siempre pero este es
# diferente". A headache unlike the usual that came at once, or with a neck gone stiff, or
# "the worst I've ever had" said of it with a pronoun, is a bleed until shown otherwise.
_ANY_HEAD_PAIN = rf"(?:{_HEAD_PAIN}|migraines?|migranas?|jaquecas?)"
_UNLIKE_USUAL = (
    r"(?:(?:not|nothing) like (?:my|his|her|their|the) (?:normal|usual|regular|typical|other)|"
    r"(?:different|diferente|distint[oa]) (?:from|than|to|de|a)? ?(?:my |his |her |mis |sus |"
    r"las |los )?(?:normal|usual|regular|typical|other|de siempre|otras|otros)?|"
    r"(?:este|esta|this one|this)\b[^.!?]{0,20}\b(?:es|is|feels) (?:(?:muy|totalmente|totally|"
    r"completely|so) )?(?:diferente|distint[oa]|different)|no es como (?:mis|sus|las) "
    r"(?:otras|migranas|de siempre)|nada que ver con (?:mis|sus|las) )"
)
_STIFF_NECK = (
    r"(?:stiff (?:neck|neck)|neck\b[^.!?]{0,15}\b(?:stiff\w*|rigid)|(?:cuello|nuca)\b"
    r"[^.!?]{0,15}\b(?:rigid[oa]|ties[oa]|dur[oa])|rigidez (?:de|en el) (?:cuello|nuca))"
)
# "The worst I've ever had", "worst one of my life", "el peor de mi vida": the superlative
# told without naming the headache again.
_WORST_SAID_OF_IT = (
    r"(?:worst (?:one |pain |thing )?(?:i'?ve|ive|i have|he'?s|he has|she'?s|she has|they'?ve) "
    r"ever (?:had|felt|experienced)|worst (?:one |pain )?(?:of|in) (?:my|his|her) (?:life|"
    r"entire life)|(?:el|la) peor (?:dolor |migrana )?de (?:mi|su|toda (?:mi|su)) vida)"
)
RULES["stroke"].extend(
    [
        (_ANY_HEAD_PAIN, _SUDDEN_ONSET, _UNLIKE_USUAL),
        (_ANY_HEAD_PAIN, _SUDDEN_ONSET, _STIFF_NECK),
        (_ANY_HEAD_PAIN, _WORST_SAID_OF_IT),
    ]
)

# Speech that no longer makes sense, come on at once: words said but mixed up, wrong or
# meaningless (aphasia), a stroke's sign told without slurring ("his words are all jumbled
# since ten minutes ago", "dice puras palabras sin sentido, ella no es así").
_SPEECH_NONSENSE = (
    r"(?:(?:speech|words|talking|sentences|what (?:he|she|they) (?:says|said|is saying))\b"
    r"[^.!?]{0,25}\b(?:(?:doesn'?t|does not|don'?t|do not|isn'?t|aren'?t|no longer) (?:make|"
    r"making) (?:any )?sense|(?:all )?(?:mixed|jumbled|scrambled) up|(?:all )?jumbled|"
    r"scrambled|nonsense|gibberish|the wrong words?)|(?:saying|using|says|uses) (?:the )?wrong "
    r"words|words (?:come|came|coming) out (?:wrong|jumbled|scrambled|backwards)|"
    r"(?:dice|habla|diciendo|hablando) (?:puras |solo |nada mas )?(?:palabras|frases|cosas) "
    r"(?:sin sentido|revueltas|que no (?:tienen|existen)|al reves|equivocadas)|"
    r"(?:palabras|frases)\b[^.!?]{0,20}\b(?:sin sentido|revueltas|no tienen sentido)|"
    r"no (?:se le )?entiende(?:mos)? (?:nada de )?lo que dice|no entiende lo que (?:le|se le) "
    r"(?:decimos|dicen|digo|hablan))"
)
_NEW_ONSET = (
    r"(?:sudden\w*|all of a sudden|out of nowhere|started|began|came on|(?:\d+|a few|ten|"
    r"fifteen|twenty) min\w* ago|an hour ago|this (?:morning|afternoon|evening)|just now|"
    r"(?:isn'?t|is not|never) like (?:this|him|her|that)|not like (?:him|her)(?:self)?|"
    r"de repente|de golpe|de pronto|empezo|comenzo|hace (?:un )?rato|desde hace (?:un )?rato|"
    r"hace (?:\d+|unos|diez|quince|veinte) minutos|(?:el|ella) no es asi|nunca (?:ha|habia) "
    r"(?:estado|hablado) asi|hoy|today)"
)
RULES["stroke"].append((_SPEECH_NONSENSE, _NEW_ONSET))

# A posterior stroke told in plain Spanish: the room spinning "de golpe" with no verb
# between, and talking "como borracho" without having drunk.
_SPIN_AT_ONCE = (
    r"(?:(?:vertigo|mareo|da vueltas|dando vueltas|spinning|spins)\s(?:de golpe|de repente|"
    r"de pronto|suddenly|all of a sudden|out of nowhere))"
)
_SPEAKS_DRUNK = (
    r"(?:(?:hablo|habla|hablando|talk\w*|speak\w*|sound\w*) (?:like|como) (?:a |un |una )?"
    r"(?:drunk|borrach[oa])|(?:hablo|habla) (?:toda )?(?:arrastrad[oa]|enredad[oa]))"
)
_CANT_WALK_NOW = (
    r"(?:(?:can'?t|cannot|cant|unable to) walk\b|no (?:puedo|puede) (?:caminar|andar)\b)"
)
RULES["stroke"].extend(
    [
        (_SPIN_AT_ONCE, rf"(?:{_DOUBLE}|{_SPEAKS_DRUNK}|{_CANT_WALK_NOW})"),
        (_DOUBLE, rf"(?:{_SPEAKS_DRUNK}|{_CANT_WALK_NOW})"),
    ]
)

# Sight lost in one eye told "del ojo izquierdo", with a hand gone numb: an embolus, even
# when it came back within minutes (a warning stroke).
RULES["stroke"].append(
    (
        r"(?:perd\w* (?:la )?(?:vista|vision) (?:del|de mi|de su|en el|en mi|en su) ojo|"
        r"(?:went|gone|goes) (?:blind|black|dark|dim) in (?:my|his|her|one) (?:left |right )?eye|"
        r"(?:lost|losing) (?:the |my |his |her )?(?:vision|sight) (?:in|of) (?:my|his|her|one) "
        r"(?:left |right )?eye)",
        rf"(?:{_LIMB_UNFELT}|(?:arm|hand|leg|face|fingers|brazo|mano|pierna|cara)\b[^.!?]{{0,20}}"
        r"\b(?:numb|weak|dead|tingl\w*|dormid\w*|debil|entumid\w*|adormecid\w*))",
    )
)

# Both legs lost at once, to feeling or to movement: the spinal cord (an inflammation, a
# bleed, an abscess), whatever else is told.
_LEGS_GONE = (
    r"(?:(?:can'?t|cannot|cant|unable to) (?:feel|move|lift) (?:my|his|her|their|both) "
    r"(?:legs|feet)|(?:legs|both legs)\b[^.!?]{0,15}\b(?:went|gone|are|is) (?:\w+ )?"
    r"(?:numb|dead|paraly[sz]ed|limp)|paraly[sz]ed from the waist|no (?:siento|siente|puedo "
    r"mover|puede mover) (?:las|mis|sus|ambas) piernas|(?:las )?piernas\b[^.!?]{0,15}\b"
    r"(?:paralizad\w*|muertas|no (?:me|le) responden))"
)
_AT_ONCE = (
    r"(?:sudden\w*|all of a sudden|out of nowhere|overnight|woke up|de repente|de golpe|"
    r"de pronto|amaneci|amanecio|desperte|desperto)"
)
RULES["spinal"].append((_AT_ONCE, _LEGS_GONE))

# Control of the bladder said lost in the present tense: "no controlo la orina".
_BLADDER_UNHELD = (
    r"(?:no (?:controlo|controla|aguanto|aguanta|retengo|retiene) (?:la orina|la vejiga|"
    r"el pipi|los esfinteres)|(?:me|se) (?:hago|hace|orino|orina) encima)"
)
RULES["spinal"].append((_BLADDER_UNHELD, _LEGS_GIVING))

# An operation or a needle in the spine, a fever, and legs going weak or numb: an abscess
# pressing on the cord ("me operaron de la columna, fiebre, las piernas se me duermen").
_SPINE_PROCEDURE = (
    r"(?:(?:back|spine|spinal|lumbar|neck|disc|disk)\b[^.!?]{0,10}\b(?:surgery|operation|"
    r"fusion|injection|shot|procedure|tap)|epidural|laminectomy|discectomy|spinal fusion|"
    r"(?:me|le|lo|la) (?:operaron|intervinieron) (?:de|en) (?:la )?(?:columna|espalda|"
    r"cadera|hernia)|(?:cirugia|operacion|inyeccion|infiltracion|puncion) (?:de|en) (?:la )?"
    r"(?:columna|espalda|lumbar))"
)
_LEGS_FAILING = (
    rf"(?:{_LEGS_GIVING}|(?:piernas|rodillas)\b[^.!?]{{0,40}}\b(?:durmiendo|debilitando|"
    r"adormeciendo|entumiendo|aflojando)|(?:legs|feet)\b[^.!?]{0,30}\b(?:going|getting|"
    r"turning) (?:numb|weak|heavy))"
)
RULES["spinal"].append((_SPINE_PROCEDURE, FEVER, _LEGS_FAILING))

# Myasthenia with the swallow or the breath failing: a crisis that can stop the breathing.
_MYASTHENIA = r"(?:myasthen\w*|miasten\w*|\bmg\b(?= (?:crisis|flare|patient))|mestinon)"
_SWALLOW_OR_BREATH_FAILING = (
    r"(?:(?:can'?t|cannot|cant|unable to|hard to|trouble|struggling to) (?:\w+ )?"
    r"(?:swallow\w*|breath\w*)|(?:choking|gagging) on (?:my|his|her) (?:own )?(?:spit|saliva)|"
    r"short of breath|weak (?:cough|breath\w*)|no (?:puedo|puede) (?:ni )?(?:tragar|respirar)|"
    r"(?:me|le) cuesta (?:\w+ )?(?:tragar|respirar)|me ahogo|se ahoga|falta (?:el )?aire)"
)
RULES["myasthenic_crisis"] = [(_MYASTHENIA, _SWALLOW_OR_BREATH_FAILING)]

# Unable to swallow even one's own saliva: the throat closed by swelling, an abscess, a
# lodged bite or a failing nerve, in anyone.
RULES["cannot_swallow"] = [
    (
        r"(?:(?:can'?t|cannot|cant|unable to|not able to) (?:even )?swallow (?:my|his|her|their) "
        r"(?:own )?(?:spit|saliva)|no (?:puedo|puede|podia) (?:ni )?tragar (?:ni )?(?:la |mi |su )?"
        r"(?:propia )?saliva|no (?:me|le) pasa ni la saliva)",
    )
]

# Parkinson's medicines stopped, then a fever with rigid muscles or a mind that fails:
# the withdrawal crisis (like the antipsychotics' malignant syndrome) that kills by heat.
_PARKINSON_MEDS_STOPPED = (
    r"(?:(?:parkinson\w*|levodopa|carbidopa|sinemet|rytary|madopar|pramipexol\w*|ropinirol\w*)"
    r"\b[^.!?]{0,60}\b(?:stopped|ran out|run out|quit|missed|hasn'?t (?:had|taken)|off (?:his|"
    r"her|their) (?:meds|pills)|dejo|se (?:le|me) acabaron|se (?:le|me) terminaron|no ha tomado|"
    r"sin (?:sus|las) (?:pastillas|medicinas))|(?:stopped|ran out of|quit|off) (?:his|her|my|"
    r"the) (?:parkinson'?s |)(?:sinemet|levodopa|carbidopa|meds)\b[^.!?]{0,40}\bparkinson\w*)"
)
_RIGID_OR_CLOUDED = (
    rf"(?:rigid|stiff as a (?:board|plank)|(?:very|really|so|super) stiff|muscles\b[^.!?]{{0,15}}"
    r"\b(?:rigid|locked|stiff)|(?:muy |bien )?ties[oa]|rigid[oa]|no (?:contesta|responde) "
    rf"bien|{CONFUSED})"
)
RULES["parkinsonism_hyperpyrexia"] = [(_PARKINSON_MEDS_STOPPED, FEVER, _RIGID_OR_CLOUDED)]

# A person with dementia gone out alone and not found, or out in the cold or the dark: the
# search is the police's and the ambulance's, and hours in the cold kill.
_DEMENTIA = r"(?:dementia|alzheimer\w*|demencia|memory (?:loss|problems))"
_WANDERED_OFF = (
    r"(?:(?:walked|wandered|went|got|slipped|snuck) (?:out|off|away)|left the (?:house|home)|"
    r"(?:is|has gone|went) missing|(?:can'?t|cannot|cant|couldn'?t) find (?:him|her|them)|"
    r"se (?:salio|fue|escapo|perdio|nos perdio)|salio (?:de la casa|sol[oa])|"
    r"no (?:la|lo|los) (?:encontramos|encuentro|encuentran|hallamos)|desaparec\w*)"
)
_NOT_FOUND_OR_EXPOSED = (
    r"(?:(?:can'?t|cannot|cant|couldn'?t) find|(?:still )?(?:missing|not back|hasn'?t come back)|"
    r"freezing|below (?:zero|freezing)|(?:it'?s|its) (?:cold|dark|snowing|getting dark)|cold out|"
    r"no (?:la|lo|los) (?:encontramos|encuentro|encuentran|hallamos)|no (?:ha )?(?:vuelto|"
    r"regresado)|hace (?:mucho )?frio|(?:ya )?(?:esta|se hizo) (?:oscuro|de noche)|helando|"
    r"bajo cero|nevando)"
)
# One sign for the person and the going: "se fue" read alone is a pain that went away.
RULES["missing_vulnerable"] = [
    (
        rf"(?:{_DEMENTIA}[^.!?]{{0,60}}{_WANDERED_OFF}|{_WANDERED_OFF}[^.!?]{{0,60}}{_DEMENTIA})",
        _NOT_FOUND_OR_EXPOSED,
    )
]
