<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>BoardStyle</name>
    <message>
        <source>Bug</source>
        <translation>Bug</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Aufgabe</translation>
    </message>
    <message>
        <source>Fix</source>
        <translation>Fix</translation>
    </message>
    <message>
        <source>Story</source>
        <translation>Story</translation>
    </message>
    <message>
        <source>P1 · Critical</source>
        <translation>P1 · Kritisch</translation>
    </message>
    <message>
        <source>P2 · High</source>
        <translation>P2 · Hoch</translation>
    </message>
    <message>
        <source>P3 · Medium</source>
        <translation>P3 · Mittel</translation>
    </message>
    <message>
        <source>P4 · Low</source>
        <translation>P4 · Niedrig</translation>
    </message>
</context>
<context>
    <name>JiraSprints</name>
    <message>
        <source>the export has no sprint dates: %1 is taken to run %2 to %3, from its issues&apos; first creation or move into it to their last resolution</source>
        <translation>der Export enthält keine Sprint-Daten: %1 wird als von %2 bis %3 laufend angenommen, von der ersten Erstellung seiner Vorgänge oder ihrer Aufnahme bis zu ihrer letzten Erledigung</translation>
    </message>
    <message>
        <source>the export has no sprint dates: %1 is taken to run %2 to %3, from its issues&apos; first creation or move into it to their last change; it is over, as its unfinished issues went on to a later sprint</source>
        <translation>der Export enthält keine Sprint-Daten: %1 wird als von %2 bis %3 laufend angenommen, von der ersten Erstellung seiner Vorgänge oder ihrer Aufnahme bis zu ihrer letzten Änderung; er ist vorbei, da seine offenen Vorgänge in einen späteren Sprint gingen</translation>
    </message>
    <message>
        <source>the export has no sprint dates: %1 is taken to run %2 to %3, from its issues&apos; first creation or move into it, for two weeks or to their last change</source>
        <translation>der Export enthält keine Sprint-Daten: %1 wird als von %2 bis %3 laufend angenommen, ab der ersten Erstellung seiner Vorgänge oder ihrer Aufnahme, zwei Wochen lang oder bis zu ihrer letzten Änderung</translation>
    </message>
    <message>
        <source>the export has no sprint dates: %1 is taken to run %2 to %3, from its issues&apos; first creation or move into it; it has work in progress too, but %4 is taken as the active sprint</source>
        <translation>der Export enthält keine Sprint-Daten: %1 wird als von %2 bis %3 laufend angenommen, ab der ersten Erstellung seiner Vorgänge oder ihrer Aufnahme; er hat auch laufende Arbeit, aber %4 gilt als aktiver Sprint</translation>
    </message>
    <message>
        <source>the export has no sprint dates: %1 has not started; it is taken to run %2 to %3, the two weeks from its issues&apos; creation</source>
        <translation>der Export enthält keine Sprint-Daten: %1 hat nicht begonnen; er wird als von %2 bis %3 laufend angenommen, die zwei Wochen ab der Erstellung seiner Vorgänge</translation>
    </message>
    <message>
        <source>the export has no sprint dates: %1 has not started; it is taken to run %2 to %3, the two weeks after %4</source>
        <translation>der Export enthält keine Sprint-Daten: %1 hat nicht begonnen; er wird als von %2 bis %3 laufend angenommen, die zwei Wochen nach %4</translation>
    </message>
    <message>
        <source>the export has no sprint dates and its issues no dates: %1 is taken to run %2 to %3, by the day of the import</source>
        <translation>der Export enthält keine Sprint-Daten und seine Vorgänge keine Daten: %1 wird als von %2 bis %3 laufend angenommen, nach dem Tag des Imports</translation>
    </message>
    <message>
        <source>the export has no sprint dates: %1 is taken to run %2 to %3, two weeks from its issues&apos; first activity in it; their activity, spread over more than a month, is not one sprint&apos;s</source>
        <translation>der Export enthält keine Sprintdaten: %1 läuft angenommen vom %2 bis %3, zwei Wochen ab der ersten Aktivität seiner Vorgänge darin; ihre über mehr als einen Monat verteilte Aktivität ist nicht die eines Sprints</translation>
    </message>
    <message>
        <source>the export has no sprint dates: %1 is taken to run %2 to %3, two weeks from its issues&apos; first activity in it; their changes more than a month later are not taken as its end</source>
        <translation>der Export enthält keine Sprintdaten: %1 läuft angenommen vom %2 bis %3, zwei Wochen ab der ersten Aktivität seiner Vorgänge darin; ihre Änderungen mehr als einen Monat später gelten nicht als sein Ende</translation>
    </message>
    <message>
        <source>%1 (%2 to %3) has work in progress, but it ended before %4, the active sprint, began, so it is taken as closed</source>
        <translation>%1 (%2 bis %3) hat laufende Arbeit, endete aber vor dem Beginn von %4, dem aktiven Sprint; er gilt daher als abgeschlossen</translation>
    </message>
    <message>
        <source>the export has no sprint dates: %1 is taken to run %2 to %3, from its issues&apos; first creation or move into it; it has work in progress, but it ended before %4, the active sprint, began, so it is taken as closed</source>
        <translation>der Export enthält keine Sprintdaten: %1 läuft angenommen vom %2 bis %3, ab der ersten Erstellung oder Verschiebung seiner Vorgänge; er hat laufende Arbeit, endete aber vor dem Beginn von %4, dem aktiven Sprint, und gilt daher als abgeschlossen</translation>
    </message>
    <message>
        <source>%1 (%2 to %3) has work in progress too, but %4 is taken as the active sprint</source>
        <translation>%1 (%2 bis %3) hat ebenfalls laufende Arbeit, aber %4 gilt als aktiver Sprint</translation>
    </message>
