#include "core/board/board.h"
#include "core/standup/standupbook.h"
#include "core/standup/standupfill.h"

#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace SprintDeck;
using namespace Qt::StringLiterals;

/** Verifies a Status or Result and shows its message when it failed. */
#define VERIFY_OK(expr)                                                                            \
    do {                                                                                           \
        const auto &result_ = (expr);                                                              \
        QVERIFY2(result_.ok(), qPrintable(result_.error()));                                       \
    } while (false)

namespace {

using Field = StandupEntry::Field;

QStringList keys(const QList<StandupItem> &items)
{
    QStringList k;
    for (const StandupItem &i : items)
        k.append(i.key);
    return k;
}

} // namespace

/**
 * A scripted fortnight: Sprint 5 runs from Monday 6 January 2025; the standup
 * under test is on Monday 13 January at 09:30 local time (Europe/Berlin, so
 * local days differ from UTC days); the previous standup was on Friday 10th.
 */
class TestStandupFill : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        // Days are local: the test runs in a zone where midnight is not 00:00 UTC.
        QCOMPARE(QTimeZone::systemTimeZone().offsetFromUtc(
                     QDateTime(QDate(2025, 1, 13), QTime(12, 0), Qt::UTC)),
                 3600);
    }

    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        auto opened = Board::open(m_dir->filePath(u"fill.sprintdeck"_s));
        QVERIFY2(opened, qPrintable(opened.error()));
        m_board = std::move(opened.value());
        m_board->setClock([this] { return m_now; });
        for (const Column &c : m_board->columns())
            m_col.insert(c.name, c.id);

        at(QDate(2025, 1, 3), 16, 0);
        m_ada = *m_board->addMember(u"Ada Lovelace"_s);
        m_ben = *m_board->addMember(u"Ben Okri"_s);
        m_cleo = *m_board->addMember(u"Cleo Park"_s); // nothing on the board
        Sprint s;
        s.name = u"Sprint 5"_s;
        s.start = QDate(2025, 1, 6);
        s.end = QDate(2025, 1, 17);
        m_sprint = *m_board->createSprint(s);
        Sprint next;
        next.name = u"Sprint 6"_s;
        next.start = QDate(2025, 1, 20);
        next.end = QDate(2025, 1, 31);
        m_nextSprint = *m_board->createSprint(next);

        card(u"A-1"_s, u"Login form"_s, 3, m_ada);
        card(u"A-2"_s, u"Password reset"_s, 5, m_ada);
        card(u"A-3"_s, u"Session timeout"_s, 2, m_ada);
        card(u"B-1"_s, u"Audit log"_s, 8, m_ben);
        card(u"B-2"_s, u"Rate limits"_s, 1, m_ben);
        card(u"B-3"_s, u"SSO with Keycloak"_s, 2, m_ben);
        card(u"B-4"_s, u"CSV export"_s, 3, m_ben);
        card(u"B-5"_s, u"Weekend hotfix"_s, 1, m_ben);
        card(u"C-1"_s, u"Handover card"_s, 2, m_ben);
        card(u"U-1"_s, u"Nobody's card"_s, 1, 0);
        card(u"N-1"_s, u"Next sprint prep"_s, 1, m_ada, m_nextSprint);
        card(u"D-1"_s, u"Deleted later"_s, 1, m_ada);

        at(QDate(2025, 1, 6), 9, 0);
        Sprint started = *m_board->sprint(m_sprint);
        started.state = Sprint::State::Active;
        started.startedAt = m_now;
        QVERIFY(m_board->updateSprint(started));

        // Before the window (Thursday 9th and earlier).
        at(QDate(2025, 1, 8), 10, 0);
        move(u"B-1"_s, u"In Progress"_s);
        at(QDate(2025, 1, 9), 15, 0);
        move(u"A-1"_s, u"In Progress"_s);
        move(u"A-3"_s, u"In Progress"_s);
        move(u"B-2"_s, u"Review"_s);
        move(u"B-4"_s, u"Done"_s);
        move(u"N-1"_s, u"In Progress"_s);
        // Thursday 23:30 in Berlin is still Thursday: 22:30 UTC. Outside the window.
        atUtc(QDateTime(QDate(2025, 1, 9), QTime(22, 30), Qt::UTC));
        move(u"B-3"_s, u"In Progress"_s);

        // Friday 10th: the previous standup's day.
        // 00:30 in Berlin is Thursday 23:30 UTC: inside the window.
        atUtc(QDateTime(QDate(2025, 1, 9), QTime(23, 30), Qt::UTC));
        move(u"A-2"_s, u"In Progress"_s);
        at(QDate(2025, 1, 10), 10, 0);
        move(u"B-1"_s, u"Review"_s);
        move(u"A-1"_s, u"Review"_s);
        at(QDate(2025, 1, 10), 11, 0);
        move(u"B-2"_s, u"In Progress"_s); // moved back
        move(u"B-4"_s, u"Review"_s);      // re-opened
        at(QDate(2025, 1, 10), 12, 0);
        move(u"C-1"_s, u"Done"_s); // finished by Ben, handed to Ada on Monday
        move(u"U-1"_s, u"Review"_s);
        move(u"D-1"_s, u"Review"_s);
        at(QDate(2025, 1, 10), 14, 0);
        block(u"B-3"_s, u"Waiting for the Keycloak realm from IT"_s);
        at(QDate(2025, 1, 10), 16, 0);
        move(u"B-1"_s, u"In Progress"_s); // forward then back again: no progress

        // The weekend.
        at(QDate(2025, 1, 11), 11, 0);
        move(u"B-5"_s, u"Review"_s);
        Card created;
        created.key = u"A-4"_s;
        created.title = u"Hotfix for the login redirect"_s;
        created.points = 1;
        created.assigneeId = m_ada;
        created.sprintId = m_sprint;
        created.columnId = m_col.value(u"In Progress"_s);
        QVERIFY(m_board->addCard(created));
        at(QDate(2025, 1, 12), 18, 0);
        QVERIFY(m_board->deleteCards({m_board->cardByKey(u"D-1")->id}));

        // Monday before the standup.
        at(QDate(2025, 1, 13), 8, 0);
        Card handover = *m_board->cardByKey(u"C-1");
        handover.assigneeId = m_ada;
        QVERIFY(m_board->updateCard(handover));
        at(QDate(2025, 1, 13), 8, 45);
        move(u"A-1"_s, u"Done"_s);

        // After the standup (the clock is set back below): must not count.
        at(QDate(2025, 1, 13), 11, 0);
        move(u"A-3"_s, u"Done"_s);
        block(u"A-2"_s, u"later"_s);

        at(QDate(2025, 1, 13), 9, 30);
        QVERIFY(StandupBook::of(*m_board)->saveNote(QDate(2025, 1, 10), u"Friday's standup"_s));
    }
    void cleanup()
    {
        m_board.reset();
        m_dir.reset();
    }

    void windowStartsOnThePreviousStandupDay()
    {
        auto input = StandupBook::of(*m_board)->fillInput(QDate(2025, 1, 13));
        QVERIFY2(input, qPrintable(input.error()));
        QCOMPARE(input->since,
                 QDateTime(QDate(2025, 1, 9), QTime(23, 0), Qt::UTC)); // Friday 00:00 Berlin
        QCOMPARE(input->until, m_now);
        QCOMPARE(input->sprintId, m_sprint);
    }

    void yesterdayIsForwardProgressSinceFriday()
    {
        const QList<StandupProposal> p = propose(QDate(2025, 1, 13));
        // Finished on Monday morning, moved forward on Friday (just after midnight), created in
        // progress on Saturday.
        QCOMPARE(keys(forMember(p, m_ada).yesterday), (QStringList{u"A-2"_s, u"A-4"_s, u"A-1"_s}));
        const StandupItem a1 = forMember(p, m_ada).yesterday.last();
        QVERIFY(a1.finished);
        QCOMPARE(a1.column, u"Done"_s);
        QCOMPARE(a1.points, std::optional<double>(3));
        QCOMPARE(a1.title, u"Login form"_s);
        QVERIFY(!forMember(p, m_ada).yesterday.first().finished);
        QCOMPARE(forMember(p, m_ada).yesterday.first().column, u"In Progress"_s);

        // B-1 went forward and back (no progress), B-2 went back, B-4 was re-opened,
        // B-3 moved on Thursday night: only the weekend hotfix and the finished handover count.
        QCOMPARE(keys(forMember(p, m_ben).yesterday), (QStringList{u"C-1"_s, u"B-5"_s}));
        QVERIFY(forMember(p, m_ben).yesterday.first().finished);
        QCOMPARE(forMember(p, m_ben).yesterday.last().column, u"Review"_s);
    }

    void todayIsCardsInProgressOfTheSprint()
    {
        const QList<StandupProposal> p = propose(QDate(2025, 1, 13));
        // A-3 is still in progress at 09:30; N-1 is in another sprint; A-1 is done.
        QCOMPARE(keys(forMember(p, m_ada).today), (QStringList{u"A-2"_s, u"A-3"_s, u"A-4"_s}));
        // Review before In Progress (closest to done first), then by priority.
        QCOMPARE(keys(forMember(p, m_ben).today),
                 (QStringList{u"B-5"_s, u"B-4"_s, u"B-1"_s, u"B-2"_s, u"B-3"_s}));
    }

    void blockersComeWithTheirReason()
    {
        const QList<StandupProposal> p = propose(QDate(2025, 1, 13));
        QCOMPARE(keys(forMember(p, m_ben).blockers), QStringList{u"B-3"_s});
        QCOMPARE(forMember(p, m_ben).blockers.first().blockedReason,
                 u"Waiting for the Keycloak realm from IT"_s);
        QVERIFY(forMember(p, m_ada).blockers.isEmpty()); // A-2 is blocked only after the standup
        QCOMPARE(forMember(p, m_ben).markdown(Field::Blockers),
                 u"- B-3: SSO with Keycloak - Waiting for the Keycloak realm from IT\n"_s);
    }

    void memberWithNothingGetsNothing()
    {
        const QList<StandupProposal> p = propose(QDate(2025, 1, 13));
        QCOMPARE(p.size(), 3);
        QVERIFY(forMember(p, m_cleo).isEmpty());
        for (Field f : kStandupFields)
            QCOMPARE(forMember(p, m_cleo).markdown(f), QString());
    }

    void windowFollowsTheSavedStandups_data()
    {
        QTest::addColumn<QList<QDate>>("saved");
        QTest::addColumn<QStringList>("benYesterday");
        QTest::newRow("Friday saved")
            << QList<QDate>{QDate(2025, 1, 10)} << QStringList{u"C-1"_s, u"B-5"_s};
        QTest::newRow("none saved: previous working day")
            << QList<QDate>{} << QStringList{u"C-1"_s, u"B-5"_s};
        // Since Wednesday every card of Ben's started in To Do: all that moved count, B-4 too
        // (to Done and back to Review is still forward from To Do); by the time of their last move.
        QTest::newRow("Wednesday saved")
            << QList<QDate>{QDate(2025, 1, 8)}
            << QStringList{u"B-3"_s, u"B-2"_s, u"B-4"_s, u"C-1"_s, u"B-1"_s, u"B-5"_s};
    }
    void windowFollowsTheSavedStandups()
    {
        QFETCH(QList<QDate>, saved);
        QFETCH(QStringList, benYesterday);
        StandupBook *book = StandupBook::of(*m_board);
        QVERIFY(book->saveNote(QDate(2025, 1, 10), QString())); // clear the one from init()
        for (QDate d : saved)
            VERIFY_OK(book->saveNote(d, u"held"_s));
        QCOMPARE(keys(forMember(propose(QDate(2025, 1, 13)), m_ben).yesterday), benYesterday);
    }

    void pastDayIsSeenAsItEnded()
    {
        // Friday's standup, filled afterwards: since Thursday, up to the end of Friday.
        const QList<StandupProposal> p = propose(QDate(2025, 1, 10));
        // D-1 still existed then; N-1 is in the next sprint, but Ada did move it.
        QCOMPARE(keys(forMember(p, m_ada).yesterday),
                 (QStringList{u"A-3"_s, u"N-1"_s, u"A-2"_s, u"A-1"_s, u"D-1"_s}));
        // C-1 belonged to Ben then.
        QVERIFY(keys(forMember(p, m_ben).yesterday).contains(u"C-1"_s));
        QVERIFY(!keys(forMember(p, m_ada).today).contains(u"A-4"_s)); // created on Saturday
    }

    void proposalMarkdownReadsLikeTheTeamWritesIt()
    {
        const QList<StandupProposal> p = propose(QDate(2025, 1, 13));
        QCOMPARE(forMember(p, m_ada).markdown(Field::Yesterday),
                 u"- A-2: Password reset (5 points) \u2192 In Progress\n"
                 "- A-4: Hotfix for the login redirect (1 point) \u2192 In Progress\n"
                 "- A-1: Login form (3 points) \u2192 **Done**\n"_s);
        QCOMPARE(forMember(p, m_ben).markdown(Field::Today).section(u'\n', 4, 4),
                 u"- B-3: SSO with Keycloak (2 points) - In Progress (blocked)"_s);
    }

    void fillNeverOverwritesTypedText_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("pending");
        const QString all = u"- A-2: Password reset (5 points) \u2192 In Progress\n"
                            "- A-4: Hotfix for the login redirect (1 point) \u2192 In Progress\n"
                            "- A-1: Login form (3 points) \u2192 **Done**\n"_s;
        QTest::newRow("empty field is filled") << QString() << all << QStringList();
        QTest::newRow("white space counts as empty") << u"\n  \n"_s << all << QStringList();
        QTest::newRow("typed text kept, unmentioned proposed")
            << u"Finished the login form (a-1), paired with Ben.\n"_s
            << u"Finished the login form (a-1), paired with Ben.\n"_s
            << QStringList{u"A-2"_s, u"A-4"_s};
        QTest::newRow("escaped key still counts")
            << u"- A\\-2 done\n- A-4\n- A-1\n"_s << u"- A\\-2 done\n- A-4\n- A-1\n"_s
            << QStringList();
        QTest::newRow("A-10 is not A-1") << u"A-10 and A-22"_s << u"A-10 and A-22"_s
                                         << QStringList{u"A-2"_s, u"A-4"_s, u"A-1"_s};
    }
    void fillNeverOverwritesTypedText()
    {
        QFETCH(QString, typed);
        QFETCH(QString, text);
        QFETCH(QStringList, pending);
        const StandupProposal ada = forMember(propose(QDate(2025, 1, 13)), m_ada);
        const StandupFill::Merge m = StandupFill::merge(typed, ada.yesterday, Field::Yesterday);
        QCOMPARE(m.text, text);
        QCOMPARE(keys(m.pending), pending);
    }

    void acceptingAppendsAfterTheTypedText()
    {
        const StandupProposal ada = forMember(propose(QDate(2025, 1, 13)), m_ada);
        const QList<StandupItem> one = ada.yesterday.mid(0, 1);
        QCOMPARE(StandupFill::appended(u"- paired with Ben\n\n"_s, one, Field::Yesterday),
                 u"- paired with Ben\n- A-2: Password reset (5 points) \u2192 In Progress\n"_s);
        QCOMPARE(StandupFill::appended(u"Paired with Ben."_s, one, Field::Yesterday),
                 u"Paired with Ben.\n\n- A-2: Password reset (5 points) \u2192 In Progress\n"_s);
    }

    void titlesAreEscaped()
    {
        StandupItem item;
        item.key = u"X-1"_s;
        item.title = u"Fix *bold* | pipes_and <tags>"_s;
        item.column = u"Done"_s;
        item.finished = true;
        QCOMPARE(item.markdownLine(Field::Yesterday),
                 u"X-1: Fix \\*bold\\* \\| pipes\\_and \\<tags\\> \u2192 **Done**"_s);
    }

    void bookFillKeepsWrittenTextAndSavesTheRest_data()
    {
        QTest::addColumn<QDateTime>("now");
        QTest::addColumn<QString>("adaYesterday");
        QTest::addColumn<QString>("adaBlockers");
        // At the standup A-3 is still in progress and A-2 not blocked; by noon A-3 is done and
        // A-2 is blocked: the same day filled later shows the day as it is then.
        QTest::newRow("at the standup")
            << QDateTime(QDate(2025, 1, 13), QTime(9, 30), QTimeZone::systemTimeZone())
            << u"- A-2: Password reset (5 points) \u2192 In Progress\n"
               "- A-4: Hotfix for the login redirect (1 point) \u2192 In Progress\n"
               "- A-1: Login form (3 points) \u2192 **Done**\n"_s
            << QString();
        QTest::newRow("at noon")
            << QDateTime(QDate(2025, 1, 13), QTime(12, 0), QTimeZone::systemTimeZone())
            << u"- A-2: Password reset (5 points) \u2192 In Progress\n"
               "- A-4: Hotfix for the login redirect (1 point) \u2192 In Progress\n"
               "- A-1: Login form (3 points) \u2192 **Done**\n"
               "- A-3: Session timeout (2 points) \u2192 **Done**\n"_s
            << u"- A-2: Password reset - later\n"_s;
    }
    void bookFillKeepsWrittenTextAndSavesTheRest()
    {
        QFETCH(QDateTime, now);
        QFETCH(QString, adaYesterday);
        QFETCH(QString, adaBlockers);
        const QDate day(2025, 1, 13);
        StandupBook *book = StandupBook::of(*m_board);
        StandupEntry typed;
        typed.memberId = m_ada;
        typed.today = u"Pairing with Ben on the audit log\n"_s;
        VERIFY_OK(book->saveEntry(day, typed));
        QList<Standup> written;
        book->setWriteHook([&written](const Standup &, const Standup &after) {
            written.append(after);
            return Status();
        });
        atUtc(now.toUTC());

        auto fills = book->fill(day);
        VERIFY_OK(fills);
        QCOMPARE(fills->size(), 3); // every active member, in meeting order
        QCOMPARE(fills->at(0).entry.memberId, m_ada);
        const QList<Field> adaFilled = adaBlockers.isEmpty()
                                           ? QList<Field>{Field::Yesterday}
                                           : QList<Field>{Field::Yesterday, Field::Blockers};
        QCOMPARE(fills->at(0).filled, adaFilled);
        // Ada's own Today stays; the cards it does not mention are suggested, not written.
        QVERIFY(keys(fills->at(0).pending.value(Field::Today)).contains(u"A-2"_s));
        QVERIFY(fills->at(2).filled.isEmpty()); // Cleo: nothing on the board

        const Standup saved = *book->standup(day);
        const StandupEntry ada = saved.entryOrEmpty(m_ada);
        QCOMPARE(ada.today, typed.today);
        QCOMPARE(ada.yesterday, adaYesterday);
        QCOMPARE(ada.blockers, adaBlockers);
        const StandupEntry ben = saved.entryOrEmpty(m_ben);
        QCOMPARE(ben.blockers,
                 u"- B-3: SSO with Keycloak - Waiting for the Keycloak realm from IT\n"_s);
        QCOMPARE(ben.updatedAt, now.toUTC());
        QVERIFY(!saved.entry(m_cleo));
        // One transaction, through the hook a shared board queues its writes with.
        QCOMPARE(written.size(), 1);
        QCOMPARE(written.first().entryOrEmpty(m_ben).blockers, ben.blockers);

        // Filling again finds nothing empty left to fill and writes nothing.
        auto again = book->fill(day);
        VERIFY_OK(again);
        for (const StandupEntryFill &f : std::as_const(again.value()))
            QVERIFY(f.filled.isEmpty());
        QCOMPARE(written.size(), 1);
        QCOMPARE(book->standup(day)->entryOrEmpty(m_ada).yesterday, adaYesterday);
    }

    void fillEntryIsMergePerField()
    {
        const StandupProposal ben = forMember(propose(QDate(2025, 1, 13)), m_ben);
        StandupEntry current;
        current.memberId = m_ben;
        current.yesterday = u"Reviewed B-5\n"_s;
        current.blockers = u"  \n"_s; // white space is empty
        const StandupEntryFill f = StandupFill::fillEntry(current, ben);
        QCOMPARE(f.filled, (QList<Field>{Field::Today, Field::Blockers}));
        QCOMPARE(f.entry.yesterday, current.yesterday);
        QCOMPARE(f.entry.today, ben.markdown(Field::Today));
        QCOMPARE(f.entry.blockers, ben.markdown(Field::Blockers));
        QCOMPARE(keys(f.pending.value(Field::Yesterday)), QStringList{u"C-1"_s});
        QCOMPARE(f.suggestedCount(), 1);
        QCOMPARE(keys(f.proposal.today), keys(ben.today));
    }

    void fillFollowsTheNamedSprint()
    {
        StandupBook *book = StandupBook::of(*m_board);
        QCOMPARE(book->fillInput(QDate(2025, 1, 13))->sprintId, m_sprint);
        QCOMPARE(book->fillInput(QDate(2025, 1, 13), m_nextSprint)->sprintId, m_nextSprint);
        // N-1 is the only card of the next sprint that is in progress.
        const StandupProposal ada =
            forMember(*book->propose(QDate(2025, 1, 13), m_nextSprint), m_ada);
        QCOMPARE(keys(ada.today), QStringList{u"N-1"_s});
    }

    void sprintForDate()
    {
        QCOMPARE(StandupFill::sprintForDate(m_board->sprints(), QDate(2025, 1, 13)), m_sprint);
        QCOMPARE(StandupFill::sprintForDate(m_board->sprints(), QDate(2025, 1, 21)), m_nextSprint);
        QCOMPARE(StandupFill::sprintForDate(m_board->sprints(), QDate(2024, 12, 1)), qint64(0));
    }

