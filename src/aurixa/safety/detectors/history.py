"""Symptom mentions that name a past event: "my heart attack in 2019", "since his stroke",
"the papers from the chest pain visit", "the ER visit for chest pain, it turned out to be a
muscle strain".

A past event is no emergency now, unless the same stretch of the message says it is
happening again ("I still have seizures", "and now it's back"). `context.reported_now`
reads this cue with the others.
"""

from __future__ import annotations

import re

from aurixa.safety.detectors.redflags.signs import TRANSPLANTED
from aurixa.safety.text import Doc

# "Last time", not after a word that sets it against now or makes it a farewell, nor
# before one that says it is so again ("... last time too") or a time to come ("the last
# time you'll hear from me", "it was the last time she would see us").
_NOT_PAST_BEFORE = [
    *("than", "like", "as", "since", "from", "for", "one"),
    *("is", "be", "'s", "was", "were", "very"),
]
_LAST_TIME = (
    "(?:the )?"
    + "".join(f"(?<!{word} )(?<!{word} the )" for word in _NOT_PAST_BEFORE)
    + r"last time(?! (?:too|also|again|as well|ever)\b| you\b| \w+ (?:will|would|is going "
    r"to|was going to|gonna)\b| \w+'(?:ll|d)\b)"
)

_HISTORY = re.compile(
    r"\b(?:in (?:19|20)\d\d|back in|years? ago|months ago|decades? ago|"
    r"(?:yrs?|y|mos?|wks?|weeks) ago|last (?:year|summer|semester|term|school year|"
    r"winter|spring|fall|autumn)|el semestre pasado|"
    # An earlier time told as such: "my water broke at 39 weeks last time", "la vez pasada".
    # Not a time set against now ("worse than last time", "like the last time") nor a
    # farewell ("for the last time", "one last time").
    rf"{_LAST_TIME}|(?<!que )(?<!como )la vez pasada(?! (?:tambien|otra vez|igual))|"
    # The day a death is remembered on: "hoy se cumple un año de que murió", "it's been a
    # year since", "the anniversary of".
    r"se cumple\w* (?:un|\d+|dos|tres|cuatro|cinco) anos? de|(?:it'?s|it has) been (?:a|one|"
    r"\d+|two|three|four|five) years? since|anniversary of|"
    r"when i was (?:a|young|little)|as a (?:child|kid|teen(?:ager)?|"
    r"baby|toddler|infant|newborn)|when (?:he|she|i|(?:my|his|her|our|their) \w+) was (?:a baby|"
    r"little|young|small|a toddler|\d+)|history of|"
    r"in the past(?! (?:half|hour|few|couple|\d+|two|three|day|minutes?|hours?)\b)|"
    r"previously|used to|years back|"
    r"(?:had|has|suffered) (?:a|an|his|her|my|one|a single|only one|just one|two|un|una) "
    r"[\w ]{2,25} at (?:age )?\d{1,2}\b|"
    # The history a form asks for: "the school form asks about seizure history".
    r"(?:seizure|medical|health|surgical|family|past|allergy|asthma|cardiac|heart) history|"
    r"historial (?:medico|clinico|de \w+)|"
    # A relative's death at an age, the family history a check-up is asked about: "my dad
    # passed from a heart attack at 55", "mi papa murio de un infarto a los 50".
    r"(?:passed(?: away)?|died) (?:from|of|after) [\w ]{2,30} at (?:age )?\d{1,2}\b|"
    r"lost (?:my|his|her|our) \w+ to [\w ]{2,30} at (?:age )?\d{1,2}\b|"
    r"(?:murio|fallecio|se murio) (?:de|por) [\w ]{2,30} a los \d{1,2}\b|"
    r"hace (?:(?:\d+|un|una|dos|tres|cuatro|cinco|unos|unas|varios|varias|muchos|muchas) )?"
    r"(?:anos?|mes(?:es)?|decadas?)|el ano pasado|en (?:19|20)\d\d|antecedentes de|historial de|"
    r"de (?:nin[oa]|bebe|pequen[oa]|chiquit[oa]|chic[oa]|adolescente)|en (?:la|su|mi) infancia|"
    r"(?:in|during) (?:childhood|infancy|(?:his|her|my) (?:childhood|infancy))|childhood|"
    r"cuando era (?:nin[oa]|joven|pequen[oa]|bebe|chiquit[oa])|cuando (?:(?:mi|su|nuestr[oa]) "
    r"\w+ )?(?:tenia|tuvo|tuve) "
    # An age then, told with or without the years: "cuando tenía 17", "a los 17 años".
    r"(?:\d{1,2}(?: (?:anos?|meses))?|(?:un|una|dos|tres|cuatro|cinco) (?:anos?|meses))|"
    r"a los \d{1,2} anos|at age \d{1,2}|"
    # An event given its year after "from": "my stroke from 2019". `_dates_another` reads
    # "from" as joining the year to the noun before it only.
    r"(?<=from )(?:19|20)\d\d|"
    # "I fainted once when I got my blood taken": one past occasion.
    r"once when (?:i|he|she|they|we)|one time when|una vez (?:que|cuando)|"
    r"once (?:in|at|when|as|during) (?:college|school|high school|university|a kid|a child|a teen|"
    r"\w+ (?:years?|grade))|in (?:college|high school|university|my (?:teens|twenties|thirties|"
    r"youth))|en la (?:universidad|prepa|preparatoria|secundaria)|"
    # An earlier pregnancy is history: "I had preeclampsia in my first pregnancy".
    r"(?:in|with|during|after) (?:my|her) (?:first|last|previous|earlier|other|older|second) "
    r"(?:pregnancy|baby|child|son|daughter|delivery)|when i was pregnant with|"
    r"(?:en|con|durante) (?:mi|su) (?:primer|segundo|ultimo|anterior|otro) "
    r"(?:embarazo|parto|bebe|hij[oa])|(?:en|con|durante) (?:mi|su|el) (?:embarazo|parto) "
    r"(?:anterior|pasado)|cuando estaba embarazada de)\b"
)
_PRESENT = re.compile(
    r"\b(?:now|right now|again|currently|still|at the moment|happening|this time|"
    r"ahora|otra vez|de nuevo|todavia|aun|en este momento)\b"
)


