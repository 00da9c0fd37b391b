"""The audit trail as FHIR R4 `AuditEvent` resources in a `searchset` Bundle,
for compliance tools that read FHIR."""

from __future__ import annotations

from typing import Any

from aurixa.gateway.models import AuditLog

AUDIT_TYPE_SYSTEM = "http://terminology.hl7.org/CodeSystem/audit-event-type"
AGENT_TYPE_SYSTEM = "http://terminology.hl7.org/CodeSystem/extra-security-role-type"
ENTITY_TYPE_SYSTEM = "http://terminology.hl7.org/CodeSystem/audit-entity-type"
ACTOR_SYSTEM = "urn:aurixa:actor"
ACTION_SYSTEM = "urn:aurixa:audit-action"

# FHIR's AuditEventAction: Create, Read, Update, Delete, Execute.
_VERB_ACTIONS = (
    (("create", "book", "register", "request"), "C"),
    (("read", "get", "list", "search", "view", "export", "check"), "R"),
    (("update", "reschedule", "cancel", "patch", "disable", "enable"), "U"),
    (("delete", "remove", "revoke"), "D"),
)
# FHIR's AuditEventOutcome: 0 success, 4 minor failure, 8 serious failure.
_OUTCOMES = {"success": "0", "denied": "4", "failure": "8", "error": "8"}


def fhir_action(action: str) -> str:
    """Our action names look like `patient.read` or `create_appointment`."""
    words = action.lower().replace(".", "_").split("_")
    for verbs, code in _VERB_ACTIONS:
        if any(word in verbs for word in words):
            return code
    return "E"


# Resources that exist in FHIR R4 are referenced as such; our own (actions,
# conversations, escalations) are named by an identifier in our namespace.
FHIR_TYPES = {
    "patient": "Patient",
    "practitioner": "Practitioner",
    "slot": "Slot",
    "appointment": "Appointment",
    "coverage": "Coverage",
    "medicationrequest": "MedicationRequest",
    "prescription": "MedicationRequest",
}


def _what(resource_type: str, resource_id: str) -> dict[str, Any]:
    fhir_type = FHIR_TYPES.get(resource_type.lower())
    if fhir_type is not None:
        return {"reference": f"{fhir_type}/{resource_id}"}
    return {"identifier": {"system": f"urn:aurixa:{resource_type.lower()}", "value": resource_id}}


def audit_event(row: AuditLog) -> dict[str, Any]:
    entities: list[dict[str, Any]] = []
    if row.patient_id:
        entities.append(
            {
                "what": {"reference": f"Patient/{row.patient_id}"},
                "type": {"system": ENTITY_TYPE_SYSTEM, "code": "1", "display": "Person"},
            }
        )
    if row.resource_id and not (
        row.resource_type == "Patient" and row.resource_id == row.patient_id
    ):
        entities.append(
            {
                "what": _what(row.resource_type, row.resource_id),
                "type": {"system": ENTITY_TYPE_SYSTEM, "code": "2", "display": "System Object"},
            }
        )
    event: dict[str, Any] = {
        "resourceType": "AuditEvent",
        "id": row.id,
        "type": {"system": AUDIT_TYPE_SYSTEM, "code": "rest", "display": "RESTful Operation"},
        "subtype": [{"system": ACTION_SYSTEM, "code": row.action}],
        "action": fhir_action(row.action),
        "recorded": row.recorded_at.isoformat(),
        "outcome": _OUTCOMES.get(row.outcome, "4"),
        "agent": [
            {
                "type": {
                    "coding": [
                        {
                            "system": AGENT_TYPE_SYSTEM,
                            "code": "humanuser" if "@" in row.actor else "dataprocessor",
                        }
                    ]
                },
                "who": {"identifier": {"system": ACTOR_SYSTEM, "value": row.actor}},
                "role": [{"text": row.role}],
                "requestor": True,
            }
        ],
        "source": {
            "site": row.tenant_id,
            "observer": {"display": "AURIXA gateway"},
            "type": [
                {
                    "system": "http://terminology.hl7.org/CodeSystem/security-source-type",
                    "code": "4",
                    "display": "Application Server",
                }
            ],
        },
    }
    if row.outcome != "success":
        event["outcomeDesc"] = row.outcome
    if entities:
        event["entity"] = entities
    if row.request_id:
        event["extension"] = [{"url": "urn:aurixa:request-id", "valueString": row.request_id}]
    return event


def audit_bundle(rows: list[AuditLog], *, total: int) -> dict[str, Any]:
    return {
        "resourceType": "Bundle",
        "type": "searchset",
        "total": total,
        "entry": [
            {
                "fullUrl": f"urn:uuid:{row.id}",
                "resource": audit_event(row),
                "search": {"mode": "match"},
            }
            for row in rows
        ],
    }
