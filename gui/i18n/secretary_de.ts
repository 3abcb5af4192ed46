<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>AISettings</name>
    <message>
        <source>Embedded</source>
        <translation>Eingebaut</translation>
    </message>
    <message>
        <source>Runs offline on this computer. Nothing to set up.</source>
        <translation>Läuft offline auf diesem Computer. Nichts einzurichten.</translation>
    </message>
    <message>
        <source>OpenAI (cloud)</source>
        <translation>OpenAI (Cloud)</translation>
    </message>
    <message>
        <source>Needs the API key in Integrations. Personal data in messages is masked before they leave this computer.</source>
        <translation>Benötigt den API-Schlüssel unter Integrationen. Personenbezogene Daten in Nachrichten werden maskiert, bevor sie diesen Computer verlassen.</translation>
    </message>
    <message>
        <source>Local LLM server</source>
        <translation>Lokaler LLM-Server</translation>
    </message>
    <message>
        <source>Ollama, llama.cpp, LM Studio or vLLM on this computer or in your office network. The data stays in your network.</source>
        <translation>Ollama, llama.cpp, LM Studio oder vLLM auf diesem Computer oder in Ihrem Büronetz. Die Daten bleiben in Ihrem Netz.</translation>
    </message>
    <message>
        <source>Answer calmly</source>
        <translation>Ruhig antworten</translation>
    </message>
    <message>
        <source>A polite reply that steers back to the matter.</source>
        <translation>Eine höfliche Antwort, die zurück zur Sache führt.</translation>
    </message>
    <message>
        <source>Answer calmly and flag the conversation</source>
        <translation>Ruhig antworten und das Gespräch markieren</translation>
    </message>
    <message>
        <source>As above, and the conversation is marked for a person to look at.</source>
        <translation>Wie oben, zusätzlich wird das Gespräch zur Durchsicht durch einen Menschen markiert.</translation>
    </message>
    <message>
        <source>Hand it to a person</source>
        <translation>An einen Menschen übergeben</translation>
    </message>
    <message>
        <source>One calm line says a colleague takes over; the conversation waits in the Inbox.</source>
        <translation>Eine ruhige Zeile kündigt eine Kollegin bzw. einen Kollegen an; das Gespräch wartet im Posteingang.</translation>
    </message>
    <message>
        <source>Stop answering</source>
        <translation>Nicht mehr antworten</translation>
    </message>
    <message>
        <source>One short notice, then the AI stays silent in this conversation; it is marked as abusive for review.</source>
        <translation>Ein kurzer Hinweis, danach schweigt die KI in diesem Gespräch; es wird zur Prüfung als beleidigend markiert.</translation>
    </message>
    <message>
        <source>New enquiries, prices and offers; records leads in the CRM.</source>
        <translation>Neue Anfragen, Preise und Angebote; legt Leads im CRM an.</translation>
    </message>
    <message>
        <source>Questions about your services, answered from your documents.</source>
        <translation>Fragen zu Ihren Leistungen, beantwortet aus Ihren Dokumenten.</translation>
    </message>
    <message>
        <source>Invoices, payments and reminders.</source>
        <translation>Rechnungen, Zahlungen und Mahnungen.</translation>
    </message>
    <message>
        <source>Booking, moving and cancelling meetings.</source>
        <translation>Termine buchen, verschieben und absagen.</translation>
    </message>
    <message>
        <source>Save and test connection</source>
        <translation>Speichern und Verbindung testen</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Verbindung testen</translation>
    </message>
    <message>
        <source>No connection to test: the embedded back-end runs on this computer.</source>
        <translation>Keine Verbindung zu testen: Das eingebaute Backend läuft auf diesem Computer.</translation>
    </message>
    <message>
        <source>Enter the server&apos;s address, e.g. http://localhost:11434/v1 for Ollama.</source>
        <translation>Geben Sie die Adresse des Servers ein, z. B. http://localhost:11434/v1 für Ollama.</translation>
    </message>
    <message>
        <source>Enter the name of the model, as the server lists it.</source>
        <translation>Geben Sie den Namen des Modells so ein, wie der Server ihn auflistet.</translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation>Wird getestet…</translation>
    </message>
    <message>
        <source>Not set up yet: enter the API key in Integrations, then test again.</source>
        <translation>Noch nicht eingerichtet: Geben Sie den API-Schlüssel unter Integrationen ein und testen Sie dann erneut.</translation>
    </message>
    <message>
        <source>Back-end</source>
        <translation>Backend</translation>
    </message>
    <message>
        <source>Agents</source>
        <translation>Agenten</translation>
    </message>
    <message>
        <source>Policies</source>
        <translation>Regeln</translation>
    </message>
    <message>
        <source>Time limit</source>
        <translation>Zeitlimit</translation>
    </message>
    <message>
        <source>s</source>
        <comment>seconds</comment>
        <translation>s</translation>
    </message>
    <message>
        <source>No agent is on: every message is handed to a person.</source>
        <translation>Kein Agent ist eingeschaltet: Jede Nachricht geht an einen Menschen.</translation>
    </message>
    <message>
        <source>Ollama: http://localhost:11434/v1 · LM Studio: http://localhost:1234/v1</source>
        <translation>Ollama: http://localhost:11434/v1 · LM Studio: http://localhost:1234/v1</translation>
    </message>
    <message>
        <source>The model&apos;s name as the service lists it; the connection test shows the available ones.</source>
        <translation>Der Name des Modells, wie der Dienst ihn auflistet; der Verbindungstest zeigt die verfügbaren an.</translation>
    </message>
    <message>
        <source>Lower keeps answers factual and consistent; higher makes them more varied.</source>
        <translation>Niedriger hält Antworten sachlich und einheitlich; höher macht sie abwechslungsreicher.</translation>
    </message>
    <message>
        <source>One topic per line. The AI politely declines to talk about them.</source>
        <translation>Ein Thema pro Zeile. Die KI lehnt Gespräche darüber höflich ab.</translation>
    </message>
    <message>
        <source>Added at the end of every AI reply. Leave empty for none.</source>
        <translation>Wird an jede KI-Antwort angehängt. Leer lassen, wenn keiner gewünscht ist.</translation>
    </message>
    <message>
        <source>Example: Mon-Fri 09:00-17:00, Sat 10:00-13:00. Meetings are offered only within these hours.</source>
        <translation>Beispiel: Mon-Fri 09:00-17:00, Sat 10:00-13:00 (Wochentage englisch abgekürzt). Termine werden nur innerhalb dieser Zeiten angeboten.</translation>
    </message>
    <message>
        <source>e.g. This answer was written by an AI assistant.</source>
        <translation>z. B. Diese Antwort wurde von einem KI-Assistenten verfasst.</translation>
    </message>
    <message>
        <source>Settings → Integrations</source>
        <translation>Einstellungen → Integrationen</translation>
    </message>
    <message>
        <source>API keys are kept in %1.</source>
        <translation>API-Schlüssel werden unter %1 verwaltet.</translation>
    </message>
    <message>
        <source>Try it</source>
        <translation>Ausprobieren</translation>
    </message>
    <message>
        <source>Write a message as a customer would and see the reply, the route it took, the tools it used and what the AI model was shown. Nothing is sent or saved. Save your changes first: the playground uses the saved settings.</source>
        <translation>Schreiben Sie eine Nachricht wie ein Kunde und sehen Sie die Antwort, den Weg, den sie genommen hat, die verwendeten Werkzeuge und was dem KI-Modell gezeigt wurde. Nichts wird gesendet oder gespeichert. Speichern Sie Ihre Änderungen vorher: Die Testumgebung verwendet die gespeicherten Einstellungen.</translation>
    </message>
    <message>
        <source>Open the AI playground</source>
        <translation>KI-Testumgebung öffnen</translation>
    </message>