</context>
<context>
    <name>MarkdownSprints</name>
    <message>
        <source>%1 is listed in %2 and again in %3; it is carried over to %3</source>
        <translation>%1 steht in %2 und noch einmal in %3; sie wird in %3 übernommen</translation>
    </message>
    <message>
        <source>the document does not say whether these sprints ended, though their dates are past; they stay planned until they are closed: %1</source>
        <translation>das Dokument sagt nicht, ob diese Sprints beendet sind, obwohl ihre Daten vorbei sind; sie bleiben geplant, bis sie abgeschlossen werden: %1</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>--format takes table, csv or json</source>
        <translation>--format erwartet table, csv oder json</translation>
    </message>
    <message>
        <source>Restored %1 from %2; the previous state is saved as %3</source>
        <translation>%1 aus %2 wiederhergestellt; der vorherige Stand ist als %3 gesichert</translation>
    </message>
    <message>
        <source>usage: sprintdeck backup create|list|restore BACKUP</source>
        <translation>Aufruf: sprintdeck backup create|list|restore BACKUP</translation>
    </message>
    <message>
        <source>--title must not be empty</source>
        <translation>--title darf nicht leer sein</translation>
    </message>
    <message>
        <source>--points takes a number of 0 or more, not “%1”</source>
        <translation>--points erwartet eine Zahl ab 0, nicht „%1“</translation>
    </message>
    <message>
        <source>--priority takes P1, P2, P3 or P4, not “%1”</source>
        <translation>--priority erwartet P1, P2, P3 oder P4, nicht „%1“</translation>
    </message>
    <message>
        <source>--type takes story, bug, task or fix, not “%1”</source>
        <translation>--type erwartet story, bug, task oder fix, nicht „%1“</translation>
    </message>
    <message>
        <source>--blocked and --unblocked exclude each other</source>
        <translation>--blocked und --unblocked schließen einander aus</translation>
    </message>
    <message>
        <source>--sprint and --backlog exclude each other</source>
        <translation>--sprint und --backlog schließen einander aus</translation>
    </message>
    <message>
        <source>no sprint called “%1”</source>
        <translation>kein Sprint namens „%1“</translation>
    </message>
    <message>
        <source>no column called “%1”</source>
        <translation>keine Spalte namens „%1“</translation>
    </message>
    <message>
        <source>card add needs --title</source>
        <translation>card add braucht --title</translation>
    </message>
    <message>
        <source>unexpected argument “%1”</source>
        <translation>unerwartetes Argument „%1“</translation>
    </message>
    <message>
        <source>a card with the key %1 exists already</source>
        <translation>eine Karte mit dem Schlüssel %1 gibt es bereits</translation>
    </message>
    <message>
        <source>no card with the key %1</source>
        <translation>keine Karte mit dem Schlüssel %1</translation>
    </message>
    <message>
        <source>usage: sprintdeck card move KEY --to COLUMN</source>
        <translation>Aufruf: sprintdeck card move KEY --to COLUMN</translation>
    </message>
    <message>
        <source>%1 is in the backlog; add it to a sprint first (card edit %1 --sprint NAME)</source>
        <translation>%1 liegt im Backlog; zuerst einem Sprint hinzufügen (card edit %1 --sprint NAME)</translation>
    </message>
    <message>
        <source>usage: sprintdeck card edit KEY [options]</source>
        <translation>Aufruf: sprintdeck card edit KEY [Optionen]</translation>
    </message>
    <message>
        <source>usage: sprintdeck card show KEY</source>
        <translation>Aufruf: sprintdeck card show KEY</translation>
    </message>
    <message>
        <source>usage: sprintdeck card delete KEY...</source>
        <translation>Aufruf: sprintdeck card delete KEY...</translation>
    </message>
    <message>
        <source>unknown card command “%1”</source>
        <translation>unbekannter card-Befehl „%1“</translation>
    </message>
    <message>
        <source>points</source>
        <translation>Punkte</translation>
    </message>
    <message>
        <source>cards</source>
        <translation>Karten</translation>
    </message>
    <message>
        <source>committed %1 %2</source>
        <translation>zugesagt %1 %2</translation>
    </message>
    <message>
        <source>remaining %1</source>
        <translation>verbleibend %1</translation>
    </message>
    <message>
        <source>forecast %1</source>
        <translation>Prognose %1</translation>
    </message>
    <message>
        <source>closed %1</source>
        <translation>abgeschlossen %1</translation>
    </message>
    <message>
        <source>Burndown: %1</source>
        <translation>Burndown: %1</translation>
    </message>
    <message>
        <source>Burnup: %1</source>
        <translation>Burnup: %1</translation>
    </message>
    <message>
        <source>--last takes a number of 1 or more, not “%1”</source>
        <translation>--last erwartet eine Zahl ab 1, nicht „%1“</translation>
    </message>
    <message>
        <source>Average</source>
        <translation>Durchschnitt</translation>
    </message>
    <message>
        <source>Velocity</source>
        <translation>Velocity</translation>
    </message>
    <message>
        <source>the last closed sprint</source>
        <translation>der letzte abgeschlossene Sprint</translation>
    </message>
    <message>
        <source>last %1 closed sprints</source>
        <translation>die letzten %1 abgeschlossenen Sprints</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Summe</translation>
    </message>
    <message>
        <source>Sprint Progress: %1</source>
        <translation>Sprint-Fortschritt: %1</translation>
    </message>
    <message>
        <source>**Overall Progress**: %1% (%2/%3 %4)</source>
        <translation>**Gesamtfortschritt**: %1 % (%2/%3 %4)</translation>
    </message>
    <message>
        <source>Cumulative flow: %1</source>
        <translation>Kumulatives Flussdiagramm: %1</translation>
    </message>
    <message>
        <source>Status to column:</source>
        <translation>Status zu Spalte:</translation>
    </message>
    <message>
        <source> (--map)</source>
        <translation> (--map)</translation>
    </message>
    <message>
        <source>Warnings:</source>
        <translation>Warnungen:</translation>
    </message>
    <message>
        <source>%1 is a backup and %2 is not empty; restore it into a new database: sprintdeck restore %1 --db NEW</source>
        <translation>%1 ist eine Sicherung und %2 ist nicht leer; in eine neue Datenbank wiederherstellen: sprintdeck restore %1 --db NEU</translation>
    </message>
    <message>
        <source>%1 is a backup; it would be restored into %2</source>
        <translation>%1 ist eine Sicherung; sie würde in %2 wiederhergestellt</translation>
    </message>
    <message>
        <source>Restored %1 into %2: %3 cards</source>
        <translation>%1 in %2 wiederhergestellt: %3 Karten</translation>
    </message>
    <message>
        <source>import needs at least one file</source>
        <translation>import braucht mindestens eine Datei</translation>
    </message>
    <message>
        <source>--map takes STATUS=COLUMN, not “%1”</source>
        <translation>--map erwartet STATUS=SPALTE, nicht „%1“</translation>
    </message>
    <message>
        <source>a backup (%1) is restored on its own, not with other files</source>
        <translation>eine Sicherung (%1) wird für sich allein wiederhergestellt, nicht mit anderen Dateien</translation>
    </message>
    <message>
        <source>Nothing to change.</source>
        <translation>Nichts zu ändern.</translation>
    </message>
    <message>
        <source>nothing was imported: %1</source>
        <translation>nichts wurde importiert: %1</translation>
    </message>
    <message>
        <source>Imported into %1.</source>
        <translation>In %1 importiert.</translation>
    </message>
    <message>
        <source>export needs -o FILE</source>
        <translation>export braucht -o DATEI</translation>
    </message>
    <message>
        <source>--format takes json, csv or md</source>
        <translation>--format erwartet json, csv oder md</translation>
    </message>
    <message>
        <source>a json backup holds the whole board; --sprint is for csv and md</source>
        <translation>eine JSON-Sicherung enthält das ganze Board; --sprint gilt für csv und md</translation>
    </message>
    <message>
        <source>cannot write to standard output</source>
        <translation>kann nicht auf die Standardausgabe schreiben</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>kann %1 nicht schreiben: %2</translation>
    </message>
    <message>
        <source>usage: sprintdeck restore BACKUP.json --db NEW</source>
        <translation>Aufruf: sprintdeck restore BACKUP.json --db NEU</translation>
    </message>
    <message>
        <source>Restored %1 into %2</source>
        <translation>%1 in %2 wiederhergestellt</translation>
    </message>
    <message>
        <source>the board has no sprint; create one with &apos;sprintdeck sprint create&apos;</source>
        <translation>das Board hat keinen Sprint; mit „sprintdeck sprint create“ einen anlegen</translation>
    </message>
    <message>
        <source>unknown report “%1” (%2)</source>
        <translation>unbekannter Bericht „%1“ (%2)</translation>
    </message>
    <message>
        <source>--format takes %1, not “%2”</source>
        <translation>--format erwartet %1, nicht „%2“</translation>
    </message>
    <message>
        <source>--unit takes points or cards, not “%1”</source>
        <translation>--unit erwartet points oder cards, nicht „%1“</translation>
    </message>
    <message>
        <source>--date takes a date as YYYY-MM-DD, not “%1”</source>
        <translation>--date erwartet ein Datum als JJJJ-MM-TT, nicht „%1“</translation>
    </message>
    <message>
        <source>-o FILE.pptx or -o FILE.pdf is required</source>
        <translation>-o DATEI.pptx oder -o DATEI.pdf ist erforderlich</translation>
    </message>
    <message>
        <source>-o takes a file ending in .pptx or .pdf, not “%1”</source>
        <translation>-o erwartet eine Datei mit der Endung .pptx oder .pdf, nicht „%1“</translation>
    </message>
    <message>
        <source>--sections needs at least one section</source>
        <translation>--sections braucht mindestens einen Abschnitt</translation>
    </message>
    <message>
        <source>--theme takes light or dark, not “%1”</source>
        <translation>--theme erwartet light oder dark, nicht „%1“</translation>
    </message>
    <message>
        <source>--accent takes a colour as #RRGGBB, not “%1”</source>
        <translation>--accent erwartet eine Farbe als #RRGGBB, nicht „%1“</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n slide(s) of %1 to %2</source>
        <translation>
            <numerusform>%n Folie von %1 nach %2 geschrieben</numerusform>
            <numerusform>%n Folien von %1 nach %2 geschrieben</numerusform>
        </translation>
    </message>
    <message>
        <source>give at least one of --from, --went-well, --challenges, --learnings, --improvements, --next-sprint</source>
        <translation>mindestens eine der Optionen --from, --went-well, --challenges, --learnings, --improvements, --next-sprint angeben</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>kann %1 nicht lesen: %2</translation>
    </message>
    <message>
        <source>%1 has no retrospective headings (What Went Well, Challenges, Key Learnings, Improvements, Next Steps)</source>
        <translation>%1 hat keine Retrospektive-Überschriften (What Went Well, Challenges, Key Learnings, Improvements, Next Steps)</translation>
    </message>
    <message>
        <source>--format takes table, json or md</source>
        <translation>--format erwartet table, json oder md</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>unknown review command “%1”</source>
        <translation>unbekannter review-Befehl „%1“</translation>
    </message>
    <message>
        <source>sprint create needs --name</source>
        <translation>sprint create braucht --name</translation>
    </message>
    <message>
        <source>--start takes a date as YYYY-MM-DD, not “%1”</source>
        <translation>--start erwartet ein Datum als JJJJ-MM-TT, nicht „%1“</translation>
    </message>
    <message>
        <source>--end takes a date as YYYY-MM-DD, not “%1”</source>
        <translation>--end erwartet ein Datum als JJJJ-MM-TT, nicht „%1“</translation>
    </message>
    <message>
        <source>--end (%1) is before --start (%2)</source>
        <translation>--end (%1) liegt vor --start (%2)</translation>
    </message>
    <message>
        <source>--capacity takes a number of 0 or more, not “%1”</source>
        <translation>--capacity erwartet eine Zahl ab 0, nicht „%1“</translation>
    </message>
    <message>
        <source>--holiday takes a date as YYYY-MM-DD, not “%1”</source>
        <translation>--holiday erwartet ein Datum als JJJJ-MM-TT, nicht „%1“</translation>
    </message>
    <message>
        <source>--holiday %1 is outside the sprint (%2 to %3)</source>
        <translation>--holiday %1 liegt außerhalb des Sprints (%2 bis %3)</translation>
    </message>
    <message>
        <source>--holiday %1 is a weekend day, which is not worked anyway</source>
        <translation>--holiday %1 ist ein Wochenendtag und ohnehin arbeitsfrei</translation>
    </message>
    <message>
        <source>--workday takes a date as YYYY-MM-DD, not “%1”</source>
        <translation>--workday erwartet ein Datum als JJJJ-MM-TT, nicht „%1“</translation>
    </message>
    <message>
        <source>--workday %1 is outside the sprint (%2 to %3)</source>
        <translation>--workday %1 liegt außerhalb des Sprints (%2 bis %3)</translation>
    </message>
    <message>
        <source>--workday %1 is a weekday, which is worked anyway</source>
        <translation>--workday %1 ist ein Wochentag und ohnehin ein Arbeitstag</translation>
    </message>
    <message>
        <source>there is already a sprint called “%1”</source>
        <translation>es gibt bereits einen Sprint namens „%1“</translation>
    </message>
    <message>
        <source>Created %1: %2 to %3, %4</source>
        <translation>%1 angelegt: %2 bis %3, %4</translation>
    </message>
    <message>
        <source>usage: sprintdeck sprint start NAME</source>
        <translation>Aufruf: sprintdeck sprint start NAME</translation>
    </message>
    <message>
        <source>Started %1: committed %2 points in %3 cards</source>
        <translation>%1 gestartet: %2 Punkte in %3 Karten zugesagt</translation>
    </message>
    <message>
        <source>usage: sprintdeck sprint close NAME [--carry-over NEXT_SPRINT | --to-backlog]</source>
        <translation>Aufruf: sprintdeck sprint close NAME [--carry-over NÄCHSTER_SPRINT | --to-backlog]</translation>
    </message>
    <message>
        <source>--carry-over and --to-backlog exclude each other</source>
        <translation>--carry-over und --to-backlog schließen einander aus</translation>
    </message>
    <message>
        <source>%1 has %2; choose --carry-over NEXT_SPRINT or --to-backlog</source>
        <translation>%1 hat %2; --carry-over NÄCHSTER_SPRINT oder --to-backlog wählen</translation>
    </message>
    <message>
        <source>Closed %1: completed %2 of %3 committed points</source>
        <translation>%1 abgeschlossen: %2 von %3 zugesagten Punkten erledigt</translation>
    </message>
    <message>
        <source>%1 carried over to %2</source>
        <translation>%1 in %2 übernommen</translation>
    </message>
    <message>
        <source>%1 moved to the backlog</source>
        <translation>%1 ins Backlog verschoben</translation>
    </message>
    <message>
        <source>usage: sprintdeck sprint plan NAME KEY...</source>
        <translation>Aufruf: sprintdeck sprint plan NAME KEY...</translation>
    </message>
    <message>
        <source>unknown sprint command “%1”</source>
        <translation>unbekannter sprint-Befehl „%1“</translation>
    </message>
    <message>
        <source>Daily Standup: %1</source>
        <translation>Daily Standup: %1</translation>
    </message>
    <message>
        <source>Daily Status: %1</source>
        <translation>Tagesstatus: %1</translation>
    </message>
    <message>
        <source>cannot read the API key from standard input</source>
        <translation>kann den API-Schlüssel nicht von der Standardeingabe lesen</translation>
    </message>
    <message>
        <source>--api-key-stdin: standard input held no key</source>
        <translation>--api-key-stdin: die Standardeingabe enthielt keinen Schlüssel</translation>
    </message>
    <message>
        <source>usage: sprintdeck remote add NAME --url URL --project ID [--api-key-stdin]</source>
        <translation>Aufruf: sprintdeck remote add NAME --url URL --project ID [--api-key-stdin]</translation>
    </message>
    <message>
        <source>--type: only redmine is supported</source>
        <translation>--type: nur redmine wird unterstützt</translation>
    </message>
    <message>
        <source>--points-field takes story-points or estimated-hours</source>
        <translation>--points-field erwartet story-points oder estimated-hours</translation>
    </message>
    <message>
        <source> (--allow-insecure-http)</source>
        <translation> (--allow-insecure-http)</translation>
    </message>
    <message>
        <source>the name, --project and --key-prefix must not be empty</source>
        <translation>der Name, --project und --key-prefix dürfen nicht leer sein</translation>
    </message>
    <message>
        <source>; give it again with sync --api-key-stdin</source>
        <translation>; erneut mit sync --api-key-stdin angeben</translation>
    </message>
    <message>
        <source>Added remote %1 (%2, project %3)</source>
        <translation>Remote %1 hinzugefügt (%2, Projekt %3)</translation>
    </message>
    <message>
        <source>usage: sprintdeck remote remove NAME</source>
        <translation>Aufruf: sprintdeck remote remove NAME</translation>
    </message>
    <message>
        <source>the remote is removed, but its key may remain in the keychain: %1</source>
        <translation>das Remote ist entfernt, aber sein Schlüssel kann noch im Schlüsselbund liegen: %1</translation>
    </message>
    <message>
        <source>usage: sprintdeck remote map NAME [STATUS=COLUMN...]</source>
        <translation>Aufruf: sprintdeck remote map NAME [STATUS=SPALTE...]</translation>
    </message>
    <message>
        <source>“%1” is not STATUS=COLUMN</source>
        <translation>„%1“ ist nicht STATUS=SPALTE</translation>
    </message>
    <message>
        <source>remote %1 has no status “%2” (statuses are known after the first sync)</source>
        <translation>Remote %1 hat keinen Status „%2“ (die Status sind nach der ersten Synchronisierung bekannt)</translation>
    </message>
    <message>
        <source>(whole card)</source>
        <translation>(ganze Karte)</translation>
    </message>
    <message>
        <source>edited here</source>
        <translation>hier bearbeitet</translation>
    </message>
    <message>
        <source>deleted on the server</source>
        <translation>auf dem Server gelöscht</translation>
    </message>
    <message>
        <source>unknown remote command “%1”</source>
        <translation>unbekannter remote-Befehl „%1“</translation>
    </message>
    <message>
        <source>--resolve KEY and --keep local|remote go together</source>
        <translation>--resolve KEY und --keep local|remote gehören zusammen</translation>
    </message>
    <message>
        <source>--keep takes local or remote</source>
        <translation>--keep erwartet local oder remote</translation>
    </message>
    <message>
        <source>%1: kept the %2 version</source>
        <translation>%1: Fassung „%2“ behalten</translation>
    </message>
    <message>
        <source>local</source>
        <translation>lokal</translation>
    </message>
    <message>
        <source>server&apos;s</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>no remote to sync with; add one with: sprintdeck remote add NAME --url URL --project ID --api-key-stdin</source>
        <translation>kein Remote zum Synchronisieren; eines hinzufügen mit: sprintdeck remote add NAME --url URL --project ID --api-key-stdin</translation>
    </message>
    <message>
        <source>--api-key-stdin needs --remote NAME when there are several remotes</source>
        <translation>--api-key-stdin braucht --remote NAME, wenn es mehrere Remotes gibt</translation>
    </message>
    <message>
        <source>sync with %1: %2; give the key with --api-key-stdin</source>
        <translation>Synchronisierung mit %1: %2; den Schlüssel mit --api-key-stdin angeben</translation>
    </message>
    <message>
        <source>refused by %1: %2</source>
        <translation>abgelehnt von %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n conflicts wait: see them with sync --conflicts, settle each with sync --resolve KEY --keep local|remote</source>
        <translation>
            <numerusform>%n Konflikt wartet: mit sync --conflicts anzeigen, jeden mit sync --resolve KEY --keep local|remote lösen</numerusform>
            <numerusform>%n Konflikte warten: mit sync --conflicts anzeigen, jeden mit sync --resolve KEY --keep local|remote lösen</numerusform>
        </translation>
    </message>
    <message>
        <source>The stored sprint report has an unknown format (version %1)</source>
        <translation>Der gespeicherte Sprint-Bericht hat ein unbekanntes Format (Version %1)</translation>
    </message>
    <message>
        <source>The stored sprint report has no valid dates</source>
        <translation>Der gespeicherte Sprint-Bericht hat keine gültigen Daten</translation>
    </message>
    <message>
        <source>The stored sprint report has a day without a valid date</source>
        <translation>Der gespeicherte Sprint-Bericht hat einen Tag ohne gültiges Datum</translation>
    </message>
    <message>
        <source>Card %1 is no longer on the board</source>
        <translation>Karte %1 ist nicht mehr auf dem Board</translation>
    </message>
    <message>
        <source>The demo fills only an empty board; %1 has cards already</source>
        <translation>Die Demo füllt nur ein leeres Board; %1 enthält bereits Karten</translation>
    </message>
    <message>
        <source>The stored report of sprint %1 is damaged: %2</source>
        <translation>Der gespeicherte Bericht von Sprint %1 ist beschädigt: %2</translation>
    </message>
    <message>
        <source>Sprint %1: %2</source>
        <translation>Sprint %1: %2</translation>
    </message>
    <message>
        <source>No sprint with id %1</source>
        <translation>Kein Sprint mit der ID %1</translation>
    </message>
    <message>
        <source>%1, line %2: %3</source>
        <translation>%1, Zeile %2: %3</translation>
    </message>
    <message>
        <source>cannot read: %1</source>
        <translation>kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>binary data (a NUL byte); this is not a text file</source>
        <translation>Binärdaten (ein NUL-Byte); dies ist keine Textdatei</translation>
    </message>
    <message>
        <source>more than %1 fields in one record</source>
        <translation>mehr als %1 Felder in einem Datensatz</translation>
    </message>
    <message>
        <source>a quoted field starts here and is never closed (unbalanced quote)</source>
        <translation>hier beginnt ein Feld in Anführungszeichen, das nie geschlossen wird (unpaariges Anführungszeichen)</translation>
    </message>
    <message>
        <source>a field longer than %1 starts here</source>
        <translation>hier beginnt ein Feld, das länger als %1 ist</translation>
    </message>
    <message>
        <source>a quoted field longer than %1 starts here; is a closing quote missing?</source>
        <translation>hier beginnt ein Feld in Anführungszeichen, das länger als %1 ist; fehlt ein schließendes Anführungszeichen?</translation>
    </message>
    <message>
        <source>a character follows the closing quote of a field (a quote inside a quoted field must be doubled)</source>
        <translation>auf das schließende Anführungszeichen eines Felds folgt ein Zeichen (ein Anführungszeichen in einem Feld in Anführungszeichen muss verdoppelt werden)</translation>
    </message>
    <message>
        <source>%1 does not exist</source>
        <translation>%1 existiert nicht</translation>
    </message>
    <message>
        <source>%1 is a backup; restore it into a new database instead of importing it</source>
        <translation>%1 ist eine Sicherung; in eine neue Datenbank wiederherstellen statt importieren</translation>
    </message>
    <message>
        <source>%1 is neither a markdown document, an issue CSV nor a backup</source>
        <translation>%1 ist weder ein Markdown-Dokument noch eine Vorgangs-CSV noch eine Sicherung</translation>
    </message>
    <message>
        <source>Sprint documents and exports (*.md *.markdown *.txt *.csv *.json);;Markdown (*.md *.markdown *.txt);;Jira CSV (*.csv);;SprintDeck backup (*.json);;All files (*)</source>
        <translation>Sprint-Dokumente und Exporte (*.md *.markdown *.txt *.csv *.json);;Markdown (*.md *.markdown *.txt);;Jira-CSV (*.csv);;SprintDeck-Sicherung (*.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>Zeile %1: %2</translation>
    </message>
    <message>
        <source>backlog</source>
        <translation>Backlog</translation>
    </message>
    <message>
        <source>%1 pts</source>
        <translation>%1 Pkt.</translation>
    </message>
    <message>
        <source>1 checklist item</source>
        <translation>1 Checklistenpunkt</translation>
    </message>
    <message>
        <source>%1 checklist items</source>
        <translation>%1 Checklistenpunkte</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>1 card to create</source>
        <translation>1 Karte anzulegen</translation>
    </message>
    <message>
        <source>%1 cards to create</source>
        <translation>%1 Karten anzulegen</translation>
    </message>
    <message>
        <source>%1 to update</source>
        <translation>%1 zu aktualisieren</translation>
    </message>
    <message>
        <source>%1 unchanged or skipped</source>
        <translation>%1 unverändert oder übersprungen</translation>
    </message>
    <message>
        <source>; sprints to create: %1</source>
        <translation>; anzulegende Sprints: %1</translation>
    </message>
    <message>
        <source>; sprints to update: %1</source>
        <translation>; zu aktualisierende Sprints: %1</translation>
    </message>
    <message>
        <source>; 1 member to add</source>
        <translation>; 1 Mitglied hinzuzufügen</translation>
    </message>
    <message>
        <source>; %1 members to add</source>
        <translation>; %1 Mitglieder hinzuzufügen</translation>
    </message>
    <message>
        <source>; 1 warning</source>
        <translation>; 1 Warnung</translation>
    </message>
    <message>
        <source>; %1 warnings</source>
        <translation>; %1 Warnungen</translation>
    </message>
    <message>
        <source>Import %1</source>
        <translation>%1 importieren</translation>
    </message>
    <message numerus="yes">
        <source>Import %n files</source>
        <translation>
            <numerusform>%n Datei importieren</numerusform>
            <numerusform>%n Dateien importieren</numerusform>
        </translation>
    </message>
    <message>
        <source>There is no column “%1” for the status “%2”; the columns are %3</source>
        <translation>Es gibt keine Spalte „%1“ für den Status „%2“; die Spalten sind %3</translation>
    </message>
    <message>
        <source>the status “%1” matches no column; its cards go to %2 (map it to another column)</source>
        <translation>der Status „%1“ passt zu keiner Spalte; seine Karten kommen nach %2 (einer anderen Spalte zuordnen)</translation>
    </message>
    <message>
        <source>%1 ended before %2 started; it is imported as closed</source>
        <translation>%1 endete, bevor %2 begann; er wird als abgeschlossen importiert</translation>
    </message>
    <message>
        <source>%1 is the active sprint; %2 is imported as planned</source>
        <translation>%1 ist der aktive Sprint; %2 wird als geplant importiert</translation>
    </message>
    <message>
        <source>no title</source>
        <translation>kein Titel</translation>
    </message>
    <message>
        <source>listed twice; the first entry is imported</source>
        <translation>doppelt aufgeführt; der erste Eintrag wird importiert</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>unverändert</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>sprint %1 → %2</source>
        <translation>Sprint %1 → %2</translation>
    </message>
    <message>
        <source>points %1 → %2</source>
        <translation>Punkte %1 → %2</translation>
    </message>
    <message>
        <source>title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>checklist</source>
        <translation>Checkliste</translation>
    </message>
    <message>
        <source>priority %1</source>
        <translation>Priorität %1</translation>
    </message>
    <message>
        <source>type %1</source>
        <translation>Typ %1</translation>
    </message>
    <message>
        <source>assignee</source>
        <translation>Zuständig</translation>
    </message>
    <message>
        <source>labels</source>
        <translation>Labels</translation>
    </message>
    <message>
        <source>blocked</source>
        <translation>blockiert</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Kann %1 nicht lesen: %2</translation>
    </message>
    <message>
        <source>%1 is %2; CSV files larger than %3 are not imported</source>
        <translation>%1 ist %2 groß; CSV-Dateien über %3 werden nicht importiert</translation>
    </message>
    <message>
        <source>%1 is empty</source>
        <translation>%1 ist leer</translation>
    </message>
    <message>
        <source>%1, line %2: no “Summary” column, so this is not an issue export (use Jira&apos;s Export CSV (all fields)); the columns are: %3</source>
        <translation>%1, Zeile %2: keine Spalte „Summary“, also kein Vorgangsexport (Jiras „Export CSV (all fields)“ verwenden); die Spalten sind: %3</translation>
    </message>
    <message>
        <source>no “Issue key” column: issues are matched by summary</source>
        <translation>keine Spalte „Issue key“: Vorgänge werden über die Zusammenfassung zugeordnet</translation>
    </message>
    <message>
        <source>1 column not used: %1</source>
        <translation>1 Spalte nicht verwendet: %1</translation>
    </message>
    <message>
        <source>%1 columns not used: %2</source>
        <translation>%1 Spalten nicht verwendet: %2</translation>
    </message>
    <message>
        <source>1 field where the header has %1; the record is skipped</source>
        <translation>1 Feld, wo die Kopfzeile %1 hat; der Datensatz wird übersprungen</translation>
    </message>
    <message>
        <source>%1 fields where the header has %2; the record is skipped</source>
        <translation>%1 Felder, wo die Kopfzeile %2 hat; der Datensatz wird übersprungen</translation>
    </message>
    <message>
        <source>%1, line %2: more than %3 issues; export fewer at a time</source>
        <translation>%1, Zeile %2: mehr als %3 Vorgänge; weniger auf einmal exportieren</translation>
    </message>
    <message>
        <source>%1 has no summary; it is skipped</source>
        <translation>%1 hat keine Zusammenfassung; wird übersprungen</translation>
    </message>
    <message>
        <source>an issue</source>
        <translation>ein Vorgang</translation>
    </message>
    <message>
        <source>unknown priority “%1”; kept as it was</source>
        <translation>unbekannte Priorität „%1“; unverändert gelassen</translation>
    </message>
    <message>
        <source>story points “%1” are not a number</source>
        <translation>Story Points „%1“ sind keine Zahl</translation>
    </message>
    <message>
        <source>cannot read the date “%1” in %2</source>
        <translation>kann das Datum „%1“ in %2 nicht lesen</translation>
    </message>
    <message>
        <source>no issues found</source>
        <translation>keine Vorgänge gefunden</translation>
    </message>
    <message>
        <source>Cannot read the table %1: %2</source>
        <translation>Kann die Tabelle %1 nicht lesen: %2</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Kann %1 nicht schreiben: %2</translation>
    </message>
    <message>
        <source>%1, line %2: not valid JSON (%3)</source>
        <translation>%1, Zeile %2: kein gültiges JSON (%3)</translation>
    </message>
    <message>
        <source>%1 is not a SprintDeck backup</source>
        <translation>%1 ist keine SprintDeck-Sicherung</translation>
    </message>
    <message>
        <source>%1 is a backup format version %2; this SprintDeck reads version %3</source>
        <translation>%1 ist eine Sicherung im Format Version %2; dieses SprintDeck liest Version %3</translation>
    </message>
    <message>
        <source>%1 comes from a newer SprintDeck (database version %2, this one has %3)</source>
        <translation>%1 stammt von einem neueren SprintDeck (Datenbankversion %2, diese hat %3)</translation>
    </message>
    <message>
        <source>%1 already holds a board; restore into a new database</source>
        <translation>%1 enthält bereits ein Board; in eine neue Datenbank wiederherstellen</translation>
    </message>
    <message>
        <source>%1 holds the table “%2”, which this SprintDeck does not know</source>
        <translation>%1 enthält die Tabelle „%2“, die dieses SprintDeck nicht kennt</translation>
    </message>
    <message>
        <source>%1: row %2 of %3 has the unknown column “%4”</source>
        <translation>%1: Zeile %2 von %3 hat die unbekannte Spalte „%4“</translation>
    </message>
    <message>
        <source>%1: row %2 of %3: %4</source>
        <translation>%1: Zeile %2 von %3: %4</translation>
    </message>
    <message>
        <source>%1 does not restore: %2</source>
        <translation>%1 lässt sich nicht wiederherstellen: %2</translation>
    </message>
    <message>
        <source>The board has no sprint to report on</source>
        <translation>Das Board hat keinen Sprint für einen Bericht</translation>
    </message>
    <message>
        <source>Column: %1</source>
        <translation>Spalte: %1</translation>
    </message>
    <message>
        <source>repaired 1 character garbled by a Windows code page</source>
        <translation>1 durch eine Windows-Codepage verstümmeltes Zeichen repariert</translation>
    </message>
    <message>
        <source>repaired %1 characters garbled by a Windows code page</source>
        <translation>%1 durch eine Windows-Codepage verstümmelte Zeichen repariert</translation>
    </message>
    <message>
        <source> (%1 of them had lost a byte and were restored by best guess)</source>
        <translation> (bei %1 davon fehlte ein Byte, das bestmöglich wiederhergestellt wurde)</translation>
    </message>
    <message>
        <source>%1 is %2; documents larger than %3 are not imported</source>
        <translation>%1 ist %2 groß; Dokumente über %3 werden nicht importiert</translation>
    </message>
    <message>
        <source>no stories, tasks or checklists found</source>
        <translation>keine Storys, Aufgaben oder Checklisten gefunden</translation>
    </message>
    <message>
        <source>the document names no sprint; its cards go to the backlog</source>
        <translation>das Dokument nennt keinen Sprint; seine Karten kommen ins Backlog</translation>
    </message>
    <message>
        <source>**Day %1 (%2)**</source>
        <translation>**Tag %1 (%2)**</translation>
    </message>
    <message>
        <source>%1 is listed for a later sprint; it goes to the backlog</source>
        <translation>%1 ist für einen späteren Sprint vorgesehen; kommt ins Backlog</translation>
    </message>
    <message>
        <source>**Estimate:** %1</source>
        <translation>**Schätzung:** %1</translation>
    </message>
    <message>
        <source>Untitled (line %1)</source>
        <translation>Ohne Titel (Zeile %1)</translation>
    </message>
    <message>
        <source>Day %1 (%2)</source>
        <translation>Tag %1 (%2)</translation>
    </message>
    <message>
        <source>%1 says %2 points completed but the stories reported done by %3 add up to %4</source>
        <translation>%1 nennt %2 erledigte Punkte, aber die von %3 als erledigt gemeldeten Storys ergeben %4</translation>
    </message>
    <message>
        <source>%1 counts %2 points in total but the stories listed add up to %3</source>
        <translation>%1 zählt insgesamt %2 Punkte, aber die aufgeführten Storys ergeben %3</translation>
    </message>
    <message>
        <source>the progress table row %1 has %2 points but %3 completed and %4 remaining</source>
        <translation>die Zeile %1 der Fortschrittstabelle hat %2 Punkte, aber %3 erledigt und %4 verbleibend</translation>
    </message>
    <message>
        <source>the progress table&apos;s total %1 is %2 but its rows add up to %3</source>
        <translation>die Summe %1 der Fortschrittstabelle ist %2, aber ihre Zeilen ergeben %3</translation>
    </message>
    <message>
        <source>story points</source>
        <translation>Story Points</translation>
    </message>
    <message>
        <source>completed</source>
        <translation>erledigt</translation>
    </message>
    <message>
        <source>remaining</source>
        <translation>verbleibend</translation>
    </message>
    <message>
        <source>the progress table</source>
        <translation>die Fortschrittstabelle</translation>
    </message>
    <message>
        <source>the text</source>
        <translation>der Text</translation>
    </message>
    <message>
        <source>“%1” says %2/%3 tasks but the section lists %4 with %5 done</source>
        <translation>„%1“ nennt %2/%3 Aufgaben, aber der Abschnitt listet %4, davon %5 erledigt</translation>
    </message>
    <message>
        <source>%1 MB</source>
        <translation>%1 MB</translation>
    </message>
    <message>
        <source>%1 KB</source>
        <translation>%1 KB</translation>
    </message>
    <message>
        <source>1 byte</source>
        <translation>1 Byte</translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation>%1 Byte</translation>
    </message>
    <message>
        <source>%1 is larger than %2; it is not imported</source>
        <translation>%1 ist größer als %2; wird nicht importiert</translation>
    </message>
    <message>
        <source>invalid UTF-8 (byte 0x%1); save the file as UTF-8</source>
        <translation>ungültiges UTF-8 (Byte 0x%1); die Datei als UTF-8 speichern</translation>
    </message>
    <message>
        <source>the line is longer than %1; this does not look like a document</source>
        <translation>die Zeile ist länger als %1; das sieht nicht nach einem Dokument aus</translation>
    </message>
    <message>
        <source>%1, line %2: binary data (a NUL byte); this is not a text file</source>
        <translation>%1, Zeile %2: Binärdaten (ein NUL-Byte); dies ist keine Textdatei</translation>
    </message>
    <message>
        <source>The database driver does not allow backups</source>
        <translation>Der Datenbanktreiber erlaubt keine Sicherungen</translation>
    </message>
    <message>
        <source>out of memory</source>
        <translation>Speicher erschöpft</translation>
    </message>
    <message>
        <source>Cannot back up to %1: %2</source>
        <translation>Sicherung nach %1 nicht möglich: %2</translation>
    </message>
    <message>
        <source>Cannot create the backup folder %1</source>
        <translation>Kann den Sicherungsordner %1 nicht anlegen</translation>
    </message>
    <message>
        <source>Cannot write %1</source>
        <translation>Kann %1 nicht schreiben</translation>
    </message>
    <message>
        <source>Cannot restore %1: %2</source>
        <translation>Kann %1 nicht wiederherstellen: %2</translation>
    </message>
    <message>
        <source>%1 is not a SprintDeck database: the file holds only zero bytes</source>
        <translation>%1 ist keine SprintDeck-Datenbank: die Datei enthält nur Null-Bytes</translation>
    </message>
    <message>
        <source>%1 is not a SprintDeck database: it is not an SQLite file</source>
        <translation>%1 ist keine SprintDeck-Datenbank: es ist keine SQLite-Datei</translation>
    </message>
    <message>
        <source>%1 is damaged: its header is invalid</source>
        <translation>%1 ist beschädigt: sein Dateikopf ist ungültig</translation>
    </message>
    <message>
        <source>%1 is damaged: the file is truncated (%2 of %3 bytes)</source>
        <translation>%1 ist beschädigt: die Datei ist abgeschnitten (%2 von %3 Byte)</translation>
    </message>
    <message>
        <source>%1 is a folder, not a database file</source>
        <translation>%1 ist ein Ordner, keine Datenbankdatei</translation>
    </message>
    <message>
        <source>Cannot create the folder of %1</source>
        <translation>Kann den Ordner von %1 nicht anlegen</translation>
    </message>
    <message>
        <source>Cannot open %1: its folder is read-only (SprintDeck needs to write its journal beside the file)</source>
        <translation>Kann %1 nicht öffnen: sein Ordner ist schreibgeschützt (SprintDeck muss sein Journal neben die Datei schreiben)</translation>
    </message>
    <message>
        <source>Cannot open %1: the file is read-only</source>
        <translation>Kann %1 nicht öffnen: die Datei ist schreibgeschützt</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>Kann %1 nicht öffnen: %2</translation>
    </message>
    <message>
        <source>%1 is damaged: %2</source>
        <translation>%1 ist beschädigt: %2</translation>
    </message>
    <message>
        <source>%1 is not a SprintDeck database: it belongs to another program</source>
        <translation>%1 ist keine SprintDeck-Datenbank: sie gehört zu einem anderen Programm</translation>
    </message>
    <message>
        <source>%1 was written by a newer SprintDeck (schema %2; this version reads up to %3)</source>
        <translation>%1 wurde von einem neueren SprintDeck geschrieben (Schema %2; diese Version liest bis %3)</translation>
    </message>
    <message>
        <source>Cannot update %1: %2</source>
        <translation>Kann %1 nicht aktualisieren: %2</translation>
    </message>
    <message>
        <source>No card with id %1</source>
        <translation>Keine Karte mit der ID %1</translation>
    </message>
    <message>
        <source>Card %1 no longer exists</source>
        <translation>Karte %1 existiert nicht mehr</translation>
    </message>
    <message>
        <source>%1 has no conflict to resolve</source>
        <translation>%1 hat keinen Konflikt zu lösen</translation>
    </message>
    <message>
        <source>“%1” is not a server address</source>
        <translation>„%1“ ist keine Serveradresse</translation>
    </message>
    <message>
        <source>%1: only https (or http to this computer) is supported</source>
        <translation>%1: nur https (oder http zu diesem Computer) wird unterstützt</translation>
    </message>
    <message>
        <source>%1 uses plain http: the API key would cross the network unencrypted; use https, or confirm plain http explicitly</source>
        <translation>%1 verwendet unverschlüsseltes http: der API-Schlüssel ginge unverschlüsselt über das Netz; https verwenden oder http ausdrücklich bestätigen</translation>
    </message>
    <message>
        <source>The server address is empty</source>
        <translation>Die Serveradresse ist leer</translation>
    </message>
    <message>
        <source>The server sent an issue without an id</source>
        <translation>Der Server hat einen Vorgang ohne ID gesendet</translation>
    </message>
    <message>
        <source>Issue #%1 has no valid time stamps</source>
        <translation>Vorgang #%1 hat keine gültigen Zeitstempel</translation>
    </message>
    <message>
        <source>access to the keychain was denied (%1)</source>
        <translation>Zugriff auf den Schlüsselbund verweigert (%1)</translation>
    </message>
    <message>
        <source>no keychain is available (%1)</source>
        <translation>kein Schlüsselbund verfügbar (%1)</translation>
    </message>
    <message>
        <source>the keychain failed (%1)</source>
        <translation>der Schlüsselbund ist fehlgeschlagen (%1)</translation>
    </message>
    <message>
        <source>the keychain did not answer within %1 s; is it locked?</source>
        <translation>der Schlüsselbund hat nicht innerhalb von %1 s geantwortet; ist er gesperrt?</translation>
    </message>
    <message>
        <source>Card %1 is not linked to an issue</source>
        <translation>Karte %1 ist mit keinem Vorgang verknüpft</translation>
    </message>
    <message>
        <source>Card %1 has no conflict</source>
        <translation>Karte %1 hat keinen Konflikt</translation>
    </message>
    <message>
        <source>There is already a remote called %1</source>
        <translation>Es gibt bereits ein Remote namens %1</translation>
    </message>
    <message>
        <source>No remote with id %1</source>
        <translation>Kein Remote mit der ID %1</translation>
    </message>
    <message>
        <source>no remote called “%1”</source>
        <translation>kein Remote namens „%1“</translation>
    </message>
    <message>
        <source>Sprint %1</source>
        <translation>Sprint %1</translation>
    </message>
    <message>
        <source>%1 is the open board; choose another file.</source>
        <translation>%1 ist das geöffnete Board; eine andere Datei wählen.</translation>
    </message>
    <message>
        <source>%1 is a folder; choose a file.</source>
        <translation>%1 ist ein Ordner; eine Datei wählen.</translation>
    </message>
    <message>
        <source>Cannot replace %1</source>
        <translation>Kann %1 nicht ersetzen</translation>
    </message>
    <message>
        <source>%1 holds no tables</source>
        <translation>%1 enthält keine Tabellen</translation>
    </message>
    <message>
        <source>%1: the table “%2” is not a list of rows</source>
        <translation>%1: Die Tabelle „%2“ ist keine Liste von Zeilen</translation>
    </message>
    <message>
        <source>%1: row %2 of %3 is not an object</source>
        <translation>%1: Zeile %2 von %3 ist kein Objekt</translation>
    </message>
    <message>
        <source>%1: row %2 of %3: the value of “%4” is an object other than {&quot;base64&quot;: …}</source>
        <translation>%1: Zeile %2 von %3: Der Wert von „%4“ ist ein anderes Objekt als {&quot;base64&quot;: …}</translation>
    </message>
    <message>
        <source>backups of it exist (%1), the newest from %2; restore it with: sprintdeck backup restore &quot;%3&quot; --db &quot;%4&quot;</source>
        <translation>es gibt Sicherungen davon (%1), die neueste vom %2; wiederherstellen mit: sprintdeck backup restore &quot;%3&quot; --db &quot;%4&quot;</translation>
    </message>
    <message>
        <source>Cannot save a copy of %1 in %2</source>
        <translation>Kann keine Kopie von %1 in %2 speichern</translation>
    </message>
    <message>
        <source>Cannot replace %1: %2</source>
        <translation>Kann %1 nicht ersetzen: %2</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>der Datenträger ist voll</translation>
    </message>
    <message>
        <source>the file is read-only</source>
        <translation>die Datei ist schreibgeschützt</translation>
    </message>
    <message>
        <source>Cannot write %1: %2; the last saved changes are kept</source>
        <translation>Kann %1 nicht schreiben: %2; die zuletzt gespeicherten Änderungen bleiben erhalten</translation>
    </message>
    <message>
        <source>usage: sprintdeck sprint reopen NAME</source>
        <translation>Aufruf: sprintdeck sprint reopen NAME</translation>
    </message>
    <message>
        <source>Reopened %1: it is the active sprint again</source>
        <translation>%1 wieder geöffnet: er ist wieder der aktive Sprint</translation>
    </message>
    <message>
        <source>usage: sprintdeck sprint edit NAME [--name N] [--start DATE] [--end DATE] [--goal T] [--capacity N] [--holiday DATE]... [--workday DATE]...</source>
        <translation>Aufruf: sprintdeck sprint edit NAME [--name N] [--start DATUM] [--end DATUM] [--goal T] [--capacity N] [--holiday DATUM]... [--workday DATUM]...</translation>
    </message>
    <message>
        <source>sprint edit needs at least one change</source>
        <translation>sprint edit braucht mindestens eine Änderung</translation>
    </message>
    <message>
        <source>Edited %1: %2 to %3, %4</source>
        <translation>%1 geändert: %2 bis %3, %4</translation>
    </message>
    <message>
        <source>%1 is being restored by another SprintDeck; try again when it is done</source>
        <translation>%1 wird gerade von einem anderen SprintDeck wiederhergestellt; danach erneut versuchen</translation>
    </message>
    <message>
        <source>--%1 takes a date YYYY-MM-DD, not “%2”</source>
        <translation>--%1 erwartet ein Datum JJJJ-MM-TT, nicht „%2“</translation>
    </message>
    <message>
        <source>--from must not be after --to</source>
        <translation>--from darf nicht nach --to liegen</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 bis %2</translation>
    </message>
    <message>
        <source>the board has no member “%1”</source>
        <translation>das Board hat kein Mitglied „%1“</translation>
    </message>
    <message numerus="yes">
        <source>%n card(s) finished</source>
        <translation>
            <numerusform>%n Karte fertig</numerusform>
            <numerusform>%n Karten fertig</numerusform>
        </translation>
    </message>
    <message>
        <source>50 % within %1</source>
        <translation>50 % innerhalb von %1</translation>
    </message>
    <message>
        <source>70 % within %1</source>
        <translation>70 % innerhalb von %1</translation>
    </message>
    <message>
        <source>85 % within %1</source>
        <translation>85 % innerhalb von %1</translation>
    </message>
    <message>
        <source>95 % within %1</source>
        <translation>95 % innerhalb von %1</translation>
    </message>
    <message>
        <source>Cycle time: %1</source>
        <translation>Durchlaufzeit: %1</translation>
    </message>
    <message>
        <source>cards a working day: %1</source>
        <translation>Karten pro Arbeitstag: %1</translation>
    </message>
    <message>
        <source>points a working day: %1</source>
        <translation>Punkte pro Arbeitstag: %1</translation>
    </message>
    <message>
        <source>Throughput: %1</source>
        <translation>Durchsatz: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n card(s) in progress</source>
        <translation>
            <numerusform>%n Karte in Arbeit</numerusform>
            <numerusform>%n Karten in Arbeit</numerusform>
        </translation>
    </message>
    <message>
        <source>85 % finish within %1</source>
        <translation>85 % werden innerhalb von %1 fertig</translation>
    </message>
    <message>
        <source>Ageing work: %1</source>
        <translation>Alternde Arbeit: %1</translation>
    </message>
    <message>
        <source>--history takes a number of 1 or more, not “%1”</source>
        <translation>--history erwartet eine Zahl ab 1, nicht „%1“</translation>
    </message>
    <message>
        <source>--seed takes a number, not “%1”</source>
        <translation>--seed erwartet eine Zahl, nicht „%1“</translation>
    </message>
    <message>
        <source>--items takes a number, not “%1”</source>
        <translation>--items erwartet eine Zahl, nicht „%1“</translation>
    </message>
    <message>
        <source>the board has no sprint: say how much with --items</source>
        <translation>das Board hat keinen Sprint: mit --items angeben, wie viel</translation>
    </message>
    <message>
        <source>--by takes a date YYYY-MM-DD, not “%1”</source>
        <translation>--by erwartet ein Datum JJJJ-MM-TT, nicht „%1“</translation>
    </message>
    <message numerus="yes">
        <source>not enough history: %n working day(s) of the %1 needed</source>
        <translation>
            <numerusform>zu wenig Verlauf: %n Arbeitstag von den nötigen %1</numerusform>
            <numerusform>zu wenig Verlauf: %n Arbeitstage von den nötigen %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>nothing was finished in the last %n working day(s)</source>
        <translation>
            <numerusform>in %n Arbeitstag wurde nichts fertig</numerusform>
            <numerusform>in den letzten %n Arbeitstagen wurde nichts fertig</numerusform>
        </translation>
    </message>
    <message>
        <source>Forecast: %1</source>
        <translation>Prognose: %1</translation>
    </message>
    <message>
        <source>No forecast: %1.</source>
        <translation>Keine Prognose: %1.</translation>
    </message>
    <message>
        <source>%1 %2 to do</source>
        <translation>%1 %2 zu erledigen</translation>
    </message>
    <message>
        <source>85 % likely by %1</source>
        <translation>zu 85 % bis %1</translation>
    </message>
    <message numerus="yes">
        <source>from the last %n working day(s)</source>
        <translation>
            <numerusform>aus %n Arbeitstag</numerusform>
            <numerusform>aus den letzten %n Arbeitstagen</numerusform>
        </translation>
    </message>
    <message>
        <source>by %1: at least %2 %3 (85 %)</source>
        <translation>bis %1: mindestens %2 %3 (85 %)</translation>
    </message>
    <message numerus="yes">
        <source>%n card(s) past the 85th percentile</source>
        <translation>
            <numerusform>%n Karte über dem 85. Perzentil</numerusform>
            <numerusform>%n Karten über dem 85. Perzentil</numerusform>
        </translation>
    </message>
    <message>
        <source>unknown standup command “%1”</source>
        <translation>unbekannter standup-Befehl „%1“</translation>
    </message>
    <message>
        <source>its dated days</source>
        <translation>seinen datierten Tagen</translation>
    </message>
    <message>
        <source>the document&apos;s numeric dates such as %1 can be read day first or month first; they are read %2 (%1 is %3)</source>
        <translation>die Zahlendaten des Dokuments wie %1 lassen sich mit Tag oder Monat zuerst lesen; sie werden %2 gelesen (%1 ist der %3)</translation>
    </message>
    <message>
        <source>day first</source>
        <translation>mit dem Tag zuerst</translation>
    </message>
    <message>
        <source>month first</source>
        <translation>mit dem Monat zuerst</translation>
    </message>
    <message>
        <source>“%1” gives %2, before the sprint&apos;s start on %3; the sprint&apos;s dates are kept</source>
        <translation>„%1“ nennt %2, vor dem Beginn des Sprints am %3; die Daten des Sprints bleiben</translation>
    </message>
    <message>
        <source>“%1”: %2 is a %3; the date is kept</source>
        <translation>„%1“: %2 ist ein %3; das Datum bleibt</translation>
    </message>
    <message>
        <source>the document&apos;s dates (such as “%3”) give no year; the sprint is planned until its dates are set (placeholder %1 to %2)</source>
        <translation>die Daten des Dokuments (wie „%3“) nennen kein Jahr; der Sprint bleibt geplant, bis seine Daten gesetzt sind (Platzhalter %1 bis %2)</translation>
    </message>
    <message>
        <source>the document gives no sprint dates, only its own date; the sprint is planned until its dates are set (placeholder %1 to %2)</source>
        <translation>das Dokument nennt keine Sprint-Daten, nur sein eigenes Datum; der Sprint bleibt geplant, bis seine Daten gesetzt sind (Platzhalter %1 bis %2)</translation>
    </message>
    <message>
        <source>the document gives no dates; the sprint is planned until its dates are set (placeholder %1 to %2)</source>
        <translation>das Dokument nennt keine Daten; der Sprint bleibt geplant, bis seine Daten gesetzt sind (Platzhalter %1 bis %2)</translation>
    </message>
    <message>
        <source>the sprint&apos;s start is taken from %3 and its end from its length: %1 to %2</source>
        <translation>der Beginn des Sprints stammt aus %3, sein Ende aus seiner Dauer: %1 bis %2</translation>
    </message>
    <message>
        <source>the document gives no sprint end date; assumed %1 to %2</source>
        <translation>das Dokument nennt kein Enddatum des Sprints; angenommen %1 bis %2</translation>
    </message>
    <message>
        <source>the document gives no sprint end date; the start is taken from %3; assumed %1 to %2</source>
        <translation>das Dokument nennt kein Enddatum des Sprints; der Beginn stammt aus %3; angenommen %1 bis %2</translation>
    </message>
    <message>
        <source>the sprint&apos;s start is taken from %3: %1 to %2</source>
        <translation>der Beginn des Sprints stammt aus %3: %1 bis %2</translation>
    </message>
    <message>
        <source>%1 is closed; its dates are kept (%2 to %3; the document says %4 to %5)</source>
        <translation>%1 ist abgeschlossen; seine Daten bleiben (%2 bis %3; das Dokument nennt %4 bis %5)</translation>
    </message>
    <message>
        <source>%1 is closed</source>
        <translation>%1 ist abgeschlossen</translation>
    </message>
    <message>
        <source>the document reads as a template (placeholders such as %1); its placeholders make no cards</source>
        <translation>das Dokument liest sich als Vorlage (Platzhalter wie %1); seine Platzhalter ergeben keine Karten</translation>
    </message>
    <message>
        <source>the story table&apos;s total is %1 points but its rows add up to %2</source>
        <translation>die Summe der Story-Tabelle ist %1 Punkte, ihre Zeilen ergeben aber %2</translation>
    </message>
    <message>
        <source>85 % likely done by %1</source>
        <translation>zu 85 % fertig bis %1</translation>
    </message>
    <message>
        <source>the board has no card “%1”</source>
        <translation>das Board hat keine Karte „%1“</translation>
    </message>
    <message>
        <source>--cards takes card keys: KEY,KEY,...</source>
        <translation>--cards erwartet Kartenschlüssel: KEY,KEY,...</translation>
    </message>
    <message>
        <source>Nothing is left to do.</source>
        <translation>Es ist nichts mehr zu tun.</translation>
    </message>
    <message>
        <source>%1: %2 %3 to do</source>
        <translation>%1: %2 %3 zu erledigen</translation>
    </message>
    <message>
        <source>the document gives no dates for %1; it is planned until its dates are set (placeholder %2 to %3)</source>
        <translation>das Dokument nennt keine Daten für %1; er bleibt geplant, bis seine Daten gesetzt sind (Platzhalter %2 bis %3)</translation>
    </message>
    <message>
        <source>“%1”: its dates are its weeks of the document&apos;s period, %2 to %3</source>
        <translation>„%1“: seine Daten sind seine Wochen im Zeitraum des Dokuments, %2 bis %3</translation>
    </message>
    <message>
        <source>stories listed outside the sprints&apos; sections go to the backlog: %1</source>
        <translation>Storys außerhalb der Abschnitte der Sprints kommen ins Backlog: %1</translation>
    </message>
    <message>
        <source>its first dated day and its end from its last</source>
        <translation>seinem ersten datierten Tag und sein Ende aus seinem letzten</translation>
    </message>
    <message>
        <source>the product backlog&apos;s stories that the sprint does not hold are not imported: %1</source>
        <translation>die Storys des Product Backlogs, die der Sprint nicht enthält, werden nicht importiert: %1</translation>
    </message>
    <message numerus="yes">
        <source>“%1” (%n items) is a checklist beside the sprint&apos;s work; it is not imported</source>
        <translation>
            <numerusform>„%1“ (%n Eintrag) ist eine Checkliste neben der Arbeit des Sprints; sie wird nicht importiert</numerusform>
            <numerusform>„%1“ (%n Einträge) ist eine Checkliste neben der Arbeit des Sprints; sie wird nicht importiert</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SprintDeck</name>
    <message>
        <source>Cannot Open Database</source>
        <translation>Datenbank kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>The file has not been changed.</source>
        <translation>Die Datei wurde nicht verändert.</translation>
    </message>
    <message>
        <source>Open Another File…</source>
        <translation>Andere Datei öffnen…</translation>
    </message>
    <message>
        <source>Restore a Backup…</source>
        <translation>Sicherung wiederherstellen…</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Restore a Backup</source>
        <translation>Sicherung wiederherstellen</translation>
    </message>
    <message>
        <source>Replace %1 with the backup of:</source>
        <translation>%1 ersetzen durch die Sicherung vom:</translation>
    </message>
    <message>
        <source>Open Database</source>
        <translation>Datenbank öffnen</translation>
    </message>
    <message>
        <source>SprintDeck databases (*.sprintdeck);;All files (*)</source>
        <translation>SprintDeck-Datenbanken (*.sprintdeck);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Welcome to SprintDeck</source>
        <translation>Willkommen bei SprintDeck</translation>
    </message>
    <message>
        <source>Start with a demo sprint to look around, or with an empty board?</source>
        <translation>Mit einem Demo-Sprint zum Umsehen beginnen oder mit einem leeren Board?</translation>
    </message>
    <message>
        <source>Demo Sprint</source>
        <translation>Demo-Sprint</translation>
    </message>
    <message>
        <source>Empty Board</source>
        <translation>Leeres Board</translation>
    </message>
    <message>
        <source>%1 is not empty; the demo sprint was not added.</source>
        <translation>%1 ist nicht leer; der Demo-Sprint wurde nicht hinzugefügt.</translation>
    </message>
    <message>
        <source>unknown view &apos;%1&apos; (board, charts, standup, slides)</source>
        <translation>unbekannte Ansicht „%1“ (board, charts, standup, slides)</translation>
    </message>
    <message>
        <source>cannot write the screenshot %1</source>
        <translation>kann den Screenshot %1 nicht schreiben</translation>
    </message>
    <message>
        <source>backups of it exist, the newest from %1: %2</source>
        <translation>es gibt Sicherungen davon, die neueste vom %1: %2</translation>
    </message>
    <message>
        <source>Backups of it exist; the newest is from %1. Restoring one keeps a copy of the current file.</source>
        <translation>Es gibt Sicherungen davon; die neueste ist vom %1. Beim Wiederherstellen bleibt eine Kopie der jetzigen Datei erhalten.</translation>
    </message>
</context>
<context>
    <name>SprintDeck::BacklogPanel</name>
    <message>
        <source>Backlog</source>
        <translation>Backlog</translation>
    </message>
    <message>
        <source>Add to the backlog, Enter</source>
        <translation>Zum Backlog hinzufügen, Eingabe</translation>
    </message>
    <message>
        <source>New backlog card title</source>
        <translation>Titel der neuen Backlog-Karte</translation>
    </message>
    <message>
        <source>Backlog cards</source>
        <translation>Backlog-Karten</translation>
    </message>
    <message>
        <source>The backlog is empty.
Drag cards here from the board.</source>
        <translation>Das Backlog ist leer.
Karten vom Board hierher ziehen.</translation>
    </message>
    <message>
        <source>Move the selected cards into the sprint shown on the board (Ctrl+Shift+S)</source>
        <translation>Die ausgewählten Karten in den Sprint auf dem Board verschieben (Strg+Umschalt+S)</translation>
    </message>
    <message numerus="yes">
        <source>%n card(s) · %1 pts</source>
        <translation>
            <numerusform>%n Karte · %1 Pkt.</numerusform>
            <numerusform>%n Karten · %1 Pkt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n card(s) · %2 pts</source>
        <translation>
            <numerusform>%1 von %n Karte · %2 Pkt.</numerusform>
            <numerusform>%1 von %n Karten · %2 Pkt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Move to %1  →</source>
        <translation>Nach %1 verschieben  →</translation>
    </message>
    <message>
        <source>No sprint to move to</source>
        <translation>Kein Sprint als Ziel</translation>
    </message>
    <message>
        <source>Card Not Added</source>
        <translation>Karte nicht hinzugefügt</translation>
    </message>
    <message>
        <source>%1 is closed</source>
        <translation>%1 ist abgeschlossen</translation>
    </message>
    <message>
        <source>No backlog card matches the filter.</source>
        <translation>Keine Backlog-Karte passt zum Filter.</translation>
    </message>
</context>
<context>
    <name>SprintDeck::Board</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Kann %1 nicht lesen: %2</translation>
    </message>
    <message>
        <source>To Do</source>
        <translation>Zu erledigen</translation>
    </message>
    <message>
        <source>In Progress</source>
        <translation>In Arbeit</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Review</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <source>A key prefix is letters or digits, such as “SD”</source>
        <translation>Ein Schlüsselpräfix besteht aus Buchstaben oder Ziffern, etwa „SD“</translation>
    </message>
    <message>
        <source>Card %1 is no longer on the board</source>
        <translation>Karte %1 ist nicht mehr auf dem Board</translation>
    </message>
    <message>
        <source>No sprint with id %1</source>
        <translation>Kein Sprint mit der ID %1</translation>
    </message>
    <message>
        <source>No column with id %1</source>
        <translation>Keine Spalte mit der ID %1</translation>
    </message>
    <message>
        <source>A card with the key %1 exists already</source>
        <translation>Eine Karte mit dem Schlüssel %1 gibt es bereits</translation>
    </message>
    <message>
        <source>Column %1 still holds backlog cards</source>
        <translation>Spalte %1 enthält noch Backlog-Karten</translation>
    </message>
    <message>
        <source>Column %1 still holds cards</source>
        <translation>Spalte %1 enthält noch Karten</translation>
    </message>
    <message>
        <source>There is already a member called %1</source>
        <translation>Es gibt bereits ein Mitglied namens %1</translation>
    </message>
    <message>
        <source>A sprint needs a name</source>
        <translation>Ein Sprint braucht einen Namen</translation>
    </message>
    <message>
        <source>Sprint %1: the end date must not be before the start date</source>
        <translation>Sprint %1: das Enddatum darf nicht vor dem Startdatum liegen</translation>
    </message>
    <message>
        <source>There is already a sprint called %1</source>
        <translation>Es gibt bereits einen Sprint namens %1</translation>
    </message>
    <message>
        <source>The sprint still holds cards</source>
        <translation>Der Sprint enthält noch Karten</translation>
    </message>
    <message>
        <source>Add card %1</source>
        <translation>Karte %1 hinzufügen</translation>
    </message>
    <message>
        <source>A card needs a title</source>
        <translation>Eine Karte braucht einen Titel</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>%1 bearbeiten</translation>
    </message>
    <message>
        <source>the backlog</source>
        <translation>das Backlog</translation>
    </message>
    <message>
        <source>Move %1 to %2</source>
        <translation>%1 nach %2 verschieben</translation>
    </message>
    <message numerus="yes">
        <source>Move %n cards to %1</source>
        <translation>
            <numerusform>%n Karte nach %1 verschieben</numerusform>
            <numerusform>%n Karten nach %1 verschieben</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete %1</source>
        <translation>%1 löschen</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n cards</source>
        <translation>
            <numerusform>%n Karte löschen</numerusform>
            <numerusform>%n Karten löschen</numerusform>
        </translation>
    </message>
    <message>
        <source>A column needs a name</source>
        <translation>Eine Spalte braucht einen Namen</translation>
    </message>
    <message>
        <source>There is already a column called %1</source>
        <translation>Es gibt bereits eine Spalte namens %1</translation>
    </message>
    <message>
        <source>Add column %1</source>
        <translation>Spalte %1 hinzufügen</translation>
    </message>
    <message>
        <source>Edit column %1</source>
        <translation>Spalte %1 bearbeiten</translation>
    </message>
    <message>
        <source>Move column %1</source>
        <translation>Spalte %1 verschieben</translation>
    </message>
    <message>
        <source>A board needs at least one column</source>
        <translation>Ein Board braucht mindestens eine Spalte</translation>
    </message>
    <message>
        <source>Remove column %1</source>
        <translation>Spalte %1 entfernen</translation>
    </message>
    <message>
        <source>A member needs a name</source>
        <translation>Ein Mitglied braucht einen Namen</translation>
    </message>
    <message>
        <source>Add member %1</source>
        <translation>Mitglied %1 hinzufügen</translation>
    </message>
    <message>
        <source>No member with id %1</source>
        <translation>Kein Mitglied mit der ID %1</translation>
    </message>
    <message>
        <source>Rename %1 to %2</source>
        <translation>%1 in %2 umbenennen</translation>
    </message>
    <message>
        <source>Activate %1</source>
        <translation>%1 aktivieren</translation>
    </message>
    <message>
        <source>Deactivate %1</source>
        <translation>%1 deaktivieren</translation>
    </message>
    <message>
        <source>Create sprint %1</source>
        <translation>Sprint %1 anlegen</translation>
    </message>
    <message>
        <source>Edit sprint %1</source>
        <translation>Sprint %1 bearbeiten</translation>
    </message>
    <message>
        <source>A batch with removals cannot be undone</source>
        <translation>Ein Stapel mit Entfernungen kann nicht rückgängig gemacht werden</translation>
    </message>
    <message>
        <source>Card %1 refers to a sprint that is not in the batch</source>
        <translation>Karte %1 verweist auf einen Sprint, der nicht im Stapel ist</translation>
    </message>
    <message>
        <source>Card %1 refers to a member that is not in the batch</source>
        <translation>Karte %1 verweist auf ein Mitglied, das nicht im Stapel ist</translation>
    </message>
    <message>
        <source>Card %1: no column with id %2</source>
        <translation>Karte %1: keine Spalte mit der ID %2</translation>
    </message>
    <message>
        <source>Card %1: no sprint with id %2</source>
        <translation>Karte %1: kein Sprint mit der ID %2</translation>
    </message>
    <message>
        <source>Card %1: no member with id %2</source>
        <translation>Karte %1: kein Mitglied mit der ID %2</translation>
    </message>
    <message>
        <source>Card %1 needs a title</source>
        <translation>Karte %1 braucht einen Titel</translation>
    </message>
    <message>
        <source>Card %1 appears twice in one batch</source>
        <translation>Karte %1 kommt in einem Stapel zweimal vor</translation>
    </message>
    <message>
        <source>Cards are still assigned to the member</source>
        <translation>Dem Mitglied sind noch Karten zugewiesen</translation>
    </message>
    <message>
        <source>Sprint %1 is closed; plan cards into an open sprint</source>
        <translation>Sprint %1 ist abgeschlossen; Karten in einen offenen Sprint einplanen</translation>
    </message>
    <message>
        <source>%1 belongs to the closed sprint %2</source>
        <translation>%1 gehört zum abgeschlossenen Sprint %2</translation>
    </message>
    <message numerus="yes">
        <source>Plan %n card(s) into %1</source>
        <translation>
            <numerusform>%n Karte in %1 einplanen</numerusform>
            <numerusform>%n Karten in %1 einplanen</numerusform>
        </translation>
    </message>
    <message>
        <source>Sprint %1 is already active</source>
        <translation>Sprint %1 ist bereits aktiv</translation>
    </message>
    <message>
        <source>Sprint %1 is closed and cannot be started again</source>
        <translation>Sprint %1 ist abgeschlossen und kann nicht erneut gestartet werden</translation>
    </message>
    <message>
        <source>Sprint %1 is active; close it before starting %2</source>
        <translation>Sprint %1 ist aktiv; vor dem Start von %2 abschließen</translation>
    </message>
    <message>
        <source>Start sprint %1</source>
        <translation>Sprint %1 starten</translation>
    </message>
    <message>
        <source>Sprint %1 is closed already</source>
        <translation>Sprint %1 ist bereits abgeschlossen</translation>
    </message>
    <message>
        <source>Sprint %1 has not been started</source>
        <translation>Sprint %1 wurde nicht gestartet</translation>
    </message>
    <message>
        <source>Incomplete cards of %1 cannot be carried over into the same sprint</source>
        <translation>Unerledigte Karten von %1 können nicht in denselben Sprint übernommen werden</translation>
    </message>
    <message>
        <source>Sprint %1 is closed; carry the cards over into an open sprint or the backlog</source>
        <translation>Sprint %1 ist abgeschlossen; die Karten in einen offenen Sprint oder ins Backlog übernehmen</translation>
    </message>
    <message>
        <source>Close sprint %1</source>
        <translation>Sprint %1 abschließen</translation>
    </message>
    <message>
        <source>Cancelled; nothing was written</source>
        <translation>Abgebrochen; nichts wurde geschrieben</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) would name a card that does not exist; nothing was written</source>
        <translation>
            <numerusform>%n Ereignis würde eine Karte nennen, die es nicht gibt; nichts wurde geschrieben</numerusform>
            <numerusform>%n Ereignisse würden eine Karte nennen, die es nicht gibt; nichts wurde geschrieben</numerusform>
        </translation>
    </message>
    <message>
        <source>Another SprintDeck changed what this would undo or redo; the undo history is cleared</source>
        <translation>Ein anderes SprintDeck hat geändert, was dies rückgängig machen oder wiederholen würde; der Rückgängig-Verlauf wird geleert</translation>
    </message>
    <message>
        <source>Sprint %1: the capacity must not be negative</source>
        <translation>Sprint %1: die Kapazität darf nicht negativ sein</translation>
    </message>
    <message>
        <source>Sprint %1: the holiday %2 is not a weekday from %3 to %4</source>
        <translation>Sprint %1: der Feiertag %2 ist kein Wochentag von %3 bis %4</translation>
    </message>
    <message>
        <source>Sprint %1: the worked day %2 is not a weekend day from %3 to %4</source>
        <translation>Sprint %1: der Arbeitstag %2 ist kein Wochenendtag von %3 bis %4</translation>
    </message>
    <message>
        <source>Sprint %1 is closed; its plan can no longer be edited</source>
        <translation>Sprint %1 ist abgeschlossen; seine Planung lässt sich nicht mehr ändern</translation>
    </message>
    <message>
        <source>Sprint %1 is closed and takes no more cards; reopen it first</source>
        <translation>Sprint %1 ist abgeschlossen und nimmt keine Karten mehr auf; zuerst wieder öffnen</translation>
    </message>
    <message>
        <source>%1 belongs to the closed sprint %2; reopen the sprint first</source>
        <translation>%1 gehört zum abgeschlossenen Sprint %2; zuerst den Sprint wieder öffnen</translation>
    </message>
    <message>
        <source>Sprint %1 is not closed</source>
        <translation>Sprint %1 ist nicht abgeschlossen</translation>
    </message>
    <message>
        <source>Sprint %1 is active; close it before reopening %2</source>
        <translation>Sprint %1 ist aktiv; vor dem Wiederöffnen von %2 abschließen</translation>
    </message>
    <message>
        <source>Reopen sprint %1</source>
        <translation>Sprint %1 wieder öffnen</translation>
    </message>
