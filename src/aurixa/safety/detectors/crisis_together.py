"""Crisis signs that mean a crisis only together, in the first person (English and Spanish).

A note written is a crisis with the end of one's rope; appointments cancelled are one when
there is no future to keep them in; a medicine kept back is one with the amount it would
take or a time when no one is home. Each sign alone is everyday talk, so a rule names all
its signs and, where a reason to be away explains them, what sets them aside.
`crisis_reports` has the same kind of rules about someone else; `selfharm` reads them all.
"""

from __future__ import annotations

from typing import NamedTuple


class SignsTogether(NamedTuple):
    """Signs that are a crisis only together: each must be reported (not negated, not in
    the past) somewhere in the message, and none of it counts when `unless` appears."""

    signs: tuple[str, ...]
    unless: str | None = None
    # A sign that counts though told as the past or denied elsewhere: a relative's death
    # the writer now echoes ("dad did it in 1998 ... starting to understand why").
    told_before: str | None = None


# Somewhere the person is going, or a new doctor: "I won't be around" is then a plan, not
# a farewell. Said as a place or a change of care; "moving on" or "a better place" is none.
_AWAY = (
    r"(?:moving (?:to|away|out|back|abroad|across|states)|(?:we'?re|i'?m|we are|i am) moving\b"
    r"(?! on)|moved (?:to|away)|relocat\w*|travell?ing|on (?:a |an )?(?:trip|vacation|holiday|"
    r"business trip|cruise|honeymoon|deployment)|out of (?:town|state|the country)|abroad|"
    r"overseas|deploy\w*|new (?:doctor|clinic|provider|insurance|practice)|switch\w* (?:to|"
    r"doctors|providers|clinics|insurance)|transferr\w* (?:to|my care)|hospice|me (?:mudo|voy a "
    r"mudar|cambio de)|mudanza|(?:me voy de|me voy a un|estare de) viaje|viajando|vacaciones|"
    r"fuera de la ciudad|(?:a|en) otro (?:pais|estado)|otro (?:medico|doctor)|nuevo (?:medico|"
    r"doctor|seguro)|visit\w*|staying (?:with|at)|wedding|conference|summer camp|funeral|"
    r"work trip|visitar\w*|boda|congreso)\b"
)
# The note itself, named without saying what it says: "wrote the note", "ya escribí la carta".
_NOTE_WRITTEN = (
    r"(?:wrote|written|writing|finished|left) (?:the|my|a) (?:goodbye |last |final |farewell )?"
    r"(?:note|letter)s?\b(?! (?:for|from|about|of|to (?:the|my (?:boss|teacher|landlord|"
    r"doctor|employer|school))|to (?:school|work|hr))\b)|(?:escribi|deje|termine) (?:la|mi|una) "
    r"(?:ultima )?(?:carta|nota)\b(?! (?:para|de) (?:la escuela|el trabajo|el doctor|el medico))"
)
_END_OF_ROPE = (
    r"(?:(?:can't|cant|cannot|can not) (?:do|take) (?:this|it) any ?more|(?:just )?want(?:ed)? "
    r"(?:someone|somebody|anyone|you|one person) to know|goodbye|it'?s time|i'?m (?:done|ready)|"
    r"sorry for everything|no (?:puedo|aguanto) mas|quiero que alguien (?:lo )?sepa|adios|"
    r"perdon(?:en)? por todo)"
)
# Not being around any more, or appointments cancelled because they will not be needed.
_NO_FUTURE = (
    r"(?:(?:won't|wont|will not|i'll not|(?:i'?m |im )?not going to|(?:i'?m |im )?not gonna) be "
    r"(?:around|here|alive)\b (?:by then|much longer|for (?:much )?long|anymore|any more)|"
    r"(?:i'll|i will) (?:be gone|be dead|not be here) (?:by then|soon|before)\b|"
    r"no (?:voy a|creo) (?:estar|seguir) (?:aqui|vivo|viva) (?:para entonces|mucho tiempo|"
    r"la proxima)|ya no (?:voy a )?estar(?:e)? (?:aqui|para entonces)\b|"
    # Doubted rather than said: "not sure I'll still be around to use it", "no sé si siga
    # viva para entonces". "Still" or what it is for makes it a life, not a diary.
    r"(?:not sure|unsure|don'?t know|dont know|doubt|don'?t think|dont think|no idea) (?:if |"
    r"whether |that )?i'?(?:ll| will) (?:still be (?:around|alive)\b(?! (?:at|when|on|after|"
    # A place or a time after it is a diary: "still be around the office next week".
    r"until|till|tomorrow|today|tonight|this|in|the|next|here|there|that)\b)|"
    r"be (?:around|here|alive) "
    r"(?:much longer|for (?:much )?long(?:er)?|anymore|any more)\b|(?:still )?be (?:around|here|"
    r"alive) to (?:use|need|take|finish|fill|refill|see (?:it|them|the results))\b)|"
    r"no (?:se|creo) (?:si )?(?:todavia |aun )?(?:siga|seguir|vaya a (?:seguir|estar)|voy a "
    r"(?:seguir|estar)|este|estar)(?: todavia| aun)? (?:aqui|viv[oa]|por aqui) (?:para (?:usarl\w*|"
    r"tomarl\w*|entonces|la proxima)|mucho tiempo)|"
    r"cancel\w* (?:all )?(?:of )?my\b[^.!?]{0,40}\b(?:won't|wont|will not|don't|no longer) "
    r"(?:need|be needing)\b|cancel\w*[^.!?]{0,40}\bya no (?:las|los|la|lo) (?:voy a )?necesit)"
)
# Every appointment cancelled, and no future to keep them in.
_CANCEL_ALL = (
    r"(?:cancel\w* (?:all|every|each|any|the rest)? ?(?:of )?(?:my |the )?(?:future |upcoming |"
    r"remaining |other |scheduled )?(?:appointments|appts|visits|sessions|refills|"
    r"prescriptions|follow-?ups)|cancel\w* (?:todas )?(?:mis|las) (?:proximas |futuras )?citas)"
)
_NOT_AROUND = (
    r"(?:(?:won'?t|wont|will not|i'?ll not|not going to|i'?m not going to) (?:be (?:around|"
    r"here|alive|needing (?:them|any of them|those|these))|need (?:them|any of them|those|"
    r"these))|ya no (?:voy a )?(?:estar|estare|"
    r"necesitar\w*)|no (?:las |los )?voy a necesitar|no voy a estar (?:aqui|por aqui))"
)

