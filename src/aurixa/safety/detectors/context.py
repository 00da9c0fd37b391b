"""Context cues that turn a symptom mention into a non-emergency.

"No chest pain", "my heart attack was in 2019", "what are the signs of a
stroke?", "if I ever get chest pain..." and "that bill gave me a heart attack"
name a symptom without reporting one happening now. Each cue is scoped to the
clause or sentence of the mention, so a second, real report in the same message
still fires.
"""

from __future__ import annotations

import re

from aurixa.safety.text import Doc, language_of, words_before

_NEUTRAL = re.compile(
    r"\b(?:i )?(?:don't|do not|dont) know\b|\bnot sure\b|\bcan't tell\b|\bno idea\b|"
    r"\bno se\b|\bno estoy segur[oa]\b|\bnot (?:just|only)\b|\boh no\b|\bno no\b|"
    # Phrases that carry a "no" without negating the symptom after them: "says things
    # that make no sense and can't move his leg", "no para de vomitar y ...".
    r"\bsin (?:sentido|parar|poder|razon|motivo)\b|\bno (?:para|paro|deja|dejo) de\b|"
    r"\b(?:can't|cannot|won't|doesn't|couldn't|didn't) stop\b|\bno (?:sense|reason)\b|"
    r"\bno matter\b|\b(?:aren't|isn't|are not|is not|not) (?:really )?(?:there|real)\b|"
    r"\bque no (?:estan|existen|hay)\b|"
    # Protection that was missing is no negation of what followed: "fell off his bike
    # without a helmet and hit his head", "sin casco".
    r"\b(?:without|no|sin) (?:a |his |her |my |their |wearing (?:a |his |her )?)?(?:helmet|"
    r"seat ?belt|car ?seat|life ?jacket|casco|cinturon)\b|"
    # A joke taken back is a report: "lol jk but not really, i looked up ...".
    r"\b(?:jk|j/k|kidding|joking|lol|haha\w*)\b(?: \w+){0,2} not really\b"
)
_NEGATION = re.compile(
    r"\b(?:no|not|never|without|denies|denied|deny|nor|neither|none|negative for|free of|"
    r"sin|ni|nunca|tampoco|jamas|niega|"
    # A clinician excluded it: "the ER ruled out a stroke", "descartaron un infarto".
    r"ruled out|rule out|ruling out|descartaron|descarto|descartado|descartada)\b|n't\b|"
    r"\b(?:dont|doesnt|didnt|havent|hasnt|isnt|wasnt)\b"
)
_NEVER_LIKE_THIS = re.compile(r"\b(?:like this|this bad|so bad|this severe|before|asi|antes)\b")
_RESOLVED_AFTER = re.compile(
    r"^\W*(?:\w+\W+){0,5}?(?:is gone|went away|has passed|resolved|is better now|"
    # "Has gone dark purple" is a change for the worse, not a symptom that went away.
    r"has gone(?! (?:\w+ )?(?:dark|black|blue|purple|purplish|grey|gray|white|pale|red|numb|"
    r"limp|floppy|cold|stiff|quiet|silent|hard|mottled|yellow|green))|"
    r"(?<!n't )(?<!not )(?<!nt )(?<!never )(?:stopped|settled|cleared up|eased off)(?! \w+ing)|"
    r"never (?:again|since)|nunca mas|(?:was|were|has been|have been|got|been) ruled out|"
    r"came back (?:negative|normal|clear|fine|ok)|(?:fue|fueron) descartad[oa]s?|"
    r"salio (?:negativ[oa]|normal|bien)|"
    r"se (?:me )?(?:quito|fue|paso|detuvo|paro|calmo)|ya (?:paso|se fue|se quito))\b"
)
_HISTORY = re.compile(
    r"\b(?:in (?:19|20)\d\d|back in|years? ago|months ago|decades? ago|"
    r"(?:yrs?|y|mos?|wks?|weeks) ago|last (?:year|summer|"
    r"winter|spring|fall|autumn)|when i was (?:a|young|little)|as a (?:child|kid|teen(?:ager)?|"
    r"baby|toddler|infant|newborn)|when (?:he|she|i) was (?:a baby|little|young|small|a toddler|"
    r"\d+)|history of|in the past|previously|used to|years back|"
    r"(?:had|has|suffered) (?:a|an|his|her|my) [\w ]{2,25} at (?:age )?\d{1,2}\b|"
    r"hace (?:(?:\d+|un|una|dos|tres|cuatro|cinco|unos|unas|varios|varias|muchos|muchas) )?"
    r"(?:anos?|mes(?:es)?|decadas?)|el ano pasado|en (?:19|20)\d\d|antecedentes de|historial de|"
    r"de (?:nin[oa]|bebe|pequen[oa]|chiquit[oa]|chic[oa]|adolescente)|en (?:la|su|mi) infancia|"
    r"(?:in|during) (?:childhood|infancy|(?:his|her|my) (?:childhood|infancy))|childhood|"
    r"cuando era (?:nin[oa]|joven|pequen[oa]|bebe|chiquit[oa])|cuando (?:tenia|tuvo|tuve) "
    r"(?:\d+|un|una|dos|tres|cuatro|cinco) (?:anos?|meses)|"
    # "I fainted once when I got my blood taken": one past occasion.
    r"once when (?:i|he|she|they|we)|one time when|una vez (?:que|cuando)|"
    r"once (?:in|at|when|as|during) (?:college|school|high school|university|a kid|a child|a teen|"
    r"\w+ (?:years?|grade))|in (?:college|high school|university|my (?:teens|twenties|thirties|"
    r"youth))|en la (?:universidad|prepa|preparatoria|secundaria)|"
    # An earlier pregnancy is history: "I had preeclampsia in my first pregnancy".
    r"(?:in|with|during) (?:my|her) (?:first|last|previous|earlier|other|older|second) "
    r"(?:pregnancy|baby|child|son|daughter|delivery)|when i was pregnant with|"
    r"(?:en|con|durante) (?:mi|su) (?:primer|segundo|ultimo|anterior|otro) "
    r"(?:embarazo|parto|bebe|hij[oa])|cuando estaba embarazada de)\b"
)
_PRESENT = re.compile(
    r"\b(?:now|right now|again|currently|still|at the moment|happening|this time|"
    r"ahora|otra vez|de nuevo|todavia|aun|en este momento)\b"
)
_EDU_OPENER = re.compile(
    r"^\W*(?:what|whats|which|how|why|when|where|is it|at what point|how (?:do|can|would) "
    r"(?:i|you|we) (?:know|tell)|"
    r"is (?:a |an )?\w+(?: \w+){0,2} (?:always|usually|a sign|normal|common|expected|"
    r"a symptom|a side effect)|"
    r"are there|can you (?:tell|explain)|"
    r"could you (?:tell|explain)|tell me about|explain|define|i want to (?:learn|know|understand)|"
    r"i'd like to (?:learn|know)|information|info|learn|cuales|cual|que|como|por que|"
    r"cuando|explica|explicame|quiero (?:saber|aprender)|informacion)\b"
)
_EDU_TOPIC = re.compile(
    r"\b(?:signs?|symptoms?|warning signs?|causes?|causes|risk factors?|risks?|prevent\w*|"
    r"recogni[sz]e|spot|tell if|know if|difference|treat\w*|mean|means|definition|what is|always|"
    r"what are|first aid|what to do|should (?:i|you|we) do|how common|survival|recovery|"
    r"go to (?:the )?(?:hospital|er|emergency|doctor)|seek (?:help|care)|call 911|worry|"
    r"worried|reading up|just curious|be prepared|ir al (?:hospital|medico|doctor)|"
    r"preocupar\w*|estar preparad[oa]|"
    r"sintomas|senales|signos|causas|prevenir|prevencion|recono[cz]\w*|que hacer|diferencia|"
    r"saber si|(?:tell|distinguish) (?:a |an |the )?[\w ]{1,30} (?:from|apart)|"
    r"tratamiento|que es|primeros auxilios|riesgos?)\b"
)
_EXPERIENCE = re.compile(
    r"\b(?:i'?m having|i am having|i think i|i think (?:he|she|my|it)|i'?m scared|"
    r"(?:he|she|it)(?:'s| is) having|(?:my \w+|he|she) (?:is|are) having|right now|"
    r"happening|currently|estoy teniendo|esta teniendo|creo que (?:tengo|estoy|esta|mi|le)|"
    r"ahora mismo)\b"
)
# "if" that introduces a condition, not "not sure if" / "what if" (which report a worry).
_HYPOTHETICAL = re.compile(
    r"(?<!know )(?<!sure )(?<!wonder )(?<!wondering )(?<!tell )(?<!see )(?<!check )(?<!ask )"
    r"(?<!what )(?<!unsure )(?<!certain )(?<!se )(?<!saber )"
    r"\b(?:if|in case|whenever|should i ever|en caso de|si)\b"
)


