"""Crises told quietly, in the first person (English and Spanish).

Painkillers kept back with thanks said or "enough now"; a plan set for a day and told to
someone; never waking called a relief; a pet given away with a follow-up given up; all of
one's medicines at once asked about as painless; the end hurried because it takes too
long. Each sign alone is everyday talk, so a rule names all its signs and what sets them
aside (a trip, an allergy, a flare, a take-back day, the colonoscopy prep). Drinking on
until one's own liver "finishes the job" and everyone better off "si yo no estuviera"
are signs on their own. `selfharm` reads these with the other rules.
"""

from __future__ import annotations

from aurixa.safety.detectors.crisis_together import (
    _AWAY,
    _DOSED_AS_USUAL,
    _END_OF_ROPE,
    _MEDICINE,
    SignsTogether,
)

# One's own painkillers held back: saved, stashed or hoarded, or kept "instead of taking
# them". Kept or stored alone is where they are kept ("I keep my oxycodone in the cabinet").
_HELD_BACK = (
    r"(?:(?:sav(?:e|es|ing|ed)|stockpil\w*|hoard\w*|stash\w*|squirrel\w*|collect\w*|junt\w*|"
    r"acumul\w*|hold\w* (?:on ?to|onto)|(?:keep\w*|kept|put\w*|set\w*) (?:back|aside)) (?:up |"
    r"aside |back )?(?:all |some |todas |unas )?(?:of )?(?:my |the |extra |unused |leftover |mis "
    rf"|las |los |la |mi )?(?:\w+ )?{_MEDICINE}|(?:keep\w*|kept|guard\w*|stor\w*) (?:\w+ ){{0,3}}"
    rf"?{_MEDICINE}[^.!?]{{0,30}}\b(?:instead of taking|rather than taking|en vez de tomar\w*|"
    r"en lugar de tomar\w*|sin tomar\w*))"
)
# A stash said to be enough, or thanks said as if for the last time.
_ENOUGH_OR_THANKS = (
    r"(?:(?:have|got|has|tengo) (?:a |an )?(?:(?:pretty|really|nice|good|big|little|decent|"
    r"huge) )*(?:stash|stockpile)\b|(?:i'?ve |i have |i )?(?:got|have) enough\b(?! (?:for|to "
    r"last|until|till|left|of)\b)|ya tengo (?:suficientes|bastantes)|thank(?:s| you| u)\b"
    r"[^.!?]{0,25}\bfor (?:everything|all)\b|appreciate (?:everything|all (?:of )?(?:you|that|"
    r"the))|(?:you|u) (?:guys |all )?(?:were|have been|'ve been) (?:so )?(?:great|good|wonderful|"
    r"amazing|kind)|gracias por todo|(?:le|les) agradezco)"
)
# Kept back for the pain, or to be got rid of safely.
_KEPT_FOR_PAIN = (
    r"(?:(?:for|when|para|cuando) (?:the )?(?:really )?(?:bad|worst|rough|tough) (?:days?|"
    r"nights?)|(?:for|during) (?:flares?|breakthrough|the pain)|(?:for|para) (?:the |my |a |el |"
    r"la |mi )?(?:trip|travel\w*|flight|vacation|viaje|vuelo|vacaciones)|(?:when|if) the pain|"
    r"take[- ]?back|drop (?:them |it )?off|dispos\w*|lock ?box|like the (?:nurse|doctor|"
    r"pharmacist) said|para (?:los dias malos|cuando me duela|el dolor)|desech\w*|devolver\w*|"
    r"caja con llave)"
)

_DAY = (
    r"(?:this |the |next |tonight|tomorrow|today|el |este |esta |hoy|manana)?(?:weekend|tonight|"
    r"tomorrow|today|monday|tuesday|wednesday|thursday|friday|saturday|sunday|fin de semana|"
    r"noche|lunes|martes|miercoles|jueves|viernes|sabado|domingo)?"
)
# A plan for a day, with nothing after it to say what the plan is.
_PLAN_SET = (
    r"(?:i have|i'?ve got|ive got|i got|tengo|ya tengo) (?:a|un) plan (?:for|para) "
    rf"{_DAY}(?=\s*(?:[.,;:!\n-]|$))"
)
_TOLD_SOMEONE = (
    r"(?:(?:want(?:ed)?|need(?:ed)?) (?:to (?:tell|say it to) (?:someone|somebody|anyone|you)|"
    r"(?:someone|somebody|anyone|you) to know)|(?:queria|quiero|necesitaba) (?:decir\w*|"
    rf"contar\w*) a alguien|(?:queria|quiero) que alguien (?:lo )?sepa|{_END_OF_ROPE})"
)
# What the plan is for, named anywhere: a trip, an outing, the prep for a procedure.
_PLAN_ERRAND = (
    r"(?:trip|travel\w*|vacation|holiday|cruise|flight|visit\w*|moving|camp\w*|hik\w*|party|"
    r"birthday|wedding|game|prep|colonoscop\w*|procedure|diet|meal|workout|church|concert|beach|"
    r"date night|viaje|vacaciones|vuelo|visita\w*|mudanza|playa|paseo|fiesta|cumple\w*|"
    r"preparacion|colonoscopia|dieta|partido|iglesia|boda)"
)