# A rope set up, with the end of one's rope or thanks said as a farewell.
_ROPE_READY = (
    r"(?:rope|cuerda|soga)\b[^.!?]{0,15}\b(?:is |are |esta )?(?:already |ya )?(?:up|tied|ready|"
    r"hung|set up|puesta|lista|colgada|amarrada)\b"
)
_FAREWELL_THANKS = (
    rf"(?:{_END_OF_ROPE}|thank (?:you|u) for (?:trying|everything|all you did)|thanks for "
    r"(?:trying|everything)|gracias por (?:intentarlo|todo|tratar))"
)
# A cancellation with no future to keep it in, said in passing: "cancel my refill, I'm not
# going to be around next week anyway".
# Peace with a choice made, beside care stopped: "it doesn't matter anymore, I've made my
# decision and I feel calm about it".
_DECIDED_AND_CALM = (
    r"(?:(?:it )?(?:doesn'?t|does not|won'?t) matter any ?more|(?:i'?ve|i have) made (?:my|the) "
    r"(?:decision|choice)(?! (?:about|on|to (?:switch|go|move|change|try))\b)|(?:feel|i'?m|i am) "
    r"(?:so |very |really )?(?:calm|at peace) (?:about it|now|with (?:it|my decision))|ya no "
    r"importa|ya (?:tome|tengo tomada) (?:mi|la) decision|(?:estoy|me siento) en paz con "
    r"(?:eso|mi decision))"
)
# A way settled on, with the end of one's rope: "I'm done. I've already figured out how."
_KNOW_HOW = (
    r"(?:(?:already |i'?ve |i have )?(?:figured out|worked out|decided|planned|picked|know) "
    r"(?:exactly )?how(?: (?:i'?ll|i'?m going to|i'?d|to) do it)?\s*(?:[.!?]|$)|ya (?:se|pense|"
    r"decidi|tengo pensado) (?:exactamente )?como (?:hacerlo|lo voy a hacer)\b)"
)
# The spot picked to hang from, with rope got: "I know which beam in the barn".
_ROPE_GOT = r"(?:rope|cuerda|soga|mecate)\b"
_SPOT_PICKED = (
    r"(?:(?:know|picked|chose|found|checked) (?:exactly )?(?:which|the right|a good) "
    r"(?:beam|rafter|tree|branch|hook)|(?:ya )?(?:se|escogi|encontre) (?:cual|que) "
    r"(?:viga|rama|arbol)|"
    r"(?:ya )?(?:escogi|encontre) la (?:viga|rama))"
)
# Sat in a closed garage with the engine running to try it, or to finish it.
_ENGINE_SHUT_IN = (
    r"(?:(?:garage|garaje|cochera)\b[^.!?]{0,40}\b(?:running|idling|on\b|prendid[oa]|encendid[oa])|"
    r"(?:running|idling|prendid[oa]|encendid[oa])\b[^.!?]{0,40}\b(?:garage|garaje|cochera)\b)"
)
_TRYING_IT = (
    r"(?:(?:to )?see (?:how|what) it (?:would |'?d )?feel|finish (?:it|the job)|(?:end|end\w*) it|"
    r"for good|ver (?:que|como) se sent\w*|terminar (?:con )?(?:esto|eso|todo)|acabar con (?:esto|"
    r"todo))"
)

