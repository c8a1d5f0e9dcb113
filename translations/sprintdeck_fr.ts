<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>BoardStyle</name>
    <message>
        <source>Bug</source>
        <translation>Bogue</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Tâche</translation>
    </message>
    <message>
        <source>Fix</source>
        <translation>Correctif</translation>
    </message>
    <message>
        <source>Story</source>
        <translation>Story</translation>
    </message>
    <message>
        <source>P1 · Critical</source>
        <translation>P1 · Critique</translation>
    </message>
    <message>
        <source>P2 · High</source>
        <translation>P2 · Haute</translation>
    </message>
    <message>
        <source>P3 · Medium</source>
        <translation>P3 · Moyenne</translation>
    </message>
    <message>
        <source>P4 · Low</source>
        <translation>P4 · Basse</translation>
    </message>
</context>
<context>
    <name>JiraSprints</name>
    <message>
        <source>the export has no sprint dates: %1 is taken to run %2 to %3, from its issues&apos; first creation or move into it to their last resolution</source>
        <translation>l’export n’a pas de dates de sprint : %1 est supposé aller du %2 au %3, de la première création de ses tickets ou de leur entrée jusqu’à leur dernière résolution</translation>
    </message>
    <message>
        <source>the export has no sprint dates: %1 is taken to run %2 to %3, from its issues&apos; first creation or move into it to their last change; it is over, as its unfinished issues went on to a later sprint</source>
        <translation>l’export n’a pas de dates de sprint : %1 est supposé aller du %2 au %3, de la première création de ses tickets ou de leur entrée jusqu’à leur dernière modification ; il est terminé, ses tickets non finis étant passés à un sprint suivant</translation>
    </message>
    <message>
        <source>the export has no sprint dates: %1 is taken to run %2 to %3, from its issues&apos; first creation or move into it, for two weeks or to their last change</source>
        <translation>l’export n’a pas de dates de sprint : %1 est supposé aller du %2 au %3, depuis la première création de ses tickets ou leur entrée, deux semaines ou jusqu’à leur dernière modification</translation>
    </message>
    <message>
        <source>the export has no sprint dates: %1 is taken to run %2 to %3, from its issues&apos; first creation or move into it; it has work in progress too, but %4 is taken as the active sprint</source>
        <translation>l’export n’a pas de dates de sprint : %1 est supposé aller du %2 au %3, depuis la première création de ses tickets ou leur entrée ; il a aussi du travail en cours, mais %4 est pris comme sprint actif</translation>
    </message>
    <message>
        <source>the export has no sprint dates: %1 has not started; it is taken to run %2 to %3, the two weeks from its issues&apos; creation</source>
        <translation>l’export n’a pas de dates de sprint : %1 n’a pas commencé ; il est supposé aller du %2 au %3, les deux semaines depuis la création de ses tickets</translation>
    </message>
    <message>
        <source>the export has no sprint dates: %1 has not started; it is taken to run %2 to %3, the two weeks after %4</source>
        <translation>l’export n’a pas de dates de sprint : %1 n’a pas commencé ; il est supposé aller du %2 au %3, les deux semaines après %4</translation>
    </message>
    <message>
        <source>the export has no sprint dates and its issues no dates: %1 is taken to run %2 to %3, by the day of the import</source>
        <translation>l’export n’a pas de dates de sprint ni ses tickets de dates : %1 est supposé aller du %2 au %3, d’après le jour de l’import</translation>
    </message>
    <message>
        <source>the export has no sprint dates: %1 is taken to run %2 to %3, two weeks from its issues&apos; first activity in it; their activity, spread over more than a month, is not one sprint&apos;s</source>
        <translation>l’export ne contient pas de dates de sprint : %1 est censé aller du %2 au %3, deux semaines à partir de la première activité de ses tickets ; leur activité, étalée sur plus d’un mois, n’est pas celle d’un seul sprint</translation>
    </message>
    <message>
        <source>the export has no sprint dates: %1 is taken to run %2 to %3, two weeks from its issues&apos; first activity in it; their changes more than a month later are not taken as its end</source>
        <translation>l’export ne contient pas de dates de sprint : %1 est censé aller du %2 au %3, deux semaines à partir de la première activité de ses tickets ; leurs changements plus d’un mois après ne sont pas pris comme sa fin</translation>
    </message>
    <message>
        <source>%1 (%2 to %3) has work in progress, but it ended before %4, the active sprint, began, so it is taken as closed</source>
        <translation>%1 (du %2 au %3) a du travail en cours, mais il s’est terminé avant le début de %4, le sprint actif ; il est donc considéré comme clôturé</translation>
    </message>
    <message>
        <source>the export has no sprint dates: %1 is taken to run %2 to %3, from its issues&apos; first creation or move into it; it has work in progress, but it ended before %4, the active sprint, began, so it is taken as closed</source>
        <translation>l’export ne contient pas de dates de sprint : %1 est censé aller du %2 au %3, à partir de la première création ou du premier déplacement de ses tickets ; il a du travail en cours, mais il s’est terminé avant le début de %4, le sprint actif, et est donc considéré comme clôturé</translation>
    </message>
    <message>
        <source>%1 (%2 to %3) has work in progress too, but %4 is taken as the active sprint</source>
        <translation>%1 (du %2 au %3) a aussi du travail en cours, mais %4 est pris comme sprint actif</translation>
    </message>
