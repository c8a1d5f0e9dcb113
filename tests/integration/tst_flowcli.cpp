// The flow reports on the command line, on a board whose history runs up to the real today:
// every run of the suite computes them at another "now".
#include "tests/integration/clirunner.h"
#include "tests/zipentries.h"

#include "core/board/board.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace SprintDeck;
using namespace Qt::StringLiterals;
using SprintDeck::TestZip::unzip;

namespace {

bool isWeekday(QDate d)
{
    return d.dayOfWeek() <= 5;
}

/** The n-th weekday from `from` on, counting `from` when it is one (n = 1: the first). */
QDate nthWeekday(QDate from, int n)
{
    QDate d = from.addDays(-1);
    while (n > 0) {
        d = d.addDays(1);
        n -= isWeekday(d) ? 1 : 0;
    }
    return d;
}

QJsonObject json(const CliRun &r)
{
    return QJsonDocument::fromJson(r.out.toUtf8()).object();
}

/**
 * The cached numbers of a chart part's series: `part` is c:val, c:xVal or c:yVal. Empty when
 * the chart has no such series.
 */
QList<double> cached(const QString &chartXml, const QString &series, const QString &part)
{
    const qsizetype name = chartXml.indexOf(u"<c:v>"_s + series + u"</c:v>"_s);
    if (name < 0)
        return {};
    const qsizetype start = chartXml.indexOf(u'<' + part + u'>', name);
    const qsizetype end = chartXml.indexOf(u"</"_s + part + u'>', start);
    if (start < 0 || end < 0)
        return {};
    QList<double> values;
    static const QRegularExpression value(u"<c:v>([^<]*)</c:v>"_s);
    for (const QRegularExpressionMatch &m : value.globalMatch(chartXml.mid(start, end - start)))
        values.append(m.captured(1).toDouble());
    return values;
}

/** A day as a spreadsheet date: days since 30 December 1899. */
double serial(QDate day)
{
    return double(QDate(1899, 12, 30).daysTo(day));
}

} // namespace

class TestFlowCli : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_db;
    QDate m_today = QDate::currentDate();
    QList<QDate> m_doneDays; ///< the last 30 weekdays before today, oldest first

    CliRun report(QStringList args)
    {
        args.prepend(u"report"_s);
        args << u"--db"_s << m_db;
        return runSprintDeck(args);
    }

    /** A board time: noon of a local day. */
    static QDateTime noon(QDate day) { return QDateTime(day, QTime(12, 0)).toUTC(); }