</context>
<context>
    <name>AddSourceDialog</name>
    <message>
        <source>Add a folder</source>
        <translation>Ordner hinzufügen</translation>
    </message>
    <message>
        <source>Every PDF, Word, Markdown, text and HTML file in the folder and its sub-folders is indexed.</source>
        <translation>Jede PDF-, Word-, Markdown-, Text- und HTML-Datei im Ordner und in seinen Unterordnern wird indiziert.</translation>
    </message>
    <message>
        <source>&amp;Folder</source>
        <translation>&amp;Ordner</translation>
    </message>
    <message>
        <source>Choose a folder…</source>
        <translation>Ordner wählen…</translation>
    </message>
    <message>
        <source>Pick up new and changed files automatically</source>
        <translation>Neue und geänderte Dateien automatisch übernehmen</translation>
    </message>
    <message>
        <source>Add a web page</source>
        <translation>Webseite hinzufügen</translation>
    </message>
    <message>
        <source>The page&apos;s main text is downloaded and indexed; menus and adverts are left out.</source>
        <translation>Der Haupttext der Seite wird heruntergeladen und indiziert; Menüs und Werbung werden weggelassen.</translation>
    </message>
    <message>
        <source>&amp;Address</source>
        <translation>&amp;Adresse</translation>
    </message>
    <message>
        <source>Check the page for changes automatically</source>
        <translation>Seite automatisch auf Änderungen prüfen</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen…</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <source>Optional: shown in the list and in citations</source>
        <translation>Optional: erscheint in der Liste und in Quellenangaben</translation>
    </message>
    <message>
        <source>&amp;Only files like</source>
        <translation>&amp;Nur Dateien wie</translation>
    </message>
    <message>
        <source>e.g. *.pdf, prices/*  (empty: all documents)</source>
        <translation>z. B. *.pdf, preise/*  (leer: alle Dokumente)</translation>
    </message>
    <message>
        <source>&amp;Skip files like</source>
        <translation>Dateien &amp;überspringen wie</translation>
    </message>
    <message>
        <source>e.g. drafts/*, *.tmp</source>
        <translation>z. B. entwuerfe/*, *.tmp</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <source>Choose a folder</source>
        <translation>Ordner wählen</translation>
    </message>
    <message>
        <source>There is no folder at this path.</source>
        <translation>Unter diesem Pfad gibt es keinen Ordner.</translation>
    </message>
    <message>
        <source>Enter a full address starting with https:// or http://.</source>
        <translation>Geben Sie eine vollständige Adresse ein, die mit https:// oder http:// beginnt.</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>AI Secretary cannot start</source>
        <translation>AI Secretary kann nicht starten</translation>
    </message>
    <message>
        <source>Background work is off</source>
        <translation>Hintergrundarbeit ist aus</translation>
    </message>
</context>
<context>
    <name>AuditModel</name>
    <message>
        <source>System</source>
        <translation>System</translation>
    </message>
    <message>
        <source>System (%1)</source>
        <translation>System (%1)</translation>
    </message>
    <message>
        <source>AI assistant</source>
        <translation>KI-Assistent</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Inhaber</translation>
    </message>
    <message>
        <source>User %1</source>
        <translation>Benutzer %1</translation>
    </message>
    <message>
        <source>Background job: %1</source>
        <translation>Hintergrundaufgabe: %1</translation>
    </message>
    <message>
        <source>Setting</source>
        <translation>Einstellung</translation>
    </message>
    <message>
        <source>Secret</source>
        <translation>Zugangsdaten</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <source>Lead</source>
        <translation>Lead</translation>
    </message>
    <message>
        <source>Conversation</source>
        <translation>Unterhaltung</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Nachricht</translation>
    </message>
    <message>
        <source>Booking</source>
        <translation>Buchung</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Dokument</translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation>Rechnung</translation>
    </message>
    <message>
        <source>Business partner</source>
        <translation>Geschäftspartner</translation>
    </message>
    <message>
        <source>KYB alert</source>
        <translation>KYB-Warnung</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Aufgabe</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>Pipeline</source>
        <translation>Pipeline</translation>
    </message>
    <message>
        <source>Pipeline stage</source>
        <translation>Pipeline-Phase</translation>
    </message>
    <message>
        <source>Calendar event</source>
        <translation>Kalendertermin</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>Kalender</translation>
    </message>
    <message>
        <source>Knowledge source</source>
        <translation>Wissensquelle</translation>
    </message>
    <message>
        <source>Indexed passage</source>
        <translation>Indizierte Textstelle</translation>
    </message>
    <message>
        <source>Invoice line</source>
        <translation>Rechnungsposition</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>Zahlung</translation>
    </message>
    <message>
        <source>Register extract</source>
        <translation>Registerauszug</translation>
    </message>
    <message>
        <source>Register change</source>
        <translation>Registeränderung</translation>
    </message>
    <message>
        <source>Contact address</source>
        <translation>Kontaktadresse</translation>
    </message>
    <message>
        <source>Attachment</source>
        <translation>Anhang</translation>
    </message>
    <message>
        <source>Workspace</source>
        <translation>Arbeitsbereich</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Tarif</translation>
    </message>
    <message>
        <source>Subscription</source>
        <translation>Abonnement</translation>
    </message>
    <message>
        <source>Entitlement</source>
        <translation>Berechtigung</translation>
    </message>
    <message>
        <source>Usage</source>
        <translation>Nutzung</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Angelegt</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Geändert</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Gelöscht</translation>
    </message>
    <message>
        <source>Stored</source>
        <translation>Gespeichert</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>value removed</source>
        <translation>Wert entfernt</translation>
    </message>
    <message>
        <source>value replaced</source>
        <translation>Wert ersetzt</translation>
    </message>
    <message>
        <source>value stored</source>
        <translation>Wert gespeichert</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Wer</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Datensatz</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Änderungen</translation>
    </message>
</context>
<context>
    <name>AuditPanel</name>
    <message>
        <source>Audit log</source>
        <translation>Änderungsprotokoll</translation>
    </message>
    <message>
        <source>Every change made in this workspace: who made it, when, and what it was before.</source>
        <translation>Jede Änderung in diesem Arbeitsbereich: wer sie wann gemacht hat und wie es vorher war.</translation>
    </message>
    <message>
        <source>Search changes…</source>
        <translation>Änderungen durchsuchen…</translation>
    </message>
    <message>
        <source>Search changes</source>
        <translation>Änderungen durchsuchen</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Wer</translation>
    </message>
    <message>
        <source>Record type</source>
        <translation>Datensatztyp</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Bis</translation>
    </message>
    <message>
        <source>Any date</source>
        <translation>Beliebig</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Filter zurücksetzen</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Vorher</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Nachher</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>All records</source>
        <translation>Alle Datensätze</translation>
    </message>
    <message>
        <source>No changes match these filters. Clear the search or widen the dates.</source>
        <translation>Keine Änderungen passen zu diesen Filtern. Leeren Sie die Suche oder erweitern Sie den Zeitraum.</translation>
    </message>
    <message>
        <source>No changes recorded yet. Every change to settings, contacts or invoices will be listed here.</source>
        <translation>Noch keine Änderungen erfasst. Jede Änderung an Einstellungen, Kontakten oder Rechnungen erscheint hier.</translation>
    </message>
    <message>
        <source>Select a change</source>
        <translation>Änderung auswählen</translation>
    </message>
    <message>
        <source>Its values before and after appear here.</source>
        <translation>Ihre Werte vorher und nachher erscheinen hier.</translation>
    </message>
    <message>
        <source>(nothing)</source>
        <translation>(nichts)</translation>
    </message>
</context>
<context>
    <name>ChannelDialog</name>
    <message>
        <source>Copied.</source>
        <translation>Kopiert.</translation>
    </message>
    <message>
        <source>Put this line into every page of your web site that should show the chat, just before &lt;/body&gt;:</source>
        <translation>Fügen Sie diese Zeile in jede Seite Ihrer Website ein, die den Chat zeigen soll, direkt vor &lt;/body&gt;:</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>Visitors&apos; browsers load the chat from the address in the line (%1). This computer&apos;s address is usually not reachable from the internet: publish it through your firm&apos;s web server (as a reverse proxy) and put that public address into the line instead.</source>
        <translation>Die Browser Ihrer Besucher laden den Chat von der Adresse in der Zeile (%1). Die Adresse dieses Computers ist aus dem Internet meist nicht erreichbar: Veröffentlichen Sie sie über den Webserver Ihrer Firma (als Reverse Proxy) und setzen Sie stattdessen diese öffentliche Adresse in die Zeile ein.</translation>
    </message>
    <message>
        <source>Code for %1</source>
        <translation>Code für %1</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>It is running: customers&apos; messages arrive in the Inbox and are answered there.</source>
        <translation>Er läuft: Nachrichten von Kunden kommen im Posteingang an und werden dort beantwortet.</translation>
    </message>
    <message>
        <source>The background work of this workspace runs in another program (%1). It starts the new channel the next time it starts: restart it.</source>
        <translation>Die Hintergrundarbeit dieses Arbeitsbereichs läuft in einem anderen Programm (%1). Es startet den neuen Kanal bei seinem nächsten Start: Starten Sie es neu.</translation>
    </message>
    <message>
        <source>It did not start. Its state and the reason are shown in the list.</source>
        <translation>Er ist nicht gestartet. Sein Zustand und der Grund stehen in der Liste.</translation>
    </message>
    <message>
        <source>It starts with the next start of the background work (the next start of this app).</source>
        <translation>Er startet mit dem nächsten Start der Hintergrundarbeit (beim nächsten Start dieser App).</translation>
    </message>
    <message>
        <source>Add channel</source>
        <translation>Kanal hinzufügen</translation>
    </message>
    <message>
        <source>Which channel should customers use to reach you?</source>
        <translation>Über welchen Kanal sollen Kunden Sie erreichen?</translation>
    </message>
    <message>
        <source>Telegram bot</source>
        <translation>Telegram-Bot</translation>
    </message>
    <message>
        <source>Signal number</source>
        <translation>Signal-Nummer</translation>
    </message>
    <message>
        <source>Chat on your web site</source>
        <translation>Chat auf Ihrer Website</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>“%1” was added.</source>
        <translation>„%1“ wurde hinzugefügt.</translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation>Wird getestet…</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Optional. How this channel is listed here and in the Inbox.</source>
        <translation>Optional. So erscheint der Kanal hier und im Posteingang.</translation>
    </message>
    <message>
        <source>Telegram accepts the token: this is your bot %1.</source>
        <translation>Telegram akzeptiert das Token: Das ist Ihr Bot %1.</translation>
    </message>
    <message>
        <source>Telegram rejected the token. Copy it again from @BotFather (/mybots → your bot → API Token).</source>
        <translation>Telegram hat das Token abgelehnt. Kopieren Sie es erneut von @BotFather (/mybots → Ihr Bot → API Token).</translation>
    </message>
    <message>
        <source>Telegram could not be reached. Check the internet connection, or the Bot API server address.</source>
        <translation>Telegram ist nicht erreichbar. Prüfen Sie die Internetverbindung oder die Adresse des Bot-API-Servers.</translation>
    </message>
    <message>
        <source>Enter the server&apos;s address starting with http:// or https://, or leave the field empty.</source>
        <translation>Geben Sie die Adresse des Servers mit http:// oder https:// ein, oder lassen Sie das Feld leer.</translation>
    </message>
    <message>
        <source>Paste the bot token from @BotFather here.</source>
        <translation>Fügen Sie hier das Bot-Token von @BotFather ein.</translation>
    </message>
    <message>
        <source>This is not a complete bot token. Copy the whole token from @BotFather: digits, a colon, then about 35 letters and digits.</source>
        <translation>Das ist kein vollständiges Bot-Token. Kopieren Sie das ganze Token von @BotFather: Ziffern, ein Doppelpunkt, dann etwa 35 Buchstaben und Ziffern.</translation>
    </message>
    <message>
        <source>In Telegram, open %1 and send %2.</source>
        <translation>Öffnen Sie in Telegram %1 und senden Sie %2.</translation>
    </message>
    <message>
        <source>Choose a display name and a username that ends in “bot”.</source>
        <translation>Wählen Sie einen Anzeigenamen und einen Benutzernamen, der auf „bot“ endet.</translation>
    </message>
    <message>
        <source>BotFather answers with a token like %3. Paste it below.</source>
        <translation>BotFather antwortet mit einem Token wie %3. Fügen Sie es unten ein.</translation>
    </message>
    <message>
        <source>Bot token</source>
        <translation>Bot-Token</translation>
    </message>
    <message>
        <source>Paste the token from @BotFather</source>
        <translation>Token von @BotFather einfügen</translation>
    </message>
    <message>
        <source>Bot API server</source>
        <translation>Bot-API-Server</translation>
    </message>
    <message>
        <source>Optional. Only if you run your own Telegram Bot API server; leave empty otherwise.</source>
        <translation>Optional. Nur wenn Sie einen eigenen Telegram-Bot-API-Server betreiben; sonst leer lassen.</translation>
    </message>
    <message>
        <source>Test</source>
        <translation>Testen</translation>
    </message>
    <message>
        <source>Where is signal-cli?</source>
        <translation>Wo liegt signal-cli?</translation>
    </message>
    <message>
        <source>signal-cli answers for this number.</source>
        <translation>signal-cli antwortet für diese Nummer.</translation>
    </message>
    <message>
        <source>signal-cli was not found. Install signal-cli and Java 21 or newer (see %1), or enter the path to signal-cli below.</source>
        <translation>signal-cli wurde nicht gefunden. Installieren Sie signal-cli und Java 21 oder neuer (siehe %1), oder geben Sie unten den Pfad zu signal-cli an.</translation>
    </message>
    <message>
        <source>Looked for: %1</source>
        <translation>Gesucht: %1</translation>
    </message>
    <message>
        <source>signal-cli did not answer for this number. Is the number registered or linked (see %1)?</source>
        <translation>signal-cli hat für diese Nummer nicht geantwortet. Ist die Nummer registriert oder verknüpft (siehe %1)?</translation>
    </message>
    <message>
        <source>Enter the number in international format: + and the country code, e.g. +49 30 1234567.</source>
        <translation>Geben Sie die Nummer im internationalen Format ein: + und die Landesvorwahl, z. B. +49 30 1234567.</translation>
    </message>
    <message>
        <source>Signal runs through signal-cli on this computer. Before adding the number: install signal-cli and Java 21 or newer, then register the number with signal-cli or link it to your phone. Step by step: %1.</source>
        <translation>Signal läuft über signal-cli auf diesem Computer. Bevor Sie die Nummer hinzufügen: Installieren Sie signal-cli und Java 21 oder neuer, dann registrieren Sie die Nummer mit signal-cli oder verknüpfen Sie sie mit Ihrem Telefon. Schritt für Schritt: %1.</translation>
    </message>
    <message>
        <source>Phone number</source>
        <translation>Telefonnummer</translation>
    </message>
    <message>
        <source>The number registered or linked in signal-cli, in international format.</source>
        <translation>Die in signal-cli registrierte oder verknüpfte Nummer, im internationalen Format.</translation>
    </message>
    <message>
        <source>Signal</source>
        <translation>Signal</translation>
    </message>
    <message>
        <source>signal-cli</source>
        <translation>signal-cli</translation>
    </message>
    <message>
        <source>signal-cli (found automatically)</source>
        <translation>signal-cli (wird automatisch gefunden)</translation>
    </message>
    <message>
        <source>Optional. The path to signal-cli if it is not found automatically.</source>
        <translation>Optional. Der Pfad zu signal-cli, falls es nicht automatisch gefunden wird.</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Durchsuchen…</translation>
    </message>
    <message>
        <source>Colour of the chat button</source>
        <translation>Farbe der Chat-Schaltfläche</translation>
    </message>
    <message>
        <source>“%1” is not a site address. Write each site as https:// and its domain, without a path, e.g. https://www.example.com.</source>
        <translation>„%1“ ist keine Website-Adresse. Schreiben Sie jede Website als https:// und ihre Domain, ohne Pfad, z. B. https://www.example.com.</translation>
    </message>
    <message>
        <source>Enter at least one site address, e.g. https://www.example.com.</source>
        <translation>Geben Sie mindestens eine Website-Adresse ein, z. B. https://www.example.com.</translation>
    </message>
    <message>
        <source>A chat button on your web site. Visitors write to it and get answers here, like on the other channels. After saving you get one line of code for your site.</source>
        <translation>Eine Chat-Schaltfläche auf Ihrer Website. Besucher schreiben darüber und erhalten hier Antworten, wie auf den anderen Kanälen. Nach dem Speichern erhalten Sie eine Zeile Code für Ihre Website.</translation>
    </message>
    <message>
        <source>Web sites</source>
        <translation>Websites</translation>
    </message>
    <message>
        <source>The sites that may show the chat, one per line, with https:// and without a path.</source>
        <translation>Die Websites, die den Chat zeigen dürfen, eine pro Zeile, mit https:// und ohne Pfad.</translation>
    </message>
    <message>
        <source>Web site chat</source>
        <translation>Website-Chat</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>Farbe</translation>
    </message>
    <message>
        <source>Choose the colour of the chat button</source>
        <translation>Farbe der Chat-Schaltfläche wählen</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>Bottom right</source>
        <translation>Unten rechts</translation>
    </message>
    <message>
        <source>Bottom left</source>
        <translation>Unten links</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>Of the chat window&apos;s own texts. The AI answers in the visitor&apos;s language.</source>
        <translation>Der eigenen Texte des Chatfensters. Die KI antwortet in der Sprache des Besuchers.</translation>
    </message>
    <message>
        <source>Greeting</source>
        <translation>Begrüßung</translation>
    </message>
    <message>
        <source>e.g. Hello! How can we help?</source>
        <translation>z. B. Hallo! Wie können wir helfen?</translation>
    </message>
</context>
<context>
    <name>ChannelsPage</name>
    <message>
        <source>Telegram</source>
        <translation>Telegram</translation>
    </message>
    <message>
        <source>Signal</source>
        <translation>Signal</translation>
    </message>
    <message>
        <source>Web site chat</source>
        <translation>Website-Chat</translation>
    </message>
    <message>
        <source>Runs in another program</source>
        <translation>Läuft in einem anderen Programm</translation>
    </message>
    <message>
        <source>Runs in another AI Secretary window (pid %1)</source>
        <translation>Läuft in einem anderen AI-Secretary-Fenster (PID %1)</translation>
    </message>
    <message>
        <source>Runs in secretary %1 (pid %2)</source>
        <translation>Läuft in secretary %1 (PID %2)</translation>
    </message>
    <message>
        <source>signal-cli was not found. Install it and Java 21 or newer (see docs/signal-setup.md), or enter its path.</source>
        <translation>signal-cli wurde nicht gefunden. Installieren Sie es und Java 21 oder neuer (siehe docs/signal-setup.md), oder geben Sie seinen Pfad an.</translation>
    </message>
    <message>
        <source>signal-cli needs Java 21 or newer. Install it (see docs/signal-setup.md).</source>
        <translation>signal-cli braucht Java 21 oder neuer. Installieren Sie es (siehe docs/signal-setup.md).</translation>
    </message>
    <message>
        <source>The bot token is missing from the secret store. Add the bot again.</source>
        <translation>Das Bot-Token fehlt im Geheimnisspeicher. Fügen Sie den Bot erneut hinzu.</translation>
    </message>
    <message>
        <source>Telegram rejected the bot token. Add the bot again with a valid token from @BotFather.</source>
        <translation>Telegram hat das Bot-Token abgelehnt. Fügen Sie den Bot erneut mit einem gültigen Token von @BotFather hinzu.</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Aus</translation>
    </message>
    <message>
        <source>Switched off. Its conversations stay in the Inbox.</source>
        <translation>Ausgeschaltet. Seine Gespräche bleiben im Posteingang.</translation>
    </message>
    <message>
        <source>That program runs the channels; its health is shown there (secretary status).</source>
        <translation>Dieses Programm betreibt die Kanäle; ihr Zustand wird dort angezeigt (secretary status).</translation>
    </message>
    <message>
        <source>Not running</source>
        <translation>Läuft nicht</translation>
    </message>
    <message>
        <source>Starts with the next start of the background work (restart the app).</source>
        <translation>Startet mit dem nächsten Start der Hintergrundarbeit (starten Sie die App neu).</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>Läuft</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Startet…</translation>
    </message>
    <message>
        <source>Reconnecting</source>
        <translation>Verbindet neu</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Angehalten</translation>
    </message>
    <message>
        <source>on %1</source>
        <translation>auf %1</translation>
    </message>
    <message>
        <source>no allowed sites</source>
        <translation>keine erlaubten Websites</translation>
    </message>
    <message>
        <source>State: %1</source>
        <translation>Zustand: %1</translation>
    </message>
    <message>
        <source>Show code</source>
        <translation>Code anzeigen</translation>
    </message>
    <message>
        <source>The line to put into your web site</source>
        <translation>Die Zeile für Ihre Website</translation>
    </message>
    <message>
        <source>Switch off</source>
        <translation>Ausschalten</translation>
    </message>
    <message>
        <source>Switch off %1</source>
        <translation>%1 ausschalten</translation>
    </message>
    <message>
        <source>“%1” was added.</source>
        <translation>„%1“ wurde hinzugefügt.</translation>
    </message>
    <message>
        <source>Switch off “%1”?</source>
        <translation>„%1“ ausschalten?</translation>
    </message>
    <message>
        <source>Customers can no longer reach you through it. Its conversations stay in the Inbox. To use it again later, add it again.</source>
        <translation>Kunden können Sie darüber nicht mehr erreichen. Seine Gespräche bleiben im Posteingang. Um ihn später wieder zu nutzen, fügen Sie ihn erneut hinzu.</translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation>Behalten</translation>
    </message>
    <message>
        <source>“%1” is off. Its conversations stay in the Inbox.</source>
        <translation>„%1“ ist aus. Seine Gespräche bleiben im Posteingang.</translation>
    </message>
    <message>
        <source>Your channels</source>
        <translation>Ihre Kanäle</translation>
    </message>
    <message>
        <source>Add channel</source>
        <translation>Kanal hinzufügen</translation>
    </message>
    <message>
        <source>No channels yet. Add a Telegram bot, a Signal number or a chat for your web site, and customers can write to you there.</source>
        <translation>Noch keine Kanäle. Fügen Sie einen Telegram-Bot, eine Signal-Nummer oder einen Chat für Ihre Website hinzu, dann können Kunden Ihnen dort schreiben.</translation>
    </message>
    <message>
        <source>Another program runs this workspace&apos;s channels, so their health is shown there (secretary status). Channels added here start the next time it starts.</source>
        <translation>Ein anderes Programm betreibt die Kanäle dieses Arbeitsbereichs, daher wird ihr Zustand dort angezeigt (secretary status). Hier hinzugefügte Kanäle starten bei seinem nächsten Start.</translation>
    </message>
</context>
<context>
    <name>Counts</name>
    <message numerus="yes">
        <source>%n conversation(s)</source>
        <translation>
            <numerusform>%n Unterhaltung</numerusform>
            <numerusform>%n Unterhaltungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n message(s)</source>
        <translation>
            <numerusform>%n Nachricht</numerusform>
            <numerusform>%n Nachrichten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n channel(s)</source>
        <translation>
            <numerusform>%n Kanal</numerusform>
            <numerusform>%n Kanäle</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n contact(s)</source>
        <translation>
            <numerusform>%n Kontakt</numerusform>
            <numerusform>%n Kontakte</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n lead(s)</source>
        <translation>
            <numerusform>%n Lead</numerusform>
            <numerusform>%n Leads</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n task(s)</source>
        <translation>
            <numerusform>%n Aufgabe</numerusform>
            <numerusform>%n Aufgaben</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n booking(s)</source>
        <translation>
            <numerusform>%n Buchung</numerusform>
            <numerusform>%n Buchungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n calendar event(s)</source>
        <translation>
            <numerusform>%n Kalendertermin</numerusform>
            <numerusform>%n Kalendertermine</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n source(s)</source>
        <translation>
            <numerusform>%n Quelle</numerusform>
            <numerusform>%n Quellen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n document(s)</source>
        <translation>
            <numerusform>%n Dokument</numerusform>
            <numerusform>%n Dokumente</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n indexed passage(s)</source>
        <translation>
            <numerusform>%n indizierte Textstelle</numerusform>
            <numerusform>%n indizierte Textstellen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n invoice(s)</source>
        <translation>
            <numerusform>%n Rechnung</numerusform>
            <numerusform>%n Rechnungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n payment(s)</source>
        <translation>
            <numerusform>%n Zahlung</numerusform>
            <numerusform>%n Zahlungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n business partner(s)</source>
        <translation>
            <numerusform>%n Geschäftspartner</numerusform>
            <numerusform>%n Geschäftspartner</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n alert(s)</source>
        <translation>
            <numerusform>%n Warnung</numerusform>
            <numerusform>%n Warnungen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>The value was not accepted. Correct it and try again.</source>
        <translation>Der Wert wurde nicht angenommen. Korrigieren Sie ihn und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>That item no longer exists. It may have been removed in the meantime.</source>
        <translation>Dieser Eintrag existiert nicht mehr. Er wurde möglicherweise inzwischen entfernt.</translation>
    </message>
    <message>
        <source>The change clashes with a newer one. Reload and try again.</source>
        <translation>Die Änderung kollidiert mit einer neueren. Laden Sie neu und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>This feature is not set up yet. Check it in Settings.</source>
        <translation>Diese Funktion ist noch nicht eingerichtet. Prüfen Sie sie in den Einstellungen.</translation>
    </message>
    <message>
        <source>The service rejected the credentials. Check them in Settings → Integrations.</source>
        <translation>Der Dienst hat die Zugangsdaten abgelehnt. Prüfen Sie sie unter Einstellungen → Integrationen.</translation>
    </message>
    <message numerus="yes">
        <source>The service asks us to slow down. Try again in %n second(s).</source>
        <translation>
            <numerusform>Der Dienst bittet um eine Pause. Versuchen Sie es in %n Sekunde erneut.</numerusform>
            <numerusform>Der Dienst bittet um eine Pause. Versuchen Sie es in %n Sekunden erneut.</numerusform>
        </translation>
    </message>
    <message>
        <source>The service asks us to slow down. Try again in a minute.</source>
        <translation>Der Dienst bittet um eine Pause. Versuchen Sie es in einer Minute erneut.</translation>
    </message>
    <message>
        <source>The service could not be reached. Check the internet connection and try again.</source>
        <translation>Der Dienst ist nicht erreichbar. Prüfen Sie die Internetverbindung und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The workspace is in use by another program. Close it or wait until it ends.</source>
        <translation>Der Arbeitsbereich wird von einem anderen Programm verwendet. Schließen Sie es oder warten Sie, bis es endet.</translation>
    </message>
    <message>
        <source>The secret store could not be opened. Check the passphrase or the secrets file.</source>
        <translation>Der Schlüsselspeicher ließ sich nicht öffnen. Prüfen Sie die Passphrase oder die Schlüsseldatei.</translation>
    </message>
    <message>
        <source>The database could not be brought up to date. A backup of it was kept in the workspace&apos;s backups folder.</source>
        <translation>Die Datenbank konnte nicht aktualisiert werden. Eine Sicherung liegt im Ordner „backups“ des Arbeitsbereichs.</translation>
    </message>
    <message>
        <source>The operation did not succeed.</source>
        <translation>Der Vorgang ist nicht gelungen.</translation>
    </message>
    <message>
        <source>Something unexpected went wrong. The details can help support find the cause.</source>
        <translation>Etwas Unerwartetes ist schiefgegangen. Die Details helfen dem Support, die Ursache zu finden.</translation>
    </message>
    <message>
        <source>Connection works.</source>
        <translation>Die Verbindung funktioniert.</translation>
    </message>
    <message>
        <source>Not set up yet: enter the credentials above and save them, then test again.</source>
        <translation>Noch nicht eingerichtet: Geben Sie oben die Zugangsdaten ein, speichern Sie sie und testen Sie erneut.</translation>
    </message>
    <message>
        <source>The service rejected the credentials. Check that they are complete and still valid.</source>
        <translation>Der Dienst hat die Zugangsdaten abgelehnt. Prüfen Sie, ob sie vollständig und noch gültig sind.</translation>
    </message>
    <message>
        <source>The service could not be reached. Check the internet connection and the address.</source>
        <translation>Der Dienst ist nicht erreichbar. Prüfen Sie die Internetverbindung und die Adresse.</translation>
    </message>
    <message>
        <source>Something answered, but not like this service. Check the address.</source>
        <translation>Es kam eine Antwort, aber nicht von diesem Dienst. Prüfen Sie die Adresse.</translation>
    </message>
    <message>
        <source>The connection test for this service is not available yet.</source>
        <translation>Der Verbindungstest für diesen Dienst ist noch nicht verfügbar.</translation>
    </message>
    <message>
        <source>The test ended with an unknown result.</source>
        <translation>Der Test endete mit einem unbekannten Ergebnis.</translation>
    </message>
    <message>
        <source>Something did not work</source>
        <translation>Etwas hat nicht geklappt</translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <source>Welcome to AI Secretary</source>
        <translation>Willkommen bei AI Secretary</translation>
    </message>
    <message>
        <source>Your firm</source>
        <translation>Ihre Firma</translation>
    </message>
    <message>
        <source>You and your languages</source>
        <translation>Sie und Ihre Sprachen</translation>
    </message>
    <message>
        <source>Who writes the answers</source>
        <translation>Wer die Antworten schreibt</translation>
    </message>
    <message>
        <source>Channels</source>
        <translation>Kanäle</translation>
    </message>
    <message>
        <source>The name and address appear on invoices and in the AI&apos;s answers. You can change them later in Settings.</source>
        <translation>Name und Adresse erscheinen auf Rechnungen und in den Antworten der KI. Sie können sie später in den Einstellungen ändern.</translation>
    </message>
    <message>
        <source>You become the owner of this workspace. Customers are answered in the languages they write in.</source>
        <translation>Sie werden Inhaber dieses Arbeitsbereichs. Kunden erhalten Antworten in der Sprache, in der sie schreiben.</translation>
    </message>
    <message>
        <source>Start with the embedded model: it runs on this computer and works offline. You can switch at any time.</source>
        <translation>Beginnen Sie mit dem eingebauten Modell: Es läuft auf diesem Computer und funktioniert offline. Sie können jederzeit wechseln.</translation>
    </message>
    <message>
        <source>Connect the Telegram bot customers will write to, or skip this and do it later in Settings → Integrations.</source>
        <translation>Verbinden Sie den Telegram-Bot, an den Kunden schreiben, oder überspringen Sie das und erledigen Sie es später unter Einstellungen → Integrationen.</translation>
    </message>
    <message>
        <source>Step %1 of %2</source>
        <translation>Schritt %1 von %2</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Ihr Name</translation>
    </message>
    <message>
        <source>Your e-mail</source>
        <translation>Ihre E-Mail</translation>
    </message>
    <message>
        <source>Telegram bot token</source>
        <translation>Telegram-Bot-Token</translation>
    </message>
    <message>
        <source>Nothing leaves this computer. Good for short answers from your own documents.</source>
        <translation>Nichts verlässt diesen Computer. Gut für kurze Antworten aus Ihren eigenen Dokumenten.</translation>
    </message>
    <message>
        <source>The strongest answers; messages are sent to OpenAI. Needs an API key.</source>
        <translation>Die stärksten Antworten; Nachrichten werden an OpenAI gesendet. Benötigt einen API-Schlüssel.</translation>
    </message>
    <message>
        <source>A model server in your office such as Ollama or LM Studio. Needs its address.</source>
        <translation>Ein Modellserver in Ihrem Büro, etwa Ollama oder LM Studio. Benötigt seine Adresse.</translation>
    </message>
    <message>
        <source>Signal and the chat widget for your web site are set up later in Settings.</source>
        <translation>Signal und das Chat-Widget für Ihre Website richten Sie später in den Einstellungen ein.</translation>
    </message>
    <message>
        <source>Create demo workspace instead</source>
        <translation>Demo-Arbeitsbereich anlegen</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <source>Skip for now</source>
        <translation>Vorerst überspringen</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Weiter</translation>
    </message>
    <message>
        <source>Please fill this in.</source>
        <translation>Bitte ausfüllen.</translation>
    </message>
    <message>
        <source>Setting up the workspace…</source>
        <translation>Arbeitsbereich wird eingerichtet…</translation>
    </message>
    <message>
        <source>Creating the demo workspace…</source>
        <translation>Demo-Arbeitsbereich wird angelegt…</translation>
    </message>
</context>
<context>
    <name>HomePanel</name>
    <message>
        <source>Conversations</source>
        <translation>Unterhaltungen</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Kontakte</translation>
    </message>
    <message>
        <source>Leads</source>
        <translation>Leads</translation>
    </message>
    <message>
        <source>Meetings booked</source>
        <translation>Gebuchte Termine</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Dokumente</translation>
    </message>
    <message>
        <source>Business partners watched</source>
        <translation>Überwachte Geschäftspartner</translation>
    </message>
    <message>
        <source>KYB alerts</source>
        <translation>KYB-Warnungen</translation>
    </message>
    <message>
        <source>Invoices</source>
        <translation>Rechnungen</translation>
    </message>
    <message>
        <source>Today at a glance</source>
        <translation>Heute auf einen Blick</translation>
    </message>
    <message>
        <source>Click to open</source>
        <translation>Zum Öffnen klicken</translation>
    </message>
    <message>
        <source>Nothing here yet</source>
        <translation>Noch nichts da</translation>
    </message>
    <message>
        <source>Connect a channel such as Telegram in Settings → Integrations, and conversations, contacts and leads will start to appear here.</source>
        <translation>Verbinden Sie einen Kanal wie Telegram unter Einstellungen → Integrationen, dann erscheinen hier Unterhaltungen, Kontakte und Leads.</translation>
    </message>
    <message>
        <source>Open Settings</source>
        <translation>Einstellungen öffnen</translation>
    </message>
    <message>
        <source>Coming next</source>
        <translation>Demnächst</translation>
    </message>
    <message>
        <source>Hand-offs waiting for a person, tasks due, today&apos;s meetings and small charts per channel arrive here with the Inbox, CRM, Calendar and KYB features.</source>
        <translation>Übergaben, die auf einen Menschen warten, fällige Aufgaben, die heutigen Termine und kleine Diagramme pro Kanal kommen hierher mit den Funktionen Posteingang, CRM, Kalender und KYB.</translation>
    </message>
</context>
<context>
    <name>Inbox</name>
    <message>
        <source>Language: %1</source>
        <translation>Sprache: %1</translation>
    </message>
    <message>
        <source>Topic: %1</source>
        <translation>Thema: %1</translation>
    </message>
    <message>
        <source>Agent: %1</source>
        <translation>Agent: %1</translation>
    </message>
    <message>
        <source>Internal note: the customer does not see it</source>
        <translation>Interne Notiz: Der Kunde sieht sie nicht</translation>
    </message>
    <message>
        <source>Note by %1</source>
        <translation>Notiz von %1</translation>
    </message>
    <message>
        <source>Resend</source>
        <translation>Erneut senden</translation>
    </message>
    <message>
        <source>Why this answer</source>
        <translation>Warum diese Antwort</translation>
    </message>
    <message>
        <source>No route recorded</source>
        <translation>Kein Weg aufgezeichnet</translation>
    </message>
    <message>
        <source>Tools used: %1</source>
        <translation>Verwendete Werkzeuge: %1</translation>
    </message>
    <message>
        <source>No tools used</source>
        <translation>Keine Werkzeuge verwendet</translation>
    </message>
    <message>
        <source>Sources: %1</source>
        <translation>Quellen: %1</translation>
    </message>
    <message>
        <source>No documents cited</source>
        <translation>Keine Dokumente zitiert</translation>
    </message>
    <message>
        <source>Written by: %1</source>
        <translation>Geschrieben von: %1</translation>
    </message>
    <message>
        <source>Any language</source>
        <translation>Jede Sprache</translation>
    </message>
    <message>
        <source>Canned responses</source>
        <translation>Textbausteine</translation>
    </message>
    <message>
        <source>Prepared answers you insert into a reply with one click (or by typing / in an empty reply box).</source>
        <translation>Vorbereitete Antworten, die Sie mit einem Klick in eine Antwort einfügen (oder indem Sie / in ein leeres Antwortfeld tippen).</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>e.g. Opening hours</source>
        <translation>z. B. Öffnungszeiten</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <source>Enter a title and a text.</source>
        <translation>Geben Sie einen Titel und einen Text ein.</translation>
    </message>
    <message>
        <source>No canned responses yet</source>
        <translation>Noch keine Textbausteine</translation>
    </message>
    <message>
        <source>Manage canned responses…</source>
        <translation>Textbausteine verwalten…</translation>
    </message>
    <message>
        <source>Add note</source>
        <translation>Notiz hinzufügen</translation>
    </message>
    <message>
        <source>Write a note for your colleagues…</source>
        <translation>Schreiben Sie eine Notiz für Ihre Kolleginnen und Kollegen…</translation>
    </message>
    <message>
        <source>Internal note: only your team sees it, the customer does not.</source>
        <translation>Interne Notiz: Nur Ihr Team sieht sie, der Kunde nicht.</translation>
    </message>
    <message>
        <source>Write a reply… (type / for canned responses)</source>
        <translation>Antwort schreiben… (/ für Textbausteine)</translation>
    </message>
    <message>
        <source>Take over and send</source>
        <translation>Übernehmen und senden</translation>
    </message>
    <message>
        <source>The AI answers this conversation. Sending a reply takes it over: the AI stops answering here until you hand it back.</source>
        <translation>Die KI beantwortet dieses Gespräch. Wenn Sie antworten, übernehmen Sie es: Die KI antwortet hier nicht mehr, bis Sie es zurückgeben.</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Senden</translation>
    </message>
    <message>
        <source>Internal note</source>
        <translation>Interne Notiz</translation>
    </message>
    <message>
        <source>Write a note only your team sees</source>
        <translation>Eine Notiz schreiben, die nur Ihr Team sieht</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>Antwort</translation>
    </message>
    <message>
        <source>Ctrl+Enter sends</source>
        <translation>Strg+Eingabe sendet</translation>
    </message>
    <message>
        <source>Loading the conversation…</source>
        <translation>Gespräch wird geladen…</translation>
    </message>
    <message>
        <source>Loading earlier messages…</source>
        <translation>Frühere Nachrichten werden geladen…</translation>
    </message>
    <message numerus="yes">
        <source>Scroll up for %n earlier message(s)</source>
        <translation>
            <numerusform>Nach oben scrollen für %n frühere Nachricht</numerusform>
            <numerusform>Nach oben scrollen für %n frühere Nachrichten</numerusform>
        </translation>
    </message>
    <message>
        <source>Beginning of the conversation</source>
        <translation>Beginn des Gesprächs</translation>
    </message>
    <message>
        <source>No messages yet</source>
        <translation>Noch keine Nachrichten</translation>
    </message>
    <message>
        <source>Could not open the file</source>
        <translation>Die Datei konnte nicht geöffnet werden</translation>
    </message>
    <message>
        <source>“%1” is missing or no program can open it.</source>
        <translation>„%1“ fehlt, oder kein Programm kann sie öffnen.</translation>
    </message>
    <message>
        <source>Nobody</source>
        <translation>Niemand</translation>
    </message>
    <message>
        <source>%1 (me)</source>
        <translation>%1 (ich)</translation>
    </message>
    <message>
        <source>Take over</source>
        <translation>Übernehmen</translation>
    </message>
    <message>
        <source>Answer this customer yourself: the AI stops answering here and the conversation is assigned to you.</source>
        <translation>Antworten Sie diesem Kunden selbst: Die KI antwortet hier nicht mehr, und das Gespräch wird Ihnen zugewiesen.</translation>
    </message>
    <message>
        <source>Hand back to AI</source>
        <translation>An die KI zurückgeben</translation>
    </message>
    <message>
        <source>Let the AI answer again; it also answers messages still waiting for a reply.</source>
        <translation>Die KI antwortet wieder; sie beantwortet auch Nachrichten, die noch auf eine Antwort warten.</translation>
    </message>
    <message>
        <source>On: the AI answers this customer. Off: only people answer.</source>
        <translation>An: Die KI antwortet diesem Kunden. Aus: Nur Menschen antworten.</translation>
    </message>
    <message>
        <source>Off: only people answer this customer.</source>
        <translation>Aus: Nur Menschen antworten diesem Kunden.</translation>
    </message>
    <message>
        <source>AI answers</source>
        <translation>KI antwortet</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Assigned to</source>
        <translation>Zugewiesen an</translation>
    </message>
    <message>
        <source>Labels</source>
        <translation>Labels</translation>
    </message>
    <message>
        <source>e.g. vip, invoice (Enter saves)</source>
        <translation>z. B. vip, rechnung (Eingabe speichert)</translation>
    </message>
    <message>
        <source>Inbox</source>
        <translation>Posteingang</translation>
    </message>
    <message>
        <source>Loading the conversations…</source>
        <translation>Gespräche werden geladen…</translation>
    </message>
    <message>
        <source>Choose a conversation on the left to read it and reply.</source>
        <translation>Wählen Sie links ein Gespräch, um es zu lesen und zu beantworten.</translation>
    </message>
    <message>
        <source>No channels connected yet</source>
        <translation>Noch keine Kanäle verbunden</translation>
    </message>
    <message>
        <source>Connect Telegram, Signal or your web site&apos;s chat, and every conversation with your customers lands here, answered by the AI until you take over. Set a channel up in Settings → Integrations, or on the command line:</source>
        <translation>Verbinden Sie Telegram, Signal oder den Chat Ihrer Website, und jedes Gespräch mit Ihren Kunden landet hier, beantwortet von der KI, bis Sie übernehmen. Richten Sie einen Kanal unter Einstellungen → Integrationen ein oder in der Kommandozeile:</translation>
    </message>
    <message>
        <source>Open Settings → Integrations</source>
        <translation>Einstellungen → Integrationen öffnen</translation>
    </message>
    <message>
        <source>New message from %1</source>
        <translation>Neue Nachricht von %1</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Offen</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Wartet</translation>
    </message>
    <message>
        <source>Needs a person</source>
        <translation>Braucht einen Menschen</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Geschlossen</translation>
    </message>
    <message>
        <source>Web chat</source>
        <translation>Web-Chat</translation>
    </message>
    <message>
        <source>Waiting to be sent</source>
        <translation>Wartet auf Versand</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Wird gesendet…</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Gesendet</translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation>kein Grund angegeben</translation>
    </message>
    <message>
        <source>Not delivered: %1</source>
        <translation>Nicht zugestellt: %1</translation>
    </message>
    <message>
        <source>Perhaps not delivered: sending was interrupted. Check in %1 whether the customer got it before you resend it.</source>
        <translation>Vielleicht nicht zugestellt: Das Senden wurde unterbrochen. Prüfen Sie in %1, ob der Kunde die Nachricht erhalten hat, bevor Sie sie erneut senden.</translation>
    </message>
    <message>
        <source>AI</source>
        <translation>KI</translation>
    </message>
    <message>
        <source>System</source>
        <translation>System</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>Search names and messages (Ctrl+F)</source>
        <translation>Namen und Nachrichten suchen (Strg+F)</translation>
    </message>
    <message>
        <source>Search conversations</source>
        <translation>Gespräche durchsuchen</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Alle Status</translation>
    </message>
    <message>
        <source>Status filter</source>
        <translation>Statusfilter</translation>
    </message>
    <message>
        <source>All channels</source>
        <translation>Alle Kanäle</translation>
    </message>
    <message>
        <source>Channel filter</source>
        <translation>Kanalfilter</translation>
    </message>
    <message>
        <source>Mine</source>
        <translation>Meine</translation>
    </message>
    <message>
        <source>Only conversations assigned to you</source>
        <translation>Nur Gespräche, die Ihnen zugewiesen sind</translation>
    </message>
    <message>
        <source>Unread</source>
        <translation>Ungelesen</translation>
    </message>
    <message>
        <source>Only conversations with messages you have not read</source>
        <translation>Nur Gespräche mit Nachrichten, die Sie noch nicht gelesen haben</translation>
    </message>
    <message>
        <source>Conversations</source>
        <translation>Gespräche</translation>
    </message>
    <message>
        <source>No conversation matches these filters.</source>
        <translation>Kein Gespräch passt zu diesen Filtern.</translation>
    </message>
    <message>
        <source>No conversations yet. They appear here as soon as a customer writes on one of your channels.</source>
        <translation>Noch keine Gespräche. Sie erscheinen hier, sobald ein Kunde auf einem Ihrer Kanäle schreibt.</translation>
    </message>
    <message>
        <source>%1 shown</source>
        <translation>%1 angezeigt</translation>
    </message>
</context>
<context>
    <name>IntegrationsPage</name>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>%1 entfernen</translation>
    </message>
    <message>
        <source>checking…</source>
        <translation>wird geprüft…</translation>
    </message>
    <message>
        <source>set</source>
        <translation>gesetzt</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>nicht gesetzt</translation>
    </message>
    <message>
        <source>Stored. Type a new value to replace it.</source>
        <translation>Gespeichert. Geben Sie einen neuen Wert ein, um ihn zu ersetzen.</translation>
    </message>
    <message>
        <source>Paste the value here</source>
        <translation>Wert hier einfügen</translation>
    </message>
    <message>
        <source>Settings → Channels</source>
        <translation>Einstellungen → Kanäle</translation>
    </message>
    <message>
        <source>Bots are added and tested in %1.</source>
        <translation>Bots werden unter %1 hinzugefügt und getestet.</translation>
    </message>
    <message>
        <source>Numbers are added and tested in %1.</source>
        <translation>Nummern werden unter %1 hinzugefügt und getestet.</translation>
    </message>
    <message>
        <source>Used when the AI back-end is OpenAI (Settings → AI).</source>
        <translation>Wird verwendet, wenn das KI-Backend OpenAI ist (Einstellungen → KI).</translation>
    </message>
    <message>
        <source>Ollama, llama.cpp, vLLM or LM Studio; the address is set in Settings → AI.</source>
        <translation>Ollama, llama.cpp, vLLM oder LM Studio; die Adresse steht unter Einstellungen → KI.</translation>
    </message>
    <message>
        <source>Licence and billing; a restricted read-only key is enough for the test.</source>
        <translation>Lizenz und Abrechnung; für den Test genügt ein eingeschränkter Nur-Lese-Schlüssel.</translation>
    </message>
    <message>
        <source>Keeps bookings in step with your Google Calendar.</source>
        <translation>Hält Buchungen mit Ihrem Google Kalender abgeglichen.</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Verbindung testen</translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation>Wird getestet…</translation>
    </message>
</context>
<context>
    <name>KnowledgeDetails</name>
    <message>
        <source>No reason was given.</source>
        <translation>Es wurde kein Grund angegeben.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Waiting to be indexed. This starts as soon as the background worker is free.</source>
        <translation>Wartet auf die Indizierung. Sie beginnt, sobald die Hintergrundarbeit frei ist.</translation>
    </message>
    <message>
        <source>Indexing now: %1 done.</source>
        <translation>Wird gerade indiziert: %1 erledigt.</translation>
    </message>
    <message>
        <source>Indexing now.</source>
        <translation>Wird gerade indiziert.</translation>
    </message>
    <message>
        <source>Indexing failed: %1 Fix the problem, then choose Re-index.</source>
        <translation>Die Indizierung ist fehlgeschlagen: %1 Beheben Sie das Problem und wählen Sie dann „Neu indizieren“.</translation>
    </message>
    <message numerus="yes">
        <source>%n document(s)</source>
        <translation>
            <numerusform>%n Dokument</numerusform>
            <numerusform>%n Dokumenten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n passage(s)</source>
        <translation>
            <numerusform>%n Textstelle</numerusform>
            <numerusform>%n Textstellen</numerusform>
        </translation>
    </message>
    <message>
        <source>The AI can answer from %1 in %2. Last indexed: %3.</source>
        <translation>Die KI kann aus %1 mit %2 antworten. Zuletzt indiziert: %3.</translation>
    </message>
    <message>
        <source>Select a source</source>
        <translation>Wählen Sie eine Quelle</translation>
    </message>
    <message>
        <source>Its state and any files that could not be read appear here.</source>
        <translation>Hier erscheinen ihr Zustand und alle Dateien, die nicht gelesen werden konnten.</translation>
    </message>
    <message>
        <source>Only files like: %1</source>
        <translation>Nur Dateien wie: %1</translation>
    </message>
    <message>
        <source>Skipping: %1</source>
        <translation>Übersprungen: %1</translation>
    </message>
    <message>
        <source>New and changed files are picked up automatically.</source>
        <translation>Neue und geänderte Dateien werden automatisch übernommen.</translation>
    </message>
    <message>
        <source>Checked for changes automatically.</source>
        <translation>Wird automatisch auf Änderungen geprüft.</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <source>Open the web page</source>
        <translation>Webseite öffnen</translation>
    </message>
    <message>
        <source>Open the folder</source>
        <translation>Ordner öffnen</translation>
    </message>
    <message>
        <source>Open the file</source>
        <translation>Datei öffnen</translation>
    </message>
    <message>
        <source>Re-index</source>
        <translation>Neu indizieren</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Read the source again: new and changed documents are indexed, removed ones dropped.</source>
        <translation>Die Quelle neu einlesen: Neue und geänderte Dokumente werden indiziert, entfernte herausgenommen.</translation>
    </message>
    <message>
        <source>Remove it from the knowledge base (the original files stay where they are).</source>
        <translation>Aus der Wissensbasis entfernen (die Originaldateien bleiben, wo sie sind).</translation>
    </message>
    <message numerus="yes">
        <source>%n document(s) could not be read:</source>
        <translation>
            <numerusform>%n Dokument konnte nicht gelesen werden:</numerusform>
            <numerusform>%n Dokumente konnten nicht gelesen werden:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>KnowledgeModel</name>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Ordner</translation>
    </message>
    <message>
        <source>Web page</source>
        <translation>Webseite</translation>
    </message>
    <message>
        <source>Queued</source>
        <translation>Wartet</translation>
    </message>
    <message>
        <source>Indexing</source>
        <translation>Indizierung</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message numerus="yes">
        <source>Ready, %n problem(s)</source>
        <translation>
            <numerusform>Bereit, %n Problem</numerusform>
            <numerusform>Bereit, %n Probleme</numerusform>
        </translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Bereit</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>Not yet</source>
        <translation>Noch nicht</translation>
    </message>
    <message>
        <source>%1 of %2 documents could not be read.</source>
        <translation>Nicht lesbar: %1 von %2 Dokumenten.</translation>
    </message>
    <message>
        <source>Waiting for the background worker to index it.</source>
        <translation>Wartet darauf, dass die Hintergrundarbeit sie indiziert.</translation>
    </message>
    <message>
        <source>Indexing: %1 done.</source>
        <translation>Indizierung: %1 erledigt.</translation>
    </message>
    <message>
        <source>Indexing now.</source>
        <translation>Wird gerade indiziert.</translation>
    </message>
    <message>
        <source>Indexed: the AI can answer from it.</source>
        <translation>Indiziert: Die KI kann daraus antworten.</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Dokumente</translation>
    </message>
    <message>
        <source>Passages</source>
        <translation>Textstellen</translation>
    </message>
    <message>
        <source>Last indexed</source>
        <translation>Zuletzt indiziert</translation>
    </message>
</context>
<context>
    <name>KnowledgePanel</name>
    <message>
        <source>No search index yet: it is built when the first documents are indexed.</source>
        <translation>Noch kein Suchindex: Er entsteht, sobald die ersten Dokumente indiziert sind.</translation>
    </message>
    <message>
        <source>Search model: %1 (%2 dimensions)</source>
        <translation>Suchmodell: %1 (%2 Dimensionen)</translation>
    </message>
    <message>
        <source>Re-embedding with %1: %2. Search uses the current model until it is done.</source>
        <translation>Neuberechnung mit %1: %2. Bis dahin wird mit dem bisherigen Modell gesucht.</translation>
    </message>
    <message>
        <source>starting</source>
        <translation>beginnt</translation>
    </message>
    <message>
        <source>%1: a source with this name exists already. Remove it first, or add the new one under another name.</source>
        <translation>%1: Eine Quelle mit diesem Namen gibt es schon. Entfernen Sie sie zuerst oder fügen Sie die neue unter einem anderen Namen hinzu.</translation>
    </message>
    <message>
        <source>Knowledge</source>
        <translation>Wissen</translation>
    </message>
    <message>
        <source>The firm&apos;s own documents the AI answers from: price lists, terms, FAQs, manuals. Drop files or folders here to add them.</source>
        <translation>Die eigenen Dokumente der Kanzlei, aus denen die KI antwortet: Preislisten, AGB, FAQs, Handbücher. Ziehen Sie Dateien oder Ordner hierher, um sie hinzuzufügen.</translation>
    </message>
    <message>
        <source>Add files…</source>
        <translation>Dateien hinzufügen…</translation>
    </message>
    <message>
        <source>Add folder…</source>
        <translation>Ordner hinzufügen…</translation>
    </message>
    <message>
        <source>Add web page…</source>
        <translation>Webseite hinzufügen…</translation>
    </message>
    <message>
        <source>Re-index all</source>
        <translation>Alle neu indizieren</translation>
    </message>
    <message>
        <source>Read every source again: new and changed documents are indexed, removed ones dropped.</source>
        <translation>Alle Quellen neu einlesen: Neue und geänderte Dokumente werden indiziert, entfernte herausgenommen.</translation>
    </message>
    <message>
        <source>No documents yet — add files or a folder</source>
        <translation>Noch keine Dokumente — fügen Sie Dateien oder einen Ordner hinzu</translation>
    </message>
    <message>
        <source>Price lists, terms, FAQs and manuals: the AI answers customers from them and cites the page. You can also drop files and folders here.</source>
        <translation>Preislisten, AGB, FAQs und Handbücher: Die KI beantwortet daraus Kundenfragen und nennt die Seite. Sie können Dateien und Ordner auch hierher ziehen.</translation>
    </message>
    <message>
        <source>Knowledge sources</source>
        <translation>Wissensquellen</translation>
    </message>
    <message>
        <source>Loading the knowledge sources…</source>
        <translation>Wissensquellen werden geladen…</translation>
    </message>
    <message numerus="yes">
        <source>Indexing %n source(s)</source>
        <translation>
            <numerusform>%n Quelle wird indiziert</numerusform>
            <numerusform>%n Quellen werden indiziert</numerusform>
        </translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Stoppen</translation>
    </message>
    <message>
        <source>Stop indexing after the current document; what is indexed stays, the rest follows with the next re-index.</source>
        <translation>Die Indizierung nach dem aktuellen Dokument anhalten; was schon indiziert ist, bleibt, der Rest folgt beim nächsten Neu-Indizieren.</translation>
    </message>
    <message>
        <source>Add files</source>
        <translation>Dateien hinzufügen</translation>
    </message>
    <message>
        <source>Documents (%1);;All files (*)</source>
        <translation>Dokumente (%1);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Not everything was added</source>
        <translation>Nicht alles wurde hinzugefügt</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) could not be added:</source>
        <translation>
            <numerusform>%n Eintrag konnte nicht hinzugefügt werden:</numerusform>
            <numerusform>%n Einträge konnten nicht hinzugefügt werden:</numerusform>
        </translation>
    </message>
    <message>
        <source>Stopping after the current document.</source>
        <translation>Wird nach dem aktuellen Dokument angehalten.</translation>
    </message>
    <message>
        <source>Indexing runs in another process (secretary serve); it can be stopped there.</source>
        <translation>Die Indizierung läuft in einem anderen Prozess (secretary serve); dort kann sie angehalten werden.</translation>
    </message>
    <message>
        <source>Remove “%1” from the knowledge base?</source>
        <translation>„%1“ aus der Wissensbasis entfernen?</translation>
    </message>
    <message numerus="yes">
        <source>The AI stops answering from its %n document(s). The original files stay where they are.</source>
        <translation>
            <numerusform>Die KI antwortet dann nicht mehr aus ihrem %n Dokument. Die Originaldateien bleiben, wo sie sind.</numerusform>
            <numerusform>Die KI antwortet dann nicht mehr aus ihren %n Dokumenten. Die Originaldateien bleiben, wo sie sind.</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove source</source>
        <translation>Quelle entfernen</translation>
    </message>
    <message>
        <source>Could not open it</source>
        <translation>Konnte nicht geöffnet werden</translation>
    </message>
    <message>
        <source>No program to open it was found: %1</source>
        <translation>Es wurde kein Programm gefunden, das es öffnen kann: %1</translation>
    </message>
</context>
<context>
    <name>KnowledgeSearch</name>
    <message>
        <source>page %1</source>
        <translation>Seite %1</translation>
    </message>
    <message>
        <source>Search score: the higher, the closer the match. Result %1.</source>
        <translation>Suchwert: Je höher, desto besser passt die Stelle. Ergebnis %1.</translation>
    </message>
    <message>
        <source>Open at page %1</source>
        <translation>Auf Seite %1 öffnen</translation>
    </message>
    <message>
        <source>Open web page</source>
        <translation>Webseite öffnen</translation>
    </message>
    <message>
        <source>Open document</source>
        <translation>Dokument öffnen</translation>
    </message>
    <message>
        <source>Try a question</source>
        <translation>Eine Frage ausprobieren</translation>
    </message>
    <message>
        <source>Ask the way a customer would, e.g. “What does a tax return cost?”</source>
        <translation>Fragen Sie wie ein Kunde, z. B. „Was kostet eine Steuererklärung?“</translation>
    </message>
    <message>
        <source>Search the documents</source>
        <translation>Dokumente durchsuchen</translation>
    </message>
    <message>
        <source>Search in</source>
        <translation>Suchen in</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Suchen</translation>
    </message>
    <message>
        <source>All sources</source>
        <translation>Alle Quellen</translation>
    </message>
    <message>
        <source>Searching… The first search loads the language model, which takes a moment.</source>
        <translation>Suche läuft… Die erste Suche lädt das Sprachmodell, das dauert einen Moment.</translation>
    </message>
    <message>
        <source>The passages the AI would answer from appear here, with the document and page they come from.</source>
        <translation>Hier erscheinen die Textstellen, aus denen die KI antworten würde, mit Dokument und Seite.</translation>
    </message>
    <message>
        <source>Nothing found for “%1”. Try other words, or check that the documents are ready.</source>
        <translation>Nichts gefunden für „%1“. Versuchen Sie andere Wörter oder prüfen Sie, ob die Dokumente bereit sind.</translation>
    </message>
    <message numerus="yes">
        <source>%n passage(s) found, best first.</source>
        <translation>
            <numerusform>%n Textstelle gefunden, die beste zuerst.</numerusform>
            <numerusform>%n Textstellen gefunden, die besten zuerst.</numerusform>
        </translation>
    </message>
    <message>
        <source>The file is no longer there. It may have been moved or deleted; re-index its source.</source>
        <translation>Die Datei ist nicht mehr da. Sie wurde vielleicht verschoben oder gelöscht; indizieren Sie ihre Quelle neu.</translation>
    </message>
    <message>
        <source>No program to open it was found. Open it yourself from the path shown.</source>
        <translation>Es wurde kein Programm gefunden, das es öffnen kann. Öffnen Sie es selbst über den angezeigten Pfad.</translation>
    </message>
    <message>
        <source>The document could not be opened</source>
        <translation>Das Dokument konnte nicht geöffnet werden</translation>
    </message>
</context>
<context>
    <name>KnowledgeSettings</name>
    <message>
        <source>Already in use.</source>
        <translation>Wird bereits verwendet.</translation>
    </message>
    <message>
        <source>The knowledge base is being re-indexed with %1; search keeps using the current index until it is done.</source>
        <translation>Die Wissensbasis wird mit %1 neu indiziert; die Suche verwendet den aktuellen Index, bis das abgeschlossen ist.</translation>
    </message>
    <message>
        <source>None yet: it is built when the first documents are indexed.</source>
        <translation>Noch keiner: er entsteht, sobald die ersten Dokumente indiziert sind.</translation>
    </message>
    <message>
        <source>In progress with %1: %2</source>
        <translation>Läuft mit %1: %2</translation>
    </message>
    <message>
        <source>starting</source>
        <translation>startet</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nein</translation>
    </message>
    <message>
        <source>Search index</source>
        <translation>Suchindex</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <source>Dimensions</source>
        <translation>Dimensionen</translation>
    </message>
    <message>
        <source>Re-indexing</source>
        <translation>Neu-Indizierung</translation>
    </message>
</context>
<context>
    <name>Kyb</name>
    <message>
        <source>Company</source>
        <translation>Unternehmen</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Vessel</source>
        <translation>Schiff</translation>
    </message>
    <message>
        <source>Critical</source>
        <translation>Kritisch</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Hoch</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Mittel</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Niedrig</translation>
    </message>
    <message>
        <source>No risk found</source>
        <translation>Kein Risiko gefunden</translation>
    </message>
    <message>
        <source>Not checked</source>
        <translation>Nicht geprüft</translation>
    </message>
    <message>
        <source>Clear · %1</source>
        <translation>Unauffällig · %1</translation>
    </message>
    <message>
        <source>Monitored</source>
        <translation>Überwacht</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Pausiert</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>Archiviert</translation>
    </message>
    <message>
        <source>Daily</source>
        <translation>Täglich</translation>
    </message>
    <message>
        <source>Weekly</source>
        <translation>Wöchentlich</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Neu</translation>
    </message>
    <message>
        <source>Acknowledged</source>
        <translation>Zur Kenntnis genommen</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <source>Sanctions lists</source>
        <translation>Sanktionslisten</translation>
    </message>
    <message>
        <source>EU VAT register (VIES)</source>
        <translation>EU-USt-Register (VIES)</translation>
    </message>
    <message>
        <source>LEI register (GLEIF)</source>
        <translation>LEI-Register (GLEIF)</translation>
    </message>
    <message>
        <source>German insolvency notices</source>
        <translation>Deutsche Insolvenzbekanntmachungen</translation>
    </message>
    <message>
        <source>Recent changes</source>
        <translation>Jüngste Änderungen</translation>
    </message>
    <message>
        <source>Checked</source>
        <translation>Geprüft</translation>
    </message>
    <message>
        <source>Could not be reached</source>
        <translation>Nicht erreichbar</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Übersprungen</translation>
    </message>
    <message>
        <source>OFAC Specially Designated Nationals (SDN)</source>
        <translation>OFAC Specially Designated Nationals (SDN)</translation>
    </message>
    <message>
        <source>OFAC Consolidated (non-SDN) lists</source>
        <translation>OFAC-Sammelliste (Nicht-SDN)</translation>
    </message>
    <message>
        <source>EU consolidated financial sanctions</source>
        <translation>Konsolidierte Finanzsanktionsliste der EU</translation>
    </message>
    <message>
        <source>UK Sanctions List (FCDO)</source>
        <translation>Britische Sanktionsliste (FCDO)</translation>
    </message>
    <message>
        <source>UN Security Council consolidated list</source>
        <translation>Konsolidierte Liste des UN-Sicherheitsrats</translation>
    </message>
    <message>
        <source>file %1</source>
        <translation>Datei %1</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>VAT id</source>
        <translation>USt-IdNr.</translation>
    </message>
    <message>
        <source>LEI</source>
        <translation>LEI</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Anschrift</translation>
    </message>
    <message>
        <source>Register number</source>
        <translation>Registernummer</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Geburtsdatum</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>Check interval</source>
        <translation>Prüfintervall</translation>
    </message>
    <message>
        <source>Identifiers</source>
        <translation>Kennungen</translation>
    </message>
    <message>
        <source>Not loaded</source>
        <translation>Nicht geladen</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) old</source>
        <translation>
            <numerusform>%n Tag alt</numerusform>
            <numerusform>%n Tage alt</numerusform>
        </translation>
    </message>
    <message>
        <source>Not the same as on %1: %2 (name score %3), decided by %4: %5</source>
        <translation>Nicht dieselbe Person oder Firma wie auf %1: %2 (Namenswert %3), entschieden von %4: %5</translation>
    </message>
    <message>
        <source>Not the same as on %1: %2 (name score %3), decided: %5</source>
        <translation>Nicht dieselbe Person oder Firma wie auf %1: %2 (Namenswert %3), entschieden: %5</translation>
    </message>
    <message>
        <source>Confirmed match on %1: %2 (name score %3), decided by %4: %5</source>
        <translation>Bestätigter Treffer auf %1: %2 (Namenswert %3), entschieden von %4: %5</translation>
    </message>
    <message>
        <source>Confirmed match on %1: %2 (name score %3), decided: %5</source>
        <translation>Bestätigter Treffer auf %1: %2 (Namenswert %3), entschieden: %5</translation>
    </message>
    <message>
        <source>Possible match on %1: %2 (name score %3)</source>
        <translation>Möglicher Treffer auf %1: %2 (Namenswert %3)</translation>
    </message>
    <message>
        <source>Insolvency notice %1 (%2, published %3)</source>
        <translation>Insolvenzbekanntmachung %1 (%2, veröffentlicht %3)</translation>
    </message>
    <message>
        <source>The VAT id %1 is not valid in VIES</source>
        <translation>Die USt-IdNr. %1 ist laut VIES ungültig</translation>
    </message>
    <message>
        <source>The LEI %1 has lapsed (not renewed)</source>
        <translation>Der LEI %1 ist abgelaufen (nicht verlängert)</translation>
    </message>
    <message>
        <source>The LEI %1 was due for renewal on %2</source>
        <translation>Der LEI %1 hätte am %2 verlängert werden müssen</translation>
    </message>
    <message>
        <source>The legal entity of the LEI %1 is inactive</source>
        <translation>Die juristische Person zum LEI %1 ist inaktiv</translation>
    </message>
    <message>
        <source>The LEI %1 is %2 at GLEIF</source>
        <translation>Der LEI %1 hat bei GLEIF den Status %2</translation>
    </message>
    <message>
        <source>%1 recent change(s) in the registers: %2</source>
        <translation>%1 jüngste Änderung(en) in den Registern: %2</translation>
    </message>
    <message>
        <source>LEI status</source>
        <translation>LEI-Status</translation>
    </message>
    <message>
        <source>Sanctions match</source>
        <translation>Sanktionstreffer</translation>
    </message>
    <message>
        <source>Insolvency</source>
        <translation>Insolvenz</translation>
    </message>
    <message>
        <source>VAT id invalid</source>
        <translation>USt-IdNr. ungültig</translation>
    </message>
    <message>
        <source>Register change</source>
        <translation>Registeränderung</translation>
    </message>
    <message>
        <source>A business partner</source>
        <translation>Ein Geschäftspartner</translation>
    </message>
    <message>
        <source>%1 may be listed: %2 on %3 (score %4).</source>
        <translation>%1 ist möglicherweise gelistet: %2 auf %3 (Wert %4).</translation>
    </message>
    <message>
        <source>Insolvency notice for %1: case %2 at %3, published %4.</source>
        <translation>Insolvenzbekanntmachung zu %1: Aktenzeichen %2 beim %3, veröffentlicht %4.</translation>
    </message>
    <message>
        <source>The VAT id %1 of %2 is not valid in VIES.</source>
        <translation>Die USt-IdNr. %1 von %2 ist laut VIES ungültig.</translation>
    </message>
    <message>
        <source>The LEI %1 of %2 is now %3 at GLEIF.</source>
        <translation>Der LEI %1 von %2 hat bei GLEIF jetzt den Status %3.</translation>
    </message>
    <message>
        <source>%1: %2 changed from “%3” to “%4”.</source>
        <translation>%1: %2 hat sich von „%3“ zu „%4“ geändert.</translation>
    </message>
    <message>
        <source>Not the same (false positive)</source>
        <translation>Nicht dieselbe (Fehlalarm)</translation>
    </message>
    <message>
        <source>Confirmed match</source>
        <translation>Bestätigter Treffer</translation>
    </message>
    <message>
        <source>someone</source>
        <translation>jemandem</translation>
    </message>
    <message>
        <source>%1: decided by %2 on %3 — %4</source>
        <translation>%1: entschieden von %2 am %3 — %4</translation>
    </message>
    <message>
        <source>%1 by %2 on %3</source>
        <translation>%1 von %2 am %3</translation>
    </message>
</context>
<context>
    <name>KybAlerts</name>
    <message>
        <source>Severity</source>
        <translation>Schwere</translation>
    </message>
    <message>
        <source>Business partner</source>
        <translation>Geschäftspartner</translation>
    </message>
    <message>
        <source>Alert</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>Raised</source>
        <translation>Ausgelöst</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Neu</translation>
    </message>
    <message>
        <source>Acknowledged</source>
        <translation>Zur Kenntnis genommen</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>Severity:</source>
        <translation>Schwere:</translation>
    </message>
    <message>
        <source>Show or hide alerts of this severity</source>
        <translation>Warnungen dieser Schwere zeigen oder ausblenden</translation>
    </message>
    <message>
        <source>Open business partner</source>
        <translation>Geschäftspartner öffnen</translation>
    </message>
    <message>
        <source>Acknowledge</source>
        <translation>Zur Kenntnis nehmen</translation>
    </message>
    <message>
        <source>Mark it as seen: someone is looking into it.</source>
        <translation>Als gesehen markieren: Jemand kümmert sich darum.</translation>
    </message>
    <message>
        <source>Resolve…</source>
        <translation>Erledigen…</translation>
    </message>
    <message>
        <source>Close the alert with the reason why (required).</source>
        <translation>Die Warnung mit einer Begründung schließen (erforderlich).</translation>
    </message>
    <message>
        <source>KYB alerts</source>
        <translation>KYB-Warnungen</translation>
    </message>
    <message>
        <source>No alerts of the chosen severities. Switch more severities on above.</source>
        <translation>Keine Warnungen der gewählten Schweregrade. Schalten Sie oben weitere ein.</translation>
    </message>
    <message>
        <source>No new alerts. An alert appears when a check finds a possible sanctions match, an insolvency notice, an invalid VAT id or a change in a register.</source>
        <translation>Keine neuen Warnungen. Eine Warnung erscheint, wenn eine Prüfung einen möglichen Sanktionstreffer, eine Insolvenzbekanntmachung, eine ungültige USt-IdNr. oder eine Registeränderung findet.</translation>
    </message>
    <message>
        <source>No alerts here.</source>
        <translation>Hier gibt es keine Warnungen.</translation>
    </message>
    <message>
        <source>Choose an alert above to read it in full and act on it.</source>
        <translation>Wählen Sie oben eine Warnung, um sie vollständig zu lesen und zu bearbeiten.</translation>
    </message>
    <message>
        <source>%1, raised %2</source>
        <translation>%1, ausgelöst am %2</translation>
    </message>
</context>
<context>
    <name>KybDetail</name>
    <message>
        <source>Not asked: no VAT id entered.</source>
        <translation>Nicht abgefragt: keine USt-IdNr. eingetragen.</translation>
    </message>
    <message>
        <source>Not asked: no LEI entered.</source>
        <translation>Nicht abgefragt: kein LEI eingetragen.</translation>
    </message>
    <message>
        <source>Not asked: only German companies and persons are searched.</source>
        <translation>Nicht abgefragt: Gesucht wird nur nach deutschen Unternehmen und Personen.</translation>
    </message>
    <message>
        <source>Not asked yet: press Check now.</source>
        <translation>Noch nicht abgefragt: Klicken Sie auf „Jetzt prüfen“.</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Bearbeiten…</translation>
    </message>
    <message>
        <source>Report…</source>
        <translation>Bericht…</translation>
    </message>
    <message>
        <source>Save this business partner&apos;s KYB report as PDF or JSON, e.g. for your files or an auditor.</source>
        <translation>Den KYB-Bericht dieses Geschäftspartners als PDF oder JSON speichern, z. B. für Ihre Akten oder die Prüfung.</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Wird geprüft…</translation>
    </message>
    <message>
        <source>Check now</source>
        <translation>Jetzt prüfen</translation>
    </message>
    <message>
        <source>Screen against the sanctions lists and ask the VAT, LEI and insolvency registers now.</source>
        <translation>Jetzt mit den Sanktionslisten abgleichen und USt-, LEI- und Insolvenzregister abfragen.</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>Wird gestoppt…</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Stoppen</translation>
    </message>
    <message>
        <source>Stop after the register being asked now; what was already asked is kept.</source>
        <translation>Nach dem Register, das gerade gefragt wird, anhalten; was schon gefragt wurde, bleibt erhalten.</translation>
    </message>
    <message>
        <source>Resume monitoring</source>
        <translation>Überwachung fortsetzen</translation>
    </message>
    <message>
        <source>Pause monitoring</source>
        <translation>Überwachung pausieren</translation>
    </message>
    <message>
        <source>Paused business partners are not re-checked.</source>
        <translation>Pausierte Geschäftspartner werden nicht erneut geprüft.</translation>
    </message>
    <message>
        <source>Restore from the archive</source>
        <translation>Aus dem Archiv holen</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>Archivieren</translation>
    </message>
    <message>
        <source>More</source>
        <translation>Mehr</translation>
    </message>
    <message>
        <source>More actions</source>
        <translation>Weitere Aktionen</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>Risiko</translation>
    </message>
    <message>
        <source>Not checked yet. Press Check now to screen this business partner.</source>
        <translation>Noch nicht geprüft. Klicken Sie auf „Jetzt prüfen“, um diesen Geschäftspartner zu prüfen.</translation>
    </message>
    <message>
        <source>Score %1 of 100: %2. Last check %3.</source>
        <translation>Wert %1 von 100: %2. Letzte Prüfung %3.</translation>
    </message>
    <message>
        <source>Nothing was found that adds to the risk.</source>
        <translation>Es wurde nichts gefunden, was das Risiko erhöht.</translation>
    </message>
    <message>
        <source>The score is the highest single reason: sanctions match 90–100, insolvency 70–89, invalid VAT id or lapsed LEI 40–69, recent register changes 20–39.</source>
        <translation>Der Wert ist der höchste Einzelgrund: Sanktionstreffer 90–100, Insolvenz 70–89, ungültige USt-IdNr. oder abgelaufener LEI 40–69, jüngste Registeränderungen 20–39.</translation>
    </message>
    <message>
        <source>Possible sanctions matches (%1)</source>
        <translation>Mögliche Sanktionstreffer (%1)</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Quellen</translation>
    </message>
    <message>
        <source>%1: version %2, loaded %3</source>
        <translation>%1: Version %2, geladen %3</translation>
    </message>
    <message>
        <source>Screened against:</source>
        <translation>Abgeglichen mit:</translation>
    </message>
    <message>
        <source>No sanctions list is loaded yet, so nobody can be screened. Load them on the Lists tab.</source>
        <translation>Es ist noch keine Sanktionsliste geladen, daher kann niemand geprüft werden. Laden Sie sie im Reiter „Sanktionslisten“.</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Angaben</translation>
    </message>
    <message>
        <source>Monitored since</source>
        <translation>Überwacht seit</translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation>Warnungen</translation>
    </message>
    <message>
        <source>No alerts so far.</source>
        <translation>Bisher keine Warnungen.</translation>
    </message>
    <message>
        <source>Raised %1, not acknowledged yet</source>
        <translation>Ausgelöst am %1, noch nicht zur Kenntnis genommen</translation>
    </message>
    <message>
        <source>Acknowledge</source>
        <translation>Zur Kenntnis nehmen</translation>
    </message>
    <message>
        <source>Resolve…</source>
        <translation>Erledigen…</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>Nothing recorded yet: every check stores what each source said, and changes show up here.</source>
        <translation>Noch nichts aufgezeichnet: Jede Prüfung speichert, was jede Quelle gemeldet hat, und Änderungen erscheinen hier.</translation>
    </message>
    <message>
        <source>%1 · %2 changed</source>
        <translation>%1 · %2 geändert</translation>
    </message>
    <message>
        <source>%1: answer first seen %2, last confirmed %3</source>
        <translation>%1: Antwort zuerst gesehen %2, zuletzt bestätigt %3</translation>
    </message>
</context>
<context>
    <name>KybEdit</name>
    <message>
        <source>The name is too long: at most 300 characters.</source>
        <translation>Der Name ist zu lang: höchstens 300 Zeichen.</translation>
    </message>
    <message>
        <source>Enter the name of the business partner.</source>
        <translation>Geben Sie den Namen des Geschäftspartners ein.</translation>
    </message>
    <message>
        <source>Enter the two-letter country code, e.g. DE, AT or UA.</source>
        <translation>Geben Sie den zweistelligen Ländercode ein, z. B. DE, AT oder UA.</translation>
    </message>
    <message>
        <source>This is not a valid VAT id. Check the country prefix and the digits (a German one is DE and 9 digits).</source>
        <translation>Das ist keine gültige USt-IdNr. Prüfen Sie Länderkürzel und Ziffern (eine deutsche besteht aus DE und 9 Ziffern).</translation>
    </message>
    <message>
        <source>This is not a valid LEI. An LEI has 20 letters and digits; check for typos.</source>
        <translation>Das ist kein gültiger LEI. Ein LEI hat 20 Buchstaben und Ziffern; prüfen Sie auf Tippfehler.</translation>
    </message>
    <message>
        <source>Enter the date of birth as YYYY, YYYY-MM or YYYY-MM-DD, not in the future.</source>
        <translation>Geben Sie das Geburtsdatum als JJJJ, JJJJ-MM oder JJJJ-MM-TT ein, nicht in der Zukunft.</translation>
    </message>
    <message>
        <source>Choose the type of business partner.</source>
        <translation>Wählen Sie die Art des Geschäftspartners.</translation>
    </message>
    <message>
        <source>Choose how often to check.</source>
        <translation>Wählen Sie, wie oft geprüft wird.</translation>
    </message>
    <message>
        <source>This value was not accepted.</source>
        <translation>Dieser Wert wurde nicht angenommen.</translation>
    </message>
    <message>
        <source>Edit business partner</source>
        <translation>Geschäftspartner bearbeiten</translation>
    </message>
    <message>
        <source>Add a business partner</source>
        <translation>Geschäftspartner hinzufügen</translation>
    </message>
    <message>
        <source>Only the name is required. A VAT id, LEI or date of birth makes the checks more precise and avoids false alarms.</source>
        <translation>Nur der Name ist Pflicht. USt-IdNr., LEI oder Geburtsdatum machen die Prüfungen genauer und vermeiden Fehlalarme.</translation>
    </message>
    <message>
        <source>IMO number</source>
        <translation>IMO-Nummer</translation>
    </message>
    <message>
        <source>e.g. Muster Handels GmbH</source>
        <translation>z. B. Muster Handels GmbH</translation>
    </message>
    <message>
        <source>e.g. DE</source>
        <translation>z. B. DE</translation>
    </message>
    <message>
        <source>e.g. DE and 9 digits</source>
        <translation>z. B. DE und 9 Ziffern</translation>
    </message>
    <message>
        <source>20 letters and digits</source>
        <translation>20 Buchstaben und Ziffern</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>JJJJ-MM-TT</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <source>This business partner is monitored already. Find it in the list, or change the name.</source>
        <translation>Dieser Geschäftspartner wird bereits überwacht. Suchen Sie ihn in der Liste oder ändern Sie den Namen.</translation>
    </message>
</context>
<context>
    <name>KybImport</name>
    <message>
        <source>Already monitored (business partner no. %1).</source>
        <translation>Wird bereits überwacht (Geschäftspartner Nr. %1).</translation>
    </message>
    <message>
        <source>Import business partners</source>
        <translation>Geschäftspartner importieren</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Which column holds what?</source>
        <translation>Welche Spalte enthält was?</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) in the file. The columns were matched by their headings; correct what is wrong. Only the name is required.</source>
        <translation>
            <numerusform>%n Zeile in der Datei. Die Spalten wurden anhand ihrer Überschriften zugeordnet; korrigieren Sie, was nicht stimmt. Nur der Name ist Pflicht.</numerusform>
            <numerusform>%n Zeilen in der Datei. Die Spalten wurden anhand ihrer Überschriften zugeordnet; korrigieren Sie, was nicht stimmt. Nur der Name ist Pflicht.</numerusform>
        </translation>
    </message>
    <message>
        <source>— not in the file —</source>
        <translation>— nicht in der Datei —</translation>
    </message>
    <message>
        <source>The first rows as they would be imported</source>
        <translation>Die ersten Zeilen, wie sie importiert würden</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Choose the column that holds the name.</source>
        <translation>Wählen Sie die Spalte mit dem Namen.</translation>
    </message>
    <message>
        <source>✓ will be added</source>
        <translation>✓ wird hinzugefügt</translation>
    </message>
    <message numerus="yes">
        <source>Import %n row(s)</source>
        <translation>
            <numerusform>%n Zeile importieren</numerusform>
            <numerusform>%n Zeilen importieren</numerusform>
        </translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Wird importiert…</translation>
    </message>
    <message>
        <source>Import finished</source>
        <translation>Import abgeschlossen</translation>
    </message>
    <message numerus="yes">
        <source>%n business partner(s) added.</source>
        <translation>
            <numerusform>%n Geschäftspartner hinzugefügt.</numerusform>
            <numerusform>%n Geschäftspartner hinzugefügt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) not imported:</source>
        <translation>
            <numerusform>%n Zeile nicht importiert:</numerusform>
            <numerusform>%n Zeilen nicht importiert:</numerusform>
        </translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>Correct the refused rows in the file and import it again: rows already added are recognised and skipped. New business partners are screened at the next scheduled check, or now with Check now.</source>
        <translation>Korrigieren Sie die abgelehnten Zeilen in der Datei und importieren Sie sie erneut: Bereits hinzugefügte Zeilen werden erkannt und übersprungen. Neue Geschäftspartner werden bei der nächsten planmäßigen Prüfung geprüft oder sofort mit „Jetzt prüfen“.</translation>
    </message>
</context>
<context>
    <name>KybListImport</name>
    <message>
        <source>OFAC XML (SDN.XML, CONS_ENHANCED.XML …)</source>
        <translation>OFAC-XML (SDN.XML, CONS_ENHANCED.XML …)</translation>
    </message>
    <message>
        <source>OFAC CSV (folder with sdn.csv, add.csv, alt.csv)</source>
        <translation>OFAC-CSV (Ordner mit sdn.csv, add.csv, alt.csv)</translation>
    </message>
    <message>
        <source>EU financial sanctions XML</source>
        <translation>EU-Finanzsanktionen (XML)</translation>
    </message>
    <message>
        <source>UK Sanctions List XML</source>
        <translation>Britische Sanktionsliste (XML)</translation>
    </message>
    <message>
        <source>UN Security Council XML</source>
        <translation>UN-Sicherheitsrat (XML)</translation>
    </message>
    <message>
        <source>Import a sanctions list</source>
        <translation>Sanktionsliste importieren</translation>
    </message>
    <message>
        <source>For computers without internet access: download the official file elsewhere and import it here. The previous version is kept until the new one is read completely.</source>
        <translation>Für Rechner ohne Internetzugang: Laden Sie die offizielle Datei anderswo herunter und importieren Sie sie hier. Die bisherige Version bleibt erhalten, bis die neue vollständig gelesen ist.</translation>
    </message>
    <message>
        <source>Choose the file…</source>
        <translation>Datei wählen…</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen…</translation>
    </message>
    <message>
        <source>As the file says</source>
        <translation>Wie in der Datei angegeben</translation>
    </message>
    <message>
        <source>&amp;Format</source>
        <translation>&amp;Format</translation>
    </message>
    <message>
        <source>F&amp;ile</source>
        <translation>Da&amp;tei</translation>
    </message>
    <message>
        <source>&amp;List</source>
        <translation>&amp;Liste</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importieren</translation>
    </message>
    <message>
        <source>Folder with sdn.csv</source>
        <translation>Ordner mit sdn.csv</translation>
    </message>
    <message>
        <source>Sanctions list file</source>
        <translation>Datei der Sanktionsliste</translation>
    </message>
    <message>
        <source>XML files (*.xml);;All files (*)</source>
        <translation>XML-Dateien (*.xml);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>There is nothing at this path.</source>
        <translation>Unter diesem Pfad gibt es nichts.</translation>
    </message>
    <message>
        <source>Choose the file itself, not its folder.</source>
        <translation>Wählen Sie die Datei selbst, nicht ihren Ordner.</translation>
    </message>
</context>
<context>
    <name>KybLists</name>
    <message>
        <source>%1 entries</source>
        <translation>%1 Einträge</translation>
    </message>
    <message>
        <source>it needs a download token: enter it in Settings → KYB</source>
        <translation>Sie braucht ein Download-Token: Tragen Sie es unter Einstellungen → KYB ein</translation>
    </message>
    <message>
        <source>List</source>
        <translation>Liste</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Veröffentlicht</translation>
    </message>
    <message>
        <source>Entries</source>
        <translation>Einträge</translation>
    </message>
    <message>
        <source>Loaded</source>
        <translation>Geladen</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Alter</translation>
    </message>
    <message>
        <source>Not screened against: switch it on in Settings → KYB.</source>
        <translation>Wird nicht abgeglichen: Schalten Sie sie unter Einstellungen → KYB ein.</translation>
    </message>
    <message numerus="yes">
        <source>Older than %n day(s) or missing: update it.</source>
        <translation>
            <numerusform>Älter als %n Tag oder fehlend: Aktualisieren Sie sie.</numerusform>
            <numerusform>Älter als %n Tage oder fehlend: Aktualisieren Sie sie.</numerusform>
        </translation>
    </message>
    <message>
        <source>Screening runs on this computer against these official lists, so no partner&apos;s name leaves the firm. The lists change several times a week: keep them fresh.</source>
        <translation>Der Abgleich läuft auf diesem Rechner gegen diese offiziellen Listen, kein Partnername verlässt also die Firma. Die Listen ändern sich mehrmals pro Woche: Halten Sie sie aktuell.</translation>
    </message>
    <message>
        <source>Update now</source>
        <translation>Jetzt aktualisieren</translation>
    </message>
    <message>
        <source>Download the lists chosen in Settings → KYB from their official addresses.</source>
        <translation>Die unter Einstellungen → KYB gewählten Listen von ihren offiziellen Adressen herunterladen.</translation>
    </message>
    <message>
        <source>Import file…</source>
        <translation>Datei importieren…</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Anhalten</translation>
    </message>
    <message>
        <source>No sanctions list loaded yet</source>
        <translation>Noch keine Sanktionsliste geladen</translation>
    </message>
    <message>
        <source>Download the official lists (OFAC, EU, UK, UN) now, or import files you downloaded elsewhere. Business partners can be screened as soon as one list is loaded.</source>
        <translation>Laden Sie jetzt die offiziellen Listen (OFAC, EU, UK, UN) herunter oder importieren Sie anderswo geladene Dateien. Geschäftspartner können geprüft werden, sobald eine Liste geladen ist.</translation>
    </message>
    <message>
        <source>Sanctions lists</source>
        <translation>Sanktionslisten</translation>
    </message>
    <message numerus="yes">
        <source>%n list(s) older than a week or not loaded: press Update now, or import the files.</source>
        <translation>
            <numerusform>%n Liste ist älter als eine Woche oder nicht geladen: Klicken Sie auf „Jetzt aktualisieren“ oder importieren Sie die Dateien.</numerusform>
            <numerusform>%n Listen sind älter als eine Woche oder nicht geladen: Klicken Sie auf „Jetzt aktualisieren“ oder importieren Sie die Dateien.</numerusform>
        </translation>
    </message>
    <message>
        <source>Stopping after the current list…</source>
        <translation>Wird nach der aktuellen Liste angehalten…</translation>
    </message>
    <message>
        <source>Downloading %1…</source>
        <translation>%1 wird heruntergeladen…</translation>
    </message>
    <message>
        <source>Starting the download…</source>
        <translation>Download wird gestartet…</translation>
    </message>
    <message>
        <source>Last update:</source>
        <translation>Letzte Aktualisierung:</translation>
    </message>
    <message>
        <source>Stopped. The lists downloaded so far are kept.</source>
        <translation>Angehalten. Die bis dahin geladenen Listen bleiben erhalten.</translation>
    </message>
    <message>
        <source>%1: version %2 with %3 entries imported.</source>
        <translation>%1: Version %2 mit %3 Einträgen importiert.</translation>
    </message>
    <message>
        <source>%1: this version (%2) is loaded already.</source>
        <translation>%1: Diese Version (%2) ist bereits geladen.</translation>
    </message>
    <message>
        <source>The file could not be imported.</source>
        <translation>Die Datei konnte nicht importiert werden.</translation>
    </message>
</context>
<context>
    <name>KybMatch</name>
    <message>
        <source>Names and aliases</source>
        <translation>Namen und Aliasse</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Geburtsdatum</translation>
    </message>
    <message>
        <source>Countries</source>
        <translation>Länder</translation>
    </message>
    <message>
        <source>Identifiers</source>
        <translation>Kennungen</translation>
    </message>
    <message>
        <source>Sanctions programmes</source>
        <translation>Sanktionsprogramme</translation>
    </message>
    <message>
        <source>Addresses</source>
        <translation>Anschriften</translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>und %n weiterer</numerusform>
            <numerusform>und %n weitere</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 auf %2</translation>
    </message>
    <message>
        <source>Name score %1</source>
        <translation>Namenswert %1</translation>
    </message>
    <message>
        <source>alerts from %1</source>
        <translation>Warnung ab %1</translation>
    </message>
    <message>
        <source>Our record</source>
        <translation>Unser Eintrag</translation>
    </message>
    <message>
        <source>Listed entry (id %1)</source>
        <translation>Listeneintrag (ID %1)</translation>
    </message>
    <message>
        <source>This entry is not in the current list version any more.</source>
        <translation>Dieser Eintrag steht nicht mehr in der aktuellen Listenversion.</translation>
    </message>
    <message>
        <source>How the score came about: %1</source>
        <translation>So kam der Wert zustande: %1</translation>
    </message>
    <message>
        <source>Not the same (false positive)…</source>
        <translation>Nicht dieselbe (Fehlalarm)…</translation>
    </message>
    <message>
        <source>Confirm match…</source>
        <translation>Treffer bestätigen…</translation>
    </message>
    <message>
        <source>Undo decision…</source>
        <translation>Entscheidung zurücknehmen…</translation>
    </message>
    <message>
        <source>Someone else, e.g. another date of birth: the match then adds no risk and alerts no more, unless a later list version makes it match more closely.</source>
        <translation>Jemand anderes, z. B. anderes Geburtsdatum: Der Treffer erhöht das Risiko dann nicht mehr und meldet sich nicht wieder, außer eine spätere Listenversion macht ihn ähnlicher.</translation>
    </message>
    <message>
        <source>The match is real: the risk is 100 and the alert stays open for follow-up.</source>
        <translation>Der Treffer ist echt: Das Risiko ist 100, die Warnung bleibt zur Nachverfolgung offen.</translation>
    </message>
    <message>
        <source>Take the decision back: the match counts as found again.</source>
        <translation>Entscheidung zurücknehmen: Der Treffer zählt wieder als gefunden.</translation>
    </message>
    <message>
        <source>It matches more closely now (score %1 then): decide again.</source>
        <translation>Er passt jetzt besser (damals Wert %1): bitte neu entscheiden.</translation>
    </message>
</context>
<context>
    <name>KybModel</name>
    <message>
        <source>Open alerts</source>
        <translation>Offene Warnungen</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>Risiko</translation>
    </message>
    <message>
        <source>Last check</source>
        <translation>Letzte Prüfung</translation>
    </message>
    <message>
        <source>Not checked yet: select it and press Check now.</source>
        <translation>Noch nicht geprüft: Auswählen und „Jetzt prüfen“ klicken.</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Nie</translation>
    </message>
</context>
<context>
    <name>KybPanel</name>
    <message>
        <source>KYB</source>
        <translation>KYB</translation>
    </message>
    <message>
        <source>Know your business partners: sanctions lists, VAT and LEI registers and insolvency notices, checked on a schedule, with an alert when something changes.</source>
        <translation>Kennen Sie Ihre Geschäftspartner: Sanktionslisten, USt- und LEI-Register und Insolvenzbekanntmachungen, regelmäßig geprüft, mit einer Warnung, wenn sich etwas ändert.</translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation>Warnungen</translation>
    </message>
    <message>
        <source>Business partners</source>
        <translation>Geschäftspartner</translation>
    </message>
    <message>
        <source>Sanctions lists</source>
        <translation>Sanktionslisten</translation>
    </message>
    <message>
        <source>KYB alert (%1): %2</source>
        <translation>KYB-Warnung (%1): %2</translation>
    </message>
    <message>
        <source>Resolving closes this alert only: the match still counts in the risk. To dismiss the match itself, open the business partner and choose &apos;Not the same&apos; on it.</source>
        <translation>Erledigen schließt nur diese Warnung: Der Treffer zählt weiter im Risiko. Um den Treffer selbst zu verwerfen, öffnen Sie den Geschäftspartner und wählen dort „Nicht dieselbe“.</translation>
    </message>
    <message>
        <source>Import business partners</source>
        <translation>Geschäftspartner importieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>CSV-Dateien (*.csv *.txt);;Alle Dateien (*)</translation>
    </message>
</context>
<context>
    <name>KybPartners</name>
    <message>
        <source>Search name, VAT id or LEI</source>
        <translation>Name, USt-IdNr. oder LEI suchen</translation>
    </message>
    <message>
        <source>Search business partners</source>
        <translation>Geschäftspartner suchen</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Jeder Status</translation>
    </message>
    <message>
        <source>Any risk</source>
        <translation>Jedes Risiko</translation>
    </message>
    <message>
        <source>Low risk and above</source>
        <translation>Ab niedrigem Risiko</translation>
    </message>
    <message>
        <source>Medium risk and above</source>
        <translation>Ab mittlerem Risiko</translation>
    </message>
    <message>
        <source>High risk and above</source>
        <translation>Ab hohem Risiko</translation>
    </message>
    <message>
        <source>Critical only</source>
        <translation>Nur kritische</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Hinzufügen…</translation>
    </message>
    <message>
        <source>Import CSV…</source>
        <translation>CSV importieren…</translation>
    </message>
    <message>
        <source>Export all reports…</source>
        <translation>Alle Berichte exportieren…</translation>
    </message>
    <message>
        <source>A PDF and a JSON report of every monitored business partner into one folder.</source>
        <translation>Ein PDF- und ein JSON-Bericht für jeden überwachten Geschäftspartner in einen Ordner.</translation>
    </message>
    <message>
        <source>No sanctions list is loaded yet, so nobody can be screened against sanctions.</source>
        <translation>Es ist noch keine Sanktionsliste geladen, daher kann niemand auf Sanktionen geprüft werden.</translation>
    </message>
    <message>
        <source>Load the lists…</source>
        <translation>Listen laden…</translation>
    </message>
    <message>
        <source>No business partners yet</source>
        <translation>Noch keine Geschäftspartner</translation>
    </message>
    <message>
        <source>Add the companies and people you do business with. Each one is screened against the sanctions lists and checked in the VAT, LEI and insolvency registers, and you get an alert when something changes.</source>
        <translation>Fügen Sie die Unternehmen und Personen hinzu, mit denen Sie Geschäfte machen. Jeder wird mit den Sanktionslisten abgeglichen und in den USt-, LEI- und Insolvenzregistern geprüft, und Sie erhalten eine Warnung, wenn sich etwas ändert.</translation>
    </message>
    <message>
        <source>Add a business partner</source>
        <translation>Geschäftspartner hinzufügen</translation>
    </message>
    <message>
        <source>Loading the business partners…</source>
        <translation>Geschäftspartner werden geladen…</translation>
    </message>
    <message>
        <source>Choose a business partner on the left to see its risk, what each source said and its alerts.</source>
        <translation>Wählen Sie links einen Geschäftspartner, um sein Risiko, die Antworten der Quellen und seine Warnungen zu sehen.</translation>
    </message>
    <message>
        <source>Business partners</source>
        <translation>Geschäftspartner</translation>
    </message>
    <message numerus="yes">
        <source>%n business partner(s)</source>
        <translation>
            <numerusform>%n Geschäftspartner</numerusform>
            <numerusform>%n Geschäftspartner</numerusform>
        </translation>
    </message>
    <message>
        <source>Nobody matches the search or filters.</source>
        <translation>Niemand entspricht der Suche oder den Filtern.</translation>
    </message>
</context>
<context>
    <name>KybReason</name>
    <message>
        <source>Different person: other date of birth</source>
        <translation>Andere Person: anderes Geburtsdatum</translation>
    </message>
    <message>
        <source>Different company: other country and register number</source>
        <translation>Anderes Unternehmen: anderes Land und andere Registernummer</translation>
    </message>
    <message>
        <source>Checked with the partner; documents on file</source>
        <translation>Mit dem Partner geklärt; Unterlagen liegen vor</translation>
    </message>
    <message>
        <source>Business relationship ended</source>
        <translation>Geschäftsbeziehung beendet</translation>
    </message>
    <message>
        <source>Confirm match</source>
        <translation>Treffer bestätigen</translation>
    </message>
    <message>
        <source>Why is this the same person or company?</source>
        <translation>Warum ist das dieselbe Person oder Firma?</translation>
    </message>
    <message>
        <source>Confirm</source>
        <translation>Bestätigen</translation>
    </message>
    <message>
        <source>Same date of birth and passport number</source>
        <translation>Gleiches Geburtsdatum und gleiche Passnummer</translation>
    </message>
    <message>
        <source>Same register number and address</source>
        <translation>Gleiche Registernummer und Anschrift</translation>
    </message>
    <message>
        <source>Confirmed with the partner&apos;s documents</source>
        <translation>Mit den Unterlagen des Partners bestätigt</translation>
    </message>
    <message>
        <source>Undo decision</source>
        <translation>Entscheidung zurücknehmen</translation>
    </message>
    <message>
        <source>Why is the decision taken back?</source>
        <translation>Warum wird die Entscheidung zurückgenommen?</translation>
    </message>
    <message>
        <source>Decided too early: needs more checking</source>
        <translation>Zu früh entschieden: muss weiter geprüft werden</translation>
    </message>
    <message>
        <source>Decided for the wrong entry</source>
        <translation>Für den falschen Eintrag entschieden</translation>
    </message>
    <message>
        <source>Not the same (false positive)</source>
        <translation>Nicht dieselbe (Fehlalarm)</translation>
    </message>
    <message>
        <source>Why is this someone else?</source>
        <translation>Warum ist das jemand anderes?</translation>
    </message>
    <message>
        <source>Not the same</source>
        <translation>Nicht dieselbe</translation>
    </message>
    <message>
        <source>Resolve alert</source>
        <translation>Warnung erledigen</translation>
    </message>
    <message>
        <source>Why is this alert resolved?</source>
        <translation>Warum ist diese Warnung erledigt?</translation>
    </message>
    <message>
        <source>The reason is kept with your name and printed in the KYB report, so an auditor can follow the decision.</source>
        <translation>Die Begründung wird mit Ihrem Namen gespeichert und im KYB-Bericht gedruckt, damit Prüfer die Entscheidung nachvollziehen können.</translation>
    </message>
    <message>
        <source>e.g. %1</source>
        <translation>z. B. %1</translation>
    </message>
    <message>
        <source>Use this reason (you can still change it)</source>
        <translation>Diese Begründung verwenden (Sie können sie noch ändern)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Resolve</source>
        <translation>Erledigen</translation>
    </message>
</context>
<context>
    <name>KybReports</name>
    <message>
        <source>Export KYB report</source>
        <translation>KYB-Bericht exportieren</translation>
    </message>
    <message>
        <source>PDF report (*.pdf);;JSON data (*.json)</source>
        <translation>PDF-Bericht (*.pdf);;JSON-Daten (*.json)</translation>
    </message>
    <message>
        <source>Folder for all KYB reports</source>
        <translation>Ordner für alle KYB-Berichte</translation>
    </message>
    <message>
        <source>Exporting reports</source>
        <translation>Berichte werden exportiert</translation>
    </message>
    <message>
        <source>Writing a PDF and a JSON report for every monitored business partner…</source>
        <translation>Für jeden überwachten Geschäftspartner wird ein PDF- und ein JSON-Bericht geschrieben…</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Anhalten</translation>
    </message>
    <message>
        <source>Report saved</source>
        <translation>Bericht gespeichert</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) written to %1.</source>
        <translation>
            <numerusform>%n Datei nach %1 geschrieben.</numerusform>
            <numerusform>%n Dateien nach %1 geschrieben.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export stopped</source>
        <translation>Export angehalten</translation>
    </message>
    <message>
        <source>The export was stopped. The reports written so far are in the folder.</source>
        <translation>Der Export wurde angehalten. Die bis dahin geschriebenen Berichte liegen im Ordner.</translation>
    </message>
</context>
<context>
    <name>KybSettings</name>
    <message>
        <source>Where the sources are</source>
        <translation>Wo die Quellen liegen</translation>
    </message>
    <message>
        <source>The official addresses are preset. Change them only for a local mirror or a proxy. The EU file&apos;s download token is kept with the other keys under Integrations.</source>
        <translation>Die offiziellen Adressen sind voreingestellt. Ändern Sie sie nur für einen lokalen Spiegel oder einen Proxy. Das Download-Token der EU-Datei liegt bei den anderen Schlüsseln unter Integrationen.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Home</source>
        <translation>Startseite</translation>
    </message>
    <message>
        <source>Inbox</source>
        <translation>Posteingang</translation>
    </message>
    <message>
        <source>CRM</source>
        <translation>CRM</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>Kalender</translation>
    </message>
    <message>
        <source>Knowledge</source>
        <translation>Wissen</translation>
    </message>
    <message>
        <source>Invoices</source>
        <translation>Rechnungen</translation>
    </message>
    <message>
        <source>KYB</source>
        <translation>KYB</translation>
    </message>
    <message>
        <source>Audit</source>
        <translation>Protokoll</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>AI Secretary</source>
        <translation>AI Secretary</translation>
    </message>
    <message>
        <source>Change it in Settings → AI.</source>
        <translation>Ändern unter Einstellungen → KI.</translation>
    </message>
</context>
<context>
    <name>Operations</name>
    <message>
        <source>Working…</source>
        <translation>Wird bearbeitet…</translation>
    </message>
    <message>
        <source>Saving settings…</source>
        <translation>Einstellungen werden gespeichert…</translation>
    </message>
    <message>
        <source>Storing a secret…</source>
        <translation>Zugangsdaten werden gespeichert…</translation>
    </message>
    <message>
        <source>Removing a secret…</source>
        <translation>Zugangsdaten werden entfernt…</translation>
    </message>
    <message>
        <source>Testing the connection…</source>
        <translation>Verbindung wird getestet…</translation>
    </message>
    <message>
        <source>Adding documents…</source>
        <translation>Dokumente werden hinzugefügt…</translation>
    </message>
    <message>
        <source>Removing a knowledge source…</source>
        <translation>Wissensquelle wird entfernt…</translation>
    </message>
    <message>
        <source>Queueing a re-index…</source>
        <translation>Neuindizierung wird eingeplant…</translation>
    </message>
    <message>
        <source>Searching the documents…</source>
        <translation>Dokumente werden durchsucht…</translation>
    </message>
    <message>
        <source>Switching the embedding model…</source>
        <translation>Embedding-Modell wird gewechselt…</translation>
    </message>
    <message>
        <source>Adding the channel…</source>
        <translation>Kanal wird hinzugefügt…</translation>
    </message>
    <message>
        <source>Switching the channel off…</source>
        <translation>Kanal wird ausgeschaltet…</translation>
    </message>
    <message>
        <source>Saving the business partner…</source>
        <translation>Geschäftspartner wird gespeichert…</translation>
    </message>
    <message>
        <source>Checking a business partner…</source>
        <translation>Geschäftspartner wird geprüft…</translation>
    </message>
    <message>
        <source>Downloading sanctions lists…</source>
        <translation>Sanktionslisten werden heruntergeladen…</translation>
    </message>
    <message>
        <source>Importing a sanctions list…</source>
        <translation>Sanktionsliste wird importiert…</translation>
    </message>
    <message>
        <source>Importing business partners…</source>
        <translation>Geschäftspartner werden importiert…</translation>
    </message>
    <message>
        <source>Writing the KYB report…</source>
        <translation>KYB-Bericht wird geschrieben…</translation>
    </message>
    <message>
        <source>Writing all KYB reports…</source>
        <translation>Alle KYB-Berichte werden geschrieben…</translation>
    </message>
</context>
<context>
    <name>PlaceholderPanel</name>
    <message>
        <source>Inbox</source>
        <translation>Posteingang</translation>
    </message>
    <message>
        <source>Every conversation from Telegram, Signal and your web site&apos;s chat in one list, with the AI&apos;s answers and a one-click take-over.</source>
        <translation>Alle Unterhaltungen aus Telegram, Signal und dem Chat Ihrer Website in einer Liste, mit den Antworten der KI und Übernahme per Klick.</translation>
    </message>
    <message>
        <source>The three-pane inbox arrives with the Inbox feature.</source>
        <translation>Der dreispaltige Posteingang kommt mit der Funktion Posteingang.</translation>
    </message>
    <message>
        <source>Connect Telegram</source>
        <translation>Telegram verbinden</translation>
    </message>
    <message>
        <source>CRM</source>
        <translation>CRM</translation>
    </message>
    <message>
        <source>Your pipeline as a board: every lead with its stage, value and next task, and each contact&apos;s full history.</source>
        <translation>Ihre Pipeline als Board: jeder Lead mit Phase, Wert und nächster Aufgabe, dazu die ganze Geschichte jedes Kontakts.</translation>
    </message>
    <message>
        <source>The pipeline board arrives with the CRM feature.</source>
        <translation>Das Pipeline-Board kommt mit der CRM-Funktion.</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>Kalender</translation>
    </message>
    <message>
        <source>Meetings booked by customers and by you, with your business hours, holidays and buffers.</source>
        <translation>Termine, die Kunden und Sie gebucht haben, mit Ihren Geschäftszeiten, Feiertagen und Pufferzeiten.</translation>
    </message>
    <message>
        <source>The week view arrives with the Calendar feature.</source>
        <translation>Die Wochenansicht kommt mit der Kalender-Funktion.</translation>
    </message>
    <message>
        <source>Connect Google Calendar</source>
        <translation>Google Kalender verbinden</translation>
    </message>
    <message>
        <source>Invoices</source>
        <translation>Rechnungen</translation>
    </message>
    <message>
        <source>Invoices with live totals and VAT, exported as PDF, XRechnung or ZUGFeRD and sent on the customer&apos;s channel.</source>
        <translation>Rechnungen mit laufend berechneten Summen und Umsatzsteuer, exportiert als PDF, XRechnung oder ZUGFeRD und über den Kanal des Kunden versendet.</translation>
    </message>
    <message>
        <source>The invoice list and editor arrive with the Invoices feature.</source>
        <translation>Rechnungsliste und Editor kommen mit der Rechnungs-Funktion.</translation>
    </message>
    <message>
        <source>Check the firm&apos;s details</source>
        <translation>Firmendaten prüfen</translation>
    </message>
    <message>
        <source>Nothing stored here yet.</source>
        <translation>Hier ist noch nichts gespeichert.</translation>
    </message>
    <message>
        <source>Already in this workspace: %1</source>
        <translation>Bereits in diesem Arbeitsbereich: %1</translation>
    </message>
</context>
<context>
    <name>Playground</name>
    <message>
        <source>English</source>
        <translation>Englisch</translation>
    </message>
    <message>
        <source>German</source>
        <translation>Deutsch</translation>
    </message>
    <message>
        <source>Ukrainian</source>
        <translation>Ukrainisch</translation>
    </message>
    <message>
        <source>Russian</source>
        <translation>Russisch</translation>
    </message>
    <message>
        <source>another language</source>
        <translation>eine andere Sprache</translation>
    </message>
    <message>
        <source>sales</source>
        <translation>Vertrieb</translation>
    </message>
    <message>
        <source>support</source>
        <translation>Kundenservice</translation>
    </message>
    <message>
        <source>billing</source>
        <translation>Rechnungen</translation>
    </message>
    <message>
        <source>appointments and organisation</source>
        <translation>Termine und Organisation</translation>
    </message>
    <message>
        <source>small talk</source>
        <translation>Smalltalk</translation>
    </message>
    <message>
        <source>wants a person</source>
        <translation>möchte einen Menschen sprechen</translation>
    </message>
    <message>
        <source>Abusive</source>
        <translation>Beleidigend</translation>
    </message>
    <message>
        <source>Prompt injection</source>
        <translation>Prompt-Injection</translation>
    </message>
    <message>
        <source>Handed to a person</source>
        <translation>An einen Menschen übergeben</translation>
    </message>
    <message>
        <source>Not backed by your documents</source>
        <translation>Nicht durch Ihre Dokumente belegt</translation>
    </message>
    <message>
        <source>Forbidden topic</source>
        <translation>Verbotenes Thema</translation>
    </message>
    <message>
        <source>Not answered</source>
        <translation>Nicht beantwortet</translation>
    </message>
    <message>
        <source>Personal data masked</source>
        <translation>Personenbezogene Daten maskiert</translation>
    </message>
    <message>
        <source>%1, answered in %2</source>
        <translation>%1, beantwortet auf %2</translation>
    </message>
    <message>
        <source>none (the supervisor answered)</source>
        <translation>keiner (der Supervisor hat geantwortet)</translation>
    </message>
    <message>
        <source>Language: %1 · Topic: %2 · Agent: %3</source>
        <translation>Sprache: %1 · Thema: %2 · Agent: %3</translation>
    </message>
    <message>
        <source>Embedded</source>
        <translation>Eingebaut</translation>
    </message>
    <message>
        <source>OpenAI</source>
        <translation>OpenAI</translation>
    </message>
    <message>
        <source>Local LLM server</source>
        <translation>Lokaler LLM-Server</translation>
    </message>
    <message>
        <source>Embedded (the chosen back-end did not answer)</source>
        <translation>Eingebaut (das gewählte Backend hat nicht geantwortet)</translation>
    </message>
    <message>
        <source>%1 · no tokens used</source>
        <translation>%1 · keine Tokens verbraucht</translation>
    </message>
    <message>
        <source>%1 · %2 tokens (%3 in, %4 out)</source>
        <translation>%1 · %2 Tokens (%3 Eingabe, %4 Ausgabe)</translation>
    </message>
    <message>
        <source>The AI is working on it…</source>
        <translation>Die KI arbeitet daran…</translation>
    </message>
    <message>
        <source>Trying the AI…</source>
        <translation>KI wird ausprobiert…</translation>
    </message>
    <message>
        <source>Done. Nothing was sent or saved.</source>
        <translation>Fertig. Nichts wurde gesendet oder gespeichert.</translation>
    </message>
    <message>
        <source>(no reply: the customer gets no answer from the AI)</source>
        <translation>(keine Antwort: Der Kunde erhält keine Antwort von der KI)</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <source>No concerns</source>
        <translation>Keine Auffälligkeiten</translation>
    </message>
    <message>
        <source>Arguments</source>
        <translation>Argumente</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>AI playground</source>
        <translation>KI-Testumgebung</translation>
    </message>
    <message>
        <source>Write a message as a customer would. The AI handles it with the saved settings. This is a dry run: nothing is sent or saved.</source>
        <translation>Schreiben Sie eine Nachricht wie ein Kunde. Die KI bearbeitet sie mit den gespeicherten Einstellungen. Das ist ein Probelauf: Nichts wird gesendet oder gespeichert.</translation>
    </message>
    <message>
        <source>e.g. Hello, what does a tax return cost? My number is +49 170 1234567.</source>
        <translation>z. B. Hallo, was kostet eine Steuererklärung? Meine Nummer ist +49 170 1234567.</translation>
    </message>
    <message>
        <source>Customer message</source>
        <translation>Nachricht des Kunden</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Senden</translation>
    </message>
    <message>
        <source>Send (Ctrl+Enter)</source>
        <translation>Senden (Strg+Eingabe)</translation>
    </message>
    <message>
        <source>Ctrl+Enter sends.</source>
        <translation>Strg+Eingabe sendet.</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>Antwort</translation>
    </message>
    <message>
        <source>How the AI got there</source>
        <translation>Wie die KI dazu kam</translation>
    </message>
    <message>
        <source>Route</source>
        <translation>Weg</translation>
    </message>
    <message>
        <source>What the AI model saw</source>
        <translation>Was das KI-Modell gesehen hat</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Quellen</translation>
    </message>
    <message>
        <source>Back-end</source>
        <translation>Backend</translation>
    </message>
    <message>
        <source>Tools used</source>
        <translation>Verwendete Werkzeuge</translation>
    </message>
</context>
<context>
    <name>SettingsForm</name>
    <message>
        <source>Embedded (offline, on this computer)</source>
        <translation>Eingebaut (offline, auf diesem Computer)</translation>
    </message>
    <message>
        <source>OpenAI (cloud)</source>
        <translation>OpenAI (Cloud)</translation>
    </message>
    <message>
        <source>In Ukrainian</source>
        <translation>Auf Ukrainisch</translation>
    </message>
    <message>
        <source>In English</source>
        <translation>Auf Englisch</translation>
    </message>
    <message>
        <source>In German</source>
        <translation>Auf Deutsch</translation>
    </message>
    <message>
        <source>In Russian</source>
        <translation>Auf Russisch</translation>
    </message>
    <message>
        <source>Don&apos;t answer: hand it to a person</source>
        <translation>Nicht antworten: an einen Menschen übergeben</translation>
    </message>
    <message>
        <source>Local LLM server (Ollama, llama.cpp, LM Studio, vLLM)</source>
        <translation>Lokaler LLM-Server (Ollama, llama.cpp, LM Studio, vLLM)</translation>
    </message>
    <message>
        <source>Sales</source>
        <translation>Vertrieb</translation>
    </message>
    <message>
        <source>Support</source>
        <translation>Kundenservice</translation>
    </message>
    <message>
        <source>Billing</source>
        <translation>Rechnungen</translation>
    </message>
    <message>
        <source>Appointments and organisation</source>
        <translation>Termine und Organisation</translation>
    </message>
    <message>
        <source>Answer calmly</source>
        <translation>Ruhig antworten</translation>
    </message>
    <message>
        <source>Answer and flag the conversation</source>
        <translation>Antworten und das Gespräch markieren</translation>
    </message>
    <message>
        <source>Hand it to a person</source>
        <translation>An einen Menschen übergeben</translation>
    </message>
    <message>
        <source>Stop answering</source>
        <translation>Nicht mehr antworten</translation>
    </message>
    <message>
        <source>Daily</source>
        <translation>Täglich</translation>
    </message>
    <message>
        <source>Weekly</source>
        <translation>Wöchentlich</translation>
    </message>
    <message>
        <source>OFAC SDN</source>
        <translation>OFAC SDN</translation>
    </message>
    <message>
        <source>OFAC other</source>
        <translation>OFAC weitere</translation>
    </message>
    <message>
        <source>EU</source>
        <translation>EU</translation>
    </message>
    <message>
        <source>UK</source>
        <translation>Großbritannien</translation>
    </message>
    <message>
        <source>UN</source>
        <translation>UN</translation>
    </message>
    <message>
        <source>Compatible server (the address on the AI page)</source>
        <translation>Kompatibler Server (die Adresse auf der Seite KI)</translation>
    </message>
    <message>
        <source>Enter the VAT id with its country prefix, e.g. DE123456789.</source>
        <translation>Geben Sie die USt-IdNr. mit Länderkennung ein, z. B. DE123456789.</translation>
    </message>
    <message>
        <source>Use the two-letter country code in capitals, e.g. DE or UA.</source>
        <translation>Verwenden Sie den zweistelligen Ländercode in Großbuchstaben, z. B. DE oder UA.</translation>
    </message>
    <message>
        <source>Enter an e-mail address like office@example.com.</source>
        <translation>Geben Sie eine E-Mail-Adresse wie office@example.com ein.</translation>
    </message>
    <message>
        <source>Enter an address starting with http:// or https://.</source>
        <translation>Geben Sie eine Adresse ein, die mit http:// oder https:// beginnt.</translation>
    </message>
    <message>
        <source>Write days and times like this: Mon-Fri 09:00-17:00, Sat 10:00-13:00 (days Mon Tue Wed Thu Fri Sat Sun, times 00:00 to 24:00, start before end).</source>
        <translation>Schreiben Sie Tage und Zeiten so: Mon-Fri 09:00-17:00, Sat 10:00-13:00 (Tage englisch abgekürzt: Mon Tue Wed Thu Fri Sat Sun; Zeiten von 00:00 bis 24:00; Beginn vor Ende).</translation>
    </message>
    <message>
        <source>Enter a whole number from %1 to %2.</source>
        <translation>Geben Sie eine ganze Zahl von %1 bis %2 ein.</translation>
    </message>
    <message>
        <source>Enter a number from %1 to %2.</source>
        <translation>Geben Sie eine Zahl von %1 bis %2 ein.</translation>
    </message>
    <message>
        <source>Choose at least one of the offered values.</source>
        <translation>Wählen Sie mindestens einen der angebotenen Werte.</translation>
    </message>
    <message>
        <source>This value is not accepted: %1</source>
        <translation>Dieser Wert wird nicht angenommen: %1</translation>
    </message>
    <message>
        <source>Save changes</source>
        <translation>Änderungen speichern</translation>
    </message>
    <message>
        <source>Nothing was saved: correct the marked fields.</source>
        <translation>Nichts wurde gespeichert: Korrigieren Sie die markierten Felder.</translation>
    </message>
    <message>
        <source>No changes to save.</source>
        <translation>Keine Änderungen zu speichern.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Gespeichert.</translation>
    </message>
</context>
<context>
    <name>SettingsPanel</name>
    <message>
        <source>Firm</source>
        <translation>Firma</translation>
    </message>
    <message>
        <source>Your firm&apos;s name and address appear on invoices and in the AI&apos;s answers.</source>
        <translation>Name und Adresse Ihrer Firma erscheinen auf Rechnungen und in den Antworten der KI.</translation>
    </message>
    <message>
        <source>Workspace</source>
        <translation>Arbeitsbereich</translation>
    </message>
    <message>
        <source>Where this workspace lives and what runs it.</source>
        <translation>Wo dieser Arbeitsbereich liegt und was ihn ausführt.</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>The language of this window. Customers are always answered in their own language.</source>
        <translation>Die Sprache dieses Fensters. Kunden erhalten Antworten immer in ihrer eigenen Sprache.</translation>
    </message>
    <message>
        <source>AI</source>
        <translation>KI</translation>
    </message>
    <message>
        <source>Which model writes the answers, which agents answer, and the rules they follow.</source>
        <translation>Welches Modell die Antworten schreibt, welche Agenten antworten und nach welchen Regeln.</translation>
    </message>
    <message>
        <source>Channels</source>
        <translation>Kanäle</translation>
    </message>
    <message>
        <source>Where customers reach you: Telegram, Signal and the chat on your web site. Add a channel, see whether it runs, or switch it off.</source>
        <translation>Wo Kunden Sie erreichen: Telegram, Signal und der Chat auf Ihrer Website. Fügen Sie einen Kanal hinzu, sehen Sie, ob er läuft, oder schalten Sie ihn aus.</translation>
    </message>
    <message>
        <source>Knowledge</source>
        <translation>Wissen</translation>
    </message>
    <message>
        <source>Which model turns the firm&apos;s documents into a searchable index. Changing it re-indexes every document; search keeps working meanwhile.</source>
        <translation>Welches Modell die Dokumente Ihrer Firma in einen durchsuchbaren Index verwandelt. Ein Wechsel indiziert alle Dokumente neu; die Suche funktioniert währenddessen weiter.</translation>
    </message>
    <message>
        <source>KYB</source>
        <translation>KYB</translation>
    </message>
    <message>
        <source>When a business partner raises an alert, how often partners are checked, which sanctions lists are screened, and where alerts go.</source>
        <translation>Ab wann ein Geschäftspartner eine Warnung auslöst, wie oft Partner geprüft werden, welche Sanktionslisten durchsucht werden und wohin Warnungen gehen.</translation>
    </message>
    <message>
        <source>Integrations</source>
        <translation>Integrationen</translation>
    </message>
    <message>
        <source>Outside services and their keys. Keys are kept in the secret store and never shown again.</source>
        <translation>Externe Dienste und ihre Schlüssel. Schlüssel liegen im Schlüsselspeicher und werden nie wieder angezeigt.</translation>
    </message>
    <message>
        <source>Nobody: background work is stopped</source>
        <translation>Niemand: Hintergrundarbeit ist angehalten</translation>
    </message>
    <message>
        <source>This window (pid %1)</source>
        <translation>Dieses Fenster (PID %1)</translation>
    </message>
    <message>
        <source>secretary %1 (pid %2 on %3)</source>
        <translation>secretary %1 (PID %2 auf %3)</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Ordner</translation>
    </message>
    <message>
        <source>Database schema</source>
        <translation>Datenbankschema</translation>
    </message>
    <message>
        <source>Secret store</source>
        <translation>Schlüsselspeicher</translation>
    </message>
    <message>
        <source>Background work run by</source>
        <translation>Hintergrundarbeit läuft in</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>Ordner öffnen</translation>
    </message>
    <message>
        <source>%1 (up to date)</source>
        <translation>%1 (aktuell)</translation>
    </message>
    <message>
        <source>%1, update to %2 pending</source>
        <translation>%1, Aktualisierung auf %2 ausstehend</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
</context>
<context>
    <name>StatusBar</name>
    <message>
        <source>Background work is not running</source>
        <translation>Hintergrundarbeit läuft nicht</translation>
    </message>
    <message>
        <source>Replies and checks wait until the app or &apos;secretary serve&apos; runs.</source>
        <translation>Antworten und Prüfungen warten, bis die App oder „secretary serve“ läuft.</translation>
    </message>
    <message>
        <source>Background work runs here</source>
        <translation>Hintergrundarbeit läuft hier</translation>
    </message>
    <message>
        <source>This window answers messages and runs checks while it is open.</source>
        <translation>Dieses Fenster beantwortet Nachrichten und führt Prüfungen aus, solange es offen ist.</translation>
    </message>
    <message>
        <source>Background work runs in another program</source>
        <translation>Hintergrundarbeit läuft in einem anderen Programm</translation>
    </message>
    <message>
        <source>Another program holds this workspace.</source>
        <translation>Ein anderes Programm hält diesen Arbeitsbereich.</translation>
    </message>
    <message>
        <source>Background work runs in another AI Secretary window (pid %1)</source>
        <translation>Hintergrundarbeit läuft in einem anderen AI-Secretary-Fenster (PID %1)</translation>
    </message>
    <message>
        <source>Background work runs in secretary %2 (pid %1)</source>
        <translation>Hintergrundarbeit läuft in secretary %2 (PID %1)</translation>
    </message>
    <message>
        <source>Started %1 on %2. This window shows and changes data; the other program does the work.</source>
        <translation>Gestartet %1 auf %2. Dieses Fenster zeigt und ändert Daten; das andere Programm erledigt die Arbeit.</translation>
    </message>
    <message>
        <source>AI: embedded (offline)</source>
        <translation>KI: eingebaut (offline)</translation>
    </message>
    <message>
        <source>AI: OpenAI</source>
        <translation>KI: OpenAI</translation>
    </message>
    <message>
        <source>AI: compatible server</source>
        <translation>KI: kompatibler Server</translation>
    </message>
    <message>
        <source>Secrets: system keyring</source>
        <translation>Schlüssel: System-Schlüsselbund</translation>
    </message>
    <message>
        <source>Secrets: encrypted file</source>
        <translation>Schlüssel: verschlüsselte Datei</translation>
    </message>
    <message numerus="yes">
        <source>%n task(s) running</source>
        <translation>
            <numerusform>%n Aufgabe läuft</numerusform>
            <numerusform>%n Aufgaben laufen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>settings</name>
    <message>
        <source>API key</source>
        <translation>API-Schlüssel</translation>
    </message>
    <message>
        <source>Interface language</source>
        <translation>Sprache der Oberfläche</translation>
    </message>
    <message>
        <source>Workspace id</source>
        <translation>Arbeitsbereich-ID</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Angelegt</translation>
    </message>
    <message>
        <source>Demo workspace</source>
        <translation>Demo-Arbeitsbereich</translation>
    </message>
    <message>
        <source>Firm name</source>
        <translation>Firmenname</translation>
    </message>
    <message>
        <source>Legal form</source>
        <translation>Rechtsform</translation>
    </message>
    <message>
        <source>Street and number</source>
        <translation>Straße und Hausnummer</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation>Postleitzahl</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>Country (ISO code)</source>
        <translation>Land (ISO-Code)</translation>
    </message>
    <message>
        <source>VAT id</source>
        <translation>USt-IdNr.</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Web site</source>
        <translation>Website</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Währung</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Zeitzone</translation>
    </message>
    <message>
        <source>Languages customers write in</source>
        <translation>Sprachen Ihrer Kunden</translation>
    </message>
    <message>
        <source>AI back-end</source>
        <translation>KI-Backend</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <source>Server address (OpenAI-compatible)</source>
        <translation>Serveradresse (OpenAI-kompatibel)</translation>
    </message>
    <message>
        <source>Temperature</source>
        <translation>Temperatur</translation>
    </message>
    <message>
        <source>Time limit per AI request (seconds)</source>
        <translation>Zeitlimit pro KI-Anfrage (Sekunden)</translation>
    </message>
    <message>
        <source>Agents that answer</source>
        <translation>Antwortende Agenten</translation>
    </message>
    <message>
        <source>When a message is abusive</source>
        <translation>Bei beleidigenden Nachrichten</translation>
    </message>
    <message>
        <source>Reply to messages in Russian in</source>
        <translation>Nachrichten auf Russisch beantworten</translation>
    </message>
    <message>
        <source>Reply to other languages in</source>
        <translation>Nachrichten in anderen Sprachen beantworten</translation>
    </message>
    <message>
        <source>Topics the AI must not discuss</source>
        <translation>Themen, über die die KI nicht sprechen darf</translation>
    </message>
    <message>
        <source>Disclaimer added to every AI reply</source>
        <translation>Hinweis unter jeder KI-Antwort</translation>
    </message>
    <message>
        <source>Business hours</source>
        <translation>Geschäftszeiten</translation>
    </message>
    <message>
        <source>Meeting length (minutes)</source>
        <translation>Termindauer (Minuten)</translation>
    </message>
    <message>
        <source>Telegram Bot API address</source>
        <translation>Adresse der Telegram Bot API</translation>
    </message>
    <message>
        <source>Stripe API address</source>
        <translation>Adresse der Stripe API</translation>
    </message>
    <message>
        <source>Embedding model for the knowledge base</source>
        <translation>Embedding-Modell für die Wissensbasis</translation>
    </message>
    <message>
        <source>Embedding model name (OpenAI or compatible server)</source>
        <translation>Name des Embedding-Modells (OpenAI oder kompatibler Server)</translation>
    </message>
    <message>
        <source>Chunk size (characters)</source>
        <translation>Abschnittsgröße (Zeichen)</translation>
    </message>
    <message>
        <source>Chunk overlap (characters)</source>
        <translation>Überlappung der Abschnitte (Zeichen)</translation>
    </message>
    <message>
        <source>Alert when a name matches a listed name at least</source>
        <translation>Warnen, wenn ein Name einem gelisteten Namen mindestens so ähnlich ist</translation>
    </message>
    <message>
        <source>Re-check new counterparties</source>
        <translation>Neue Geschäftspartner erneut prüfen</translation>
    </message>
    <message>
        <source>Download the sanctions lists daily when online</source>
        <translation>Sanktionslisten täglich herunterladen, wenn online</translation>
    </message>
    <message>
        <source>Sanctions lists to screen against</source>
        <translation>Sanktionslisten für den Abgleich</translation>
    </message>
    <message>
        <source>OFAC SDN list address</source>
        <translation>Adresse der OFAC-SDN-Liste</translation>
    </message>
    <message>
        <source>OFAC consolidated list address</source>
        <translation>Adresse der OFAC-Sammelliste</translation>
    </message>
    <message>
        <source>EU financial sanctions file address (the token is kept as a secret)</source>
        <translation>Adresse der EU-Finanzsanktionsdatei (das Token wird als Geheimnis gespeichert)</translation>
    </message>
    <message>
        <source>UK Sanctions List address</source>
        <translation>Adresse der britischen Sanktionsliste</translation>
    </message>
    <message>
        <source>UN Security Council list address</source>
        <translation>Adresse der Liste des UN-Sicherheitsrats</translation>
    </message>
    <message>
        <source>VIES service address</source>
        <translation>Adresse des VIES-Dienstes</translation>
    </message>
    <message>
        <source>Ask VIES for a consultation number with the firm&apos;s VAT id</source>
        <translation>Bei VIES mit der USt-IdNr. der Firma eine Abfragenummer anfordern</translation>
    </message>
    <message>
        <source>GLEIF API address</source>
        <translation>Adresse der GLEIF-API</translation>
    </message>
    <message>
        <source>Search German insolvency notices</source>
        <translation>Deutsche Insolvenzbekanntmachungen durchsuchen</translation>
    </message>
    <message>
        <source>Insolvency notices portal address</source>
        <translation>Adresse des Portals für Insolvenzbekanntmachungen</translation>
    </message>
    <message>
        <source>Also send alerts to this Telegram chat id</source>
        <translation>Warnungen auch an diese Telegram-Chat-ID senden</translation>
    </message>
    <message>
        <source>Local server address</source>
        <translation>Adresse des lokalen Servers</translation>
    </message>
    <message>
        <source>Local server port</source>
        <translation>Port des lokalen Servers</translation>
    </message>
    <message>
        <source>Background workers</source>
        <translation>Hintergrund-Worker</translation>
    </message>
    <message>
        <source>Answer customers in helper processes on multi-core machines</source>
        <translation>Kunden in Hilfsprozessen beantworten (Rechner mit mehreren Kernen)</translation>
    </message>
    <message>
        <source>Telegram</source>
        <translation>Telegram</translation>
    </message>
    <message>
        <source>Bot token</source>
        <translation>Bot-Token</translation>
    </message>
    <message>
        <source>Signal</source>
        <translation>Signal</translation>
    </message>
    <message>
        <source>OpenAI</source>
        <translation>OpenAI</translation>
    </message>
    <message>
        <source>Local LLM server</source>
        <translation>Lokaler LLM-Server</translation>
    </message>
    <message>
        <source>API key (optional)</source>
        <translation>API-Schlüssel (optional)</translation>
    </message>
    <message>
        <source>Stripe</source>
        <translation>Stripe</translation>
    </message>
    <message>
        <source>Secret key</source>
        <translation>Geheimer Schlüssel</translation>
    </message>
    <message>
        <source>Webhook signing secret</source>
        <translation>Webhook-Signaturgeheimnis</translation>
    </message>
    <message>
        <source>EU sanctions file</source>
        <translation>EU-Sanktionsdatei</translation>
    </message>
    <message>
        <source>Download token of the EU financial sanctions file</source>
        <translation>Download-Token der EU-Finanzsanktionsdatei</translation>
    </message>
    <message>
        <source>Google Calendar</source>
        <translation>Google Kalender</translation>
    </message>
    <message>
        <source>OAuth token</source>
        <translation>OAuth-Token</translation>
    </message>
    <message>
        <source>Channel token</source>
        <translation>Kanal-Token</translation>
    </message>
</context>
</TS>
