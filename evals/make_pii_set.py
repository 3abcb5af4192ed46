"""Writes evals/data/pii.jsonl: labelled en/de/uk chat messages for the PII evaluation.

    .venv/bin/python -m evals.make_pii_set

Messages are assembled from sentence templates whose slots are filled with random but
valid values (evals/pii_values.py); the generator knows where it put each value, so the
labels come from it, never from the detector. Negative slots (order and invoice numbers,
amounts, meeting dates, times, IP addresses, postcodes, versions, tracking numbers,
years, Luhn-invalid digits) must not be tagged. Seeded, so every run writes the same file.
The hand-written cases of evals/pii_hand.py are appended with ``"source": "hand"``.
"""

from __future__ import annotations

import json
import random
import re
from collections.abc import Callable
from pathlib import Path

from evals import pii_values as values
from evals.pii_hand import HAND_CASES

SEED = 20260
COUNT = 1800
OUT = Path(__file__).with_name("data") / "pii.jsonl"
CRM_OUT = Path(__file__).with_name("data") / "pii_crm.txt"
MARK_RE = re.compile(r"\[\[([A-Z_]+):(.+?)\]\]", re.DOTALL)


def words(text: str) -> list[str]:
    """The whitespace-separated words of ``text`` (keeps long word lists readable)."""
    return text.split()

FIRST = {"en": words("James Emily Oliver Sophie Michael Sarah David Laura Thomas Jessica Daniel Hannah Robert Olivia "
               "William Grace Peter Charlotte Aisha Mateo"),
         "de": words("Anna Lukas Maria Jonas Sophie Felix Lena Maximilian Laura Paul Julia Jan Katharina Stefan Sabine "
               "Jürgen Ute Björn Özlem Hans-Peter"),
         "uk": words("Олена Андрій Оксана Тарас Ірина Дмитро Наталія Олександр Юлія Сергій Марія Богдан Світлана "
               "Віктор Ярослав Галина")}
LAST = {"en": words("Smith Johnson Williams Brown Taylor Wilson Davies Evans Thompson Walker Robinson Wright Clarke "
              "Hughes Green Hall O'Brien McDonald Patel Nguyen"),
        "de": words("Müller Schmidt Schneider Fischer Weber Meyer Wagner Becker Schulz Hoffmann Richter Klein Wolf "
              "Schröder Neumann Zimmermann Krüger Lehmann Yılmaz Schmidt-Weber"),
        "uk": words("Коваленко Шевченко Бондаренко Ткаченко Кравченко Мельник Олійник Шевчук Поліщук Лисенко Бойко "
              "Савченко Руденко Марченко Гнатюк Литвин")}
TITLES = {"en": ("Mr", "Mrs", "Ms", "Dr.", "Mr.", "Miss", "Prof."), "de": ("Herr", "Frau", "Dr.", "Frau Dr.", "Prof."),
          "uk": ("пан", "пані", "пані")}
CRM = ["Anna Schmidt", "Peter Walker", "Olena Kovalenko", "Олена Коваленко", "Markus Brandt", "Sarah Lindqvist",
       "Taras Hnatiuk", "Тарас Гнатюк", "Julia Novak", "Emily Carter"]

DE_STREETS = words("Hauptstraße Bahnhofstraße Gartenstraße Schillerstraße Goethestraße Lindenweg Kirchgasse Marktplatz "
              "Friedrichstraße Kastanienallee Rosenweg Mühlenweg Ringstraße Hauptstr. Bahnhofstr. Karl-Marx-Allee "
              "Schlossallee Seestraße Poststraße Wiesenweg") + [
    "Berliner Straße", "Münchner Straße", "Am Markt", "Am Rathaus", "An der Alster", "Im Winkel", "Alte Gasse"]
DE_CITIES = ("10115 Berlin", "80331 München", "20095 Hamburg", "50667 Köln", "60311 Frankfurt am Main",
             "1010 Wien", "8001 Zürich", "70173 Stuttgart", "04109 Leipzig", "01067 Dresden", "3011 Bern",
             "28195 Bremen", "90402 Nürnberg", "5020 Salzburg")
