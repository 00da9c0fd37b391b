"""Crises told as a wish, a sum or an echo (English and Spanish), first person or about
someone else.

Walking into a lake or the sea as a plan; dying in one's sleep wished for ("ojalá me
muriera dormido"); one's own death at work that "would solve a lot of problems", or whose
compensation would pay more than one earns; the follow-up given up with a bare apology
passed on through someone; being dead preferred to a life as it now is, or said by someone
who then cannot be reached; a relative who "did it" and the writer now understanding why.
`selfharm` reads these with the other rules, in the same context (a negated or past mention
does not fire), but for the relative's death, which is the past the writer echoes.
"""

from __future__ import annotations

from aurixa.safety.detectors.crisis_farewell import _WELL_AGAIN
from aurixa.safety.detectors.crisis_reports import _SILENT
from aurixa.safety.detectors.crisis_together import SignsTogether

# What one would rather do than die that makes it a figure of speech: clothes, a show, a
# song, a date, a wait. "I'd rather die than eat" is not one (an eating disorder says so),
# while eating "that" is.
TRIFLE = (
    r"(?:wear|be seen|listen to|watch|sit through|sing|dance|date|kiss|vote for|cheer for|"
    r"root for|admit|apologi[sz]e|lose to|wait|go to (?:that|this|his|her|their|the|a) \w+|"
    r"eat (?:that|this|those|these|it|the|his|her|their|another)|drink (?:that|this)|ponerme|"
    r"usar|ver|escuchar|bailar|cantar|esperar|ir a (?:esa|ese|la|el))"
)
# "Prefiero morir de pie que vivir de rodillas" is a slogan.
_NOT_A_TRIFLE = rf"\b(?! than {TRIFLE}\b| que {TRIFLE}\b| a {TRIFLE}\b| de pie\b)"
_RATHER_DEAD = rf"(?:rather (?:be dead|die|not be alive|not wake up)){_NOT_A_TRIFLE}"
_PREFERS_DEAD = (
    rf"(?:preferiria|preferia|prefiere|prefiero) (?:estar muert[oa]|morir(?:me|se)?){_NOT_A_TRIFLE}"
)

INDIRECT = [
    # Walking into water as a plan: "thinking of walking into the lake tonight", "pienso en
    # caminar mar adentro hasta no poder volver". A swim, a dip or fishing names the errand.
    r"\b(?:think\w*|thought|want\w*|wanna|going|gonna|plan\w*|urges?|tempted|ready|might "
    r"just|feel like)\b[^.!?]{0,15}\b(?:walk\w*|wad\w*) (?:out )?(?:into|in to) (?:the |a )?"
    r"(?:lake|river|sea|ocean|water|waves|surf|bay|reservoir|quarry|pond|creek)\b"
    r"(?![^.!?]{0,40}\b(?:swim\w*|dip|plunge|fish\w*|cool (?:off|down)|wash\w*|rinse|kayak\w*|"
    r"boat\w*|paddle\w*|float\w*|baptis\w*|ear ?plugs?|ear tubes?|tubes|hearing aids?|"
    r"implants?|cast|stitches|incision|dressing|can i|is it (?:ok|okay|safe)|allowed)\b)|"
    r"\b(?:walk\w*|wad\w*|swim\w*) (?:out )?(?:into|in to) (?:the |a )?(?:lake|river|sea|ocean|"
    r"water|waves|bay|reservoir|quarry)\b[^.!?]{0,25}\b(?:and (?:not|never) (?:come|coming|"
    r"swim\w*|walk\w*) back|until i (?:can'?t|couldn'?t|can not)|and keep (?:walking|going|"
    r"swimming))\b|"
    r"\b(?:pienso|pensando|pensado|ganas de|quiero|voy a)\b[^.!?]{0,15}\b(?:caminar|entrar"
    r"(?:me)? caminando|adentrarme|meterme caminando)\b[^.!?]{0,15}\b(?:lago|mar|rio|presa|"
    r"agua)\b[^.!?]{0,25}\b(?:y no (?:volver|regresar|salir)|hasta (?:no poder|que no pueda)|"
    r"esta noche|hoy)\b",
    # Dying in one's sleep, or now, wished for: "ojalá me muriera dormido y ya", "wish I'd
    # die in my sleep". Old age named makes it a wish about a far end ("cuando sea
    # viejita"), and "si miento" an oath.
    r"\bojala (?:yo )?(?:ya )?(?:me )?(?:muriera|muera|muriese|me quedara muert[oa]|no "
    r"amaneciera|no amanezca)\b(?! (?:de (?:(?:la )?(?:risa|verguenza|pena)|viej\w*|"
    r"ancian\w*)|si (?:miento|es mentira)|antes (?:de|que)|cuando (?:sea|este|tenga)))|"
    r"\b(?:wish|hope) i(?:'d| would| could)? (?:just )?(?:die|pass|go) in my sleep\b(?! (?:when|"
    r"at (?:age )?\d+|like (?:my|grandma|grandpa)|someday|one day|(?:at|in) (?:a|an) (?:old|"
    r"ripe)))",
    # Being dead preferred, said by the writer: "I'd rather be dead than live like this".
    # Clothes, a show or a wait compared is a figure of speech.
    rf"\b(?:i'?d|i would|id) (?:much |honestly |really |just |sooner )?{_RATHER_DEAD}|"
    rf"\b(?:yo )?(?:preferiria|prefiero) (?:estar muert[oa]|morir(?:me)?){_NOT_A_TRIFLE}",
]