# Today, said after the past it moves on from: "had the baby a month ago and today she
# said we'd be better off without her" reports today's words, not the month-old birth.
# So is a span of minutes or hours after a device or illness months old: "a stent for a
# month and for half an hour a pressure in the chest", "valve replaced last month, in the
# last half hour I lost vision".
_TODAY = re.compile(
    r"\b(?:today|tonight|this (?:morning|evening)|hoy|esta noche|ahorita|since this morning|"
    r"(?:in the |for the )?(?:last|past) (?:half (?:an )?hour|hour|few (?:minutes|hours)|"
    r"(?:\d+|two|three|twenty|thirty|forty) (?:minutes|mins|hours))|(?:half an|an|\d+|two|"
    r"three) (?:hours?|minutes|mins) ago|(?:desde )?hace (?:media hora|un rato|una hora|"
    r"(?:\d+|unos|unas|un par de|pocos|pocas|dos|tres) (?:minutos|horas))|desde esta manana|"
    # A sudden onset joined to the old event it follows: "gave birth 2 weeks ago and all of
    # a sudden she's short of breath", "me operaron hace un mes y de repente".
    r"(?:and|but|y|pero),? (?:now |then |ahora )?(?:all of a sudden|suddenly|out of nowhere|"
    r"de repente|de pronto|derrepente)|"
    # What has only just happened, after the older event it follows: "took plan b 3 weeks
    # ago, just got a positive test", "me operaron hace un mes y acabo de ver sangre".
    r"just (?:got|found out|found|learned|noticed|tested|started|had|took)|"
    r"(?:acabo|acaba|acabamos) de)\b"
)


def _today_after_the_past(segment: str, offset: int) -> bool:
    past = _HISTORY.search(segment, 0, offset)
    return past is not None and _TODAY.search(segment, past.end(), offset) is not None


# "Since his stroke", "desde su infarto": the mention names a past event.
_SINCE = re.compile(r"\b(?:since|after|desde|despues de) (?:his|her|my|their|the|su|mi|el|la) $")
# Years of recovery counted from the mention that follows them: "6 years sober after an
# opioid overdose", "llevo 5 años limpio desde la sobredosis". Only what "after" or "since"
# joins to the count is dated: "2 years sober and overdosed tonight" is not.
_NUMBER = r"(?:\d+|a|one|two|three|four|five|six|seven|eight|nine|ten|several|many)"
_NUMERO = r"(?:\d+|un|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|varios|muchos)"
_SOBER_SINCE = re.compile(
    rf"\b(?:{_NUMBER} (?:years?|yrs?|months?) (?:sober|clean|in recovery|drug[- ]free)|(?:sober|"
    rf"clean|in recovery|drug[- ]free) (?:for|over) (?:over |almost |nearly |about )?{_NUMBER} "
    rf"(?:years?|yrs?|months?)|(?:llevo|lleva|llevamos) {_NUMERO} (?:anos?|meses) (?:sobri[oa]|"
    r"limpi[oa]|sin (?:consumir|drogas|tomar|beber))) (?:now )?(?:after|since|from|desde|"
    r"despues de) (?:(?:an?|my|his|her|the|un|una|la|el|mi|su) )?(?:\w+ )?$"
)
# "She had a stroke" with a routine request and no word of when: a past event the
# request is about ("needs a wheelchair at her appointment, she had a stroke").
_PAST_EVENT = re.compile(r"\b(?:had|has had|suffered|tuvo|tuve|sufrio) (?:a |an |un |una )?$")
# "Had a generator running in the garage": a machine had and still going is no past event.
_STILL_RUNNING = re.compile(r"\w+(?: \w+)? (?:running|going|burning|left on|on all)\b")
_ROUTINE = re.compile(
    r"\b(?:appointments?|wheelchair|therapy|rehab|physio\w*|referral|refill|forms?|letter|"
    r"insurance|follow[- ]?up|check-?up|records|paperwork|parking|cita|terapia|rehabilitacion|"
    r"receta|seguro|control|silla de ruedas|formulario|constancia|expediente|papeles|"
    r"resultados)\b"
)
_RECENT = re.compile(
    r"\b(?:just(?! (?:curious|wondering|asking|checking|in case|a question))|today|tonight|"
    r"this (?:morning|afternoon|evening)|minutes? ago|an? hour ago|"
    r"hours ago|right now|now|happening|ahorita|ahora|hoy|hace (?:un rato|unos minutos|una hora)|"
    r"acaba de|esta manana|esta noche)\b"
)
# "It's controlled now", "she's fine now": the "now" of a recovery, not of the event.
_TREATMENT = (
    r"(?:meds|medications?|medicines?|pills|tablets|blood thinners?|anticoagulants?|insulin|"
    r"statins?|eliquis|apixaban|xarelto|warfarin|coumadin|plavix|clopidogrel|aspirin|"
    r"medicamentos?|medicinas?|pastillas|anticoagulantes?|insulina|aspirina)"
)
_RECOVERED_NOW = re.compile(
    r"\b(?:controlled|under control|fine|better|ok|okay|stable|resolved|recovered|normal|"
    r"back to normal|doing (?:really |very |so |pretty |quite )?(?:well|great|good)|home|"
    r"controlad[oa]|bien|estable|recuperad[oa]) (?:\w+ )?"
    r"(?:now|ahora)\b|\b(?:now|ahora) (?:(?:it'?s|he'?s|she'?s|i'?m|im|is|am|esta|estoy|"
    r"ya esta|ya estoy|me siento|se siente) )?(?:controlled|under control|stable|recovered|fine|"
    r"doing (?:really |very |so |pretty |quite )?(?:fine|well|great|good)|controlad[oa]|"
    r"estable|(?:muy )?bien|recuperad[oa])\b|"
    # The treatment the past event left behind: "had a heart attack last year and is on a
    # bunch of meds now", "ahora toma pastillas". The medicines are now, the event is not.
    rf"\b(?:(?:is|are|am|i'?m|im|he'?s|she'?s|hes|shes|been) on|ahora (?:toma|"
    rf"tomo|esta con|estoy con)) (?:\w+ ){{0,3}}?{_TREATMENT}(?: now)?\b|\b(?:now|ahora) "
    rf"(?:(?:he|she|i|they)(?:'s|'m| is| am| are)? )?(?:on|takes|taking|take|toma|tomo|esta con|"
    rf"estoy con) (?:\w+ ){{0,3}}?{_TREATMENT}\b"
)
# A copy of what a past visit left behind ("the discharge papers from the chest pain visit",
# "records from the ER visit for a seizure"): the symptom names the visit.
_RECORDS_OF = re.compile(
    r"\b(?:records?|papers|paperwork|discharge|notes|summary|report|results|bills?|invoice|"
    r"claim|cop(?:y|ies)|letter|imaging|scans?|x-?rays?|labs?|ekg|ecg|expediente|resultados|"
    r"papeles|informe|resumen|alta|factura|estudios|copia)\b[^.!?]{0,50}$"
)
_VISIT_AFTER = re.compile(
    r"^[^.!?,]{0,25}?\b(?:visit|admission|stay|episode|hospitali[sz]ation|er trip|workup|"
    r"consult\w*|evaluation|visita|ingreso|hospitalizacion|internacion|consulta|episodio)\b"
)
_VISIT_BEFORE = re.compile(
    r"\b(?:visit|admission|stay|hospitali[sz]ation|trip|workup|evaluation|appointment|"
    r"visita|ingreso|hospitalizacion|consulta|cita)\b(?: \w+){0,3} (?:for|with|about|due to|"
    r"because of|por|de) (?:(?:his|her|my|the|a|an|su|mi|el|la|un|una) )?(?:(?:first|second|"
    r"third|last|recent|latest|primer|primera|segund[oa]|ultim[oa]) )?$"
)