_CANCEL_ANY = (
    r"(?:cancel\w*|stop\w*|cancela\w*|suspend\w*)\b(?:\W+\w+){0,3}?\W+(?:refills?|"
    r"prescriptions?|appointments?|appts?|visits?|sessions?|follow-?ups?|meds|medications?|"
    r"therapy|recetas?|resurtidos?|citas?|consultas?|medicamentos?|terapia)\b"
)
_NOT_AROUND_ANYWAY = (
    r"(?:(?:won'?t|wont|will not|not going to|i'?m not going to|i'?ll not) (?:be (?:around|here|"
    r"alive)|need (?:it|them))\b[^.!?]{0,30}\b(?:anyway|anyways|regardless|either way)|"
    r"(?:de todos modos|de todas formas|total|igual),? (?:ya )?no (?:voy a|creo) (?:estar|"
    r"necesitar\w*)|ya no (?:voy a )?(?:estar|necesitar\w*)\b[^.!?]{0,30}\b(?:de todos modos|"
    r"de todas formas))"
)
# Up on a roof or a bridge, with the stillness of it or not knowing why one writes.
_UP_HIGH = (
    r"(?:i'?m|im|i am|estoy|ando) (?:up |sitting |standing |out )?(?:on|at|in|en|arriba (?:de|"
    r"en)) (?:the |a |my |la |el |lo alto de(?: la| el)? )?(?:roof|rooftop|top (?:floor )?of "
    r"(?:the|a|my|this) (?:building|parking (?:garage|structure|deck)|bridge|tower)|ledge|edge "
    r"of|bridge|overpass|azotea|techo|puente|cornisa|orilla)\b"
)
_STILL_UP_HERE = (
    r"(?:(?:quiet|peaceful|calm|still|silent) (?:up )?(?:here|up here|tonight)|(?:nobody|no one|"
    r"no-one) (?:is )?(?:around|up here|here)|(?:not sure|don'?t know|no idea) why i'?m "
    r"(?:writing|messaging|texting|telling)|(?:tranquilo|calmado|silencioso|callado) (?:aqui|"
    r"aca)|no hay nadie|no se (?:por que|porque) (?:les )?(?:escribo|estoy escribiendo))"
)
_ROOF_CHORES = (
    r"(?:fix\w*|repair\w*|clean\w*|gutter|shingle|antenna|satellite|solar|leak|party|bbq|"
    r"barbecue|grill|fireworks|garden|workout|yoga|smok\w*|arregl\w*|limpi\w*|repar\w*|fiesta|"
    r"carne asada|impermeabiliz\w*)"
)
# A stock of a medicine bought, and sitting alone with it.
_BOUGHT_A_STOCK = (
    r"(?:bought|buying|got|picked up|purchased|went and got|compr\w*|consegui\w*)\b[^.!?]{0,12}"
    r"\b(?:a bunch of|a lot of|lots of|loads of|a ton of|tons of|so many|several|all the|"
    r"(?:\d+|two|three|four|five|a few|several) (?:bottles|boxes|packs|packets) of|un monton de|"
    r"muchas|(?:varias|\d+|dos|tres|cuatro) (?:cajas|botellas|frascos|botes) de) (?:\w+ )?"
    r"(?:tylenol|acetaminophen|paracetamol|advil|ibuprofen|aspirin|pills|tablets|sleeping pills|"
    r"benadryl|painkillers|pastillas|tabletas|somniferos|pildoras)\b"
)
_WITH_THE_MEANS = (
    r"(?:(?:sitting|sat|alone|parked|here)\b[^.!?]{0,30}\bwith (?:it|them|the (?:pills|"
    r"bottles|boxes))\b|(?:staring|looking) at (?:it|them|the (?:pills|bottles))|"
    r"(?:sentad[oa]|sol[oa]|aqui)\b[^.!?]{0,30}\bcon (?:ellas|ellos|las pastillas)\b|"
    rf"mirando las pastillas|{_END_OF_ROPE})"
)

