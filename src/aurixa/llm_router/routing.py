"""Which model answers: tier estimation and the cheapest-healthy-allowed choice.

The decision is pure (no I/O): given the request, the tenant's policy, the
catalogue, the configured providers and their breakers, it returns an ordered
fallback chain and a one-line reason for the trace.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from pydantic import BaseModel, Field

from aurixa.core.errors import Forbidden
from aurixa.llm_router.catalogue import Catalogue, ModelInfo
from aurixa.llm_router.exceptions import NoModelAvailable, UnknownModel
from aurixa.llm_router.providers.base import estimate_tokens, request_text
from aurixa.llm_router.types import GenerateRequest, TaskType

_REASONING = re.compile(
    r"\b(compare|analy[sz]e|explain why|step by step|reason|trade-?offs?|plan|differential|"
    r"pros and cons|evaluate|summari[sz]e (?:this|the) (?:report|record|document))\b",
    re.IGNORECASE,
)
_CLASSIFY = re.compile(r"\b(classify|categori[sz]e|label|which (?:one|category))\b", re.IGNORECASE)
_EXTRACT = re.compile(r"\b(extract|pull out|list the .* from)\b", re.IGNORECASE)
_BASE_TIER: dict[str, int] = {
    "classify": 1,
    "extract": 1,
    "chat": 1,
    "grounded_qa": 1,
    "tool_use": 2,
    "reasoning": 3,
}


class TenantPolicy(BaseModel):
    allowed_providers: list[str] | None = None
    allowed_models: list[str] | None = None
    monthly_budget_usd: float | None = Field(default=None, ge=0)
    max_tier: int = Field(default=3, ge=1, le=3)

    def allows(self, info: ModelInfo) -> bool:
        if info.tier > self.max_tier:
            return False
        if self.allowed_providers is not None and not (
            "*" in self.allowed_providers or info.provider in self.allowed_providers
        ):
            return False
        # "*" is how the admin API (and the demo tenants) say "any model".
        return self.allowed_models is None or bool(
            {"*", info.model, info.key} & set(self.allowed_models)
        )


class Decision(BaseModel):
    task: str
    tier: int
    chain: list[ModelInfo]
    reason: str

    @property
    def chosen(self) -> ModelInfo:
        return self.chain[0]


def infer_task(request: GenerateRequest) -> TaskType:
    if request.task:
        return request.task
    if request.tools:
        return "tool_use"
    last = next((m.content or "" for m in reversed(request.messages) if m.role == "user"), "")
    if _REASONING.search(last) or len(last) > 2000:
        return "reasoning"
    if request.context:
        return "grounded_qa"
    if _CLASSIFY.search(last):
        return "classify"
    if _EXTRACT.search(last):
        return "extract"
    return "chat"


def estimate_tier(request: GenerateRequest) -> tuple[TaskType, int, str]:
    """The task type, the tier it needs and why."""
    task = infer_task(request)
    tier = _BASE_TIER[task]
    why = f"task={task}"
    context_chars = sum(len(c.text) for c in request.context)
    if task == "grounded_qa" and context_chars > 8000:
        tier, why = 2, f"{why}, long context ({context_chars} chars)"
    if task == "tool_use" and len(request.tools) > 8:
        tier, why = 3, f"{why}, {len(request.tools)} tools"
    if task == "reasoning" and len(request_text(request)) < 200:
        tier, why = 2, f"{why}, short prompt"
    if request.min_tier and request.min_tier > tier:
        tier, why = request.min_tier, f"{why}, caller asked tier {request.min_tier}"
    return task, tier, why


def _fits(info: ModelInfo, request: GenerateRequest, prompt_tokens: int) -> bool:
    if request.tools and not info.tools:
        return False
    return prompt_tokens + (request.max_tokens or 256) <= info.context_window


def decide(
    request: GenerateRequest,
    *,
    policy: TenantPolicy,
    catalogue: Catalogue,
    providers: set[str],
    available: Callable[[str], bool],
    cost: Callable[[ModelInfo], float],
    latency_ms: Callable[[ModelInfo], float | None],
) -> Decision:
    task, tier, why = estimate_tier(request)
    prompt_tokens = estimate_tokens(request_text(request))
    usable = [
        m
        for m in catalogue.all()
        if m.provider in providers and policy.allows(m) and _fits(m, request, prompt_tokens)
    ]

    def order(m: ModelInfo) -> tuple[float, int, float]:
        return (cost(m), m.tier, latency_ms(m) or 0.0)

    if request.model and request.model != "auto":
        info = catalogue.get(request.model)
        if info is None:
            raise UnknownModel(f"unknown model {request.model!r}", field="model")
        if not policy.allows(info):
            raise Forbidden(
                f"model {request.model!r} is not allowed for this tenant", field="model"
            )
        if info.provider not in providers:
            raise NoModelAvailable(f"provider {info.provider!r} is not configured")
        tier = max(tier, info.tier)
        rest = sorted(
            (
                m
                for m in usable
                if m.tier >= info.tier and m.key != info.key and available(m.provider)
            ),
            key=order,
        )
        return Decision(
            task=task,
            tier=tier,
            chain=[info, *rest],
            reason=f"{why}; model {info.key} requested by the caller",
        )

    healthy = [m for m in usable if available(m.provider)]
    strong = sorted((m for m in healthy if m.tier >= tier), key=order)
    # Weaker models are a last resort, best tier first: an answer beats none.
    weak = sorted((m for m in healthy if m.tier < tier), key=lambda m: (-m.tier, *order(m)))
    chain = strong + weak
    if not chain:
        open_ = sorted({m.provider for m in usable} - {m.provider for m in healthy})
        detail = f"; circuit open for {', '.join(open_)}" if open_ else ""
        raise NoModelAvailable(f"no allowed model can serve this request{detail}")
    first = chain[0]
    if strong:
        reason = (
            f"{why} → tier {tier}; {first.key} is the cheapest healthy allowed model "
            f"of tier ≥{tier} (est. ${cost(first):.6f}) among {len(strong)}"
        )
    else:
        reason = (
            f"{why} → tier {tier}; no healthy allowed model of tier ≥{tier}, "
            f"degraded to {first.key} (tier {first.tier})"
        )
    return Decision(task=task, tier=tier, chain=chain, reason=reason)