# The records asked for anywhere in the message, or the visit followed up: "following up on
# his ER visit last month for his first seizure ... just need the ER records sent over".
_RECORDS_ASKED = re.compile(
    r"\b(?:records?|paperwork|discharge (?:papers|summary)|expediente|resumen de alta|"
    r"follow(?:ing)?[- ]up on)\b"
)


def _names_a_past_visit(doc: Doc, start: int) -> bool:
    """A records request about a visit the symptom names ("a copy of the papers from the
    chest pain visit in March"), not a report of the symptom."""
    sentence = doc.sentence_of(start)
    lead = doc.folded[max(sentence.start, start - 80) : start]
    if _RECORDS_ASKED.search(doc.folded) and _VISIT_BEFORE.search(lead):
        return True
    if _RECORDS_OF.search(lead) is None:
        return False
    return bool(_VISIT_BEFORE.search(lead) or _VISIT_AFTER.search(doc.folded[start : sentence.end]))


# A document named by the condition it is about: "send my EEG and seizure records", "the
# anaphylaxis action plan for school", "a copy of the suicide risk questionnaire", "an
# overdose warning on the label", "los estudios de la convulsión", "el plan de acción de
# anafilaxia". The mention names the paper, not an episode; a note, a letter or a plan of
# one's own ("suicide note", "my overdose plan") is no such document, nor "some form of" a
# seizure, nor "un aviso de infarto" (a warning felt in the body).
_DOCUMENT_AFTER = re.compile(
    r"^\w*(?: and [\w-]+)?(?: (?:risk|screening|action|emergency|care|treatment))? (?:records?|"
    r"log|diary|paperwork|questionnaire|screen(?:ing|er)?|assessment|survey|form|scale|"
    r"(?:action|emergency|care|treatment) plan|warnings?(?! signs?)|precautions)\b"
)
_DOCUMENT_BEFORE = re.compile(
    r"\b(?:records?|log|diary|paperwork|questionnaire|screening|assessment|survey|"
    r"(?:action|emergency|care) plan|warnings?|estudios|expediente|registro|cuestionario|"
    r"encuesta|formulario|evaluacion|plan de (?:accion|emergencia|cuidado)|advertencia|"
    r"hoja)(?: (?:de|del|sobre|para|of|about|for|on|from)(?: (?:riesgo|risk))?)"
    r"(?: (?:la|el|las|los|su|mi|the|a|an|his|her|my))? $"
)


def _names_a_document(doc: Doc, start: int, end: int | None) -> bool:
    lead = doc.folded[max(0, start - 60) : start]
    if _DOCUMENT_BEFORE.search(lead):
        return True
    return end is not None and _DOCUMENT_AFTER.match(doc.folded[end : end + 40]) is not None


# A screening question told with the writer's answer no: "the pre-op questionnaire asked
# whether I've had thoughts of killing myself, I said no", "me preguntaron si he pensado en
# hacerme daño y dije que no". The mention is the question's, not the writer's.
# An answer taken back ("I said no but honestly I have") is read.
_SCREEN_ASKED = re.compile(
    r"\b(?:asks?|asked|asking|question\w* (?:about|on|is)|pregunta\w*|preguntaron)\b"
    r"(?: (?:me|us|you|him|her|patients|everyone|people|le|me|nos))?(?: (?:if|whether|about|si|"
    r"sobre|acerca de))\b[^.!?]{0,60}$"
)
_ANSWERED_NO = re.compile(
    r"\b(?:i (?:said|answered|put|checked|marked|circled|wrote|ticked|told (?:them|her|him)) "
    r"(?:no|never)|(?:dije|conteste|puse|marque|respondi) (?:que )?(?:no|nunca))\b"
)
_ANSWER_TAKEN_BACK = re.compile(
    r"\b(?:but|pero|though|aunque)\b[^.!?]{0,40}\b(?:honestly|really|actually|truth|lied|"
    r"i (?:do|have|am|did)|la verdad|en realidad|menti|si (?:lo )?(?:he|tengo|pienso))\b"
)


def _screening_answered_no(doc: Doc, start: int) -> bool:
    sentence = doc.sentence_of(start)
    if _SCREEN_ASKED.search(doc.folded[sentence.start : start]) is None:
        return False
    answer = _ANSWERED_NO.search(doc.folded)
    return answer is not None and _ANSWER_TAKEN_BACK.search(doc.folded, answer.end()) is None


