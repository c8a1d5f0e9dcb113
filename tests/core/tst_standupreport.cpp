#include "core/analytics/priorityprogress.h"
#include "core/board/board.h"
#include "core/board/sprintanalytics.h"
#include "core/standup/standupbook.h"
#include "core/standup/standupreport.h"

#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

#include <cmark-gfm-core-extensions.h>
#include <cmark-gfm.h>

using namespace SprintDeck;
using namespace Qt::StringLiterals;

/** Verifies a Status or Result and shows its message when it failed. */
#define VERIFY_OK(expr)                                                                            \
    do {                                                                                           \
        const auto &result_ = (expr);                                                              \
        QVERIFY2(result_.ok(), qPrintable(result_.error()));                                       \
    } while (false)

namespace {

/** A markdown document parsed by cmark-gfm with the GitHub extensions, as chat and wiki tools read
 * it. */
class Parsed
{
public:
    explicit Parsed(const QString &markdown)
    {
        cmark_gfm_core_extensions_ensure_registered();
        m_parser = cmark_parser_new(CMARK_OPT_DEFAULT);
        for (const char *name : {"table", "strikethrough", "autolink", "tasklist"})
            cmark_parser_attach_syntax_extension(m_parser, cmark_find_syntax_extension(name));
        const QByteArray utf8 = markdown.toUtf8();
        cmark_parser_feed(m_parser, utf8.constData(), size_t(utf8.size()));
        m_root = cmark_parser_finish(m_parser);
    }
    ~Parsed()
    {
        cmark_node_free(m_root);
        cmark_parser_free(m_parser);
    }
    Parsed(const Parsed &) = delete;
    Parsed &operator=(const Parsed &) = delete;

    cmark_node *root() const { return m_root; }

    static QString type(cmark_node *node)
    {
        return node ? QString::fromUtf8(cmark_node_get_type_string(node)) : QString();
    }
    /** All text below `node`, as a reader sees it. */
    static QString text(cmark_node *node)
    {
        QString out;
        cmark_iter *it = cmark_iter_new(node);
        cmark_event_type ev;
        while ((ev = cmark_iter_next(it)) != CMARK_EVENT_DONE) {
            cmark_node *n = cmark_iter_get_node(it);
            if (ev == CMARK_EVENT_ENTER && (cmark_node_get_type(n) == CMARK_NODE_TEXT ||
                                            cmark_node_get_type(n) == CMARK_NODE_CODE))
                out += QString::fromUtf8(cmark_node_get_literal(n));
            else if (ev == CMARK_EVENT_ENTER && cmark_node_get_type(n) == CMARK_NODE_SOFTBREAK)
                out += u' ';
        }
        cmark_iter_free(it);
        return out;
    }
    /** Top-level headings as "level:text". */
    QStringList headings(int level = 0) const
    {
        QStringList list;
        for (cmark_node *n = cmark_node_first_child(m_root); n; n = cmark_node_next(n))
            if (cmark_node_get_type(n) == CMARK_NODE_HEADING &&
                (!level || cmark_node_get_heading_level(n) == level))
                list.append(u"%1:%2"_s.arg(cmark_node_get_heading_level(n)).arg(text(n)));
        return list;
    }
    /** The top-level blocks after the heading with this text, up to the next heading of that level
     * or higher. */
    QList<cmark_node *> section(const QString &heading) const
    {
        QList<cmark_node *> blocks;
        int level = 0;
        for (cmark_node *n = cmark_node_first_child(m_root); n; n = cmark_node_next(n)) {
            const bool isHeading = cmark_node_get_type(n) == CMARK_NODE_HEADING;
            if (level) {
                if (isHeading && cmark_node_get_heading_level(n) <= level)
                    break;
                blocks.append(n);
            } else if (isHeading && text(n) == heading) {
                level = cmark_node_get_heading_level(n);
            }
        }
        return blocks;
    }
    static QStringList types(const QList<cmark_node *> &blocks)
    {
        QStringList t;
        for (cmark_node *n : blocks)
            t.append(type(n));
        return t;
    }
    /** A table's rows, each a list of its cells' text. */
    static QList<QStringList> rows(cmark_node *table)
    {
        QList<QStringList> result;
        for (cmark_node *row = cmark_node_first_child(table); row; row = cmark_node_next(row)) {
            QStringList cells;
            for (cmark_node *cell = cmark_node_first_child(row); cell; cell = cmark_node_next(cell))
                cells.append(text(cell));
            result.append(cells);
        }
        return result;
    }
    /** A list's items' text. */
    static QStringList items(cmark_node *list)
    {
        QStringList result;
        for (cmark_node *item = cmark_node_first_child(list); item; item = cmark_node_next(item))
            result.append(text(item));
        return result;
    }

private:
    cmark_parser *m_parser = nullptr;
    cmark_node *m_root = nullptr;
};

cmark_node *firstOfType(const QList<cmark_node *> &blocks, const QString &type)
{
    for (cmark_node *n : blocks)
        if (Parsed::type(n) == type)
            return n;
    return nullptr;
}

} // namespace

