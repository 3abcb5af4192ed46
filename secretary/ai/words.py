"""Keyword cues the embedded responder uses inside an intent (en, de, uk), matched on word starts."""

from __future__ import annotations

import re


def _cue(*stems: str) -> re.Pattern[str]:
    return re.compile(r"(?<!\w)(?:" + "|".join(stems) + ")", re.IGNORECASE)


MEETING = _cue("appointment", "meeting", "consultation", "call back", "callback", "book\\b", "booking",
               "schedule a", "slot",
               "termin", "beratung", "gespräch", "treffen", "rückruf", "vereinbar", "zoom", "video",
               "зустріч", "консультац", "запис", "дзвін", "зідзвон", "прийом", "побачит")
RESCHEDULE = _cue("reschedul", "move my", "postpone", "cancel", "change my appointment", "verschieb", "absag",
                  "stornier", "verleg", "перенес", "скасу", "відмін", "змінити час")
GREETING = _cue("hi\\b", "hello", "hey\\b", "good (morning|afternoon|evening)", "hallo", "guten (tag|morgen|abend)",
                "servus", "moin", "grüß", "привіт", "вітаю", "добр(ий|ого) (день|ранку|вечора)", "доброго", "/start")
THANKS = _cue("thank", "thx", "cheers", "danke", "vielen dank", "merci", "дякую", "спасибі", "дяки")
GOODBYE = _cue("bye", "goodbye", "see you", "tschüss", "auf wiedersehen", "ciao", "до побачення", "бувай",
               "на все добре")
YES = _cue("yes", "yeah", "yep", "sure", "ok\\b", "okay", "please do", "gern", "ja\\b", "klar", "bitte", "так",
           "звісно", "добре", "давайте", "ага")
NO = _cue("no\\b", "nope", "not now", "nein", "nicht", "ні\\b", "не треба", "не потрібно")
SKIP = _cue("skip", "no phone", "überspring", "kein", "пропуст", "без телефону", "ні\\b", "no\\b", "nein")
PAYMENT_HOW = _cue("how (can|do) i pay", "bank details", "iban", "pay by", "payment method", "überweis",
                   "bankverbindung", "zahlungsart", "bezahlen", "як оплат", "реквізит", "оплатити")
NONE_FIT = _cue("none", "neither", "other time", "keine", "andere zeit", "passt nicht", "жоден", "інший час",
                "не підходить")
ORDINALS = {1: _cue("first", "1st", "erste", "ersten", "перш", "один\\b"),
            2: _cue("second", "2nd", "zweite", "другий", "друга", "два\\b"),
            3: _cue("third", "3rd", "dritte", "трет", "три\\b")}

_STOP = {"what", "when", "where", "which", "your", "with", "have", "does", "will", "would", "could", "about", "this",
         "that", "from", "there", "they", "them", "were", "much", "many", "also", "some", "need", "want", "please",
         "haben", "wann", "welche", "welcher", "können", "kann", "eine", "einen", "sind", "bitte", "ihre", "ihr",
         "mein", "meine", "euch", "gibt", "wird", "würde", "brauche", "dass", "oder", "nicht", "auch", "чи",
         "який", "яка", "які", "коли", "скільки", "можна", "мені", "потрібно", "треба", "ваша", "ваші", "ваш",
         "будь", "ласка", "якщо", "тому", "також"}


def content_words(text: str) -> set[str]:
    """Lower-cased word stems (first 5 letters) of the meaningful words of ``text``."""
    return {w[:5] for w in re.findall(r"\w{4,}", text.lower()) if w not in _STOP and not w.isdigit()}