# A seizure of the person's usual kind, over and recovered from: "had one last night, my
# usual type, back to normal in 20 min", "fue una de sus crisis de siempre y ya está bien".
# Not one that lasted five minutes or more, came in a cluster, or is said to go on.
_USUAL_KIND = re.compile(
    r"\b(?:(?:my|his|her|their|the) (?:usual|typical|normal|regular) (?:type|kind|ones?|"
    r"seizures?|pattern)|like (?:my|his|her|their) (?:usual|typical|other|normal) (?:ones?|"
    r"seizures?)|(?:de|como) (?:las|los) de siempre|(?:su|mi|sus|mis) (?:crisis|convulsion\w*) "
    r"(?:de siempre|habitual\w*|normal\w*|tipica\w*)|(?:como|igual que) (?:siempre|las otras|"
    r"las demas))\b"
)
_RECOVERED_FROM = re.compile(
    r"\b(?:back to (?:normal|(?:my|his|her|their) ?(?:self|baseline|usual self)|baseline)|"
    r"(?:i'?m|he'?s|she'?s|they'?re|i am|he is|she is) (?:totally |completely )?(?:fine|ok(?:ay)?|"
    r"recovered) now|recovered|(?:ya )?(?:esta|estoy) bien|se recupero|me recupere|volvio a "
    r"(?:la )?normal\w*|(?:volvi|volvio) a ser (?:yo|el|ella))\b"
)
_SEIZURE_WORD = re.compile(r"(?:seiz|convuls|crisis|fit|episod)")
_NOT_SETTLED = re.compile(
    r"\b(?:still|again|another|right now|won'?t stop|not stopping|hasn'?t (?:stopped|woken|"
    r"come)|keeps?|(?:second|third|2nd|3rd) (?:one|seizure)|(?:two|three|2|3) (?:seizures|in a "
    r"row)|(?:[5-9]|[1-9]\d|five|six|seven|eight|nine|ten|fifteen|twenty|thirty) (?:minutes|mins?)"
    r"(?! ago)|todavia|sigue|otra vez|de nuevo|otra (?:crisis|convulsion)|no (?:para|despierta|"
    r"reacciona)|(?:[5-9]|[1-9]\d|cinco|seis|siete|ocho|diez|quince|veinte) minutos)\b"
)


def _usual_and_over(doc: Doc, start: int, end: int | None) -> bool:
    if end is None or _SEIZURE_WORD.match(doc.folded, start) is None:
        return False
    text = doc.folded
    return (
        _USUAL_KIND.search(text) is not None
        and _RECOVERED_FROM.search(text) is not None
        and _NOT_SETTLED.search(_recovery_blanked(text)) is None
    )


# "Back to normal in 20 min" times the recovery, not the seizure.
_RECOVERY_TIMED = re.compile(r"\bin \d+ ?min\w*")


def _recovery_blanked(text: str) -> str:
    return _RECOVERED_FROM.sub(" ", _RECOVERY_TIMED.sub(" ", text))


# "The ER visit for chest pain, it turned out to be a muscle strain": a worry already
# settled by a visit, said later in the same sentence.
_SETTLED = re.compile(
    r"\b(?:turned out (?:to be|it was)|ended up being|resulto (?:ser|que era))\b"
    r"(?! (?:a |an |un |una )?(?:heart attack|stroke|clot|bleed|sepsis|infarto|embolia|"
    # A drink found to be a poison is the emergency, not a worry settled.
    r"antifreeze|coolant|methanol|bleach|poison|pesticide|weed killer|drain cleaner|"
    r"windshield|anticongelante|metanol|cloro|veneno))"
)


# A report in the present before the mention: "he has crushing chest pain ... it turned
# out to be nothing last time" is a report now, whatever an earlier visit found.
_REPORTED_NOW = re.compile(
    r"\b(?:has|have|is having|are having|having|has got|feels?|tiene|tengo|siente|siento)"
    r"(?:\W+\w+){0,2}\W*$"
)
_CONTRAST = re.compile(r"\b(?:but|pero|this time|esta vez|now|ahora)\b")


def _settled(doc: Doc, start: int) -> bool:
    """The worry was settled by a visit, said after the mention in its sentence ("the
    ER visit for chest pain, it turned out to be a muscle strain") — unless the sentence
    also reports it now or sets the present against it ("... but this is worse")."""
    sentence = doc.sentence_of(start)
    found = _SETTLED.search(doc.folded[start : sentence.end])
    if found is None:
        return False
    if _PRESENT.search(doc.folded[sentence.start : sentence.end]):
        return False
    if _CONTRAST.search(doc.folded[start + found.end() : sentence.end]):
        return False
    return _REPORTED_NOW.search(doc.folded[max(sentence.start, start - 30) : start]) is None


# A span free of the condition, said of the mention itself: "seizure free for 4 years",
# "seizure-free since 2019", "attack free since march".
_FREE_AFTER = re.compile(r"^[- ]?free (?:for|since|now for|over|x)\b")
# An episode given a year the Spanish way, "en el 2017", "del 2019", or a part of one:
# "in early 2017", "en marzo de 2018".
_DATED = re.compile(
    r"\b(?:en el|del|desde el|in (?:early|late|mid)|a (?:principios|finales|mediados) del?|"
    r"(?:in|en) (?:jan\w*|feb\w*|march|april|may|june|july|aug\w*|sep\w*|oct\w*|nov\w*|"
    r"dec\w*|enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|noviembre|"
    r"diciembre)(?: of| de| del)?) (?:ano )?(?:19|20)\d\d\b"
)
# Self-harm named as what old scars came from: "old self harm scars", "cicatrices de
# autolesiones de hace años".
_SCARS_AFTER = re.compile(r"^\w*\W+(?:\w+\W+)?(?:scars?|marks|cicatri\w*)\b")
_SCARS_BEFORE = re.compile(r"\b(?:scars?|marks|cicatri\w*) (?:\w+ )?(?:from|of|de|por) (?:\w+ )?$")
_SCARS_OLD = re.compile(
    r"\b(?:old|healed|faded|white|years? ago|from years|years old|as a teen\w*|(?:in|from) "
    r"(?:high school|college)|viej\w*|antigu\w*|cicatrizad\w*|hace (?:\w+ )?anos|de hace|"
    r"de cuando)\b"
)
_SCARS_IN = re.compile(r"(?:scars?|cicatri\w*)\b")
# The episode named as over is back: these settle nothing then ("seizure free for 4 years
# but he just had one", "old scars but I cut again last night").
_BACK = re.compile(
    r"\b(?:again|another|once more|relaps\w*|last night|yesterday|this week|recently|"
    r"new (?:cuts?|ones?)|otra vez|de nuevo|otra|otro|recai\w*|anoche|ayer|esta semana|"
    r"hace (?:poco|unos dias))\b"
)
# An age then and an age now: "a fever seizure when he was 2, he's 9 now", "cuando tenía 3
# años, ahora tiene 10". The "now" of a child grown older is not the episode's.
_AGE_THEN = re.compile(
    r"\b(?:when (?:he|she|i|they|(?:my|his|her|our|their) \w+) was|at (?:age )?|aged?|cuando "
    r"(?:(?:mi|su|nuestr[oa]) \w+ )?(?:tenia|tuvo|tuve)|a los) "
    r"(\d{1,2})( (?:months?|mos?|meses))?\b"
)
_AGE_NOW = re.compile(
    r"\b(?:(?:he|she|i|they)(?:'s| is|'m| am|'re| are)?|hes|shes|im|is|tiene|tengo) (\d{1,2})"
    r"(?: (?:years?|yrs?|anos)(?: old)?)? (?:now|ahora)\b|"
    r"\b(?:now|ahora|ya) (?:(?:he|she|i)(?:'s| is|'m| am)|hes|shes|im|tiene|tengo) (\d{1,2})\b"
)


