"""Demo patients and the people who sign in (staff, administrators, one patient).

Patients are drawn from a generator seeded by the tenant's slug, so every run
produces the same people; the medical record number is their natural key.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import date

from aurixa.core.seed.tenants import TenantSpec

PATIENTS_PER_TENANT = 60

# Known passwords of the demo accounts: they exist to be typed into the portals
# during a demo, so they are published in docs/demo-data.md on purpose.
ADMIN_PASSWORD = "DemoAdmin!2026"  # noqa: S105
STAFF_PASSWORD = "DemoStaff!2026"  # noqa: S105
PATIENT_PASSWORD = "DemoPatient!2026"  # noqa: S105

_FEMALE = (
    "Maria", "Aisha", "Emily", "Mei", "Fatima", "Olivia", "Priya", "Grace", "Sofia",
    "Hannah", "Chloe", "Amara", "Lucia", "Naomi", "Ingrid", "Keisha", "Yara", "Rachel",
    "Leilani", "Camila", "Nadia", "Beatriz", "Siobhan", "Ava", "Thi", "Zoe", "Ruth",
    "Esperanza", "Harper", "Imani",
)  # fmt: skip
_MALE = (
    "James", "Luis", "Ahmed", "Wei", "Daniel", "Kofi", "Ethan", "Rahul", "Mateo", "Samuel",
    "Tomasz", "Jamal", "Hiroshi", "Liam", "Omar", "Diego", "Noah", "Andre", "Minh", "Isaac",
    "Patrick", "Elijah", "Rafael", "Caleb", "Arjun", "Connor", "Desmond", "Felipe", "Oscar",
    "Gabriel",
)  # fmt: skip
_FAMILY = (
    "Gonzalez", "Johnson", "Nguyen", "Okonkwo", "Patel", "Smith", "Kowalski", "Haddad",
    "Chen", "Williams", "Rodriguez", "O'Brien", "Tanaka", "Mensah", "Garcia", "Brown",
    "Kim", "Abdullah", "Fitzgerald", "Silva", "Thompson", "Martinez", "Yilmaz", "Davis",
    "Ivanova", "Hernandez", "Jackson", "Lindqvist", "Reyes", "Murphy", "Achebe", "Lopez",
    "Sato", "Wilson", "Castillo", "Baker", "Dubois", "Moreno", "Ali", "Nakamura",
    "Anderson", "Petrov", "Ramirez", "Clarke", "Osei", "Bianchi", "Hughes", "Flores",
)  # fmt: skip
# Most patients speak English; the rest are why interpreter services exist.
_LANGUAGES = ("en",) * 14 + ("es", "es", "es", "vi", "zh", "ar", "pt", "ko")
_EMAIL_DOMAINS = ("example.com", "example.net", "example.org", "mail.example")


@dataclass(frozen=True)
class PatientSeed:
    identifier: str
    given_name: str
    family_name: str
    birth_date: date
    gender: str
    phone: str
    email: str | None
    address_line: str
    address_city: str
    address_postal_code: str
    communication_language: str

    def age_on(self, day: date) -> int:
        years = day.year - self.birth_date.year
        if (day.month, day.day) < (self.birth_date.month, self.birth_date.day):
            years -= 1
        return years


@dataclass(frozen=True)
class UserSeed:
    email: str
    full_name: str
    password: str
    role: str
    staff_role: str | None
    patient_identifier: str | None = None


def tenant_rng(spec: TenantSpec, topic: str) -> random.Random:
    """One generator per tenant and topic: adding patients never reshuffles slots."""
    return random.Random(f"aurixa-demo:{spec.slug}:{topic}")


def _phone_numbers(spec: TenantSpec, rng: random.Random, count: int) -> list[str]:
    # 555-0100..0199 are reserved for fiction; skip the ones the clinic itself uses.
    taken = {str(v) for v in spec.settings.values()}
    second_area = {"919": "984", "510": "925"}.get(spec.area_code, spec.area_code)
    candidates = [
        f"({area}) 555-01{n:02d}"
        for area in (spec.area_code, second_area)
        for n in range(100)
        if f"({area}) 555-01{n:02d}" not in taken
    ]
    return rng.sample(candidates, count)


def _birth_date(rng: random.Random, index: int, reference_year: int) -> date:
    # Roughly one patient in six is a child, so pediatric scheduling has real users.
    age = rng.randint(1, 16) if index % 6 == 3 else rng.randint(19, 88)
    return date(reference_year - age, rng.randint(1, 12), rng.randint(1, 28))


def demo_patients(spec: TenantSpec) -> list[PatientSeed]:
    rng = tenant_rng(spec, "patients")
    numbers = rng.sample(range(100_000, 999_999), PATIENTS_PER_TENANT)
    phones = _phone_numbers(spec, rng, PATIENTS_PER_TENANT)
    seen: set[tuple[str, str]] = set()
    patients: list[PatientSeed] = []
    for index in range(PATIENTS_PER_TENANT):
        gender = "female" if index % 2 == 0 else "male"
        given = rng.choice(_FEMALE if gender == "female" else _MALE)
        family = rng.choice(_FAMILY)
        while (given, family) in seen:
            family = rng.choice(_FAMILY)
        seen.add((given, family))
        # Birth dates are fixed in the calendar (not relative to the seed day).
        birth = _birth_date(rng, index, 2026)
        is_child = 2026 - birth.year < 18
        local = f"{given}.{family}".lower().replace("'", "")
        email = None if is_child else f"{local}{rng.randint(1, 99)}@{rng.choice(_EMAIL_DOMAINS)}"
        unit = f", Apt {rng.randint(1, 30)}{rng.choice('ABCD')}" if rng.random() < 0.25 else ""
        patients.append(
            PatientSeed(
                identifier=f"{spec.mrn_prefix}-{numbers[index]}",
                given_name=given,
                family_name=family,
                birth_date=birth,
                gender=gender,
                phone=phones[index],
                email=email,
                address_line=f"{rng.randint(12, 9850)} {rng.choice(spec.streets)}{unit}",
                address_city=spec.city,
                address_postal_code=rng.choice(spec.postal_codes),
                communication_language="en" if index == 0 else rng.choice(_LANGUAGES),
            )
        )
    return patients


def demo_users(spec: TenantSpec, patients: list[PatientSeed]) -> list[UserSeed]:
    """Staff of every role plus a portal account for the tenant's first adult patient."""
    users = [
        UserSeed(
            email=staff.email,
            full_name=staff.full_name,
            password=ADMIN_PASSWORD if staff.role == "admin" else STAFF_PASSWORD,
            role=staff.role,
            staff_role=staff.staff_role,
        )
        for staff in spec.staff
    ]
    portal_patient = next(p for p in patients if p.email is not None)
    users.append(
        UserSeed(
            email=portal_patient.email or "",
            full_name=f"{portal_patient.given_name} {portal_patient.family_name}",
            password=PATIENT_PASSWORD,
            role="patient",
            staff_role=None,
            patient_identifier=portal_patient.identifier,
        )
    )
    return users
