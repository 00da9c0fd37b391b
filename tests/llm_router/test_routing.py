"""Local answers, tier estimation, model choice, circuit breaker, budgets, cache rules."""

from __future__ import annotations

import os

import pytest

from aurixa.llm_router.budget import MemoryBudget, RedisBudget
from aurixa.llm_router.cache import cacheable_request
from aurixa.llm_router.catalogue import Catalogue, ModelInfo
from aurixa.llm_router.health import CircuitBreaker
from aurixa.llm_router.providers.base import ProviderConfig
from aurixa.llm_router.providers.local import NOTHING_GIVEN, NOTHING_RELEVANT, LocalProvider
from aurixa.llm_router.routing import TenantPolicy, decide, estimate_tier
from aurixa.llm_router.types import ContextItem, GenerateRequest, Message, Tool, ToolFunction

PASSAGES = [
    ContextItem(
        id="art-1",
        title="Parking",
        text="Visitors park in the garage on Elm Street. "
        "The first 30 minutes are free. Our reception is on the ground floor.",
    ),
    ContextItem(
        id="art-2",
        title="Flu shots",
        text="Flu vaccinations are offered every weekday "
        "from October to March. No appointment is needed for a flu shot.",
    ),
]


def ask(text: str, **kw: object) -> GenerateRequest:
    return GenerateRequest(messages=[Message(role="user", content=text)], **kw)  # type: ignore[arg-type]


async def test_local_answers_only_from_sources_and_cites_them() -> None:
    local = LocalProvider(ProviderConfig(name="local", kind="local"))
    result = await local.generate(ask("Do I need an appointment for a flu shot?", context=PASSAGES))
    assert result.content.startswith("No appointment is needed for a flu shot. [2]")
    assert result.sources == ["art-2"]
    unrelated = await local.generate(ask("Who won the football match?", context=PASSAGES))
    assert unrelated.content == NOTHING_RELEVANT
    assert unrelated.sources == []
    nothing = await local.generate(ask("When do you open?"))
    assert nothing.content == NOTHING_GIVEN


async def test_local_keeps_dialogue_text_and_streams() -> None:
    local = LocalProvider(ProviderConfig(name="local", kind="local"))
    said = ContextItem(id="dm", kind="dialogue", text="Your appointment is booked for 9:00.")
    events = [e async for e in local.stream(ask("book it", context=[said]))]
    assert "".join(e.text for e in events if e.type == "delta") == said.text
    assert events[-1].type == "done"


def test_tier_follows_the_task() -> None:
    assert estimate_tier(ask("hello"))[:2] == ("chat", 1)
    assert estimate_tier(ask("when do you open?", context=PASSAGES))[:2] == ("grounded_qa", 1)
    tool = Tool(function=ToolFunction(name="book"))
    assert estimate_tier(ask("book me in", tools=[tool]))[:2] == ("tool_use", 2)
    long_reasoning = "Compare the two treatment plans and explain why one is cheaper. " * 5
    assert estimate_tier(ask(long_reasoning))[:2] == ("reasoning", 3)


CATALOGUE = Catalogue(
    [
        ModelInfo(
            provider="local", model="local-extractive", tier=1, input=0, output=0, tools=False
        ),
        ModelInfo(provider="openai", model="gpt-4o-mini", tier=1, input=0.15, output=0.6),
        ModelInfo(provider="openai", model="gpt-4.1-mini", tier=2, input=0.4, output=1.6),
        ModelInfo(provider="anthropic", model="claude-haiku-4-5", tier=2, input=1.0, output=5.0),
        ModelInfo(provider="anthropic", model="claude-sonnet-4-5", tier=3, input=3.0, output=15.0),
    ]
)


def choose(
    request: GenerateRequest, policy: TenantPolicy | None = None, down: frozenset[str] = frozenset()
) -> list[str]:
    decision = decide(
        request,
        policy=policy or TenantPolicy(),
        catalogue=CATALOGUE,
        providers={"local", "openai", "anthropic"},
        available=lambda p: p not in down,
        cost=lambda m: m.input + m.output,
        latency_ms=lambda m: None,
    )
    return [m.key for m in decision.chain]


def test_cheapest_healthy_allowed_model_of_the_needed_tier() -> None:
    tool = Tool(function=ToolFunction(name="book"))
    assert choose(ask("book me", tools=[tool]))[:2] == [
        "openai/gpt-4.1-mini",
        "anthropic/claude-haiku-4-5",
    ]
    assert choose(ask("book me", tools=[tool]), down=frozenset({"openai"}))[0] == (
        "anthropic/claude-haiku-4-5"
    )
    only_anthropic = TenantPolicy(allowed_providers=["anthropic"])
    assert choose(ask("book me", tools=[tool]), only_anthropic)[0] == "anthropic/claude-haiku-4-5"
    capped = TenantPolicy(max_tier=1)
    # Nothing of tier 2 allowed: degrade to the best allowed model rather than fail.
    assert choose(ask("book me", tools=[tool]), capped) == ["openai/gpt-4o-mini"]
    assert choose(ask("hi"))[0] == "local/local-extractive"


