#include "core/board/board.h"
#include "core/board/sprintanalytics.h"
#include "core/io/csvreader.h"
#include "core/io/importpreview.h"
#include "core/io/jiracsvimporter.h"
#include "tests/testpaths.h"

#include <QBuffer>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>
#include <QUndoStack>

using namespace SprintDeck;
using namespace Qt::StringLiterals;

namespace {

QString fixture(const QString &name)
{
    return TestPaths::testData() + u"/io/"_s + name;
}

/** Wall-clock time in the exporter's zone (the test runs with TZ=Europe/Berlin) as UTC. */
QDateTime local(int y, int m, int d, int hour, int minute)
{
    return QDateTime(QDate(y, m, d), QTime(hour, minute), QTimeZone::systemTimeZone()).toUTC();
}

/** Rows written as C strings (UTF-8). */
QList<QStringList> rowsOf(std::initializer_list<std::initializer_list<const char *>> rows)
{
    QList<QStringList> out;
    for (const auto &row : rows) {
        QStringList fields;
        for (const char *f : row)
            fields.append(QString::fromUtf8(f));
        out.append(fields);
    }
    return out;
}

struct Records
{
    QList<QStringList> rows;
    QList<int> lines;
    QString error;
};

Records readAll(const QByteArray &bytes)
{
    QByteArray copy = bytes;
    QBuffer buffer(&copy);
    buffer.open(QIODevice::ReadOnly);
    CsvReader reader(&buffer, u"t.csv"_s);
    Records r;
    QStringList fields;
    while (reader.next(fields)) {
        r.rows.append(fields);
        r.lines.append(reader.recordLine());
    }
    r.error = reader.error();
    return r;
}

const ImportCard *card(const ImportPlan &plan, const QString &key)
{
    for (const ImportCard &c : plan.cards)
        if (c.key == key)
            return &c;
    return nullptr;
}

/** A plan of an export given as text, read as of `today`. */
ImportPlan planOf(const QString &csv, QDate today = QDate(2025, 7, 18))
{
    auto plan = JiraCsvImporter::importBytes(csv.toUtf8(), u"t.csv"_s, today);
    if (!plan)
        qWarning("%s", qPrintable(plan.error()));
    return plan ? plan.value() : ImportPlan();
}

const ImportSprint *sprint(const ImportPlan &plan, const QString &name)
{
    for (const ImportSprint &s : plan.sprints)
        if (s.name == name)
            return &s;
    return nullptr;
}

QString warningsOf(const ImportPlan &plan)
{
    QStringList texts;
    for (const ImportWarning &w : plan.warnings)
        texts.append(w.toString());
    return texts.join(u'\n');
}

} // namespace

class TestJiraCsv : public QObject
{
    Q_OBJECT
private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Board> m_board;

