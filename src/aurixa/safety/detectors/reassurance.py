"""Cues that only the learned backstop defers to: a message that says the person is
otherwise well, a symptom its own clause calls mild, or a clause that books a routine visit.

The rules never read these: "she's playing fine" beside "her lips are blue" does not
undo a rule that fires. They keep the backstop, which scores a message's meaning as a
whole, from escalating a worry the message itself settles.
"""

from __future__ import annotations

import re

from aurixa.safety.detectors.comfort_care import CRISIS_BESIDE, death_on_hospice, expected_dying
from aurixa.safety.detectors.history import over_since
from aurixa.safety.detectors.redflags.eye_ear import TONSILS_OUT
from aurixa.safety.text import Doc

# A message that says the person is otherwise well ("she's eating and playing fine",
# "is acting totally normal", "está normal") or asks in order to be ready ("just
# reading up", "quiero estar preparada") reports no emergency the rules did not
# name. Only the learned backstop defers to it; a rule that fires still fires.
_REASSURED = re.compile(
    r"(?:(?:\b(?:is|are|seems?|been|still|shes|hes|theyre)|'s|'re) (?:\w+ ){0,2}?"
    r"(?:eating|drinking|feeding|playing|"
    r"acting|behaving|talking|walking)\b[^.!?]{0,25}\b(?:fine|normal\w*|well|ok(?:ay)?|"
    r"like (?:usual|himself|herself|always))|"
    r"everything (?:is|seems|looks|else is) (?:fine|ok(?:ay)?|normal|good)|"
    r"(?:feeds|feeding|eats|eating|drinks|drinking|nurses|nursing)(?: and (?:peeing|pooping|"
    r"sleeping|drinking|eating|wetting diapers|playing))? (?:well|normally|fine|"
    r"ok(?:ay)?)|wakes (?:up )?easily|"
    # "Otherwise feel completely fine", "por lo demás está bien".
    r"otherwise (?:i |he |she |they |we )?(?:feel\w* |seem\w* |am |is |are |been |doing )?"
    r"(?:totally |completely |perfectly |totally |just )?(?:fine|well|ok(?:ay)?|healthy|normal|"
    r"great|good)|por lo demas (?:\w+ ){0,2}?(?:bien|normal)|"
    # A baby in the womb that moves a lot is a well one: "baby's kicking like crazy", "el
    # bebé se mueve bastante". Moving less is not.
    r"(?<!n't )(?<!not )baby(?:'s| is)? (?:kicking|moving|rolling|wiggling)(?: around)? (?:like "
    r"crazy|a lot|lots|so much|hard|all (?:the time|day|night)|constantly|nonstop|normally|"
    r"fine)|(?<!no )el bebe se (?:mueve|esta moviendo) (?:bastante|mucho|muchisimo|un monton|"
    r"normal|bien|todo el dia)|"
    r"(?:now|but now) (?:he|she|they|i|it)(?:'s| is| are|'m| am| seems?| feels?) "
    r"(?:totally |completely |perfectly )?(?:fine|"
    r"ok(?:ay)?|back to normal|better)|"
    r"\b(?:he|she|they|i|it)(?:'s| is| are|'m| am| seems?| feels?) (?:totally |completely |"
    r"perfectly )?(?:fine|ok(?:ay)?|back to normal) now|"
    r"just (?:reading up|curious|asking|wondering|in case)|(?:want|like) to be prepared|"
    # A case asked about before it comes: "it hasn't happened yet, we want a plan", "todavía
    # no ha pasado".
    r"(?:hasn'?t|has not|hasnt|haven'?t|havent) happened (?:yet|so far)|(?:todavia|aun) no "
    r"(?:ha pasado|pasa|sucede)|no ha pasado (?:todavia|aun)|"
    # The writer's own judgment with the person said to be well: "nothing urgent, she's
    # fine", "no es urgente, está bien".
    r"(?:not|nothing|no es|nada) urgent\w*[^.!?]{0,25}\b(?:(?:he|she|they|i|we|it)(?:'s| is|"
    r"s| are|'re|'m| am) (?:totally |completely |perfectly )?(?:fine|ok(?:ay)?|good|stable)|"
    r"(?:esta|estoy|estamos) bien)|"
    # The breath said to be fine ("breathing fine", "respira bien"): whatever else is asked
    # about is not the breath failing; rules still read any sign named.
    r"(?<!not )(?<!n't )(?<!nt )breathing (?:is )?(?:totally |completely |just )?(?:fine|ok(?:ay)?|"
    r"normal(?:ly)?|well|easy|easily|comfortabl[ey])|(?<!no )respira (?:bien|normal|tranquil[oa])|"
    # "Ya estoy bien", "me siento normal": the writer, well again ("no estoy bien" is not).
    r"(?<!no )(?<!nunca )(?:esta|estoy|anda|ando|sigue|sigo|se ve|se siente|me siento) "
    r"(?:\w+ ){0,3}?"
    r"(?:normal|bien|tranquil[oa]|jugando|"
    r"comiendo bien|activ[oa]|mejor(?! (?:muert\w*|sin mi|si no|no (?:estar|existir|despertar))))"
    r"|(?:come|juega|duerme) (?:bien|normal)|todo (?:esta )?bien|"
    r"(?:solo|nada mas) por (?:si acaso|curiosidad|saber)|estar preparad[oa]|por si acaso|"
    # Well for years, said as the present ("I've been fine for 10 years", "llevo cinco años
    # bien"): what the message goes on to ask about is what is left (a scar, a record), not
    # the old trouble back, unless it says so ("... but", "hasta que").
    r"(?:i'?ve|i have|he'?s|she'?s|he has|she has|they'?ve|we'?ve) been (?:totally |completely "
    r"|perfectly )?(?:fine|good|well|ok(?:ay)?|stable|clean|healthy|doing (?:fine|well|great|"
    r"good|ok(?:ay)?)) (?:for|since) (?:over |about |almost |nearly |like |more than )?(?:\d+|a|"
    r"two|three|four|five|six|seven|eight|nine|ten|many|several|a few|a couple of) (?:years?|"
    r"yrs|decades?)\b(?![^.!?]{0,20}\b(?:but|until|till|pero|hasta)\b)|"
    r"(?:llevo|lleva|llevamos) (?:\d+|un|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|"
    r"varios|muchos|unos) anos? (?:bien|estable|sin (?:problemas|recaidas|lastimarme|cortarme))"
    r"(?![^.!?]{0,20}\b(?:but|until|till|pero|hasta)\b)|"
    # A symptom already over on its own: "stopped after 5 min of pinching", "went away in
    # an hour", "ya se me está quitando".
    r"(?<!n't )(?<!not )(?:stopped|went away|faded|cleared up|settled down) (?:on its own|"
    r"by itself|(?:after|within|in) (?:a |an |the |\d+ |a few |about )?(?:min\w*|hours?|"
    r"hour|seconds?|secs?|moment))|"
    r"ya se (?:me |le )?(?:esta )?(?:quit\w*|pas\w*)|"
    # A medicine's routine schedule: "I take my pills twice a day", "la tomo cada 8 horas".
    # Taking them as usual says nothing of taking too many; a rule reads that.
    r"\b(?:take|takes|taking|tomo|toma|tomamos) (?:\w+ ){0,3}?(?:once|twice|three times|"
    r"\d+ times|una vez|dos veces|tres veces) (?:a|per|al|por) (?:day|daily|week|dia|semana)|"
    r"\b(?:take|takes|taking|tomo|toma) (?:\w+ ){0,3}?(?:every|each|cada) (?:morning|night|"
    r"evening|day|\d+ hours|manana|noche|dia|\d+ horas))\b"
)
# A pain scored low on the usual scale of ten: "his pain is around a 3", "el dolor está en
# 2". Not "pain for 3 days".
_LOW_PAIN = (
    r"(?:pain|dolor)(?:'s| is| has been| been| was| at| esta(?: en)?| es| de)? (?:like |about "
    r"|around |maybe |only |just |como |un |en )*(?:a |an |un )?[0-4](?: ?/ ?10| out of (?:10|"
    r"ten)| de (?:10|diez))?(?![\d.,/]| ?(?:days?|hours?|hrs?|weeks?|times|dias|horas|semanas|"
    r"veces|am|pm))"
)
# Words of degree that make a symptom a mild one: "a mild rash", "un poco de dolor".
_MILD = re.compile(
    r"\b(?:mild(?:ly)?|slight(?:ly)?|minor|a (?:little|lil|bit|tiny bit)|(?:lil|little) bit|"
    r"bit of|a touch of|"
    r"leve(?:mente)?|liger[oa]|un poc(?:o|uito)|poquito|nada grave|not (?:too|that|very) "
    r"(?:bad|serious|severe)|nothing serious|(?:just|only) (?:a|an) (?:\w+ )?(?:cold|bug|virus|"
    r"cough|scratch|bruise|sniffle|graze|bump|scrape|rash)|(?:solo|nada mas) (?:es )?"
    r"(?:un|una) (?:resfriado|gripa|gripe|rasguno|moreton|chichon)|"
    # Minor injuries that name themselves: "scraped his knee", "un raspón".
    r"scraped (?:his|her|my|their|a) (?:knee|elbow|hand|shin|arm|leg|chin)|grazed|small cut|"
    r"paper cut|splinter|(?:small|little|tiny) bruise|(?:moreton|morete|moradito)\w* "
    r"(?:pequen\w*|chiquit\w*|chic[oa])|(?:pequeno|chiquito) (?:moreton|morete)|"
    r"raspon\w*|rasgun\w*|(?:bled|bleeding|hurt|ached|stung|sangro|dolio) "
    r"(?:only )?(?:for )?(?:a|one|un) (?:minute|moment|second|bit|ratito|momento|poquito)|"
    r"(?:just|only) (?:bumped|scraped|twisted|stubbed|"
    r"banged|knocked|hit) (?:his|her|my|their|a) (?:knee|elbow|toe|shin|arm|leg|finger|hand|"
    r"ankle|wrist|foot)|"
    # Over in seconds: "dizzy for a sec when i stand up, goes away right away".
    # A reading called no fever or a cause named as harmless: "no real fever, just teething".
    r"no real (?:fever|temp\w*)|(?:just|only|solo|nada mas) (?:\w+ )?(?:teething|"
    r"los dientes|dentici\w*)|"
    r"(?:for|lasts?|lasting) (?:a|one|un) (?:sec|second|moment|segundo|momento)|"
    r"(?:for|lasts?|lasting) (?:a few|just a few|only a few|unos) (?:secs|seconds|segundos)|"
    r"goes away (?:right away|straight away|quickly|on its own|by itself|in (?:a few )?seconds|"
    r"after a (?:few )?(?:seconds?|moment))|se (?:me |le )?(?:quita|pasa) (?:sol[oa]|rapido|"
    r"enseguida|luego luego|en (?:unos )?segundos))\b"
)


