"""What an agent gets (one customer turn with its context) and what it gives back."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from secretary.ai.context import CustomerContext, FirmInfo, Memory
from secretary.ai.records import Classification


@dataclass(frozen=True)
class AgentRequest:
    """One customer message, analysed and routed, with everything known about the conversation."""

    text: str
    analysis: Classification
    language: str  # the language to answer in (en, de or uk)
    agent: str  # sales | support | billing | operations
    context: CustomerContext
    memory: Memory
    firm: FirmInfo
    now: datetime
    open_now: bool
    opening: datetime | None


@dataclass
class AgentResult:
    """The agent's answer and what it changed about the conversation."""

    reply: str
    sources: tuple[str, ...] = ()
    state: dict[str, Any] = field(default_factory=dict)  # the open flow after this turn ({} = none)
    handoff: bool = False
    evidence: str = ""  # text the reply is grounded in (for the output check)
