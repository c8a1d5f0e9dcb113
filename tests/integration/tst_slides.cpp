#include "tests/integration/clirunner.h"
#include "tests/testpaths.h"
#include "tests/zipentries.h"

#include "tests/core/reviewfixture.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using namespace Qt::StringLiterals;
using SprintDeck::TestZip::unzip;
using namespace SprintDeck;

namespace {

struct ToolRun
{
    bool ok = false;
    QString out;
    QString error;
};

/** Runs an external tool with a timeout; a missing tool is an error that says so. */
ToolRun tool(const QString &program, const QStringList &args, int timeoutMs = 120000)
{
    ToolRun r;
    const QString path = QStandardPaths::findExecutable(program);
    if (path.isEmpty()) {
        r.error =
            u"%1 is not installed (packaging/debian-deps.sh --test installs it)"_s.arg(program);
        return r;
    }
    QProcess p;
    p.start(path, args);
    if (!p.waitForFinished(timeoutMs)) {
        p.kill();
        p.waitForFinished();
        r.error = u"%1 timed out after %2 s"_s.arg(program).arg(timeoutMs / 1000);
        return r;
    }
    r.out = QString::fromUtf8(p.readAllStandardOutput());
    r.ok = p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0;
    if (!r.ok)
        r.error = u"%1 failed (%2): %3"_s.arg(program)
                      .arg(p.exitCode())
                      .arg(QString::fromUtf8(p.readAllStandardError()));
    return r;
}

int slideCount(const QHash<QString, QByteArray> &parts)
{
    static const QRegularExpression slide(u"^ppt/slides/slide\\d+\\.xml$"_s);
    int n = 0;
    for (auto it = parts.cbegin(); it != parts.cend(); ++it)
        n += slide.match(it.key()).hasMatch();
    return n;
}

int pdfPages(const QString &pdf, QString *error)
{
    const ToolRun info = tool(u"pdfinfo"_s, {pdf});
    if (!info.ok) {
        *error = info.error;
        return -1;
    }
    const auto match =
        QRegularExpression(u"^Pages:\\s+(\\d+)"_s, QRegularExpression::MultilineOption)
            .match(info.out);
    return match.hasMatch() ? match.captured(1).toInt() : -1;
}

/** Words placed outside their page, from pdftotext -bbox. */
QStringList wordsOffThePage(const QString &pdf, QString *error)
{
    const ToolRun boxes = tool(u"pdftotext"_s, {u"-bbox"_s, pdf, u"-"_s});
    if (!boxes.ok) {
        *error = boxes.error;
        return {u"(pdftotext failed)"_s};
    }
    static const QRegularExpression page(uR"re(<page width="([\d.]+)" height="([\d.]+)">)re"_s);
    static const QRegularExpression word(
        uR"re(<word xMin="([-\d.]+)" yMin="([-\d.]+)" xMax="([-\d.]+)" yMax="([-\d.]+)">([^<]*)</word>)re"_s);
    QStringList off;
    double width = 0, height = 0;
    int pageNumber = 0;
    for (const QString &line : boxes.out.split(u'\n')) {
        if (const auto m = page.match(line); m.hasMatch()) {
            width = m.captured(1).toDouble();
            height = m.captured(2).toDouble();
            ++pageNumber;
            continue;
        }
        const auto m = word.match(line);
        if (!m.hasMatch())
            continue;
        const double x0 = m.captured(1).toDouble(), y0 = m.captured(2).toDouble();
        const double x1 = m.captured(3).toDouble(), y1 = m.captured(4).toDouble();
        if (x0 < -0.5 || y0 < -0.5 || x1 > width + 0.5 || y1 > height + 0.5)
            off << u"page %1: \"%2\" at %3,%4-%5,%6"_s.arg(pageNumber)
                       .arg(m.captured(5))
                       .arg(x0)
                       .arg(y0)
                       .arg(x1)
                       .arg(y1);
    }
    return off;
}

/** The cached values of a chart series by name: index -> value text. */
QMap<int, QString> seriesValues(const QString &chartXml, const QString &name)
{
    QMap<int, QString> values;
    const qsizetype at = chartXml.indexOf(u"<c:v>"_s + name + u"</c:v>"_s);
    if (at < 0)
        return values;
    const qsizetype start = chartXml.indexOf(u"<c:numCache>"_s, at);
    const qsizetype end = chartXml.indexOf(u"</c:numCache>"_s, start);
    static const QRegularExpression pt(uR"re(<c:pt idx="(\d+)"><c:v>([^<]*)</c:v></c:pt>)re"_s);
    auto it = pt.globalMatch(chartXml.mid(start, end - start));
    while (it.hasNext()) {
        const auto m = it.next();
        values.insert(m.captured(1).toInt(), m.captured(2));
    }
    return values;
}

} // namespace