</context>
<context>
    <name>SprintDeck::BoardView</name>
    <message>
        <source>&amp;Find Cards</source>
        <translation>Karten fi&amp;nden</translation>
    </message>
    <message>
        <source>Sprint shown on the board</source>
        <translation>Auf dem Board gezeigter Sprint</translation>
    </message>
    <message>
        <source>&amp;Sprint</source>
        <translation>&amp;Sprint</translation>
    </message>
    <message>
        <source>Swimlanes</source>
        <translation>Swimlanes</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <source>By priority</source>
        <translation>Nach Priorität</translation>
    </message>
    <message>
        <source>By assignee</source>
        <translation>Nach Zuständigem</translation>
    </message>
    <message>
        <source>S&amp;wimlanes</source>
        <translation>S&amp;wimlanes</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Spalte</translation>
    </message>
    <message>
        <source>Add a column at the right of the board</source>
        <translation>Rechts auf dem Board eine Spalte hinzufügen</translation>
    </message>
    <message>
        <source>Add column</source>
        <translation>Spalte hinzufügen</translation>
    </message>
    <message>
        <source>Add Column</source>
        <translation>Spalte hinzufügen</translation>
    </message>
    <message>
        <source>Name of the new column:</source>
        <translation>Name der neuen Spalte:</translation>
    </message>
    <message>
        <source>&lt;h2&gt;No sprint yet&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Noch kein Sprint&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>A sprint is a time box with a goal. Create the first one to start the board;
cards you add before that wait in the backlog.</source>
        <translation>Ein Sprint ist ein Zeitfenster mit einem Ziel. Lege den ersten an, um das Board zu starten;