# A negated verb negates its own phrase: in "can't look at lights, neck stiff" the
# stiff neck is reported. "No" and "without" still reach across a list's commas and
# "and"s ("no fever, cough or chest pain").
_VERB_NEGATION = re.compile(r"n't\b|\b(?:dont|doesnt|didnt|havent|hasnt|isnt|wasnt|never)\b")


# Where a negated verb's phrase ends: "can't see out of one eye and is slurring",
# "no ve de un ojo y arrastra las palabras".
_PHRASE_BREAK = re.compile(r",|\b(?:and|but|then|y|e|pero|luego)\b")


def _verbal(cue: str, spanish: bool) -> bool:
    # Spanish "no" goes before a verb ("no ve", "no tengo fiebre y ..."); English "no"
    # goes before a noun and may govern a list ("no fever and cough"). Spanish "ni"
    # closes a list of its own ("no siento el brazo ni la pierna, y veo doble").
    return _VERB_NEGATION.fullmatch(cue) is not None or (spanish and cue in {"no", "ni"})


def is_negated(doc: Doc, start: int, end: int) -> bool:
    before = _NEUTRAL.sub(" ", words_before(doc, start, 6))
    breaks = [m.start() for m in _PHRASE_BREAK.finditer(before)]
    last_break = breaks[-1] if breaks else -1
    spanish = language_of(doc) == "es"
    cue = next(
        (
            c
            for c in _NEGATION.finditer(before)
            if c.start() > last_break or not _verbal(c.group(0), spanish)
        ),
        None,
    )
    if cue is None:
        clause = doc.clause_of(start)
        after = doc.folded[end : clause.end]
        return _RESOLVED_AFTER.search(after) is not None
    if cue.group(0) == "never":
        clause = doc.clause_of(start)
        return _NEVER_LIKE_THIS.search(doc.folded[clause.start : clause.end]) is None
    return True


