"""Legal forms of organisations in many languages, and common abbreviations in names.

Each legal form has one canonical token and a class; the name matcher removes legal forms
from the name it compares and keeps them as a weak feature: the same form or an equivalent
one in another language (ООО ≈ ТОВ ≈ LLC ≈ GmbH, all "limited liability") is noted, a
different class lowers the score a little. Different legal forms alone do not make two
names different companies: companies convert (GmbH → AG), lists translate forms (ООО →
LLC), and German law (§ 30 HGB) wants firm names in one place distinguishable by more than
their legal form. Variants are written as people write them; they are compared through
the same ASCII tokens and spelling keys as names, so any transliteration of a Cyrillic
form ("obshchestvo s ogranichennoi otvetstvennostyu") is found too.
"""

from __future__ import annotations

from collections.abc import Sequence

from secretary.kyb.matching.normalize import ascii_tokens, fold

# canonical token -> (class, variants). Classes: llc (limited liability), jsc (joint-stock),
# pjsc/ojsc/cjsc (public / open / closed or private joint-stock, ex-USSR), plc, partnership,
# sole (sole trader), nonprofit, state, company (generic "Co.", "Inc", "Corp").
LEGAL_FORMS: dict[str, tuple[str, tuple[str, ...]]] = {
    "gmbh": ("llc", ("GmbH", "mbH", "G.m.b.H.", "Gesellschaft mit beschränkter Haftung",
                     "Gesellschaft mbH", "GesmbH", "Ges.m.b.H.", "Handelsgesellschaft mbH")),
    "ug": ("llc", ("UG", "UG (haftungsbeschränkt)", "UG haftungsbeschränkt", "Unternehmergesellschaft")),
    "ag": ("jsc", ("AG", "Aktiengesellschaft")),
    "kgaa": ("jsc", ("KGaA", "Kommanditgesellschaft auf Aktien")),
    "kg": ("partnership", ("KG", "Kommanditgesellschaft", "GmbH & Co. KG", "GmbH und Co. KG", "AG & Co. KG")),
    "ohg": ("partnership", ("OHG", "oHG", "offene Handelsgesellschaft")),
    "gbr": ("partnership", ("GbR", "Gesellschaft bürgerlichen Rechts")),
    "ev": ("nonprofit", ("e.V.", "eingetragener Verein")),
    "eg": ("nonprofit", ("eG", "eingetragene Genossenschaft")),
    "ek": ("sole", ("e.K.", "e.Kfm.", "eingetragener Kaufmann", "eingetragene Kauffrau")),
    "llc": ("llc", ("LLC", "L.L.C.", "limited liability company", "limited liability corporation",
                    "limited liability co", "limited company")),
    "ltd": ("llc", ("Ltd", "Ltd.", "Limited", "Co. Ltd", "Co., Ltd.", "Company Limited", "Pty Ltd",
                    "Pvt Ltd", "Private Limited", "Pte Ltd", "Sdn Bhd", "FZE", "FZCO", "FZ LLC")),
    "inc": ("company", ("Inc", "Inc.", "Incorporated")),
    "corp": ("company", ("Corp", "Corp.", "Corporation")),
    "co": ("company", ("Co", "Co.", "Company", "& Co", "and Company", "Cie", "& Cie")),
    "plc": ("plc", ("PLC", "public limited company")),
    "llp": ("partnership", ("LLP", "limited liability partnership", "LP", "limited partnership")),
    "sa": ("jsc", ("SA", "S.A.", "société anonyme", "sociedad anónima", "sociedade anónima",
                   "S.A. de C.V.", "SAB de CV")),
    "sarl": ("llc", ("SARL", "S.à r.l.", "société à responsabilité limitée")),
    "sas": ("jsc", ("SAS", "société par actions simplifiée", "SASU")),
    "spa": ("jsc", ("SpA", "S.p.A.", "società per azioni")),
    "srl": ("llc", ("Srl", "S.r.l.", "società a responsabilità limitata", "sociedad de responsabilidad limitada",
                    "SL", "S.L.", "Lda", "Ltda")),
    "bv": ("llc", ("BV", "B.V.", "besloten vennootschap")),
    "nv": ("jsc", ("NV", "N.V.", "naamloze vennootschap")),
    "ab": ("jsc", ("AB", "aktiebolag", "AB (publ)")),
    "as": ("jsc", ("AS", "A/S", "ASA", "aksjeselskap", "aktieselskab")),
    "aps": ("llc", ("ApS", "anpartsselskab")),
    "oy": ("jsc", ("Oy", "Oyj", "osakeyhtiö")),
    "spzoo": ("llc", ("sp. z o.o.", "sp.z o.o.", "spółka z ograniczoną odpowiedzialnością", "sp z oo")),
    "sro": ("llc", ("s.r.o.", "spol. s r.o.", "společnost s ručením omezeným", "spoločnosť s ručením obmedzeným")),
    "as_cz": ("jsc", ("a.s.", "akciová společnost")),
    "kft": ("llc", ("Kft", "Kft.")),
    "doo": ("llc", ("d.o.o.", "doo")),
    "ooo": ("llc", ("ООО", "OOO", "общество с ограниченной ответственностью",
                    "obshchestvo s ogranichennoi otvetstvennostyu")),
    "tov": ("llc", ("ТОВ", "TOV", "ТзОВ", "TzOV", "товариство з обмеженою відповідальністю",
                    "товарыство з обмэжэною видповидальнистю")),
    "ao": ("jsc", ("АО", "AO", "акционерное общество", "aktsionernoe obshchestvo", "JSC", "joint stock company",
                   "joint-stock company", "АТ", "AT", "акціонерне товариство", "joint stock", "joint-stock",
                   "акционерное общество открытого типа", "aktsionernoe obshchestvo otkrytogo tipa")),
    "pao": ("pjsc", ("ПАО", "PAO", "публичное акционерное общество", "PJSC", "public joint stock company",
                     "public joint-stock company", "ПАТ", "PAT", "публічне акціонерне товариство",
                     "public joint stock co")),
    "oao": ("ojsc", ("ОАО", "OAO", "открытое акционерное общество", "OJSC", "open joint stock company",
                     "open joint-stock company", "ВАТ", "VAT", "відкрите акціонерне товариство")),
    "zao": ("cjsc", ("ЗАО", "ZAO", "закрытое акционерное общество", "CJSC", "closed joint stock company",
                     "closed joint-stock company", "ПрАТ", "PrAT", "приватне акціонерне товариство",
                     "private joint stock company", "private joint-stock company", "НАО",
                     "непубличное акционерное общество", "ЗАТ", "закрите акціонерне товариство")),
    "nak": ("jsc", ("НАК", "NAK", "національна акціонерна компанія", "national joint stock company",
                    "national joint-stock company")),
    "akb": ("jsc", ("АКБ", "AKB", "акционерный коммерческий банк", "akcionernyi kommercheskii bank",
                    "joint stock commercial bank", "joint-stock commercial bank")),
    "fop": ("sole", ("ФОП", "FOP", "фізична особа-підприємець", "фізична особа підприємець",
                     "СПД", "суб'єкт підприємницької діяльності")),
    "ip": ("sole", ("ИП", "индивидуальный предприниматель", "individual entrepreneur", "sole proprietor",
                    "sole trader")),
    "pp": ("llc", ("ПП", "приватне підприємство", "ЧП", "частное предприятие", "private enterprise")),
    "dp": ("state", ("ДП", "державне підприємство", "ГП", "государственное предприятие", "state enterprise",
                     "ФГУП", "federal state unitary enterprise", "федеральное государственное унитарное предприятие",
                     "ГУП", "state unitary enterprise", "МУП")),
    "ano": ("nonprofit", ("АНО", "автономная некоммерческая организация", "autonomous non-profit organization",
                          "НКО", "некоммерческая организация", "non-profit organization",
                          "громадська організація")),
}

