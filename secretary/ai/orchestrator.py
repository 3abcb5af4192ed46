"""The orchestrator: supervisor in → router → specialist agent → supervisor out.

One run answers one customer message. It never raises for customer text: a
failing cloud model falls back to the embedded responder (and trips the circuit
breaker), an unsure agent hands the conversation to a person.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field, replace
from datetime import datetime
from typing import Any

from secretary.ai import phrases, schedule
from secretary.ai.agent import AgentRequest, AgentResult
from secretary.ai.breaker import CircuitBreaker
from secretary.ai.context import CustomerContext, FirmInfo, Memory
from secretary.ai.embedded import EmbeddedAgent
from secretary.ai.llm import LLM
from secretary.ai.llm_agent import LLMAgent, system_prompt
from secretary.ai.pii import Masker
from secretary.ai.policy import Policy
from secretary.ai.records import AGENTS, Classification, ToolCall, Trace, Usage
from secretary.ai.supervisor import Analyzer, add_disclaimer, check_input_topics, check_reply, leaks_prompt
from secretary.ai.tools import GuardedToolBox, ToolBox
from secretary.errors import SecretaryError

log = logging.getLogger(__name__)
HUMAN_IN_FLOW = 0.85  # inside a flow, a hand-off request must be this clear (or the /human command)


@dataclass
class Outcome:
    """A trace plus what the caller must store: the flow state, placeholders, labels, hand-off."""

    trace: Trace
    state: dict[str, Any]
    placeholders: dict[str, str]
    labels: list[str] = field(default_factory=list)
    ai_off: bool = False
    evidence: str = ""  # what an agent's reply must be grounded in


@dataclass(frozen=True)
class Conversation:
    """What the router loaded for this message."""

    context: CustomerContext
    memory: Memory
    placeholders: dict[str, str] = field(default_factory=dict)


class Orchestrator:
    """Answers customer messages with the configured back-end, falling back to the embedded responder."""

    def __init__(self, analyzer: Analyzer, policy: Policy, firm: FirmInfo, llm: LLM | None = None,
                 breaker: CircuitBreaker | None = None) -> None:
        self.analyzer = analyzer
        self.policy = policy
        self.firm = firm
        self.llm = llm
        self.breaker = breaker or CircuitBreaker()
        self.embedded = EmbeddedAgent()
        self.hours = schedule.parse_hours(firm.business_hours)

    @property
    def backend(self) -> str:
        """Name of the configured back-end."""
        return self.llm.name if self.llm is not None else "embedded"

    def run(self, text: str, conversation: Conversation, tools: Callable[[str], ToolBox], now: datetime,
            on_delta: Callable[[str], None] | None = None) -> Outcome:
        """Answer ``text``; ``tools(agent)`` gives the tool box bound to this conversation."""
        masker = Masker.from_mapping(conversation.placeholders)
        analysis = self.analyzer.analyze(text, masker)
        flags: list[str] = []
        if analysis.injection:
            flags.append("injection")
        if analysis.toxic:
            flags.append("toxic")
        memory, context = conversation.memory, conversation.context
        language = self._reply_language(analysis, context, memory)
        open_now = schedule.is_open(now, self.firm.timezone, self.hours)
        opening = None if open_now else schedule.next_opening(now, self.firm.timezone, self.hours)
        flow_agent = memory.state.get("agent") if memory.state.get("flow") else None
        if flow_agent and analysis.intent == "human" and analysis.intent_confidence < HUMAN_IN_FLOW:
            analysis = replace(analysis, intent=flow_agent)  # "Max Mustermann" answers "your name?", not a hand-off
        agent = flow_agent if flow_agent and analysis.intent != "human" else self._agent_for(analysis.intent)
        req = AgentRequest(text=text, analysis=analysis, language=language or "en", agent=agent or "support",
                           context=context, memory=memory, firm=self.firm, now=now, open_now=open_now,
                           opening=opening)
        guard = GuardedToolBox(tools(req.agent), req.agent)
        outcome = self._decide(req, guard, flags, language, agent, masker, on_delta)
        outcome.trace = self._finish(outcome.trace, guard, analysis, req, masker, outcome.evidence)
        outcome.placeholders = masker.mapping
        outcome.labels = sorted({f"flag:{f}" for f in outcome.trace.flags if f in ("injection", "toxic",
                                                                                  "forbidden_topic")})
        return outcome

    # -- routing ------------------------------------------------------------------------------------------------

    def _reply_language(self, analysis: Classification, context: CustomerContext, memory: Memory) -> str | None:
        letters = sum(ch.isalpha() for ch in analysis.masked)
        known = memory.state.get("language") or (context.contact.language if context.contact else None)
        if letters < 12 and known in phrases.REPLY_LANGUAGES and analysis.language not in ("uk", "ru"):
            return str(known)
        return self.policy.reply_language(analysis.language, context.contact.language if context.contact else None)

    def _agent_for(self, intent: str) -> str | None:
        if intent in AGENTS:
            return intent if intent in self.policy.agents else None
        return "support" if "support" in self.policy.agents else None

    def _decide(self, req: AgentRequest, guard: GuardedToolBox, flags: list[str], language: str | None,
                agent: str | None, masker: Masker, on_delta: Callable[[str], None] | None) -> Outcome:
        lang = req.language
        when = phrases.when_text(lang, req.open_now, req.opening, self.firm.timezone)
        state = dict(req.memory.state)
        if req.analysis.toxic and self.policy.toxicity_action == "block":
            guard.call("handoff_to_human", {"reason": "abusive messages: AI switched off for this conversation"})
            return self._outcome(req, phrases.say("blocked", lang), flags, None, blocked=True, handoff=True,
                                 ai_off=True)
        if req.analysis.toxic and self.policy.toxicity_action == "handoff":
            guard.call("handoff_to_human", {"reason": "abusive message"})
            reply = f"{phrases.say('calm', lang)} {phrases.say('handoff', lang, when=when)}"
            return self._outcome(req, reply, flags, None, handoff=True)
        if language is None:
            guard.call("handoff_to_human", {"reason": f"message in a language the firm's policy hands to a person "
                                                      f"({req.analysis.language})"})
            return self._outcome(req, phrases.say("handoff", lang, when=when), flags + ["language_policy"], None,
                                 handoff=True)
        if check_input_topics(req.text, self.policy.forbidden_topics):
            return self._outcome(req, phrases.say("forbidden", lang, when=when), flags + ["forbidden_topic"], None)
        if req.analysis.intent == "human":
            guard.call("handoff_to_human", {"reason": "the customer asked for a person"})
            return self._outcome(req, phrases.say("handoff", lang, when=when), flags, None, handoff=True)
        if agent is None:
            guard.call("handoff_to_human", {"reason": f"the {req.analysis.intent} agent is switched off"})
            return self._outcome(req, phrases.say("agent_off", lang, when=when), flags, None, handoff=True)
        if req.analysis.intent == "smalltalk" and not state.get("flow"):
            return self._outcome(req, self._smalltalk(req), flags, "support")
        result, usage, backend = self._answer(req, guard, masker, on_delta, flags)
        calm = phrases.say("calm", lang) + " " if req.analysis.toxic else ""
        outcome = self._outcome(req, calm + result.reply, flags, req.agent, handoff=result.handoff,
                                sources=result.sources, usage=usage, backend=backend)
        outcome.state = {**result.state, "language": lang} if result.state else {"language": lang}
        outcome.evidence = result.evidence
        return outcome

    def _smalltalk(self, req: AgentRequest) -> str:
        from secretary.ai import words
        name = phrases.name_suffix(req.context.contact.name if req.context.contact else None, req.language)
        if words.THANKS.search(req.text):
            return phrases.say("thanks", req.language, name=name)
        if words.GOODBYE.search(req.text):
            return phrases.say("goodbye", req.language, name=name, firm=self.firm.name)
        return phrases.say("greeting", req.language, name=name, firm=self.firm.name)

    def _answer(self, req: AgentRequest, guard: GuardedToolBox, masker: Masker,
                on_delta: Callable[[str], None] | None, flags: list[str]) -> tuple[AgentResult, Usage, str]:
        if self.llm is not None and self.breaker.allow():
            try:
                result, usage = LLMAgent(self.llm, self.analyzer.pii, self.policy.temperature).answer(
                    req, guard, masker, on_delta)
                self.breaker.record_success()
                if result.reply:
                    return result, usage, self.llm.name
                flags.append("llm_empty")
            except SecretaryError as exc:
                self.breaker.record_failure()
                log.warning("the %s model failed (%s): the embedded responder answers", self.llm.name, exc)
                flags.append("llm_unavailable")
        elif self.llm is not None:
            flags.append("llm_circuit_open")
        result = self.embedded.answer(req, guard)
        backend = "embedded" if self.llm is None else "embedded (fallback)"
        if on_delta is not None:
            on_delta(result.reply)
        return result, Usage(), backend

    # -- the way out ----------------------------------------------------------------------------------------------

    def _outcome(self, req: AgentRequest, reply: str, flags: list[str], agent: str | None, *, handoff: bool = False,
                 blocked: bool = False, ai_off: bool = False, sources: Iterable[str] = (), usage: Usage = Usage(),
                 backend: str = "embedded") -> Outcome:
        trace = Trace(language=req.analysis.language, reply_language=req.language, intent=req.analysis.intent,
                      agent=agent, masked_input=req.analysis.masked, flags=tuple(dict.fromkeys(flags)),
                      tool_calls=(), reply=reply, backend=backend if agent else "supervisor", usage=usage,
                      sources=tuple(sources), handoff=handoff, blocked=blocked)
        return Outcome(trace=trace, state={} if handoff else {"language": req.language}, placeholders={},
                       ai_off=ai_off)

    def _finish(self, trace: Trace, guard: GuardedToolBox, analysis: Classification, req: AgentRequest,
                masker: Masker, evidence: str) -> Trace:
        flags = list(trace.flags)
        if guard.denied:
            flags.append("tool_denied")
        if any(p.get("suspicious") for name, _a, result, _e in guard.calls if name == "search_knowledge"
               for p in result.get("passages", [])):
            flags.append("document_injection")  # quoted as data, never obeyed; staff should check the document
        allowed = [s.value for s in analysis.pii] + list(masker.mapping.values())
        contact = req.context.contact
        if contact is not None:
            allowed += [v for v in (contact.name, contact.email, contact.phone) if v]
        allowed += [v for v in (self.firm.email, self.firm.phone, self.firm.name) if v]
        llm_reply = trace.backend in ("openai", "compatible")
        checked = check_reply(trace.reply, language=req.language, detect_language=self.analyzer.detect_language,
                              detector=self.analyzer.pii, allowed_values=allowed,
                              forbidden_topics=self.policy.forbidden_topics,
                              evidence=f"{evidence}\n{req.now.isoformat()}\n{self.firm.business_hours}\n"
                                       f"{self.firm.meeting_minutes}" if llm_reply else None)
        reply = checked.text
        if llm_reply and leaks_prompt(reply, system_prompt(req)):
            flags.append("prompt_leak")
            reply = phrases.say("not_understood", req.language)
        for flag in checked.flags:
            if flag == "language_mismatch" and not llm_reply:
                continue  # embedded replies may quote a document in another language, and say so
            flags.append(flag)
        if "forbidden_topic" in checked.flags:
            reply = phrases.say("forbidden", req.language, when=phrases.when_text(
                req.language, req.open_now, req.opening, self.firm.timezone))
        elif "ungrounded" in checked.flags:
            reply = f"{reply}\n\n{phrases.say('hedge', req.language)}"
        if not trace.blocked:
            reply = add_disclaimer(reply, self.policy.disclaimer)
        calls = tuple(ToolCall(name, _redact_args(args), result, error) for name, args, result, error in guard.calls)
        handoff = trace.handoff or any(c.name == "handoff_to_human" and c.error is None for c in calls)
        return Trace(**{**trace.__dict__, "flags": tuple(dict.fromkeys(flags)), "reply": reply,
                        "tool_calls": calls, "handoff": handoff})


def _redact_args(arguments: dict[str, Any]) -> dict[str, Any]:
    """Tool arguments as the trace stores them: personal fields replaced by their kind."""
    personal = {"email": "<EMAIL>", "phone": "<PHONE>", "name": "<PERSON>"}
    return {k: personal.get(k, v) if isinstance(v, str) and k in personal else v for k, v in arguments.items()}

