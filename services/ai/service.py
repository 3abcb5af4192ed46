"""The AI service: classify texts, answer customers, and try messages in the playground.

It builds the orchestrator from the current settings (back-end, model, policies)
and keeps what is expensive to load: the classifiers, the PII detector with the
CRM's names, and one LLM client per configuration with its circuit breaker.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable, Sequence
from datetime import UTC, datetime
from typing import Any

from secretary.ai.breaker import CircuitBreaker
from secretary.ai.context import FirmInfo, Memory
from secretary.ai.langid import detect
from secretary.ai.llm import LLM
from secretary.ai.orchestrator import Conversation, Orchestrator
from secretary.ai.policy import Policy
from secretary.ai.records import Classification, Trace
from secretary.ai.supervisor import Analyzer
from secretary.ai.tools import ToolBox
from secretary.errors import NotReady
from secretary.records import InboundMessage, Reply
from services.ai.effects import apply_usage
from services.ai.toolbox import Binding, ConversationTools
from services.knowledge.service import KnowledgeService
from services.secrets_service import SecretsService
from services.settings_service import SettingsService
from storage import ai_repo, crm_repo
from storage.db import Database

log = logging.getLogger(__name__)
NAMES_TTL = 300.0  # seconds before the CRM's names are reloaded into the PII detector


class AIService:
    """Everything the AI does, behind one object (``app.ai``)."""

    def __init__(self, db: Database, settings: SettingsService, secrets: SecretsService,
                 knowledge: KnowledgeService, clock: Callable[[], datetime] = lambda: datetime.now(UTC)) -> None:
        self._db, self._settings, self._secrets, self._knowledge = db, settings, secrets, knowledge
        self.clock = clock
        self._lock = threading.Lock()
        self._analyzer: Analyzer | None = None
        self._analyzer_at = 0.0
        self._llms: dict[tuple[str, str, str, str], LLM] = {}
        self.breaker = CircuitBreaker()
        self.llm_factory: Callable[[str, str, str | None, str | None, float], LLM] = _make_llm

    # -- building blocks ----------------------------------------------------------------------------------------

    def analyzer(self) -> Analyzer:
        """The supervisor's analyser, with the CRM's contact names reloaded every few minutes."""
        with self._lock:
            if self._analyzer is None or time.monotonic() - self._analyzer_at > NAMES_TTL:
                with self._db.reading() as session:
                    names = crm_repo.known_names(session)
                previous = self._analyzer
                self._analyzer = Analyzer(detect, known_names=names,
                                          intents=previous.intents if previous else None,
                                          toxicity=previous.toxicity if previous else None)
                self._analyzer_at = time.monotonic()
            return self._analyzer

    def firm(self) -> FirmInfo:
        """The firm as the agents describe it."""
        get = self._settings.get
        address = ", ".join(p for p in (get("firm.street"), f"{get('firm.postcode')} {get('firm.city')}".strip()) if p)
        return FirmInfo(name=get("firm.name") or "our firm", email=get("firm.email"), phone=get("firm.phone"),
                        website=get("firm.website"), address=address, timezone=get("firm.timezone"),
                        business_hours=get("ai.business_hours"), meeting_minutes=get("ai.meeting_minutes"))

    def llm(self) -> LLM | None:
        """The configured chat model, or None for the embedded back-end (or when it is not set up)."""
        backend = self._settings.get("ai.backend")
        if backend == "embedded":
            return None
        model, base_url = self._settings.get("ai.model"), self._settings.get("ai.base_url") or None
        key = self._secrets.get(f"{backend}.api_key")
        timeout = float(self._settings.get("ai.timeout_seconds"))
        cache_key = (backend, model, base_url or "", str(hash(key)))
        with self._lock:
            if cache_key not in self._llms:
                try:
                    self._llms = {cache_key: self.llm_factory(backend, model, base_url, key, timeout)}
                except NotReady as exc:
                    log.warning("AI back-end %s is not ready (%s): the embedded responder answers", backend, exc)
                    return None
                self.breaker = CircuitBreaker()
            return self._llms[cache_key]

    def orchestrator(self) -> Orchestrator:
        """An orchestrator for the current settings."""
        return Orchestrator(self.analyzer(), Policy.from_settings(self._settings.get), self.firm(), self.llm(),
                            self.breaker)

    # -- what callers use ---------------------------------------------------------------------------------------

    def classify(self, texts: Sequence[str]) -> list[Classification]:
        """Language, intent, toxicity and personal data of each text (no model call, no storage)."""
        return self.analyzer().analyze_batch(list(texts))

    def playground(self, text: str, contact_id: int | None = None,
                   on_delta: Callable[[str], None] | None = None) -> Trace:
        """A dry run of the whole orchestrator: nothing is sent, booked or saved."""
        return self.reply(text, contact_id=contact_id, on_delta=on_delta, dry_run=True)

    def reply(self, text: str, *, contact_id: int | None = None, on_delta: Callable[[str], None] | None = None,
              dry_run: bool = False) -> Trace:
        """Run the orchestrator once for ``text`` outside any conversation (CLI ``ai reply``, playground)."""
        now = self.clock()
        with self._db.reading() as session:
            if contact_id is not None:
                crm_repo.contact_card(session, contact_id)  # NotFound for a wrong id
            context = crm_repo.customer_context(session, contact_id, now)
        orchestrator = self.orchestrator()
        binding = Binding(thread_id=None, contact_id=contact_id)
        outcome = orchestrator.run(text, Conversation(context, Memory()), self._tools(binding, now, dry_run),
                                   now, on_delta)
        if not dry_run:
            self._meter(outcome.trace, thread_id=None)
        return outcome.trace

    def respond(self, message: InboundMessage) -> Reply:
        """Answer a stored customer message (the queue's Responder): the reply carries memory and metering."""
        now = self.clock()
        with self._db.reading() as session:
            contact_id = crm_repo.contact_for_thread(session, message.thread_id)
            context = crm_repo.customer_context(session, contact_id, now)
            memory, summarized_upto = ai_repo.memory(session, message.thread_id, before_id=message.id)
            placeholders = ai_repo.placeholders(session, message.thread_id)
        binding = Binding(thread_id=message.thread_id, contact_id=contact_id)
        outcome = self.orchestrator().run(message.content, Conversation(context, memory, placeholders),
                                          self._tools(binding, now, False), now)
        trace = outcome.trace
        metadata: dict[str, Any] = {"responder": "ai", "trace": {**trace.as_json(), "reply": None}}
        effects = {"state": outcome.state, "placeholders": outcome.placeholders, "summary": memory.summary,
                   "summarized_upto": summarized_upto, "labels": outcome.labels, "handoff": trace.handoff,
                   "ai_off": outcome.ai_off, "usage": _usage(trace)}
        return Reply(content=trace.reply, language=trace.reply_language, author_kind="ai",
                     metadata={**metadata, "effects": effects})

    # -- internals ----------------------------------------------------------------------------------------------

    def _tools(self, binding: Binding, now: datetime, dry_run: bool) -> Callable[[str], ToolBox]:
        firm = self.firm()

        def make(_agent: str) -> ToolBox:
            return ConversationTools(self._db, self._knowledge, firm, binding, now, dry_run)
        return make

    def _meter(self, trace: Trace, thread_id: int | None) -> None:
        from secretary.audit import ACTOR_AI
        with self._db.writing(ACTOR_AI) as session:
            apply_usage(session, _usage(trace), thread_id)


def _usage(trace: Trace) -> dict[str, Any]:
    return {"backend": trace.backend, "agent": trace.agent, "prompt_tokens": trace.usage.prompt_tokens,
            "completion_tokens": trace.usage.completion_tokens}


def _make_llm(backend: str, model: str, base_url: str | None, key: str | None, timeout: float) -> LLM:
    from services.ai.llm_openai import OpenAIChat
    if backend == "compatible" and not base_url:
        raise NotReady("the local LLM server's address (ai.base_url) is not set")
    return OpenAIChat(model=model, api_key=key, base_url=base_url, name=backend, timeout=timeout)