EN_STREETS = words("Baker Oxford High Church Station Victoria King Queen Park Mill Elm Maple Oak Cedar Main Market")
EN_TYPES = words("Street St Road Rd Avenue Ave Lane Drive Close Way Place")
EN_CITIES = ("London SW1A 2AA", "Manchester M1 1AE", "Leeds LS1 4DY", "Bristol BS1 5TR", "Springfield, IL 62704",
             "Austin, TX 78701", "Denver, CO 80202", "London")
UK_STREETS = words("Хрещатик Перемоги Шевченка Грушевського Саксаганського Городоцька Дерибасівська Сумська") + [
    "Лесі Українки", "Богдана Хмельницького", "Січових Стрільців"]
UK_KINDS = ("вул.", "вулиця", "проспект", "просп.", "бульв.", "пров.")
UK_CITIES = ("Київ", "Львів", "Одеса", "Харків", "Дніпро")

EN_MONTHS = words("January February March April May June July August September October November December")
DE_MONTHS = words("Januar Februar März April Mai Juni Juli August September Oktober November Dezember")
UK_MONTHS = words("січня лютого березня квітня травня червня липня серпня вересня жовтня листопада грудня")


def m(kind: str, value: str) -> str:
    """A value marked as a gold span."""
    return f"[[{kind}:{value}]]"


def person(rng: random.Random, lang: str) -> str:
    return f"{rng.choice(FIRST[lang])} {rng.choice(LAST[lang])}"


def phone(rng: random.Random, lang: str) -> str:
    if rng.random() < 0.55:
        return values.international_phone(rng, rng.choice(values.PHONE_REGIONS))
    own = values.NATIONAL_BY_LANGUAGE[lang]
    region = rng.choice(own if rng.random() < 0.8 else values.OTHER_DEFAULT_REGIONS)
    return values.national_phone(rng, region)


def birth_date(rng: random.Random, lang: str) -> str:
    year, month, day = rng.randint(1940, 2006), rng.randint(1, 12), rng.randint(1, 28)
    numeric = [f"{day:02d}.{month:02d}.{year}", f"{day}.{month}.{year}", f"{year}-{month:02d}-{day:02d}"]
    worded = {"en": [f"{day:02d}/{month:02d}/{year}", f"{day} {EN_MONTHS[month - 1]} {year}",
                     f"{EN_MONTHS[month - 1]} {day}, {year}", f"{EN_MONTHS[month - 1][:3]} {day}, {year}"],
              "de": [f"{day}. {DE_MONTHS[month - 1]} {year}", f"{day}.{month:02d}.{year}"],
              "uk": [f"{day} {UK_MONTHS[month - 1]} {year}", f"{day:02d}.{month:02d}.{year}"]}[lang]
    return rng.choice(numeric + worded + worded)


def address(rng: random.Random, lang: str) -> str:
    number = f"{rng.randint(1, 180)}{rng.choice(['', '', '', 'a', 'b'])}"
    if lang == "de":
        street = f"{rng.choice(DE_STREETS)} {number}"
        return street if rng.random() < 0.4 else f"{street}, {rng.choice(DE_CITIES)}"
    if lang == "en":
        street = f"{rng.randint(1, 2400)}{rng.choice(['', '', 'B'])} {rng.choice(EN_STREETS)} {rng.choice(EN_TYPES)}"
        return street if rng.random() < 0.4 else f"{street}, {rng.choice(EN_CITIES)}"
    street = f"{rng.choice(UK_KINDS)} {rng.choice(UK_STREETS)}{rng.choice([', ', ' '])}{number.rstrip('ab')}"
    if rng.random() < 0.3:
        street += f", кв. {rng.randint(1, 120)}"
    return street if rng.random() < 0.5 else f"{street}, {rng.choice(UK_CITIES)}"


