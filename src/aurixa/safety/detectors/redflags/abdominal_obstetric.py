"""Red flags of the belly, pregnancy and the first months of life.

They are grouped because they are the cases where the patient's stage of life decides
what is urgent: a pregnancy turns bleeding or a headache into an emergency, a baby under
three months turns any fever into one, and a child's vomiting becomes dangerous once the
nappies stay dry. The surgical abdomen (a blocked bowel, appendicitis, torsion) sits here
with them because its signs are the same belly pain and vomiting.
"""

from __future__ import annotations

from aurixa.safety.detectors.redflags.signs import FEVER

# A thermometer's reading of a fever: a decimal from 100.4 F or 38.0 C, or a whole number
# with its unit, so a room 101 or 38 weeks are not one.
_FEVER_READING = (
    r"(?:(?:100[.,][4-9]|10[1-5][.,]\d|3[89][.,]\d|40[.,]\d)\b|(?:10[1-5]|3[89]|40) ?(?:°|"
    r"degrees?\b|grados\b|f\b|c\b))"
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
    # The age in months without "old": "baby is 2 months", "infant (3 mo)".
    r"(?:baby|newborn|son|daughter|infant)\W{1,3}(?:is |who is )?(?:only |just |almost )?"
    r"(?:[0-3]|one|two|three) ?(?:months?|mos?)\b(?! (?:ago|back|later|from now|early))|"
    r"(?:bebe|nin[oa]|hij[oa]) (?:de|tiene) (?:solo )?(?:[0-9]|1[0-2]|una|dos|tres|cuatro|"
    r"cinco|seis|siete|ocho) semanas|(?:bebe|nin[oa]|hij[oa]) (?:de|tiene) (?:solo )?"
    r"(?:[0-2]|un|dos) mes(?:es)?|"
    # The age counted from the birth, whoever the child is to the writer: "mi nieta tiene
    # 5 semanas de nacida", "tiene 10 días de vida", "my granddaughter is 5 weeks".
    r"(?:[0-9]|1[0-2]|una|dos|tres|cuatro|cinco|seis|siete|ocho|\d{1,2} dias|"
    r"(?:un|dos) mes(?:es)?) (?:semanas )?de (?:nacid[oa]|vida|edad)\b|"
    r"(?:niet[oa]|sobrin[oa]|nen[ea]|bebit[oa]|grand(?:son|daughter|baby|child)|nephew|niece)"
    r"\W{1,3}(?:is |de |tiene )?(?:only |just |solo )?(?:[0-9]|1[0-2]|una|dos|tres|cuatro|"
    r"cinco|seis|siete|ocho|one|two|three|four|five|six|seven|eight) (?:weeks?|wks?|semanas)\b)"
)