# A time of life then, which stands for an age: "old scars from high school (im 29 now)",
# "de adolescente ... ahora tengo 30". Its age is the most it could have been.
_STAGE_THEN = re.compile(
    r"\b(?:(?:in|from|during|since) (?:high school|middle school|junior high|my teens)|"
    r"as a (?:teen\w*|kid|child)|when i was (?:a )?(?:teen\w*|kid|child)|(?:en|de) (?:la )?"
    r"(?:prepa\w*|secundaria)|de (?:adolescente|nin[oa])|cuando era (?:adolescente|nin[oa]))\b|"
    r"\b((?:in|from|during) (?:college|university|uni)|(?:en|de) la universidad)\b"
)


def _age_then(text: str) -> tuple[int, float] | None:
    """Where an earlier age is told, and the age."""
    then = _AGE_THEN.search(text)
    if then is not None:
        return then.start(), int(then.group(1)) / (12 if then.group(2) else 1)
    stage = _STAGE_THEN.search(text)
    if stage is not None:
        return stage.start(), 25 if stage.group(1) else 19
    return None


def _grown_since(text: str) -> str:
    """`text` with the "now" of a present age blanked when an earlier age is given."""
    then = _age_then(text)
    if then is None:
        return text
    then_start, age_then = then
    for now in _AGE_NOW.finditer(text):
        if now.start() > then_start and int(now.group(1) or now.group(2)) > age_then:
            text = text[: now.start()] + " " * (now.end() - now.start()) + text[now.end() :]
    return text


def _settled_now(doc: Doc) -> str:
    """The message without the "now" of a recovery or of a present age."""
    return _grown_since(_RECOVERED_NOW.sub(lambda m: " " * len(m.group(0)), doc.folded))


def _back(doc: Doc) -> bool:
    """The message says the episode is happening again, or lately."""
    text = _settled_now(doc)
    return _BACK.search(text) is not None or _RECENT.search(text) is not None


def _over_for_good(doc: Doc, start: int, end: int) -> bool:
    """A span free of the condition, or old scars of self-harm, with nothing back since."""
    if _FREE_AFTER.match(doc.folded[end : end + 12]):
        return not _back(doc)
    # The scars may be the mention itself: "old scars on my wrist from high school".
    scars = (
        _SCARS_AFTER.match(doc.folded[end : end + 30])
        or _SCARS_BEFORE.search(doc.folded[max(0, start - 30) : start])
        or _SCARS_IN.match(doc.folded, start, end)
    )
    return bool(scars and _SCARS_OLD.search(doc.folded)) and not _back(doc)


# A hospital stay the illness is named for, and the recovery said: "was hospitalized for
# sepsis in March, fully recovered", "estuvo internado por neumonía, ya se recuperó".
_STAY_FOR = re.compile(
    r"\b(?:was|were|got|been|has been|had been|he'?s been|she'?s been|i'?ve been) "
    r"(?:hospitali[sz]ed|admitted|treated|in (?:the )?(?:hospital|icu)|(?:in|on) (?:the )?"
    r"(?:ward|unit))(?: \w+){0,3} (?:for|with|due to) (?:(?:a|an|his|her|my|their|severe|bad) )?$|"
    r"\b(?:estuvo|estuve|fue|fui) (?:hospitalizad[oa]|internad[oa]|ingresad[oa]|en el hospital)"
    r"(?: \w+){0,3} (?:por|con|de) (?:(?:un|una|su|mi) )?$"
)
_RECOVERY_SAID = re.compile(
    r"\b(?:(?:fully|completely|totally|has|have|he'?s|she'?s|since) recovered|recovered "
    r"(?:fully|completely|well)|made a (?:full )?recovery|no (?:current|new|ongoing) (?:complaints|"
    r"symptoms|issues|problems)|back to (?:normal|baseline)|(?:ya )?se (?:recupero|alivio)|"
    r"(?:ya )?(?:esta|estoy) (?:recuperad[oa]|bien)|sin "
    r"(?:molestias|sintomas) (?:actuales|ahora))"
)


def _stay_recovered(doc: Doc, start: int) -> bool:
    lead = doc.folded[max(doc.sentence_of(start).start, start - 60) : start]
    return (
        _STAY_FOR.search(lead) is not None
        and _RECOVERY_SAID.search(doc.folded) is not None
        and not _back(doc)
    )


# A past time joined to the noun before it: "a clot from last year", "la operación del año
# pasado". It dates that noun, not a medicine taken for it ("on eliquis for a clot from
# last year") nor what is told after the next comma ("..., smacked my head").
_FROM = re.compile(r"\b(?:from|de|del)\s+(?:(?:\d+|a|an|a few|two|three|several|some)\s+)?$")
_NEAR_WORDS = re.compile(r"^\W*(?:\w+\W+){0,3}$")