def negative(rng: random.Random, kind: str) -> str:
    """A value that looks like personal data but is not."""
    d = lambda n: "".join(rng.choice("0123456789") for _ in range(n))  # noqa: E731
    options: dict[str, Callable[[], str]] = {
        "ORDER": lambda: rng.choice([f"#{d(6)}", f"ORD-2026-{d(5)}", f"{rng.randint(1, 9)}{d(8)}", f"A{d(7)}"]),
        "INVOICE": lambda: rng.choice([f"INV-2026-{d(4)}", f"RE-2026-{d(5)}", f"2026/{d(4)}", f"2026{d(4)}"]),
        "AMOUNT": lambda: rng.choice([f"€{rng.randint(1, 9)},{d(3)}.{d(2)}", f"${rng.randint(10, 999)}.{d(2)}",
                                      f"{rng.randint(1, 99)}.{d(3)},{d(2)} €", f"{rng.randint(1, 99)} {d(3)} грн",
                                      f"EUR {rng.randint(1, 99)}.{d(3)},00", f"{rng.randint(100, 999_999):,} USD"]),
        "MDATE": lambda: rng.choice([f"{rng.randint(1, 28):02d}.{rng.randint(1, 12):02d}.2026",
                                     f"2026-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}",
                                     f"{rng.randint(1, 28):02d}/{rng.randint(1, 12):02d}/2026",
                                     f"{rng.randint(1, 28)} {rng.choice(EN_MONTHS)} 2026"]),
        "TIME": lambda: rng.choice([f"{rng.randint(7, 19)}:{rng.choice(['00', '15', '30', '45'])}",
                                    f"{rng.randint(7, 11)}:00-{rng.randint(12, 18)}:30"]),
        "IP": lambda: ".".join(str(rng.randint(1, 254)) for _ in range(4)),
        "POSTCODE": lambda: rng.choice([d(5), f"{rng.randint(1000, 9999)}"]),
        "VERSION": lambda: rng.choice([f"{rng.randint(1, 12)}.{rng.randint(0, 30)}.{rng.randint(0, 99)}",
                                       f"v{rng.randint(1, 10)}.{rng.randint(0, 9)}.{d(5)}"]),
        "TRACKING": lambda: rng.choice([f"1Z{d(3)}AA{d(10)}", f"JJD{d(18)}", f"00340434{d(12)}", f"2045{d(10)}"]),
        "YEAR": lambda: str(rng.randint(1985, 2026)),
        "BADCARD": lambda: values.luhn_invalid_digits(rng),
        "CUSTNO": lambda: rng.choice([d(6), f"{rng.randint(1, 9)}{d(7)}", f"{rng.randint(1, 9)}{d(9)}", f"K-{d(6)}"]),
        "ISOTS": lambda: f"2026-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}T{rng.randint(0, 23):02d}:{d(2)}:00",
        "SERIAL": lambda: rng.choice([f"SN{d(10)}", f"{d(3)}-{d(3)}-{d(3)}", f"{d(4)}-{d(4)}", f"X{d(2)}-{d(6)}"]),
        "ISBN": lambda: f"978-3-{d(2)}-{d(6)}-{rng.randint(0, 9)}",
        "COORD": lambda: f"{rng.randint(40, 55)}.{d(4)}, {rng.randint(2, 30)}.{d(4)}",
        "ROOM": lambda: rng.choice([f"{rng.randint(1, 5)}.{d(2)}", d(3), f"B{d(3)}"]),
        "QTY": lambda: rng.choice([f"{rng.randint(2, 9)} {d(3)}", f"{rng.randint(1000, 99999)}", f"{d(2)}%"]),
        "RANGE": lambda: f"{rng.randint(1, 12)}.{rng.randint(1, 9)}.–{rng.randint(13, 28)}.{rng.randint(1, 12)}.2026",
    }
    return options[kind]()


