// Every document shape the importers read, as a fixture written in that shape with its expected
// result beside it: tests/data/shapes/<format>/<name>.md|.csv and <name>.expected.json.
//
// Each fixture is imported onto a new board at two different "now"s, years apart; what a document
// says must not depend on the day it is imported. The expected file lists every card (nothing
// else may be created) and may check, per sprint and per card:
//   sprints: name, start, end (ISO dates), state (planned|active|closed), datesAssumed, drawnTo
//            (the last day the sprint's charts draw, as of the later "now")
//   cards:   key or title (how a card is found), title, points (null: none), column, sprint
//            ("" for the backlog), assignee, blocked, doneOn (local day of its last move into a
//            done column)
//   warnings: texts that some warning must contain; noWarnings: true when there must be none.

#include "core/analytics/sprintseries.h"
#include "core/board/board.h"
#include "core/board/sprintanalytics.h"
#include "core/io/importpreview.h"
#include "core/io/jiracsvimporter.h"
#include "core/io/markdownimporter.h"
#include "tests/testpaths.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace SprintDeck;
using namespace Qt::StringLiterals;

namespace {

/** The two "now"s every fixture is imported at (local noon), years apart. */
const QList<QDate> kTodays = {QDate(2026, 12, 7), QDate(2031, 3, 15)};

Result<ImportPlan> importFixture(const QString &path, QDate today)
{
    if (path.endsWith(u".csv"_s))
        return JiraCsvImporter::importFile(path, today);
    return MarkdownImporter::importFile(path, today);
}

/** The local day a card last arrived in a done column; invalid when it never did. */
QDate doneOn(const Board &board, qint64 cardId)
{
    QDate day;
    const auto history = board.history(cardId);
    if (!history)
        return day;
    for (const Event &e : history.value()) {
        if (e.kind != Event::Kind::Moved && e.kind != Event::Kind::Created)
            continue;
        const Column *column = board.column(e.newValue.toLongLong());
        if (e.kind == Event::Kind::Moved && column && column->done)
            day = e.at.toLocalTime().date();
    }
    return day;
}

const Card *findCard(const Board &board, const QJsonObject &expected)
{
    const QString key = expected.value(u"key"_s).toString();
    const QString title = expected.value(u"title"_s).toString();
    for (const Card &card : board.cards())
        if (key.isEmpty() ? card.title == title : card.key == key)
            return &card;
    return nullptr;
}

QString describe(const Board &board)
{
    QStringList lines;
    for (const Card &card : board.cards()) {
        const Column *column = board.column(card.columnId);
        const Sprint *sprint = board.sprint(card.sprintId);
        lines.append(u"  %1 | %2 | %3 pts | %4 | %5"_s.arg(
            card.key, card.title, formatPoints(card.points), column ? column->name : QString(),
            sprint ? sprint->name : QString()));
    }
    std::sort(lines.begin(), lines.end());
    for (const Sprint &s : board.sprints())
        lines.append(u"  sprint %1 %2..%3 %4"_s.arg(s.name, s.start.toString(Qt::ISODate),
                                                    s.end.toString(Qt::ISODate),
                                                    s.stateName()));
    return lines.join(u'\n');
}

} // namespace

class TestImportShapes : public QObject
{
    Q_OBJECT

private slots:
    void shapes_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QDate>("today");
        const QDir root(TestPaths::testData() + u"/shapes"_s);
        int fixtures = 0;
        for (const QString &format : root.entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
            const QDir dir(root.filePath(format));
            for (const QString &file : dir.entryList({u"*.md"_s, u"*.csv"_s}, QDir::Files)) {
                ++fixtures;
                for (QDate today : kTodays)
                    QTest::addRow("%s/%s@%s", qPrintable(format), qPrintable(file),
                                  qPrintable(today.toString(Qt::ISODate)))
                        << dir.filePath(file) << today;
            }
        }
        QVERIFY2(fixtures > 0, "no fixtures found");
    }

    void shapes()
    {
        QFETCH(QString, path);
        QFETCH(QDate, today);
        const QString expectedPath = path.left(path.lastIndexOf(u'.')) + u".expected.json"_s;
        QFile expectedFile(expectedPath);
        QVERIFY2(expectedFile.open(QIODevice::ReadOnly), qPrintable(expectedPath));
        QJsonParseError error;
        const QJsonObject expected =
            QJsonDocument::fromJson(expectedFile.readAll(), &error).object();
        QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(error.errorString()));

        const auto plan = importFixture(path, today);
        QVERIFY2(plan, qPrintable(plan.error()));
        QStringList warnings;
        for (const ImportWarning &w : plan->warnings)
            warnings.append(w.toString());
        for (const QJsonValue &w : expected.value(u"warnings"_s).toArray())
            QVERIFY2(warnings.join(u'\n').contains(w.toString()),
                     qPrintable(u"no warning says \u201c%1\u201d; warnings:\n%2"_s.arg(
                         w.toString(), warnings.join(u'\n'))));
        if (expected.value(u"noWarnings"_s).toBool())
            QVERIFY2(warnings.isEmpty(), qPrintable(warnings.join(u'\n')));

        QTemporaryDir dir;
        auto opened = Board::open(dir.filePath(u"board.sprintdeck"_s));
        QVERIFY2(opened, qPrintable(opened.error()));
        Board &board = *opened.value();
        const QDateTime now(today, QTime(12, 0), QTimeZone::systemTimeZone());
        board.setClock([now] { return now.toUTC(); });
        auto preview = ImportPreview::build(board, {plan.value()});
        QVERIFY2(preview, qPrintable(preview.error()));
        QVERIFY2(preview->apply(board), "the import failed");
        const QString all = describe(board);

        checkSprints(board, expected.value(u"sprints"_s).toArray(), now, all);
        const QJsonArray cards = expected.value(u"cards"_s).toArray();
        QVERIFY2(board.cards().size() == cards.size(),
                 qPrintable(u"%1 cards, expected %2:\n%3"_s.arg(board.cards().size())
                                .arg(cards.size())
                                .arg(all)));
        for (const QJsonValue &value : cards)
            checkCard(board, value.toObject(), all);
    }

