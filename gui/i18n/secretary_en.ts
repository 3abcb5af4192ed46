<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>Counts</name>
    <message numerus="yes">
        <source>%n conversation(s)</source>
        <translation>
            <numerusform>%n conversation</numerusform>
            <numerusform>%n conversations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n message(s)</source>
        <translation>
            <numerusform>%n message</numerusform>
            <numerusform>%n messages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n channel(s)</source>
        <translation>
            <numerusform>%n channel</numerusform>
            <numerusform>%n channels</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n contact(s)</source>
        <translation>
            <numerusform>%n contact</numerusform>
            <numerusform>%n contacts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n lead(s)</source>
        <translation>
            <numerusform>%n lead</numerusform>
            <numerusform>%n leads</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n task(s)</source>
        <translation>
            <numerusform>%n task</numerusform>
            <numerusform>%n tasks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n booking(s)</source>
        <translation>
            <numerusform>%n booking</numerusform>
            <numerusform>%n bookings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n calendar event(s)</source>
        <translation>
            <numerusform>%n calendar event</numerusform>
            <numerusform>%n calendar events</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n source(s)</source>
        <translation>
            <numerusform>%n source</numerusform>
            <numerusform>%n sources</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n document(s)</source>
        <translation>
            <numerusform>%n document</numerusform>
            <numerusform>%n documents</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n indexed passage(s)</source>
        <translation>
            <numerusform>%n indexed passage</numerusform>
            <numerusform>%n indexed passages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n invoice(s)</source>
        <translation>
            <numerusform>%n invoice</numerusform>
            <numerusform>%n invoices</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n payment(s)</source>
        <translation>
            <numerusform>%n payment</numerusform>
            <numerusform>%n payments</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n business partner(s)</source>
        <translation>
            <numerusform>%n business partner</numerusform>
            <numerusform>%n business partners</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n alert(s)</source>
        <translation>
            <numerusform>%n alert</numerusform>
            <numerusform>%n alerts</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message numerus="yes">
        <source>The service asks us to slow down. Try again in %n second(s).</source>
        <translation>
            <numerusform>The service asks us to slow down. Try again in %n second.</numerusform>
            <numerusform>The service asks us to slow down. Try again in %n seconds.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Inbox</name>
    <message numerus="yes">
        <source>Scroll up for %n earlier message(s)</source>
        <translation>
            <numerusform>Scroll up for %n earlier message</numerusform>
            <numerusform>Scroll up for %n earlier messages</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>KnowledgeDetails</name>
    <message numerus="yes">
        <source>%n document(s)</source>
        <translation>
            <numerusform>%n document</numerusform>
            <numerusform>%n documents</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n passage(s)</source>
        <translation>
            <numerusform>%n passage</numerusform>
            <numerusform>%n passages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n document(s) could not be read:</source>
        <translation>
            <numerusform>%n document could not be read:</numerusform>
            <numerusform>%n documents could not be read:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>KnowledgeModel</name>
    <message numerus="yes">
        <source>Ready, %n problem(s)</source>
        <translation>
            <numerusform>Ready, %n problem</numerusform>
            <numerusform>Ready, %n problems</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>KnowledgePanel</name>
    <message numerus="yes">
        <source>Indexing %n source(s)</source>
        <translation>
            <numerusform>Indexing %n source</numerusform>
            <numerusform>Indexing %n sources</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) could not be added:</source>
        <translation>
            <numerusform>%n item could not be added:</numerusform>
            <numerusform>%n items could not be added:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The AI stops answering from its %n document(s). The original files stay where they are.</source>
        <translation>
            <numerusform>The AI stops answering from its %n document. The original files stay where they are.</numerusform>
            <numerusform>The AI stops answering from its %n documents. The original files stay where they are.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>KnowledgeSearch</name>
    <message numerus="yes">
        <source>%n passage(s) found, best first.</source>
        <translation>
            <numerusform>%n passage found, best first.</numerusform>
            <numerusform>%n passages found, best first.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Kyb</name>
    <message numerus="yes">
        <source>%n day(s) old</source>
        <translation>
            <numerusform>%n day old</numerusform>
            <numerusform>%n days old</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>KybImport</name>
    <message numerus="yes">
        <source>%n row(s) in the file. The columns were matched by their headings; correct what is wrong. Only the name is required.</source>
        <translation>
            <numerusform>%n row in the file. The columns were matched by their headings; correct what is wrong. Only the name is required.</numerusform>
            <numerusform>%n rows in the file. The columns were matched by their headings; correct what is wrong. Only the name is required.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Import %n row(s)</source>
        <translation>
            <numerusform>Import %n row</numerusform>
            <numerusform>Import %n rows</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n business partner(s) added.</source>
        <translation>
            <numerusform>%n business partner added.</numerusform>
            <numerusform>%n business partners added.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) not imported:</source>
        <translation>
            <numerusform>%n row not imported:</numerusform>
            <numerusform>%n rows not imported:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>KybLists</name>
    <message numerus="yes">
        <source>Older than %n day(s) or missing: update it.</source>
        <translation>
            <numerusform>Older than %n day or missing: update it.</numerusform>
            <numerusform>Older than %n days or missing: update it.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n list(s) older than a week or not loaded: press Update now, or import the files.</source>
        <translation>
            <numerusform>%n list older than a week or not loaded: press Update now, or import the files.</numerusform>
            <numerusform>%n lists older than a week or not loaded: press Update now, or import the files.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>KybMatch</name>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>and %n more</numerusform>
            <numerusform>and %n more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>KybPartners</name>
    <message numerus="yes">
        <source>%n business partner(s)</source>
        <translation>
            <numerusform>%n business partner</numerusform>
            <numerusform>%n business partners</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>KybReports</name>
    <message numerus="yes">
        <source>%n file(s) written to %1.</source>
        <translation>
            <numerusform>%n file written to %1.</numerusform>
            <numerusform>%n files written to %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StatusBar</name>
    <message numerus="yes">
        <source>%n task(s) running</source>
        <translation>
            <numerusform>%n task running</numerusform>
            <numerusform>%n tasks running</numerusform>
        </translation>
    </message>
</context>
</TS>