TEMPLATES = {
    "en": [
        "You can reach me at {EMAIL}.", "My email is {EMAIL}, please send the quote there.",
        "Call me on {PHONE}.", "My number is {PHONE}, best after 5pm.", "WhatsApp: {PHONE}",
        "Mobile {PHONE}, office {PHONE}.", "If I don't answer try {PHONE} instead.", "tel {PHONE}",
        "Please refund to IBAN {IBAN}.", "My IBAN is {IBAN}", "I paid with card {CARD} but got charged twice.",
        "card number {CARD}, expiry 08/27", "Our VAT number is {VAT}.", "VAT ID: {VAT}",
        "I was born on {DOB}.", "Date of birth: {DOB}", "DOB: {DOB}", "my birthday is {DOB} btw",
        "Please ship it to {ADDRESS}.", "Our office is at {ADDRESS}.",
        "Hi, my name is {PERSON}.", "This is {PERSON} from Acme.", "I am {PERSON} and I need help.",
        "Could you ask {TITLE} {SURNAME} to call me?", "Dear {TITLE} {SURNAME},", "Best regards,\n{PERSON}",
        "Kind regards, {PERSON}", "Is {CRM} available tomorrow?",
        "My order {ORDER} hasn't arrived yet.", "Invoice {INVOICE} shows {AMOUNT}.",
        "Can we meet on {MDATE} at {TIME}?", "The server at {IP} is down again.", "Our postcode is {POSTCODE}.",
        "I'm on version {VERSION}.", "Tracking number: {TRACKING}", "We've been customers since {YEAR}.",
        "The voucher code {BADCARD} is rejected.", "It costs {AMOUNT} per month.", "Ticket {ORDER} is still open.",
        "Hi there!", "Thanks a lot.", "Is that possible?", "Hello, I have a question about my subscription.",
        "Customer number {CUSTNO}, in case you need it.", "Serial {SERIAL} stopped working.",
        "Logged at {ISOTS} UTC.", "The book is ISBN {ISBN}.", "We're at {COORD}.", "We need {QTY} units by Q3.",
        "Call me back on {MDATE} after {TIME}, please.", "Dear Sir or Madam,", "Best regards,\nThe Acme Team",
        "Is Main Street closed today?", "Please send the invoice to Accounts.", "I am Not Sure about this.",
        "Room {ROOM} on the 3rd floor.", "Please call me, my phone is broken until {MDATE}.",
        "Looking forward to your reply.", "The Report from March looks Good.", "Please confirm by Friday.",
    ],
    "de": [
        "Sie erreichen mich unter {EMAIL}.", "Meine E-Mail: {EMAIL}", "Rufen Sie mich bitte unter {PHONE} an.",
        "Meine Handynummer ist {PHONE}.", "Tel.: {PHONE}",
        "Mobil {PHONE}, Büro {PHONE}.", "Falls ich nicht rangehe: {PHONE}", "Erreichbar ab 9 Uhr unter {PHONE}",
        "Bitte erstatten Sie auf {IBAN}.", "IBAN: {IBAN}",
        "Ich habe mit der Karte {CARD} bezahlt.", "Kartennummer {CARD}, gültig bis 09/28",
        "Unsere USt-IdNr. ist {VAT}.", "UID: {VAT}", "Ich bin am {DOB} geboren.", "Geburtsdatum: {DOB}",
        "geb. {DOB}", "Bitte liefern Sie an {ADDRESS}.", "Unsere Adresse: {ADDRESS}",
        "Ich heiße {PERSON}.", "Mein Name ist {PERSON}.", "Sehr geehrte {TITLE} {SURNAME},",
        "Bitte richten Sie {TITLE} {SURNAME} aus, dass ich angerufen habe.", "Mit freundlichen Grüßen\n{PERSON}",
        "Viele Grüße\n{PERSON}", "Bitte an {CRM} weiterleiten.",
        "Meine Bestellung {ORDER} ist noch nicht da.", "Die Rechnung {INVOICE} über {AMOUNT} ist bezahlt.",
        "Können wir uns am {MDATE} um {TIME} treffen?", "Der Server {IP} antwortet nicht.",
        "Wir sitzen in PLZ {POSTCODE}.", "Ich nutze Version {VERSION}.", "Sendungsnummer {TRACKING}",
        "Wir sind seit {YEAR} Kunde.", "Der Gutscheincode {BADCARD} geht nicht.", "Das kostet {AMOUNT} im Monat.",
        "Kundennummer {CUSTNO}", "Seriennummer {SERIAL} ist defekt.", "Protokoll vom {ISOTS}.",
        "Das Buch hat die ISBN {ISBN}.", "Wir brauchen {QTY} Stück.", "Bitte rufen Sie mich am {MDATE} nach {TIME} an.",
        "Urlaub vom {RANGE}.", "Mit freundlichen Grüßen\nIhr Service-Team", "Die Frau am Empfang war sehr nett.",
        "Herr der Ringe ist mein Lieblingsfilm.", "Sehr geehrte Damen und Herren,", "Der Zahnarzt hat Zimmer {ROOM}.",
        "Die Hauptstraße ist gesperrt.", "Frau Sonntag? Nein, am Montag.",
        "Hallo zusammen!", "Vielen Dank.", "Geht das?", "Die Lieferung kam gestern an.",
        "Der Techniker kommt Montag.", "Ich habe eine Frage zur Rechnung.", "Die Firma Schneider ist zufrieden.",
    ],
    "uk": [
        "Мій email: {EMAIL}.", "Пишіть на {EMAIL}, будь ласка.", "Зателефонуйте мені на {PHONE}.",
        "Мій номер {PHONE}.", "Телефон: {PHONE}",
        "Мобільний {PHONE}, робочий {PHONE}.", "Якщо не відповім, дзвоніть на {PHONE}", "Viber {PHONE}",
        "Поверніть кошти на IBAN {IBAN}.", "IBAN: {IBAN}",
        "Я оплатив карткою {CARD}.", "Номер картки {CARD}", "Наш VAT: {VAT}.",
        "Я народився {DOB}.", "Я народилася {DOB}.", "Дата народження: {DOB}", "д.н. {DOB}",
        "Доставте за адресою {ADDRESS}.", "Наша адреса: {ADDRESS}", "Мене звати {PERSON}.",
        "Передайте {TITLE} {PERSON}, що я дзвонив.", "З повагою,\n{PERSON}", "З повагою, {PERSON}",
        "Чи може {CRM} передзвонити?", "Моє замовлення {ORDER} ще не прийшло.",
        "Рахунок {INVOICE} на {AMOUNT} оплачено.", "Зустрінемось {MDATE} о {TIME}?", "Сервер {IP} не відповідає.",
        "Наш індекс {POSTCODE}.", "У мене версія {VERSION}.", "ТТН {TRACKING}", "Ми ваші клієнти з {YEAR} року.",
        "Код ваучера {BADCARD} не працює.", "Це коштує {AMOUNT} на місяць.",
        "Номер клієнта {CUSTNO}", "Серійний номер {SERIAL}.", "Лог від {ISOTS}.", "Потрібно {QTY} штук.",
        "Зателефонуйте мені {MDATE} після {TIME}.", "Відпустка {RANGE}.", "З повагою,\nКоманда підтримки",
        "Шановні колеги,", "Кабінет {ROOM}, третій поверх.", "Вулиця була перекрита.",
        "Добрий день!", "Дякую.", "Чи це можливо?", "Маю питання щодо підписки.", "Доставка була вчора.",
    ],
}


