"""Context cues that turn a symptom mention into a non-emergency.

"No chest pain", "my heart attack was in 2019", "what are the signs of a
stroke?", "if I ever get chest pain..." and "that bill gave me a heart attack"
name a symptom without reporting one happening now. Each cue is scoped to the
clause or sentence of the mention, so a second, real report in the same message
still fires.
"""

from __future__ import annotations

import re

from aurixa.safety.detectors.history import is_history, seen_and_cleared
from aurixa.safety.text import Doc, language_of, words_before

_NEUTRAL = re.compile(
    r"\b(?:i )?(?:don't|do not|dont) know\b|\bnot sure\b|\bcan't tell\b|\bno idea\b|"
    r"\bno se\b(?! (?:me|le|te|nos|les)\b)|\bno estoy segur[oa]\b|\bnot (?:just|only)\b|"
    r"\boh no\b|\bno no\b|"
    # Phrases that carry a "no" without negating the symptom after them: "says things
    # that make no sense and can't move his leg", "no para de vomitar y ...".
    r"\bsin (?:sentido|parar|poder|razon|motivo)\b|\bno (?:para|paro|deja|dejo) de\b|"
    # How it happened, not whether: "me corté sin querer", "cut it without meaning to".
    r"\bsin (?:querer|darse cuenta|darme cuenta|fijarme|fijarse)\b|"
    r"\bwithout (?:meaning to|thinking|looking|noticing)\b|"
    r"\b(?:can't|cannot|won't|doesn't|couldn't|didn't) stop\b|\bno (?:sense|reason)\b|"
    r"\bno matter\b|\b(?:aren't|isn't|are not|is not|not) (?:really )?(?:there|real)\b|"
    r"\bque no (?:estan|existen|hay)\b|"
    # Protection that was missing is no negation of what followed: "fell off his bike
    # without a helmet and hit his head", "sin casco".
    r"\b(?:without|no|sin) (?:a |his |her |my |their |wearing (?:a |his |her )?)?(?:helmet|"
    r"seat ?belt|car ?seat|life ?jacket|casco|cinturon|"
    # ... or over the eyes and hands at work: "grinding without my glasses and a chip flew".
    r"(?:safety )?glasses|goggles|eye protection|face ?shield|gloves|gafas|lentes|careta|"
    r"guantes)\b|"
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
# The symptom that went, told after as come back: "it went away, but now it's back and
# worse", "se quitó pero ya volvió". Only "it" or a bare Spanish verb points back to it; a
# result ("it came back negative"), an appetite or a trip home that is back is not it, and
# "hasn't come back" / "no ha vuelto" says the opposite.
_BACK_AGAIN = re.compile(
    r"\b(?:it'?s|it is|its|it has|it'?s been|it) (?:now )?(?:back|come back|came back|coming "
    r"back|returned|started again)\b(?! (?:to normal|negative|normal|clear|fine|ok|home))|"
    r"(?<!no )(?<!no me )(?<!no le )(?<!nunca )\b(?:ya |ahora )?(?:me |le )?(?:volvio|regreso|ha "
    r"vuelto|ha regresado)\b(?! (?:a (?:la |su |mi )?(?:casa|normal\w*|trabajo|escuela)|del?\b|"
    r"bien|negativ\w*|normal))"
)
_EDU_OPENER = re.compile(
    r"^\W*(?:what|whats|which|how|why|when|where|is it|at what point|how (?:do|can|would) "
    r"(?:i|you|we) (?:know|tell)|"
    # A threshold asked for: "at what temperature should I worry", "¿a partir de qué fiebre?".
    r"(?:at|from|above|over|after|below|under) what (?:temperature|"
    r"temp|age|number|reading|level|heart rate|pulse|blood sugar|sugar|fever|weight)|"
    r"(?:a|desde|con) (?:que|cuanta|cuanto) (?:temperatura|fiebre|edad|nivel|azucar|glucosa)|"
    r"a partir de (?:que|cuanto|cuanta)|"
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
    r"tratamiento|que es|primeros auxilios|riesgos?|"
    # What a name or a poster's letters stand for: "what does FAST stand for".
    r"stands? for|acronym|abbreviation|significa\w*|quiere decir|siglas|"
    r"como (?:se|sabe\w*|puedo saber|saber|sabemos) si)\b"
)
# What a thing can cause, said of the thing: "I read that blood thinners can cause brain
# bleeds", "la aspirina puede causar sangrado". A claim, not a report of it happening.
_GENERAL_CLAIM = re.compile(
    r"^[^,;.!?]{0,40}?\b(?:can|may|might|could|puede|pueden|podria\w*) (?:sometimes |also |"
    r"even )?(?:cause|lead to|result in|give (?:you|people)|causar|provocar|dar)\b"
)
# Words that report something happening now; the backstop reads them too, in a clause it
# would otherwise set aside.
EXPERIENCE = re.compile(
    r"\b(?:i'?m having|i am having|i think i|i think (?:he|she|my|it)|i'?m scared|"
    r"(?:he|she|it)(?:'s| is) having|(?:my \w+|he|she) (?:is|are) having|right now|"
    r"happening|currently|estoy teniendo|esta teniendo|creo que (?:tengo|estoy|esta|mi|le)|"
    r"ahora mismo|"
    # A reason that reports someone: "... because my son is confused", "porque mi hija".
    r"(?:because|since|cause|cuz|porque|ya que) (?:my|mi|he|she|i|i'?m|we|el|ella|yo) )"
    r"\b"
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
# A treatment said not to work negates the treatment, not what follows: in "if the next med
# doesn't work I'm done" or "si esta medicina no sirve me voy a matar" the writer's words
# after it are reported.
_TREATMENT_FAILS = re.compile(
    r"\b(?:(?:doesn'?t|does not|don'?t|do not|didn'?t|did not|won'?t|will not|isn'?t|is not) "
    r"(?:work|working|help|helping|kick in)|no (?:me |le |nos )?(?:funciona\w*|funciono|sirve\w*|"
    r"sirvio|ayuda\w*|hace efecto|hizo efecto))\b"
)


def _verbal(cue: str, spanish: bool) -> bool:
    # Spanish "no" goes before a verb ("no ve", "no tengo fiebre y ..."); English "no"
    # goes before a noun and may govern a list ("no fever and cough"). Spanish "ni"
    # closes a list of its own ("no siento el brazo ni la pierna, y veo doble").
    return _VERB_NEGATION.fullmatch(cue) is not None or (spanish and cue in {"no", "ni"})


# "Sin" and "without" govern the noun after them; a verb of feeling or thinking after that
# noun opens a clause of its own: in "sin trabajo siento que mi familia estaría mejor sin
# mí" the job is what is missing, not the wish.
_PREPOSITION_NEGATION = frozenset({"sin", "without"})
_NEW_CLAUSE = re.compile(
    r"\b(?:siento|sentia|senti|creo|pienso|dice|dijo|i (?:feel|felt|think|thought|know)|"
    r"(?:he|she|they) (?:feels?|thinks?|says?|said)|feel like|feels like)\b"
)


def _scope_closed(cue: re.Match[str], before: str) -> bool:
    return (
        cue.group(0) in _PREPOSITION_NEGATION and _NEW_CLAUSE.search(before, cue.end()) is not None
    ) or _aside_closed(cue, before)


def _aside_closed(cue: re.Match[str], before: str) -> bool:
    """A negation inside brackets closed before the mention stays in its aside: in "my dad (not
    on blood thinners) has a heavy chest" only the blood thinner is denied.
    A bracket opened after the cue ("no (real) chest pain") leaves the cue reaching on."""
    close = before.find(")", cue.end())
    return close != -1 and "(" not in before[cue.end() : close]


def is_negated(doc: Doc, start: int, end: int) -> bool:
    before = _TREATMENT_FAILS.sub(" ", _NEUTRAL.sub(" ", words_before(doc, start, 6)))
    breaks = [m.start() for m in _PHRASE_BREAK.finditer(before)]
    last_break = breaks[-1] if breaks else -1
    spanish = language_of(doc) == "es"
    cue = next(
        (
            c
            for c in _NEGATION.finditer(before)
            if (c.start() > last_break or not _verbal(c.group(0), spanish))
            and not _scope_closed(c, before)
        ),
        None,
    )
    if cue is None:
        clause = doc.clause_of(start)
        after = doc.folded[end : clause.end]
        gone = _RESOLVED_AFTER.search(after)
        return gone is not None and _BACK_AGAIN.search(doc.folded, end + gone.end()) is None
    if cue.group(0) == "never":
        clause = doc.clause_of(start)
        return _NEVER_LIKE_THIS.search(doc.folded[clause.start : clause.end]) is None
    return True


# Openers that ask for knowledge whatever the topic: "explain what a stroke is".
_EDU_STRONG = re.compile(
    r"^\W*(?:(?:can|could) you (?:explain|define|describe|tell me (?:about|what))|explain|define|"
    r"describe|tell me about|what(?:'s|s| is| are) (?:a|an|the)\b|"
    r"que (?:es|son) (?:un|una|el|la)\b|"
    r"what (?:does|do|would|can|might) (?:a |an |the )?[\w ]{1,30} (?:look|feel|sound) like\b|"
    r"como se (?:ve|siente|manifiesta)\b|"
    # A threshold defined: "what temperature counts as a fever in a newborn?".
    r"(?:(?:at|from|above|over) )?what (?:temperature|temp|number|reading|level|heart rate|"
    r"blood sugar) (?:counts|is considered|qualifies|is classed) as\b|(?:(?:a partir de|desde|"
    r"con) )?que (?:temperatura|numero|nivel|fiebre) (?:se considera|cuenta como|es "
    r"considerad[oa])\b|"
    # "Is shortness of breath normal after covid?": whether a symptom is expected.
    r"(?:is|are|es) (?:a |an |it |el |la )?(?:\w+ ){1,4}(?:normal|common|expected|usual) "
    r"(?:after|with|during|in|for|when|despues de|con|durante|en)\b|"
    r"explica\w*)"
)


# What a word covers, or whether a claim heard is true: "what counts as a fever in a
# newborn?", "is it true you can have a heart attack that feels like jaw pain?". Only the
# question itself, like a how-to question: a plan or a report told after it ("is it true
# you can take all your pills at once, i want to do it tonight") is not asked about.
_CLAIM_ASKED = re.compile(
    r"^\W*(?:what (?:counts|is considered|qualifies) as\b|is it true (?:that )?(?:you|a person|"
    r"someone|people|women|men|kids|children|babies) (?:can|could)\b|(?:es (?:cierto|verdad) "
    r"que )(?:se puede|uno puede|puedes|una persona puede)\b)"
)


# Questions about a condition in general, asked of anyone: whether people die of it ("do
# people die from seizures?", "¿se puede morir uno de una convulsión?") and how long after
# it life goes back to normal ("how long after a stroke can people drive?", "¿cuánto tiempo
# después de un infarto se puede manejar?"). As with `_CLAIM_ASKED`, only the question's
# own clause: a report after it is read.
_GENERAL_ASKED = re.compile(
    r"^\W*(?:(?:do|does|can|could|will) (?:people|you|someone|somebody|a person|kids|children|"
    r"babies|anyone|adults) (?:ever |really |actually |still )?(?:die|pass away|be killed) "
    r"(?:from|of|because of|during)|(?:se puede|uno se puede|puede uno|la gente se|alguien se "
    r"puede) (?:morir|muere)(?: uno)? (?:de|por|durante)|how (?:long|soon|many (?:days|weeks|"
    r"months)) after (?:a|an|the|having a|having an)|cuanto tiempo (?:despues|luego) de "
    r"(?:un|una|el|la|tener un|tener una))\b"
)


# A start or a jerk on falling asleep, asked whether it is a seizure: "I get a jerk as I
# drift off, is that a seizure?", "al quedarme dormido siento un brinco, ¿es una
# convulsión?". The seizure is the question's guess, not what is seen; a fit told in its own
# words beside it ("he's seizing", jerking that won't stop) is read by its own rule.
_DOZING = re.compile(
    r"\b(?:(?:falling|fall|drifting|drift|dozing|doze|nodding|nod) (?:asleep|off)|going to sleep|"
    r"as i sleep|hypnic|sleep (?:start|jerk|twitch)\w*|quedando(?:me)? dormid[oa]|quedarme "
    r"dormid[oa]|(?:me )?(?:quedo|estoy quedando) dormid[oa]|dormirme|al dormir|me duermo)\b"
)
_IS_IT_ASKED = re.compile(
    r"(?:^|[.!?¿,]\s*)(?:is|was|could|might|would|can) (?:that|this|it) (?:be |have been |"
    r"really )?(?:a |an |some kind of (?:a )?|like a )?$|(?:^|[.!?¿,]\s*)(?:eso|esto) "
    r"(?:es|sera|seria|puede ser|podria ser|fue) (?:un|una|como una?) $|(?:^|[.!?¿,]\s*)"
    r"(?:sera|es|podria ser) (?:un|una) $"
)


# ... and nothing of a real fit beside the start: a colour, breathing, not waking, a spell
# timed in minutes, one that goes on or comes again.
_FIT_SIGNS = re.compile(
    r"\b(?:blue|bluish|purple|gr[ae]y|pale|azul\w*|morad\w*|breath\w*|respir\w*|wake|waking|"
    r"despiert\w*|respond\w*|reacciona\w*|stop\w*|para|minutes?|mins?|minutos?|foam\w*|"
    r"espuma|drool\w*|babe\w*|tongue|lengua|wet (?:himself|herself|myself)|se orino|fever|fiebre|"
    r"hit|golpe\w*|still|sigue|todavia|again|otra vez|stiff\w*|rigid\w*|eyes rolled|ojos en "
    r"blanco)\b"
)


def _dozing_guess(doc: Doc, start: int) -> bool:
    sentence = doc.sentence_of(start)
    return (
        _IS_IT_ASKED.search(doc.folded[max(0, sentence.start - 2) : start]) is not None
        and _DOZING.search(doc.folded) is not None
        and EXPERIENCE.search(doc.folded) is None
        and _FIT_SIGNS.search(doc.folded) is None
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


# "What happens if someone takes too much Tylenol?", "¿qué pasa si alguien toma…?": what a
# thing would do, asked. As with `_HOW_TO`, only the question's own clause is education; a
# report after it ("what happens if he took 30, he's throwing up") is not.
_WHAT_IF = re.compile(
    r"^\W*(?:what|que)\W+(?:happens|would happen|could happen|will happen|pasa|pasaria|sucede|"
    r"ocurre|sucederia|ocurriria) (?:if|si)\b|"
    # First aid asked for anyone at all: "¿qué se hace si a alguien le da un golpe de
    # calor?". Asked of one's own ("qué hago si mi hijo ...") it may be a report, so not.
    r"^\W*(?:what|que)\W+(?:se hace|se debe hacer|hay que hacer|hacer|do you do|should (?:you|one) "
    r"do|to do) (?:if|si|when|cuando) (?:a )?(?:alguien|someone|somebody|a person|una persona|"
    r"anyone|a kid|a child|un nino|una nina)\b"
)


# A first-aid course or class in the same sentence: "we're doing a first aid course
# at work and want to know about choking".
_COURSE = re.compile(
    r"\b(?:first aid|cpr|babysitting|lifeguard|safety|resuscitation) (?:course|class|training|"
    r"certification|workshop)|\b(?:curso|taller|clase|capacitacion) de (?:primeros auxilios|rcp)\b"
)

# What a course is about: "want to know about choking" (not "collapsed during the course").
_LEARN_ABOUT = re.compile(
    r"\b(?:know|learn\w*|teach\w*|taught|cover\w*|practi[cs]\w*|mention\w*|explain\w*|"
    r"about|on|sobre|acerca de|aprender|ensen\w*|mencion\w*|explic\w*)(?: \w+){0,3}\W*$"
)
_QUESTION_END = re.compile(r"[,;?]|\b(?:and|but|y|pero)\b")

# Teaching material or training asked for on a topic: "handouts on stroke warning signs",
# "training for aides on recognizing sepsis", "folletos sobre el infarto".
_MATERIALS_ON = re.compile(
    r"\b(?:handouts?|leaflets?|pamphlets?|brochures?|flyers?|posters?|materials?|"
    r"information|info|resources|trainings?|classes|in-?services?|education|teaching|"
    r"folletos?|materiales|informacion|capacitacion(?:es)?|charlas?|platicas?)\b(?: [\w-]+){0,4} "
    r"(?:on|about|for|regarding|covering|sobre|acerca de|para)(?: [\w-]+){0,3}\W*$"
)


# Study or writing about a topic: "I'm writing a paper for nursing school on suicide risk
# screening", "estoy haciendo una tesis sobre el infarto".
# The subject may come first: "a psych class presentation on", "a health class project".
# "I want to understand the difference between heat exhaustion and heat stroke".
_DIFFERENCE = re.compile(
    r"\b(?:the |la )?differences? (?:between|entre)\b|\bdiferencias? entre\b|\b(?:tell|tells|"
    r"telling) (?:apart|the difference)\b"
)
_STUDY = re.compile(
    r"\b(?:writing|doing|working on|researching|preparing|presenting|write) (?:a |an |my |our |"
    r"the )?(?:[\w-]+ )?(?:(?:research|term|school|class|college|nursing|final|group) )?"
    r"(?:paper|essay|"
    r"thesis|dissertation|report|project|presentation|assignment|literature review|research|"
    r"poster|capstone)\b[^.!?]{0,30}\b(?:on|about|regarding|covering)\b|"
    r"\b(?:escribiendo|haciendo|preparando) (?:un|una|mi) (?:trabajo|ensayo|tesis|tarea|"
    r"investigacion|presentacion|reporte|proyecto)\b[^.!?]{0,30}\b(?:sobre|acerca de)\b"
)


# Coursework or a plan for what to do if, somewhere in the message: "for my nursing class",
# "es para el curso de primeros auxilios del trabajo", "writing a first aid plan for my
# daycare". It makes a mention a topic only when the mention is what is studied or asked
# (`_prepared`), never a report beside it ("class was cancelled because I can't breathe").
_COURSEWORK = re.compile(
    r"\b(?:nursing|nurse|med|medical|emt|paramedic|anatomy|biology|bio|health|pharmacology|"
    r"pharm|pathophysiology|patho|physiology|first aid|cpr|bls|acls|lifeguard|babysitting|"
    # A care worker's certificate course: "for my CNA class", "my home health aide training".
    r"cna|cma|lpn|lvn|phlebotomy|(?:nursing|medical|home health|personal care) (?:assistant|"
    r"aide)|caregiver|caregiving|"
    r"safety) (?:class|course|school|exam|test|homework|assignment|training|lecture|module|"
    r"program|clinicals?|quiz|students?|certification|workshop)\b|"
    r"\b(?:clase|curso|examen|tarea|capacitacion|escuela|taller|carrera|entrenamiento|"
    r"estudiante|certificacion) (?:de|del|en) (?:\w+ )?(?:(?:asistente|auxiliar|tecnic[oa]) "
    r"(?:de|en) )?(?:enfermeria|medicina|primeros auxilios|"
    r"rcp|biologia|anatomia|salud|paramedic\w*|farmacologia|fisiologia|seguridad)\b|"
    r"\b(?:first[- ]aid|emergency(?: action| response)?|medical emergency|allergy|seizure|"
    r"asthma|anaphylaxis) (?:plan|protocol|policy|procedures?|drill|binder|guide|sheet)\b"
    r"(?!\W+(?:\w+\W+){0,2}(?:right now|now|today|tonight|ahora|hoy))|"
    r"\b(?:plan|protocolo|procedimiento|guia) de (?:emergencias?|primeros auxilios|accion)\b"
)
# What is studied, just before the mention: "reading about sepsis", "estudiando sobre".
_STUDIED = re.compile(
    r"\b(?:reading|read|studying|study|learning|learn|researching|reviewing|review|covering|"
    r"leyendo|estudiando|aprendiendo|repasando|investigando|leer|estudiar|aprender|repasar)"
    r"(?: up)?(?: (?:about|on|sobre|acerca de|de))?(?: \w+){0,2}\W*$"
)
# A question the mention sits in, opened before it in its own stretch of the sentence:
# "... for my daycare, when should we call 911 for ...", "¿qué se hace si a alguien le da
# una convulsión?".
_ASKED_BEFORE = re.compile(
    r"\b(?:what|when|how|which|should|que|cuando|como|cual\w*|debemos|debo|hay que)\b[^,;]*$"
)
_WH = re.compile(r"(?:what|when|how|which)\b")
# A report said as the reason for something: "cancelled because I can't breathe".
_BECAUSE = re.compile(r"\b(?:because|since|cuz|cause|so|porque|ya que|por eso|asi que)\b")


def _prepared(doc: Doc, start: int) -> bool:
    """The mention is what coursework studies or a plan prepares for, asked or read about."""
    if _COURSEWORK.search(doc.folded) is None or EXPERIENCE.search(doc.folded):
        return False
    sentence = doc.sentence_of(start)
    lead = doc.folded[sentence.start : start]
    if _BECAUSE.search(lead):
        return False
    if _STUDIED.search(words_before(doc, start, 5)):
        return True
    question = _ASKED_BEFORE.search(lead)
    if question is None:
        return False
    # A question mark, or an English question word, which is often typed without one.
    marked = (
        "?" in doc.folded[sentence.start : sentence.end + 1]
        or "¿" in doc.text[sentence.start : start]
    )
    return marked or _WH.match(lead[question.start() :]) is not None


# A clause after the question that starts with someone of the writer's: "at what
# temperature should I worry, my 2 week old is at 38.3" asks, then reports.
_SOMEONE_AFTER_COMMA = re.compile(
    r"^\W*(?:and |but |y |pero )?(?:my|our|mi|mis|nuestr[oa]s?)\b(?! own\b)"
)


# What to watch for, as an instruction given: "the instructions say to watch for sepsis",
# "the nurse told us to look out for a clot", "nos dijeron que vigiláramos si le da
# infección". The condition named is what might come, not what is seen; a sign told as seen
# beside it is read by its own rule.
_WATCH_FOR = re.compile(
    r"\b(?:to|should|must|need to|needs to|have to|has to|told (?:us|me|him|her) to|hay que|"
    r"debemos|debo|tenemos que|tengo que|que) (?:watch|look|keep an eye|be on the lookout|"
    r"monitor|vigil\w*|estar (?:pendientes?|atent[oa]s?)|cuidar)(?: (?:out|closely|"
    r"carefully))?(?: (?:for|on|out for|a|de|que no|si (?:hay|le da|tiene)))(?: (?:any|signs? "
    r"of|symptoms? of|(?:the )?signs?|senales de|sintomas de|una?|el|la))?\W*$"
)


# ... unless what was to be watched for has come: a fever, chills or confusion said to be
# had now ("watch for sepsis, he has a fever of 104 and is shaking"); "he's fine, no fever"
# has none.
_SEEN_NOW = re.compile(
    r"\b(?<!no )(?<!not )(?:has|had|have|got|is getting|is running|spiked|running|tiene|le dio|"
    r"le (?:subio|sube)|esta con|is|are|esta)\b (?:(?:a|an|the|una?|very|really|so|muy) )?"
    r"(?:(?:high|bad|fuerte|alta|mucha) )?(?:fever|temp(?:erature)? of|fiebre|chills|rigors|"
    r"shaking|shivering|escalofrios|temblando|confus\w*|delirious)\b"
)


def is_education(doc: Doc, start: int) -> bool:
    sentence = doc.sentence_of(start)
    text = doc.folded[sentence.start : sentence.end]
    if EXPERIENCE.search(text):
        return False
    if _WATCH_FOR.search(words_before(doc, start, 8)) and _SEEN_NOW.search(doc.folded) is None:
        return True
    comma = text.rfind(",", 0, start - sentence.start)
    if comma >= 0 and _SOMEONE_AFTER_COMMA.match(text[comma + 1 :]):
        return False
    if _prepared(doc, start) or _dozing_guess(doc, start):
        return True
    study = _STUDY.search(text)
    if study is not None and sentence.start + study.end() <= start:
        return True
    # Only the conditions named right after "the difference between": a sign told later in
    # the sentence ("... because my son is confused") is still a report.
    difference = _DIFFERENCE.search(text)
    if difference is not None and 0 <= start - sentence.start - difference.end() <= 45:
        return True
    if _COURSE.search(text) and _LEARN_ABOUT.search(words_before(doc, start, 6)):
        return True
    if _MATERIALS_ON.search(doc.folded[sentence.start : start]):
        return True
    # How to use a device may also be asked after a comma, once the writer has said why
    # ("my daughter was just diagnosed with a peanut allergy, how do we know when to use the
    # epipen?"); a mention before that comma is not in the question. What a thing would do
    # is asked only opening the sentence: after "my son found my pills," it is a report.
    comma = text.rfind(",", 0, start - sentence.start) + 1
    questions = [
        (0, _HOW_TO.match(text)),
        (0, _WHAT_IF.match(text)),
        (0, _CLAIM_ASKED.match(text)),
        (0, _GENERAL_ASKED.match(text)),
    ]
    if comma:
        questions.append((comma, _HOW_TO.match(text[comma:])))
    for opens, question in questions:
        if question is None:
            continue
        # The question runs to the first comma, "and" or question mark after it.
        rest = _QUESTION_END.search(text, opens + question.end())
        if start < sentence.start + (rest.start() if rest else len(text)):
            return True
    if _GENERAL_CLAIM.match(doc.folded[start : doc.clause_of(start).end]):
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


# What a clinician said might come, just before the mention: "the nurse said he might have
# seizures as the tumor grows", "el doctor dijo que podría darle una convulsión". A
# possibility foretold; the same sign told as happening ("she's seizing") is read.
_FORETOLD = re.compile(
    r"\b(?:nurse|doctor|dr|doc|team|hospice|oncologist|neurologist|surgeon|they|enfermer[oa]|"
    r"doctora|medic[oa]|equipo)\b[^.!?]{0,30}\b(?:said|says|told (?:us|me)|warned|explained|"
    r"mentioned|dijo|dice|dijeron|explico|advirtio|menciono)\b(?: (?:that|que))? (?:\w+ ){0,2}?"
    r"(?:could|might|may|can|will probably|podria|puede|pudiera|es posible que) (?:\w+ )?"
    r"(?:have|get|start|develop|tener|le (?:de|den|empiecen)|darle|empezar a tener|tenga)"
    r"(?: (?:a|an|some|more|unas?|algunas?))?\W*$"
)
# ... and the message treats it as still to come: "what do I do if it happens", "at some
# point", "si le pasa". Without that, "the doctor said she may have a clot" is a suspicion
# now, and read.
_STILL_TO_COME = re.compile(
    r"\b(?:(?:if|when|once) (?:it|that|this|one|they|she|he) (?:happens?|comes?|starts?|does)|"
    r"at some point|eventually|later on|down the (?:road|line)|as (?:it|the \w+) (?:progress\w*|"
    r"grows?|gets? worse)|si (?:le |me )?(?:pasa|sucede|da|llega a pasar)|cuando (?:le |me )?"
    r"(?:pase|suceda|de)|en algun momento|mas adelante)\b"
)


def is_hypothetical(doc: Doc, start: int) -> bool:
    sentence = doc.sentence_of(start)
    sentence_text = doc.folded[sentence.start : sentence.end]
    if EXPERIENCE.search(sentence_text):
        return False
    if (
        _FORETOLD.search(doc.folded[sentence.start : start])
        and _STILL_TO_COME.search(doc.folded) is not None
    ):
        return True
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


# Whose body it is, said just before the symptom: "how worried should I be, my chest feels
# crushed", "is it normal for my face to droop", "¿qué hago?, a mi hijo se le cierra la
# garganta". A question that names whose symptom it is asks about a report, not a topic.
_OWNER = re.compile(
    r"\b(?:my|his|her|our|their|(?:i|he|she)(?:'m|'s| am| is| have| has|'ve got| feel| feels)|"
    r"mi|mis|su|sus|tengo|tiene|estoy|esta)\b(?:\W+\w+){0,2}\W*$"
)
# ... unless the owner sits in a condition: "how do I know if my chest pain is serious",
# "what to do when his lips turn blue".
_CONDITION = re.compile(r"\b(?:if|when|whenever|whether|in case|si|cuando)\W+(?:\w+\W+)?$")
_CLITIC = re.compile(r"^(?:se )?(?:me|le|nos|les) ")
# ... nor when "tiene" is what the condition has: "¿qué síntomas tiene una sobredosis?".
_SIGNS_ASKED = re.compile(r"\b(?:sintomas?|signos?|senales?|efectos?)\W*$")


def _owned(doc: Doc, start: int) -> bool:
    """The symptom is said of someone's own body, outside any condition."""
    if _CLITIC.match(doc.folded[start : start + 8]):
        return True
    lead = words_before(doc, start, 5)
    owner = _OWNER.search(lead)
    return (
        owner is not None
        and _CONDITION.search(lead[: owner.start()]) is None
        and _SIGNS_ASKED.search(lead[: owner.start()]) is None
    )


# A mouth or a face numb from the dentist's anaesthetic, and the speech it slurs: "no puedo
# hablar bien porque tengo la boca dormida del dentista", "can't feel my lip since the
# filling". Only a mention of the mouth, the face or the speech is explained; an arm, a leg
# or vision in the same sentence is still read.
_DENTAL_NUMB = re.compile(
    r"\b(?:dormid\w*|numb\w*|entumid\w*|adormecid\w*|anestesi\w*|can'?t feel)\b[^.!?]{0,30}"
    r"\b(?:dentist\w*|novocaine|lidocaine|filling|root canal|endodoncia|relleno|empaste|"
    r"muela|wisdom tooth|wisdom teeth)|\b(?:dentist\w*|novocaine|filling|root canal|"
    r"endodoncia|empaste)\b[^.!?]{0,40}\b(?:dormid\w*|numb\w*|entumid\w*|adormecid\w*|"
    r"anestesi\w*)"
)
_MOUTH_OR_SPEECH = re.compile(
    r"\b(?:boca|mouth|cara|face|labios?|lips?|lengua|tongue|hablar|habla|talk\w*|speak\w*|"
    r"speech|drool\w*|babe\w*|smile|sonrisa)\b"
)
_OTHER_SIGN = re.compile(
    r"\b(?:arm|leg|hand|brazo|pierna|mano|vision|see|ver|veo|confus\w*|confundid\w*|"
    r"headache|dolor de cabeza|breath\w*|respir\w*|chest|pecho|swell\w*|hinch\w*|throat|"
    r"garganta)\b"
)
# A sign said not to be there, the negation inside the phrase: "my face isn't drooping",
# "ronchas pero no se me hinchan los labios".
_NEGATED_INSIDE = re.compile(
    r"\b(?:isn'?t|isnt|is not|aren'?t|arent|are not|not)\s+(?:\w+\s+)?(?:drooping|droopy|"
    r"sagging|lopsided|crooked|swollen|numb|blue)\W*$|\b(?:no|ni) (?:se )?(?:me |le |te )?"
    r"(?:ha |han |esta |estan )?hinch\w*(?: (?:la |los |las |su |mi |sus |mis )?(?:boca|labios|"
    r"cara|ojos|lengua|garganta))?\W*$"
)


def _dental_numbness(doc: Doc, start: int, end: int) -> bool:
    sentence = doc.sentence_of(start)
    text = doc.folded[sentence.start : sentence.end]
    return (
        _DENTAL_NUMB.search(text) is not None
        and _MOUTH_OR_SPEECH.search(doc.folded[start:end]) is not None
        and _OTHER_SIGN.search(text) is None
    )


def reported_now(doc: Doc, start: int, end: int) -> bool:
    """True unless context says the mention is negated, past, educational or hypothetical.

    A question form never hides a symptom said of someone's own body: "what should I do,
    my chest feels crushed" is a report wrapped in a question. An episode of the last few
    days that a clinician has since seen and cleared is over (`seen_and_cleared`)."""
    return not (
        is_negated(doc, start, end)
        or _NEGATED_INSIDE.search(doc.folded[start:end]) is not None
        or _dental_numbness(doc, start, end)
        or is_history(doc, start, end)
        or (is_education(doc, start) and not _owned(doc, start))
        or is_hypothetical(doc, start)
        or seen_and_cleared(doc, start)
    )
