"""The safety checks every message and every answer go through.

`check_input` runs the registered detectors on a patient message; `check_output`
reviews an answer before a patient sees it. Both are pure and synchronous (a
few hundred microseconds), and both fail closed: if anything inside raises, the
verdict is "not allowed", category `guardrail_error`, and staff are alerted.
"""

from __future__ import annotations

from collections.abc import Sequence

import structlog

from aurixa.safety.detectors.base import DetectorRegistry, Direction, Finding, default_registry
from aurixa.safety.detectors.pii import find_pii, redact_spans
from aurixa.safety.output import find_other_patient, review_sentences
from aurixa.safety.replies import crisis_reply, emergency_reply, refusal, safe_fallback
from aurixa.safety.schemas import (
    SEVERITY_RANK,
    Action,
    Category,
    SafetyPolicy,
    SafetyVerdict,
    Severity,
)
from aurixa.safety.text import Doc, language_of

__all__ = [
    "check_input",
    "check_output",
    "crisis_reply",
    "emergency_reply",
    "redact",
    "refusal",
    "safe_fallback",
]

log = structlog.get_logger(__name__)

# Strongest first: the first category present decides the verdict.
_ORDER = [
    Category.GUARDRAIL_ERROR,
    Category.EMERGENCY,
    Category.SELF_HARM,
    Category.OTHER_PATIENT_PHI,
    Category.HARMFUL,
    Category.INJECTION,
    Category.BLOCKED_TOPIC,
    Category.DIAGNOSIS,
    Category.DOSING,
    Category.UNGROUNDED,
    Category.OUT_OF_SCOPE,
    Category.PII,
]
_INPUT_OUTCOME: dict[Category, tuple[bool, bool, Action]] = {
    # category: (allowed, requires_escalation, action)
    Category.EMERGENCY: (False, True, Action.EMERGENCY_REPLY),
    Category.SELF_HARM: (False, True, Action.CRISIS_REPLY),
    Category.HARMFUL: (False, False, Action.REFUSE),
    Category.INJECTION: (False, False, Action.BLOCK),
    Category.BLOCKED_TOPIC: (False, False, Action.REFUSE),
    Category.OUT_OF_SCOPE: (False, False, Action.REDIRECT),
    Category.PII: (True, False, Action.REDACT),
}


def redact(text: str) -> str:
    """`text` with every PII/PHI span replaced by its type, e.g. `[PHONE_NUMBER]`.

    For logs, telemetry and audit details; the pipeline itself keeps the original.
    """
    return redact_spans(text, find_pii(text))


def check_input(
    text: str, *, policy: SafetyPolicy | None = None, registry: DetectorRegistry | None = None
) -> SafetyVerdict:
    """Verdict on a patient message, before any model sees it."""
    policy = policy or SafetyPolicy()
    try:
        doc = Doc(text)
        findings = _run(registry or default_registry(), "input", doc, policy)
        return _input_verdict(doc, findings, policy)
    except Exception as exc:  # a guardrail that errors fails closed, never open
        return _guardrail_error(text, exc, "input")


def check_output(
    text: str,
    *,
    sources: Sequence[str] | None = None,
    policy: SafetyPolicy | None = None,
    other_patient_identifiers: Sequence[str] = (),
    registry: DetectorRegistry | None = None,
    append_disclaimer: bool = True,
) -> SafetyVerdict:
    """Verdict on an answer; `redacted_text` is what the patient may be shown.

    `sources` are the knowledge passages the answer was built from; pass None for
    answers that do not come from the knowledge base (tool results, small talk).
    A caller checking an answer sentence by sentence passes
    `append_disclaimer=False` and adds the tenant's disclaimer once at the end.
    """
    policy = policy or SafetyPolicy()
    try:
        return _output_verdict(
            text,
            sources,
            policy,
            other_patient_identifiers,
            registry or default_registry(),
            append_disclaimer=append_disclaimer,
        )
    except Exception as exc:
        return _guardrail_error(text, exc, "output")


def _run(
    registry: DetectorRegistry, direction: Direction, doc: Doc, policy: SafetyPolicy
) -> list[Finding]:
    findings: list[Finding] = []
    for detector in registry.for_direction(direction):
        if policy.enabled(detector.category):
            findings.extend(detector.detect(doc, policy))
    return [f for f in findings if policy.enabled(f.category)]


