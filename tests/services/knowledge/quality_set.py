"""A multilingual retrieval evaluation set: a small firm's documents and customers' questions.

The firm is fictional: "Roth & Kovalenko", a bookkeeping and business-services
office in Leipzig with customers writing in English, German and Ukrainian.
Each document is in one language; each question names the document that
answers it. Questions asked in another language than their document's are the
cross-language setting (asked in German about an English document, in
Ukrainian about a German one, and so on).
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class QualityDocument:
    id: str
    language: str
    title: str
    text: str


@dataclass(frozen=True)
class Question:
    text: str
    language: str
    document: str  # id of the document that answers it


DOCUMENTS = (
    # -- English ---------------------------------------------------------------------------------------------
    QualityDocument("en-prices", "en", "Services and prices",
                    "Monthly bookkeeping for sole traders costs 89 euros, for limited companies (GmbH) 249 euros. "
                    "The annual financial statement is billed separately from 690 euros. Payroll costs 19 euros "
                    "per employee and month. All prices are net, plus 19 % VAT."),
    QualityDocument("en-hours", "en", "Opening hours",
                    "Our office is open Monday to Thursday from 8:30 to 17:00 and on Friday from 8:30 to 13:00. "
                    "We are closed on weekends and public holidays in Saxony. Between Christmas and New Year the "
                    "office stays closed, but urgent e-mails are still answered."),
    QualityDocument("en-parking", "en", "Getting here",
                    "The office is at Karl-Liebknecht-Strasse 42, 04107 Leipzig, on the second floor with a lift. "
                    "Tram lines 10 and 11 stop at Hohe Strasse, two minutes away. Visitors can park for free in the "
                    "courtyard; the entrance to the car park is from Kurt-Eisner-Strasse."),
    QualityDocument("en-cancel", "en", "Cancelling a contract",
                    "Bookkeeping contracts run for twelve months and renew automatically. You can cancel with three "
                    "months' notice to the end of the contract term, in writing or by e-mail. Appointments can be "
                    "cancelled free of charge up to 24 hours before; later cancellations cost 50 euros."),
    QualityDocument("en-upload", "en", "Sending us your receipts",
                    "Upload receipts and bank statements through our client portal as PDF or photo. Please send "
                    "everything for a month by the 10th of the following month, so we can file the advance VAT "
                    "return on time. Paper receipts can also be dropped into our letterbox."),
    QualityDocument("en-payroll", "en", "Payroll service",
                    "We prepare monthly payslips, register new employees with the health insurance funds and send "
                    "the wage tax return to the tax office. Changes such as a new salary or sick leave must reach "
                    "us by the 15th of the month to be included in that month's payroll."),
    QualityDocument("en-remote", "en", "Video consultations",
                    "Consultations can also take place by video call. You receive a link by e-mail the day before; "
                    "no software needs to be installed, a current browser is enough. Video appointments cost the "
                    "same as meetings in the office and can be booked online."),
    QualityDocument("en-referral", "en", "Referral bonus",
                    "If you recommend us to another business and it signs a bookkeeping contract, you receive a "
                    "credit of 100 euros on your next invoice. There is no limit to how many businesses you can "
                    "refer. The credit cannot be paid out in cash."),
    # -- German ----------------------------------------------------------------------------------------------
    QualityDocument("de-privacy", "de", "Datenschutz",
                    "Wir verarbeiten Ihre Daten ausschließlich zur Erfüllung des Mandats und nach der DSGVO. "
                    "Buchhaltungsunterlagen bewahren wir zehn Jahre auf, wie es das Steuerrecht verlangt. Unsere "
                    "Server stehen in Deutschland. Auskunft über gespeicherte Daten erhalten Sie bei unserer "
                    "Datenschutzbeauftragten, Frau Albrecht."),
    QualityDocument("de-onboarding", "de", "Ablauf für Neukunden",
                    "Neukunden vereinbaren zunächst ein kostenloses Erstgespräch von 30 Minuten. Danach senden wir "
                    "ein Angebot und eine Vollmacht für das Finanzamt. Für den Start benötigen wir Ihren "
                    "Personalausweis, die Steuernummer und die Kontoauszüge der letzten drei Monate."),
    QualityDocument("de-payment", "de", "Zahlungsbedingungen",
                    "Unsere Rechnungen sind innerhalb von 14 Tagen ohne Abzug zu zahlen. Am bequemsten ist das "
                    "SEPA-Lastschriftmandat, dann buchen wir den Betrag automatisch ab. Bei Zahlungsverzug "
                    "berechnen wir nach der zweiten Mahnung eine Gebühr von 5 Euro."),
    QualityDocument("de-founding", "de", "Unternehmensgründung",
                    "Wir begleiten Gründungen von Einzelunternehmen und GmbHs: Gewerbeanmeldung, Fragebogen zur "
                    "steuerlichen Erfassung und Eröffnungsbilanz. Das Gründungspaket kostet pauschal 450 Euro. "
                    "Einen Notar für den Gesellschaftsvertrag der GmbH vermitteln wir gern."),
    QualityDocument("de-languages", "de", "Sprachen",
                    "Unser Team berät auf Deutsch, Englisch, Ukrainisch und Russisch. Schreiben Sie uns einfach in "
                    "Ihrer Sprache. Übersetzungen von Bescheiden des Finanzamts ins Ukrainische oder Englische "
                    "erstellen wir für 35 Euro pro Seite."),
    QualityDocument("de-vat", "de", "Umsatzsteuer-Voranmeldung",
                    "Die Umsatzsteuer-Voranmeldung übermitteln wir monatlich oder vierteljährlich elektronisch über "
                    "ELSTER. Kleinunternehmer nach § 19 UStG müssen keine Voranmeldung abgeben. Eine "
                    "Dauerfristverlängerung beantragen wir auf Wunsch für Sie."),
    QualityDocument("de-team", "de", "Unser Team",
                    "Die Kanzlei wurde 2015 von Martina Roth und Oleksandr Kovalenko gegründet. Heute arbeiten hier "
                    "neun Menschen: zwei Bilanzbuchhalterinnen, vier Buchhalter, eine Lohnbuchhalterin und zwei "
                    "Auszubildende. Frau Roth ist auch Steuerberaterin."),
    QualityDocument("de-emergency", "de", "Betriebsprüfung",
                    "Wenn sich das Finanzamt zu einer Betriebsprüfung anmeldet, rufen Sie uns bitte sofort an. Wir "
                    "bereiten die Unterlagen vor, begleiten die Prüfung vor Ort und prüfen den Bericht des Prüfers. "
                    "Die Begleitung wird nach Zeitaufwand mit 120 Euro pro Stunde abgerechnet."),
    # -- Ukrainian -------------------------------------------------------------------------------------------
    QualityDocument("uk-residence", "uk", "Допомога з дозволом на проживання",
                    "Ми допомагаємо підприємцям з України підготувати документи для відомства у справах іноземців: "
                    "бізнес-план, прогноз доходів і довідку від податкового консультанта. Консультація з цього "
                    "питання триває годину і коштує 150 євро."),
    QualityDocument("uk-bank", "uk", "Відкриття рахунку в банку",
                    "Для бізнесу в Німеччині потрібен окремий рахунок. Ми порадимо банк, який відкриває рахунки "
                    "для нових підприємців без німецької кредитної історії. Зазвичай рахунок відкривають за один-два "
                    "тижні після подання паспорта та реєстрації за місцем проживання."),
    QualityDocument("uk-insurance", "uk", "Медичне страхування",
                    "Самозайняті в Німеччині мусять мати медичне страхування. Державна каса коштує приблизно 15 "
                    "відсотків від доходу, приватна залежить від віку та стану здоров'я. Ми допоможемо порівняти "
                    "варіанти, але договір ви укладаєте самі."),
    QualityDocument("uk-minijob", "uk", "Мініджоб",
                    "Працівник на мініджобі може заробляти до 556 євро на місяць без податку на заробітну плату для "
                    "себе. Роботодавець сплачує паушальні внески приблизно 30 відсотків. Ми реєструємо мініджоби "
                    "в Minijob-Zentrale і ведемо облік робочих годин."),
    QualityDocument("uk-tax-return", "uk", "Податкова декларація",
                    "Річну податкову декларацію за минулий рік треба подати до 31 липня, а з податковим "
                    "консультантом строк довший. Ми готуємо декларації для фізичних осіб від 180 євро. Потрібні "
                    "довідка про заробітну плату, чеки на витрати і дані про дітей."),
    QualityDocument("uk-holidays", "uk", "Відпустка та заміна",
                    "Кожен працівник нашої канцелярії має заступника, тому під час відпусток ваші справи не "
                    "зупиняються. Про відпустку вашого особистого бухгалтера ми повідомляємо електронною поштою за "
                    "два тижні та називаємо контактну особу."),
    QualityDocument("uk-invoice", "uk", "Як виставити рахунок клієнту",
                    "Рахунок у Німеччині має містити ваше ім'я та адресу, податковий номер, дату, порядковий номер "
                    "рахунку, опис послуги та суму ПДВ. Малі підприємці замість ПДВ пишуть примітку про § 19 UStG. "
                    "Ми надаємо безкоштовний шаблон рахунку."),
    QualityDocument("uk-car", "uk", "Службовий автомобіль",
                    "Якщо ви користуєтеся службовим автомобілем і приватно, щомісяця оподатковується один відсоток "
                    "від ринкової ціни автомобіля. Альтернатива — журнал поїздок, у якому записують кожну поїздку. "
                    "Ми підкажемо, що вигідніше саме для вас."),
)


QUESTIONS = (
    # same language
    Question("How much does monthly bookkeeping cost for a GmbH?", "en", "en-prices"),
    Question("When are you open on Fridays?", "en", "en-hours"),
    Question("Where can I park my car when I visit you?", "en", "en-parking"),
    Question("What is the notice period to end my contract?", "en", "en-cancel"),
    Question("By what date do you need my receipts each month?", "en", "en-upload"),
    Question("When do salary changes have to reach you?", "en", "en-payroll"),
    Question("Do I need to install software for an online meeting?", "en", "en-remote"),
    Question("What do I get for recommending you to another company?", "en", "en-referral"),
    Question("Wie lange bewahren Sie meine Buchhaltungsunterlagen auf?", "de", "de-privacy"),
    Question("Welche Unterlagen brauchen Sie zum Start als Neukunde?", "de", "de-onboarding"),
    Question("Wie schnell muss ich Ihre Rechnung bezahlen?", "de", "de-payment"),
    Question("Was kostet die Gründung einer GmbH bei Ihnen?", "de", "de-founding"),
    Question("Übersetzen Sie auch Steuerbescheide?", "de", "de-languages"),
    Question("Muss ich als Kleinunternehmer eine Umsatzsteuer-Voranmeldung abgeben?", "de", "de-vat"),
    Question("Wer hat die Kanzlei gegründet?", "de", "de-team"),
    Question("Das Finanzamt kündigt eine Prüfung an, was tun?", "de", "de-emergency"),
    Question("Скільки коштує консультація щодо дозволу на проживання?", "uk", "uk-residence"),
    Question("Як швидко можна відкрити рахунок у банку?", "uk", "uk-bank"),
    Question("Скільки коштує державне медичне страхування?", "uk", "uk-insurance"),
    Question("Скільки можна заробляти на мініджобі?", "uk", "uk-minijob"),
    Question("До якого числа треба подати податкову декларацію?", "uk", "uk-tax-return"),
    Question("Хто веде мої справи, коли мій бухгалтер у відпустці?", "uk", "uk-holidays"),
    Question("Що має бути в рахунку для клієнта?", "uk", "uk-invoice"),
    Question("Як оподатковується службова машина?", "uk", "uk-car"),
    Question("What does payroll cost per employee?", "en", "en-prices"),
    Question("Are you open between Christmas and New Year?", "en", "en-hours"),
    Question("Kann ich per Lastschrift bezahlen?", "de", "de-payment"),
    Question("Wie viele Mitarbeiter hat die Kanzlei?", "de", "de-team"),
    Question("Чи є у вас шаблон рахунку?", "uk", "uk-invoice"),
    Question("Що краще: журнал поїздок чи один відсоток?", "uk", "uk-car"),
    # cross language
    Question("Wie viel kostet die monatliche Buchhaltung für eine GmbH?", "de", "en-prices"),
    Question("Скільки коштує ведення бухгалтерії для ГмбХ щомісяця?", "uk", "en-prices"),
    Question("Wann haben Sie am Freitag geöffnet?", "de", "en-hours"),
    Question("Коли ви працюєте в п'ятницю?", "uk", "en-hours"),
    Question("Mit welcher Straßenbahn komme ich zu Ihnen?", "de", "en-parking"),
    Question("Де можна безкоштовно припаркуватися біля офісу?", "uk", "en-parking"),
    Question("Wie kann ich meinen Vertrag kündigen?", "de", "en-cancel"),
    Question("Скільки коштує скасування зустрічі в останній момент?", "uk", "en-cancel"),
    Question("Bis wann muss ich die Belege hochladen?", "de", "en-upload"),
    Question("Як надіслати вам чеки та виписки з банку?", "uk", "en-upload"),
    Question("Bis wann müssen Gehaltsänderungen bei Ihnen sein?", "de", "en-payroll"),
    Question("Чи можна отримати консультацію по відеозв'язку?", "uk", "en-remote"),
    Question("Was bekomme ich, wenn ich Sie weiterempfehle?", "de", "en-referral"),
    Question("How long do you keep my accounting records?", "en", "de-privacy"),
    Question("Де знаходяться ваші сервери з моїми даними?", "uk", "de-privacy"),
    Question("Is the first consultation free of charge?", "en", "de-onboarding"),
    Question("Які документи потрібні новому клієнту для початку?", "uk", "de-onboarding"),
    Question("Within how many days must I pay your invoice?", "en", "de-payment"),
    Question("How much do you charge to help found a company?", "en", "de-founding"),
    Question("Скільки коштує допомога з реєстрацією ГмбХ?", "uk", "de-founding"),
    Question("Which languages does your team speak?", "en", "de-languages"),
    Question("Чи розмовляє ваша команда українською?", "uk", "de-languages"),
    Question("Do small businesses have to file a VAT pre-return?", "en", "de-vat"),
    Question("What happens if the tax office announces an audit?", "en", "de-emergency"),
    Question("Скільки коштує супровід податкової перевірки?", "uk", "de-emergency"),
    Question("Can you help me with the documents for a residence permit?", "en", "uk-residence"),
    Question("Helfen Sie bei einem Geschäftskonto ohne deutsche Bonität?", "de", "uk-bank"),
    Question("Do self-employed people need health insurance in Germany?", "en", "uk-insurance"),
    Question("Wie viel darf man im Minijob verdienen?", "de", "uk-minijob"),
    Question("What is the deadline for the annual tax return?", "en", "uk-tax-return"),
    Question("Wer ist mein Ansprechpartner, wenn mein Buchhalter im Urlaub ist?", "de", "uk-holidays"),
    Question("What must an invoice to a customer contain?", "en", "uk-invoice"),
    Question("Wie wird ein Firmenwagen bei privater Nutzung versteuert?", "de", "uk-car"),
)


def setting(question: Question) -> str:
    """``same-language`` or ``cross-language``, by the question's and its document's language."""
    language = next(d.language for d in DOCUMENTS if d.id == question.document)
    return "same-language" if language == question.language else "cross-language"


def ingest(db, embedder) -> dict[str, int]:  # noqa: ANN001 - storage.db.Database, secretary Embedder
    """Store the documents (one chunk each) and index them with ``embedder``; chunk id by document id."""
    from storage import vector_index
    from storage.models import Chunk, Document, KnowledgeSource

    chunk_ids: dict[str, int] = {}
    with db.writing("test") as session:
        source = KnowledgeSource(name="Roth & Kovalenko", type="note")
        session.add(source)
        session.flush()
        for doc in DOCUMENTS:
            row = Document(source_id=source.id, uri=f"kb/{doc.id}.md", title=doc.title, language=doc.language,
                           mime_type="text/markdown", content_hash=doc.id, content=doc.text)
            session.add(row)
            session.flush()
            chunk = Chunk(document_id=row.id, position=0, content=doc.text, heading_path=doc.title,
                          char_start=0, char_end=len(doc.text))
            session.add(chunk)
            session.flush()
            chunk_ids[doc.id] = chunk.id
    vectors = embedder.embed_passages([d.text for d in DOCUMENTS])
    with db.writing("test") as session:
        index = vector_index.create_index(session, embedder.name, embedder.dimensions)
        vector_index.add_vectors(session, index, [chunk_ids[d.id] for d in DOCUMENTS], vectors)
        vector_index.mark_ready(session, index)
    return chunk_ids


def evaluate(searcher, chunk_ids: dict[str, int], modes=("bm25", "dense", "hybrid")) -> dict:  # noqa: ANN001
    """hit@1 and hit@5 per mode and setting for ``searcher`` (a services.knowledge.search.KnowledgeSearch)."""
    questions = [q.text for q in QUESTIONS]
    figures: dict[str, dict[str, dict[str, float]]] = {}
    for mode in modes:
        ranked = searcher.search_batch(questions, k=5, mode=mode)
        tally: dict[str, list[int]] = {}
        for question, hits in zip(QUESTIONS, ranked, strict=True):
            wanted = chunk_ids[question.document]
            ids = [h.chunk_id for h in hits]
            row = tally.setdefault(setting(question), [0, 0, 0])
            row[0] += ids[:1] == [wanted]
            row[1] += wanted in ids[:5]
            row[2] += 1
        figures[mode] = {name: {"hit@1": round(a / n, 3), "hit@5": round(b / n, 3), "questions": n}
                         for name, (a, b, n) in sorted(tally.items())}
    return figures