</context>
<context>
    <name>MarkdownSprints</name>
    <message>
        <source>%1 is listed in %2 and again in %3; it is carried over to %3</source>
        <translation>%1 figure dans %2 et de nouveau dans %3 ; elle est reportée dans %3</translation>
    </message>
    <message>
        <source>the document does not say whether these sprints ended, though their dates are past; they stay planned until they are closed: %1</source>
        <translation>le document ne dit pas si ces sprints sont terminés, bien que leurs dates soient passées ; ils restent planifiés jusqu’à leur clôture : %1</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>--format takes table, csv or json</source>
        <translation>--format attend table, csv ou json</translation>
    </message>
    <message>
        <source>Restored %1 from %2; the previous state is saved as %3</source>
        <translation>%1 restauré depuis %2&#xa0;; l’état précédent est sauvegardé dans %3</translation>
    </message>
    <message>
        <source>usage: sprintdeck backup create|list|restore BACKUP</source>
        <translation>utilisation&#xa0;: sprintdeck backup create|list|restore BACKUP</translation>
    </message>
    <message>
        <source>--title must not be empty</source>
        <translation>--title ne doit pas être vide</translation>
    </message>
    <message>
        <source>--points takes a number of 0 or more, not “%1”</source>
        <translation>--points attend un nombre supérieur ou égal à 0, pas «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>--priority takes P1, P2, P3 or P4, not “%1”</source>
        <translation>--priority attend P1, P2, P3 ou P4, pas «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>--type takes story, bug, task or fix, not “%1”</source>
        <translation>--type attend story, bug, task ou fix, pas «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>--blocked and --unblocked exclude each other</source>
        <translation>--blocked et --unblocked s’excluent mutuellement</translation>
    </message>
    <message>
        <source>--sprint and --backlog exclude each other</source>
        <translation>--sprint et --backlog s’excluent mutuellement</translation>
    </message>
    <message>
        <source>no sprint called “%1”</source>
        <translation>aucun sprint nommé «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>no column called “%1”</source>
        <translation>aucune colonne nommée «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>card add needs --title</source>
        <translation>card add nécessite --title</translation>
    </message>
    <message>
        <source>unexpected argument “%1”</source>
        <translation>argument inattendu «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>a card with the key %1 exists already</source>
        <translation>une carte avec la clé %1 existe déjà</translation>
    </message>
    <message>
        <source>no card with the key %1</source>
        <translation>aucune carte avec la clé %1</translation>
    </message>
    <message>
        <source>usage: sprintdeck card move KEY --to COLUMN</source>
        <translation>utilisation&#xa0;: sprintdeck card move KEY --to COLUMN</translation>
    </message>
    <message>
        <source>%1 is in the backlog; add it to a sprint first (card edit %1 --sprint NAME)</source>
        <translation>%1 est dans le backlog&#xa0;; ajoutez-la d’abord à un sprint (card edit %1 --sprint NAME)</translation>
    </message>
    <message>
        <source>usage: sprintdeck card edit KEY [options]</source>
        <translation>utilisation&#xa0;: sprintdeck card edit KEY [options]</translation>
    </message>
    <message>
        <source>usage: sprintdeck card show KEY</source>
        <translation>utilisation&#xa0;: sprintdeck card show KEY</translation>
    </message>
    <message>
        <source>usage: sprintdeck card delete KEY...</source>
        <translation>utilisation&#xa0;: sprintdeck card delete KEY...</translation>
    </message>
    <message>
        <source>unknown card command “%1”</source>
        <translation>commande card inconnue «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>points</source>
        <translation>points</translation>
    </message>
    <message>
        <source>cards</source>
        <translation>cartes</translation>
    </message>
    <message>
        <source>committed %1 %2</source>
        <translation>engagé %1 %2</translation>
    </message>
    <message>
        <source>remaining %1</source>
        <translation>reste %1</translation>
    </message>
    <message>
        <source>forecast %1</source>
        <translation>prévision %1</translation>
    </message>
    <message>
        <source>closed %1</source>
        <translation>clôturé %1</translation>
    </message>
    <message>
        <source>Burndown: %1</source>
        <translation>Burndown&#xa0;: %1</translation>
    </message>
    <message>
        <source>Burnup: %1</source>
        <translation>Burnup&#xa0;: %1</translation>
    </message>
    <message>
        <source>--last takes a number of 1 or more, not “%1”</source>
        <translation>--last attend un nombre supérieur ou égal à 1, pas «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Average</source>
        <translation>Moyenne</translation>
    </message>
    <message>
        <source>Velocity</source>
        <translation>Vélocité</translation>
    </message>
    <message>
        <source>the last closed sprint</source>
        <translation>le dernier sprint clôturé</translation>
    </message>
    <message>
        <source>last %1 closed sprints</source>
        <translation>les %1 derniers sprints clôturés</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Sprint Progress: %1</source>
        <translation>Avancement du sprint&#xa0;: %1</translation>
    </message>
    <message>
        <source>**Overall Progress**: %1% (%2/%3 %4)</source>
        <translation>**Avancement global**&#xa0;: %1 % (%2/%3 %4)</translation>
    </message>
    <message>
        <source>Cumulative flow: %1</source>
        <translation>Flux cumulé&#xa0;: %1</translation>
    </message>
    <message>
        <source>Status to column:</source>
        <translation>Statut vers colonne&#xa0;:</translation>
    </message>
    <message>
        <source> (--map)</source>
        <translation> (--map)</translation>
    </message>
    <message>
        <source>Warnings:</source>
        <translation>Avertissements&#xa0;:</translation>
    </message>
    <message>
        <source>%1 is a backup and %2 is not empty; restore it into a new database: sprintdeck restore %1 --db NEW</source>
        <translation>%1 est une sauvegarde et %2 n’est pas vide&#xa0;; restaurez-la dans une nouvelle base&#xa0;: sprintdeck restore %1 --db NOUVELLE</translation>
    </message>
    <message>
        <source>%1 is a backup; it would be restored into %2</source>
        <translation>%1 est une sauvegarde&#xa0;; elle serait restaurée dans %2</translation>
    </message>
    <message>
        <source>Restored %1 into %2: %3 cards</source>
        <translation>%1 restauré dans %2&#xa0;: %3 cartes</translation>
    </message>
    <message>
        <source>import needs at least one file</source>
        <translation>import nécessite au moins un fichier</translation>
    </message>
    <message>
        <source>--map takes STATUS=COLUMN, not “%1”</source>
        <translation>--map attend STATUT=COLONNE, pas «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>a backup (%1) is restored on its own, not with other files</source>
        <translation>une sauvegarde (%1) se restaure seule, pas avec d’autres fichiers</translation>
    </message>
    <message>
        <source>Nothing to change.</source>
        <translation>Rien à modifier.</translation>
    </message>
    <message>
        <source>nothing was imported: %1</source>
        <translation>rien n’a été importé&#xa0;: %1</translation>
    </message>
    <message>
        <source>Imported into %1.</source>
        <translation>Importé dans %1.</translation>
    </message>
    <message>
        <source>export needs -o FILE</source>
        <translation>export nécessite -o FICHIER</translation>
    </message>
    <message>
        <source>--format takes json, csv or md</source>
        <translation>--format attend json, csv ou md</translation>
    </message>
    <message>
        <source>a json backup holds the whole board; --sprint is for csv and md</source>
        <translation>une sauvegarde JSON contient tout le tableau&#xa0;; --sprint s’applique à csv et md</translation>
    </message>
    <message>
        <source>cannot write to standard output</source>
        <translation>impossible d’écrire sur la sortie standard</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>impossible d’écrire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>usage: sprintdeck restore BACKUP.json --db NEW</source>
        <translation>utilisation&#xa0;: sprintdeck restore BACKUP.json --db NOUVELLE</translation>
    </message>
    <message>
        <source>Restored %1 into %2</source>
        <translation>%1 restauré dans %2</translation>
    </message>
    <message>
        <source>the board has no sprint; create one with &apos;sprintdeck sprint create&apos;</source>
        <translation>le tableau n’a aucun sprint&#xa0;; créez-en un avec «&#xa0;sprintdeck sprint create&#xa0;»</translation>
    </message>
    <message>
        <source>unknown report “%1” (%2)</source>
        <translation>rapport inconnu «&#xa0;%1&#xa0;» (%2)</translation>
    </message>
    <message>
        <source>--format takes %1, not “%2”</source>
        <translation>--format attend %1, pas «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <source>--unit takes points or cards, not “%1”</source>
        <translation>--unit attend points ou cards, pas «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>--date takes a date as YYYY-MM-DD, not “%1”</source>
        <translation>--date attend une date AAAA-MM-JJ, pas «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>-o FILE.pptx or -o FILE.pdf is required</source>
        <translation>-o FICHIER.pptx ou -o FICHIER.pdf est requis</translation>
    </message>
    <message>
        <source>-o takes a file ending in .pptx or .pdf, not “%1”</source>
        <translation>-o attend un fichier se terminant par .pptx ou .pdf, pas «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>--sections needs at least one section</source>
        <translation>--sections nécessite au moins une section</translation>
    </message>
    <message>
        <source>--theme takes light or dark, not “%1”</source>
        <translation>--theme attend light ou dark, pas «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>--accent takes a colour as #RRGGBB, not “%1”</source>
        <translation>--accent attend une couleur au format #RRGGBB, pas «&#xa0;%1&#xa0;»</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n slide(s) of %1 to %2</source>
        <translation>
            <numerusform>%n diapositive de %1 écrite dans %2</numerusform>
            <numerusform>%n diapositives de %1 écrites dans %2</numerusform>
        </translation>
    </message>
    <message>
        <source>give at least one of --from, --went-well, --challenges, --learnings, --improvements, --next-sprint</source>
        <translation>indiquez au moins une des options --from, --went-well, --challenges, --learnings, --improvements, --next-sprint</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>impossible de lire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 has no retrospective headings (What Went Well, Challenges, Key Learnings, Improvements, Next Steps)</source>
        <translation>%1 n’a aucun titre de rétrospective (What Went Well, Challenges, Key Learnings, Improvements, Next Steps)</translation>
    </message>
    <message>
        <source>--format takes table, json or md</source>
        <translation>--format attend table, json ou md</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>unknown review command “%1”</source>
        <translation>commande review inconnue «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>sprint create needs --name</source>
        <translation>sprint create nécessite --name</translation>
    </message>
    <message>
        <source>--start takes a date as YYYY-MM-DD, not “%1”</source>
        <translation>--start attend une date AAAA-MM-JJ, pas «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>--end takes a date as YYYY-MM-DD, not “%1”</source>
        <translation>--end attend une date AAAA-MM-JJ, pas «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>--end (%1) is before --start (%2)</source>
        <translation>--end (%1) précède --start (%2)</translation>
    </message>
    <message>
        <source>--capacity takes a number of 0 or more, not “%1”</source>
        <translation>--capacity attend un nombre supérieur ou égal à 0, pas «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>--holiday takes a date as YYYY-MM-DD, not “%1”</source>
        <translation>--holiday attend une date AAAA-MM-JJ, pas «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>--holiday %1 is outside the sprint (%2 to %3)</source>
        <translation>--holiday %1 est en dehors du sprint (du %2 au %3)</translation>
    </message>
    <message>
        <source>--holiday %1 is a weekend day, which is not worked anyway</source>
        <translation>--holiday %1 tombe un week-end, qui n’est de toute façon pas travaillé</translation>
    </message>
    <message>
        <source>--workday takes a date as YYYY-MM-DD, not “%1”</source>
        <translation>--workday attend une date AAAA-MM-JJ, pas «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>--workday %1 is outside the sprint (%2 to %3)</source>
        <translation>--workday %1 est en dehors du sprint (du %2 au %3)</translation>
    </message>
    <message>
        <source>--workday %1 is a weekday, which is worked anyway</source>
        <translation>--workday %1 est un jour de semaine, qui est de toute façon travaillé</translation>
    </message>
    <message>
        <source>there is already a sprint called “%1”</source>
        <translation>il existe déjà un sprint nommé «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Created %1: %2 to %3, %4</source>
        <translation>%1 créé&#xa0;: du %2 au %3, %4</translation>
    </message>
    <message>
        <source>usage: sprintdeck sprint start NAME</source>
        <translation>utilisation&#xa0;: sprintdeck sprint start NOM</translation>
    </message>
    <message>
        <source>Started %1: committed %2 points in %3 cards</source>
        <translation>%1 démarré&#xa0;: %2 points engagés sur %3 cartes</translation>
    </message>
    <message>
        <source>usage: sprintdeck sprint close NAME [--carry-over NEXT_SPRINT | --to-backlog]</source>
        <translation>utilisation&#xa0;: sprintdeck sprint close NOM [--carry-over SPRINT_SUIVANT | --to-backlog]</translation>
    </message>
    <message>
        <source>--carry-over and --to-backlog exclude each other</source>
        <translation>--carry-over et --to-backlog s’excluent mutuellement</translation>
    </message>
    <message>
        <source>%1 has %2; choose --carry-over NEXT_SPRINT or --to-backlog</source>
        <translation>%1 contient %2&#xa0;; choisissez --carry-over SPRINT_SUIVANT ou --to-backlog</translation>
    </message>
    <message>
        <source>Closed %1: completed %2 of %3 committed points</source>
        <translation>%1 clôturé&#xa0;: %2 points terminés sur %3 engagés</translation>
    </message>
    <message>
        <source>%1 carried over to %2</source>
        <translation>%1 reporté dans %2</translation>
    </message>
    <message>
        <source>%1 moved to the backlog</source>
        <translation>%1 déplacé dans le backlog</translation>
    </message>
    <message>
        <source>usage: sprintdeck sprint plan NAME KEY...</source>
        <translation>utilisation&#xa0;: sprintdeck sprint plan NOM KEY...</translation>
    </message>
    <message>
        <source>unknown sprint command “%1”</source>
        <translation>commande sprint inconnue «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Daily Standup: %1</source>
        <translation>Stand-up quotidien&#xa0;: %1</translation>
    </message>
    <message>
        <source>Daily Status: %1</source>
        <translation>Statut du jour&#xa0;: %1</translation>
    </message>
    <message>
        <source>cannot read the API key from standard input</source>
        <translation>impossible de lire la clé d’API sur l’entrée standard</translation>
    </message>
    <message>
        <source>--api-key-stdin: standard input held no key</source>
        <translation>--api-key-stdin&#xa0;: l’entrée standard ne contenait aucune clé</translation>
    </message>
    <message>
        <source>usage: sprintdeck remote add NAME --url URL --project ID [--api-key-stdin]</source>
        <translation>utilisation&#xa0;: sprintdeck remote add NOM --url URL --project ID [--api-key-stdin]</translation>
    </message>
    <message>
        <source>--type: only redmine is supported</source>
        <translation>--type&#xa0;: seul redmine est pris en charge</translation>
    </message>
    <message>
        <source>--points-field takes story-points or estimated-hours</source>
        <translation>--points-field attend story-points ou estimated-hours</translation>
    </message>
    <message>
        <source> (--allow-insecure-http)</source>
        <translation> (--allow-insecure-http)</translation>
    </message>
    <message>
        <source>the name, --project and --key-prefix must not be empty</source>
        <translation>le nom, --project et --key-prefix ne doivent pas être vides</translation>
    </message>
    <message>
        <source>; give it again with sync --api-key-stdin</source>
        <translation>&#xa0;; indiquez-la de nouveau avec sync --api-key-stdin</translation>
    </message>
    <message>
        <source>Added remote %1 (%2, project %3)</source>
        <translation>Serveur distant %1 ajouté (%2, projet %3)</translation>
    </message>
    <message>
        <source>usage: sprintdeck remote remove NAME</source>
        <translation>utilisation&#xa0;: sprintdeck remote remove NOM</translation>
    </message>
    <message>
        <source>the remote is removed, but its key may remain in the keychain: %1</source>
        <translation>le serveur distant est supprimé, mais sa clé peut rester dans le trousseau&#xa0;: %1</translation>
    </message>
    <message>
        <source>usage: sprintdeck remote map NAME [STATUS=COLUMN...]</source>
        <translation>utilisation&#xa0;: sprintdeck remote map NOM [STATUT=COLONNE...]</translation>
    </message>
    <message>
        <source>“%1” is not STATUS=COLUMN</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas de la forme STATUT=COLONNE</translation>
    </message>
    <message>
        <source>remote %1 has no status “%2” (statuses are known after the first sync)</source>
        <translation>le serveur distant %1 n’a pas de statut «&#xa0;%2&#xa0;» (les statuts sont connus après la première synchronisation)</translation>
    </message>
    <message>
        <source>(whole card)</source>
        <translation>(carte entière)</translation>
    </message>
    <message>
        <source>edited here</source>
        <translation>modifiée ici</translation>
    </message>
    <message>
        <source>deleted on the server</source>
        <translation>supprimée sur le serveur</translation>
    </message>
    <message>
        <source>unknown remote command “%1”</source>
        <translation>commande remote inconnue «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>--resolve KEY and --keep local|remote go together</source>
        <translation>--resolve KEY et --keep local|remote vont ensemble</translation>
    </message>
    <message>
        <source>--keep takes local or remote</source>
        <translation>--keep attend local ou remote</translation>
    </message>
    <message>
        <source>%1: kept the %2 version</source>
        <translation>%1&#xa0;: version %2 conservée</translation>
    </message>
    <message>
        <source>local</source>
        <translation>locale</translation>
    </message>
    <message>
        <source>server&apos;s</source>
        <translation>du serveur</translation>
    </message>
    <message>
        <source>no remote to sync with; add one with: sprintdeck remote add NAME --url URL --project ID --api-key-stdin</source>
        <translation>aucun serveur distant avec lequel synchroniser&#xa0;; ajoutez-en un avec&#xa0;: sprintdeck remote add NOM --url URL --project ID --api-key-stdin</translation>
    </message>
    <message>
        <source>--api-key-stdin needs --remote NAME when there are several remotes</source>
        <translation>--api-key-stdin nécessite --remote NOM lorsqu’il y a plusieurs serveurs distants</translation>
    </message>
    <message>
        <source>sync with %1: %2; give the key with --api-key-stdin</source>
        <translation>synchronisation avec %1&#xa0;: %2&#xa0;; indiquez la clé avec --api-key-stdin</translation>
    </message>
    <message>
        <source>refused by %1: %2</source>
        <translation>refusé par %1&#xa0;: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n conflicts wait: see them with sync --conflicts, settle each with sync --resolve KEY --keep local|remote</source>
        <translation>
            <numerusform>%n conflit en attente&#xa0;: affichez-le avec sync --conflicts, réglez chacun avec sync --resolve KEY --keep local|remote</numerusform>
            <numerusform>%n conflits en attente&#xa0;: affichez-les avec sync --conflicts, réglez chacun avec sync --resolve KEY --keep local|remote</numerusform>
        </translation>
    </message>
    <message>
        <source>The stored sprint report has an unknown format (version %1)</source>
        <translation>Le rapport de sprint enregistré a un format inconnu (version %1)</translation>
    </message>
    <message>
        <source>The stored sprint report has no valid dates</source>
        <translation>Le rapport de sprint enregistré n’a pas de dates valides</translation>
    </message>
    <message>
        <source>The stored sprint report has a day without a valid date</source>
        <translation>Le rapport de sprint enregistré contient un jour sans date valide</translation>
    </message>
    <message>
        <source>Card %1 is no longer on the board</source>
        <translation>La carte %1 n’est plus sur le tableau</translation>
    </message>
    <message>
        <source>The demo fills only an empty board; %1 has cards already</source>
        <translation>La démo ne remplit qu’un tableau vide&#xa0;; %1 contient déjà des cartes</translation>
    </message>
    <message>
        <source>The stored report of sprint %1 is damaged: %2</source>
        <translation>Le rapport enregistré du sprint %1 est endommagé&#xa0;: %2</translation>
    </message>
    <message>
        <source>Sprint %1: %2</source>
        <translation>Sprint %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>No sprint with id %1</source>
        <translation>Aucun sprint avec l’identifiant %1</translation>
    </message>
    <message>
        <source>%1, line %2: %3</source>
        <translation>%1, ligne %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>cannot read: %1</source>
        <translation>lecture impossible&#xa0;: %1</translation>
    </message>
    <message>
        <source>binary data (a NUL byte); this is not a text file</source>
        <translation>données binaires (un octet NUL)&#xa0;; ce n’est pas un fichier texte</translation>
    </message>
    <message>
        <source>more than %1 fields in one record</source>
        <translation>plus de %1 champs dans un enregistrement</translation>
    </message>
    <message>
        <source>a quoted field starts here and is never closed (unbalanced quote)</source>
        <translation>un champ entre guillemets commence ici et n’est jamais fermé (guillemet non apparié)</translation>
    </message>
    <message>
        <source>a field longer than %1 starts here</source>
        <translation>un champ de plus de %1 commence ici</translation>
    </message>
    <message>
        <source>a quoted field longer than %1 starts here; is a closing quote missing?</source>
        <translation>un champ entre guillemets de plus de %1 commence ici&#xa0;; manque-t-il un guillemet fermant&#xa0;?</translation>
    </message>
    <message>
        <source>a character follows the closing quote of a field (a quote inside a quoted field must be doubled)</source>
        <translation>un caractère suit le guillemet fermant d’un champ (un guillemet à l’intérieur d’un champ entre guillemets doit être doublé)</translation>
    </message>
    <message>
        <source>%1 does not exist</source>
        <translation>%1 n’existe pas</translation>
    </message>
    <message>
        <source>%1 is a backup; restore it into a new database instead of importing it</source>
        <translation>%1 est une sauvegarde&#xa0;; restaurez-la dans une nouvelle base au lieu de l’importer</translation>
    </message>
    <message>
        <source>%1 is neither a markdown document, an issue CSV nor a backup</source>
        <translation>%1 n’est ni un document Markdown, ni un CSV de tickets, ni une sauvegarde</translation>
    </message>
    <message>
        <source>Sprint documents and exports (*.md *.markdown *.txt *.csv *.json);;Markdown (*.md *.markdown *.txt);;Jira CSV (*.csv);;SprintDeck backup (*.json);;All files (*)</source>
        <translation>Documents de sprint et exports (*.md *.markdown *.txt *.csv *.json);;Markdown (*.md *.markdown *.txt);;CSV Jira (*.csv);;Sauvegarde SprintDeck (*.json);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>ligne %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>backlog</source>
        <translation>backlog</translation>
    </message>
    <message>
        <source>%1 pts</source>
        <translation>%1 pts</translation>
    </message>
    <message>
        <source>1 checklist item</source>
        <translation>1 élément de checklist</translation>
    </message>
    <message>
        <source>%1 checklist items</source>
        <translation>%1 éléments de checklist</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>1 card to create</source>
        <translation>1 carte à créer</translation>
    </message>
    <message>
        <source>%1 cards to create</source>
        <translation>%1 cartes à créer</translation>
    </message>
    <message>
        <source>%1 to update</source>
        <translation>%1 à mettre à jour</translation>
    </message>
    <message>
        <source>%1 unchanged or skipped</source>
        <translation>%1 inchangées ou ignorées</translation>
    </message>
    <message>
        <source>; sprints to create: %1</source>
        <translation>&#xa0;; sprints à créer&#xa0;: %1</translation>
    </message>
    <message>
        <source>; sprints to update: %1</source>
        <translation>&#xa0;; sprints à mettre à jour&#xa0;: %1</translation>
    </message>
    <message>
        <source>; 1 member to add</source>
        <translation>&#xa0;; 1 membre à ajouter</translation>
    </message>
    <message>
        <source>; %1 members to add</source>
        <translation>&#xa0;; %1 membres à ajouter</translation>
    </message>
    <message>
        <source>; 1 warning</source>
        <translation>&#xa0;; 1 avertissement</translation>
    </message>
    <message>
        <source>; %1 warnings</source>
        <translation>&#xa0;; %1 avertissements</translation>
    </message>
    <message>
        <source>Import %1</source>
        <translation>Importer %1</translation>
    </message>
    <message numerus="yes">
        <source>Import %n files</source>
        <translation>
            <numerusform>Importer %n fichier</numerusform>
            <numerusform>Importer %n fichiers</numerusform>
        </translation>
    </message>
    <message>
        <source>There is no column “%1” for the status “%2”; the columns are %3</source>
        <translation>Il n’y a pas de colonne «&#xa0;%1&#xa0;» pour le statut «&#xa0;%2&#xa0;»&#xa0;; les colonnes sont %3</translation>
    </message>
    <message>
        <source>the status “%1” matches no column; its cards go to %2 (map it to another column)</source>
        <translation>le statut «&#xa0;%1&#xa0;» ne correspond à aucune colonne&#xa0;; ses cartes vont dans %2 (associez-le à une autre colonne)</translation>
    </message>
    <message>
        <source>%1 ended before %2 started; it is imported as closed</source>
        <translation>%1 s’est terminé avant le début de %2&#xa0;; il est importé comme clôturé</translation>
    </message>
    <message>
        <source>%1 is the active sprint; %2 is imported as planned</source>
        <translation>%1 est le sprint actif&#xa0;; %2 est importé comme planifié</translation>
    </message>
    <message>
        <source>no title</source>
        <translation>sans titre</translation>
    </message>
    <message>
        <source>listed twice; the first entry is imported</source>
        <translation>listé deux fois&#xa0;; la première entrée est importée</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>inchangé</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>sprint %1 → %2</source>
        <translation>sprint %1 → %2</translation>
    </message>
    <message>
        <source>points %1 → %2</source>
        <translation>points %1 → %2</translation>
    </message>
    <message>
        <source>title</source>
        <translation>titre</translation>
    </message>
    <message>
        <source>description</source>
        <translation>description</translation>
    </message>
    <message>
        <source>checklist</source>
        <translation>checklist</translation>
    </message>
    <message>
        <source>priority %1</source>
        <translation>priorité %1</translation>
    </message>
    <message>
        <source>type %1</source>
        <translation>type %1</translation>
    </message>
    <message>
        <source>assignee</source>
        <translation>responsable</translation>
    </message>
    <message>
        <source>labels</source>
        <translation>étiquettes</translation>
    </message>
    <message>
        <source>blocked</source>
        <translation>bloquée</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 is %2; CSV files larger than %3 are not imported</source>
        <translation>%1 fait %2&#xa0;; les fichiers CSV de plus de %3 ne sont pas importés</translation>
    </message>
    <message>
        <source>%1 is empty</source>
        <translation>%1 est vide</translation>
    </message>
    <message>
        <source>%1, line %2: no “Summary” column, so this is not an issue export (use Jira&apos;s Export CSV (all fields)); the columns are: %3</source>
        <translation>%1, ligne %2&#xa0;: pas de colonne «&#xa0;Summary&#xa0;», ce n’est donc pas un export de tickets (utilisez «&#xa0;Export CSV (all fields)&#xa0;» de Jira)&#xa0;; les colonnes sont&#xa0;: %3</translation>
    </message>
    <message>
        <source>no “Issue key” column: issues are matched by summary</source>
        <translation>pas de colonne «&#xa0;Issue key&#xa0;»&#xa0;: les tickets sont associés par leur résumé</translation>
    </message>
    <message>
        <source>1 column not used: %1</source>
        <translation>1 colonne non utilisée&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1 columns not used: %2</source>
        <translation>%1 colonnes non utilisées&#xa0;: %2</translation>
    </message>
    <message>
        <source>1 field where the header has %1; the record is skipped</source>
        <translation>1 champ alors que l’en-tête en a %1&#xa0;; l’enregistrement est ignoré</translation>
    </message>
    <message>
        <source>%1 fields where the header has %2; the record is skipped</source>
        <translation>%1 champs alors que l’en-tête en a %2&#xa0;; l’enregistrement est ignoré</translation>
    </message>
    <message>
        <source>%1, line %2: more than %3 issues; export fewer at a time</source>
        <translation>%1, ligne %2&#xa0;: plus de %3 tickets&#xa0;; exportez-en moins à la fois</translation>
    </message>
    <message>
        <source>%1 has no summary; it is skipped</source>
        <translation>%1 n’a pas de résumé&#xa0;; il est ignoré</translation>
    </message>
    <message>
        <source>an issue</source>
        <translation>un ticket</translation>
    </message>
    <message>
        <source>unknown priority “%1”; kept as it was</source>
        <translation>priorité inconnue «&#xa0;%1&#xa0;»&#xa0;; laissée telle quelle</translation>
    </message>
    <message>
        <source>story points “%1” are not a number</source>
        <translation>les story points «&#xa0;%1&#xa0;» ne sont pas un nombre</translation>
    </message>
    <message>
        <source>cannot read the date “%1” in %2</source>
        <translation>impossible de lire la date «&#xa0;%1&#xa0;» dans %2</translation>
    </message>
    <message>
        <source>no issues found</source>
        <translation>aucun ticket trouvé</translation>
    </message>
    <message>
        <source>Cannot read the table %1: %2</source>
        <translation>Impossible de lire la table %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d’écrire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1, line %2: not valid JSON (%3)</source>
        <translation>%1, ligne %2&#xa0;: JSON non valide (%3)</translation>
    </message>
    <message>
        <source>%1 is not a SprintDeck backup</source>
        <translation>%1 n’est pas une sauvegarde SprintDeck</translation>
    </message>
    <message>
        <source>%1 is a backup format version %2; this SprintDeck reads version %3</source>
        <translation>%1 est une sauvegarde au format version %2&#xa0;; ce SprintDeck lit la version %3</translation>
    </message>
    <message>
        <source>%1 comes from a newer SprintDeck (database version %2, this one has %3)</source>
        <translation>%1 provient d’un SprintDeck plus récent (version de base %2, celle-ci a %3)</translation>
    </message>
    <message>
        <source>%1 already holds a board; restore into a new database</source>
        <translation>%1 contient déjà un tableau&#xa0;; restaurez dans une nouvelle base</translation>
    </message>
    <message>
        <source>%1 holds the table “%2”, which this SprintDeck does not know</source>
        <translation>%1 contient la table «&#xa0;%2&#xa0;», que ce SprintDeck ne connaît pas</translation>
    </message>
    <message>
        <source>%1: row %2 of %3 has the unknown column “%4”</source>
        <translation>%1&#xa0;: la ligne %2 de %3 a la colonne inconnue «&#xa0;%4&#xa0;»</translation>
    </message>
    <message>
        <source>%1: row %2 of %3: %4</source>
        <translation>%1&#xa0;: ligne %2 de %3&#xa0;: %4</translation>
    </message>
    <message>
        <source>%1 does not restore: %2</source>
        <translation>%1 ne peut pas être restauré&#xa0;: %2</translation>
    </message>
    <message>
        <source>The board has no sprint to report on</source>
        <translation>Le tableau n’a aucun sprint sur lequel faire un rapport</translation>
    </message>
    <message>
        <source>Column: %1</source>
        <translation>Colonne&#xa0;: %1</translation>
    </message>
    <message>
        <source>repaired 1 character garbled by a Windows code page</source>
        <translation>1 caractère altéré par une page de codes Windows réparé</translation>
    </message>
    <message>
        <source>repaired %1 characters garbled by a Windows code page</source>
        <translation>%1 caractères altérés par une page de codes Windows réparés</translation>
    </message>
    <message>
        <source> (%1 of them had lost a byte and were restored by best guess)</source>
        <translation> (%1 d’entre eux avaient perdu un octet, restauré au mieux)</translation>
    </message>
    <message>
        <source>%1 is %2; documents larger than %3 are not imported</source>
        <translation>%1 fait %2&#xa0;; les documents de plus de %3 ne sont pas importés</translation>
    </message>
    <message>
        <source>no stories, tasks or checklists found</source>
        <translation>aucune story, tâche ou checklist trouvée</translation>
    </message>
    <message>
        <source>the document names no sprint; its cards go to the backlog</source>
        <translation>le document ne nomme aucun sprint&#xa0;; ses cartes vont dans le backlog</translation>
    </message>
    <message>
        <source>**Day %1 (%2)**</source>
        <translation>**Jour %1 (%2)**</translation>
    </message>
    <message>
        <source>%1 is listed for a later sprint; it goes to the backlog</source>
        <translation>%1 est prévu pour un sprint ultérieur&#xa0;; il va dans le backlog</translation>
    </message>
    <message>
        <source>**Estimate:** %1</source>
        <translation>**Estimation&#xa0;:** %1</translation>
    </message>
    <message>
        <source>Untitled (line %1)</source>
        <translation>Sans titre (ligne %1)</translation>
    </message>
    <message>
        <source>Day %1 (%2)</source>
        <translation>Jour %1 (%2)</translation>
    </message>
    <message>
        <source>%1 says %2 points completed but the stories reported done by %3 add up to %4</source>
        <translation>%1 indique %2 points terminés, mais les stories déclarées terminées par %3 totalisent %4</translation>
    </message>
    <message>
        <source>%1 counts %2 points in total but the stories listed add up to %3</source>
        <translation>%1 compte %2 points au total, mais les stories listées totalisent %3</translation>
    </message>
    <message>
        <source>the progress table row %1 has %2 points but %3 completed and %4 remaining</source>
        <translation>la ligne %1 du tableau d’avancement a %2 points, mais %3 terminés et %4 restants</translation>
    </message>
    <message>
        <source>the progress table&apos;s total %1 is %2 but its rows add up to %3</source>
        <translation>le total %1 du tableau d’avancement vaut %2, mais ses lignes totalisent %3</translation>
    </message>
    <message>
        <source>story points</source>
        <translation>story points</translation>
    </message>
    <message>
        <source>completed</source>
        <translation>terminés</translation>
    </message>
    <message>
        <source>remaining</source>
        <translation>restants</translation>
    </message>
    <message>
        <source>the progress table</source>
        <translation>le tableau d’avancement</translation>
    </message>
    <message>
        <source>the text</source>
        <translation>le texte</translation>
    </message>
    <message>
        <source>“%1” says %2/%3 tasks but the section lists %4 with %5 done</source>
        <translation>«&#xa0;%1&#xa0;» indique %2/%3 tâches, mais la section en liste %4 dont %5 terminées</translation>
    </message>
    <message>
        <source>%1 MB</source>
        <translation>%1 Mo</translation>
    </message>
    <message>
        <source>%1 KB</source>
        <translation>%1 Ko</translation>
    </message>
    <message>
        <source>1 byte</source>
        <translation>1 octet</translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation>%1 octets</translation>
    </message>
    <message>
        <source>%1 is larger than %2; it is not imported</source>
        <translation>%1 dépasse %2&#xa0;; il n’est pas importé</translation>
    </message>
    <message>
        <source>invalid UTF-8 (byte 0x%1); save the file as UTF-8</source>
        <translation>UTF-8 non valide (octet 0x%1)&#xa0;; enregistrez le fichier en UTF-8</translation>
    </message>
    <message>
        <source>the line is longer than %1; this does not look like a document</source>
        <translation>la ligne dépasse %1&#xa0;; cela ne ressemble pas à un document</translation>
    </message>
    <message>
        <source>%1, line %2: binary data (a NUL byte); this is not a text file</source>
        <translation>%1, ligne %2&#xa0;: données binaires (un octet NUL)&#xa0;; ce n’est pas un fichier texte</translation>
    </message>
    <message>
        <source>The database driver does not allow backups</source>
        <translation>Le pilote de base de données ne permet pas les sauvegardes</translation>
    </message>
    <message>
        <source>out of memory</source>
        <translation>mémoire insuffisante</translation>
    </message>
    <message>
        <source>Cannot back up to %1: %2</source>
        <translation>Impossible de sauvegarder vers %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Cannot create the backup folder %1</source>
        <translation>Impossible de créer le dossier de sauvegarde %1</translation>
    </message>
    <message>
        <source>Cannot write %1</source>
        <translation>Impossible d’écrire %1</translation>
    </message>
    <message>
        <source>Cannot restore %1: %2</source>
        <translation>Impossible de restaurer %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 is not a SprintDeck database: the file holds only zero bytes</source>
        <translation>%1 n’est pas une base SprintDeck&#xa0;: le fichier ne contient que des octets nuls</translation>
    </message>
    <message>
        <source>%1 is not a SprintDeck database: it is not an SQLite file</source>
        <translation>%1 n’est pas une base SprintDeck&#xa0;: ce n’est pas un fichier SQLite</translation>
    </message>
    <message>
        <source>%1 is damaged: its header is invalid</source>
        <translation>%1 est endommagé&#xa0;: son en-tête n’est pas valide</translation>
    </message>
    <message>
        <source>%1 is damaged: the file is truncated (%2 of %3 bytes)</source>
        <translation>%1 est endommagé&#xa0;: le fichier est tronqué (%2 octets sur %3)</translation>
    </message>
    <message>
        <source>%1 is a folder, not a database file</source>
        <translation>%1 est un dossier, pas un fichier de base de données</translation>
    </message>
    <message>
        <source>Cannot create the folder of %1</source>
        <translation>Impossible de créer le dossier de %1</translation>
    </message>
    <message>
        <source>Cannot open %1: its folder is read-only (SprintDeck needs to write its journal beside the file)</source>
        <translation>Impossible d’ouvrir %1&#xa0;: son dossier est en lecture seule (SprintDeck doit écrire son journal à côté du fichier)</translation>
    </message>
    <message>
        <source>Cannot open %1: the file is read-only</source>
        <translation>Impossible d’ouvrir %1&#xa0;: le fichier est en lecture seule</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>Impossible d’ouvrir %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 is damaged: %2</source>
        <translation>%1 est endommagé&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 is not a SprintDeck database: it belongs to another program</source>
        <translation>%1 n’est pas une base SprintDeck&#xa0;: elle appartient à un autre programme</translation>
    </message>
    <message>
        <source>%1 was written by a newer SprintDeck (schema %2; this version reads up to %3)</source>
        <translation>%1 a été écrit par un SprintDeck plus récent (schéma %2&#xa0;; cette version lit jusqu’au %3)</translation>
    </message>
    <message>
        <source>Cannot update %1: %2</source>
        <translation>Impossible de mettre à jour %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>No card with id %1</source>
        <translation>Aucune carte avec l’identifiant %1</translation>
    </message>
    <message>
        <source>Card %1 no longer exists</source>
        <translation>La carte %1 n’existe plus</translation>
    </message>
    <message>
        <source>%1 has no conflict to resolve</source>
        <translation>%1 n’a aucun conflit à résoudre</translation>
    </message>
    <message>
        <source>“%1” is not a server address</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas une adresse de serveur</translation>
    </message>
    <message>
        <source>%1: only https (or http to this computer) is supported</source>
        <translation>%1&#xa0;: seul https (ou http vers cet ordinateur) est pris en charge</translation>
    </message>
    <message>
        <source>%1 uses plain http: the API key would cross the network unencrypted; use https, or confirm plain http explicitly</source>
        <translation>%1 utilise http en clair&#xa0;: la clé d’API traverserait le réseau sans chiffrement&#xa0;; utilisez https, ou confirmez explicitement http</translation>
    </message>
    <message>
        <source>The server address is empty</source>
        <translation>L’adresse du serveur est vide</translation>
    </message>
    <message>
        <source>The server sent an issue without an id</source>
        <translation>Le serveur a envoyé un ticket sans identifiant</translation>
    </message>
    <message>
        <source>Issue #%1 has no valid time stamps</source>
        <translation>Le ticket #%1 n’a pas d’horodatage valide</translation>
    </message>
    <message>
        <source>access to the keychain was denied (%1)</source>
        <translation>accès au trousseau refusé (%1)</translation>
    </message>
    <message>
        <source>no keychain is available (%1)</source>
        <translation>aucun trousseau disponible (%1)</translation>
    </message>
    <message>
        <source>the keychain failed (%1)</source>
        <translation>le trousseau a échoué (%1)</translation>
    </message>
    <message>
        <source>the keychain did not answer within %1 s; is it locked?</source>
        <translation>le trousseau n’a pas répondu en %1 s&#xa0;; est-il verrouillé&#xa0;?</translation>
    </message>
    <message>
        <source>Card %1 is not linked to an issue</source>
        <translation>La carte %1 n’est liée à aucun ticket</translation>
    </message>
    <message>
        <source>Card %1 has no conflict</source>
        <translation>La carte %1 n’a pas de conflit</translation>
    </message>
    <message>
        <source>There is already a remote called %1</source>
        <translation>Il existe déjà un serveur distant nommé %1</translation>
    </message>
    <message>
        <source>No remote with id %1</source>
        <translation>Aucun serveur distant avec l’identifiant %1</translation>
    </message>
    <message>
        <source>no remote called “%1”</source>
        <translation>aucun serveur distant nommé «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Sprint %1</source>
        <translation>Sprint %1</translation>
    </message>
    <message>
        <source>%1 is the open board; choose another file.</source>
        <translation>%1 est le tableau ouvert&#xa0;; choisissez un autre fichier.</translation>
    </message>
    <message>
        <source>%1 is a folder; choose a file.</source>
        <translation>%1 est un dossier&#xa0;; choisissez un fichier.</translation>
    </message>
    <message>
        <source>Cannot replace %1</source>
        <translation>Impossible de remplacer %1</translation>
    </message>
    <message>
        <source>%1 holds no tables</source>
        <translation>%1 ne contient aucune table</translation>
    </message>
    <message>
        <source>%1: the table “%2” is not a list of rows</source>
        <translation>%1&#xa0;: la table «&#xa0;%2&#xa0;» n’est pas une liste de lignes</translation>
    </message>
    <message>
        <source>%1: row %2 of %3 is not an object</source>
        <translation>%1&#xa0;: la ligne %2 de %3 n’est pas un objet</translation>
    </message>
    <message>
        <source>%1: row %2 of %3: the value of “%4” is an object other than {&quot;base64&quot;: …}</source>
        <translation>%1&#xa0;: ligne %2 de %3&#xa0;: la valeur de «&#xa0;%4&#xa0;» est un objet autre que {&quot;base64&quot;: …}</translation>
    </message>
    <message>
        <source>backups of it exist (%1), the newest from %2; restore it with: sprintdeck backup restore &quot;%3&quot; --db &quot;%4&quot;</source>
        <translation>des sauvegardes existent (%1), la plus récente du %2&#xa0;; restaurez-la avec&#xa0;: sprintdeck backup restore &quot;%3&quot; --db &quot;%4&quot;</translation>
    </message>
    <message>
        <source>Cannot save a copy of %1 in %2</source>
        <translation>Impossible d’enregistrer une copie de %1 dans %2</translation>
    </message>
    <message>
        <source>Cannot replace %1: %2</source>
        <translation>Impossible de remplacer %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>le disque est plein</translation>
    </message>
    <message>
        <source>the file is read-only</source>
        <translation>le fichier est en lecture seule</translation>
    </message>
    <message>
        <source>Cannot write %1: %2; the last saved changes are kept</source>
        <translation>Impossible d’écrire %1&#xa0;: %2&#xa0;; les dernières modifications enregistrées sont conservées</translation>
    </message>
    <message>
        <source>usage: sprintdeck sprint reopen NAME</source>
        <translation>utilisation&#xa0;: sprintdeck sprint reopen NOM</translation>
    </message>
    <message>
        <source>Reopened %1: it is the active sprint again</source>
        <translation>%1 rouvert&#xa0;: c’est de nouveau le sprint actif</translation>
    </message>
    <message>
        <source>usage: sprintdeck sprint edit NAME [--name N] [--start DATE] [--end DATE] [--goal T] [--capacity N] [--holiday DATE]... [--workday DATE]...</source>
        <translation>utilisation&#xa0;: sprintdeck sprint edit NOM [--name N] [--start DATE] [--end DATE] [--goal T] [--capacity N] [--holiday DATE]... [--workday DATE]...</translation>
    </message>
    <message>
        <source>sprint edit needs at least one change</source>
        <translation>sprint edit demande au moins une modification</translation>
    </message>
    <message>
        <source>Edited %1: %2 to %3, %4</source>
        <translation>%1 modifié&#xa0;: du %2 au %3, %4</translation>
    </message>
    <message>
        <source>%1 is being restored by another SprintDeck; try again when it is done</source>
        <translation>%1 est en cours de restauration par un autre SprintDeck&#xa0;; réessayez une fois terminé</translation>
    </message>
    <message>
        <source>--%1 takes a date YYYY-MM-DD, not “%2”</source>
        <translation>--%1 attend une date AAAA-MM-JJ, pas « %2 »</translation>
    </message>
    <message>
        <source>--from must not be after --to</source>
        <translation>--from ne doit pas être après --to</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 au %2</translation>
    </message>
    <message>
        <source>the board has no member “%1”</source>
        <translation>le tableau n’a pas de membre « %1 »</translation>
    </message>
    <message numerus="yes">
        <source>%n card(s) finished</source>
        <translation>
            <numerusform>%n carte finie</numerusform>
            <numerusform>%n cartes finies</numerusform>
        </translation>
    </message>
    <message>
        <source>50 % within %1</source>
        <translation>50 % en %1 au plus</translation>
    </message>
    <message>
        <source>70 % within %1</source>
        <translation>70 % en %1 au plus</translation>
    </message>
    <message>
        <source>85 % within %1</source>
        <translation>85 % en %1 au plus</translation>
    </message>
    <message>
        <source>95 % within %1</source>
        <translation>95 % en %1 au plus</translation>
    </message>
    <message>
        <source>Cycle time: %1</source>
        <translation>Temps de cycle : %1</translation>
    </message>
    <message>
        <source>cards a working day: %1</source>
        <translation>cartes par jour ouvré : %1</translation>
    </message>
    <message>
        <source>points a working day: %1</source>
        <translation>points par jour ouvré : %1</translation>
    </message>
    <message>
        <source>Throughput: %1</source>
        <translation>Débit : %1</translation>
    </message>
    <message numerus="yes">
        <source>%n card(s) in progress</source>
        <translation>
            <numerusform>%n carte en cours</numerusform>
            <numerusform>%n cartes en cours</numerusform>
        </translation>
    </message>
    <message>
        <source>85 % finish within %1</source>
        <translation>85 % sont finies en %1 au plus</translation>
    </message>
    <message>
        <source>Ageing work: %1</source>
        <translation>Travail qui vieillit : %1</translation>
    </message>
    <message>
        <source>--history takes a number of 1 or more, not “%1”</source>
        <translation>--history attend un nombre d’au moins 1, pas « %1 »</translation>
    </message>
    <message>
        <source>--seed takes a number, not “%1”</source>
        <translation>--seed attend un nombre, pas « %1 »</translation>
    </message>
    <message>
        <source>--items takes a number, not “%1”</source>
        <translation>--items attend un nombre, pas « %1 »</translation>
    </message>
    <message>
        <source>the board has no sprint: say how much with --items</source>
        <translation>le tableau n’a pas de sprint : indiquez la quantité avec --items</translation>
    </message>
    <message>
        <source>--by takes a date YYYY-MM-DD, not “%1”</source>
        <translation>--by attend une date AAAA-MM-JJ, pas « %1 »</translation>
    </message>
    <message numerus="yes">
        <source>not enough history: %n working day(s) of the %1 needed</source>
        <translation>
            <numerusform>historique insuffisant : %n jour ouvré sur les %1 nécessaires</numerusform>
            <numerusform>historique insuffisant : %n jours ouvrés sur les %1 nécessaires</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>nothing was finished in the last %n working day(s)</source>
        <translation>
            <numerusform>rien n’a été fini en %n jour ouvré</numerusform>
            <numerusform>rien n’a été fini les %n derniers jours ouvrés</numerusform>
        </translation>
    </message>
    <message>
        <source>Forecast: %1</source>
        <translation>Prévision : %1</translation>
    </message>
    <message>
        <source>No forecast: %1.</source>
        <translation>Pas de prévision : %1.</translation>
    </message>
    <message>
        <source>%1 %2 to do</source>
        <translation>%1 %2 à faire</translation>
    </message>
    <message>
        <source>85 % likely by %1</source>
        <translation>à 85 % d’ici le %1</translation>
    </message>
    <message numerus="yes">
        <source>from the last %n working day(s)</source>
        <translation>
            <numerusform>d’après %n jour ouvré</numerusform>
            <numerusform>d’après les %n derniers jours ouvrés</numerusform>
        </translation>
    </message>
    <message>
        <source>by %1: at least %2 %3 (85 %)</source>
        <translation>d’ici le %1 : au moins %2 %3 (85 %)</translation>
    </message>
    <message numerus="yes">
        <source>%n card(s) past the 85th percentile</source>
        <translation>
            <numerusform>%n carte au-delà du 85e centile</numerusform>
            <numerusform>%n cartes au-delà du 85e centile</numerusform>
        </translation>
    </message>
    <message>
        <source>unknown standup command “%1”</source>
        <translation>commande standup inconnue « %1 »</translation>
    </message>
    <message>
        <source>its dated days</source>
        <translation>ses jours datés</translation>
    </message>
    <message>
        <source>the document&apos;s numeric dates such as %1 can be read day first or month first; they are read %2 (%1 is %3)</source>
        <translation>les dates numériques du document comme %1 peuvent se lire jour d’abord ou mois d’abord ; elles sont lues %2 (%1 est le %3)</translation>
    </message>
    <message>
        <source>day first</source>
        <translation>jour d’abord</translation>
    </message>
    <message>
        <source>month first</source>
        <translation>mois d’abord</translation>
    </message>
    <message>
        <source>“%1” gives %2, before the sprint&apos;s start on %3; the sprint&apos;s dates are kept</source>
        <translation>« %1 » donne %2, avant le début du sprint le %3 ; les dates du sprint sont gardées</translation>
    </message>
    <message>
        <source>“%1”: %2 is a %3; the date is kept</source>
        <translation>« %1 » : le %2 est un %3 ; la date est gardée</translation>
    </message>
    <message>
        <source>the document&apos;s dates (such as “%3”) give no year; the sprint is planned until its dates are set (placeholder %1 to %2)</source>
        <translation>les dates du document (comme « %3 ») ne donnent pas d’année ; le sprint reste planifié jusqu’à ce que ses dates soient fixées (provisoirement %1 au %2)</translation>
    </message>
    <message>
        <source>the document gives no sprint dates, only its own date; the sprint is planned until its dates are set (placeholder %1 to %2)</source>
        <translation>le document ne donne pas de dates de sprint, seulement sa propre date ; le sprint reste planifié jusqu’à ce que ses dates soient fixées (provisoirement %1 au %2)</translation>
    </message>
    <message>
        <source>the document gives no dates; the sprint is planned until its dates are set (placeholder %1 to %2)</source>
        <translation>le document ne donne pas de dates ; le sprint reste planifié jusqu’à ce que ses dates soient fixées (provisoirement %1 au %2)</translation>
    </message>
    <message>
        <source>the sprint&apos;s start is taken from %3 and its end from its length: %1 to %2</source>
        <translation>le début du sprint vient de %3 et sa fin de sa durée : %1 au %2</translation>
    </message>
    <message>
        <source>the document gives no sprint end date; assumed %1 to %2</source>
        <translation>le document ne donne pas de date de fin du sprint ; supposé du %1 au %2</translation>
    </message>
    <message>
        <source>the document gives no sprint end date; the start is taken from %3; assumed %1 to %2</source>
        <translation>le document ne donne pas de date de fin du sprint ; le début vient de %3 ; supposé du %1 au %2</translation>
    </message>
    <message>
        <source>the sprint&apos;s start is taken from %3: %1 to %2</source>
        <translation>le début du sprint vient de %3 : %1 au %2</translation>
    </message>
    <message>
        <source>%1 is closed; its dates are kept (%2 to %3; the document says %4 to %5)</source>
        <translation>%1 est clos ; ses dates sont gardées (du %2 au %3 ; le document indique du %4 au %5)</translation>
    </message>
    <message>
        <source>%1 is closed</source>
        <translation>%1 est clos</translation>
    </message>
    <message>
        <source>the document reads as a template (placeholders such as %1); its placeholders make no cards</source>
        <translation>le document se lit comme un modèle (des marques comme %1) ; ses marques ne donnent pas de cartes</translation>
    </message>
    <message>
        <source>the story table&apos;s total is %1 points but its rows add up to %2</source>
        <translation>le total du tableau des stories est de %1 points mais ses lignes font %2</translation>
    </message>
    <message>
        <source>85 % likely done by %1</source>
        <translation>fini à 85 % d’ici le %1</translation>
    </message>
    <message>
        <source>the board has no card “%1”</source>
        <translation>le tableau n’a pas de carte « %1 »</translation>
    </message>
    <message>
        <source>--cards takes card keys: KEY,KEY,...</source>
        <translation>--cards attend des clés de cartes : KEY,KEY,...</translation>
    </message>
    <message>
        <source>Nothing is left to do.</source>
        <translation>Il ne reste rien à faire.</translation>
    </message>
    <message>
        <source>%1: %2 %3 to do</source>
        <translation>%1 : %2 %3 à faire</translation>
    </message>
    <message>
        <source>the document gives no dates for %1; it is planned until its dates are set (placeholder %2 to %3)</source>
        <translation>le document ne donne pas de dates pour %1 ; il reste planifié jusqu’à ce que ses dates soient fixées (provisoirement du %2 au %3)</translation>
    </message>
    <message>
        <source>“%1”: its dates are its weeks of the document&apos;s period, %2 to %3</source>
        <translation>« %1 » : ses dates sont ses semaines de la période du document, du %2 au %3</translation>
    </message>
    <message>
        <source>stories listed outside the sprints&apos; sections go to the backlog: %1</source>
        <translation>les stories listées hors des sections des sprints vont dans le backlog : %1</translation>
    </message>
    <message>
        <source>its first dated day and its end from its last</source>
        <translation>son premier jour daté et sa fin de son dernier</translation>
    </message>
    <message>
        <source>the product backlog&apos;s stories that the sprint does not hold are not imported: %1</source>
        <translation>les stories du product backlog que le sprint ne contient pas ne sont pas importées : %1</translation>
    </message>
    <message numerus="yes">
        <source>“%1” (%n items) is a checklist beside the sprint&apos;s work; it is not imported</source>
        <translation>
            <numerusform>« %1 » (%n élément) est une liste de contrôle à côté du travail du sprint ; elle n’est pas importée</numerusform>
            <numerusform>« %1 » (%n éléments) est une liste de contrôle à côté du travail du sprint ; elle n’est pas importée</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SprintDeck</name>
    <message>
        <source>Cannot Open Database</source>
        <translation>Impossible d’ouvrir la base de données</translation>
    </message>
    <message>
        <source>The file has not been changed.</source>
        <translation>Le fichier n’a pas été modifié.</translation>
    </message>
    <message>
        <source>Open Another File…</source>
        <translation>Ouvrir un autre fichier…</translation>
    </message>
    <message>
        <source>Restore a Backup…</source>
        <translation>Restaurer une sauvegarde…</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Restore a Backup</source>
        <translation>Restaurer une sauvegarde</translation>
    </message>
    <message>
        <source>Replace %1 with the backup of:</source>
        <translation>Remplacer %1 par la sauvegarde du&#xa0;:</translation>
    </message>
    <message>
        <source>Open Database</source>
        <translation>Ouvrir une base de données</translation>
    </message>
    <message>
        <source>SprintDeck databases (*.sprintdeck);;All files (*)</source>
        <translation>Bases SprintDeck (*.sprintdeck);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Welcome to SprintDeck</source>
        <translation>Bienvenue dans SprintDeck</translation>
    </message>
    <message>
        <source>Start with a demo sprint to look around, or with an empty board?</source>
        <translation>Commencer avec un sprint de démonstration pour découvrir, ou avec un tableau vide&#xa0;?</translation>
    </message>
    <message>
        <source>Demo Sprint</source>
        <translation>Sprint de démonstration</translation>
    </message>
    <message>
        <source>Empty Board</source>
        <translation>Tableau vide</translation>
    </message>
    <message>
        <source>%1 is not empty; the demo sprint was not added.</source>
        <translation>%1 n’est pas vide&#xa0;; le sprint de démonstration n’a pas été ajouté.</translation>
    </message>
    <message>
        <source>unknown view &apos;%1&apos; (board, charts, standup, slides)</source>
        <translation>vue inconnue «&#xa0;%1&#xa0;» (board, charts, standup, slides)</translation>
    </message>
    <message>
        <source>cannot write the screenshot %1</source>
        <translation>impossible d’écrire la capture d’écran %1</translation>
    </message>
    <message>
        <source>backups of it exist, the newest from %1: %2</source>
        <translation>des sauvegardes existent, la plus récente du %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Backups of it exist; the newest is from %1. Restoring one keeps a copy of the current file.</source>
        <translation>Des sauvegardes existent&#xa0;; la plus récente date du %1. La restauration conserve une copie du fichier actuel.</translation>
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
        <translation>Ajouter au backlog, Entrée</translation>
    </message>
    <message>
        <source>New backlog card title</source>
        <translation>Titre de la nouvelle carte du backlog</translation>
    </message>
    <message>
        <source>Backlog cards</source>
        <translation>Cartes du backlog</translation>
    </message>
    <message>
        <source>The backlog is empty.
Drag cards here from the board.</source>
        <translation>Le backlog est vide.
Faites glisser des cartes ici depuis le tableau.</translation>
    </message>
    <message>
        <source>Move the selected cards into the sprint shown on the board (Ctrl+Shift+S)</source>
        <translation>Déplacer les cartes sélectionnées dans le sprint affiché sur le tableau (Ctrl+Maj+S)</translation>
    </message>
    <message numerus="yes">
        <source>%n card(s) · %1 pts</source>
        <translation>
            <numerusform>%n carte · %1 pts</numerusform>
            <numerusform>%n cartes · %1 pts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n card(s) · %2 pts</source>
        <translation>
            <numerusform>%1 sur %n carte · %2 pts</numerusform>
            <numerusform>%1 sur %n cartes · %2 pts</numerusform>
        </translation>
    </message>
    <message>
        <source>Move to %1  →</source>
        <translation>Déplacer vers %1  →</translation>
    </message>
    <message>
        <source>No sprint to move to</source>
        <translation>Aucun sprint de destination</translation>
    </message>
    <message>
        <source>Card Not Added</source>
        <translation>Carte non ajoutée</translation>
    </message>
    <message>
        <source>%1 is closed</source>
        <translation>%1 est clôturé</translation>
    </message>
    <message>
        <source>No backlog card matches the filter.</source>
        <translation>Aucune carte du backlog ne correspond au filtre.</translation>
    </message>
</context>
<context>
    <name>SprintDeck::Board</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>To Do</source>
        <translation>À faire</translation>
    </message>
    <message>
        <source>In Progress</source>
        <translation>En cours</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Revue</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <source>A key prefix is letters or digits, such as “SD”</source>
        <translation>Un préfixe de clé se compose de lettres ou de chiffres, comme «&#xa0;SD&#xa0;»</translation>
    </message>
    <message>
        <source>Card %1 is no longer on the board</source>
        <translation>La carte %1 n’est plus sur le tableau</translation>
    </message>
    <message>
        <source>No sprint with id %1</source>
        <translation>Aucun sprint avec l’identifiant %1</translation>
    </message>
    <message>
        <source>No column with id %1</source>
        <translation>Aucune colonne avec l’identifiant %1</translation>
    </message>
    <message>
        <source>A card with the key %1 exists already</source>
        <translation>Une carte avec la clé %1 existe déjà</translation>
    </message>
    <message>
        <source>Column %1 still holds backlog cards</source>
        <translation>La colonne %1 contient encore des cartes du backlog</translation>
    </message>
    <message>
        <source>Column %1 still holds cards</source>
        <translation>La colonne %1 contient encore des cartes</translation>
    </message>
    <message>
        <source>There is already a member called %1</source>
        <translation>Il existe déjà un membre nommé %1</translation>
    </message>
    <message>
        <source>A sprint needs a name</source>
        <translation>Un sprint doit avoir un nom</translation>
    </message>
    <message>
        <source>Sprint %1: the end date must not be before the start date</source>
        <translation>Sprint %1&#xa0;: la date de fin ne doit pas précéder la date de début</translation>
    </message>
    <message>
        <source>There is already a sprint called %1</source>
        <translation>Il existe déjà un sprint nommé %1</translation>
    </message>
    <message>
        <source>The sprint still holds cards</source>
        <translation>Le sprint contient encore des cartes</translation>
    </message>
    <message>
        <source>Add card %1</source>
        <translation>Ajouter la carte %1</translation>
    </message>
    <message>
        <source>A card needs a title</source>
        <translation>Une carte doit avoir un titre</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>Modifier %1</translation>
    </message>
    <message>
        <source>the backlog</source>
        <translation>le backlog</translation>
    </message>
    <message>
        <source>Move %1 to %2</source>
        <translation>Déplacer %1 vers %2</translation>
    </message>
    <message numerus="yes">
        <source>Move %n cards to %1</source>
        <translation>
            <numerusform>Déplacer %n carte vers %1</numerusform>
            <numerusform>Déplacer %n cartes vers %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete %1</source>
        <translation>Supprimer %1</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n cards</source>
        <translation>
            <numerusform>Supprimer %n carte</numerusform>
            <numerusform>Supprimer %n cartes</numerusform>
        </translation>
    </message>
    <message>
        <source>A column needs a name</source>
        <translation>Une colonne doit avoir un nom</translation>
    </message>
    <message>
        <source>There is already a column called %1</source>
        <translation>Il existe déjà une colonne nommée %1</translation>
    </message>
    <message>
        <source>Add column %1</source>
        <translation>Ajouter la colonne %1</translation>
    </message>
    <message>
        <source>Edit column %1</source>
        <translation>Modifier la colonne %1</translation>
    </message>
    <message>
        <source>Move column %1</source>
        <translation>Déplacer la colonne %1</translation>
    </message>
    <message>
        <source>A board needs at least one column</source>
        <translation>Un tableau doit avoir au moins une colonne</translation>
    </message>
    <message>
        <source>Remove column %1</source>
        <translation>Supprimer la colonne %1</translation>
    </message>
    <message>
        <source>A member needs a name</source>
        <translation>Un membre doit avoir un nom</translation>
    </message>
    <message>
        <source>Add member %1</source>
        <translation>Ajouter le membre %1</translation>
    </message>
    <message>
        <source>No member with id %1</source>
        <translation>Aucun membre avec l’identifiant %1</translation>
    </message>
    <message>
        <source>Rename %1 to %2</source>
        <translation>Renommer %1 en %2</translation>
    </message>
    <message>
        <source>Activate %1</source>
        <translation>Activer %1</translation>
    </message>
    <message>
        <source>Deactivate %1</source>
        <translation>Désactiver %1</translation>
    </message>
    <message>
        <source>Create sprint %1</source>
        <translation>Créer le sprint %1</translation>
    </message>
    <message>
        <source>Edit sprint %1</source>
        <translation>Modifier le sprint %1</translation>
    </message>
    <message>
        <source>A batch with removals cannot be undone</source>
        <translation>Un lot comprenant des suppressions ne peut pas être annulé</translation>
    </message>
    <message>
        <source>Card %1 refers to a sprint that is not in the batch</source>
        <translation>La carte %1 fait référence à un sprint absent du lot</translation>
    </message>
    <message>
        <source>Card %1 refers to a member that is not in the batch</source>
        <translation>La carte %1 fait référence à un membre absent du lot</translation>
    </message>
    <message>
        <source>Card %1: no column with id %2</source>
        <translation>Carte %1&#xa0;: aucune colonne avec l’identifiant %2</translation>
    </message>
    <message>
        <source>Card %1: no sprint with id %2</source>
        <translation>Carte %1&#xa0;: aucun sprint avec l’identifiant %2</translation>
    </message>
    <message>
        <source>Card %1: no member with id %2</source>
        <translation>Carte %1&#xa0;: aucun membre avec l’identifiant %2</translation>
    </message>
    <message>
        <source>Card %1 needs a title</source>
        <translation>La carte %1 doit avoir un titre</translation>
    </message>
    <message>
        <source>Card %1 appears twice in one batch</source>
        <translation>La carte %1 apparaît deux fois dans un même lot</translation>
    </message>
    <message>
        <source>Cards are still assigned to the member</source>
        <translation>Des cartes sont encore assignées à ce membre</translation>
    </message>
    <message>
        <source>Sprint %1 is closed; plan cards into an open sprint</source>
        <translation>Le sprint %1 est clôturé&#xa0;; planifiez les cartes dans un sprint ouvert</translation>
    </message>
    <message>
        <source>%1 belongs to the closed sprint %2</source>
        <translation>%1 appartient au sprint clôturé %2</translation>
    </message>
    <message numerus="yes">
        <source>Plan %n card(s) into %1</source>
        <translation>
            <numerusform>Planifier %n carte dans %1</numerusform>
            <numerusform>Planifier %n cartes dans %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Sprint %1 is already active</source>
        <translation>Le sprint %1 est déjà actif</translation>
    </message>
    <message>
        <source>Sprint %1 is closed and cannot be started again</source>
        <translation>Le sprint %1 est clôturé et ne peut pas être redémarré</translation>
    </message>
    <message>
        <source>Sprint %1 is active; close it before starting %2</source>
        <translation>Le sprint %1 est actif&#xa0;; clôturez-le avant de démarrer %2</translation>
    </message>
    <message>
        <source>Start sprint %1</source>
        <translation>Démarrer le sprint %1</translation>
    </message>
    <message>
        <source>Sprint %1 is closed already</source>
        <translation>Le sprint %1 est déjà clôturé</translation>
    </message>
    <message>
        <source>Sprint %1 has not been started</source>
        <translation>Le sprint %1 n’a pas été démarré</translation>
    </message>
    <message>
        <source>Incomplete cards of %1 cannot be carried over into the same sprint</source>
        <translation>Les cartes inachevées de %1 ne peuvent pas être reportées dans le même sprint</translation>
    </message>
    <message>
        <source>Sprint %1 is closed; carry the cards over into an open sprint or the backlog</source>
        <translation>Le sprint %1 est clôturé&#xa0;; reportez les cartes dans un sprint ouvert ou dans le backlog</translation>
    </message>
    <message>
        <source>Close sprint %1</source>
        <translation>Clôturer le sprint %1</translation>
    </message>
    <message>
        <source>Cancelled; nothing was written</source>
        <translation>Annulé&#xa0;; rien n’a été écrit</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) would name a card that does not exist; nothing was written</source>
        <translation>
            <numerusform>%n événement nommerait une carte qui n’existe pas&#xa0;; rien n’a été écrit</numerusform>
            <numerusform>%n événements nommeraient une carte qui n’existe pas&#xa0;; rien n’a été écrit</numerusform>
        </translation>
    </message>
    <message>
        <source>Another SprintDeck changed what this would undo or redo; the undo history is cleared</source>
        <translation>Un autre SprintDeck a modifié ce que ceci annulerait ou rétablirait&#xa0;; l’historique d’annulation est vidé</translation>
    </message>
    <message>
        <source>Sprint %1: the capacity must not be negative</source>
        <translation>Sprint %1&#xa0;: la capacité ne peut pas être négative</translation>
    </message>
    <message>
        <source>Sprint %1: the holiday %2 is not a weekday from %3 to %4</source>
        <translation>Sprint %1&#xa0;: le jour férié %2 n’est pas un jour de semaine du %3 au %4</translation>
    </message>
    <message>
        <source>Sprint %1: the worked day %2 is not a weekend day from %3 to %4</source>
        <translation>Sprint %1&#xa0;: le jour travaillé %2 n’est pas un jour de week-end du %3 au %4</translation>
    </message>
    <message>
        <source>Sprint %1 is closed; its plan can no longer be edited</source>
        <translation>Le sprint %1 est clôturé&#xa0;; son plan ne peut plus être modifié</translation>
    </message>
    <message>
        <source>Sprint %1 is closed and takes no more cards; reopen it first</source>
        <translation>Le sprint %1 est clôturé et n’accepte plus de cartes&#xa0;; rouvrez-le d’abord</translation>
    </message>
    <message>
        <source>%1 belongs to the closed sprint %2; reopen the sprint first</source>
        <translation>%1 appartient au sprint clôturé %2&#xa0;; rouvrez d’abord le sprint</translation>
    </message>
    <message>
        <source>Sprint %1 is not closed</source>
        <translation>Le sprint %1 n’est pas clôturé</translation>
    </message>
    <message>
        <source>Sprint %1 is active; close it before reopening %2</source>
        <translation>Le sprint %1 est actif&#xa0;; clôturez-le avant de rouvrir %2</translation>
    </message>
    <message>
        <source>Reopen sprint %1</source>
        <translation>Rouvrir le sprint %1</translation>
    </message>
</context>
<context>
    <name>SprintDeck::BoardView</name>
    <message>
        <source>&amp;Find Cards</source>
        <translation>&amp;Rechercher des cartes</translation>
    </message>
    <message>
        <source>Sprint shown on the board</source>
        <translation>Sprint affiché sur le tableau</translation>
    </message>
    <message>
        <source>&amp;Sprint</source>
        <translation>&amp;Sprint</translation>
    </message>
    <message>
        <source>Swimlanes</source>
        <translation>Couloirs</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Aucun</translation>
    </message>
    <message>
        <source>By priority</source>
        <translation>Par priorité</translation>
    </message>
    <message>
        <source>By assignee</source>
        <translation>Par responsable</translation>
    </message>
    <message>
        <source>S&amp;wimlanes</source>
        <translation>C&amp;ouloirs</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Colonne</translation>
    </message>
    <message>
        <source>Add a column at the right of the board</source>
        <translation>Ajouter une colonne à droite du tableau</translation>
    </message>
    <message>
        <source>Add column</source>
        <translation>Ajouter une colonne</translation>
    </message>
    <message>
        <source>Add Column</source>
        <translation>Ajouter une colonne</translation>
    </message>
    <message>
        <source>Name of the new column:</source>
        <translation>Nom de la nouvelle colonne&#xa0;:</translation>
    </message>
    <message>
        <source>&lt;h2&gt;No sprint yet&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Pas encore de sprint&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>A sprint is a time box with a goal. Create the first one to start the board;
cards you add before that wait in the backlog.</source>
        <translation>Un sprint est une période limitée avec un objectif. Créez le premier pour démarrer le tableau&#xa0;;
les cartes ajoutées avant attendent dans le backlog.</translation>
    </message>
    <message>
        <source>Create Sprint 1 (two weeks from today)</source>
        <translation>Créer le sprint 1 (deux semaines à partir d’aujourd’hui)</translation>
    </message>
    <message>
        <source>Sprint 1</source>
        <translation>Sprint 1</translation>
    </message>
    <message>
        <source>active</source>
        <translation>actif</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>clôturé</translation>
    </message>
    <message>
        <source>planned</source>
        <translation>planifié</translation>
    </message>
    <message>
        <source>Goal: %1</source>
        <translation>Objectif&#xa0;: %1</translation>
    </message>
    <message>
        <source>Cards in %1</source>
        <translation>Cartes dans %1</translation>
    </message>
    <message>
        <source>No cards</source>
        <translation>Aucune carte</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>Non assignée</translation>
    </message>
    <message>
        <source>No sprint</source>
        <translation>Aucun sprint</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n card(s), %2 of %3 points done</source>
        <translation>
            <numerusform>%1&#xa0;: %n carte, %2 points terminés sur %3</numerusform>
            <numerusform>%1&#xa0;: %n cartes, %2 points terminés sur %3</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n blocked</source>
        <translation>
            <numerusform>%n bloquée</numerusform>
            <numerusform>%n bloquées</numerusform>
        </translation>
    </message>
    <message>
        <source>Create a sprint first, or add the card to the backlog.</source>
        <translation>Créez d’abord un sprint, ou ajoutez la carte au backlog.</translation>
    </message>
    <message>
        <source>Added %1</source>
        <translation>%1 ajoutée</translation>
    </message>
    <message>
        <source>Change Not Made</source>
        <translation>Modification non effectuée</translation>
    </message>
    <message>
        <source> (%1%)</source>
        <translation> (%1&#xa0;%)</translation>
    </message>
    <message>
        <source>%1 is over its WIP limit: %2 of %3 cards</source>
        <translation>%1 dépasse sa limite WIP&#xa0;: %2 cartes sur %3</translation>
    </message>
    <message>
        <source>No card matches the filter</source>
        <translation>Aucune carte ne correspond au filtre</translation>
    </message>
</context>
<context>
    <name>SprintDeck::Burndown</name>
    <message>
        <source>No forecast: the sprint has not been started</source>
        <translation>Pas de prévision : le sprint n’a pas été démarré</translation>
    </message>
    <message>
        <source>No forecast: the sprint was closed on %1</source>
        <translation>Pas de prévision : le sprint a été clos le %1</translation>
    </message>
    <message>
        <source>No forecast: the sprint starts on %1</source>
        <translation>Pas de prévision : le sprint commence le %1</translation>
    </message>
    <message>
        <source>No forecast: the sprint ended on %1</source>
        <translation>Pas de prévision : le sprint s’est terminé le %1</translation>
    </message>
    <message>
        <source>No forecast: the sprint holds no work</source>
        <translation>Pas de prévision : le sprint ne contient pas de travail</translation>
    </message>
    <message>
        <source>No forecast: no working day has passed yet</source>
        <translation>Pas de prévision : aucun jour ouvré n’est encore passé</translation>
    </message>
    <message>
        <source>No forecast: no progress in the last %1 working days</source>
        <translation>Pas de prévision : aucun progrès les %1 derniers jours ouvrés</translation>
    </message>
    <message numerus="yes">
        <source>No forecast: %n working day(s) of history, %1 needed for a forecast</source>
        <translation>
            <numerusform>Pas de prévision : %n jour ouvré d’historique, %1 nécessaires pour une prévision</numerusform>
            <numerusform>Pas de prévision : %n jours ouvrés d’historique, %1 nécessaires pour une prévision</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No forecast: nothing was finished in the last %n working day(s)</source>
        <translation>
            <numerusform>Pas de prévision : rien n’a été fini en %n jour ouvré</numerusform>
            <numerusform>Pas de prévision : rien n’a été fini les %n derniers jours ouvrés</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SprintDeck::CardActions</name>
    <message>
        <source>&amp;Quick Add</source>
        <translation>Ajout &amp;rapide</translation>
    </message>
    <message>
        <source>&amp;New Card…</source>
        <translation>&amp;Nouvelle carte…</translation>
    </message>
    <message>
        <source>&amp;Edit Card…</source>
        <translation>&amp;Modifier la carte…</translation>
    </message>
    <message>
        <source>Edit the focused card (Enter or F2)</source>
        <translation>Modifier la carte active (Entrée ou F2)</translation>
    </message>
    <message>
        <source>Move to &amp;Previous Column</source>
        <translation>Vers la colonne &amp;précédente</translation>
    </message>
    <message>
        <source>Move to Ne&amp;xt Column</source>
        <translation>Vers la colonne &amp;suivante</translation>
    </message>
    <message>
        <source>Move &amp;Up</source>
        <translation>Vers le &amp;haut</translation>
    </message>
    <message>
        <source>Move &amp;Down</source>
        <translation>Vers le &amp;bas</translation>
    </message>
    <message>
        <source>Move to &amp;Backlog</source>
        <translation>Vers le back&amp;log</translation>
    </message>
    <message>
        <source>Move into &amp;Sprint</source>
        <translation>Dans le spr&amp;int</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>Supprim&amp;er</translation>
    </message>
    <message numerus="yes">
        <source>Moved %n card(s) to %1</source>
        <translation>
            <numerusform>%n carte déplacée vers %1</numerusform>
            <numerusform>%n cartes déplacées vers %1</numerusform>
        </translation>
    </message>
    <message>
        <source>The cards could not be moved to the backlog</source>
        <translation>Les cartes n’ont pas pu être déplacées dans le backlog</translation>
    </message>
    <message numerus="yes">
        <source>Moved %n card(s) to the backlog</source>
        <translation>
            <numerusform>%n carte déplacée dans le backlog</numerusform>
            <numerusform>%n cartes déplacées dans le backlog</numerusform>
        </translation>
    </message>
    <message>
        <source>No sprint is shown on the board to move the cards into</source>
        <translation>Aucun sprint n’est affiché sur le tableau pour y déplacer les cartes</translation>
    </message>
    <message numerus="yes">
        <source>Moved %n card(s) into %1</source>
        <translation>
            <numerusform>%n carte déplacée dans %1</numerusform>
            <numerusform>%n cartes déplacées dans %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cards</source>
        <translation>
            <numerusform>%n carte</numerusform>
            <numerusform>%n cartes</numerusform>
        </translation>
    </message>
    <message>
        <source>Deleted %1. Undo brings it back (Ctrl+Z).</source>
        <translation>%1 supprimée. Annuler la fait revenir (Ctrl+Z).</translation>
    </message>
    <message>
        <source>Move to Column</source>
        <translation>Déplacer vers la colonne</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorité</translation>
    </message>
    <message>
        <source>Set priority %1</source>
        <translation>Définir la priorité %1</translation>
    </message>
    <message>
        <source>Assign To</source>
        <translation>Assigner à</translation>
    </message>
    <message>
        <source>Assign to %1</source>
        <translation>Assigner à %1</translation>
    </message>
    <message>
        <source>Nobody</source>
        <translation>Personne</translation>
    </message>
    <message>
        <source>Unblock</source>
        <translation>Débloquer</translation>
    </message>
    <message>
        <source>Mark Blocked…</source>
        <translation>Marquer comme bloquée…</translation>
    </message>
    <message>
        <source>Mark Blocked</source>
        <translation>Marquer comme bloquée</translation>
    </message>
    <message>
        <source>What is blocking the work? (optional)</source>
        <translation>Qu’est-ce qui bloque le travail&#xa0;? (facultatif)</translation>
    </message>
    <message>
        <source>Mark blocked</source>
        <translation>Marquer comme bloquée</translation>
    </message>
    <message>
        <source>Add a card at the bottom of the focused column (N or Ctrl+N)</source>
        <translation>Ajouter une carte en bas de la colonne active (N ou Ctrl+N)</translation>
    </message>
    <message>
        <source>&amp;Forecast Selected Cards</source>
        <translation>Pré&amp;vision des cartes sélectionnées</translation>
    </message>
</context>
<context>
    <name>SprintDeck::CardDelegate</name>
    <message>
        <source>BLOCKED</source>
        <translation>BLOQUÉE</translation>
    </message>
    <message numerus="yes">
        <source>%n d</source>
        <comment>days a card has been in progress</comment>
        <translation>
            <numerusform>%n j</numerusform>
            <numerusform>%n j</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SprintDeck::CardEditor</name>
    <message>
        <source>Edit %1</source>
        <translation>Modifier %1</translation>
    </message>
    <message>
        <source>New Card</source>
        <translation>Nouvelle carte</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Clé</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>What needs to be done?</source>
        <translation>Que faut-il faire&#xa0;?</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorité</translation>
    </message>
    <message>
        <source>Story points</source>
        <translation>Story points</translation>
    </message>
    <message>
        <source>not estimated</source>
        <translation>non estimée</translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Type a new name to add a team member</source>
        <translation>Saisissez un nouveau nom pour ajouter un membre de l’équipe</translation>
    </message>
    <message>
        <source>Labels</source>
        <translation>Étiquettes</translation>
    </message>
    <message>
        <source>comma separated, e.g. board, a11y</source>
        <translation>séparées par des virgules, p. ex. board, a11y</translation>
    </message>
    <message>
        <source>Sprint</source>
        <translation>Sprint</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Colonne</translation>
    </message>
    <message>
        <source>Blocked</source>
        <translation>Bloquée</translation>
    </message>
    <message>
        <source>Reason for the block</source>
        <translation>Motif du blocage</translation>
    </message>
    <message>
        <source>Reason (optional)</source>
        <translation>Motif (facultatif)</translation>
    </message>
    <message>
        <source>&amp;Key:</source>
        <translation>&amp;Clé&#xa0;:</translation>
    </message>
    <message>
        <source>T&amp;ype:</source>
        <translation>T&amp;ype&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Priority:</source>
        <translation>&amp;Priorité&#xa0;:</translation>
    </message>
    <message>
        <source>P&amp;oints:</source>
        <translation>P&amp;oints&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Assignee:</source>
        <translation>&amp;Responsable&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Labels:</source>
        <translation>É&amp;tiquettes&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Sprint:</source>
        <translation>&amp;Sprint&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Column:</source>
        <translation>Co&amp;lonne&#xa0;:</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>Checklist</translation>
    </message>
    <message>
        <source>New checklist item</source>
        <translation>Nouvel élément de checklist</translation>
    </message>
    <message>
        <source>Add an item, Enter</source>
        <translation>Ajouter un élément, Entrée</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Remove the selected checklist item</source>
        <translation>Retirer l’élément de checklist sélectionné</translation>
    </message>
    <message>
        <source>&lt;b&gt;Checklist&lt;/b&gt;</source>
        <translation>&lt;b&gt;Checklist&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Description (markdown)</source>
        <translation>Description (Markdown)</translation>
    </message>
    <message>
        <source>Describe the card in markdown: **bold**, lists, - [ ] tasks, `code`</source>
        <translation>Décrivez la carte en Markdown&#xa0;: **gras**, listes, - [ ] tâches, `code`</translation>
    </message>
    <message>
        <source>Description preview</source>
        <translation>Aperçu de la description</translation>
    </message>
    <message>
        <source>&amp;Write</source>
        <translation>Ré&amp;diger</translation>
    </message>
    <message>
        <source>P&amp;review</source>
        <translation>&amp;Aperçu</translation>
    </message>
    <message>
        <source>&lt;b&gt;Description&lt;/b&gt;</source>
        <translation>&lt;b&gt;Description&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Save (Ctrl+Return)</source>
        <translation>Enregistrer (Ctrl+Entrée)</translation>
    </message>
    <message>
        <source>automatic (%1-…)</source>
        <translation>automatique (%1-…)</translation>
    </message>
    <message>
        <source>Leave empty for the next free key</source>
        <translation>Laisser vide pour la prochaine clé libre</translation>
    </message>
    <message>
        <source>The key of an existing card does not change</source>
        <translation>La clé d’une carte existante ne change pas</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>Non assignée</translation>
    </message>
    <message>
        <source>Backlog</source>
        <translation>Backlog</translation>
    </message>
    <message>
        <source>Estimate: %1</source>
        <translation>Estimation&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1 of %2 done</source>
        <translation>%1 sur %2 terminés</translation>
    </message>
    <message>
        <source>Points must be a number such as 3 or 0.5, or empty: “%1”</source>
        <translation>Les points doivent être un nombre comme 3 ou 0.5, ou vides&#xa0;: «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>The board is closed</source>
        <translation>Le tableau est fermé</translation>
    </message>
    <message>
        <source>A card needs a title</source>
        <translation>Une carte doit avoir un titre</translation>
    </message>
    <message>
        <source>Card %1 is no longer on the board</source>
        <translation>La carte %1 n’est plus sur le tableau</translation>
    </message>
    <message>
        <source>Card Not Added</source>
        <translation>Carte non ajoutée</translation>
    </message>
    <message>
        <source>Card Not Saved</source>
        <translation>Carte non enregistrée</translation>
    </message>
    <message>
        <source>Discard Changes?</source>
        <translation>Abandonner les modifications&#xa0;?</translation>
    </message>
    <message>
        <source>Discard this new card?</source>
        <translation>Abandonner cette nouvelle carte&#xa0;?</translation>
    </message>
    <message>
        <source>Discard your changes to %1?</source>
        <translation>Abandonner vos modifications de %1&#xa0;?</translation>
    </message>
</context>
<context>
    <name>SprintDeck::CardListModel</name>
    <message>
        <source>Assigned to %1</source>
        <translation>Assignée à %1</translation>
    </message>
    <message>
        <source>Blocked: %1</source>
        <translation>Bloquée&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1, %2, priority %3</source>
        <translation>%1, %2, priorité %3</translation>
    </message>
    <message>
        <source>blocked</source>
        <translation>bloquée</translation>
    </message>
    <message numerus="yes">
        <source>Move %n card(s)</source>
        <translation>
            <numerusform>Déplacer %n carte</numerusform>
            <numerusform>Déplacer %n cartes</numerusform>
        </translation>
    </message>
    <message>
        <source>Change lane</source>
        <translation>Changer de couloir</translation>
    </message>
</context>
<context>
    <name>SprintDeck::ChartBuilder</name>
    <message>
        <source>Non-working day</source>
        <translation>Jour non travaillé</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Aujourd’hui</translation>
    </message>
    <message>
        <source>points</source>
        <translation>points</translation>
    </message>
    <message>
        <source>cards</source>
        <translation>cartes</translation>
    </message>
    <message>
        <source>Burndown</source>
        <translation>Burndown</translation>
    </message>
    <message>
        <source>Ideal</source>
        <translation>Idéal</translation>
    </message>
    <message>
        <source>Committed: %1 %2</source>
        <translation>Engagé&#xa0;: %1 %2</translation>
    </message>
    <message>
        <source>Ideal at the end of %1: %2 %3</source>
        <translation>Idéal à la fin du %1&#xa0;: %2 %3</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Périmètre</translation>
    </message>
    <message>
        <source>Scope change</source>
        <translation>Variation</translation>
    </message>
    <message>
        <source>Scope change on %1: %2%3 %4</source>
        <translation>Changement de périmètre le %1&#xa0;: %2%3 %4</translation>
    </message>
    <message>
        <source>Remaining</source>
        <translation>Restant</translation>
    </message>
    <message>
        <source>Remaining at the start: %1 %2</source>
        <translation>Restant au début&#xa0;: %1 %2</translation>
    </message>
    <message>
        <source>Remaining now: %1 %2</source>
        <translation>Restant maintenant&#xa0;: %1 %2</translation>
    </message>
    <message>
        <source>Remaining at the end of %1: %2 %3</source>
        <translation>Restant à la fin du %1&#xa0;: %2 %3</translation>
    </message>
    <message>
        <source>Forecast: %1</source>
        <translation>Prévision&#xa0;: %1</translation>
    </message>
    <message>
        <source>Forecast: done on %1 at %2 %3 a working day</source>
        <translation>Prévision&#xa0;: terminé le %1 à %2 %3 par jour travaillé</translation>
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
        <translation>Périmètre total</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <source>Total scope: %1 %2</source>
        <translation>Périmètre total&#xa0;: %1 %2</translation>
    </message>
    <message>
        <source>Completed at the start: %1 %2</source>
        <translation>Terminé au début&#xa0;: %1 %2</translation>
    </message>
    <message>
        <source>Completed by %1: %2 %3</source>
        <translation>Terminé au %1&#xa0;: %2 %3</translation>
    </message>
    <message numerus="yes">
        <source>Velocity — last %n sprint(s) (%1)</source>
        <translation>
            <numerusform>Vélocité – %n dernier sprint (%1)</numerusform>
            <numerusform>Vélocité – %n derniers sprints (%1)</numerusform>
        </translation>
    </message>
    <message>
        <source>Velocity — no closed sprints yet</source>
        <translation>Vélocité – aucun sprint clôturé pour l’instant</translation>
    </message>
    <message>
        <source>Committed</source>
        <translation>Engagé</translation>
    </message>
    <message>
        <source>Average completed: %1</source>
        <translation>Moyenne terminée&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1 (%2 – %3)
Committed %4 %6, completed %5 %6</source>
        <translation>%1 (%2 – %3)
Engagé %4 %6, terminé %5 %6</translation>
    </message>
    <message numerus="yes">
        <source>Average completed over %n sprint(s): %1</source>
        <translation>
            <numerusform>Moyenne terminée sur %n sprint&#xa0;: %1</numerusform>
            <numerusform>Moyenne terminée sur %n sprints&#xa0;: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Cumulative flow (%1)</source>
        <translation>Flux cumulé (%1)</translation>
    </message>
    <message>
        <source>%1 on %2: %3 %4</source>
        <translation>%1 le %2&#xa0;: %3 %4</translation>
    </message>
    <message>
        <source>Cumulative flow — starts when the sprint starts</source>
        <translation>Flux cumulé — commence au démarrage du sprint</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n jour</numerusform>
            <numerusform>%n jours</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 %: %2</source>
        <translation>%1 % : %2</translation>
    </message>
    <message>
        <source>%1 % of the cards finished within %2</source>
        <translation>%1 % des cartes ont été finies en %2 au plus</translation>
    </message>
    <message numerus="yes">
        <source>Cycle time — %n card(s) finished</source>
        <translation>
            <numerusform>Temps de cycle — %n carte finie</numerusform>
            <numerusform>Temps de cycle — %n cartes finies</numerusform>
        </translation>
    </message>
    <message>
        <source>days</source>
        <translation>jours</translation>
    </message>
    <message>
        <source>Finished card</source>
        <translation>Carte finie</translation>
    </message>
    <message>
        <source>Finished %1 after %2
%3</source>
        <translation>Finie le %1 après %2
%3</translation>
    </message>
    <message>
        <source>Cycle time — no card finished in this range</source>
        <translation>Temps de cycle — aucune carte finie sur cette période</translation>
    </message>
    <message>
        <source>Throughput (%1 a day)</source>
        <translation>Débit (%1 par jour)</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Finies</translation>
    </message>
    <message>
        <source>%1: %2 %3 finished</source>
        <translation>%1 : %2 %3 finis</translation>
    </message>
    <message>
        <source>Average a working day: %1</source>
        <translation>Moyenne par jour ouvré : %1</translation>
    </message>
    <message numerus="yes">
        <source>Ageing work — %n card(s) in progress</source>
        <translation>
            <numerusform>Travail qui vieillit — %n carte en cours</numerusform>
            <numerusform>Travail qui vieillit — %n cartes en cours</numerusform>
        </translation>
    </message>
    <message>
        <source>days in progress</source>
        <translation>jours en cours</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>En cours</translation>
    </message>
    <message>
        <source>Older than 85 % of finished cards</source>
        <translation>Plus ancienne que 85 % des cartes finies</translation>
    </message>
    <message>
        <source>%1 in progress
%2</source>
        <translation>%1 en cours
%2</translation>
    </message>
    <message>
        <source>When will it be done?</source>
        <translation>Quand sera-ce fini ?</translation>
    </message>
    <message>
        <source>When will it be done? — nothing left to do</source>
        <translation>Quand sera-ce fini ? — plus rien à faire</translation>
    </message>
    <message>
        <source>No forecast: %1</source>
        <translation>Pas de prévision : %1</translation>
    </message>
    <message>
        <source>% of trials</source>
        <translation>% des tirages</translation>
    </message>
    <message>
        <source>Trials finishing that day</source>
        <translation>Tirages finissant ce jour-là</translation>
    </message>
    <message>
        <source>%1: %2 % of the trials finish that day</source>
        <translation>%1 : %2 % des tirages finissent ce jour-là</translation>
    </message>
    <message>
        <source>Forecast (85 %): %1</source>
        <translation>Prévision (85 %) : %1</translation>
    </message>
    <message>
        <source>85 % likely done by %1 (50 %: %2, 95 %: %3), from the team&apos;s throughput of its last working days</source>
        <translation>fini à 85 % d’ici le %1 (50 % : %2, 95 % : %3), d’après le débit de l’équipe de ses derniers jours ouvrés</translation>
    </message>
    <message>
        <source>Throughput (%1 a week)</source>
        <translation>Débit (%1 par semaine)</translation>
    </message>
    <message>
        <source>Week of %1: %2 %3 finished</source>
        <translation>Semaine du %1 : %2 %3 terminés</translation>
    </message>
    <message>
        <source>Average a week: %1</source>
        <translation>Moyenne par semaine : %1</translation>
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
        <translation>Vélocité</translation>
    </message>
    <message>
        <source>Cumulative Flow</source>
        <translation>Flux cumulé</translation>
    </message>
    <message>
        <source>&amp;Sprint:</source>
        <translation>&amp;Sprint&#xa0;:</translation>
    </message>
    <message>
        <source>Story points</source>
        <translation>Story points</translation>
    </message>
    <message>
        <source>Cards</source>
        <translation>Cartes</translation>
    </message>
    <message>
        <source>Count story points or cards</source>
        <translation>Compter les story points ou les cartes</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exporter</translation>
    </message>
    <message>
        <source>%1 as PNG…</source>
        <translation>%1 en PNG…</translation>
    </message>
    <message>
        <source>%1 as SVG…</source>
        <translation>%1 en SVG…</translation>
    </message>
    <message>
        <source>Export as PNG…</source>
        <translation>Exporter en PNG…</translation>
    </message>
    <message>
        <source>Export as SVG…</source>
        <translation>Exporter en SVG…</translation>
    </message>
    <message>
        <source>Progress by priority</source>
        <translation>Avancement par priorité</translation>
    </message>
    <message>
        <source>Scope changes</source>
        <translation>Changements de périmètre</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Jour</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Carte</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Changement</translation>
    </message>
    <message>
        <source>active</source>
        <translation>actif</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>clôturé</translation>
    </message>
    <message>
        <source>planned</source>
        <translation>planifié</translation>
    </message>
    <message>
        <source>No sprint yet: create one from &lt;b&gt;Sprint ▸ New Sprint…&lt;/b&gt;</source>
        <translation>Pas encore de sprint&#xa0;: créez-en un via &lt;b&gt;Sprint ▸ Nouveau sprint…&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Committed &lt;b&gt;%1&lt;/b&gt; %2</source>
        <translation>Engagé &lt;b&gt;%1&lt;/b&gt; %2</translation>
    </message>
    <message>
        <source>remaining &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>reste &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>forecast &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>prévision &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;i&gt;closed: frozen report&lt;/i&gt;</source>
        <translation>&lt;i&gt;clôturé&#xa0;: rapport figé&lt;/i&gt;</translation>
    </message>
    <message>
        <source>&lt;i&gt;not started&lt;/i&gt;</source>
        <translation>&lt;i&gt;non démarré&lt;/i&gt;</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2 · %n working day(s)</source>
        <translation>
            <numerusform>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2 · %n jour travaillé</numerusform>
            <numerusform>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2 · %n jours travaillés</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;br&gt;Capacity %1 points, committed %2</source>
        <translation>&lt;br&gt;Capacité %1 points, engagé %2</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorité</translation>
    </message>
    <message>
        <source>Story Points</source>
        <translation>Story points</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <source>Remaining</source>
        <translation>Restant</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Overall progress: %1% (%2/%3 %4)</source>
        <translation>Avancement global&#xa0;: %1 % (%2/%3 %4)</translation>
    </message>
    <message>
        <source>re-estimated %1 → %2</source>
        <translation>réestimée %1 → %2</translation>
    </message>
    <message>
        <source>added (%1)</source>
        <translation>ajoutée (%1)</translation>
    </message>
    <message>
        <source>removed (%1)</source>
        <translation>retirée (%1)</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Aucun</translation>
    </message>
    <message>
        <source>There is no chart called %1</source>
        <translation>Il n’y a pas de graphique nommé %1</translation>
    </message>
    <message>
        <source>Charts are exported as .png or .svg, not “%1”</source>
        <translation>Les graphiques s’exportent en .png ou .svg, pas «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Cannot write %1</source>
        <translation>Impossible d’écrire %1</translation>
    </message>
    <message>
        <source>SprintDeck chart</source>
        <translation>Graphique SprintDeck</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>Images PNG (*.png)</translation>
    </message>
    <message>
        <source>SVG drawings (*.svg)</source>
        <translation>Dessins SVG (*.svg)</translation>
    </message>
    <message>
        <source>Export %1</source>
        <translation>Exporter %1</translation>
    </message>
    <message>
        <source>Export Failed</source>
        <translation>Échec de l’export</translation>
    </message>
    <message>
        <source>Sprint of the charts</source>
        <translation>Sprint des graphiques</translation>
    </message>
    <message>
        <source>S&amp;print</source>
        <translation>S&amp;print</translation>
    </message>
    <message>
        <source>F&amp;low</source>
        <translation>&amp;Flux</translation>
    </message>
    <message>
        <source>85 % likely done by &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>fini à 85 % d’ici le &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
</context>
<context>
    <name>SprintDeck::Cli</name>
    <message>
        <source>Try &apos;%1 --help&apos;.</source>
        <translation>Essayez «&#xa0;%1 --help&#xa0;».</translation>
    </message>
    <message>
        <source>card add|move|edit|list|show|delete ...   cards on the board</source>
        <translation>card add|move|edit|list|show|delete ...   cartes du tableau</translation>
    </message>
    <message>
        <source>import FILE... [--dry-run] [--map STATUS=COLUMN]...   markdown status documents, Jira CSV</source>
        <translation>import FILE... [--dry-run] [--map STATUS=COLUMN]...   documents de statut Markdown, CSV Jira</translation>
    </message>
    <message>
        <source>export --format json|csv|md -o FILE [--sprint NAME]   backup, CSV, status report</source>
        <translation>export --format json|csv|md -o FILE [--sprint NAME]   sauvegarde, CSV, rapport de statut</translation>
    </message>
    <message>
        <source>restore BACKUP.json --db NEW   a JSON backup into a new database</source>
        <translation>restore BACKUP.json --db NEW   une sauvegarde JSON dans une nouvelle base</translation>
    </message>
    <message>
        <source>backup create|list|restore BACKUP        backups of the database</source>
        <translation>backup create|list|restore BACKUP        sauvegardes de la base</translation>
    </message>
    <message>
        <source>report burndown|burnup|velocity|progress|cfd|standup|status ...   charts&apos; numbers, daily reports</source>
        <translation>report burndown|burnup|velocity|progress|cfd|standup|status ...   chiffres des graphiques, rapports quotidiens</translation>
    </message>
    <message>
        <source>slides --sprint NAME -o FILE.pptx|FILE.pdf [--sections ...]   review deck</source>
        <translation>slides --sprint NAME -o FILE.pptx|FILE.pdf [--sections ...]   présentation de revue</translation>
    </message>
    <message>
        <source>review set|show|clear --sprint NAME ...   retrospective notes of a sprint</source>
        <translation>review set|show|clear --sprint NAME ...   notes de rétrospective d’un sprint</translation>
    </message>
    <message>
        <source>remote add|list|remove|map ...   remote trackers (keys in the OS keychain)</source>
        <translation>remote add|list|remove|map ...   outils de suivi distants (clés dans le trousseau du système)</translation>
    </message>
    <message>
        <source>sync [--remote NAME] [--resolve KEY --keep local|remote]   sync with the remotes</source>
        <translation>sync [--remote NAME] [--resolve KEY --keep local|remote]   synchroniser avec les serveurs distants</translation>
    </message>
    <message>
        <source>unknown language &apos;%1&apos; (%2)</source>
        <translation>langue inconnue «&#xa0;%1&#xa0;» (%2)</translation>
    </message>
    <message>
        <source>unknown command &apos;%1&apos;</source>
        <translation>commande inconnue «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>unknown option &apos;%1&apos;</source>
        <translation>option inconnue «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>--db needs a file name</source>
        <translation>--db nécessite un nom de fichier</translation>
    </message>
    <message>
        <source>Backups of the database: create one now, list them, restore one.
A restore first saves the current state as a &quot;before-restore&quot; backup,
so restoring that one undoes it.</source>
        <translation>Sauvegardes de la base&#xa0;: en créer une maintenant, les lister, en restaurer une.
Une restauration enregistre d’abord l’état actuel dans une sauvegarde «&#xa0;before-restore&#xa0;»,
si bien que restaurer celle-ci l’annule.</translation>
    </message>
    <message>
        <source>The database file.</source>
        <translation>Le fichier de base de données.</translation>
    </message>
    <message>
        <source>Where the backups are (default: the user&apos;s data folder).</source>
        <translation>L’emplacement des sauvegardes (par défaut&#xa0;: le dossier de données de l’utilisateur).</translation>
    </message>
    <message>
        <source>Output of list: table, csv or json.</source>
        <translation>Sortie de list&#xa0;: table, csv ou json.</translation>
    </message>
    <message>
        <source>Title of the card.</source>
        <translation>Titre de la carte.</translation>
    </message>
    <message>
        <source>Key such as STORY-013 (default: the next key of the board).</source>
        <translation>Clé comme STORY-013 (par défaut&#xa0;: la clé suivante du tableau).</translation>
    </message>
    <message>
        <source>Story points (decimal; empty for none).</source>
        <translation>Story points (décimal&#xa0;; vide pour aucun).</translation>
    </message>
    <message>
        <source>Priority: P1, P2, P3 or P4.</source>
        <translation>Priorité&#xa0;: P1, P2, P3 ou P4.</translation>
    </message>
    <message>
        <source>Type: story, bug, task or fix.</source>
        <translation>Type&#xa0;: story, bug, task ou fix.</translation>
    </message>
    <message>
        <source>Assignee&apos;s name (a new name adds the member; empty: none).</source>
        <translation>Nom du responsable (un nouveau nom ajoute le membre&#xa0;; vide&#xa0;: personne).</translation>
    </message>
    <message>
        <source>Sprint by name.</source>
        <translation>Sprint par son nom.</translation>
    </message>
    <message>
        <source>Put the card in the backlog.</source>
        <translation>Mettre la carte dans le backlog.</translation>
    </message>
    <message>
        <source>Column by name.</source>
        <translation>Colonne par son nom.</translation>
    </message>
    <message>
        <source>A label (repeat for more).</source>
        <translation>Une étiquette (à répéter pour en ajouter).</translation>
    </message>
    <message>
        <source>Description (markdown).</source>
        <translation>Description (Markdown).</translation>
    </message>
    <message>
        <source>Mark as blocked, with the reason.</source>
        <translation>Marquer comme bloquée, avec le motif.</translation>
    </message>
    <message>
        <source>Clear the blocked flag.</source>
        <translation>Lever le blocage.</translation>
    </message>
    <message>
        <source>Target column by name.</source>
        <translation>Colonne cible par son nom.</translation>
    </message>
    <message>
        <source>Output: table, csv or json.</source>
        <translation>Sortie&#xa0;: table, csv ou json.</translation>
    </message>
    <message>
        <source>Add a card.</source>
        <translation>Ajouter une carte.</translation>
    </message>
    <message>
        <source>Move a card to another column of its sprint.</source>
        <translation>Déplacer une carte vers une autre colonne de son sprint.</translation>
    </message>
    <message>
        <source>The card&apos;s key.</source>
        <translation>La clé de la carte.</translation>
    </message>
    <message>
        <source>Edit a card&apos;s fields.</source>
        <translation>Modifier les champs d’une carte.</translation>
    </message>
    <message>
        <source>List cards in board order.</source>
        <translation>Lister les cartes dans l’ordre du tableau.</translation>
    </message>
    <message>
        <source>Show a card with its history.</source>
        <translation>Afficher une carte avec son historique.</translation>
    </message>
    <message>
        <source>History:</source>
        <translation>Historique&#xa0;:</translation>
    </message>
    <message>
        <source>Delete cards (their history is kept).</source>
        <translation>Supprimer des cartes (leur historique est conservé).</translation>
    </message>
    <message>
        <source>Keys of the cards.</source>
        <translation>Clés des cartes.</translation>
    </message>
    <message>
        <source>Usage: sprintdeck card add|move|edit|list|show|delete [--db FILE] ...
Run &apos;sprintdeck card COMMAND --help&apos; for the options of each.
</source>
        <translation>Utilisation&#xa0;: sprintdeck card add|move|edit|list|show|delete [--db FILE] ...
«&#xa0;sprintdeck card COMMAND --help&#xa0;» affiche les options de chaque commande.
</translation>
    </message>
    <message>
        <source>Import markdown status documents and Jira CSV exports (Export CSV (all fields)).
Prints what will be created, updated or skipped and the warnings, then writes
everything in one step (one undo step in the app). Cards are matched by key, so
importing a document again updates its cards. A JSON backup given here is
restored, but only into an empty database.</source>
        <translation>Importer des documents de statut Markdown et des exports CSV Jira (Export CSV (all fields)).
Affiche ce qui sera créé, mis à jour ou ignoré ainsi que les avertissements, puis écrit
tout en une étape (une seule étape d’annulation dans l’application). Les cartes sont associées
par leur clé&#xa0;: réimporter un document met donc à jour ses cartes. Une sauvegarde JSON indiquée
ici est restaurée, mais seulement dans une base vide.</translation>
    </message>
    <message>
        <source>Only print what the import would do.</source>
        <translation>Afficher seulement ce que ferait l’import.</translation>
    </message>
    <message>
        <source>Put cards with STATUS in COLUMN (repeatable), e.g. --map &quot;Ready for QA=Review&quot;.</source>
        <translation>Mettre les cartes de statut STATUS dans COLUMN (répétable), p. ex. --map &quot;Ready for QA=Review&quot;.</translation>
    </message>
    <message>
        <source>Files to import (.md, .csv, or one .json backup).</source>
        <translation>Fichiers à importer (.md, .csv, ou une sauvegarde .json).</translation>
    </message>
    <message>
        <source>Export the board: json (a full backup with history that `restore` reads back),
csv (Jira&apos;s column names; `import` reads it back) or md (a status report of a sprint).</source>
        <translation>Exporter le tableau&#xa0;: json (une sauvegarde complète avec historique que `restore` relit),
csv (noms de colonnes de Jira&#xa0;; `import` le relit) ou md (un rapport de statut d’un sprint).</translation>
    </message>
    <message>
        <source>json, csv or md (default: from the file name).</source>
        <translation>json, csv ou md (par défaut&#xa0;: d’après le nom du fichier).</translation>
    </message>
    <message>
        <source>The file to write (- for standard output).</source>
        <translation>Le fichier à écrire (- pour la sortie standard).</translation>
    </message>
    <message>
        <source>Only this sprint (csv; md: default the current sprint).</source>
        <translation>Seulement ce sprint (csv&#xa0;; md&#xa0;: par défaut le sprint en cours).</translation>
    </message>
    <message>
        <source>Restore a JSON backup (from `export --format json`) into a new database:
  sprintdeck restore backup.json --db new.sprintdeck
The database must not exist yet or hold no board. Nothing is written on error.</source>
        <translation>Restaurer une sauvegarde JSON (issue de `export --format json`) dans une nouvelle base&#xa0;:
  sprintdeck restore backup.json --db new.sprintdeck
La base ne doit pas encore exister ou ne doit contenir aucun tableau. Rien n’est écrit en cas d’erreur.</translation>
    </message>
    <message>
        <source>The new database file.</source>
        <translation>Le nouveau fichier de base de données.</translation>
    </message>
    <message>
        <source>The .json backup.</source>
        <translation>La sauvegarde .json.</translation>
    </message>
    <message>
        <source>ideal and remaining per day, scope changes, forecast</source>
        <translation>idéal et restant par jour, changements de périmètre, prévision</translation>
    </message>
    <message>
        <source>total scope and completed per day</source>
        <translation>périmètre total et terminé par jour</translation>
    </message>
    <message>
        <source>committed vs completed of the last closed sprints, with the average</source>
        <translation>engagé et terminé des derniers sprints clôturés, avec la moyenne</translation>
    </message>
    <message>
        <source>How many closed sprints (default 6).</source>
        <translation>Combien de sprints clôturés (6 par défaut).</translation>
    </message>
    <message>
        <source>Priority | Story Points | Completed | Remaining, with a total row</source>
        <translation>Priority | Story Points | Completed | Remaining, avec une ligne de total</translation>
    </message>
    <message>
        <source>cumulative flow: cards or points per column per day</source>
        <translation>flux cumulé&#xa0;: cartes ou points par colonne et par jour</translation>
    </message>
    <message>
        <source>the day&apos;s standup: Yesterday / Today / Blockers / Progress</source>
        <translation>le stand-up du jour&#xa0;: Hier / Aujourd’hui / Blocages / Avancement</translation>
    </message>
    <message>
        <source>the daily status: completed, progress by priority, blockers, tomorrow&apos;s plan</source>
        <translation>le statut du jour&#xa0;: terminé, avancement par priorité, blocages, programme de demain</translation>
    </message>
    <message>
        <source>Usage: sprintdeck report KIND [--db FILE] [--sprint NAME] [--unit points|cards]
                         [--date YYYY-MM-DD] [--format FORMAT]

Kinds:
</source>
        <translation>Utilisation&#xa0;: sprintdeck report KIND [--db FILE] [--sprint NAME] [--unit points|cards]
                               [--date YYYY-MM-DD] [--format FORMAT]

Types&#xa0;:
</translation>
    </message>
    <message>
        <source>
Run &apos;sprintdeck report KIND --help&apos; for the options of each.
</source>
        <translation>
«&#xa0;sprintdeck report KIND --help&#xa0;» affiche les options de chaque type.
</translation>
    </message>
    <message>
        <source>Report: %1.</source>
        <translation>Rapport&#xa0;: %1.</translation>
    </message>
    <message>
        <source>The sprint (default: the current one).</source>
        <translation>Le sprint (par défaut&#xa0;: celui en cours).</translation>
    </message>
    <message>
        <source>points or cards (default: points).</source>
        <translation>points ou cards (par défaut&#xa0;: points).</translation>
    </message>
    <message>
        <source>As of the end of this local day (default: now).</source>
        <translation>À la fin de ce jour, heure locale (par défaut&#xa0;: maintenant).</translation>
    </message>
    <message>
        <source>Output: %1 (default: %2).</source>
        <translation>Sortie&#xa0;: %1 (par défaut&#xa0;: %2).</translation>
    </message>
    <message>
        <source>Write the sprint review deck as PowerPoint (.pptx) or PDF (.pdf).
Sections, theme and accent default to the ones last chosen in the Slides view.</source>
        <translation>Écrire la présentation de revue de sprint en PowerPoint (.pptx) ou en PDF (.pdf).
Les sections, le thème et l’accent sont par défaut ceux choisis en dernier dans la vue Diapositives.</translation>
    </message>
    <message>
        <source>The file to write: FILE.pptx or FILE.pdf.</source>
        <translation>Le fichier à écrire&#xa0;: FICHIER.pptx ou FICHIER.pdf.</translation>
    </message>
    <message>
        <source>light or dark.</source>
        <translation>light ou dark.</translation>
    </message>
    <message>
        <source>Accent colour as #RRGGBB.</source>
        <translation>Couleur d’accent au format #RRGGBB.</translation>
    </message>
    <message>
        <source>%1: one line per use (repeat for more; an empty text clears it).</source>
        <translation>%1&#xa0;: une ligne par option (à répéter pour en ajouter&#xa0;; un texte vide l’efface).</translation>
    </message>
    <message>
        <source>Read the notes from a markdown report with headings such as &quot;What Went Well&quot;, &quot;Challenges&quot;, &quot;Key Learnings&quot;, &quot;Improvements&quot; and &quot;Next Steps&quot;.</source>
        <translation>Lire les notes dans un rapport Markdown avec des titres comme &quot;What Went Well&quot;, &quot;Challenges&quot;, &quot;Key Learnings&quot;, &quot;Improvements&quot; et &quot;Next Steps&quot;.</translation>
    </message>
    <message>
        <source>Show the retrospective and next-sprint notes of a sprint.</source>
        <translation>Afficher les notes de rétrospective et de sprint suivant d’un sprint.</translation>
    </message>
    <message>
        <source>Output: table, json or md.</source>
        <translation>Sortie&#xa0;: table, json ou md.</translation>
    </message>
    <message>
        <source>Remove every retrospective and next-sprint note of a sprint.</source>
        <translation>Supprimer toutes les notes de rétrospective et de sprint suivant d’un sprint.</translation>
    </message>
    <message>
        <source>Usage: sprintdeck review set|show|clear [--sprint NAME] [--db FILE] ...
Run &apos;sprintdeck review COMMAND --help&apos; for the options of each.
</source>
        <translation>Utilisation&#xa0;: sprintdeck review set|show|clear [--sprint NAME] [--db FILE] ...
«&#xa0;sprintdeck review COMMAND --help&#xa0;» affiche les options de chaque commande.
</translation>
    </message>
    <message>
        <source>Create a planned sprint with its working-day calendar.</source>
        <translation>Créer un sprint planifié avec son calendrier de jours travaillés.</translation>
    </message>
    <message>
        <source>The sprint&apos;s name (unique).</source>
        <translation>Le nom du sprint (unique).</translation>
    </message>
    <message>
        <source>First day.</source>
        <translation>Premier jour.</translation>
    </message>
    <message>
        <source>Last day.</source>
        <translation>Dernier jour.</translation>
    </message>
    <message>
        <source>The sprint goal.</source>
        <translation>L’objectif du sprint.</translation>
    </message>
    <message>
        <source>Points the team plans to take.</source>
        <translation>Points que l’équipe prévoit de prendre.</translation>
    </message>
    <message>
        <source>A weekday that is not worked (repeat for more).</source>
        <translation>Un jour de semaine non travaillé (à répéter pour en ajouter).</translation>
    </message>
    <message>
        <source>A weekend day that is worked (repeat for more).</source>
        <translation>Un jour de week-end travaillé (à répéter pour en ajouter).</translation>
    </message>
    <message>
        <source>Start a planned sprint: its cards now are the committed scope.</source>
        <translation>Démarrer un sprint planifié&#xa0;: ses cartes deviennent le périmètre engagé.</translation>
    </message>
    <message>
        <source>The sprint.</source>
        <translation>Le sprint.</translation>
    </message>
    <message>
        <source>Close the active sprint and freeze its report. Incomplete cards go to the next sprint
(--carry-over) or to the backlog (--to-backlog); one of them is required when there are any.</source>
        <translation>Clôturer le sprint actif et figer son rapport. Les cartes inachevées vont dans le sprint suivant
(--carry-over) ou dans le backlog (--to-backlog)&#xa0;; l’un des deux est requis s’il y en a.</translation>
    </message>
    <message>
        <source>Move incomplete cards into this sprint.</source>
        <translation>Déplacer les cartes inachevées dans ce sprint.</translation>
    </message>
    <message>
        <source>Move incomplete cards to the backlog.</source>
        <translation>Déplacer les cartes inachevées dans le backlog.</translation>
    </message>
    <message>
        <source>List the sprints.</source>
        <translation>Lister les sprints.</translation>
    </message>
    <message>
        <source>Move cards from the backlog (or another open sprint) into a sprint&apos;s first column.</source>
        <translation>Déplacer des cartes du backlog (ou d’un autre sprint ouvert) dans la première colonne d’un sprint.</translation>
    </message>
    <message>
        <source>Add a remote tracker (Redmine). The API key goes to the OS keychain.</source>
        <translation>Ajouter un outil de suivi distant (Redmine). La clé d’API va dans le trousseau du système.</translation>
    </message>
    <message>
        <source>The server, e.g. https://redmine.example.org.</source>
        <translation>Le serveur, p. ex. https://redmine.example.org.</translation>
    </message>
    <message>
        <source>The project&apos;s identifier on the server.</source>
        <translation>L’identifiant du projet sur le serveur.</translation>
    </message>
    <message>
        <source>Read the API key from the first line of standard input.</source>
        <translation>Lire la clé d’API sur la première ligne de l’entrée standard.</translation>
    </message>
    <message>
        <source>Allow plain http to a host that is not this computer (the key travels unencrypted).</source>
        <translation>Autoriser http en clair vers un hôte autre que cet ordinateur (la clé circule sans chiffrement).</translation>
    </message>
    <message>
        <source>Where the server keeps points: story-points (default) or estimated-hours.</source>
        <translation>Où le serveur conserve les points&#xa0;: story-points (par défaut) ou estimated-hours.</translation>
    </message>
    <message>
        <source>Prefix of the keys of pulled cards (default: from the project).</source>
        <translation>Préfixe des clés des cartes récupérées (par défaut&#xa0;: d’après le projet).</translation>
    </message>
    <message>
        <source>The tracker&apos;s type (redmine).</source>
        <translation>Le type de l’outil de suivi (redmine).</translation>
    </message>
    <message>
        <source>A name for the remote.</source>
        <translation>Un nom pour le serveur distant.</translation>
    </message>
    <message>
        <source>List the remotes.</source>
        <translation>Lister les serveurs distants.</translation>
    </message>
    <message>
        <source>Remove a remote and its key; the cards stay on the board.</source>
        <translation>Supprimer un serveur distant et sa clé&#xa0;; les cartes restent sur le tableau.</translation>
    </message>
    <message>
        <source>The remote.</source>
        <translation>Le serveur distant.</translation>
    </message>
    <message>
        <source>Show or change which column each status of a remote maps to (known after the first sync).</source>
        <translation>Afficher ou modifier la colonne associée à chaque statut d’un serveur distant (connus après la première synchronisation).</translation>
    </message>
    <message>
        <source>Map a status to a column.</source>
        <translation>Associer un statut à une colonne.</translation>
    </message>
    <message>
        <source>Usage: sprintdeck remote add|list|remove|map [--db FILE] ...
  remote add NAME --url URL --project ID [--api-key-stdin] [--allow-insecure-http]
  remote list [--format table|csv|json]
  remote remove NAME
  remote map NAME [STATUS=COLUMN...]
API keys are read from standard input and kept in the OS keychain only.
</source>
        <translation>Utilisation&#xa0;: sprintdeck remote add|list|remove|map [--db FILE] ...
  remote add NAME --url URL --project ID [--api-key-stdin] [--allow-insecure-http]
  remote list [--format table|csv|json]
  remote remove NAME
  remote map NAME [STATUS=COLUMN...]
Les clés d’API sont lues sur l’entrée standard et conservées uniquement dans le trousseau du système.
</translation>
    </message>
    <message>
        <source>Sync the board with its remotes: pull what changed there, send what changed here.</source>
        <translation>Synchroniser le tableau avec ses serveurs distants&#xa0;: récupérer ce qui a changé là-bas, envoyer ce qui a changé ici.</translation>
    </message>
    <message>
        <source>Only this remote (default: all).</source>
        <translation>Seulement ce serveur distant (par défaut&#xa0;: tous).</translation>
    </message>
    <message>
        <source>Read the API key for this sync from standard input.</source>
        <translation>Lire la clé d’API de cette synchronisation sur l’entrée standard.</translation>
    </message>
    <message>
        <source>Also look for issues deleted on the server now.</source>
        <translation>Rechercher aussi maintenant les tickets supprimés sur le serveur.</translation>
    </message>
    <message>
        <source>Resolve the conflict of a card (with --keep).</source>
        <translation>Résoudre le conflit d’une carte (avec --keep).</translation>
    </message>
    <message>
        <source>Which version to keep: local or remote.</source>
        <translation>La version à garder&#xa0;: local ou remote.</translation>
    </message>
    <message>
        <source>List the conflicts that wait.</source>
        <translation>Lister les conflits en attente.</translation>
    </message>
    <message>
        <source>Write the retrospective and next-sprint notes of a sprint (the review slides show them).
Only the fields given change.</source>
        <translation>Écrire les notes de rétrospective et de sprint suivant d’un sprint (les diapositives de revue les affichent).
Seuls les champs indiqués changent.</translation>
    </message>
    <message>
        <source>--theme takes light, dark or system</source>
        <translation>--theme attend light, dark ou system</translation>
    </message>
    <message>
        <source>sprint create|edit|start|close|reopen|list|plan ...   the sprint lifecycle</source>
        <translation>sprint create|edit|start|close|reopen|list|plan ...   le cycle de vie d’un sprint</translation>
    </message>
    <message>
        <source>Reopen a closed sprint: it is active again and its frozen report is dropped.
Refused while another sprint is active.</source>
        <translation>Rouvrir un sprint clôturé&#xa0;: il redevient actif et son rapport figé est abandonné.
Refusé tant qu’un autre sprint est actif.</translation>
    </message>
    <message>
        <source>Edit a sprint&apos;s plan: name, dates, goal, capacity and working-day calendar.
Holidays and worked days outside new dates are dropped. A closed sprint cannot be edited.</source>
        <translation>Modifier le plan d’un sprint&#xa0;: nom, dates, objectif, capacité et calendrier des jours travaillés.
Les jours fériés et travaillés hors des nouvelles dates sont abandonnés. Un sprint clôturé ne peut pas être modifié.</translation>
    </message>
    <message>
        <source>A new name (unique).</source>
        <translation>Un nouveau nom (unique).</translation>
    </message>
    <message>
        <source>Work every weekday again.</source>
        <translation>Travailler de nouveau chaque jour de semaine.</translation>
    </message>
    <message>
        <source>Work no weekend day again.</source>
        <translation>Ne plus travailler aucun jour de week-end.</translation>
    </message>
    <message>
        <source>Usage: sprintdeck sprint create|edit|start|close|reopen|list|plan [--db FILE] ...
Run &apos;sprintdeck sprint COMMAND --help&apos; for the options of each.
</source>
        <translation>Utilisation&#xa0;: sprintdeck sprint create|edit|start|close|reopen|list|plan [--db FICHIER] ...
&apos;sprintdeck sprint COMMANDE --help&apos; affiche les options de chacune.
</translation>
    </message>
    <message>
        <source>--size takes WIDTHxHEIGHT, e.g. 800x600</source>
        <translation>--size attend LARGEURxHAUTEUR, par exemple 800x600</translation>
    </message>
    <message>
        <source>share --server postgresql://USER@HOST/DB [--as NAME]   share the board</source>
        <translation>share --server postgresql://USER@HOST/DB [--as NAME]   partager le tableau</translation>
    </message>
    <message>
        <source>join postgresql://USER@HOST/DB --db NEW [--as NAME]   join a team&apos;s board</source>
        <translation>join postgresql://USER@HOST/DB --db NEW [--as NAME]   rejoindre le tableau d’une équipe</translation>
    </message>
    <message>
        <source>cannot read the password from standard input</source>
        <translation>impossible de lire le mot de passe sur l’entrée standard</translation>
    </message>
    <message>
        <source>--password-stdin: standard input held no password</source>
        <translation>--password-stdin&#xa0;: l’entrée standard ne contenait aucun mot de passe</translation>
    </message>
    <message>
        <source>Read the server password from standard input; it is kept in the OS keychain.</source>
        <translation>Lire le mot de passe du serveur sur l’entrée standard&#xa0;; il est conservé dans le trousseau du système.</translation>
    </message>
    <message>
        <source>this board is not shared</source>
        <translation>ce tableau n’est pas partagé</translation>
    </message>
    <message>
        <source>Share the board on a team server (PostgreSQL): it becomes the first replica of the team&apos;s board.</source>
        <translation>Partager le tableau sur un serveur d’équipe (PostgreSQL)&#xa0;: il devient la première réplique du tableau de l’équipe.</translation>
    </message>
    <message>
        <source>The server and database, e.g. postgresql://ana@db.example.org/team.</source>
        <translation>Le serveur et la base de données, p. ex. postgresql://ana@db.example.org/team.</translation>
    </message>
    <message>
        <source>usage: sprintdeck share --server postgresql://USER@HOST/DATABASE</source>
        <translation>utilisation&#xa0;: sprintdeck share --server postgresql://USER@HOST/DATABASE</translation>
    </message>
    <message>
        <source>say who you are on the board with --as NAME</source>
        <translation>indiquez qui vous êtes sur le tableau avec --as NAME</translation>
    </message>
    <message numerus="yes">
        <source>Shared on %1 as %2: %n card(s)</source>
        <translation>
            <numerusform>Partagé sur %1 en tant que %2&#xa0;: %n carte</numerusform>
            <numerusform>Partagé sur %1 en tant que %2&#xa0;: %n cartes</numerusform>
        </translation>
    </message>
    <message>
        <source>Join a team&apos;s board: make a new file a replica of the board on its server (PostgreSQL).</source>
        <translation>Rejoindre le tableau d’une équipe&#xa0;: un nouveau fichier devient une réplique du tableau de son serveur (PostgreSQL).</translation>
    </message>
    <message>
        <source>usage: sprintdeck join postgresql://USER@HOST/DATABASE --db FILE</source>
        <translation>utilisation&#xa0;: sprintdeck join postgresql://USER@HOST/DATABASE --db FILE</translation>
    </message>
    <message numerus="yes">
        <source>Joined %1 as %2: %n card(s)</source>
        <translation>
            <numerusform>%1 rejoint en tant que %2&#xa0;: %n carte</numerusform>
            <numerusform>%1 rejoint en tant que %2&#xa0;: %n cartes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1; %n edit(s) waiting here for the next sync</source>
        <translation>
            <numerusform>%1&#xa0;; %n modification attend ici la prochaine synchronisation</numerusform>
            <numerusform>%1&#xa0;; %n modifications attendent ici la prochaine synchronisation</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s) waiting: see them with sync --conflicts, settle each with sync --resolve KEY --keep local|remote</source>
        <translation>
            <numerusform>%n conflit en attente&#xa0;: affichez-le avec sync --conflicts, réglez-le avec sync --resolve KEY --keep local|remote</numerusform>
            <numerusform>%n conflits en attente&#xa0;: affichez-les avec sync --conflicts, réglez chacun avec sync --resolve KEY --keep local|remote</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (by %2)</source>
        <translation>%1 (par %2)</translation>
    </message>
    <message>
        <source>no keychain kept the password; later commands need --password-stdin or a ~/.pgpass entry</source>
        <translation>aucun trousseau n’a conservé le mot de passe&#xa0;; les commandes suivantes nécessitent --password-stdin ou une entrée dans ~/.pgpass</translation>
    </message>
    <message>
        <source>Your name on the board (default: your login name).</source>
        <translation>Votre nom sur le tableau (par défaut&#xa0;: votre nom de connexion).</translation>
    </message>
    <message>
        <source>%1 exists already; join makes a new file</source>
        <translation>%1 existe déjà&#xa0;; join crée un nouveau fichier</translation>
    </message>
    <message>
        <source>working offline: %1</source>
        <translation>travail hors ligne&#xa0;: %1</translation>
    </message>
    <message>
        <source>Cards finished from this day (YYYY-MM-DD) instead of a sprint.</source>
        <translation>Cartes finies à partir de ce jour (AAAA-MM-JJ) au lieu d’un sprint.</translation>
    </message>
    <message>
        <source>... to this day, included (default: today).</source>
        <translation>… jusqu’à ce jour inclus (par défaut : aujourd’hui).</translation>
    </message>
    <message>
        <source>Only cards of this type: story, bug, task or fix.</source>
        <translation>Seulement les cartes de ce type : story, bug, task ou fix.</translation>
    </message>
    <message>
        <source>Only cards with this label.</source>
        <translation>Seulement les cartes avec cette étiquette.</translation>
    </message>
    <message>
        <source>Only cards of this member (“none”: unassigned).</source>
        <translation>Seulement les cartes de ce membre (« none » : non assignées).</translation>
    </message>
    <message>
        <source>Rows per day or per week (default day).</source>
        <translation>Lignes par jour ou par semaine (par défaut day).</translation>
    </message>
    <message>
        <source>When will this much be done (in --unit; default: what the sprint has left).</source>
        <translation>Quand cette quantité sera faite (en --unit ; par défaut : ce qui reste au sprint).</translation>
    </message>
    <message>
        <source>How much will be done by this day (default: the sprint&apos;s end).</source>
        <translation>Quelle quantité sera faite d’ici ce jour (par défaut : la fin du sprint).</translation>
    </message>
    <message>
        <source>Working days of throughput the forecast draws from (default 30).</source>
        <translation>Jours ouvrés de débit dont la prévision tire ses tirages (par défaut 30).</translation>
    </message>
    <message>
        <source>The simulation&apos;s seed (the same seed gives the same answer).</source>
        <translation>La graine de la simulation (la même graine donne la même réponse).</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n jour</numerusform>
            <numerusform>%n jours</numerusform>
        </translation>
    </message>
    <message>
        <source>cycle and lead time of each finished card, with percentiles</source>
        <translation>temps de cycle et délai de chaque carte finie, avec les centiles</translation>
    </message>
    <message>
        <source>cards and points finished per day or week</source>
        <translation>cartes et points finis par jour ou par semaine</translation>
    </message>
    <message>
        <source>work in progress by column, its age against the cycle times</source>
        <translation>travail en cours par colonne, son âge face aux temps de cycle</translation>
    </message>
    <message>
        <source>Monte Carlo: when the rest is done, how much by a day (50/85/95 %)</source>
        <translation>Monte Carlo : quand le reste sera fait, combien d’ici un jour (50/85/95 %)</translation>
    </message>
    <message>
        <source>SPRINTDECK_NOW takes a date and time as YYYY-MM-DDTHH:MM:SS, not “%1”</source>
        <translation>SPRINTDECK_NOW attend une date et une heure AAAA-MM-JJTHH:MM:SS, pas « %1 »</translation>
    </message>
    <message>
        <source>standup fill [--sprint NAME] [--date YYYY-MM-DD]   fill a day&apos;s standup from the board</source>
        <translation>standup fill [--sprint NAME] [--date YYYY-MM-DD]   remplir le standup d’un jour depuis le tableau</translation>
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
        <translation>Utilisation&#xa0;: sprintdeck [--db FILE] [--demo] [--theme THEME] [--screenshot PNG [--view VIEW] [--size WxH]]
              sprintdeck COMMAND [--db FILE] ...

SprintDeck&#xa0;: un tableau de sprint, des graphiques burndown, des stand-ups et des
diapositives de revue dans un fichier de base de données local.

Options&#xa0;:
  --db FILE          la base de données (par défaut&#xa0;: %1)
  --demo             remplir une base vide avec un sprint de démonstration
  --screenshot PNG   dessiner la fenêtre principale après le chargement, l’enregistrer et quitter
  --view VIEW        la vue affichée&#xa0;: board, charts, flow, standup ou slides
  --size LxH         la taille de la fenêtre pour --screenshot (par défaut&#xa0;: 1600x1000)
  --theme THEME      light, dark ou system (par défaut&#xa0;: le réglage ui/theme)
  --lang LANG        la langue&#xa0;: en, de ou fr (par défaut&#xa0;: le réglage
                     ui/language, sinon celle du système)
  --version          afficher la version et quitter
  --help             afficher cette aide et quitter

Commandes (sans affichage&#xa0;; chacune accepte --db FILE et --help)&#xa0;:
</translation>
    </message>
    <message>
        <source>no sprint is active; start one, or name one with --sprint NAME</source>
        <translation>aucun sprint n’est actif ; démarrez-en un ou nommez-en un avec --sprint NAME</translation>
    </message>
    <message>
        <source>nothing on the board</source>
        <translation>rien sur le tableau</translation>
    </message>
    <message>
        <source>kept as written</source>
        <translation>gardé tel qu’écrit</translation>
    </message>
    <message>
        <source>%1, filled from the board:</source>
        <translation>%1, rempli depuis le tableau :</translation>
    </message>
    <message>
        <source>%1, kept as written; it does not mention %2</source>
        <translation>%1, gardé tel qu’écrit ; ne mentionne pas %2</translation>
    </message>
    <message>
        <source>Nothing to fill: the standup of %1 is unchanged.</source>
        <translation>Rien à remplir : le standup du %1 est inchangé.</translation>
    </message>
    <message>
        <source>Saved the standup of %1: 1 field filled.</source>
        <translation>Standup du %1 enregistré : 1 champ rempli.</translation>
    </message>
    <message>
        <source>Saved the standup of %1: %2 fields filled.</source>
        <translation>Standup du %1 enregistré : %2 champs remplis.</translation>
    </message>
    <message>
        <source>Fill a day&apos;s standup from the board, as &quot;Fill from Board&quot; in the Standup view does:
empty fields get what the board knows since the previous standup (cards moved
forward, in progress, blocked); what members wrote stays as it is.</source>
        <translation>Remplir le standup d’un jour depuis le tableau, comme « Remplir depuis le tableau » dans la vue Standup :
les champs vides reçoivent ce que le tableau sait depuis le standup précédent (cartes
avancées, en cours, bloquées) ; ce que les membres ont écrit reste tel quel.</translation>
    </message>
    <message>
        <source>The sprint (default: the active one).</source>
        <translation>Le sprint (par défaut : l’actif).</translation>
    </message>
    <message>
        <source>The standup&apos;s day, a day of the sprint (default: today).</source>
        <translation>Le jour du standup, un jour du sprint (par défaut : aujourd’hui).</translation>
    </message>
    <message>
        <source>%1 is not a day of %2 (%3 to %4)</source>
        <translation>%1 n’est pas un jour de %2 (%3 au %4)</translation>
    </message>
    <message>
        <source>Standup of %1, %2, from the board since %3:</source>
        <translation>Standup du %1, %2, depuis le tableau depuis le %3 :</translation>
    </message>
    <message>
        <source>Usage: sprintdeck standup fill [--sprint NAME] [--date YYYY-MM-DD] [--db FILE]
Run &apos;sprintdeck standup fill --help&apos; for its options.
</source>
        <translation>Utilisation : sprintdeck standup fill [--sprint NAME] [--date YYYY-MM-DD] [--db FICHIER]
« sprintdeck standup fill --help » montre ses options.
</translation>
    </message>
    <message>
        <source>When will these cards be done (what they have left).</source>
        <translation>Quand ces cartes seront terminées (ce qu’il leur reste).</translation>
    </message>
    <message>
        <source>Comma-separated sections: title,summary,burndown,burnup,velocity,flow,completed,notcompleted,blockers,progress,retro,next (default: as last chosen in the Slides view, else all but flow).</source>
        <translation>Sections séparées par des virgules : title,summary,burndown,burnup,velocity,flow,completed,notcompleted,blockers,progress,retro,next (par défaut : comme choisi en dernier dans la vue Diapositives, sinon toutes sauf flow).</translation>
    </message>
</context>
<context>
    <name>SprintDeck::CloseSprintDialog</name>
    <message>
        <source>Close Sprint</source>
        <translation>Clôturer le sprint</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;: %2 of %3 points completed (%4 of %5 cards).</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&#xa0;: %2 points terminés sur %3 (%4 cartes sur %5).</translation>
    </message>
    <message>
        <source>Closing freezes the sprint&apos;s charts and reports; later edits do not change them.</source>
        <translation>La clôture fige les graphiques et rapports du sprint&#xa0;; les modifications ultérieures ne les changent plus.</translation>
    </message>
    <message>
        <source> pt</source>
        <translation> pt</translation>
    </message>
    <message>
        <source>Every card is done.</source>
        <translation>Toutes les cartes sont terminées.</translation>
    </message>
    <message numerus="yes">
        <source>%n incomplete card(s):</source>
        <translation>
            <numerusform>%n carte inachevée&#xa0;:</numerusform>
            <numerusform>%n cartes inachevées&#xa0;:</numerusform>
        </translation>
    </message>
    <message>
        <source>Move them to the sprint:</source>
        <translation>Les déplacer dans le sprint&#xa0;:</translation>
    </message>
    <message>
        <source>Move them to the &amp;backlog</source>
        <translation>Les déplacer dans le &amp;backlog</translation>
    </message>
    <message>
        <source>Create the next sprint first (Sprint ▸ New Sprint…)</source>
        <translation>Créez d’abord le sprint suivant (Sprint ▸ Nouveau sprint…)</translation>
    </message>
    <message>
        <source>&amp;Close Sprint</source>
        <translation>&amp;Clôturer le sprint</translation>
    </message>
    <message>
        <source>Incomplete cards</source>
        <translation>Cartes inachevées</translation>
    </message>
    <message>
        <source>Sprint for the incomplete cards</source>
        <translation>Sprint pour les cartes inachevées</translation>
    </message>
</context>
<context>
    <name>SprintDeck::ColumnHeader</name>
    <message>
        <source>Card title, Enter to add</source>
        <translation>Titre de la carte, Entrée pour ajouter</translation>
    </message>
    <message>
        <source>WIP limit %1</source>
        <translation>Limite WIP %1</translation>
    </message>
    <message>
        <source>limit exceeded</source>
        <translation>limite dépassée</translation>
    </message>
    <message>
        <source>done column</source>
        <translation>colonne «&#xa0;terminé&#xa0;»</translation>
    </message>
    <message>
        <source>Column %1</source>
        <translation>Colonne %1</translation>
    </message>
    <message>
        <source>Add a card to %1 (N)</source>
        <translation>Ajouter une carte à %1 (N)</translation>
    </message>
    <message>
        <source>Add card to %1</source>
        <translation>Ajouter une carte à %1</translation>
    </message>
    <message>
        <source>Column actions</source>
        <translation>Actions de colonne</translation>
    </message>
    <message>
        <source>Actions for column %1</source>
        <translation>Actions de la colonne %1</translation>
    </message>
    <message>
        <source>New card title in %1</source>
        <translation>Titre de la nouvelle carte dans %1</translation>
    </message>
    <message>
        <source>%1 pts</source>
        <translation>%1 pts</translation>
    </message>
    <message>
        <source>WIP %1</source>
        <translation>WIP %1</translation>
    </message>
    <message>
        <source>✓ Done</source>
        <translation>✓ Terminé</translation>
    </message>
    <message>
        <source>Column name</source>
        <translation>Nom de la colonne</translation>
    </message>
    <message>
        <source>WIP Limit</source>
        <translation>Limite WIP</translation>
    </message>
    <message>
        <source>Most cards allowed in %1 (0 for no limit):</source>
        <translation>Nombre maximal de cartes dans %1 (0 pour aucune limite)&#xa0;:</translation>
    </message>
    <message>
        <source>Add Column</source>
        <translation>Ajouter une colonne</translation>
    </message>
    <message>
        <source>Name of the new column:</source>
        <translation>Nom de la nouvelle colonne&#xa0;:</translation>
    </message>
    <message>
        <source>Add column %1</source>
        <translation>Ajouter la colonne %1</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>Renommer…</translation>
    </message>
    <message>
        <source>Set WIP Limit…</source>
        <translation>Définir la limite WIP…</translation>
    </message>
    <message>
        <source>Done Column</source>
        <translation>Colonne «&#xa0;terminé&#xa0;»</translation>
    </message>
    <message>
        <source>Cards in a done column count as completed in charts</source>
        <translation>Les cartes d’une colonne «&#xa0;terminé&#xa0;» comptent comme terminées dans les graphiques</translation>
    </message>
    <message>
        <source>Move Left</source>
        <translation>Vers la gauche</translation>
    </message>
    <message>
        <source>Move Right</source>
        <translation>Vers la droite</translation>
    </message>
    <message>
        <source>Add Column…</source>
        <translation>Ajouter une colonne…</translation>
    </message>
    <message>
        <source>Remove Column</source>
        <translation>Supprimer la colonne</translation>
    </message>
    <message>
        <source>Its cards move to the column on its left</source>
        <translation>Ses cartes vont dans la colonne à sa gauche</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message numerus="yes">
        <source>%n card(s), %1</source>
        <translation>
            <numerusform>%n carte, %1</numerusform>
            <numerusform>%n cartes, %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n shown by the filter</source>
        <translation>
            <numerusform>%n affichée par le filtre</numerusform>
            <numerusform>%n affichées par le filtre</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SprintDeck::ColumnModel</name>
    <message numerus="yes">
        <source>%1: %n card(s), WIP limit %2</source>
        <translation>
            <numerusform>%1&#xa0;: %n carte, limite WIP %2</numerusform>
            <numerusform>%1&#xa0;: %n cartes, limite WIP %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n card(s)</source>
        <translation>
            <numerusform>%1&#xa0;: %n carte</numerusform>
            <numerusform>%1&#xa0;: %n cartes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SprintDeck::ConflictDialog</name>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorité</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Sprint</source>
        <translation>Sprint</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Points</translation>
    </message>
    <message>
        <source>Keep &amp;Mine</source>
        <translation>Garder la &amp;mienne</translation>
    </message>
    <message>
        <source>Keep the &amp;Server&apos;s</source>
        <translation>Garder celle du &amp;serveur</translation>
    </message>
    <message>
        <source>Sync Conflicts</source>
        <translation>Conflits de synchronisation</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <source>Here</source>
        <translation>Ici</translation>
    </message>
    <message>
        <source>On the server</source>
        <translation>Sur le serveur</translation>
    </message>
    <message>
        <source>Keep this card as it is here; the server gets these values at the next sync.</source>
        <translation>Garder cette carte telle qu’elle est ici&#xa0;; le serveur reçoit ces valeurs à la prochaine synchronisation.</translation>
    </message>
    <message>
        <source>Take the server&apos;s values into this card; your edits of these fields are dropped.</source>
        <translation>Reprendre les valeurs du serveur dans cette carte&#xa0;; vos modifications de ces champs sont abandonnées.</translation>
    </message>
    <message>
        <source>These cards were changed here and on the server since the last sync. Choose, card by card, which version to keep.</source>
        <translation>Ces cartes ont été modifiées ici et sur le serveur depuis la dernière synchronisation. Choisissez, carte par carte, la version à garder.</translation>
    </message>
    <message>
        <source>No conflicts: both sides agree.</source>
        <translation>Aucun conflit&#xa0;: les deux côtés concordent.</translation>
    </message>
    <message>
        <source>The card</source>
        <translation>La carte</translation>
    </message>
    <message>
        <source>edited</source>
        <translation>modifiée</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>supprimée</translation>
    </message>
    <message>
        <source>Keep Mine (create it again)</source>
        <translation>Garder la mienne (la recréer)</translation>
    </message>
    <message>
        <source>Delete It Here Too</source>
        <translation>La supprimer ici aussi</translation>
    </message>
    <message>
        <source>Cards in conflict</source>
        <translation>Cartes en conflit</translation>
    </message>
    <message>
        <source>Fields in conflict</source>
        <translation>Champs en conflit</translation>
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
        <translation>Diapositive de titre</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Résumé</translation>
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
        <translation>Vélocité</translation>
    </message>
    <message>
        <source>Completed stories</source>
        <translation>Stories terminées</translation>
    </message>
    <message>
        <source>Not completed</source>
        <translation>Non terminé</translation>
    </message>
    <message>
        <source>Blockers and risks</source>
        <translation>Blocages et risques</translation>
    </message>
    <message>
        <source>Progress by priority</source>
        <translation>Avancement par priorité</translation>
    </message>
    <message>
        <source>Retrospective</source>
        <translation>Rétrospective</translation>
    </message>
    <message>
        <source>Next sprint</source>
        <translation>Sprint suivant</translation>
    </message>
    <message>
        <source>unknown section “%1” (sections: %2)</source>
        <translation>section inconnue «&#xa0;%1&#xa0;» (sections&#xa0;: %2)</translation>
    </message>
    <message>
        <source>Flow: cycle time and forecast</source>
        <translation>Flux : temps de cycle et prévision</translation>
    </message>
</context>
<context>
    <name>SprintDeck::DeckBuilder</name>
    <message>
        <source>%1 pts</source>
        <translation>%1 pts</translation>
    </message>
    <message numerus="yes">
        <source>%1 – %2 · %n working day(s)</source>
        <translation>
            <numerusform>%1 – %2 · %n jour travaillé</numerusform>
            <numerusform>%1 – %2 · %n jours travaillés</numerusform>
        </translation>
    </message>
    <message>
        <source>Team: %1</source>
        <translation>Équipe&#xa0;: %1</translation>
    </message>
    <message>
        <source>Sprint goal</source>
        <translation>Objectif du sprint</translation>
    </message>
    <message>
        <source>Sprint review of %1 (%2 to %3).</source>
        <translation>Revue de sprint de %1 (du %2 au %3).</translation>
    </message>
    <message>
        <source>Goal: %1</source>
        <translation>Objectif&#xa0;: %1</translation>
    </message>
    <message>
        <source>Planned capacity: %1.</source>
        <translation>Capacité prévue&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Figures as of %1.</source>
        <translation>Chiffres au %1.</translation>
    </message>
    <message>
        <source>Team: %1.</source>
        <translation>Équipe&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Sprint summary</source>
        <translation>Résumé du sprint</translation>
    </message>
    <message>
        <source>Closed on %1</source>
        <translation>Clôturé le %1</translation>
    </message>
    <message>
        <source>As of %1</source>
        <translation>Au %1</translation>
    </message>
    <message>
        <source>Committed</source>
        <translation>Engagé</translation>
    </message>
    <message>
        <source>at the start of the sprint</source>
        <translation>au début du sprint</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <source>%1 % of committed</source>
        <translation>%1 % de l’engagement</translation>
    </message>
    <message>
        <source>%1 added</source>
        <translation>%1 ajoutés</translation>
    </message>
    <message>
        <source>%1 removed</source>
        <translation>%1 retirés</translation>
    </message>
    <message>
        <source>Scope change</source>
        <translation>Changement de périmètre</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>no cards added or removed after the start</source>
        <translation>aucune carte ajoutée ni retirée après le début</translation>
    </message>
    <message numerus="yes">
        <source>average of %n previous sprint(s): %1 (%2 %)</source>
        <translation>
            <numerusform>moyenne sur %n sprint précédent&#xa0;: %1 (%2 %)</numerusform>
            <numerusform>moyenne sur %n sprints précédents&#xa0;: %1 (%2 %)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>average of %n previous sprint(s): %1</source>
        <translation>
            <numerusform>moyenne sur %n sprint précédent&#xa0;: %1</numerusform>
            <numerusform>moyenne sur %n sprints précédents&#xa0;: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>no previous sprints to compare</source>
        <translation>aucun sprint précédent à comparer</translation>
    </message>
    <message>
        <source>Velocity</source>
        <translation>Vélocité</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n item(s) completed</source>
        <translation>
            <numerusform>%1 élément terminé sur %n</numerusform>
            <numerusform>%1 éléments terminés sur %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 remaining in %n open item(s)</source>
        <translation>
            <numerusform>%1 restant dans %n élément ouvert</numerusform>
            <numerusform>%1 restant dans %n éléments ouverts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Scope changed %n time(s) after the start: %1</source>
        <translation>
            <numerusform>Périmètre modifié %n fois après le début&#xa0;: %1</numerusform>
            <numerusform>Périmètre modifié %n fois après le début&#xa0;: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>no net change</source>
        <translation>aucun changement net</translation>
    </message>
    <message>
        <source>Forecast: done by %1, within the sprint (ends %2)</source>
        <translation>Prévision&#xa0;: terminé d’ici le %1, dans le sprint (fin le %2)</translation>
    </message>
    <message>
        <source>Forecast: done by %1, after the planned end on %2</source>
        <translation>Prévision&#xa0;: terminé d’ici le %1, après la fin prévue le %2</translation>
    </message>
    <message>
        <source>Committed %1 at the start; completed %2 (%3 % of committed).</source>
        <translation>%1 engagés au début&#xa0;; %2 terminés (%3 % de l’engagement).</translation>
    </message>
    <message>
        <source>Completed %1 of the final scope (progress table).</source>
        <translation>%1 du périmètre final terminé (tableau d’avancement).</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Previous sprints: %1.</source>
        <translation>Sprints précédents&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Scope %1 on %2: %3</source>
        <translation>Périmètre %1 le %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>Burndown: story points remaining</source>
        <translation>Burndown&#xa0;: story points restants</translation>
    </message>
    <message>
        <source>Story points</source>
        <translation>Story points</translation>
    </message>
    <message>
        <source>Ideal</source>
        <translation>Idéal</translation>
    </message>
    <message>
        <source>Remaining</source>
        <translation>Restant</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Début</translation>
    </message>
    <message>
        <source>Burndown</source>
        <translation>Burndown</translation>
    </message>
    <message>
        <source>Committed %1</source>
        <translation>Engagé %1</translation>
    </message>
    <message>
        <source>remaining %1</source>
        <translation>reste %1</translation>
    </message>
    <message>
        <source>scope added %1</source>
        <translation>périmètre ajouté %1</translation>
    </message>
    <message>
        <source>scope removed %1</source>
        <translation>périmètre retiré %1</translation>
    </message>
    <message>
        <source>forecast %1</source>
        <translation>prévision %1</translation>
    </message>
    <message>
        <source>Remaining story points at the end of each day (ideal in brackets):</source>
        <translation>Story points restants à la fin de chaque jour (idéal entre parenthèses)&#xa0;:</translation>
    </message>
    <message>
        <source>Start: %1 (%2)</source>
        <translation>Début&#xa0;: %1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>Average completion: %1 per working day over %n working day(s).</source>
        <translation>
            <numerusform>Achèvement moyen&#xa0;: %1 par jour travaillé sur %n jour travaillé.</numerusform>
            <numerusform>Achèvement moyen&#xa0;: %1 par jour travaillé sur %n jours travaillés.</numerusform>
        </translation>
    </message>
    <message>
        <source>Burnup: scope and completed points</source>
        <translation>Burnup&#xa0;: périmètre et points terminés</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Périmètre</translation>
    </message>
    <message>
        <source>Burnup</source>
        <translation>Burnup</translation>
    </message>
    <message>
        <source>final scope %1</source>
        <translation>périmètre final %1</translation>
    </message>
    <message>
        <source>completed %1</source>
        <translation>terminé %1</translation>
    </message>
    <message>
        <source>Scope and completed story points at the end of each day:</source>
        <translation>Périmètre et story points terminés à la fin de chaque jour&#xa0;:</translation>
    </message>
    <message>
        <source>%1: scope %2, completed %3</source>
        <translation>%1&#xa0;: périmètre %2, terminé %3</translation>
    </message>
    <message>
        <source>Velocity: committed and completed points per sprint</source>
        <translation>Vélocité&#xa0;: points engagés et terminés par sprint</translation>
    </message>
    <message>
        <source>Average of previous sprints</source>
        <translation>Moyenne des sprints précédents</translation>
    </message>
    <message numerus="yes">
        <source>This sprint and the %n sprint(s) before it</source>
        <translation>
            <numerusform>Ce sprint et %n sprint précédent</numerusform>
            <numerusform>Ce sprint et les %n sprints précédents</numerusform>
        </translation>
    </message>
    <message>
        <source>The first sprint: no earlier sprints to compare</source>
        <translation>Le premier sprint&#xa0;: aucun sprint antérieur à comparer</translation>
    </message>
    <message numerus="yes">
        <source>This sprint %1 · average of the previous %n sprint(s) %2</source>
        <translation>
            <numerusform>Ce sprint %1 · moyenne sur %n sprint précédent %2</numerusform>
            <numerusform>Ce sprint %1 · moyenne sur les %n sprints précédents %2</numerusform>
        </translation>
    </message>
    <message>
        <source>This sprint %1</source>
        <translation>Ce sprint %1</translation>
    </message>
    <message>
        <source>%1: committed %2, completed %3</source>
        <translation>%1&#xa0;: engagé %2, terminé %3</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s), %1</source>
        <translation>
            <numerusform>%n élément, %1</numerusform>
            <numerusform>%n éléments, %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Clé</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorité</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Points</translation>
    </message>
    <message>
        <source>No items were completed in this sprint.</source>
        <translation>Aucun élément n’a été terminé dans ce sprint.</translation>
    </message>
    <message numerus="yes">
        <source>Completed: %n item(s), %1.</source>
        <translation>
            <numerusform>Terminé&#xa0;: %n élément, %1.</numerusform>
            <numerusform>Terminé&#xa0;: %n éléments, %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not completed, carried over</source>
        <translation>Non terminé, reporté</translation>
    </message>
    <message>
        <source>Not completed yet</source>
        <translation>Pas encore terminé</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Moved to</source>
        <translation>Déplacé vers</translation>
    </message>
    <message>
        <source>%1 (blocked)</source>
        <translation>%1 (bloquée)</translation>
    </message>
    <message>
        <source>Nothing was left open in this sprint.</source>
        <translation>Rien n’est resté ouvert dans ce sprint.</translation>
    </message>
    <message>
        <source>blocked: %1</source>
        <translation>bloquée&#xa0;: %1</translation>
    </message>
    <message>
        <source>moved to %1</source>
        <translation>déplacée vers %1</translation>
    </message>
    <message>
        <source>Blockers and risks</source>
        <translation>Blocages et risques</translation>
    </message>
    <message>
        <source>Blocked</source>
        <translation>Bloquée</translation>
    </message>
    <message>
        <source>%1 %2 is blocked: %3</source>
        <translation>%1 %2 est bloquée&#xa0;: %3</translation>
    </message>
    <message>
        <source>Raised in standups</source>
        <translation>Soulevé lors des stand-ups</translation>
    </message>
    <message>
        <source>%1, %2: %3</source>
        <translation>%1, %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>%1 (%2): %3</source>
        <translation>%1 (%2)&#xa0;: %3</translation>
    </message>
    <message>
        <source>Risks</source>
        <translation>Risques</translation>
    </message>
    <message>
        <source>At the current pace the remaining %1 are done by %2, after the planned end (%3)</source>
        <translation>Au rythme actuel, les %1 restants seront terminés d’ici le %2, après la fin prévue (%3)</translation>
    </message>
    <message>
        <source>Scope grew by %1 after the start</source>
        <translation>Le périmètre a augmenté de %1 après le début</translation>
    </message>
    <message numerus="yes">
        <source>%n P1 item(s) not completed: %1</source>
        <translation>
            <numerusform>%n élément P1 non terminé&#xa0;: %1</numerusform>
            <numerusform>%n éléments P1 non terminés&#xa0;: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) not started (%1)</source>
        <translation>
            <numerusform>%n élément non commencé (%1)</numerusform>
            <numerusform>%n éléments non commencés (%1)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n open item(s) without an estimate</source>
        <translation>
            <numerusform>%n élément ouvert sans estimation</numerusform>
            <numerusform>%n éléments ouverts sans estimation</numerusform>
        </translation>
    </message>
    <message>
        <source>No blockers or risks were recorded in this sprint.</source>
        <translation>Aucun blocage ni risque n’a été relevé dans ce sprint.</translation>
    </message>
    <message>
        <source>Progress by priority</source>
        <translation>Avancement par priorité</translation>
    </message>
    <message>
        <source>Story points at the end of %1 · %2 % complete</source>
        <translation>Story points à la fin du %1 · %2 % terminé</translation>
    </message>
    <message>
        <source>The sprint has not started</source>
        <translation>Le sprint n’a pas commencé</translation>
    </message>
    <message>
        <source>Story Points</source>
        <translation>Story points</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>No items in this sprint.</source>
        <translation>Aucun élément dans ce sprint.</translation>
    </message>
    <message>
        <source>Retrospective</source>
        <translation>Rétrospective</translation>
    </message>
    <message>
        <source>Notes of the sprint&apos;s lead</source>
        <translation>Notes du responsable du sprint</translation>
    </message>
    <message>
        <source>Next sprint</source>
        <translation>Sprint suivant</translation>
    </message>
    <message>
        <source>%1 · %2 – %3</source>
        <translation>%1 · %2 – %3</translation>
    </message>
    <message numerus="yes">
        <source>%1 – %2, %n working day(s)</source>
        <translation>
            <numerusform>%1 – %2, %n jour travaillé</numerusform>
            <numerusform>%1 – %2, %n jours travaillés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) planned so far, %1</source>
        <translation>
            <numerusform>%n élément planifié pour l’instant, %1</numerusform>
            <numerusform>%n éléments planifiés pour l’instant, %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Capacity %1</source>
        <translation>Capacité %1</translation>
    </message>
    <message>
        <source>Carried over</source>
        <translation>Reportés</translation>
    </message>
    <message>
        <source>Still open</source>
        <translation>Encore ouverts</translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>et %n autre</numerusform>
            <numerusform>et %n autres</numerusform>
        </translation>
    </message>
    <message>
        <source>Focus</source>
        <translation>Priorités</translation>
    </message>
    <message>
        <source>No next sprint is planned yet.</source>
        <translation>Aucun sprint suivant n’est encore planifié.</translation>
    </message>
    <message>
        <source>Forecast: 85 % likely done by %1, within the sprint (ends %2)</source>
        <translation>Prévision : fini à 85 % d’ici le %1, dans le sprint (fin le %2)</translation>
    </message>
    <message>
        <source>Forecast: 85 % likely done by %1, after the planned end on %2</source>
        <translation>Prévision : fini à 85 % d’ici le %1, après la fin prévue le %2</translation>
    </message>
    <message>
        <source>85 % likely done by %1</source>
        <translation>fini à 85 % d’ici le %1</translation>
    </message>
    <message>
        <source>At the team&apos;s pace the remaining %1 are 85 % likely done by %2, after the planned end (%3)</source>
        <translation>Au rythme de l’équipe, les %1 restants sont finis à 85 % d’ici le %2, après la fin prévue (%3)</translation>
    </message>
    <message>
        <source>Cycle time: days from start to done, by the day each card was done</source>
        <translation>Temps de cycle : jours du début à la fin, selon le jour où chaque carte a été terminée</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Jours</translation>
    </message>
    <message>
        <source>Cards done</source>
        <translation>Cartes terminées</translation>
    </message>
    <message numerus="yes">
        <source>%1 %: %n day(s)</source>
        <translation>
            <numerusform>%1 % : %n jour</numerusform>
            <numerusform>%1 % : %n jours</numerusform>
        </translation>
    </message>
    <message>
        <source>Cycle time</source>
        <translation>Temps de cycle</translation>
    </message>
    <message>
        <source>Cards of the sprint done %1 – %2</source>
        <translation>Cartes du sprint terminées du %1 au %2</translation>
    </message>
    <message>
        <source>No card of the sprint was done yet: there are no cycle times to show</source>
        <translation>Aucune carte du sprint n’est encore terminée : pas de temps de cycle à montrer</translation>
    </message>
    <message numerus="yes">
        <source>%n card(s) done · 85 % within %1 · half within %2</source>
        <translation>
            <numerusform>%n carte terminée · 85 % en %1 · la moitié en %2</numerusform>
            <numerusform>%n cartes terminées · 85 % en %1 · la moitié en %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n jour</numerusform>
            <numerusform>%n jours</numerusform>
        </translation>
    </message>
    <message>
        <source>Cycle time: from the card&apos;s first move out of %1 to its last arrival in a done column, in calendar days, both counted.</source>
        <translation>Temps de cycle : de la première sortie de %1 à la dernière arrivée dans une colonne terminée, en jours calendaires, les deux comptés.</translation>
    </message>
    <message>
        <source>Percentiles: 50 % %1, 70 % %2, 85 % %3, 95 % %4 (days).</source>
        <translation>Percentiles : 50 % %1, 70 % %2, 85 % %3, 95 % %4 (jours).</translation>
    </message>
    <message numerus="yes">
        <source>%1 %2: %n day(s), done %3</source>
        <translation>
            <numerusform>%1 %2 : %n jour, terminée le %3</numerusform>
            <numerusform>%1 %2 : %n jours, terminée le %3</numerusform>
        </translation>
    </message>
    <message>
        <source>Forecast: when the rest of the sprint is done</source>
        <translation>Prévision : quand le reste du sprint sera terminé</translation>
    </message>
    <message>
        <source>Share of %1 trials (%)</source>
        <translation>Part des %1 essais (%)</translation>
    </message>
    <message>
        <source>Done that day</source>
        <translation>Terminé ce jour-là</translation>
    </message>
    <message>
        <source>Done by then</source>
        <translation>Terminé d’ici là</translation>
    </message>
    <message>
        <source>50, 85 and 95 % likely</source>
        <translation>Probable à 50, 85 et 95 %</translation>
    </message>
    <message>
        <source>Forecast</source>
        <translation>Prévision</translation>
    </message>
    <message>
        <source>When the rest of the sprint is done</source>
        <translation>Quand le reste du sprint sera terminé</translation>
    </message>
    <message>
        <source>Nothing is left to forecast: the sprint&apos;s work is done</source>
        <translation>Plus rien à prévoir : le travail du sprint est terminé</translation>
    </message>
    <message numerus="yes">
        <source>%1 left · simulated from the last %n working day(s)</source>
        <translation>
            <numerusform>%1 restants · simulé sur le dernier %n jour ouvré</numerusform>
            <numerusform>%1 restants · simulé sur les %n derniers jours ouvrés</numerusform>
        </translation>
    </message>
    <message>
        <source>50 %: %1</source>
        <translation>50 % : %1</translation>
    </message>
    <message>
        <source>95 %: %1</source>
        <translation>95 % : %1</translation>
    </message>
    <message>
        <source>by the end (%1) at least %2 done (85 %)</source>
        <translation>d’ici la fin (%1) au moins %2 terminés (85 %)</translation>
    </message>
    <message numerus="yes">
        <source>A Monte Carlo simulation of %1 trials: each working day from %2 repeats the points finished on a random day of the team&apos;s last %n working day(s) (%3 – %4); days off finish nothing.</source>
        <translation>
            <numerusform>Une simulation de Monte-Carlo de %1 essais : chaque jour ouvré à partir du %2 reprend les points terminés un jour au hasard parmi le dernier %n jour ouvré de l’équipe (%3 – %4) ; les jours de repos ne terminent rien.</numerusform>
            <numerusform>Une simulation de Monte-Carlo de %1 essais : chaque jour ouvré à partir du %2 reprend les points terminés un jour au hasard parmi les %n derniers jours ouvrés de l’équipe (%3 – %4) ; les jours de repos ne terminent rien.</numerusform>
        </translation>
    </message>
    <message>
        <source>50 % likely by %1, 85 % by %2, 95 % by %3.</source>
        <translation>Probable à 50 % d’ici le %1, à 85 % d’ici le %2, à 95 % d’ici le %3.</translation>
    </message>
    <message>
        <source>By %1: at least %2 (50 %), %3 (85 %), %4 (95 %).</source>
        <translation>D’ici le %1 : au moins %2 (50 %), %3 (85 %), %4 (95 %).</translation>
    </message>
</context>
<context>
    <name>SprintDeck::DeckExporter</name>
    <message>
        <source>%1: the file name must end in .pptx or .pdf</source>
        <translation>%1&#xa0;: le nom du fichier doit se terminer par .pptx ou .pdf</translation>
    </message>
    <message>
        <source>%1: sprint review</source>
        <translation>%1&#xa0;: revue de sprint</translation>
    </message>
</context>
<context>
    <name>SprintDeck::FileActions</name>
    <message>
        <source>SprintDeck boards (*.sprintdeck);;All files (*)</source>
        <translation>Tableaux SprintDeck (*.sprintdeck);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Fichiers &amp;récents</translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation>&amp;Nouveau…</translation>
    </message>
    <message>
        <source>Create an empty board file and open it in a new window</source>
        <translation>Créer un fichier de tableau vide et l’ouvrir dans une nouvelle fenêtre</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Ouvrir…</translation>
    </message>
    <message>
        <source>Open a board file in a new window</source>
        <translation>Ouvrir un fichier de tableau dans une nouvelle fenêtre</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>Enregistrer &amp;sous…</translation>
    </message>
    <message>
        <source>Save a copy of the board under a new name and continue in the copy</source>
        <translation>Enregistrer une copie du tableau sous un nouveau nom et continuer dans la copie</translation>
    </message>
    <message>
        <source>No recent files</source>
        <translation>Aucun fichier récent</translation>
    </message>
    <message>
        <source>&amp;Clear List</source>
        <translation>&amp;Effacer la liste</translation>
    </message>
    <message>
        <source>Cannot Open Board</source>
        <translation>Impossible d’ouvrir le tableau</translation>
    </message>
    <message>
        <source>%1 no longer exists; it was removed from the recent files.</source>
        <translation>%1 n’existe plus&#xa0;; il a été retiré des fichiers récents.</translation>
    </message>
    <message>
        <source>New Board</source>
        <translation>Nouveau tableau</translation>
    </message>
    <message>
        <source>Open Board</source>
        <translation>Ouvrir un tableau</translation>
    </message>
    <message>
        <source>%1 copy.sprintdeck</source>
        <comment>file name of a copy</comment>
        <translation>%1 copie.sprintdeck</translation>
    </message>
    <message>
        <source>Save Board As</source>
        <translation>Enregistrer le tableau sous</translation>
    </message>
    <message>
        <source>Cannot Save Board</source>
        <translation>Impossible d’enregistrer le tableau</translation>
    </message>
    <message>
        <source>Saved a copy as %1; you are working in the copy.</source>
        <translation>Copie enregistrée sous %1&#xa0;; vous travaillez maintenant dans la copie.</translation>
    </message>
</context>
<context>
    <name>SprintDeck::FilterBar</name>
    <message>
        <source>Filter by key, title, label or assignee  (Ctrl+F)</source>
        <translation>Filtrer par clé, titre, étiquette ou responsable  (Ctrl+F)</translation>
    </message>
    <message>
        <source>Filter cards</source>
        <translation>Filtrer les cartes</translation>
    </message>
    <message>
        <source>Only priority %1</source>
        <translation>Seulement la priorité %1</translation>
    </message>
    <message>
        <source>Assignee ▾</source>
        <translation>Responsable ▾</translation>
    </message>
    <message>
        <source>Filter by assignee</source>
        <translation>Filtrer par responsable</translation>
    </message>
    <message>
        <source>Label ▾</source>
        <translation>Étiquette ▾</translation>
    </message>
    <message>
        <source>Filter by label</source>
        <translation>Filtrer par étiquette</translation>
    </message>
    <message>
        <source>Blocked</source>
        <translation>Bloquée</translation>
    </message>
    <message>
        <source>Only blocked cards</source>
        <translation>Seulement les cartes bloquées</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Effacer</translation>
    </message>
    <message>
        <source>Clear the filter</source>
        <translation>Effacer le filtre</translation>
    </message>
    <message>
        <source>Show all cards (Esc in the search field)</source>
        <translation>Afficher toutes les cartes (Échap dans le champ de recherche)</translation>
    </message>
    <message>
        <source>Cards shown</source>
        <translation>Cartes affichées</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>Non assignée</translation>
    </message>
    <message numerus="yes">
        <source>%n people</source>
        <translation>
            <numerusform>%n personne</numerusform>
            <numerusform>%n personnes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n labels</source>
        <translation>
            <numerusform>%n étiquette</numerusform>
            <numerusform>%n étiquettes</numerusform>
        </translation>
    </message>
    <message>
        <source>No labels on this board</source>
        <translation>Aucune étiquette sur ce tableau</translation>
    </message>
    <message numerus="yes">
        <source>%n card(s)</source>
        <translation>
            <numerusform>%n carte</numerusform>
            <numerusform>%n cartes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n card(s)</source>
        <translation>
            <numerusform>%1 sur %n carte</numerusform>
            <numerusform>%1 sur %n cartes</numerusform>
        </translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>Filtrer</translation>
    </message>
</context>
<context>
    <name>SprintDeck::FlowView</name>
    <message>
        <source>&amp;Range:</source>
        <translation>Pé&amp;riode :</translation>
    </message>
    <message>
        <source>This sprint</source>
        <translation>Ce sprint</translation>
    </message>
    <message numerus="yes">
        <source>Last %n day(s)</source>
        <translation>
            <numerusform>Dernier %n jour</numerusform>
            <numerusform>Derniers %n jours</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>&amp;Type :</translation>
    </message>
    <message>
        <source>All types</source>
        <translation>Tous les types</translation>
    </message>
    <message>
        <source> working days</source>
        <translation> jours ouvrés</translation>
    </message>
    <message>
        <source>Working days of history the forecast draws from</source>
        <translation>Jours ouvrés d’historique dont la prévision tire ses tirages</translation>
    </message>
    <message>
        <source>Cycle time</source>
        <translation>Temps de cycle</translation>
    </message>
    <message>
        <source>Throughput</source>
        <translation>Débit</translation>
    </message>
    <message>
        <source>Ageing work</source>
        <translation>Travail qui vieillit</translation>
    </message>
    <message>
        <source>Forecast</source>
        <translation>Prévision</translation>
    </message>
    <message>
        <source>The flow charts could not be computed: %1</source>
        <translation>Les graphiques de flux n’ont pas pu être calculés : %1</translation>
    </message>
    <message>
        <source>%1 is closed</source>
        <translation>%1 est clos</translation>
    </message>
    <message>
        <source>the board has no sprint</source>
        <translation>le tableau n’a pas de sprint</translation>
    </message>
    <message>
        <source>No forecast: %1.</source>
        <translation>Pas de prévision : %1.</translation>
    </message>
    <message>
        <source>%1 has nothing left to do.</source>
        <translation>%1 n’a plus rien à faire.</translation>
    </message>
    <message>
        <source>%1 %2 left: 85 % likely done by %3 (50 %: %4, 95 %: %5).</source>
        <translation>%1 %2 restants : fini à 85 % d’ici le %3 (50 % : %4, 95 % : %5).</translation>
    </message>
    <message numerus="yes">
        <source>The %n selected card(s)</source>
        <translation>
            <numerusform>La %n carte sélectionnée</numerusform>
            <numerusform>Les %n cartes sélectionnées</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Forecast:</source>
        <translation>Pré&amp;vision :</translation>
    </message>
    <message>
        <source>The rest of the sprint</source>
        <translation>Le reste du sprint</translation>
    </message>
    <message>
        <source>Select cards on the board and choose Card &gt; Forecast Selected Cards to ask when they will be done.</source>
        <translation>Sélectionnez des cartes sur le tableau et choisissez Carte &gt; Prévision des cartes sélectionnées pour savoir quand elles seront terminées.</translation>
    </message>
    <message numerus="yes">
        <source>The %n selected card(s) are done.</source>
        <translation>
            <numerusform>La %n carte sélectionnée est terminée.</numerusform>
            <numerusform>Les %n cartes sélectionnées sont terminées.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The %n selected card(s): %1</source>
        <translation>
            <numerusform>La %n carte sélectionnée : %1</numerusform>
            <numerusform>Les %n cartes sélectionnées : %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>Non assignée</translation>
    </message>
    <message>
        <source>All labels</source>
        <translation>Toutes les étiquettes</translation>
    </message>
    <message>
        <source>La&amp;bel:</source>
        <translation>Éti&amp;quette :</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Tout le monde</translation>
    </message>
    <message>
        <source>&amp;Assignee:</source>
        <translation>Respons&amp;able :</translation>
    </message>
    <message>
        <source>Throughput per day or per week</source>
        <translation>Débit par jour ou par semaine</translation>
    </message>
    <message>
        <source>from the last</source>
        <translation>sur les derniers</translation>
    </message>
    <message>
        <source>How much is done by this day</source>
        <translation>Ce qui est terminé d’ici ce jour</translation>
    </message>
    <message>
        <source>how much b&amp;y</source>
        <translation>combien d’&amp;ici le</translation>
    </message>
    <message>
        <source>By %1: at least %2 %3 (85 %).</source>
        <translation>D’ici le %1 : au moins %2 %3 (85 %).</translation>
    </message>
    <message>
        <source>Per day</source>
        <translation>Par jour</translation>
    </message>
    <message>
        <source>Per week</source>
        <translation>Par semaine</translation>
    </message>
</context>
<context>
    <name>SprintDeck::ImportDialog</name>
    <message>
        <source>Statuses go to these columns:</source>
        <translation>Les statuts vont dans ces colonnes&#xa0;:</translation>
    </message>
    <message>
        <source>Import %1</source>
        <translation>Importer %1</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Clé</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <source>Cards to import</source>
        <translation>Cartes à importer</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>Avertissements</translation>
    </message>
    <message>
        <source>Status in the file</source>
        <translation>Statut dans le fichier</translation>
    </message>
    <message>
        <source>Column on the board</source>
        <translation>Colonne du tableau</translation>
    </message>
    <message>
        <source>Status to column mapping</source>
        <translation>Correspondance des statuts et des colonnes</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importer</translation>
    </message>
    <message>
        <source>Warnings:</source>
        <translation>Avertissements&#xa0;:</translation>
    </message>
    <message>
        <source>Nothing can be imported.</source>
        <translation>Rien ne peut être importé.</translation>
    </message>
    <message>
        <source>To create (%1)</source>
        <translation>À créer (%1)</translation>
    </message>
    <message>
        <source>To update (%1)</source>
        <translation>À mettre à jour (%1)</translation>
    </message>
    <message>
        <source>Unchanged or skipped (%1)</source>
        <translation>Inchangées ou ignorées (%1)</translation>
    </message>
    <message>
        <source>(new key)</source>
        <translation>(nouvelle clé)</translation>
    </message>
    <message>
        <source>%1, line %2</source>
        <translation>%1, ligne %2</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Aucun</translation>
    </message>
    <message>
        <source>No column has this name; choose one</source>
        <translation>Aucune colonne ne porte ce nom&#xa0;; choisissez-en une</translation>
    </message>
    <message>
        <source>Column for %1</source>
        <translation>Colonne pour %1</translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation>Rien n’a été importé&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>Importing %n card(s)…</source>
        <translation>
            <numerusform>Importation de %n carte…</numerusform>
            <numerusform>Importation de %n cartes…</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importer</translation>
    </message>
    <message>
        <source>Import cancelled; nothing was written. %1</source>
        <translation>Import annulé&#xa0;; rien n’a été écrit. %1</translation>
    </message>
</context>
<context>
    <name>SprintDeck::ImportExport</name>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importer…</translation>
    </message>
    <message>
        <source>Import markdown status documents, Jira CSV exports or a backup</source>
        <translation>Importer des documents de statut Markdown, des exports CSV Jira ou une sauvegarde</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exporter…</translation>
    </message>
    <message>
        <source>Export a backup (JSON), the cards (CSV) or a status report (markdown)</source>
        <translation>Exporter une sauvegarde (JSON), les cartes (CSV) ou un rapport de statut (Markdown)</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importer</translation>
    </message>
    <message>
        <source>Cannot Import</source>
        <translation>Importation impossible</translation>
    </message>
    <message>
        <source>%1 is a backup; restore it on its own, not together with other files.</source>
        <translation>%1 est une sauvegarde&#xa0;; restaurez-la seule, pas avec d’autres fichiers.</translation>
    </message>
    <message>
        <source>Cannot Restore</source>
        <translation>Restauration impossible</translation>
    </message>
    <message>
        <source>Restored %1</source>
        <translation>%1 restauré</translation>
    </message>
    <message>
        <source>Restore Backup into New Board</source>
        <translation>Restaurer la sauvegarde dans un nouveau tableau</translation>
    </message>
    <message>
        <source>SprintDeck boards (*.sprintdeck)</source>
        <translation>Tableaux SprintDeck (*.sprintdeck)</translation>
    </message>
    <message>
        <source>%1 exists already; choose a new file.</source>
        <translation>%1 existe déjà&#xa0;; choisissez un nouveau fichier.</translation>
    </message>
    <message>
        <source>SprintDeck backup with history (*.json)</source>
        <translation>Sauvegarde SprintDeck avec historique (*.json)</translation>
    </message>
    <message>
        <source>Cards as CSV, Jira columns (*.csv)</source>
        <translation>Cartes en CSV, colonnes Jira (*.csv)</translation>
    </message>
    <message>
        <source>Status report of the current sprint (*.md)</source>
        <translation>Rapport de statut du sprint en cours (*.md)</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <source>Cannot Export</source>
        <translation>Exportation impossible</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d’écrire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation>Exporté vers %1</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n card(s) from %1 (Edit &gt; Undo takes it back)</source>
        <translation>
            <numerusform>%n carte importée depuis %1 (Édition &gt; Annuler revient en arrière)</numerusform>
            <numerusform>%n cartes importées depuis %1 (Édition &gt; Annuler revient en arrière)</numerusform>
        </translation>
    </message>
    <message>
        <source>Exporting to %1…</source>
        <translation>Export vers %1…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Export cancelled; %1 was not written.</source>
        <translation>Export annulé&#xa0;; %1 n’a pas été écrit.</translation>
    </message>
</context>
<context>
    <name>SprintDeck::LaneHeader</name>
    <message>
        <source>Swimlane %1</source>
        <translation>Couloir %1</translation>
    </message>
    <message>
        <source>collapsed</source>
        <translation>replié</translation>
    </message>
    <message>
        <source>expanded</source>
        <translation>déplié</translation>
    </message>
    <message>
        <source>Show the cards of %1</source>
        <translation>Afficher les cartes de %1</translation>
    </message>
    <message>
        <source>Fold %1</source>
        <translation>Replier %1</translation>
    </message>
    <message numerus="yes">
        <source>%n card(s) · %1 pts</source>
        <translation>
            <numerusform>%n carte · %1 pts</numerusform>
            <numerusform>%n cartes · %1 pts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n card(s), %1, %2</source>
        <translation>
            <numerusform>%n carte, %1, %2</numerusform>
            <numerusform>%n cartes, %1, %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SprintDeck::MainWindow</name>
    <message>
        <source>&amp;Board</source>
        <translation>&amp;Tableau</translation>
    </message>
    <message>
        <source>&amp;Charts</source>
        <translation>&amp;Graphiques</translation>
    </message>
    <message>
        <source>&amp;Standup</source>
        <translation>&amp;Stand-up</translation>
    </message>
    <message>
        <source>S&amp;lides</source>
        <translation>&amp;Diapositives</translation>
    </message>
    <message>
        <source>&amp;Sprint</source>
        <translation>&amp;Sprint</translation>
    </message>
    <message>
        <source>Change Not Saved</source>
        <translation>Modification non enregistrée</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>&amp;Card</source>
        <translation>&amp;Carte</translation>
    </message>
    <message>
        <source>&amp;Backlog</source>
        <translation>&amp;Backlog</translation>
    </message>
    <message>
        <source>&lt;opened&gt;</source>
        <translation>&lt;ouvert&gt;</translation>
    </message>
    <message>
        <source>Undo history</source>
        <translation>Historique des modifications</translation>
    </message>
    <message>
        <source>Undo History</source>
        <translation>Historique des modifications</translation>
    </message>
    <message>
        <source>Undo &amp;History</source>
        <translation>&amp;Historique des modifications</translation>
    </message>
    <message>
        <source>⚠ Last change not saved</source>
        <translation>⚠ Dernière modification non enregistrée</translation>
    </message>
    <message>
        <source>✓ All changes saved</source>
        <translation>✓ Toutes les modifications sont enregistrées</translation>
    </message>
    <message>
        <source>✓ All changes saved · edited</source>
        <translation>✓ Toutes les modifications sont enregistrées · modifié</translation>
    </message>
    <message>
        <source>No changes since %1 was opened</source>
        <translation>Aucune modification depuis l’ouverture de %1</translation>
    </message>
    <message>
        <source>Every change is written to %1 as you make it; undo walks them back</source>
        <translation>Chaque modification est écrite dans %1 dès qu’elle est faite&#xa0;; annuler revient en arrière</translation>
    </message>
    <message>
        <source>Cannot Create Board</source>
        <translation>Impossible de créer le tableau</translation>
    </message>
    <message>
        <source>%1 exists already; use Open Board to open it.</source>
        <translation>%1 existe déjà&#xa0;; utilisez «&#xa0;Ouvrir un tableau&#xa0;» pour l’ouvrir.</translation>
    </message>
    <message>
        <source>Cannot Open Board</source>
        <translation>Impossible d’ouvrir le tableau</translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 n’existe pas.</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Préférences…</translation>
    </message>
    <message>
        <source>Default database, standup timer, calendar, theme and language</source>
        <translation>Base de données par défaut, minuteur du stand-up, calendrier, thème et langue</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;ide</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Raccourcis clavier</translation>
    </message>
    <message>
        <source>Every action with its keys (also ? outside text fields)</source>
        <translation>Chaque action avec ses touches (aussi la touche ? hors des champs de texte)</translation>
    </message>
    <message>
        <source>&amp;About SprintDeck</source>
        <translation>À &amp;propos de SprintDeck</translation>
    </message>
    <message>
        <source>About SprintDeck</source>
        <translation>À propos de SprintDeck</translation>
    </message>
    <message>
        <source>&lt;b&gt;SprintDeck %1&lt;/b&gt;&lt;br&gt;A sprint board with burndown charts, standups and review slides on a local database file.</source>
        <translation>&lt;b&gt;SprintDeck %1&lt;/b&gt;&lt;br&gt;Un tableau de sprint avec des graphiques burndown, des stand-ups et des diapositives de revue dans un fichier de base de données local.</translation>
    </message>
    <message>
        <source>Preferences saved</source>
        <translation>Préférences enregistrées</translation>
    </message>
    <message>
        <source>Days in &amp;Progress on Cards</source>
        <translation>&amp;Jours en cours sur les cartes</translation>
    </message>
</context>
<context>
    <name>SprintDeck::MembersDialog</name>
    <message>
        <source>Team</source>
        <translation>Équipe</translation>
    </message>
    <message>
        <source>Inactive members leave the standup; their cards and past entries stay.</source>
        <translation>Les membres inactifs quittent le stand-up&#xa0;; leurs cartes et leurs entrées passées restent.</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Ajouter…</translation>
    </message>
    <message>
        <source>&amp;Rename…</source>
        <translation>&amp;Renommer…</translation>
    </message>
    <message>
        <source>&amp;Deactivate</source>
        <translation>&amp;Désactiver</translation>
    </message>
    <message>
        <source>Add Member</source>
        <translation>Ajouter un membre</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nom&#xa0;:</translation>
    </message>
    <message>
        <source>Rename Member</source>
        <translation>Renommer le membre</translation>
    </message>
    <message>
        <source>%1 (inactive)</source>
        <translation>%1 (inactif)</translation>
    </message>
    <message>
        <source>A&amp;ctivate</source>
        <translation>A&amp;ctiver</translation>
    </message>
    <message>
        <source>Cannot Add Member</source>
        <translation>Impossible d’ajouter le membre</translation>
    </message>
    <message>
        <source>Cannot Rename Member</source>
        <translation>Impossible de renommer le membre</translation>
    </message>
    <message>
        <source>Cannot Change Member</source>
        <translation>Impossible de modifier le membre</translation>
    </message>
    <message>
        <source>Team members</source>
        <translation>Membres de l’équipe</translation>
    </message>
</context>
<context>
    <name>SprintDeck::NewSprintDialog</name>
    <message>
        <source>New Sprint</source>
        <translation>Nouveau sprint</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <source>What the team wants to achieve</source>
        <translation>Ce que l’équipe veut accomplir</translation>
    </message>
    <message>
        <source>&amp;Goal:</source>
        <translation>&amp;Objectif&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Start:</source>
        <translation>&amp;Début&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;End:</source>
        <translation>&amp;Fin&#xa0;:</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>non défini</translation>
    </message>
    <message>
        <source> points</source>
        <translation> points</translation>
    </message>
    <message>
        <source>&amp;Capacity:</source>
        <translation>&amp;Capacité&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Working days (uncheck holidays, check worked weekend days):</source>
        <translation>&amp;Jours travaillés (décochez les jours fériés, cochez les week-ends travaillés)&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Create Sprint</source>
        <translation>C&amp;réer le sprint</translation>
    </message>
    <message>
        <source>The end date is before the start date.</source>
        <translation>La date de fin précède la date de début.</translation>
    </message>
    <message numerus="yes">
        <source>%n working day(s)</source>
        <translation>
            <numerusform>%n jour travaillé</numerusform>
            <numerusform>%n jours travaillés</numerusform>
        </translation>
    </message>
    <message>
        <source>The sprint needs a name.</source>
        <translation>Le sprint doit avoir un nom.</translation>
    </message>
    <message>
        <source>There is already a sprint called %1.</source>
        <translation>Il existe déjà un sprint nommé %1.</translation>
    </message>
    <message>
        <source>A sprint lasts a year at most.</source>
        <translation>Un sprint dure au plus un an.</translation>
    </message>
    <message>
        <source>Working days</source>
        <translation>Jours travaillés</translation>
    </message>
    <message>
        <source>One check box per day; uncheck holidays, check worked weekend days</source>
        <translation>Une case à cocher par jour&#xa0;; décochez les jours fériés, cochez les week-ends travaillés</translation>
    </message>
    <message>
        <source>Edit Sprint</source>
        <translation>Modifier le sprint</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
</context>
<context>
    <name>SprintDeck::PdfDeckWriter</name>
    <message>
        <source>The deck has no slides; switch on at least one section</source>
        <translation>La présentation n’a aucune diapositive&#xa0;; activez au moins une section</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d’écrire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Cannot write %1: the PDF could not be started</source>
        <translation>Impossible d’écrire %1&#xa0;: le PDF n’a pas pu être commencé</translation>
    </message>
    <message>
        <source>Export cancelled</source>
        <translation>Export annulé</translation>
    </message>
</context>
<context>
    <name>SprintDeck::Points</name>
    <message numerus="yes">
        <source>%n point(s)</source>
        <translation>
            <numerusform>%n point</numerusform>
            <numerusform>%n points</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 points</source>
        <translation>%1 points</translation>
    </message>
</context>
<context>
    <name>SprintDeck::PptxWriter</name>
    <message>
        <source>The deck has no slides; switch on at least one section</source>
        <translation>La présentation n’a aucune diapositive&#xa0;; activez au moins une section</translation>
    </message>
    <message>
        <source>Export cancelled</source>
        <translation>Export annulé</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d’écrire %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>SprintDeck::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Préférences</translation>
    </message>
    <message>
        <source>The board in the user&apos;s data folder</source>
        <translation>Le tableau dans le dossier de données de l’utilisateur</translation>
    </message>
    <message>
        <source>Default database</source>
        <translation>Base de données par défaut</translation>
    </message>
    <message>
        <source>The board opened at start when no file is given; empty for the built-in default</source>
        <translation>Le tableau ouvert au démarrage quand aucun fichier n’est indiqué&#xa0;; vide pour la valeur par défaut intégrée</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <source>Browse for the default database</source>
        <translation>Choisir la base de données par défaut</translation>
    </message>
    <message>
        <source>Default &amp;database:</source>
        <translation>Base de données par &amp;défaut&#xa0;:</translation>
    </message>
    <message>
        <source> s</source>
        <translation>&#xa0;s</translation>
    </message>
    <message>
        <source>Standup speaker time</source>
        <translation>Temps de parole au stand-up</translation>
    </message>
    <message>
        <source>Seconds each person speaks in the standup presenter</source>
        <translation>Secondes de parole par personne dans la présentation du stand-up</translation>
    </message>
    <message>
        <source>&amp;Standup speaker time:</source>
        <translation>Temps de parole au &amp;stand-up&#xa0;:</translation>
    </message>
    <message>
        <source>As the system (%1)</source>
        <translation>Comme le système (%1)</translation>
    </message>
    <message>
        <source>First day of the week</source>
        <translation>Premier jour de la semaine</translation>
    </message>
    <message>
        <source>The first column of calendars and date pickers</source>
        <translation>La première colonne des calendriers et des sélecteurs de date</translation>
    </message>
    <message>
        <source>&amp;Week starts on:</source>
        <translation>La semaine &amp;commence le&#xa0;:</translation>
    </message>
    <message>
        <source>%1 is a working day</source>
        <translation>%1 est un jour travaillé</translation>
    </message>
    <message>
        <source>Wor&amp;king days:</source>
        <translation>&amp;Jours travaillés&#xa0;:</translation>
    </message>
    <message>
        <source>The days a new sprint works on unless you change its calendar</source>
        <translation>Les jours travaillés d’un nouveau sprint, sauf si vous modifiez son calendrier</translation>
    </message>
    <message>
        <source>As the system</source>
        <translation>Comme le système</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Clair</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Sombre</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Thème</translation>
    </message>
    <message>
        <source>Colours of the windows, the board and the charts</source>
        <translation>Couleurs des fenêtres, du tableau et des graphiques</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>&amp;Thème&#xa0;:</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Langue&#xa0;:</translation>
    </message>
    <message>
        <source>A new language takes effect after a restart.</source>
        <translation>Une nouvelle langue s’applique après un redémarrage.</translation>
    </message>
    <message>
        <source>Default Database</source>
        <translation>Base de données par défaut</translation>
    </message>
    <message>
        <source>SprintDeck boards (*.sprintdeck);;All files (*)</source>
        <translation>Tableaux SprintDeck (*.sprintdeck);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Choose at least one working day.</source>
        <translation>Choisissez au moins un jour travaillé.</translation>
    </message>
    <message>
        <source>%1 is a folder; choose a database file.</source>
        <translation>%1 est un dossier&#xa0;; choisissez un fichier de base de données.</translation>
    </message>
</context>
<context>
    <name>SprintDeck::PresenterWindow</name>
    <message>
        <source>Standup</source>
        <translation>Stand-up</translation>
    </message>
    <message>
        <source>DAILY STANDUP</source>
        <translation>STAND-UP QUOTIDIEN</translation>
    </message>
    <message>
        <source>%1 / %2 points</source>
        <translation>%1 / %2 points</translation>
    </message>
    <message>
        <source>last day</source>
        <translation>dernier jour</translation>
    </message>
    <message numerus="yes">
        <source>%n days left</source>
        <translation>
            <numerusform>%n jour restant</numerusform>
            <numerusform>%n jours restants</numerusform>
        </translation>
    </message>
    <message>
        <source>Speaker %1 of %2</source>
        <translation>Intervenant %1 sur %2</translation>
    </message>
    <message>
        <source>+%1 over time</source>
        <translation>+%1 de dépassement</translation>
    </message>
    <message>
        <source>of %1</source>
        <translation>sur %1</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>en pause</translation>
    </message>
    <message>
        <source>YESTERDAY</source>
        <translation>HIER</translation>
    </message>
    <message>
        <source>Nothing reported</source>
        <translation>Rien de signalé</translation>
    </message>
    <message>
        <source>TODAY</source>
        <translation>AUJOURD’HUI</translation>
    </message>
    <message>
        <source>BLOCKERS</source>
        <translation>BLOCAGES</translation>
    </message>
    <message>
        <source>No blockers</source>
        <translation>Aucun blocage</translation>
    </message>
    <message>
        <source>No one on the standup yet</source>
        <translation>Personne dans le stand-up pour l’instant</translation>
    </message>
    <message>
        <source>That’s everyone</source>
        <translation>C’était tout le monde</translation>
    </message>
    <message>
        <source>Meeting time %1</source>
        <translation>Durée de la réunion %1</translation>
    </message>
    <message>
        <source>BLOCKERS TO FOLLOW UP</source>
        <translation>BLOCAGES À SUIVRE</translation>
    </message>
    <message>
        <source>No blockers today</source>
        <translation>Aucun blocage aujourd’hui</translation>
    </message>
    <message>
        <source>TEAM NOTE</source>
        <translation>NOTE D’ÉQUIPE</translation>
    </message>
    <message>
        <source>No note</source>
        <translation>Aucune note</translation>
    </message>
    <message>
        <source>Meeting %1</source>
        <translation>Réunion %1</translation>
    </message>
    <message>
        <source>← →  previous / next     P  pause     R  restart timer     Esc  close</source>
        <translation>← →  précédent / suivant     P  pause     R  relancer le minuteur     Échap  fermer</translation>
    </message>
</context>
<context>
    <name>SprintDeck::ProposalStrip</name>
    <message>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <source>Append the suggested cards to the text</source>
        <translation>Ajouter les cartes suggérées au texte</translation>
    </message>
    <message>
        <source>Dismiss the suggestions</source>
        <translation>Ignorer les suggestions</translation>
    </message>
    <message>
        <source>Board suggests: %1</source>
        <translation>Le tableau suggère&#xa0;: %1</translation>
    </message>
    <message>
        <source>Add the suggested cards</source>
        <translation>Ajouter les cartes suggérées</translation>
    </message>
</context>
<context>
    <name>SprintDeck::RedmineClient</name>
    <message>
        <source>the server refused the API key (401): check the key of this remote</source>
        <translation>le serveur a refusé la clé d’API (401)&#xa0;: vérifiez la clé de ce serveur distant</translation>
    </message>
    <message>
        <source>permission denied by the server (403)</source>
        <translation>accès refusé par le serveur (403)</translation>
    </message>
    <message>
        <source>not found on the server (404): %1</source>
        <translation>introuvable sur le serveur (404)&#xa0;: %1</translation>
    </message>
    <message>
        <source>the server refused the change (422)</source>
        <translation>le serveur a refusé la modification (422)</translation>
    </message>
    <message>
        <source>server error %1 at %2</source>
        <translation>erreur du serveur %1 sur %2</translation>
    </message>
    <message>
        <source>unexpected answer %1 from %2</source>
        <translation>réponse inattendue %1 de %2</translation>
    </message>
    <message>
        <source>the certificate of %1 could not be verified (%2)</source>
        <translation>le certificat de %1 n’a pas pu être vérifié (%2)</translation>
    </message>
    <message>
        <source>cannot reach %1: connection refused (is the server running?)</source>
        <translation>impossible de joindre %1&#xa0;: connexion refusée (le serveur est-il démarré&#xa0;?)</translation>
    </message>
    <message>
        <source>cannot reach %1: host not found</source>
        <translation>impossible de joindre %1&#xa0;: hôte introuvable</translation>
    </message>
    <message>
        <source>cannot reach %1: no answer (timed out)</source>
        <translation>impossible de joindre %1&#xa0;: pas de réponse (délai dépassé)</translation>
    </message>
    <message>
        <source>cannot reach %1: %2</source>
        <translation>impossible de joindre %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>no answer from %1</source>
        <translation>pas de réponse de %1</translation>
    </message>
</context>
<context>
    <name>SprintDeck::RemotesDialog</name>
    <message>
        <source>Send the key over plain http (unencrypted)</source>
        <translation>Envoyer la clé en http non chiffré</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>Remotes</source>
        <translation>Serveurs distants</translation>
    </message>
    <message>
        <source>the project&apos;s identifier, e.g. website</source>
        <translation>l’identifiant du projet, p. ex. website</translation>
    </message>
    <message>
        <source>from the project</source>
        <translation>d’après le projet</translation>
    </message>
    <message>
        <source>“Story points” custom field</source>
        <translation>Champ personnalisé «&#xa0;Story points&#xa0;»</translation>
    </message>
    <message>
        <source>Estimated hours</source>
        <translation>Heures estimées</translation>
    </message>
    <message>
        <source>Redmine status</source>
        <translation>Statut Redmine</translation>
    </message>
    <message>
        <source>Board column</source>
        <translation>Colonne du tableau</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <source>Ser&amp;ver:</source>
        <translation>Ser&amp;veur&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Project:</source>
        <translation>&amp;Projet&#xa0;:</translation>
    </message>
    <message>
        <source>API &amp;key:</source>
        <translation>&amp;Clé d’API&#xa0;:</translation>
    </message>
    <message>
        <source>Card &amp;keys:</source>
        <translation>Clés des car&amp;tes&#xa0;:</translation>
    </message>
    <message>
        <source>P&amp;oints from:</source>
        <translation>P&amp;oints depuis&#xa0;:</translation>
    </message>
    <message>
        <source>Statuses and columns:</source>
        <translation>Statuts et colonnes&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Ajouter</translation>
    </message>
    <message>
        <source>unchanged (kept in the keychain)</source>
        <translation>inchangée (conservée dans le trousseau)</translation>
    </message>
    <message>
        <source>from your Redmine account page</source>
        <translation>depuis la page de votre compte Redmine</translation>
    </message>
    <message>
        <source>The server&apos;s statuses appear here after the first sync.</source>
        <translation>Les statuts du serveur apparaissent ici après la première synchronisation.</translation>
    </message>
    <message>
        <source>A card moved to a column gets the first status mapped to it.</source>
        <translation>Une carte déplacée dans une colonne prend le premier statut associé à celle-ci.</translation>
    </message>
    <message>
        <source>Plain http to this computer: the key does not cross the network.</source>
        <translation>http en clair vers cet ordinateur&#xa0;: la clé ne traverse pas le réseau.</translation>
    </message>
    <message>
        <source>The connection is encrypted and the server&apos;s certificate is checked.</source>
        <translation>La connexion est chiffrée et le certificat du serveur est vérifié.</translation>
    </message>
    <message>
        <source>The key and your data will cross the network unencrypted.</source>
        <translation>La clé et vos données traverseront le réseau sans chiffrement.</translation>
    </message>
    <message>
        <source>Plain http would send the key unencrypted: use https, or confirm above.</source>
        <translation>http en clair enverrait la clé sans chiffrement&#xa0;: utilisez https, ou confirmez ci-dessus.</translation>
    </message>
    <message>
        <source>A remote needs a name and a project</source>
        <translation>Un serveur distant doit avoir un nom et un projet</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>%1 enregistré.</translation>
    </message>
    <message>
        <source>Saved %1; its key is in the keychain.</source>
        <translation>%1 enregistré&#xa0;; sa clé est dans le trousseau.</translation>
    </message>
    <message>
        <source>Saved %1. %2.</source>
        <translation>%1 enregistré. %2.</translation>
    </message>
    <message>
        <source>Remove Remote</source>
        <translation>Supprimer le serveur distant</translation>
    </message>
    <message>
        <source>Remove %1? The cards stay on the board; they are no longer synced.</source>
        <translation>Supprimer %1&#xa0;? Les cartes restent sur le tableau&#xa0;; elles ne sont plus synchronisées.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Removed %1, but its key may remain in the keychain: %2</source>
        <translation>%1 supprimé, mais sa clé peut rester dans le trousseau&#xa0;: %2</translation>
    </message>
    <message>
        <source>Removed %1.</source>
        <translation>%1 supprimé.</translation>
    </message>
    <message>
        <source>Statuses and columns</source>
        <translation>Statuts et colonnes</translation>
    </message>
    <message>
        <source>Column for %1</source>
        <translation>Colonne pour %1</translation>
    </message>
</context>
<context>
    <name>SprintDeck::ReviewData</name>
    <message>
        <source>No sprint with id %1</source>
        <translation>Aucun sprint avec l’identifiant %1</translation>
    </message>
    <message>
        <source>Backlog</source>
        <translation>Backlog</translation>
    </message>
    <message>
        <source>(deleted)</source>
        <translation>(supprimée)</translation>
    </message>
    <message>
        <source>Someone</source>
        <translation>Quelqu’un</translation>
    </message>
</context>
<context>
    <name>SprintDeck::ReviewNotes</name>
    <message>
        <source>What went well</source>
        <translation>Ce qui a bien marché</translation>
    </message>
    <message>
        <source>Challenges</source>
        <translation>Difficultés</translation>
    </message>
    <message>
        <source>Learnings</source>
        <translation>Enseignements</translation>
    </message>
    <message>
        <source>Improvements</source>
        <translation>Améliorations</translation>
    </message>
    <message>
        <source>Next sprint</source>
        <translation>Sprint suivant</translation>
    </message>
    <message>
        <source>Cannot read the review notes: %1</source>
        <translation>Impossible de lire les notes de revue&#xa0;: %1</translation>
    </message>
    <message>
        <source>The review notes belong to no sprint</source>
        <translation>Les notes de revue n’appartiennent à aucun sprint</translation>
    </message>
    <message>
        <source>Cannot save the review notes: %1</source>
        <translation>Impossible d’enregistrer les notes de revue&#xa0;: %1</translation>
    </message>
    <message>
        <source>Cannot save the slide settings: %1</source>
        <translation>Impossible d’enregistrer les réglages des diapositives&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>SprintDeck::SecretStore</name>
    <message>
        <source>no API key is stored for this remote</source>
        <translation>aucune clé d’API n’est enregistrée pour ce serveur distant</translation>
    </message>
    <message>
        <source>%1: the API key is kept for this session only</source>
        <translation>%1&#xa0;: la clé d’API n’est conservée que pour cette session</translation>
    </message>
</context>
<context>
    <name>SprintDeck::ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <source>Search actions or keys</source>
        <translation>Rechercher des actions ou des touches</translation>
    </message>
    <message>
        <source>Clear the search</source>
        <translation>Effacer la recherche</translation>
    </message>
    <message>
        <source>Search shortcuts</source>
        <translation>Rechercher des raccourcis</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Raccourci</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <source>Menus also open with Alt and the underlined letter; Tab moves between controls.</source>
        <translation>Les menus s’ouvrent aussi avec Alt et la lettre soulignée&#xa0;; Tab passe d’un élément à l’autre.</translation>
    </message>
    <message>
        <source>In views and panels</source>
        <translation>Dans les vues et les panneaux</translation>
    </message>
</context>
<context>
    <name>SprintDeck::SlideCanvas</name>
    <message>
        <source>Slide preview</source>
        <translation>Aperçu de la diapositive</translation>
    </message>
</context>
<context>
    <name>SprintDeck::SlideLayout</name>
    <message>
        <source>%1 · Sprint review</source>
        <translation>%1 · Revue de sprint</translation>
    </message>
    <message>
        <source>SPRINT REVIEW</source>
        <translation>REVUE DE SPRINT</translation>
    </message>
    <message>
        <source>rows %1–%2 of %3, slide %4 of %5</source>
        <translation>lignes %1 à %2 sur %3, diapositive %4 sur %5</translation>
    </message>
    <message>
        <source>%1 (continued)</source>
        <translation>%1 (suite)</translation>
    </message>
    <message>
        <source>slide %1 of %2</source>
        <translation>diapositive %1 sur %2</translation>
    </message>
</context>
<context>
    <name>SprintDeck::SlidesView</name>
    <message>
        <source>Notes Not Saved</source>
        <translation>Notes non enregistrées</translation>
    </message>
    <message>
        <source>&amp;Sprint:</source>
        <translation>&amp;Sprint&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>&amp;Thème&#xa0;:</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Clair</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Sombre</translation>
    </message>
    <message>
        <source>Accent colour</source>
        <translation>Couleur d’accent</translation>
    </message>
    <message>
        <source>&amp;Accent…</source>
        <translation>&amp;Accent…</translation>
    </message>
    <message>
        <source>&amp;Open after export</source>
        <translation>&amp;Ouvrir après l’export</translation>
    </message>
    <message>
        <source>Export &amp;PPTX…</source>
        <translation>Exporter en &amp;PPTX…</translation>
    </message>
    <message>
        <source>Export P&amp;DF…</source>
        <translation>Exporter en P&amp;DF…</translation>
    </message>
    <message>
        <source>Slides</source>
        <translation>Diapositives</translation>
    </message>
    <message>
        <source>Accent Colour</source>
        <translation>Couleur d’accent</translation>
    </message>
    <message>
        <source>Slides in the deck:</source>
        <translation>Diapositives de la présentation&#xa0;:</translation>
    </message>
    <message>
        <source>Speaker notes on each slide carry the details: daily numbers, scope changes, full titles.</source>
        <translation>Les notes de l’orateur de chaque diapositive portent les détails&#xa0;: chiffres quotidiens, changements de périmètre, titres complets.</translation>
    </message>
    <message>
        <source>Sec&amp;tions</source>
        <translation>Sec&amp;tions</translation>
    </message>
    <message>
        <source>Retrospecti&amp;ve</source>
        <translation>Rétrospecti&amp;ve</translation>
    </message>
    <message>
        <source>One point per line; the retrospective and next-sprint slides show them.</source>
        <translation>Un point par ligne&#xa0;; les diapositives Rétrospective et Sprint suivant les affichent.</translation>
    </message>
    <message>
        <source> (active)</source>
        <translation> (actif)</translation>
    </message>
    <message>
        <source> (closed)</source>
        <translation> (clôturé)</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>%1 enregistré</translation>
    </message>
    <message>
        <source>Editing…</source>
        <translation>Modification…</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Non enregistré&#xa0;: %1</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Enregistré</translation>
    </message>
    <message>
        <source>Settings Not Saved</source>
        <translation>Réglages non enregistrés</translation>
    </message>
    <message>
        <source>The board has no sprint yet. Create a sprint and plan cards into it; its review slides appear here.</source>
        <translation>Le tableau n’a pas encore de sprint. Créez un sprint et planifiez-y des cartes&#xa0;; ses diapositives de revue apparaissent ici.</translation>
    </message>
    <message>
        <source>Every section is switched off. Choose the slides to include under Sections.</source>
        <translation>Toutes les sections sont désactivées. Choisissez les diapositives à inclure sous Sections.</translation>
    </message>
    <message>
        <source>Slide %1 of %2: %3</source>
        <translation>Diapositive %1 sur %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>The retrospective slide appears once it has notes (Retrospective tab).</source>
        <translation>La diapositive de rétrospective apparaît dès qu’elle a des notes (onglet Rétrospective).</translation>
    </message>
    <message>
        <source>%1: sprint review</source>
        <translation>%1&#xa0;: revue de sprint</translation>
    </message>
    <message>
        <source>%1 review</source>
        <translation>Revue %1</translation>
    </message>
    <message>
        <source>Export Slides as PowerPoint</source>
        <translation>Exporter les diapositives en PowerPoint</translation>
    </message>
    <message>
        <source>Export Slides as PDF</source>
        <translation>Exporter les diapositives en PDF</translation>
    </message>
    <message>
        <source>PowerPoint presentations (*.pptx)</source>
        <translation>Présentations PowerPoint (*.pptx)</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documents PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation>Écriture de %1…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Export Slides</source>
        <translation>Exporter les diapositives</translation>
    </message>
    <message>
        <source>Export cancelled; no file was written.</source>
        <translation>Export annulé&#xa0;; aucun fichier n’a été écrit.</translation>
    </message>
    <message>
        <source>Export Failed</source>
        <translation>Échec de l’export</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n slide(s) to %1</source>
        <translation>
            <numerusform>%n diapositive écrite dans %1</numerusform>
            <numerusform>%n diapositives écrites dans %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot Open the File</source>
        <translation>Impossible d’ouvrir le fichier</translation>
    </message>
    <message>
        <source>%1 was written, but no application is set up to open it.</source>
        <translation>%1 a été écrit, mais aucune application n’est configurée pour l’ouvrir.</translation>
    </message>
    <message>
        <source>Sprint of the slides</source>
        <translation>Sprint des diapositives</translation>
    </message>
    <message>
        <source>Slide theme</source>
        <translation>Thème des diapositives</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n slide(s) to %1</source>
        <translation>
            <numerusform>%n diapositive exportée vers %1</numerusform>
            <numerusform>%n diapositives exportées vers %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SprintDeck::SprintActions</name>
    <message>
        <source>&amp;New Sprint…</source>
        <translation>&amp;Nouveau sprint…</translation>
    </message>
    <message>
        <source>&amp;Start Sprint…</source>
        <translation>&amp;Démarrer le sprint…</translation>
    </message>
    <message>
        <source>&amp;Close Sprint…</source>
        <translation>&amp;Clôturer le sprint…</translation>
    </message>
    <message>
        <source>Close the active sprint first</source>
        <translation>Clôturez d’abord le sprint actif</translation>
    </message>
    <message>
        <source>&amp;Reopen Sprint…</source>
        <translation>&amp;Rouvrir le sprint…</translation>
    </message>
    <message>
        <source>Make a closed sprint active again, to change its cards</source>
        <translation>Rendre de nouveau actif un sprint clôturé, pour modifier ses cartes</translation>
    </message>
    <message>
        <source>Reopen Sprint</source>
        <translation>Rouvrir le sprint</translation>
    </message>
    <message>
        <source>Reopen %1?</source>
        <translation>Rouvrir %1&#xa0;?</translation>
    </message>
    <message>
        <source>It becomes the active sprint again and its cards can change; its frozen report is dropped, so its charts follow the cards again. Close it again when done, or undo.</source>
        <translation>Il redevient le sprint actif et ses cartes peuvent changer&#xa0;; son rapport figé est abandonné, ses graphiques suivent donc de nouveau les cartes. Clôturez-le de nouveau ensuite, ou annulez.</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>Rouvrir</translation>
    </message>
    <message>
        <source>Sprint Not Reopened</source>
        <translation>Sprint non rouvert</translation>
    </message>
    <message>
        <source>&amp;Edit Sprint…</source>
        <translation>&amp;Modifier le sprint…</translation>
    </message>
    <message>
        <source>%1 is closed and cannot be edited</source>
        <translation>%1 est clôturé et ne peut pas être modifié</translation>
    </message>
</context>
<context>
    <name>SprintDeck::Standup</name>
    <message>
        <source>Yesterday</source>
        <translation>Hier</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Aujourd’hui</translation>
    </message>
    <message>
        <source>Blockers</source>
        <translation>Blocages</translation>
    </message>
</context>
<context>
    <name>SprintDeck::StandupBook</name>
    <message>
        <source>Not a valid date</source>
        <translation>Date non valide</translation>
    </message>
    <message>
        <source>No member with id %1</source>
        <translation>Aucun membre avec l’identifiant %1</translation>
    </message>
    <message>
        <source>Cannot save the standup of %1: %2</source>
        <translation>Impossible d’enregistrer le stand-up du %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>SprintDeck::StandupEntryWidget</name>
    <message>
        <source>What got done since the last standup</source>
        <translation>Ce qui a été fait depuis le dernier stand-up</translation>
    </message>
    <message>
        <source>What comes next</source>
        <translation>Ce qui vient ensuite</translation>
    </message>
    <message>
        <source>Anything in the way?</source>
        <translation>Quelque chose bloque-t-il&#xa0;?</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>%1 (inactive)</source>
        <translation>%1 (inactif)</translation>
    </message>
    <message numerus="yes">
        <source>%n moved</source>
        <translation>
            <numerusform>%n déplacée</numerusform>
            <numerusform>%n déplacées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n in progress</source>
        <translation>
            <numerusform>%n en cours</numerusform>
            <numerusform>%n en cours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n blocked</source>
        <translation>
            <numerusform>%n bloquée</numerusform>
            <numerusform>%n bloquées</numerusform>
        </translation>
    </message>
    <message>
        <source>nothing on the board</source>
        <translation>rien sur le tableau</translation>
    </message>
    <message>
        <source>Since the previous standup, from the board&apos;s history</source>
        <translation>Depuis le stand-up précédent, d’après l’historique du tableau</translation>
    </message>
</context>
<context>
    <name>SprintDeck::StandupFill</name>
    <message>
        <source>(1 point)</source>
        <translation>(1 point)</translation>
    </message>
    <message>
        <source>(%1 points)</source>
        <translation>(%1 points)</translation>
    </message>
    <message>
        <source>blocked</source>
        <translation>bloquée</translation>
    </message>
    <message>
        <source>blocked, no reason given</source>
        <translation>bloquée, aucun motif indiqué</translation>
    </message>
</context>
<context>
    <name>SprintDeck::StandupReport</name>
    <message>
        <source>P1 (Critical)</source>
        <translation>P1 (Critique)</translation>
    </message>
    <message>
        <source>P2 (High)</source>
        <translation>P2 (Haute)</translation>
    </message>
    <message>
        <source>P3 (Medium)</source>
        <translation>P3 (Moyenne)</translation>
    </message>
    <message>
        <source>P4 (Low)</source>
        <translation>P4 (Basse)</translation>
    </message>
    <message>
        <source>Story Points</source>
        <translation>Story points</translation>
    </message>
    <message>
        <source>Cards</source>
        <translation>Cartes</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorité</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <source>Remaining</source>
        <translation>Restant</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>points</source>
        <translation>points</translation>
    </message>
    <message>
        <source>cards</source>
        <translation>cartes</translation>
    </message>
    <message>
        <source>Ahead of schedule</source>
        <translation>En avance sur le planning</translation>
    </message>
    <message>
        <source>Behind schedule</source>
        <translation>En retard sur le planning</translation>
    </message>
    <message>
        <source>On track</source>
        <translation>Dans les temps</translation>
    </message>
    <message>
        <source>Daily Standup</source>
        <translation>Stand-up quotidien</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Objectif</translation>
    </message>
    <message>
        <source>- None</source>
        <translation>- Aucun</translation>
    </message>
    <message>
        <source>- Nothing reported</source>
        <translation>- Rien de signalé</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Avancement</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Daily Status</source>
        <translation>Statut du jour</translation>
    </message>
    <message>
        <source>Day %1</source>
        <translation>Jour %1</translation>
    </message>
    <message>
        <source>Daily Goal</source>
        <translation>Objectif du jour</translation>
    </message>
    <message>
        <source>Completed Tasks</source>
        <translation>Tâches terminées</translation>
    </message>
    <message>
        <source>No cards were finished today.</source>
        <translation>Aucune carte n’a été terminée aujourd’hui.</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>In Progress</source>
        <translation>En cours</translation>
    </message>
    <message>
        <source>Blocked</source>
        <translation>Bloquée</translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation>aucun motif indiqué</translation>
    </message>
    <message>
        <source>Sprint Progress</source>
        <translation>Avancement du sprint</translation>
    </message>
    <message>
        <source>Remaining Issues &amp; Blockers</source>
        <translation>Points ouverts et blocages</translation>
    </message>
    <message>
        <source>from the standup</source>
        <translation>d’après le stand-up</translation>
    </message>
    <message>
        <source>None: nothing is blocked.</source>
        <translation>Aucun&#xa0;: rien n’est bloqué.</translation>
    </message>
    <message>
        <source>Tomorrow&apos;s Plan</source>
        <translation>Programme de demain</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Poursuivre</translation>
    </message>
    <message>
        <source>Unblock</source>
        <translation>Débloquer</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Commencer</translation>
    </message>
    <message>
        <source>Nothing is left to do in this sprint.</source>
        <translation>Il ne reste rien à faire dans ce sprint.</translation>
    </message>
    <message>
        <source>%1% complete</source>
        <translation>%1 % terminé</translation>
    </message>
    <message>
        <source>the sprint ends today</source>
        <translation>le sprint se termine aujourd’hui</translation>
    </message>
    <message>
        <source>1 working day left</source>
        <translation>1 jour travaillé restant</translation>
    </message>
    <message>
        <source>%1 working days left</source>
        <translation>%1 jours travaillés restants</translation>
    </message>
    <message>
        <source>Sprint Status</source>
        <translation>Statut du sprint</translation>
    </message>
    <message>
        <source>Next Review</source>
        <translation>Prochaine revue</translation>
    </message>
    <message>
        <source>End of Day %1</source>
        <translation>Fin du jour %1</translation>
    </message>
    <message>
        <source>Sprint</source>
        <translation>Sprint</translation>
    </message>
    <message>
        <source>Day %1 of %2</source>
        <translation>Jour %1 sur %2</translation>
    </message>
    <message>
        <source>last day</source>
        <translation>dernier jour</translation>
    </message>
    <message>
        <source>The sprint has not started yet; there is no progress to report.</source>
        <translation>Le sprint n’a pas encore commencé&#xa0;; il n’y a aucun avancement à signaler.</translation>
    </message>
    <message>
        <source>Overall Progress</source>
        <translation>Avancement global</translation>
    </message>
    <message>
        <source>(proposed from the board)</source>
        <translation>(proposé depuis le tableau)</translation>
    </message>
    <message>
        <source>unassigned</source>
        <translation>non assignée</translation>
    </message>
    <message>
        <source>Blocked on the board</source>
        <translation>Bloquées sur le tableau</translation>
    </message>
</context>
<context>
    <name>SprintDeck::StandupView</name>
    <message>
        <source>Previous day</source>
        <translation>Jour précédent</translation>
    </message>
    <message>
        <source>Days in bold have a standup</source>
        <translation>Les jours en gras ont un stand-up</translation>
    </message>
    <message>
        <source>Next day</source>
        <translation>Jour suivant</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Aujourd’hui</translation>
    </message>
    <message>
        <source>Fill from Board</source>
        <translation>Remplir depuis le tableau</translation>
    </message>
    <message>
        <source>Propose each member&apos;s part from the board; typed text is kept</source>
        <translation>Proposer la part de chaque membre d’après le tableau&#xa0;; le texte saisi est conservé</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>Présenter</translation>
    </message>
    <message>
        <source>Run the standup full screen (F5)</source>
        <translation>Mener le stand-up en plein écran (F5)</translation>
    </message>
    <message>
        <source>Speaker Time…</source>
        <translation>Temps de parole…</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
    <message>
        <source>Copy a report to paste into chat or a wiki</source>
        <translation>Copier un rapport à coller dans un chat ou un wiki</translation>
    </message>
    <message>
        <source>Copy Standup</source>
        <translation>Copier le stand-up</translation>
    </message>
    <message>
        <source>Copy Daily Status Report</source>
        <translation>Copier le rapport de statut du jour</translation>
    </message>
    <message>
        <source>Save Standup as Markdown…</source>
        <translation>Enregistrer le stand-up en Markdown…</translation>
    </message>
    <message>
        <source>Save Daily Status as Markdown…</source>
        <translation>Enregistrer le statut du jour en Markdown…</translation>
    </message>
    <message>
        <source>Team…</source>
        <translation>Équipe…</translation>
    </message>
    <message>
        <source>Add, rename or deactivate members</source>
        <translation>Ajouter, renommer ou désactiver des membres</translation>
    </message>
    <message>
        <source>B</source>
        <translation>G</translation>
    </message>
    <message>
        <source>Bold (Ctrl+B)</source>
        <translation>Gras (Ctrl+B)</translation>
    </message>
    <message>
        <source>I</source>
        <translation>I</translation>
    </message>
    <message>
        <source>Italic (Ctrl+I)</source>
        <translation>Italique (Ctrl+I)</translation>
    </message>
    <message>
        <source>List</source>
        <translation>Liste</translation>
    </message>
    <message>
        <source>Bulleted list (Ctrl+Shift+L)</source>
        <translation>Liste à puces (Ctrl+Maj+L)</translation>
    </message>
    <message>
        <source>Numbered list (Ctrl+Shift+O)</source>
        <translation>Liste numérotée (Ctrl+Maj+O)</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Équipe</translation>
    </message>
    <message>
        <source>Team note</source>
        <translation>Note d’équipe</translation>
    </message>
    <message>
        <source>Announcements, decisions, follow-ups for the whole team</source>
        <translation>Annonces, décisions, suivis pour toute l’équipe</translation>
    </message>
    <message>
        <source>No active members yet. Add the team with “Team…”.</source>
        <translation>Pas encore de membre actif. Ajoutez l’équipe avec «&#xa0;Équipe…&#xa0;».</translation>
    </message>
    <message>
        <source>Nothing written for this day yet</source>
        <translation>Rien n’est encore écrit pour ce jour</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Enregistré</translation>
    </message>
    <message>
        <source>Standup Not Saved</source>
        <translation>Stand-up non enregistré</translation>
    </message>
    <message>
        <source>Editing…</source>
        <translation>Modification…</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Non enregistré&#xa0;: %1</translation>
    </message>
    <message>
        <source>Saved at %1</source>
        <translation>Enregistré à %1</translation>
    </message>
    <message>
        <source>Standup saved</source>
        <translation>Stand-up enregistré</translation>
    </message>
    <message>
        <source>Day %1 of %2</source>
        <translation>Jour %1 sur %2</translation>
    </message>
    <message>
        <source>%1 / %2 points</source>
        <translation>%1 / %2 points</translation>
    </message>
    <message>
        <source>last day</source>
        <translation>dernier jour</translation>
    </message>
    <message numerus="yes">
        <source>%n days left</source>
        <translation>
            <numerusform>%n jour restant</numerusform>
            <numerusform>%n jours restants</numerusform>
        </translation>
    </message>
    <message>
        <source>No sprint on this day</source>
        <translation>Aucun sprint ce jour-là</translation>
    </message>
    <message numerus="yes">
        <source>Filled %n empty field(s)</source>
        <translation>
            <numerusform>%n champ vide rempli</numerusform>
            <numerusform>%n champs vides remplis</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n field(s) with suggestions to review</source>
        <translation>
            <numerusform>&#xa0;; %n champ avec des suggestions à revoir</numerusform>
            <numerusform>&#xa0;; %n champs avec des suggestions à revoir</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing new on the board</source>
        <translation>Rien de nouveau sur le tableau</translation>
    </message>
    <message>
        <source> (since %1)</source>
        <translation> (depuis %1)</translation>
    </message>
    <message>
        <source>Speaker Time</source>
        <translation>Temps de parole</translation>
    </message>
    <message>
        <source>Minutes per speaker:</source>
        <translation>Minutes par intervenant&#xa0;:</translation>
    </message>
    <message>
        <source>Copy Report</source>
        <translation>Copier le rapport</translation>
    </message>
    <message>
        <source>The report is empty.</source>
        <translation>Le rapport est vide.</translation>
    </message>
    <message>
        <source>Daily status report copied: paste it into chat or a wiki</source>
        <translation>Rapport de statut du jour copié&#xa0;: collez-le dans un chat ou un wiki</translation>
    </message>
    <message>
        <source>Standup copied: paste it into chat or a wiki</source>
        <translation>Stand-up copié&#xa0;: collez-le dans un chat ou un wiki</translation>
    </message>
    <message>
        <source>Cannot Save Report</source>
        <translation>Impossible d’enregistrer le rapport</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d’écrire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>%1 enregistré</translation>
    </message>
    <message>
        <source>Save Daily Status</source>
        <translation>Enregistrer le statut du jour</translation>
    </message>
    <message>
        <source>Save Standup</source>
        <translation>Enregistrer le stand-up</translation>
    </message>
    <message>
        <source>Markdown (*.md);;All files (*)</source>
        <translation>Markdown (*.md);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Standup date</source>
        <translation>Date du stand-up</translation>
    </message>
</context>
<context>
    <name>SprintDeck::StartSprintDialog</name>
    <message>
        <source>Start Sprint</source>
        <translation>Démarrer le sprint</translation>
    </message>
    <message>
        <source>&amp;Sprint:</source>
        <translation>&amp;Sprint&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Start Sprint</source>
        <translation>&amp;Démarrer le sprint</translation>
    </message>
    <message>
        <source>%1 is active. Close it before starting another sprint.</source>
        <translation>%1 est actif. Clôturez-le avant de démarrer un autre sprint.</translation>
    </message>
    <message>
        <source>There is no planned sprint. Create one with &lt;b&gt;Sprint ▸ New Sprint…&lt;/b&gt;</source>
        <translation>Aucun sprint n’est planifié. Créez-en un via &lt;b&gt;Sprint ▸ Nouveau sprint…&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Nothing to start.</source>
        <translation>Rien à démarrer.</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%1&lt;/b&gt;: %2 – %3, %n working day(s)</source>
        <translation>
            <numerusform>&lt;b&gt;%1&lt;/b&gt;&#xa0;: %2 – %3, %n jour travaillé</numerusform>
            <numerusform>&lt;b&gt;%1&lt;/b&gt;&#xa0;: %2 – %3, %n jours travaillés</numerusform>
        </translation>
    </message>
    <message>
        <source>The sprint has no cards yet; cards added later count as scope changes.</source>
        <translation>Le sprint n’a pas encore de cartes&#xa0;; les cartes ajoutées ensuite comptent comme changements de périmètre.</translation>
    </message>
    <message>
        <source>Sprint to start</source>
        <translation>Sprint à démarrer</translation>
    </message>
    <message numerus="yes">
        <source>Committing %n card(s) with %1.</source>
        <translation>
            <numerusform>Engagement de %n carte avec %1.</numerusform>
            <numerusform>Engagement de %n cartes avec %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>That is %1 over the capacity of %2.</source>
        <translation>C’est %1 au-delà de la capacité de %2.</translation>
    </message>
    <message>
        <source>Capacity: %1.</source>
        <translation>Capacité&#xa0;: %1.</translation>
    </message>
</context>
<context>
    <name>SprintDeck::SyncController</name>
    <message>
        <source>S&amp;ync</source>
        <translation>S&amp;ynchronisation</translation>
    </message>
    <message>
        <source>&amp;Sync Now</source>
        <translation>&amp;Synchroniser maintenant</translation>
    </message>
    <message>
        <source>&amp;Cancel Sync</source>
        <translation>&amp;Annuler la synchronisation</translation>
    </message>
    <message>
        <source>C&amp;onflicts…</source>
        <translation>C&amp;onflits…</translation>
    </message>
    <message>
        <source>&amp;Remotes…</source>
        <translation>Serveurs &amp;distants…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Reading the key of %1…</source>
        <translation>Lecture de la clé de %1…</translation>
    </message>
    <message>
        <source>Sync with %1 needs its API key: %2</source>
        <translation>La synchronisation avec %1 nécessite sa clé d’API&#xa0;: %2</translation>
    </message>
    <message>
        <source>API Key for %1</source>
        <translation>Clé d’API pour %1</translation>
    </message>
    <message>
        <source>No key is stored</source>
        <translation>Aucune clé enregistrée</translation>
    </message>
    <message>
        <source>Sync Failed</source>
        <translation>Échec de la synchronisation</translation>
    </message>
    <message numerus="yes">
        <source>%n sync conflicts</source>
        <translation>
            <numerusform>%n conflit de synchronisation</numerusform>
            <numerusform>%n conflits de synchronisation</numerusform>
        </translation>
    </message>
    <message>
        <source>%1.
The API key of %2 (your Redmine account page, “API access key”):</source>
        <translation>%1.
La clé d’API de %2 (page de votre compte Redmine, «&#xa0;Clé d’accès API&#xa0;»)&#xa0;:</translation>
    </message>
</context>
<context>
    <name>SprintDeck::SyncEngine</name>
    <message>
        <source>Connecting to %1</source>
        <translation>Connexion à %1</translation>
    </message>
    <message>
        <source>Sync with %1 cancelled; what was done is kept</source>
        <translation>Synchronisation avec %1 annulée&#xa0;; ce qui a été fait est conservé</translation>
    </message>
    <message>
        <source>Sync with %1 failed: %2</source>
        <translation>Échec de la synchronisation avec %1&#xa0;: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n new</source>
        <translation>
            <numerusform>%n nouveau</numerusform>
            <numerusform>%n nouveaux</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n updated</source>
        <translation>
            <numerusform>%n mis à jour</numerusform>
            <numerusform>%n mis à jour</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n deleted</source>
        <translation>
            <numerusform>%n supprimé</numerusform>
            <numerusform>%n supprimés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n sent</source>
        <translation>
            <numerusform>%n envoyé</numerusform>
            <numerusform>%n envoyés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conflicts</source>
        <translation>
            <numerusform>%n conflit</numerusform>
            <numerusform>%n conflits</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n refused</source>
        <translation>
            <numerusform>%n refusé</numerusform>
            <numerusform>%n refusés</numerusform>
        </translation>
    </message>
    <message>
        <source>Synced with %1: %2</source>
        <translation>Synchronisé avec %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>there is no project “%1” on %2 (or it is not visible with this key)</source>
        <translation>il n’y a pas de projet «&#xa0;%1&#xa0;» sur %2 (ou il n’est pas visible avec cette clé)</translation>
    </message>
    <message>
        <source>Pulled %1 of %2 issues</source>
        <translation>%1 tickets récupérés sur %2</translation>
    </message>
    <message>
        <source>Looking for deleted issues</source>
        <translation>Recherche des tickets supprimés</translation>
    </message>
    <message>
        <source>Sync with %1 interrupted</source>
        <translation>Synchronisation avec %1 interrompue</translation>
    </message>
    <message numerus="yes">
        <source>%1; %n changes wait to be sent</source>
        <translation>
            <numerusform>%1&#xa0;; %n modification en attente d’envoi</numerusform>
            <numerusform>%1&#xa0;; %n modifications en attente d’envoi</numerusform>
        </translation>
    </message>
    <message>
        <source>Sending changes to %1</source>
        <translation>Envoi des modifications à %1</translation>
    </message>
    <message>
        <source>Pulling issues of %1</source>
        <translation>Récupération des tickets de %1</translation>
    </message>
</context>
<context>
    <name>SprintDeck::TeamBoardDialog</name>
    <message>
        <source>Share Board</source>
        <translation>Partager le tableau</translation>
    </message>
    <message>
        <source>Open Shared Board</source>
        <translation>Ouvrir un tableau partagé</translation>
    </message>
    <message>
        <source>Publish this board on your team&apos;s PostgreSQL server. Everyone who opens it there works on the same board, live, and offline too.</source>
        <translation>Publier ce tableau sur le serveur PostgreSQL de votre équipe. Tous ceux qui l’y ouvrent travaillent sur le même tableau, en direct, et aussi hors ligne.</translation>
    </message>
    <message>
        <source>Open the board your team shares on a PostgreSQL server. This computer keeps a copy in a file of its own, so the board also works offline.</source>
        <translation>Ouvrir le tableau que votre équipe partage sur un serveur PostgreSQL. Cet ordinateur en garde une copie dans un fichier à lui, le tableau fonctionne donc aussi hors ligne.</translation>
    </message>
    <message>
        <source>kept in the system keychain</source>
        <translation>conservé dans le trousseau du système</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Serveur&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Your name on the board:</source>
        <translation>Votre &amp;nom sur le tableau&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Mot de passe&#xa0;:</translation>
    </message>
    <message>
        <source>Team board.sprintdeck</source>
        <translation>Tableau d’équipe.sprintdeck</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <source>Keep it in &amp;file:</source>
        <translation>Conserver dans le &amp;fichier&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Share</source>
        <translation>&amp;Partager</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Ouvrir</translation>
    </message>
    <message>
        <source>Say who you are on the board.</source>
        <translation>Indiquez qui vous êtes sur le tableau.</translation>
    </message>
    <message>
        <source>%1 exists already; choose a new file.</source>
        <translation>%1 existe déjà&#xa0;; choisissez un nouveau fichier.</translation>
    </message>
    <message>
        <source>SprintDeck boards (*.sprintdeck)</source>
        <translation>Tableaux SprintDeck (*.sprintdeck)</translation>
    </message>
    <message>
        <source>Choose a File for the Shared Board</source>
        <translation>Choisir un fichier pour le tableau partagé</translation>
    </message>
</context>
<context>
    <name>SprintDeck::TeamClient</name>
    <message>
        <source>this board is not shared</source>
        <translation>ce tableau n’est pas partagé</translation>
    </message>
    <message>
        <source>connecting to %1</source>
        <translation>connexion à %1</translation>
    </message>
    <message>
        <source>the team server does not answer</source>
        <translation>le serveur d’équipe ne répond pas</translation>
    </message>
    <message>
        <source>cannot reach the team server %1:%2: %3</source>
        <translation>impossible de joindre le serveur d’équipe %1:%2&#xa0;: %3</translation>
    </message>
    <message>
        <source>no answer within 5 s</source>
        <translation>aucune réponse en 5 s</translation>
    </message>
</context>
<context>
    <name>SprintDeck::TeamConflictDialog</name>
    <message>
        <source>Team Conflicts</source>
        <translation>Conflits d’équipe</translation>
    </message>
    <message>
        <source>Someone changed these fields before your edit reached the server. The board shows their value; keep yours to send it again, or keep theirs.</source>
        <translation>Quelqu’un a modifié ces champs avant que votre modification n’atteigne le serveur. Le tableau affiche leur valeur&#xa0;; gardez la vôtre pour l’envoyer de nouveau, ou gardez la leur.</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Carte</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <source>Yours</source>
        <translation>Votre valeur</translation>
    </message>
    <message>
        <source>Theirs</source>
        <translation>Leur valeur</translation>
    </message>
    <message>
        <source>Keep &amp;Mine</source>
        <translation>Garder la &amp;mienne</translation>
    </message>
    <message>
        <source>Keep &amp;Theirs</source>
        <translation>Garder la &amp;leur</translation>
    </message>
    <message>
        <source>%1 (by %2)</source>
        <translation>%1 (par %2)</translation>
    </message>
    <message>
        <source>Conflict Not Settled</source>
        <translation>Conflit non réglé</translation>
    </message>
    <message>
        <source>No conflicts are waiting.</source>
        <translation>Aucun conflit en attente.</translation>
    </message>
</context>
<context>
    <name>SprintDeck::TeamController</name>
    <message>
        <source>S&amp;hare Board…</source>
        <translation>Partager le &amp;tableau…</translation>
    </message>
    <message>
        <source>Team &amp;Conflicts…</source>
        <translation>&amp;Conflits d’équipe…</translation>
    </message>
    <message>
        <source>Team Server Password</source>
        <translation>Mot de passe du serveur d’équipe</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Mot de passe&#xa0;:</translation>
    </message>
    <message>
        <source>Board Shared Already</source>
        <translation>Tableau déjà partagé</translation>
    </message>
    <message>
        <source>This board is shared already; everyone opens it with Open Shared Board.</source>
        <translation>Ce tableau est déjà partagé&#xa0;; chacun l’ouvre avec «&#xa0;Ouvrir un tableau partagé&#xa0;».</translation>
    </message>
    <message>
        <source>The board is shared: your team can open it now.</source>
        <translation>Le tableau est partagé&#xa0;: votre équipe peut maintenant l’ouvrir.</translation>
    </message>
    <message numerus="yes">
        <source>%n team conflict(s)</source>
        <translation>
            <numerusform>%n conflit d’équipe</numerusform>
            <numerusform>%n conflits d’équipe</numerusform>
        </translation>
    </message>
    <message>
        <source>Team: connecting…</source>
        <translation>Équipe&#xa0;: connexion…</translation>
    </message>
    <message>
        <source>Team: online</source>
        <translation>Équipe&#xa0;: en ligne</translation>
    </message>
    <message>
        <source>Team: offline</source>
        <translation>Équipe&#xa0;: hors ligne</translation>
    </message>
    <message>
        <source>Team: login refused</source>
        <translation>Équipe&#xa0;: connexion refusée</translation>
    </message>
    <message numerus="yes">
        <source>%n edit(s) waiting</source>
        <translation>
            <numerusform>%n modification en attente</numerusform>
            <numerusform>%n modifications en attente</numerusform>
        </translation>
    </message>
    <message>
        <source>with %1</source>
        <translation>avec %1</translation>
    </message>
    <message>
        <source>Open Shared &amp;Board…</source>
        <translation>Ouvrir un tableau partagé (&amp;B)…</translation>
    </message>
    <message>
        <source>Team Board Not Opened</source>
        <translation>Tableau d’équipe non ouvert</translation>
    </message>
</context>
<context>
    <name>SprintDeck::TeamFields</name>
    <message>
        <source>the team server refers to a %1 this file lacks (%2)</source>
        <translation>le serveur d’équipe fait référence à un élément absent de ce fichier (%1 %2)</translation>
    </message>
</context>
<context>
    <name>SprintDeck::TeamRecorder</name>
    <message>
        <source>This board is shared read-only with you: your role on the team server may view it but not change it</source>
        <translation>Ce tableau est partagé avec vous en lecture seule&#xa0;: votre rôle sur le serveur d’équipe permet de le consulter, mais pas de le modifier</translation>
    </message>
    <message>
        <source>%1 changed %2 of %3 since; undoing would overwrite that</source>
        <translation>%1 a modifié depuis %2 de %3&#xa0;; annuler écraserait cette modification</translation>
    </message>
</context>
<context>
    <name>SprintDeck::TeamServer</name>
    <message>
        <source>this installation cannot reach PostgreSQL servers (Qt&apos;s QPSQL driver is missing; on Debian: libqt6sql6-psql)</source>
        <translation>cette installation ne peut pas joindre de serveur PostgreSQL (le pilote QPSQL de Qt manque&#xa0;; sous Debian&#xa0;: libqt6sql6-psql)</translation>
    </message>
    <message>
        <source>the team server %1 refused the login of %2: wrong or no password, or no such role</source>
        <translation>le serveur d’équipe %1 a refusé la connexion de %2&#xa0;: mot de passe erroné ou absent, ou rôle inexistant</translation>
    </message>
    <message>
        <source>the team server %1 has no database %2</source>
        <translation>le serveur d’équipe %1 n’a pas de base de données %2</translation>
    </message>
    <message>
        <source>the team server %1 did not prove who it is: its certificate could not be verified (%2)</source>
        <translation>le serveur d’équipe %1 n’a pas prouvé son identité&#xa0;: son certificat n’a pas pu être vérifié (%2)</translation>
    </message>
    <message>
        <source>cannot reach the team server %1: %2</source>
        <translation>impossible de joindre le serveur d’équipe %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 may only view this board, not change it</source>
        <translation>%1 peut seulement consulter ce tableau, pas le modifier</translation>
    </message>
    <message>
        <source>the team server %1:%2 went away: %3</source>
        <translation>la connexion au serveur d’équipe %1:%2 a été perdue&#xa0;: %3</translation>
    </message>
    <message>
        <source>the team server %1:%2: %3</source>
        <translation>le serveur d’équipe %1:%2&#xa0;: %3</translation>
    </message>
    <message>
        <source>the board on the team server was made by a newer SprintDeck (schema %1, this one knows %2): update SprintDeck</source>
        <translation>le tableau du serveur d’équipe a été créé par un SprintDeck plus récent (schéma %1, celui-ci connaît %2)&#xa0;: mettez SprintDeck à jour</translation>
    </message>
    <message>
        <source>cannot begin a transaction on the team server: %1</source>
        <translation>impossible de commencer une transaction sur le serveur d’équipe&#xa0;: %1</translation>
    </message>
    <message>
        <source>the team server did not commit: %1</source>
        <translation>le serveur d’équipe n’a pas validé la transaction&#xa0;: %1</translation>
    </message>
    <message>
        <source>the database %1 on the team server holds a board already; join it instead</source>
        <translation>la base de données %1 du serveur d’équipe contient déjà un tableau&#xa0;; rejoignez-le plutôt</translation>
    </message>
    <message>
        <source>cannot begin a transaction on the team server %1:%2: %3</source>
        <translation>impossible de commencer une transaction sur le serveur d’équipe %1:%2&#xa0;: %3</translation>
    </message>
    <message>
        <source>the team server %1:%2 did not confirm the edit: %3</source>
        <translation>le serveur d’équipe %1:%2 n’a pas confirmé la modification&#xa0;: %3</translation>
    </message>
    <message>
        <source>the team server does not know the %1 %2</source>
        <translation>le serveur d’équipe ne connaît pas %1 %2</translation>
    </message>
    <message>
        <source>event %1 on the team server is of an unknown kind (%2 %3): update SprintDeck</source>
        <translation>l’événement %1 du serveur d’équipe est d’un type inconnu (%2 %3)&#xa0;: mettez SprintDeck à jour</translation>
    </message>
    <message>
        <source>%1 is not a server address like postgresql://user@host:5432/board</source>
        <translation>%1 n’est pas une adresse de serveur comme postgresql://user@host:5432/board</translation>
    </message>
    <message>
        <source>the address holds a password: leave it out, SprintDeck keeps it in the keychain</source>
        <translation>l’adresse contient un mot de passe&#xa0;: retirez-le, SprintDeck le conserve dans le trousseau</translation>
    </message>
    <message>
        <source>%1 names no host and database, like postgresql://user@host:5432/board</source>
        <translation>%1 n’indique ni hôte ni base de données, comme dans postgresql://user@host:5432/board</translation>
    </message>
    <message>
        <source>%1 names no user, like postgresql://user@host:5432/board</source>
        <translation>%1 n’indique pas d’utilisateur, comme dans postgresql://user@host:5432/board</translation>
    </message>
    <message>
        <source>%1: the option %2 is not known (sslmode and sslrootcert are)</source>
        <translation>%1&#xa0;: l’option %2 est inconnue (sslmode et sslrootcert sont reconnues)</translation>
    </message>
    <message>
        <source>sslmode %1 is not known</source>
        <translation>sslmode %1 est inconnu</translation>
    </message>
    <message>
        <source>%1 is not this computer: its connection must be encrypted and its certificate verified (sslmode=verify-full)</source>
        <translation>%1 n’est pas cet ordinateur&#xa0;: la connexion doit être chiffrée et son certificat vérifié (sslmode=verify-full)</translation>
    </message>
</context>
<context>
    <name>SprintDeck::TeamSync</name>
    <message>
        <source>this board is shared already, on %1</source>
        <translation>ce tableau est déjà partagé, sur %1</translation>
    </message>
    <message>
        <source>%1 may only view boards on this server, not publish one</source>
        <translation>%1 peut seulement consulter les tableaux de ce serveur, pas en publier</translation>
    </message>
    <message>
        <source>shared</source>
        <translation>partagé</translation>
    </message>
    <message>
        <source>the board is on the server, but this file could not record it (%1): join it into a new file</source>
        <translation>le tableau est sur le serveur, mais ce fichier n’a pas pu l’enregistrer (%1)&#xa0;: rejoignez-le dans un nouveau fichier</translation>
    </message>
    <message>
        <source>this file is a replica already, of %1</source>
        <translation>ce fichier est déjà une réplique, de %1</translation>
    </message>
    <message>
        <source>the database %1 on the team server holds no board yet; publish one with: sprintdeck share</source>
        <translation>la base de données %1 du serveur d’équipe ne contient encore aucun tableau&#xa0;; publiez-en un avec&#xa0;: sprintdeck share</translation>
    </message>
    <message>
        <source>this board is not shared</source>
        <translation>ce tableau n’est pas partagé</translation>
    </message>
    <message>
        <source>%1 %2: changed by %3</source>
        <translation>%1 %2&#xa0;: modifié par %3</translation>
    </message>
    <message>
        <source>%1 is now %2</source>
        <translation>%1 est maintenant %2</translation>
    </message>
    <message>
        <source>the team server holds a standup row this SprintDeck does not read (%1): update SprintDeck</source>
        <translation>le serveur d’équipe contient une ligne de stand-up que ce SprintDeck ne sait pas lire (%1)&#xa0;: mettez SprintDeck à jour</translation>
    </message>
    <message>
        <source>the team server refers to a member this file lacks (%1)</source>
        <translation>le serveur d’équipe fait référence à un membre absent de ce fichier (%1)</translation>
    </message>
    <message>
        <source>the card is no longer on the board</source>
        <translation>la carte n’est plus sur le tableau</translation>
    </message>
    <message>
        <source>the sprint is no longer on the board</source>
        <translation>le sprint n’est plus sur le tableau</translation>
    </message>
    <message numerus="yes">
        <source>%n edit(s) sent</source>
        <translation>
            <numerusform>%n modification envoyée</numerusform>
            <numerusform>%n modifications envoyées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n received</source>
        <translation>
            <numerusform>%n reçue</numerusform>
            <numerusform>%n reçues</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n waiting</source>
        <translation>
            <numerusform>%n en attente</numerusform>
            <numerusform>%n en attente</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s)</source>
        <translation>
            <numerusform>%n conflit</numerusform>
            <numerusform>%n conflits</numerusform>
        </translation>
    </message>
    <message>
        <source>this file holds a board already; join makes a new file</source>
        <translation>ce fichier contient déjà un tableau&#xa0;; join crée un nouveau fichier</translation>
    </message>
</context>
<context>
    <name>SprintDeck::ZipWriter</name>
    <message>
        <source>cannot create the archive (zip error %1)</source>
        <translation>impossible de créer l’archive (erreur zip %1)</translation>
    </message>
    <message>
        <source>cannot add %1 to the archive (zip error %2)</source>
        <translation>impossible d’ajouter %1 à l’archive (erreur zip %2)</translation>
    </message>
    <message>
        <source>cannot close the archive (zip error %1)</source>
        <translation>impossible de fermer l’archive (erreur zip %1)</translation>
    </message>
</context>
</TS>
