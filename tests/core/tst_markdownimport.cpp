#include "core/board/board.h"
#include "core/board/sprintanalytics.h"
#include "core/io/importpreview.h"
#include "core/io/markdownimporter.h"
#include "core/io/storytable.h"
#include "core/storage/analyticsstore.h"
#include "core/storage/repository.h"
#include "tests/testpaths.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>
#include <QUndoStack>

using namespace SprintDeck;
using namespace Qt::StringLiterals;

namespace {

QString samplePath(const QString &name)
{
    return TestPaths::testData() + u"/samples/"_s + name;
}

/** Local wall-clock time as UTC (the test runs with TZ=Europe/Berlin). */
QDateTime local(int y, int m, int d, int hour)
{
    return QDateTime(QDate(y, m, d), QTime(hour, 0), QTimeZone::systemTimeZone()).toUTC();
}

const ImportCard *cardWithKey(const ImportPlan &plan, const QString &key)
{
    for (const ImportCard &c : plan.cards)
        if (c.key == key)
            return &c;
    return nullptr;
}

const ImportCard *cardTitled(const ImportPlan &plan, const QString &title)
{
    for (const ImportCard &c : plan.cards)
        if (c.title == title)
            return &c;
    return nullptr;
}

/** A warning at `line` (any line when negative) that contains `text`. */
bool hasWarning(const ImportPlan &plan, int line, const QString &text)
{
    for (const ImportWarning &w : plan.warnings)
        if ((line < 0 || w.line == line) && w.message.contains(text))
            return true;
    return false;
}

QString warningsOf(const ImportPlan &plan)
{
    QStringList all;
    for (const ImportWarning &w : plan.warnings)
        all.append(w.toString());
    return all.join(u'\n');
}

} // namespace

class TestMarkdownImport : public QObject
{
    Q_OBJECT
private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Board> m_board;

    ImportPlan importSample(const QString &name)
    {
        auto plan = MarkdownImporter::importFile(samplePath(name));
        if (!plan)
            qWarning("%s", qPrintable(plan.error()));
        return plan ? plan.value() : ImportPlan();
    }

