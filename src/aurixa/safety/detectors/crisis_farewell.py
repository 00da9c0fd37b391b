"""A farewell told as an errand, in the first person (English and Spanish).

Care given up for good with no reason for it and last words to the doctor; a medicine
asked for in bulk "for when I decide I'm done"; whether taking all of it at once would be
painless. Each sign alone is everyday talk (a visit no longer needed, thanks for
everything, a refill before a trip), so a rule names all its signs, and a reason to be
well or away sets the farewell aside. `selfharm` reads these with the other rules.
"""

from __future__ import annotations

from aurixa.safety.detectors.crisis_quiet import PREP_TAKEN
from aurixa.safety.detectors.crisis_together import _AWAY, _MEDICINE, _TAKE_ALL, SignsTogether

# Care given up with no end to it: a visit given to someone else, not needed "or any after
# that", every appointment cancelled "for good".
_CARE_GIVEN_UP = (
    r"(?:give (?:it|my (?:spot|slot|appointment|appt|place)|them) to (?:someone|somebody|"
    r"another (?:patient|person))(?: else)?|(?:won'?t|wont|will not|don'?t|dont|do not) "
    r"(?:really )?need\b[^.!?]{0,40}\b(?:appointments?|appts?|visits?|sessions?)\b[^.!?]{0,25}"
    r"\b(?:or any (?:after|other|more)|any ?more|ever again)|cancel\w*\b[^.!?]{0,40}\b(?:for "
    r"good|forever|permanently)|(?:den|denle|dele|pueden dar) (?:mi|la) (?:cita|consulta|lugar) "
    r"a (?:otra persona|alguien mas|otro paciente)|ya no (?:voy a )?necesit\w*\b[^.!?]{0,30}"
    r"\b(?:citas?|consultas?)\b[^.!?]{0,25}\b(?:ni (?:ninguna|las) (?:otra|siguientes|demas)|"
    r"nunca mas)|cancel\w*\b[^.!?]{0,40}\b(?:para siempre|definitivamente))"
)
# Last words: thanks for everything, kindness remembered, a decision made, no one to blame.
_LAST_WORDS = (
    r"(?:thank(?:s| you| u)\b[^.!?]{0,25}\bfor everything|(?:you|u) (?:were|have been|'ve been|"
    r"was) (?:always )?(?:so )?(?:kind|good|nice) to me|(?:it'?s|its|it is|it was|it wasn'?t) "
    r"(?:not )?(?:anyone'?s|her|his|your|their|nobody'?s|no one'?s) fault|(?:i'?ve|ive|i have) "
    r"made (?:my|up my) (?:decision|mind)|goodbye|gracias por todo|(?:siempre )?(?:fue|fuiste|"
    r"ha sido|han sido) (?:muy )?(?:buen[oa]s?|amables?) conmigo|no es culpa de (?:nadie|ella|"
    r"el)|no es (?:su|tu) culpa|ya (?:tome|he tomado) (?:mi|la) decision|ya lo decidi|adios)"
)
# A reason to give up the visits that is no farewell: better, healed, another doctor.
_WELL_AGAIN = (
    r"(?:better|healed|cleared (?:up)?|resolved|recovered|gone away|went away|all good|fine "
    r"now|feeling great|found (?:another|a new)|mejor|se (?:me )?(?:quito|curo|fue)|ya sane|"
    r"ya estoy bien|otro (?:medico|doctor))"
)
# The end chosen, as a time or an act: "for when I decide I'm done", "para acabar con esto
# de una vez", "the last thing I have to do before I go".
_WHEN_DONE = (
    r"(?:(?:for |)(?:when|once|whenever) (?:i|i'?m|im) (?:decide|ready|choose)\b[^.!?]{0,15}"
    r"\b(?:done|ready|to go|it'?s time|enough)|(?:the )?last thing i (?:have|need|got) to do "
    r"before i go\b(?! (?:to|on|back|out|home|away|into|in|for)\b)|para (?:acabar|terminar) con "
    r"esto(?: de una vez)?(?: por todas)?|cuando (?:decida|este list[oa]) (?:que )?(?:ya )?"
    r"(?:es hora|basta|termin\w*|acab\w*))"
)
# A medicine in bulk: a whole bottle on hand, a refill early, several pens.
_MEDICINE_IN_HAND = (
    rf"(?:{_MEDICINE}|prescriptions?|recetas?|(?:whole|entire|full) (?:bottle|box|supply|pack)|"
    r"refill\w* early|"
    r"varias (?:plumas|cajas|frascos)|plumas)"
)
# Whether the end would hurt: "would it be painless", "¿sería sin dolor?".
_PAINLESS = (
    r"(?:(?:would|will|is|could) (?:it|that) (?:be )?(?:painless|peaceful|quick and painless)|"
    r"would i (?:feel (?:anything|it|any pain)|suffer|wake up)|(?:seria|sera|es) (?:sin dolor|"
    r"rapido y sin dolor|tranquilo)|(?:sentiria|sufriria|despertaria) (?:algo|nada)?)"
)

# Never to be seen again, said by the writer: "no me van a volver a ver", "you won't see me
# again", "you'll never hear from me again".
_NEVER_AGAIN = (
    r"(?:(?:won'?t|will not|wont|never) (?:ever )?(?:see|hear from) me (?:ever )?again|(?:you'?ll|"
    r"you will) never (?:see|hear from) me again|no (?:me )?(?:van|vas|va) a volver a (?:ver|"
    r"saber de mi)|no (?:volveran|volveras|volvera) a (?:verme|saber de mi)|nunca (?:mas )?"
    r"(?:me )?(?:volveran|van a volver) a ver)"
)

RULES = [
    # Last words and never to be seen again, unless the person is moving or switching care.
    SignsTogether((_LAST_WORDS, _NEVER_AGAIN), unless=f"(?:{_WELL_AGAIN}|{_AWAY})"),
    # Care given up for good with last words, unless the person is well or going away.
    SignsTogether((_CARE_GIVEN_UP, _LAST_WORDS), unless=f"(?:{_WELL_AGAIN}|{_AWAY})"),
    # A medicine in bulk for the end chosen, unless a trip explains "before I go".
    SignsTogether((_MEDICINE_IN_HAND, _WHEN_DONE), unless=_AWAY),
    # Taking all of it at once, and whether it would be painless, unless it is the bowel prep.
    SignsTogether((_TAKE_ALL, _PAINLESS), unless=PREP_TAKEN),
]