def _ranked(findings: Sequence[Finding]) -> list[Category]:
    present = {f.category for f in findings}
    return [c for c in _ORDER if c in present]


def _evidence(findings: Sequence[Finding], category: Category) -> list[str]:
    seen: dict[str, None] = {}
    for f in findings:
        if f.category == category:
            seen.setdefault(f.evidence, None)
    return list(seen)


def _input_verdict(doc: Doc, findings: list[Finding], policy: SafetyPolicy) -> SafetyVerdict:
    pii = [(f.subtype or "PII", f.start, f.end) for f in findings if f.category == Category.PII]
    redacted = redact_spans(doc.text, pii)
    categories = _ranked(findings)
    language = language_of(doc)
    if not categories:
        return SafetyVerdict(allowed=True, redacted_text=redacted, language=language)
    top = categories[0]
    allowed, escalate, action = _INPUT_OUTCOME[top]
    top_findings = [f for f in findings if f.category == top]
    severity = max((f.severity for f in top_findings), key=SEVERITY_RANK.__getitem__)
    if top == Category.HARMFUL and severity == Severity.CRITICAL:
        escalate = True  # child-safety content is a safeguarding matter for staff
    return SafetyVerdict(
        allowed=allowed,
        requires_escalation=escalate,
        category=top,
        severity=severity,
        evidence=_evidence(findings, top),
        redacted_text=redacted,
        action=action,
        categories=categories,
        subtype=top_findings[0].subtype,
        language=language,
    )


def _output_verdict(
    text: str,
    sources: Sequence[str] | None,
    policy: SafetyPolicy,
    identifiers: Sequence[str],
    registry: DetectorRegistry,
    *,
    append_disclaimer: bool,
) -> SafetyVerdict:
    doc = Doc(text)
    language = language_of(doc)
    enabled = {c for c in Category if policy.enabled(c)}
    findings = _run(registry, "output", doc, policy)
    findings = [f for f in findings if f.category != Category.PII]  # the patient's own data
    if Category.OTHER_PATIENT_PHI in enabled:
        findings += find_other_patient(text, identifiers)
    review = review_sentences(text, sources=sources, enabled=enabled)
    findings += review.findings
    categories = _ranked(findings)
    blocked = {Category.OTHER_PATIENT_PHI, Category.BLOCKED_TOPIC} & set(categories)
    too_little = not review.kept or (review.dropped > 0 and review.dropped * 2 >= review.claims)
    if blocked or (categories and too_little):
        final, action = safe_fallback(policy, language), Action.FALLBACK
    elif categories:
        final, action = " ".join(review.kept), Action.MODIFY
    else:
        final, action = text, Action.ALLOW
    disclaimer = policy.disclaimer if append_disclaimer and action != Action.FALLBACK else None
    if disclaimer and disclaimer not in final:
        final = f"{final}\n\n{disclaimer}"
    if not categories:
        return SafetyVerdict(allowed=True, redacted_text=final, action=action, language=language)
    top = categories[0]
    severity = max(
        (f.severity for f in findings if f.category == top), key=SEVERITY_RANK.__getitem__
    )
    return SafetyVerdict(
        allowed=action != Action.FALLBACK,
        requires_escalation=top == Category.OTHER_PATIENT_PHI,
        category=top,
        severity=severity,
        evidence=_evidence(findings, top),
        redacted_text=final,
        action=action,
        categories=categories,
        language=language,
    )


def _guardrail_error(text: str, exc: Exception, direction: str) -> SafetyVerdict:
    log.error("safety.guardrail_error", direction=direction, error=type(exc).__name__, exc_info=exc)
    try:
        redacted = redact(text)
    except Exception:  # even redaction failed: show nothing of the text
        redacted = ""
    return SafetyVerdict(
        allowed=False,
        requires_escalation=True,
        category=Category.GUARDRAIL_ERROR,
        severity=Severity.HIGH,
        evidence=[f"{direction} check failed: {type(exc).__name__}"],
        redacted_text=redacted if direction == "input" else safe_fallback(SafetyPolicy()),
        action=Action.FALLBACK,
        categories=[Category.GUARDRAIL_ERROR],
    )