    Status importInto(Board &board, const QList<ImportPlan> &plans, ImportPreview *out = nullptr)
    {
        auto preview = ImportPreview::build(board, plans);
        if (!preview)
            return Status::failure(preview.error());
        if (out)
            *out = preview.value();
        return preview->apply(board);
    }

private slots:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        auto opened = Board::open(m_dir->filePath(u"board.sprintdeck"_s));
        QVERIFY2(opened, qPrintable(opened.error()));
        m_board = std::move(opened.value());
        m_board->setClock([] { return QDateTime(QDate(2025, 2, 3), QTime(10, 0), Qt::UTC); });
    }

    void cleanup()
    {
        m_board.reset();
        m_dir.reset();
    }

    // --- sprint4-daily-status.md: two dated days, newest first, cp1254 mojibake --------

    void dailyStatusSprint()
    {
        const ImportPlan plan = importSample(u"sprint4-daily-status.md"_s);
        QCOMPARE(plan.format, u"markdown"_s);
        QCOMPARE(plan.sprints.size(), 1);
        const ImportSprint &s = plan.sprints.first();
        QCOMPARE(s.name, u"Sprint 4"_s);
        // "Day 1: January 13, 2025" is the first working day.
        QCOMPARE(s.start, QDate(2025, 1, 13));
        QCOMPARE(s.end, QDate(2025, 1, 26)); // not in the document: two weeks assumed
        QVERIFY(s.datesAssumed);
        QCOMPARE(s.state, Sprint::State::Active);
        QCOMPARE(s.startedAt, local(2025, 1, 13, 9));
        QVERIFY(hasWarning(plan, 1, u"assumed 2025-01-13 to 2025-01-26"_s));
    }

    void dailyStatusStories()
    {
        const ImportPlan plan = importSample(u"sprint4-daily-status.md"_s);
        struct Expected
        {
            const char16_t *key, *title;
            double points;
            const char16_t *status;
            CardType type;
        };
        // In the order the sprint met them: Day 1 first, then Day 2.
        const Expected expected[] = {
            {u"FIX-001", u"Backend Import Errors", 8, u"Done", CardType::Fix},
            {u"FIX-002", u"Frontend TypeScript Errors", 8, u"Done", CardType::Fix},
            {u"FIX-003", u"Test Suite Stabilization", 4, u"Done", CardType::Fix},
            {u"STORY-013", u"Function Runner Foundation", 8, u"Done", CardType::Story},
            {u"FIX-004", u"Upload Test Failures", 4, u"Done", CardType::Fix},
            {u"STORY-015", u"Progress Area Integration", 5, u"To Do", CardType::Story},
            {u"STORY-012", u"End-to-End Project Flow", 5, u"To Do", CardType::Story},
        };
        QCOMPARE(plan.cards.size(), qsizetype(std::size(expected)));
        for (qsizetype i = 0; i < plan.cards.size(); ++i) {
            const ImportCard &c = plan.cards.at(i);
            const Expected &e = expected[i];
            QCOMPARE(c.key, QString::fromUtf16(e.key));
            QCOMPARE(c.title, QString::fromUtf16(e.title));
            QCOMPARE(c.points, std::optional<double>(e.points));
            QCOMPARE(c.status, QString::fromUtf16(e.status));
            QCOMPARE(c.type, std::optional<CardType>(e.type));
            QCOMPARE(c.sprint, u"Sprint 4"_s);
        }
    }

    void dailyStatusHistory()
    {
        const ImportPlan plan = importSample(u"sprint4-daily-status.md"_s);
        // Reported done on Day 1.
        const ImportCard *fix1 = cardWithKey(plan, u"FIX-001"_s);
        QVERIFY(fix1);
        QCOMPARE(fix1->created, local(2025, 1, 13, 8));
        QCOMPARE(fix1->history.size(), 1);
        QCOMPARE(fix1->history.at(0).status, u"Done"_s);
        QCOMPARE(fix1->history.at(0).at, local(2025, 1, 13, 12));
        // In progress on Day 1, completed on Day 2.
        const ImportCard *fix3 = cardWithKey(plan, u"FIX-003"_s);
        QVERIFY(fix3);
        QCOMPARE(fix3->history.size(), 2);
        QCOMPARE(fix3->history.at(0).status, u"In Progress"_s);
        QCOMPARE(fix3->history.at(0).at, local(2025, 1, 13, 12));
        QCOMPARE(fix3->history.at(1).status, u"Done"_s);
        QCOMPARE(fix3->history.at(1).at, local(2025, 1, 14, 12));
        QVERIFY(fix3->description->contains(u"**Day 1 (January 13, 2025)**"_s));
        QVERIFY(
            fix3->description->contains(u"Fixed Redis client mock by adding `flushdb()` method"_s));
        // "NEW FIX-004" joined the sprint on Day 2.
        const ImportCard *fix4 = cardWithKey(plan, u"FIX-004"_s);
        QVERIFY(fix4);
        QCOMPARE(fix4->addedToSprint, local(2025, 1, 14, 9));
        QCOMPARE(fix4->created, local(2025, 1, 14, 9));
        QCOMPARE(fix4->history.size(), 1);
        QCOMPARE(fix4->history.at(0).at, local(2025, 1, 14, 12));
        // Only planned ("Begin STORY-015 ... (5 points)"): no status changes.
        QVERIFY(cardWithKey(plan, u"STORY-015"_s)->history.isEmpty());
        QVERIFY(!cardWithKey(plan, u"STORY-013"_s)->addedToSprint.isValid());
        // The result lines keep the repaired emoji.
        QVERIFY(fix1->description->contains(u"**Result**: \u2705 Zero backend import errors"_s));
    }

    void dailyStatusWarnings()
    {
        const ImportPlan plan = importSample(u"sprint4-daily-status.md"_s);
        QCOMPARE(plan.repairedCharacters, 27);
        QVERIFY2(hasWarning(plan, 5, u"repaired 27 characters"_s), qPrintable(warningsOf(plan)));
        // Day 2's table: 28 completed; FIX-001, FIX-002, FIX-003, FIX-004 and STORY-013 are 32
        // points.
        QVERIFY2(
            hasWarning(
                plan, 60,
                u"the progress table says 28 points completed but the stories reported done by "
                "Day 2 (January 14, 2025) add up to 32"_s),
            qPrintable(warningsOf(plan)));
        QVERIFY(hasWarning(plan, 60,
                           u"counts 80 points in total but the stories listed add up to 42"_s));
        // Day 1's table agrees with the stories (16 points: FIX-001 and FIX-002).
        QVERIFY(!hasWarning(plan, 136, u"completed"_s));
        for (const ImportWarning &w : plan.warnings)
            QVERIFY2(!w.message.contains(u"16 points"_s), qPrintable(w.message));
    }

    // --- sprint1-completion-report.md: a closed one-day sprint, cp1252 mojibake -----------

    void completionReport()
    {
        const ImportPlan plan = importSample(u"sprint1-completion-report.md"_s);
        QCOMPARE(plan.sprints.size(), 1);
        const ImportSprint &s = plan.sprints.first();
        QCOMPARE(s.name, u"Sprint 1"_s);
        QCOMPARE(s.goal, u"Establish complete project infrastructure including database, API "
                         u"framework, Worker Agent "
                         "skeleton, development environment"_s);
        QCOMPARE(s.start, QDate(2025, 11, 12));
        QCOMPARE(s.end, QDate(2025, 11, 12));
        QVERIFY(!s.datesAssumed);
        QCOMPARE(s.state, Sprint::State::Closed);
        // A past sprint closes at the end of its last day.
        QCOMPARE(s.closedAt, local(2025, 11, 12, 23).addSecs(59 * 60 + 59));

        struct Expected
        {
            const char16_t *key, *title;
            double points;
            int tasks;
        };
        const Expected stories[] = {
            {u"STORY-1.1", u"Project Initialization", 5, 6},
            {u"STORY-1.2", u"PostgreSQL Database & ORM", 8, 5},
            {u"STORY-1.3", u"Redis Configuration", 5, 6},
            {u"STORY-1.4", u"FastAPI Backend Framework", 8, 8},
            {u"STORY-1.5", u"Worker Agent SDK", 5, 7},
            {u"STORY-1.6", u"Docker Compose", 5, 5},
            {u"STORY-1.7", u"CI/CD Configuration", 5, 5},
        };
        QCOMPARE(plan.cards.size(), 11);
        for (int i = 0; i < 7; ++i) {
            const ImportCard &c = plan.cards.at(i);
            QCOMPARE(c.key, QString::fromUtf16(stories[i].key));
            QCOMPARE(c.title, QString::fromUtf16(stories[i].title));
            QCOMPARE(c.points, std::optional<double>(stories[i].points));
            QCOMPARE(c.status, u"Done"_s);
            QCOMPARE(c.sprint, u"Sprint 1"_s);
            QCOMPARE(c.history.size(), 1);
            QCOMPARE(c.history.first().at, local(2025, 11, 12, 12));
            // "Completed Tasks:" become a checklist, all done.
            QVERIFY(c.checklist);
            QCOMPARE(c.checklist->size(), stories[i].tasks);
            for (const ChecklistItem &item : *c.checklist) {
                QVERIFY(item.done);
                QCOMPARE(item.group, u"Completed Tasks"_s);
            }
        }
        const ImportCard *first = cardWithKey(plan, u"STORY-1.1"_s);
        QCOMPARE(first->checklist->first().text,
                 u"Monorepo structure created (backend/, frontend/, worker-agent/, docs/)"_s);
        QVERIFY(first->description->startsWith(
            u"**Deliverables:**\n\n- README.md\n- CONTRIBUTING.md"_s));

        // "Next Steps - Sprint 2 Planning" lists the next sprint's stories: the backlog.
        const Expected next[] = {
            {u"STORY-2.1", u"Worker Management API", 8, 0},
            {u"STORY-2.2", u"Task Management API", 10, 0},
            {u"STORY-2.3", u"WebSocket Real-time Updates", 8, 0},
            {u"STORY-2.4", u"Authentication & Authorization", 8, 0},
        };
        for (int i = 0; i < 4; ++i) {
            const ImportCard &c = plan.cards.at(7 + i);
            QCOMPARE(c.key, QString::fromUtf16(next[i].key));
            QCOMPARE(c.title, QString::fromUtf16(next[i].title));
            QCOMPARE(c.points, std::optional<double>(next[i].points));
            QCOMPARE(c.sprint, QString());
            QCOMPARE(c.status, u"To Do"_s);
            QVERIFY(hasWarning(plan, 407 + i, u"listed for a later sprint"_s));
        }
        // 41/41 story points agree with the stories: no disagreement reported.
        for (const ImportWarning &w : plan.warnings)
            QVERIFY2(!w.message.contains(u"points"_s), qPrintable(w.message));
        QCOMPARE(plan.repairedCharacters, 45);
    }

    // --- sprint1.2-status-tracker.md: phases of checklists, no story keys ---------------------

    void tracker()
    {
        const ImportPlan plan = importSample(u"sprint1.2-status-tracker.md"_s);
        QCOMPARE(plan.sprints.size(), 1);
        const ImportSprint &s = plan.sprints.first();
        QCOMPARE(s.name, u"Sprint 1.2"_s);
        QCOMPARE(s.goal, u"Orchestrator Integration"_s);
        QCOMPARE(s.start, QDate(2025, 11, 15));
        QCOMPARE(s.state, Sprint::State::Active);

        struct Expected
        {
            const char16_t *title, *status;
            int items;
            const char16_t *estimate;
        };
        // The "Overall Progress" list names the phases; each phase section adds its checklist.
        const Expected expected[] = {
            {u"ANALYZE: Read current state and documentation", u"Done", 0, u""},
            {u"PLAN: Create Sprint 1.2 planning documents", u"Done", 0, u""},
            {u"Phase 1: Python Integration Layer", u"To Do", 26, u"8-12 hours"},
            {u"Phase 2: Orchestrator Core", u"To Do", 45, u"12-16 hours"},
            {u"Phase 3: End-to-End Flow", u"To Do", 25, u"8-10 hours"},
            {u"Phase 4: Testing & Documentation", u"To Do", 22, u"6-8 hours"},
            {u"Quality Assurance", u"To Do", 13, u"2-3 hours"},
            {u"Final Report", u"To Do", 16, u"1 hour"},
        };
        QCOMPARE(plan.cards.size(), qsizetype(std::size(expected)));
        for (qsizetype i = 0; i < plan.cards.size(); ++i) {
            const ImportCard &c = plan.cards.at(i);
            QCOMPARE(c.title, QString::fromUtf16(expected[i].title));
            QCOMPARE(c.key, QString());
            QCOMPARE(c.status, QString::fromUtf16(expected[i].status));
            QCOMPARE(c.sprint, u"Sprint 1.2"_s);
            QCOMPARE(c.checklist ? int(c.checklist->size()) : 0, expected[i].items);
            if (expected[i].items > 0) {
                QVERIFY(c.description->startsWith(u"**Estimate:** "_s +
                                                  QString::fromUtf16(expected[i].estimate)));
                for (const ChecklistItem &item : *c.checklist)
                    QVERIFY(!item.done);
            }
        }
        // Groups are the headings inside a phase.
        const ImportCard *phase1 = cardTitled(plan, u"Phase 1: Python Integration Layer"_s);
        QHash<QString, int> groups;
        for (const ChecklistItem &item : *phase1->checklist)
            ++groups[item.group];
        QCOMPARE(groups.value(u"Setup"_s), 4);
        QCOMPARE(groups.value(u"Implementation"_s), 9); // one item and its eight sub-items
        QCOMPARE(groups.value(u"Testing"_s), 8);
        QCOMPARE(groups.value(u"Verification"_s), 5);
        QCOMPARE(phase1->checklist->at(4).text, u"Create app/reflex_client.py"_s);
        QCOMPARE(phase1->checklist->at(5).text, u"ReflexClient class with httpx"_s);
        QCOMPARE(cardTitled(plan, u"ANALYZE: Read current state and documentation"_s)
                     ->history.first()
                     .at,
                 local(2025, 11, 15, 12));

        // The phases' own counts disagree with their checklists (Phase 1's 26 is right).
        QVERIFY(!hasWarning(plan, 60, u"tasks"_s));
        QVERIFY2(
            hasWarning(
                plan, 125,
                u"\u201cPhase 2: Orchestrator Core\u201d says 0/38 tasks but the section lists 45 with 0 done"_s),
            qPrintable(warningsOf(plan)));
        QVERIFY(hasWarning(plan, 166, u"says 0/28 tasks but the section lists 25"_s));
        QVERIFY(hasWarning(plan, 202, u"says 0/18 tasks but the section lists 22"_s));
        QVERIFY(hasWarning(plan, 227, u"says 0/10 tasks but the section lists 13"_s));
        QVERIFY(hasWarning(plan, 257, u"says 0/13 tasks but the section lists 16"_s));
        QCOMPARE(plan.repairedCharacters, 8);
    }

    // --- a document of another team, written differently ---------------------------------------

    // --- sprint dates: what the document states or implies, never the day of the import ------

    void sprintDates_data()
    {
        QTest::addColumn<QString>("doc");
        QTest::addColumn<QDate>("start"); // invalid: a placeholder that depends on the day
        QTest::addColumn<QDate>("end");
        QTest::addColumn<int>("state");
        QTest::addColumn<bool>("assumed");
        QTest::addColumn<QString>("warning"); // empty: no warning about dates
        // A stated end before the day of the import closes the sprint; an assumed one does not.
        const int planned = int(Sprint::State::Planned), active = int(Sprint::State::Active),
                  closed = int(Sprint::State::Closed);
        QTest::newRow("start and end, day first")
            << u"# Sprint 2\n\nInício: 28/02/2022\nTérmino: 07/03/2022\n"_s << QDate(2022, 2, 28)
            << QDate(2022, 3, 7) << closed << false << QString();
        QTest::newRow("spanish list fields")
            << u"# Sprint Backlog\n\n## Detalles del Sprint 2\n\n- Nombre del Sprint: Sprint 2\n"
               u"- Fecha de Inicio: 9 de septiembre de 2023\n"
               u"- Fecha de Finalización: 10 de septiembre de 2023\n"_s
            << QDate(2023, 9, 9) << QDate(2023, 9, 10) << closed << false << QString();
        QTest::newRow("a range in the sprint field")
            << u"# Report\n\nSprint: Sprint 4 (December 1-2, 2025)\nDate: December 2, 2025\n"_s
            << QDate(2025, 12, 1) << QDate(2025, 12, 2) << closed << false << QString();
        QTest::newRow("a range in the sprint's heading")
            << u"# Sprint 5 Plan\n\n## Sprint 5: June 2 – June 13, 2025\n\n- A-1: Login (3 pts)\n"_s
            << QDate(2025, 6, 2) << QDate(2025, 6, 13) << closed << false << QString();
        QTest::newRow("a start and a length")
            << u"# Sprint 3\n\n- **Start Date:** 2025-03-05\n- **Duration:** 2 weeks\n"_s
            << QDate(2025, 3, 5) << QDate(2025, 3, 18) << closed << false << QString();
        QTest::newRow("one date as the duration")
            << u"# Sprint 1 Summary\n\n**Sprint Duration:** 2025-12-02\n"_s << QDate(2025, 12, 2)
            << QDate(2025, 12, 2) << closed << false << QString();
        QTest::newRow("an open end")
            << u"# Sprint 2\n\n**Sprint Duration:** 2025-12-02 to TBD\n"_s << QDate(2025, 12, 2)
            << QDate(2025, 12, 15) << active << true
            << u"the document gives no sprint end date; assumed 2025-12-02 to 2025-12-15"_s;
        QTest::newRow("the day of a standup")
            << u"# Daily Scrum\n\n**Sprint:** Sprint 5 - Day 3\n**Date:** 2025-12-03\n"_s
            << QDate(2025, 12, 1) << QDate(2025, 12, 14) << active << true
            << u"the start is taken from its dated days; assumed 2025-12-01 to 2025-12-14"_s;
        QTest::newRow("a plan's start from its days, its end from its length")
            << u"# Sprint 4\n\n**Duration:** 10 working days\n\n"
               u"## Day 2: Tuesday, March 4, 2025\n\n- A-1: Login (3 pts)\n"_s
            << QDate(2025, 3, 3) << QDate(2025, 3, 14) << closed << false
            << u"the sprint's start is taken from its dated days and its end from its length: "
               u"2025-03-03 to 2025-03-14"_s;
        QTest::newRow("days numbered over a weekend")
            << u"# Sprint 2 Daily Scrum\n\n## Day 2 - November 30, 2025\n\n"
               u"## Day 3 - December 1, 2025\n"_s
            << QDate(2025, 11, 29) << QDate(2025, 12, 12) << active << true
            << u"the start is taken from its dated days; assumed 2025-11-29 to 2025-12-12"_s;
        QTest::newRow("days numbered in working days")
            << u"# Sprint 2 Daily Scrum\n\n## Day 2 - Friday, November 28, 2025\n\n"
               u"## Day 3 - Monday, December 1, 2025\n"_s
            << QDate(2025, 11, 27) << QDate(2025, 12, 10) << active << true
            << u"the start is taken from its dated days; assumed 2025-11-27 to 2025-12-10"_s;
        QTest::newRow("a log's last entry is its end")
            << u"# Sprint 3 Standup Log\n\n## Nov 27, 2025\nStarted.\n\n## Nov 28, 2025\nGoing."
               u"\n\n## Nov 30, 2025\nAll tests passed.\n"_s
            << QDate(2025, 11, 27) << QDate(2025, 11, 30) << closed << false
            << u"the sprint's start is taken from its first dated day and its end from its last: "
               u"2025-11-27 to 2025-11-30"_s;
        QTest::newRow("the review day is the end")
            << u"# Daily Standup\n\n**Date**: 2025-08-25\n**Sprint**: Sprint 2 - Day 7\n\n"
               u"## Upcoming\n\n- **Sprint Review**: Sep 1, 2025\n"_s
            << QDate(2025, 8, 15) << QDate(2025, 9, 1) << closed << false
            << u"the sprint's start is taken from its dated days: 2025-08-15 to 2025-09-01"_s;
        QTest::newRow("stated dates before the review day")
            << u"# Sprint 1\n\n**Duration**: January 29 - February 11, 2026 (2 weeks)\n\n"
               u"## Upcoming\n\n- **Sprint Review**: February 9, 2026 @ 2:00 PM\n"_s
            << QDate(2026, 1, 29) << QDate(2026, 2, 11) << closed << false << QString();
        QTest::newRow("the planning date is the start")
            << u"# Sprint 4\n\n## Sprint-Planung\n\nDatum: 27.03.2024\n"_s << QDate(2024, 3, 27)
            << QDate(2024, 4, 9) << active << true << u"assumed 2024-03-27 to 2024-04-09"_s;
        QTest::newRow("no dates")
            << u"# Sprint 3\n\n**Sprint Duration:** 2 weeks\n\n- A-1: Login (3 pts)\n"_s << QDate()
            << QDate() << planned << true
            << u"the document gives no dates; the sprint is planned until its dates are set"_s;
        QTest::newRow("only the document's date")
            << u"# Sprint 2 Retrospective\n\n**Date:** 2025-12-02\n"_s << QDate(2025, 12, 2)
            << QDate(2025, 12, 15) << planned << true
            << u"the document gives no sprint dates, only its own date; the sprint is planned "
               u"until its dates are set (placeholder 2025-12-02 to 2025-12-15)"_s;
        QTest::newRow("dates without a year")
            << u"# Sprint 3 Review\n\n**Dates:** April 14 – May 1\n"_s << QDate() << QDate()
            << planned << true
            << u"the document's dates (such as \u201cApril 14\u201d) give no year"_s;
    }

    void pastSprintCloses_data()
    {
        QTest::addColumn<QString>("doc");
        QTest::addColumn<QDate>("today");
        QTest::addColumn<int>("state");
        const int active = int(Sprint::State::Active), closed = int(Sprint::State::Closed);
        const QString plain = u"# Sprint 6 Plan\n\n**Sprint Duration:** 2025-05-05 to "
                              "2025-05-16\n\n- PAY-7: Invoice option (5 points) - IN PROGRESS\n"_s;
        QTest::newRow("while its dates hold") << plain << QDate(2025, 5, 16) << active;
        QTest::newRow("the day after its end") << plain << QDate(2025, 5, 17) << closed;
        QTest::newRow("years after its end") << plain << QDate(2031, 3, 15) << closed;
        const QString stated = u"# Sprint 28\n\n**Zeitraum:** 05.05.2025 \u2013 16.05.2025 \u00b7 "
                               "**Status:** %1 \u00b7 **Vorheriger Sprint:** Sprint 27\n"_s;
        for (const char16_t *word : {u"Abgeschlossen", u"Concluído", u"Terminé", u"Ended"})
            QTest::addRow("status %s while its dates hold", qPrintable(QString::fromUtf16(word)))
                << stated.arg(QString::fromUtf16(word)) << QDate(2025, 5, 12) << closed;
        QTest::newRow("status in progress after its end")
            << stated.arg(u"In Progress"_s) << QDate(2026, 12, 7) << active;
        QTest::newRow("an assumed end, years later")
            << u"# Sprint 6 Plan\n\n**Start Date:** 2025-05-05\n\n- PAY-7: Invoice (5 points)\n"_s
            << QDate(2031, 3, 15) << active;
    }

    // A sprint the document says ended, or whose stated end has passed, is closed at the end of
    // its last day (its report frozen then); one whose dates hold today stays active.
    void pastSprintCloses()
    {
        QFETCH(QString, doc);
        QFETCH(QDate, today);
        QFETCH(int, state);
        const ImportPlan plan = MarkdownImporter::parse(doc, u"doc.md"_s, today);
        QCOMPARE(plan.sprints.size(), 1);
        const ImportSprint &s = plan.sprints.first();
        QCOMPARE(s.start, QDate(2025, 5, 5));
        QCOMPARE(int(s.state), state);
        if (state == int(Sprint::State::Closed) && today > s.end)
            QCOMPARE(s.closedAt,
                     QDateTime(s.end, QTime(23, 59, 59), QTimeZone::systemTimeZone()).toUTC());
    }

    void logEndsWhenOver_data()
    {
        QTest::addColumn<QDate>("today");
        QTest::addColumn<QDate>("end");
        QTest::newRow("on its last day: still running")
            << QDate(2025, 11, 30) << QDate(2025, 12, 10);
        QTest::newRow("the day after") << QDate(2025, 12, 1) << QDate(2025, 11, 30);
        QTest::newRow("years later") << QDate(2031, 3, 15) << QDate(2025, 11, 30);
    }

    // A log of days that has run its course ends with its last day; one that may go on is
    // given two weeks.
    void logEndsWhenOver()
    {
        QFETCH(QDate, today);
        QFETCH(QDate, end);
        const QString doc = u"# Sprint 3 Standup Log\n\n## Nov 27, 2025\nStarted.\n\n"
                            "## Nov 28, 2025\nGoing.\n\n## Nov 30, 2025\nAll tests passed.\n"_s;
        const ImportPlan plan = MarkdownImporter::parse(doc, u"doc.md"_s, today);
        QCOMPARE(plan.sprints.size(), 1);
        QCOMPARE(plan.sprints.first().start, QDate(2025, 11, 27));
        QCOMPARE(plan.sprints.first().end, end);
    }

    void dayNumbersWithinTheSprint_data()
    {
        QTest::addColumn<QString>("duration");
        QTest::addColumn<QList<QDate>>("doneOn"); // of Day 2, Day 3, Day 4
        // Thursday to Sunday: the document's Day 3 and Day 4 are its weekend.
        QTest::newRow("four days over a weekend")
            << u"November 27-30, 2025 (4 days)"_s
            << QList<QDate>{QDate(2025, 11, 28), QDate(2025, 11, 29), QDate(2025, 11, 30)};
        // Two weeks from a Thursday: Day 3 is the Monday after, in working days.
        QTest::newRow("two weeks")
            << u"November 27 - December 10, 2025"_s
            << QList<QDate>{QDate(2025, 11, 28), QDate(2025, 12, 1), QDate(2025, 12, 2)};
    }

    // "Completed: Day N" is the N-th day of the sprint as the document counts them, within its
    // dates, on whatever day it is imported.
    void dayNumbersWithinTheSprint()
    {
        QFETCH(QString, duration);
        QFETCH(QList<QDate>, doneOn);
        const QString doc = u"# Sprint 3 Burndown\n\n**Sprint:** Sprint 3\n**Duration:** %1\n\n"
                            "### US-1: Login (3 points)\n- Completed: Day 2\n\n"
                            "### US-2: Events (5 points)\n- Completed: Day 3\n\n"
                            "### US-3: Export (5 points)\n- Completed: Day 4\n"_s.arg(duration);
        for (QDate today : {QDate(2025, 12, 20), QDate(2031, 3, 15)}) {
            const ImportPlan plan = MarkdownImporter::parse(doc, u"doc.md"_s, today);
            QCOMPARE(plan.cards.size(), 3);
            for (int i = 0; i < 3; ++i) {
                const ImportCard &c = plan.cards.at(i);
                QCOMPARE(c.key, u"US-%1"_s.arg(i + 1));
                QVERIFY(!c.history.isEmpty());
                QCOMPARE(c.history.last().status, TextScan::done());
                QCOMPARE(c.history.last().at.toLocalTime().date(), doneOn.at(i));
            }
        }
    }

    // The same document imported years apart gives the same sprint, unless it gives no date.
    void sprintDates()
    {
        QFETCH(QString, doc);
        QFETCH(QDate, start);
        QFETCH(QDate, end);
        QFETCH(int, state);
        QFETCH(bool, assumed);
        QFETCH(QString, warning);
        for (QDate today : {QDate(2026, 12, 7), QDate(2031, 3, 15)}) {
            const ImportPlan plan = MarkdownImporter::parse(doc, u"doc.md"_s, today);
            QCOMPARE(plan.sprints.size(), 1);
            const ImportSprint &s = plan.sprints.first();
            QCOMPARE(s.start, start.isValid() ? start : today);
            if (end.isValid())
                QCOMPARE(s.end, end);
            QCOMPARE(int(s.state), state);
            QCOMPARE(s.datesAssumed, assumed);
            bool dateWarning = false;
            for (const ImportWarning &w : plan.warnings)
                dateWarning = dateWarning || w.message.contains(u"date"_s);
            if (warning.isEmpty())
                QVERIFY2(!dateWarning, qPrintable(warningsOf(plan)));
            else
                QVERIFY2(hasWarning(plan, -1, warning), qPrintable(warningsOf(plan)));
        }
    }

    // A completion date before the sprint's start is named; the stated range is kept.
    void completionBeforeStart()
    {
        const QString doc = u"# Sprint 3\n\n**Sprint Duration:** Week 5-6 (Dec 2 - Dec 13, 2025)\n"
                            u"**Completion Date:** November 5, 2025\n"_s;
        const ImportPlan plan = MarkdownImporter::parse(doc, u"doc.md"_s, QDate(2026, 12, 7));
        QCOMPARE(plan.sprints.first().start, QDate(2025, 12, 2));
        QCOMPARE(plan.sprints.first().end, QDate(2025, 12, 13));
        QVERIFY2(hasWarning(plan, 4,
                            u"\u201cCompletion Date\u201d gives November 5, 2025, before the "
                            u"sprint's start on December 2, 2025"_s),
                 qPrintable(warningsOf(plan)));
    }

    // A day heading whose weekday disagrees with its date keeps the date and says so.
    void weekdaySlip()
    {
        const QString doc = u"# Sprint 3\n\n**Dates:** 2025-03-03 to 2025-03-14\n\n"
                            u"## Monday, March 4, 2025\n\n- APP-1: Login (3 pts) \u2705\n"_s;
        const ImportPlan plan = MarkdownImporter::parse(doc, u"doc.md"_s, QDate(2026, 12, 7));
        const ImportCard *card = cardWithKey(plan, u"APP-1"_s);
        QVERIFY(card && !card->history.isEmpty());
        QCOMPARE(card->history.last().at, local(2025, 3, 4, 12));
        QVERIFY2(
            hasWarning(plan, 5, u"\u201cMonday, March 4, 2025\u201d: March 4, 2025 is a Tuesday"_s),
            qPrintable(warningsOf(plan)));
    }

    // A document whose numeric dates read both ways says how it read them.
    void ambiguousNumericDates()
    {
        const QString doc = u"# Sprint 2\n\n**Start:** 03/04/2025\n**End:** 03/12/2025\n"_s;
        const ImportPlan plan = MarkdownImporter::parse(doc, u"doc.md"_s, QDate(2026, 12, 7));
        QCOMPARE(plan.sprints.first().start, QDate(2025, 3, 4));
        QCOMPARE(plan.sprints.first().end, QDate(2025, 3, 12));
        QVERIFY2(hasWarning(plan, 3,
                            u"numeric dates such as 03/04/2025 can be read day first or month "
                            u"first; they are read month first (03/04/2025 is March 4, 2025)"_s),
                 qPrintable(warningsOf(plan)));
        // One date that reads one way only decides the order of the others: no warning.
        const ImportPlan decided = MarkdownImporter::parse(doc + u"\n## Standup 14/04/2025\n"_s,
                                                           u"doc.md"_s, QDate(2026, 12, 7));
        QCOMPARE(decided.sprints.first().start, QDate(2025, 4, 3));
        QCOMPARE(decided.sprints.first().end, QDate(2025, 12, 3));
        QVERIFY2(!hasWarning(decided, -1, u"numeric dates"_s), qPrintable(warningsOf(decided)));
    }

    void otherStyle()
    {
        const QString doc = uR"(# Payments Team – Iteration Notes

**Sprint:** 7 - Card payments
**Dates:** March 3, 2025 to March 14, 2025

## Wednesday, March 5, 2025

### Done
- PAY-12: Card form validation (3 pts) ✅
- PAY-14 - Refund endpoint (5 SP)

### Doing
- PAY-15: Webhooks for disputes (8 points)
  - retries with backoff

**Assignee:** nobody

## Tuesday, March 4, 2025

- PAY-12: Card form validation (3 pts) ⏳
- Talked about PAY-99 with the bank
- PAY-16: Currency rounding (2 points) - **BLOCKED**

## Later
- PAY-20: Saved cards (13 points)
)"_s;
        const ImportPlan plan = MarkdownImporter::parse(doc, u"notes.md"_s, QDate(2025, 3, 6));
        QCOMPARE(plan.sprints.size(), 1);
        QCOMPARE(plan.sprints.first().name, u"Sprint 7"_s);
        QCOMPARE(plan.sprints.first().goal, u"Card payments"_s);
        QCOMPARE(plan.sprints.first().start, QDate(2025, 3, 3));
        QCOMPARE(plan.sprints.first().end, QDate(2025, 3, 14));
        QVERIFY(!plan.sprints.first().datesAssumed);

        const ImportCard *p12 = cardWithKey(plan, u"PAY-12"_s);
        QVERIFY(p12);
        QCOMPARE(p12->title, u"Card form validation"_s);
        QCOMPARE(p12->points, std::optional<double>(3));
        QCOMPARE(p12->history.size(), 2);
        QCOMPARE(p12->history.at(0).status, u"In Progress"_s);
        QCOMPARE(p12->history.at(0).at, local(2025, 3, 4, 12));
        QCOMPARE(p12->history.at(1).status, u"Done"_s);
        QCOMPARE(p12->history.at(1).at, local(2025, 3, 5, 12));
        // No marker on the line: the heading it is listed under gives the status.
        QCOMPARE(cardWithKey(plan, u"PAY-14"_s)->status, u"Done"_s);
        QCOMPARE(cardWithKey(plan, u"PAY-14"_s)->title, u"Refund endpoint"_s);
        QCOMPARE(cardWithKey(plan, u"PAY-15"_s)->status, u"In Progress"_s);
        QCOMPARE(*cardWithKey(plan, u"PAY-15"_s)->description, u"- retries with backoff"_s);
        QVERIFY(cardWithKey(plan, u"PAY-16"_s)->blocked);
        // A mention without points or separator is not a story.
        QVERIFY(!cardWithKey(plan, u"PAY-99"_s));
        QCOMPARE(cardWithKey(plan, u"PAY-20"_s)->sprint, QString());
        QCOMPARE(plan.cards.size(), 5);
    }

    void keylessStoriesAndChecklists()
    {
        const QString doc = uR"(# Sprint 12 Plan

**Start Date:** 2025-06-02
**End Date:** 2025-06-13

## Stories

### Login with passkeys (5 points) - **IN PROGRESS**

- [x] Research WebAuthn libraries
- [ ] Server challenge endpoint

#### Rollout [2 days]
- [ ] Feature flag
- [ ] Docs

### Audit log export (3 points)
)"_s;
        const ImportPlan plan = MarkdownImporter::parse(doc, u"plan.md"_s, QDate(2025, 6, 4));
        QCOMPARE(plan.cards.size(), 2);
        const ImportCard &login = plan.cards.first();
        QCOMPARE(login.key, QString());
        QCOMPARE(login.title, u"Login with passkeys"_s);
        QCOMPARE(login.points, std::optional<double>(5));
        QCOMPARE(login.status, u"In Progress"_s);
        QVERIFY(login.checklist);
        QCOMPARE(login.checklist->size(), 4);
        QCOMPARE(login.checklist->at(0),
                 (ChecklistItem{u"Research WebAuthn libraries"_s, true, QString(), QString()}));
        QCOMPARE(login.checklist->at(2),
                 (ChecklistItem{u"Feature flag"_s, false, u"Rollout"_s, u"2 days"_s}));
        QCOMPARE(plan.cards.at(1).status, u"To Do"_s);
        QCOMPARE(plan.sprints.first().end, QDate(2025, 6, 13));
    }

    void linksKeepTheirText()
    {
        const QString doc = uR"(# Sprint 13 Status

## Day 1: June 16, 2025

- WEB-7: Redirect www.example.com/old to https://example.com/new (2 points) - **DONE**
  - [x] Tell ops@example.com about [the switch](https://example.com/switch)
- ~~WEB-8: Drop the legacy host~~ (1 point) - IN PROGRESS
)"_s;
        const ImportPlan plan = MarkdownImporter::parse(doc, u"links.md"_s, QDate(2025, 6, 17));
        QCOMPARE(plan.cards.size(), 2);
        const ImportCard &redirect = plan.cards.first();
        QCOMPARE(redirect.key, u"WEB-7"_s);
        QCOMPARE(redirect.title, u"Redirect www.example.com/old to https://example.com/new"_s);
        QCOMPARE(redirect.status, u"Done"_s);
        QVERIFY(redirect.checklist);
        QCOMPARE(redirect.checklist->first().text, u"Tell ops@example.com about the switch"_s);
        // Struck through text reads as its words.
        QCOMPARE(plan.cards.at(1).key, u"WEB-8"_s);
        QCOMPARE(plan.cards.at(1).title, u"Drop the legacy host"_s);
        QCOMPARE(plan.cards.at(1).points, std::optional<double>(1));
    }

    void descriptionsKeepTheLinesAsWritten()
    {
        // The list under LOG-1 is kept as its description after its items were read, one of
        // them a story with a description of its own: its lines are found again.
        const QString doc = uR"(# Sprint 14 Status

## LOG-1: Audit trail (3 points) - DONE

- Note one
- LOG-2: Logout everywhere (2 points) - IN PROGRESS

  Logout details
  with a *second* line
- Note two

Closing words.
)"_s;
        const ImportPlan plan = MarkdownImporter::parse(doc, u"lines.md"_s, QDate(2025, 6, 30));
        QCOMPARE(plan.cards.size(), 2);
        const ImportCard &trail = plan.cards.first();
        QCOMPARE(trail.key, u"LOG-1"_s);
        QCOMPARE(trail.description, u"- Note one\n"
                                    "- LOG-2: Logout everywhere (2 points) - IN PROGRESS\n\n"
                                    "  Logout details\n"
                                    "  with a *second* line\n"
                                    "- Note two\n\n"
                                    "Closing words."_s);
        const ImportCard &logout = plan.cards.at(1);
        QCOMPARE(logout.key, u"LOG-2"_s);
        QCOMPARE(logout.description, u"Logout details\nwith a *second* line"_s);
    }

    void largeTextSurvivesTheParser()
    {
        // The parser's memory comes from large blocks: a text larger than a block, and enough
        // small ones to fill several, must all come through whole.
        QString big;
        for (int i = 0; big.size() < 400000; ++i)
            big += u"word%1 \u00e9t\u00e9 Stra\u00dfe "_s.arg(i);
        big = big.trimmed();
        QString doc = u"# Sprint 3 Plan\n\n## Stories\n\n### Huge story (3 points)\n\n- [ ] "_s +
                      big + u"\n"_s;
        const int small = 6000;
        for (int i = 0; i < small; ++i)
            doc +=
                u"- [%1] Task number %2 of the huge story\n"_s.arg(i % 2 ? u"x"_s : u" "_s).arg(i);
        doc += u"- [x] "_s + big.left(200000) + u" end\n"_s;
        const ImportPlan plan = MarkdownImporter::parse(doc, u"plan.md"_s, QDate(2025, 6, 4));
        QCOMPARE(plan.cards.size(), 1);
        const ImportCard &c = plan.cards.first();
        QVERIFY(c.checklist);
        QCOMPARE(c.checklist->size(), small + 2);
        QCOMPARE(c.checklist->first().text, big);
        QCOMPARE(c.checklist->at(4321).text, u"Task number 4320 of the huge story"_s);
        QCOMPARE(c.checklist->at(4321).done, false);
        QCOMPARE(c.checklist->last().text, big.left(200000) + u" end"_s);
        QCOMPARE(c.checklist->last().done, true);
    }

    void largeDocumentParsesAsTwoParts()
    {
        // The samples one after another, each round with code that looks like a heading, nested
        // tasks and a progress table: parsed as two parts, the outline is the one of a single
        // walk over the whole.
        QString doc;
        for (int round = 0; doc.size() < 300000; ++round) {
            for (const QString &name :
                 {u"sprint4-daily-status.md"_s, u"sprint1.2-status-tracker.md"_s,
                  u"sprint1-completion-report.md"_s}) {
                QFile f(samplePath(name));
                QVERIFY(f.open(QIODevice::ReadOnly));
                doc += QString::fromUtf8(f.readAll()) + u"\n\n"_s;
            }
            doc +=
                u"## Notes %1\n\n```\n\n## Not a heading %1\n\n```\n\n"
                "- [ ] Outer task %1\n  - [x] Inner task %1\n\n"
                "| Priority | Points | Completed |\n|---|---|---|\n| P1 | 5 | 2 |\n\n"_s.arg(round);
        }
        const QByteArray utf8 = doc.toUtf8();
        const qsizetype split = MarkdownImporter::splitPoint(utf8);
        QVERIFY2(split > utf8.size() / 3 && split < utf8.size() * 2 / 3,
                 qPrintable(QString::number(split)));
        QVERIFY(utf8.at(split - 1) == '\n' && utf8.at(split - 2) == '\n');
        QVERIFY(utf8.at(split) == '#');
        QVERIFY(!utf8.mid(split).startsWith("## Not a heading"));

        const MarkdownOutline one = MarkdownImporter::outline(doc, MarkdownImporter::Threads::One);
        const MarkdownOutline two = MarkdownImporter::outline(doc, MarkdownImporter::Threads::Two);
        QVERIFY(one.sections.size() > 1000 && one.mentions.size() > 200 && one.tasks.size() > 1000);
        QCOMPARE(two.title, one.title);
        QCOMPARE(two.titleLine, one.titleLine);
        const auto firstDifference = [](const auto &a, const auto &b) {
            for (qsizetype i = 0; i < qMin(a.size(), b.size()); ++i)
                if (!(a.at(i) == b.at(i)))
                    return i;
            return a.size() == b.size() ? qsizetype(-1) : qMin(a.size(), b.size());
        };
        QCOMPARE(firstDifference(two.sections, one.sections), -1);
        QCOMPARE(firstDifference(two.mentions, one.mentions), -1);
        QCOMPARE(firstDifference(two.tasks, one.tasks), -1);
        QCOMPARE(firstDifference(two.fields, one.fields), -1);
        QCOMPARE(firstDifference(two.counts, one.counts), -1);
        QCOMPARE(firstDifference(two.tables, one.tables), -1);
        QCOMPARE(firstDifference(two.blocks, one.blocks), -1);
        QVERIFY(two == one);
    }

    void documentsThatStayWhole()
    {
        QString body;
        while (body.size() < 200000)
            body += u"- [ ] A task with some words in it\n"_s;
        const auto split = [](const QString &doc) {
            return MarkdownImporter::splitPoint(doc.toUtf8());
        };
        const QString heading = u"\n\n## Second half\n\n"_s;
        QVERIFY(split(body + heading + body) > 0);
        QCOMPARE(split(u"# Small\n\n## Second\n\ntext\n"_s), -1); // not worth a thread
        QCOMPARE(split(body + body), -1);                         // no heading
        // The only heading is code.
        QCOMPARE(split(body + u"\n\n~~~~\n"_s + heading + u"~~~~\n"_s + body), -1);
        // A link defined in one part and used in the other; an HTML block that may hold a
        // blank line and the heading.
        QCOMPARE(split(body + heading + body + u"\n[spec]: https://example.org\n"_s), -1);
        QCOMPARE(split(body + u"\n<details>\n"_s + heading + u"</details>\n"_s + body), -1);
        // A heading right after a paragraph line is not taken; one after a blank line is.
        QCOMPARE(split(body + u"\nA paragraph\n## Second half\n"_s + body), -1);
        QVERIFY(split(body + u"\nA paragraph\n\n# Second half\n"_s + body) > 0);
    }

    // --- onto the board --------------------------------------------------------------------

    void oneSprintStaysActive()
    {
        // Two status documents of running sprints and a completion report: the sprint that
        // started last stays active, the earlier one had ended before it and is closed.
        ImportPreview preview;
        QVERIFY(importInto(*m_board,
                           {importSample(u"sprint4-daily-status.md"_s),
                            importSample(u"sprint1.2-status-tracker.md"_s),
                            importSample(u"sprint1-completion-report.md"_s)},
                           &preview));
        QStringList active;
        for (const Sprint &s : m_board->sprints())
            if (s.state == Sprint::State::Active)
                active.append(s.name);
        QCOMPARE(active, QStringList{u"Sprint 1.2"_s});
        QCOMPARE(m_board->sprintByName(u"Sprint 4"_s)->state, Sprint::State::Closed);
        QVERIFY(std::any_of(
            preview.warnings().cbegin(), preview.warnings().cend(), [](const ImportWarning &w) {
                return w.message == u"Sprint 4 ended before Sprint 1.2 started; it is "
                                    u"imported as closed"_s;
            }));

        // Importing the running sprint's document again changes no sprint's state.
        ImportPreview again;
        QVERIFY(importInto(*m_board, {importSample(u"sprint4-daily-status.md"_s)}, &again));
        QCOMPARE(m_board->sprintByName(u"Sprint 1.2"_s)->state, Sprint::State::Active);
        QCOMPARE(m_board->sprintByName(u"Sprint 4"_s)->state, Sprint::State::Closed);
    }

    void importsOntoTheBoardWithDatedHistory()
    {
        ImportPreview preview;
        QVERIFY(importInto(*m_board, {importSample(u"sprint4-daily-status.md"_s)}, &preview));
        QCOMPARE(preview.count(ImportPreview::Action::Create), 7);
        QCOMPARE(preview.sprintsCreated(), QStringList{u"Sprint 4"_s});
        QCOMPARE(m_board->cardCount(), 7);
        const Sprint *sprint = m_board->sprintByName(u"Sprint 4"_s);
        QVERIFY(sprint);
        QCOMPARE(sprint->state, Sprint::State::Active);
        const Card *fix3 = m_board->cardByKey(u"FIX-003"_s);
        QVERIFY(fix3);
        QCOMPARE(m_board->column(fix3->columnId)->name, u"Done"_s);
        QCOMPARE(fix3->sprintId, sprint->id);
        QCOMPARE(fix3->points, std::optional<double>(4));

        // The history carries the document's days, not the time of the import.
        auto history = m_board->history(fix3->id);
        QVERIFY(history);
        QList<QPair<QDateTime, QString>> moves;
        for (const Event &e : history.value())
            if (e.kind == Event::Kind::Moved)
                moves.append({e.at, m_board->column(e.newValue.toLongLong())->name});
        QCOMPARE(moves.size(), 3);
        QCOMPARE(moves.at(0), qMakePair(local(2025, 1, 13, 8), u"To Do"_s));
        QCOMPARE(moves.at(1), qMakePair(local(2025, 1, 13, 12), u"In Progress"_s));
        QCOMPARE(moves.at(2), qMakePair(local(2025, 1, 14, 12), u"Done"_s));
        QCOMPARE(history->first().kind, Event::Kind::Created);
        QCOMPARE(history->first().at, local(2025, 1, 13, 8));

        // FIX-004 joins the started sprint on Day 2: a scope change.
        const Card *fix4 = m_board->cardByKey(u"FIX-004"_s);
        auto h4 = m_board->history(fix4->id);
        bool joined = false;
        for (const Event &e : h4.value())
            if (e.kind == Event::Kind::Sprint && e.newValue == QString::number(sprint->id))
                joined = e.at == local(2025, 1, 14, 9);
        QVERIFY(joined);
        QVERIFY(sprint->startedAt < local(2025, 1, 14, 9));
    }

    void finishedSprintIsClosedWithItsReportFrozen_data()
    {
        QTest::addColumn<QDate>("today");
        QTest::newRow("the year after") << QDate(2026, 2, 9);
        QTest::newRow("years later") << QDate(2031, 7, 1);
    }

    void finishedSprintIsClosedWithItsReportFrozen()
    {
        QFETCH(QDate, today);
        m_board->setClock([today] { return local(today.year(), today.month(), today.day(), 11); });
        const QString path =
            TestPaths::testData() + u"/shapes/markdown/story-lines-completion.md"_s;
        auto plan = MarkdownImporter::importFile(path, today);
        QVERIFY2(plan, qPrintable(plan.error()));
        QVERIFY(importInto(*m_board, {plan.value()}));
        const Sprint *sprint = m_board->sprintByName(u"Sprint 7"_s);
        QVERIFY(sprint);
        const qint64 id = sprint->id;
        QCOMPARE(sprint->state, Sprint::State::Closed);
        const QDateTime endOfLastDay = local(2025, 3, 14, 23).addSecs(59 * 60 + 59);
        QCOMPARE(sprint->closedAt, endOfLastDay);

        // Frozen as closing it would, as of its close.
        auto report = AnalyticsStore(m_board->database()).loadReport(id);
        QVERIFY2(report, qPrintable(report.error()));
        QVERIFY(report->has_value());
        QCOMPARE((*report)->frozenAt, endOfLastDay);
        SprintAnalytics analytics(*m_board);
        auto series = analytics.series(id);
        QVERIFY2(series, qPrintable(series.error()));
        QVERIFY(series->frozen);
        QCOMPARE(series->days.constLast().date, QDate(2025, 3, 14));
        QCOMPARE(series->numbers().completed.points, 8.0);
        QCOMPARE(series->numbers().remaining().points, 8.0);

        // Undoing the import takes the report with the sprint.
        m_board->undoStack()->undo();
        QVERIFY(!m_board->sprint(id));
        report = AnalyticsStore(m_board->database()).loadReport(id);
        QVERIFY(report && !report->has_value());
    }

    void oneUndoStepUndoesTheWholeImport()
    {
        const int before = m_board->undoStack()->count();
        QVERIFY(importInto(*m_board, {importSample(u"sprint4-daily-status.md"_s),
                                      importSample(u"sprint1-completion-report.md"_s)}));
        QCOMPARE(m_board->undoStack()->count(), before + 1);
        QCOMPARE(m_board->undoStack()->undoText(), u"Import 2 files"_s);
        QCOMPARE(m_board->cardCount(), 18);
        QCOMPARE(m_board->sprints().size(), 2);
        const qint64 fix1 = m_board->cardByKey(u"FIX-001"_s)->id;

        m_board->undoStack()->undo();
        QCOMPARE(m_board->cardCount(), 0);
        QVERIFY(m_board->sprints().isEmpty());

        m_board->undoStack()->redo();
        QCOMPARE(m_board->cardCount(), 18);
        QCOMPARE(m_board->sprints().size(), 2);
        QCOMPARE(m_board->cardByKey(u"FIX-001"_s)->id, fix1);
        QCOMPARE(m_board->cardByKey(u"FIX-001"_s)->sprintId,
                 m_board->sprintByName(u"Sprint 4"_s)->id);

        // Undone, then imported again: the keys of the undone cards are free again.
        m_board->undoStack()->undo();
        QVERIFY(importInto(*m_board, {importSample(u"sprint4-daily-status.md"_s)}));
        QCOMPARE(m_board->cardCount(), 7);
    }

    void closedSprintStaysAsItWasClosed()
    {
        // The board's own Sprint 7, closed with one card, and a report about a "Sprint 7".
        Sprint own;
        own.name = u"Sprint 7"_s;
        own.start = QDate(2025, 1, 20);
        own.end = QDate(2025, 1, 31);
        const auto id = m_board->createSprint(own);
        QVERIFY2(id, qPrintable(id.error()));
        Card card;
        card.title = u"Our own story"_s;
        card.sprintId = *id;
        QVERIFY(m_board->addCard(card));
        QVERIFY(m_board->startSprint(*id));
        QVERIFY(m_board->closeSprint(*id, 0));

        const auto plan = MarkdownImporter::importFile(
            TestPaths::testData() + u"/shapes/markdown/story-lines-completion.md"_s,
            QDate(2026, 12, 7));
        QVERIFY2(plan, qPrintable(plan.error()));
        auto preview = ImportPreview::build(*m_board, {plan.value()});
        QVERIFY2(preview, qPrintable(preview.error()));
        QVERIFY(preview->sprintsUpdated().isEmpty());
        QVERIFY2(preview->warningTexts().join(u'\n').contains(
                     u"Sprint 7 is closed; its dates are kept (2025-01-20 to 2025-01-31; the "
                     "document says 2025-03-03 to 2025-03-14)"_s),
                 qPrintable(preview->warningTexts().join(u'\n')));
        QCOMPARE(preview->count(ImportPreview::Action::Create), 0);
        for (const ImportPreview::Item &item : preview->items())
            QCOMPARE(item.detail, u"Sprint 7 is closed"_s);
        QVERIFY(preview->apply(*m_board));
        const Sprint *after = m_board->sprint(*id);
        QCOMPARE(after->start, QDate(2025, 1, 20));
        QCOMPARE(after->end, QDate(2025, 1, 31));
        QCOMPARE(after->state, Sprint::State::Closed);
        QCOMPARE(m_board->cardCount(), 1);
    }

    void reimportUpdatesInsteadOfDuplicating()
    {
        QVERIFY(importInto(*m_board, {importSample(u"sprint4-daily-status.md"_s)}));
        QVERIFY(importInto(*m_board, {importSample(u"sprint1.2-status-tracker.md"_s)}));
        QCOMPARE(m_board->cardCount(), 15);
        const int steps = m_board->undoStack()->count();

        ImportPreview again;
        QVERIFY(importInto(*m_board, {importSample(u"sprint4-daily-status.md"_s)}, &again));
        QCOMPARE(again.count(ImportPreview::Action::Skip), 7);
        QVERIFY(!again.hasChanges());
        ImportPreview tracker;
        QVERIFY(importInto(*m_board, {importSample(u"sprint1.2-status-tracker.md"_s)}, &tracker));
        QCOMPARE(tracker.count(ImportPreview::Action::Skip),
                 8); // matched by title within the sprint
        QCOMPARE(m_board->cardCount(), 15);
        QCOMPARE(m_board->undoStack()->count(), steps);

        // Day 3 arrives: STORY-015 done, a new fix, STORY-012 re-estimated.
        QFile f(samplePath(u"sprint4-daily-status.md"_s));
        QVERIFY(f.open(QIODevice::ReadOnly));
        QString text = QString::fromUtf8(f.readAll());
        text.replace(u"# Sprint 4 Daily Status\n"_s,
                     u"# Sprint 4 Daily Status\n\n## Day 3: January 15, 2025\n\n"
                     "#### STORY-015: Progress Area Integration (5 points) - **COMPLETED**\n\n"
                     "#### NEW FIX-005: Flaky upload test (2 points) - **IN PROGRESS**\n\n"
                     "#### STORY-012: End-to-End Project Flow (8 points) - **IN PROGRESS**\n\n"_s);
        ImportPreview day3;
        QVERIFY(importInto(*m_board, {MarkdownImporter::parse(text, u"sprint4-daily-status.md"_s)},
                           &day3));
        QCOMPARE(day3.count(ImportPreview::Action::Create), 1);
        QCOMPARE(day3.count(ImportPreview::Action::Update), 2);
        QCOMPARE(day3.count(ImportPreview::Action::Skip), 5);
        QCOMPARE(m_board->cardCount(), 16);
        const Card *story15 = m_board->cardByKey(u"STORY-015"_s);
        QVERIFY(m_board->isDoneColumn(story15->columnId));
        QCOMPARE(m_board->cardByKey(u"STORY-012"_s)->points, std::optional<double>(8));
        // The completion keeps Day 3's date.
        const auto history = m_board->history(story15->id).value();
        QCOMPARE(history.last().kind, Event::Kind::Moved);
        QCOMPARE(history.last().at, local(2025, 1, 15, 12));
    }

    void mappingChoosesTheColumn()
    {
        ImportOptions options;
        QVERIFY(options.addMapping(u"In Progress=Review"_s));
        const ImportPlan plan = importSample(u"sprint4-daily-status.md"_s);
        auto preview = ImportPreview::build(*m_board, {plan}, options);
        QVERIFY(preview);
        QVERIFY(preview->apply(*m_board));
        const auto history = m_board->history(m_board->cardByKey(u"FIX-003"_s)->id).value();
        bool wentToReview = false;
        for (const Event &e : history)
            wentToReview =
                wentToReview || (e.kind == Event::Kind::Moved &&
                                 m_board->column(e.newValue.toLongLong())->name == u"Review");
        QVERIFY(wentToReview);

        ImportOptions wrong;
        QVERIFY(wrong.addMapping(u"Done=Shipped"_s));
        auto refused = ImportPreview::build(*m_board, {plan}, wrong);
        QVERIFY(!refused);
        QVERIFY(refused.error().contains(u"no column \u201cShipped\u201d"_s));
    }

    // --- bad input ---------------------------------------------------------------------------

    void badInput_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("message");
        QTest::newRow("empty") << QByteArray() << u"bad.md is empty"_s;
        QTest::newRow("blank") << QByteArray("\n  \n\t\n") << u"bad.md is empty"_s;
        QTest::newRow("binary") << QByteArray("# Title\n\nsome\0binary", 20)
                                << u"bad.md, line 3: binary data"_s;
        QTest::newRow("invalid utf-8") << QByteArray("# Sprint 3\n\n- FIX-1: caf\xE9 (2 points)\n")
                                       << u"bad.md, line 3: invalid UTF-8 (byte 0xE9)"_s;
        QTest::newRow("truncated utf-8")
            << QByteArray("ok\n\xF0\x9F\x8E") << u"bad.md, line 2: invalid UTF-8"_s;
        QTest::newRow("long line")
            << (QByteArray("# Sprint 1\n") + QByteArray(10 * 1024 * 1024, 'a'))
            << u"bad.md, line 2: the line is longer than 1.0 MB"_s;
    }

    void badInput()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, message);
        auto plan = MarkdownImporter::importBytes(bytes, u"bad.md"_s);
        QVERIFY(!plan);
        QVERIFY2(plan.error().startsWith(message), qPrintable(plan.error()));
    }

    void hugeFileIsRefused()
    {
        const QString path = m_dir->filePath(u"huge.md"_s);
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        const QByteArray line = QByteArray("- FIX-1: something (1 point)\n");
        QByteArray chunk;
        while (chunk.size() < 1024 * 1024)
            chunk += line;
        for (int i = 0; i < 100; ++i)
            QVERIFY(f.write(chunk) == chunk.size());
        f.close();
        auto plan = MarkdownImporter::importFile(path);
        QVERIFY(!plan);
        QVERIFY2(plan.error().contains(
                     u"huge.md is 100.0 MB; documents larger than 16.0 MB are not imported"_s),
                 qPrintable(plan.error()));
        QCOMPARE(m_board->cardCount(), 0);
    }

    void storyTableHeaders_data()
    {
        QTest::addColumn<QString>("header");
        QTest::addColumn<int>("role");
        using Role = StoryTable::Role;
        QTest::newRow("points") << u"Story Points"_s << int(Role::Points);
        QTest::newRow("points in brackets") << u"Schätzung (Story Points)"_s << int(Role::Points);
        QTest::newRow("portuguese points") << u"Pontuação"_s << int(Role::Points);
        QTest::newRow("spanish points") << u"Puntos"_s << int(Role::Points);
        QTest::newRow("key") << u"#"_s << int(Role::Key);
        QTest::newRow("issue key") << u"Issue Key"_s << int(Role::Key);
        QTest::newRow("title") << u"Summary"_s << int(Role::Title);
        QTest::newRow("french title") << u"Titre"_s << int(Role::Title);
        QTest::newRow("status") << u"**State**"_s << int(Role::Status);
        QTest::newRow("portuguese status") << u"Situação"_s << int(Role::Status);
        QTest::newRow("owner") << u"Assigned To"_s << int(Role::Owner);
        QTest::newRow("german owner") << u"Verantwortlicher"_s << int(Role::Owner);
        QTest::newRow("completed") << u"Done Date"_s << int(Role::Completed);
        QTest::newRow("started") << u"Started"_s << int(Role::Started);
        QTest::newRow("hours are no points")
            << u"Geschätzter Aufwand (Stunden)"_s << int(Role::Hours);
        QTest::newRow("remaining is no column of a story")
            << u"Story Points Remaining"_s << int(Role::None);
    }

    void storyTableHeaders()
    {
        QFETCH(QString, header);
        QFETCH(int, role);
        QCOMPARE(int(StoryTable::roleOf(header)), role);
    }

    void storyTableTitleCells_data()
    {
        QTest::addColumn<QString>("cell");
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("title");
        QTest::newRow("key and colon")
            << u"US06: Visualizar detalhes"_s << u"US06"_s << u"Visualizar detalhes"_s;
        QTest::newRow("numbers") << u"002-001 RSpec Setup"_s << u"002-001"_s << u"RSpec Setup"_s;
        QTest::newRow("key and a part in brackets")
            << u"[US-4 (Für die Backend)]"_s << u"US-4"_s << u"Für die Backend"_s;
        QTest::newRow("key with a space and a part")
            << u"[US 4 (für die Frontend)]"_s << u"US-4"_s << u"für die Frontend"_s;
        QTest::newRow("key alone") << u"[US 5]"_s << u"US-5"_s << QString();
        QTest::newRow("user story") << u"User Story 3"_s << u"STORY-3"_s << QString();
        QTest::newRow("a phase is no key")
            << u"Phase 2 (Setup)"_s << QString() << u"Phase 2 (Setup)"_s;
    }

    void storyTableTitleCells()
    {
        QFETCH(QString, cell);
        QFETCH(QString, key);
        QFETCH(QString, title);
        const MarkdownOutline o = MarkdownImporter::outline(
            u"# Sprint 1\n\n| Aufgabe | Status |\n|---|---|\n| "_s + cell + u" | Done |\n"_s);
        QCOMPARE(o.mentions.size(), 1);
        QCOMPARE(o.mentions.first().story.key, key);
        QCOMPARE(o.mentions.first().story.title, title);
    }

    void titlesOfStoriesInSeveralRows_data()
    {
        QTest::addColumn<QString>("doc");
        QTest::addColumn<QString>("title");
        QTest::newRow("parts in one table")
            << u"| Task | Status |\n|---|---|\n| US-4 (Backend) | Done |\n"
               "| US 4 (Frontend) | Done |\n"_s
            << u"US-4"_s;
        QTest::newRow("two tables, two wordings")
            << u"## Backlog of the sprint\n\n| Key | Title | Status |\n|---|---|---|\n"
               "| US-4 | Ticket search - User | To Do |\n\n## Points\n\n"
               "| Key | Title | Points |\n|---|---|---|\n| US-4 | Ticket search | 3 |\n"_s
            << u"Ticket search - User"_s;
    }

    void titlesOfStoriesInSeveralRows()
    {
        QFETCH(QString, doc);
        QFETCH(QString, title);
        const ImportPlan plan = MarkdownImporter::parse(
            u"# Sprint 2\n\n**Sprint Duration:** 2025-03-03 to 2025-03-14\n\n"_s + doc,
            u"rows.md"_s, QDate(2025, 3, 5));
        QCOMPARE(plan.cards.size(), 1);
        QCOMPARE(plan.cards.first().key, u"US-4"_s);
        QCOMPARE(plan.cards.first().title, title);
    }

    void tablesThatHoldNoStories_data()
    {
        QTest::addColumn<QString>("table");
        QTest::newRow("progress") << u"| Priority | Story Points | Completed | Remaining |\n"
                                     "|---|---|---|---|\n| P1 | 5 | 5 | 0 |\n"_s;
        QTest::newRow("team") << u"| Name | Role |\n|---|---|\n| Maya | Developer |\n"_s;
        QTest::newRow("team with a status")
            << u"| Name | Role | Status |\n|---|---|---|\n| Maya | Developer | Active |\n"_s;
        QTest::newRow("task breakdown")
            << u"| User Story | Task | Assignee | Status |\n|---|---|---|---|\n"
               "| Log in | Design the API | Maya | Done |\n"_s;
        QTest::newRow("counts") << u"| Expected | Quantity |\n|---|---|\n| Story Points | 12 |\n"_s;
    }

    void tablesThatHoldNoStories()
    {
        QFETCH(QString, table);
        const MarkdownOutline o = MarkdownImporter::outline(u"# Sprint 1\n\n"_s + table);
        QVERIFY(o.mentions.isEmpty());
    }

    void storyTableBesideProgressTable()
    {
        const QString doc = uR"(# Sprint 2

**Sprint Duration:** 2025-01-06 to 2025-01-17

| Story | Points | Status | Done on |
|---|---|---|---|
| Login page | 3 | Done | January 8, 2025 |
| Sign-up form | 2 | In Progress | |
| **Total** | **5** | | |

| Priority | Story Points | Completed | Remaining |
|---|---|---|---|
| P1 | 5 | 3 | 2 |
)"_s;
        const ImportPlan plan = MarkdownImporter::parse(doc, u"s.md"_s, QDate(2025, 1, 20));
        QCOMPARE(plan.cards.size(), 2);
        const ImportCard *login = cardTitled(plan, u"Login page"_s);
        QVERIFY(login);
        QCOMPARE(login->points, std::optional<double>(3));
        QCOMPARE(login->status, u"Done"_s);
        QCOMPARE(login->history.constLast().at, local(2025, 1, 8, 12));
        QCOMPARE(cardTitled(plan, u"Sign-up form"_s)->status, u"In Progress"_s);
        // The progress table is still read: it agrees with the stories, so nothing is said.
        QVERIFY2(plan.warnings.isEmpty(), qPrintable(warningsOf(plan)));
    }

    void ownStatusWinsOverLaterMentions()
    {
        const QString doc = uR"(# Sprint 3

**Sprint Duration:** 2025-01-06 to 2025-01-17

### US-7: Search

**Story Points:** 5
**Status:** Done

## Follow-ups

- US-7 - tidy the index names - IN PROGRESS
- US-7: Search (8 points) as first estimated
)"_s;
        const ImportPlan plan = MarkdownImporter::parse(doc, u"s.md"_s, QDate(2025, 1, 20));
        QCOMPARE(plan.cards.size(), 1);
        QCOMPARE(plan.cards.first().title, u"Search"_s);
        QCOMPARE(plan.cards.first().points, std::optional<double>(5));
        QCOMPARE(plan.cards.first().status, u"Done"_s);
    }

    void documentWithoutStories()
    {
        const ImportPlan plan =
            MarkdownImporter::parse(u"# Notes\n\nNothing planned yet.\n"_s, u"notes.md"_s);
        QVERIFY(plan.cards.isEmpty());
        QVERIFY(hasWarning(plan, 0, u"no stories"_s));
        auto preview = ImportPreview::build(*m_board, {plan});
        QVERIFY(preview);
        QVERIFY(!preview->hasChanges());
    }
};

QTEST_GUILESS_MAIN(TestMarkdownImport)
#include "tst_markdownimport.moc"