Karten, die du vorher hinzufügst, warten im Backlog.</translation>
    </message>
    <message>
        <source>Create Sprint 1 (two weeks from today)</source>
        <translation>Sprint 1 anlegen (zwei Wochen ab heute)</translation>
    </message>
    <message>
        <source>Sprint 1</source>
        <translation>Sprint 1</translation>
    </message>
    <message>
        <source>active</source>
        <translation>aktiv</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>abgeschlossen</translation>
    </message>
    <message>
        <source>planned</source>
        <translation>geplant</translation>
    </message>
    <message>
        <source>Goal: %1</source>
        <translation>Ziel: %1</translation>
    </message>
    <message>
        <source>Cards in %1</source>
        <translation>Karten in %1</translation>
    </message>
    <message>
        <source>No cards</source>
        <translation>Keine Karten</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>Nicht zugewiesen</translation>
    </message>
    <message>
        <source>No sprint</source>
        <translation>Kein Sprint</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n card(s), %2 of %3 points done</source>
        <translation>
            <numerusform>%1: %n Karte, %2 von %3 Punkten erledigt</numerusform>
            <numerusform>%1: %n Karten, %2 von %3 Punkten erledigt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n blocked</source>
        <translation>
            <numerusform>%n blockiert</numerusform>
            <numerusform>%n blockiert</numerusform>
        </translation>
    </message>
    <message>
        <source>Create a sprint first, or add the card to the backlog.</source>
        <translation>Zuerst einen Sprint anlegen oder die Karte ins Backlog legen.</translation>
    </message>
    <message>
        <source>Added %1</source>
        <translation>%1 hinzugefügt</translation>
    </message>
    <message>
        <source>Change Not Made</source>
        <translation>Änderung nicht ausgeführt</translation>
    </message>
    <message>
        <source> (%1%)</source>
        <translation> (%1&#xa0;%)</translation>
    </message>
    <message>
        <source>%1 is over its WIP limit: %2 of %3 cards</source>
        <translation>%1 liegt über seinem WIP-Limit: %2 von %3 Karten</translation>
    </message>
    <message>
        <source>No card matches the filter</source>
        <translation>Keine Karte passt zum Filter</translation>
    </message>
</context>
<context>
    <name>SprintDeck::Burndown</name>
    <message>
        <source>No forecast: the sprint has not been started</source>
        <translation>Keine Prognose: der Sprint wurde nicht gestartet</translation>
    </message>
    <message>
        <source>No forecast: the sprint was closed on %1</source>
        <translation>Keine Prognose: der Sprint wurde am %1 abgeschlossen</translation>
    </message>
    <message>
        <source>No forecast: the sprint starts on %1</source>
        <translation>Keine Prognose: der Sprint beginnt am %1</translation>
    </message>
    <message>
        <source>No forecast: the sprint ended on %1</source>
        <translation>Keine Prognose: der Sprint endete am %1</translation>
    </message>
    <message>
        <source>No forecast: the sprint holds no work</source>
        <translation>Keine Prognose: der Sprint enthält keine Arbeit</translation>
    </message>
    <message>
        <source>No forecast: no working day has passed yet</source>
        <translation>Keine Prognose: noch ist kein Arbeitstag vergangen</translation>
    </message>
    <message>
        <source>No forecast: no progress in the last %1 working days</source>
        <translation>Keine Prognose: kein Fortschritt in den letzten %1 Arbeitstagen</translation>
    </message>
    <message numerus="yes">
        <source>No forecast: %n working day(s) of history, %1 needed for a forecast</source>
        <translation>
            <numerusform>Keine Prognose: %n Arbeitstag Verlauf, %1 nötig für eine Prognose</numerusform>
            <numerusform>Keine Prognose: %n Arbeitstage Verlauf, %1 nötig für eine Prognose</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No forecast: nothing was finished in the last %n working day(s)</source>
        <translation>
            <numerusform>Keine Prognose: in %n Arbeitstag wurde nichts fertig</numerusform>
            <numerusform>Keine Prognose: in den letzten %n Arbeitstagen wurde nichts fertig</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SprintDeck::CardActions</name>
    <message>
        <source>&amp;Quick Add</source>
        <translation>Schnell hin&amp;zufügen</translation>
    </message>
    <message>
        <source>&amp;New Card…</source>
        <translation>&amp;Neue Karte…</translation>
    </message>
    <message>
        <source>&amp;Edit Card…</source>
        <translation>Karte &amp;bearbeiten…</translation>
    </message>
    <message>
        <source>Edit the focused card (Enter or F2)</source>
        <translation>Die fokussierte Karte bearbeiten (Eingabe oder F2)</translation>
    </message>
    <message>
        <source>Move to &amp;Previous Column</source>
        <translation>In &amp;vorherige Spalte</translation>
    </message>
    <message>
        <source>Move to Ne&amp;xt Column</source>
        <translation>In nä&amp;chste Spalte</translation>
    </message>
    <message>
        <source>Move &amp;Up</source>
        <translation>Nach &amp;oben</translation>
    </message>
    <message>
        <source>Move &amp;Down</source>
        <translation>Nach &amp;unten</translation>
    </message>
    <message>
        <source>Move to &amp;Backlog</source>
        <translation>Ins Back&amp;log</translation>
    </message>
    <message>
        <source>Move into &amp;Sprint</source>
        <translation>In den &amp;Sprint</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>Lösch&amp;en</translation>
    </message>
    <message numerus="yes">
        <source>Moved %n card(s) to %1</source>
        <translation>
            <numerusform>%n Karte nach %1 verschoben</numerusform>
            <numerusform>%n Karten nach %1 verschoben</numerusform>
        </translation>
    </message>
    <message>
        <source>The cards could not be moved to the backlog</source>
        <translation>Die Karten konnten nicht ins Backlog verschoben werden</translation>
    </message>
    <message numerus="yes">
        <source>Moved %n card(s) to the backlog</source>
        <translation>
            <numerusform>%n Karte ins Backlog verschoben</numerusform>
            <numerusform>%n Karten ins Backlog verschoben</numerusform>
        </translation>
    </message>
    <message>
        <source>No sprint is shown on the board to move the cards into</source>
        <translation>Auf dem Board ist kein Sprint gezeigt, in den die Karten verschoben werden könnten</translation>
    </message>
    <message numerus="yes">
        <source>Moved %n card(s) into %1</source>
        <translation>
            <numerusform>%n Karte in %1 verschoben</numerusform>
            <numerusform>%n Karten in %1 verschoben</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cards</source>
        <translation>
            <numerusform>%n Karte</numerusform>
            <numerusform>%n Karten</numerusform>
        </translation>
    </message>
    <message>
        <source>Deleted %1. Undo brings it back (Ctrl+Z).</source>
        <translation>%1 gelöscht. Rückgängig holt sie zurück (Strg+Z).</translation>
    </message>
    <message>
        <source>Move to Column</source>
        <translation>In Spalte verschieben</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorität</translation>
    </message>
    <message>
        <source>Set priority %1</source>
        <translation>Priorität %1 setzen</translation>
    </message>
    <message>
        <source>Assign To</source>
        <translation>Zuweisen an</translation>
    </message>
    <message>
        <source>Assign to %1</source>
        <translation>%1 zuweisen</translation>
    </message>
    <message>
        <source>Nobody</source>
        <translation>Niemand</translation>
    </message>
    <message>
        <source>Unblock</source>
        <translation>Blockierung aufheben</translation>
    </message>
    <message>
        <source>Mark Blocked…</source>
        <translation>Als blockiert markieren…</translation>
    </message>
    <message>
        <source>Mark Blocked</source>
        <translation>Als blockiert markieren</translation>
    </message>
    <message>
        <source>What is blocking the work? (optional)</source>
        <translation>Was blockiert die Arbeit? (optional)</translation>
    </message>
    <message>
        <source>Mark blocked</source>
        <translation>Als blockiert markieren</translation>
    </message>
    <message>
        <source>Add a card at the bottom of the focused column (N or Ctrl+N)</source>
        <translation>Eine Karte unten in der fokussierten Spalte hinzufügen (N oder Strg+N)</translation>
    </message>
    <message>
        <source>&amp;Forecast Selected Cards</source>
        <translation>Prognose für ausgewählte &amp;Karten</translation>
    </message>
</context>
<context>
    <name>SprintDeck::CardDelegate</name>
    <message>
        <source>BLOCKED</source>
        <translation>BLOCKIERT</translation>
    </message>
    <message numerus="yes">
        <source>%n d</source>
        <comment>days a card has been in progress</comment>
        <translation>
            <numerusform>%n T</numerusform>
            <numerusform>%n T</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SprintDeck::CardEditor</name>
    <message>
        <source>Edit %1</source>
        <translation>%1 bearbeiten</translation>
    </message>
    <message>
        <source>New Card</source>
        <translation>Neue Karte</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>What needs to be done?</source>
        <translation>Was ist zu tun?</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorität</translation>
    </message>
    <message>
        <source>Story points</source>
        <translation>Story Points</translation>
    </message>
    <message>
        <source>not estimated</source>
        <translation>nicht geschätzt</translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation>Zuständig</translation>
    </message>
    <message>
        <source>Type a new name to add a team member</source>
        <translation>Einen neuen Namen eingeben, um ein Teammitglied hinzuzufügen</translation>
    </message>
    <message>
        <source>Labels</source>
        <translation>Labels</translation>
    </message>
    <message>
        <source>comma separated, e.g. board, a11y</source>
        <translation>durch Kommas getrennt, z. B. board, a11y</translation>
    </message>
    <message>
        <source>Sprint</source>
        <translation>Sprint</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Spalte</translation>
    </message>
    <message>
        <source>Blocked</source>
        <translation>Blockiert</translation>
    </message>
    <message>
        <source>Reason for the block</source>
        <translation>Grund der Blockierung</translation>
    </message>
    <message>
        <source>Reason (optional)</source>
        <translation>Grund (optional)</translation>
    </message>
    <message>
        <source>&amp;Key:</source>
        <translation>&amp;Schlüssel:</translation>
    </message>
    <message>
        <source>T&amp;ype:</source>
        <translation>T&amp;yp:</translation>
    </message>
    <message>
        <source>&amp;Priority:</source>
        <translation>&amp;Priorität:</translation>
    </message>
    <message>
        <source>P&amp;oints:</source>
        <translation>P&amp;unkte:</translation>
    </message>
    <message>
        <source>&amp;Assignee:</source>
        <translation>&amp;Zuständig:</translation>
    </message>
    <message>
        <source>&amp;Labels:</source>
        <translation>&amp;Labels:</translation>
    </message>
    <message>
        <source>&amp;Sprint:</source>
        <translation>Spri&amp;nt:</translation>
    </message>
    <message>
        <source>&amp;Column:</source>
        <translation>Sp&amp;alte:</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>Checkliste</translation>
    </message>
    <message>
        <source>New checklist item</source>
        <translation>Neuer Checklistenpunkt</translation>
    </message>
    <message>
        <source>Add an item, Enter</source>
        <translation>Einen Punkt hinzufügen, Eingabe</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Remove the selected checklist item</source>
        <translation>Den ausgewählten Checklistenpunkt entfernen</translation>
    </message>
    <message>
        <source>&lt;b&gt;Checklist&lt;/b&gt;</source>
        <translation>&lt;b&gt;Checkliste&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Description (markdown)</source>
        <translation>Beschreibung (Markdown)</translation>
    </message>
    <message>
        <source>Describe the card in markdown: **bold**, lists, - [ ] tasks, `code`</source>
        <translation>Die Karte in Markdown beschreiben: **fett**, Listen, - [ ] Aufgaben, `Code`</translation>
    </message>
    <message>
        <source>Description preview</source>
        <translation>Vorschau der Beschreibung</translation>
    </message>
    <message>
        <source>&amp;Write</source>
        <translation>Sch&amp;reiben</translation>
    </message>
    <message>
        <source>P&amp;review</source>
        <translation>&amp;Vorschau</translation>
    </message>
    <message>
        <source>&lt;b&gt;Description&lt;/b&gt;</source>
        <translation>&lt;b&gt;Beschreibung&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Save (Ctrl+Return)</source>
        <translation>Speichern (Strg+Eingabe)</translation>
    </message>
    <message>
        <source>automatic (%1-…)</source>
        <translation>automatisch (%1-…)</translation>
    </message>
    <message>
        <source>Leave empty for the next free key</source>
        <translation>Leer lassen für den nächsten freien Schlüssel</translation>
    </message>
    <message>
        <source>The key of an existing card does not change</source>
        <translation>Der Schlüssel einer bestehenden Karte ändert sich nicht</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>Nicht zugewiesen</translation>
    </message>
    <message>
        <source>Backlog</source>
        <translation>Backlog</translation>
    </message>
    <message>
        <source>Estimate: %1</source>
        <translation>Schätzung: %1</translation>
    </message>
    <message>
        <source>%1 of %2 done</source>
        <translation>%1 von %2 erledigt</translation>
    </message>
    <message>
        <source>Points must be a number such as 3 or 0.5, or empty: “%1”</source>
        <translation>Punkte müssen eine Zahl wie 3 oder 0.5 sein oder leer: „%1“</translation>
    </message>
    <message>
        <source>The board is closed</source>
        <translation>Das Board ist geschlossen</translation>
    </message>
    <message>
        <source>A card needs a title</source>
        <translation>Eine Karte braucht einen Titel</translation>
    </message>
    <message>
        <source>Card %1 is no longer on the board</source>
        <translation>Karte %1 ist nicht mehr auf dem Board</translation>
    </message>
    <message>
        <source>Card Not Added</source>
        <translation>Karte nicht hinzugefügt</translation>
    </message>
    <message>
        <source>Card Not Saved</source>
        <translation>Karte nicht gespeichert</translation>
    </message>
    <message>
        <source>Discard Changes?</source>
        <translation>Änderungen verwerfen?</translation>
    </message>
    <message>
        <source>Discard this new card?</source>
        <translation>Diese neue Karte verwerfen?</translation>
    </message>
    <message>
        <source>Discard your changes to %1?</source>
        <translation>Deine Änderungen an %1 verwerfen?</translation>
    </message>
</context>
<context>
    <name>SprintDeck::CardListModel</name>
    <message>
        <source>Assigned to %1</source>
        <translation>Zugewiesen an %1</translation>
    </message>
    <message>
        <source>Blocked: %1</source>
        <translation>Blockiert: %1</translation>
    </message>
    <message>
        <source>%1, %2, priority %3</source>
        <translation>%1, %2, Priorität %3</translation>
    </message>
    <message>
        <source>blocked</source>
        <translation>blockiert</translation>
    </message>
    <message numerus="yes">
        <source>Move %n card(s)</source>
        <translation>
            <numerusform>%n Karte verschieben</numerusform>
            <numerusform>%n Karten verschieben</numerusform>
        </translation>
    </message>
    <message>
        <source>Change lane</source>
        <translation>Swimlane wechseln</translation>
    </message>
</context>
<context>
    <name>SprintDeck::ChartBuilder</name>
    <message>
        <source>Non-working day</source>
        <translation>Arbeitsfreier Tag</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <source>points</source>
        <translation>Punkte</translation>
    </message>
    <message>
        <source>cards</source>
        <translation>Karten</translation>
    </message>
    <message>
        <source>Burndown</source>
        <translation>Burndown</translation>
    </message>
    <message>
        <source>Ideal</source>
        <translation>Ideal</translation>
    </message>
    <message>
        <source>Committed: %1 %2</source>
        <translation>Zugesagt: %1 %2</translation>
    </message>
    <message>
        <source>Ideal at the end of %1: %2 %3</source>
        <translation>Ideal am Ende von %1: %2 %3</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Umfang</translation>
    </message>
    <message>
        <source>Scope change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <source>Scope change on %1: %2%3 %4</source>
        <translation>Umfangsänderung am %1: %2%3 %4</translation>
    </message>
    <message>
        <source>Remaining</source>
        <translation>Rest</translation>
    </message>
    <message>
        <source>Remaining at the start: %1 %2</source>
        <translation>Verbleibend zu Beginn: %1 %2</translation>
    </message>
    <message>
        <source>Remaining now: %1 %2</source>
        <translation>Jetzt verbleibend: %1 %2</translation>
    </message>
    <message>
        <source>Remaining at the end of %1: %2 %3</source>
        <translation>Verbleibend am Ende von %1: %2 %3</translation>
    </message>
    <message>
        <source>Forecast: %1</source>
        <translation>Prognose: %1</translation>
    </message>
    <message>
        <source>Forecast: done on %1 at %2 %3 a working day</source>
        <translation>Prognose: fertig am %1 bei %2 %3 pro Arbeitstag</translation>
    </message>
    <message>
        <source>Burndown — %1 (%2)</source>
        <translation>Burndown – %1 (%2)</translation>
    </message>
    <message>
        <source>Burnup — %1 (%2)</source>
        <translation>Burnup – %1 (%2)</translation>
    </message>
    <message>
        <source>Total scope</source>
        <translation>Gesamtumfang</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <source>Total scope: %1 %2</source>
        <translation>Gesamtumfang: %1 %2</translation>
    </message>
    <message>
        <source>Completed at the start: %1 %2</source>
        <translation>Erledigt zu Beginn: %1 %2</translation>
    </message>
    <message>
        <source>Completed by %1: %2 %3</source>
        <translation>Erledigt bis %1: %2 %3</translation>
    </message>
    <message numerus="yes">
        <source>Velocity — last %n sprint(s) (%1)</source>
        <translation>
            <numerusform>Velocity – %n abgeschlossener Sprint (%1)</numerusform>
            <numerusform>Velocity – %n abgeschlossene Sprints (%1)</numerusform>
        </translation>
    </message>
    <message>
        <source>Velocity — no closed sprints yet</source>
        <translation>Velocity – noch keine abgeschlossenen Sprints</translation>
    </message>
    <message>
        <source>Committed</source>
        <translation>Zugesagt</translation>
    </message>
    <message>
        <source>Average completed: %1</source>
        <translation>Durchschnittlich erledigt: %1</translation>
    </message>
    <message>
        <source>%1 (%2 – %3)
Committed %4 %6, completed %5 %6</source>
        <translation>%1 (%2 – %3)
Zugesagt %4 %6, erledigt %5 %6</translation>
    </message>
    <message numerus="yes">
        <source>Average completed over %n sprint(s): %1</source>
        <translation>
            <numerusform>Durchschnittlich erledigt über %n Sprint: %1</numerusform>
            <numerusform>Durchschnittlich erledigt über %n Sprints: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Cumulative flow (%1)</source>
        <translation>Kumulatives Flussdiagramm (%1)</translation>
    </message>
    <message>
        <source>%1 on %2: %3 %4</source>
        <translation>%1 am %2: %3 %4</translation>
    </message>
    <message>
        <source>Cumulative flow — starts when the sprint starts</source>
        <translation>Kumulativer Fluss — beginnt mit dem Start des Sprints</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n Tag</numerusform>
            <numerusform>%n Tagen</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 %: %2</source>
        <translation>%1 %: %2</translation>
    </message>
    <message>
        <source>%1 % of the cards finished within %2</source>
        <translation>%1 % der Karten wurden innerhalb von %2 fertig</translation>
    </message>
    <message numerus="yes">
        <source>Cycle time — %n card(s) finished</source>
        <translation>
            <numerusform>Durchlaufzeit — %n Karte fertig</numerusform>
            <numerusform>Durchlaufzeit — %n Karten fertig</numerusform>
        </translation>
    </message>
    <message>
        <source>days</source>
        <translation>Tage</translation>
    </message>
    <message>
        <source>Finished card</source>
        <translation>Fertige Karte</translation>
    </message>
    <message>
        <source>Finished %1 after %2
%3</source>
        <translation>Fertig am %1 nach %2
%3</translation>
    </message>
    <message>
        <source>Cycle time — no card finished in this range</source>
        <translation>Durchlaufzeit — keine Karte in diesem Zeitraum fertig</translation>
    </message>
    <message>
        <source>Throughput (%1 a day)</source>
        <translation>Durchsatz (%1 pro Tag)</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <source>%1: %2 %3 finished</source>
        <translation>%1: %2 %3 fertig</translation>
    </message>
    <message>
        <source>Average a working day: %1</source>
        <translation>Durchschnitt pro Arbeitstag: %1</translation>
    </message>
    <message numerus="yes">
        <source>Ageing work — %n card(s) in progress</source>
        <translation>
            <numerusform>Alternde Arbeit — %n Karte in Arbeit</numerusform>
            <numerusform>Alternde Arbeit — %n Karten in Arbeit</numerusform>
        </translation>
    </message>
    <message>
        <source>days in progress</source>
        <translation>Tage in Arbeit</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>In Arbeit</translation>
    </message>
    <message>
        <source>Older than 85 % of finished cards</source>
        <translation>Älter als 85 % der fertigen Karten</translation>
    </message>
    <message>
        <source>%1 in progress
%2</source>
        <translation>%1 in Arbeit
%2</translation>
    </message>
    <message>
        <source>When will it be done?</source>
        <translation>Wann ist es fertig?</translation>
    </message>
    <message>
        <source>When will it be done? — nothing left to do</source>
        <translation>Wann ist es fertig? — nichts mehr zu tun</translation>
    </message>
    <message>
        <source>No forecast: %1</source>
        <translation>Keine Prognose: %1</translation>
    </message>
    <message>
        <source>% of trials</source>
        <translation>% der Durchläufe</translation>
    </message>
    <message>
        <source>Trials finishing that day</source>
        <translation>Durchläufe, die an dem Tag fertig werden</translation>
    </message>
    <message>
        <source>%1: %2 % of the trials finish that day</source>
        <translation>%1: %2 % der Durchläufe werden an dem Tag fertig</translation>
    </message>
    <message>
        <source>Forecast (85 %): %1</source>
        <translation>Prognose (85 %): %1</translation>
    </message>
    <message>
        <source>85 % likely done by %1 (50 %: %2, 95 %: %3), from the team&apos;s throughput of its last working days</source>
        <translation>zu 85 % fertig bis %1 (50 %: %2, 95 %: %3), aus dem Durchsatz des Teams an seinen letzten Arbeitstagen</translation>
    </message>
    <message>
        <source>Throughput (%1 a week)</source>
        <translation>Durchsatz (%1 pro Woche)</translation>
    </message>
    <message>
        <source>Week of %1: %2 %3 finished</source>
        <translation>Woche vom %1: %2 %3 fertig</translation>
    </message>
    <message>
        <source>Average a week: %1</source>
        <translation>Durchschnitt pro Woche: %1</translation>
    </message>
</context>
<context>
    <name>SprintDeck::ChartsView</name>
    <message>
        <source>Burndown</source>
        <translation>Burndown</translation>
    </message>
    <message>
        <source>Burnup</source>
        <translation>Burnup</translation>
    </message>
    <message>
        <source>Velocity</source>
        <translation>Velocity</translation>
    </message>
    <message>
        <source>Cumulative Flow</source>
        <translation>Kumulativer Fluss</translation>
    </message>
    <message>
        <source>&amp;Sprint:</source>
        <translation>Spri&amp;nt:</translation>
    </message>
    <message>
        <source>Story points</source>
        <translation>Story Points</translation>
    </message>
    <message>
        <source>Cards</source>
        <translation>Karten</translation>
    </message>
    <message>
        <source>Count story points or cards</source>
        <translation>Story Points oder Karten zählen</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exportieren</translation>
    </message>
    <message>
        <source>%1 as PNG…</source>
        <translation>%1 als PNG…</translation>
    </message>
    <message>
        <source>%1 as SVG…</source>
        <translation>%1 als SVG…</translation>
    </message>
    <message>
        <source>Export as PNG…</source>
        <translation>Als PNG exportieren…</translation>
    </message>
    <message>
        <source>Export as SVG…</source>
        <translation>Als SVG exportieren…</translation>
    </message>
    <message>
        <source>Progress by priority</source>
        <translation>Fortschritt nach Priorität</translation>
    </message>
    <message>
        <source>Scope changes</source>
        <translation>Umfangsänderungen</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Tag</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Karte</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <source>active</source>
        <translation>aktiv</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>abgeschlossen</translation>
    </message>
    <message>
        <source>planned</source>
        <translation>geplant</translation>
    </message>
    <message>
        <source>No sprint yet: create one from &lt;b&gt;Sprint ▸ New Sprint…&lt;/b&gt;</source>
        <translation>Noch kein Sprint: einen anlegen über &lt;b&gt;Sprint ▸ Neuer Sprint…&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Committed &lt;b&gt;%1&lt;/b&gt; %2</source>
        <translation>Zugesagt &lt;b&gt;%1&lt;/b&gt; %2</translation>
    </message>
    <message>
        <source>remaining &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>verbleibend &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>forecast &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>Prognose &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;i&gt;closed: frozen report&lt;/i&gt;</source>
        <translation>&lt;i&gt;abgeschlossen: eingefrorener Bericht&lt;/i&gt;</translation>
    </message>
    <message>
        <source>&lt;i&gt;not started&lt;/i&gt;</source>
        <translation>&lt;i&gt;nicht gestartet&lt;/i&gt;</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2 · %n working day(s)</source>
        <translation>
            <numerusform>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2 · %n Arbeitstag</numerusform>
            <numerusform>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2 · %n Arbeitstage</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;br&gt;Capacity %1 points, committed %2</source>
        <translation>&lt;br&gt;Kapazität %1 Punkte, zugesagt %2</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorität</translation>
    </message>
    <message>
        <source>Story Points</source>
        <translation>Story Points</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <source>Remaining</source>
        <translation>Verbleibend</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Summe</translation>
    </message>
    <message>
        <source>Overall progress: %1% (%2/%3 %4)</source>
        <translation>Gesamtfortschritt: %1 % (%2/%3 %4)</translation>
    </message>
    <message>
        <source>re-estimated %1 → %2</source>
        <translation>neu geschätzt %1 → %2</translation>
    </message>
    <message>
        <source>added (%1)</source>
        <translation>hinzugefügt (%1)</translation>
    </message>
    <message>
        <source>removed (%1)</source>
        <translation>entfernt (%1)</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <source>There is no chart called %1</source>
        <translation>Es gibt kein Diagramm namens %1</translation>
    </message>
    <message>
        <source>Charts are exported as .png or .svg, not “%1”</source>
        <translation>Diagramme werden als .png oder .svg exportiert, nicht „%1“</translation>
    </message>
    <message>
        <source>Cannot write %1</source>
        <translation>Kann %1 nicht schreiben</translation>
    </message>
    <message>
        <source>SprintDeck chart</source>
        <translation>SprintDeck-Diagramm</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG-Bilder (*.png)</translation>
    </message>
    <message>
        <source>SVG drawings (*.svg)</source>
        <translation>SVG-Zeichnungen (*.svg)</translation>
    </message>
    <message>
        <source>Export %1</source>
        <translation>%1 exportieren</translation>
    </message>
    <message>
        <source>Export Failed</source>
        <translation>Export fehlgeschlagen</translation>
    </message>
    <message>
        <source>Sprint of the charts</source>
        <translation>Sprint der Diagramme</translation>
    </message>
    <message>
        <source>S&amp;print</source>
        <translation>S&amp;print</translation>
    </message>
    <message>
        <source>F&amp;low</source>
        <translation>F&amp;luss</translation>
    </message>
    <message>
        <source>85 % likely done by &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>zu 85 % fertig bis &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
</context>
<context>
    <name>SprintDeck::Cli</name>
    <message>
        <source>Try &apos;%1 --help&apos;.</source>
        <translation>„%1 --help“ versuchen.</translation>
    </message>
    <message>
        <source>card add|move|edit|list|show|delete ...   cards on the board</source>
        <translation>card add|move|edit|list|show|delete ...   Karten auf dem Board</translation>
    </message>
    <message>
        <source>import FILE... [--dry-run] [--map STATUS=COLUMN]...   markdown status documents, Jira CSV</source>
        <translation>import FILE... [--dry-run] [--map STATUS=COLUMN]...   Markdown-Statusdokumente, Jira-CSV</translation>
    </message>
    <message>
        <source>export --format json|csv|md -o FILE [--sprint NAME]   backup, CSV, status report</source>
        <translation>export --format json|csv|md -o FILE [--sprint NAME]   Sicherung, CSV, Statusbericht</translation>
    </message>
    <message>
        <source>restore BACKUP.json --db NEW   a JSON backup into a new database</source>
        <translation>restore BACKUP.json --db NEW   eine JSON-Sicherung in eine neue Datenbank</translation>
    </message>
    <message>
        <source>backup create|list|restore BACKUP        backups of the database</source>
        <translation>backup create|list|restore BACKUP        Sicherungen der Datenbank</translation>
    </message>
    <message>
        <source>report burndown|burnup|velocity|progress|cfd|standup|status ...   charts&apos; numbers, daily reports</source>
        <translation>report burndown|burnup|velocity|progress|cfd|standup|status ...   Zahlen der Diagramme, Tagesberichte</translation>
    </message>
    <message>
        <source>slides --sprint NAME -o FILE.pptx|FILE.pdf [--sections ...]   review deck</source>
        <translation>slides --sprint NAME -o FILE.pptx|FILE.pdf [--sections ...]   Review-Präsentation</translation>
    </message>
    <message>
        <source>review set|show|clear --sprint NAME ...   retrospective notes of a sprint</source>
        <translation>review set|show|clear --sprint NAME ...   Retrospektive-Notizen eines Sprints</translation>
    </message>
    <message>
        <source>remote add|list|remove|map ...   remote trackers (keys in the OS keychain)</source>
        <translation>remote add|list|remove|map ...   Remote-Tracker (Schlüssel im Schlüsselbund des Systems)</translation>
    </message>
    <message>
        <source>sync [--remote NAME] [--resolve KEY --keep local|remote]   sync with the remotes</source>
        <translation>sync [--remote NAME] [--resolve KEY --keep local|remote]   mit den Remotes synchronisieren</translation>
    </message>
    <message>
        <source>unknown language &apos;%1&apos; (%2)</source>
        <translation>unbekannte Sprache „%1“ (%2)</translation>
    </message>
    <message>
        <source>unknown command &apos;%1&apos;</source>
        <translation>unbekannter Befehl „%1“</translation>
    </message>
    <message>
        <source>unknown option &apos;%1&apos;</source>
        <translation>unbekannte Option „%1“</translation>
    </message>
    <message>
        <source>--db needs a file name</source>
        <translation>--db braucht einen Dateinamen</translation>
    </message>
    <message>
        <source>Backups of the database: create one now, list them, restore one.
A restore first saves the current state as a &quot;before-restore&quot; backup,
so restoring that one undoes it.</source>
        <translation>Sicherungen der Datenbank: jetzt eine anlegen, sie auflisten, eine wiederherstellen.
Eine Wiederherstellung sichert zuerst den aktuellen Stand als „before-restore“-Sicherung,
sodass deren Wiederherstellung sie rückgängig macht.</translation>
    </message>
    <message>
        <source>The database file.</source>
        <translation>Die Datenbankdatei.</translation>
    </message>
    <message>
        <source>Where the backups are (default: the user&apos;s data folder).</source>
        <translation>Wo die Sicherungen liegen (Vorgabe: der Datenordner des Benutzers).</translation>
    </message>
    <message>
        <source>Output of list: table, csv or json.</source>
        <translation>Ausgabe von list: table, csv oder json.</translation>
    </message>
    <message>
        <source>Title of the card.</source>
        <translation>Titel der Karte.</translation>
    </message>
    <message>
        <source>Key such as STORY-013 (default: the next key of the board).</source>
        <translation>Schlüssel wie STORY-013 (Vorgabe: der nächste Schlüssel des Boards).</translation>
    </message>
    <message>
        <source>Story points (decimal; empty for none).</source>
        <translation>Story Points (Dezimalzahl; leer für keine).</translation>
    </message>
    <message>
        <source>Priority: P1, P2, P3 or P4.</source>
        <translation>Priorität: P1, P2, P3 oder P4.</translation>
    </message>
    <message>
        <source>Type: story, bug, task or fix.</source>
        <translation>Typ: story, bug, task oder fix.</translation>
    </message>
    <message>
        <source>Assignee&apos;s name (a new name adds the member; empty: none).</source>
        <translation>Name des Zuständigen (ein neuer Name fügt das Mitglied hinzu; leer: niemand).</translation>
    </message>
    <message>
        <source>Sprint by name.</source>
        <translation>Sprint nach Name.</translation>
    </message>
    <message>
        <source>Put the card in the backlog.</source>
        <translation>Die Karte ins Backlog legen.</translation>
    </message>
    <message>
        <source>Column by name.</source>
        <translation>Spalte nach Name.</translation>
    </message>
    <message>
        <source>A label (repeat for more).</source>
        <translation>Ein Label (für mehrere wiederholen).</translation>
    </message>
    <message>
        <source>Description (markdown).</source>
        <translation>Beschreibung (Markdown).</translation>
    </message>
    <message>
        <source>Mark as blocked, with the reason.</source>
        <translation>Als blockiert markieren, mit dem Grund.</translation>
    </message>
    <message>
        <source>Clear the blocked flag.</source>
        <translation>Die Blockierung aufheben.</translation>
    </message>
    <message>
        <source>Target column by name.</source>
        <translation>Zielspalte nach Name.</translation>
    </message>
    <message>
        <source>Output: table, csv or json.</source>
        <translation>Ausgabe: table, csv oder json.</translation>
    </message>
    <message>
        <source>Add a card.</source>
        <translation>Eine Karte hinzufügen.</translation>
    </message>
    <message>
        <source>Move a card to another column of its sprint.</source>
        <translation>Eine Karte in eine andere Spalte ihres Sprints verschieben.</translation>
    </message>
    <message>
        <source>The card&apos;s key.</source>
        <translation>Der Schlüssel der Karte.</translation>
    </message>
    <message>
        <source>Edit a card&apos;s fields.</source>
        <translation>Die Felder einer Karte bearbeiten.</translation>
    </message>
    <message>
        <source>List cards in board order.</source>
        <translation>Karten in der Reihenfolge des Boards auflisten.</translation>
    </message>
    <message>
        <source>Show a card with its history.</source>
        <translation>Eine Karte mit ihrem Verlauf zeigen.</translation>
    </message>
    <message>
        <source>History:</source>
        <translation>Verlauf:</translation>
    </message>
    <message>
        <source>Delete cards (their history is kept).</source>
        <translation>Karten löschen (ihr Verlauf bleibt erhalten).</translation>
    </message>
    <message>
        <source>Keys of the cards.</source>
        <translation>Schlüssel der Karten.</translation>
    </message>
    <message>
        <source>Usage: sprintdeck card add|move|edit|list|show|delete [--db FILE] ...
Run &apos;sprintdeck card COMMAND --help&apos; for the options of each.
</source>
        <translation>Aufruf: sprintdeck card add|move|edit|list|show|delete [--db FILE] ...
„sprintdeck card COMMAND --help“ zeigt die Optionen jedes Befehls.
</translation>
    </message>
    <message>
        <source>Import markdown status documents and Jira CSV exports (Export CSV (all fields)).
Prints what will be created, updated or skipped and the warnings, then writes
everything in one step (one undo step in the app). Cards are matched by key, so
importing a document again updates its cards. A JSON backup given here is
restored, but only into an empty database.</source>
        <translation>Markdown-Statusdokumente und Jira-CSV-Exporte (Export CSV (all fields)) importieren.
Zeigt, was angelegt, aktualisiert oder übersprungen wird, und die Warnungen, und schreibt
dann alles in einem Schritt (ein Rückgängig-Schritt in der App). Karten werden über ihren
Schlüssel zugeordnet, ein erneuter Import eines Dokuments aktualisiert also seine Karten.
Eine hier angegebene JSON-Sicherung wird wiederhergestellt, aber nur in eine leere Datenbank.</translation>
    </message>
    <message>
        <source>Only print what the import would do.</source>
        <translation>Nur zeigen, was der Import tun würde.</translation>
    </message>
    <message>
        <source>Put cards with STATUS in COLUMN (repeatable), e.g. --map &quot;Ready for QA=Review&quot;.</source>
        <translation>Karten mit STATUS in SPALTE legen (wiederholbar), z. B. --map &quot;Ready for QA=Review&quot;.</translation>
    </message>
    <message>
        <source>Files to import (.md, .csv, or one .json backup).</source>
        <translation>Zu importierende Dateien (.md, .csv oder eine .json-Sicherung).</translation>
    </message>
    <message>
        <source>Export the board: json (a full backup with history that `restore` reads back),
csv (Jira&apos;s column names; `import` reads it back) or md (a status report of a sprint).</source>
        <translation>Das Board exportieren: json (eine vollständige Sicherung mit Verlauf, die `restore` zurückliest),
csv (Jiras Spaltennamen; `import` liest sie zurück) oder md (ein Statusbericht eines Sprints).</translation>
    </message>
    <message>
        <source>json, csv or md (default: from the file name).</source>
        <translation>json, csv oder md (Vorgabe: nach dem Dateinamen).</translation>
    </message>
    <message>
        <source>The file to write (- for standard output).</source>
        <translation>Die zu schreibende Datei (- für die Standardausgabe).</translation>
    </message>
    <message>
        <source>Only this sprint (csv; md: default the current sprint).</source>
        <translation>Nur dieser Sprint (csv; md: Vorgabe ist der aktuelle Sprint).</translation>
    </message>
    <message>
        <source>Restore a JSON backup (from `export --format json`) into a new database:
  sprintdeck restore backup.json --db new.sprintdeck
The database must not exist yet or hold no board. Nothing is written on error.</source>
        <translation>Eine JSON-Sicherung (aus `export --format json`) in eine neue Datenbank wiederherstellen:
  sprintdeck restore backup.json --db new.sprintdeck
Die Datenbank darf noch nicht existieren oder kein Board enthalten. Bei einem Fehler wird nichts geschrieben.</translation>
    </message>
    <message>
        <source>The new database file.</source>
        <translation>Die neue Datenbankdatei.</translation>
    </message>
    <message>
        <source>The .json backup.</source>
        <translation>Die .json-Sicherung.</translation>
    </message>
    <message>
        <source>ideal and remaining per day, scope changes, forecast</source>
        <translation>Ideal und Verbleibend pro Tag, Umfangsänderungen, Prognose</translation>
    </message>
    <message>
        <source>total scope and completed per day</source>
        <translation>Gesamtumfang und Erledigtes pro Tag</translation>
    </message>
    <message>
        <source>committed vs completed of the last closed sprints, with the average</source>
        <translation>zugesagt und erledigt in den letzten abgeschlossenen Sprints, mit dem Durchschnitt</translation>
    </message>
    <message>
        <source>How many closed sprints (default 6).</source>
        <translation>Wie viele abgeschlossene Sprints (Vorgabe 6).</translation>
    </message>
    <message>
        <source>Priority | Story Points | Completed | Remaining, with a total row</source>
        <translation>Priority | Story Points | Completed | Remaining, mit einer Summenzeile</translation>
    </message>
    <message>
        <source>cumulative flow: cards or points per column per day</source>
        <translation>kumulativer Fluss: Karten oder Punkte pro Spalte und Tag</translation>
    </message>
    <message>
        <source>the day&apos;s standup: Yesterday / Today / Blockers / Progress</source>
        <translation>das Standup des Tages: Gestern / Heute / Blocker / Fortschritt</translation>
    </message>
    <message>
        <source>the daily status: completed, progress by priority, blockers, tomorrow&apos;s plan</source>
        <translation>der Tagesstatus: Erledigtes, Fortschritt nach Priorität, Blocker, Plan für morgen</translation>
    </message>
    <message>
        <source>Usage: sprintdeck report KIND [--db FILE] [--sprint NAME] [--unit points|cards]
                         [--date YYYY-MM-DD] [--format FORMAT]

Kinds:
</source>
        <translation>Aufruf: sprintdeck report KIND [--db FILE] [--sprint NAME] [--unit points|cards]
                          [--date YYYY-MM-DD] [--format FORMAT]

Arten:
</translation>
    </message>
    <message>
        <source>
Run &apos;sprintdeck report KIND --help&apos; for the options of each.
</source>
        <translation>
„sprintdeck report KIND --help“ zeigt die Optionen jeder Art.
</translation>
    </message>
    <message>
        <source>Report: %1.</source>
        <translation>Bericht: %1.</translation>
    </message>
    <message>
        <source>The sprint (default: the current one).</source>
        <translation>Der Sprint (Vorgabe: der aktuelle).</translation>
    </message>
    <message>
        <source>points or cards (default: points).</source>
        <translation>points oder cards (Vorgabe: points).</translation>
    </message>
    <message>
        <source>As of the end of this local day (default: now).</source>
        <translation>Stand am Ende dieses Tages in Ortszeit (Vorgabe: jetzt).</translation>
    </message>
    <message>
        <source>Output: %1 (default: %2).</source>
        <translation>Ausgabe: %1 (Vorgabe: %2).</translation>
    </message>
    <message>
        <source>Write the sprint review deck as PowerPoint (.pptx) or PDF (.pdf).
Sections, theme and accent default to the ones last chosen in the Slides view.</source>
        <translation>Die Präsentation zum Sprint-Review als PowerPoint (.pptx) oder PDF (.pdf) schreiben.
Abschnitte, Design und Akzent sind standardmäßig die zuletzt in der Folienansicht gewählten.</translation>
    </message>
    <message>
        <source>The file to write: FILE.pptx or FILE.pdf.</source>
        <translation>Die zu schreibende Datei: DATEI.pptx oder DATEI.pdf.</translation>
    </message>
    <message>
        <source>light or dark.</source>
        <translation>light oder dark.</translation>
    </message>
    <message>
        <source>Accent colour as #RRGGBB.</source>
        <translation>Akzentfarbe als #RRGGBB.</translation>
    </message>
    <message>
        <source>%1: one line per use (repeat for more; an empty text clears it).</source>
        <translation>%1: eine Zeile pro Angabe (für mehr wiederholen; ein leerer Text löscht es).</translation>
    </message>
    <message>
        <source>Read the notes from a markdown report with headings such as &quot;What Went Well&quot;, &quot;Challenges&quot;, &quot;Key Learnings&quot;, &quot;Improvements&quot; and &quot;Next Steps&quot;.</source>
        <translation>Die Notizen aus einem Markdown-Bericht mit Überschriften wie &quot;What Went Well&quot;, &quot;Challenges&quot;, &quot;Key Learnings&quot;, &quot;Improvements&quot; und &quot;Next Steps&quot; lesen.</translation>
    </message>
    <message>
        <source>Show the retrospective and next-sprint notes of a sprint.</source>
        <translation>Die Notizen zur Retrospektive und zum nächsten Sprint eines Sprints zeigen.</translation>
    </message>
    <message>
        <source>Output: table, json or md.</source>
        <translation>Ausgabe: table, json oder md.</translation>
    </message>
    <message>
        <source>Remove every retrospective and next-sprint note of a sprint.</source>
        <translation>Alle Notizen zur Retrospektive und zum nächsten Sprint eines Sprints entfernen.</translation>
    </message>
    <message>
        <source>Usage: sprintdeck review set|show|clear [--sprint NAME] [--db FILE] ...
Run &apos;sprintdeck review COMMAND --help&apos; for the options of each.
</source>
        <translation>Aufruf: sprintdeck review set|show|clear [--sprint NAME] [--db FILE] ...
„sprintdeck review COMMAND --help“ zeigt die Optionen jedes Befehls.
</translation>
    </message>
    <message>
        <source>Create a planned sprint with its working-day calendar.</source>
        <translation>Einen geplanten Sprint mit seinem Arbeitstagekalender anlegen.</translation>
    </message>
    <message>
        <source>The sprint&apos;s name (unique).</source>
        <translation>Der Name des Sprints (eindeutig).</translation>
    </message>
    <message>
        <source>First day.</source>
        <translation>Erster Tag.</translation>
    </message>
    <message>
        <source>Last day.</source>
        <translation>Letzter Tag.</translation>
    </message>
    <message>
        <source>The sprint goal.</source>
        <translation>Das Sprint-Ziel.</translation>
    </message>
    <message>
        <source>Points the team plans to take.</source>
        <translation>Punkte, die das Team übernehmen will.</translation>
    </message>
    <message>
        <source>A weekday that is not worked (repeat for more).</source>
        <translation>Ein Wochentag, an dem nicht gearbeitet wird (für mehrere wiederholen).</translation>
    </message>
    <message>
        <source>A weekend day that is worked (repeat for more).</source>
        <translation>Ein Wochenendtag, an dem gearbeitet wird (für mehrere wiederholen).</translation>
    </message>
    <message>
        <source>Start a planned sprint: its cards now are the committed scope.</source>
        <translation>Einen geplanten Sprint starten: seine Karten sind jetzt der zugesagte Umfang.</translation>
    </message>
    <message>
        <source>The sprint.</source>
        <translation>Der Sprint.</translation>
    </message>
    <message>
        <source>Close the active sprint and freeze its report. Incomplete cards go to the next sprint
(--carry-over) or to the backlog (--to-backlog); one of them is required when there are any.</source>
        <translation>Den aktiven Sprint abschließen und seinen Bericht einfrieren. Unerledigte Karten kommen in den
nächsten Sprint (--carry-over) oder ins Backlog (--to-backlog); gibt es welche, ist eines davon nötig.</translation>
    </message>
    <message>
        <source>Move incomplete cards into this sprint.</source>
        <translation>Unerledigte Karten in diesen Sprint verschieben.</translation>
    </message>
    <message>
        <source>Move incomplete cards to the backlog.</source>
        <translation>Unerledigte Karten ins Backlog verschieben.</translation>
    </message>
    <message>
        <source>List the sprints.</source>
        <translation>Die Sprints auflisten.</translation>
    </message>
    <message>
        <source>Move cards from the backlog (or another open sprint) into a sprint&apos;s first column.</source>
        <translation>Karten aus dem Backlog (oder einem anderen offenen Sprint) in die erste Spalte eines Sprints verschieben.</translation>
    </message>
    <message>
        <source>Add a remote tracker (Redmine). The API key goes to the OS keychain.</source>
        <translation>Einen Remote-Tracker (Redmine) hinzufügen. Der API-Schlüssel kommt in den Schlüsselbund des Systems.</translation>
    </message>
    <message>
        <source>The server, e.g. https://redmine.example.org.</source>
        <translation>Der Server, z. B. https://redmine.example.org.</translation>
    </message>
    <message>
        <source>The project&apos;s identifier on the server.</source>
        <translation>Die Kennung des Projekts auf dem Server.</translation>
    </message>
    <message>
        <source>Read the API key from the first line of standard input.</source>
        <translation>Den API-Schlüssel aus der ersten Zeile der Standardeingabe lesen.</translation>
    </message>
    <message>
        <source>Allow plain http to a host that is not this computer (the key travels unencrypted).</source>
        <translation>Unverschlüsseltes http zu einem anderen Rechner erlauben (der Schlüssel geht unverschlüsselt über das Netz).</translation>
    </message>
    <message>
        <source>Where the server keeps points: story-points (default) or estimated-hours.</source>
        <translation>Wo der Server Punkte führt: story-points (Vorgabe) oder estimated-hours.</translation>
    </message>
    <message>
        <source>Prefix of the keys of pulled cards (default: from the project).</source>
        <translation>Präfix der Schlüssel abgerufener Karten (Vorgabe: aus dem Projekt).</translation>
    </message>
    <message>
        <source>The tracker&apos;s type (redmine).</source>
        <translation>Der Typ des Trackers (redmine).</translation>
    </message>
    <message>
        <source>A name for the remote.</source>
        <translation>Ein Name für das Remote.</translation>
    </message>
    <message>
        <source>List the remotes.</source>
        <translation>Die Remotes auflisten.</translation>
    </message>
    <message>
        <source>Remove a remote and its key; the cards stay on the board.</source>
        <translation>Ein Remote und seinen Schlüssel entfernen; die Karten bleiben auf dem Board.</translation>
    </message>
    <message>
        <source>The remote.</source>
        <translation>Das Remote.</translation>
    </message>
    <message>
        <source>Show or change which column each status of a remote maps to (known after the first sync).</source>
        <translation>Zeigen oder ändern, welcher Spalte jeder Status eines Remotes zugeordnet ist (nach der ersten Synchronisierung bekannt).</translation>
    </message>
    <message>
        <source>Map a status to a column.</source>
        <translation>Einen Status einer Spalte zuordnen.</translation>
    </message>
    <message>
        <source>Usage: sprintdeck remote add|list|remove|map [--db FILE] ...
  remote add NAME --url URL --project ID [--api-key-stdin] [--allow-insecure-http]
  remote list [--format table|csv|json]
  remote remove NAME
  remote map NAME [STATUS=COLUMN...]
API keys are read from standard input and kept in the OS keychain only.
</source>
        <translation>Aufruf: sprintdeck remote add|list|remove|map [--db FILE] ...
  remote add NAME --url URL --project ID [--api-key-stdin] [--allow-insecure-http]
  remote list [--format table|csv|json]
  remote remove NAME
  remote map NAME [STATUS=COLUMN...]
API-Schlüssel werden von der Standardeingabe gelesen und nur im Schlüsselbund des Systems aufbewahrt.
</translation>
    </message>
    <message>
        <source>Sync the board with its remotes: pull what changed there, send what changed here.</source>
        <translation>Das Board mit seinen Remotes synchronisieren: dort Geändertes abrufen, hier Geändertes senden.</translation>
    </message>
    <message>
        <source>Only this remote (default: all).</source>
        <translation>Nur dieses Remote (Vorgabe: alle).</translation>
    </message>
    <message>
        <source>Read the API key for this sync from standard input.</source>
        <translation>Den API-Schlüssel für diese Synchronisierung von der Standardeingabe lesen.</translation>
    </message>
    <message>
        <source>Also look for issues deleted on the server now.</source>
        <translation>Jetzt auch nach auf dem Server gelöschten Vorgängen suchen.</translation>
    </message>
    <message>
        <source>Resolve the conflict of a card (with --keep).</source>
        <translation>Den Konflikt einer Karte lösen (mit --keep).</translation>
    </message>
    <message>
        <source>Which version to keep: local or remote.</source>
        <translation>Welche Fassung behalten wird: local oder remote.</translation>
    </message>
    <message>
        <source>List the conflicts that wait.</source>
        <translation>Die wartenden Konflikte auflisten.</translation>
    </message>
    <message>
        <source>Write the retrospective and next-sprint notes of a sprint (the review slides show them).
Only the fields given change.</source>
        <translation>Die Notizen zur Retrospektive und zum nächsten Sprint schreiben (die Review-Folien zeigen sie).
Nur die angegebenen Felder ändern sich.</translation>
    </message>
    <message>
        <source>--theme takes light, dark or system</source>
        <translation>--theme erwartet light, dark oder system</translation>
    </message>
    <message>
        <source>sprint create|edit|start|close|reopen|list|plan ...   the sprint lifecycle</source>
        <translation>sprint create|edit|start|close|reopen|list|plan ...   der Lebenszyklus eines Sprints</translation>
    </message>
    <message>
        <source>Reopen a closed sprint: it is active again and its frozen report is dropped.
Refused while another sprint is active.</source>
        <translation>Einen abgeschlossenen Sprint wieder öffnen: er ist wieder aktiv, sein eingefrorener Bericht wird verworfen.
Abgelehnt, solange ein anderer Sprint aktiv ist.</translation>
    </message>
    <message>
        <source>Edit a sprint&apos;s plan: name, dates, goal, capacity and working-day calendar.
Holidays and worked days outside new dates are dropped. A closed sprint cannot be edited.</source>
        <translation>Die Planung eines Sprints ändern: Name, Daten, Ziel, Kapazität und Arbeitstagekalender.
Feiertage und Arbeitstage außerhalb der neuen Daten entfallen. Ein abgeschlossener Sprint lässt sich nicht ändern.</translation>
    </message>
    <message>
        <source>A new name (unique).</source>
        <translation>Ein neuer Name (eindeutig).</translation>
    </message>
    <message>
        <source>Work every weekday again.</source>
        <translation>Wieder an jedem Wochentag arbeiten.</translation>
    </message>
    <message>
        <source>Work no weekend day again.</source>
        <translation>Wieder an keinem Wochenendtag arbeiten.</translation>
    </message>
    <message>
        <source>Usage: sprintdeck sprint create|edit|start|close|reopen|list|plan [--db FILE] ...
Run &apos;sprintdeck sprint COMMAND --help&apos; for the options of each.
</source>
        <translation>Aufruf: sprintdeck sprint create|edit|start|close|reopen|list|plan [--db DATEI] ...
&apos;sprintdeck sprint BEFEHL --help&apos; zeigt die Optionen jedes Befehls.
</translation>
    </message>
    <message>
        <source>--size takes WIDTHxHEIGHT, e.g. 800x600</source>
        <translation>--size erwartet BREITExHÖHE, z. B. 800x600</translation>
    </message>
    <message>
        <source>share --server postgresql://USER@HOST/DB [--as NAME]   share the board</source>
        <translation>share --server postgresql://USER@HOST/DB [--as NAME]   das Board teilen</translation>
    </message>
    <message>
        <source>join postgresql://USER@HOST/DB --db NEW [--as NAME]   join a team&apos;s board</source>
        <translation>join postgresql://USER@HOST/DB --db NEW [--as NAME]   einem Team-Board beitreten</translation>
    </message>
    <message>
        <source>cannot read the password from standard input</source>
        <translation>kann das Passwort nicht von der Standardeingabe lesen</translation>
    </message>
    <message>
        <source>--password-stdin: standard input held no password</source>
        <translation>--password-stdin: die Standardeingabe enthielt kein Passwort</translation>
    </message>
    <message>
        <source>Read the server password from standard input; it is kept in the OS keychain.</source>
        <translation>Das Passwort des Servers von der Standardeingabe lesen; es wird im Schlüsselbund des Systems aufbewahrt.</translation>
    </message>
    <message>
        <source>this board is not shared</source>
        <translation>dieses Board ist nicht geteilt</translation>
    </message>
    <message>
        <source>Share the board on a team server (PostgreSQL): it becomes the first replica of the team&apos;s board.</source>
        <translation>Das Board auf einem Team-Server (PostgreSQL) teilen: es wird das erste Replikat des Team-Boards.</translation>
    </message>
    <message>
        <source>The server and database, e.g. postgresql://ana@db.example.org/team.</source>
        <translation>Der Server und die Datenbank, z. B. postgresql://ana@db.example.org/team.</translation>
    </message>
    <message>
        <source>usage: sprintdeck share --server postgresql://USER@HOST/DATABASE</source>
        <translation>Aufruf: sprintdeck share --server postgresql://USER@HOST/DATABASE</translation>
    </message>
    <message>
        <source>say who you are on the board with --as NAME</source>
        <translation>mit --as NAME angeben, wer du auf dem Board bist</translation>
    </message>
    <message numerus="yes">
        <source>Shared on %1 as %2: %n card(s)</source>
        <translation>
            <numerusform>Auf %1 als %2 geteilt: %n Karte</numerusform>
            <numerusform>Auf %1 als %2 geteilt: %n Karten</numerusform>
        </translation>
    </message>
    <message>
        <source>Join a team&apos;s board: make a new file a replica of the board on its server (PostgreSQL).</source>
        <translation>Einem Team-Board beitreten: eine neue Datei wird ein Replikat des Boards auf seinem Server (PostgreSQL).</translation>
    </message>
    <message>
        <source>usage: sprintdeck join postgresql://USER@HOST/DATABASE --db FILE</source>
        <translation>Aufruf: sprintdeck join postgresql://USER@HOST/DATABASE --db FILE</translation>
    </message>
    <message numerus="yes">
        <source>Joined %1 as %2: %n card(s)</source>
        <translation>
            <numerusform>%1 als %2 beigetreten: %n Karte</numerusform>
            <numerusform>%1 als %2 beigetreten: %n Karten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1; %n edit(s) waiting here for the next sync</source>
        <translation>
            <numerusform>%1; %n Änderung wartet hier auf die nächste Synchronisierung</numerusform>
            <numerusform>%1; %n Änderungen warten hier auf die nächste Synchronisierung</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s) waiting: see them with sync --conflicts, settle each with sync --resolve KEY --keep local|remote</source>
        <translation>
            <numerusform>%n Konflikt wartet: mit sync --conflicts anzeigen, jeden mit sync --resolve KEY --keep local|remote lösen</numerusform>
            <numerusform>%n Konflikte warten: mit sync --conflicts anzeigen, jeden mit sync --resolve KEY --keep local|remote lösen</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (by %2)</source>
        <translation>%1 (von %2)</translation>
    </message>
    <message>
        <source>no keychain kept the password; later commands need --password-stdin or a ~/.pgpass entry</source>
        <translation>kein Schlüsselbund hat das Passwort aufbewahrt; spätere Befehle brauchen --password-stdin oder einen Eintrag in ~/.pgpass</translation>
    </message>
    <message>
        <source>Your name on the board (default: your login name).</source>
        <translation>Dein Name auf dem Board (Vorgabe: dein Anmeldename).</translation>
    </message>
    <message>
        <source>%1 exists already; join makes a new file</source>
        <translation>%1 gibt es bereits; join legt eine neue Datei an</translation>
    </message>
    <message>
        <source>working offline: %1</source>
        <translation>arbeite offline: %1</translation>
    </message>
    <message>
        <source>Cards finished from this day (YYYY-MM-DD) instead of a sprint.</source>
        <translation>Karten, die ab diesem Tag (JJJJ-MM-TT) fertig wurden, statt eines Sprints.</translation>
    </message>
    <message>
        <source>... to this day, included (default: today).</source>
        <translation>… bis zu diesem Tag einschließlich (Vorgabe: heute).</translation>
    </message>
    <message>
        <source>Only cards of this type: story, bug, task or fix.</source>
        <translation>Nur Karten dieses Typs: story, bug, task oder fix.</translation>
    </message>
    <message>
        <source>Only cards with this label.</source>
        <translation>Nur Karten mit diesem Label.</translation>
    </message>
    <message>
        <source>Only cards of this member (“none”: unassigned).</source>
        <translation>Nur Karten dieses Mitglieds („none“: nicht zugewiesen).</translation>
    </message>
    <message>
        <source>Rows per day or per week (default day).</source>
        <translation>Zeilen pro Tag oder pro Woche (Vorgabe day).</translation>
    </message>
    <message>
        <source>When will this much be done (in --unit; default: what the sprint has left).</source>
        <translation>Wann so viel erledigt ist (in --unit; Vorgabe: was der Sprint noch offen hat).</translation>
    </message>
    <message>
        <source>How much will be done by this day (default: the sprint&apos;s end).</source>
        <translation>Wie viel bis zu diesem Tag erledigt ist (Vorgabe: das Ende des Sprints).</translation>
    </message>
    <message>
        <source>Working days of throughput the forecast draws from (default 30).</source>
        <translation>Arbeitstage an Durchsatz, aus denen die Prognose zieht (Vorgabe 30).</translation>
    </message>
    <message>
        <source>The simulation&apos;s seed (the same seed gives the same answer).</source>
        <translation>Der Startwert der Simulation (derselbe Startwert gibt dieselbe Antwort).</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n Tag</numerusform>
            <numerusform>%n Tagen</numerusform>
        </translation>
    </message>
    <message>
        <source>cycle and lead time of each finished card, with percentiles</source>
        <translation>Durchlauf- und Lieferzeit jeder fertigen Karte, mit Perzentilen</translation>
    </message>
    <message>
        <source>cards and points finished per day or week</source>
        <translation>fertige Karten und Punkte pro Tag oder Woche</translation>
    </message>
    <message>
        <source>work in progress by column, its age against the cycle times</source>
        <translation>laufende Arbeit nach Spalte, ihr Alter gegen die Durchlaufzeiten</translation>
    </message>
    <message>
        <source>Monte Carlo: when the rest is done, how much by a day (50/85/95 %)</source>
        <translation>Monte Carlo: wann der Rest erledigt ist, wie viel bis zu einem Tag (50/85/95 %)</translation>
    </message>
    <message>
        <source>SPRINTDECK_NOW takes a date and time as YYYY-MM-DDTHH:MM:SS, not “%1”</source>
        <translation>SPRINTDECK_NOW erwartet Datum und Uhrzeit als JJJJ-MM-TTTHH:MM:SS, nicht „%1“</translation>
    </message>
    <message>
        <source>standup fill [--sprint NAME] [--date YYYY-MM-DD]   fill a day&apos;s standup from the board</source>
        <translation>standup fill [--sprint NAME] [--date YYYY-MM-DD]   das Standup eines Tages aus dem Board füllen</translation>
    </message>
    <message>
        <source>Usage: sprintdeck [--db FILE] [--demo] [--theme THEME] [--screenshot PNG [--view VIEW] [--size WxH]]
       sprintdeck COMMAND [--db FILE] ...