class TestSlides : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_work;

    /** Converts with a real LibreOffice in a profile of its own; returns the PDF's path. */
    QString convert(const QString &pptx, QString *error)
    {
        const QString profile =
            m_work.filePath(u"lo-"_s + QUuid::createUuid().toString(QUuid::WithoutBraces));
        const QString outDir = QFileInfo(pptx).absolutePath() + u"/lo"_s;
        QDir().mkpath(outDir);
        const ToolRun run =
            tool(u"soffice"_s,
                 {u"--headless"_s, u"--norestore"_s, u"-env:UserInstallation=file://"_s + profile,
                  u"--convert-to"_s, u"pdf"_s, u"--outdir"_s, outDir, pptx},
                 240000);
        const QString pdf = outDir + u'/' + QFileInfo(pptx).completeBaseName() + u".pdf"_s;
        if (!run.ok || !QFile::exists(pdf)) {
            *error = run.ok ? u"LibreOffice wrote no PDF: "_s + run.out : run.error;
            return {};
        }
        return pdf;
    }

private slots:
    void initTestCase() { QVERIFY(m_work.isValid()); }

    void deckOpensInLibreOffice_data()
    {
        QTest::addColumn<int>("completed");
        QTest::addColumn<int>("open");
        QTest::addColumn<int>("titleWords");
        QTest::addColumn<bool>("close");
        QTest::addColumn<QString>("theme");
        QTest::newRow("typical sprint") << 12 << 5 << 6 << false << u"light"_s;
        QTest::newRow("no stories") << 0 << 0 << 6 << false << u"light"_s;
        QTest::newRow("200 stories") << 200 << 8 << 6 << false << u"light"_s;
        QTest::newRow("very long titles") << 24 << 6 << 70 << true << u"dark"_s;
    }
    void deckOpensInLibreOffice()
    {
        QFETCH(int, completed);
        QFETCH(int, open);
        QFETCH(int, titleWords);
        QFETCH(bool, close);
        QFETCH(QString, theme);

        ReviewFixture fixture;
        ReviewFixture::Spec spec;
        spec.completed = completed;
        spec.open = open;
        spec.titleWords = titleWords;
        spec.close = close;
        if (completed == 0) {
            spec.previousSprints = 0;
            spec.nextSprint = false;
            spec.notes = false;
        }
        QVERIFY2(fixture.build(spec), qPrintable(fixture.error()));
        QStringList keys;
        for (const Card &c : fixture.board().cards())
            if (c.key.startsWith(u"STORY-"_s) || c.key.startsWith(u"TASK-"_s))
                keys << c.key;
        QCOMPARE(keys.size(), completed + open);
        const QString db = fixture.path();
        fixture.release();

        const QString dir =
            m_work.filePath(QString::fromLatin1(QTest::currentDataTag()).replace(u' ', u'-'));
        QVERIFY(QDir().mkpath(dir));
        const QString pptx = dir + u"/review.pptx"_s;
        const QString pdf = dir + u"/review.pdf"_s;
        CliRun run = runSprintDeck({u"slides"_s, u"--db"_s, db, u"--sprint"_s, spec.sprint, u"-o"_s,
                                    pptx, u"--theme"_s, theme, u"--accent"_s, u"#0EA5E9"_s});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY(run.out.contains(u"review.pptx"_s));
        run = runSprintDeck({u"slides"_s, u"--db"_s, db, u"--sprint"_s, spec.sprint, u"-o"_s, pdf,
                             u"--theme"_s, theme});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));

        const QHash<QString, QByteArray> parts = unzip(pptx);
        const int slides = slideCount(parts);
        QVERIFY(slides >= 9);
        if (completed >= 200)
            QVERIFY2(slides >= 20, qPrintable(QString::number(slides))); // the table continues

        QString error;
        QCOMPARE(pdfPages(pdf, &error), slides);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        const QString converted = convert(pptx, &error);
        QVERIFY2(!converted.isEmpty(), qPrintable(error));
        QCOMPARE(pdfPages(converted, &error), slides);

        // What LibreOffice shows: the sprint, every story key, the chart titles.
        for (const QString &file : {converted, pdf}) {
            const ToolRun text = tool(u"pdftotext"_s, {file, u"-"_s});
            QVERIFY2(text.ok, qPrintable(text.error));
            QVERIFY2(text.out.contains(spec.sprint), qPrintable(file));
            QString flat = text.out;
            flat.replace(QRegularExpression(u"\\s+"_s), u" "_s);
            for (const QString &key : std::as_const(keys))
                QVERIFY2(QRegularExpression(u"\\b"_s + key + u"\\b"_s).match(flat).hasMatch(),
                         qPrintable(u"%1 not in %2"_s.arg(key, file)));
            for (const QString &title :
                 {u"Burndown: story points remaining"_s, u"Burnup: scope and completed points"_s,
                  u"Velocity: committed and completed points per sprint"_s})
                QVERIFY2(flat.contains(title),
                         qPrintable(u"chart title \u201c%1\u201d not in %2"_s.arg(title, file)));
            const QStringList off = wordsOffThePage(file, &error);
            QVERIFY2(off.isEmpty(),
                     qPrintable(file + u":\n"_s + off.mid(0, 10).join(u'\n') + error));
        }

        // The burndown chart holds the numbers `report burndown` prints.
        run = runSprintDeck({u"report"_s, u"burndown"_s, u"--db"_s, db, u"--sprint"_s, spec.sprint,
                             u"--format"_s, u"json"_s});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        const QJsonObject report = QJsonDocument::fromJson(run.out.toUtf8()).object();
        const QJsonArray days = report.value(u"days"_s).toArray();
        QVERIFY(!days.isEmpty());
        const QString chart = QString::fromUtf8(parts.value(u"ppt/charts/chart1.xml"_s));
        QVERIFY(chart.contains(u"Burndown: story points remaining"_s));
        const QMap<int, QString> ideal = seriesValues(chart, u"Ideal"_s);
        const QMap<int, QString> remaining = seriesValues(chart, u"Remaining"_s);
        QCOMPARE(ideal.value(0), QString::number(report.value(u"committed"_s).toDouble()));
        for (int i = 0; i < days.size(); ++i) {
            const QJsonObject day = days.at(i).toObject();
            QCOMPARE(ideal.value(i + 1), QString::number(day.value(u"ideal"_s).toDouble()));
            if (day.value(u"remaining"_s).isNull())
                QVERIFY(!remaining.contains(i + 1));
            else
                QCOMPARE(remaining.value(i + 1),
                         QString::number(day.value(u"remaining"_s).toDouble()));
        }
        QVERIFY(parts.contains(u"ppt/charts/chart2.xml"_s));
        QVERIFY(parts.value(u"ppt/charts/chart3.xml"_s).contains("<c:barChart>"));
    }

    void reviewNotesFromTheCommandLine()
    {
        ReviewFixture fixture;
        ReviewFixture::Spec spec;
        spec.notes = false;
        spec.previousSprints = 0;
        QVERIFY2(fixture.build(spec), qPrintable(fixture.error()));
        const QString db = fixture.path();
        fixture.release();

        CliRun run = runSprintDeck(
            {u"review"_s, u"set"_s, u"--db"_s, db, u"--sprint"_s, spec.sprint, u"--from"_s,
             TestPaths::testData() + u"/sprint-review-notes.md"_s, u"--went-well"_s,
             u"Demo went smoothly"_s, u"--went-well"_s, u"Zero bugs"_s});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        run = runSprintDeck({u"review"_s, u"show"_s, u"--db"_s, db, u"--sprint"_s, spec.sprint,
                             u"--format"_s, u"json"_s});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        const QJsonObject notes = QJsonDocument::fromJson(run.out.toUtf8()).object();
        QCOMPARE(notes.value(u"went-well"_s).toString(), u"Demo went smoothly\nZero bugs"_s);
        QVERIFY(
            notes.value(u"challenges"_s).toString().contains(u"SQLAlchemy 2.0 async patterns"_s));
        QVERIFY(notes.value(u"next-sprint"_s).toString().contains(u"Worker Management API"_s));

        const QString pptx = m_work.filePath(u"notes.pptx"_s);
        run = runSprintDeck(
            {u"slides"_s, u"--db"_s, db, u"-o"_s, pptx, u"--sections"_s, u"title,retro,next"_s});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        const QHash<QString, QByteArray> parts = unzip(pptx);
        QCOMPARE(slideCount(parts), 3);
        QVERIFY(parts.value(u"ppt/slides/slide2.xml"_s).contains("Zero bugs"));
        QVERIFY(parts.value(u"ppt/slides/slide3.xml"_s).contains("Worker Management API"));
    }

    void badInputIsRefused_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("message");
        QTest::newRow("no output") << QStringList{u"slides"_s} << 2 << u"-o FILE"_s;
        QTest::newRow("wrong suffix")
            << QStringList{u"slides"_s, u"-o"_s, u"deck.key"_s} << 2 << u".pptx or .pdf"_s;
        QTest::newRow("unknown section")
            << QStringList{u"slides"_s, u"-o"_s, u"d.pdf"_s, u"--sections"_s, u"title,gantt"_s} << 2
            << u"gantt"_s;
        QTest::newRow("bad accent")
            << QStringList{u"slides"_s, u"-o"_s, u"d.pdf"_s, u"--accent"_s, u"blue"_s} << 2
            << u"#RRGGBB"_s;
        QTest::newRow("bad theme")
            << QStringList{u"slides"_s, u"-o"_s, u"d.pdf"_s, u"--theme"_s, u"neon"_s} << 2
            << u"light or dark"_s;
        QTest::newRow("unknown sprint")
            << QStringList{u"slides"_s, u"-o"_s, u"d.pdf"_s, u"--sprint"_s, u"Nope"_s} << 1
            << u"Nope"_s;
        QTest::newRow("unwritable")
            << QStringList{u"slides"_s, u"-o"_s, u"/nonexistent/folder/d.pptx"_s} << 1
            << u"d.pptx"_s;
        QTest::newRow("review nothing")
            << QStringList{u"review"_s, u"set"_s} << 2 << u"--went-well"_s;
    }
    void badInputIsRefused()
    {
        QFETCH(QStringList, args);
        QFETCH(int, exitCode);
        QFETCH(QString, message);
        ReviewFixture fixture;
        ReviewFixture::Spec spec;
        spec.previousSprints = 0;
        QVERIFY2(fixture.build(spec), qPrintable(fixture.error()));
        const QString db = fixture.path();
        fixture.release();
        QStringList full = args;
        full << u"--db"_s << db;
        QDir::setCurrent(m_work.path());
        const CliRun run = runSprintDeck(full);
        QCOMPARE(run.exitCode, exitCode);
        // The reason is one line (Qt may warn about the environment before it, usage adds a hint
        // after it).
        QString reason;
        for (const QString &line : run.err.split(u'\n'))
            if (line.startsWith(u"sprintdeck: "_s) && reason.isEmpty())
                reason = line;
        QVERIFY2(reason.contains(message), qPrintable(run.err));
        QVERIFY(!QFile::exists(m_work.filePath(u"d.pdf"_s)));
    }
};

QTEST_GUILESS_MAIN(TestSlides)
#include "tst_slides.moc"