# A clause that books a routine visit ("quisiera una cita para su chequeo de la escuela",
# "appointment for her annual physical", "es para sus vacunas") reports nothing; a reason
# given after it ("... because she's been coughing") is read as usual.
_ROUTINE_VISIT = re.compile(
    r"\b(?:(?:cita|appointment|appt|consulta|turno|book\w*|schedul\w*|agendar)\b[^.!?]{0,50}\b|"
    r"(?:es|is|it'?s|its) (?:para|for) )(?:(?:su|sus|his|her|my|mi|mis|a|an|the|el|la|los|las|un|"
    r"una) )?(?:\w+ )?(?:chequeo|check-?up|physical|revision (?:general|anual|de rutina)|control "
    r"(?:de )?(?:nino sano|rutina)|examen (?:fisico|medico|de rutina)|well[- ](?:child|baby|"
    r"woman|visit)|vacunas|vaccin\w*|shots|flu shot|immuni[sz]ations?)\b"
    r"(?![^.!?]{0,30}\b(?:because|since|but|porque|ya que|pero)\b)"
)


# Everyday complaints that name themselves, each a home-care question ("diaper rash",
# "constipated", "engorged"), and the message denying their warning signs ("not open or
# bleeding", "no fever", "sin dolor ni vómito"): the worry is settled by the message
# itself. Either alone is not: a rash may be the start of something else.
_EVERYDAY = re.compile(
    r"\b(?:diaper rash|nappy rash|rozadura\w*|panalitis|dermatitis del panal|cradle cap|"
    r"heat rash|sarpullido|salpullido|constipat\w*|estrenid\w*|stopped up|engorg\w*|"
    r"congestionad[oa]s? "
    r"(?:los pechos|las bubis)|pechos (?:llenos|duros)|sore nipples|pezones (?:adoloridos|"
    r"agrietados)|teething|head lice|piojos|pink eye|ingrown (?:toe)?nail|una enterrada|"
    r"hiccups|hipo|spit(?:s|ting)? up|colic\w*|gases|"
    # Complaints of pregnancy, skin, mouth and nose that name themselves, each settled by its
    # warning signs denied: Braxton Hicks with no bleeding or leaking, swollen feet with no
    # headache or vision change, a bump on the head with no vomiting or confusion, poison
    # ivy with nothing on the face, a cough with no fever nor shortness of breath.
    r"braxton[- ]?hicks|false labou?r|contracciones (?:de practica|falsas)|chichon\w*|"
    r"bump on (?:the|his|her|my) head|goose ?egg|(?:feet|ankles|pies|tobillos) (?:\w+ )?"
    r"(?:swell\w*|hinch\w*)|(?:swollen|hinchan|hinchaban) (?:los )?(?:feet|ankles|pies|tobillos)|"
    r"poison (?:ivy|oak|sumac)|hiedra venenosa|"
    r"thrush|algodoncillo|swimmer'?s ear|tos|mocos|runny nose|stuffy nose|resfriado|"
    # Sediment in a catheter's tubing or bag ("sandy bits in his foley bag", "arenilla en la
    # sonda"), and days without a bowel movement on pain medicines ("no ha hecho del baño en
    # cuatro días"): each settled by its warning signs denied.
    r"(?:sediment|gritty|grit|sludge|sandy|flakes|bits|cloudy|mucus|arenilla|asientos|grumos)"
    r"\b[^.!?]{0,40}\b(?:catheter|cath|tubing|foley|bag|sonda|bolsa|manguera)|(?:catheter|cath|"
    r"tubing|foley|bag|sonda|bolsa|manguera)\b[^.!?]{0,40}\b(?:sediment|gritty|grit|sludge|"
    r"sandy|flakes|cloudy|arenilla|asientos|grumos)|"
    r"(?:hasn'?t|has not|hasnt|haven'?t|havent) (?:pooped|had a (?:bowel movement|bm|poop)|"
    r"gone (?:number two|#2))|no (?:bowel movement|bm)s?\b[^.!?]{0,10}\b(?:in|for)|no ha "
    r"(?:ido|hecho) (?:al bano|del bano|popo)|no (?:he|ha) (?:podido )?(?:evacuar|obrar)|"
    # An eye red and goopy, as in pink eye: "woke up with a goopy red eye", "ojo rojo con
    # lagañas". Its warning signs (pain, light hurting, sight lost) are not everyday.
    r"(?:goopy|crusty|gunky|goop\w*|sticky|pink|red) (?:\w+ )?eyes?|eyes? (?:\w+ )?(?:goopy|"
    r"crusty|gunky|sticky)|ojos? (?:\w+ )?(?:rojos?|con lagan\w*|pegados?)|lagan\w*|"
    # A pulled muscle and a sting, named as such, each asked about once its warning signs
    # are denied ("no numbness", "no tengo problemas para respirar").
    r"pulled (?:a|my|his|her) (?:\w+ )?muscle|pulled something|(?:muscle|back) (?:strain|pull)|"
    r"strained (?:a|my|his|"
    r"her) (?:\w+ )?(?:muscle|back)|(?:me|se) (?:jale|jalo|desgarre|desgarro) (?:un|el) musculo|"
    r"(?:bee|wasp|hornet) sting|stung by a (?:bee|wasp)|(?:me|le) pic(?:o|aron) (?:una|unas) "
    r"(?:abejas?|avispas?)|picadura de (?:abeja|avispa)|"
    # A back or neck sore from the lifting or the work that strained it ("my back hurts from
    # lifting boxes at work", "me duele la espalda de tanto cargar").
    r"(?:back|shoulder|neck|espalda|cintura|hombro|cuello)\b[^.!?]{0,20}\b(?:from|after|por|"
    r"de tanto|despues de) (?:\w+ )?(?:lift\w*|carry\w*|moving (?:boxes|furniture)|shovel\w*|"
    r"the gym|working out|yard ?work|gardening|cargar|levantar|mover (?:cajas|muebles)))\b"
)
_SIGNS_DENIED = re.compile(
    r"\b(?:no|not|without|sin|ni|never|nunca|isn'?t|aren'?t|hasn'?t|no tiene)\b[^.!?]{0,15}"
    r"\b(?:fever\w*|fiebre|bleed\w*|blood|sangr\w*|open|abiert[oa]|vomit\w*|pain|dolor|"
    r"red (?:spots|streaks|lines)|manchas rojas|pus|swollen|hinchad[oa]|blisters?|ampollas?|"
    r"numb\w*|tingl\w*|adormec\w*|entumi\w*|leak\w*|painful|confus\w*|confundid\w*|"
    r"headaches?|dolor de cabeza|vision|vista|borros\w*|blurr\w*|falta\w* (?:el )?aire|"
    r"short(?:ness)? of breath|hives|ronchas|welts|ronchitas)\b|\b(?:nothing|nada) (?:on|en) "
    r"(?:my|his|her|the|la|su) (?:face|cara)\b|\b(?:no|not|without|sin|no tengo|no tiene|"
    r"no hay)\b[^.!?]{0,15}\b(?:(?:trouble|problems?|difficulty|problemas?|dificultad) "
    r"(?:with |para |de |al )?(?:breathing|breathe|swallowing|respirar|tragar))\b"
)
# Fasting before a procedure, asked as a time or an instruction: "what time do I stop
# eating the night before", "cuándo dejo de comer antes de la cirugía".
_FASTING = re.compile(
    r"\b(?:(?:stop|quit) (?:eating|drinking)|fasting|fast|npo|nothing (?:to eat|by mouth)|"
    r"dej(?:ar|o|a) de (?:comer|tomar|beber)|ayun\w*)\b[^.!?]{0,40}\b(?:(?:the )?night before|"
    r"midnight|before (?:the |my |his |her |a |an )?(?:surgery|procedure|operation|colonoscopy|"
    r"endoscopy|scan|anesthesia|blood ?work|labs?)|antes de (?:la |mi |su |el )?(?:cirugia|"
    r"operacion|procedimiento|colonoscopia|endoscopia|anestesia|estudio|analisis)|la noche "
    r"anterior|medianoche)\b|\b(?:surgery|procedure|operation|colonoscopy|cirugia|"
    r"operacion|procedimiento)\b[^.!?]{0,60}\b(?:what time|when|how (?:long|many hours)|a que "
    r"hora|cuando|cuantas horas)\b[^.!?]{0,20}\b(?:stop (?:eating|drinking)|fast|dejo de "
    r"(?:comer|tomar)|ayun\w*)"
)