# Sleeping and not waking, said of oneself: "if I go to sleep and don't wake up", "si me
# duermo y ya no despierto". A time after it is a night's sleep ("until 7", "en la noche").
_NIGHT = (
    r"(?! (?:up )?(?:until|till|til|at|before|during|in|for|to|with|early|on time|feeling|sick|"
    r"hungry|sweating|coughing|nauseous|every|each|once|twice|so (?:often|much)|as (?:often|"
    r"much)|hasta|en|a (?:las|la)|para|con|temprano|a tiempo|tosiendo|sudando|cada|tantas)\b)"
)
_NEVER_WAKING = (
    r"(?:\bi (?:could |would |can |just |were to |did |'d )*(?:go(?:ing)? to sleep|went to sleep|"
    r"fall asleep|fell asleep|sleep|slept)\b[^.!?]{0,15}\band (?:just |simply )?(?:don'?t|dont|"
    rf"do not|didn'?t|didnt|did not|never|not) (?:wak\w*|woke)\b{_NIGHT}|"
    rf"(?:going to sleep|falling asleep) and (?:never|not) waking\b{_NIGHT}|"
    r"\bme (?:duermo|dormiera|durmiera|quedo dormid[oa]|quedara dormid[oa])\b[^.!?]{0,15}\by "
    rf"(?:ya )?(?:no|nunca) (?:me )?desp(?:ie|e)rt\w*\b{_NIGHT})"
)
_A_RELIEF = (
    r"(?:(?:would|'d|will|it'?d|that'?d|thatd|itd) (?:honestly |really |just |actually |truly )?"
    r"(?:be )?(?:a |such a )?(?:relief|blessing|mercy|gift|fine(?: with me| by me)?|ok(?:ay)? "
    r"with me|nice)|wouldn'?t be (?:the worst|so bad)|(?:seria|fuera) (?:un |una )?(?:alivio|"
    r"bendicion|descanso|regalo)|no seria (?:tan )?malo|(?:me )?(?:estaria|parece) bien)"
)

# A pet given away, and a follow-up said not to be needed.
_PET_GIVEN = (
    r"(?:(?:gave|given|giving|rehom\w*|re-hom\w*|dropped off) (?:away )?(?:my|our) (?:\w+ )?"
    r"(?:dog|cat|pets?|puppy|kitten|bird|parrot|bunny|rabbit|pup)\b|found (?:a )?(?:new )?home "
    r"for (?:my|our) (?:\w+ )?(?:dog|cat|pets?|puppy|kitten|bird|parrot|bunny|rabbit)\b|"
    r"(?:di|regale|deje|entregue) (?:a )?(?:mi|mis|nuestr[oa]s?) (?:perr\w*|gat\w*|mascotas?|"
    r"pajar\w*|loro|conej\w*)\b)"
)
_VISIT_GIVEN_UP = (
    r"(?:(?:won'?t|wont|will not|don'?t|dont|do not|no longer) (?:be )?need(?:ing)? (?:the|my|"
    r"that|this|any|those|a) (?:\w+ ){0,2}?(?:appointments?|appts?|visits?|follow[- ]?ups?|"
    r"sessions?|calls?|check-?ups?|refills?)\b|give (?:it|my (?:spot|slot|appointment|appt|"
    r"place)) to (?:someone|somebody|another)|ya no (?:voy a )?necesit\w* (?:la|mi|las|mis|el|"
    r"esa) (?:\w+ )?(?:citas?|consultas?|seguimiento|control|resurtido)|(?:den|denle|dele|"
    r"pueden dar) (?:mi|la) (?:cita|consulta|lugar))"
)
_REHOMED_FOR = (
    rf"(?:{_AWAY}|better|healed|resolved|recovered|gone away|all good|fine now|feeling great|"
    r"mejor|se (?:me )?(?:quito|curo)|ya estoy bien|allerg\w*|alergi\w*|asthma|asma|landlord|"
    r"lease|casero|no (?:permiten|dejan) (?:mascotas|perros|gatos))"
)

# All of one's medicines at once, and whether it would be painless.
_ALL_AT_ONCE = (
    r"(?:take|taking|took|swallow\w*|tomar\w*|tomo|tragar\w*|trago)\b (?:all|every one|todas|"
    r"todos) (?:of )?(?:my|the|mis|las|los)\b[^.!?]{0,50}\b(?:at once|at the same time|together|"
    r"in one go|juntas|juntos|de (?:una vez|golpe)|al mismo tiempo)\b"
)
_PAINLESS_ANY = (
    r"(?:painless\w*|without (?:any )?pain\b|would i (?:feel (?:anything|it|any pain)|suffer)|"
    r"sin (?:dolor|sufrir)|sufriria|sentiria algo)"
)
# What is taken all at once is the bowel prep, or a vitamin: named as what is taken, so a
# colonoscopy mentioned beside one's own pills sets nothing aside.
PREP_TAKEN = (
    r"(?:all (?:of )?(?:my |the |mi |la |el )?(?:colonoscopy |bowel |colon )?(?:prep|"
    r"preparacion|golytely|suprep|miralax|laxante|evacuante)\b|(?:toda|todo) (?:mi |la |el )?"
    r"(?:preparacion|evacuante|laxante)\b)"
)

