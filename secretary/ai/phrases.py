"""Everything the embedded responder says, in English, German and Ukrainian.

Phrases are plain ``str.format`` templates; :func:`say` picks the language
(falling back to English) and fills in the blanks.
"""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

REPLY_LANGUAGES = ("en", "de", "uk")

P: dict[str, dict[str, str]] = {
    "greeting": {
        "en": "Hello{name}! I'm the digital assistant of {firm}. I can answer questions about our services, "
              "book an appointment or look up an invoice. How can I help?",
        "de": "Guten Tag{name}! Ich bin der digitale Assistent von {firm}. Ich beantworte Fragen zu unseren "
              "Leistungen, vereinbare Termine und sehe nach Rechnungen. Wie kann ich helfen?",
        "uk": "Вітаю{name}! Я цифровий помічник {firm}. Я можу відповісти на запитання про наші послуги, "
              "записати вас на зустріч або перевірити рахунок. Чим можу допомогти?"},
    "thanks": {
        "en": "You're welcome{name}! Is there anything else I can do for you?",
        "de": "Gern geschehen{name}! Kann ich sonst noch etwas für Sie tun?",
        "uk": "Будь ласка{name}! Чи можу я ще чимось допомогти?"},
    "goodbye": {
        "en": "Goodbye{name}, and thank you for getting in touch with {firm}!",
        "de": "Auf Wiedersehen{name}, und danke, dass Sie sich an {firm} gewandt haben!",
        "uk": "До побачення{name}, і дякуємо, що звернулися до {firm}!"},
    "handoff": {
        "en": "I've asked a colleague to take over this conversation. {when}",
        "de": "Ich habe eine Kollegin bzw. einen Kollegen gebeten, das Gespräch zu übernehmen. {when}",
        "uk": "Я попросив колегу продовжити цю розмову. {when}"},
    "when_open": {
        "en": "Someone will reply here shortly.",
        "de": "Sie erhalten hier in Kürze eine Antwort.",
        "uk": "Вам незабаром дадуть відповідь тут."},
    "when_closed": {
        "en": "Our office is closed right now; we will reply from {opening}.",
        "de": "Unser Büro ist gerade geschlossen; wir antworten ab {opening}.",
        "uk": "Зараз наш офіс зачинений; ми відповімо з {opening}."},
    "unsure": {
        "en": "I'm not sure I can answer that correctly, so I've passed your question to a colleague. {when}",
        "de": "Das kann ich leider nicht sicher beantworten, deshalb habe ich Ihre Frage an eine Kollegin bzw. "
              "einen Kollegen weitergegeben. {when}",
        "uk": "Я не впевнений, що відповім на це правильно, тому передав ваше запитання колезі. {when}"},
    "answer": {
        "en": "Here is what I found in “{title}”:\n\n{passage}\n\nSource: {source}",
        "de": "Dazu steht in „{title}“:\n\n{passage}\n\nQuelle: {source}",
        "uk": "Ось що сказано в «{title}»:\n\n{passage}\n\nДжерело: {source}"},
    "answer_other_language": {
        "en": "(This passage is from a document in another language.)",
        "de": "(Der Auszug stammt aus einem Dokument in einer anderen Sprache.)",
        "uk": "(Цей уривок із документа іншою мовою.)"},
    "offer_meeting": {
        "en": "Would you like to discuss this in a short meeting? Just say so and I'll suggest times.",
        "de": "Möchten Sie das in einem kurzen Termin besprechen? Sagen Sie einfach Bescheid, dann schlage ich "
              "Zeiten vor.",
        "uk": "Бажаєте обговорити це на короткій зустрічі? Просто скажіть, і я запропоную час."},
    "lead_intro": {
        "en": "I don't have the details on that here, but a colleague can prepare an offer for you.",
        "de": "Dazu habe ich hier keine Details, aber eine Kollegin bzw. ein Kollege kann Ihnen ein Angebot machen.",
        "uk": "У мене немає подробиць щодо цього, але колега може підготувати для вас пропозицію."},
    "ask_name": {
        "en": "Gladly! May I have your name?",
        "de": "Gern! Darf ich Ihren Namen erfahren?",
        "uk": "Із задоволенням! Як до вас звертатися?"},
    "ask_email": {
        "en": "Thank you{name}. At which e-mail address can we reach you?",
        "de": "Danke{name}. Unter welcher E-Mail-Adresse erreichen wir Sie?",
        "uk": "Дякую{name}. На яку електронну адресу вам писати?"},
    "ask_phone": {
        "en": "And a phone number for a quick call back? (You can also write “skip”.)",
        "de": "Und eine Telefonnummer für einen kurzen Rückruf? (Sie können auch „überspringen“ schreiben.)",
        "uk": "І номер телефону для швидкого зворотного дзвінка? (Можна написати «пропустити».)"},
    "bad_email": {
        "en": "That doesn't look like an e-mail address. Could you check it?",
        "de": "Das sieht nicht nach einer E-Mail-Adresse aus. Könnten Sie sie prüfen?",
        "uk": "Це не схоже на адресу електронної пошти. Перевірте, будь ласка."},
    "lead_saved": {
        "en": "Thank you{name}, I've noted your request. {next}",
        "de": "Vielen Dank{name}, ich habe Ihr Anliegen notiert. {next}",
        "uk": "Дякую{name}, я записав ваш запит. {next}"},
    "lead_next": {
        "en": "A colleague will get back to you with an offer.",
        "de": "Eine Kollegin bzw. ein Kollege meldet sich mit einem Angebot bei Ihnen.",
        "uk": "Колега зв'яжеться з вами з пропозицією."},
    "offer_slots": {
        "en": "I can offer these times for a {minutes}-minute meeting:\n{slots}\nPlease reply with the number "
              "of the time that suits you.",
        "de": "Für einen Termin von {minutes} Minuten kann ich Ihnen diese Zeiten anbieten:\n{slots}\nBitte "
              "antworten Sie mit der Nummer der passenden Zeit.",
        "uk": "Можу запропонувати такий час для зустрічі на {minutes} хвилин:\n{slots}\nБудь ласка, напишіть "
              "номер зручного варіанту."},
    "no_slots": {
        "en": "I couldn't find a free time in the next two weeks, so I've asked a colleague to arrange one. {when}",
        "de": "In den nächsten zwei Wochen habe ich keinen freien Termin gefunden; eine Kollegin bzw. ein "
              "Kollege meldet sich zur Abstimmung. {when}",
        "uk": "Я не знайшов вільного часу на найближчі два тижні, тому попросив колегу домовитися з вами. {when}"},
    "pick_slot": {
        "en": "Please reply with one of the numbers 1–{count}, or tell me if none of these times suits you.",
        "de": "Bitte antworten Sie mit einer der Nummern 1–{count} oder sagen Sie mir, wenn keine Zeit passt.",
        "uk": "Будь ласка, напишіть один із номерів 1–{count} або скажіть, якщо жоден час не підходить."},
    "booked": {
        "en": "Your meeting is booked for {slot} ({minutes} minutes). We look forward to speaking with you!",
        "de": "Ihr Termin ist gebucht: {slot} ({minutes} Minuten). Wir freuen uns auf das Gespräch!",
        "uk": "Вашу зустріч заплановано на {slot} ({minutes} хвилин). Будемо раді поспілкуватися!"},
    "slot_taken": {
        "en": "Sorry, that time was just taken. Here are the next free times:\n{slots}",
        "de": "Diese Zeit wurde leider gerade vergeben. Das sind die nächsten freien Zeiten:\n{slots}",
        "uk": "На жаль, цей час щойно зайняли. Ось найближчі вільні варіанти:\n{slots}"},
    "upcoming": {
        "en": "Your next appointment with us: {slot}.",
        "de": "Ihr nächster Termin bei uns: {slot}.",
        "uk": "Ваша наступна зустріч у нас: {slot}."},
    "invoice_line": {
        "en": "Invoice {number} of {issued}: {total}, {state}.",
        "de": "Rechnung {number} vom {issued}: {total}, {state}.",
        "uk": "Рахунок {number} від {issued}: {total}, {state}."},
    "state_paid": {"en": "paid", "de": "bezahlt", "uk": "оплачено"},
    "state_open": {"en": "open, due {due}", "de": "offen, fällig am {due}", "uk": "не оплачено, до {due}"},
    "state_overdue": {"en": "overdue since {due}", "de": "überfällig seit {due}", "uk": "прострочено з {due}"},
    "state_partly": {"en": "{open} still open, due {due}", "de": "{open} noch offen, fällig am {due}",
                     "uk": "{open} ще не сплачено, до {due}"},
    "state_void": {"en": "cancelled", "de": "storniert", "uk": "анульовано"},
    "invoices_intro": {
        "en": "Here are your latest invoices:", "de": "Hier sind Ihre letzten Rechnungen:",
        "uk": "Ось ваші останні рахунки:"},
    "no_invoices": {
        "en": "I can't find any invoices for you. If you have an invoice number, a colleague will check it. {when}",
        "de": "Ich finde keine Rechnungen für Sie. Wenn Sie eine Rechnungsnummer haben, prüft eine Kollegin bzw. "
              "ein Kollege sie gern. {when}",
        "uk": "Я не знайшов рахунків на ваше ім'я. Якщо у вас є номер рахунку, колега його перевірить. {when}"},
    "invoice_unknown_customer": {
        "en": "For your privacy I can only share invoice details with a customer I can identify. I've asked a "
              "colleague to help you. {when}",
        "de": "Zum Schutz Ihrer Daten gebe ich Rechnungsdetails nur weiter, wenn ich Sie sicher zuordnen kann. "
              "Eine Kollegin bzw. ein Kollege hilft Ihnen weiter. {when}",
        "uk": "Заради захисту ваших даних я надаю інформацію про рахунки лише клієнтам, яких можу ідентифікувати. "
              "Я попросив колегу допомогти вам. {when}"},
    "bank_details": {
        "en": "You can pay by bank transfer; the bank details are on every invoice.",
        "de": "Sie können per Überweisung bezahlen; die Bankverbindung steht auf jeder Rechnung.",
        "uk": "Оплатити можна банківським переказом; реквізити є в кожному рахунку."},
    "task_noted": {
        "en": "Thank you, I've passed this on to our team as a task. {when}",
        "de": "Danke, ich habe das als Aufgabe an unser Team weitergegeben. {when}",
        "uk": "Дякую, я передав це нашій команді як завдання. {when}"},
    "calm": {
        "en": "I understand that you're upset, and I want to help.",
        "de": "Ich verstehe, dass Sie verärgert sind, und möchte Ihnen gern helfen.",
        "uk": "Я розумію, що ви засмучені, і хочу допомогти."},
    "blocked": {
        "en": "We can't continue this conversation in this tone. A member of our team will review it.",
        "de": "In diesem Ton können wir das Gespräch nicht fortsetzen. Ein Mitglied unseres Teams sieht es sich an.",
        "uk": "Ми не можемо продовжувати розмову в такому тоні. Хтось із нашої команди її перегляне."},
    "forbidden": {
        "en": "I'm sorry, I can't help with that topic here. A colleague can tell you more. {when}",
        "de": "Zu diesem Thema kann ich hier leider nichts sagen. Eine Kollegin bzw. ein Kollege hilft Ihnen "
              "gern weiter. {when}",
        "uk": "На жаль, я не можу тут допомогти з цією темою. Колега розповість більше. {when}"},
    "hedge": {
        "en": "Please note: I couldn't confirm this in our documents; a colleague will double-check it.",
        "de": "Bitte beachten Sie: Das konnte ich in unseren Unterlagen nicht bestätigen; eine Kollegin bzw. ein "
              "Kollege prüft es noch einmal.",
        "uk": "Зверніть увагу: я не знайшов підтвердження цьому в наших документах; колега це перевірить."},
    "agent_off": {
        "en": "Thank you for your message. A colleague will take care of it personally. {when}",
        "de": "Vielen Dank für Ihre Nachricht. Eine Kollegin bzw. ein Kollege kümmert sich persönlich darum. {when}",
        "uk": "Дякуємо за повідомлення. Колега особисто займеться ним. {when}"},
    "not_understood": {
        "en": "Could you tell me a little more about what you need? I can answer questions about our services, "
              "book a meeting or check an invoice.",
        "de": "Können Sie mir etwas mehr darüber sagen, was Sie benötigen? Ich beantworte Fragen zu unseren "
              "Leistungen, vereinbare Termine oder sehe nach Rechnungen.",
        "uk": "Розкажіть, будь ласка, трохи більше, що вам потрібно? Я можу відповісти на запитання про наші "
              "послуги, записати на зустріч або перевірити рахунок."},
}