# A plan told as an errand: a medicine kept back or asked for in bulk, to be taken all at a
# chosen time, where no one will see or know. Insulin counts as pills do.
_MEDICINE = (
    r"(?:pills|meds|tablets|medications?|medicines?|insulin|painkillers|opioids|oxy\w*|"
    r"percocet|vicodin|hydrocodone|morphine|fentanyl|tramadol|zolpidem|ambien|xanax|alprazolam|"
    r"klonopin|clonazepam|valium|diazepam|lorazepam|ativan|benzos?|seroquel|quetiapine|lithium|"
    r"amitriptyline|tylenol|acetaminophen|paracetamol|pastillas|pildoras|medicinas|"
    r"medicamentos|insulina|somniferos|calmantes)\b"
)
# Kept back: "been saving up my insulin", "stockpiling my oxy", "tengo guardadas pastillas".
# A medicine right after the verb, so money saved "for my insulin" is not one.
_KEPT_BACK = (
    r"(?:sav(?:e|es|ing|ed)|stor(?:e|ing|ed)|keep(?:ing)?|kept|put(?:ting)?|stockpil\w*|"
    r"hoard\w*|stash\w*|squirrel\w*|hid(?:e|ing|den)?|collect\w*|guard\w*|junt\w*|acumul\w*|"
    r"escond\w*) (?:up |aside |away |back )?(?:all |some |a lot of |todas |unas )?(?:of )?"
    r"(?:my |the |his |her |extra |unused |leftover |mis |las |los |la |mi |su |sus )?"
    # Someone else's medicine counts too: "my husband's sleeping pills".
    rf"(?:\w+'s )?(?:\w+ )?{_MEDICINE}"
)
# Put off to spare others: "wait till after harvest so the family isn't left short-handed".
_SPARING_THEM = (
    r"(?:so (?:the|my|our) (?:family|kids|children|wife|husband|folks)\b[^.!?]{0,10}\b(?:isn'?t|"
    r"aren'?t|won'?t|doesn'?t|don'?t) (?:be )?(?:left|stuck|burdened|short)|(?:figured|decided) "
    r"(?:i'?d|to) wait (?:till|until|'til) after\b|para que (?:mi|la) familia no (?:se )?quede "
    r"(?:sola|batallando|corta)|(?:decidi|pense) esperar (?:hasta )?(?:despues de|que pase))"
)
# Taking all of it at once: "take them all", "inject all my insulin", "tomármelas todas".
_TAKE_ALL = (
    r"(?:(?:take|taking|took|swallow\w*|down|downing|inject\w*) (?:them |those |these |it )?"
    r"all\b(?! (?:the time|day|week|month|year|as prescribed))|(?:take|taking|took|swallow\w*|"
    r"inject\w*) (?:all|every one|every single one) of (?:them|those|these|it|my|the)\b|"
    r"(?:take|taking|took|swallow\w*|inject\w*) (?:the whole|the entire) (?:\w+ )?(?:bottle|box|"
    r"supply|pack|pen|vial|lot)|tom\w* todas|(?:tomar|tomarme|inyectar|inyectarme) (?:todo el|"
    r"toda la) (?:frasco|caja|bote|insulina))"
)
# A chosen time when no one is there to stop it.
_WHEN_ALONE = (
    r"(?:(?:when|while|once|after|cuando|mientras) (?:my|the|our|mi|mis|el|la) (?:\w+ )?"
    r"(?:family|wife|husband|partner|kids|children|parents|mom|dad|roommates?|boyfriend|"
    r"girlfriend|familia|esposa|esposo|hijos|papas|padres|mama|papa|novio|novia)\b[^.!?]{0,15}"
    r"\b(?:is|are|'s|'re|goes|go|leaves?|gone|away|out|asleep|se vaya|se vayan|no (?:este|esten)|"
    r"salga|salgan|duerma|duerman)|(?:when|while|once) (?:i'?m|i am) (?:home )?(?:alone|by "
    r"myself)|(?:when|while|once) (?:nobody|no one|no-one)(?:'s| is) (?:home|around|here)|"
    r"(?:when|while|once) (?:everyone|everybody)(?:'s| is) (?:away|gone|out|asleep)|cuando "
    r"(?:no (?:haya|este|esten) nadie|(?:este|estoy|me quede) sol[oa]))"
)
# As much as can be had at once.
_MOST_YOU_CAN = (
    r"(?:(?:biggest|largest|most|maximum|max|highest|greatest) (?:amount|supply|quantity|number|"
    r"dose|bottle|refill|count)s? (?:you can|possible|allowed|you'?re allowed|that you can)|"
    r"as (?:many|much) as (?:you|u) (?:can|are allowed|'re allowed)|(?:la mayor cantidad|lo mas|"
    r"todo lo|el maximo) (?:que|de) (?:pueda|puedas|pueden|se pueda|posible)|(?:la cantidad|el "
    r"maximo) (?:mas grande|maxim[oa]) (?:posible|que (?:pueda|puedas|se pueda)))"
)
# Knowing the amount it would take, and that no one would know it was meant.
_KNOW_HOW_MUCH = (
    r"(?:know|knows|figured out|worked out|calculated) (?:exactly )?how (?:much|many)(?: \w+)? "
    r"(?:it would take|it'?d take|would (?:do it|be enough|kill))\b(?! to (?:last|cover|get|"
    r"fill|refill|order|pay|afford))|(?:se|sabemos|calcule) (?:exactamente )?cuant(?:as|os|a|o) "
    r"(?:\w+ )?(?:haria|harian|hace|hacen) falta\b(?! para (?:el mes|la semana|el viaje))"
)
_NOBODY_WOULD_KNOW = (
    r"(?:(?:nobody|no one|no-one) (?:would|will|'d|'ll|could)(?: ever| even)? (?:know|suspect|"
    r"find out|guess|question|think twice)\b(?! (?:the difference|which|if (?:i|you|we) "
    r"(?:skip|miss))\b)|(?:look|looks|seem|seems|pass|passes) (?:like|as|for) an accident|"
    r"(?:wasn'?t|was not|isn'?t|is not|wasnt|isnt) an accident|nadie (?:lo )?(?:sabria|sabra|"
    r"sospecharia|se daria cuenta|se enteraria)|(?:parec\w*|pasar\w*) (?:como )?(?:un|por un) "
    r"accidente|no (?:fue|seria|era) (?:un )?accidente)"
)
# Affairs put in order, and someone else to handle things from a day on: "I've put my
# affairs in order. After this weekend she'll need to handle things".
_AFFAIRS_SETTLED = (
    r"(?:(?:put|got|get|getting|putting|have|had|set) (?:all )?(?:of )?my (?:affairs|things|"
    r"papers|paperwork|finances|house) in order|(?:puse|tengo|deje|arregle|ordene) (?:ya )?"
    r"(?:todos |todas )?(?:mis (?:asuntos|cosas|papeles)|todo) (?:en orden|arreglad\w*)|"
    r"arregle (?:todos )?mis asuntos)"
)
_HANDLED_AFTER = (
    r"(?:(?:after|from|past|once) (?:this |next |the )?(?:weekend|week|friday|saturday|sunday|"
    r"monday|tuesday|wednesday|thursday|tonight|tomorrow|today|month)\b[^.!?]{0,40}\b(?:she|he|"
    r"they|you|someone|my \w+)(?:'ll| will| would|'d)? (?:need|have|has|needs) to (?:handle|"
    r"take care of|deal with|sort out|manage|look after) (?:things|everything|it all|my (?:stuff|"
    r"things|affairs))|despues de(?:l| este| el)? (?:fin de semana|viernes|sabado|domingo|lunes|"
    r"manana|hoy)\b[^.!?]{0,40}\b(?:va|van|vas) a tener que (?:encargarse|hacerse cargo|ver|"
    r"arreglar|ocuparse) (?:de )?(?:todo|las cosas|mis cosas))"
)
_PLANNED_CARE = (
    r"(?:surgery|operation|procedure|transplant|chemo\w*|admitted|hospital stay|cirugia|"
    r"operacion|operan|procedimiento|trasplante|quimio\w*|internan|hospitaliz\w*)"
)
# An accident staged, with a reason to want the money it brings or to be gone.
_STAGED = (
    r"(?:(?:how|way|ways) to|going to|gonna|could|can) make it (?:look|seem) like an accident|"
    r"(?:como|forma de|manera de) (?:hacer )?que parezca (?:un )?accidente"
)
_WHAT_ITD_BRING = (
    r"(?:insurance|seguro|burden|carga|can'?t work|cannot work|no puedo trabajar|better off|"
    r"mejor sin mi|worth more|no point|send money|mandar dinero)"
)
# What a chosen time or place would explain: vitamins, a course of antibiotics, a pill box.
# The intent to "do it", after taking them all was named: "is it true you can take all your
# pills at once, i want to do it tonight". A schedule told beside it ("take all my morning
# pills at once, i want to do it before work") is a dosing question.
_DO_IT = (
    r"(?:i(?: want| wanna| need| plan| intend| am going|'m going|m going| am gonna|'m gonna|"
    r"m gonna)(?: to)? do it|i'?ll do it|i will do it|(?:quiero|voy a|pienso) hacerlo|lo voy a "
    r"hacer)\b"
)
_SCHEDULE = (
    r"(?:morning|breakfast|lunch|dinner|supper|with food|with meals|before (?:work|school|bed)|"
    r"bedtime|split|spread|desayuno|comida|cena|con (?:la )?comida|antes de (?:dormir|trabajar))"
)
_DOSED_AS_USUAL = (
    r"(?:vitamins?|supplements?|gumm(?:y|ies)|fish oil|probiotics?|organi[sz]er|pill ?box|"
    r"antibiotics?|the course|vitaminas?|suplementos?|pastillero|antibioticos?)\b"
)