# Pain low on the right of the belly, or pain that began round the navel and moved there
# (the classic course of appendicitis).
# Pain in a testicle, in either order, in any strength.
_TESTIS_PAIN = (
    r"(?:(?:pain|ache|hurt\w*|dolor|duele\w*)\b[^.!?]{0,25}\b(?:testic\w*|testis|scrot\w*|"
    r"(?:his|my) balls|(?:left|right|one) (?:ball|nut)\b|escroto)|(?:testic\w*|testis|scrot\w*|"
    r"(?:left|right) (?:ball|nut)\b|escroto)\b[^.!?]{0,20}\b(?:pain|"
    r"ache|hurt\w*|killing|dolor|duele\w*))"
)
_RIGHT_LOWER = (
    r"(?:(?:(?:low(?:er)?|bottom)\b[^.!?]{0,12}\bright|right (?:lower|bottom))\b"
    r"[^.!?]{0,30}\b(?:belly|abdomen|stomach|tummy|side|groin|quadrant)|"
    r"(?:belly|abdomen|stomach|tummy)\b[^.!?]{0,20}\b(?:lower|bottom) right|"
    r"(?:lado|parte) (?:derech[oa] )?(?:de )?abajo (?:a la |del lado )?derech[oa]|"
    r"abajo (?:a la|del lado) derech[oa]|"
    r"(?:panza|barriga|estomago|vientre|abdomen)\b[^.!?]{0,20}\b(?:lado|parte) derech[oa]|"
    # The side said before the height in Spanish: "el lado derecho abajo de la panza", "la
    # parte baja derecha".
    r"(?:lado|parte|zona) (?:derech[oa] (?:de )?(?:abajo|baj[oa]|inferior)|(?:de )?(?:abajo|"
    r"baj[oa]|inferior) derech[oa])|"
    r"right side of (?:my|his|her|the) (?:belly|tummy|stomach|abdomen)|"
    r"(?:belly ?button|navel|umbilicus|middle of (?:my|his|her|the) (?:belly|tummy|stomach)|"
    r"ombligo|medio de la (?:panza|barriga)|medio del (?:estomago|vientre|abdomen))\b"
    r"[^.!?]{0,50}\b(?:moved|moving|shifted|went|travel\w*|migrat\w*|settled|se (?:fue|"
    r"paso|movio|corrio|bajo)|(?:ahora|luego|despues) (?:esta|me duele|le duele))\b"
    r"[^.!?]{0,25}\b(?:right|derech[oa]))"
)
# Pain at every jolt, or a person who cannot stand up straight: the lining of the belly
# is inflamed. "Hurts when I move" alone is left out: a pulled muscle does that too.
_JOLT_PAIN = (
    r"(?:(?:every|each|any) (?:little )?(?:bump|pothole|jolt|speed ?bump)\b[^.!?]{0,25}"
    r"\b(?:hurt\w*|kill\w*|agony|pain\w*)|"
    r"(?:can't|cannot|cant|couldn't|unable to) (?:stand|walk) (?:up )?straight|"
    r"(?:can't|cannot|cant) straighten (?:up)?|doubled over|"
    r"(?:cada|con cada|en cada) (?:bache|brinco|tope|salto)\b[^.!?]{0,25}\b(?:duele|dolor)|"
    r"no (?:me |se )?(?:puedo|puede) (?:enderezar\w*|parar derech[oa]|poner derech[oa]|"
    r"caminar derech[oa]|andar derech[oa])|"
    r"camina (?:encorvad[oa]|doblad[oa]))"
)

# Pain low on one side of the belly, the tube's side in an ectopic pregnancy.
_ONE_SIDED_PAIN = (
    r"(?:(?:pain|hurt\w*|cramp\w*|ache|aching|stabbing|sharp)\b[^.!?]{0,30}\b(?:one side|"
    r"(?:left|right) side|lower (?:left|right)|(?:left|right) (?:lower|bottom|low)|(?:left|right) "
    r"(?:of|in) (?:my|her) (?:belly|stomach|abdomen|pelvis|tummy))|(?:left|right) (?:side|lower "
    r"(?:belly|stomach|abdomen))\b[^.!?]{0,20}\b(?:pain|hurt\w*|cramp\w*|kill\w*)|"
    # The height before the side: "sharp pain low on the left", "low down on my right".
    r"(?:pain|hurt\w*|cramp\w*|ache|aching|stabbing|sharp)\b[^.!?]{0,30}\b(?:low|lower|low "
    r"down|down low) (?:on|in|to) (?:the|my|her) (?:left|right)\b|"
    r"(?:duele|dolor|punzada|colico|retorcijon)\w*\b[^.!?]{0,30}\b(?:lado (?:izquierdo|derecho)|"
    r"de un (?:solo )?lado|costado|abajo (?:a la |del lado )?(?:izquierd[oa]|derech[oa]))|"
    r"(?:lado|costado) (?:izquierdo|derecho)\b[^.!?]{0,20}\b(?:duele|dolor))"
)
# Close to fainting: with early pregnancy and one-sided pain, blood lost inside.
_NEAR_FAINT = (
    r"(?:faint\w*|pass(?:ing)? out|black(?:ing)? out|light-?headed|dizzy|woozy|going to "
    r"(?:pass out|faint)|(?:me|se) (?:voy|va|iba) a desmayar|desmay\w*|mare\w*|"
    r"se me (?:nubla|va) (?:la vista|todo))"
)