_WEEKDAYS = {
    "en": ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"),
    "de": ("Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag"),
    "uk": ("понеділок", "вівторок", "середа", "четвер", "п'ятниця", "субота", "неділя"),
}
_MONTHS = {
    "en": ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
           "November", "December"),
    "de": ("Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober",
           "November", "Dezember"),
    "uk": ("січня", "лютого", "березня", "квітня", "травня", "червня", "липня", "серпня", "вересня", "жовтня",
           "листопада", "грудня"),
}


def lang(language: str) -> str:
    """The reply language a phrase is available in (English when not)."""
    return language if language in REPLY_LANGUAGES else "en"


def say(key: str, language: str, **values: object) -> str:
    """Phrase ``key`` in ``language`` with ``values`` filled in."""
    return P[key][lang(language)].format(**values).strip()


def name_suffix(name: str | None, language: str) -> str:
    """``", Anna"`` to address a customer by first name, or ``""``."""
    if not name:
        return ""
    first = name.split()[0]
    return f", {first}"


def when_text(language: str, open_now: bool, opening: datetime | None, zone: str) -> str:
    """When a person will answer: shortly, or from the next opening time."""
    if open_now or opening is None:
        return say("when_open", language)
    return say("when_closed", language, opening=format_slot(opening, language, zone))


