#include "core/board/board.h"
#include "core/board/demo.h"
#include "core/io/csvexporter.h"
#include "core/io/importpreview.h"
#include "core/io/jiracsvimporter.h"
#include "core/io/jsonbackup.h"
#include "core/io/markdownexporter.h"
#include "core/io/markdownimporter.h"
#include "core/storage/database.h"
#include "tests/testpaths.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace SprintDeck;
using namespace Qt::StringLiterals;

namespace {

QString testData(const QString &path)
{
    return TestPaths::testData() + u'/' + path;
}

/** What a person sees of a card, by names instead of ids. */
QString describe(const Board &board, const Card &c)
{
    const Sprint *s = board.sprint(c.sprintId);
    const Member *m = board.member(c.assigneeId);
    return QStringList{c.key,
                       c.title,
                       formatPoints(c.points),
                       board.column(c.columnId)->name,
                       s ? s->name : u"-"_s,
                       m ? m->name : u"-"_s,
                       priorityName(c.priority),
                       cardTypeName(c.type),
                       c.labels.join(u'|'),
                       c.blocked ? u"blocked"_s : QString()}
        .join(u" / "_s);
}

QStringList describeAll(const Board &board)
{
    QStringList all;
    for (const Card &c : board.cards())
        all.append(describe(board, c));
    all.sort();
    return all;
}

} // namespace

class TestBackup : public QObject
{
    Q_OBJECT
private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Board> m_board;

    std::unique_ptr<Board> openBoard(const QString &name)
    {
        auto opened = Board::open(m_dir->filePath(name));
        if (!opened)
            qWarning("%s", qPrintable(opened.error()));
        return opened ? std::move(opened.value()) : nullptr;
    }

