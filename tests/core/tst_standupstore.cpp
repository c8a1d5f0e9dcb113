#include "core/board/board.h"
#include "core/standup/standupbook.h"
#include "core/storage/database.h"

#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace SprintDeck;
using namespace Qt::StringLiterals;

/** Verifies a Status or Result and shows its message when it failed. */
#define VERIFY_OK(expr)                                                                            \
    do {                                                                                           \
        const auto &result_ = (expr);                                                              \
        QVERIFY2(result_.ok(), qPrintable(result_.error()));                                       \
    } while (false)

class TestStandupStore : public QObject
{
    Q_OBJECT
private slots:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        m_path = m_dir->filePath(u"board.sprintdeck"_s);
        openBoard();
        m_ada = *m_board->addMember(u"Ada Lovelace"_s);
        m_ben = *m_board->addMember(u"Ben Okri"_s);
        m_board->undoStack()->clear();
    }
    void cleanup()
    {
        m_board.reset();
        m_dir.reset();
    }

    void schemaHasTheStandupTables()
    {
        QCOMPARE(m_board->database().schemaVersion(), Database::latestSchemaVersion());
        QSqlQuery q(m_board->database().connection());
        QVERIFY(q.exec(
            u"SELECT name FROM sqlite_master WHERE type = 'table' AND name LIKE 'standup%' ORDER BY name"_s));
        QStringList names;
        while (q.next())
            names.append(q.value(0).toString());
        QCOMPARE(names, (QStringList{u"standup_entries"_s, u"standups"_s}));
    }

    void olderFileIsMigrated()
    {
        // A file written before standups existed gets the tables when it is opened.
        const QString old = m_dir->filePath(u"old.sprintdeck"_s);
        {
            Database::Options o;
            o.targetVersion = 3;
            auto db = Database::open(old, o);
            QVERIFY2(db, qPrintable(db.error()));
            QCOMPARE(db.value()->schemaVersion(), 3);
        }
        auto board = Board::open(old);
        QVERIFY2(board, qPrintable(board.error()));
        const qint64 id = *board.value()->addMember(u"Cleo"_s);
        StandupEntry e;
        e.memberId = id;
        e.today = u"- migrate\n"_s;
        QVERIFY(StandupBook::of(*board.value())->saveEntry(QDate(2025, 1, 13), e));
    }

    void entryRoundTripsThroughTheFile()
    {
        StandupEntry e;
        e.memberId = m_ada;
        e.yesterday = u"- **FIX-003**: Test Suite Stabilization \u2192 Done \U0001F389\n"_s;
        e.today = u"1. Pair with Ben\n2. Review *STORY-013*\n"_s;
        e.blockers = u"Waiting for `staging` access\n"_s;
        VERIFY_OK(book()->saveEntry(QDate(2025, 1, 13), e));

        reopen();
        const Standup s = book()->standup(QDate(2025, 1, 13)).value();
        QCOMPARE(s.date, QDate(2025, 1, 13));
        QCOMPARE(s.entries.size(), 1);
        QVERIFY(s.entries.first().sameText(e));
        QCOMPARE(s.entries.first().createdAt, m_time);
        QVERIFY(book()->standup(QDate(2025, 1, 14)).value().entries.isEmpty());
    }

    void upsertKeepsCreationTime()
    {
        StandupEntry e;
        e.memberId = m_ada;
        e.today = u"first"_s;
        VERIFY_OK(book()->saveEntry(QDate(2025, 1, 13), e));
        const QDateTime created = m_time;
        m_time = m_time.addSecs(90);
        e.today = u"second"_s;
        VERIFY_OK(book()->saveEntry(QDate(2025, 1, 13), e));
        const Standup s = book()->standup(QDate(2025, 1, 13)).value();
        QCOMPARE(s.entries.size(), 1);
        QCOMPARE(s.entries.first().today, u"second\n"_s);
        QCOMPARE(s.entries.first().createdAt, created);
        QCOMPARE(s.entries.first().updatedAt, m_time);
        QCOMPARE(s.createdAt, created);
        QCOMPARE(s.updatedAt, m_time);
    }

    void noteIsSavedOnItsOwn()
    {
        QVERIFY(book()->saveNote(QDate(2025, 1, 13), u"Demo on *Thursday*"_s));
        reopen();
        const Standup s = book()->standup(QDate(2025, 1, 13)).value();
        QCOMPARE(s.note, u"Demo on *Thursday*\n"_s);
        QVERIFY(s.entries.isEmpty());
        QVERIFY(!s.isEmpty());
    }

    void normalizedText_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<QString>("stored");
        QTest::newRow("empty") << QString() << QString();
        QTest::newRow("white space") << u" \n\n\t"_s << QString();
        QTest::newRow("trailing lines") << u"- a\n- b\n\n\n"_s << u"- a\n- b\n"_s;
        QTest::newRow("leading indent kept") << u"    code\n"_s << u"    code\n"_s;
        QTest::newRow("no newline") << u"done"_s << u"done\n"_s;
    }
    void normalizedText()
    {
        QFETCH(QString, typed);
        QFETCH(QString, stored);
        StandupEntry e;
        e.memberId = m_ben;
        e.blockers = typed;
        VERIFY_OK(book()->saveEntry(QDate(2025, 1, 13), e));
        QCOMPARE(book()->standup(QDate(2025, 1, 13)).value().entryOrEmpty(m_ben).blockers, stored);
    }

    void daysWithStandupCountOnlyText()
    {
        StandupEntry e;
        e.memberId = m_ada;
        e.today = u"work"_s;
        VERIFY_OK(book()->saveEntry(QDate(2025, 1, 10), e));
        QVERIFY(book()->saveNote(QDate(2025, 1, 13), u"note only"_s));
        StandupEntry blank;
        blank.memberId = m_ben;
        blank.today = u"   "_s;
        QVERIFY(book()->saveEntry(QDate(2025, 1, 14), blank)); // saved, but nothing was written
        // A day emptied again is no standup any more.
        VERIFY_OK(book()->saveEntry(QDate(2025, 1, 15), e));
        e.today.clear();
        VERIFY_OK(book()->saveEntry(QDate(2025, 1, 15), e));

        QCOMPARE(book()->daysWithStandup(QDate(2025, 1, 1), QDate(2025, 1, 31)).value(),
                 (QList<QDate>{QDate(2025, 1, 10), QDate(2025, 1, 13)}));
        QCOMPARE(book()->daysWithStandup(QDate(2025, 1, 11), QDate(2025, 1, 12)).value(),
                 QList<QDate>());
        QCOMPARE(book()->lastStandupBefore(QDate(2025, 1, 16)).value(), QDate(2025, 1, 13));
        QCOMPARE(book()->lastStandupBefore(QDate(2025, 1, 13)).value(), QDate(2025, 1, 10));
        QVERIFY(!book()->lastStandupBefore(QDate(2025, 1, 10)).value().isValid());
    }

    void previousStandupDay_data()
    {
        QTest::addColumn<QDate>("saved"); // invalid: none
        QTest::addColumn<QDate>("date");
        QTest::addColumn<QDate>("expected");
        QTest::newRow("Monday, none saved: Friday")
            << QDate() << QDate(2025, 1, 13) << QDate(2025, 1, 10);
        QTest::newRow("Tuesday, none saved: Monday")
            << QDate() << QDate(2025, 1, 14) << QDate(2025, 1, 13);
        QTest::newRow("saved Friday, Monday")
            << QDate(2025, 1, 10) << QDate(2025, 1, 13) << QDate(2025, 1, 10);
        QTest::newRow("saved Wednesday, Monday")
            << QDate(2025, 1, 8) << QDate(2025, 1, 13) << QDate(2025, 1, 8);
        QTest::newRow("saved the same day: not before")
            << QDate(2025, 1, 13) << QDate(2025, 1, 13) << QDate(2025, 1, 10);
        // The sprint's calendar: Friday 17th is a holiday, Saturday 18th a working day.
        QTest::newRow("holiday skipped") << QDate() << QDate(2025, 1, 20) << QDate(2025, 1, 18);
        QTest::newRow("before the holiday") << QDate() << QDate(2025, 1, 18) << QDate(2025, 1, 16);
    }
    void previousStandupDay()
    {
        QFETCH(QDate, saved);
        QFETCH(QDate, date);
        QFETCH(QDate, expected);
        Sprint s;
        s.name = u"Sprint 5"_s;
        s.start = QDate(2025, 1, 13);
        s.end = QDate(2025, 1, 24);
        s.holidays = {QDate(2025, 1, 17)};
        s.extraWorkdays = {QDate(2025, 1, 18)};
        QVERIFY(m_board->createSprint(s));
        if (saved.isValid())
            QVERIFY(book()->saveNote(saved, u"held"_s));
        QCOMPARE(book()->previousStandupDay(date), expected);
    }

    void savingIsNotAnUndoStepNorHistory()
    {
        QSignalSpy history(m_board.get(), &Board::historyChanged);
        QSignalSpy saved(book(), &StandupBook::standupSaved);
        StandupEntry e;
        e.memberId = m_ada;
        for (int i = 0; i < 20; ++i) {
            e.today += u"x"_s;
            VERIFY_OK(book()->saveEntry(QDate(2025, 1, 13), e));
        }
        QCOMPARE(m_board->undoStack()->count(), 0);
        QCOMPARE(history.count(), 0);
        QCOMPARE(saved.count(), 20);
        QCOMPARE(saved.first().first().toDate(), QDate(2025, 1, 13));
    }

    void unknownMemberIsRefusedAndNothingWritten()
    {
        StandupEntry good;
        good.memberId = m_ada;
        good.today = u"good"_s;
        StandupEntry bad;
        bad.memberId = 999;
        bad.today = u"bad"_s;
        const Status s = book()->saveEntries(QDate(2025, 1, 13), {good, bad});
        QVERIFY(!s);
        QVERIFY2(s.error().contains(u"999"_s), qPrintable(s.error()));
        QVERIFY(book()->standup(QDate(2025, 1, 13)).value().entries.isEmpty());
        QVERIFY(!book()->saveEntry(QDate(), good));
    }

    void failedWriteLeavesTheDayAsItWas()
    {
        StandupEntry a;
        a.memberId = m_ada;
        a.today = u"kept"_s;
        VERIFY_OK(book()->saveEntry(QDate(2025, 1, 13), a));
        {
            QSqlQuery q(m_board->database().connection());
            QVERIFY(q.exec(u"CREATE TRIGGER full BEFORE UPDATE ON standup_entries "
                           "BEGIN SELECT RAISE(ABORT, 'disk full'); END"_s));
        }
        StandupEntry b;
        b.memberId = m_ben;
        b.today = u"new"_s;
        a.today = u"changed"_s;
        const Status s = book()->saveEntries(QDate(2025, 1, 13), {b, a});
        QVERIFY(!s);
        QVERIFY2(s.error().contains(u"disk full"_s), qPrintable(s.error()));
        const Standup day = book()->standup(QDate(2025, 1, 13)).value();
        QCOMPARE(day.entries.size(), 1); // Ben's insert was rolled back with the failed update
        QCOMPARE(day.entryOrEmpty(m_ada).today, u"kept\n"_s);
    }

    void bookIsOnePerBoard()
    {
        QCOMPARE(StandupBook::of(*m_board), StandupBook::of(*m_board));
        QCOMPARE(StandupBook::of(*m_board)->parent(), m_board.get());
    }

    void membersAddRenameDeactivate()
    {
        StandupEntry e;
        e.memberId = m_ben;
        e.today = u"text"_s;
        VERIFY_OK(book()->saveEntry(QDate(2025, 1, 13), e));
        Member ben = *m_board->member(m_ben);
        ben.name = u"Benjamin Okri"_s;
        QVERIFY(m_board->updateMember(ben));
        ben.active = false;
        QVERIFY(m_board->updateMember(ben));
        reopen();
        QCOMPARE(m_board->member(m_ben)->name, u"Benjamin Okri"_s);
        QVERIFY(!m_board->member(m_ben)->active);
        // The entry still belongs to the member after a rename and deactivation.
        QCOMPARE(book()->standup(QDate(2025, 1, 13)).value().entryOrEmpty(m_ben).today,
                 u"text\n"_s);
        QVERIFY(!m_board->addMember(u"ada lovelace"_s)); // names are unique, ignoring case
    }

private:
    StandupBook *book() { return StandupBook::of(*m_board); }
    void openBoard()
    {
        auto opened = Board::open(m_path);
        QVERIFY2(opened, qPrintable(opened.error()));
        m_board = std::move(opened.value());
        m_board->setClock([this] { return m_time; });
    }
    void reopen()
    {
        m_board.reset();
        openBoard();
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_path;
    std::unique_ptr<Board> m_board;
    QDateTime m_time = QDateTime(QDate(2025, 1, 13), QTime(8, 30), Qt::UTC);
    qint64 m_ada = 0;
    qint64 m_ben = 0;
};

QTEST_GUILESS_MAIN(TestStandupStore)
#include "tst_standupstore.moc"