def test_circuit_breaker_opens_then_half_opens_after_cooldown() -> None:
    now = [0.0]
    breaker = CircuitBreaker(threshold=3, cooldown_s=10, clock=lambda: now[0])
    for _ in range(3):
        assert breaker.acquire()
        breaker.record_failure()
    assert breaker.state == "open"
    assert not breaker.acquire()
    now[0] = 11
    assert breaker.state == "half_open"
    assert breaker.acquire()
    assert not breaker.acquire()  # one probe at a time
    breaker.record_failure()
    assert breaker.state == "open"
    now[0] = 22
    assert breaker.acquire()
    breaker.record_success()
    assert breaker.state == "closed"


async def test_memory_budget_refuses_what_would_cross_the_limit() -> None:
    budget = MemoryBudget()
    assert await budget.reserve("t1", 0.6, 1.0)
    assert not await budget.reserve("t1", 0.5, 1.0)
    await budget.settle("t1", -0.2)  # the call cost less than estimated
    assert await budget.reserve("t1", 0.5, 1.0)
    assert await budget.spent("t1") == pytest.approx(0.9)
    assert await budget.reserve("t1", 0.0, 1.0)  # free models stay usable


@pytest.mark.skipif(not os.environ.get("TEST_REDIS_URL"), reason="needs TEST_REDIS_URL")
async def test_redis_budget_is_atomic_under_concurrency() -> None:
    import asyncio
    import uuid

    from redis.asyncio import from_url

    redis = from_url(os.environ["TEST_REDIS_URL"])
    budget = RedisBudget(redis)
    tenant = f"t-{uuid.uuid4().hex}"
    granted = await asyncio.gather(*(budget.reserve(tenant, 0.1, 1.0) for _ in range(50)))
    assert sum(granted) == 10
    assert await budget.spent(tenant) == pytest.approx(1.0)
    await redis.aclose()


def test_answers_with_patient_data_or_tools_are_not_cacheable() -> None:
    assert cacheable_request(ask("What are your opening hours?"))
    assert not cacheable_request(ask("My date of birth is 12/10/1985, when is my visit?"))
    assert not cacheable_request(ask("hours?", contains_patient_data=True))
    result = ContextItem(id="r", kind="tool_result", text='{"slot": "9:00"}')
    assert not cacheable_request(ask("when?", context=[result]))


async def test_local_reads_sources_in_retrieval_order_and_keeps_what_it_refers_to() -> None:
    local = LocalProvider(ProviderConfig(name="local", kind="local"))
    hours = ContextItem(
        id="hours",
        title="Office hours",
        text="Both offices are open Monday to Friday from 8:00 a.m. to 5:00 p.m. "
        "We close on public holidays.",
    )
    pharmacy = ContextItem(
        id="pharmacy",
        title="Pharmacies",
        text="Maple Grove Pharmacy is on the ground floor of our building. "
        "It is open Monday to Saturday from 8:30 a.m. to 7:00 p.m.",
    )
    result = await local.generate(ask("When are you open?", context=[hours, pharmacy]))
    # The top-ranked source speaks first; the pharmacy's "It" keeps its subject and
    # the two sentences are cited once, as one passage.
    assert result.content.startswith("Both offices are open Monday to Friday")
    assert (
        "Maple Grove Pharmacy is on the ground floor of our building. "
        "It is open Monday to Saturday from 8:30 a.m. to 7:00 p.m. [2]"
    ) in result.content
    assert result.sources == ["hours", "pharmacy"]


async def test_local_reads_a_sentence_with_its_heading_and_stems_words_as_retrieval_does() -> None:
    local = LocalProvider(ProviderConfig(name="local", kind="local"))
    assistance = ContextItem(
        id="billing",
        title="Billing and payments > Financial assistance",
        text="We offer reduced fees to households earning up to 250% of the poverty level.",
    )
    cancelling = ContextItem(
        id="cancel",
        title="Cancelling an appointment",
        text="Please cancel at least 24 hours before your appointment.",
    )
    helped = await local.generate(
        ask("Do you have financial assistance?", context=[assistance, cancelling])
    )
    policy = await local.generate(ask("What is the cancellation rule?", context=[cancelling]))
    assert helped.content.startswith("We offer reduced fees")
    assert policy.content == "Please cancel at least 24 hours before your appointment. [1]"
