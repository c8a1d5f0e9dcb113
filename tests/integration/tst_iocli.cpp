#include "tests/integration/clirunner.h"
#include "tests/testpaths.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

QString sample(const QString &name)
{
    return TestPaths::testData() + u"/samples/"_s + name;
}

QString fixture(const QString &name)
{
    return TestPaths::testData() + u"/io/"_s + name;
}

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace

/** `sprintdeck import`, `export` and `restore` as scripts use them. */
class TestIoCli : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;

    QString db(const QString &name) const { return m_dir.filePath(name); }

    static QStringList keysOf(const CliRun &list)
    {
        QStringList keys;
        const QStringList lines = list.out.split(u'\n', Qt::SkipEmptyParts);
        for (qsizetype i = 1; i < lines.size(); ++i)
            keys.append(lines.at(i).section(u',', 0, 0));
        return keys;
    }

private slots:
    void importsEachSample_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QStringList>("keys");
        QTest::addColumn<QString>("summary");
        QTest::newRow("daily status")
            << u"sprint4-daily-status.md"_s
            << QStringList{u"FIX-001"_s,   u"FIX-002"_s,   u"FIX-003"_s,  u"FIX-004"_s,
                           u"STORY-012"_s, u"STORY-013"_s, u"STORY-015"_s}
            << u"7 cards to create, 0 to update, 0 unchanged or skipped; sprints to create: Sprint 4"_s;
        QTest::newRow("completion report")
            << u"sprint1-completion-report.md"_s
            << QStringList{u"STORY-1.1"_s, u"STORY-1.2"_s, u"STORY-1.3"_s, u"STORY-1.4"_s,
                           u"STORY-1.5"_s, u"STORY-1.6"_s, u"STORY-1.7"_s, u"STORY-2.1"_s,
                           u"STORY-2.2"_s, u"STORY-2.3"_s, u"STORY-2.4"_s}
            << u"11 cards to create, 0 to update, 0 unchanged or skipped; sprints to create: Sprint 1"_s;
        QTest::newRow("tracker")
            << u"sprint1.2-status-tracker.md"_s
            << QStringList{u"SD-1"_s, u"SD-2"_s, u"SD-3"_s, u"SD-4"_s,
                           u"SD-5"_s, u"SD-6"_s, u"SD-7"_s, u"SD-8"_s}
            << u"8 cards to create, 0 to update, 0 unchanged or skipped; sprints to create: Sprint 1.2"_s;
    }

    void importsEachSample()
    {
        QFETCH(QString, file);
        QFETCH(QStringList, keys);
        QFETCH(QString, summary);
        const QString path = db(file + u".sprintdeck"_s);
        // A dry run prints the preview and writes nothing.
        CliRun dry = runSprintDeck({u"import"_s, sample(file), u"--dry-run"_s, u"--db"_s, path});
        QCOMPARE(dry.exitCode, 0);
        QVERIFY2(dry.out.startsWith(summary), qPrintable(dry.out));
        QVERIFY(dry.out.contains(u"Warnings:"_s));
        QVERIFY(!dry.out.contains(u"Imported into"_s));
        QCOMPARE(
            keysOf(runSprintDeck({u"card"_s, u"list"_s, u"--format"_s, u"csv"_s, u"--db"_s, path})),
            QStringList());

        CliRun run = runSprintDeck({u"import"_s, sample(file), u"--db"_s, path});
        QCOMPARE(run.exitCode, 0);
        QVERIFY(run.out.contains(u"Imported into"_s));
        QStringList listed =
            keysOf(runSprintDeck({u"card"_s, u"list"_s, u"--format"_s, u"csv"_s, u"--db"_s, path}));
        listed.sort();
        keys.sort();
        QCOMPARE(listed, keys);

        // Again: everything is matched, nothing written.
        CliRun again = runSprintDeck({u"import"_s, sample(file), u"--db"_s, path});
        QCOMPARE(again.exitCode, 0);
        QVERIFY2(again.out.startsWith(
                     u"0 cards to create, 0 to update, %1 unchanged or skipped"_s.arg(keys.size())),
                 qPrintable(again.out));
        QVERIFY(again.out.contains(u"Nothing to change."_s));
    }

    void warningsNameTheirLines()
    {
        CliRun run = runSprintDeck({u"import"_s, sample(u"sprint4-daily-status.md"_s),
                                    u"--dry-run"_s, u"--db"_s, db(u"w.sprintdeck"_s)});
        QCOMPARE(run.exitCode, 0);
        QVERIFY(run.out.contains(u"  line 60: the progress table says 28 points completed but the "
                                 u"stories reported done by "
                                 "Day 2 (January 14, 2025) add up to 32\n"_s));
        QVERIFY(
            run.out.contains(u"  line 5: repaired 27 characters garbled by a Windows code page"_s));
    }

    void jiraCsvWithMapping()
    {
        const QString path = db(u"jira.sprintdeck"_s);
        CliRun run = runSprintDeck({u"import"_s, fixture(u"jira-export.csv"_s), u"--map"_s,
                                    u"Waiting for QA=Review"_s, u"--db"_s, path});
        QCOMPARE(run.exitCode, 0);
        QVERIFY(run.out.contains(u"  Waiting for QA -> Review (--map)\n"_s));
        QVERIFY(run.out.contains(u"  Code Review -> Review\n"_s));
        CliRun list =
            runSprintDeck({u"card"_s, u"list"_s, u"--format"_s, u"csv"_s, u"--db"_s, path});
        QVERIFY(list.out.contains(
            u"SHOP-105,Fraud rules for high-risk countries,2.5,P1,story,Review,Ada Lovelace,SHOP Sprint 12"_s));

        CliRun bad = runSprintDeck({u"import"_s, fixture(u"jira-export.csv"_s), u"--map"_s,
                                    u"Done=Shipped"_s, u"--db"_s, path});
        QCOMPARE(bad.exitCode, 1);
        QVERIFY(bad.err.contains(
            u"There is no column \u201cShipped\u201d for the status \u201cDone\u201d"_s));
        CliRun usage = runSprintDeck(
            {u"import"_s, fixture(u"jira-export.csv"_s), u"--map"_s, u"Done"_s, u"--db"_s, path});
        QCOMPARE(usage.exitCode, 2);
    }

    void severalFilesAreOneImport()
    {
        const QString path = db(u"several.sprintdeck"_s);
        CliRun run = runSprintDeck({u"import"_s, sample(u"sprint4-daily-status.md"_s),
                                    sample(u"sprint1-completion-report.md"_s),
                                    fixture(u"jira-export.csv"_s), u"--db"_s, path});
        QCOMPARE(run.exitCode, 0);
        QVERIFY(run.out.startsWith(u"24 cards to create"_s));
        // Warnings of several files name their file.
        QVERIFY(run.out.contains(u"  sprint4-daily-status.md, line 60: "_s));
    }

    void badFilesImportNothing()
    {
        const QString path = db(u"bad.sprintdeck"_s);
        QVERIFY(runSprintDeck({u"import"_s, sample(u"sprint4-daily-status.md"_s), u"--db"_s, path})
                    .exitCode == 0);
        const QString broken = m_dir.filePath(u"broken.csv"_s);
        QFile f(broken);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("Summary,Issue key,Status\r\nFine,NEW-1,To Do\r\n\"Never "
                "closed,NEW-2,Done\r\nNEW-3,x,y\r\n");
        f.close();
        // One bad file among good ones: nothing of any of them is imported.
        CliRun run = runSprintDeck(
            {u"import"_s, sample(u"sprint1-completion-report.md"_s), broken, u"--db"_s, path});
        QCOMPARE(run.exitCode, 1);
        QCOMPARE(
            run.err.trimmed(),
            u"sprintdeck: broken.csv, line 3: a quoted field starts here and is never closed (unbalanced quote)"_s);
        const QStringList keys =
            keysOf(runSprintDeck({u"card"_s, u"list"_s, u"--format"_s, u"csv"_s, u"--db"_s, path}));
        QCOMPARE(keys.size(), 7);
        QVERIFY(!keys.contains(u"STORY-1.1"_s));

        CliRun missing =
            runSprintDeck({u"import"_s, m_dir.filePath(u"nothing.md"_s), u"--db"_s, path});
        QCOMPARE(missing.exitCode, 1);
        QVERIFY(missing.err.contains(u"nothing.md does not exist"_s));
        const QString binary = m_dir.filePath(u"picture.md"_s);
        QFile b(binary);
        QVERIFY(b.open(QIODevice::WriteOnly));
        b.write(QByteArray("\x89PNG\r\n\x1A\n\0\0\0\rIHDR", 16));
        b.close();
        CliRun bin = runSprintDeck({u"import"_s, binary, u"--db"_s, path});
        QCOMPARE(bin.exitCode, 1);
        QCOMPARE(
            bin.err.trimmed(),
            u"sprintdeck: picture.md, line 3: binary data (a NUL byte); this is not a text file"_s);
        QCOMPARE(runSprintDeck({u"import"_s, u"--db"_s, path}).exitCode, 2);
    }

    void exportRestoreExportIsIdentical()
    {
        const QString path = db(u"full.sprintdeck"_s);
        QCOMPARE(runSprintDeck({u"import"_s, sample(u"sprint4-daily-status.md"_s),
                                sample(u"sprint1.2-status-tracker.md"_s),
                                fixture(u"jira-export.csv"_s), u"--db"_s, path})
                     .exitCode,
                 0);
        const QString first = m_dir.filePath(u"first.json"_s);
        QCOMPARE(
            runSprintDeck({u"export"_s, u"--format"_s, u"json"_s, u"-o"_s, first, u"--db"_s, path})
                .exitCode,
            0);
        const QString restored = db(u"restored.sprintdeck"_s);
        CliRun restore = runSprintDeck({u"restore"_s, first, u"--db"_s, restored});
        QCOMPARE(restore.exitCode, 0);
        const QString second = m_dir.filePath(u"second.json"_s);
        QCOMPARE(runSprintDeck({u"export"_s, u"-o"_s, second, u"--db"_s, restored}).exitCode, 0);
        QVERIFY(!readAll(first).isEmpty());
        QVERIFY(readAll(first) == readAll(second));

        // A restore never writes over a board.
        CliRun again = runSprintDeck({u"restore"_s, first, u"--db"_s, restored});
        QCOMPARE(again.exitCode, 1);
        QVERIFY(again.err.contains(u"already holds a board"_s));
        // A backup given to import restores into an empty database only.
        QCOMPARE(
            runSprintDeck({u"import"_s, first, u"--db"_s, db(u"viaimport.sprintdeck"_s)}).exitCode,
            0);
        CliRun refused = runSprintDeck({u"import"_s, first, u"--db"_s, path});
        QCOMPARE(refused.exitCode, 1);
        QVERIFY(refused.err.contains(u"restore it into a new database"_s));
        // A broken backup leaves no file behind.
        const QString broken = m_dir.filePath(u"broken.json"_s);
        QFile f(broken);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(readAll(first).left(5000));
        f.close();
        const QString target = db(u"never.sprintdeck"_s);
        CliRun bad = runSprintDeck({u"restore"_s, broken, u"--db"_s, target});
        QCOMPARE(bad.exitCode, 1);
        QVERIFY2(bad.err.contains(u"broken.json, line "_s) && bad.err.contains(u"not valid JSON"_s),
                 qPrintable(bad.err));
        QVERIFY(!QFile::exists(target));
    }

    void csvAndMarkdownExports()
    {
        const QString path = db(u"exports.sprintdeck"_s);
        QCOMPARE(runSprintDeck({u"import"_s, sample(u"sprint4-daily-status.md"_s), u"--db"_s, path})
                     .exitCode,
                 0);
        const QString csv = m_dir.filePath(u"cards.csv"_s);
        QCOMPARE(runSprintDeck({u"export"_s, u"--format"_s, u"csv"_s, u"-o"_s, csv, u"--sprint"_s,
                                u"Sprint 4"_s, u"--db"_s, path})
                     .exitCode,
                 0);
        QVERIFY(readAll(csv).contains("FIX-003,Test Suite Stabilization,fix,Done,P3,,Sprint 4,4,"));
        const QString md = m_dir.filePath(u"report.md"_s);
        QCOMPARE(runSprintDeck({u"export"_s, u"-o"_s, md, u"--db"_s, path}).exitCode, 0);
        QVERIFY(readAll(md).startsWith("# Sprint 4 Status Report\n"));
        // Both read back into a new board with the same cards.
        for (const QString &file : {csv, md}) {
            const QString fresh = db(QFileInfo(file).suffix() + u"-again.sprintdeck"_s);
            QCOMPARE(runSprintDeck({u"import"_s, file, u"--db"_s, fresh}).exitCode, 0);
            QStringList keys = keysOf(
                runSprintDeck({u"card"_s, u"list"_s, u"--format"_s, u"csv"_s, u"--db"_s, fresh}));
            keys.sort();
            QCOMPARE(keys, (QStringList{u"FIX-001"_s, u"FIX-002"_s, u"FIX-003"_s, u"FIX-004"_s,
                                        u"STORY-012"_s, u"STORY-013"_s, u"STORY-015"_s}));
        }
        QCOMPARE(runSprintDeck({u"export"_s, u"--format"_s, u"xml"_s, u"-o"_s, md, u"--db"_s, path})
                     .exitCode,
                 2);
        QCOMPARE(runSprintDeck({u"export"_s, u"--format"_s, u"json"_s, u"--db"_s, path}).exitCode,
                 2);
        QCOMPARE(
            runSprintDeck({u"export"_s, u"-o"_s, csv, u"--sprint"_s, u"Nope"_s, u"--db"_s, path})
                .exitCode,
            1);
    }
};

QTEST_GUILESS_MAIN(TestIoCli)
#include "tst_iocli.moc"
