"""Prompt-injection detection for customer messages and knowledge passages (en, de, uk, ru).

Detection only flags; containment does not depend on it: customer and document
text is always passed to a model as quoted data, tools are bound to the
conversation and filtered by the agent's allow-list, and the system prompt is
never part of any reply.
"""

from __future__ import annotations

import re

_PATTERNS = [
    # English
    r"\b(ignore|disregard|forget|override|bypass)\b.{0,40}\b(previous|prior|above|earlier|all|your|any|the)\b.{0,30}"
    r"\b(instructions?|prompts?|rules|guidelines|directions|messages)\b",
    r"\b(system|developer|hidden|initial|original)\s+(prompt|message|instructions?)\b",
    r"\b(reveal|show|print|repeat|tell me|output|display|leak)\b.{0,30}\b(prompt|instructions|system message|"
    r"rules you|configuration)\b",
    r"\byou are (now|no longer)\b", r"\bact as (an?|the)\b.{0,30}\b(unrestricted|admin|developer|dan|jailbroken)\b",
    r"\b(jailbreak|dan mode|developer mode|god mode)\b",
    r"\bnew (instructions|rules|persona)\s*:", r"\bfrom now on,? (you|ignore|only|always)\b",
    r"\b(call|use|invoke|execute|run)\b.{0,20}\b(tool|function)\b.{0,40}\b(create_invoice_draft|book_meeting|"
    r"move_lead_stage|add_task|add_note|create_or_update_lead|handoff_to_human|find_contact|invoice_status)\b",
    # German
    r"\b(ignorier\w*|vergiss|vergessen sie|missachte\w*|übergeh\w*)\b.{0,40}\b(anweisungen|instruktionen|regeln|"
    r"vorgaben|prompts?|befehle)\b",
    r"\b(system-?prompt|systemnachricht|systemanweisung\w*)\b",
    r"\b(zeig\w*|verrat\w*|gib\w*|wiederhol\w*)\b.{0,30}\b(deine|ihre|die)\b.{0,15}\b(anweisungen|instruktionen|"
    r"prompt|regeln)\b",
    r"\bdu bist (jetzt|ab sofort|nun)\b", r"\bab (jetzt|sofort) (bist du|ignorierst du|gilt)\b",
    # Ukrainian
    r"(ігноруй|ігнорувати|забудь|забудьте|проігноруй)\w*.{0,40}(інструкці|правил|вказів|промпт)",
    r"(системн\w+)\s+(промпт|повідомлення|інструкці\w*)",
    r"(покажи|розкажи|виведи|повтори)\w*.{0,30}(свої|твої|системн\w*)\s+(інструкці|правил|промпт)",
    r"\bтепер ти\b",
    # Russian
    r"(игнорируй|забудь|проигнорируй)\w*.{0,40}(инструкци|правил|указани|промпт)",
    r"(системн\w+)\s+(промпт|сообщени\w*|инструкци\w*)", r"\bтеперь ты\b",
    # chat-template and role markers smuggled into text
    r"<\|(im_start|im_end|system|assistant|user|endoftext)\|>", r"\[/?INST\]", r"^\s*#{2,}\s*(system|instruction)",
    r"^\s*(system|assistant)\s*:", r"</?(system|instructions?)>",
]
_INJECTION = re.compile("|".join(f"(?:{p})" for p in _PATTERNS), re.IGNORECASE | re.MULTILINE | re.DOTALL)
_ROLE_MARKERS = re.compile(r"<\|[a-z_]+\|>|\[/?INST\]|</?(?:system|instructions?|document|customer_message)>",
                           re.IGNORECASE)


def looks_like_injection(text: str) -> bool:
    """Whether ``text`` tries to instruct the model rather than talk to the firm."""
    return bool(_INJECTION.search(text[:20000]))


def neutralize(text: str) -> str:
    """Remove chat-template markers and our own delimiter tags so quoted text cannot close its quote."""
    return _ROLE_MARKERS.sub(" ", text)


def quote(tag: str, text: str) -> str:
    """``text`` wrapped as data in ``<tag>…</tag>`` with any delimiter look-alikes removed."""
    return f"<{tag}>\n{neutralize(text)}\n</{tag}>"