# An earlier attempt told after the mention: "says he'll hang himself, he tried last
# year" -- the past time dates the attempt, which makes the plan graver, not settled.
_ATTEMPT_BEFORE = re.compile(
    r"\b(?:(?:ya )?(?:lo|la) intent[oa]\w*|(?:ya )?intent[oa] (?:matarse|suicidarse|quitarse)|"
    r"(?:he|she|they|i)(?:'s| has|'d| had)? (?:tried|attempted)(?! (?:that|this) (?:diet|med\w*|"
    r"pill|drug|treatment|therapy))\b|(?:tried|attempted) (?:it|before|once)\b)"
)


# How long a medicine has been taken, told in a clause of its own after it: "se me acabó la
# prednisona que tomo desde hace años", "the prednisone I've been on for years". The time
# dates the taking, which goes on; running out of it is now.
_TAKEN_SINCE = re.compile(
    r"\b(?:que|which|that|i'?ve been|i have been|i'?ve|i have)(?: (?:me|le|se|yo|he|she|i|ha|"
    r"he|han))? (?:tomo|toma|tomaba|tomamos|tomado|tomando|uso|usa|usaba|usado|recetaron|"
    r"take|takes|took|taken|taking|been on|on|using|used|prescribed)\b[^.!?,]{0,15}?"
    r"(?:desde |for |since )?$"
)


# A past time that opens its own stretch after a comma, a statement after it: "crushing
# chest pain and sweating, last time it turned out to be reflux", "my throat is closing up,
# 2 weeks ago it was the shrimp". It dates what follows, not the mention before the comma.
_OPENS_STRETCH = re.compile(
    r",\s*(?:(?:\d+|a|an|one|two|three|four|five|six|a few|a couple of|several|hace) )?$"
)
_STATEMENT_AFTER = re.compile(r"^,?\s+(?!(?:and|or|y|o)\b)\w+")


# A birth, an operation or a medicine's start dated right before the time: "gave birth 3
# weeks ago, calf swollen and can't breathe", "started carbamazepine 2 weeks ago, got a
# rash". The time dates the event; a sign told after a comma is the weeks that followed it,
# which are now.
_EVENT_DATED = re.compile(
    r"\b(?:gave birth|had (?:my|the|a|her|our) (?:baby|son|daughter|twins)|delivered|"
    r"(?:my|her|a) (?:c-?section|delivery)|had (?:my |her |an? )?(?:\w+ )?(?:surgery|operation|"
    r"c-?section)|di a luz|dio a luz|tuve (?:a )?(?:mi|el|la) (?:bebe|nin[oa]|hij[oa])|"
    r"(?:me|le) (?:hicieron|operaron)(?: (?:la|el|una|un) \w+| de \w+)?|"
    r"(?:mi|su|la) (?:cesarea|cirugia|operacion|parto)|"
    # A medicine's start: "started carbamazepine 2 weeks ago, got a rash".
    r"(?:started|began|empece|empezo|comence|inicie) (?:taking |a tomar )?(?:the |a |my |la |"
    r"el |un |una )?(?:new |nuev[oa] )?\w+)\W+(?:\w+\W+){0,2}$"
)

# ... unless the stretch of the mention is itself told in the past ("had trouble breathing
# during labor").
_TOLD_PAST = re.compile(
    r"\b(?:had|was|were|did|used to|during|tuve|tuvo|tenia|estuve|estuvo|estaba|fue|durante)\b"
)


def _dates_another(text: str, cue: re.Match[str], offset: int) -> bool:
    """The past time `cue` is joined to another noun than the mention at `offset`."""
    if (
        offset >= cue.end()
        and "," in text[cue.end() : offset]
        and _EVENT_DATED.search(text, 0, cue.start())
        and _TOLD_PAST.search(text, text.rfind(",", 0, offset), offset) is None
    ):
        return True
    if offset < cue.start() and _ATTEMPT_BEFORE.search(text, offset, cue.start()):
        return True
    if offset < cue.start() and _TAKEN_SINCE.search(text, offset, cue.start()):
        return True
    if (
        offset < cue.start()
        and _OPENS_STRETCH.search(text, offset, cue.start())
        and _STATEMENT_AFTER.match(text[cue.end() :])
    ):
        return True
    if _FROM.search(text, 0, cue.start()) is None:
        return False
    if offset >= cue.end():
        return "," in text[cue.end() : offset]
    return offset < cue.start() and _NEAR_WORDS.match(text[offset : cue.start()]) is None


# An organ received stays received: "kidney transplant 2 months ago" dates the operation,
# while the drugs that keep the organ go on holding back the body's defences.
_LASTING = re.compile(rf"{TRANSPLANTED}")


# An event had last month, the month named right after it: "my neighbor had a stroke last
# month", "tuvo un infarto el mes pasado". Only that mention is dated: a medicine started
# last month, or a sign told beside the event, is not ("started carbimazole last month, now
# a fever").
_HAD_EVENT = re.compile(
    r"\b(?:had|has had|suffered|tuvo|tuve|sufrio|sufri|le dio|me dio) (?:a |an |his |her |my |"
    r"un |una |su |mi )?(?:\w+ ){0,2}$"
)
_LAST_MONTH_AFTER = re.compile(r"^(?: \w+){0,2}? (?:last month|el mes pasado)\b")


def _had_last_month(doc: Doc, start: int, end: int | None) -> bool:
    if end is None or _LAST_MONTH_AFTER.match(doc.folded[end : end + 30]) is None:
        return False
    lead = doc.folded[max(doc.clause_of(start).start, start - 40) : start]
    return _HAD_EVENT.search(lead) is not None and not _back(doc)


# "Last time" invites the present beside it: "last time i used pills, this time i'll use a
# gun", "overdosed last time and i'm going to do it again tonight". With this time, now,
# today or tonight anywhere in the message, the last time dates nothing of what is told.
_LAST_TIME_CUE = re.compile(rf"{_LAST_TIME}|la vez pasada")
_NOW_BESIDE = re.compile(
    r"\b(?:this time|now|right now|today|tonight|esta vez|ahora|hoy|esta noche|ahorita)\b"
)


_AGAIN = re.compile(
    r"\b(?:again|once more|one more time|otra vez|de nuevo|volver a|volverlo a|volverla a|"
    r"vuelvo a|lo vuelvo|la vuelvo|repetir\w*)\b"
)


