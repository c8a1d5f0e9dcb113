// The sprint lifecycle and charts through the built application: the command line, and the
// Charts view as a real window under Xvfb.
#include "tests/integration/clirunner.h"

#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

QStringList withDb(QStringList args, const QString &db)
{
    return args << u"--db"_s << db;
}

#define RUN_OK(...)                                                                                \
    do {                                                                                           \
        const CliRun r_ = runSprintDeck(withDb(__VA_ARGS__, db));                                  \
        QVERIFY2(r_.exitCode == 0, qPrintable(r_.err));                                            \
    } while (false)

QString isoDate(QDate d)
{
    return d.toString(Qt::ISODate);
}

int weekdays(QDate from, QDate to)
{
    int n = 0;
    for (QDate d = from; d <= to; d = d.addDays(1))
        n += d.dayOfWeek() < 6 ? 1 : 0;
    return n;
}

QString two(double v)
{
    QString t = QString::number(std::round(v * 100) / 100, 'f', 2);
    while (t.contains(u'.') && (t.endsWith(u'0') || t.endsWith(u'.')))
        t.chop(1);
    return t;
}

} // namespace

class TestSprintCharts : public QObject
{
    Q_OBJECT

private slots:
    void reportsFromTheCommandLine();
    void screenshotOfTheChartsView();
};

void TestSprintCharts::reportsFromTheCommandLine()
{
    QTemporaryDir dir;
    const QString db = dir.filePath(u"team.sprintdeck"_s);
    const QDate today = QDate::currentDate();
    const QDate end = today.addDays(13);
    RUN_OK({u"sprint"_s, u"create"_s, u"--name"_s, u"Sprint X"_s, u"--start"_s, isoDate(today),
            u"--end"_s, isoDate(end)});
    RUN_OK({u"card"_s, u"add"_s, u"--title"_s, u"Alpha"_s, u"--key"_s, u"A-1"_s, u"--points"_s,
            u"3"_s, u"--sprint"_s, u"Sprint X"_s, u"--priority"_s, u"P1"_s});
    RUN_OK({u"card"_s, u"add"_s, u"--title"_s, u"Beta"_s, u"--key"_s, u"B-1"_s, u"--points"_s,
            u"5"_s, u"--sprint"_s, u"Sprint X"_s});
    RUN_OK({u"sprint"_s, u"start"_s, u"Sprint X"_s});
    RUN_OK({u"card"_s, u"move"_s, u"A-1"_s, u"--to"_s, u"Done"_s});
    RUN_OK({u"card"_s, u"add"_s, u"--title"_s, u"Gamma"_s, u"--key"_s, u"C-1"_s, u"--points"_s,
            u"2"_s, u"--sprint"_s, u"Sprint X"_s});

    CliRun r = runSprintDeck(withDb({u"report"_s, u"burndown"_s, u"--format"_s, u"csv"_s}, db));
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    const QStringList lines = r.out.split(u"\r\n"_s, Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 15);
    QCOMPARE(lines.first(),
             u"date,working_day,ideal,remaining,scope,completed,scope_change,changes,projected"_s);
    // Today: 8 committed, A done (3), C added (2): 7 remaining of 10.
    const int n = weekdays(today, end);
    const bool working = today.dayOfWeek() < 6;
    const QString ideal = two(8.0 * (n - (working ? 1 : 0)) / n);
    QCOMPARE(lines.at(1), u"%1,%2,%3,7,10,3,2,+C-1 (2),"_s.arg(
                              isoDate(today), working ? u"yes"_s : u"no"_s, ideal));
    // Days to come have the ideal line only; the last day's ideal is 0.
    QVERIFY2(lines.at(2).startsWith(isoDate(today.addDays(1)) + u','), qPrintable(lines.at(2)));
    QVERIFY2(lines.at(2).endsWith(u",,,,0,,"_s), qPrintable(lines.at(2)));
    QVERIFY2(
        lines.at(14).startsWith(isoDate(end) + (end.dayOfWeek() < 6 ? u",yes,0,"_s : u",no,0,"_s)),
        qPrintable(lines.at(14)));

    r = runSprintDeck(withDb(
        {u"report"_s, u"burnup"_s, u"--sprint"_s, u"Sprint X"_s, u"--format"_s, u"json"_s}, db));
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    const QJsonObject burnup = QJsonDocument::fromJson(r.out.toUtf8()).object();
    QCOMPARE(burnup.value(u"committed"_s).toDouble(), 8.0);
    const QJsonObject first = burnup.value(u"days"_s).toArray().first().toObject();
    QCOMPARE(first.value(u"scope"_s).toDouble(), 10.0);
    QCOMPARE(first.value(u"completed"_s).toDouble(), 3.0);
    QVERIFY(burnup.value(u"days"_s).toArray().at(1).toObject().value(u"scope"_s).isNull());

    r = runSprintDeck(withDb({u"report"_s, u"progress"_s, u"--format"_s, u"csv"_s}, db));
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QCOMPARE(
        r.out,
        u"Priority,Story Points,Completed,Remaining\r\nP1,3,3,0\r\nP3,7,0,7\r\nTotal,10,3,7\r\n"_s);

    r = runSprintDeck(
        withDb({u"report"_s, u"cfd"_s, u"--unit"_s, u"cards"_s, u"--format"_s, u"csv"_s}, db));
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QCOMPARE(r.out, u"date,To Do,In Progress,Review,Done\r\n%1,2,0,0,1\r\n"_s.arg(isoDate(today)));

    r = runSprintDeck(
        withDb({u"report"_s, u"burndown"_s, u"--unit"_s, u"cards"_s, u"--format"_s, u"md"_s}, db));
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY2(r.out.startsWith(u"### Burndown: Sprint X\n\ncommitted 2 cards"_s), qPrintable(r.out));
    QVERIFY(r.out.contains(u"| %1 | "_s.arg(isoDate(today))));
}

