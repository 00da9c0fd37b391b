"""Cues that only the learned backstop defers to: a message that says the person is
otherwise well, a symptom its own clause calls mild, or a clause that books a routine visit.

The rules never read these: "she's playing fine" beside "her lips are blue" does not
undo a rule that fires. They keep the backstop, which scores a message's meaning as a
whole, from escalating a worry the message itself settles.
"""

from __future__ import annotations

import re

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
    # "Ya estoy bien", "me siento normal": the writer, well again ("no estoy bien" is not).
    r"(?<!no )(?<!nunca )(?:esta|estoy|anda|ando|sigue|sigo|se ve|se siente|me siento) "
    r"(?:\w+ ){0,3}?"
    r"(?:normal|bien|tranquil[oa]|jugando|"
    r"comiendo bien|activ[oa])|(?:come|juega|duerme) (?:bien|normal)|todo (?:esta )?bien|"
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
    r"heat rash|sarpullido|constipat\w*|estrenid\w*|stopped up|engorg\w*|congestionad[oa]s? "
    r"(?:los pechos|las bubis)|pechos (?:llenos|duros)|sore nipples|pezones (?:adoloridos|"
    r"agrietados)|teething|head lice|piojos|pink eye|ingrown (?:toe)?nail|una enterrada|"
    r"hiccups|hipo|spit(?:s|ting)? up|colic\w*|gases|"
    # A pulled muscle and a sting, named as such, each asked about once its warning signs
    # are denied ("no numbness", "no tengo problemas para respirar").
    r"pulled (?:a|my|his|her) (?:\w+ )?muscle|(?:muscle|back) (?:strain|pull)|strained (?:a|my|his|"
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
    r"numb\w*|tingl\w*|adormec\w*|entumi\w*)\b|\b(?:no|not|without|sin|no tengo|no tiene|"
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
    r"weak legs|bladder|bowels?|incontinen\w*|(?:peed|wet|pooped) (?:myself|himself|herself)|"
    r"groin|saddle|down there|piernas? (?:debil\w*|dormid\w*)|vejiga|"
    r"(?:no )?(?:controlo|controla|aguanto|aguanta) (?:la orina|el pipi|la pipi)|"
    r"(?:fever|fiebre|temp\w*) (?:of|is|was|at|hit|de|es)|\b10[0-5](?:[.,]\d)?\b|"
    r"\b(?:3[89]|40)[.,]\d\b"
)


def reassured(doc: Doc) -> bool:
    """The message says the person is otherwise well, asks to be prepared, or names an
    everyday complaint and denies its warning signs."""
    return _REASSURED.search(doc.folded) is not None or (
        _EVERYDAY.search(doc.folded) is not None
        and _SIGNS_DENIED.search(doc.folded) is not None
        and _NOT_EVERYDAY.search(_SIGNS_DENIED.sub(" ", doc.folded)) is None
    )


def mild(doc: Doc, start: int) -> bool:
    """The clause at `start` calls its symptom mild, books a routine visit, or asks when
    to fast before a procedure."""
    clause = doc.clause_of(start)
    text = doc.folded[clause.start : clause.end]
    return (
        _MILD.search(text) is not None
        or _ROUTINE_VISIT.search(text) is not None
        or _FASTING.search(text) is not None
    )
