"""Which language a short customer message is in: "en", "de", "uk", "ru" or "other".

py3langid alone, restricted to en/de/uk/ru, forces Spanish or Bulgarian into one
of those, and unrestricted it hesitates on two-word chat messages. So letters
and a few very common words decide first, and py3langid only where they do not:

- Cyrillic: ``ў`` is Belarusian; ``ы``/``э``/``ё`` with ``і`` Belarusian, without it
  Russian; ``і``/``ї``/``є``/``ґ`` Ukrainian; ``ъ`` without the Russian letters is
  Bulgarian. Otherwise common words (``привет``, ``будь ласка``), then py3langid
  over uk/ru/bg/be/mk/sr; a tie between uk and ru goes to uk, the firm's language.
- Latin: letters no English or German word has (``ą ł ř ě ğ ş ñ ¿`` …) mean another
  language; common words of en/de and of French, Spanish, Italian, Dutch, Polish,
  Czech, Turkish… vote; then py3langid's full model says "other" when another
  language clearly outweighs en and de together, else the restricted one picks.
"""

from __future__ import annotations

import re
import threading
from functools import lru_cache

from py3langid.langid import MODEL_FILE, LanguageIdentifier

_CYRILLIC = re.compile(r"[\u0400-\u04ff]")
_LATIN = re.compile(r"[a-zA-Z\u00c0-\u024f]")
_WORD = re.compile(r"[^\W\d_]+(?:['’ʼ][^\W\d_]+)*")
_OTHER_LATIN = set("ąęłśźżńćřěůťďňğşıñ¿¡œøåãõâêîôûàèìòùçëčšžýáíóú")
_GERMAN_LETTERS = set("äöüß")

_WORDS = {
    "en": {
        "all", "and", "are", "bye", "call", "can", "cheers", "cool", "done", "fine", "for", "good", "got",
        "great", "hello", "help", "hey", "hi", "how", "i", "is", "it", "me", "morning", "much", "my", "no",
        "nope", "not", "of", "ok", "okay", "on", "paid", "please", "pls", "sorry", "sure", "thank",
        "thanks", "the", "there", "this", "thx", "to", "wait", "well", "what", "when", "where", "with",
        "yeah", "yes", "yet", "you", "your"
    },
    "de": {
        "abend", "alles", "auf", "bin", "bis", "bitte", "dank", "danke", "das", "der", "die", "erledigt",
        "euch", "falscher", "frau", "für", "genau", "gerne", "gut", "guten", "hab", "habe", "hallo", "herr",
        "hilfe", "ich", "ihr", "ist", "ja", "klar", "mich", "mir", "mit", "moin", "morgen", "na", "nein",
        "nicht", "noch", "nochmal", "nö", "passt", "rechnung", "schon", "servus", "sie", "tag", "tausend",
        "termin", "tschuess", "tschüss", "und", "unterwegs", "verstanden", "viel", "vielen", "wann", "was",
        "wie", "wir", "wo"
    },
    "other": {
        "alsjeblieft", "bedankt", "bir", "bonjour", "buongiorno", "ciao", "con", "czy", "dank", "des", "di",
        "dobry", "dobrý", "domani", "dzien", "dzięki", "dziękuję", "děkuji", "een", "el", "en", "er", "est",
        "favor", "goedemiddag", "gracias", "grazie", "hej", "het", "hola", "ik", "il", "je", "jest",
        "jullie", "la", "le", "les", "lo", "los", "lütfen", "merci", "merhaba", "mi", "mohu", "nie", "niet",
        "não", "obrigado", "og", "olá", "pas", "per", "por", "proszę", "prosím", "que", "quiero", "scusi",
        "sono", "tack", "terug", "teşekkürler", "una", "une", "van", "ve", "você", "voor", "vous", "waar",
        "y", "zijn"
    },
}
_WORDS["other"] -= _WORDS["en"] | _WORDS["de"]
_RUSSIAN_WORDS = {"привет", "пока", "ладно", "спасибо", "спасибочки", "здравствуйте", "пожалуйста", "что", "как", "это",
                  "когда", "да", "нет", "хорошо", "сейчас", "можно", "всё", "все", "ещё", "еще", "где", "мой", "мне",
                  "меня", "вы", "нужно", "извините", "помогите", "отлично", "большое", "сколько", "счёт", "счет"}