# Blades set out, with no wish to stop or the end of one's rope.
_BLADES_OUT = (
    r"(?:razor ?blades?|razors?|blades?|navajas?|cuchillas?)\b[^.!?]{0,15}\b(?:are |is |estan |"
    r"esta )?(?:out|ready|in my hand|next to me|on the (?:sink|counter|bed)|afuera|listas?|en "
    r"(?:la|mi) mano)\b"
)
_NO_STOPPING = (
    rf"(?:(?:don'?t|do not|dont) want to stop|not stopping this time|this time i won'?t stop|"
    r"tired of everything|nothing matters|no quiero parar|esta vez no (?:voy a )?parar|"
    rf"{_END_OF_ROPE})"
)

# A death in the family, and wanting to go after the one who died: "desde que murió mi
# mamá dice que ya se quiere ir con ella", "since mom passed he keeps saying he wants to be
# with her". Going with someone somewhere names the place or the errand.
_A_DEATH = (
    r"(?:died|passed (?:away|on)?|lost (?:my|his|her|our) (?:wife|husband|mom|dad|mother|"
    r"father|son|daughter|partner|baby)|funeral|widow\w*|muri\w*|falleci\w*|se (?:nos|le|me) "
    r"(?:fue|murio)|perdi\w* a (?:mi|su) (?:esposa|esposo|mama|papa|hij[oa]|madre|padre)|"
    r"funeral|velorio|viud\w*)"
)
_GO_AFTER_THEM = (
    r"(?:(?:want|wants|wanted|wanna|ready|going|gonna|time|wish\w*|long\w*) (?:to )?(?:be "
    r"with|join|go (?:be )?with|see) (?:her|him|them|mom|dad|my (?:wife|husband|mom|dad|son|"
    r"daughter))\b(?! (?:at|to|for|in|on|when|tomorrow|this)\b)(?:[^.!?]{0,15}\b(?:again|"
    r"soon|in heaven|up there))?|(?:se |me )?(?:quiere|quiero|queria|quisiera|ya se va a|ya me "
    r"voy a) (?:ir|irse|irme|reunir\w*) con (?:ella|el|mi \w+|su \w+)\b(?! (?:a|al|de|para|"
    r"en|el|la|mañana|manana|hoy)\b))"
)