    static Status importFiles(Board &board, const QList<ImportPlan> &plans,
                              const ImportOptions &options = {})
    {
        auto preview = ImportPreview::build(board, plans, options);
        if (!preview)
            return Status::failure(preview.error());
        return preview->apply(board);
    }

private slots:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        m_board = openBoard(u"full.sprintdeck"_s);
        QVERIFY(m_board);
        // A board with a bit of everything: the demo sprint and its history, imports, members,
        // checklists.
        QVERIFY(fillDemo(*m_board, QDate(2025, 3, 12)));
        QList<ImportPlan> plans;
        for (const QString &name : {u"sprint4-daily-status.md"_s, u"sprint1.2-status-tracker.md"_s})
            plans.append(MarkdownImporter::importFile(testData(u"samples/"_s + name)).value());
        // The demo's Sprint 4 gets the document's stories added by key.
        QVERIFY(importFiles(*m_board, plans));
        ImportOptions options;
        options.addMapping(u"Waiting for QA=Review"_s);
        QVERIFY(importFiles(
            *m_board,
            {JiraCsvImporter::importFile(testData(u"io/jira-export.csv"_s), QDate(2025, 7, 18))
                 .value()},
            options));
        Card blocked = *m_board->cardByKey(u"SHOP-102"_s);
        blocked.blocked = true;
        blocked.blockedReason = u"waiting for the \"vault\" API, see\nticket 7"_s;
        QVERIFY(m_board->updateCard(blocked));
    }

    void cleanup()
    {
        m_board.reset();
        m_dir.reset();
    }

    void roundTripIsByteIdentical()
    {
        auto first = JsonBackup::write(m_board->database());
        QVERIFY2(first, qPrintable(first.error()));
        const QString path = m_dir->filePath(u"backup.json"_s);
        QVERIFY(JsonBackup::writeFile(m_board->database(), path));

        const QString restoredPath = m_dir->filePath(u"restored.sprintdeck"_s);
        {
            auto db = Database::open(restoredPath);
            QVERIFY(db);
            QVERIFY2(JsonBackup::restoreFile(*db.value(), path), "restore");
            auto second = JsonBackup::write(*db.value());
            QVERIFY(second);
            QCOMPARE(second->size(), first->size());
            QVERIFY(second.value() == first.value());
        }
        // And the restored file is a working board with the same cards and history.
        auto restored = Board::open(restoredPath);
        QVERIFY(restored);
        QCOMPARE(describeAll(*restored.value()), describeAll(*m_board));
        const Card *c = restored.value()->cardByKey(u"FIX-003"_s);
        QVERIFY(c);
        QCOMPARE(restored.value()->history(c->id).value(),
                 m_board->history(m_board->cardByKey(u"FIX-003"_s)->id).value());
        QCOMPARE(restored.value()->sprints(), m_board->sprints());
        QCOMPARE(restored.value()->columns(), m_board->columns());
        QCOMPARE(restored.value()->members(), m_board->members());
    }

    void backupIsReadable()
    {
        auto json = JsonBackup::write(m_board->database());
        QVERIFY(json);
        const QJsonObject root = QJsonDocument::fromJson(json.value()).object();
        QCOMPARE(root.value(u"format"_s).toString(), u"sprintdeck-backup"_s);
        QCOMPARE(root.value(u"version"_s).toInt(), 1);
        QCOMPARE(root.value(u"schemaVersion"_s).toInt(), m_board->database().schemaVersion());
        const QJsonObject tables = root.value(u"tables"_s).toObject();
        // Every table of the database is a section, including those other parts of the app add.
        QSqlQuery q(m_board->database().connection());
        QVERIFY(q.exec(
            u"SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite%'"_s));
        int count = 0;
        while (q.next()) {
            QVERIFY2(tables.contains(q.value(0).toString()), qPrintable(q.value(0).toString()));
            ++count;
        }
        QVERIFY(count >= 7);

        // A card names its key, title, points, column, sprint and assignee, as well as the ids.
        QJsonObject fix3, shop101;
        for (const QJsonValue &v : tables.value(u"cards"_s).toArray()) {
            if (v[u"key"_s] == u"FIX-003"_s)
                fix3 = v.toObject();
            if (v[u"key"_s] == u"SHOP-101"_s)
                shop101 = v.toObject();
        }
        QCOMPARE(fix3.value(u"title"_s).toString(), u"Test Suite Stabilization"_s);
        QCOMPARE(fix3.value(u"points"_s).toDouble(), 4.0);
        QCOMPARE(fix3.value(u"column"_s).toString(), u"Done"_s);
        QCOMPARE(fix3.value(u"sprint"_s).toString(), u"Sprint 4"_s);
        QVERIFY(fix3.value(u"column_id"_s).toInteger() > 0);
        QCOMPARE(shop101.value(u"assignee"_s).toString(), u"Ada Lovelace"_s);
        QCOMPARE(shop101.value(u"sprint"_s).toString(), u"SHOP Sprint 12"_s);
        // Events name their card and time.
        bool found = false;
        for (const QJsonValue &v : tables.value(u"events"_s).toArray()) {
            if (v[u"card"_s] == u"SHOP-101"_s && v[u"kind"_s] == u"created"_s) {
                found = true;
                QCOMPARE(v[u"time"_s].toString(), u"2025-07-01T07:15:00.000Z"_s);
            }
        }
        QVERIFY(found);
        // Sprints carry their calendars.
        for (const QJsonValue &v : tables.value(u"sprints"_s).toArray()) {
            QVERIFY(v[u"holidays"_s].isArray());
            QVERIFY(v[u"extraWorkdays"_s].isArray());
        }
    }

    void restoreRefusesANonEmptyBoard()
    {
        auto json = JsonBackup::write(m_board->database());
        QVERIFY(json);
        auto other = openBoard(u"other.sprintdeck"_s);
        QVERIFY(other);
        Card own;
        own.key = u"OWN-1"_s;
        own.title = u"Mine"_s;
        own.columnId = other->firstColumnId();
        QVERIFY(other->addCard(own));
        const Status s = JsonBackup::restore(other->database(), json.value(), u"backup.json"_s);
        QVERIFY(!s);
        QVERIFY2(s.error().contains(u"already holds a board; restore into a new database"_s),
                 qPrintable(s.error()));
        QVERIFY(other->reload());
        QCOMPARE(other->cardCount(), 1);
    }

    void brokenBackupsRestoreNothing_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("error");
        QTest::newRow("empty") << QByteArray("  \n") << u"b.json is empty"_s;
        QTest::newRow("not json") << QByteArray(
                                         "{\n  \"format\": \"sprintdeck-backup\",\n  oops\n}")
                                  << u"b.json, line 3: not valid JSON"_s;
        QTest::newRow("other json")
            << QByteArray("{\"hello\": 1}") << u"b.json is not a SprintDeck backup"_s;
        QTest::newRow("newer format")
            << QByteArray("{\"format\": \"sprintdeck-backup\", \"version\": 9, \"tables\": {}}")
            << u"b.json is a backup format version 9"_s;
        QTest::newRow("newer schema")
            << QByteArray("{\"format\": \"sprintdeck-backup\", \"version\": 1, \"schemaVersion\": "
                          "999, \"tables\": {}}")
            << u"b.json comes from a newer SprintDeck"_s;
        QTest::newRow("unknown table")
            << QByteArray("{\"format\": \"sprintdeck-backup\", \"version\": 1, \"schemaVersion\": "
                          "1, \"tables\": {\"gadgets\": []}}")
            << u"b.json holds the table \u201cgadgets\u201d"_s;
        QTest::newRow("unknown column")
            << QByteArray("{\"format\": \"sprintdeck-backup\", \"version\": 1, \"schemaVersion\": "
                          "1, \"tables\": "
                          "{\"members\": [{\"id\": 1, \"name\": \"A\", \"active\": 1, "
                          "\"shoe_size\": 44}]}}")
            << u"b.json: row 1 of members has the unknown column \u201cshoe_size\u201d"_s;
        QTest::newRow("broken reference")
            << QByteArray("{\"format\": \"sprintdeck-backup\", \"version\": 1, \"schemaVersion\": "
                          "1, \"tables\": "
                          "{\"members\": [{\"id\": 1, \"name\": \"A\", \"active\": 1}],"
                          " \"events\": [{\"id\": 1, \"card_id\": 42, \"at\": 1, \"kind\": "
                          "\"created\", \"old_value\": \"\", \"new_value\": \"X\"}]}}")
            << u"b.json does not restore"_s;
        QTest::newRow("no tables")
            << QByteArray("{\"format\": \"sprintdeck-backup\", \"version\": 1, \"tables\": 3}")
            << u"b.json holds no tables"_s;
        QTest::newRow("table not a list")
            << QByteArray("{\"format\": \"sprintdeck-backup\", \"version\": 1, \"schemaVersion\": "
                          "1, \"tables\": {\"members\": {\"id\": 1, \"name\": \"A\"}}}")
            << u"b.json: the table \u201cmembers\u201d is not a list of rows"_s;
        QTest::newRow("row not an object")
            << QByteArray("{\"format\": \"sprintdeck-backup\", \"version\": 1, \"schemaVersion\": "
                          "1, \"tables\": {\"members\": [{\"id\": 1, \"name\": \"A\", "
                          "\"active\": 1}, [2, \"B\", 1]]}}")
            << u"b.json: row 2 of members is not an object"_s;
        QTest::newRow("broken bytes")
            << QByteArray("{\"format\": \"sprintdeck-backup\", \"version\": 1, \"schemaVersion\": "
                          "1, \"tables\": {\"members\": [{\"id\": 1, \"name\": "
                          "{\"base64\": \"**\"}, \"active\": 1}]}}")
            << u"b.json: row 1 of members: the value of \u201cname\u201d is an object other than"_s;
        QTest::newRow("invalid utf-8")
            << QByteArray("{\"format\": \"sprintdeck-backup\",\n\"x\": \"\xFF\"}")
            << u"b.json, line 2: invalid UTF-8"_s;
    }

    void brokenBackupsRestoreNothing()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, error);
        const QString path = m_dir->filePath(u"empty.sprintdeck"_s);
        auto db = Database::open(path);
        QVERIFY(db);
        const Status s = JsonBackup::restore(*db.value(), json, u"b.json"_s);
        QVERIFY(!s);
        QVERIFY2(s.error().startsWith(error), qPrintable(s.error()));
        QSqlQuery q(db.value()->connection());
        QVERIFY(
            q.exec(u"SELECT (SELECT count(*) FROM members) + (SELECT count(*) FROM events)"_s) &&
            q.next());
        QCOMPARE(q.value(0).toInt(), 0);
    }

    void csvExportReimports()
    {
        auto csv = CsvExporter::write(*m_board);
        QVERIFY(csv);
        QVERIFY(csv->startsWith(
            "\xEF\xBB\xBFIssue key,Summary,Issue Type,Status,Priority,Assignee,Sprint,Custom field "
            "(Story Points),Labels"));
        QVERIFY(csv->contains("\r\n"));
        auto plan = JiraCsvImporter::importBytes(csv.value(), u"board.csv"_s);
        QVERIFY2(plan, qPrintable(plan.error()));
        auto fresh = openBoard(u"fromcsv.sprintdeck"_s);
        QVERIFY(importFiles(*fresh, {plan.value()}));
        QCOMPARE(describeAll(*fresh), describeAll(*m_board));
        // Descriptions and blocked reasons survive quoting.
        QCOMPARE(fresh->cardByKey(u"SHOP-102"_s)->blockedReason,
                 m_board->cardByKey(u"SHOP-102"_s)->blockedReason);
        QCOMPARE(fresh->cardByKey(u"SHOP-101"_s)->description,
                 m_board->cardByKey(u"SHOP-101"_s)->description);
        // And into the board it came from, it changes nothing.
        auto again = ImportPreview::build(*m_board, {plan.value()});
        QVERIFY(again);
        QVERIFY(!again->hasChanges());
    }

    void csvExportOfOneSprint()
    {
        const Sprint *s = m_board->sprintByName(u"SHOP Sprint 12"_s);
        auto csv = CsvExporter::write(*m_board, s->id);
        QVERIFY(csv);
        auto plan = JiraCsvImporter::importBytes(csv.value(), u"sprint.csv"_s);
        QVERIFY(plan);
        QCOMPARE(plan->cards.size(), 4); // SHOP-101, 102, 103, 105
        for (const ImportCard &c : plan->cards)
            QCOMPARE(c.sprint, u"SHOP Sprint 12"_s);
    }

    void markdownExportReimports()
    {
        const Sprint *sprint = m_board->sprintByName(u"Sprint 4"_s);
        auto md = MarkdownExporter::write(*m_board, sprint->id, QDate(2025, 3, 12));
        QVERIFY2(md, qPrintable(md.error()));
        const QString text = QString::fromUtf8(md.value());
        QVERIFY(text.startsWith(u"# Sprint 4 Status Report\n"_s));
        QVERIFY(text.contains(u"| Priority | Story Points | Completed | Remaining |"_s));
        QVERIFY(text.contains(u"### FIX-003: Test Suite Stabilization (4 points) - **DONE**"_s));

        const ImportPlan plan = MarkdownImporter::parse(text, u"report.md"_s, QDate(2025, 3, 12));
        QCOMPARE(plan.sprints.first().name, u"Sprint 4"_s);
        QCOMPARE(plan.sprints.first().start, sprint->start);
        QCOMPARE(plan.sprints.first().end, sprint->end);
        int inSprint = 0;
        for (const Card &c : m_board->cards())
            inSprint += c.sprintId == sprint->id ? 1 : 0;
        QCOMPARE(plan.cards.size(), inSprint);
        for (const ImportCard &ic : plan.cards) {
            const Card *c = m_board->cardByKey(ic.key);
            QVERIFY2(c, qPrintable(ic.key));
            QCOMPARE(ic.title, c->title.simplified());
            QCOMPARE(ic.points, c->points);
            QCOMPARE(ic.status.toLower(), m_board->column(c->columnId)->name.toLower());
            QCOMPARE(ic.priority, std::optional<Priority>(c->priority));
            if (const Member *m = m_board->member(c->assigneeId))
                QCOMPARE(ic.assignee, std::optional<QString>(m->name));
        }
        // Imported into the board it describes, it changes no column, points or title.
        auto preview = ImportPreview::build(*m_board, {plan});
        QVERIFY(preview);
        for (const ImportPreview::Item &item : preview->items()) {
            QVERIFY2(!item.detail.contains(u"\u2192"_s),
                     qPrintable(item.key + u": "_s + item.detail));
            QVERIFY(!item.detail.contains(u"title"_s));
        }
    }
};

QTEST_GUILESS_MAIN(TestBackup)
#include "tst_backup.moc"