def _set_against_now(doc: Doc, cue: re.Match[str]) -> bool:
    return (
        _LAST_TIME_CUE.fullmatch(cue.group(0)) is not None
        and _NOW_BESIDE.search(_settled_now(doc)) is not None
    )


# A medicine's start dated is the start of a taking that goes on: "started lamotrigine 3
# weeks ago", "empecé la lamotrigina hace un mes". The mention must begin with the start.
_STARTED_TAKING = re.compile(
    r"(?:started|began|empece|empezo|comence|comenzo|inicie|inicio|(?:i'?m |been |i am )?taking|"
    r"(?:i'?m |been |i am )on|tomo|toma|estoy tomando)\s(?:taking\s|on\s|"
    r"a tomar\s|con\s)?(?:the\s|a\s|my\s|la\s|el\s|un\s|una\s|mi\s)?(?:new\s|nuev[oa]\s)?"
    r"(?:\w+\s)?(?:\w+(?:ine|ina|ol|il|ide|ida|cin|cina|azole|azol)|meds?|medicines?|"
    r"medications?|pills|drugs?|antibiotics?|pastillas|medicinas?|medicamentos?|antibioticos?|"
    r"sulfa\w*|bactrim|septra)\b"
)


def is_history(doc: Doc, start: int, end: int | None = None) -> bool:
    if _LASTING.match(doc.folded, start) or _STARTED_TAKING.match(doc.folded, start):
        return False
    if _settled(doc, start):
        return True
    if _stay_recovered(doc, start):
        return True
    if end is not None and _over_for_good(doc, start, end):
        return True
    if _had_last_month(doc, start, end):
        return True
    clause = doc.clause_of(start)
    text = doc.folded[clause.start : clause.end]
    lead = doc.folded[max(clause.start, start - 30) : start]
    if _SINCE.search(lead):
        return True
    if _SOBER_SINCE.search(doc.folded[max(clause.start, start - 70) : start]):
        return True
    if _names_a_past_visit(doc, start):
        return True
    if _names_a_document(doc, start, end) or _usual_and_over(doc, start, end):
        return True
    if _screening_answered_no(doc, start):
        return True
    recent = _RECENT.search(_RECOVERED_NOW.sub(" ", doc.folded))
    if (
        _PAST_EVENT.search(lead)
        and _ROUTINE.search(doc.folded)
        and not recent
        and not _STILL_RUNNING.match(doc.folded, start)
    ):
        return True
    dated = _DATED.search(text) is not None and not _back(doc)
    offset = start - clause.start
    if not dated and all(
        _dates_another(text, cue, offset) or _set_against_now(doc, cue)
        for cue in _HISTORY.finditer(text)
    ):
        return False
    # The "now" of a recovery ("doing well now") or of a child's present age ("he's 9
    # now") does not bring the episode into the present.
    settled = _settled_now(doc)
    # The past episode said to come again today: "intenté suicidarme cuando tenía 15, hoy
    # quiero volver a intentarlo", "tried at 16, tonight i'll try again".
    if _AGAIN.search(settled) and _NOW_BESIDE.search(settled):
        return False
    text = settled[clause.start : clause.end]
    # "Still" or "now" speaks of the mention only within its own stretch between
    # commas: in "I used to self harm as a teenager, the scars still bother me" the
    # scars are present, the self-harm is not.
    left = text.rfind(",", 0, offset) + 1
    right = text.find(",", offset)
    segment = text[left : right if right >= 0 else len(text)]
    # Today told after the past anywhere before the mention in its clause, not only between
    # its commas: in "alcohol poisoning last semester, and tonight my roommate won't wake
    # up" tonight's report is not dated by last semester.
    if _today_after_the_past(segment, offset - left) or _today_after_the_past(text, offset):
        return False
    # The mention's own stretch placed today, the past told in another: "heart transplant
    # last spring, running a fever of 101 tonight".
    if _TODAY.search(segment) and not _HISTORY.search(segment):
        return False
    for cue in _PRESENT.finditer(segment):
        # "Had sepsis two years ago and still get tired": a "still" after the mention
        # is about what it left behind; "I still have seizures" is about the mention.
        if cue.group(0) != "still" or left + cue.start() < offset:
            return False
    return True