SprintDeck: a sprint board, burndown charts, standups and review slides
on a local database file.

Options:
  --db FILE          the database (default: %1)
  --demo             fill an empty database with a demo sprint
  --screenshot PNG   render the main window after loading, save it and exit
  --view VIEW        the view to show: board, charts, flow, standup or slides
  --size WxH         the window&apos;s size for --screenshot (default: 1600x1000)
  --theme THEME      light, dark or system (default: the setting ui/theme)
  --lang LANG        the language: en, de or fr (default: the setting
                     ui/language, else the system&apos;s)
  --version          print the version and exit
  --help             print this help and exit

Commands (no display needed; each takes --db FILE and --help):
</source>
        <translation>Aufruf: sprintdeck [--db FILE] [--demo] [--theme THEME] [--screenshot PNG [--view VIEW] [--size WxH]]
       sprintdeck COMMAND [--db FILE] ...

SprintDeck: ein Sprint-Board, Burndown-Diagramme, Standups und Review-Folien
in einer lokalen Datenbankdatei.

Optionen:
  --db FILE          die Datenbank (Vorgabe: %1)
  --demo             eine leere Datenbank mit einem Demo-Sprint füllen
  --screenshot PNG   das Hauptfenster nach dem Laden zeichnen, speichern und beenden
  --view VIEW        die gezeigte Ansicht: board, charts, flow, standup oder slides
  --size WxH         die Fenstergröße für --screenshot (Vorgabe: 1600x1000)
  --theme THEME      light, dark oder system (Vorgabe: die Einstellung ui/theme)
  --lang LANG        die Sprache: en, de oder fr (Vorgabe: die Einstellung
                     ui/language, sonst die des Systems)
  --version          die Version ausgeben und beenden
  --help             diese Hilfe ausgeben und beenden

Befehle (ohne Bildschirm; jeder nimmt --db FILE und --help):
</translation>
    </message>
    <message>
        <source>no sprint is active; start one, or name one with --sprint NAME</source>
        <translation>kein Sprint ist aktiv; einen starten oder mit --sprint NAME einen nennen</translation>
    </message>
    <message>
        <source>nothing on the board</source>
        <translation>nichts auf dem Board</translation>
    </message>
    <message>
        <source>kept as written</source>
        <translation>wie geschrieben behalten</translation>
    </message>
    <message>
        <source>%1, filled from the board:</source>
        <translation>%1, aus dem Board gefüllt:</translation>
    </message>
    <message>
        <source>%1, kept as written; it does not mention %2</source>
        <translation>%1, wie geschrieben behalten; erwähnt %2 nicht</translation>
    </message>
    <message>
        <source>Nothing to fill: the standup of %1 is unchanged.</source>
        <translation>Nichts zu füllen: das Standup vom %1 ist unverändert.</translation>
    </message>
    <message>
        <source>Saved the standup of %1: 1 field filled.</source>
        <translation>Standup vom %1 gespeichert: 1 Feld gefüllt.</translation>
    </message>
    <message>
        <source>Saved the standup of %1: %2 fields filled.</source>
        <translation>Standup vom %1 gespeichert: %2 Felder gefüllt.</translation>
    </message>
    <message>
        <source>Fill a day&apos;s standup from the board, as &quot;Fill from Board&quot; in the Standup view does:
empty fields get what the board knows since the previous standup (cards moved
forward, in progress, blocked); what members wrote stays as it is.</source>
        <translation>Das Standup eines Tages aus dem Board füllen, wie „Vom Board füllen“ in der Standup-Ansicht:
leere Felder bekommen, was das Board seit dem vorigen Standup weiß (vorangekommene,
laufende, blockierte Karten); was Mitglieder geschrieben haben, bleibt, wie es ist.</translation>
    </message>
    <message>
        <source>The sprint (default: the active one).</source>
        <translation>Der Sprint (Vorgabe: der aktive).</translation>
    </message>
    <message>
        <source>The standup&apos;s day, a day of the sprint (default: today).</source>
        <translation>Der Tag des Standups, ein Tag des Sprints (Vorgabe: heute).</translation>
    </message>
    <message>
        <source>%1 is not a day of %2 (%3 to %4)</source>
        <translation>%1 ist kein Tag von %2 (%3 bis %4)</translation>
    </message>
    <message>
        <source>Standup of %1, %2, from the board since %3:</source>
        <translation>Standup vom %1, %2, aus dem Board seit %3:</translation>
    </message>
    <message>
        <source>Usage: sprintdeck standup fill [--sprint NAME] [--date YYYY-MM-DD] [--db FILE]
Run &apos;sprintdeck standup fill --help&apos; for its options.
</source>
        <translation>Aufruf: sprintdeck standup fill [--sprint NAME] [--date YYYY-MM-DD] [--db DATEI]
&apos;sprintdeck standup fill --help&apos; zeigt die Optionen.
</translation>
    </message>
    <message>
        <source>When will these cards be done (what they have left).</source>
        <translation>Wann diese Karten fertig sind (was ihnen fehlt).</translation>
    </message>
    <message>
        <source>Comma-separated sections: title,summary,burndown,burnup,velocity,flow,completed,notcompleted,blockers,progress,retro,next (default: as last chosen in the Slides view, else all but flow).</source>
        <translation>Kommagetrennte Abschnitte: title,summary,burndown,burnup,velocity,flow,completed,notcompleted,blockers,progress,retro,next (Standard: wie zuletzt in der Folienansicht gewählt, sonst alle außer flow).</translation>
    </message>
</context>
<context>
    <name>SprintDeck::CloseSprintDialog</name>
    <message>
        <source>Close Sprint</source>
        <translation>Sprint abschließen</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;: %2 of %3 points completed (%4 of %5 cards).</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;: %2 von %3 Punkten erledigt (%4 von %5 Karten).</translation>
    </message>
    <message>
        <source>Closing freezes the sprint&apos;s charts and reports; later edits do not change them.</source>
        <translation>Das Abschließen friert die Diagramme und Berichte des Sprints ein; spätere Änderungen ändern sie nicht mehr.</translation>
    </message>
    <message>
        <source> pt</source>
        <translation> Pkt.</translation>
    </message>
    <message>
        <source>Every card is done.</source>
        <translation>Alle Karten sind erledigt.</translation>
    </message>
    <message numerus="yes">
        <source>%n incomplete card(s):</source>
        <translation>
            <numerusform>%n unerledigte Karte:</numerusform>
            <numerusform>%n unerledigte Karten:</numerusform>
        </translation>
    </message>
    <message>
        <source>Move them to the sprint:</source>
        <translation>In den Sprint verschieben:</translation>
    </message>
    <message>
        <source>Move them to the &amp;backlog</source>
        <translation>Ins &amp;Backlog verschieben</translation>
    </message>
    <message>
        <source>Create the next sprint first (Sprint ▸ New Sprint…)</source>
        <translation>Zuerst den nächsten Sprint anlegen (Sprint ▸ Neuer Sprint…)</translation>
    </message>
    <message>
        <source>&amp;Close Sprint</source>
        <translation>Sprint &amp;abschließen</translation>
    </message>
    <message>
        <source>Incomplete cards</source>
        <translation>Unerledigte Karten</translation>
    </message>
    <message>
        <source>Sprint for the incomplete cards</source>
        <translation>Sprint für die unerledigten Karten</translation>
    </message>
</context>
<context>
    <name>SprintDeck::ColumnHeader</name>
    <message>
        <source>Card title, Enter to add</source>
        <translation>Kartentitel, Eingabe zum Hinzufügen</translation>
    </message>
    <message>
        <source>WIP limit %1</source>
        <translation>WIP-Limit %1</translation>
    </message>
    <message>
        <source>limit exceeded</source>
        <translation>Limit überschritten</translation>
    </message>
    <message>
        <source>done column</source>
        <translation>Erledigt-Spalte</translation>
    </message>
    <message>
        <source>Column %1</source>
        <translation>Spalte %1</translation>
    </message>
    <message>
        <source>Add a card to %1 (N)</source>
        <translation>Eine Karte zu %1 hinzufügen (N)</translation>
    </message>
    <message>
        <source>Add card to %1</source>
        <translation>Karte zu %1 hinzufügen</translation>
    </message>
    <message>
        <source>Column actions</source>
        <translation>Spaltenaktionen</translation>
    </message>
    <message>
        <source>Actions for column %1</source>
        <translation>Aktionen für Spalte %1</translation>
    </message>
    <message>
        <source>New card title in %1</source>
        <translation>Titel der neuen Karte in %1</translation>
    </message>
    <message>
        <source>%1 pts</source>
        <translation>%1 Pkt.</translation>
    </message>
    <message>
        <source>WIP %1</source>
        <translation>WIP %1</translation>
    </message>
    <message>
        <source>✓ Done</source>
        <translation>✓ Erledigt</translation>
    </message>
    <message>
        <source>Column name</source>
        <translation>Spaltenname</translation>
    </message>
    <message>
        <source>WIP Limit</source>
        <translation>WIP-Limit</translation>
    </message>
    <message>
        <source>Most cards allowed in %1 (0 for no limit):</source>
        <translation>Höchstzahl an Karten in %1 (0 für kein Limit):</translation>
    </message>
    <message>
        <source>Add Column</source>
        <translation>Spalte hinzufügen</translation>
    </message>
    <message>
        <source>Name of the new column:</source>
        <translation>Name der neuen Spalte:</translation>
    </message>
    <message>
        <source>Add column %1</source>
        <translation>Spalte %1 hinzufügen</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>Umbenennen…</translation>
    </message>
    <message>
        <source>Set WIP Limit…</source>
        <translation>WIP-Limit setzen…</translation>
    </message>
    <message>
        <source>Done Column</source>
        <translation>Erledigt-Spalte</translation>
    </message>
    <message>
        <source>Cards in a done column count as completed in charts</source>
        <translation>Karten in einer Erledigt-Spalte zählen in Diagrammen als erledigt</translation>
    </message>
    <message>
        <source>Move Left</source>
        <translation>Nach links</translation>
    </message>
    <message>
        <source>Move Right</source>
        <translation>Nach rechts</translation>
    </message>
    <message>
        <source>Add Column…</source>
        <translation>Spalte hinzufügen…</translation>
    </message>
    <message>
        <source>Remove Column</source>
        <translation>Spalte entfernen</translation>
    </message>
    <message>
        <source>Its cards move to the column on its left</source>
        <translation>Ihre Karten wandern in die Spalte links davon</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message numerus="yes">
        <source>%n card(s), %1</source>
        <translation>
            <numerusform>%n Karte, %1</numerusform>
            <numerusform>%n Karten, %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n shown by the filter</source>
        <translation>
            <numerusform>%n vom Filter gezeigt</numerusform>
            <numerusform>%n vom Filter gezeigt</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SprintDeck::ColumnModel</name>
    <message numerus="yes">
        <source>%1: %n card(s), WIP limit %2</source>
        <translation>
            <numerusform>%1: %n Karte, WIP-Limit %2</numerusform>
            <numerusform>%1: %n Karten, WIP-Limit %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n card(s)</source>
        <translation>
            <numerusform>%1: %n Karte</numerusform>
            <numerusform>%1: %n Karten</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SprintDeck::ConflictDialog</name>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorität</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation>Zuständig</translation>
    </message>
    <message>
        <source>Sprint</source>
        <translation>Sprint</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Punkte</translation>
    </message>
    <message>
        <source>Keep &amp;Mine</source>
        <translation>&amp;Meine behalten</translation>
    </message>
    <message>
        <source>Keep the &amp;Server&apos;s</source>
        <translation>Die des &amp;Servers behalten</translation>
    </message>
    <message>
        <source>Sync Conflicts</source>
        <translation>Synchronisierungskonflikte</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <source>Here</source>
        <translation>Hier</translation>
    </message>
    <message>
        <source>On the server</source>
        <translation>Auf dem Server</translation>
    </message>
    <message>
        <source>Keep this card as it is here; the server gets these values at the next sync.</source>
        <translation>Diese Karte so behalten, wie sie hier ist; der Server erhält diese Werte bei der nächsten Synchronisierung.</translation>
    </message>
    <message>
        <source>Take the server&apos;s values into this card; your edits of these fields are dropped.</source>
        <translation>Die Werte des Servers in diese Karte übernehmen; deine Änderungen an diesen Feldern werden verworfen.</translation>
    </message>
    <message>
        <source>These cards were changed here and on the server since the last sync. Choose, card by card, which version to keep.</source>
        <translation>Diese Karten wurden seit der letzten Synchronisierung hier und auf dem Server geändert. Wähle Karte für Karte, welche Fassung bleibt.</translation>
    </message>
    <message>
        <source>No conflicts: both sides agree.</source>
        <translation>Keine Konflikte: beide Seiten stimmen überein.</translation>
    </message>
    <message>
        <source>The card</source>
        <translation>Die Karte</translation>
    </message>
    <message>
        <source>edited</source>
        <translation>bearbeitet</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>gelöscht</translation>
    </message>
    <message>
        <source>Keep Mine (create it again)</source>
        <translation>Meine behalten (neu anlegen)</translation>
    </message>
    <message>
        <source>Delete It Here Too</source>
        <translation>Auch hier löschen</translation>
    </message>
    <message>
        <source>Cards in conflict</source>
        <translation>Karten im Konflikt</translation>
    </message>
    <message>
        <source>Fields in conflict</source>
        <translation>Felder im Konflikt</translation>
    </message>
</context>
<context>
    <name>SprintDeck::DateAxis</name>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
</context>
<context>
    <name>SprintDeck::Deck</name>
    <message>
        <source>Title</source>
        <translation>Titelfolie</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <source>Burndown</source>
        <translation>Burndown</translation>
    </message>
    <message>
        <source>Burnup</source>
        <translation>Burnup</translation>
    </message>
    <message>
        <source>Velocity</source>
        <translation>Velocity</translation>
    </message>
    <message>
        <source>Completed stories</source>
        <translation>Erledigte Storys</translation>
    </message>
    <message>
        <source>Not completed</source>
        <translation>Nicht erledigt</translation>
    </message>
    <message>
        <source>Blockers and risks</source>
        <translation>Blocker und Risiken</translation>
    </message>
    <message>
        <source>Progress by priority</source>
        <translation>Fortschritt nach Priorität</translation>
    </message>
    <message>
        <source>Retrospective</source>
        <translation>Retrospektive</translation>
    </message>
    <message>
        <source>Next sprint</source>
        <translation>Nächster Sprint</translation>
    </message>
    <message>
        <source>unknown section “%1” (sections: %2)</source>
        <translation>unbekannter Abschnitt „%1“ (Abschnitte: %2)</translation>
    </message>
    <message>
        <source>Flow: cycle time and forecast</source>
        <translation>Fluss: Durchlaufzeit und Prognose</translation>
    </message>