# ...unless the message goes on to a sign that is not everyday.
_NOT_EVERYDAY = re.compile(
    r"\b(?:swollen|distended|hard|bloated) (?:belly|tummy|stomach|abdomen)|(?:belly|tummy|"
    r"stomach|panza|barriga|estomago)\b[^.!?]{0,15}\b(?:swollen|hard|distended|hinchad\w*|"
    r"dur[oa])|green|verde|blood|sangre|letharg\w*|floppy|limp|won'?t wake|hard to wake|"
    r"(?:very|really|so) sleepy|no (?:pee|wet diapers)|not peeing|no ha (?:orinado|hecho pipi)|"
    r"breath\w*|respir\w*|decaid\w*|aguadit\w*|no (?:despierta|reacciona)|"
    # A fever after all ("no fever ... now chills and 103"): infection, not engorgement.
    r"red (?:hot )?streak\w*|hot streak\w*|chills|rigors|shaking|escalofri\w*|"
    # A sting or a strain that goes past its own spot: the face, the throat, the legs.
    r"lips|labios|tongue|lengua|throat|garganta|hives|ronchas|dizzy|mare\w*|faint\w*|"
    r"desmay\w*|vomit\w*|both legs|las dos piernas|(?:can'?t|cannot) (?:pee|walk|move)|"
    r"no (?:puedo|puede) (?:orinar|caminar|mover)|"
    # A back that takes the legs, the bladder or the saddle with it (the cauda equina).
    r"legs? (?:(?:are|is|feel|feels|went|go|going|keep|getting|got|have|gone) ){0,2}(?:weak|"
    r"numb|giving (?:out|way))|"
    # "A bowel movement" is the everyday constipation question, not the bowel lost.
    r"weak legs|bladder|bowels?(?! movements?)|incontinen\w*|(?:peed|wet|pooped) (?:myself|"
    r"himself|herself)|"
    r"groin|saddle|down there|piernas? (?:debil\w*|dormid\w*)|vejiga|"
    r"(?:no )?(?:controlo|controla|aguanto|aguanta) (?:la orina|el pipi|la pipi)|"
    r"(?:fever|fiebre|temp\w*) (?:of|is|was|at|hit|de|es)|\b10[0-5](?:[.,]\d)?\b|"
    # Swelling in one leg is a clot, a high reading or a headache in pregnancy is
    # pre-eclampsia, confusion after a bump is the brain: none is everyday.
    r"one (?:leg|calf)|una pierna|(?:la |una )?pantorrilla|\b1[4-9]\d ?/ ?\d{2,3}\b|"
    r"confus\w*|confundid\w*|blurr\w*|borros\w*|headache|dolor de cabeza|leaking|"
    r"water broke|rompi\w* (?:la )?fuente|"
    # An eye that hurts, cannot bear light or has lost sight is not pink eye.
    r"eye pain|(?:eye|eyes) (?:hurts?|is painful)|(?:sensitive to|hurts? in the|can'?t stand "
    r"the) light|light hurts|(?:can'?t|cannot|cant) see|vision (?:loss|gone|blurry|worse)|halos|"
    r"swollen shut|(?:le |me )?duele (?:mucho )?el ojo|dolor (?:de|en el) ojo|le molesta la luz|"
    r"no (?:ve|veo) (?:bien|nada)|"
    r"\b(?:3[89]|40)[.,]\d\b"
)


