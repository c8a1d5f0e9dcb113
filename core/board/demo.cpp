#include "core/board/demo.h"
#include "core/board/board.h"
#include "core/domain/workweek.h"

#include <QRandomGenerator>
#include <QScopeGuard>
#include <QTimeZone>
#include <QUndoStack>

using namespace Qt::StringLiterals;

namespace SprintDeck {

namespace {

struct DemoCard
{
    const char16_t *key;
    const char16_t *title;
    double points;
    int priority;
    CardType type;
    int assignee; // index into members, -1 none
    const char16_t *labels;
    int progress; // 0 to do ... 3 done, by the end of the shown days
};

const DemoCard kCards[] = {
    {u"STORY-011", u"Sprint burndown on the team dashboard", 5, 1, CardType::Story, 0, u"reporting",
     3},
    {u"STORY-012", u"Export sprint review as slides", 8, 1, CardType::Story, 1, u"reporting,export",
     2},
    {u"STORY-013", u"Daily standup notes per member", 5, 2, CardType::Story, 2, u"standup", 3},
    {u"STORY-014", u"Import Jira CSV with field mapping", 8, 2, CardType::Story, 3, u"import", 1},
    {u"STORY-015", u"Working-day calendar per sprint", 3, 2, CardType::Story, 0, u"sprints", 3},
    {u"STORY-016", u"Quick filter chips for priority and assignee", 3, 3, CardType::Story, 4,
     u"board", 3},
    {u"STORY-017", u"Swimlanes by assignee", 3, 3, CardType::Story, 4, u"board", 2},
    {u"STORY-018", u"Velocity chart for the last six sprints", 5, 3, CardType::Story, 0,
     u"reporting", 1},
    {u"STORY-019", u"Keyboard moves between columns", 2, 3, CardType::Story, 1, u"board,a11y", 3},
    {u"STORY-020", u"Presenter mode timer per speaker", 3, 3, CardType::Story, 2, u"standup", 0},
    {u"STORY-021", u"Cumulative flow diagram", 5, 4, CardType::Story, 3, u"reporting", 0},
    {u"STORY-022", u"Redmine pull of versions and issues", 8, 2, CardType::Story, 1, u"sync", 0},
    {u"FIX-001", u"Duplicate cards after re-import", 2, 1, CardType::Fix, 3, u"import", 3},
    {u"FIX-002", u"Burndown off by one day across DST", 3, 1, CardType::Fix, 0, u"reporting", 3},
    {u"FIX-003", u"Test Suite Stabilization", 4, 1, CardType::Fix, 2, u"testing", 3},
    {u"FIX-004", u"WIP limit badge not updated after undo", 1, 2, CardType::Fix, 4, u"board", 2},
    {u"FIX-005", u"Standup autosave loses last keystroke", 2, 1, CardType::Fix, 2, u"standup", 1},
    {u"BUG-031", u"Crash when a column is renamed to an empty name", 1, 1, CardType::Bug, 4,
     u"board", 3},
    {u"BUG-032", u"Chart tooltip shows UTC instead of local time", 1, 3, CardType::Bug, 0,
     u"reporting", 0},
    {u"BUG-033", u"PPTX table overflows with long titles", 2, 2, CardType::Bug, 1, u"export", 1},
    {u"TASK-040", u"Set up nightly sanitizer build", 2, 3, CardType::Task, 3, u"ci", 3},
    {u"TASK-041", u"Write migration test for schema 2", 1, 3, CardType::Task, 2, u"testing", 2},
    {u"TASK-042", u"Profile board load with 100k cards", 3, 2, CardType::Task, 1, u"performance",
     1},
    {u"TASK-043", u"Update German translation", 1, 4, CardType::Task, 4, u"i18n", 0},
    {u"TASK-044", u"Accessibility review of the card editor", 2, 3, CardType::Task, -1, u"a11y", 0},
    {u"STORY-023", u"Card checklist with progress", 3, 3, CardType::Story, 3, u"board", 1},
    {u"STORY-024", u"Sprint goal banner above the board", 1, 4, CardType::Story, 4, u"board", 0},
    {u"BUG-034", u"Drag to backlog drops card at the top", 1, 3, CardType::Bug, 0, u"board", 2},
};

/** The cards planned into the demo sprint; the last two of kCards arrive mid-sprint. */
constexpr int kPlannedCards = int(std::size(kCards)) - 2;

const char16_t *kMembers[] = {u"Maya Chen", u"Jonas Berg", u"Priya Nair", u"Tom Okafor",
                              u"Lena Fischer"};

const char16_t *kBacklog[][2] = {
    {u"STORY-030", u"Burnup chart with scope line"},
    {u"STORY-031", u"Retrospective notes on the sprint"},
    {u"STORY-032", u"Dark theme for presenter mode"},
    {u"BUG-040", u"Tooltip flickers over small cards"},
    {u"TASK-050", u"Package as .deb with desktop file"},
};

QDateTime at(QDate day, int hour, int minute)
{
    return QDateTime(day, QTime(hour, minute), QTimeZone::systemTimeZone()).toUTC();
}

struct PastSprint
{
    const char16_t *name;
    const char16_t *goal;
    const char16_t *cards[9][2];
    double points[9];
    int unfinished; // the last ones stay open and go back to the backlog
};

const PastSprint kPast[] = {
    {u"Sprint 1",
     u"A board you can plan a sprint on",
     {{u"STORY-001", u"Columns with WIP limits"},
      {u"STORY-002", u"Cards with points and priority"},
      {u"STORY-003", u"Drag cards between columns"},
      {u"STORY-004", u"SQLite storage with migrations"},
      {u"STORY-005", u"Undo and redo of every edit"},
      {u"TASK-001", u"Continuous integration on Debian"},
      {u"TASK-002", u"Coding style and clang-format"},
      {u"BUG-001", u"Card order lost on restart"},
      {u"STORY-006", u"Backlog panel"}},
     {5, 3, 5, 8, 5, 2, 1, 2, 3},
     2},
    {u"Sprint 2",
     u"Sprints with a calendar",
     {{u"STORY-006", nullptr},
      {u"STORY-007", u"Sprint create, start and close"},
      {u"STORY-008", u"Working days and holidays"},
      {u"STORY-009", u"Swimlanes by priority"},
      {u"STORY-010", u"Card editor with markdown preview"},
      {u"BUG-010", u"Undo after delete restores the wrong column"},
      {u"TASK-010", u"Benchmark board load"},
      {u"TASK-011", u"Package icon and desktop file"},
      {u"BUG-011", u"Filter ignores labels"}},
     {3, 5, 5, 3, 5, 2, 2, 1, 1},
     1},
    {u"Sprint 3",
     u"Board basics",
     {{u"STORY-025", u"Quick add from the keyboard"},
      {u"STORY-026", u"Filter bar with chips"},
      {u"STORY-027", u"Multi-select and bulk move"},
      {u"STORY-028", u"Card history view"},
      {u"BUG-020", u"Wrong count in collapsed columns"},
      {u"BUG-021", u"Points lost on paste"},
      {u"TASK-020", u"Crash-safety test"},
      {u"TASK-021", u"Daily database backups"},
      {u"STORY-029", u"Dark palette"}},
     {3, 5, 5, 3, 1, 1, 3, 2, 3},
     1},
};

/** Sprints 1 to 3: planned, started, worked through with a few cards left over, closed. */
Status fillPastSprints(Board &board, QDateTime &clock, QDate firstStart, const QList<qint64> &flow,
                       const QList<qint64> &memberIds)
{
    QRandomGenerator rng(20250101);
    const qint64 done = board.firstDoneColumnId();
    qint64 carried = 0; // a card left over from the sprint before, planned again
    for (int k = 0; k < int(std::size(kPast)); ++k) {
        const PastSprint &p = kPast[k];
        const QDate start = addWeekdays(firstStart, -10 * (int(std::size(kPast)) - k));
        clock = at(start.addDays(-3), 15, 0);
        Sprint sprint;
        sprint.name = QString::fromUtf16(p.name);
        sprint.goal = QString::fromUtf16(p.goal);
        sprint.start = start;
        sprint.end = addWeekdays(start, 9);
        sprint.capacity = 35;
        if (Status s = board.applySprint(sprint); !s)
            return s;
        QList<Card> drafts;
        QList<qint64> ids;
        for (int i = 0; i < 9; ++i) {
            if (!p.cards[i][1]) {
                if (carried)
                    ids.append(carried);
                continue;
            }
            Card c;
            c.key = QString::fromUtf16(p.cards[i][0]);
            c.title = QString::fromUtf16(p.cards[i][1]);
            c.points = p.points[i];
            c.priority = Priority(1 + (i * 7 + k) % 4);
            c.type = c.key.startsWith(u"BUG")    ? CardType::Bug
                     : c.key.startsWith(u"TASK") ? CardType::Task
                                                 : CardType::Story;
            c.assigneeId = memberIds.at((i + k) % memberIds.size());
            c.columnId = flow.first();
            c.rank = 1024.0 * (i + 1);
            drafts.append(c);
        }
        if (Status s = board.applyInsertCards(drafts); !s)
            return s;
        for (const Card &c : std::as_const(drafts))
            ids.append(c.id);
        if (Status s = board.planCards(sprint.id, ids); !s)
            return s;
        clock = at(start, 9, 30);
        if (Status s = board.startSprint(sprint.id); !s)
            return s;

        // Each card finishes on a working day of its own; the last `unfinished` stay in progress.
        QDate day = start;
        for (int d = 0; d < 10; ++d, day = addWeekdays(day, 1)) {
            for (int i = 0; i < ids.size(); ++i) {
                const Card *c = board.card(ids.at(i));
                const bool finishes = i < ids.size() - p.unfinished;
                const int step = int(flow.indexOf(c->columnId));
                const int goal = finishes ? int(flow.size()) - 1 : 1;
                const int finishDay = 2 + (i * 7) % 8;
                if (step >= goal || (d < finishDay - (goal - step) + 1 && d != 9))
                    continue;
                if (!finishes && d < 3)
                    continue;
                clock = at(day, 10 + int(rng.bounded(7)), int(rng.bounded(60)));
                Card next = *c;
                next.columnId = flow.at(step + 1);
                if (Status s = board.applyCardStates({next}); !s)
                    return s;
            }
        }
        clock = at(sprint.end, 17, 0);
        // Whatever is not done by now (cards catching up on the last day) finishes.
        for (int i = 0; i < ids.size() - p.unfinished; ++i) {
            Card c = *board.card(ids.at(i));
            if (c.columnId != done) {
                c.columnId = done;
                if (Status s = board.applyCardStates({c}); !s)
                    return s;
            }
        }
        const QList<qint64> open = board.incompleteCards(sprint.id);
        carried = open.isEmpty() ? 0 : open.first();
        clock = at(sprint.end, 17, 30);
        if (Status s = board.closeSprint(sprint.id, 0, QTimeZone::systemTimeZone()); !s)
            return s;
    }
    return {};
}

/** The cards of the demo sprint (the last two arrive mid-sprint) and of the backlog. */
QList<Card> demoDrafts(const QList<qint64> &memberIds, qint64 todo, qint64 sprintId)
{
    QList<Card> drafts;
    double rank = 1024;
    for (int i = 0; i < int(std::size(kCards)); ++i) {
        const DemoCard &d = kCards[i];
        Card c;
        c.key = QString::fromUtf16(d.key);
        c.title = QString::fromUtf16(d.title);
        c.points = d.points;
        c.priority = Priority(d.priority);
        c.type = d.type;
        c.assigneeId = d.assignee >= 0 ? memberIds.at(d.assignee) : 0;
        c.labels = QString::fromUtf16(d.labels).split(u',');
        c.columnId = todo;
        c.rank = rank;
        rank += 1024;
        c.sprintId = i < kPlannedCards ? sprintId : 0;
        c.description =
            u"Acceptance criteria:\n\n- [ ] works from the keyboard\n- [ ] covered by tests\n"_s;
        drafts.append(c);
    }
    for (const auto &b : kBacklog) {
        Card c;
        c.key = QString::fromUtf16(b[0]);
        c.title = QString::fromUtf16(b[1]);
        c.points = 3;
        c.columnId = todo;
        c.rank = rank;
        rank += 1024;
        drafts.append(c);
    }
    return drafts;
}

Status moveDemoCard(Board &board, qint64 id, qint64 columnId, qint64 sprintId)
{
    Card c = *board.card(id);
    c.columnId = columnId;
    c.sprintId = sprintId;
    return board.applyCardStates({c});
}

/** The events of the demo sprint's days that tell a story: scope, re-estimate, block, re-open. */
Status playDemoIncidents(Board &board, QDateTime &clock, QDate day, int dayIndex,
                         const QList<Card> &drafts, const QList<qint64> &flow, qint64 sprintId)
{
    if (dayIndex == 1) {
        // Scope added: two cards arrive from the backlog.
        clock = at(day, 11, 15);
        for (int i = kPlannedCards; i < int(std::size(kCards)); ++i)
            if (Status s = moveDemoCard(board, drafts.at(i).id, flow.first(), sprintId); !s)
                return s;
    }
    if (dayIndex == 2) {
        clock = at(day, 14, 5);
        Card c = *board.cardByKey(u"STORY-014");
        c.points = 13; // re-estimated after the mapping spike
        if (Status s = board.applyCardStates({c}); !s)
            return s;
        Card blocked = *board.cardByKey(u"STORY-022");
        blocked.blocked = true;
        blocked.blockedReason = u"Waiting for API access to the staging Redmine"_s;
        if (Status s = board.applyCardStates({blocked}); !s)
            return s;
    }
    if (dayIndex == 3) {
        // A finished card is re-opened after review feedback.
        const Card *c = board.cardByKey(u"STORY-019");
        if (c && c->columnId == board.firstDoneColumnId()) {
            clock = at(day, 15, 40);
            const int lastStep = int(flow.size()) - 1;
            if (Status s = moveDemoCard(board, c->id, flow.at(qMax(0, lastStep - 1)), sprintId); !s)
                return s;
        }
    }
    return {};
}

/** The working days of the demo sprint up to `lastDay`: every card advances towards its goal. */
Status playDemoDays(Board &board, QDateTime &clock, QDate start, QDate lastDay,
                    const QList<Card> &drafts, const QList<qint64> &flow, qint64 sprintId)
{
    QRandomGenerator rng(20250113);
    const int lastStep = int(flow.size()) - 1;
    QDate day = start;
    int dayIndex = 0;
    while (day <= lastDay) {
        if (day.dayOfWeek() < 6) {
            for (int i = 0; i < drafts.size(); ++i) {
                const int target = i < int(std::size(kCards)) ? kCards[i].progress : 0;
                const Card *c = board.card(drafts.at(i).id);
                if (!c || c->sprintId != sprintId)
                    continue;
                const int step = int(flow.indexOf(c->columnId));
                const int goal = target >= 3 ? lastStep : qMin(target, lastStep - 1);
                // Cards move one column on some days, never past their goal.
                if (step < goal && int(rng.bounded(3)) != 0 && dayIndex >= int(i % 3)) {
                    clock = at(day, 9 + int(rng.bounded(8)), int(rng.bounded(60)));
                    if (Status s = moveDemoCard(board, c->id, flow.at(step + 1), sprintId); !s)
                        return s;
                }
            }
            if (Status s = playDemoIncidents(board, clock, day, dayIndex, drafts, flow, sprintId);
                !s)
                return s;
            ++dayIndex;
        }
        day = day.addDays(1);
    }
    return {};
}

/** The end of the demo's days: what the story list says is finished is done, one fix blocked. */
Status finishDemoDays(Board &board, const QList<Card> &drafts, qint64 sprintId)
{
    const qint64 done = board.firstDoneColumnId();
    for (int i = 0; i < int(std::size(kCards)); ++i) {
        const Card *c = board.card(drafts.at(i).id);
        if (c && kCards[i].progress >= 3 && c->columnId != done && c->sprintId == sprintId)
            if (Status s = moveDemoCard(board, c->id, done, sprintId); !s)
                return s;
    }
    Card blocked = *board.cardByKey(u"FIX-005");
    blocked.blocked = true;
    blocked.blockedReason = u"Needs a decision on the autosave interval"_s;
    return board.applyCardStates({blocked});
}

} // namespace

Status fillDemo(Board &board, QDate today)
{
    if (!board.isEmpty())
        return Status::failure(
            QObject::tr("The demo fills only an empty board; %1 has cards already")
                .arg(board.path()));
    if (today.dayOfWeek() >= 6)
        today = addWeekdays(today, -1);

    QDateTime clock;
    const Board::Clock savedClock = [] { return QDateTime::currentDateTimeUtc(); };
    board.setClock([&clock] { return clock; });
    auto restore = qScopeGuard([&] { board.setClock(savedClock); });

    // The sprint runs two weeks; today is its sixth working day.
    const QDate start = addWeekdays(today, -5);
    const QDate end = addWeekdays(start, 9);
    clock = at(addWeekdays(start, -31).addDays(-3), 16, 0);

    QList<qint64> memberIds;
    for (const char16_t *name : kMembers) {
        auto id = board.ensureMember(QString::fromUtf16(name));
        if (!id)
            return Status::failure(id.error());
        memberIds.append(*id);
    }

    QList<qint64> flow;
    for (const Column &c : board.columns())
        flow.append(c.id);

    // Three closed sprints before this one, each with a frozen report, for the velocity chart.
    if (Status s = fillPastSprints(board, clock, start, flow, memberIds); !s)
        return s;

    clock = at(start.addDays(-3), 16, 0);
    Sprint sprint;
    sprint.name = u"Sprint 4"_s;
    sprint.goal = u"Stabilize the test suite and ship the reporting MVP"_s;
    sprint.start = start;
    sprint.end = end;
    sprint.capacity = 70;
    if (Status s = board.applySprint(sprint); !s)
        return s;

    // Planning: the cards are written the week before and taken into the sprint.
    QList<Card> drafts = demoDrafts(memberIds, flow.first(), sprint.id);
    if (Status s = board.applyInsertCards(drafts); !s)
        return s;

    clock = at(start, 9, 30);
    sprint.state = Sprint::State::Active;
    sprint.startedAt = clock;
    if (Status s = board.applySprint(sprint); !s)
        return s;

    // Activity runs until the end of the previous working day, so nothing lies in the future.
    const QDate lastDay = addWeekdays(today, -1);
    if (Status s = playDemoDays(board, clock, start, lastDay, drafts, flow, sprint.id); !s)
        return s;
    clock = at(lastDay, 17, 30);
    if (Status s = finishDemoDays(board, drafts, sprint.id); !s)
        return s;
    board.undoStack()->clear();
    return {};
}

} // namespace SprintDeck