private:
    void checkSprints(Board &board, const QJsonArray &sprints, const QDateTime &now,
                      const QString &all)
    {
        QVERIFY2(board.sprints().size() == sprints.size(),
                 qPrintable(u"%1 sprints, expected %2:\n%3"_s.arg(board.sprints().size())
                                .arg(sprints.size())
                                .arg(all)));
        for (const QJsonValue &value : sprints) {
            const QJsonObject e = value.toObject();
            const QString name = e.value(u"name"_s).toString();
            const Sprint *sprint = nullptr;
            for (const Sprint &s : board.sprints())
                if (s.name == name)
                    sprint = &s;
            QVERIFY2(sprint, qPrintable(u"no sprint \u201c%1\u201d:\n%2"_s.arg(name, all)));
            if (e.contains(u"start"_s))
                QCOMPARE(sprint->start.toString(Qt::ISODate), e.value(u"start"_s).toString());
            if (e.contains(u"end"_s))
                QCOMPARE(sprint->end.toString(Qt::ISODate), e.value(u"end"_s).toString());
            if (e.contains(u"state"_s))
                QCOMPARE(sprint->stateName(), e.value(u"state"_s).toString());
            if (e.contains(u"drawnTo"_s)) {
                SprintAnalytics analytics(board);
                const auto series = analytics.series(sprint->id, now.toUTC());
                QVERIFY2(series, qPrintable(series.error()));
                QVERIFY(!series->days.isEmpty());
                QCOMPARE(series->days.constFirst().date, sprint->start);
                QCOMPARE(series->days.constLast().date.toString(Qt::ISODate),
                         e.value(u"drawnTo"_s).toString());
            }
        }
    }

    void checkCard(const Board &board, const QJsonObject &e, const QString &all)
    {
        const Card *card = findCard(board, e);
        const QString name = e.value(u"key"_s).toString(e.value(u"title"_s).toString());
        QVERIFY2(card, qPrintable(u"no card \u201c%1\u201d:\n%2"_s.arg(name, all)));
        const auto context = [&](const char *what) {
            return qPrintable(u"%1: %2"_s.arg(name, QLatin1StringView(what)));
        };
        if (e.contains(u"title"_s))
            QVERIFY2(card->title == e.value(u"title"_s).toString(),
                     qPrintable(u"%1: title \u201c%2\u201d"_s.arg(name, card->title)));
        if (e.contains(u"points"_s)) {
            const QJsonValue points = e.value(u"points"_s);
            QVERIFY2(card->points.has_value() == !points.isNull(), context("points"));
            if (!points.isNull())
                QVERIFY2(qFuzzyCompare(*card->points, points.toDouble()),
                         qPrintable(u"%1: %2 points"_s.arg(name, formatPoints(card->points))));
        }
        if (e.contains(u"column"_s)) {
            const Column *column = board.column(card->columnId);
            QVERIFY2(column && column->name == e.value(u"column"_s).toString(),
                     qPrintable(u"%1: column %2"_s.arg(name, column ? column->name : QString())));
        }
        if (e.contains(u"sprint"_s)) {
            const Sprint *sprint = board.sprint(card->sprintId);
            QVERIFY2((sprint ? sprint->name : QString()) == e.value(u"sprint"_s).toString(),
                     context("sprint"));
        }
        if (e.contains(u"assignee"_s)) {
            const Member *member = board.member(card->assigneeId);
            QVERIFY2((member ? member->name : QString()) == e.value(u"assignee"_s).toString(),
                     qPrintable(u"%1: assignee %2"_s.arg(name, member ? member->name : QString())));
        }
        if (e.contains(u"blocked"_s))
            QVERIFY2(card->blocked == e.value(u"blocked"_s).toBool(), context("blocked"));
        if (e.contains(u"doneOn"_s))
            QVERIFY2(
                doneOn(board, card->id).toString(Qt::ISODate) == e.value(u"doneOn"_s).toString(),
                qPrintable(
                    u"%1: done on %2"_s.arg(name, doneOn(board, card->id).toString(Qt::ISODate))));
    }
};

QTEST_GUILESS_MAIN(TestImportShapes)
#include "tst_importshapes.moc"