# "Since his stroke", "desde su infarto": the mention names a past event.
_SINCE = re.compile(r"\b(?:since|after|desde|despues de) (?:his|her|my|their|the|su|mi|el|la) $")
# "She had a stroke" with a routine request and no word of when: a past event the
# request is about ("needs a wheelchair at her appointment, she had a stroke").
_PAST_EVENT = re.compile(r"\b(?:had|has had|suffered|tuvo|tuve|sufrio) (?:a |an |un |una )?$")
_ROUTINE = re.compile(
    r"\b(?:appointments?|wheelchair|therapy|rehab|physio\w*|referral|refill|forms?|letter|"
    r"insurance|follow[- ]?up|check-?up|records|paperwork|parking|cita|terapia|rehabilitacion|"
    r"receta|seguro|control|silla de ruedas|formulario|constancia|expediente|papeles|"
    r"resultados)\b"
)
_RECENT = re.compile(
    r"\b(?:just|today|tonight|this (?:morning|afternoon|evening)|minutes? ago|an? hour ago|"
    r"hours ago|right now|now|happening|ahorita|ahora|hoy|hace (?:un rato|unos minutos|una hora)|"
    r"acaba de|esta manana|esta noche)\b"
)
# "It's controlled now", "she's fine now": the "now" of a recovery, not of the event.
_RECOVERED_NOW = re.compile(
    r"\b(?:controlled|under control|fine|better|ok|okay|stable|resolved|recovered|normal|"
    r"back to normal|doing well|home|controlad[oa]|bien|estable|recuperad[oa]) (?:\w+ )?"
    r"(?:now|ahora)\b|\b(?:now|ahora) (?:(?:it'?s|he'?s|she'?s|is|esta|ya esta) )?"
    r"(?:controlled|under control|stable|recovered|controlad[oa]|estable|bien)\b"
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
    r"because of|por|de) (?:(?:his|her|my|the|a|an|su|mi|el|la|un|una) )?$"
)