# The end hurried because it takes too long.
_HURRY_IT = (
    r"(?:(?:know|knows|figured out|worked out|found out) (?:exactly )?how to (?:speed (?:it|this|"
    r"things) up|hurry (?:it|this|things) (?:up|along)|hasten (?:it|this|things)|make it (?:go )?"
    r"faster|end it sooner)|(?:se|sabe|sabemos) (?:exactamente )?como (?:acelerarlo|apurarlo|"
    r"adelantarlo|acelerar (?:esto|las cosas)|apurar (?:esto|las cosas)))"
)
_TOO_LONG = (
    r"(?:taking (?:too|so|way too) long|dragging on|drag(?:ging)? (?:it|this) out|(?:too|so) "
    r"long for everyone|durando (?:demasiado|mucho|tanto)|tardando (?:demasiado|mucho|tanto)|"
    r"alargando|burden|carga|better off|mejor (?:sin|si)|costing (?:them|everyone))"
)
_SLOW_THINGS = (
    r"(?:labou?r|contractions|parto|internet|download|line|queue|paperwork|tramite|fila|prep|"
    r"healing|wound|herida|cicatriz\w*|approval|aprobacion)"
)

INDIRECT = [
    # Drinking on until one's own liver or body gives out: "going to keep drinking until the
    # liver finishes the job", "voy a seguir tomando hasta que el hígado acabe conmigo". The
    # drinking told as how an illness came ("I drank until my liver gave out") is history.
    r"\b(?:going to|gonna|i'?ll|i will|want to|wanna|plan to|keep|just keep|voy a|quiero|pienso|"
    r"seguir|sigo)\b[^.!?]{0,40}\b(?:drink\w*|tomar\w*|tomando|beber\w*|bebiendo|chupar|"
    r"chupando)\b[^.!?]{0,30}\b(?:until|till|til|hasta que) (?:my |the |mi |el |la )?(?:liver|"
    r"body|heart|pancreas|kidneys|higado|cuerpo|corazon|rinones)\b[^.!?]{0,12}?\b(?:finish\w* "
    r"(?:the job|me off|me|it)|gives? (?:out|up)|quits|kills? me|shuts? down|fails?|acab\w* "
    r"conmigo|termin\w* (?:el trabajo|conmigo)|(?:me )?mate|reviente|truene|(?:deje|dejen) de "
    r"funcionar|falle)|\b(?<!was )(?<!used to )drink(?:ing)? myself to death\b|\b(?:beber(?:me)?|"
    r"tomar(?:me)?|chupar) hasta (?:morir(?:me)?|matarme|que me muera)\b",
    # Better off if one were not here, in Spanish: "estarían mejor si yo ya no estuviera".
    # Someone's own state named after it ("si no estuviera sola", "si no viviera tan lejos")
    # is about them.
    r"\b(?:estarian|estaria|estariamos|estarias|vivirian|seria) mejor si (?:yo )?(?:ya )?(?:no "
    r"(?:estuviera|existiera|viviera)|me (?:muriera|muero)|desapareciera)\b(?: aqui\b)?"
    r"(?!\s+(?:sol[oa]s?|tan|asi|enferm\w*|con|en|internad\w*|triste|deprimid\w*|lejos|ahi|"
    r"alli|de)\b)",
]

RULES = [
    # Painkillers kept back, with a stash said to be enough or thanks for everything.
    SignsTogether((_HELD_BACK, _ENOUGH_OR_THANKS), unless=_KEPT_FOR_PAIN),
    # A plan for a day with nothing said of it, told to someone.
    SignsTogether((_PLAN_SET, _TOLD_SOMEONE), unless=_PLAN_ERRAND),
    # Sleeping and never waking, called a relief: one sign, so the "not" of not waking is
    # not read as denying the relief after it.
    SignsTogether((rf"{_NEVER_WAKING}[^.!?]{{0,30}}?\b{_A_RELIEF}",)),
    # A pet given away and a follow-up not needed, unless a move, an allergy or recovery.
    SignsTogether((_PET_GIVEN, _VISIT_GIVEN_UP), unless=_REHOMED_FOR),
    # All of one's medicines at once, and whether it would be painless.
    SignsTogether((_ALL_AT_ONCE, _PAINLESS_ANY), unless=f"(?:{PREP_TAKEN}|{_DOSED_AS_USUAL})"),
    # The end hurried because it is taking too long.
    SignsTogether((_HURRY_IT, _TOO_LONG), unless=_SLOW_THINGS),
]
