"""What a patient's message says, read by small exact rules.

The dialogue manager needs only a few facts per turn (which task, yes or no,
which of the offered options, which kind of doctor, the reason for a visit);
rules give the same answer every time and explain themselves in tests.
"""

from __future__ import annotations

import re

from aurixa.agent.dates import clock_time

# The intent router's names (llm_router/intents.json) -> the flow that does it.
FLOW_BY_INTENT = {
    "booking": "book",
    "availability": "availability",
    "cancel": "cancel",
    "reschedule": "reschedule",
    "insurance": "insurance",
    "refill": "refill",
    "prescriptions": "refill",
    "greeting": "greeting",
}
INTENT_BY_FLOW = {
    "book": "booking",
    "availability": "availability",
    "cancel": "cancel",
    "reschedule": "reschedule",
    "insurance": "insurance",
    "refill": "refill",
    "appointments": "booking",
    "greeting": "greeting",
}

_FLOW_RULES: tuple[tuple[str, str], ...] = (
    (
        "reschedule",
        r"\b(reschedul\w*|move my (appointment|visit)|change (the|my) (time|appointment)"
        r"|push (it|my appointment) back)\b",
    ),
    ("cancel", r"\bcancel\w*\b"),
    ("refill", r"\b(refill\w*|prescription\w*|renew my|medication|meds|pharmacy)\b"),
    ("insurance", r"\b(insurance|insured|covered|coverage|cover|copay|co-pay|deductible|plan)\b"),
    (
        "appointments",
        r"\b(my (upcoming )?appointments|when is my (appointment|visit)"
        r"|do i have (an|any) appointments?)\b",
    ),
    ("availability", r"\b(availab\w*|openings?|free (slots?|times?)|any (slots?|times?))\b"),
    (
        "book",
        r"\b(book\w*|appointment|schedule|see (a|the|dr|doctor)\w*|visit|check-?up"
        r"|make an appointment)\b",
    ),
    ("greeting", r"^\s*(hi|hello|hey|good (morning|afternoon|evening))\b"),
)

_YES = re.compile(
    r"^\s*(yes|yeah|yep|yup|sure|ok(ay)?|please( do)?|confirm(ed)?|go ahead|correct|that'?s "
    r"(right|correct|fine)|book it|do it|sounds good|perfect|absolutely|y)\b"
)
_NO = re.compile(r"^\s*(no|nope|nah|don'?t|do not|not (now|that)|negative|n)\b")
# Only at the start: "stomach pain that won't stop" is a visit reason, not "stop".
_ABORT = re.compile(r"^\W*(never ?mind|forget (it|that)|stop|start over|that'?s all|quit)\b")
_LATER = re.compile(r"\b(later|another time|different time|other times?|something else)\b")
_EARLIER = re.compile(r"\b(earlier|sooner)\b")

# Ordinals before cardinals: in "the second one", "second" decides, not "one".
_ORDINALS = (
    ("first", 0),
    ("1st", 0),
    ("second", 1),
    ("2nd", 1),
    ("third", 2),
    ("3rd", 2),
    ("fourth", 3),
    ("4th", 3),
    ("fifth", 4),
    ("5th", 4),
    ("one", 0),
    ("two", 1),
    ("three", 2),
    ("four", 3),
    ("five", 4),
)
_CARDINALS = {"one", "two", "three", "four", "five"}

SPECIALTY_WORDS: dict[str, tuple[str, ...]] = {
    "family medicine": (
        "family",
        "primary care",
        "gp",
        "general practi",
        "regular doctor",
        "check-up",
        "checkup",
        "physical exam",
    ),
    "internal medicine": ("internal", "internist"),
    "pediatrics": ("pediatric", "child", "kid", "son", "daughter", "baby"),
    "cardiology": ("cardio", "heart"),
    "dermatology": ("dermatolog", "skin", "rash", "mole"),
    "orthopedics": ("orthop", "bone", "knee", "joint", "fracture"),
    "obstetrics": ("obstetric", "ob-gyn", "obgyn", "gyn", "prenatal", "pregnan"),
    "neurology": ("neurolog", "migraine", "headache"),
    "physical therapy": ("physical therap", "physio", "rehab"),
    "mental health": ("mental", "counsel", "therapist", "anxiety", "depress", "psych"),
}