# The everyday complaint the writer names as their own guess ("thrush?", "swimmer's ear?",
# "¿será algodoncillo?"): they describe what they see and ask whether it is that.
_NAMED_ASKED = re.compile(
    r"\b(?:thrush|algodoncillo|swimmer'?s ear|pink eye|conjuntivitis|braxton[- ]?hicks|"
    r"poison (?:ivy|oak)|diaper rash|rozadura\w*|cradle cap|heat rash|sarpullido|"
    r"ingrown (?:toe)?nail|hemorrhoids?|hemorroides|yeast infection|infeccion de hongos|"
    r"salpullido)\s*\?"
)
# A newborn's stool described as a breastfed baby's normal one: "mustard yellow and seedy",
# "amarilla como mostaza con grumitos".
_NORMAL_STOOL = re.compile(
    r"\b(?:poop|stool|caca|popo|heces|evacuacion\w*)\b[^.!?]{0,40}\b(?:seedy|mustard|mostaza|"
    r"grumitos)|\b(?:seedy|mustard|mostaza)\b[^.!?]{0,25}\b(?:poop|stool|caca|popo|heces)\b"
)


# Signs that the person is coping, each weaker than "otherwise well" and so read only when
# the message names no grave sign (`_STILL_ALARMING`): fluids kept down or drunk ("keeping
# water and crackers down now", "i can drink fine", "camina bien"; not "can't keep anything
# down"), a newborn's feeds on the clock and wet diapers counted ("nursing every 2-3 hours",
# "has had 3 wet diapers today"; not "only one wet diaper"), a treatment said to be working
# ("the new meds are working"; not "aren't working").
_COPING = re.compile(
    r"(?<!n't )(?<!not )(?<!cant )(?<!cannot )(?:keeping|kept|keeps|holding) (?:\w+ ){0,3}?"
    r"down\b|(?<!n't )(?<!not )(?<!cant )\b(?:can|could) (?:still )?(?:eat|drink|swallow)"
    r"(?: \w+)? (?:fine|ok(?:ay)?|normally|well)\b|(?<!no )\b(?:camina|habla|puede (?:tomar|"
    r"comer|tragar)(?: \w+)?) (?:bien|normal)\b|"
    r"\b(?:nursing|nurses|feeds|feeding|eats|eating|come|mama|toma pecho) (?:every|cada) "
    r"\d+(?:\s*(?:-|to|a)\s*\d+)? (?:hours?|hrs?|horas)\b|(?<!only )(?<!just )(?<!solo )"
    r"\b(?:had|has had|having|tuvo|ha tenido|moja|mojo|mojado) (?:\d+|several|plenty of|lots "
    r"of|good|varios|muchos) (?:wet diapers|panales mojados|panales)\b|"
    r"\b(?:meds|medicines?|medications?|pills|treatment|therapy|inhaler|medicinas?|"
    r"medicamentos?|pastillas|tratamiento|terapia|they|theyre|they'?re) (?:are |is |(?:have|"
    r"has) been |esta |estan |me (?:esta|estan) )?(?:really |finally |actually |ya )?(?:working|"
    r"helping|funcionando|ayudando)\b|"
    # A child at play again, or content ("gave motrin and now she's watching tv eating a
    # popsicle", "ya está jugando", "no tiene fiebre y está contenta"; not "not playing").
    r"\b(?:now|and|but|ahora|y ya|ya) (?:(?:he|she|they)(?:'s| is| are|'re)|hes|shes|theyre|"
    r"esta|anda|se (?:puso|fue) a) (?:(?!not |no |barely |hardly |apenas )\w+ ){0,2}?"
    r"(?:watching|playing|running around|laughing|giggling|jumping around|eating (?:a |an |"
    r"some |his |her )?(?:popsicle|snack|ice cream|crackers|toast|dinner|lunch|breakfast)|"
    r"jugando|jugar|viendo (?:la tele|caricaturas|television|videos)|ver (?:la tele|"
    r"caricaturas)|corriendo|riendo\w*|comiendo(?: \w+)? (?:paleta|helado|galletas|su (?:cena|"
    r"comida)))\b|"
    r"(?<!no )(?<!nunca )\b(?:esta|anda|se ve|sigue) (?:muy |bien |super |toda |todo )?"
    r"(?:content[oa]|feliz|risuen[oa]|juguet[oa]n\w*)\b|\b(?:is|seems|shes|hes|she'?s|he'?s) "
    r"(?:very |super |still |so |totally )?(?:happy|smiley|smiling|playful|cheerful)\b"
)
_STILL_ALARMING = re.compile(
    r"\b(?:drool\w*|babe(?:a|o|ando)|(?:can'?t|cannot|cant|won'?t) open|no (?:puede|puedo) "
    r"abrir|muffled|blood|bloody|sangre|letharg\w*|floppy|limp|hard to wake|won'?t wake|"
    r"no despierta|confus\w*|confundid\w*|stiff neck|cuello rigido|purple|morad\w*|blue|"
    r"azul|gray|grey|pale|palid\w*|(?:can'?t|cannot|cant) (?:breathe|swallow)|no (?:puede|puedo) "
    r"(?:respirar|tragar)|decided|decidi|goodbye|despedir\w*|kill|matar\w*|die|morir\w*|"
    # A crisis told beside a treatment that works: "the meds are working, I know how I'd do it".
    r"do it|end (?:it|things)|suicid\w*|overdos\w*|not wake|disappear\w*|be gone|hang\w*|"
    r"jump\w*|hacerlo|acabar|desaparecer|colgar\w*|tirarme|cortarme)\b"
)


