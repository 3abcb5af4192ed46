"""The embedded responder: useful answers with no language model at all.

It uses the same router, tools and knowledge search as the LLM agents:
extractive answers with a citation, lead capture that asks for missing contact
details one at a time, meeting slots offered and booked, invoice status, and
an honest hand-off when it is unsure. Every sentence comes from
:mod:`secretary.ai.phrases` in the customer's language.
"""

from __future__ import annotations

import re
from datetime import datetime
from typing import Any

from secretary.ai import phrases, words
from secretary.ai.agent import AgentRequest, AgentResult
from secretary.ai.extract import best_passage
from secretary.ai.phrases import format_date, format_money, format_slot, name_suffix, say
from secretary.ai.tools import GuardedToolBox

_NAME = re.compile(r"^[^\W\d_][^\W\d_'’.\-]*(?:[ '’.\-]+[^\W\d_][^\W\d_'’.\-]*){0,3}$")


class EmbeddedAgent:
    """Deterministic specialist agents sharing one set of flows."""

    def answer(self, req: AgentRequest, tools: GuardedToolBox) -> AgentResult:
        """Answer one routed customer message, continuing an open flow first."""
        flow = req.memory.state.get("flow")
        if flow == "slots":
            result = self._choose_slot(req, tools)
            if result is not None:
                return result
        elif flow == "lead":
            return self._continue_lead(req, tools)
        elif flow == "offer" and words.YES.search(req.text) and not words.NO.search(req.text):
            return self._start_booking(req, tools, interest=str(req.memory.state.get("interest", "")))
        handler = {"sales": self._sales, "support": self._support, "billing": self._billing,
                   "operations": self._operations}.get(req.agent, self._support)
        return handler(req, tools)

    # -- small helpers ------------------------------------------------------------------------------------------

    def _when(self, req: AgentRequest) -> str:
        return phrases.when_text(req.language, req.open_now, req.opening, req.firm.timezone)

    def _name(self, req: AgentRequest, state: dict[str, Any] | None = None) -> str:
        name = (state or {}).get("name") or (req.context.contact.name if req.context.contact else None)
        return name_suffix(name, req.language)

    def _handoff(self, req: AgentRequest, tools: GuardedToolBox, reason: str, phrase: str = "unsure") -> AgentResult:
        tools.call("handoff_to_human", {"reason": reason})
        return AgentResult(say(phrase, req.language, when=self._when(req)), handoff=True)

    def _knowledge(self, req: AgentRequest, tools: GuardedToolBox) -> tuple[str, tuple[str, ...], str] | None:
        query = req.analysis.masked[:500]  # placeholders, not personal data, reach the (possibly cloud) embedder
        result = tools.call("search_knowledge", {"query": query, "language": req.language, "k": 5})
        passages = result.get("passages", [])
        extract = best_passage(req.text, passages)
        if extract is None:
            return None
        reply = say("answer", req.language, title=extract.title, passage=extract.text, source=extract.source)
        if extract.language and extract.language != req.language and extract.language in phrases.REPLY_LANGUAGES:
            reply += "\n" + say("answer_other_language", req.language)
        return reply, (extract.source,), extract.text

    def _pii(self, req: AgentRequest, kind: str) -> str | None:
        for span in req.analysis.pii:
            if span.type == kind:
                return span.value
        return None

    # -- agents -------------------------------------------------------------------------------------------------

    def _sales(self, req: AgentRequest, tools: GuardedToolBox) -> AgentResult:
        interest = req.analysis.masked[:200]
        if words.MEETING.search(req.text):
            return self._start_booking(req, tools, interest)
        found = self._knowledge(req, tools)
        if found is None:
            if req.analysis.injection:
                return AgentResult(say("not_understood", req.language))
            started = self._start_lead(req, tools, interest, then="done")
            started.reply = f"{say('lead_intro', req.language)} {started.reply}"
            return started
        reply, sources, evidence = found
        if req.context.contact is not None:
            tools.call("create_or_update_lead", {"interest": interest})
        return AgentResult(f"{reply}\n\n{say('offer_meeting', req.language)}", sources,
                           state={"flow": "offer", "agent": "sales", "interest": interest}, evidence=evidence)

    def _support(self, req: AgentRequest, tools: GuardedToolBox) -> AgentResult:
        if words.MEETING.search(req.text) and "book_meeting" in tools.allowed:
            return self._start_booking(req, tools, req.analysis.masked[:200])
        found = self._knowledge(req, tools)
        if found is None and req.analysis.injection:
            return AgentResult(say("not_understood", req.language))
        if found is None:
            tools.call("add_task", {"title": "Answer a customer's question from the chat",
                                    "description": req.analysis.masked[:1000], "priority": "normal"})
            return self._handoff(req, tools, "no answer in the knowledge base")
        reply, sources, evidence = found
        return AgentResult(reply, sources, evidence=evidence)

    def _billing(self, req: AgentRequest, tools: GuardedToolBox) -> AgentResult:
        extra = say("bank_details", req.language) if words.PAYMENT_HOW.search(req.text) else ""
        if req.context.contact is None:
            if extra:
                return AgentResult(extra)
            return self._handoff(req, tools, "invoice question from an unidentified customer",
                                 "invoice_unknown_customer")
        result = tools.call("invoice_status", {})
        invoices = result.get("invoices", [])
        if not invoices:
            if extra:
                return AgentResult(extra)
            tools.call("add_task", {"title": "Check an invoice question from the chat",
                                    "description": req.analysis.masked[:1000]})
            return AgentResult(say("no_invoices", req.language, when=self._when(req)))
        lines = [say("invoices_intro", req.language)]
        lines += [f"• {self._invoice_line(inv, req)}" for inv in invoices[:5]]
        if extra:
            lines.append(extra)
        return AgentResult("\n".join(lines), evidence="\n".join(lines))

    def _invoice_line(self, inv: dict[str, Any], req: AgentRequest) -> str:
        from datetime import date
        language = req.language
        due = date.fromisoformat(inv["due_date"]) if inv.get("due_date") else None
        issued = date.fromisoformat(inv["issue_date"]) if inv.get("issue_date") else None
        if inv["status"] == "paid" or inv["open_minor"] == 0 and inv["status"] != "void":
            state = say("state_paid", language)
        elif inv["status"] == "void":
            state = say("state_void", language)
        elif due is not None and due < req.now.date():
            state = say("state_overdue", language, due=format_date(due, language))
        elif inv["paid_minor"]:
            state = say("state_partly", language, open=format_money(inv["open_minor"], inv["currency"], language),
                        due=format_date(due, language))
        else:
            state = say("state_open", language, due=format_date(due, language))
        return say("invoice_line", language, number=inv.get("number") or "—", issued=format_date(issued, language),
                   total=format_money(inv["total_minor"], inv["currency"], language), state=state)

    def _operations(self, req: AgentRequest, tools: GuardedToolBox) -> AgentResult:
        if words.RESCHEDULE.search(req.text):
            tools.call("add_task", {"title": "Change or cancel an appointment (request from the chat)",
                                    "description": req.analysis.masked[:1000], "priority": "high"})
            reply = say("task_noted", req.language, when=self._when(req))
            if req.context.bookings:
                upcoming = format_slot(req.context.bookings[0].start, req.language, req.firm.timezone)
                reply = f"{say('upcoming', req.language, slot=upcoming)} {reply}"
            return AgentResult(reply)
        if words.MEETING.search(req.text):
            return self._start_booking(req, tools, req.analysis.masked[:200])
        found = self._knowledge(req, tools)
        if found is not None:
            reply, sources, evidence = found
            return AgentResult(reply, sources, evidence=evidence)
        tools.call("add_task", {"title": "Follow up on a customer's request from the chat",
                                "description": req.analysis.masked[:1000]})
        return AgentResult(say("task_noted", req.language, when=self._when(req)))

    # -- flows: lead capture and booking ------------------------------------------------------------------------

    def _missing(self, req: AgentRequest, state: dict[str, Any]) -> list[str]:
        contact = req.context.contact
        need = []
        if not (state.get("name") or contact):
            need.append("name")
        if not (state.get("email") or (contact and contact.email)):
            need.append("email")
        if not (state.get("phone") or state.get("phone_skipped") or (contact and contact.phone)):
            need.append("phone")
        return need

    def _start_lead(self, req: AgentRequest, tools: GuardedToolBox, interest: str, then: str) -> AgentResult:
        state: dict[str, Any] = {"flow": "lead", "agent": req.agent, "interest": interest, "then": then}
        self._absorb(req, state, asked=None)
        return self._next_lead_step(req, tools, state)

    def _start_booking(self, req: AgentRequest, tools: GuardedToolBox, interest: str) -> AgentResult:
        return self._start_lead(req, tools, interest, then="slots")

    def _absorb(self, req: AgentRequest, state: dict[str, Any], asked: str | None) -> None:
        email, phone, person = self._pii(req, "EMAIL"), self._pii(req, "PHONE"), self._pii(req, "PERSON")
        if email:
            state["email"] = email
        if phone:
            state["phone"] = phone
        if person:
            state["name"] = person
        elif asked == "name" and _NAME.match(req.text.strip()) and len(req.text.strip()) <= 60:
            state["name"] = " ".join(part.capitalize() if part.islower() else part
                                     for part in req.text.strip().split())
        if asked == "phone" and not phone and words.SKIP.search(req.text):
            state["phone_skipped"] = True

    def _continue_lead(self, req: AgentRequest, tools: GuardedToolBox) -> AgentResult:
        state = dict(req.memory.state)
        asked = state.get("asked")
        self._absorb(req, state, asked)
        if asked == "email" and "email" not in state:
            return AgentResult(say("bad_email", req.language), state=state)
        if asked == "phone" and not (state.get("phone") or state.get("phone_skipped")):
            state["phone_skipped"] = True  # asked once: never insist on a phone number
        return self._next_lead_step(req, tools, state)

    def _next_lead_step(self, req: AgentRequest, tools: GuardedToolBox, state: dict[str, Any]) -> AgentResult:
        need = self._missing(req, state)
        if need:
            asked = need[0]
            state["asked"] = asked
            key = {"name": "ask_name", "email": "ask_email", "phone": "ask_phone"}[asked]
            return AgentResult(say(key, req.language, name=self._name(req, state)), state=state)
        details = {k: state[k] for k in ("name", "email", "phone") if state.get(k)}
        if req.agent == "sales" or state.get("then") == "done":
            tools.call("create_or_update_lead", {"interest": state.get("interest") or "Enquiry", **details})
        if state.get("then") == "slots":
            return self._offer_slots(req, tools, state)
        return AgentResult(say("lead_saved", req.language, name=self._name(req, state),
                               next=say("lead_next", req.language)))

    def _offer_slots(self, req: AgentRequest, tools: GuardedToolBox, state: dict[str, Any],
                     phrase: str = "offer_slots") -> AgentResult:
        result = tools.call("find_free_slots", {"days_ahead": 14})
        slots = [s["start"] for s in result.get("slots", [])][:3]
        if not slots:
            return self._handoff(req, tools, "no free meeting slot found", "no_slots")
        listing = "\n".join(f"{i}. {format_slot(datetime.fromisoformat(s), req.language, req.firm.timezone)}"
                            for i, s in enumerate(slots, start=1))
        state = {**state, "flow": "slots", "slots": slots, "asked": None, "retries": 0}
        return AgentResult(say(phrase, req.language, slots=listing, minutes=req.firm.meeting_minutes), state=state)

    def _choose_slot(self, req: AgentRequest, tools: GuardedToolBox) -> AgentResult | None:
        state = dict(req.memory.state)
        slots = [datetime.fromisoformat(s) for s in state.get("slots", [])]
        choice = _pick(req.text, slots, req.firm.timezone)
        if choice is None:
            if words.NONE_FIT.search(req.text):
                return self._handoff(req, tools, "none of the offered meeting times fits")
            if "?" in req.text or state.get("retries", 0) >= 1:
                return None  # a new question: leave the flow and answer it
            state["retries"] = state.get("retries", 0) + 1
            return AgentResult(say("pick_slot", req.language, count=len(slots)), state=state)
        args = {"start": choice.isoformat(), "topic": str(state.get("interest") or "")[:200]}
        args.update({k: state[k] for k in ("name", "email") if state.get(k)})
        result = tools.call("book_meeting", args)
        if "error" in result:
            return self._offer_slots(req, tools, state, phrase="slot_taken")
        slot = format_slot(choice, req.language, req.firm.timezone)
        return AgentResult(say("booked", req.language, slot=slot, minutes=req.firm.meeting_minutes))


def _pick(text: str, slots: list[datetime], zone: str) -> datetime | None:
    """Which offered slot the customer chose: by number, ordinal word, weekday or time."""
    from zoneinfo import ZoneInfo
    digits = re.findall(r"(?<![\d:.])([1-9])(?![\d:.])", text)
    if len(digits) == 1 and int(digits[0]) <= len(slots):
        return slots[int(digits[0]) - 1]
    for number, pattern in words.ORDINALS.items():
        if number <= len(slots) and pattern.search(text):
            return slots[number - 1]
    lowered = text.lower()
    for slot in slots:
        local = slot.astimezone(ZoneInfo(zone))
        clock = local.strftime("%H:%M")
        if clock in lowered or clock.lstrip("0") in lowered.replace(".", ":"):
            return slot
        names = {phrases._WEEKDAYS[code][local.weekday()].lower()[:4] for code in phrases.REPLY_LANGUAGES}
        if any(name in lowered for name in names):
            return slot
    return None
