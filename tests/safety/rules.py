"""What the safety tests share: the rules alone, and the verdicts a message must get.

Each `assert_*` runs the input check on one message, by default with the rules alone
(`rules_only=False` runs the full check, learned backstop included), asserts what the
verdict must be and returns it. A failure shows the message and the whole verdict, and
`why`, when the case gives a reason.
"""

from __future__ import annotations

from aurixa.safety.detectors.base import DetectorRegistry
from aurixa.safety.detectors.emergency import EmergencyDetector
from aurixa.safety.detectors.selfharm import SelfHarmDetector
from aurixa.safety.schemas import Action, Category, SafetyPolicy, SafetyVerdict
from aurixa.safety.service import check_input
from aurixa.safety.text import Doc


def rules_only() -> DetectorRegistry:
    """The rules without the learned backstop, so a test shows the rule itself fires."""
    return DetectorRegistry([EmergencyDetector(), SelfHarmDetector()])


def _registry(rules: bool) -> DetectorRegistry | None:
    # A fresh registry per message, so no detector's state carries from one case to the next.
    return rules_only() if rules else None


def verdict_on(message: str, *, rules_only: bool = True) -> SafetyVerdict:
    """The input check's verdict on `message`."""
    return check_input(message, registry=_registry(rules_only))


def shown(message: str, verdict: SafetyVerdict, wanted: str, why: str | None = None) -> str:
    """The message, the verdict it should have had and the one it got, for a failure to be
    read without a debugger."""
    lines = [
        f"wanted: {wanted}",
        f"message: {message!r}",
        f"verdict: {verdict.category.value} (subtype {verdict.subtype}, "
        f"severity {verdict.severity.value}, action {verdict.action.value}, "
        f"escalated {verdict.requires_escalation})",
        f"fired: {[c.value for c in verdict.categories]}",
        f"evidence: {verdict.evidence}",
    ]
    if why:
        lines.insert(0, f"why: {why}")
    return "\n".join(lines)


def assert_verdict(
    message: str,
    category: Category,
    *,
    subtype: str | None = None,
    rules_only: bool = True,
    why: str | None = None,
) -> SafetyVerdict:
    """`category` leads the verdict, and `subtype`, when given, is the rule that decided it."""
    __tracebackhide__ = True
    verdict = verdict_on(message, rules_only=rules_only)
    wanted = category.value if subtype is None else f"{category.value} by {subtype}"
    assert verdict.category == category, shown(message, verdict, wanted, why)
    if subtype is not None:
        assert verdict.subtype == subtype, shown(message, verdict, wanted, why)
    return verdict


def assert_emergency(
    message: str,
    *,
    subtype: str | None = None,
    fired: str | None = None,
    rules_only: bool = True,
    why: str | None = None,
) -> SafetyVerdict:
    """The message takes the emergency path; `subtype` is the rule that decided it, and
    `fired` a rule of the emergency detector that fired, whether or not it decided."""
    __tracebackhide__ = True
    verdict = assert_verdict(
        message, Category.EMERGENCY, subtype=subtype, rules_only=rules_only, why=why
    )
    if fired is not None:
        findings = EmergencyDetector().detect(Doc(message), SafetyPolicy())
        rules = sorted({f.subtype or "" for f in findings})
        wanted = f"emergency, {fired} among the emergency rules that fired ({rules})"
        assert fired in rules, shown(message, verdict, wanted, why)
    return verdict


def assert_crisis(
    message: str, *, reply: bool = False, rules_only: bool = True, why: str | None = None
) -> SafetyVerdict:
    """The crisis leads the verdict; with `reply`, the patient is given the crisis reply."""
    __tracebackhide__ = True
    verdict = assert_verdict(message, Category.SELF_HARM, rules_only=rules_only, why=why)
    if reply:
        assert verdict.action == Action.CRISIS_REPLY, shown(message, verdict, "crisis reply", why)
    return verdict


def assert_crisis_named(
    message: str, *, rules_only: bool = True, why: str | None = None
) -> SafetyVerdict:
    """A crisis is among what fired, though an emergency told beside it may lead."""
    __tracebackhide__ = True
    verdict = verdict_on(message, rules_only=rules_only)
    wanted = "self_harm among what fired"
    assert Category.SELF_HARM in verdict.categories, shown(message, verdict, wanted, why)
    return verdict


def assert_escalated(
    message: str, *, rules_only: bool = True, why: str | None = None
) -> SafetyVerdict:
    """Staff are alerted, whichever of the alarms leads."""
    __tracebackhide__ = True
    verdict = verdict_on(message, rules_only=rules_only)
    assert verdict.requires_escalation, shown(message, verdict, "escalated", why)
    return verdict


def assert_routine(
    message: str, *, rules_only: bool = True, why: str | None = None
) -> SafetyVerdict:
    """Nothing is escalated: the message goes on as a routine one."""
    __tracebackhide__ = True
    verdict = verdict_on(message, rules_only=rules_only)
    assert not verdict.requires_escalation, shown(message, verdict, "not escalated", why)
    return verdict


def assert_not_verdict(
    message: str, *categories: Category, rules_only: bool = True, why: str | None = None
) -> SafetyVerdict:
    """None of `categories` leads the verdict (another alarm still may)."""
    __tracebackhide__ = True
    verdict = verdict_on(message, rules_only=rules_only)
    wanted = "none of " + ", ".join(c.value for c in categories)
    assert verdict.category not in categories, shown(message, verdict, wanted, why)
    return verdict


def assert_no_crisis_named(
    message: str, *, rules_only: bool = True, why: str | None = None
) -> SafetyVerdict:
    """No crisis is among what fired, even beside another alarm."""
    __tracebackhide__ = True
    verdict = verdict_on(message, rules_only=rules_only)
    wanted = "self_harm not among what fired"
    assert Category.SELF_HARM not in verdict.categories, shown(message, verdict, wanted, why)
    return verdict