private:
    void at(QDate day, int hour, int minute)
    {
        m_now = QDateTime(day, QTime(hour, minute), QTimeZone::systemTimeZone()).toUTC();
    }
    void atUtc(const QDateTime &t) { m_now = t; }
    void card(const QString &key, const QString &title, double points, qint64 assignee,
              qint64 sprint = -1)
    {
        Card c;
        c.key = key;
        c.title = title;
        c.points = points;
        c.assigneeId = assignee;
        c.sprintId = sprint < 0 ? m_sprint : sprint;
        c.columnId = m_col.value(u"To Do"_s);
        c.priority = key.startsWith(u"B-5") ? Priority::P1 : Priority::P3;
        QVERIFY2(m_board->addCard(c), qPrintable(key));
    }
    void move(const QString &key, const QString &column)
    {
        const Card *c = m_board->cardByKey(key);
        QVERIFY2(c, qPrintable(key));
        QVERIFY(m_board->moveCards({c->id}, c->sprintId, m_col.value(column)));
    }
    void block(const QString &key, const QString &reason)
    {
        Card c = *m_board->cardByKey(key);
        c.blocked = true;
        c.blockedReason = reason;
        QVERIFY(m_board->updateCard(c));
    }
    QList<StandupProposal> propose(QDate date)
    {
        auto p = StandupBook::of(*m_board)->propose(date);
        if (!p)
            qWarning() << p.error();
        return p ? p.value() : QList<StandupProposal>();
    }
    static StandupProposal forMember(const QList<StandupProposal> &list, qint64 id)
    {
        for (const StandupProposal &p : list)
            if (p.memberId == id)
                return p;
        return {};
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Board> m_board;
    QDateTime m_now;
    QHash<QString, qint64> m_col;
    qint64 m_ada = 0, m_ben = 0, m_cleo = 0;
    qint64 m_sprint = 0, m_nextSprint = 0;
};

QTEST_GUILESS_MAIN(TestStandupFill)
#include "tst_standupfill.moc"
