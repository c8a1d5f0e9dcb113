#include "tests/integration/clirunner.h"

#include <QImage>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

/** Starts the real application in a real X window (under Xvfb) and looks at what it drew. */
class TestSmoke : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QVERIFY2(qEnvironmentVariableIsSet("DISPLAY"), "the smoke test runs under Xvfb (xvfb-run)");
    }

    void screenshotOfTheDemoBoard()
    {
        QTemporaryDir dir;
        const QString db = dir.filePath(u"demo.sprintdeck"_s);
        const QString png = dir.filePath(u"board.png"_s);
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        CliRun r = runSprintDeck(
            {u"-platform"_s, u"xcb"_s, u"--demo"_s, u"--db"_s, db, u"--screenshot"_s, png});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QImage image(png);
        QVERIFY(!image.isNull());
        QCOMPARE(image.size(), QSize(1600, 1000));
        // A real board: many distinct colours (cards, badges, text), not a blank window.
        QSet<QRgb> colours;
        for (int y = 0; y < image.height(); y += 4)
            for (int x = 0; x < image.width(); x += 4)
                colours.insert(image.pixel(x, y));
        QVERIFY2(colours.size() > 200, qPrintable(u"only %1 colours"_s.arg(colours.size())));
        if (!qEnvironmentVariableIsEmpty("SPRINTDECK_KEEP_SCREENSHOTS"))
            QFile::copy(png, qEnvironmentVariable("SPRINTDECK_KEEP_SCREENSHOTS") +
                                 u"/smoke-board.png"_s);

        // The same database opens again (the demo was written, the lock released).
        const QString again = dir.filePath(u"again.png"_s);
        r = runSprintDeck({u"-platform"_s, u"xcb"_s, u"--db"_s, db, u"--screenshot"_s, again});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY(!QImage(again).isNull());
    }

    void badDatabaseFailsWithReason()
    {
        QTemporaryDir dir;
        const QString db = dir.filePath(u"bad.sprintdeck"_s);
        QFile f(db);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("garbage garbage garbage");
        f.close();
        CliRun r = runSprintDeck(
            {u"-platform"_s, u"xcb"_s, u"--db"_s, db, u"--screenshot"_s, dir.filePath(u"x.png"_s)});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(u"not a SprintDeck database"_s), qPrintable(r.err));
        QVERIFY(!QFile::exists(dir.filePath(u"x.png"_s)));
    }

    void sizeSetsTheScreenshotsSize_data()
    {
        QTest::addColumn<QString>("size");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QSize>("imageSize");
        QTest::newRow("800x600") << u"800x600"_s << 0 << QSize(800, 600);
        QTest::newRow("1920x1080") << u"1920x1080"_s << 0 << QSize(1920, 1080);
        QTest::newRow("zero width") << u"0x600"_s << 2 << QSize();
        QTest::newRow("no height") << u"800"_s << 2 << QSize();
        QTest::newRow("words") << u"wide"_s << 2 << QSize();
    }

    void sizeSetsTheScreenshotsSize()
    {
        QFETCH(QString, size);
        QFETCH(int, exitCode);
        QFETCH(QSize, imageSize);
        QTemporaryDir dir;
        const QString png = dir.filePath(u"sized.png"_s);
        CliRun r =
            runSprintDeck({u"-platform"_s, u"xcb"_s, u"--db"_s, dir.filePath(u"s.sprintdeck"_s),
                           u"--view"_s, u"charts"_s, u"--size"_s, size, u"--screenshot"_s, png});
        QVERIFY2(r.exitCode == exitCode, qPrintable(r.err));
        if (exitCode == 0)
            QCOMPARE(QImage(png).size(), imageSize);
        else
            QVERIFY2(r.err.contains(u"--size"_s), qPrintable(r.err));
    }

    void unknownViewIsRefused()
    {
        QTemporaryDir dir;
        CliRun r =
            runSprintDeck({u"-platform"_s, u"xcb"_s, u"--db"_s, dir.filePath(u"v.sprintdeck"_s),
                           u"--screenshot"_s, dir.filePath(u"v.png"_s), u"--view"_s, u"kitchen"_s});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains(u"kitchen"_s));
    }
};

QTEST_GUILESS_MAIN(TestSmoke)
#include "tst_smoke.moc"