# Short forms that are ordinary words too are only taken at the start or the end of a name.
_EDGE_ONLY = {"as", "at", "ag", "ao", "ab", "sa", "co", "eg", "ev", "ip", "kg", "nv", "bv", "oy", "pp", "dp",
              "sl", "lp", "vat", "pat", "ug", "ek", "doo", "lda", "aps", "sas", "spa", "srl"}

# Common abbreviations in organisation names, spelled out (ASCII, lower case).
ABBREVIATIONS: dict[str, str] = {
    "intl": "international", "int": "international", "internat": "international", "mfg": "manufacturing",
    "mfrs": "manufacturers", "bros": "brothers", "natl": "national", "nat": "national", "assn": "association",
    "assoc": "association", "svcs": "services", "svc": "service", "servs": "services", "mgmt": "management",
    "mgt": "management", "grp": "group", "hldgs": "holdings", "hldg": "holding", "hold": "holding",
    "univ": "university", "inst": "institute", "dept": "department", "govt": "government", "ctr": "center",
    "cntr": "center", "centre": "center", "tech": "technology", "techs": "technologies", "ind": "industries",
    "inds": "industries", "indus": "industries", "eng": "engineering", "engg": "engineering", "dev": "development",
    "invest": "investment", "invt": "investment", "trdg": "trading", "shpg": "shipping", "transp": "transport",
    "elec": "electric", "chem": "chemical", "pharma": "pharmaceutical", "fin": "financial", "ent": "enterprises",
    "gebr": "gebruder", "st": "saint", "mt": "mount", "ste": "sainte", "gen": "general", "comm": "commercial",
    "petrol": "petroleum",
}