# An onset told as sudden: "came on all at once", "de repente".
_SUDDEN = (
    r"(?:sudden(?:ly)?|all of a sudden|out of nowhere|all at once|came on (?:fast|quick\w*|"
    r"while|during|when|at)|de repente|de golpe|derrepente|de la nada|repentin[oa])"
)
_VOMITING = r"(?:vomit\w*|throw\w* up|threw up|puk\w*|devolv\w*|basca\w*|guacare\w*)"

_NO_WIND = (
    r"(?:(?:haven'?t|hasn'?t|has not|have not|havent|hasnt|not|can'?t|cannot|cant|couldn'?t|"
    r"unable to|no)\b(?:[^.!?]{0,40}\b(?:or|nor|and no|and can'?t|and hasn'?t))? (?:been able "
    r"to )?(?:pass\w* (?:any )?(?:gas|wind)|fart\w*|tooted)|no (?:gas|wind) (?:either|at all|"
    r"for)|no\b[^.!?]{0,40}\bni (?:gases|pedos|un gas)|no (?:he|ha|hemos|han|puede|puedo|"
    r"podido) (?:podido )?(?:echar|echado|sacar|sacado|soltar|soltado) (?:gases|pedos|aire))"
)
_BELLY_SWOLLEN = (
    r"(?:(?:belly|stomach|tummy|abdomen|gut)\b[^.!?]{0,25}\b(?:swollen|distended|bloated|"
    r"hard|tight as a drum|like a drum|huge|blown up|sticking out)|(?:swollen|distended|"
    r"bloated|hard) (?:belly|stomach|tummy|abdomen)|(?:panza|barriga|estomago|vientre|"
    r"abdomen)\b[^.!?]{0,25}\b(?:hinchad\w*|inflamad\w*|dur[oa]|duris\w*|como (?:un )?tambor|"
    r"abultad\w*|infla\w*)|(?:hinchazon|distension) (?:de|del|en el|en la) (?:panza|barriga|"
    r"estomago|vientre|abdomen))"
)
_BELLY_PAIN_SEVERE = (
    r"(?:(?:severe|terrible|excruciating|unbearable|horrible|awful|agoni\w*|worst|so much|"
    r"really bad|intense)\b[^.!?]{0,15}\b(?:pain|cramp\w*|ache)|(?:pain|cramp\w*|hurts?)\b"
    r"[^.!?]{0,20}\b(?:severe|terrible|excruciating|unbearable|horrible|awful|so bad|like "
    r"crazy|killing (?:me|him|her)|10 out of 10|10/10)|dolor (?:\w+ ){0,2}(?:terrible|horrible|"
    r"insoportable|muy fuerte|fortisimo|intenso|espantoso)|duele (?:muchisimo|horrible|"
    r"demasiado|un monton|bien feo))"
)