</context>
<context>
    <name>SprintDeck::DeckBuilder</name>
    <message>
        <source>%1 pts</source>
        <translation>%1 Pkt.</translation>
    </message>
    <message numerus="yes">
        <source>%1 – %2 · %n working day(s)</source>
        <translation>
            <numerusform>%1 – %2 · %n Arbeitstag</numerusform>
            <numerusform>%1 – %2 · %n Arbeitstage</numerusform>
        </translation>
    </message>
    <message>
        <source>Team: %1</source>
        <translation>Team: %1</translation>
    </message>
    <message>
        <source>Sprint goal</source>
        <translation>Sprint-Ziel</translation>
    </message>
    <message>
        <source>Sprint review of %1 (%2 to %3).</source>
        <translation>Sprint-Review von %1 (%2 bis %3).</translation>
    </message>
    <message>
        <source>Goal: %1</source>
        <translation>Ziel: %1</translation>
    </message>
    <message>
        <source>Planned capacity: %1.</source>
        <translation>Geplante Kapazität: %1.</translation>
    </message>
    <message>
        <source>Figures as of %1.</source>
        <translation>Zahlen mit Stand %1.</translation>
    </message>
    <message>
        <source>Team: %1.</source>
        <translation>Team: %1.</translation>
    </message>
    <message>
        <source>Sprint summary</source>
        <translation>Sprint-Zusammenfassung</translation>
    </message>
    <message>
        <source>Closed on %1</source>
        <translation>Abgeschlossen am %1</translation>
    </message>
    <message>
        <source>As of %1</source>
        <translation>Stand %1</translation>
    </message>
    <message>
        <source>Committed</source>
        <translation>Zugesagt</translation>
    </message>
    <message>
        <source>at the start of the sprint</source>
        <translation>zu Beginn des Sprints</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <source>%1 % of committed</source>
        <translation>%1 % der Zusage</translation>
    </message>
    <message>
        <source>%1 added</source>
        <translation>%1 hinzugefügt</translation>
    </message>
    <message>
        <source>%1 removed</source>
        <translation>%1 entfernt</translation>
    </message>
    <message>
        <source>Scope change</source>
        <translation>Umfangsänderung</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>no cards added or removed after the start</source>
        <translation>nach dem Start keine Karten hinzugefügt oder entfernt</translation>
    </message>
    <message numerus="yes">
        <source>average of %n previous sprint(s): %1 (%2 %)</source>
        <translation>
            <numerusform>Durchschnitt über %n vorigen Sprint: %1 (%2 %)</numerusform>
            <numerusform>Durchschnitt über %n vorige Sprints: %1 (%2 %)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>average of %n previous sprint(s): %1</source>
        <translation>
            <numerusform>Durchschnitt über %n vorigen Sprint: %1</numerusform>
            <numerusform>Durchschnitt über %n vorige Sprints: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>no previous sprints to compare</source>
        <translation>keine vorigen Sprints zum Vergleich</translation>
    </message>
    <message>
        <source>Velocity</source>
        <translation>Velocity</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n item(s) completed</source>
        <translation>
            <numerusform>%1 von %n Eintrag erledigt</numerusform>
            <numerusform>%1 von %n Einträgen erledigt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 remaining in %n open item(s)</source>
        <translation>
            <numerusform>%1 verbleibend in %n offenen Eintrag</numerusform>
            <numerusform>%1 verbleibend in %n offenen Einträgen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Scope changed %n time(s) after the start: %1</source>
        <translation>
            <numerusform>Umfang nach dem Start %n-mal geändert: %1</numerusform>
            <numerusform>Umfang nach dem Start %n-mal geändert: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>no net change</source>
        <translation>keine Nettoänderung</translation>
    </message>
    <message>
        <source>Forecast: done by %1, within the sprint (ends %2)</source>
        <translation>Prognose: fertig bis %1, innerhalb des Sprints (endet %2)</translation>
    </message>
    <message>
        <source>Forecast: done by %1, after the planned end on %2</source>
        <translation>Prognose: fertig bis %1, nach dem geplanten Ende am %2</translation>
    </message>
    <message>
        <source>Committed %1 at the start; completed %2 (%3 % of committed).</source>
        <translation>Zu Beginn %1 zugesagt; %2 erledigt (%3 % der Zusage).</translation>
    </message>
    <message>
        <source>Completed %1 of the final scope (progress table).</source>
        <translation>%1 des endgültigen Umfangs erledigt (Fortschrittstabelle).</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Previous sprints: %1.</source>
        <translation>Vorige Sprints: %1.</translation>
    </message>
    <message>
        <source>Scope %1 on %2: %3</source>
        <translation>Umfang %1 am %2: %3</translation>
    </message>
    <message>
        <source>Burndown: story points remaining</source>
        <translation>Burndown: verbleibende Story Points</translation>
    </message>
    <message>
        <source>Story points</source>
        <translation>Story Points</translation>
    </message>
    <message>
        <source>Ideal</source>
        <translation>Ideal</translation>
    </message>
    <message>
        <source>Remaining</source>
        <translation>Verbleibend</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>Burndown</source>
        <translation>Burndown</translation>
    </message>
    <message>
        <source>Committed %1</source>
        <translation>Zugesagt %1</translation>
    </message>
    <message>
        <source>remaining %1</source>
        <translation>verbleibend %1</translation>
    </message>
    <message>
        <source>scope added %1</source>
        <translation>Umfang hinzugefügt %1</translation>
    </message>
    <message>
        <source>scope removed %1</source>
        <translation>Umfang entfernt %1</translation>
    </message>
    <message>
        <source>forecast %1</source>
        <translation>Prognose %1</translation>
    </message>
    <message>
        <source>Remaining story points at the end of each day (ideal in brackets):</source>
        <translation>Verbleibende Story Points am Ende jedes Tages (ideal in Klammern):</translation>
    </message>
    <message>
        <source>Start: %1 (%2)</source>
        <translation>Start: %1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>Average completion: %1 per working day over %n working day(s).</source>
        <translation>
            <numerusform>Durchschnittlich erledigt: %1 pro Arbeitstag über %n Arbeitstag.</numerusform>
            <numerusform>Durchschnittlich erledigt: %1 pro Arbeitstag über %n Arbeitstage.</numerusform>
        </translation>
    </message>
    <message>
        <source>Burnup: scope and completed points</source>
        <translation>Burnup: Umfang und erledigte Punkte</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Umfang</translation>
    </message>
    <message>
        <source>Burnup</source>
        <translation>Burnup</translation>
    </message>
    <message>
        <source>final scope %1</source>
        <translation>endgültiger Umfang %1</translation>
    </message>
    <message>
        <source>completed %1</source>
        <translation>erledigt %1</translation>
    </message>
    <message>
        <source>Scope and completed story points at the end of each day:</source>
        <translation>Umfang und erledigte Story Points am Ende jedes Tages:</translation>
    </message>
    <message>
        <source>%1: scope %2, completed %3</source>
        <translation>%1: Umfang %2, erledigt %3</translation>
    </message>
    <message>
        <source>Velocity: committed and completed points per sprint</source>
        <translation>Velocity: zugesagte und erledigte Punkte pro Sprint</translation>
    </message>
    <message>
        <source>Average of previous sprints</source>
        <translation>Durchschnitt der vorigen Sprints</translation>
    </message>
    <message numerus="yes">
        <source>This sprint and the %n sprint(s) before it</source>
        <translation>
            <numerusform>Dieser Sprint und %n Sprint davor</numerusform>
            <numerusform>Dieser Sprint und die %n Sprints davor</numerusform>
        </translation>
    </message>
    <message>
        <source>The first sprint: no earlier sprints to compare</source>
        <translation>Der erste Sprint: keine früheren Sprints zum Vergleich</translation>
    </message>
    <message numerus="yes">
        <source>This sprint %1 · average of the previous %n sprint(s) %2</source>
        <translation>
            <numerusform>Dieser Sprint %1 · Durchschnitt über %n vorigen Sprint %2</numerusform>
            <numerusform>Dieser Sprint %1 · Durchschnitt über %n vorige Sprints %2</numerusform>
        </translation>
    </message>
    <message>
        <source>This sprint %1</source>
        <translation>Dieser Sprint %1</translation>
    </message>
    <message>
        <source>%1: committed %2, completed %3</source>
        <translation>%1: zugesagt %2, erledigt %3</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s), %1</source>
        <translation>
            <numerusform>%n Eintrag, %1</numerusform>
            <numerusform>%n Einträge, %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation>Zuständig</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorität</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Punkte</translation>
    </message>
    <message>
        <source>No items were completed in this sprint.</source>
        <translation>In diesem Sprint wurden keine Einträge erledigt.</translation>
    </message>
    <message numerus="yes">
        <source>Completed: %n item(s), %1.</source>
        <translation>
            <numerusform>Erledigt: %n Eintrag, %1.</numerusform>
            <numerusform>Erledigt: %n Einträge, %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not completed, carried over</source>
        <translation>Nicht erledigt, übernommen</translation>
    </message>
    <message>
        <source>Not completed yet</source>
        <translation>Noch nicht erledigt</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Moved to</source>
        <translation>Verschoben nach</translation>
    </message>
    <message>
        <source>%1 (blocked)</source>
        <translation>%1 (blockiert)</translation>
    </message>
    <message>
        <source>Nothing was left open in this sprint.</source>
        <translation>In diesem Sprint ist nichts offen geblieben.</translation>
    </message>
    <message>
        <source>blocked: %1</source>
        <translation>blockiert: %1</translation>
    </message>
    <message>
        <source>moved to %1</source>
        <translation>verschoben nach %1</translation>
    </message>
    <message>
        <source>Blockers and risks</source>
        <translation>Blocker und Risiken</translation>
    </message>
    <message>
        <source>Blocked</source>
        <translation>Blockiert</translation>
    </message>
    <message>
        <source>%1 %2 is blocked: %3</source>
        <translation>%1 %2 ist blockiert: %3</translation>
    </message>
    <message>
        <source>Raised in standups</source>
        <translation>In Standups angesprochen</translation>
    </message>
    <message>
        <source>%1, %2: %3</source>
        <translation>%1, %2: %3</translation>
    </message>
    <message>
        <source>%1 (%2): %3</source>
        <translation>%1 (%2): %3</translation>
    </message>
    <message>
        <source>Risks</source>
        <translation>Risiken</translation>
    </message>
    <message>
        <source>At the current pace the remaining %1 are done by %2, after the planned end (%3)</source>
        <translation>Im aktuellen Tempo sind die verbleibenden %1 bis %2 erledigt, nach dem geplanten Ende (%3)</translation>
    </message>
    <message>
        <source>Scope grew by %1 after the start</source>
        <translation>Der Umfang wuchs nach dem Start um %1</translation>
    </message>
    <message numerus="yes">
        <source>%n P1 item(s) not completed: %1</source>
        <translation>
            <numerusform>%n P1-Eintrag nicht erledigt: %1</numerusform>
            <numerusform>%n P1-Einträge nicht erledigt: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) not started (%1)</source>
        <translation>
            <numerusform>%n Eintrag nicht begonnen (%1)</numerusform>
            <numerusform>%n Einträge nicht begonnen (%1)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n open item(s) without an estimate</source>
        <translation>
            <numerusform>%n offener Eintrag ohne Schätzung</numerusform>
            <numerusform>%n offene Einträge ohne Schätzung</numerusform>
        </translation>
    </message>
    <message>
        <source>No blockers or risks were recorded in this sprint.</source>
        <translation>In diesem Sprint wurden keine Blocker oder Risiken erfasst.</translation>
    </message>
    <message>
        <source>Progress by priority</source>
        <translation>Fortschritt nach Priorität</translation>
    </message>
    <message>
        <source>Story points at the end of %1 · %2 % complete</source>
        <translation>Story Points am Ende von %1 · %2 % erledigt</translation>
    </message>
    <message>
        <source>The sprint has not started</source>
        <translation>Der Sprint hat nicht begonnen</translation>
    </message>
    <message>
        <source>Story Points</source>
        <translation>Story Points</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Summe</translation>
    </message>
    <message>
        <source>No items in this sprint.</source>
        <translation>Keine Einträge in diesem Sprint.</translation>
    </message>
    <message>
        <source>Retrospective</source>
        <translation>Retrospektive</translation>
    </message>
    <message>
        <source>Notes of the sprint&apos;s lead</source>
        <translation>Notizen der Sprint-Leitung</translation>
    </message>
    <message>
        <source>Next sprint</source>
        <translation>Nächster Sprint</translation>
    </message>
    <message>
        <source>%1 · %2 – %3</source>
        <translation>%1 · %2 – %3</translation>
    </message>
    <message numerus="yes">
        <source>%1 – %2, %n working day(s)</source>
        <translation>
            <numerusform>%1 – %2, %n Arbeitstag</numerusform>
            <numerusform>%1 – %2, %n Arbeitstage</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) planned so far, %1</source>
        <translation>
            <numerusform>bisher %n Eintrag geplant, %1</numerusform>
            <numerusform>bisher %n Einträge geplant, %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Capacity %1</source>
        <translation>Kapazität %1</translation>
    </message>
    <message>
        <source>Carried over</source>
        <translation>Übernommen</translation>
    </message>
    <message>
        <source>Still open</source>
        <translation>Noch offen</translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>und %n weiterer</numerusform>
            <numerusform>und %n weitere</numerusform>
        </translation>
    </message>
    <message>
        <source>Focus</source>
        <translation>Schwerpunkt</translation>
    </message>
    <message>
        <source>No next sprint is planned yet.</source>
        <translation>Noch kein nächster Sprint geplant.</translation>
    </message>
    <message>
        <source>Forecast: 85 % likely done by %1, within the sprint (ends %2)</source>
        <translation>Prognose: zu 85 % fertig bis %1, innerhalb des Sprints (endet %2)</translation>
    </message>
    <message>
        <source>Forecast: 85 % likely done by %1, after the planned end on %2</source>
        <translation>Prognose: zu 85 % fertig bis %1, nach dem geplanten Ende am %2</translation>
    </message>
    <message>
        <source>85 % likely done by %1</source>
        <translation>zu 85 % fertig bis %1</translation>
    </message>
    <message>
        <source>At the team&apos;s pace the remaining %1 are 85 % likely done by %2, after the planned end (%3)</source>
        <translation>Im Tempo des Teams sind die verbleibenden %1 zu 85 % bis %2 fertig, nach dem geplanten Ende (%3)</translation>
    </message>
    <message>
        <source>Cycle time: days from start to done, by the day each card was done</source>
        <translation>Durchlaufzeit: Tage vom Beginn bis fertig, nach dem Tag, an dem jede Karte fertig wurde</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Tage</translation>
    </message>
    <message>
        <source>Cards done</source>
        <translation>Fertige Karten</translation>
    </message>
    <message numerus="yes">
        <source>%1 %: %n day(s)</source>
        <translation>
            <numerusform>%1 %: %n Tag</numerusform>
            <numerusform>%1 %: %n Tage</numerusform>
        </translation>
    </message>
    <message>
        <source>Cycle time</source>
        <translation>Durchlaufzeit</translation>
    </message>
    <message>
        <source>Cards of the sprint done %1 – %2</source>
        <translation>Karten des Sprints, fertig %1 – %2</translation>
    </message>
    <message>
        <source>No card of the sprint was done yet: there are no cycle times to show</source>
        <translation>Noch keine Karte des Sprints ist fertig: es gibt keine Durchlaufzeiten</translation>
    </message>
    <message numerus="yes">
        <source>%n card(s) done · 85 % within %1 · half within %2</source>
        <translation>
            <numerusform>%n Karte fertig · 85 % innerhalb von %1 · die Hälfte innerhalb von %2</numerusform>
            <numerusform>%n Karten fertig · 85 % innerhalb von %1 · die Hälfte innerhalb von %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n Tag</numerusform>
            <numerusform>%n Tage</numerusform>
        </translation>
    </message>
    <message>
        <source>Cycle time: from the card&apos;s first move out of %1 to its last arrival in a done column, in calendar days, both counted.</source>
        <translation>Durchlaufzeit: vom ersten Verlassen von %1 bis zur letzten Ankunft in einer Fertig-Spalte, in Kalendertagen, beide mitgezählt.</translation>
    </message>
    <message>
        <source>Percentiles: 50 % %1, 70 % %2, 85 % %3, 95 % %4 (days).</source>
        <translation>Perzentile: 50 % %1, 70 % %2, 85 % %3, 95 % %4 (Tage).</translation>
    </message>
    <message numerus="yes">
        <source>%1 %2: %n day(s), done %3</source>
        <translation>
            <numerusform>%1 %2: %n Tag, fertig %3</numerusform>
            <numerusform>%1 %2: %n Tage, fertig %3</numerusform>
        </translation>
    </message>
    <message>
        <source>Forecast: when the rest of the sprint is done</source>
        <translation>Prognose: wann der Rest des Sprints fertig ist</translation>
    </message>
    <message>
        <source>Share of %1 trials (%)</source>
        <translation>Anteil von %1 Durchläufen (%)</translation>
    </message>
    <message>
        <source>Done that day</source>
        <translation>An dem Tag fertig</translation>
    </message>
    <message>
        <source>Done by then</source>
        <translation>Bis dahin fertig</translation>
    </message>
    <message>
        <source>50, 85 and 95 % likely</source>
        <translation>50, 85 und 95 % wahrscheinlich</translation>
    </message>
    <message>
        <source>Forecast</source>
        <translation>Prognose</translation>
    </message>
    <message>
        <source>When the rest of the sprint is done</source>
        <translation>Wann der Rest des Sprints fertig ist</translation>
    </message>
    <message>
        <source>Nothing is left to forecast: the sprint&apos;s work is done</source>
        <translation>Nichts mehr vorherzusagen: die Arbeit des Sprints ist erledigt</translation>
    </message>
    <message numerus="yes">
        <source>%1 left · simulated from the last %n working day(s)</source>
        <translation>
            <numerusform>%1 übrig · simuliert aus dem letzten %n Arbeitstag</numerusform>
            <numerusform>%1 übrig · simuliert aus den letzten %n Arbeitstagen</numerusform>
        </translation>
    </message>
    <message>
        <source>50 %: %1</source>
        <translation>50 %: %1</translation>
    </message>
    <message>
        <source>95 %: %1</source>
        <translation>95 %: %1</translation>
    </message>
    <message>
        <source>by the end (%1) at least %2 done (85 %)</source>
        <translation>bis zum Ende (%1) mindestens %2 fertig (85 %)</translation>
    </message>
    <message numerus="yes">
        <source>A Monte Carlo simulation of %1 trials: each working day from %2 repeats the points finished on a random day of the team&apos;s last %n working day(s) (%3 – %4); days off finish nothing.</source>
        <translation>
            <numerusform>Eine Monte-Carlo-Simulation mit %1 Durchläufen: jeder Arbeitstag ab %2 wiederholt die Punkte eines zufälligen Tages aus dem letzten %n Arbeitstag des Teams (%3 – %4); freie Tage erledigen nichts.</numerusform>
            <numerusform>Eine Monte-Carlo-Simulation mit %1 Durchläufen: jeder Arbeitstag ab %2 wiederholt die Punkte eines zufälligen Tages aus den letzten %n Arbeitstagen des Teams (%3 – %4); freie Tage erledigen nichts.</numerusform>
        </translation>
    </message>
    <message>
        <source>50 % likely by %1, 85 % by %2, 95 % by %3.</source>
        <translation>Zu 50 % bis %1, zu 85 % bis %2, zu 95 % bis %3.</translation>
    </message>
    <message>
        <source>By %1: at least %2 (50 %), %3 (85 %), %4 (95 %).</source>
        <translation>Bis %1: mindestens %2 (50 %), %3 (85 %), %4 (95 %).</translation>
    </message>
</context>
<context>
    <name>SprintDeck::DeckExporter</name>
    <message>
        <source>%1: the file name must end in .pptx or .pdf</source>
        <translation>%1: der Dateiname muss auf .pptx oder .pdf enden</translation>
    </message>
    <message>
        <source>%1: sprint review</source>
        <translation>%1: Sprint-Review</translation>
    </message>
</context>
<context>
    <name>SprintDeck::FileActions</name>
    <message>
        <source>SprintDeck boards (*.sprintdeck);;All files (*)</source>
        <translation>SprintDeck-Boards (*.sprintdeck);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation>&amp;Neu…</translation>
    </message>
    <message>
        <source>Create an empty board file and open it in a new window</source>
        <translation>Eine leere Board-Datei anlegen und in einem neuen Fenster öffnen</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>Ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>Open a board file in a new window</source>
        <translation>Eine Board-Datei in einem neuen Fenster öffnen</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>Speichern &amp;unter…</translation>
    </message>
    <message>
        <source>Save a copy of the board under a new name and continue in the copy</source>
        <translation>Eine Kopie des Boards unter neuem Namen speichern und in der Kopie weiterarbeiten</translation>
    </message>
    <message>
        <source>No recent files</source>
        <translation>Keine zuletzt geöffneten Dateien</translation>
    </message>
    <message>
        <source>&amp;Clear List</source>
        <translation>Liste &amp;leeren</translation>
    </message>
    <message>
        <source>Cannot Open Board</source>
        <translation>Board kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>%1 no longer exists; it was removed from the recent files.</source>
        <translation>%1 existiert nicht mehr; die Datei wurde aus der Liste der zuletzt geöffneten Dateien entfernt.</translation>
    </message>
    <message>
        <source>New Board</source>
        <translation>Neues Board</translation>
    </message>
    <message>
        <source>Open Board</source>
        <translation>Board öffnen</translation>
    </message>
    <message>
        <source>%1 copy.sprintdeck</source>
        <comment>file name of a copy</comment>
        <translation>%1 Kopie.sprintdeck</translation>
    </message>
    <message>
        <source>Save Board As</source>
        <translation>Board speichern unter</translation>
    </message>
    <message>
        <source>Cannot Save Board</source>
        <translation>Board kann nicht gespeichert werden</translation>
    </message>
    <message>
        <source>Saved a copy as %1; you are working in the copy.</source>
        <translation>Kopie als %1 gespeichert; du arbeitest jetzt in der Kopie.</translation>
    </message>
</context>
<context>
    <name>SprintDeck::FilterBar</name>
    <message>
        <source>Filter by key, title, label or assignee  (Ctrl+F)</source>
        <translation>Nach Schlüssel, Titel, Label oder Zuständigem filtern  (Strg+F)</translation>
    </message>
    <message>
        <source>Filter cards</source>
        <translation>Karten filtern</translation>
    </message>
    <message>
        <source>Only priority %1</source>
        <translation>Nur Priorität %1</translation>
    </message>
    <message>
        <source>Assignee ▾</source>
        <translation>Zuständig ▾</translation>
    </message>
    <message>
        <source>Filter by assignee</source>
        <translation>Nach Zuständigem filtern</translation>
    </message>
    <message>
        <source>Label ▾</source>
        <translation>Label ▾</translation>
    </message>
    <message>
        <source>Filter by label</source>
        <translation>Nach Label filtern</translation>
    </message>
    <message>
        <source>Blocked</source>
        <translation>Blockiert</translation>
    </message>
    <message>
        <source>Only blocked cards</source>
        <translation>Nur blockierte Karten</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Zurücksetzen</translation>
    </message>
    <message>
        <source>Clear the filter</source>
        <translation>Den Filter zurücksetzen</translation>
    </message>
    <message>
        <source>Show all cards (Esc in the search field)</source>
        <translation>Alle Karten zeigen (Esc im Suchfeld)</translation>
    </message>
    <message>
        <source>Cards shown</source>
        <translation>Gezeigte Karten</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>Nicht zugewiesen</translation>
    </message>
    <message numerus="yes">
        <source>%n people</source>
        <translation>
            <numerusform>%n Person</numerusform>
            <numerusform>%n Personen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n labels</source>
        <translation>
            <numerusform>%n Label</numerusform>
            <numerusform>%n Labels</numerusform>
        </translation>
    </message>
    <message>
        <source>No labels on this board</source>
        <translation>Keine Labels auf diesem Board</translation>
    </message>
    <message numerus="yes">
        <source>%n card(s)</source>
        <translation>
            <numerusform>%n Karte</numerusform>
            <numerusform>%n Karten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n card(s)</source>
        <translation>
            <numerusform>%1 von %n Karte</numerusform>
            <numerusform>%1 von %n Karten</numerusform>
        </translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>Filtern</translation>
    </message>
</context>
<context>
    <name>SprintDeck::FlowView</name>
    <message>
        <source>&amp;Range:</source>
        <translation>&amp;Zeitraum:</translation>
    </message>
    <message>
        <source>This sprint</source>
        <translation>Dieser Sprint</translation>
    </message>
    <message numerus="yes">
        <source>Last %n day(s)</source>
        <translation>
            <numerusform>Letzter %n Tag</numerusform>
            <numerusform>Letzte %n Tage</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>&amp;Typ:</translation>
    </message>
    <message>
        <source>All types</source>
        <translation>Alle Typen</translation>
    </message>
    <message>
        <source> working days</source>
        <translation> Arbeitstagen</translation>
    </message>
    <message>
        <source>Working days of history the forecast draws from</source>
        <translation>Arbeitstage an Verlauf, aus denen die Prognose zieht</translation>
    </message>
    <message>
        <source>Cycle time</source>
        <translation>Durchlaufzeit</translation>
    </message>
    <message>
        <source>Throughput</source>
        <translation>Durchsatz</translation>
    </message>
    <message>
        <source>Ageing work</source>
        <translation>Alternde Arbeit</translation>
    </message>
    <message>
        <source>Forecast</source>
        <translation>Prognose</translation>
    </message>
    <message>
        <source>The flow charts could not be computed: %1</source>
        <translation>Die Flussdiagramme ließen sich nicht berechnen: %1</translation>
    </message>
    <message>
        <source>%1 is closed</source>
        <translation>%1 ist abgeschlossen</translation>
    </message>
    <message>
        <source>the board has no sprint</source>
        <translation>das Board hat keinen Sprint</translation>
    </message>
    <message>
        <source>No forecast: %1.</source>
        <translation>Keine Prognose: %1.</translation>
    </message>
    <message>
        <source>%1 has nothing left to do.</source>
        <translation>%1 hat nichts mehr zu tun.</translation>
    </message>
    <message>
        <source>%1 %2 left: 85 % likely done by %3 (50 %: %4, 95 %: %5).</source>
        <translation>%1 %2 offen: zu 85 % fertig bis %3 (50 %: %4, 95 %: %5).</translation>
    </message>
    <message numerus="yes">
        <source>The %n selected card(s)</source>
        <translation>
            <numerusform>Die %n ausgewählte Karte</numerusform>
            <numerusform>Die %n ausgewählten Karten</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Forecast:</source>
        <translation>Pro&amp;gnose:</translation>
    </message>
    <message>
        <source>The rest of the sprint</source>
        <translation>Der Rest des Sprints</translation>
    </message>
    <message>
        <source>Select cards on the board and choose Card &gt; Forecast Selected Cards to ask when they will be done.</source>
        <translation>Karten auf dem Board auswählen und Karte &gt; Prognose für ausgewählte Karten wählen, um zu fragen, wann sie fertig sind.</translation>
    </message>
    <message numerus="yes">
        <source>The %n selected card(s) are done.</source>
        <translation>
            <numerusform>Die %n ausgewählte Karte ist fertig.</numerusform>
            <numerusform>Die %n ausgewählten Karten sind fertig.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The %n selected card(s): %1</source>
        <translation>
            <numerusform>Die %n ausgewählte Karte: %1</numerusform>
            <numerusform>Die %n ausgewählten Karten: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>Nicht zugewiesen</translation>
    </message>
    <message>
        <source>All labels</source>
        <translation>Alle Labels</translation>
    </message>
    <message>
        <source>La&amp;bel:</source>
        <translation>La&amp;bel:</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>&amp;Assignee:</source>
        <translation>Zu&amp;ständig:</translation>
    </message>
    <message>
        <source>Throughput per day or per week</source>
        <translation>Durchsatz pro Tag oder pro Woche</translation>
    </message>
    <message>
        <source>from the last</source>
        <translation>aus den letzten</translation>
    </message>
    <message>
        <source>How much is done by this day</source>
        <translation>Wie viel bis zu diesem Tag fertig ist</translation>
    </message>
    <message>
        <source>how much b&amp;y</source>
        <translation>wie viel b&amp;is</translation>
    </message>
    <message>
        <source>By %1: at least %2 %3 (85 %).</source>
        <translation>Bis %1: mindestens %2 %3 (85 %).</translation>
    </message>
    <message>
        <source>Per day</source>
        <translation>Pro Tag</translation>
    </message>
    <message>
        <source>Per week</source>
        <translation>Pro Woche</translation>
    </message>
</context>
<context>
    <name>SprintDeck::ImportDialog</name>
    <message>
        <source>Statuses go to these columns:</source>
        <translation>Status kommen in diese Spalten:</translation>
    </message>
    <message>
        <source>Import %1</source>
        <translation>%1 importieren</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Cards to import</source>
        <translation>Zu importierende Karten</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>Warnungen</translation>
    </message>
    <message>
        <source>Status in the file</source>
        <translation>Status in der Datei</translation>
    </message>
    <message>
        <source>Column on the board</source>
        <translation>Spalte auf dem Board</translation>
    </message>
    <message>
        <source>Status to column mapping</source>
        <translation>Zuordnung von Status zu Spalten</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importieren</translation>
    </message>
    <message>
        <source>Warnings:</source>
        <translation>Warnungen:</translation>
    </message>
    <message>
        <source>Nothing can be imported.</source>
        <translation>Nichts kann importiert werden.</translation>
    </message>
    <message>
        <source>To create (%1)</source>
        <translation>Anzulegen (%1)</translation>
    </message>
    <message>
        <source>To update (%1)</source>
        <translation>Zu aktualisieren (%1)</translation>
    </message>
    <message>
        <source>Unchanged or skipped (%1)</source>
        <translation>Unverändert oder übersprungen (%1)</translation>
    </message>
    <message>
        <source>(new key)</source>
        <translation>(neuer Schlüssel)</translation>
    </message>
    <message>
        <source>%1, line %2</source>
        <translation>%1, Zeile %2</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <source>No column has this name; choose one</source>
        <translation>Keine Spalte hat diesen Namen; eine auswählen</translation>
    </message>
    <message>
        <source>Column for %1</source>
        <translation>Spalte für %1</translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation>Nichts wurde importiert: %1</translation>
    </message>
    <message numerus="yes">
        <source>Importing %n card(s)…</source>
        <translation>
            <numerusform>%n Karte wird importiert…</numerusform>
            <numerusform>%n Karten werden importiert…</numerusform>
        </translation>
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
        <source>Import cancelled; nothing was written. %1</source>
        <translation>Import abgebrochen; nichts wurde geschrieben. %1</translation>
    </message>
</context>
<context>
    <name>SprintDeck::ImportExport</name>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importieren…</translation>
    </message>
    <message>
        <source>Import markdown status documents, Jira CSV exports or a backup</source>
        <translation>Markdown-Statusdokumente, Jira-CSV-Exporte oder eine Sicherung importieren</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exportieren…</translation>
    </message>
    <message>
        <source>Export a backup (JSON), the cards (CSV) or a status report (markdown)</source>
        <translation>Eine Sicherung (JSON), die Karten (CSV) oder einen Statusbericht (Markdown) exportieren</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importieren</translation>
    </message>
    <message>
        <source>Cannot Import</source>
        <translation>Import nicht möglich</translation>
    </message>
    <message>
        <source>%1 is a backup; restore it on its own, not together with other files.</source>
        <translation>%1 ist eine Sicherung; für sich allein wiederherstellen, nicht zusammen mit anderen Dateien.</translation>
    </message>
    <message>
        <source>Cannot Restore</source>
        <translation>Wiederherstellen nicht möglich</translation>
    </message>
    <message>
        <source>Restored %1</source>
        <translation>%1 wiederhergestellt</translation>
    </message>
    <message>
        <source>Restore Backup into New Board</source>
        <translation>Sicherung in neues Board wiederherstellen</translation>
    </message>
    <message>
        <source>SprintDeck boards (*.sprintdeck)</source>
        <translation>SprintDeck-Boards (*.sprintdeck)</translation>
    </message>
    <message>
        <source>%1 exists already; choose a new file.</source>
        <translation>%1 gibt es bereits; eine neue Datei wählen.</translation>
    </message>
    <message>
        <source>SprintDeck backup with history (*.json)</source>
        <translation>SprintDeck-Sicherung mit Verlauf (*.json)</translation>
    </message>
    <message>
        <source>Cards as CSV, Jira columns (*.csv)</source>
        <translation>Karten als CSV, Jira-Spalten (*.csv)</translation>
    </message>
    <message>
        <source>Status report of the current sprint (*.md)</source>
        <translation>Statusbericht des aktuellen Sprints (*.md)</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <source>Cannot Export</source>
        <translation>Export nicht möglich</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Kann %1 nicht schreiben: %2</translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation>Nach %1 exportiert</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n card(s) from %1 (Edit &gt; Undo takes it back)</source>
        <translation>
            <numerusform>%n Karte aus %1 importiert (Bearbeiten &gt; Rückgängig nimmt es zurück)</numerusform>
            <numerusform>%n Karten aus %1 importiert (Bearbeiten &gt; Rückgängig nimmt es zurück)</numerusform>
        </translation>
    </message>
    <message>
        <source>Exporting to %1…</source>
        <translation>Export nach %1…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Export cancelled; %1 was not written.</source>
        <translation>Export abgebrochen; %1 wurde nicht geschrieben.</translation>
    </message>
</context>
<context>
    <name>SprintDeck::LaneHeader</name>
    <message>
        <source>Swimlane %1</source>
        <translation>Swimlane %1</translation>
    </message>
    <message>
        <source>collapsed</source>
        <translation>eingeklappt</translation>
    </message>
    <message>
        <source>expanded</source>
        <translation>ausgeklappt</translation>
    </message>
    <message>
        <source>Show the cards of %1</source>
        <translation>Die Karten von %1 zeigen</translation>
    </message>
    <message>
        <source>Fold %1</source>
        <translation>%1 einklappen</translation>
    </message>
    <message numerus="yes">
        <source>%n card(s) · %1 pts</source>
        <translation>
            <numerusform>%n Karte · %1 Pkt.</numerusform>
            <numerusform>%n Karten · %1 Pkt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n card(s), %1, %2</source>
        <translation>
            <numerusform>%n Karte, %1, %2</numerusform>
            <numerusform>%n Karten, %1, %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SprintDeck::MainWindow</name>
    <message>
        <source>&amp;Board</source>
        <translation>&amp;Board</translation>
    </message>
    <message>
        <source>&amp;Charts</source>
        <translation>&amp;Diagramme</translation>
    </message>
    <message>
        <source>&amp;Standup</source>
        <translation>&amp;Standup</translation>
    </message>
    <message>
        <source>S&amp;lides</source>
        <translation>&amp;Folien</translation>
    </message>
    <message>
        <source>&amp;Sprint</source>
        <translation>&amp;Sprint</translation>
    </message>
    <message>
        <source>Change Not Saved</source>
        <translation>Änderung nicht gespeichert</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Card</source>
        <translation>&amp;Karte</translation>
    </message>
    <message>
        <source>&amp;Backlog</source>
        <translation>Back&amp;log</translation>
    </message>
    <message>
        <source>&lt;opened&gt;</source>
        <translation>&lt;geöffnet&gt;</translation>
    </message>
    <message>
        <source>Undo history</source>
        <translation>Änderungsverlauf</translation>
    </message>
    <message>
        <source>Undo History</source>
        <translation>Änderungsverlauf</translation>
    </message>
    <message>
        <source>Undo &amp;History</source>
        <translation>Änderungs&amp;verlauf</translation>
    </message>
    <message>
        <source>⚠ Last change not saved</source>
        <translation>⚠ Letzte Änderung nicht gespeichert</translation>
    </message>
    <message>
        <source>✓ All changes saved</source>
        <translation>✓ Alle Änderungen gespeichert</translation>
    </message>
    <message>
        <source>✓ All changes saved · edited</source>
        <translation>✓ Alle Änderungen gespeichert · bearbeitet</translation>
    </message>
    <message>
        <source>No changes since %1 was opened</source>
        <translation>Keine Änderungen, seit %1 geöffnet wurde</translation>
    </message>
    <message>
        <source>Every change is written to %1 as you make it; undo walks them back</source>
        <translation>Jede Änderung wird sofort in %1 geschrieben; Rückgängig nimmt sie zurück</translation>
    </message>
    <message>
        <source>Cannot Create Board</source>
        <translation>Board kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>%1 exists already; use Open Board to open it.</source>
        <translation>%1 gibt es bereits; mit „Board öffnen“ öffnen.</translation>
    </message>
    <message>
        <source>Cannot Open Board</source>
        <translation>Board kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 existiert nicht.</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <source>Default database, standup timer, calendar, theme and language</source>
        <translation>Standarddatenbank, Standup-Timer, Kalender, Farbschema und Sprache</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <source>Every action with its keys (also ? outside text fields)</source>
        <translation>Jede Aktion mit ihren Tasten (auch ? außerhalb von Textfeldern)</translation>
    </message>
    <message>
        <source>&amp;About SprintDeck</source>
        <translation>Über &amp;SprintDeck</translation>
    </message>
    <message>
        <source>About SprintDeck</source>
        <translation>Über SprintDeck</translation>
    </message>
    <message>
        <source>&lt;b&gt;SprintDeck %1&lt;/b&gt;&lt;br&gt;A sprint board with burndown charts, standups and review slides on a local database file.</source>
        <translation>&lt;b&gt;SprintDeck %1&lt;/b&gt;&lt;br&gt;Ein Sprint-Board mit Burndown-Diagrammen, Standups und Review-Folien in einer lokalen Datenbankdatei.</translation>
    </message>
    <message>
        <source>Preferences saved</source>
        <translation>Einstellungen gespeichert</translation>
    </message>
    <message>
        <source>Days in &amp;Progress on Cards</source>
        <translation>&amp;Tage in Arbeit auf Karten</translation>
    </message>