/**
 * Sprint 5 (Monday 6 to Friday 17 January 2025), reported at the end of
 * Monday 13th, its sixth working day.
 */
class TestStandupReport : public QObject
{
    Q_OBJECT
private slots:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        auto opened = Board::open(m_dir->filePath(u"report.sprintdeck"_s));
        QVERIFY2(opened, qPrintable(opened.error()));
        m_board = std::move(opened.value());
        m_board->setClock([this] { return m_now; });
        for (const Column &c : m_board->columns())
            m_col.insert(c.name, c.id);

        at(QDate(2025, 1, 3), 12, 0);
        const qint64 ada = *m_board->addMember(u"Ada Lovelace"_s);
        const qint64 ben = *m_board->addMember(u"Ben Okri"_s);
        m_cleo = *m_board->addMember(u"Cleo Park"_s);
        m_ada = ada;
        m_ben = ben;
        Sprint s;
        s.name = u"Sprint 5"_s;
        s.goal = u"Ship the login flow"_s;
        s.start = QDate(2025, 1, 6);
        s.end = QDate(2025, 1, 17);
        m_sprint = *m_board->createSprint(s);

        card(u"A-1"_s, u"Login form"_s, 3, Priority::P1, ada,
             {{u"Form layout"_s, true}, {u"Validation"_s, true}, {u"Docs"_s, false}});
        card(u"A-2"_s, u"Password reset"_s, 5, Priority::P2, ada);
        card(u"B-1"_s, u"Audit log"_s, 8, Priority::P1, ben);
        card(u"B-2"_s, u"Rate limits"_s, 2, Priority::P3, ben);
        card(u"B-3"_s, u"Fix | pipes in *titles*"_s, 2, Priority::P2, ben);
        card(u"C-1"_s, u"Dark mode"_s, 1, Priority::P4, 0);

        at(QDate(2025, 1, 6), 9, 0);
        Sprint started = *m_board->sprint(m_sprint);
        started.state = Sprint::State::Active;
        started.startedAt = m_now;
        VERIFY_OK(m_board->updateSprint(started));

        at(QDate(2025, 1, 8), 11, 0);
        move(u"B-2"_s, u"Done"_s);
        move(u"A-1"_s, u"In Progress"_s);
        move(u"B-1"_s, u"In Progress"_s);
        at(QDate(2025, 1, 10), 15, 0);
        move(u"A-2"_s, u"Review"_s);
        Card blocked = *m_board->cardByKey(u"B-1");
        blocked.blocked = true;
        blocked.blockedReason = u"Waiting for IT to open the syslog port"_s;
        VERIFY_OK(m_board->updateCard(blocked));
        at(QDate(2025, 1, 13), 10, 0);
        move(u"A-1"_s, u"Done"_s);