# A named complaint gone past its own place: swelling, breathing, a fever.
_SPREADING = re.compile(
    r"\b(?:swell\w*|swollen|hinch\w*|breath\w*|respir\w*|fever|fiebre|temp\w*|hives|ronchas|"
    r"dizzy|mare\w*|faint\w*|desmay\w*|vomit\w*)\b|\b10[0-5](?:[.,]\d)?\b|\b(?:3[89]|40)[.,]\d\b"
)


# Gums or a nose that bled and stopped at once, on a blood thinner or not ("me sangraron las
# encías al lavarme los dientes, tomo warfarina, pero paró enseguida"): an everyday bleed
# the message settles, as long as nothing else in it is a sign of blood lost or of another
# trouble (`_BLEED_ALARMING`, `_NOT_EVERYDAY`, `_STILL_ALARMING`).
_SMALL_BLEED = re.compile(
    r"\b(?:(?:gums?|encias?|nose|nariz)\b[^.!?]{0,30}\b(?:bled|bleed\w*|sangr\w*)|(?:bled|"
    r"bleed\w*|sangr\w*)\b[^.!?]{0,30}\b(?:gums?|encias?|nose|nariz)|nose ?bleeds?)\b"
)
_STOPPED_AT_ONCE = re.compile(
    r"(?<!n't )(?<!not )(?<!no )\b(?:stopped|quit|paro|se (?:me |le )?(?:paro|detuvo|quito|"
    r"corto)) (?:(?:on its own|by itself|sol[oa]|solit[oa]) )?(?:right away|straight away|"
    r"immediately|quickly|fast|(?:within|after|in) (?:a |a few |about a )?(?:minute|minutes)|"
    r"enseguida|rapido|rapidito|luego luego|al (?:rato|ratito|momento)|en (?:unos )?(?:segundos|"
    r"minutos)|sol[oa]|solit[oa]|on its own|by itself)\b|"
    # Bled for a moment, the time itself saying it is over: "my nose bled for a minute",
    # "le sangró la nariz unos segundos".
    r"\b(?:bled|sangr\w*)(?: (?:la|las|el|los) \w+)? (?:(?:just|only|solo) )?(?:for )?"
    r"(?:(?:about |like )?(?:a|one|a few|a couple of|un|unos|dos) )?(?:minute|minutes|second|"
    r"seconds|moment|minuto|minutos|segundos|momento|ratito)\b|"
    r"\b(?:bled|sangr\w*) (?:briefly|un poquito)\b"
)
_BLEED_ALARMING = re.compile(
    r"\b(?:heart|corazon|pulse|pulso|pale|palid\w*|gr[ae]y|clammy|cold|weak\w*|debil\w*|"
    r"out of it|answer\w*|respond\w*|contest\w*|wake|despiert\w*|sleepy|drows\w*|adormil\w*|"
    r"somnolient\w*|head|cabeza|chest|pecho|again|otra vez|de nuevo|still|sigue|todavia|keeps?|"
    r"won'?t stop|no para|pee|urine|orina|stool|poop|heces|popo|black|negr\w*|cough\w*|tos\w*|"
    r"hit|golpe\w*|bruis\w*|moreton\w*|moretes)\b"
)
# A fall is read as alarming beside a blood thinner, whose bleed inside the head may not
# show yet; without one, a nose that bled for a moment after a tumble is settled, and the
# rules still read a head hit, confusion or a limb bent wrong told beside it.
_FALL = re.compile(r"\b(?:fell|fall\w*|cai\w*|se cayo|tumbl\w*|trip\w*)\b")
_THINNER = re.compile(
    r"\b(?:blood thinn\w*|anticoag\w*|warfarin\w*|coumadin|eliquis|apixaban|xarelto|"
    r"rivaroxaban|plavix|clopidogrel|pradaxa|aspirin\w*|aspirina|anticoagul\w*)\b"
)
_THINNER_NAMED = re.compile(r"\bblood (?:thinn\w*|pressure)\b")


def _small_bleed_settled(doc: Doc) -> bool:
    text = _THINNER_NAMED.sub(" ", doc.folded)
    return (
        _SMALL_BLEED.search(text) is not None
        and _STOPPED_AT_ONCE.search(text) is not None
        and _BLEED_ALARMING.search(text) is None
        and not (_FALL.search(text) is not None and _THINNER.search(doc.folded) is not None)
        and _NOT_EVERYDAY.search(text) is None
        and _STILL_ALARMING.search(text) is None
    )


