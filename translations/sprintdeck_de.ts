<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>BoardStyle</name>
    <message>
        <source>Bug</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Story</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P1 · Critical</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P2 · High</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P3 · Medium</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P4 · Low</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>--format takes table, csv or json</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored %1 from %2; the previous state is saved as %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>usage: sprintdeck backup create|list|restore BACKUP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--title must not be empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--points takes a number of 0 or more, not “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--priority takes P1, P2, P3 or P4, not “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--type takes story, bug, task or fix, not “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--blocked and --unblocked exclude each other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--sprint and --backlog exclude each other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no sprint called “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no column called “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>card add needs --title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected argument “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a card with the key %1 exists already</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no card with the key %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>usage: sprintdeck card move KEY --to COLUMN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is in the backlog; add it to a sprint first (card edit %1 --sprint NAME)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>usage: sprintdeck card edit KEY [options]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>usage: sprintdeck card show KEY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>usage: sprintdeck card delete KEY...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown card command “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>committed %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>remaining %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>forecast %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>closed %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Burndown: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Burnup: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--last takes a number of 1 or more, not “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Average</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Velocity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the last closed sprint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>last %1 closed sprints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sprint Progress: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>**Overall Progress**: %1% (%2/%3 %4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cumulative flow: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status to column:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (--map)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warnings:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a backup and %2 is not empty; restore it into a new database: sprintdeck restore %1 --db NEW</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a backup; it would be restored into %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored %1 into %2: %3 cards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import needs at least one file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--map takes STATUS=COLUMN, not “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a backup (%1) is restored on its own, not with other files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing was imported: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported into %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export needs -o FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--format takes json, csv or md</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a json backup holds the whole board; --sprint is for csv and md</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write to standard output</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>usage: sprintdeck restore BACKUP.json --db NEW</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored %1 into %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the board has no sprint; create one with &apos;sprintdeck sprint create&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown report “%1” (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--format takes %1, not “%2”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--unit takes points or cards, not “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--date takes a date as YYYY-MM-DD, not “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>-o FILE.pptx or -o FILE.pdf is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>-o takes a file ending in .pptx or .pdf, not “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--sections needs at least one section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--theme takes light or dark, not “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--accent takes a colour as #RRGGBB, not “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n slide(s) of %1 to %2</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>give at least one of --from, --went-well, --challenges, --learnings, --improvements, --next-sprint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no retrospective headings (What Went Well, Challenges, Key Learnings, Improvements, Next Steps)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--format takes table, json or md</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown review command “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sprint create needs --name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--start takes a date as YYYY-MM-DD, not “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--end takes a date as YYYY-MM-DD, not “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--end (%1) is before --start (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--capacity takes a number of 0 or more, not “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--holiday takes a date as YYYY-MM-DD, not “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--holiday %1 is outside the sprint (%2 to %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--holiday %1 is a weekend day, which is not worked anyway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--workday takes a date as YYYY-MM-DD, not “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--workday %1 is outside the sprint (%2 to %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--workday %1 is a weekday, which is worked anyway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is already a sprint called “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created %1: %2 to %3, %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>usage: sprintdeck sprint start NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started %1: committed %2 points in %3 cards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>usage: sprintdeck sprint close NAME [--carry-over NEXT_SPRINT | --to-backlog]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--carry-over and --to-backlog exclude each other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has %2; choose --carry-over NEXT_SPRINT or --to-backlog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed %1: completed %2 of %3 committed points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 carried over to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 moved to the backlog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>usage: sprintdeck sprint plan NAME KEY...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown sprint command “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Daily Standup: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Daily Status: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the API key from standard input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--api-key-stdin: standard input held no key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>usage: sprintdeck remote add NAME --url URL --project ID [--api-key-stdin]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--type: only redmine is supported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--points-field takes story-points or estimated-hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (--allow-insecure-http)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the name, --project and --key-prefix must not be empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; give it again with sync --api-key-stdin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added remote %1 (%2, project %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>usage: sprintdeck remote remove NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the remote is removed, but its key may remain in the keychain: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>usage: sprintdeck remote map NAME [STATUS=COLUMN...]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not STATUS=COLUMN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>remote %1 has no status “%2” (statuses are known after the first sync)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(whole card)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>edited here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deleted on the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown remote command “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--resolve KEY and --keep local|remote go together</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--keep takes local or remote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: kept the %2 version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>local</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>server&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no remote to sync with; add one with: sprintdeck remote add NAME --url URL --project ID --api-key-stdin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--api-key-stdin needs --remote NAME when there are several remotes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sync with %1: %2; give the key with --api-key-stdin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>refused by %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n conflicts wait: see them with sync --conflicts, settle each with sync --resolve KEY --keep local|remote</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The stored sprint report has an unknown format (version %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stored sprint report has no valid dates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stored sprint report has a day without a valid date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card %1 is no longer on the board</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo fills only an empty board; %1 has cards already</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stored report of sprint %1 is damaged: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sprint %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No sprint with id %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, line %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>binary data (a NUL byte); this is not a text file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>more than %1 fields in one record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a quoted field starts here and is never closed (unbalanced quote)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a field longer than %1 starts here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a quoted field longer than %1 starts here; is a closing quote missing?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a character follows the closing quote of a field (a quote inside a quoted field must be doubled)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a backup; restore it into a new database instead of importing it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is neither a markdown document, an issue CSV nor a backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sprint documents and exports (*.md *.markdown *.txt *.csv *.json);;Markdown (*.md *.markdown *.txt);;Jira CSV (*.csv);;SprintDeck backup (*.json);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>backlog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 pts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 checklist item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 checklist items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 card to create</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cards to create</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 to update</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 unchanged or skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; sprints to create: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; sprints to update: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; 1 member to add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; %1 members to add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; 1 warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; %1 warnings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Import %n files</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>There is no column “%1” for the status “%2”; the columns are %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the status “%1” matches no column; its cards go to %2 (map it to another column)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ended before %2 started; it is imported as closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is the active sprint; %2 is imported as planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>listed twice; the first entry is imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sprint %1 → %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>points %1 → %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>checklist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>priority %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>type %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>assignee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>labels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>blocked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is %2; CSV files larger than %3 are not imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, line %2: no “Summary” column, so this is not an issue export (use Jira&apos;s Export CSV (all fields)); the columns are: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no “Issue key” column: issues are matched by summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 column not used: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 columns not used: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 field where the header has %1; the record is skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 fields where the header has %2; the record is skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, line %2: more than %3 issues; export fewer at a time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no summary; it is skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an issue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown priority “%1”; kept as it was</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>story points “%1” are not a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the date “%1” in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no issues found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the export has no sprint dates: %1 is taken to run %2 to %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the table %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, line %2: not valid JSON (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a SprintDeck backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a backup format version %2; this SprintDeck reads version %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 comes from a newer SprintDeck (database version %2, this one has %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already holds a board; restore into a new database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 holds the table “%2”, which this SprintDeck does not know</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: row %2 of %3 has the unknown column “%4”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: row %2 of %3: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not restore: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The board has no sprint to report on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>repaired 1 character garbled by a Windows code page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>repaired %1 characters garbled by a Windows code page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (%1 of them had lost a byte and were restored by best guess)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is %2; documents larger than %3 are not imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no stories, tasks or checklists found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the document names no sprint; its cards go to the backlog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>start date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>end date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the document gives no sprint %1; assumed %2 to %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> or </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>**Day %1 (%2)**</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is listed for a later sprint; it goes to the backlog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>**Estimate:** %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Untitled (line %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 says %2 points completed but the stories reported done by %3 add up to %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 counts %2 points in total but the stories listed add up to %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the progress table row %1 has %2 points but %3 completed and %4 remaining</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the progress table&apos;s total %1 is %2 but its rows add up to %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>story points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>remaining</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the progress table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” says %2/%3 tasks but the section lists %4 with %5 done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 MB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 KB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 byte</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is larger than %2; it is not imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid UTF-8 (byte 0x%1); save the file as UTF-8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the line is longer than %1; this does not look like a document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, line %2: binary data (a NUL byte); this is not a text file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database driver does not allow backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>out of memory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot back up to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the backup folder %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot restore %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a SprintDeck database: the file holds only zero bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a SprintDeck database: it is not an SQLite file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is damaged: its header is invalid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is damaged: the file is truncated (%2 of %3 bytes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a folder, not a database file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the folder of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open %1: its folder is read-only (SprintDeck needs to write its journal beside the file)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open %1: the file is read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is already open in another SprintDeck (process %2); close it there first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot lock %1: permission denied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is damaged: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a SprintDeck database: it belongs to another program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was written by a newer SprintDeck (schema %2; this version reads up to %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot update %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No card with id %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card %1 no longer exists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no conflict to resolve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a server address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: only https (or http to this computer) is supported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 uses plain http: the API key would cross the network unencrypted; use https, or confirm plain http explicitly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server address is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server sent an issue without an id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issue #%1 has no valid time stamps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>access to the keychain was denied (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no keychain is available (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the keychain failed (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the keychain did not answer within %1 s; is it locked?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card %1 is not linked to an issue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card %1 has no conflict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is already a remote called %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No remote with id %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no remote called “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sprint %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SprintDeck</name>
    <message>
        <source>No sprint with id %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backlog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(deleted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(1 point)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(%1 points)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sprint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>last day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 working days left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sprint has not started yet; there is no progress to report.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overall Progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot Open Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file has not been changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Another File…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore a Backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore a Backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace %1 with the backup of:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SprintDeck databases (*.sprintdeck);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Welcome to SprintDeck</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start with a demo sprint to look around, or with an empty board?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo Sprint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Empty Board</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not empty; the demo sprint was not added.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SprintDeck::BacklogPanel</name>
    <message>
        <source>Backlog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add to the backlog, Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New backlog card title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backlog cards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backlog is empty.
Drag cards here from the board.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the selected cards into the sprint shown on the board (Ctrl+Shift+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n card(s) · %1 pts</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n card(s) · %2 pts</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Move to %1  →</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No sprint to move to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card Not Added</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SprintDeck::Board</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To Do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In Progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A key prefix is letters or digits, such as “SD”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card %1 is no longer on the board</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No sprint with id %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No column with id %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A card with the key %1 exists already</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column %1 still holds backlog cards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column %1 still holds cards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is already a member called %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A sprint needs a name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sprint %1: the end date must not be before the start date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is already a sprint called %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sprint still holds cards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add card %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A card needs a title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the backlog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Move %n cards to %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Delete %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Delete %n cards</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>A column needs a name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is already a column called %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add column %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit column %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move column %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A board needs at least one column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove column %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A member needs a name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add member %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No member with id %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activate %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deactivate %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create sprint %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit sprint %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A batch with removals cannot be undone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card %1 refers to a sprint that is not in the batch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card %1 refers to a member that is not in the batch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card %1: no column with id %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card %1: no sprint with id %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card %1: no member with id %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card %1 needs a title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card %1 appears twice in one batch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cards are still assigned to the member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sprint %1 is closed; plan cards into an open sprint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 belongs to the closed sprint %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Plan %n card(s) into %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Sprint %1 is already active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sprint %1 is closed and cannot be started again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sprint %1 is active; close it before starting %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start sprint %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sprint %1 is closed already</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sprint %1 has not been started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incomplete cards of %1 cannot be carried over into the same sprint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sprint %1 is closed; carry the cards over into an open sprint or the backlog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close sprint %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SprintDeck::BoardView</name>
    <message>
        <source>&amp;Find Cards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sprint shown on the board</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sprint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Swimlanes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By assignee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;wimlanes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a column at the right of the board</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of the new column:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h2&gt;No sprint yet&lt;/h2&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A sprint is a time box with a goal. Create the first one to start the board;
cards you add before that wait in the backlog.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create Sprint 1 (two weeks from today)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sprint 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goal: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cards in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No cards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No sprint</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1: %n card(s), %2 of %3 points done</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n blocked</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Create a sprint first, or add the card to the backlog.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change Not Made</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SprintDeck::CardActions</name>
    <message>
        <source>&amp;Quick Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a card at the top of the focused column (N or Ctrl+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New Card…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit Card…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the focused card (Enter or F2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move to &amp;Previous Column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move to Ne&amp;xt Column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move &amp;Up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move &amp;Down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move to &amp;Backlog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move into &amp;Sprint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Moved %n card(s) to %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The cards could not be moved to the backlog</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Moved %n card(s) to the backlog</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>No sprint is shown on the board to move the cards into</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Moved %n card(s) into %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cards</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Deleted %1. Undo brings it back (Ctrl+Z).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move to Column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set priority %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assign To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assign to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unblock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark Blocked…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark Blocked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What is blocking the work? (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark blocked</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SprintDeck::CardDelegate</name>
    <message>
        <source>BLOCKED</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SprintDeck::CardEditor</name>
    <message>
        <source>Edit %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What needs to be done?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Story points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not estimated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a new name to add a team member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Labels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>comma separated, e.g. board, a11y</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sprint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blocked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason for the block</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;ype:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Priority:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;oints:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Assignee:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Labels:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sprint:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Column:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New checklist item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add an item, Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected checklist item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Checklist&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description (markdown)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Describe the card in markdown: **bold**, lists, - [ ] tasks, `code`</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Write</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Description&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save (Ctrl+Return)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>automatic (%1-…)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave empty for the next free key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key of an existing card does not change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backlog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Estimate: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Points must be a number such as 3 or 0.5, or empty: “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The board is closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A card needs a title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card %1 is no longer on the board</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card Not Added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card Not Saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard Changes?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard this new card?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard your changes to %1?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SprintDeck::CardListModel</name>
    <message>
        <source>%1 points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assigned to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blocked: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2, priority %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>blocked</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Move %n card(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Change lane</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SprintDeck::ChartBuilder</name>
    <message>
        <source>Non-working day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Burndown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ideal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Committed: %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ideal at the end of %1: %2 %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scope change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scope change on %1: %2%3 %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remaining</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remaining at the start: %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remaining now: %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remaining at the end of %1: %2 %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forecast: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forecast: done on %1 at %2 %3 a working day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Burndown — %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Burnup — %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total scope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total scope: %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completed at the start: %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completed by %1: %2 %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Velocity — last %n sprint(s) (%1)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Velocity — no closed sprints yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Committed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Average completed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2 – %3)
Committed %4 %6, completed %5 %6</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Average completed over %n sprint(s): %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Cumulative flow (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 on %2: %3 %4</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SprintDeck::ChartBuilder::DayScale</name>
    <message>
        <source>%1 – %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SprintDeck::ChartsView</name>
    <message>
        <source>Burndown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Burnup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Velocity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cumulative Flow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sprint:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Story points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Count story points or cards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 as PNG…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 as SVG…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export as PNG…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export as SVG…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress by priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scope changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No sprint yet: create one from &lt;b&gt;Sprint ▸ New Sprint…&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:#b91c1c&apos;&gt;%1&lt;/span&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Committed &lt;b&gt;%1&lt;/b&gt; %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>remaining &lt;b&gt;%1&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>forecast &lt;b&gt;%1&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no forecast yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;i&gt;closed: frozen report&lt;/i&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;i&gt;not started&lt;/i&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2 · %n working day(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;br&gt;Capacity %1 points, committed %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Story Points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remaining</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overall progress: %1% (%2/%3 %4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>re-estimated %1 → %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>added (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>removed (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no chart called %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Charts are exported as .png or .svg, not “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SprintDeck chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SVG drawings (*.svg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Failed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SprintDeck::CloseSprintDialog</name>
    <message>
        <source>Close Sprint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;: %2 of %3 points completed (%4 of %5 cards).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closing freezes the sprint&apos;s charts and reports; later edits do not change them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> pt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every card is done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n incomplete card(s):</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Move them to the sprint:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move them to the &amp;backlog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create the next sprint first (Sprint ▸ New Sprint…)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close Sprint</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SprintDeck::ColumnHeader</name>
    <message>
        <source>Card title, Enter to add</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n card(s), %1 points</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>WIP limit %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>limit exceeded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>done column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a card to %1 (N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add card to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actions for column %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New card title in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 pts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WIP %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✓ Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WIP Limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Most cards allowed in %1 (0 for no limit):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of the new column:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add column %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set WIP Limit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done Column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cards in a done column count as completed in charts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move Left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move Right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Column…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove Column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its cards move to the column on its left</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SprintDeck::ColumnModel</name>
    <message numerus="yes">
        <source>%1: %n card(s), WIP limit %2</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n card(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SprintDeck::ConflictDialog</name>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sprint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep &amp;Mine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the &amp;Server&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync Conflicts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep this card as it is here; the server gets these values at the next sync.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take the server&apos;s values into this card; your edits of these fields are dropped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These cards were changed here and on the server since the last sync. Choose, card by card, which version to keep.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No conflicts: both sides agree.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>edited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep Mine (create it again)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete It Here Too</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SprintDeck::Deck</name>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Burndown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Burnup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Velocity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completed stories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blockers and risks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress by priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retrospective</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next sprint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown section “%1” (sections: %2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SprintDeck::DeckBuilder</name>
    <message>
        <source>%1 pts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 – %2 · %n working day(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sprint goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sprint review of %1 (%2 to %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goal: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned capacity: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Figures as of %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sprint summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Committed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at the start of the sprint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 % of committed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scope change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no cards added or removed after the start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>average of %n previous sprint(s): %1 (%2 %)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>average of %n previous sprint(s): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no previous sprints to compare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Velocity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %n item(s) completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 remaining in %n open item(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scope changed %n time(s) after the start: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no net change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forecast: done by %1, within the sprint (ends %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forecast: done by %1, after the planned end on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Committed %1 at the start; completed %2 (%3 % of committed).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completed %1 of the final scope (progress table).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous sprints: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scope %1 on %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Burndown: story points remaining</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Story points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ideal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remaining</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Burndown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Committed %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>remaining %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>scope added %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>scope removed %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>forecast %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remaining story points at the end of each day (ideal in brackets):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Average completion: %1 per working day over %n working day(s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Burnup: scope and completed points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Burnup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>final scope %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>completed %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scope and completed story points at the end of each day:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: scope %2, completed %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Velocity: committed and completed points per sprint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Average of previous sprints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This sprint and the %n sprint(s) before it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first sprint: no earlier sprints to compare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This sprint %1 · average of the previous %n sprint(s) %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This sprint %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: committed %2, completed %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%n item(s), %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No items were completed in this sprint.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completed: %n item(s), %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not completed, carried over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not completed yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moved to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (blocked)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was left open in this sprint.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>blocked: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>moved to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blockers and risks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blocked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 is blocked: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Raised in standups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At the current pace the remaining %1 are done by %2, after the planned end (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing has been completed yet; no forecast is possible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scope grew by %1 after the start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%n P1 item(s) not completed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%n item(s) not started (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%n open item(s) without an estimate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No blockers or risks were recorded in this sprint.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress by priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Story points at the end of %1 · %2 % complete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sprint has not started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Story Points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No items in this sprint.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retrospective</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes of the sprint&apos;s lead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next sprint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2 – %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 – %2, %n working day(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%n item(s) planned so far, %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Capacity %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Carried over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Still open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>and %n more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Focus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No next sprint is planned yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SprintDeck::DeckExporter</name>
    <message>
        <source>%1: the file name must end in .pptx or .pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: sprint review</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SprintDeck::FilterBar</name>
    <message>
        <source>Filter by key, title, label or assignee  (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter cards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only priority %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assignee ▾</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by assignee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Label ▾</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blocked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only blocked cards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear the filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show all cards (Esc in the search field)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cards shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n people</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n labels</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>No labels on this board</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n card(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n card(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SprintDeck::ImportDialog</name>
    <message>
        <source>Statuses go to these columns:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cards to import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status in the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column on the board</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status to column mapping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warnings:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing can be imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To create (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To update (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unchanged or skipped (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(new key)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, line %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No column has this name; choose one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SprintDeck::ImportExport</name>
    <message>
        <source>&amp;Import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import markdown status documents, Jira CSV exports or a backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export a backup (JSON), the cards (CSV) or a status report (markdown)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a backup; restore it on its own, not together with other files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: done (Edit &gt; Undo takes it back)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore Backup into New Board</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SprintDeck boards (*.sprintdeck)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 exists already; choose a new file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SprintDeck backup with history (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cards as CSV, Jira columns (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status report of the current sprint (*.md)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SprintDeck::LaneHeader</name>
    <message>
        <source>Swimlane %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n card(s), %1 points, %2</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>collapsed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expanded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the cards of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fold %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n card(s) · %1 pts</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SprintDeck::MainWindow</name>
    <message>
        <source>&amp;Board</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Charts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Standup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;lides</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sprint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change Not Saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New Board…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open Board…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Backlog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;opened&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo &amp;History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ Last change not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✓ All changes saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✓ All changes saved · edited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No changes since %1 was opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every change is written to %1 as you make it; undo walks them back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Board</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SprintDeck boards (*.sprintdeck);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Board</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot Create Board</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 exists already; use Open Board to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot Open Board</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SprintDeck::MembersDialog</name>
    <message>
        <source>Team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inactive members leave the standup; their cards and past entries stay.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Rename…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Deactivate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename Member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (inactive)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;ctivate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot Add Member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot Rename Member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot Change Member</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SprintDeck::NewSprintDialog</name>
    <message>
        <source>New Sprint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the team wants to achieve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Goal:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Start:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;End:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Capacity:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Working days (uncheck holidays, check worked weekend days):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Create Sprint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The end date is before the start date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n working day(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The sprint needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is already a sprint called %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A sprint lasts a year at most.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SprintDeck::PdfDeckWriter</name>
    <message>
        <source>The deck has no slides; switch on at least one section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: the PDF could not be started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export cancelled</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SprintDeck::PptxWriter</name>
    <message>
        <source>The deck has no slides; switch on at least one section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SprintDeck::PresenterWindow</name>
    <message>
        <source>Standup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DAILY STANDUP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 / %2 points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>last day</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n days left</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Speaker %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>+%1 over time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>YESTERDAY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing reported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TODAY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BLOCKERS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No blockers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No one on the standup yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That’s everyone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meeting time %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BLOCKERS TO FOLLOW UP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No blockers today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TEAM NOTE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meeting %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>← →  previous / next     P  pause     R  restart timer     Esc  close</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SprintDeck::ProposalStrip</name>
    <message>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Append the suggested cards to the text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dismiss the suggestions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Board suggests: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SprintDeck::RedmineClient</name>
    <message>
        <source>the server refused the API key (401): check the key of this remote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>permission denied by the server (403)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not found on the server (404): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server refused the change (422)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>server error %1 at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected answer %1 from %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the certificate of %1 could not be verified (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot reach %1: connection refused (is the server running?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot reach %1: host not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot reach %1: no answer (timed out)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot reach %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no answer from %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SprintDeck::RemotesDialog</name>
    <message>
        <source>Send the key over plain http (unencrypted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remotes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the project&apos;s identifier, e.g. website</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from the project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“Story points” custom field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Estimated hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redmine status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Board column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ser&amp;ver:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Project:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API &amp;key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card &amp;keys:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;oints from:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Statuses and columns:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unchanged (kept in the keychain)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from your Redmine account page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s statuses appear here after the first sync.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A card moved to a column gets the first status mapped to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plain http to this computer: the key does not cross the network.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection is encrypted and the server&apos;s certificate is checked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key and your data will cross the network unencrypted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plain http would send the key unencrypted: use https, or confirm above.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A remote needs a name and a project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1; its key is in the keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1. %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove Remote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove %1? The cards stay on the board; they are no longer synced.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed %1, but its key may remain in the keychain: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SprintDeck::ReviewNotes</name>
    <message>
        <source>What went well</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Challenges</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Learnings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Improvements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next sprint</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SprintDeck::ReviewNotesStore</name>
    <message>
        <source>Cannot read the review notes: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The review notes belong to no sprint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot save the review notes: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot save the slide settings: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SprintDeck::SecretStore</name>
    <message>
        <source>no API key is stored for this remote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the API key is kept for this session only</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SprintDeck::SlideCanvas</name>
    <message>
        <source>Slide preview</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SprintDeck::SlideLayout</name>
    <message>
        <source>%1 · Sprint review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SPRINT REVIEW</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rows %1–%2 of %3, slide %4 of %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (continued)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>slide %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SprintDeck::SlidesView</name>
    <message>
        <source>Notes Not Saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sprint:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accent colour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Accent…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open after export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export &amp;PPTX…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export P&amp;DF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slides</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accent Colour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slides in the deck:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speaker notes on each slide carry the details: daily numbers, scope changes, full titles.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sec&amp;tions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retrospecti&amp;ve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One point per line; the retrospective and next-sprint slides show them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (active)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (closed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Editing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings Not Saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The board has no sprint yet. Create a sprint and plan cards into it; its review slides appear here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every section is switched off. Choose the slides to include under Sections.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slide %1 of %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The retrospective slide appears once it has notes (Retrospective tab).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: sprint review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Slides as PowerPoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Slides as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PowerPoint presentations (*.pptx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Slides</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export cancelled; no file was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n slide(s) to %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot Open the File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was written, but no application is set up to open it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SprintDeck::SprintActions</name>
    <message>
        <source>&amp;New Sprint…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Start Sprint…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close Sprint…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the active sprint first</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SprintDeck::Standup</name>
    <message>
        <source>Yesterday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blockers</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SprintDeck::StandupBook</name>
    <message>
        <source>Not a valid date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No member with id %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot save the standup of %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SprintDeck::StandupEntryWidget</name>
    <message>
        <source>What got done since the last standup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What comes next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anything in the way?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (inactive)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n moved</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n in progress</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n blocked</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>nothing on the board</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Since the previous standup, from the board&apos;s history</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SprintDeck::StandupItem</name>
    <message>
        <source>blocked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>blocked, no reason given</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SprintDeck::StandupReport</name>
    <message>
        <source>P1 (Critical)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P2 (High)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P3 (Medium)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P4 (Low)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Story Points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remaining</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ahead of schedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Behind schedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On track</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Daily Standup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>- None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>- Nothing reported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Daily Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Daily Goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completed Tasks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No cards were finished today.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In Progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blocked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sprint Progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remaining Issues &amp; Blockers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from the standup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None: nothing is blocked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tomorrow&apos;s Plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unblock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing is left to do in this sprint.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1% complete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the sprint ends today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 working day left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 working days left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sprint Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next Review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End of Day %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SprintDeck::StandupView</name>
    <message>
        <source>Previous day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days in bold have a standup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fill from Board</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Propose each member&apos;s part from the board; typed text is kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Present</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run the standup full screen (F5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speaker Time…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy a report to paste into chat or a wiki</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy Standup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy Daily Status Report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Standup as Markdown…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Daily Status as Markdown…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add, rename or deactivate members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>B</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bold (Ctrl+B)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Italic (Ctrl+I)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bulleted list (Ctrl+Shift+L)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Numbered list (Ctrl+Shift+O)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Announcements, decisions, follow-ups for the whole team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No active members yet. Add the team with “Team…”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing written for this day yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Standup Not Saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Editing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Standup saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 / %2 points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>last day</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n days left</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>No sprint on this day</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Filled %n empty field(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n field(s) with suggestions to review</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing new on the board</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (since %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speaker Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minutes per speaker:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy Report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Daily status report copied: paste it into chat or a wiki</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Standup copied: paste it into chat or a wiki</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot Save Report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Daily Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Standup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Markdown (*.md);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SprintDeck::StartSprintDialog</name>
    <message>
        <source>Start Sprint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sprint:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Start Sprint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is active. Close it before starting another sprint.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no planned sprint. Create one with &lt;b&gt;Sprint ▸ New Sprint…&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%1&lt;/b&gt;: %2 – %3, %n working day(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Committing %n card(s) with %1 points.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>That is %1 points over the capacity of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Capacity: %1 points.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sprint has no cards yet; cards added later count as scope changes.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SprintDeck::SyncController</name>
    <message>
        <source>S&amp;ync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sync Now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cancel Sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;onflicts…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remotes…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the key of %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync with %1 needs its API key: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API Key for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1.
The API key of %2 (your Redmine account page, ǊPI access key”):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No key is stored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n sync conflicts</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SprintDeck::SyncEngine</name>
    <message>
        <source>Connecting to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync with %1 cancelled; what was done is kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync with %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n new</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n updated</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n deleted</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n sent</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conflicts</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n refused</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Synced with %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no project “%1” on %2 (or it is not visible with this key)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pulled %1 of %2 issues</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looking for deleted issues</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync with %1 interrupted</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1; %n changes wait to be sent</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Sending changes to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pulling issues of %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SprintDeck::ZipWriter</name>
    <message>
        <source>cannot create the archive (zip error %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot add %1 to the archive (zip error %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot close the archive (zip error %1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