SERVICE_WORDS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("physical_therapy", ("physical therap", "physio", "rehab")),
    ("mental_health", ("mental", "counsel", "therapy", "psych", "behavioral")),
    ("imaging", ("imaging", "x-ray", "xray", "mri", "ct scan", "ultrasound", "scan")),
    ("lab", ("lab", "blood test", "blood work", "bloodwork")),
    ("telehealth", ("telehealth", "video", "virtual", "online visit")),
    ("specialist", ("specialist", "cardiolog", "dermatolog", "orthop", "neurolog", "obstetric")),
    (
        "primary_care",
        (
            "primary care",
            "checkup",
            "check-up",
            "physical",
            "annual",
            "family doctor",
            "regular visit",
            "doctor visit",
            "office visit",
        ),
    ),
)

_REASON_RE = re.compile(
    r"\b(?:because(?: of)?|reason(?: is)?:?|regarding|due to|for (?:a|an|my))\s+(.{3,200})$"
)
_VISIT_KIND_RE = re.compile(
    r"\b(annual (exam|physical|visit)|check-?up|physical exam|follow-?up( visit)?|flu shot"
    r"|vaccination|well-child visit|sports physical)\b"
)
_TIME_TAIL = re.compile(r"\s*\b(on|next|this|tomorrow|today|at|after|before|around|in the)\b.*$")


def lower(text: str) -> str:
    return " ".join(text.lower().split())


def detect_flow(text: str) -> str | None:
    lowered = lower(text)
    for flow, pattern in _FLOW_RULES:
        if re.search(pattern, lowered):
            return flow
    return None


def is_yes(text: str) -> bool:
    return bool(_YES.search(lower(text))) and not is_no(text)


def is_no(text: str) -> bool:
    return bool(_NO.search(lower(text)))


def wants_abort(text: str) -> bool:
    return bool(_ABORT.search(lower(text)))


def wants_later(text: str) -> bool:
    return bool(_LATER.search(lower(text)))


def wants_earlier(text: str) -> bool:
    return bool(_EARLIER.search(lower(text)))


def choice_index(text: str, count: int) -> int | None:
    """Which of `count` numbered options the message picks, if any."""
    lowered = lower(text)
    if re.search(r"\b(last|latest)\b", lowered) and "later" not in lowered:
        return count - 1
    has_clock = clock_time(lowered) is not None  # "the 10:30 one" names a time, not #1
    for word, index in _ORDINALS:
        if has_clock and word in _CARDINALS:
            continue
        if re.search(rf"\b{word}\b", lowered) and index < count:
            return index
    bare = re.fullmatch(r"\D*?(?:number|option|#)?\s*(\d)\s*[.!]?\s*", lowered)
    if bare and 1 <= int(bare.group(1)) <= count and clock_time(lowered) is None:
        return int(bare.group(1)) - 1
    return None


def specialty_in(text: str, available: list[str]) -> str | None:
    lowered = lower(text)
    for specialty in available:
        if specialty.lower() in lowered:
            return specialty
    for specialty in available:
        words = SPECIALTY_WORDS.get(specialty.lower(), ())
        if any(re.search(rf"\b{re.escape(w)}", lowered) for w in words):
            return specialty
    return None


def service_type_in(text: str) -> str | None:
    lowered = lower(text)
    for service, words in SERVICE_WORDS:
        if any(re.search(rf"\b{re.escape(w)}", lowered) for w in words):
            return service
    return None


def reason_in(text: str) -> str | None:
    """A visit reason stated in passing ("... because of knee pain", "a checkup")."""
    match = _REASON_RE.search(text.strip().rstrip(".!?"))
    if match is None:
        kind = _VISIT_KIND_RE.search(lower(text))
        return kind.group(0) if kind else None
    reason = _TIME_TAIL.sub("", match.group(1)).strip(" ,.")
    return reason if len(reason) >= 3 else None


_STRENGTH = re.compile(r"\s+\d+(?:[.,]\d+)?\s*(?:mg|mcg|µg|g|ml|units?|iu|%)\b.*$", re.IGNORECASE)


def drug_name(medication: str) -> str:
    """The medicine without its strength ("Lisinopril 10 mg" -> "Lisinopril").

    Replies name the medicine, not the dose: the platform's output check treats
    any dose it cannot ground as dosing advice, and the name is what a patient
    uses to say which prescription they mean."""
    return _STRENGTH.sub("", medication).strip() or medication


def name_matches(text: str, name: str) -> bool:
    """Whether the message names `name` by one of its significant words."""
    lowered = lower(text)
    words = [w for w in re.findall(r"[a-z][a-z'-]+", name.lower()) if w not in {"dr", "mg"}]
    return any(len(w) >= 4 and re.search(rf"\b{re.escape(w)}\b", lowered) for w in words)
