"""Deterministic replies for emergencies, crises and failed checks — never an LLM.

The wording follows public emergency guidance: say what to do first (call the
emergency number), keep it short, and never delay the call with questions.
"""

from __future__ import annotations

from aurixa.safety.schemas import Action, Category, SafetyPolicy, SafetyVerdict

_EMERGENCY_EN = (
    "This may be a medical emergency. Call {number} now, or go to the nearest emergency "
    "department. Do not wait for a reply here and do not drive yourself. {extra}"
    "I have alerted our staff, and someone from the care team will follow up."
)
_EMERGENCY_ES = (
    "Esto puede ser una emergencia médica. Llame al {number} ahora o vaya a la sala de "
    "emergencias más cercana. No espere una respuesta aquí y no conduzca usted mismo. {extra}"
    "He avisado a nuestro personal y alguien del equipo de atención le contactará."
)
_EXTRA_EN = {
    "stroke": "Note the time the symptoms started; it matters for treatment. ",
    "anaphylaxis": "If an epinephrine auto-injector (EpiPen) is available, use it now. ",
    "overdose_poisoning": "If you can, keep the container or pills to show the responders. ",
    "bleeding": "Press firmly on the wound with a clean cloth while you wait. ",
    "unresponsive": "If the person is not breathing, the dispatcher will guide you through CPR. ",
}
_EXTRA_ES = {
    "stroke": "Anote la hora en que empezaron los síntomas; es importante para el tratamiento. ",
    "anaphylaxis": "Si tiene un autoinyector de epinefrina (EpiPen), úselo ahora. ",
    "overdose_poisoning": "Si puede, guarde el envase o las pastillas para mostrarlos. ",
    "bleeding": "Presione con firmeza la herida con un paño limpio mientras espera. ",
    "unresponsive": "Si la persona no respira, el operador le guiará para hacer RCP. ",
}

_CRISIS_EN = (
    "I'm really sorry you're going through this, and I'm glad you told me. You don't have to "
    "face it alone. You can call or text {line} (Suicide & Crisis Lifeline) any time, day or "
    "night, to talk with someone now. If you are in immediate danger, call {number}. "
    "Would you like me to connect you with a member of our care team? I have let them know."
)
_CRISIS_ES = (
    "Siento mucho que esté pasando por esto y me alegra que me lo haya contado. No tiene que "
    "enfrentarlo solo. Puede llamar o enviar un mensaje al {line} (línea de crisis, en español "
    "también) a cualquier hora para hablar con alguien ahora. Si está en peligro inmediato, "
    "llame al {number}. ¿Quiere que le ponga en contacto con alguien de nuestro equipo? "
    "Ya les he avisado."
)

SAFE_FALLBACK = {
    "en": (
        "I'm sorry, I can't answer that safely right now. A member of our care team can help; "
        "if this is urgent, call {number}."
    ),
    "es": (
        "Lo siento, ahora no puedo responder a eso de forma segura. Alguien de nuestro equipo "
        "puede ayudarle; si es urgente, llame al {number}."
    ),
}

REFUSAL = {
    "en": "I'm sorry, I can't help with that. I can help with appointments, prescriptions, "
    "insurance and questions about our services.",
    "es": "Lo siento, no puedo ayudar con eso. Puedo ayudarle con citas, recetas, seguros y "
    "preguntas sobre nuestros servicios.",
}


def emergency_reply(verdict: SafetyVerdict, policy: SafetyPolicy) -> str:
    """The immediate answer to an emergency verdict, in the patient's language."""
    extras = _EXTRA_ES if verdict.language == "es" else _EXTRA_EN
    template = _EMERGENCY_ES if verdict.language == "es" else _EMERGENCY_EN
    extra = extras.get(verdict.subtype or "", "")
    reply = template.format(number=policy.emergency_number, extra=extra)
    if Category.SELF_HARM in verdict.categories:
        # An overdose taken on purpose is both: the emergency first, then the crisis line.
        reply += " " + crisis_reply(policy, verdict.language)
    return reply


def crisis_reply(policy: SafetyPolicy, language: str = "en") -> str:
    """The caring answer to a self-harm signal: crisis line, a human, no judgement."""
    template = _CRISIS_ES if language == "es" else _CRISIS_EN
    return template.format(line=policy.crisis_line, number=policy.emergency_number)


def safe_fallback(policy: SafetyPolicy, language: str = "en") -> str:
    return SAFE_FALLBACK.get(language, SAFE_FALLBACK["en"]).format(number=policy.emergency_number)


def refusal(language: str = "en") -> str:
    return REFUSAL.get(language, REFUSAL["en"])


REDIRECT = {
    "en": "That's outside what I can help with here. I can help with appointments, "
    "prescriptions, insurance and questions about our services.",
    "es": "Eso está fuera de lo que puedo hacer aquí. Puedo ayudarle con citas, recetas, "
    "seguros y preguntas sobre nuestros servicios.",
}


def reply_for(verdict: SafetyVerdict, policy: SafetyPolicy) -> str | None:
    """The deterministic reply a verdict calls for; None when the text may go on."""
    language = verdict.language
    match verdict.action:
        case Action.EMERGENCY_REPLY:
            return emergency_reply(verdict, policy)
        case Action.CRISIS_REPLY:
            return crisis_reply(policy, language)
        case Action.REFUSE | Action.BLOCK:
            return refusal(language)
        case Action.REDIRECT:
            return REDIRECT.get(language, REDIRECT["en"])
        case Action.FALLBACK:
            return safe_fallback(policy, language)
        case _:
            return None