_DAYS = r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)"
# An episode placed earlier in the days before the message.
_EARLIER = re.compile(
    rf"\b(?:last (?:night|week|weekend|month|{_DAYS})|yesterday|the other (?:day|night)|"
    rf"this (?:past )?(?:morning|afternoon|{_DAYS})|earlier (?:today|this week)|on {_DAYS}|"
    r"(?:a few|a couple (?:of )?|two|three|four|five|\d+) days ago|anoche|ayer|antier|"
    r"antes de ayer|la semana pasada|el otro dia|esta manana|hace (?:unos|un par de|dos|tres|"
    r"cuatro|\d+) dias|el (?:lunes|martes|miercoles|jueves|viernes|sabado|domingo))\b"
)
# Someone qualified has seen it and found it harmless, or it passed and the person was well.
_CLEARED = re.compile(
    r"\b(?:(?:they|the (?:doctors?|nurses?|er|ed|hospital|pediatrician|staff|paramedics|medics|"
    r"docs?)|dr\.? \w+|doc|(?:the |a )?nurse(?: there)?|poison control|urgent care|paramedics|"
    r"ems)\b[^.!?]{0,25}\b(?:said|says|told (?:us|me|him|her|them)|thought|decided|confirmed|"
    r"diagnosed)\b[^.!?]{0,50}\b(?:fine|ok|okay|normal|nothing|reflux|heartburn|gerd|anxiety|"
    r"panic|common|harmless|muscular|a (?:pulled |strained )?muscle|benign|a virus|viral|"
    r"not (?:serious|dangerous|a heart attack|a stroke))|sent (?:him|her|me|us|them) home|"
    r"discharged|cleared (?:him|her|me|them)|(?:levels?|tests?|labs?|ekg|ecg|bloodwork|blood "
    r"work|scans?|results?|x-?rays?|ct|mri)\b[^.!?]{0,15}\b(?:were|was|came back) (?:all )?"
    r"(?:normal|fine|negative|clear|ok|okay|good)|"
    # Tests listed, then called all normal: "they did bloodwork and ekg, all normal".
    r"(?:tests?|labs?|ekg|ecg|bloodwork|blood work|scans?|x-?rays?|ct|mri|troponins?|"
    r"analisis|estudios|electro\w*)\b[^.!?]{0,25}(?<!not )(?<!no )\b(?:all|everything|both|"
    r"todo|todos) (?:was |were |came back |looked |salio |salieron |estaba |estaban )?(?:normal|"
    r"fine|negative|clear|ok|okay|good|bien|normales)|(?:felt|feel|was|were|i'?m|he'?s|she'?s|am|"
    r"is) (?:totally |completely |perfectly )?(?:fine|ok|okay|better|back to normal) (?:after|"
    r"since|right after|once|afterwards|again)|(?:me|le|nos) dijeron que (?:era|estaba|fue|no "
    r"era|esta)|(?:el|la) (?:doctor|doctora|medico|medica|enfermer[oa]|pediatra) (?:nos |me |le )?"
    r"dijo que (?:era|estaba|esta|fue|no era)|(?:lo|la|me|nos) dieron de alta|(?:lo|la|me|nos) "
    r"mandaron (?:a|para) (?:la )?casa|(?:salio|salieron) (?:todo |todos )?(?:bien|normal\w*)|"
    r"(?:se sintio|me senti|quedo|quede) bien (?:despues|luego)|"
    # Home again after the hospital: "an ambulance took him, he's home now".
    r"(?:he|she|they|i)(?:'s| is| are|'re|'m| am| was| were| got| came) (?:back )?home (?:now|"
    r"again|from the (?:hospital|er|ed))|(?:ya )?(?:esta|estoy|volvio|volvi|regreso|regrese) "
    r"(?:en|a) (?:la |su |mi )?casa|ya (?:salio|sali) del hospital)\b"
)
# Gone on its own and not back since: "went away after 10 min and hasn't come back", "fine
# ever since", "se me quitó y no ha vuelto". Read only when the message tells nothing of
# today or now, and nothing as happening again ("hasn't come back until tonight").
_GONE_SINCE = re.compile(
    r"\b(?:(?:hasn'?t|has not|hasnt|haven'?t|have not|havent) (?:come back|came back|returned|"
    r"happened again|had (?:it|one|any) since)|(?:been |felt |feeling )?(?:totally |completely |"
    r"perfectly )?(?:fine|ok|okay|normal|good) (?:ever )?since(?: then)?|(?:ever )?since then "
    r"(?:i'?ve been |he'?s been |she'?s been |i'?m |im |i am |been )?(?:totally |completely |"
    r"perfectly )?(?:fine|ok|okay|normal|good)|no (?:me |le )?ha (?:vuelto|regresado|repetido)|"
    r"desde entonces (?:he estado |ha estado |estoy |esta |ando |anda )?(?:muy |totalmente )?"
    r"(?:bien|normal))\b(?![^.!?]{0,20}\b(?:until|till|but|hasta|pero)\b)"
)
# Anything that says it is going on again: then the episode is not over.
_NOT_OVER = re.compile(
    r"\b(?:still|again|worse|right now|(?:is|it'?s|came|comes|coming) back(?! to normal)|"
    r"now (?:(?:he|she|i|it|they)(?:'s| is| am|'m| are) )?(?:has|have|having|feel\w*|getting|"
    r"hurts?|can'?t)|otra vez|de nuevo|todavia|sigue|peor|volvio|ahora (?:tiene|tengo|esta|"
    r"estoy|le|me|no))\b"
)


def seen_and_cleared(doc: Doc, start: int) -> bool:
    """An emergency mention placed in the days before ("was in the ER last night for chest
    pain") that someone qualified has since seen and cleared ("they said it was reflux and
    sent him home"), with nothing saying it is going on again. Only an episode that is over
    settles this way: a minimiser ("prob just stress") or a request in the same message
    ("can he get a follow-up?") settles nothing."""
    clause = doc.clause_of(start)
    if _EARLIER.search(doc.folded[clause.start : clause.end]) is None:
        return False
    # The verdict may come after the episode or open its sentence ("the doctor said his
    # chest pain last month was reflux").
    rest = doc.folded[doc.sentence_of(start).start :]
    if _CLEARED.search(rest) is None and not gone_since(doc, rest):
        return False
    return _NOT_OVER.search(doc.folded) is None


# Signs that stay an emergency though they have passed: a face or a limb gone weak or numb,
# speech or sight lost for minutes (a stroke's warning), a faint, a seizure, confusion,
# blood, the breath. Gone and fine since settles none of them.
_GRAVE_THOUGH_GONE = re.compile(
    r"\b(?:droop\w*|torci\w*|chuec[oa]|weak\w*|debil\w*|numb\w*|adormec\w*|entumi\w*|"
    r"slurr\w*|speech|speak\w*|talk\w*|habla\w*|vision|sight|blind\w*|vista|seiz\w*|"
    r"convuls\w*|fits?|pass(?:ed)? out|faint\w*|desmay\w*|black(?:ed)? out|collaps\w*|"
    r"unconscious|inconsciente|confus\w*|confundid\w*|blood\w*|bleed\w*|sangr\w*|breath\w*|"
    r"respir\w*|paraly\w*|parali\w*|worst|peor|(?:can'?t|couldn'?t|could not|no (?:podia|"
    r"puede|pudo|podias)) (?:\w+ )?(?:move|mover))\b"
)


def gone_since(doc: Doc, text: str | None = None) -> bool:
    """`text` (the whole message by default) says the episode went and has not come back,
    the message tells nothing of now, and names no sign that stays grave once passed."""
    return (
        _GONE_SINCE.search(doc.folded if text is None else text) is not None
        and _RECENT.search(_settled_now(doc)) is None
        and _GRAVE_THOUGH_GONE.search(doc.folded) is None
    )


def over_since(doc: Doc) -> bool:
    """An episode of the days before ("last week I got dizzy while spraying") told as gone
    and not back ("fine ever since"), with nothing of now or of its return in the message."""
    return (
        _EARLIER.search(doc.folded) is not None
        and gone_since(doc)
        and _NOT_OVER.search(doc.folded) is None
    )
