"""Storing what an AI reply changed about its conversation, in the reply's own transaction."""

from __future__ import annotations

from typing import Any

from storage import ai_repo


def apply_usage(session: Any, usage: dict[str, Any], thread_id: int | None) -> None:
    """Meter one AI reply: one ``ai.reply`` event, plus ``ai.tokens`` when a model spent any."""
    meta = {"backend": usage["backend"], "agent": usage["agent"], "thread_id": thread_id}
    ai_repo.record_usage(session, "ai.reply", 1, meta)
    tokens = int(usage["prompt_tokens"]) + int(usage["completion_tokens"])
    if tokens:
        ai_repo.record_usage(session, "ai.tokens", tokens, {**meta, "prompt_tokens": usage["prompt_tokens"],
                                                            "completion_tokens": usage["completion_tokens"]})


def apply_effects(session: Any, thread_id: int, effects: dict[str, Any]) -> None:
    """Store what an AI reply changed about its conversation, in the reply's own transaction."""
    ai_repo.save_memory(session, thread_id, summary=effects.get("summary"), state=effects.get("state", {}),
                        summarized_upto=effects.get("summarized_upto"), placeholders=effects.get("placeholders"))
    if effects.get("labels") or effects.get("handoff") or effects.get("ai_off"):
        ai_repo.flag_thread(session, thread_id, list(effects.get("labels", [])), handoff=bool(effects.get("handoff")),
                            ai_off=bool(effects.get("ai_off")))
    if effects.get("usage"):
        apply_usage(session, effects["usage"], thread_id)
