"""Every table of the workspace, single-tenant (one workspace = one firm).

Importing this package registers all models on ``Base.metadata``.
"""

from storage.models.base import Base, utcnow
from storage.models.billing import Entitlement, Plan, Subscription, UsageEvent
from storage.models.calendar import Booking, Calendar, Event
from storage.models.crm import Contact, ContactIdentity, Lead, Note, Pipeline, Stage, Task
from storage.models.identity import AuditLog, Role, SettingRow, User
from storage.models.inbox import Attachment, CannedResponse, Channel, InboxMessage, Thread
from storage.models.invoicing import Invoice, InvoiceLine, Payment
from storage.models.knowledge import Chunk, Document, EmbeddingIndex, KnowledgeSource
from storage.models.kyb import (
    Alert,
    Counterparty,
    CounterpartyDiff,
    CounterpartySnapshot,
    MatchDecision,
    SanctionsEntry,
    SanctionsList,
)

__all__ = [
    "Alert", "Attachment", "CannedResponse", "AuditLog", "Base", "Booking", "Calendar", "Channel", "Chunk", "Contact",
    "ContactIdentity", "Counterparty", "CounterpartyDiff", "CounterpartySnapshot", "Document", "EmbeddingIndex",
    "Entitlement",
    "Event", "InboxMessage", "Invoice", "InvoiceLine", "KnowledgeSource", "Lead", "MatchDecision", "Note", "Payment",
    "Pipeline",
    "Plan", "Role", "SanctionsEntry", "SanctionsList",
    "SettingRow", "Stage", "Subscription", "Task", "Thread", "UsageEvent", "User", "utcnow",
]
