"""Insurance coverage (FHIR Coverage) and prescriptions (FHIR MedicationRequest).

Periods and validity dates are offsets from the seed day, so "active", "ended"
and "expired" mean what they say whenever the demo is seeded. The offsets come
from the tenant's fixed generator, so the same day always gives the same data.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal
from typing import Any

from aurixa.core.seed.people import PatientSeed, tenant_rng
from aurixa.core.seed.tenants import TenantSpec

SERVICE_TYPES = (
    "primary_care",
    "specialist",
    "lab",
    "imaging",
    "physical_therapy",
    "mental_health",
    "telehealth",
)


@dataclass(frozen=True)
class PlanTemplate:
    name: str
    primary: int
    specialist: int
    imaging: int
    # HMO-style plans want a prior authorization (referral) for specialists and imaging.
    managed: bool
    covers_pt: bool = True


_TIERS = (
    PlanTemplate("Bronze HMO", 40, 75, 150, managed=True, covers_pt=False),
    PlanTemplate("Silver PPO", 25, 50, 100, managed=False),
    PlanTemplate("Gold PPO", 15, 35, 50, managed=False),
    PlanTemplate("Select HMO", 20, 45, 75, managed=True),
)
_PUBLIC_PLANS = {
    "Medicare": (PlanTemplate("Medicare Part B", 0, 0, 0, managed=False),),
    "North Carolina Medicaid": (PlanTemplate("Medicaid Standard Plan", 0, 3, 3, managed=True),),
    "Medi-Cal": (PlanTemplate("Medi-Cal Managed Care", 0, 0, 0, managed=True),),
}


@dataclass(frozen=True)
class CoverageSeed:
    payor: str
    plan_name: str
    subscriber_id: str
    status: str
    period_start: date
    period_end: date | None
    copay_primary_care: Decimal
    copay_specialist: Decimal
    deductible_remaining: Decimal
    covered_services: dict[str, Any]


@dataclass(frozen=True)
class PrescriptionSeed:
    medication: str
    dosage_instruction: str
    status: str
    authored_on: date
    validity_end: date | None
    refills_remaining: int
    requester_specialty: str


def covered_services(plan: PlanTemplate, rng: random.Random) -> dict[str, Any]:
    def entry(covered: bool, copay: int, prior_authorization: bool = False) -> dict[str, Any]:
        return {
            "covered": covered,
            "copay": float(copay) if covered else 0.0,
            "prior_authorization": prior_authorization and covered,
        }

    return {
        "primary_care": entry(True, plan.primary),
        "specialist": entry(True, plan.specialist, plan.managed),
        "lab": entry(True, rng.choice((0, 0, 10))),
        "imaging": entry(True, plan.imaging, True),
        "physical_therapy": entry(plan.covers_pt, plan.specialist // 2 + 5, plan.managed),
        "mental_health": entry(True, plan.primary),
        "telehealth": entry(True, min(plan.primary, 10)),
    }


def _plans_for(payor: str) -> tuple[PlanTemplate, ...]:
    return _PUBLIC_PLANS.get(payor, _TIERS)


def _one_coverage(payor: str, rng: random.Random, today: date, *, active: bool) -> CoverageSeed:
    plan = rng.choice(_plans_for(payor))
    initials = "".join(word[0] for word in payor.split() if word[0].isalpha()).upper()
    start = date(today.year - rng.randint(0, 4), rng.choice((1, 1, 4, 7, 10)), 1)
    if start > today - timedelta(days=30):
        start = start.replace(year=start.year - 1)  # a current plan has already begun
    status, end = "active", None
    if not active:
        # Two ways a plan stops: the member cancelled it, or its period ran out.
        end = today - timedelta(days=rng.randint(20, 400))
        start = min(start, end - timedelta(days=365))
        status = "cancelled" if rng.random() < 0.5 else "active"
    elif rng.random() < 0.4:
        end = date(today.year, 12, 31) if today.month < 12 else date(today.year + 1, 12, 31)
    deductible = rng.choice((0, 0, 150, 400, 750, 1200, 2500))
    return CoverageSeed(
        payor=f"{payor}",
        plan_name=plan.name if plan.name.split()[0] in payor else f"{payor} {plan.name}",
        subscriber_id=f"{initials}{rng.randint(10_000_000, 99_999_999)}",
        status=status,
        period_start=start,
        period_end=end,
        copay_primary_care=Decimal(plan.primary),
        copay_specialist=Decimal(plan.specialist),
        deductible_remaining=Decimal(0 if plan.primary == 0 else deductible),
        covered_services=covered_services(plan, rng),
    )


def demo_coverages(
    spec: TenantSpec, patients: list[PatientSeed], today: date
) -> dict[str, list[CoverageSeed]]:
    """Coverage per medical record number: most active, some lapsed, a few self-pay."""
    rng = tenant_rng(spec, "coverage")
    result: dict[str, list[CoverageSeed]] = {}
    for index, patient in enumerate(patients):
        roll = rng.random()
        age = patient.age_on(today)
        payors = [p for p in spec.payors if p != "Medicare" or age >= 65]
        if index == 0:
            roll = 0.5  # the portal patient always has a current plan
        coverages: list[CoverageSeed] = []
        if roll < 0.08:
            coverages = []  # self-pay
        elif roll < 0.22:
            coverages = [_one_coverage(rng.choice(payors), rng, today, active=False)]
        else:
            payor = "Medicare" if age >= 65 and rng.random() < 0.7 else rng.choice(payors)
            coverages = [_one_coverage(payor, rng, today, active=True)]
            if roll > 0.8 or index == 0:
                # A plan they left: the assistant must not quote its copays.
                coverages.append(_one_coverage(rng.choice(payors), rng, today, active=False))
        result[patient.identifier] = coverages
    return result


_ADULT_MEDICATIONS = (
    ("Lisinopril 10 mg tablet", "Take 1 tablet by mouth once daily.", "family medicine"),
    ("Atorvastatin 20 mg tablet", "Take 1 tablet by mouth every evening.", "cardiology"),
    ("Metformin 500 mg tablet", "Take 1 tablet by mouth twice daily with meals.",
     "family medicine"),
    ("Levothyroxine 50 mcg tablet", "Take 1 tablet by mouth every morning before breakfast.",
     "family medicine"),
    ("Amlodipine 5 mg tablet", "Take 1 tablet by mouth once daily.", "cardiology"),
    ("Sertraline 50 mg tablet", "Take 1 tablet by mouth once daily.", "mental health"),
    ("Albuterol HFA 90 mcg inhaler", "Inhale 2 puffs every 4 to 6 hours as needed.",
     "family medicine"),
    ("Omeprazole 20 mg capsule", "Take 1 capsule by mouth before breakfast.",
     "family medicine"),
    ("Metoprolol succinate ER 25 mg tablet", "Take 1 tablet by mouth once daily.", "cardiology"),
    ("Tretinoin 0.025% cream", "Apply a pea-sized amount to the face at bedtime.",
     "dermatology"),
    ("Meloxicam 15 mg tablet", "Take 1 tablet by mouth once daily with food.", "orthopedics"),
    ("Escitalopram 10 mg tablet", "Take 1 tablet by mouth once daily.", "mental health"),
    ("Prenatal multivitamin with DHA", "Take 1 capsule by mouth once daily.", "obstetrics"),
    ("Losartan 50 mg tablet", "Take 1 tablet by mouth once daily.", "family medicine"),
)  # fmt: skip
_CHILD_MEDICATIONS = (
    ("Fluticasone 50 mcg nasal spray", "Use 1 spray in each nostril once daily.", "pediatrics"),
    ("Montelukast 4 mg chewable tablet", "Chew 1 tablet by mouth every evening.", "pediatrics"),
    ("Albuterol HFA 90 mcg inhaler", "Inhale 2 puffs with spacer every 4 hours as needed.",
     "pediatrics"),
    ("Hydrocortisone 1% ointment", "Apply a thin layer to affected skin twice daily.",
     "pediatrics"),
)  # fmt: skip
_SHORT_COURSES = (
    ("Amoxicillin 500 mg capsule", "Take 1 capsule by mouth three times daily for 10 days.",
     "family medicine"),
    ("Prednisone 10 mg tablet", "Take as directed on the taper schedule for 6 days.",
     "family medicine"),
)  # fmt: skip

# (status, refills remaining, validity offset in days from the seed day)
_STATES: tuple[tuple[str, int, int], ...] = (
    ("active", 3, 200),
    ("active", 5, 300),
    ("active", 1, 90),
    ("active", 0, 120),  # valid, but every refill used: needs the prescriber
    ("active", 2, -15),  # refills left on paper, yet the prescription has expired
    ("stopped", 0, 30),
)


def _prescription(
    med: tuple[str, str, str], state: tuple[str, int, int], today: date
) -> PrescriptionSeed:
    status, refills, validity = state
    end = today + timedelta(days=validity)
    return PrescriptionSeed(
        medication=med[0],
        dosage_instruction=med[1],
        status=status,
        authored_on=end - timedelta(days=365),
        validity_end=end,
        refills_remaining=refills,
        requester_specialty=med[2],
    )


def demo_prescriptions(
    spec: TenantSpec, patients: list[PatientSeed], today: date
) -> dict[str, list[PrescriptionSeed]]:
    """About two patients in three take something; some take several medicines."""
    rng = tenant_rng(spec, "prescriptions")
    result: dict[str, list[PrescriptionSeed]] = {}
    for index, patient in enumerate(patients):
        age = patient.age_on(today)
        child = age < 18
        catalogue: tuple[tuple[str, str, str], ...] = (
            _CHILD_MEDICATIONS if child else _ADULT_MEDICATIONS
        )
        if patient.gender != "female" or age > 48:
            catalogue = tuple(med for med in catalogue if med[2] != "obstetrics")
        if index == 0:
            # The portal patient shows every refill case the assistant must handle.
            meds = rng.sample(catalogue, 3)
            states = [_STATES[0], _STATES[3], _STATES[4]]
        else:
            count = rng.choice((0, 0, 1, 1, 2, 3))
            meds = rng.sample(catalogue, count)
            states = [rng.choice(_STATES) for _ in meds]
        items = [_prescription(m, s, today) for m, s in zip(meds, states, strict=True)]
        if not child and rng.random() < 0.15:
            course = rng.choice(_SHORT_COURSES)
            if course[0] not in {m[0] for m in meds}:
                authored = today - timedelta(days=rng.randint(40, 200))
                items.append(
                    PrescriptionSeed(
                        medication=course[0],
                        dosage_instruction=course[1],
                        status="completed",
                        authored_on=authored,
                        validity_end=authored + timedelta(days=30),
                        refills_remaining=0,
                        requester_specialty=course[2],
                    )
                )
        result[patient.identifier] = items
    return result