def format_slot(moment: datetime, language: str, zone: str) -> str:
    """A time as a customer reads it in the firm's zone: ``Tuesday, 24 November, 10:00``."""
    local = moment.astimezone(ZoneInfo(zone))
    code = lang(language)
    weekday, month = _WEEKDAYS[code][local.weekday()], _MONTHS[code][local.month - 1]
    clock = local.strftime("%H:%M")
    if code == "de":
        return f"{weekday}, {local.day}. {month}, {clock} Uhr"
    return f"{weekday}, {local.day} {month}, {clock}"


def format_money(minor: int, currency: str, language: str) -> str:
    """``1.190,00 EUR`` (de, uk) or ``1,190.00 EUR`` (en)."""
    whole, cents = divmod(abs(minor), 100)
    text = f"{whole:,}.{cents:02d}"
    if lang(language) in ("de", "uk"):
        sep = "." if lang(language) == "de" else " "
        text = text.replace(",", "\0").replace(".", ",").replace("\0", sep)
    return f"{'-' if minor < 0 else ''}{text} {currency}"


def format_date(day: object, language: str) -> str:
    """A date as ``24.11.2026`` (de, uk) or ``24 Nov 2026`` (en)."""
    from datetime import date
    if not isinstance(day, date):
        return "—"
    if lang(language) == "en":
        return f"{day.day} {_MONTHS['en'][day.month - 1][:3]} {day.year}"
    return day.strftime("%d.%m.%Y")
