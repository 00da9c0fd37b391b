"""Crisis signs that mean a crisis only together, in the first person (English and Spanish).

A note written is a crisis with the end of one's rope; appointments cancelled are one when
there is no future to keep them in. Each sign alone is everyday talk, so a rule names all
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
    r"doctor|seguro))\b"
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
    r"(?:(?:won't|wont|will not|i'll not) be (?:around|here|alive)\b (?:by then|much longer|for "
    r"(?:much )?long|anymore|any more)|"
    r"(?:i'll|i will) (?:be gone|be dead|not be here) (?:by then|soon|before)\b|"
    r"no (?:voy a|creo) (?:estar|seguir) (?:aqui|vivo|viva) (?:para entonces|mucho tiempo|"
    r"la proxima)|ya no (?:voy a )?estar(?:e)? (?:aqui|para entonces)\b|"
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
    r"here|alive)|need (?:them|any of them|those|these))|ya no (?:voy a )?(?:estar|estare|"
    r"necesitar\w*)|no (?:las |los )?voy a necesitar)"
)

RULES = [
    # A note written, with the end of one's rope or telling someone before.
    SignsTogether((_NOTE_WRITTEN, _END_OF_ROPE)),
    # No future to keep appointments in, unless the message says where the person is going.
    SignsTogether((_NO_FUTURE,), unless=_AWAY),
    SignsTogether((_CANCEL_ALL, _NOT_AROUND), unless=_AWAY),
]