# A visit asked for on a later day, or the clinic's hours asked beside a visit: "can she be
# seen this week", "a qué hora abren mañana? ... quiero que lo revisen". The writer judges
# it can wait; the backstop defers to that only when the message names nothing grave
# (`_STILL_ALARMING`, `_NOT_EVERYDAY`, `_SEVERE`) and asks for nothing urgent.
_VISIT_ASKED = re.compile(
    r"\b(?:can|could|may|would|is it (?:ok|okay|fine) (?:if|to)) (?:she|he|i|we|they|you|"
    r"someone|somebody|my \w+|the doctor|a doctor|dr\.? \w+) (?:\w+ )?(?:be seen|see (?:her|him|"
    r"me|us|them|a doctor|someone|the doctor)|come in|get (?:an? )?(?:appointment|appt|visit)|"
    r"get (?:her|him|me|them) in|look at (?:it|her|him|me|them))\b|"
    r"\b(?:any|an|next|first) (?:available )?(?:appointments?|appts?|openings?|slots?)\b|"
    r"\b(?:quiero|quisiera|queria|me gustaria|necesito|pueden|podrian|puede|podria|se puede)"
    r"(?: que)? (?:lo |la |me |los |las |le )?(?:revis\w*|vean|ver(?:lo|la|me)?|cheque\w*|"
    r"chequ\w*|atiend\w*|atender(?:lo|la|me)?|examin\w*|consult\w*)\b|"
    r"\b(?:hay )?(?:citas?|consultas?|lugar) (?:disponibles? )?(?:para|esta|manana|el)\b"
)
_LATER = re.compile(
    r"\b(?:this week|next week|tomorrow|(?:on |this |next )?(?:monday|tuesday|wednesday|"
    r"thursday|friday|saturday|sunday|weekend)|in the (?:next )?(?:few|couple of) days|"
    r"later this week|when (?:you|do you|does the clinic) open|what time (?:do you|does the "
    r"clinic) open|esta semana|la (?:proxima|otra) semana|manana|el (?:lunes|martes|miercoles|"
    r"jueves|viernes|sabado|domingo)|(?:a que hora|cuando) (?:abren|abre)|horario)\b"
)
_URGENT = re.compile(
    r"\b(?:tonight|right now|right away|asap|urgent\w*|emergenc\w*|er|immediately|911|"
    r"esta noche|ahora mismo|urgente|urgencias?|emergencia|de inmediato|ya mismo)\b"
)
_SEVERE = re.compile(
    r"\b(?:severe|worst|unbearable|excruciating|terrible|sudden\w*|fainted|passed out|"
    r"seizure|convuls\w*|stiff|rigid\w*|chest|pecho|fuerte|intens\w*|insoportable|peor|"
    r"de repente|(?:can'?t|cannot|cant) (?:walk|stand|move|speak|talk|see|pee|keep)|no (?:puede|"
    r"puedo) (?:caminar|pararse|moverse|hablar|ver|orinar))\b"
)


def _nothing_grave(text: str) -> bool:
    """No urgency, severity or alarming sign anywhere in the message: what every stand-down
    for an episode the writer calls ordinary asks before it settles anything."""
    return (
        _URGENT.search(text) is None
        and _SEVERE.search(text) is None
        and _STILL_ALARMING.search(text) is None
    )


def _later_visit(doc: Doc) -> bool:
    text = doc.folded
    return (
        _VISIT_ASKED.search(text) is not None
        and _LATER.search(text) is not None
        and _nothing_grave(text)
        and _NOT_EVERYDAY.search(text) is None
    )


# A fall that spared the head, said so, with the person up and about: "fell on her bottom,
# didn't hit her head, no confusion, walking fine", "se cayó de sentón, no se pegó en la
# cabeza y camina bien". A blood thinner named only to be denied ("not on blood thinners")
# is no sign; one taken, a head struck, or a sign of the `_NOT_EVERYDAY` kind is.
_FELL = re.compile(r"\b(?:fell|fall|fallen|slipped|tripped|se cayo|me cai|se resbalo|cayo)\b")
_HEAD_SPARED = re.compile(
    r"\b(?:didn'?t|did not|didnt|never|no|without|sin) (?:hit|bump|bang|strike|hitting|bumping|"
    r"banging|striking|(?:se |me )?(?:pego|golpeo|pegue|golpee|pegarse|golpearse)) (?:on |en )?"
    r"(?:her|his|my|their|la|the|el)? ?(?:head|cabeza)\b"
)
_UP_AND_ABOUT = re.compile(
    r"\b(?:walking (?:fine|normally|ok(?:ay)?|around)|up and (?:about|walking)|(?:camina|"
    r"caminando) (?:bien|normal))\b"
)
_THINNER_DENIED = re.compile(
    r"\b(?:not|isn'?t|no|without|sin|doesn'?t take|no toma) (?:on )?(?:any )?(?:blood thinners?|"
    r"anticoagulantes?)\b"
)

_THINNER = re.compile(r"\b(?:thinn\w*|anticoag\w*|warfarin|eliquis|xarelto)")


def _fall_spared_head(doc: Doc) -> bool:
    text = _THINNER_DENIED.sub(" ", doc.folded)
    rest = _SIGNS_DENIED.sub(" ", _HEAD_SPARED.sub(" ", text))
    return (
        _FELL.search(text) is not None
        and _HEAD_SPARED.search(text) is not None
        and _UP_AND_ABOUT.search(text) is not None
        and _NOT_EVERYDAY.search(rest) is None
        and _STILL_ALARMING.search(rest) is None
        and _SEVERE.search(rest) is None
        and _THINNER.search(rest) is None
    )


# A pattern a doctor has already named, come back the same way and asked about: "it's
# happened before and the dr said it's Uhthoff's, just checking that's still the same
# thing", "ya me ha pasado y la neuróloga dijo que es normal con el calor". Something new,
# worse or different about it is not the known pattern.
_KNOWN_PATTERN = re.compile(
    r"\b(?:(?:happened|had (?:this|it)|gotten this|had that) (?:\w+ )?before|(?:ya )?me ha pasado "
    r"(?:antes|otras veces)|(?:ya )?le ha pasado (?:antes|otras veces))\b[^.!?]{0,40}\b(?:dr|"
    r"doctor|doc|neuro\w*|specialist|doctora|medic[oa]|neurolog[oa]) (?:\w+ )?(?:said|says|"
    r"told (?:me|us|him|her)|called|diagnosed|dijo|explico|diagnostico)\b"
)
_NOT_THE_SAME = re.compile(
    r"\b(?:new|different|worse|never|this time|but now|longer|spread\w*|other side|nuev[oa]|"
    r"diferente|peor|nunca|esta vez|pero ahora|mas tiempo)\b"
)


def _known_pattern(doc: Doc) -> bool:
    text = doc.folded
    return (
        _KNOWN_PATTERN.search(text) is not None
        and _NOT_THE_SAME.search(text) is None
        and _nothing_grave(text)
    )


# A pain scored low ("around a 3 after the breakthrough dose", "el dolor está en 2"): a
# report for the nurse's next visit, unless a higher score, a cry of
# pain or a grave sign is told beside it.
_PAIN_LOW = re.compile(rf"\b{_LOW_PAIN}\b")
_PAIN_HIGH = re.compile(
    r"\b(?:[5-9]|10)(?: ?/ ?10| out of (?:10|ten)| de (?:10|diez))|\b(?:pain|dolor)\b[^.!?]{0,25}"
    r"\b(?:[5-9]|10)\b(?! ?(?:days?|hours?|hrs?|weeks?|min\w*|dias|horas|semanas|am|pm))|"
    r"\b(?:a|an|un|at|en|is|it'?s|its|now|es|esta|ahora|up to|hasta|to) (?:a |an |un )?(?:[5-9]|"
    r"10)\b(?! ?(?:days?|hours?|hrs?|weeks?|min\w*|dias|horas|semanas|am|pm|:|%|percent|por))|"
    r"\b(?:scream\w*|crying|cries|moan\w*|agony|writh\w*|grimac\w*|grita\w*|llora\w*|"
    r"quej\w*|worse|peor|won'?t (?:go|come) down|no (?:le )?baja)\b"
)