_UKRAINIAN_WORDS = {"так", "будь", "ласка", "дякую", "дяк", "саме", "коли", "усе", "гаразд", "вибачте", "можна", "чи",
                    "лише", "але", "що", "як", "дуже", "мене", "мені", "вже", "ще", "треба", "зараз", "готово", "ні",
                    "ви", "неа", "зачекайте", "людину", "справа", "привіт", "вітаю", "бувай", "скільки", "де", "мій"}
_BULGARIAN_WORDS = {"благодаря", "моля", "искам", "какви", "какво", "трябва", "се", "ще", "съм", "здравейте", "колко",
                    "утре", "вие", "нашия", "вашия", "тук", "защо", "кога", "кой", "къде"}
_BELARUSIAN = re.compile(r"ў|дз[яеёію]|[аыэяо]ць\b|\bці\b|\bгэта|\bвы[а-яі]*ц")
_lock = threading.Lock()


@lru_cache(maxsize=1)
def _identifiers() -> tuple[LanguageIdentifier, LanguageIdentifier, LanguageIdentifier]:
    full = LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)
    latin = LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)
    latin.set_languages(["en", "de"])
    cyrillic = LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)
    cyrillic.set_languages(["uk", "ru", "bg", "be", "mk", "sr"])
    return full, latin, cyrillic


def detect(text: str) -> str:
    """One of "en", "de", "uk", "ru", "other" for ``text`` (a chat message or a longer text)."""
    sample = " ".join(text[:2000].split())
    cyrillic, latin = len(_CYRILLIC.findall(sample)), len(_LATIN.findall(sample))
    if not cyrillic and not latin:
        return "other" if any(ch.isalpha() for ch in sample) else "en"
    return _cyrillic(sample) if cyrillic > latin else _latin(sample)


def _cyrillic(text: str) -> str:
    lower = text.lower()
    letters = set(lower)
    ukrainian = bool(letters & set("іїєґ"))
    russian = bool(letters & set("ыэё"))
    if "ў" in letters or (ukrainian and russian) or ("и" not in letters and _BELARUSIAN.search(lower)):
        return "other"  # Belarusian: no "и", but "ў", soft "дз", "-ць" infinitives
    if russian:
        return "ru"
    if ukrainian:
        return "uk"
    if "ъ" in letters:
        return "other"  # Bulgarian (Russian "ъ" words nearly always carry ы/э too)
    words = _WORD.findall(lower)
    uk_hits = sum(word in _UKRAINIAN_WORDS for word in words)
    # Russian masculine past tense ends in "-ил" where Ukrainian has "-ив" (оплатил / оплатив)
    ru_hits = sum(word in _RUSSIAN_WORDS or (len(word) > 3 and word.endswith("ил")) for word in words)
    bg_hits = sum(word in _BULGARIAN_WORDS for word in words)
    if bg_hits and bg_hits >= max(uk_hits, ru_hits):
        return "other"
    if uk_hits != ru_hits:
        return "uk" if uk_hits > ru_hits else "ru"
    _, _, model = _identifiers()
    with _lock:  # the identifiers keep per-call state
        ranked = dict(model.rank(text))
    if len(text) >= 12 and max(ranked["bg"], ranked["mk"], ranked["sr"], ranked["be"]) >= 0.9:
        return "other"
    return "ru" if ranked["ru"] > 2 * ranked["uk"] else "uk"


def _latin(text: str) -> str:
    lower = text.lower()
    letters = set(lower)
    if letters & _OTHER_LATIN:
        return "other"
    words = _WORD.findall(lower)
    hits = {name: sum(word in vocabulary for word in words) for name, vocabulary in _WORDS.items()}
    if hits["other"] and hits["other"] >= max(hits["en"], hits["de"]):
        return "other"
    full, restricted, _ = _identifiers()
    with _lock:
        ranked = dict(full.rank(text))
        known, _ = restricted.classify(text)
    top = max(ranked, key=ranked.__getitem__)
    known_mass = ranked["en"] + ranked["de"]
    if not (hits["en"] or hits["de"]) and top not in ("en", "de") and ranked[top] >= 0.3 \
            and ranked[top] >= 3 * known_mass:
        return "other"
    if hits["en"] >= hits["de"] + 2:  # an English sentence with a German street name stays English
        return "en"
    if letters & _GERMAN_LETTERS:
        return "de"
    if hits["en"] != hits["de"]:
        return "en" if hits["en"] > hits["de"] else "de"
    return str(known)