private slots:
    void initTestCase()
    {
        // One card finished on each of the last 30 weekdays, each 3 days after it was started
        // (cycle time 3 days: start day and done day counted); two cards still in progress.
        m_db = m_dir.filePath(u"flow.sprintdeck"_s);
        auto opened = Board::open(m_db);
        QVERIFY2(opened, qPrintable(opened.error()));
        Board &board = *opened.value();
        const qint64 inProgress = board.columns().at(1).id;
        const qint64 done = board.columns().constLast().id;
        QVERIFY(board.columns().constLast().done);
        for (QDate d = m_today.addDays(-1); m_doneDays.size() < 30; d = d.addDays(-1))
            if (isWeekday(d))
                m_doneDays.prepend(d);
        QDateTime clock;
        board.setClock([&clock] { return clock; });
        const auto card = [&](const QString &title, QDate created, QDate started, QDate finished) {
            clock = noon(created);
            Card draft;
            draft.title = title;
            draft.points = 2;
            auto id = board.addCard(draft);
            QVERIFY2(id, qPrintable(id.error()));
            clock = noon(started);
            QVERIFY(board.moveCards({*id}, 0, inProgress));
            if (finished.isValid()) {
                clock = noon(finished);
                QVERIFY(board.moveCards({*id}, 0, done));
            }
        };
        for (QDate day : std::as_const(m_doneDays))
            card(u"Finished %1"_s.arg(day.toString(Qt::ISODate)), day.addDays(-5), day.addDays(-2),
                 day);
        card(u"Old work"_s, m_today.addDays(-20), m_today.addDays(-9), {}); // 10 days old
        card(u"Fresh work"_s, m_today.addDays(-1), m_today, {});            // 1 day old

        // A sprint that started three days ago with three 2-point cards, none finished yet.
        clock = noon(m_today.addDays(-3));
        Sprint sprint;
        sprint.name = u"Now"_s;
        sprint.start = m_today.addDays(-3);
        sprint.end = m_today.addDays(10);
        auto sprintId = board.createSprint(sprint);
        QVERIFY2(sprintId, qPrintable(sprintId.error()));
        for (int i = 0; i < 3; ++i) {
            Card draft;
            draft.title = u"Sprint work %1"_s.arg(i);
            draft.points = 2;
            draft.sprintId = *sprintId;
            QVERIFY(board.addCard(draft));
        }
        QVERIFY(board.startSprint(*sprintId));
    }

    void cycleTime()
    {
        const CliRun r =
            report({u"cycletime"_s, u"--from"_s, m_doneDays.constFirst().toString(Qt::ISODate),
                    u"--format"_s, u"json"_s});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QJsonObject o = json(r);
        QCOMPARE(o.value(u"cards"_s).toArray().size(), 30);
        QCOMPARE(o.value(u"percentiles"_s).toObject().value(u"85"_s).toInt(), 3);
        QCOMPARE(o.value(u"lead_percentiles"_s).toObject().value(u"50"_s).toInt(), 6);
        const QJsonObject first = o.value(u"cards"_s).toArray().at(0).toObject();
        QCOMPARE(first.value(u"done"_s).toString(), m_doneDays.constFirst().toString(Qt::ISODate));
        QCOMPARE(first.value(u"cycle_days"_s).toInt(), 3);

        const CliRun md =
            report({u"cycletime"_s, u"--from"_s, m_doneDays.constFirst().toString(Qt::ISODate),
                    u"--format"_s, u"md"_s});
        QVERIFY2(md.exitCode == 0, qPrintable(md.err));
        QVERIFY2(md.out.contains(u"85 % within 3 days"_s), qPrintable(md.out));
    }

    void throughput()
    {
        const QDate from = m_doneDays.at(20), to = m_doneDays.constLast();
        const CliRun r = report({u"throughput"_s, u"--from"_s, from.toString(Qt::ISODate),
                                 u"--to"_s, to.toString(Qt::ISODate), u"--format"_s, u"csv"_s});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QStringList lines = r.out.trimmed().split(u"\r\n"_s);
        QCOMPARE(lines.constFirst(), u"date,working_day,items,points"_s);
        QCOMPARE(lines.size(), 1 + int(from.daysTo(to)) + 1);
        for (const QString &line : lines.mid(1)) {
            const QStringList cells = line.split(u',');
            const bool weekday = isWeekday(QDate::fromString(cells.at(0), Qt::ISODate));
            QCOMPARE(cells.at(1), weekday ? u"yes"_s : u"no"_s);
            QCOMPARE(cells.at(2), weekday ? u"1"_s : u"0"_s);
            QCOMPARE(cells.at(3), weekday ? u"2"_s : u"0"_s);
        }
    }

    void agingWork()
    {
        // The last 90 days, not the sprint: the two cards in progress are in the backlog.
        const CliRun r =
            report({u"aging"_s, u"--from"_s, m_today.addDays(-89).toString(Qt::ISODate),
                    u"--format"_s, u"json"_s});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QJsonArray cards = json(r).value(u"cards"_s).toArray();
        QCOMPARE(cards.size(), 2);
        QCOMPARE(cards.at(0).toObject().value(u"title"_s).toString(), u"Old work"_s);
        QCOMPARE(cards.at(0).toObject().value(u"age_days"_s).toInt(), 10);
        QVERIFY(cards.at(0).toObject().value(u"past_p85"_s).toBool());
        QCOMPARE(cards.at(1).toObject().value(u"age_days"_s).toInt(), 1);
        QVERIFY(!cards.at(1).toObject().value(u"past_p85"_s).toBool());
    }

    void agingOfAClosedRangeCountsToItsEnd()
    {
        // Seen as at the end of a range that ended five days ago, "Old work" (started ten days
        // ago) had been in progress for five days.
        const QDate end = m_today.addDays(-5);
        const CliRun r = report({u"aging"_s, u"--from"_s, end.addDays(-30).toString(Qt::ISODate),
                                 u"--to"_s, end.toString(Qt::ISODate), u"--format"_s, u"json"_s});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QJsonObject o = json(r);
        QCOMPARE(o.value(u"as_of"_s).toString(), end.toString(Qt::ISODate));
        const QJsonArray cards = o.value(u"cards"_s).toArray();
        QCOMPARE(cards.at(0).toObject().value(u"title"_s).toString(), u"Old work"_s);
        QCOMPARE(cards.at(0).toObject().value(u"age_days"_s).toInt(), 5);
    }

    void forecast()
    {
        // One card a weekday, every day: 10 cards take exactly 10 weekdays from today.
        const QDate by = nthWeekday(m_today, 5);
        const CliRun r = report({u"forecast"_s, u"--items"_s, u"10"_s, u"--by"_s,
                                 by.toString(Qt::ISODate), u"--format"_s, u"json"_s});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QJsonObject o = json(r);
        QVERIFY2(o.value(u"possible"_s).toBool(), qPrintable(r.out));
        const QJsonObject when = o.value(u"when"_s).toObject();
        const QString tenth = nthWeekday(m_today, 10).toString(Qt::ISODate);
        QCOMPARE(when.value(u"85"_s).toString(), tenth);
        QCOMPARE(when.value(u"50"_s).toString(), tenth);
        QCOMPARE(o.value(u"how_many"_s).toObject().value(u"85"_s).toInt(), 5);
        QCOMPARE(o.value(u"history"_s).toObject().value(u"working_days"_s).toInt(), 30);

        // In points: 2 a day.
        const CliRun points = report({u"forecast"_s, u"--items"_s, u"10"_s, u"--unit"_s,
                                      u"points"_s, u"--format"_s, u"json"_s});
        QCOMPARE(json(points).value(u"when"_s).toObject().value(u"85"_s).toString(),
                 nthWeekday(m_today, 5).toString(Qt::ISODate));

        // Five days of history is not enough, and the report says so.
        const CliRun shortHistory =
            report({u"forecast"_s, u"--items"_s, u"10"_s, u"--history"_s, u"5"_s});
        QVERIFY2(shortHistory.exitCode == 0, qPrintable(shortHistory.err));
        QVERIFY2(shortHistory.out.contains(u"No forecast: not enough history"_s),
                 qPrintable(shortHistory.out));
    }

    void forecastOfChosenCards()
    {
        // Two of the sprint's cards at the team's one card a weekday: the second weekday.
        QStringList open, done;
        {
            auto opened = Board::open(m_db);
            QVERIFY2(opened, qPrintable(opened.error()));
            for (const Card &c : opened.value()->cards()) {
                if (c.title.startsWith(u"Sprint work"_s))
                    open.append(c.key);
                else if (c.title.startsWith(u"Finished"_s))
                    done.append(c.key);
            }
        }
        QCOMPARE(open.size(), 3);
        const CliRun r = report(
            {u"forecast"_s, u"--cards"_s, open.mid(0, 2).join(u','), u"--format"_s, u"json"_s});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QJsonObject o = json(r);
        QCOMPARE(o.value(u"cards"_s).toArray().size(), 2);
        const QJsonObject when = o.value(u"when"_s).toObject();
        QCOMPARE(when.value(u"amount"_s).toDouble(), 2.0);
        QCOMPARE(when.value(u"85"_s).toString(), nthWeekday(m_today, 2).toString(Qt::ISODate));

        // A finished card counts for nothing; the text says so.
        const CliRun finished =
            report({u"forecast"_s, u"--cards"_s, done.constFirst(), u"--format"_s, u"table"_s});
        QVERIFY2(finished.exitCode == 0, qPrintable(finished.err));
        QVERIFY2(finished.out.contains(u"Nothing is left to do."_s), qPrintable(finished.out));

        // A key the board does not have is refused with its name.
        const CliRun unknown = report({u"forecast"_s, u"--cards"_s, u"NOPE-1"_s});
        QVERIFY(unknown.exitCode != 0);
        QVERIFY2(unknown.err.contains(u"NOPE-1"_s), qPrintable(unknown.err));
    }

    void burndownTakesTheMonteCarloDate()
    {
        // 6 points left at the team's 2 points a day: done at the end of the third working day
        // from today, in every trial; the straight line of the sprint's own (zero) rate gave none.
        const CliRun r = runSprintDeck({u"report"_s, u"burndown"_s, u"--sprint"_s, u"Now"_s,
                                        u"--format"_s, u"json"_s, u"--db"_s, m_db});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QJsonObject o = json(r);
        QCOMPARE(o.value(u"forecast_method"_s).toString(), u"monte-carlo-85"_s);
        const QString third = nthWeekday(m_today, 3).toString(Qt::ISODate);
        QCOMPARE(o.value(u"forecast"_s).toString(), third);
        QCOMPARE(o.value(u"forecast_50"_s).toString(), third);
        QCOMPARE(o.value(u"forecast_95"_s).toString(), third);

        // The review deck's summary says the same.
        const QString pdf = m_dir.filePath(u"review.pdf"_s);
        const CliRun slides = runSprintDeck({u"slides"_s, u"--sprint"_s, u"Now"_s, u"-o"_s, pdf,
                                             u"--sections"_s, u"summary"_s, u"--db"_s, m_db});
        QVERIFY2(slides.exitCode == 0, qPrintable(slides.err));
        QProcess text;
        text.start(u"pdftotext"_s, {pdf, u"-"_s});
        QVERIFY(text.waitForFinished(30000));
        const QString words = QString::fromUtf8(text.readAllStandardOutput()).simplified();
        QVERIFY2(words.contains(u"85 % likely done by"_s), qPrintable(words));
    }

    void slidesHoldTheReportsNumbers()
    {
        // On a copy of the board, two of the sprint's cards were finished in it, so the sprint
        // has cycle times to plot and less left to forecast.
        const QString db = m_dir.filePath(u"deck.sprintdeck"_s);
        QVERIFY(QFile::copy(m_db, db));
        {
            auto opened = Board::open(db);
            QVERIFY2(opened, qPrintable(opened.error()));
            Board &board = *opened.value();
            const Sprint *sprint = board.sprintByName(u"Now"_s);
            QVERIFY(sprint);
            const qint64 sprintId = sprint->id;
            QDateTime clock;
            board.setClock([&clock] { return clock; });
            const qint64 doing = board.columns().at(1).id;
            const qint64 done = board.columns().constLast().id;
            const int lengths[] = {1, 3};
            for (int days : lengths) {
                clock = noon(m_today.addDays(-3));
                Card draft;
                draft.title = u"Finished in the sprint after %1 days"_s.arg(days);
                draft.points = 1;
                draft.sprintId = sprintId;
                auto id = board.addCard(draft);
                QVERIFY2(id, qPrintable(id.error()));
                clock = noon(m_today.addDays(-days));
                QVERIFY(board.moveCards({*id}, sprintId, doing));
                clock = QDateTime::currentDateTimeUtc().addSecs(-1); // today, not later
                QVERIFY(board.moveCards({*id}, sprintId, done));
            }
        }
        const auto run = [&](QStringList args) {
            args << u"--db"_s << db;
            return runSprintDeck(args);
        };
        const CliRun cycle =
            run({u"report"_s, u"cycletime"_s, u"--sprint"_s, u"Now"_s, u"--format"_s, u"json"_s});
        QVERIFY2(cycle.exitCode == 0, qPrintable(cycle.err));
        const CliRun forecast = run({u"report"_s, u"forecast"_s, u"--sprint"_s, u"Now"_s,
                                     u"--unit"_s, u"points"_s, u"--format"_s, u"json"_s});
        QVERIFY2(forecast.exitCode == 0, qPrintable(forecast.err));
        const QString pptx = m_dir.filePath(u"flow.pptx"_s);
        const CliRun slides = run({u"slides"_s, u"--sprint"_s, u"Now"_s, u"--sections"_s,
                                   u"summary,flow"_s, u"-o"_s, pptx});
        QVERIFY2(slides.exitCode == 0, qPrintable(slides.err));
        const QHash<QString, QByteArray> parts = unzip(pptx);
        QString scatter, histogram;
        for (auto it = parts.cbegin(); it != parts.cend(); ++it) {
            if (!it.key().startsWith(u"ppt/charts/chart"_s))
                continue;
            const QString xml = QString::fromUtf8(it.value());
            (xml.contains(u"<c:scatterChart>"_s) ? scatter : histogram) = xml;
        }
        QVERIFY2(!scatter.isEmpty() && !histogram.isEmpty(), "two native charts");

        // The scatterplot's dots are the report's cards: done day and cycle time.
        const QJsonObject times = json(cycle);
        const QJsonArray cards = times.value(u"cards"_s).toArray();
        QCOMPARE(cards.size(), 2);
        QList<double> days, cycleDays;
        for (const QJsonValue &card : cards) {
            days.append(serial(QDate::fromString(card[u"done"_s].toString(), Qt::ISODate)));
            cycleDays.append(card[u"cycle_days"_s].toDouble());
        }
        QCOMPARE(cached(scatter, u"Cards done"_s, u"c:xVal"_s), days);
        QCOMPARE(cached(scatter, u"Cards done"_s, u"c:yVal"_s), cycleDays);
        QCOMPARE(cycleDays, (QList<double>{2, 4}));
        // Its percentile lines are the report's percentiles.
        const QJsonObject percentiles = times.value(u"percentiles"_s).toObject();
        for (const QString &p : {u"50"_s, u"70"_s, u"85"_s, u"95"_s}) {
            const int value = percentiles.value(p).toInt();
            const QString series = u"%1 %: %2 days"_s.arg(p).arg(value);
            QCOMPARE(cached(scatter, series, u"c:yVal"_s),
                     (QList<double>{double(value), 1.0 * value}));
        }

        // The histogram's bars are the report's trials, as shares of all of them.
        const QJsonObject f = json(forecast);
        QVERIFY2(f.value(u"possible"_s).toBool(), qPrintable(forecast.out));
        const QJsonObject when = f.value(u"when"_s).toObject();
        const int trials = f.value(u"trials"_s).toInt();
        QList<double> shares;
        for (const QJsonValue &bar : when.value(u"histogram"_s).toArray())
            shares.append(100.0 * bar[u"trials"_s].toInt() / trials);
        QVERIFY(!shares.isEmpty());
        const QList<double> drawn = cached(histogram, u"Done that day"_s, u"c:val"_s);
        QCOMPARE(drawn.size(), shares.size());
        for (int i = 0; i < shares.size(); ++i)
            QVERIFY(qAbs(drawn.at(i) - shares.at(i)) < 1e-9);

        // The PDF says the report's 85 % day on the forecast slide and on the summary.
        const QString pdf = m_dir.filePath(u"flow.pdf"_s);
        const CliRun pdfRun = run({u"slides"_s, u"--sprint"_s, u"Now"_s, u"--sections"_s,
                                   u"summary,flow"_s, u"-o"_s, pdf});
        QVERIFY2(pdfRun.exitCode == 0, qPrintable(pdfRun.err));
        QProcess text;
        text.start(u"pdftotext"_s, {pdf, u"-"_s});
        QVERIFY(text.waitForFinished(30000));
        const QString words = QString::fromUtf8(text.readAllStandardOutput()).simplified();
        const QString day = QLocale().toString(
            QDate::fromString(when.value(u"85"_s).toString(), Qt::ISODate), u"d MMM yyyy"_s);
        QCOMPARE(words.count(u"85 % likely done by "_s + day), 2);
        QVERIFY2(words.contains(u"Cycle time"_s) && words.contains(u"Cards done"_s),
                 qPrintable(words));
    }

    void badOptions_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("message");
        QTest::newRow("date") << QStringList{u"cycletime"_s, u"--from"_s, u"March"_s}
                              << u"--from takes a date"_s;
        QTest::newRow("range") << QStringList{u"throughput"_s, u"--from"_s, u"2025-03-10"_s,
                                              u"--to"_s, u"2025-03-01"_s}
                               << u"--from must not be after --to"_s;
        QTest::newRow("type") << QStringList{u"aging"_s, u"--type"_s, u"epic"_s}
                              << u"--type takes story, bug, task or fix"_s;
        QTest::newRow("member") << QStringList{u"aging"_s, u"--assignee"_s, u"Nobody"_s}
                                << u"no member"_s;
        QTest::newRow("amount") << QStringList{u"forecast"_s, u"--items"_s, u"many"_s}
                                << u"--items takes a number"_s;
    }

    void badOptions()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, message);
        const CliRun r = report(args);
        QVERIFY(r.exitCode != 0);
        QVERIFY2(r.err.contains(message), qPrintable(r.err));
        QCOMPARE(r.err.trimmed().split(u'\n').size() <= 2, true);
    }
};

QTEST_GUILESS_MAIN(TestFlowCli)
#include "tst_flowcli.moc"