def _past_and_over(doc: Doc) -> bool:
    """A symptom of the days before, gone and not back ("last week I got dizzy while
    spraying, felt better in an hour, fine since"): asked about afterwards, unless the
    message names something grave or urgent beside it."""
    return over_since(doc) and _nothing_grave(doc.folded)


# A throat healing in the days after the tonsils came out, as the surgeon said it would
# look: white or grey patches or scabs where they were, bad breath, an ache in the ears
# ("5 days after his tonsillectomy, white patches and bad breath", "tiene manchas blancas
# en la garganta y le huele la boca"). Blood, fluids refused, a high fever or the breath
# troubled is the bleed or the dehydration that follows the surgery, and is not settled.
# The surgery named as the emergency rules name it, "since his tonsillectomy" included.
_TONSILS_OUT = re.compile(rf"\b{TONSILS_OUT}\b")
_TONSIL_BED = re.compile(
    r"\b(?:(?:white|whitish|grey|gray|yellow\w*) (?:\w+ )?(?:patches|spots|scabs|stuff|coating|"
    r"film)|scabs?|bad breath|(?:breath|mouth) (?:smells|stinks)|stinky breath|"
    r"(?:manchas|placas|costras|telitas) (?:blancas|blanquecinas|amarill\w*|grises)|costras?|"
    r"mal aliento|(?:le |me )?huele (?:mal )?(?:la boca|el aliento))\b"
)
_TONSIL_ALARM = re.compile(
    r"\b(?:blood\w*|bleed\w*|sangr\w*|clots?|coagul\w*|spit\w*|escup\w*|vomit\w*|"
    r"(?:can'?t|cannot|won'?t|will not|not|isn'?t|refus\w*) (?:\w+ )?(?:drink\w*|eat\w*|"
    r"swallow\w*)|no (?:quiere|puede|ha querido) (?:\w+ )?(?:tomar|comer|tragar|beber)|"
    r"dehydrat\w*|deshidrat\w*|(?:no|not) (?:pee|peeing|orina|ha orinado)|letharg\w*|"
    r"breath\w* (?:hard|fast|noisy|trouble)|trouble breath\w*|respir\w*|"
    r"fever|fiebre|calentura|\b10[2-5](?:[.,]\d)?\b|\b(?:39|40)(?:[.,]\d)?\b)"
)


def _tonsil_bed_healing(doc: Doc) -> bool:
    text = doc.folded
    rest = _SIGNS_DENIED.sub(" ", text)
    return (
        _TONSILS_OUT.search(text) is not None
        and _TONSIL_BED.search(text) is not None
        and _TONSIL_ALARM.search(rest) is None
        and _STILL_ALARMING.search(rest) is None
        and _URGENT.search(text) is None
    )


def _pain_low(doc: Doc) -> bool:
    text = doc.folded
    return (
        _PAIN_LOW.search(text) is not None
        and _PAIN_HIGH.search(text) is None
        and _SEVERE.search(text) is None
        and _STILL_ALARMING.search(text) is None
        and _NOT_EVERYDAY.search(text) is None
    )


# A bruise from an earlier fall, healing ("turning yellow", "fading", "se está poniendo
# verde"): old blood going, not new blood. A head struck, a blood thinner, or a bruise that
# grows or spreads is not settled by it.
_BRUISE_HEALING = re.compile(
    r"\b(?:bruis\w*|moreton\w*|morete\w*|moretones)\b[^.!?]{0,80}\b(?:(?:turning|going|getting|"
    r"now|gone|more) (?:a bit |kind of |kinda )?(?:yellow\w*|green\w*)|fading|healing|se (?:le )?"
    r"(?:esta )?(?:poniendo|puso|volviendo) (?:amarill\w*|verd\w*)|amarillent\w*|verdos\w*)"
)
_BRUISE_ALARM = re.compile(
    r"\b(?:head|cabeza|confus\w*|vomit\w*|thinn\w*|anticoag\w*|warfarin|coumadin|eliquis|"
    r"xarelto|apixaban|plavix|swell\w*|hinch\w*|bigger|growing|spread\w*|crec\w*|new bruis\w*|"
    r"more bruis\w*|everywhere|blood|sangr\w*|fever|fiebre|can'?t (?:walk|move|bear|stand)|no "
    r"(?:puede|puedo) (?:caminar|mover)|numb\w*|cold|pale|worse|peor)\b"
)


def _bruise_healing(doc: Doc) -> bool:
    text = doc.folded
    return _BRUISE_HEALING.search(text) is not None and _BRUISE_ALARM.search(text) is None


# A do-not-resuscitate order or an advance directive asked about as a paper ("where do we
# keep the DNR", "la orden de no resucitar"): the family's paperwork, unless a crisis of
# anyone's own is told beside it.
_DNR_PAPERS = re.compile(
    r"\b(?:dnr|polst|molst|do[- ]not[- ]resuscitate|no resucitar|no reanimar|allow natural death|"
    r"advance (?:directive|care plan)|directiva anticipada|voluntad anticipada|living will|"
    r"testamento vital)\b"
)


def reassured(doc: Doc) -> bool:
    """The message says the person is otherwise well, asks to be prepared, names an
    everyday complaint and denies its warning signs or asks whether it is that,
    describes a newborn's normal stool, or asks for a visit on a later day."""
    if _REASSURED.search(doc.folded) is not None:
        return True
    if _COPING.search(doc.folded) is not None and _STILL_ALARMING.search(doc.folded) is None:
        return True
    if _small_bleed_settled(doc):
        return True
    if _later_visit(doc):
        return True
    if _fall_spared_head(doc) or _known_pattern(doc) or _past_and_over(doc):
        return True
    if expected_dying(doc) or death_on_hospice(doc):
        return True
    if _pain_low(doc) or _bruise_healing(doc) or _tonsil_bed_healing(doc):
        return True
    if _DNR_PAPERS.search(doc.folded) is not None and CRISIS_BESIDE.search(doc.folded) is None:
        return True
    denied = _SIGNS_DENIED.search(doc.folded) is not None
    named = _NAMED_ASKED.search(doc.folded) is not None or (
        _NORMAL_STOOL.search(doc.folded) is not None
    )
    rest = _SIGNS_DENIED.sub(" ", doc.folded)
    if named:
        return _STILL_ALARMING.search(rest) is None and _SPREADING.search(rest) is None
    return (
        denied
        and _EVERYDAY.search(doc.folded) is not None
        and _NOT_EVERYDAY.search(rest) is None
        # A child gone purple or blue, or a crisis, beside a rash with no fever.
        and _STILL_ALARMING.search(rest) is None
    )