        at(QDate(2025, 1, 13), 9, 40);
        StandupBook *book = StandupBook::of(*m_board);
        StandupEntry a;
        a.memberId = ada;
        a.yesterday =
            u"- A-2: Password reset \u2192 Review\n- Paired with Ben on the audit log\n"_s;
        a.today = u"- Finish A-1\n"_s;
        VERIFY_OK(book->saveEntry(QDate(2025, 1, 13), a));
        StandupEntry b;
        b.memberId = ben;
        b.yesterday = u"Worked on **B-1** <script>alert(1)</script>\n"_s;
        b.today = u"# Big news\n\nDemo prep\n"_s;
        b.blockers = u"- B-1: the syslog port is still closed\n"_s;
        VERIFY_OK(book->saveEntry(QDate(2025, 1, 13), b));
        VERIFY_OK(book->saveNote(QDate(2025, 1, 13), u"Retro moved to *Thursday*"_s));

        at(QDate(2025, 1, 13), 17, 30);
    }
    void cleanup()
    {
        m_board.reset();
        m_dir.reset();
    }

    void dataComesFromTheBoardAndTheAnalytics()
    {
        const StandupReportData d = data();
        QCOMPARE(d.sprintName, u"Sprint 5"_s);
        QCOMPARE(d.dayNumber, 6);
        QCOMPARE(d.workingDays, 10);
        QCOMPARE(d.daysLeft, 5);
        QVERIFY(d.progress);
        // The same numbers as the analytics' progress by priority (and `report progress`).
        SprintAnalytics analytics(*m_board);
        const PriorityProgress expected =
            progressByPriority(*analytics.series(m_sprint), ChartUnit::Points, QDate(2025, 1, 13));
        QCOMPARE(*d.progress, expected);
        QCOMPARE(d.progress->total.total, 21.0);
        QCOMPARE(d.progress->total.completed, 5.0);
        QCOMPARE(d.completed.size(), 1);
        QCOMPARE(d.completed.first().key, u"A-1"_s);
        QCOMPARE(d.completed.first().owner, u"Ada Lovelace"_s);
        QCOMPARE(d.completed.first().doneChecklist,
                 (QStringList{u"Form layout"_s, u"Validation"_s}));
        QStringList inProgress;
        for (const ReportCard &c : d.inProgress)
            inProgress.append(c.key);
        QCOMPARE(inProgress, (QStringList{u"A-2"_s, u"B-1"_s})); // Review before In Progress
        QCOMPARE(d.blocked.size(), 1);
        QCOMPARE(d.blocked.first().blockedReason, u"Waiting for IT to open the syslog port"_s);
        QStringList next;
        for (const ReportCard &c : d.upNext)
            next.append(c.key);
        QCOMPARE(next, (QStringList{u"B-3"_s, u"C-1"_s})); // by priority
        QCOMPARE(d.entries.size(), 3);
        QCOMPARE(d.entries.at(2).member, u"Cleo Park"_s);
    }

    void standupFollowsTheTemplate()
    {
        const QString md = StandupReport::standupMarkdown(data());
        const Parsed doc(md);
        QCOMPARE(doc.headings(), (QStringList{u"1:Daily Standup: Monday, January 13, 2025"_s,
                                              u"2:Yesterday"_s, u"2:Today"_s, u"4:Big news"_s,
                                              u"2:Blockers"_s, u"2:Progress"_s, u"2:Notes"_s}));
        // Each member who said something: their name, then their own markdown; lists stay lists.
        const QList<cmark_node *> yesterday = doc.section(u"Yesterday"_s);
        QCOMPARE(Parsed::types(yesterday),
                 (QStringList{u"paragraph"_s, u"list"_s, u"paragraph"_s, u"paragraph"_s}));
        QCOMPARE(Parsed::text(yesterday.at(0)), u"Ada Lovelace"_s);
        QCOMPARE(Parsed::items(yesterday.at(1)),
                 (QStringList{u"A-2: Password reset \u2192 Review"_s,
                              u"Paired with Ben on the audit log"_s}));
        QCOMPARE(Parsed::text(yesterday.at(3)),
                 u"Worked on B-1 alert(1)"_s); // the tags are raw HTML, not text
        const QList<cmark_node *> blockers = doc.section(u"Blockers"_s);
        QCOMPARE(Parsed::types(blockers), (QStringList{u"paragraph"_s, u"list"_s}));
        QCOMPARE(Parsed::text(blockers.at(0)), u"Ben Okri"_s);

        const QList<cmark_node *> progress = doc.section(u"Progress"_s);
        cmark_node *table = firstOfType(progress, u"table"_s);
        QVERIFY2(table, qPrintable(md));
        QCOMPARE(Parsed::rows(table),
                 (QList<QStringList>{
                     {u"Priority"_s, u"Story Points"_s, u"Completed"_s, u"Remaining"_s},
                     {u"P1 (Critical)"_s, u"11"_s, u"3"_s, u"8"_s},
                     {u"P2 (High)"_s, u"7"_s, u"0"_s, u"7"_s},
                     {u"P3 (Medium)"_s, u"2"_s, u"2"_s, u"0"_s},
                     {u"P4 (Low)"_s, u"1"_s, u"0"_s, u"1"_s},
                     {u"Total"_s, u"21"_s, u"5"_s, u"16"_s},
                 }));
        QVERIFY2(md.contains(u"**Overall Progress**: 23% (5/21 points)"_s), qPrintable(md));
        QVERIFY2(
            md.contains(u"**Sprint**: Sprint 5 \u00b7 Day 6 of 10 \u00b7 5 working days left"_s),
            qPrintable(md));
        QCOMPARE(Parsed::text(doc.section(u"Notes"_s).first()), u"Retro moved to Thursday"_s);
    }

    void statusReadsLikeTheTeamsDocument()
    {
        const QString md = StandupReport::statusMarkdown(data());
        const Parsed doc(md);
        QCOMPARE(doc.headings(1), QStringList{u"1:Sprint 5 Daily Status"_s});
        QCOMPARE(doc.headings(2), QStringList{u"2:Day 6: Monday, January 13, 2025"_s});
        QCOMPARE(doc.headings(3),
                 (QStringList{u"3:\U0001F3AF Daily Goal"_s, u"3:\u2705 Completed Tasks"_s,
                              u"3:\U0001F504 In Progress"_s, u"3:\U0001F4C8 Sprint Progress"_s,
                              u"3:\U0001F6A8 Remaining Issues & Blockers"_s,
                              u"3:\U0001F3AF Tomorrow's Plan (Day 7)"_s, u"3:\U0001F4DD Notes"_s}));
        // Completed cards with key, title, points and status, as in "FIX-003: ... (4 points) -
        // **COMPLETED**".
        const QList<cmark_node *> completed = doc.section(u"\u2705 Completed Tasks"_s);
        QCOMPARE(Parsed::types(completed), (QStringList{u"heading"_s, u"list"_s}));
        QCOMPARE(Parsed::text(completed.at(0)), u"A-1: Login form (3 points) - COMPLETED"_s);
        QCOMPARE(Parsed::items(completed.at(1)),
                 (QStringList{u"Owner: Ada Lovelace"_s, u"Form layout"_s, u"Validation"_s}));
        QCOMPARE(Parsed::text(doc.section(u"\U0001F504 In Progress"_s).first()),
                 u"A-2: Password reset (5 points) - REVIEW"_s);

        cmark_node *table = firstOfType(doc.section(u"\U0001F4C8 Sprint Progress"_s), u"table"_s);
        QVERIFY2(table, qPrintable(md));
        QCOMPARE(Parsed::rows(table).size(), 6);
        QCOMPARE(Parsed::rows(table).last(), (QStringList{u"Total"_s, u"21"_s, u"5"_s, u"16"_s}));

        const QList<cmark_node *> issues = doc.section(u"\U0001F6A8 Remaining Issues & Blockers"_s);
        QCOMPARE(Parsed::types(issues), QStringList{u"list"_s});
        QCOMPARE(cmark_node_get_list_type(issues.first()), CMARK_ORDERED_LIST);
        const QStringList issueItems = Parsed::items(issues.first());
        QCOMPARE(issueItems.size(), 2);
        QVERIFY2(issueItems.at(0).startsWith(
                     u"B-1: Audit log (8 points)Blocked: Waiting for IT to open the syslog port"_s),
                 qPrintable(issueItems.at(0)));
        QVERIFY2(issueItems.at(1).startsWith(
                     u"Ben Okri (from the standup)B-1: the syslog port is still closed"_s),
                 qPrintable(issueItems.at(1)));

        const QList<cmark_node *> plan = doc.section(u"\U0001F3AF Tomorrow's Plan (Day 7)"_s);
        QCOMPARE(Parsed::types(plan), QStringList{u"list"_s});
        QCOMPARE(Parsed::items(plan.first()),
                 (QStringList{u"Continue A-2: Password reset (5 points) - Ada Lovelace"_s,
                              u"Unblock B-1: Audit log (8 points) - Ben Okri"_s,
                              u"Start B-3: Fix | pipes in *titles* (2 points) - Ben Okri"_s,
                              u"Start C-1: Dark mode (1 point)"_s}));
        QVERIFY2(md.contains(u"**Sprint Status**: 23% complete"_s), qPrintable(md));
        QVERIFY2(md.contains(u"**Next Review**: End of Day 7"_s), qPrintable(md));
    }

    void blockersAreNeverNoneWhileCardsAreBlocked_data()
    {
        QTest::addColumn<QString>("benBlockers");
        QTest::addColumn<QString>("benToday");
        QTest::addColumn<QStringList>("blockers"); // the Blockers section's paragraphs and items
        const QString proposed = u"Ben Okri (proposed from the board)"_s;
        const QString b1 = u"B-1: Audit log - Waiting for IT to open the syslog port"_s;
        QTest::newRow("written, mentioning the card")
            << u"- B-1: the syslog port is still closed\n"_s << u"Demo prep\n"_s
            << QStringList{u"Ben Okri"_s, u"B-1: the syslog port is still closed"_s};
        QTest::newRow("written, not mentioning it")
            << u"None\n"_s << u"Demo prep\n"_s
            << QStringList{u"Ben Okri"_s, u"None"_s, u"Blocked on the board"_s,
                           b1 + u" (Ben Okri)"_s};
        QTest::newRow("written other fields only")
            << QString() << u"Demo prep\n"_s
            << QStringList{u"Blocked on the board"_s, b1 + u" (Ben Okri)"_s};
        // Nothing written: the board's proposal, which names the card and its reason.
        QTest::newRow("nothing written") << QString() << QString() << QStringList{proposed, b1};
    }
    void blockersAreNeverNoneWhileCardsAreBlocked()
    {
        QFETCH(QString, benBlockers);
        QFETCH(QString, benToday);
        QFETCH(QStringList, blockers);
        writeBen(QString(), benToday, benBlockers);
        const QString md = StandupReport::standupMarkdown(data());
        const Parsed doc(md);
        QStringList texts;
        for (cmark_node *n : doc.section(u"Blockers"_s))
            texts += Parsed::type(n) == u"list" ? Parsed::items(n) : QStringList{Parsed::text(n)};
        QCOMPARE(texts, blockers);
        QVERIFY2(!md.contains(u"- None"_s), qPrintable(md));
    }

    void unassignedBlockedCardIsListed()
    {
        // Blocked later in the day: the report of the day shows it, the board's own row.
        at(QDate(2025, 1, 13), 16, 0);
        Card c = *m_board->cardByKey(u"C-1");
        c.blocked = true;
        VERIFY_OK(m_board->updateCard(c));
        at(QDate(2025, 1, 13), 17, 30);
        const Parsed doc(StandupReport::standupMarkdown(data()));
        const QList<cmark_node *> blockers = doc.section(u"Blockers"_s);
        QCOMPARE(Parsed::items(blockers.last()),
                 QStringList{u"C-1: Dark mode - no reason given (unassigned)"_s});
    }

    void silentMembersGetTheBoardsProposal_data()
    {
        QTest::addColumn<QDateTime>("now");
        QTest::addColumn<QString>("today");
        // The end of the day, and a Tuesday morning looking back at Monday.
        QTest::newRow("Monday evening")
            << QDateTime(QDate(2025, 1, 13), QTime(17, 30), QTimeZone::systemTimeZone())
            << u"- B-1: Audit log (8 points) - In Progress (blocked)\n"_s;
        QTest::newRow("Tuesday, the card unblocked")
            << QDateTime(QDate(2025, 1, 14), QTime(9, 0), QTimeZone::systemTimeZone())
            << u"- B-1: Audit log (8 points) - In Progress (blocked)\n"_s;
    }
    void silentMembersGetTheBoardsProposal()
    {
        QFETCH(QDateTime, now);
        QFETCH(QString, today);
        writeBen(QString(), QString(), QString());
        m_now = now.toUTC();
        if (now.date() > QDate(2025, 1, 13)) {
            // After Monday: the report of Monday still shows Monday as it ended.
            Card c = *m_board->cardByKey(u"B-1");
            c.blocked = false;
            VERIFY_OK(m_board->updateCard(c));
        }
        const StandupReportData d = data();
        QCOMPARE(d.entries.size(), 3);
        const StandupReportData::Entry ada = d.entries.at(0);
        QVERIFY(!ada.proposed); // she wrote: her words only
        QCOMPARE(ada.today, u"- Finish A-1\n"_s);
        const StandupReportData::Entry ben = d.entries.at(1);
        QVERIFY(ben.proposed);
        QCOMPARE(ben.today, today);
        QCOMPARE(ben.blockers, u"- B-1: Audit log - Waiting for IT to open the syslog port\n"_s);
        QVERIFY(!d.entries.at(2).proposed); // Cleo: nothing on the board, nothing to propose
        QVERIFY(d.entries.at(2).today.isEmpty());

        const QString md = StandupReport::standupMarkdown(d);
        QVERIFY2(md.contains(u"**Ben Okri** *(proposed from the board)*\n\n- B-1: Audit log (8 "
                             "points) - In Progress (blocked)"_s),
                 qPrintable(md));
        QVERIFY(!md.contains(u"**Ada Lovelace** *(proposed"_s));
        // The status report lists the blocked card, not again as if Ben had said it.
        const QString status = StandupReport::statusMarkdown(d);
        QVERIFY2(!status.contains(u"from the standup"_s), qPrintable(status));
        QVERIFY(status.contains(u"1. **B-1: Audit log** (8 points)"_s));
    }

    void htmlIsRenderedByCmarkGfm()
    {
        const QString html = StandupReport::toHtml(StandupReport::statusMarkdown(data()));
        QVERIFY(html.contains(u"<table border=\"1\""_s));
        QVERIFY(html.contains(u"<th>Priority</th>"_s));
        QVERIFY(html.contains(u"<td><strong>Total</strong></td>"_s));
        QVERIFY(html.contains(u"<ol>"_s));
        QVERIFY(
            html.contains(u"<h4>A-1: Login form (3 points) - <strong>COMPLETED</strong></h4>"_s));
        const QString standup = StandupReport::toHtml(StandupReport::standupMarkdown(data()));
        QVERIFY(standup.contains(u"<ul>"_s));
        QVERIFY2(!standup.contains(u"<script>"_s),
                 "raw HTML typed in an entry must not pass into the report");
        const QString page = StandupReport::htmlDocument(u"Daily <Status>"_s, u"# Hi"_s);
        QVERIFY(page.startsWith(u"<!DOCTYPE html>"_s));
        QVERIFY(page.contains(u"<meta charset=\"utf-8\">"_s));
        QVERIFY(page.contains(u"<title>Daily &lt;Status&gt;</title>"_s));
        QVERIFY(page.contains(u"<h1>Hi</h1>"_s));
    }

    void emptyDayWithoutSprint()
    {
        StandupReportData d;
        d.date = QDate(2025, 2, 3);
        d.entries = {{u"Ada"_s, {}, {}, {}}};
        const QString standup = StandupReport::standupMarkdown(d);
        const Parsed doc(standup);
        QCOMPARE(Parsed::items(doc.section(u"Yesterday"_s).first()),
                 QStringList{u"Nothing reported"_s});
        QCOMPARE(Parsed::items(doc.section(u"Blockers"_s).first()), QStringList{u"None"_s});
        QVERIFY(!firstOfType(doc.section(u"Progress"_s), u"table"_s));
        const QString status = StandupReport::statusMarkdown(d);
        QVERIFY(status.startsWith(u"# Daily Status\n\n## Monday, February 3, 2025\n"_s));
        QVERIFY(status.contains(u"No cards were finished today."_s));
        QVERIFY(status.contains(u"None: nothing is blocked."_s));
    }

    void scheduleFollowsTheIdealLine_data()
    {
        QTest::addColumn<double>("aheadBy");
        QTest::addColumn<QString>("text");
        QTest::newRow("ahead") << 5.0 << u"Ahead of schedule"_s;
        QTest::newRow("close ahead") << 1.5 << u"On track"_s;
        QTest::newRow("close behind") << -2.0 << u"On track"_s;
        QTest::newRow("behind") << -4.5 << u"Behind schedule"_s;
    }
    void scheduleFollowsTheIdealLine()
    {
        QFETCH(double, aheadBy);
        QFETCH(QString, text);
        StandupReportData d;
        d.committed = 40; // tolerance: 4 points
        d.aheadBy = aheadBy;
        QCOMPARE(StandupReport::scheduleText(d), text);
    }