void TestSprintCharts::screenshotOfTheChartsView()
{
    QVERIFY2(qEnvironmentVariableIsSet("DISPLAY"), "this test runs under Xvfb (xvfb-run)");
    QTemporaryDir dir;
    const QString db = dir.filePath(u"demo.sprintdeck"_s);
    const QString png = dir.filePath(u"charts.png"_s);
    const CliRun r = runSprintDeck(
        {u"--demo"_s, u"--db"_s, db, u"--screenshot"_s, png, u"--view"_s, u"charts"_s});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    const QImage image(png);
    QVERIFY(!image.isNull());
    QVERIFY(image.width() >= 1200 && image.height() >= 800);
    // The burndown's remaining line (blue), the completed line and done area (green), the
    // today line (red): each drew a good number of pixels.
    int blue = 0, green = 0, red = 0;
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x) {
            const QColor c = image.pixelColor(x, y);
            if (qAbs(c.red() - 0x25) < 16 && qAbs(c.green() - 0x63) < 16 &&
                qAbs(c.blue() - 0xeb) < 16)
                ++blue;
            else if (qAbs(c.red() - 0x16) < 16 && qAbs(c.green() - 0xa3) < 16 &&
                     qAbs(c.blue() - 0x4a) < 16)
                ++green;
            else if (qAbs(c.red() - 0xdc) < 16 && qAbs(c.green() - 0x26) < 16 &&
                     qAbs(c.blue() - 0x26) < 16)
                ++red;
        }
    }
    QVERIFY2(blue > 300, qPrintable(QString::number(blue)));
    QVERIFY2(green > 2000, qPrintable(QString::number(green)));
    QVERIFY2(red > 100, qPrintable(QString::number(red)));
}

QTEST_GUILESS_MAIN(TestSprintCharts)
#include "tst_sprintcharts.moc"