</context>
<context>
    <name>SprintDeck::MembersDialog</name>
    <message>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>Inactive members leave the standup; their cards and past entries stay.</source>
        <translation>Inaktive Mitglieder verlassen das Standup; ihre Karten und früheren Einträge bleiben.</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Hinzufügen…</translation>
    </message>
    <message>
        <source>&amp;Rename…</source>
        <translation>&amp;Umbenennen…</translation>
    </message>
    <message>
        <source>&amp;Deactivate</source>
        <translation>&amp;Deaktivieren</translation>
    </message>
    <message>
        <source>Add Member</source>
        <translation>Mitglied hinzufügen</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>Rename Member</source>
        <translation>Mitglied umbenennen</translation>
    </message>
    <message>
        <source>%1 (inactive)</source>
        <translation>%1 (inaktiv)</translation>
    </message>
    <message>
        <source>A&amp;ctivate</source>
        <translation>A&amp;ktivieren</translation>
    </message>
    <message>
        <source>Cannot Add Member</source>
        <translation>Mitglied kann nicht hinzugefügt werden</translation>
    </message>
    <message>
        <source>Cannot Rename Member</source>
        <translation>Mitglied kann nicht umbenannt werden</translation>
    </message>
    <message>
        <source>Cannot Change Member</source>
        <translation>Mitglied kann nicht geändert werden</translation>
    </message>
    <message>
        <source>Team members</source>
        <translation>Teammitglieder</translation>
    </message>
</context>
<context>
    <name>SprintDeck::NewSprintDialog</name>
    <message>
        <source>New Sprint</source>
        <translation>Neuer Sprint</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>What the team wants to achieve</source>
        <translation>Was das Team erreichen will</translation>
    </message>
    <message>
        <source>&amp;Goal:</source>
        <translation>&amp;Ziel:</translation>
    </message>
    <message>
        <source>&amp;Start:</source>
        <translation>&amp;Beginn:</translation>
    </message>
    <message>
        <source>&amp;End:</source>
        <translation>&amp;Ende:</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>nicht festgelegt</translation>
    </message>
    <message>
        <source> points</source>
        <translation> Punkte</translation>
    </message>
    <message>
        <source>&amp;Capacity:</source>
        <translation>&amp;Kapazität:</translation>
    </message>
    <message>
        <source>&amp;Working days (uncheck holidays, check worked weekend days):</source>
        <translation>&amp;Arbeitstage (Feiertage abwählen, gearbeitete Wochenendtage wählen):</translation>
    </message>
    <message>
        <source>&amp;Create Sprint</source>
        <translation>Sprint &amp;anlegen</translation>
    </message>
    <message>
        <source>The end date is before the start date.</source>
        <translation>Das Enddatum liegt vor dem Startdatum.</translation>
    </message>
    <message numerus="yes">
        <source>%n working day(s)</source>
        <translation>
            <numerusform>%n Arbeitstag</numerusform>
            <numerusform>%n Arbeitstage</numerusform>
        </translation>
    </message>
    <message>
        <source>The sprint needs a name.</source>
        <translation>Der Sprint braucht einen Namen.</translation>
    </message>
    <message>
        <source>There is already a sprint called %1.</source>
        <translation>Es gibt bereits einen Sprint namens %1.</translation>
    </message>
    <message>
        <source>A sprint lasts a year at most.</source>
        <translation>Ein Sprint dauert höchstens ein Jahr.</translation>
    </message>
    <message>
        <source>Working days</source>
        <translation>Arbeitstage</translation>
    </message>
    <message>
        <source>One check box per day; uncheck holidays, check worked weekend days</source>
        <translation>Ein Kontrollkästchen pro Tag; Feiertage abwählen, gearbeitete Wochenendtage wählen</translation>
    </message>
    <message>
        <source>Edit Sprint</source>
        <translation>Sprint bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
</context>
<context>
    <name>SprintDeck::PdfDeckWriter</name>
    <message>
        <source>The deck has no slides; switch on at least one section</source>
        <translation>Die Präsentation hat keine Folien; mindestens einen Abschnitt einschalten</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Kann %1 nicht schreiben: %2</translation>
    </message>
    <message>
        <source>Cannot write %1: the PDF could not be started</source>
        <translation>Kann %1 nicht schreiben: das PDF konnte nicht begonnen werden</translation>
    </message>
    <message>
        <source>Export cancelled</source>
        <translation>Export abgebrochen</translation>
    </message>
</context>
<context>
    <name>SprintDeck::Points</name>
    <message numerus="yes">
        <source>%n point(s)</source>
        <translation>
            <numerusform>%n Punkt</numerusform>
            <numerusform>%n Punkte</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 points</source>
        <translation>%1 Punkte</translation>
    </message>
</context>
<context>
    <name>SprintDeck::PptxWriter</name>
    <message>
        <source>The deck has no slides; switch on at least one section</source>
        <translation>Die Präsentation hat keine Folien; mindestens einen Abschnitt einschalten</translation>
    </message>
    <message>
        <source>Export cancelled</source>
        <translation>Export abgebrochen</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Kann %1 nicht schreiben: %2</translation>
    </message>
</context>
<context>
    <name>SprintDeck::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>The board in the user&apos;s data folder</source>
        <translation>Das Board im Datenordner des Benutzers</translation>
    </message>
    <message>
        <source>Default database</source>
        <translation>Standarddatenbank</translation>
    </message>
    <message>
        <source>The board opened at start when no file is given; empty for the built-in default</source>
        <translation>Das beim Start geöffnete Board, wenn keine Datei angegeben ist; leer für die eingebaute Vorgabe</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen…</translation>
    </message>
    <message>
        <source>Browse for the default database</source>
        <translation>Die Standarddatenbank auswählen</translation>
    </message>
    <message>
        <source>Default &amp;database:</source>
        <translation>Standarddaten&amp;bank:</translation>
    </message>
    <message>
        <source> s</source>
        <translation>&#xa0;s</translation>
    </message>
    <message>
        <source>Standup speaker time</source>
        <translation>Standup-Redezeit</translation>
    </message>
    <message>
        <source>Seconds each person speaks in the standup presenter</source>
        <translation>Sekunden Redezeit pro Person in der Standup-Präsentation</translation>
    </message>
    <message>
        <source>&amp;Standup speaker time:</source>
        <translation>Standup-&amp;Redezeit:</translation>
    </message>
    <message>
        <source>As the system (%1)</source>
        <translation>Wie das System (%1)</translation>
    </message>
    <message>
        <source>First day of the week</source>
        <translation>Erster Tag der Woche</translation>
    </message>
    <message>
        <source>The first column of calendars and date pickers</source>
        <translation>Die erste Spalte von Kalendern und Datumsauswahlen</translation>
    </message>
    <message>
        <source>&amp;Week starts on:</source>
        <translation>&amp;Woche beginnt am:</translation>
    </message>
    <message>
        <source>%1 is a working day</source>
        <translation>%1 ist ein Arbeitstag</translation>
    </message>
    <message>
        <source>Wor&amp;king days:</source>
        <translation>&amp;Arbeitstage:</translation>
    </message>
    <message>
        <source>The days a new sprint works on unless you change its calendar</source>
        <translation>Die Arbeitstage eines neuen Sprints, solange sein Kalender nicht geändert wird</translation>
    </message>
    <message>
        <source>As the system</source>
        <translation>Wie das System</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Farbschema</translation>
    </message>
    <message>
        <source>Colours of the windows, the board and the charts</source>
        <translation>Farben der Fenster, des Boards und der Diagramme</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>&amp;Farbschema:</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <source>A new language takes effect after a restart.</source>
        <translation>Eine neue Sprache gilt nach einem Neustart.</translation>
    </message>
    <message>
        <source>Default Database</source>
        <translation>Standarddatenbank</translation>
    </message>
    <message>
        <source>SprintDeck boards (*.sprintdeck);;All files (*)</source>
        <translation>SprintDeck-Boards (*.sprintdeck);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Choose at least one working day.</source>
        <translation>Mindestens einen Arbeitstag wählen.</translation>
    </message>
    <message>
        <source>%1 is a folder; choose a database file.</source>
        <translation>%1 ist ein Ordner; eine Datenbankdatei wählen.</translation>
    </message>
</context>
<context>
    <name>SprintDeck::PresenterWindow</name>
    <message>
        <source>Standup</source>
        <translation>Standup</translation>
    </message>
    <message>
        <source>DAILY STANDUP</source>
        <translation>DAILY STANDUP</translation>
    </message>
    <message>
        <source>%1 / %2 points</source>
        <translation>%1 / %2 Punkte</translation>
    </message>
    <message>
        <source>last day</source>
        <translation>letzter Tag</translation>
    </message>
    <message numerus="yes">
        <source>%n days left</source>
        <translation>
            <numerusform>noch %n Tag</numerusform>
            <numerusform>noch %n Tage</numerusform>
        </translation>
    </message>
    <message>
        <source>Speaker %1 of %2</source>
        <translation>Sprecher %1 von %2</translation>
    </message>
    <message>
        <source>+%1 over time</source>
        <translation>+%1 überzogen</translation>
    </message>
    <message>
        <source>of %1</source>
        <translation>von %1</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>pausiert</translation>
    </message>
    <message>
        <source>YESTERDAY</source>
        <translation>GESTERN</translation>
    </message>
    <message>
        <source>Nothing reported</source>
        <translation>Nichts berichtet</translation>
    </message>
    <message>
        <source>TODAY</source>
        <translation>HEUTE</translation>
    </message>
    <message>
        <source>BLOCKERS</source>
        <translation>BLOCKER</translation>
    </message>
    <message>
        <source>No blockers</source>
        <translation>Keine Blocker</translation>
    </message>
    <message>
        <source>No one on the standup yet</source>
        <translation>Noch niemand im Standup</translation>
    </message>
    <message>
        <source>That’s everyone</source>
        <translation>Das waren alle</translation>
    </message>
    <message>
        <source>Meeting time %1</source>
        <translation>Besprechungszeit %1</translation>
    </message>
    <message>
        <source>BLOCKERS TO FOLLOW UP</source>
        <translation>NACHZUVERFOLGENDE BLOCKER</translation>
    </message>
    <message>
        <source>No blockers today</source>
        <translation>Heute keine Blocker</translation>
    </message>
    <message>
        <source>TEAM NOTE</source>
        <translation>TEAMNOTIZ</translation>
    </message>
    <message>
        <source>No note</source>
        <translation>Keine Notiz</translation>
    </message>
    <message>
        <source>Meeting %1</source>
        <translation>Besprechung %1</translation>
    </message>
    <message>
        <source>← →  previous / next     P  pause     R  restart timer     Esc  close</source>
        <translation>← →  zurück / weiter     P  Pause     R  Timer neu starten     Esc  schließen</translation>
    </message>
</context>
<context>
    <name>SprintDeck::ProposalStrip</name>
    <message>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <source>Append the suggested cards to the text</source>
        <translation>Die vorgeschlagenen Karten an den Text anhängen</translation>
    </message>
    <message>
        <source>Dismiss the suggestions</source>
        <translation>Die Vorschläge verwerfen</translation>
    </message>
    <message>
        <source>Board suggests: %1</source>
        <translation>Das Board schlägt vor: %1</translation>
    </message>
    <message>
        <source>Add the suggested cards</source>
        <translation>Die vorgeschlagenen Karten hinzufügen</translation>
    </message>
</context>
<context>
    <name>SprintDeck::RedmineClient</name>
    <message>
        <source>the server refused the API key (401): check the key of this remote</source>
        <translation>der Server hat den API-Schlüssel abgelehnt (401): den Schlüssel dieses Remotes prüfen</translation>
    </message>
    <message>
        <source>permission denied by the server (403)</source>
        <translation>Zugriff vom Server verweigert (403)</translation>
    </message>
    <message>
        <source>not found on the server (404): %1</source>
        <translation>auf dem Server nicht gefunden (404): %1</translation>
    </message>
    <message>
        <source>the server refused the change (422)</source>
        <translation>der Server hat die Änderung abgelehnt (422)</translation>
    </message>
    <message>
        <source>server error %1 at %2</source>
        <translation>Serverfehler %1 bei %2</translation>
    </message>
    <message>
        <source>unexpected answer %1 from %2</source>
        <translation>unerwartete Antwort %1 von %2</translation>
    </message>
    <message>
        <source>the certificate of %1 could not be verified (%2)</source>
        <translation>das Zertifikat von %1 konnte nicht geprüft werden (%2)</translation>
    </message>
    <message>
        <source>cannot reach %1: connection refused (is the server running?)</source>
        <translation>%1 nicht erreichbar: Verbindung abgelehnt (läuft der Server?)</translation>
    </message>
    <message>
        <source>cannot reach %1: host not found</source>
        <translation>%1 nicht erreichbar: Host nicht gefunden</translation>
    </message>
    <message>
        <source>cannot reach %1: no answer (timed out)</source>
        <translation>%1 nicht erreichbar: keine Antwort (Zeitüberschreitung)</translation>
    </message>
    <message>
        <source>cannot reach %1: %2</source>
        <translation>%1 nicht erreichbar: %2</translation>
    </message>
    <message>
        <source>no answer from %1</source>
        <translation>keine Antwort von %1</translation>
    </message>
</context>
<context>
    <name>SprintDeck::RemotesDialog</name>
    <message>
        <source>Send the key over plain http (unencrypted)</source>
        <translation>Den Schlüssel über unverschlüsseltes http senden</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>Remotes</source>
        <translation>Tracker-Verbindungen</translation>
    </message>
    <message>
        <source>the project&apos;s identifier, e.g. website</source>
        <translation>die Kennung des Projekts, z. B. website</translation>
    </message>
    <message>
        <source>from the project</source>
        <translation>aus dem Projekt</translation>
    </message>
    <message>
        <source>“Story points” custom field</source>
        <translation>Benutzerdefiniertes Feld „Story points“</translation>
    </message>
    <message>
        <source>Estimated hours</source>
        <translation>Geschätzte Stunden</translation>
    </message>
    <message>
        <source>Redmine status</source>
        <translation>Redmine-Status</translation>
    </message>
    <message>
        <source>Board column</source>
        <translation>Board-Spalte</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>Ser&amp;ver:</source>
        <translation>Ser&amp;ver:</translation>
    </message>
    <message>
        <source>&amp;Project:</source>
        <translation>&amp;Projekt:</translation>
    </message>
    <message>
        <source>API &amp;key:</source>
        <translation>API-&amp;Schlüssel:</translation>
    </message>
    <message>
        <source>Card &amp;keys:</source>
        <translation>Karten&amp;schlüssel:</translation>
    </message>
    <message>
        <source>P&amp;oints from:</source>
        <translation>P&amp;unkte aus:</translation>
    </message>
    <message>
        <source>Statuses and columns:</source>
        <translation>Status und Spalten:</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Hinzufügen</translation>
    </message>
    <message>
        <source>unchanged (kept in the keychain)</source>
        <translation>unverändert (im Schlüsselbund aufbewahrt)</translation>
    </message>
    <message>
        <source>from your Redmine account page</source>
        <translation>von der Seite deines Redmine-Kontos</translation>
    </message>
    <message>
        <source>The server&apos;s statuses appear here after the first sync.</source>
        <translation>Die Status des Servers erscheinen hier nach der ersten Synchronisierung.</translation>
    </message>
    <message>
        <source>A card moved to a column gets the first status mapped to it.</source>
        <translation>Eine in eine Spalte verschobene Karte erhält den ersten ihr zugeordneten Status.</translation>
    </message>
    <message>
        <source>Plain http to this computer: the key does not cross the network.</source>
        <translation>Unverschlüsseltes http zu diesem Computer: der Schlüssel verlässt das Gerät nicht.</translation>
    </message>
    <message>
        <source>The connection is encrypted and the server&apos;s certificate is checked.</source>
        <translation>Die Verbindung ist verschlüsselt und das Zertifikat des Servers wird geprüft.</translation>
    </message>
    <message>
        <source>The key and your data will cross the network unencrypted.</source>
        <translation>Der Schlüssel und deine Daten gehen unverschlüsselt über das Netz.</translation>
    </message>
    <message>
        <source>Plain http would send the key unencrypted: use https, or confirm above.</source>
        <translation>Unverschlüsseltes http würde den Schlüssel offen senden: https verwenden oder oben bestätigen.</translation>
    </message>
    <message>
        <source>A remote needs a name and a project</source>
        <translation>Ein Remote braucht einen Namen und ein Projekt</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>%1 gespeichert.</translation>
    </message>
    <message>
        <source>Saved %1; its key is in the keychain.</source>
        <translation>%1 gespeichert; sein Schlüssel liegt im Schlüsselbund.</translation>
    </message>
    <message>
        <source>Saved %1. %2.</source>
        <translation>%1 gespeichert. %2.</translation>
    </message>
    <message>
        <source>Remove Remote</source>
        <translation>Remote entfernen</translation>
    </message>
    <message>
        <source>Remove %1? The cards stay on the board; they are no longer synced.</source>
        <translation>%1 entfernen? Die Karten bleiben auf dem Board; sie werden nicht mehr synchronisiert.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Removed %1, but its key may remain in the keychain: %2</source>
        <translation>%1 entfernt, aber sein Schlüssel kann noch im Schlüsselbund liegen: %2</translation>
    </message>
    <message>
        <source>Removed %1.</source>
        <translation>%1 entfernt.</translation>
    </message>
    <message>
        <source>Statuses and columns</source>
        <translation>Status und Spalten</translation>
    </message>
    <message>
        <source>Column for %1</source>
        <translation>Spalte für %1</translation>
    </message>
</context>
<context>
    <name>SprintDeck::ReviewData</name>
    <message>
        <source>No sprint with id %1</source>
        <translation>Kein Sprint mit der ID %1</translation>
    </message>
    <message>
        <source>Backlog</source>
        <translation>Backlog</translation>
    </message>
    <message>
        <source>(deleted)</source>
        <translation>(gelöscht)</translation>
    </message>
    <message>
        <source>Someone</source>
        <translation>Jemand</translation>
    </message>
</context>
<context>
    <name>SprintDeck::ReviewNotes</name>
    <message>
        <source>What went well</source>
        <translation>Was gut lief</translation>
    </message>
    <message>
        <source>Challenges</source>
        <translation>Herausforderungen</translation>
    </message>
    <message>
        <source>Learnings</source>
        <translation>Erkenntnisse</translation>
    </message>
    <message>
        <source>Improvements</source>
        <translation>Verbesserungen</translation>
    </message>
    <message>
        <source>Next sprint</source>
        <translation>Nächster Sprint</translation>
    </message>
    <message>
        <source>Cannot read the review notes: %1</source>
        <translation>Kann die Review-Notizen nicht lesen: %1</translation>
    </message>
    <message>
        <source>The review notes belong to no sprint</source>
        <translation>Die Review-Notizen gehören zu keinem Sprint</translation>
    </message>
    <message>
        <source>Cannot save the review notes: %1</source>
        <translation>Kann die Review-Notizen nicht speichern: %1</translation>
    </message>
    <message>
        <source>Cannot save the slide settings: %1</source>
        <translation>Kann die Folieneinstellungen nicht speichern: %1</translation>
    </message>
</context>
<context>
    <name>SprintDeck::SecretStore</name>
    <message>
        <source>no API key is stored for this remote</source>
        <translation>für dieses Remote ist kein API-Schlüssel gespeichert</translation>
    </message>
    <message>
        <source>%1: the API key is kept for this session only</source>
        <translation>%1: der API-Schlüssel gilt nur für diese Sitzung</translation>
    </message>
</context>
<context>
    <name>SprintDeck::ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Search actions or keys</source>
        <translation>Aktionen oder Tasten suchen</translation>
    </message>
    <message>
        <source>Clear the search</source>
        <translation>Die Suche zurücksetzen</translation>
    </message>
    <message>
        <source>Search shortcuts</source>
        <translation>Tastenkürzel suchen</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Menus also open with Alt and the underlined letter; Tab moves between controls.</source>
        <translation>Menüs öffnen sich auch mit Alt und dem unterstrichenen Buchstaben; Tab wechselt zwischen den Bedienelementen.</translation>
    </message>
    <message>
        <source>In views and panels</source>
        <translation>In Ansichten und Bereichen</translation>
    </message>
</context>
<context>
    <name>SprintDeck::SlideCanvas</name>
    <message>
        <source>Slide preview</source>
        <translation>Folienvorschau</translation>
    </message>
</context>
<context>
    <name>SprintDeck::SlideLayout</name>
    <message>
        <source>%1 · Sprint review</source>
        <translation>%1 · Sprint-Review</translation>
    </message>
    <message>
        <source>SPRINT REVIEW</source>
        <translation>SPRINT-REVIEW</translation>
    </message>
    <message>
        <source>rows %1–%2 of %3, slide %4 of %5</source>
        <translation>Zeilen %1–%2 von %3, Folie %4 von %5</translation>
    </message>
    <message>
        <source>%1 (continued)</source>
        <translation>%1 (Fortsetzung)</translation>
    </message>
    <message>
        <source>slide %1 of %2</source>
        <translation>Folie %1 von %2</translation>
    </message>
</context>
<context>
    <name>SprintDeck::SlidesView</name>
    <message>
        <source>Notes Not Saved</source>
        <translation>Notizen nicht gespeichert</translation>
    </message>
    <message>
        <source>&amp;Sprint:</source>
        <translation>Spri&amp;nt:</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>&amp;Design:</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
    <message>
        <source>Accent colour</source>
        <translation>Akzentfarbe</translation>
    </message>
    <message>
        <source>&amp;Accent…</source>
        <translation>&amp;Akzent…</translation>
    </message>
    <message>
        <source>&amp;Open after export</source>
        <translation>Nach dem Export ö&amp;ffnen</translation>
    </message>
    <message>
        <source>Export &amp;PPTX…</source>
        <translation>&amp;PPTX exportieren…</translation>
    </message>
    <message>
        <source>Export P&amp;DF…</source>
        <translation>P&amp;DF exportieren…</translation>
    </message>
    <message>
        <source>Slides</source>
        <translation>Folien</translation>
    </message>
    <message>
        <source>Accent Colour</source>
        <translation>Akzentfarbe</translation>
    </message>
    <message>
        <source>Slides in the deck:</source>
        <translation>Folien der Präsentation:</translation>
    </message>
    <message>
        <source>Speaker notes on each slide carry the details: daily numbers, scope changes, full titles.</source>
        <translation>Die Sprechernotizen jeder Folie tragen die Details: Tageszahlen, Umfangsänderungen, vollständige Titel.</translation>
    </message>
    <message>
        <source>Sec&amp;tions</source>
        <translation>Ab&amp;schnitte</translation>
    </message>
    <message>
        <source>Retrospecti&amp;ve</source>
        <translation>Retrospekti&amp;ve</translation>
    </message>
    <message>
        <source>One point per line; the retrospective and next-sprint slides show them.</source>
        <translation>Ein Punkt pro Zeile; die Folien Retrospektive und Nächster Sprint zeigen sie.</translation>
    </message>
    <message>
        <source> (active)</source>
        <translation> (aktiv)</translation>
    </message>
    <message>
        <source> (closed)</source>
        <translation> (abgeschlossen)</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>%1 gespeichert</translation>
    </message>
    <message>
        <source>Editing…</source>
        <translation>Bearbeitung…</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Nicht gespeichert: %1</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Gespeichert</translation>
    </message>
    <message>
        <source>Settings Not Saved</source>
        <translation>Einstellungen nicht gespeichert</translation>
    </message>
    <message>
        <source>The board has no sprint yet. Create a sprint and plan cards into it; its review slides appear here.</source>
        <translation>Das Board hat noch keinen Sprint. Lege einen Sprint an und plane Karten ein; seine Review-Folien erscheinen hier.</translation>
    </message>
    <message>
        <source>Every section is switched off. Choose the slides to include under Sections.</source>
        <translation>Alle Abschnitte sind ausgeschaltet. Die gewünschten Folien unter Abschnitte auswählen.</translation>
    </message>
    <message>
        <source>Slide %1 of %2: %3</source>
        <translation>Folie %1 von %2: %3</translation>
    </message>
    <message>
        <source>The retrospective slide appears once it has notes (Retrospective tab).</source>
        <translation>Die Retrospektive-Folie erscheint, sobald sie Notizen hat (Reiter Retrospektive).</translation>
    </message>
    <message>
        <source>%1: sprint review</source>
        <translation>%1: Sprint-Review</translation>
    </message>
    <message>
        <source>%1 review</source>
        <translation>Review %1</translation>
    </message>
    <message>
        <source>Export Slides as PowerPoint</source>
        <translation>Folien als PowerPoint exportieren</translation>
    </message>
    <message>
        <source>Export Slides as PDF</source>
        <translation>Folien als PDF exportieren</translation>
    </message>
    <message>
        <source>PowerPoint presentations (*.pptx)</source>
        <translation>PowerPoint-Präsentationen (*.pptx)</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-Dokumente (*.pdf)</translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation>%1 wird geschrieben…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Export Slides</source>
        <translation>Folien exportieren</translation>
    </message>
    <message>
        <source>Export cancelled; no file was written.</source>
        <translation>Export abgebrochen; keine Datei wurde geschrieben.</translation>
    </message>
    <message>
        <source>Export Failed</source>
        <translation>Export fehlgeschlagen</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n slide(s) to %1</source>
        <translation>
            <numerusform>%n Folie nach %1 geschrieben</numerusform>
            <numerusform>%n Folien nach %1 geschrieben</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot Open the File</source>
        <translation>Datei kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>%1 was written, but no application is set up to open it.</source>
        <translation>%1 wurde geschrieben, aber keine Anwendung ist zum Öffnen eingerichtet.</translation>
    </message>
    <message>
        <source>Sprint of the slides</source>
        <translation>Sprint der Folien</translation>
    </message>
    <message>
        <source>Slide theme</source>
        <translation>Foliendesign</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n slide(s) to %1</source>
        <translation>
            <numerusform>%n Folie nach %1 exportiert</numerusform>
            <numerusform>%n Folien nach %1 exportiert</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SprintDeck::SprintActions</name>
    <message>
        <source>&amp;New Sprint…</source>
        <translation>&amp;Neuer Sprint…</translation>
    </message>
    <message>
        <source>&amp;Start Sprint…</source>
        <translation>Sprint &amp;starten…</translation>
    </message>
    <message>
        <source>&amp;Close Sprint…</source>
        <translation>Sprint a&amp;bschließen…</translation>
    </message>
    <message>
        <source>Close the active sprint first</source>
        <translation>Zuerst den aktiven Sprint abschließen</translation>
    </message>
    <message>
        <source>&amp;Reopen Sprint…</source>
        <translation>Sprint &amp;wieder öffnen…</translation>
    </message>
    <message>
        <source>Make a closed sprint active again, to change its cards</source>
        <translation>Einen abgeschlossenen Sprint wieder aktiv machen, um seine Karten zu ändern</translation>
    </message>
    <message>
        <source>Reopen Sprint</source>
        <translation>Sprint wieder öffnen</translation>
    </message>
    <message>
        <source>Reopen %1?</source>
        <translation>%1 wieder öffnen?</translation>
    </message>
    <message>
        <source>It becomes the active sprint again and its cards can change; its frozen report is dropped, so its charts follow the cards again. Close it again when done, or undo.</source>
        <translation>Er wird wieder der aktive Sprint und seine Karten können sich ändern; sein eingefrorener Bericht wird verworfen, die Diagramme folgen also wieder den Karten. Danach erneut abschließen oder rückgängig machen.</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>Wieder öffnen</translation>
    </message>
    <message>
        <source>Sprint Not Reopened</source>
        <translation>Sprint nicht wieder geöffnet</translation>
    </message>
    <message>
        <source>&amp;Edit Sprint…</source>
        <translation>Sprint b&amp;earbeiten…</translation>
    </message>
    <message>
        <source>%1 is closed and cannot be edited</source>
        <translation>%1 ist abgeschlossen und lässt sich nicht ändern</translation>
    </message>
</context>
<context>
    <name>SprintDeck::Standup</name>
    <message>
        <source>Yesterday</source>
        <translation>Gestern</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <source>Blockers</source>
        <translation>Blocker</translation>
    </message>
</context>
<context>
    <name>SprintDeck::StandupBook</name>
    <message>
        <source>Not a valid date</source>
        <translation>Kein gültiges Datum</translation>
    </message>
    <message>
        <source>No member with id %1</source>
        <translation>Kein Mitglied mit der ID %1</translation>
    </message>
    <message>
        <source>Cannot save the standup of %1: %2</source>
        <translation>Kann das Standup vom %1 nicht speichern: %2</translation>
    </message>
</context>
<context>
    <name>SprintDeck::StandupEntryWidget</name>
    <message>
        <source>What got done since the last standup</source>
        <translation>Was seit dem letzten Standup erledigt wurde</translation>
    </message>
    <message>
        <source>What comes next</source>
        <translation>Was als Nächstes kommt</translation>
    </message>
    <message>
        <source>Anything in the way?</source>
        <translation>Steht etwas im Weg?</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>%1 (inactive)</source>
        <translation>%1 (inaktiv)</translation>
    </message>
    <message numerus="yes">
        <source>%n moved</source>
        <translation>
            <numerusform>%n verschoben</numerusform>
            <numerusform>%n verschoben</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n in progress</source>
        <translation>
            <numerusform>%n in Arbeit</numerusform>
            <numerusform>%n in Arbeit</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n blocked</source>
        <translation>
            <numerusform>%n blockiert</numerusform>
            <numerusform>%n blockiert</numerusform>
        </translation>
    </message>
    <message>
        <source>nothing on the board</source>
        <translation>nichts auf dem Board</translation>
    </message>
    <message>
        <source>Since the previous standup, from the board&apos;s history</source>
        <translation>Seit dem vorigen Standup, aus dem Verlauf des Boards</translation>
    </message>
</context>
<context>
    <name>SprintDeck::StandupFill</name>
    <message>
        <source>(1 point)</source>
        <translation>(1 Punkt)</translation>
    </message>
    <message>
        <source>(%1 points)</source>
        <translation>(%1 Punkte)</translation>
    </message>
    <message>
        <source>blocked</source>
        <translation>blockiert</translation>
    </message>
    <message>
        <source>blocked, no reason given</source>
        <translation>blockiert, kein Grund angegeben</translation>
    </message>