# One's own death at work, supposed: "if I fell off the roof tomorrow", "si me cayera del
# andamio", "if I got killed on the line".
_IF_I_WERE_GONE = (
    r"(?:if (?:i|something|an accident) (?:(?:fell|fall|slipped|went|came) (?:off|from|through|"
    r"down) (?:the|a|that|this) (?:roof|ladder|scaffold\w*|building|bridge|beam|lift|catwalk|"
    r"tower|rig|silo)|(?:died|die|got killed|was killed|were killed|got crushed|got "
    r"electrocuted|was gone|were gone)|(?:happened to|took) me)|si (?:yo )?(?:me )?(?:cayera|"
    r"cayese|muriera|muriese|matara|mataran|me pasara algo)\b)"
)
# What it would bring: problems solved, or a cheque bigger than one's pay.
_IT_WOULD_PAY = (
    r"(?:(?:would|'d|could|might|will) (?:honestly |probably |really )?(?:solve|fix|take care "
    r"of|end) (?:a lot of|lots of|all|all of|most of|so many|half (?:of )?|many of) (?:the |our |"
    r"their |my |everyone'?s |my family'?s |our family'?s )?(?:problems|issues|money problems|"
    r"worries|debts?|bills)|(?:check|cheque|payout|benefit|settlement|insurance|comp|pension|"
    r"money) (?:would|'d|will|could) (?:be|pay|bring) more than (?:i|what i) (?:make|earn|bring "
    r"(?:home|in)|ever made)|(?:se |les |nos )?(?:resolveria\w*|solucionaria\w*|arreglaria\w*|"
    r"acabaria\w*) (?:muchos|todos|varios|la mitad de) (?:sus |los |nuestros )?problemas|(?:el "
    r"seguro|la indemnizacion|la pension|el cheque) (?:les |nos )?(?:daria|pagaria|seria) mas "
    r"de lo que (?:yo )?gano)"
)
# Care given up: the follow-up, the appointment or the refill no longer needed.
_CARE_NOT_NEEDED = (
    r"(?:(?:won'?t|wont|will not|don'?t|dont|do not|am not going to|not gonna) (?:be )?"
    r"(?:need|needing)\b[^.!?]{0,20}\b(?:follow[- ]?ups?|appointments?|appts?|recheck|check[- ]?"
    r"ups?|visits?|refills?|sessions?|therapy|results|paperwork)|ya no (?:voy a )?necesit\w* "
    r"(?:la |el |mi |mis |las )?(?:cita|consulta|seguimiento|revision|receta|terapia)|no voy a "
    r"necesitar (?:la |el |mi |mis |las )?(?:cita|consulta|seguimiento|revision|receta))"
)
# A bare apology passed on through someone, the apology for nothing in particular: "tell my
# crew lead I'm sorry", "dígale a mi esposa que lo siento". Sorry for being late is an errand.
_SORRY_PASSED_ON = (
    r"(?:tell (?:my|the|our) (?:\w+ ){0,2}?(?:that )?(?:i'?m|im|i am) (?:so |really |truly )?"
    r"sorry(?=\W*$|\W*[.,;!?]| for (?:everything|all of it|it all)\b| and (?:i|that i) love\b)|"
    r"(?:dile|digale|diganle|decile|diles) a (?:mi|mis|el|la|los) (?:\w+ ){0,2}?que (?:lo "
    r"siento|me perdone\w*|perdon)(?=\W*$|\W*[.,;!?]| (?:mucho|por todo)\b))"
)
_BACK_TO_WORK = (
    r"(?:cleared|released|back to (?:work|full duty|my job)|full duty|reschedul\w*|moving|moved|"
    r"new (?:doctor|clinic|provider|job)|another (?:doctor|clinic)|switch\w*|closer to home|"
    r"me dieron de alta|regreso al trabajo|otra clinica|me cambio)"
)
# Someone else who would rather be dead, and now out of reach: gone out to the barn, not
# answering. Gone out "to fix the tractor" names the errand.
_THEY_RATHER_DEAD = (
    rf"(?:(?:he|she|they)(?:'d| would| had) (?:\w+ )?{_RATHER_DEAD}|(?:dijo|dice|dijera) que "
    rf"(?:\w+ )?{_PREFERS_DEAD})"
)
_OUT_OF_REACH = (
    rf"(?:{_SILENT}|(?:went|walked|drove|headed) (?:out )?(?:to|into) the (?:barn|shed|"
    r"garage|woods|field|back forty|truck|shop|pasture)\b(?! (?:to|for) \w+)|took (?:his|her|"
    r"their) (?:gun|rifle|shotgun|pistol|truck)|(?:se fue|salio) (?:al|a la) (?:granero|"
    r"establo|monte|cochera|taller|campo|troca|camioneta))"
)
# A relative's death by their own hand, told in the past or in a word ("dad did it in
# 1998"), with the writer now understanding why. Doing it "himself" is a job done.
_KIN_DID_IT = (
    r"(?:dad|father|pa|papa|pop|mom|mother|brother|sister|uncle|grandpa|grandfather|granddad|"
    r"grandma|grandmother|son|husband|wife|cousin|friend|buddy|padre|hermano|tio|abuelo|mama|"
    r"madre|hermana|hijo|esposo|primo|amigo)\b (?:\w+ ){0,2}?(?:did it|did himself in|did "
    r"herself in|took (?:his|her) (?:own )?life|killed (?:himself|herself)|shot (?:himself|"
    r"herself)|hanged (?:himself|herself)|hung (?:himself|herself)|ended (?:it|his life|her "
    r"life|things)|lo hizo|se mato|se quito la vida|se suicido|se ahorco|se colgo|se (?:pego|"
    r"dio) un tiro)\b(?! (?:himself|herself|themselves|all|alone|on (?:his|her) own|by "
    r"(?:himself|herself|hand)|with|for|to|right|again|first|better|too|like|that way|the same|"
    r"el solo|ella sola|solo|sola|con sus|a mano|bien|mal|mejor|asi|igual|tambien|primero))"
)
_UNDERSTAND_WHY = (
    r"(?:(?:starting|beginning|coming|start|begin|i'?m starting|i'?m beginning) to (?:understand|"
    r"get|see) (?:why|it)|(?:now i|i finally|finally) (?:understand|get|see) (?:why|it)|i get "
    r"(?:it|why) now|(?:empiezo|comienzo|estoy empezando) a entender(?: por que| porque)?|"
    r"(?:ahora|ya) (?:entiendo|comprendo)(?: por que| porque)?)"
    r"(?: (?:he|she|they) did(?: it| that)?| lo hizo)?(?=\W*$|\W*[.,;!?]| now\b| too\b)"
)

RULES = [
    SignsTogether((_UNDERSTAND_WHY,), told_before=_KIN_DID_IT),
    SignsTogether((_IF_I_WERE_GONE, _IT_WOULD_PAY)),
    SignsTogether(
        (_CARE_NOT_NEEDED, _SORRY_PASSED_ON), unless=f"(?:{_WELL_AGAIN}|{_BACK_TO_WORK})"
    ),
    SignsTogether((_THEY_RATHER_DEAD, _OUT_OF_REACH)),
]