_PREGNANT = (
    r"(?:pregnant|pregnancy|weeks along|embarazada|embarazo|gave birth|giving birth|"
    # A birth in the last weeks: "had my baby 5 days ago", "nació mi bebé".
    r"had (?:my|the|our|her) baby\b(?!'s| (?:in|at the doctor|checked|seen|weighed))|"
    r"(?:my|the|our|her) baby was born|nacio (?:mi|el|la|su) bebe|tuve (?:a )?(?:mi|el|la) "
    r"bebe|(?:after|since) (?:my|her|the) c-?section|cesarea|"
    r"after delivery|postpartum|di a luz|dar a luz|dio a luz|parto|"
    # Delivered days or weeks ago: "I delivered 5 days ago", "since I delivered".
    r"(?:i|she|we) delivered\b(?= (?:\w+ )?(?:\d+|a|one|two|three|four|five|six|a few|a "
    r"couple of) (?:days?|weeks?) ago|(?: (?:my|our|her) baby)|[.,!]|$)|(?:since|after) "
    r"(?:i|she) delivered|"
    r"positive (?:pregnancy )?test|"
    # The pregnancy counted in months: "8 months pregnant", "tengo 7 meses de embarazo".
    r"(?:[1-9]|one|two|three|four|five|six|seven|eight|nine) (?:months?|mos?) "
    r"(?:pregnant|along)|(?:[1-9]|siete|ocho|seis|cinco) meses de (?:embarazo|embarazada)|"
    r"(?<!for )(?<!last )(?<!past )\b(?:[1-3]\d|4[0-2]) (?:weeks|wks)\b(?! (?:old|ago|late|"
    r"behind|straight|now|in a row))|"
    r"(?:i'?m|she'?s|i am|she is|we'?re) (?:\d{1,2}|[a-z]+(?:[- ][a-z]+)?) weeks\b"
    r"(?! (?:old|ago|late|behind))|(?:tengo|tiene|estoy de|esta de) \d{1,2} semanas\b"
    r"(?! de nacid)|"
    r"prueba (?:de embarazo )?positiva)"
)

