"""Demo inbox: three channels and conversations in English, German and Ukrainian.

Each conversation is a list of exchanges: one customer message and the one
reply that answers it, so no inbound message is left waiting (the queue would
answer it at start-up otherwise).
"""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any

from services.demo.timing import ago

# The demo's Telegram bot and Signal number are not real accounts: they stay switched off (their
# conversations are history). The widget works on this computer: open http://127.0.0.1:8765/widget/demo.
CHANNELS: list[dict[str, Any]] = [
    {"key": "telegram", "type": "telegram", "name": "Telegram bot", "prefix": "demo-tg", "active": False,
     "config": {"bot_username": "WeberPartnerBot", "mode": "polling"}},
    {"key": "signal", "type": "signal", "name": "Signal", "prefix": "demo-sig", "active": False,
     "config": {"number": "+493023456780", "signal_cli": "signal-cli"}},
    {"key": "widget", "type": "widget", "name": "Web site chat", "prefix": "demo-web",
     "config": {"site_key": "demo-weber-partner-site-key", "color": "#1d4ed8", "position": "right",
                "language": "de", "greeting": "Hallo! Wie können wir helfen?",
                "allowed_origins": ["http://127.0.0.1:8765", "http://localhost:8765",
                                    "https://weber-partner.example"]}},
]

AI = "ai"
STAFF = "staff"

