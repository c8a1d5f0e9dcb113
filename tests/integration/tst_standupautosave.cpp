#include "core/board/board.h"
#include "core/standup/standupbook.h"
#include "tests/testpaths.h"

#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace SprintDeck;
using namespace Qt::StringLiterals;

/**
 * Autosave survives killing the application: a child process runs the real
 * standup view, types into it like a user, and is killed with SIGKILL (no
 * chance to flush anything on the way out); the text must be in the file.
 */
class TestStandupAutosave : public QObject
{
    Q_OBJECT
private slots:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        m_path = m_dir->filePath(u"standup.sprintdeck"_s);
        auto board = Board::open(m_path);
        QVERIFY2(board, qPrintable(board.error()));
        m_ada = *board.value()->addMember(u"Ada Lovelace"_s);
        QVERIFY(board.value()->addMember(u"Ben Okri"_s));
    }

    void killedAfterTheAutosavePause_data()
    {
        QTest::addColumn<QString>("mode");
        // The pause after typing saves; so does leaving the editor, at once.
        QTest::newRow("debounce") << u"debounce"_s;
        QTest::newRow("focus out") << u"focus"_s;
    }
    void killedAfterTheAutosavePause()
    {
        QFETCH(QString, mode);
        const QString typed = u"Finished the login form"_s;
        QProcess child;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
        child.setProcessEnvironment(env);
        child.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        QElapsedTimer clock;
        clock.start();
        child.start(TestPaths::standupChild(), {m_path, mode, typed});
        QVERIFY2(child.waitForStarted(10000), qPrintable(child.errorString()));

        const QByteArray until = mode == u"focus" ? "TYPED\n" : "SAVED\n";
        QByteArray out;
        qint64 typedAt = -1;
        while (!out.contains(until) && clock.elapsed() < 60000) {
            if (child.state() != QProcess::Running)
                QFAIL(qPrintable(u"the child exited early: %1"_s.arg(QString::fromUtf8(out))));
            child.waitForReadyRead(200);
            out += child.readAllStandardOutput();
            if (typedAt < 0 && out.contains("TYPED\n"))
                typedAt = clock.elapsed();
        }
        QVERIFY2(out.contains(until),
                 qPrintable(u"no %1 from the child: %2"_s.arg(QString::fromUtf8(until.trimmed()),
                                                              QString::fromUtf8(out))));
        const qint64 savedAfter = clock.elapsed() - typedAt;
        child.kill(); // SIGKILL: no exit handlers, no flushing
        QVERIFY(child.waitForFinished(10000));
        QCOMPARE(child.exitStatus(), QProcess::CrashExit);
        if (mode == u"debounce")
            QVERIFY2(savedAfter < 10000, qPrintable(u"the autosave took %1 ms"_s.arg(savedAfter)));

        // Nothing the killed process left behind keeps the next start out.
        auto board = Board::open(m_path);
        QVERIFY2(board, qPrintable(board.error()));
        const int dateAt = int(out.indexOf("DATE "));
        QVERIFY(dateAt >= 0);
        const QDate day =
            QDate::fromString(QString::fromLatin1(out.mid(dateAt + 5, 10)), Qt::ISODate);
        QVERIFY(day.isValid());
        const Standup standup = StandupBook::of(*board.value())->standup(day).value();
        QCOMPARE(standup.entryOrEmpty(m_ada).yesterday, typed + u'\n');
        QVERIFY(standup.entryOrEmpty(m_ada).updatedAt.isValid());
    }

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_path;
    qint64 m_ada = 0;
};

QTEST_GUILESS_MAIN(TestStandupAutosave)
#include "tst_standupautosave.moc"