RULES: dict[str, list[tuple[str, ...]]] = {
    "obstetric": [
        (
            _PREGNANT,
            # Bleeding told as tapering off is healing, not a haemorrhage: "bleeding is down to
            # light pink spotting", "el sangrado ya es solo un manchado".
            r"(?:(?:bleeding|blood(?! thinn\w*)|sangrado|sangrando)\b"
            r"(?! (?:is |has )?(?:(?:now |finally |"
            r"already )?(?:down to|slowed (?:down )?to|tapered|tapering|just|only|mostly|barely)|"
            r"ya (?:es )?(?:solo|casi nada|poquito|muy poco))\b)|gush\w*|sangr(?!ado\b|ando\b)\w*|"
            r"hemorragia|(?:severe|terrible|bad|awful|worst|"
            r"pounding) headache|blurr\w* vision|vision (?:is )?(?:blurry|blurred|spotty)|"
            r"seeing (?:\w+ )?(?:spots|stars|flash\w*|lights|sparkles)|flashing lights|sparkl\w* "
            r"(?:lights|spots|things)|"
            r"(?:face|hands) (?:and (?:hands|face|feet) )?(?:are |is |got |getting |went |look |"
            r"looks )?(?:really |very |so |super |suddenly )?(?:swollen|puffy|swelling)|"
            # The waters broken or leaking, with "just" or "have" between: at any week of a
            # pregnancy this goes to the labour ward, before 37 weeks as an emergency.
            r"waters? (?:(?:just|has|have|already|finally|maybe|might have) )?(?:broke|broken)|"
            r"(?:clear )?(?:fluid|water) (?:keeps |is |started )?(?:leaking|gushing|trickling|"
            r"running) (?:down|out)|leaking (?:clear )?(?:fluid|water)|"
            r"se me (?:acaba de )?rompi\w* (?:la )?(?:fuente|bolsa)|(?:rompi|se rompio) (?:la )?"
            r"(?:fuente|bolsa)|(?:estoy )?(?:soltando|perdiendo|saliendo|sale) (?:mucha )?"
            r"(?:agua|liquido)(?: (?:clar[oa]|por abajo|por las piernas))|"
            # A pressure in the severe range (160/110) or a headache that will not go, or
            # pain under the right ribs: preeclampsia, which can come days after the birth.
            r"(?:bp|blood pressure|pressure|cuff|presion|tension)\b[^.!?]{0,25}\b"
            r"(?:1[6-9]\d|2\d\d) ?(?:/|over|sobre) ?\d{2,3}\b|"
            r"(?:bp|blood pressure|pressure|cuff|presion|tension)\b"
            r"[^.!?]{0,25}\b1\d\d ?(?:/|over|sobre) ?1[1-4]\d\b|headache (?:that )?(?:won'?t|wont|"
            r"will not|doesn'?t|that doesn'?t) (?:go away|stop|let up|quit)|dolor de cabeza que no "
            r"se (?:me )?(?:quita|va)|(?:pain|ache|hurts?) (?:under|below|beneath) (?:my |the )?"
            r"right (?:ribs?|side)|right upper (?:belly|abdomen|quadrant|side)|"
            r"dolor (?:debajo|abajo) de las costillas (?:del lado )?derech\w*|"
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
        # Early pregnancy, pain on one side and close to fainting: an ectopic pregnancy
        # bleeding inside until shown otherwise.
        (
            r"(?:pregnan\w*|embarazo|embarazada|weeks along|positive (?:pregnancy )?test|"
            r"prueba (?:de embarazo )?positiva|(?:pregnancy |home |preg )?test (?:came back|was|"
            r"is|turned|showed) positive|(?:prueba|test)(?: de embarazo)? (?:me )?(?:salio|dio) "
            r"positiv[oa])",
            _ONE_SIDED_PAIN,
            _NEAR_FAINT,
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
        # Any fever under three months, named or given as a reading: "has 100.6 rectal",
        # "tiene 38.2". Only readings a thermometer gives at or above 100.4 F / 38 C count.
        (
            _YOUNG_INFANT,
            rf"(?:{FEVER}|{_FEVER_READING}|hot to the touch|"
            r"(?:muy |bien |super )?calient\w*(?![^.!?]{0,80}\b(?:3[67])[.,]\d\b)|ardiendo|"
            r"hirviendo|"
            r"(?:feels|is|felt|seems|feel) "
            r"(?:really |very |so |super |a bit |kind of )?(?:hot|warm)"
            # Felt warm, then measured normal in the same sentence: "felt warm after being
            # bundled, I took it rectal and it's 99.0". A fever reading still counts above.
            r"(?![^.!?]{0,80}\b(?:9[6-9]|100(?=[.,][0-3]\b)|3[67])(?:[.,]\d)?\b(?! ?(?:%|percent|"
            r"minutes|mins|ml|oz|lbs?|kg|g\b))))",
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
        # Nothing eaten or drunk for a day or more and now too drowsy to wake: an older or
        # frail person dried out, whatever the cause.
        (
            r"(?:(?:hasn't|has not|hasnt|haven't|hadn't|not) (?:eaten or drunk|drunk|had "
            r"anything to drink|drunk or eaten|eaten or had anything to drink)|(?:won't|will not|"
            r"refus\w* to) "
            r"(?:eat or drink|drink)|no (?:ha|han|he) (?:comido ni tomado|tomado ni comido|tomado "
            r"(?:nada de )?(?:agua|liquidos)|bebido (?:nada|agua))|no (?:quiere|quiso) (?:comer ni "
            r"tomar|tomar (?:agua|nada)))",
            r"(?:(?:very|really|so|super|more|extremely) (?:drowsy|sleepy|lethargic)|(?:hardly|"
            r"barely|can't|cannot|won't|hard to) wake|no (?:lo |la )?(?:podemos|puedo) despertar|"
            r"(?:muy|bien) (?:dormid[oa]|adormilad[oa]|somnolient[oa])|no (?:se )?despierta)",
        ),
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
            r"(?:nothing (?:has )?(?:come|came|coming) out (?:of )?(?:either|both|the other|the "
            r"bottom) end|"
            # A stoma's bag that stays empty: the bowel behind it has stopped.
            r"nothing (?:has )?(?:(?:come|came|coming|gone|went) )?(?:out )?(?:in|into) "
            r"(?:the|my|his|her) (?:\w+ )?(?:bag|pouch)|(?:bag|pouch) (?:has been|is|has stayed|"
            r"stays|was) (?:still )?empty|no output (?:from|in|into) (?:the|my|his|her) "
            r"(?:stoma|bag|pouch|ostomy)|"
            r"(?:la|mi|su) bolsa (?:esta|sigue) vacia|no (?:ha )?sal(?:e|ido) nada (?:en|a) la "
            r"bolsa|(?:haven'?t|hasn'?t|has not|have not|havent|hasnt|not|can'?t|cannot|cant|"
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
        # A blocked bowel that has not yet made anyone vomit: no wind passed (which plain
        # constipation still lets through), a belly swollen or hard, and severe pain.
        (_NO_WIND, _BELLY_SWOLLEN, _BELLY_PAIN_SEVERE),
        # A belly hard as a board is peritonitis.
        (
            r"(?:belly|stomach|tummy|abdomen|panza|barriga|estomago|vientre)\b[^.!?]{0,30}"
            r"\b(?:hard|rigid|dura|duro|rigid[oa]|tiesa|tieso) (?:as|like|como) (?:a |una |un )?"
            r"(?:board|rock|tabla|piedra)|board-?like",
        ),
        # Pain low on the right with a fever, or with pain at every jolt: appendicitis
        # until shown otherwise.
        (_RIGHT_LOWER, FEVER),
        (_RIGHT_LOWER, _JOLT_PAIN),
        # Sudden severe testicular pain is torsion until shown otherwise.
        (
            r"(?:(?:sudden|severe|terrible|really bad|excruciating|horrible|awful|worst|bad)"
            r"\b[^.!?]{0,25}\b(?:pain|ache|hurt\w*)\b[^.!?]{0,20}\b(?:testicles?|testis|"
            r"(?:his|my) balls|scrotum|groin)|(?:testicles?|testis|scrotum)\b[^.!?]{0,30}\b"
            r"(?:sudden\w*|severe|swollen|really hurts|hurts so bad|excruciating|killing)|"
            r"testicular torsion|dolor (?:muy )?(?:fuerte|intenso|repentino|horrible|terrible) "
            r"en (?:el|los|un|sus?) testicul\w*|testicul\w*[^.!?]{0,30}\b(?:hinchad\w*|"
            r"dolor (?:muy )?(?:fuerte|horrible|intenso))|"
            # The strength said before the testicle ("really bad testicle pain", "le duele
            # muchísimo un testículo").
            r"(?:sudden|severe|terrible|really bad|excruciating|horrible|awful|worst|bad)\b"
            r"[^.!?]{0,15}\b(?:testic\w*|scrot\w*) (?:pain|ache)|duele\w* (?:mucho|muchisimo|"
            r"horrible|demasiado|bien fuerte|un monton) (?:el|un|los|sus?|mis?|uno de (?:los|sus|"
            r"mis)) testicul\w*)",
        ),
        # Pain low on one side that came on all at once and is severe, with vomiting: an
        # ovary twisted on its stalk (or a stone) until shown otherwise. Cramps that build
        # over days, or pain without the sudden start, are left to a visit.
        (_ONE_SIDED_PAIN, _SUDDEN, _BELLY_PAIN_SEVERE, _VOMITING),
        # Testicle pain with vomiting, whatever words give its strength: torsion.
        (
            _TESTIS_PAIN,
            r"(?:vomit\w*|throw\w* up|threw up|puk\w*|nause\w*|devolv\w*|"
            r"basca\w*|guacare\w*)",
        ),
    ],
}

# A blow to a pregnant belly (a crash, a fall, a kick) followed by a belly hard or painful,
# spotting, cramps or a baby gone still: the placenta coming away until shown otherwise,
# even when the crash seemed small ("got rear ended, belly is hard and I'm spotting").
_BLOW = (
    r"(?:rear[- ]?ended|car (?:crash|accident|wreck)|(?:crash|accident|wreck|collision|"
    r"fender bender)\b|hit by (?:a )?car|(?:fell|fall|slipped|tripped)\b[^.!?]{0,25}\b(?:on|onto) "
    r"(?:my|her) (?:belly|stomach|tummy|side)|(?:kicked|punched|hit|elbowed|pushed|shoved)\b"
    r"[^.!?]{0,15}\b(?:in|into) (?:the|my|her) (?:belly|stomach|tummy)|airbag|seat ?belt|"
    r"choque|chocaron|me chocaron|accidente (?:de (?:carro|coche|auto|transito)|en el (?:carro|"
    r"coche))|(?:me cai|se cayo|me caí)\b[^.!?]{0,25}\b(?:de (?:panza|barriga)|sobre (?:la|mi|su) "
    r"(?:panza|barriga|vientre))|(?:golpe|patada|punetazo) en (?:la|mi|su) (?:panza|barriga|"
    r"vientre))"
)
_AFTER_BLOW = (
    r"(?:spotting|bleeding|blood\b(?! thinn)|manchando|manchado|sangr\w*|cramp\w*|contractions?|"
    r"colicos|contracciones|(?:belly|stomach|tummy|abdomen|uterus)\b[^.!?]{0,20}\b(?:hard|tight|"
    r"rigid|painful|sore|hurts|tender)|(?:panza|barriga|vientre|estomago)\b[^.!?]{0,20}\b"
    r"(?:dur[oa]|tiesa|tieso|duele|adolorid[oa])|baby (?:hasn'?t|has not|isn'?t|is not|stopped|"
    r"not|hasnt|isnt) (?:been )?(?:mov\w*|kick\w*)|(?:el )?bebe no se (?:mueve|ha movido))"
)
RULES["obstetric"].append((_PREGNANT, _BLOW, _AFTER_BLOW))


# Early pregnancy named by a test or the word, for the ectopic rules below.
_EARLY_PREGNANT = (
    r"(?:pregnan\w*|embarazo|embarazada|weeks along|positive (?:pregnancy )?test|"
    r"prueba (?:de embarazo )?positiva|(?:pregnancy |home |preg )?test (?:came back|was|"
    r"is|turned|showed) positive|(?:prueba|test)(?: de embarazo)? (?:me )?(?:salio|dio) "
    r"positiv[oa])"
)
# Pain at the tip of the shoulder: blood inside the belly felt under the diaphragm.
_SHOULDER_TIP = (
    r"(?:shoulder[- ]tip|tip of (?:my|her|the) shoulder|(?:pain|hurt\w*|ache)\b[^.!?]{0,25}"
    r"\bshoulder (?:tip|top)|punta del hombro|dolor (?:raro |extrano )?(?:en|del) (?:el )?hombro)"
)
# The waters broken, told as patients tell it.
_WATERS_BROKE = (
    r"(?:waters? (?:just |has |have |had )?(?:broke|broken|went|ruptured|burst)|broke (?:my|her) "
    r"waters?|(?:se )?(?:me |le )?(?:rompio|rompieron|reviento|revento|reventaron) (?:la )?"
    r"(?:fuente|bolsa|aguas?)|rupture of (?:the )?membranes|ruptured membranes|"
    r"(?:se )?(?:me |le )?(?:fue|salio) (?:la )?fuente)"
)
# Something felt or seen coming out after the waters broke: the cord, or a part of the baby.
_COMING_OUT = (
    r"(?:(?:umbilical )?cord\b(?! blood)|cordon\b(?! de sangre)|(?:something|a loop|a part|"
    r"stuff) (?:is |was )?(?:coming|hanging|sticking|poking) out|(?:feel|felt|see|saw|"
    r"feels|sees) (?:something|a loop)\b[^.!?]{0,20}\b(?:out|down there|in the vagina)|"
    r"algo (?:que )?(?:sale|saliendo|colgando|asoma\w*|se (?:sale|asoma))|"
    r"(?:siente|siento|ve|veo) (?:que )?(?:algo|una cosa)\b[^.!?]{0,20}\b(?:sal\w*|colg\w*|"
    r"asom\w*))"
)
# Before 37 weeks, told as the weeks carried: "29 weeks", "tiene 33 semanas".
_PRETERM = (
    r"(?:(?:[2][0-9]|3[0-6])(?:\+\d)? ?(?:weeks?|wks?|semanas)\b(?! (?:old|ago|de nacid\w*|"
    r"de vida|postpartum|after))|(?:2[0-9]|3[0-6]) weeks? (?:pregnant|along)|"
    r"(?:second|third) trimester|segundo trimestre|tercer trimestre)"
)
# Contractions coming at a regular short interval: labour, whatever they are called.
_REGULAR_CONTRACTIONS = (
    r"(?:contractions?|tightenings?|tightening|cramps?|cramping|braxton|surges?|contracciones|"
    r"colicos|endurecimientos?|se me pone dura|se le pone dura)\b[^.!?]{0,40}\b(?:(?:every|"
    r"cada) (?:\d+(?: ?(?:-|to|a|or|o) ?\d+)?|two|three|four|five|six|seven|eight|ten|few|"
    r"couple(?: of)?|dos|tres|cuatro|cinco|seis|siete|ocho|diez|pocos) ?(?:minutes|mins?|"
    r"minutos)|(?:\d+|two|three|four|five|six|seven|eight|ten) (?:minutes|mins?) apart)"
)
# Fluid or blood from below: the waters leaking or the neck of the womb opening.
_LEAK_OR_SHOW = (
    r"(?:watery|pink\w*|bloody|blood-?tinged|blood|bleed\w*|spotting|leak\w*|gush\w*|trickl\w*|"
    r"fluid|discharge|sangr\w*|manch\w*|flujo (?:rosa\w*|acuoso|con sangre|como agua)|"
    r"rosad\w*|liquido|me sale agua|aguita)"
)
RULES["obstetric"].extend(
    [
        # An early pregnancy with pain low on one side and at the tip of a shoulder: an
        # ectopic pregnancy bleeding inside, faint or not.
        (_EARLY_PREGNANT, _ONE_SIDED_PAIN, _SHOULDER_TIP),
        # The cord or something else felt coming out once the waters have broken.
        (_WATERS_BROKE, _COMING_OUT),
        # Before 37 weeks, contractions every few minutes with fluid or blood: preterm
        # labour, which the labour ward must see now.
        (_PRETERM, _REGULAR_CONTRACTIONS, _LEAK_OR_SHOW),
    ]
)


# A baby told by its care (nursing, nappies, a bottle) rather than its age.
_BABY = (
    r"(?:baby|babies|infant|newborn|nursing|breastfe\w*|bottle[- ]?fe\w*|formula|diapers?|"
    r"nappies|nappy|bebe|bebito|bebita|recien nacid\w*|amamant\w*|lactancia|le doy pecho|"
    r"biberon|mamila|panal\w*)"
)
# Floppy or hard to wake in a baby of any age: too little sugar, oxygen or blood to the
# brain, or an infection, until shown otherwise.
_BABY_UNWELL = (
    r"(?:floppy|(?:gone|went|is|seems|so|very|all|really) limp\b|hard to wake|"
    r"(?:won'?t|can'?t|cant|barely|hardly) (?:wake|waking|rouse)|aguadit\w*|aguad[oa]\b|"
    r"(?:no|casi no) (?:se )?despierta|(?:cuesta|dificil) (?:mucho )?despertar\w*|"
    r"como (?:de )?trapo)"
)
RULES["infant"].append((_BABY, _BABY_UNWELL))