</context>
<context>
    <name>SprintDeck::StandupReport</name>
    <message>
        <source>P1 (Critical)</source>
        <translation>P1 (Kritisch)</translation>
    </message>
    <message>
        <source>P2 (High)</source>
        <translation>P2 (Hoch)</translation>
    </message>
    <message>
        <source>P3 (Medium)</source>
        <translation>P3 (Mittel)</translation>
    </message>
    <message>
        <source>P4 (Low)</source>
        <translation>P4 (Niedrig)</translation>
    </message>
    <message>
        <source>Story Points</source>
        <translation>Story Points</translation>
    </message>
    <message>
        <source>Cards</source>
        <translation>Karten</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorität</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <source>Remaining</source>
        <translation>Verbleibend</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Summe</translation>
    </message>
    <message>
        <source>points</source>
        <translation>Punkte</translation>
    </message>
    <message>
        <source>cards</source>
        <translation>Karten</translation>
    </message>
    <message>
        <source>Ahead of schedule</source>
        <translation>Vor dem Plan</translation>
    </message>
    <message>
        <source>Behind schedule</source>
        <translation>Im Verzug</translation>
    </message>
    <message>
        <source>On track</source>
        <translation>Im Plan</translation>
    </message>
    <message>
        <source>Daily Standup</source>
        <translation>Daily Standup</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>- None</source>
        <translation>- Keine</translation>
    </message>
    <message>
        <source>- Nothing reported</source>
        <translation>- Nichts berichtet</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Fortschritt</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>Daily Status</source>
        <translation>Tagesstatus</translation>
    </message>
    <message>
        <source>Day %1</source>
        <translation>Tag %1</translation>
    </message>
    <message>
        <source>Daily Goal</source>
        <translation>Tagesziel</translation>
    </message>
    <message>
        <source>Completed Tasks</source>
        <translation>Erledigte Aufgaben</translation>
    </message>
    <message>
        <source>No cards were finished today.</source>
        <translation>Heute wurden keine Karten fertig.</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Verantwortlich</translation>
    </message>
    <message>
        <source>In Progress</source>
        <translation>In Arbeit</translation>
    </message>
    <message>
        <source>Blocked</source>
        <translation>Blockiert</translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation>kein Grund angegeben</translation>
    </message>
    <message>
        <source>Sprint Progress</source>
        <translation>Sprint-Fortschritt</translation>
    </message>
    <message>
        <source>Remaining Issues &amp; Blockers</source>
        <translation>Offene Punkte &amp; Blocker</translation>
    </message>
    <message>
        <source>from the standup</source>
        <translation>aus dem Standup</translation>
    </message>
    <message>
        <source>None: nothing is blocked.</source>
        <translation>Keine: nichts ist blockiert.</translation>
    </message>
    <message>
        <source>Tomorrow&apos;s Plan</source>
        <translation>Plan für morgen</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Weitermachen</translation>
    </message>
    <message>
        <source>Unblock</source>
        <translation>Blockierung aufheben</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Beginnen</translation>
    </message>
    <message>
        <source>Nothing is left to do in this sprint.</source>
        <translation>In diesem Sprint ist nichts mehr zu tun.</translation>
    </message>
    <message>
        <source>%1% complete</source>
        <translation>%1 % erledigt</translation>
    </message>
    <message>
        <source>the sprint ends today</source>
        <translation>der Sprint endet heute</translation>
    </message>
    <message>
        <source>1 working day left</source>
        <translation>noch 1 Arbeitstag</translation>
    </message>
    <message>
        <source>%1 working days left</source>
        <translation>noch %1 Arbeitstage</translation>
    </message>
    <message>
        <source>Sprint Status</source>
        <translation>Sprint-Status</translation>
    </message>
    <message>
        <source>Next Review</source>
        <translation>Nächstes Review</translation>
    </message>
    <message>
        <source>End of Day %1</source>
        <translation>Ende von Tag %1</translation>
    </message>
    <message>
        <source>Sprint</source>
        <translation>Sprint</translation>
    </message>
    <message>
        <source>Day %1 of %2</source>
        <translation>Tag %1 von %2</translation>
    </message>
    <message>
        <source>last day</source>
        <translation>letzter Tag</translation>
    </message>
    <message>
        <source>The sprint has not started yet; there is no progress to report.</source>
        <translation>Der Sprint hat noch nicht begonnen; es gibt keinen Fortschritt zu berichten.</translation>
    </message>
    <message>
        <source>Overall Progress</source>
        <translation>Gesamtfortschritt</translation>
    </message>
    <message>
        <source>(proposed from the board)</source>
        <translation>(aus dem Board vorgeschlagen)</translation>
    </message>
    <message>
        <source>unassigned</source>
        <translation>nicht zugewiesen</translation>
    </message>
    <message>
        <source>Blocked on the board</source>
        <translation>Auf dem Board blockiert</translation>
    </message>
</context>
<context>
    <name>SprintDeck::StandupView</name>
    <message>
        <source>Previous day</source>
        <translation>Vorheriger Tag</translation>
    </message>
    <message>
        <source>Days in bold have a standup</source>
        <translation>Fett gedruckte Tage haben ein Standup</translation>
    </message>
    <message>
        <source>Next day</source>
        <translation>Nächster Tag</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <source>Fill from Board</source>
        <translation>Vom Board füllen</translation>
    </message>
    <message>
        <source>Propose each member&apos;s part from the board; typed text is kept</source>
        <translation>Den Teil jedes Mitglieds vom Board vorschlagen; getippter Text bleibt erhalten</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>Präsentieren</translation>
    </message>
    <message>
        <source>Run the standup full screen (F5)</source>
        <translation>Das Standup im Vollbild leiten (F5)</translation>
    </message>
    <message>
        <source>Speaker Time…</source>
        <translation>Redezeit…</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>Copy a report to paste into chat or a wiki</source>
        <translation>Einen Bericht zum Einfügen in Chat oder Wiki kopieren</translation>
    </message>
    <message>
        <source>Copy Standup</source>
        <translation>Standup kopieren</translation>
    </message>
    <message>
        <source>Copy Daily Status Report</source>
        <translation>Tagesstatusbericht kopieren</translation>
    </message>
    <message>
        <source>Save Standup as Markdown…</source>
        <translation>Standup als Markdown speichern…</translation>
    </message>
    <message>
        <source>Save Daily Status as Markdown…</source>
        <translation>Tagesstatus als Markdown speichern…</translation>
    </message>
    <message>
        <source>Team…</source>
        <translation>Team…</translation>
    </message>
    <message>
        <source>Add, rename or deactivate members</source>
        <translation>Mitglieder hinzufügen, umbenennen oder deaktivieren</translation>
    </message>
    <message>
        <source>B</source>
        <translation>F</translation>
    </message>
    <message>
        <source>Bold (Ctrl+B)</source>
        <translation>Fett (Strg+B)</translation>
    </message>
    <message>
        <source>I</source>
        <translation>K</translation>
    </message>
    <message>
        <source>Italic (Ctrl+I)</source>
        <translation>Kursiv (Strg+I)</translation>
    </message>
    <message>
        <source>List</source>
        <translation>Liste</translation>
    </message>
    <message>
        <source>Bulleted list (Ctrl+Shift+L)</source>
        <translation>Aufzählung (Strg+Umschalt+L)</translation>
    </message>
    <message>
        <source>Numbered list (Ctrl+Shift+O)</source>
        <translation>Nummerierte Liste (Strg+Umschalt+O)</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>Team note</source>
        <translation>Teamnotiz</translation>
    </message>
    <message>
        <source>Announcements, decisions, follow-ups for the whole team</source>
        <translation>Ankündigungen, Entscheidungen, Nachverfolgungen für das ganze Team</translation>
    </message>
    <message>
        <source>No active members yet. Add the team with “Team…”.</source>
        <translation>Noch keine aktiven Mitglieder. Das Team über „Team…“ hinzufügen.</translation>
    </message>
    <message>
        <source>Nothing written for this day yet</source>
        <translation>Für diesen Tag ist noch nichts geschrieben</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Gespeichert</translation>
    </message>
    <message>
        <source>Standup Not Saved</source>
        <translation>Standup nicht gespeichert</translation>
    </message>
    <message>
        <source>Editing…</source>
        <translation>Bearbeitung…</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Nicht gespeichert: %1</translation>
    </message>
    <message>
        <source>Saved at %1</source>
        <translation>Gespeichert um %1</translation>
    </message>
    <message>
        <source>Standup saved</source>
        <translation>Standup gespeichert</translation>
    </message>
    <message>
        <source>Day %1 of %2</source>
        <translation>Tag %1 von %2</translation>
    </message>
    <message>
        <source>%1 / %2 points</source>
        <translation>%1 / %2 Punkte</translation>
    </message>
    <message>
        <source>last day</source>
        <translation>letzter Tag</translation>
    </message>
    <message numerus="yes">
        <source>%n days left</source>
        <translation>
            <numerusform>noch %n Tag</numerusform>
            <numerusform>noch %n Tage</numerusform>
        </translation>
    </message>
    <message>
        <source>No sprint on this day</source>
        <translation>An diesem Tag kein Sprint</translation>
    </message>
    <message numerus="yes">
        <source>Filled %n empty field(s)</source>
        <translation>
            <numerusform>%n leeres Feld gefüllt</numerusform>
            <numerusform>%n leere Felder gefüllt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n field(s) with suggestions to review</source>
        <translation>
            <numerusform>; %n Feld mit Vorschlägen zu prüfen</numerusform>
            <numerusform>; %n Felder mit Vorschlägen zu prüfen</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing new on the board</source>
        <translation>Nichts Neues auf dem Board</translation>
    </message>
    <message>
        <source> (since %1)</source>
        <translation> (seit %1)</translation>
    </message>
    <message>
        <source>Speaker Time</source>
        <translation>Redezeit</translation>
    </message>
    <message>
        <source>Minutes per speaker:</source>
        <translation>Minuten pro Person:</translation>
    </message>
    <message>
        <source>Copy Report</source>
        <translation>Bericht kopieren</translation>
    </message>
    <message>
        <source>The report is empty.</source>
        <translation>Der Bericht ist leer.</translation>
    </message>
    <message>
        <source>Daily status report copied: paste it into chat or a wiki</source>
        <translation>Tagesstatusbericht kopiert: in Chat oder Wiki einfügen</translation>
    </message>
    <message>
        <source>Standup copied: paste it into chat or a wiki</source>
        <translation>Standup kopiert: in Chat oder Wiki einfügen</translation>
    </message>
    <message>
        <source>Cannot Save Report</source>
        <translation>Bericht kann nicht gespeichert werden</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Kann %1 nicht schreiben: %2</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>%1 gespeichert</translation>
    </message>
    <message>
        <source>Save Daily Status</source>
        <translation>Tagesstatus speichern</translation>
    </message>
    <message>
        <source>Save Standup</source>
        <translation>Standup speichern</translation>
    </message>
    <message>
        <source>Markdown (*.md);;All files (*)</source>
        <translation>Markdown (*.md);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Standup date</source>
        <translation>Standup-Datum</translation>
    </message>
</context>
<context>
    <name>SprintDeck::StartSprintDialog</name>
    <message>
        <source>Start Sprint</source>
        <translation>Sprint starten</translation>
    </message>
    <message>
        <source>&amp;Sprint:</source>
        <translation>Spri&amp;nt:</translation>
    </message>
    <message>
        <source>&amp;Start Sprint</source>
        <translation>Sprint &amp;starten</translation>
    </message>
    <message>
        <source>%1 is active. Close it before starting another sprint.</source>
        <translation>%1 ist aktiv. Vor dem Start eines weiteren Sprints abschließen.</translation>
    </message>
    <message>
        <source>There is no planned sprint. Create one with &lt;b&gt;Sprint ▸ New Sprint…&lt;/b&gt;</source>
        <translation>Es gibt keinen geplanten Sprint. Einen anlegen über &lt;b&gt;Sprint ▸ Neuer Sprint…&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Nothing to start.</source>
        <translation>Nichts zu starten.</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%1&lt;/b&gt;: %2 – %3, %n working day(s)</source>
        <translation>
            <numerusform>&lt;b&gt;%1&lt;/b&gt;: %2 – %3, %n Arbeitstag</numerusform>
            <numerusform>&lt;b&gt;%1&lt;/b&gt;: %2 – %3, %n Arbeitstage</numerusform>
        </translation>
    </message>
    <message>
        <source>The sprint has no cards yet; cards added later count as scope changes.</source>
        <translation>Der Sprint hat noch keine Karten; später hinzugefügte Karten zählen als Umfangsänderung.</translation>
    </message>
    <message>
        <source>Sprint to start</source>
        <translation>Zu startender Sprint</translation>
    </message>
    <message numerus="yes">
        <source>Committing %n card(s) with %1.</source>
        <translation>
            <numerusform>%n Karte mit %1 wird zugesagt.</numerusform>
            <numerusform>%n Karten mit %1 werden zugesagt.</numerusform>
        </translation>
    </message>
    <message>
        <source>That is %1 over the capacity of %2.</source>
        <translation>Das sind %1 über der Kapazität von %2.</translation>
    </message>
    <message>
        <source>Capacity: %1.</source>
        <translation>Kapazität: %1.</translation>
    </message>
</context>
<context>
    <name>SprintDeck::SyncController</name>
    <message>
        <source>S&amp;ync</source>
        <translation>S&amp;ynchronisieren</translation>
    </message>
    <message>
        <source>&amp;Sync Now</source>
        <translation>Jetzt &amp;synchronisieren</translation>
    </message>
    <message>
        <source>&amp;Cancel Sync</source>
        <translation>Synchronisierung a&amp;bbrechen</translation>
    </message>
    <message>
        <source>C&amp;onflicts…</source>
        <translation>K&amp;onflikte…</translation>
    </message>
    <message>
        <source>&amp;Remotes…</source>
        <translation>&amp;Tracker-Verbindungen…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Reading the key of %1…</source>
        <translation>Der Schlüssel von %1 wird gelesen…</translation>
    </message>
    <message>
        <source>Sync with %1 needs its API key: %2</source>
        <translation>Die Synchronisierung mit %1 braucht seinen API-Schlüssel: %2</translation>
    </message>
    <message>
        <source>API Key for %1</source>
        <translation>API-Schlüssel für %1</translation>
    </message>
    <message>
        <source>No key is stored</source>
        <translation>Kein Schlüssel gespeichert</translation>
    </message>
    <message>
        <source>Sync Failed</source>
        <translation>Synchronisierung fehlgeschlagen</translation>
    </message>
    <message numerus="yes">
        <source>%n sync conflicts</source>
        <translation>
            <numerusform>%n Synchronisierungskonflikt</numerusform>
            <numerusform>%n Synchronisierungskonflikte</numerusform>
        </translation>
    </message>
    <message>
        <source>%1.
The API key of %2 (your Redmine account page, “API access key”):</source>
        <translation>%1.
Der API-Schlüssel von %2 (Seite deines Redmine-Kontos, „API-Zugriffsschlüssel“):</translation>
    </message>
</context>
<context>
    <name>SprintDeck::SyncEngine</name>
    <message>
        <source>Connecting to %1</source>
        <translation>Verbindung zu %1</translation>
    </message>
    <message>
        <source>Sync with %1 cancelled; what was done is kept</source>
        <translation>Synchronisierung mit %1 abgebrochen; das bereits Erledigte bleibt</translation>
    </message>
    <message>
        <source>Sync with %1 failed: %2</source>
        <translation>Synchronisierung mit %1 fehlgeschlagen: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n new</source>
        <translation>
            <numerusform>%n neu</numerusform>
            <numerusform>%n neu</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n updated</source>
        <translation>
            <numerusform>%n aktualisiert</numerusform>
            <numerusform>%n aktualisiert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n deleted</source>
        <translation>
            <numerusform>%n gelöscht</numerusform>
            <numerusform>%n gelöscht</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n sent</source>
        <translation>
            <numerusform>%n gesendet</numerusform>
            <numerusform>%n gesendet</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conflicts</source>
        <translation>
            <numerusform>%n Konflikt</numerusform>
            <numerusform>%n Konflikte</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n refused</source>
        <translation>
            <numerusform>%n abgelehnt</numerusform>
            <numerusform>%n abgelehnt</numerusform>
        </translation>
    </message>
    <message>
        <source>Synced with %1: %2</source>
        <translation>Mit %1 synchronisiert: %2</translation>
    </message>
    <message>
        <source>there is no project “%1” on %2 (or it is not visible with this key)</source>
        <translation>auf %2 gibt es kein Projekt „%1“ (oder es ist mit diesem Schlüssel nicht sichtbar)</translation>
    </message>
    <message>
        <source>Pulled %1 of %2 issues</source>
        <translation>%1 von %2 Vorgängen abgerufen</translation>
    </message>
    <message>
        <source>Looking for deleted issues</source>
        <translation>Suche nach gelöschten Vorgängen</translation>
    </message>
    <message>
        <source>Sync with %1 interrupted</source>
        <translation>Synchronisierung mit %1 unterbrochen</translation>
    </message>
    <message numerus="yes">
        <source>%1; %n changes wait to be sent</source>
        <translation>
            <numerusform>%1; %n Änderung wartet auf das Senden</numerusform>
            <numerusform>%1; %n Änderungen warten auf das Senden</numerusform>
        </translation>
    </message>
    <message>
        <source>Sending changes to %1</source>
        <translation>Änderungen werden an %1 gesendet</translation>
    </message>
    <message>
        <source>Pulling issues of %1</source>
        <translation>Vorgänge von %1 werden abgerufen</translation>
    </message>
</context>
<context>
    <name>SprintDeck::TeamBoardDialog</name>
    <message>
        <source>Share Board</source>
        <translation>Board teilen</translation>
    </message>
    <message>
        <source>Open Shared Board</source>
        <translation>Geteiltes Board öffnen</translation>
    </message>
    <message>
        <source>Publish this board on your team&apos;s PostgreSQL server. Everyone who opens it there works on the same board, live, and offline too.</source>
        <translation>Dieses Board auf dem PostgreSQL-Server deines Teams veröffentlichen. Alle, die es dort öffnen, arbeiten am selben Board, live und auch offline.</translation>
    </message>
    <message>
        <source>Open the board your team shares on a PostgreSQL server. This computer keeps a copy in a file of its own, so the board also works offline.</source>
        <translation>Das Board öffnen, das dein Team auf einem PostgreSQL-Server teilt. Dieser Computer hält eine Kopie in einer eigenen Datei, so funktioniert das Board auch offline.</translation>
    </message>
    <message>
        <source>kept in the system keychain</source>
        <translation>im Schlüsselbund des Systems aufbewahrt</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Server:</translation>
    </message>
    <message>
        <source>&amp;Your name on the board:</source>
        <translation>Dein &amp;Name auf dem Board:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Passwort:</translation>
    </message>
    <message>
        <source>Team board.sprintdeck</source>
        <translation>Team-Board.sprintdeck</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen…</translation>
    </message>
    <message>
        <source>Keep it in &amp;file:</source>
        <translation>Ablegen in Date&amp;i:</translation>
    </message>
    <message>
        <source>&amp;Share</source>
        <translation>&amp;Teilen</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>Ö&amp;ffnen</translation>
    </message>
    <message>
        <source>Say who you are on the board.</source>
        <translation>Gib an, wer du auf dem Board bist.</translation>
    </message>
    <message>
        <source>%1 exists already; choose a new file.</source>
        <translation>%1 gibt es bereits; eine neue Datei wählen.</translation>
    </message>
    <message>
        <source>SprintDeck boards (*.sprintdeck)</source>
        <translation>SprintDeck-Boards (*.sprintdeck)</translation>
    </message>
    <message>
        <source>Choose a File for the Shared Board</source>
        <translation>Datei für das geteilte Board wählen</translation>
    </message>
</context>
<context>
    <name>SprintDeck::TeamClient</name>
    <message>
        <source>this board is not shared</source>
        <translation>dieses Board ist nicht geteilt</translation>
    </message>
    <message>
        <source>connecting to %1</source>
        <translation>Verbindung zu %1 wird hergestellt</translation>
    </message>
    <message>
        <source>the team server does not answer</source>
        <translation>der Team-Server antwortet nicht</translation>
    </message>
    <message>
        <source>cannot reach the team server %1:%2: %3</source>
        <translation>der Team-Server %1:%2 ist nicht erreichbar: %3</translation>
    </message>
    <message>
        <source>no answer within 5 s</source>
        <translation>keine Antwort innerhalb von 5 s</translation>
    </message>
</context>
<context>
    <name>SprintDeck::TeamConflictDialog</name>
    <message>
        <source>Team Conflicts</source>
        <translation>Team-Konflikte</translation>
    </message>
    <message>
        <source>Someone changed these fields before your edit reached the server. The board shows their value; keep yours to send it again, or keep theirs.</source>
        <translation>Jemand hat diese Felder geändert, bevor deine Änderung den Server erreicht hat. Das Board zeigt den Wert der anderen; behalte deinen, um ihn erneut zu senden, oder den der anderen.</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Karte</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <source>Yours</source>
        <translation>Dein Wert</translation>
    </message>
    <message>
        <source>Theirs</source>
        <translation>Wert der anderen</translation>
    </message>
    <message>
        <source>Keep &amp;Mine</source>
        <translation>&amp;Meinen behalten</translation>
    </message>
    <message>
        <source>Keep &amp;Theirs</source>
        <translation>Den der &amp;anderen behalten</translation>
    </message>
    <message>
        <source>%1 (by %2)</source>
        <translation>%1 (von %2)</translation>
    </message>
    <message>
        <source>Conflict Not Settled</source>
        <translation>Konflikt nicht gelöst</translation>
    </message>
    <message>
        <source>No conflicts are waiting.</source>
        <translation>Keine Konflikte warten.</translation>
    </message>
</context>
<context>
    <name>SprintDeck::TeamController</name>
    <message>
        <source>S&amp;hare Board…</source>
        <translation>Board &amp;teilen…</translation>
    </message>
    <message>
        <source>Team &amp;Conflicts…</source>
        <translation>Team-&amp;Konflikte…</translation>
    </message>
    <message>
        <source>Team Server Password</source>
        <translation>Passwort des Team-Servers</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Passwort:</translation>
    </message>
    <message>
        <source>Board Shared Already</source>
        <translation>Board bereits geteilt</translation>
    </message>
    <message>
        <source>This board is shared already; everyone opens it with Open Shared Board.</source>
        <translation>Dieses Board ist bereits geteilt; alle öffnen es mit „Geteiltes Board öffnen“.</translation>
    </message>
    <message>
        <source>The board is shared: your team can open it now.</source>
        <translation>Das Board ist geteilt: dein Team kann es jetzt öffnen.</translation>
    </message>
    <message numerus="yes">
        <source>%n team conflict(s)</source>
        <translation>
            <numerusform>%n Team-Konflikt</numerusform>
            <numerusform>%n Team-Konflikte</numerusform>
        </translation>
    </message>
    <message>
        <source>Team: connecting…</source>
        <translation>Team: Verbindung wird hergestellt…</translation>
    </message>
    <message>
        <source>Team: online</source>
        <translation>Team: online</translation>
    </message>
    <message>
        <source>Team: offline</source>
        <translation>Team: offline</translation>
    </message>
    <message>
        <source>Team: login refused</source>
        <translation>Team: Anmeldung abgelehnt</translation>
    </message>
    <message numerus="yes">
        <source>%n edit(s) waiting</source>
        <translation>
            <numerusform>%n Änderung wartet</numerusform>
            <numerusform>%n Änderungen warten</numerusform>
        </translation>
    </message>
    <message>
        <source>with %1</source>
        <translation>mit %1</translation>
    </message>
    <message>
        <source>Open Shared &amp;Board…</source>
        <translation>&amp;Geteiltes Board öffnen…</translation>
    </message>
    <message>
        <source>Team Board Not Opened</source>
        <translation>Team-Board nicht geöffnet</translation>
    </message>
</context>
<context>
    <name>SprintDeck::TeamFields</name>
    <message>
        <source>the team server refers to a %1 this file lacks (%2)</source>
        <translation>der Team-Server verweist auf ein Objekt, das dieser Datei fehlt (%1 %2)</translation>
    </message>
</context>
<context>
    <name>SprintDeck::TeamRecorder</name>
    <message>
        <source>This board is shared read-only with you: your role on the team server may view it but not change it</source>
        <translation>Dieses Board ist für dich schreibgeschützt geteilt: deine Rolle auf dem Team-Server darf es ansehen, aber nicht ändern</translation>
    </message>
    <message>
        <source>%1 changed %2 of %3 since; undoing would overwrite that</source>
        <translation>%1 hat seitdem %2 von %3 geändert; Rückgängig würde das überschreiben</translation>
    </message>
</context>
<context>
    <name>SprintDeck::TeamServer</name>
    <message>
        <source>this installation cannot reach PostgreSQL servers (Qt&apos;s QPSQL driver is missing; on Debian: libqt6sql6-psql)</source>
        <translation>diese Installation kann keine PostgreSQL-Server erreichen (der QPSQL-Treiber von Qt fehlt; unter Debian: libqt6sql6-psql)</translation>
    </message>
    <message>
        <source>the team server %1 refused the login of %2: wrong or no password, or no such role</source>
        <translation>der Team-Server %1 hat die Anmeldung von %2 abgelehnt: falsches oder kein Passwort, oder diese Rolle gibt es nicht</translation>
    </message>
    <message>
        <source>the team server %1 has no database %2</source>
        <translation>der Team-Server %1 hat keine Datenbank %2</translation>
    </message>
    <message>
        <source>the team server %1 did not prove who it is: its certificate could not be verified (%2)</source>
        <translation>der Team-Server %1 hat seine Identität nicht nachgewiesen: sein Zertifikat ließ sich nicht prüfen (%2)</translation>
    </message>
    <message>
        <source>cannot reach the team server %1: %2</source>
        <translation>kann den Team-Server %1 nicht erreichen: %2</translation>
    </message>
    <message>
        <source>%1 may only view this board, not change it</source>
        <translation>%1 darf dieses Board nur ansehen, nicht ändern</translation>
    </message>
    <message>
        <source>the team server %1:%2 went away: %3</source>
        <translation>die Verbindung zum Team-Server %1:%2 ist abgebrochen: %3</translation>
    </message>
    <message>
        <source>the team server %1:%2: %3</source>
        <translation>der Team-Server %1:%2: %3</translation>
    </message>
    <message>
        <source>the board on the team server was made by a newer SprintDeck (schema %1, this one knows %2): update SprintDeck</source>
        <translation>das Board auf dem Team-Server stammt von einem neueren SprintDeck (Schema %1, dieses kennt %2): SprintDeck aktualisieren</translation>
    </message>
    <message>
        <source>cannot begin a transaction on the team server: %1</source>
        <translation>kann auf dem Team-Server keine Transaktion beginnen: %1</translation>
    </message>
    <message>
        <source>the team server did not commit: %1</source>
        <translation>der Team-Server hat die Transaktion nicht festgeschrieben: %1</translation>
    </message>
    <message>
        <source>the database %1 on the team server holds a board already; join it instead</source>
        <translation>die Datenbank %1 auf dem Team-Server enthält bereits ein Board; stattdessen beitreten</translation>
    </message>
    <message>
        <source>cannot begin a transaction on the team server %1:%2: %3</source>
        <translation>kann auf dem Team-Server %1:%2 keine Transaktion beginnen: %3</translation>
    </message>
    <message>
        <source>the team server %1:%2 did not confirm the edit: %3</source>
        <translation>der Team-Server %1:%2 hat die Änderung nicht bestätigt: %3</translation>
    </message>
    <message>
        <source>the team server does not know the %1 %2</source>
        <translation>der Team-Server kennt %1 %2 nicht</translation>
    </message>
    <message>
        <source>event %1 on the team server is of an unknown kind (%2 %3): update SprintDeck</source>
        <translation>Ereignis %1 auf dem Team-Server ist von unbekannter Art (%2 %3): SprintDeck aktualisieren</translation>
    </message>
    <message>
        <source>%1 is not a server address like postgresql://user@host:5432/board</source>
        <translation>%1 ist keine Serveradresse wie postgresql://user@host:5432/board</translation>
    </message>
    <message>
        <source>the address holds a password: leave it out, SprintDeck keeps it in the keychain</source>
        <translation>die Adresse enthält ein Passwort: bitte weglassen, SprintDeck bewahrt es im Schlüsselbund auf</translation>
    </message>
    <message>
        <source>%1 names no host and database, like postgresql://user@host:5432/board</source>
        <translation>%1 nennt keinen Host und keine Datenbank, wie in postgresql://user@host:5432/board</translation>
    </message>
    <message>
        <source>%1 names no user, like postgresql://user@host:5432/board</source>
        <translation>%1 nennt keinen Benutzer, wie in postgresql://user@host:5432/board</translation>
    </message>
    <message>
        <source>%1: the option %2 is not known (sslmode and sslrootcert are)</source>
        <translation>%1: die Option %2 ist unbekannt (bekannt sind sslmode und sslrootcert)</translation>
    </message>
    <message>
        <source>sslmode %1 is not known</source>
        <translation>sslmode %1 ist unbekannt</translation>
    </message>
    <message>
        <source>%1 is not this computer: its connection must be encrypted and its certificate verified (sslmode=verify-full)</source>
        <translation>%1 ist nicht dieser Computer: die Verbindung muss verschlüsselt und das Zertifikat geprüft werden (sslmode=verify-full)</translation>
    </message>
</context>
<context>
    <name>SprintDeck::TeamSync</name>
    <message>
        <source>this board is shared already, on %1</source>
        <translation>dieses Board ist bereits geteilt, auf %1</translation>
    </message>
    <message>
        <source>%1 may only view boards on this server, not publish one</source>
        <translation>%1 darf Boards auf diesem Server nur ansehen, nicht veröffentlichen</translation>
    </message>
    <message>
        <source>shared</source>
        <translation>geteilt</translation>
    </message>
    <message>
        <source>the board is on the server, but this file could not record it (%1): join it into a new file</source>
        <translation>das Board ist auf dem Server, aber diese Datei konnte das nicht festhalten (%1): in einer neuen Datei beitreten</translation>
    </message>
    <message>
        <source>this file is a replica already, of %1</source>
        <translation>diese Datei ist bereits ein Replikat, von %1</translation>
    </message>
    <message>
        <source>the database %1 on the team server holds no board yet; publish one with: sprintdeck share</source>
        <translation>die Datenbank %1 auf dem Team-Server enthält noch kein Board; eines veröffentlichen mit: sprintdeck share</translation>
    </message>
    <message>
        <source>this board is not shared</source>
        <translation>dieses Board ist nicht geteilt</translation>
    </message>
    <message>
        <source>%1 %2: changed by %3</source>
        <translation>%1 %2: geändert von %3</translation>
    </message>
    <message>
        <source>%1 is now %2</source>
        <translation>%1 ist jetzt %2</translation>
    </message>
    <message>
        <source>the team server holds a standup row this SprintDeck does not read (%1): update SprintDeck</source>
        <translation>der Team-Server enthält einen Standup-Eintrag, den dieses SprintDeck nicht lesen kann (%1): SprintDeck aktualisieren</translation>
    </message>
    <message>
        <source>the team server refers to a member this file lacks (%1)</source>
        <translation>der Team-Server verweist auf ein Mitglied, das dieser Datei fehlt (%1)</translation>
    </message>
    <message>
        <source>the card is no longer on the board</source>
        <translation>die Karte ist nicht mehr auf dem Board</translation>
    </message>
    <message>
        <source>the sprint is no longer on the board</source>
        <translation>der Sprint ist nicht mehr auf dem Board</translation>
    </message>
    <message numerus="yes">
        <source>%n edit(s) sent</source>
        <translation>
            <numerusform>%n Änderung gesendet</numerusform>
            <numerusform>%n Änderungen gesendet</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n received</source>
        <translation>
            <numerusform>%n empfangen</numerusform>
            <numerusform>%n empfangen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n waiting</source>
        <translation>
            <numerusform>%n wartend</numerusform>
            <numerusform>%n wartend</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s)</source>
        <translation>
            <numerusform>%n Konflikt</numerusform>
            <numerusform>%n Konflikte</numerusform>
        </translation>
    </message>
    <message>
        <source>this file holds a board already; join makes a new file</source>
        <translation>diese Datei enthält bereits ein Board; join legt eine neue Datei an</translation>
    </message>
</context>
<context>
    <name>SprintDeck::ZipWriter</name>
    <message>
        <source>cannot create the archive (zip error %1)</source>
        <translation>kann das Archiv nicht anlegen (zip-Fehler %1)</translation>
    </message>
    <message>
        <source>cannot add %1 to the archive (zip error %2)</source>
        <translation>kann %1 nicht zum Archiv hinzufügen (zip-Fehler %2)</translation>
    </message>
    <message>
        <source>cannot close the archive (zip error %1)</source>
        <translation>kann das Archiv nicht schließen (zip-Fehler %1)</translation>
    </message>
</context>
</TS>
