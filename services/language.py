"""Language identification for documents and messages (py3langid, offline, ~5 MB model).

Restricted to the languages the firm works in (en, de, uk) plus ru — so Russian
is recognised and never mistaken for Ukrainian — the restricted model is very
accurate on short texts, but it forces any other language into one of those. A
second, unrestricted opinion catches those: when it is confident the text is
in another language (Polish, Bulgarian...), that language's code is returned.
"""

from __future__ import annotations

import threading
from functools import lru_cache

from py3langid.langid import MODEL_FILE, LanguageIdentifier

KNOWN = ("en", "de", "uk", "ru")
OTHER_CONFIDENCE = 0.9
_lock = threading.Lock()


@lru_cache(maxsize=1)
def _identifiers() -> tuple[LanguageIdentifier, LanguageIdentifier]:
    restricted = LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)
    restricted.set_languages(list(KNOWN))
    full = LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)
    return restricted, full


def detect_language(text: str, sample: int = 4000) -> str | None:
    """ISO 639-1 code of ``text``'s language, or None when there is too little text to tell."""
    sample_text = " ".join(text[:sample].split())
    if sum(ch.isalpha() for ch in sample_text) < 2:
        return None
    restricted, full = _identifiers()
    with _lock:  # the identifiers keep per-call state
        known, _ = restricted.classify(sample_text)
        other, confidence = full.classify(sample_text)
    if other not in KNOWN and confidence >= OTHER_CONFIDENCE and len(sample_text) >= 12:
        return str(other)
    return str(known)