def fill(rng: random.Random, lang: str, template: str) -> str:
    """The template with every slot filled; PII slots are marked up."""
    def slot(match: re.Match[str]) -> str:
        kind = match.group(1)
        surname = rng.choice(LAST[lang])
        makers: dict[str, Callable[[], str]] = {
            "EMAIL": lambda: m("EMAIL", email(rng, lang)), "PHONE": lambda: m("PHONE", phone(rng, lang)),
            "IBAN": lambda: m("IBAN", values.iban(rng)), "CARD": lambda: m("CREDIT_CARD", values.card(rng)),
            "VAT": lambda: m("VAT_ID", values.vat_id(rng)), "DOB": lambda: m("DATE_OF_BIRTH", birth_date(rng, lang)),
            "ADDRESS": lambda: m("ADDRESS", address(rng, lang)), "PERSON": lambda: m("PERSON", person(rng, lang)),
            "SURNAME": lambda: m("PERSON", surname), "TITLE": lambda: rng.choice(TITLES[lang]),
            "CRM": lambda: m("PERSON", rng.choice(CRM)),
        }
        return makers[kind]() if kind in makers else negative(rng, kind)
    return re.sub(r"\{([A-Z]+)\}", slot, template)


def email(rng: random.Random, lang: str) -> str:
    latin = {"en": FIRST["en"], "de": ["anna", "lukas", "juergen", "maria"], "uk": ["olena", "taras", "iryna"]}[lang]
    first, last = rng.choice(latin).lower(), rng.choice(["smith", "mueller", "kovalenko", "weber", "lee", "shevchuk"])
    local = rng.choice([f"{first}.{last}", f"{first[0]}{last}", f"{first}{rng.randint(1, 99)}", f"{first}+shop"])
    domain = rng.choice(["gmail.com", "web.de", "ukr.net", "example.co.uk", "firma-gmbh.de", "mail.example.com.ua",
                         "outlook.com", "gmx.at", "bluewin.ch"])
    return f"{local}@{domain}"