def _names_a_past_visit(doc: Doc, start: int) -> bool:
    """A records request about a visit the symptom names ("a copy of the papers from the
    chest pain visit in March"), not a report of the symptom."""
    sentence = doc.sentence_of(start)
    lead = doc.folded[max(sentence.start, start - 80) : start]
    if _RECORDS_OF.search(lead) is None:
        return False
    return bool(_VISIT_BEFORE.search(lead) or _VISIT_AFTER.search(doc.folded[start : sentence.end]))


# "The ER visit for chest pain, it turned out to be a muscle strain": a worry already
# settled by a visit, said later in the same sentence.
_SETTLED = re.compile(
    r"\b(?:turned out (?:to be|it was)|ended up being|resulto (?:ser|que era))\b"
    r"(?! (?:a |an |un |una )?(?:heart attack|stroke|clot|bleed|sepsis|infarto|embolia))"
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


def is_history(doc: Doc, start: int) -> bool:
    if _settled(doc, start):
        return True
    clause = doc.clause_of(start)
    text = doc.folded[clause.start : clause.end]
    lead = doc.folded[max(clause.start, start - 30) : start]
    if _SINCE.search(lead):
        return True
    if _names_a_past_visit(doc, start):
        return True
    recent = _RECENT.search(_RECOVERED_NOW.sub(" ", doc.folded))
    if _PAST_EVENT.search(lead) and _ROUTINE.search(doc.folded) and not recent:
        return True
    if _HISTORY.search(text) is None:
        return False
    # "Still" or "now" speaks of the mention only within its own stretch between
    # commas: in "I used to self harm as a teenager, the scars still bother me" the
    # scars are present, the self-harm is not.
    offset = start - clause.start
    left = text.rfind(",", 0, offset) + 1
    right = text.find(",", offset)
    segment = text[left : right if right >= 0 else len(text)]
    for cue in _PRESENT.finditer(segment):
        # "Had sepsis two years ago and still get tired": a "still" after the mention
        # is about what it left behind; "I still have seizures" is about the mention.
        if cue.group(0) != "still" or left + cue.start() < offset:
            return False
    return True


# Openers that ask for knowledge whatever the topic: "explain what a stroke is".
_EDU_STRONG = re.compile(
    r"^\W*(?:(?:can|could) you (?:explain|define|describe|tell me (?:about|what))|explain|define|"
    r"describe|tell me about|what(?:'s|s| is| are) (?:a|an|the)\b|"
    r"que (?:es|son) (?:un|una|el|la)\b|"
    r"what (?:does|do|would|can|might) (?:a |an |the )?[\w ]{1,30} (?:look|feel|sound) like\b|"
    r"como se (?:ve|siente|manifiesta)\b|"
    # "Is shortness of breath normal after covid?": whether a symptom is expected.
    r"(?:is|are|es) (?:a |an |it |el |la )?(?:\w+ ){1,4}(?:normal|common|expected|usual) "
    r"(?:after|with|during|in|for|when|despues de|con|durante|en)\b|"
    r"explica\w*)"
)


# "Is shortness of breath a side effect of metoprolol?": the symptom sits inside the question.
_SIDE_EFFECT_QUESTION = re.compile(
    r"^\W*(?:is|are|can|could|does|do|es|son|puede)\b[^,;]*\b(?:side[- ]effects?|"
    r"efectos? secundarios?)\b"
)


# "How do I use an EpiPen?", "¿cómo se usa la naloxona?": how to use a device or give
# first aid. Only the question's own clause is education; a report after it in the
# same sentence ("how do i use the epipen his lips are swelling") is not.
_HOW_TO = re.compile(
    r"^\W*(?:(?:how|when) (?:do|does|should|can|would|to) (?:i |you |we |one |he |she |they )?"
    r"(?:use|give|inject|administer|apply|do|perform|carry|store|spot|recogni[sz]e|"
    r"check|teach)|(?:como|cuando) (?:se (?:usa|aplica|pone|da|pone)|(?:uso|aplico|le pongo|"
    r"le doy|le aplico|debo usar|hay que usar))|"
    # Knowing when to use it: "how do I know when to use the EpiPen vs Benadryl?"
    r"how (?:do|can|will|would|should) (?:i|we|you|one) (?:know|tell|decide) (?:when|whether|"
    r"if) (?:to |i should |we should |i need to |it'?s time to )?(?:use|give|inject|call|go)|"
    r"como (?:se|sabre|sabemos|puedo saber|saber) (?:cuando|si) (?:debo |tengo que |hay que )?"
    r"(?:usar|aplicar|poner|dar|inyectar|llamar|ir))\b"
)


# A first-aid course or class in the same sentence: "we're doing a first aid course
# at work and want to know about choking".
_COURSE = re.compile(
    r"\b(?:first aid|cpr|babysitting|lifeguard|safety|resuscitation) (?:course|class|training|"
    r"certification|workshop)|\b(?:curso|taller|clase|capacitacion) de (?:primeros auxilios|rcp)\b"
)

# What a course is about: "want to know about choking" (not "collapsed during the course").
_LEARN_ABOUT = re.compile(
    r"\b(?:know|learn\w*|teach\w*|cover\w*|practi[cs]\w*|about|on|sobre|acerca de|aprender)"
    r"(?: \w+){0,2}\W*$"
)
_QUESTION_END = re.compile(r"[,;?]|\b(?:and|but|y|pero)\b")


def is_education(doc: Doc, start: int) -> bool:
    sentence = doc.sentence_of(start)
    text = doc.folded[sentence.start : sentence.end]
    if _EXPERIENCE.search(text):
        return False
    if _COURSE.search(text) and _LEARN_ABOUT.search(words_before(doc, start, 6)):
        return True
    how_to = _HOW_TO.match(text)
    if how_to is not None:
        # The question runs to the first comma, "and" or question mark after it.
        rest = _QUESTION_END.search(text, how_to.end())
        if start < sentence.start + (rest.start() if rest else len(text)):
            return True
    question = _SIDE_EFFECT_QUESTION.match(text)
    if question is not None and sentence.start + question.end() > start:
        return True
    if _EDU_STRONG.search(text):
        return True
    if _EDU_OPENER.search(text) is not None and _EDU_TOPIC.search(text) is not None:
        return True
    # The question may follow who is asking: "I'm a teacher, what are the warning signs…".
    # Only a mention after that comma is asked about; one before it is still a report.
    comma = text.rfind(",", 0, start - sentence.start)
    asked = text[comma + 1 :]
    return comma >= 0 and _EDU_OPENER.search(asked) is not None and bool(_EDU_TOPIC.search(asked))


_CONDITIONAL_OPENER = re.compile(r"^\W*(if|in case|whenever|si|en caso de)\b")


def _unaccented_si(doc: Doc, pos: int) -> bool:
    return re.match(r"\W*si\b", doc.text[pos:].lower()) is not None


def is_hypothetical(doc: Doc, start: int) -> bool:
    sentence = doc.sentence_of(start)
    sentence_text = doc.folded[sentence.start : sentence.end]
    if _EXPERIENCE.search(sentence_text):
        return False
    opener = _CONDITIONAL_OPENER.match(sentence_text)
    cue = _HYPOTHETICAL.search(words_before(doc, start, 5))
    if opener is not None and (opener.group(1) != "si" or _unaccented_si(doc, sentence.start)):
        return True
    if cue is None:
        return False
    if cue.group(0) == "si":
        # "sí" (yes) folds to "si" (if): only the unaccented original is a condition.
        clause = doc.clause_of(start)
        return re.search(r"\bsi\b", doc.text[clause.start : start].lower()) is not None
    return True


def reported_now(doc: Doc, start: int, end: int) -> bool:
    """True unless context says the mention is negated, past, educational or hypothetical."""
    return not (
        is_negated(doc, start, end)
        or is_history(doc, start)
        or is_education(doc, start)
        or is_hypothetical(doc, start)
    )
