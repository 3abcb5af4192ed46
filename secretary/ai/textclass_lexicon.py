"""A small de/en/uk insult and profanity lexicon, one extra feature for the toxicity model.

Words are matched after the featuriser's normalisation (lower case, German umlauts
folded to ``ae``/``oe``/``ue``/``ss``). Long, unambiguous stems match anywhere in a
word, which catches German compounds (``Vollidiot``, ``Drecksladen``); short stems
match only at the start of a word (``arsch`` must not fire on ``Marsch``), and a
few words only exactly (``сука`` but not ``сукня``, a dress). The list only has to
point the model in the right direction: the weights decide.
"""

from __future__ import annotations

_ANYWHERE = (
    # de
    "idiot", "scheiss", "arschloch", "arschgeige", "wichser", "fotze", "schlampe", "drecks",
    "hurensohn", "missgeburt", "spast", "vollpfosten", "volltrottel", "trottel", "depp", "bloedmann",
    "dummkopf", "schwachkopf", "hirnlos", "hirnamputiert", "schwachsinn", "abschaum", "gesindel",
    "verpiss", "fick", "kotz", "penner", "versager", "luegner", "betrueger", "abzocker",
    "dreckig", "mistkerl", "mistladen", "saftladen", "drecksack", "kackladen", "vollhonk", "honk",
    "lappen", "pfeife", "witzfigur", "heuchler", "gelaber", "bescheuert", "dumm", "bloed",
    # en
    "fuck", "shit", "asshole", "bullshit", "moron", "bastard", "bitch", "retard", "wanker", "cunt",
    "dickhead", "scumbag", "stupid", "dumbass", "crap", "clown", "incompetent", "pathetic", "useless",
    "scammer", "thieves", "jerk", "loser", "douche", "piss",
    # uk (and the Russian swear words Ukrainian chats use)
    "дебіл", "ідіот", "придур", "мудак", "мудил", "бляд", "блят", "хуй", "хує", "хуї", "хуя", "пізд",
    "пизд", "єба", "їба", "ебан", "заїб", "довбо", "виродк", "виродок", "покидь", "тварюк",
    "гівн", "срак", "дурн", "тупор", "курв", "падл", "скотин", "мерзот",
    "нікчем", "шахра", "злодії", "бовдур", "кретин", "ублюд", "свиня", "свині", "козл",
)
_PREFIX = ("arsch", "dumb", "idio", "лох", "гнид", "сучий", "лайн", "schwein", "schwuchtel", "schmarotzer",
           "schleimer", "schwachmat")
_EXACT = frozenset({
    "sau", "kuh", "affe", "aff", "opfer", "pack", "behindert", "nazi", "nazis", "pisser", "kacke", "mist",
    "bloede", "bloeder",
    "ass", "arse", "dumb", "twat", "prick", "idiots", "hell", "damn", "wtf", "stfu", "gtfo",
    "сука", "суки", "суко", "сучка", "лох", "лохи", "козел", "гад", "гади", "хер", "нах", "тупий", "тупа",
    "тупі", "тупе", "тупо",
})


def insult_feature(word: str) -> str | None:
    """"hit" when the normalised ``word`` is, contains or starts with a listed insult, else None."""
    if word in _EXACT or word.startswith(_PREFIX):
        return "hit"
    if len(word) >= 4 and any(stem in word for stem in _ANYWHERE):
        return "hit"
    return None
