"""The two demo organisations: a family clinic and a hospital.

Every fact here (addresses, phone numbers, clinic hours, who practises where) is
the same fact the tenant's knowledge articles state, so an answer drawn from the
knowledge base agrees with what the scheduling data shows.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import time
from typing import Any

# Specialty -> the coverage key (`covered_services`) a visit of that kind bills under.
SERVICE_TYPE_BY_SPECIALTY: dict[str, str] = {
    "family medicine": "primary_care",
    "pediatrics": "primary_care",
    "internal medicine": "primary_care",
    "cardiology": "specialist",
    "dermatology": "specialist",
    "orthopedics": "specialist",
    "obstetrics": "specialist",
    "neurology": "specialist",
    "physical therapy": "physical_therapy",
    "mental health": "mental_health",
}


@dataclass(frozen=True)
class PractitionerSpec:
    prefix: str | None
    given_name: str
    family_name: str
    specialty: str
    location: str
    telehealth: bool
    weekdays: tuple[int, ...]  # Monday is 0; the days this practitioner holds clinic

    @property
    def service_type(self) -> str:
        return SERVICE_TYPE_BY_SPECIALTY[self.specialty]


@dataclass(frozen=True)
class StaffSpec:
    email: str
    full_name: str
    role: str  # admin | staff
    staff_role: str | None  # reception | nurse | doctor | scheduler


@dataclass(frozen=True)
class TenantSpec:
    slug: str
    name: str
    timezone: str
    city: str
    state: str
    postal_codes: tuple[str, ...]
    area_code: str
    email_domain: str
    mrn_prefix: str
    # Bookable clinic sessions in local time; 30-minute slots fill each of them.
    sessions: tuple[tuple[time, time], ...]
    settings: dict[str, Any]
    practitioners: tuple[PractitionerSpec, ...]
    staff: tuple[StaffSpec, ...]
    payors: tuple[str, ...]
    streets: tuple[str, ...] = field(default=())
    closed_day_after_thanksgiving: bool = False
    closes_at_noon_christmas_eve: bool = False


WEEKDAYS = (0, 1, 2, 3, 4)

SUNRISE = TenantSpec(
    slug="sunrise-family",
    name="Sunrise Family Health",
    timezone="America/New_York",
    city="Ashford Heights",
    state="NC",
    postal_codes=("27605", "27607", "27608", "27610", "27612"),
    area_code="919",
    email_domain="sunrisefamily.example",
    mrn_prefix="SFH",
    sessions=((time(8, 0), time(12, 0)), (time(13, 0), time(17, 0))),
    settings={
        "timezone": "America/New_York",
        "emergency_number": "911",
        "crisis_line": "988",
        "rate_limit_per_minute": 200,
        "monthly_budget_usd": 250.0,
        "allowed_models": ["*"],
        "front_desk_phone": "(919) 555-0142",
        "nurse_line": "(919) 555-0147",
        "billing_phone": "(919) 555-0148",
        "address": "1420 Maple Grove Avenue, Suite 200, Ashford Heights, NC 27605",
        "website": "https://sunrisefamily.example",
        "clinic_hours": "Monday to Friday 8:00 a.m. to 5:00 p.m.; "
        "Saturday walk-in 9:00 a.m. to noon",
    },
    practitioners=(
        PractitionerSpec(
            "Dr.", "Elena", "Marsh", "family medicine", "Maple Grove office", True, WEEKDAYS
        ),
        PractitionerSpec(
            "Dr.", "Samuel", "Okafor", "family medicine", "Maple Grove office", False, (0, 1, 2, 3)
        ),
        PractitionerSpec(
            None, "Priya", "Raman", "family medicine", "Maple Grove office", True, (1, 2, 3, 4)
        ),
        PractitionerSpec(
            "Dr.", "Hannah", "Lowell", "pediatrics", "Willow Creek office", False, WEEKDAYS
        ),
        PractitionerSpec(
            "Dr.", "Marcus", "Bell", "pediatrics", "Willow Creek office", True, (0, 2, 4)
        ),
        PractitionerSpec(
            "Dr.", "Teresa", "Quinlan", "obstetrics", "Maple Grove office", False, (1, 3)
        ),
        PractitionerSpec("Dr.", "Daniel", "Cho", "dermatology", "Maple Grove office", True, (0, 3)),
        PractitionerSpec(
            None, "Rosa", "Delgado", "physical therapy", "Willow Creek office", False, WEEKDAYS
        ),
        PractitionerSpec(
            None, "Nathan", "Pierce", "mental health", "Maple Grove office", True, (0, 1, 2, 3)
        ),
    ),
    staff=(
        StaffSpec("admin@sunrisefamily.example", "Grace Whitfield", "admin", None),
        StaffSpec("reception@sunrisefamily.example", "Tyler Boone", "staff", "reception"),
        StaffSpec("nurse@sunrisefamily.example", "Alicia Moreno", "staff", "nurse"),
        StaffSpec("doctor@sunrisefamily.example", "Elena Marsh", "staff", "doctor"),
        StaffSpec("scheduler@sunrisefamily.example", "Dwayne Foster", "staff", "scheduler"),
    ),
    payors=(
        "Northstar Health Plan",
        "Evergreen Mutual",
        "Pinnacle Care",
        "Carolina Cooperative Health",
        "Medicare",
        "North Carolina Medicaid",
    ),
    streets=(
        "Oak Hollow Drive",
        "Birchwood Lane",
        "Juniper Street",
        "Millstone Road",
        "Chestnut Court",
        "Ridgeview Avenue",
        "Pecan Grove Way",
        "Foxfield Circle",
        "Cardinal Street",
        "Tobacco Barn Road",
    ),
    closed_day_after_thanksgiving=True,
    closes_at_noon_christmas_eve=True,
)

HARBOR = TenantSpec(
    slug="harbor-general",
    name="Harbor General Hospital",
    timezone="America/Los_Angeles",
    city="Port Calder",
    state="CA",
    postal_codes=("94510", "94512", "94514", "94518", "94520"),
    area_code="510",
    email_domain="harborgeneral.example",
    mrn_prefix="HGH",
    sessions=((time(7, 30), time(11, 30)), (time(12, 30), time(17, 30))),
    settings={
        "timezone": "America/Los_Angeles",
        "emergency_number": "911",
        "crisis_line": "988",
        "rate_limit_per_minute": 200,
        "monthly_budget_usd": 1500.0,
        "allowed_models": ["*"],
        "front_desk_phone": "(510) 555-0170",
        "scheduling_phone": "(510) 555-0171",
        "nurse_line": "(510) 555-0175",
        "billing_phone": "(510) 555-0176",
        "pharmacy_phone": "(510) 555-0178",
        "address": "2500 Harbor View Boulevard, Port Calder, CA 94510",
        "website": "https://harborgeneral.example",
        "clinic_hours": "Outpatient clinics Monday to Friday 7:30 a.m. to 5:30 p.m.; "
        "Emergency Department open 24 hours",
    },
    practitioners=(
        PractitionerSpec(
            "Dr.",
            "Victor",
            "Almeida",
            "cardiology",
            "Heart & Vascular Center, Pavilion B, Floor 3",
            True,
            WEEKDAYS,
        ),
        PractitionerSpec(
            "Dr.",
            "Naomi",
            "Feld",
            "cardiology",
            "Heart & Vascular Center, Pavilion B, Floor 3",
            False,
            (1, 2, 4),
        ),
        PractitionerSpec(
            "Dr.",
            "Kwame",
            "Asante",
            "orthopedics",
            "Orthopedic Clinic, Pavilion B, Floor 2",
            False,
            (0, 1, 3),
        ),
        PractitionerSpec(
            "Dr.",
            "Lauren",
            "Whitaker",
            "orthopedics",
            "Orthopedic Clinic, Pavilion B, Floor 2",
            False,
            (1, 2, 3, 4),
        ),
        PractitionerSpec(
            "Dr.",
            "Isabel",
            "Navarro",
            "obstetrics",
            "Women's Health Center, Pavilion A, Floor 4",
            True,
            WEEKDAYS,
        ),
        PractitionerSpec(
            "Dr.",
            "Martin",
            "Hale",
            "dermatology",
            "Dermatology Clinic, Pavilion B, Floor 1",
            True,
            (0, 2, 4),
        ),
        PractitionerSpec(
            "Dr.",
            "Yuki",
            "Tanabe",
            "internal medicine",
            "Primary Care, Pavilion A, Floor 2",
            True,
            WEEKDAYS,
        ),
        PractitionerSpec(
            "Dr.",
            "Grace",
            "Oyelaran",
            "pediatrics",
            "Children's Clinic, Pavilion A, Floor 1",
            False,
            WEEKDAYS,
        ),
        PractitionerSpec(
            None,
            "Brendan",
            "Kirby",
            "physical therapy",
            "Rehabilitation Center, Pavilion C",
            False,
            WEEKDAYS,
        ),
        PractitionerSpec(
            "Dr.",
            "Amara",
            "Singh",
            "mental health",
            "Behavioral Health, Pavilion A, Floor 5",
            True,
            (0, 1, 2, 3),
        ),
        PractitionerSpec(
            "Dr.",
            "Felix",
            "Romero",
            "neurology",
            "Neurology Clinic, Pavilion B, Floor 4",
            False,
            (2, 3),
        ),
    ),
    staff=(
        StaffSpec("admin@harborgeneral.example", "Oliver Strand", "admin", None),
        StaffSpec("reception@harborgeneral.example", "Monique Baptiste", "staff", "reception"),
        StaffSpec("nurse@harborgeneral.example", "Connor Walsh", "staff", "nurse"),
        StaffSpec("doctor@harborgeneral.example", "Yuki Tanabe", "staff", "doctor"),
        StaffSpec("scheduler@harborgeneral.example", "Leticia Ramos", "staff", "scheduler"),
    ),
    payors=(
        "Pacific Crest Health",
        "Golden Coast Care",
        "Bayside Health Alliance",
        "Evergreen Mutual",
        "Medicare",
        "Medi-Cal",
    ),
    streets=(
        "Seacliff Drive",
        "Anchor Way",
        "Eucalyptus Avenue",
        "Marina Vista Road",
        "Cypress Street",
        "Lighthouse Lane",
        "Kelp Bed Court",
        "Tidewater Boulevard",
        "Sandpiper Place",
        "Redwood Terrace",
    ),
)

TENANTS: tuple[TenantSpec, ...] = (SUNRISE, HARBOR)