# Errands told in words a crisis also uses: an age ("he just turned 69"), a will changed
# ("remove my son from the will"), belongings handed on for a move ("gave me her furniture
# when she moved to assisted living"), a note for work or school, texts asked for instead
# of calls, the pill forgotten at home, embarrassment at asking ("me da pena preguntar").
# Each sets aside only its own clause; writing a will or giving things away for no move
# stays the crisis rules' to read.
_ERRAND = re.compile(
    r"^\W*(?:\w+ ){0,3}?(?:just )?(?:turned|turns|is|i'?m|im|am|cumpli\w*|cumple|tiene|tengo) "
    r"\d{1,3}(?: (?:years?|yrs?) old| anos)?\W*$|"
    r"\b(?:remove|take|cut|add|put|quitar|sacar|agregar|poner)\b (?:\w+ ){1,3}?(?:from|out of|"
    r"off|to|into|in|on|del|de|en|al) (?:the |my |his |her |mi |su |el )?(?:will|testamento)\b|"
    r"\b(?:gave|give|giving|gives|dio|regalo|nos dio|me dio)\b[^.!?]{0,40}\b(?:when|because|"
    r"since|as|cuando|porque) (?:she|he|they|we|i|se|nos|me)?\s?(?:moved|moving|downsiz\w*|"
    r"mud\w*|se fue a vivir|went to live)\b|"
    r"\b(?:need|necesito|quiero|ocupo|pido|can i get|could i get|me (?:pueden|podrian) dar)\b"
    r"[^.!?]{0,15}\b(?:letter|note|carta|nota|constancia|justificante|comprobante)\b"
    r"(?![^.!?]{0,60}\b(?:because|since|porque|ya que)\b)|"
    # No one to drive the writer to a visit: "no tengo quien me lleve", "no ride that day".
    r"\bno (?:tengo|tiene|hay) (?:quien|nadie que) (?:me |lo |la |le )?(?:lleve|traiga|"
    r"acompane|recoja)\b|\bno (?:tengo|tiene) (?:como|en que|transporte|ride|raite|carro)\b|"
    r"\b(?:no|don'?t have a|don'?t have any|without a|need a) (?:ride|way to get there|"
    r"transportation)\b|\b(?:no one|nobody|noone) (?:to|who can|that can) (?:drive|take|bring|"
    r"pick) (?:me|him|her|us)\b|"
    r"\b(?:texts?|text messages?|emails?|mensajes?(?: de texto)?|correos?|whatsapp)\b"
    r"[^.!?]{0,20}\b(?:instead of|rather than|en vez de|en lugar de)\b|"
    r"\b(?:forgot|forget|missed|left|olvid\w*|deje)\b[^.!?]{0,30}\b(?:birth control|"
    r"anticonceptiv\w*)|\bme da (?:mucha |un poco de )?(?:pena|verguenza) (?:preguntar|pedir|"
    r"decir|hablar|ir|llamar)\b"
)
# Pills counted before a refill ("me quedan 5 pastillas", "only have 3 tablets left"), in a
# message that asks for the refill: the count is the reason for asking.
_LEFT_BEFORE_REFILL = re.compile(
    r"\b(?:me quedan|only have|i have|have|got|quedan) (?:\d+|a few|unas|pocas|dos|tres) "
    r"(?:pills|pastillas|tablets|tabletas|doses|dosis)\b|"
    # Or said to be running out: "running low on my blood pressure pills", "se me están
    # acabando las pastillas de la presión".
    r"\b(?:running (?:out|low)|almost out|nearly out|about to run out|low) (?:of|on) (?:my |his |"
    r"her |the )?(?:\w+ ){0,3}?(?:pills|meds|medicines?|medications?|tablets|prescriptions?|"
    r"inhalers?|insulin)\b|\bse (?:me |le )?(?:esta|estan) (?:acabando|terminando) (?:la |las |"
    r"el |los |mis |sus )?(?:\w+ ){0,3}?(?:pastillas|medicinas?|medicamentos?|tabletas|"
    r"insulina)\b"
)
_REFILL = re.compile(r"\b(?:refill\w*|resurt\w*|surtir|renew\w*|renovar)\b")


# A knife held for food: "my son is holding a knife to cut the cake lol", "está partiendo
# el pastel con el cuchillo". A threat in the same clause is not set aside.
_KITCHEN_KNIFE = re.compile(
    r"\b(?:knife|knives|cuchillos?)\b[^.!?]{0,25}\b(?:to|for|para) (?:cut|slice|chop|carve|"
    r"peel|spread|butter|cortar|partir|pelar|picar|rebanar|untar)\b[^.!?]{0,25}\b(?:cake|bread|"
    r"pie|pizza|turkey|ham|meat|steak|chicken|veg\w*|onions?|fruit|apples?|tomato\w*|cheese|"
    r"sandwich\w*|butter|pastel|torta|pan|carne|pollo|verduras|fruta|cebolla|queso|jitomate|"
    r"tomate|mantequilla)\b|\b(?:cut\w*|slic\w*|chop\w*|carv\w*|cortando|partiendo|picando|"
    r"pelando|rebanando) (?:up )?(?:the |a |his |her |el |la |un |una |su )?(?:birthday )?"
    r"(?:cake|bread|pie|pizza|turkey|ham|meat|steak|veg\w*|onions?|fruit|apples?|pastel|torta|"
    r"pan|carne|verduras|fruta|cebolla)\b[^.!?]{0,20}\b(?:knife|cuchillo)\b"
)
_THREAT = re.compile(
    r"\b(?:kill\w*|stab\w*|hurt\w*|threat\w*|attack\w*|at (?:me|him|her|us)|point\w*|wav\w*|"
    r"swing\w*|chas\w*|matar\w*|apunal\w*|lastim\w*|amenaz\w*|encima|apunt\w*|corret\w*|"
    r"himself|herself|myself|wrists?|munecas?|se (?:corta|quiere))\b"
)


def mild(doc: Doc, start: int) -> bool:
    """The clause at `start` calls its symptom mild, books a routine visit, asks when
    to fast before a procedure, tells an errand or holds a knife for food."""
    clause = doc.clause_of(start)
    text = doc.folded[clause.start : clause.end]
    return (
        (_KITCHEN_KNIFE.search(text) is not None and _THREAT.search(text) is None)
        or _MILD.search(text) is not None
        or _ROUTINE_VISIT.search(text) is not None
        or _FASTING.search(text) is not None
        or _ERRAND.search(text) is not None
        or (_LEFT_BEFORE_REFILL.search(text) is not None and _REFILL.search(doc.folded) is not None)
    )
