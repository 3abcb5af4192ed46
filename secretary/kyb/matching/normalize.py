"""Name normalisation: scripts, diacritics, transliteration variants and phonetic keys.

Three levels, each coarser than the one before:

* ``ascii_tokens(text)``: casefolded Latin tokens. Cyrillic is transliterated (Ukrainian
  letters і ї є ґ select the Ukrainian table, otherwise the Russian one), diacritics are
  dropped (ä → a, ß → ss, ł → l), dotted abbreviations are joined ("S.A." → "sa").
* ``fold(token)``: a spelling key that unifies the usual transliteration systems and
  spellings of the same sound: Ukrainian and Russian (Олександр → oleksandr, Х → kh/h/ch,
  Щ → shch/sch, Ю → yu/iu, Я → ya/ia, Й → y/i/j, Є → ye/ie, Ї → yi/i, Г → h/g), German
  (ü/ue, ä/ae, sch, tsch, w/v), Polish/Czech (cz, sz, w) and common Arabic-origin spellings
  (ou/u, ee/i, doubled letters: Mohammed/Muhammad/Mohamed all fold to "muhamad"/"mohamed"
  close enough for the edit distance, and to one skeleton).
* ``skeleton(token)``: the folded consonants only, z and s as one, j (English dzh) left out
  ("oleksandr" and "aleksandr" → "lksndr", "mohammed" and "muhammad" → "mhmd", "Rogozin"
  and "Rogosin" → "rgsn"): the phonetic key used for blocking.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

_UK_ONLY = set("іїєґІЇЄҐ")
_RU_ONLY = set("ыэъёЫЭЪЁ")

# Russian: BGN/PCGN-like, the ICAO passport forms differ only where fold() unifies them.
_RU = {
    "а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": "e", "ё": "e", "ж": "zh", "з": "z",
    "и": "i", "й": "y", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o", "п": "p", "р": "r",
    "с": "s", "т": "t", "у": "u", "ф": "f", "х": "kh", "ц": "ts", "ч": "ch", "ш": "sh",
    "щ": "shch", "ъ": "", "ы": "y", "ь": "", "э": "e", "ю": "yu", "я": "ya",
    # letters of other Cyrillic alphabets seen in lists (Belarusian, Serbian, Macedonian, Kazakh)
    "ў": "u", "ђ": "dj", "ј": "j", "љ": "lj", "њ": "nj", "ћ": "c", "џ": "dz", "ѓ": "gj", "ќ": "kj",
    "ѕ": "dz", "ә": "a", "ғ": "g", "қ": "k", "ң": "n", "ө": "o", "ұ": "u", "ү": "u", "һ": "h",
}
# Ukrainian: the official 2010 table (КМУ № 55), without the word-initial special cases.
_UK = {**_RU, "г": "h", "ґ": "g", "е": "e", "є": "ie", "и": "y", "і": "i", "ї": "i", "й": "i",
       "ю": "iu", "я": "ia", "щ": "shch", "ь": "", "'": "", "’": "", "ʼ": ""}
_UK_INITIAL = {"є": "ye", "ї": "yi", "й": "y", "ю": "yu", "я": "ya"}

# Letters NFKD does not decompose into ASCII.
_SPECIAL = {"ß": "ss", "æ": "ae", "œ": "oe", "ø": "o", "ł": "l", "đ": "d", "ð": "d", "þ": "th",
            "ı": "i", "ŀ": "l", "ħ": "h", "ŧ": "t", "ĸ": "k", "ŋ": "ng", "ſ": "s", "ʻ": "", "ʼ": "",
            "‘": "", "’": "", "`": "", "´": "", "'": ""}

_DOTTED = re.compile(r"(?<![^\W\d_])((?:[^\W\d_]\.){2,})")
_SPLIT = re.compile(r"[^0-9a-z]+")


def script_of(text: str) -> str:
    """The dominant writing system of ``text``: "Latin", "Cyrillic", "Arabic", "Han", ... or "Other"."""
    if text.isascii():
        return "Latin" if any(c.isalpha() for c in text) else "Other"
    counts: dict[str, int] = {}
    for char in text:
        if char.isalpha():
            script = _script_of_letter(char)
            counts[script] = counts.get(script, 0) + 1
    return max(sorted(counts), key=lambda s: counts[s]) if counts else "Other"


@lru_cache(maxsize=8192)
def _script_of_letter(char: str) -> str:
    name = unicodedata.name(char, "")
    script = name.split(" ", 1)[0].capitalize() if name else "Other"
    return "Han" if script == "Cjk" else script


def transliterate_cyrillic(text: str, language: str | None = None) -> str:
    """Cyrillic letters to Latin (lower case); ``language`` "uk" or "ru", guessed when None."""
    lower = text.lower()
    if language is None:
        language = "uk" if _UK_ONLY & set(lower) else "ru"
    table = _UK if language == "uk" else _RU
    out: list[str] = []
    previous = " "
    for char in lower:
        if language == "uk" and not previous.isalpha() and char in _UK_INITIAL:
            out.append(_UK_INITIAL[char])
        else:
            out.append(table.get(char, char))
        previous = char
    return "".join(out)


def to_ascii(text: str) -> str:
    """Casefolded ASCII form of ``text``: Cyrillic transliterated, diacritics dropped."""
    lower = text.casefold()
    if lower.isascii():
        return lower
    if any("\u0400" <= char <= "\u04ff" for char in lower):
        lower = transliterate_cyrillic(lower)
    out: list[str] = []
    for char in lower:
        if char < "\x80":
            out.append(char)
        elif char in _SPECIAL:
            out.append(_SPECIAL[char])
        else:
            decomposed = unicodedata.normalize("NFKD", char)
            out.append("".join(c for c in decomposed if c < "\x80") or " ")
    return "".join(out)


@lru_cache(maxsize=65536)
def ascii_tokens(text: str, join_dotted: bool = True) -> tuple[str, ...]:
    """The ASCII word tokens of a name; dotted abbreviations joined ("S.A." → "sa") when ``join_dotted``."""
    lower = to_ascii(text).replace("'", "")
    if join_dotted:
        lower = _DOTTED.sub(lambda m: m.group(1).replace(".", "") + " ", lower)
    lower = lower.replace("&", " and ")
    return tuple(t for t in _SPLIT.split(lower) if t)


# Ordered rewrites of fold(); longer patterns first.
_FOLD_RULES: tuple[tuple[str, str], ...] = (
    ("shch", "S"), ("tsch", "C"), ("sch", "S"), ("tch", "C"), ("dzh", "J"), ("dj", "J"), ("dz", "d"),
    ("ch", "C"), ("cz", "C"), ("sh", "S"), ("sz", "S"), ("zh", "Z"), ("kh", "h"), ("ph", "f"),
    ("th", "t"), ("gh", "g"), ("ts", "C"), ("tz", "C"), ("ck", "k"), ("x", "ks"), ("q", "k"),
    ("w", "v"), ("ae", "a"), ("oe", "o"), ("ue", "u"), ("ou", "u"), ("oo", "u"), ("ee", "i"),
)
_C_SOFT = re.compile(r"c(?=[eiy])")
_VOWELS = re.compile(r"[aeiou]+")
_REPEAT = re.compile(r"(.)\1+")


@lru_cache(maxsize=262144)
def fold(token: str) -> str:
    """Spelling key of one ASCII token: transliteration systems and spellings of a sound unified.

    Not meant to be read: "Shevchenko", "Schewtschenko" and "Ševčenko" give "SevCenko",
    "SevCenko" and "sevcenko"; "Hryhoriy" and "Grigoriy" give "hrihori".
    """
    text = _C_SOFT.sub("s", token)
    for old, new in _FOLD_RULES:
        if old in text:
            text = text.replace(old, new)
    text = text.replace("c", "k").replace("g", "h").replace("y", "i").replace("j", "i")
    text = text.replace("io", "e").replace("ie", "e")
    text = _REPEAT.sub(r"\1", text)
    return text.lower()


_BELARUSIAN_END = re.compile(r"(?<=[^aeiouy])[ao]u$")


def russian_form(token: str) -> str | None:
    """The Russian form of a Belarusian surname ending in -оў/-аў ("naumau", "barsukou" → "naumov",
    "barsukov"), None for other words. Not folded in: -ou is also French and Greek ("Amadou")."""
    return token[:-2] + "ov" if len(token) >= 5 and _BELARUSIAN_END.search(token) else None


@lru_cache(maxsize=262144)
def skeleton(token: str) -> str:
    """Phonetic key of one ASCII token: its folded consonants (the folded form if it has none)."""
    folded = fold(token)
    consonants = _REPEAT.sub(r"\1", _VOWELS.sub("", folded.replace("z", "s").replace("j", "")))
    return consonants or folded


def is_digits(token: str) -> bool:
    """True for a token of digits only (numbers in names must agree)."""
    return token.isdigit()