private:
    StandupReportData data()
    {
        auto d = StandupBook::of(*m_board)->reportData(QDate(2025, 1, 13));
        if (!d)
            qFatal("%s", qPrintable(d.error()));
        return d.value();
    }
    /** Replaces what Ben wrote on Monday 13th (empty texts: he wrote nothing). */
    void writeBen(const QString &yesterday, const QString &today, const QString &blockers)
    {
        const QDateTime now = m_now;
        at(QDate(2025, 1, 13), 9, 45);
        StandupEntry b;
        b.memberId = m_ben;
        b.yesterday = yesterday;
        b.today = today;
        b.blockers = blockers;
        VERIFY_OK(StandupBook::of(*m_board)->saveEntry(QDate(2025, 1, 13), b));
        m_now = now;
    }
    void at(QDate day, int hour, int minute)
    {
        m_now = QDateTime(day, QTime(hour, minute), QTimeZone::systemTimeZone()).toUTC();
    }
    void card(const QString &key, const QString &title, double points, Priority priority,
              qint64 assignee, const QList<QPair<QString, bool>> &checklist = {})
    {
        Card c;
        c.key = key;
        c.title = title;
        c.points = points;
        c.priority = priority;
        c.assigneeId = assignee;
        c.sprintId = m_sprint;
        c.columnId = m_col.value(u"To Do"_s);
        for (const auto &[text, done] : checklist)
            c.checklist.append({text, done, {}, {}});
        VERIFY_OK(m_board->addCard(c));
    }
    void move(const QString &key, const QString &column)
    {
        const Card *c = m_board->cardByKey(key);
        QVERIFY2(c, qPrintable(key));
        VERIFY_OK(m_board->moveCards({c->id}, c->sprintId, m_col.value(column)));
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Board> m_board;
    QDateTime m_now;
    QHash<QString, qint64> m_col;
    qint64 m_ada = 0, m_ben = 0, m_cleo = 0, m_sprint = 0;
};

QTEST_GUILESS_MAIN(TestStandupReport)
#include "tst_standupreport.moc"
