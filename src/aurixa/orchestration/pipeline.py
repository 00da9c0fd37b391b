"""One conversation turn: safety → intent → agent or retrieval + generation →
output safety → persist, as a stream of events (`step`, `token`, `done`).

The plain endpoint drains the stream and returns the `done` answer; SSE and the
WebSocket forward every event. Tokens are released only after they passed the
output check, sentence by sentence, so streaming never shows unchecked text.
"""

from __future__ import annotations

import json
import time
from collections.abc import AsyncIterator

from aurixa.core.errors import AurixaError
from aurixa.observability.schemas import Outcome
from aurixa.orchestration import metrics, replies
from aurixa.orchestration.citations import Citations
from aurixa.orchestration.ports import Generation, Passage, Verdict
from aurixa.orchestration.schemas import PipelineAnswer, SafetyView, Source
from aurixa.orchestration.sentences import SentenceBuffer
from aurixa.orchestration.turn import Event, TurnRecorder, ms

__all__ = ["Event", "Turn"]

TOP_K = 4


class Turn(TurnRecorder):
    # Set once retrieval has answered: the answer's citation marks are renumbered
    # to its list of sources as they are released.
    _citations: Citations | None = None

    def release(self, text: str) -> list[Event]:
        if self._citations is not None:
            text = self._citations.renumber(text)
        return super().release(text)

    async def check_input(self) -> Verdict | None:
        started = time.perf_counter()
        try:
            verdict = await self.ports.check_input(
                self.prompt,
                conversation_id=self.conversation.id,
                patient_id=self.conversation.patient_id,
            )
        except AurixaError as exc:
            # A guardrail that cannot run fails closed: nothing goes to a model.
            self.degrade("safety", exc)
            self.record("safety_input", started, outcome="error", error=exc.code)
            self.state.safety = SafetyView(
                allowed=False, category="guardrail_error", severity="high"
            )
            self.state.path = "fallback"
            self.state.response = replies.safety_down(self.settings)
            return None
        self.state.safety = SafetyView(
            allowed=verdict.allowed,
            requires_escalation=verdict.requires_escalation,
            category=verdict.category,
            severity=verdict.severity,
        )
        outcome: Outcome = "ok"
        if verdict.requires_escalation:
            outcome = "escalated"
        elif not verdict.allowed:
            outcome = "blocked"
        self.record(
            "safety_input",
            started,
            outcome=outcome,
            category=verdict.category,
            action=verdict.action,
            escalation_id=verdict.escalation_id or "",
        )
        return verdict

    def short_circuit(self, verdict: Verdict) -> bool:
        """Emergencies, crises and refusals end the turn here: no intent, no LLM."""
        if verdict.requires_escalation:
            self.state.path = "escalate"
            self.state.intent = verdict.category
            self.state.response = verdict.reply or replies.safety_down(self.settings)
            metrics.ESCALATIONS.labels(verdict.category).inc()
            return True
        if not verdict.allowed:
            out_of_scope = verdict.action == "redirect"
            self.state.path = "out_of_scope" if out_of_scope else "refused"
            self.state.intent = verdict.category
            self.state.response = verdict.reply or replies.out_of_scope(self.settings)
            return True
        return False

    def awaiting(self) -> str | None:
        """The intent of a flow in progress that waits for the patient's answer."""
        state = self.state.dialogue_state
        if state.get("awaiting") and state.get("intent"):
            return str(state["intent"])
        return None

    async def route(self) -> tuple[str, str]:
        started = time.perf_counter()
        continuing = self.awaiting()
        if continuing is not None:
            self.record("intent", started, intent=continuing, continued=True)
            return continuing, "agent"
        try:
            route = await self.ports.route(self.prompt)
        except AurixaError as exc:
            # Without the router, treat the message as a question: retrieval and
            # the output checks still hold, and tasks can be asked for again.
            self.degrade("intent", exc)
            self.record("intent", started, outcome="degraded", error=exc.code)
            return "knowledge_question", "rag"
        self.record(
            "intent",
            started,
            intent=route.intent,
            path=route.path,
            confidence=round(route.confidence, 3),
        )
        return route.intent, route.path

    async def run_agent(self, intent: str) -> None:
        started = time.perf_counter()
        self.state.path = "agent"
        try:
            reply = await self.ports.agent_turn(
                self.prompt,
                intent=intent,
                dialogue_state=self.state.dialogue_state,
                conversation_id=self.conversation.id,
                patient_id=self.conversation.patient_id,
            )
        except AurixaError as exc:
            if 400 <= exc.status_code < 500:
                # The request, not the service, was at fault (no patient named, a role
                # that may not act on records): say so, rather than that we are down.
                self.record("agent", started, outcome="blocked", error=exc.code, field=exc.field)
                self.state.response = (
                    replies.needs_patient()
                    if exc.field == "patient_id"
                    else replies.not_allowed(self.settings)
                )
                return
            self.degrade("agent", exc)
            self.record("agent", started, outcome="degraded", error=exc.code)
            self.state.response = replies.agent_down(self.settings)
            return
        self.state.actions = reply.actions
        self.state.dialogue_state = reply.dialogue_state
        self.state.intent = reply.intent or intent
        self.state.response = reply.reply
        if reply.model:
            self.state.generation = Generation(
                content=reply.reply,
                model=reply.model,
                provider=reply.provider,
                cost_usd=reply.cost_usd,
            )
        self.record(
            "agent",
            started,
            actions=len(reply.actions),
            awaiting=str(reply.dialogue_state.get("awaiting") or ""),
        )

    async def retrieve(self) -> list[Passage] | None:
        started = time.perf_counter()
        try:
            passages = await self.ports.search(self.prompt, top_k=TOP_K)
        except AurixaError as exc:
            self.degrade("retrieval", exc)
            self.record("retrieval", started, outcome="degraded", error=exc.code)
            return None
        self.record("retrieval", started, results=len(passages))
        return passages

    def cite(self, passages: list[Passage], used: set[str] | None = None) -> list[Source]:
        """The answer's sources: those its released text cites, numbered as it
        cites them; when it cites none, those the model says it used (all, if it
        does not say), in retrieval order."""
        articles: dict[str, Source] = {}
        for passage in passages:  # the first passage of an article is its best
            articles.setdefault(
                passage.article_id,
                Source(article_id=passage.article_id, title=passage.title, snippet=passage.snippet),
            )
        if self._citations is not None and self._citations.order:
            return [articles[article] for article in self._citations.order]
        return [s for article, s in articles.items() if used is None or article in used]

    async def generate(self, passages: list[Passage]) -> None:
        started = time.perf_counter()
        try:
            generation = await self.ports.generate(
                self.llm_text, passages, self.conversation.history
            )
        except AurixaError as exc:
            self.degrade("llm", exc)
            self.record("generate", started, outcome="error", error=exc.code)
            self.state.response = replies.no_answer(self.settings)
            return
        self.note_generation(generation, started)
        self.state.response = generation.content

    def note_generation(self, generation: Generation, started: float) -> None:
        self.state.generation = generation
        if generation.fallback:
            self.state.degraded.append(f"llm:{generation.fallback}")
            metrics.DEGRADATIONS.labels("llm").inc()
        self.record(
            "generate",
            started,
            outcome="degraded" if generation.fallback else "ok",
            generation=generation,
            model=generation.model or "",
            provider=generation.provider or "",
            cached=generation.cached,
            fallback=generation.fallback or "",
        )

    async def checked(self, text: str, sources: list[str] | None) -> str | None:
        """`text` as the patient may see it, or None when the check refused it
        (the refusal or fallback reply is then in `state.response`)."""
        started = time.perf_counter()
        try:
            verdict = await self.ports.check_output(
                text,
                sources=sources,
                conversation_id=self.conversation.id,
                patient_id=self.conversation.patient_id,
            )
        except AurixaError as exc:
            self.degrade("safety", exc)
            self.record("safety_output", started, outcome="error", error=exc.code)
            self.state.safety = SafetyView(
                allowed=False, category="guardrail_error", severity="high"
            )
            self.state.response = replies.safety_down(self.settings)
            return None
        outcome: Outcome = "ok" if verdict.allowed else "blocked"
        self.record("safety_output", started, outcome=outcome, category=verdict.category)
        if verdict.allowed:
            return verdict.redacted_text or text
        self.state.safety = SafetyView(
            allowed=False,
            requires_escalation=verdict.requires_escalation,
            category=verdict.category,
            severity=verdict.severity,
        )
        self.state.response = verdict.reply or replies.safety_down(self.settings)
        return None

    async def stream_answer(self, passages: list[Passage]) -> AsyncIterator[Event]:
        """Tokens as generated, released sentence by sentence after the check."""
        started = time.perf_counter()
        sources = [p.text for p in passages]
        buffer = SentenceBuffer()
        final: Generation | None = None
        stream = self.ports.stream(self.llm_text, passages, self.conversation.history)
        try:
            async for chunk in stream:
                if chunk.final is not None:
                    final = chunk.final
                    continue
                for sentence in buffer.feed(chunk.text):
                    for event in await self._release_checked(sentence, sources):
                        yield event
                    if self.state.response:  # refused: stop generating
                        return
            for sentence in buffer.flush():
                for event in await self._release_checked(sentence, sources):
                    yield event
        except AurixaError as exc:
            self.degrade("llm", exc)
            self.record("generate", started, outcome="error", error=exc.code)
            if not self.state.released:
                for event in self.release(replies.no_answer(self.settings)):
                    yield event
            return
        finally:
            await stream.aclose()
        if final is not None:
            self.note_generation(final, started)

    async def _release_checked(self, sentence: str, sources: list[str]) -> list[Event]:
        body = sentence.rstrip()
        if not body:
            return self.release(sentence) if self.state.released else []
        allowed = await self.checked(body, sources)
        if allowed is None:
            separator = " " if self.state.released else ""
            return [*self.new_steps(), *self.release(separator + self.state.response)]
        return [*self.new_steps(), *self.release(allowed + sentence[len(body) :])]

    # -- the turn ------------------------------------------------------------

    @property
    def llm_text(self) -> str:
        return self._llm_text

    async def events(self) -> AsyncIterator[Event]:

        verdict = await self.check_input()
        for event in self.new_steps():
            yield event
        if verdict is None or self.short_circuit(verdict):
            for event in self.release(self.state.response):
                yield event
            return
        if verdict.action == "redact" and verdict.redacted_text:
            self._llm_text = verdict.redacted_text  # models never see the redacted spans
        intent, path = await self.route()
        self.state.intent = intent
        for event in self.new_steps():
            yield event
        async for event in self._answer(intent, path):
            yield event
        for event in self.new_steps():
            yield event

    async def _answer(self, intent: str, path: str) -> AsyncIterator[Event]:
        if path == "agent":
            await self.run_agent(intent)
            sources = self._agent_sources()
            for event in await self._finish(
                sources=sources, check="agent" not in self.state.degraded
            ):
                yield event
            return
        if path != "rag":
            self.state.path = "escalate" if path == "escalate" else "out_of_scope"
            reply = replies.handoff if path == "escalate" else replies.out_of_scope
            for event in self.release(reply(self.settings)):
                yield event
            return
        self.state.path = "rag"
        passages = await self.retrieve()
        for event in self.new_steps():
            yield event
        if not passages:
            fixed = replies.retrieval_down if passages is None else replies.no_answer
            for event in self.release(fixed(self.settings)):
                yield event
            return
        self._citations = Citations([p.article_id for p in passages])
        if self.stream:
            async for event in self.stream_answer(passages):
                yield event
            self.state.sources = self.cite(passages, self._cited())
            return
        await self.generate(passages)
        self.state.sources = self.cite(passages, self._cited())
        sources = [p.text for p in passages]
        for event in await self._finish(sources=sources, check=self.state.generation is not None):
            yield event

    def _agent_sources(self) -> list[str]:
        """What an agent reply may state: the records its actions returned (so the
        patient's own prescription strengths are not taken for dosing advice) and,
        when no model wrote the reply, the dialogue manager's own text, which it
        builds from those records."""
        sources = [json.dumps(action, default=str) for action in self.state.actions]
        if self.state.generation is None:
            sources.append(self.state.response)
        return sources

    def _cited(self) -> set[str] | None:
        """The passages the model says it used; all retrieved ones if it does not say."""
        generation = self.state.generation
        return set(generation.sources) if generation and generation.sources else None

    async def _finish(self, *, sources: list[str] | None, check: bool) -> list[Event]:
        """The whole reply through the output check, then released."""
        if not check:
            return self.release(self.state.response)
        allowed = await self.checked(self.state.response, sources)
        return self.release(allowed if allowed is not None else self.state.response)

    def answer(self) -> PipelineAnswer:
        generation = self.state.generation
        latency = ms(self.started)
        metrics.TURN_LATENCY.labels(self.state.path).observe(latency / 1000)
        metrics.TURNS.labels(self.state.path, self.channel).inc()
        return PipelineAnswer(
            conversation_id=self.conversation.id,
            response="".join(self.state.released),
            intent=self.state.intent,
            path=self.state.path,
            sources=self.state.sources if self.state.safety.allowed else [],
            actions=self.state.actions,
            safety=self.state.safety,
            model=generation.model if generation else None,
            provider=generation.provider if generation else None,
            cost_usd=round(generation.cost_usd, 6) if generation else 0.0,
            latency_ms=latency,
            trace=list(self.state.trace),
            degraded=list(self.state.degraded),
        )