_PHRASES: dict[tuple[str, ...], str] = {}
_FIRST_WORDS: set[str] = set()  # the words legal forms start with
_MAX_LEN = 1


def _load() -> None:
    global _MAX_LEN
    for canonical, (_cls, variants) in LEGAL_FORMS.items():
        for variant in (canonical, *variants):
            key = tuple(fold(t) for t in ascii_tokens(variant))
            if key:
                _PHRASES.setdefault(key, canonical)
                _FIRST_WORDS.add(key[0])
                _MAX_LEN = max(_MAX_LEN, len(key))


_load()


def legal_class(canonical: str) -> str:
    """The class of a canonical legal form ("llc", "jsc", "pjsc", ...), "" when unknown."""
    entry = LEGAL_FORMS.get(canonical)
    return entry[0] if entry else ""


def expand_abbreviation(token: str) -> str:
    """The spelled-out word for a common abbreviation ("intl" → "international"), else the token."""
    return ABBREVIATIONS.get(token, token)


def _match_at(folded: Sequence[str], start: int, edge: bool) -> tuple[int, str] | None:
    """The longest legal form starting at ``start``: (its length in tokens, canonical)."""
    if folded[start] not in _FIRST_WORDS:
        return None
    for length in range(min(_MAX_LEN, len(folded) - start), 0, -1):
        canonical = _PHRASES.get(tuple(folded[start:start + length]))
        if canonical is None:
            continue
        if length == 1 and not edge and folded[start] in _EDGE_ONLY_FOLDED:
            continue
        return length, canonical
    return None


_EDGE_ONLY_FOLDED = {fold(t) for t in _EDGE_ONLY}


def split_legal_forms(tokens: Sequence[str]) -> tuple[list[str], list[str]]:
    """Separate legal forms from a name's ASCII tokens: (the other tokens, canonical forms found).

    Forms are taken from the start and the end of the name (several: "GmbH & Co. KG"), and
    forms of two or more words ("limited liability company") anywhere. The name keeps at
    least one token: "Company" alone stays a name.
    """
    folded = [fold(t) for t in tokens]
    keep = [True] * len(tokens)
    forms: list[str] = []
    # leading forms
    start = 0
    while start < len(tokens):
        hit = _match_at(folded, start, edge=True)
        if not hit:
            break
        for i in range(start, start + hit[0]):
            keep[i] = False
        forms.append(hit[1])
        start += hit[0]
    # trailing forms (skip "and" between them: "GmbH & Co")
    end = len(tokens)
    while end > start:
        found = None
        for length in range(min(_MAX_LEN, end - start), 0, -1):
            hit = _match_at(folded, end - length, edge=True)
            if hit and hit[0] == length:
                found = hit
                break
        if found is None:
            if folded[end - 1] == "and" and end - 1 > start and forms:
                keep[end - 1] = False
                end -= 1
                continue
            break
        for i in range(end - found[0], end):
            keep[i] = False
        forms.append(found[1])
        end -= found[0]
    # long forms inside the name
    i = start
    while i < end:
        hit = _match_at(folded, i, edge=False)
        if hit and hit[0] >= 2 and i + hit[0] <= end:
            for j in range(i, i + hit[0]):
                keep[j] = False
            forms.append(hit[1])
            i += hit[0]
        else:
            i += 1
    rest = [t for t, k in zip(tokens, keep, strict=True) if k]
    if not rest:
        return list(tokens), []
    return rest, forms