# Each exchange: (minutes after the thread started, customer text, reply author, reply text, reply delay
# in minutes, reply metadata). Staff replies name the user key in the metadata under "user".
THREADS: list[dict[str, Any]] = [
    {"key": "tg-oksana", "channel": "telegram", "contact": "oksana", "chat_id": "5120387741",
     "sender": "Оксана Коваль (@oksana_koval)", "subject": "Реєстрація фрилансу в Берліні", "language": "uk",
     "status": "open", "ai_enabled": True, "labels": ["new-client", "start-package"], "days_ago": 2.2,
     "exchanges": [
         (0, "Добрий день! Я графічна дизайнерка, нещодавно переїхала до Берліна. Хочу працювати як "
             "фрилансерка. Ви допомагаєте з реєстрацією?",
          AI, "Добрий день! Так, ми допомагаємо з цим. Наш стартовий пакет коштує 290 EUR плюс ПДВ: "
              "консультація, реєстрація (якщо потрібна) і анкета для податкового обліку в ELSTER. "
              "Дизайнери зазвичай є Freiberufler і не реєструють Gewerbe, але це ми перевіримо на консультації.",
          1, {"intent": "pricing", "sources": ["Бізнес і податки в Німеччині: поширені запитання"]}),
         (6, "Дякую! А скільки коштує бухгалтерія щомісяця?",
          AI, "Бухгалтерія для фрилансерів (EÜR) коштує від 120 EUR на місяць до 50 чеків, разом із річним "
              "розрахунком прибутку та деклараціями з ПДВ. Бажаєте записатися на першу консультацію?",
          1, {"intent": "pricing", "sources": ["Services and prices"]}),
         (14, "Так, можна наступного вівторка зранку? Консультація українською.",
          AI, "Записала вас на вівторок о 10:00, консультація українською з Оленою Марченко, "
              "Oranienburger Straße 27. Візьміть, будь ласка, паспорт, Aufenthaltstitel і Meldebescheinigung.",
          2, {"intent": "booking", "tool": "book_meeting"}),
     ]},
    {"key": "tg-dmytro", "channel": "telegram", "contact": "dmytro", "chat_id": "391827465",
     "sender": "Дмитро Шевчук", "subject": "Дочірня GmbH для експорту", "language": "uk",
     "status": "handed_off", "ai_enabled": False, "assignee": "admin", "labels": ["gmbh-formation", "kyb"],
     "days_ago": 5.1,
     "exchanges": [
         (0, "Вітаю. Ми експортуємо соняшникову олію з Дніпра і хочемо відкрити дочірню GmbH у Німеччині. "
             "Чи супроводжуєте ви таке?",
          AI, "Вітаю! Так, ми готуємо заснування GmbH разом із нотаріусом: статут, список учасників, "
              "реєстрація в податковій. Супровід коштує від 1 900 EUR. Для дочірніх компаній з України ми "
              "також координуємо переклади й запис у реєстрі прозорості. Передаю розмову нашій партнерці.",
          1, {"intent": "handoff", "reason": "complex_tax_question"}),
         (95, "Добре. Нам також потрібна бухгалтерія та зарплата для двох працівників у першому році.",
          STAFF, "Добрий день, пане Дмитре, мене звати Олена Марченко. Разом із Катаріною Вебер підготуємо "
                 "пропозицію на заснування, бухгалтерію та зарплату, орієнтовно 8 500 EUR за перший рік. "
                 "Пропоную коротку відеорозмову в четвер о 15:00.",
          140, {"user": "admin"}),
     ]},
    {"key": "sig-sophie", "channel": "signal", "contact": "sophie", "chat_id": "+491629876543",
     "sender": "Sophie Müller", "subject": "Steuererklärung mit Vermietung", "language": "de",
     "status": "waiting", "ai_enabled": True, "labels": ["private-client", "tax-return"], "days_ago": 3.4,
     "exchanges": [
         (0, "Hallo, ich vermiete seit letztem Jahr eine Wohnung in Leipzig. Können Sie meine "
             "Steuererklärung machen und was kostet das?",
          AI, "Hallo Frau Müller, gern! Die Einkommensteuererklärung für Arbeitnehmer kostet ab 390 EUR, "
              "für die Vermietung kommen ab 260 EUR dazu, also etwa 650 EUR netto. Soll ich Ihnen die "
              "Liste der Unterlagen schicken?",
          1, {"intent": "pricing", "sources": ["Services and prices"]}),
         (30, "Ja bitte. Und kann ich die Belege einfach hier schicken?",
          AI, "Ja, Signal ist Ende-zu-Ende-verschlüsselt, Sie können die Unterlagen hier oder über unser "
              "Mandantenportal senden. Wir brauchen: Lohnsteuerbescheinigung, Mietvertrag, Kaufvertrag, "
              "Zinsbescheinigung des Darlehens und die Nebenkostenabrechnung.",
          1, {"intent": "documents", "sources": ["Datenschutzhinweise", "Öffnungszeiten und Kontakt"]}),
     ]},
    {"key": "sig-iryna", "channel": "signal", "contact": "iryna", "chat_id": "+4915209871234",
     "sender": "Ірина Бондаренко", "subject": "Години роботи", "language": "uk",
     "status": "closed", "ai_enabled": True, "labels": ["faq"], "days_ago": 9.0,
     "exchanges": [
         (0, "Доброго вечора! Чи працюєте ви в п'ятницю після обіду? Хочу занести документи.",
          AI, "Доброго вечора! У п'ятницю офіс працює з 9:00 до 15:00. Документи можна також будь-коли "
              "залишити в поштовій скриньці біля входу, додайте, будь ласка, записку з вашим іменем.",
          1, {"intent": "opening_hours", "sources": ["Öffnungszeiten und Kontakt"]}),
     ]},
    {"key": "web-james", "channel": "widget", "contact": "james", "chat_id": "w-7f3c91d2a4",
     "sender": "James Whitfield", "subject": "IT support for our Berlin office", "language": "en",
     "status": "open", "ai_enabled": True, "labels": ["it-services", "lead"], "days_ago": 1.3,
     "exchanges": [
         (0, "Hi, we're opening a small office in Kreuzberg with 8 people. Do you offer ongoing IT support?",
          AI, "Hello James! Yes, our IT-Care plans include remote support, updates and monitoring. For 8 "
              "people most clients choose IT-Care M: 8 hours a month for 600 EUR plus VAT. Shall I book a "
              "call with our IT lead?",
          1, {"intent": "pricing", "sources": ["Services and prices"]}),
         (20, "Sounds good. We'd need a data processing agreement before we sign anything.",
          STAFF, "Hi James, Jonas from Weber & Partner here. Of course, I'll send our DPA under Art. 28 GDPR "
                 "together with the IT-Care offer by Friday. Would a site visit next week suit you?",
          55, {"user": "agent"}),
         (90, "Perfect, next Friday late morning works.",
          AI, "Great, I've pencilled in Friday at 11:00 at your Kreuzberg office. Jonas will confirm it "
              "with the offer.",
          1, {"intent": "booking", "tool": "book_meeting"}),
     ]},
    {"key": "web-emily", "channel": "widget", "contact": "emily", "chat_id": "w-0b55e8c612",
     "sender": "Emily Carter", "subject": "Invoice question", "language": "en",
     "status": "waiting", "ai_enabled": True, "labels": ["billing"], "days_ago": 0.4,
     "exchanges": [
         (0, "Hello, could you tell me whether there's anything still open on my account?",
          AI, "Hello Emily, there are no open invoices on your account. If you'd like a copy of an earlier "
              "invoice, just tell me which month and I'll ask the team to send it.",
          1, {"intent": "invoice_status", "tool": "invoice_status"}),
     ]},
    {"key": "web-anna", "channel": "widget", "contact": "anna", "chat_id": "w-c41a7be903",
     "sender": "Anna Schmidt", "subject": "Datenschutz im Chat", "language": "de",
     "status": "closed", "ai_enabled": True, "labels": ["datenschutz"], "days_ago": 12.0,
     "exchanges": [
         (0, "Guten Tag, wo werden meine Nachrichten in diesem Chat gespeichert? Geht das an eine KI in der Cloud?",
          AI, "Guten Tag Frau Schmidt! Unsere Assistentin läuft auf einem Rechner in der Kanzlei, Ihre "
              "Nachrichten gehen nicht an Cloud-Anbieter. Chatverläufe ohne Mandat löschen wir nach zwölf "
              "Monaten. Details finden Sie in unseren Datenschutzhinweisen.",
          1, {"intent": "privacy", "sources": ["Datenschutzhinweise"]}),
         (4, "Danke, das ist gut zu wissen.",
          AI, "Gern geschehen! Melden Sie sich jederzeit, wenn Sie Fragen zu Ihrer Buchhaltung haben.",
          1, {"intent": "smalltalk"}),
     ]},
]


def messages(thread: dict[str, Any], now: datetime) -> list[dict[str, Any]]:
    """The thread's messages in order, inbound then its reply (``reply_to`` = index of the inbound)."""
    start = ago(now, days=thread["days_ago"])
    rows: list[dict[str, Any]] = []
    for minutes, text, author, reply, delay, metadata in thread["exchanges"]:
        asked = start + timedelta(minutes=minutes)
        answered = asked + timedelta(minutes=delay)
        rows.append({"direction": "in", "author_kind": "customer", "sender": thread["sender"], "content": text,
                     "status": "answered", "created_at": asked, "reply_to": None, "metadata": {}})
        rows.append({"direction": "out", "author_kind": author, "content": reply, "status": "sent",
                     "created_at": answered, "sent_at": answered + timedelta(seconds=2),
                     "reply_to": len(rows) - 1, "metadata": dict(metadata), "user": metadata.get("user")})
    return rows