RULES = [
    # Care stopped all at once, and a calm choice made.
    SignsTogether((_CANCEL_ANY, _DECIDED_AND_CALM), unless=_AWAY),
    # The end of one's rope with a way settled on.
    SignsTogether((rf"(?:{_END_OF_ROPE})(?! with\b| de\b| con\b)", _KNOW_HOW)),
    # Rope got and the spot picked.
    SignsTogether((_ROPE_GOT, _SPOT_PICKED)),
    # Shut in with an engine running, trying it or meaning to finish it.
    SignsTogether((_ENGINE_SHUT_IN, _TRYING_IT)),
    # A death, and wanting to follow the one who died.
    SignsTogether((_A_DEATH, _GO_AFTER_THEM)),
    # A note written, with the end of one's rope or telling someone before.
    SignsTogether((_NOTE_WRITTEN, _END_OF_ROPE)),
    # No future to keep appointments in, unless the message says where the person is going.
    SignsTogether((_NO_FUTURE,), unless=_AWAY),
    SignsTogether((_CANCEL_ALL, _NOT_AROUND), unless=_AWAY),
    SignsTogether((_CANCEL_ANY, _NOT_AROUND_ANYWAY), unless=_AWAY),
    # A rope set up, with a farewell or the end of one's rope.
    SignsTogether((_ROPE_READY, _FAREWELL_THANKS)),
    # Up on a roof or a bridge, in the stillness, not knowing why one writes.
    SignsTogether((_UP_HIGH, _STILL_UP_HERE), unless=_ROOF_CHORES),
    # A stock of painkillers bought, and sitting alone with it.
    SignsTogether((_BOUGHT_A_STOCK, _WITH_THE_MEANS)),
    # Blades set out, with no wish to stop.
    SignsTogether((_BLADES_OUT, _NO_STOPPING)),
    # Affairs in order and someone to handle things from a day on, unless care is planned
    # (an operation) or the person is going away.
    SignsTogether((_AFFAIRS_SETTLED, _HANDLED_AFTER), unless=f"(?:{_AWAY}|{_PLANNED_CARE})"),
    # An accident staged, for the insurance or to stop being a burden.
    SignsTogether((_STAGED, _WHAT_ITD_BRING)),
    # A medicine kept back, with the amount it would take, no one knowing, taking it all or
    # a time alone; taking it all, with a time alone, the most that can be had or no one
    # knowing, unless what is taken is a vitamin or a course taken as usual.
    SignsTogether(
        (
            _KEPT_BACK,
            f"(?:{_KNOW_HOW_MUCH}|{_NOBODY_WOULD_KNOW}|{_TAKE_ALL}|{_WHEN_ALONE}|{_SPARING_THEM})",
        )
    ),
    SignsTogether(
        (_TAKE_ALL, f"(?:{_WHEN_ALONE}|{_MOST_YOU_CAN}|{_NOBODY_WOULD_KNOW})"),
        unless=_DOSED_AS_USUAL,
    ),
    SignsTogether((_TAKE_ALL, _DO_IT), unless=f"(?:{_DOSED_AS_USUAL}|{_SCHEDULE})"),
]