def parse(marked: str) -> tuple[str, list[dict[str, object]]]:
    """Plain text and gold spans from ``[[TYPE:value]]`` markup."""
    text, spans, position = "", [], 0
    for match in MARK_RE.finditer(marked):
        text += marked[position:match.start()]
        start = len(text)
        text += match.group(2)
        spans.append({"type": match.group(1), "start": start, "end": len(text)})
        position = match.end()
    return text + marked[position:], spans


def message(rng: random.Random, lang: str) -> str:
    """One chat message: one to three sentences, joined the way people type."""
    chosen = [rng.choice(TEMPLATES[lang]) for _ in range(rng.choice((1, 2, 2, 3)))]
    signatures = [t for t in chosen if _is_signature(t)]
    chosen = [t for t in chosen if not _is_signature(t)] + signatures[:1]  # a sign-off ends a message
    sentences = [fill(rng, lang, template) for template in chosen]
    return rng.choice((" ", " ", "\n")).join(sentences)


def _is_signature(template: str) -> bool:
    return template.endswith("{PERSON}") and any(w in template for w in ("regards", "Grüße", "повагою"))


def build(seed: int = SEED, count: int = COUNT) -> list[dict[str, object]]:
    """The generated rows followed by the hand-written ones."""
    rng = random.Random(seed)
    rows: list[dict[str, object]] = []
    for i in range(count):
        lang = ("en", "de", "uk")[i % 3]
        text, spans = parse(message(rng, lang))
        rows.append({"text": text, "language": lang, "spans": spans, "source": "generated"})
    for lang, marked in HAND_CASES:
        text, spans = parse(marked)
        rows.append({"text": text, "language": lang, "spans": spans, "source": "hand"})
    return rows


def main() -> None:
    """Write the set and the CRM names the evaluation gives the detector."""
    rows = build()
    OUT.parent.mkdir(exist_ok=True)
    with OUT.open("w", encoding="utf-8") as handle:
        for row in rows:
            handle.write(json.dumps(row, ensure_ascii=False) + "\n")
    CRM_OUT.write_text("\n".join(CRM) + "\n", encoding="utf-8")
    print(f"wrote {len(rows)} messages to {OUT}")


if __name__ == "__main__":
    main()