    ImportPlan exportPlan(const QString &name = u"jira-export.csv"_s)
    {
        auto plan = JiraCsvImporter::importFile(fixture(name), QDate(2025, 7, 18));
        if (!plan)
            qWarning("%s", qPrintable(plan.error()));
        return plan ? plan.value() : ImportPlan();
    }

private slots:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        auto opened = Board::open(m_dir->filePath(u"board.sprintdeck"_s));
        QVERIFY2(opened, qPrintable(opened.error()));
        m_board = std::move(opened.value());
    }

    void cleanup()
    {
        m_board.reset();
        m_dir.reset();
    }

    // --- RFC 4180 ----------------------------------------------------------------------

    void reader_data()
    {
        QTest::addColumn<QByteArray>("csv");
        QTest::addColumn<QList<QStringList>>("rows");
        QTest::addColumn<QList<int>>("lines");
        QTest::newRow("plain") << QByteArray("a,b,c\n1,2,3\n")
                               << rowsOf({{"a", "b", "c"}, {"1", "2", "3"}}) << QList<int>{1, 2};
        QTest::newRow("crlf, no final newline")
            << QByteArray("a,b\r\n1,2") << rowsOf({{"a", "b"}, {"1", "2"}}) << QList<int>{1, 2};
        QTest::newRow("lone cr") << QByteArray("a\rb\r") << rowsOf({{"a"}, {"b"}})
                                 << QList<int>{1, 2};
        QTest::newRow("empty fields") << QByteArray(",,\n\"\",x,\n")
                                      << rowsOf({{"", "", ""}, {"", "x", ""}}) << QList<int>{1, 2};
        QTest::newRow("quotes") << QByteArray("\"a,b\",\"say \"\"hi\"\"\",\"\"\"\"\n")
                                << rowsOf({{"a,b", "say \"hi\"", "\""}}) << QList<int>{1};
        QTest::newRow("multi-line")
            << QByteArray("k,d\r\nX-1,\"one\r\ntwo\nthree\"\r\nX-2,z\r\n")
            << rowsOf({{"k", "d"}, {"X-1", "one\r\ntwo\nthree"}, {"X-2", "z"}})
            << QList<int>{1, 2, 5};
        QTest::newRow("blank lines")
            << QByteArray("a\n\n\nb\n") << rowsOf({{"a"}, {"b"}}) << QList<int>{1, 4};
        QTest::newRow("bom") << QByteArray("\xEF\xBB\xBFSummary,Key\n")
                             << rowsOf({{"Summary", "Key"}}) << QList<int>{1};
        QTest::newRow("utf-8") << QByteArray("caf\xC3\xA9,\xE2\x9C\x85\n")
                               << rowsOf({{"caf\xC3\xA9", "\xE2\x9C\x85"}}) << QList<int>{1};
    }

    void reader()
    {
        QFETCH(QByteArray, csv);
        QFETCH(QList<QStringList>, rows);
        QFETCH(QList<int>, lines);
        const Records r = readAll(csv);
        QCOMPARE(r.error, QString());
        QCOMPARE(r.rows, rows);
        QCOMPARE(r.lines, lines);
    }

    void readerAcrossChunks()
    {
        // A field of 600 KB and a CRLF split between two reads of the device.
        QByteArray csv = "a,b\r\n\"" + QByteArray(600 * 1024, 'x') + "\",y\r\nz,w\r\n";
        Records r = readAll(csv);
        QCOMPARE(r.error, QString());
        QCOMPARE(r.rows.size(), 3);
        QCOMPARE(r.rows.at(1).at(0).size(), 600 * 1024);
        QCOMPARE(r.lines, (QList<int>{1, 2, 3}));
        QByteArray boundary = QByteArray(256 * 1024 - 1, 'q') + "\r\nnext\r\n";
        r = readAll(boundary);
        QCOMPARE(r.rows.size(), 2);
        QCOMPARE(r.rows.at(1), QStringList{u"next"_s});
        QCOMPARE(r.lines, (QList<int>{1, 2}));
    }

    void readerErrors_data()
    {
        QTest::addColumn<QByteArray>("csv");
        QTest::addColumn<QString>("error");
        QTest::newRow("unbalanced quote")
            << QByteArray("a,b\n1,\"open\n2,3\n4,5\n")
            << u"t.csv, line 2: a quoted field starts here and is never closed"_s;
        QTest::newRow("text after quote")
            << QByteArray("a,b\n\"x\"y,2\n")
            << u"t.csv, line 2: a character follows the closing quote"_s;
        QTest::newRow("binary") << QByteArray("a,b\nc,d\x00\x01\n", 11)
                                << u"t.csv, line 2: binary data"_s;
        QTest::newRow("invalid utf-8")
            << QByteArray("a\nb\n\xFF\xFE\n") << u"t.csv, line 3: invalid UTF-8"_s;
        QTest::newRow("10 MB field") << (QByteArray("a,b\nx,") + QByteArray(10 * 1024 * 1024, 'y'))
                                     << u"t.csv, line 2: a field longer than 1.0 MB starts here"_s;
        QTest::newRow("10 MB quoted")
            << (QByteArray("a,b\n1,2\n3,\"") + QByteArray(10 * 1024 * 1024, 'y'))
            << u"t.csv, line 3: a quoted field longer than 1.0 MB starts here; is a closing quote missing?"_s;
    }

    void readerErrors()
    {
        QFETCH(QByteArray, csv);
        QFETCH(QString, error);
        const Records r = readAll(csv);
        QVERIFY2(r.error.startsWith(error), qPrintable(r.error));
    }

    // --- the Jira export -------------------------------------------------------------

    void dates_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QDateTime>("utc");
        QTest::newRow("jira pm") << u"14/Jul/25 3:42 PM"_s << local(2025, 7, 14, 15, 42);
        QTest::newRow("jira am") << u"01/Jul/25 9:15 AM"_s << local(2025, 7, 1, 9, 15);
        QTest::newRow("jira noon") << u"07/Jul/25 12:00 PM"_s << local(2025, 7, 7, 12, 0);
        QTest::newRow("jira midnight") << u"3/Jan/25 12:05 AM"_s << local(2025, 1, 3, 0, 5);
        QTest::newRow("jira 24h") << u"14/Dec/2024 17:30"_s << local(2024, 12, 14, 17, 30);
        QTest::newRow("iso utc") << u"2025-07-14T13:42:00Z"_s
                                 << QDateTime(QDate(2025, 7, 14), QTime(13, 42), Qt::UTC);
        QTest::newRow("iso offset") << u"2025-07-14T15:42:00+02:00"_s
                                    << QDateTime(QDate(2025, 7, 14), QTime(13, 42), Qt::UTC);
        QTest::newRow("iso local") << u"2025-07-14 15:42"_s << local(2025, 7, 14, 15, 42);
        QTest::newRow("date only") << u"2025-07-14"_s << local(2025, 7, 14, 0, 0);
        // Month abbreviations as Jira writes them in Spanish, Portuguese, German and French.
        QTest::newRow("es mar") << u"17/mar/25 9:05 AM"_s << local(2025, 3, 17, 9, 5);
        QTest::newRow("es abr pm") << u"17/abr/25 9:05 PM"_s << local(2025, 4, 17, 21, 5);
        QTest::newRow("es ene") << u"3/ene/25 12:05 AM"_s << local(2025, 1, 3, 0, 5);
        QTest::newRow("es sep") << u"17/sep/25 9:05 AM"_s << local(2025, 9, 17, 9, 5);
        QTest::newRow("es dic p. m.") << u"1/dic/25 4:30 p. m."_s << local(2025, 12, 1, 16, 30);
        QTest::newRow("pt fev") << u"17/fev/25 09:05"_s << local(2025, 2, 17, 9, 5);
        QTest::newRow("pt set") << u"17/set/25 9:05 AM"_s << local(2025, 9, 17, 9, 5);
        QTest::newRow("pt out") << u"17/out/25 18:00"_s << local(2025, 10, 17, 18, 0);
        QTest::newRow("de Mai") << u"17/Mai/25 09:05"_s << local(2025, 5, 17, 9, 5);
        QTest::newRow("de Mrz") << u"17/Mrz/25 14:30"_s << local(2025, 3, 17, 14, 30);
        QTest::newRow("de M\u00e4r") << u"17/M\u00e4r/25 14:30"_s << local(2025, 3, 17, 14, 30);
        QTest::newRow("de Okt") << u"17/Okt/25 23:59"_s << local(2025, 10, 17, 23, 59);
        QTest::newRow("de Dez") << u"17/Dez/2025 00:00"_s << local(2025, 12, 17, 0, 0);
        QTest::newRow("fr d\u00e9c.") << u"17/d\u00e9c./25 09:05"_s << local(2025, 12, 17, 9, 5);
        QTest::newRow("fr f\u00e9vr.") << u"17/f\u00e9vr./25 09:05"_s << local(2025, 2, 17, 9, 5);
        QTest::newRow("fr juil.") << u"17/juil./25 09:05"_s << local(2025, 7, 17, 9, 5);
        QTest::newRow("fr juin") << u"17/juin/25 09:05"_s << local(2025, 6, 17, 9, 5);
        QTest::newRow("fr ao\u00fbt") << u"17/ao\u00fbt/25 09:05"_s << local(2025, 8, 17, 9, 5);
        QTest::newRow("fr mars") << u"17/mars/25 09:05"_s << local(2025, 3, 17, 9, 5);
    }

    void dates()
    {
        QFETCH(QString, text);
        QFETCH(QDateTime, utc);
        const auto parsed = JiraCsvImporter::parseDate(text);
        QVERIFY(parsed);
        QCOMPARE(*parsed, utc);
    }

    void badDates()
    {
        // "jui" is June or July in French: not guessed.
        for (const QString &t :
             {u"32/Jul/25 3:42 PM"_s, u"14/Foo/25 3:42 PM"_s, u"14/Jul/25 13:42 PM"_s,
              u"yesterday"_s, u"17/jui/25 09:05"_s, u"17/Mai/25 13:05 PM"_s, u"31/abr/25 9:05 AM"_s,
              u"17/ma/25 09:05"_s})
            QVERIFY2(!JiraCsvImporter::parseDate(t), qPrintable(t));
    }

    void issues()
    {
        const ImportPlan plan = exportPlan();
        QCOMPARE(plan.format, u"jira-csv"_s);
        QCOMPARE(plan.cards.size(), 6);

        const ImportCard *c101 = card(plan, u"SHOP-101"_s);
        QVERIFY(c101);
        QCOMPARE(c101->title, u"Checkout page times out under load"_s);
        QCOMPARE(c101->type, std::optional<CardType>(CardType::Bug));
        QCOMPARE(c101->status, u"Done"_s);
        QCOMPARE(c101->priority, std::optional<Priority>(Priority::P2)); // High
        QCOMPARE(c101->assignee, std::optional<QString>(u"Ada Lovelace"_s));
        QCOMPARE(c101->points, std::optional<double>(5));
        QCOMPARE(c101->labels,
                 std::optional<QStringList>(QStringList{u"performance"_s, u"checkout"_s}));
        // Two Sprint columns: carried over from 11 to 12, now in 12.
        QCOMPARE(c101->sprint, u"SHOP Sprint 12"_s);
        QCOMPARE(c101->description,
                 std::optional<QString>(
                     u"Steps:\n1. Add 40 items\n2. Pay with \"Express\" card, then wait"_s));
        QCOMPARE(c101->created, local(2025, 7, 1, 9, 15));
        QCOMPARE(c101->history.size(), 1);
        QCOMPARE(c101->history.first().at, local(2025, 7, 14, 15, 42)); // resolved
        QCOMPARE(c101->line, 2);

        const ImportCard *c102 = card(plan, u"SHOP-102"_s);
        QCOMPARE(c102->title, u"Saved cards, with nicknames"_s);
        QCOMPARE(c102->status, u"In Progress"_s);
        QCOMPARE(c102->history.first().at, local(2025, 7, 15, 11, 30)); // updated, not resolved
        QCOMPARE(c102->line, 5);
        QCOMPARE(card(plan, u"SHOP-103"_s)->assignee, std::optional<QString>(QString()));
        QCOMPARE(card(plan, u"SHOP-103"_s)->priority, std::optional<Priority>(Priority::P4)); // Low
        QCOMPARE(card(plan, u"SHOP-103"_s)->type, std::optional<CardType>(CardType::Task));
        QCOMPARE(card(plan, u"SHOP-104"_s)->sprint, QString());
        QCOMPARE(card(plan, u"SHOP-104"_s)->points, std::optional<double>());
        QCOMPARE(card(plan, u"SHOP-104"_s)->type,
                 std::optional<CardType>(CardType::Task)); // Sub-task
        const ImportCard *c105 = card(plan, u"SHOP-105"_s);
        QCOMPARE(c105->points, std::optional<double>(2.5));
        QCOMPARE(c105->priority, std::optional<Priority>(Priority::P1)); // Highest
        QCOMPARE(c105->description,
                 std::optional<QString>(
                     u"Block orders from:\n- countries on the list, and\n- cards issued there"_s));
        QCOMPARE(c105->line, 8);
        const ImportCard *c106 = card(plan, u"SHOP-106"_s);
        QCOMPARE(c106->title,
                 u"\u00dcn\u00efc\u00f6d\u00e9 \u2713 summary \u2014 na\u00efve caf\u00e9"_s);
        QCOMPARE(c106->sprint, u"SHOP Sprint 11"_s);
        QCOMPARE(c106->line, 11);

        QCOMPARE(plan.statuses(), (QStringList{u"Done"_s, u"In Progress"_s, u"Code Review"_s,
                                               u"To Do"_s, u"Waiting for QA"_s}));
        // Sprints in the order met; their dates come from the resolutions.
        QCOMPARE(plan.sprints.size(), 2);
        QCOMPARE(plan.sprints.at(0).name, u"SHOP Sprint 12"_s);
        // Issues still open: it started when Sprint 11, which SHOP-101 came from, ended, and
        // runs two weeks; not until the day of the export.
        QCOMPARE(plan.sprints.at(0).start, QDate(2025, 7, 11));
        QCOMPARE(plan.sprints.at(0).end, QDate(2025, 7, 24));
        QCOMPARE(plan.sprints.at(0).state, Sprint::State::Active);
        QVERIFY(plan.sprints.at(0).datesAssumed);
        // All resolved: it ended with the last resolution.
        QCOMPARE(plan.sprints.at(1).name, u"SHOP Sprint 11"_s);
        QCOMPARE(plan.sprints.at(1).start, QDate(2025, 7, 1));
        QCOMPARE(plan.sprints.at(1).end, QDate(2025, 7, 11));
        QCOMPARE(plan.sprints.at(1).state, Sprint::State::Closed);
        bool warned = false, unused = false;
        for (const ImportWarning &w : plan.warnings) {
            warned =
                warned ||
                w.message.contains(
                    u"no sprint dates: SHOP Sprint 12 is taken to run 2025-07-11 to 2025-07-24"_s);
            unused =
                unused ||
                (w.line == 1 &&
                 w.message.contains(
                     u"columns not used: Issue id, Project key, Reporter, Custom field (Team), Watchers"_s));
        }
        QVERIFY(warned);
        QVERIFY(unused);
    }

    void localizedHeaders_data()
    {
        QTest::addColumn<QString>("header");
        QTest::addColumn<QString>("row");
        QTest::newRow("en") << u"Summary,Issue key,Issue Type,Status,Priority,Assignee,Created,"
                               "Updated,Resolved,Sprint,Labels,Labels,Custom field (Story Points)"_s
                            << u"14/Jul/25 3:42 PM"_s;
        QTest::newRow("es")
            << u"Resumen,Clave de incidencia,Tipo de Incidencia,Estado,Prioridad,Responsable,"
               "Creada,Actualizada,Resuelta,Sprint,Etiquetas,Etiquetas,"
               "Campo personalizado (Story Points)"_s
            << u"14/jul/25 3:42 PM"_s;
        QTest::newRow("pt")
            << u"Resumo,Chave da item,Tipo de item,Status,Prioridade,Respons\u00e1vel,Criado,"
               "Atualizado,Resolvido,Sprint,R\u00f3tulos,R\u00f3tulos,"
               "Campo personalizado (Story Points)"_s
            << u"14/jul/25 3:42 PM"_s;
        QTest::newRow("pt chave")
            << u"Resumo,Chave,Tipo de item,Status,Prioridade,Respons\u00e1vel,Criado,Atualizado,"
               "Resolvido,Sprint,Etiquetas,Etiquetas,Campo personalizado (Story Points)"_s
            << u"14/jul/25 15:42"_s;
        QTest::newRow("de")
            << u"Zusammenfassung,Vorgangsschl\u00fcssel,Vorgangstyp,Status,Priorit\u00e4t,"
               "Bearbeiter,Erstellt,Aktualisiert,Gel\u00f6st,Sprint,Stichw\u00f6rter,"
               "Stichw\u00f6rter,Benutzerdefiniertes Feld (Story Points)"_s
            << u"14/Jul/25 15:42"_s;
        QTest::newRow("de Schl\u00fcssel")
            << u"Zusammenfassung,Schl\u00fcssel,Vorgangstyp,Status,Priorit\u00e4t,Bearbeiter,"
               "Erstellt,Aktualisiert,Erledigt,Sprint,Stichw\u00f6rter,Stichw\u00f6rter,"
               "Benutzerdefiniertes Feld (Story Points)"_s
            << u"14/Jul/25 15:42"_s;
        QTest::newRow("es as Jira Cloud writes it")
            << u"Resumen,Clave de incidencia,Tipo de Incidencia,Estado,Prioridad,"
               "Persona asignada,Creada,Actualizada,Resuelta,Sprint,Etiquetas,Etiquetas,"
               "Campo personalizado (Story point estimate)"_s
            << u"14/jul/25 3:42 PM"_s;
        QTest::newRow("fr as Jira Cloud writes it")
            << u"R\u00e9sum\u00e9,Cl\u00e9 de ticket,Type de ticket,\u00c9tat,Priorit\u00e9,"
               "Personne assign\u00e9e,Cr\u00e9ation,Mise \u00e0 jour,R\u00e9solu,Sprint,"
               "\u00c9tiquettes,\u00c9tiquettes,Champs personnalis\u00e9s (Story point estimate)"_s
            << u"14/juil./25 3:42 PM"_s;
        QTest::newRow("fr")
            << u"R\u00e9sum\u00e9,Cl\u00e9,Type de ticket,\u00c9tat,Priorit\u00e9,Responsable,"
               "Cr\u00e9ation,Mise \u00e0 jour,R\u00e9solution,Sprint,\u00c9tiquettes,"
               "\u00c9tiquettes,Champ personnalis\u00e9 (Story Points)"_s
            << u"14/juil./25 15:42"_s;
    }

    void localizedHeaders()
    {
        // The same issue under every language's column names: every field is read, none unused.
        QFETCH(QString, header);
        QFETCH(QString, row);
        const ImportPlan plan =
            planOf(header + u"\nRefund API,SHOP-7,Story,Done,High,Ada Lovelace,01/Jul/25 9:15 AM,"
                            "%1,%1,SHOP Sprint 3,api,payments,5\n"_s.arg(row));
        QCOMPARE(plan.cards.size(), 1);
        const ImportCard &c = plan.cards.first();
        QCOMPARE(c.key, u"SHOP-7"_s);
        QCOMPARE(c.title, u"Refund API"_s);
        QCOMPARE(c.type, std::optional<CardType>(CardType::Story));
        QCOMPARE(c.status, u"Done"_s);
        QCOMPARE(c.priority, std::optional<Priority>(Priority::P2));
        QCOMPARE(c.assignee, std::optional<QString>(u"Ada Lovelace"_s));
        QCOMPARE(c.points, std::optional<double>(5));
        QCOMPARE(c.sprint, u"SHOP Sprint 3"_s);
        QCOMPARE(c.labels, std::optional<QStringList>(QStringList{u"api"_s, u"payments"_s}));
        QCOMPARE(c.created, local(2025, 7, 1, 9, 15));
        QCOMPARE(c.history.size(), 1);
        QCOMPARE(c.history.first().at, local(2025, 7, 14, 15, 42));
        QVERIFY2(!warningsOf(plan).contains(u"not used"_s), qPrintable(warningsOf(plan)));
        QVERIFY(JiraCsvImporter::looksLikeIssueCsv(header.toUtf8()));
    }

    void localizedTypes_data()
    {
        QTest::addColumn<QString>("type");
        QTest::addColumn<CardType>("expected");
        QTest::newRow("es") << u"Historia"_s << CardType::Story;
        QTest::newRow("es sub-task") << u"Subtarea"_s << CardType::Task;
        QTest::newRow("es bug") << u"Error"_s << CardType::Bug;
        QTest::newRow("pt") << u"Tarefa"_s << CardType::Task;
        QTest::newRow("de") << u"Fehler"_s << CardType::Bug;
        QTest::newRow("fr") << u"\u00c9pop\u00e9e"_s << CardType::Story;
    }

    void localizedTypes()
    {
        QFETCH(QString, type);
        QFETCH(CardType, expected);
        const ImportPlan plan =
            planOf(u"Summary,Issue key,Priority,Issue Type\nOne,A-1,Medium,%1\n"_s.arg(type));
        QCOMPARE(plan.cards.size(), 1);
        QCOMPARE(plan.cards.first().type, std::optional<CardType>(expected));
        // Priorities stay as the instance names them, in English in Spanish and French exports.
        QCOMPARE(plan.cards.first().priority, std::optional<Priority>(Priority::P3));
    }

    void resolutionIsNotItsDate()
    {
        // French names the outcome "Résolution" and its date "Résolu"; an export may have only
        // the outcome: no date, and no warning about it.
        const QString header =
            u"R\u00e9sum\u00e9,Cl\u00e9 de ticket,\u00c9tat,R\u00e9solution,Mise \u00e0 jour"_s;
        ImportPlan plan = planOf(header + u",R\u00e9solu\nUn,A-1,Termin\u00e9(e),Termin\u00e9,"
                                          "19/f\u00e9vr./26 7:31 PM,20/f\u00e9vr./26 9:00 AM\n"_s);
        QCOMPARE(plan.cards.first().history.first().at, local(2026, 2, 20, 9, 0));
        plan =
            planOf(header + u"\nUn,A-1,Termin\u00e9(e),Termin\u00e9,19/f\u00e9vr./26 7:31 PM\n"_s);
        QCOMPARE(plan.cards.first().history.first().at, local(2026, 2, 19, 19, 31));
        QVERIFY2(!warningsOf(plan).contains(u"date"_s), qPrintable(warningsOf(plan)));
    }

    void categoryChangeDatesTheStatus_data()
    {
        QTest::addColumn<QString>("header");
        QTest::newRow("en") << u"Summary,Issue key,Status,Updated,Status Category Changed"_s;
        QTest::newRow("es") << u"Resumen,Clave de incidencia,Estado,Actualizada,"
                               "Categor\u00eda de estado cambiada"_s;
        QTest::newRow("fr") << u"R\u00e9sum\u00e9,Cl\u00e9 de ticket,\u00c9tat,Mise \u00e0 jour,"
                               "Cat\u00e9gorie d'\u00e9tat modifi\u00e9e"_s;
    }

    void categoryChangeDatesTheStatus()
    {
        // In progress since the category changed, though updated (a comment) later.
        QFETCH(QString, header);
        const ImportPlan plan =
            planOf(header + u"\nOne,A-1,In Progress,20/Mar/26 4:00 PM,11/Mar/26 9:33 AM\n"_s);
        QCOMPARE(plan.cards.size(), 1);
        QCOMPARE(plan.cards.first().history.first().at, local(2026, 3, 11, 9, 33));
        QVERIFY2(!warningsOf(plan).contains(u"not used"_s), qPrintable(warningsOf(plan)));
    }

    void pointsFields_data()
    {
        QTest::addColumn<QString>("column");
        for (const QString &c :
             {u"Custom field (Story Points)"_s, u"Custom field (Story point estimate)"_s,
              u"Story point estimate"_s, u"Story Points"_s, u"${field_Story_Points}"_s,
              u"Campo personalizado (Story Points)"_s,
              u"Campo personalizado (Story point estimate)"_s,
              u"Benutzerdefiniertes Feld (Story Points)"_s,
              u"Champ personnalis\u00e9 (Story Points)"_s,
              u"Champs personnalis\u00e9s (Story point estimate)"_s,
              u"custom field (story points)"_s})
            QTest::newRow(qPrintable(c)) << c;
    }

    void pointsFields()
    {
        QFETCH(QString, column);
        const ImportPlan plan = planOf(u"Summary,Issue key,\"%1\"\nOne,A-1,3.5\n"_s.arg(column));
        QCOMPARE(plan.cards.size(), 1);
        QCOMPARE(plan.cards.first().points, std::optional<double>(3.5));
        QVERIFY2(!warningsOf(plan).contains(u"not used"_s), qPrintable(warningsOf(plan)));
    }

    void blockedStatus_data()
    {
        QTest::addColumn<QString>("status");
        QTest::addColumn<bool>("blocked");
        QTest::addColumn<QString>("column");
        QTest::newRow("Blocked") << u"Blocked"_s << true << u"In Progress"_s;
        QTest::newRow("BLOCKED") << u"BLOCKED"_s << true << u"In Progress"_s;
        QTest::newRow("Bloqueado") << u"Bloqueado"_s << true << u"In Progress"_s;
        QTest::newRow("Blockiert") << u"Blockiert"_s << true << u"In Progress"_s;
        QTest::newRow("Bloqu\u00e9") << u"Bloqu\u00e9"_s << true << u"In Progress"_s;
        QTest::newRow("In Progress") << u"In Progress"_s << false << u"In Progress"_s;
        QTest::newRow("En curso") << u"En curso"_s << false << u"In Progress"_s;
        QTest::newRow("Done") << u"Done"_s << false << u"Done"_s;
    }

    void blockedStatus()
    {
        QFETCH(QString, status);
        QFETCH(bool, blocked);
        QFETCH(QString, column);
        const ImportPlan plan = planOf(u"Summary,Issue key,Status\nOne,A-1,%1\n"_s.arg(status));
        QCOMPARE(plan.cards.size(), 1);
        QCOMPARE(plan.cards.first().blocked, blocked);
        auto preview = ImportPreview::build(*m_board, {plan});
        QVERIFY(preview);
        QVERIFY(preview->apply(*m_board));
        const Card *card = m_board->cardByKey(u"A-1"_s);
        QVERIFY(card);
        QCOMPARE(card->blocked, blocked);
        QCOMPARE(m_board->column(card->columnId)->name, column);
    }

    void statusCategories_data()
    {
        QTest::addColumn<QString>("header");
        QTest::addColumn<QString>("status");
        QTest::addColumn<QString>("category");
        QTest::addColumn<QString>("column");
        QTest::addColumn<bool>("started");
        const QString en = u"Summary,Issue key,Status,Status Category,Sprint"_s;
        QTest::newRow("en in progress")
            << en << u"Waiting for Sign-off"_s << u"In Progress"_s << u"In Progress"_s << true;
        QTest::newRow("en done") << en << u"Shipped"_s << u"Done"_s << u"Done"_s << false;
        QTest::newRow("en to do") << en << u"Triage"_s << u"To Do"_s << u"To Do"_s << false;
        QTest::newRow("es")
            << u"Resumen,Clave de incidencia,Estado,Categor\u00eda de estado,Sprint"_s
            << u"Validaci\u00f3n con cliente"_s << u"En curso"_s << u"In Progress"_s << true;
        QTest::newRow("pt") << u"Resumo,Chave,Status,Categoria de status,Sprint"_s << u"Publicado"_s
                            << u"Itens conclu\u00eddos"_s << u"Done"_s << false;
        QTest::newRow("de") << u"Zusammenfassung,Schl\u00fcssel,Status,Statuskategorie,Sprint"_s
                            << u"Fachliche Abnahme"_s << u"In Arbeit"_s << u"In Progress"_s << true;
        QTest::newRow("fr without the accent")
            << u"R\u00e9sum\u00e9,Cl\u00e9 de ticket,\u00c9tat,Cat\u00e9gorie d'\u00e9tat,Sprint"_s
            << u"Analyse"_s << u"A faire"_s << u"To Do"_s << false;
        QTest::newRow("fr")
            << u"R\u00e9sum\u00e9,Cl\u00e9,\u00c9tat,Cat\u00e9gorie de statut,Sprint"_s
            << u"Analyse"_s << u"\u00c0 faire"_s << u"To Do"_s << false;
        // A status known by its own words keeps them, whatever the category says.
        QTest::newRow("own words win")
            << en << u"Code Review"_s << u"In Progress"_s << u"Review"_s << true;
    }

    void statusCategories()
    {
        QFETCH(QString, header);
        QFETCH(QString, status);
        QFETCH(QString, category);
        QFETCH(QString, column);
        QFETCH(bool, started);
        // A second issue in another sprint is finished: the sprint of the first is active only
        // when the category says its work has started.
        const ImportPlan plan =
            planOf(header + u"\nOne,A-1,%1,%2,S2\nTwo,A-2,Done,Done,S1\n"_s.arg(status, category));
        QCOMPARE(plan.cards.size(), 2);
        QCOMPARE(plan.cards.first().status, status);
        QCOMPARE(sprint(plan, u"S2"_s)->state == Sprint::State::Active, started);
        auto preview = ImportPreview::build(*m_board, {plan});
        QVERIFY(preview);
        QVERIFY2(!preview->warningTexts().join(u'\n').contains(u"matches no column"_s),
                 qPrintable(preview->warningTexts().join(u'\n')));
        QVERIFY(preview->apply(*m_board));
        QCOMPARE(m_board->column(m_board->cardByKey(u"A-1"_s)->columnId)->name, column);
    }

    void customStatusesByTheirWords_data()
    {
        QTest::addColumn<QString>("status");
        QTest::addColumn<QString>("column");
        QTest::addColumn<bool>("blocked");
        QTest::newRow("review") << u"In Code Review"_s << u"Review"_s << false;
        QTest::newRow("in progress") << u"Dev In Progress"_s << u"In Progress"_s << false;
        QTest::newRow("blocked") << u"Blocked by Vendor"_s << u"In Progress"_s << true;
        QTest::newRow("done") << u"Merged to Main"_s << u"Done"_s << false;
    }

    void customStatusesByTheirWords()
    {
        // No status category: a custom status goes where the status words in it say.
        QFETCH(QString, status);
        QFETCH(QString, column);
        QFETCH(bool, blocked);
        const ImportPlan plan = planOf(u"Summary,Issue key,Status\nOne,A-1,%1\n"_s.arg(status));
        QCOMPARE(plan.cards.first().status, status);
        QCOMPARE(plan.cards.first().blocked, blocked);
        auto preview = ImportPreview::build(*m_board, {plan});
        QVERIFY(preview);
        QVERIFY2(!preview->warningTexts().join(u'\n').contains(u"matches no column"_s),
                 qPrintable(preview->warningTexts().join(u'\n')));
        QVERIFY(preview->apply(*m_board));
        QCOMPARE(m_board->column(m_board->cardByKey(u"A-1"_s)->columnId)->name, column);
    }

    void statusWithoutCategoryStaysUnknown()
    {
        // No category column: a status of no known words still asks to be mapped.
        const ImportPlan plan = planOf(u"Summary,Issue key,Status\nOne,A-1,Abnahme\n"_s);
        auto preview = ImportPreview::build(*m_board, {plan});
        QVERIFY(preview);
        QVERIFY(preview->warningTexts().join(u'\n').contains(
            u"the status \u201cAbnahme\u201d matches no column"_s));
    }

    void sprintDatesFromActivity_data()
    {
        QTest::addColumn<QDate>("today");
        QTest::newRow("the day after") << QDate(2025, 3, 22);
        QTest::newRow("a year later") << QDate(2026, 3, 21);
        QTest::newRow("years later") << QDate(2031, 3, 15);
    }

    void sprintDatesFromActivity()
    {
        // S1: the issues began on 3 Mar, the last was resolved on 14 Mar; A-3 was carried over to
        // S2, which so started on 14 Mar and runs two weeks (its last change is earlier). S3 has
        // work not started: the two weeks after S2.
        QFETCH(QDate, today);
        const QString csv =
            u"Summary,Issue key,Status,Created,Updated,Resolved,Sprint,Sprint\n"
            "One,A-1,Done,03/Mar/25 9:00 AM,10/Mar/25 4:00 PM,10/Mar/25 4:00 PM,S1,\n"
            "Two,A-2,Done,04/Mar/25 9:00 AM,14/Mar/25 5:00 PM,14/Mar/25 5:00 PM,S1,\n"
            "Three,A-3,In Progress,05/Mar/25 9:00 AM,21/Mar/25 11:00 AM,,S1,S2\n"
            "Four,A-4,To Do,17/Mar/25 9:00 AM,17/Mar/25 9:00 AM,,S2,\n"
            "Five,A-5,To Do,18/Mar/25 9:00 AM,18/Mar/25 9:00 AM,,S3,\n"_s;
        const ImportPlan plan = planOf(csv, today);
        const ImportSprint *s1 = sprint(plan, u"S1"_s);
        const ImportSprint *s2 = sprint(plan, u"S2"_s);
        const ImportSprint *s3 = sprint(plan, u"S3"_s);
        QVERIFY(s1 && s2 && s3);
        QCOMPARE(s1->start, QDate(2025, 3, 3));
        QCOMPARE(s1->end, QDate(2025, 3, 14));
        QCOMPARE(s1->state, Sprint::State::Closed);
        QCOMPARE(s1->closedAt, local(2025, 3, 14, 18, 0));
        QCOMPARE(s2->start, QDate(2025, 3, 14));
        QCOMPARE(s2->end, QDate(2025, 3, 27));
        QCOMPARE(s2->state, Sprint::State::Active);
        QCOMPARE(s3->start, QDate(2025, 3, 28));
        QCOMPARE(s3->end, QDate(2025, 4, 10));
        QCOMPARE(s3->state, Sprint::State::Planned);
        for (const ImportSprint *s : {s1, s2, s3})
            QVERIFY(s->datesAssumed && s->stateAssumed);
        const QString warnings = warningsOf(plan);
        QVERIFY2(warnings.contains(u"S1 is taken to run 2025-03-03 to 2025-03-14, from its "
                                   "issues' first creation or move into it to their last "
                                   "resolution"_s),
                 qPrintable(warnings));
        QVERIFY2(warnings.contains(u"S2 is taken to run 2025-03-14 to 2025-03-27, from its "
                                   "issues' first creation or move into it, for two weeks or to "
                                   "their last change"_s),
                 qPrintable(warnings));
        QVERIFY2(warnings.contains(u"S3 has not started; it is taken to run 2025-03-28 to "
                                   "2025-04-10, the two weeks after S2"_s),
                 qPrintable(warnings));
    }

    void runningSprintLongerThanTwoWeeks()
    {
        // The last change of a running sprint's issues is after two weeks: it runs to that day.
        const ImportPlan plan =
            planOf(u"Summary,Issue key,Status,Created,Updated,Sprint\n"
                   "One,A-1,In Progress,02/Jun/25 9:00 AM,30/Jun/25 9:00 AM,S9\n"_s,
                   QDate(2027, 1, 1));
        QCOMPARE(plan.sprints.size(), 1);
        QCOMPARE(plan.sprints.first().start, QDate(2025, 6, 2));
        QCOMPARE(plan.sprints.first().end, QDate(2025, 6, 30));
        QCOMPARE(plan.sprints.first().state, Sprint::State::Active);
    }

    void sprintLeftWithUnfinishedIssuesIsOver()
    {
        // A-2 went on from S1 to S2, so Jira completed S1; A-1, unfinished, stayed behind and
        // nothing in S1 is in progress: S1 is over, ending with its issues' last change.
        const ImportPlan plan =
            planOf(u"Summary,Issue key,Status,Created,Updated,Resolved,Sprint,Sprint\n"
                   "One,A-1,To Do,03/Mar/25 9:00 AM,12/Mar/25 9:00 AM,,S1,\n"
                   "Two,A-2,In Progress,04/Mar/25 9:00 AM,20/Mar/25 9:00 AM,,S1,S2\n"_s,
                   QDate(2026, 1, 1));
        const ImportSprint *s1 = sprint(plan, u"S1"_s);
        QVERIFY(s1);
        QCOMPARE(s1->state, Sprint::State::Closed);
        QCOMPARE(s1->start, QDate(2025, 3, 3));
        QCOMPARE(s1->end, QDate(2025, 3, 12));
        QCOMPARE(sprint(plan, u"S2"_s)->state, Sprint::State::Active);
        QCOMPARE(sprint(plan, u"S2"_s)->start, QDate(2025, 3, 12));
        QVERIFY2(warningsOf(plan).contains(
                     u"S1 is taken to run 2025-03-03 to 2025-03-12, from its issues' first "
                     "creation or move into it to their last change; it is over, as its "
                     "unfinished issues went on to a later sprint"_s),
                 qPrintable(warningsOf(plan)));
    }

    void pastSprintsInAnyOrder()
    {
        // S2 is listed first, but starts where S1, which A-2 came from, ended.
        const ImportPlan plan =
            planOf(u"Summary,Issue key,Status,Created,Updated,Resolved,Sprint,Sprint\n"
                   "Two,A-2,Done,03/Mar/25 9:00 AM,24/Mar/25 9:00 AM,24/Mar/25 9:00 AM,S1,S2\n"
                   "One,A-1,Done,03/Mar/25 9:00 AM,10/Mar/25 9:00 AM,10/Mar/25 9:00 AM,S1,\n"_s,
                   QDate(2026, 1, 1));
        QCOMPARE(sprint(plan, u"S1"_s)->end, QDate(2025, 3, 10));
        QCOMPARE(sprint(plan, u"S2"_s)->start, QDate(2025, 3, 10));
        QCOMPARE(sprint(plan, u"S2"_s)->end, QDate(2025, 3, 24));
        QCOMPARE(sprint(plan, u"S2"_s)->state, Sprint::State::Closed);
    }

    void sprintsNotStartedFollowEachOther()
    {
        // Listed 6, 4, 5 in the file; planned in the order of their numbers after Board 2.
        const ImportPlan plan = planOf(
            u"Summary,Issue key,Status,Created,Updated,Resolved,Sprint\n"
            "One,A-1,To Do,01/Apr/26 9:00 AM,01/Apr/26 9:00 AM,,Board Sprint 6\n"
            "Two,A-2,Done,01/Apr/26 9:00 AM,17/Apr/26 9:00 AM,17/Apr/26 9:00 AM,Board Sprint 2\n"
            "Three,A-3,To Do,01/Apr/26 9:00 AM,01/Apr/26 9:00 AM,,Board Sprint 4\n"
            "Four,A-4,To Do,01/Apr/26 9:00 AM,01/Apr/26 9:00 AM,,Board Sprint 5\n"_s,
            QDate(2026, 12, 7));
        const auto dates = [&](const QString &name) {
            const ImportSprint *s = sprint(plan, name);
            return s ? s->start.toString(Qt::ISODate) + u".."_s + s->end.toString(Qt::ISODate)
                     : QString();
        };
        QCOMPARE(dates(u"Board Sprint 2"_s), u"2026-04-01..2026-04-17"_s);
        QCOMPARE(dates(u"Board Sprint 4"_s), u"2026-04-18..2026-05-01"_s);
        QCOMPARE(dates(u"Board Sprint 5"_s), u"2026-05-02..2026-05-15"_s);
        QCOMPARE(dates(u"Board Sprint 6"_s), u"2026-05-16..2026-05-29"_s);
        QVERIFY2(warningsOf(plan).contains(u"Board Sprint 5 has not started; it is taken to run "
                                           "2026-05-02 to 2026-05-15, the two weeks after Board "
                                           "Sprint 4"_s),
                 qPrintable(warningsOf(plan)));
    }

    void oneOfTwoRunningSprintsIsActive()
    {
        // Two boards' sprints with work in progress: the board has one active sprint, the one
        // whose issues changed last; the other keeps its own dates and is planned.
        const ImportPlan plan =
            planOf(u"Summary,Issue key,Status,Created,Updated,Sprint\n"
                   "One,A-1,In Progress,02/Jun/25 9:00 AM,20/Jun/25 9:00 AM,Web 7\n"
                   "Two,B-1,In Progress,09/Jun/25 9:00 AM,11/Jun/25 9:00 AM,App 3\n"_s,
                   QDate(2026, 1, 1));
        QCOMPARE(sprint(plan, u"Web 7"_s)->state, Sprint::State::Active);
        QCOMPARE(sprint(plan, u"App 3"_s)->state, Sprint::State::Planned);
        QCOMPARE(sprint(plan, u"App 3"_s)->start, QDate(2025, 6, 9));
        QCOMPARE(sprint(plan, u"App 3"_s)->end, QDate(2025, 6, 22));
        QVERIFY2(warningsOf(plan).contains(u"App 3 is taken to run 2025-06-09 to 2025-06-22, "
                                           "from its issues' first creation or move into it; it "
                                           "has work in progress too, but Web 7 is taken as the "
                                           "active sprint"_s),
                 qPrintable(warningsOf(plan)));
    }

    void workInProgressBeforeTheActiveSprintIsOver_data()
    {
        QTest::addColumn<QDate>("today");
        QTest::newRow("during the active sprint") << QDate(2025, 9, 5);
        QTest::newRow("years later") << QDate(2031, 1, 1);
    }

    void workInProgressBeforeTheActiveSprintIsOver()
    {
        // App 3 has work in progress, but its two weeks ended months before Web 7, the active
        // sprint (its issues changed last), began: it is over, not planned in the past.
        QFETCH(QDate, today);
        const ImportPlan plan =
            planOf(u"Summary,Issue key,Status,Created,Updated,Sprint\n"
                   "One,A-1,In Progress,02/Jun/25 9:00 AM,10/Jun/25 9:00 AM,App 3\n"
                   "Two,B-1,In Progress,01/Sep/25 9:00 AM,03/Sep/25 9:00 AM,Web 7\n"_s,
                   today);
        const ImportSprint *app = sprint(plan, u"App 3"_s);
        QVERIFY(app);
        QCOMPARE(sprint(plan, u"Web 7"_s)->state, Sprint::State::Active);
        QCOMPARE(app->state, Sprint::State::Closed);
        QCOMPARE(app->start, QDate(2025, 6, 2));
        QCOMPARE(app->end, QDate(2025, 6, 15));
        QCOMPARE(app->closedAt, local(2025, 6, 15, 18, 0));
        QVERIFY2(warningsOf(plan).contains(u"App 3 is taken to run 2025-06-02 to 2025-06-15, "
                                           "from its issues' first creation or move into it; it "
                                           "has work in progress, but it ended before Web 7, the "
                                           "active sprint, began, so it is taken as closed"_s),
                 qPrintable(warningsOf(plan)));
    }

    void changesLongAfterAreNotTheSprintsEnd_data()
    {
        QTest::addColumn<QDate>("today");
        QTest::newRow("that winter") << QDate(2025, 12, 5);
        QTest::newRow("years later") << QDate(2030, 6, 1);
    }

    void changesLongAfterAreNotTheSprintsEnd()
    {
        // An edit of many issues months later (30 Apr, 20 Oct) is not when their sprint ended:
        // a sprint whose changes spread over more than a month is taken to last two weeks.
        QFETCH(QDate, today);
        const ImportPlan plan =
            planOf(u"Summary,Issue key,Status,Created,Updated,Resolved,Sprint,Sprint\n"
                   "One,C-1,Done,03/Mar/25 9:00 AM,05/Mar/25 9:00 AM,05/Mar/25 9:00 AM,U1,\n"
                   "Two,C-2,To Do,03/Mar/25 9:10 AM,30/Apr/25 9:00 AM,,U1,U2\n"
                   "Three,C-3,To Do,03/Mar/25 9:20 AM,30/Apr/25 9:00 AM,,U1,\n"
                   "Four,D-1,In Progress,02/Jun/25 9:00 AM,20/Oct/25 9:00 AM,,T7,\n"
                   "Five,E-1,In Progress,01/Dec/25 9:00 AM,03/Dec/25 9:00 AM,,W2,\n"_s,
                   today);
        const auto dates = [&](const QString &name) {
            const ImportSprint *s = sprint(plan, name);
            return s ? s->start.toString(Qt::ISODate) + u".."_s + s->end.toString(Qt::ISODate)
                     : QString();
        };
        QCOMPARE(dates(u"U1"_s), u"2025-03-03..2025-03-16"_s);
        QCOMPARE(sprint(plan, u"U1"_s)->state, Sprint::State::Closed);
        QCOMPARE(dates(u"U2"_s), u"2025-03-17..2025-03-30"_s);
        QCOMPARE(dates(u"T7"_s), u"2025-06-02..2025-06-15"_s);
        // W2 changed last: it is the active sprint, and T7, cut to two weeks, ended before it.
        QCOMPARE(sprint(plan, u"W2"_s)->state, Sprint::State::Active);
        QCOMPARE(sprint(plan, u"T7"_s)->state, Sprint::State::Closed);
        const QString warnings = warningsOf(plan);
        QVERIFY2(warnings.contains(u"U1 is taken to run 2025-03-03 to 2025-03-16, two weeks from "
                                   "its issues' first activity in it; their activity, spread over "
                                   "more than a month, is not one sprint's"_s),
                 qPrintable(warnings));
        QVERIFY2(warnings.contains(u"T7 is taken to run 2025-06-02 to 2025-06-15, two weeks from "
                                   "its issues' first activity in it; their changes more than a "
                                   "month later are not taken as its end"_s),
                 qPrintable(warnings));
        QVERIFY2(warnings.contains(u"T7 (2025-06-02 to 2025-06-15) has work in progress, but it "
                                   "ended before W2, the active sprint, began, so it is taken as "
                                   "closed"_s),
                 qPrintable(warnings));
    }

    void sprintOfUndatedIssues()
    {
        // Nothing to date it by: the only day there is, the day of the import, and it says so.
        const ImportPlan plan =
            planOf(u"Summary,Issue key,Status,Sprint\nOne,A-1,Done,S1\nTwo,A-2,To Do,S2\n"_s,
                   QDate(2026, 3, 20));
        QCOMPARE(sprint(plan, u"S1"_s)->state, Sprint::State::Closed);
        QCOMPARE(sprint(plan, u"S1"_s)->start, QDate(2026, 3, 7));
        QCOMPARE(sprint(plan, u"S1"_s)->end, QDate(2026, 3, 20));
        QCOMPARE(sprint(plan, u"S2"_s)->state, Sprint::State::Planned);
        QCOMPARE(sprint(plan, u"S2"_s)->start, QDate(2026, 3, 20));
        QVERIFY2(warningsOf(plan).contains(u"the export has no sprint dates and its issues no "
                                           "dates: S1 is taken to run 2026-03-07 to 2026-03-20, "
                                           "by the day of the import"_s),
                 qPrintable(warningsOf(plan)));
    }

    void activeSprint_data()
    {
        QTest::addColumn<QString>("rows");
        QTest::addColumn<QStringList>("states"); // of S1, S2, S3
        // Sprint, Status, Resolved per row; the first sprint in the file is never chosen for it.
        QTest::newRow("work in progress, not the first in the file")
            << u"S1,Done,10/Mar/25|S2,In Progress,|S2,To Do,|S3,To Do,"_s
            << QStringList{u"closed"_s, u"active"_s, u"planned"_s};
        QTest::newRow("a future sprint first")
            << u"S3,To Do,|S1,Done,10/Mar/25|S2,Blocked,"_s
            << QStringList{u"closed"_s, u"active"_s, u"planned"_s};
        QTest::newRow("review is work in progress")
            << u"S1,To Do,|S2,Done,10/Mar/25|S3,In Review,"_s
            << QStringList{u"planned"_s, u"closed"_s, u"active"_s};
        QTest::newRow("none in progress: the one partly done")
            << u"S1,Done,10/Mar/25|S2,Done,12/Mar/25|S2,To Do,|S3,To Do,"_s
            << QStringList{u"closed"_s, u"active"_s, u"planned"_s};
        QTest::newRow("done without a resolution date")
            << u"S1,Done,|S2,Open,|S2,Done,|S3,Listo,"_s
            << QStringList{u"closed"_s, u"active"_s, u"closed"_s};
        QTest::newRow("nothing started") << u"S1,To Do,|S2,To Do,|S3,Open,"_s
                                         << QStringList{u"planned"_s, u"planned"_s, u"planned"_s};
    }

    void activeSprint()
    {
        QFETCH(QString, rows);
        QFETCH(QStringList, states);
        QString csv = u"Summary,Issue key,Sprint,Status,Created,Updated,Resolved\n"_s;
        int n = 0;
        for (const QString &r : rows.split(u'|')) {
            const QStringList f = r.split(u',');
            const QString created = u"0%1/Mar/25 9:00 AM"_s.arg(++n);
            const QString resolved = f.at(2).isEmpty() ? QString() : f.at(2) + u" 5:00 PM"_s;
            const QString updated = resolved.isEmpty() ? u"0%1/Mar/25 3:00 PM"_s.arg(n) : resolved;
            csv += u"Issue %1,A-%1,%2,%3,%4,%5,%6\n"_s.arg(n).arg(f.at(0), f.at(1), created,
                                                                  updated, resolved);
        }
        const ImportPlan plan = planOf(csv, QDate(2030, 1, 1));
        const auto stateName = [](Sprint::State s) {
            return s == Sprint::State::Active   ? u"active"_s
                   : s == Sprint::State::Closed ? u"closed"_s
                                                : u"planned"_s;
        };
        QStringList actual;
        for (const QString &name : {u"S1"_s, u"S2"_s, u"S3"_s}) {
            const ImportSprint *s = sprint(plan, name);
            QVERIFY2(s, qPrintable(name));
            actual.append(stateName(s->state));
        }
        QCOMPARE(actual, states);
        // The board takes the same one as its active sprint.
        auto preview = ImportPreview::build(*m_board, {plan});
        QVERIFY(preview);
        QVERIFY(preview->apply(*m_board));
        for (int i = 0; i < states.size(); ++i)
            QCOMPARE(stateName(m_board->sprintByName(u"S%1"_s.arg(i + 1))->state), states.at(i));
    }

    void issuesOfASprintAreItsCommitment_data()
    {
        QTest::addColumn<QDate>("today");
        QTest::newRow("while it runs") << QDate(2025, 3, 12);
        QTest::newRow("years later") << QDate(2031, 3, 15);
    }

    void issuesOfASprintAreItsCommitment()
    {
        // The export does not say when an issue joined its sprint: every issue it puts in the
        // sprint counts at its start, also those created after its first day.
        QFETCH(QDate, today);
        const ImportPlan plan =
            planOf(u"Summary,Issue key,Status,Created,Updated,Resolved,Sprint,Custom field (Story "
                   u"Points)\n"
                   "One,A-1,Done,03/Mar/25 9:00 AM,06/Mar/25 4:00 PM,06/Mar/25 4:00 PM,S1,3\n"
                   "Two,A-2,In Progress,05/Mar/25 11:00 AM,07/Mar/25 9:00 AM,,S1,5\n"
                   "Three,A-3,To Do,10/Mar/25 2:00 PM,10/Mar/25 2:00 PM,,S1,2\n"_s,
                   today);
        auto preview = ImportPreview::build(*m_board, {plan});
        QVERIFY(preview);
        QVERIFY(preview->apply(*m_board));
        const Sprint *s1 = m_board->sprintByName(u"S1"_s);
        QVERIFY(s1);
        QCOMPARE(s1->state, Sprint::State::Active);
        SprintAnalytics analytics(*m_board);
        const auto numbers = analytics.numbers(s1->id, local(2025, 3, 11, 12, 0));
        QVERIFY2(numbers, qPrintable(numbers.error()));
        QCOMPARE(numbers->committed.points, 10.0);
        QCOMPARE(numbers->completed.points, 3.0);
        // Their creation stays as the export gives it when it precedes the sprint's start.
        QCOMPARE(m_board->cardByKey(u"A-1"_s)->createdAt, local(2025, 3, 3, 9, 0));
    }

    void defaultColumns_data()
    {
        QTest::addColumn<QString>("status");
        QTest::addColumn<QString>("column");
        QTest::addColumn<bool>("known");
        const auto rows = [](std::initializer_list<const char16_t *> words, const QString &column,
                             bool known) {
            for (const char16_t *w : words) {
                const QString word = QString::fromUtf16(w);
                QTest::newRow(qPrintable(word)) << word << column << known;
            }
        };
        rows({u"done", u"completed", u"complete", u"closed", u"resolved", u"finished", u"delivered",
              u"merged", u"released", u"deployed", u"accepted", u"won't do", u"won't fix",
              u"cancelled", u"canceled", u"rejected", u"duplicate"},
             u"Done"_s, true);
        rows({u"review", u"in review", u"code review", u"qa", u"in qa", u"testing", u"in testing",
              u"ready for review", u"ready for qa", u"verify", u"verification", u"under review",
              u"peer review"},
             u"Review"_s, true);
        rows({u"in progress", u"in-progress", u"doing", u"in development", u"development",
              u"started", u"wip", u"active", u"implementing", u"ongoing", u"blocked", u"on hold",
              u"impeded"},
             u"In Progress"_s, true);
        rows({u"to do", u"todo", u"open", u"new", u"backlog", u"selected for development", u"ready",
              u"not started", u"planned", u"reopened", u"pending", u"ready for development"},
             u"To Do"_s, true);
        // Words read in prose only, and words of no status, go to the first column.
        rows({u"underway", u"waiting for qa", u"in-review"}, u"To Do"_s, false);
        QTest::newRow("case and spaces") << u"  Won't   FIX "_s << u"Done"_s << true;
    }

    void defaultColumns()
    {
        QFETCH(QString, status);
        QFETCH(QString, column);
        QFETCH(bool, known);
        bool isKnown = !known;
        const qint64 id = ImportPreview::defaultColumn(*m_board, status, &isKnown);
        QVERIFY(m_board->column(id));
        QCOMPARE(m_board->column(id)->name, column);
        QCOMPARE(isKnown, known);
    }

    void mappingStep()
    {
        auto preview = ImportPreview::build(*m_board, {exportPlan()});
        QVERIFY(preview);
        QHash<QString, QString> columns;
        QStringList unknown;
        for (const ImportPreview::Mapping &m : preview->mappings()) {
            columns.insert(m.status, m.column);
            if (!m.known)
                unknown.append(m.status);
        }
        // Defaults by name; a status without a column of that name goes to the first column, with a
        // warning.
        QCOMPARE(columns.value(u"Done"_s), u"Done"_s);
        QCOMPARE(columns.value(u"In Progress"_s), u"In Progress"_s);
        QCOMPARE(columns.value(u"Code Review"_s), u"Review"_s);
        QCOMPARE(columns.value(u"To Do"_s), u"To Do"_s);
        QCOMPARE(columns.value(u"Waiting for QA"_s), u"To Do"_s);
        QCOMPARE(unknown, QStringList{u"Waiting for QA"_s});
        QVERIFY(preview->warningTexts().join(u'\n').contains(
            u"the status \u201cWaiting for QA\u201d matches no column"_s));

        ImportOptions options;
        QVERIFY(options.addMapping(u"waiting for qa=Review"_s));
        QVERIFY(!options.addMapping(u"no equals sign"_s));
        auto mapped = ImportPreview::build(*m_board, {exportPlan()}, options);
        QVERIFY(mapped);
        QVERIFY(mapped->apply(*m_board));
        QCOMPARE(m_board->column(m_board->cardByKey(u"SHOP-105"_s)->columnId)->name, u"Review"_s);
    }

    void importsOntoTheBoard()
    {
        ImportOptions options;
        options.addMapping(u"Waiting for QA=Review"_s);
        auto preview = ImportPreview::build(*m_board, {exportPlan()}, options);
        QVERIFY(preview);
        QCOMPARE(preview->count(ImportPreview::Action::Create), 6);
        QCOMPARE(preview->sprintsCreated(),
                 (QStringList{u"SHOP Sprint 12"_s, u"SHOP Sprint 11"_s}));
        QCOMPARE(preview->membersCreated(), (QStringList{u"Ada Lovelace"_s, u"Grace Hopper"_s}));
        const int steps = m_board->undoStack()->count();
        QVERIFY(preview->apply(*m_board));
        QCOMPARE(m_board->undoStack()->count(), steps + 1);
        QCOMPARE(m_board->cardCount(), 6);
        const Card *c101 = m_board->cardByKey(u"SHOP-101"_s);
        QCOMPARE(m_board->member(c101->assigneeId)->name, u"Ada Lovelace"_s);
        QCOMPARE(m_board->sprint(c101->sprintId)->name, u"SHOP Sprint 12"_s);
        QVERIFY(m_board->isDoneColumn(c101->columnId));
        QCOMPARE(c101->createdAt, local(2025, 7, 1, 9, 15));
        QCOMPARE(m_board->cardByKey(u"SHOP-104"_s)->sprintId, 0);
        // Created, then done when resolved.
        const auto history = m_board->history(c101->id).value();
        QCOMPARE(history.first().at, local(2025, 7, 1, 9, 15));
        QCOMPARE(history.last().kind, Event::Kind::Moved);
        QCOMPARE(history.last().at, local(2025, 7, 14, 15, 42));

        // The same export again changes nothing; a later export updates by key.
        auto again = ImportPreview::build(*m_board, {exportPlan()}, options);
        QCOMPARE(again->count(ImportPreview::Action::Skip), 6);
        QVERIFY(!again->hasChanges());
        auto later =
            ImportPreview::build(*m_board, {exportPlan(u"jira-export-later.csv"_s)}, options);
        QVERIFY(later);
        QCOMPARE(later->count(ImportPreview::Action::Create), 1);
        QCOMPARE(later->count(ImportPreview::Action::Update), 1);
        QCOMPARE(later->count(ImportPreview::Action::Skip), 5);
        QCOMPARE(later->membersCreated(), QStringList{u"Linus Torvalds"_s});
        QVERIFY(later->apply(*m_board));
        QCOMPARE(m_board->cardCount(), 7);
        const Card *c102 = m_board->cardByKey(u"SHOP-102"_s);
        QVERIFY(m_board->isDoneColumn(c102->columnId));
        QCOMPARE(m_board->history(c102->id).value().last().at, local(2025, 7, 17, 9, 0));

        // One undo step takes the second import back, a second one the first.
        m_board->undoStack()->undo();
        QCOMPARE(m_board->cardCount(), 6);
        QVERIFY(!m_board->isDoneColumn(m_board->cardByKey(u"SHOP-102"_s)->columnId));
        QVERIFY(!m_board->memberByName(u"Linus Torvalds"_s));
        m_board->undoStack()->undo();
        QCOMPARE(m_board->cardCount(), 0);
        QVERIFY(m_board->sprints().isEmpty());
        QVERIFY(m_board->members().isEmpty());
    }

    // --- bad input: a clear message with the line, nothing imported ----------------------

    void badFiles_data()
    {
        QTest::addColumn<QByteArray>("csv");
        QTest::addColumn<QString>("error");
        QTest::newRow("empty") << QByteArray() << u"bad.csv is empty"_s;
        QTest::newRow("only a bom") << QByteArray("\xEF\xBB\xBF") << u"bad.csv is empty"_s;
        QTest::newRow("binary") << QByteArray("\x89PNG\r\n\x1A\n\0\0\0\rIHDR", 16)
                                << u"bad.csv, line 3: binary data"_s;
        QTest::newRow("not an export")
            << QByteArray("name,age\nAda,36\n")
            << u"bad.csv, line 1: no \u201cSummary\u201d column, so this is not an issue export"_s;
        QTest::newRow("unbalanced quote")
            << QByteArray("Summary,Issue key\nfine,A-1\n\"broken,A-2\nmore,A-3\n")
            << u"bad.csv, line 3: a quoted field starts here and is never closed"_s;
        QTest::newRow("invalid utf-8")
            << QByteArray("Summary,Issue key\nfine,A-1\nbad \xC3\x28,A-2\n")
            << u"bad.csv, line 3: invalid UTF-8"_s;
        QTest::newRow("10 MB line")
            << (QByteArray("Summary,Issue key\n") + QByteArray(10 * 1024 * 1024, 'x') + ",A-1\n")
            << u"bad.csv, line 2: a field longer than 1.0 MB starts here"_s;
    }

    void badFiles()
    {
        QFETCH(QByteArray, csv);
        QFETCH(QString, error);
        auto plan = JiraCsvImporter::importBytes(csv, u"bad.csv"_s);
        QVERIFY(!plan);
        QVERIFY2(plan.error().startsWith(error), qPrintable(plan.error()));
    }

    void unusableRecordsAreSkippedWithTheirLine()
    {
        const QByteArray csv =
            "Summary,Issue key,Status\r\nGood,A-1,Done\r\n,A-2,Done\r\nToo,many,fields,here\r\n"
            "Few\r\nAlso good,A-5,To Do\r\n";
        auto plan = JiraCsvImporter::importBytes(csv, u"mixed.csv"_s);
        QVERIFY(plan);
        QCOMPARE(plan->cards.size(), 2);
        QStringList warnings;
        for (const ImportWarning &w : plan->warnings)
            warnings.append(w.toString());
        QVERIFY(warnings.contains(u"line 3: A-2 has no summary; it is skipped"_s));
        QVERIFY(
            warnings.contains(u"line 4: 4 fields where the header has 3; the record is skipped"_s));
        QVERIFY(
            warnings.contains(u"line 5: 1 field where the header has 3; the record is skipped"_s));
    }

    void hundredMegabytesFailClearly()
    {
        // 100 MB of short issues: more than an import takes; refused at the record that is one too
        // many.
        const QString path = m_dir->filePath(u"huge.csv"_s);
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("Summary,Issue key,Status\n");
        QByteArray block;
        int n = 0;
        while (f.size() + block.size() < 100LL * 1024 * 1024) {
            block += "Issue number " + QByteArray::number(n) + ",HUGE-" + QByteArray::number(n) +
                     ",To Do\n";
            ++n;
            if (block.size() > 1024 * 1024) {
                f.write(block);
                block.clear();
            }
        }
        f.write(block);
        f.close();
        auto plan = JiraCsvImporter::importFile(path);
        QVERIFY(!plan);
        QCOMPARE(plan.error(),
                 u"huge.csv, line %1: more than 100000 issues; export fewer at a time"_s.arg(
                     JiraCsvImporter::kMaxIssues + 2));
        QCOMPARE(m_board->cardCount(), 0);
    }
};

QTEST_GUILESS_MAIN(TestJiraCsv)
#include "tst_jiracsv.moc"
