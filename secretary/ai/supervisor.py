"""The supervisor: analyses every incoming message and checks every reply before it leaves.

In: language, intent, toxicity, prompt injection and personal data (masked with
stable placeholders for a cloud model). Out: reply language, personal data of
other people, grounding in the firm's sources, forbidden topics, disclaimer.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass

from secretary.ai import phrases
from secretary.ai.injection import looks_like_injection
from secretary.ai.pii import Masker, PiiDetector
from secretary.ai.records import Classification, PiiSpan
from secretary.ai.textclass import IntentClassifier, ToxicityClassifier

_COMMANDS = {"/human": "human", "/start": "smalltalk", "/help": "smalltalk"}
_WORD = re.compile(r"\w{4,}", re.UNICODE)


class Analyzer:
    """Fast, LLM-free analysis of customer text (what ``secretary ai classify`` prints)."""

    def __init__(self, detect_language: Callable[[str], str], known_names: Iterable[str] = (),
                 intents: IntentClassifier | None = None, toxicity: ToxicityClassifier | None = None) -> None:
        self.detect_language = detect_language
        self.pii = PiiDetector(known_names=known_names)
        self.intents = intents or IntentClassifier.load()
        self.toxicity = toxicity or ToxicityClassifier.load()

    def analyze(self, text: str, masker: Masker | None = None) -> Classification:
        """Classify one message; ``masker`` keeps placeholders stable across a conversation."""
        return self.analyze_batch([text], masker)[0]

    def analyze_batch(self, texts: Sequence[str], masker: Masker | None = None) -> list[Classification]:
        """Classify many messages at once (the models score a batch in one pass)."""
        intents = self.intents.predict(texts)
        toxicity = self.toxicity.scores(texts)
        out = []
        for text, (intent, confidence), toxic_score in zip(texts, intents, toxicity, strict=True):
            language = self.detect_language(text)
            command = _COMMANDS.get(text.strip().split(" ")[0].lower()) if text.strip().startswith("/") else None
            spans = tuple(self.pii.find(text, language))
            masked = (masker or Masker()).mask(text, spans)
            out.append(Classification(
                language=language, intent=command or intent, intent_confidence=1.0 if command else confidence,
                toxic=self.toxicity.is_toxic(toxic_score), toxicity=float(toxic_score),
                injection=looks_like_injection(text), pii=spans, masked=masked))
        return out


@dataclass(frozen=True)
class Checked:
    """A reply after the output check, with what the check changed."""

    text: str
    flags: tuple[str, ...]


def _normal(value: str) -> str:
    return re.sub(r"[\s\-./()]", "", value).lower()


def _forbidden_hit(text: str, topics: Sequence[str]) -> str | None:
    lowered = text.lower()
    for topic in topics:
        needle = topic.strip().lower()
        if needle and re.search(rf"(?<!\w){re.escape(needle)}", lowered):
            return topic
    return None


def check_input_topics(text: str, topics: Sequence[str]) -> str | None:
    """The forbidden topic the customer asks about, if any."""
    return _forbidden_hit(text, topics)


def check_reply(text: str, *, language: str, detect_language: Callable[[str], str], detector: PiiDetector,
                allowed_values: Iterable[str], forbidden_topics: Sequence[str] = (),
                evidence: str | None = None) -> Checked:
    """Validate a reply: strip other people's personal data, catch forbidden topics, language and grounding.

    ``allowed_values`` are personal data the reply may contain (the customer's own,
    the firm's). ``evidence`` is the text the reply must be grounded in (sources,
    tool results, the conversation); None skips the grounding check.
    """
    flags: list[str] = []
    allowed = {_normal(v) for v in allowed_values if v}
    foreign = [s for s in detector.find(text, language) if _normal(s.value) not in allowed
               and not any(_normal(s.value) in a or a in _normal(s.value) for a in allowed if len(a) > 3)]
    if foreign:
        text = _redact(text, foreign)
        flags.append("pii_removed")
    if _forbidden_hit(text, forbidden_topics):
        flags.append("forbidden_topic")
    letters = sum(ch.isalpha() for ch in text)
    if letters >= 25 and language in phrases.REPLY_LANGUAGES:
        detected = detect_language(text)
        if detected != language and detected != "other":
            flags.append("language_mismatch")
    if evidence is not None and not grounded(text, evidence):
        flags.append("ungrounded")
    return Checked(text, tuple(flags))


def _redact(text: str, spans: Sequence[PiiSpan]) -> str:
    for span in sorted(spans, key=lambda s: s.start, reverse=True):
        text = text[:span.start] + "[…]" + text[span.end:]
    return text


def _numbers(text: str) -> set[int]:
    """Numeric components of at least two digits (prices, times, dates), as integers."""
    parts = re.findall(r"\d{2,}", re.sub(r"(?<=\d)[.,\u202f\u00a0 ](?=\d{3}\b)", "", text))
    return {int(p) for p in parts}


def grounded(reply: str, evidence: str) -> bool:
    """Whether every figure in the reply (price, time, date, count) occurs in ``evidence``.

    Figures are the claims that hurt when invented; wording is free. Thousands
    separators are ignored, so "1.190" matches "1190".
    """
    return _numbers(reply) <= _numbers(evidence)


def leaks_prompt(reply: str, prompt: str, shingle: int = 8) -> bool:
    """Whether the reply repeats any run of ``shingle`` words of the (secret) system prompt."""
    said = " ".join(re.findall(r"\w+", reply.lower()))
    words_ = re.findall(r"\w+", prompt.lower())
    return any(" ".join(words_[i:i + shingle]) in said for i in range(0, max(len(words_) - shingle + 1, 0)))


def add_disclaimer(text: str, disclaimer: str) -> str:
    """The reply with the firm's required disclaimer appended once."""
    disclaimer = disclaimer.strip()
    if not disclaimer or disclaimer in text:
        return text
    return f"{text}\n\n{disclaimer}"
