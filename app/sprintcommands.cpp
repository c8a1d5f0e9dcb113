// `sprintdeck sprint create|edit|start|close|reopen|list|plan`: the sprint lifecycle from the
// command line.
#include "app/commandline.h"

#include "core/analytics/analytics.h"
#include "core/board/board.h"
#include "core/board/sprintanalytics.h"
#include "core/domain/sprintrule.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace SprintDeck::Cli {

namespace {

/** "1 card", "3 cards": the command line loads no translation that resolves "%n card(s)". */
QString count(int n, const char *one, const char *many)
{
    return QObject::tr(n == 1 ? one : many).arg(n);
}

QString number(double v)
{
    return formatPoints(std::round(v * 100.0) / 100.0);
}

QDate parseDate(const QString &text)
{
    return QDate::fromString(text.trimmed(), Qt::ISODate);
}

/** The options that plan a sprint, shared by create and edit; `nameHelp` describes --name. */
QList<QCommandLineOption> planOptions(const QString &nameHelp)
{
    return {
        {u"name"_s, nameHelp, u"NAME"_s},
        {u"start"_s, QCoreApplication::translate("SprintDeck::Cli", "First day."), u"YYYY-MM-DD"_s},
        {u"end"_s, QCoreApplication::translate("SprintDeck::Cli", "Last day."), u"YYYY-MM-DD"_s},
        {u"goal"_s, QCoreApplication::translate("SprintDeck::Cli", "The sprint goal."), u"TEXT"_s},
        {u"capacity"_s,
         QCoreApplication::translate("SprintDeck::Cli", "Points the team plans to take."), u"N"_s},
        {u"holiday"_s,
         QCoreApplication::translate("SprintDeck::Cli",
                                     "A weekday that is not worked (repeat for more)."),
         u"DATE"_s},
        {u"workday"_s,
         QCoreApplication::translate("SprintDeck::Cli",
                                     "A weekend day that is worked (repeat for more)."),
         u"DATE"_s},
    };
}

/** --capacity into `capacity` when given; false (after the usage message) on a bad number. */
bool readCapacity(CommandLine &cl, double *capacity)
{
    if (!cl.isSet(u"capacity"_s))
        return true;
    bool ok = false;
    *capacity = cl.value(u"capacity"_s).toDouble(&ok);
    if (!ok || *capacity < 0)
        return cl.usage(QObject::tr("--capacity takes a number of 0 or more, not \u201c%1\u201d")
                            .arg(cl.value(u"capacity"_s)));
    return true;
}

/** Explains a broken rule of the dates of a new sprint (--start and --end); false after it. */
bool explainDates(CommandLine &cl, SprintRule broken)
{
    if (broken == SprintRule::StartInvalid)
        return cl.usage(QObject::tr("--start takes a date as YYYY-MM-DD, not \u201c%1\u201d")
                            .arg(cl.value(u"start"_s)));
    if (broken == SprintRule::EndInvalid)
        return cl.usage(QObject::tr("--end takes a date as YYYY-MM-DD, not \u201c%1\u201d")
                            .arg(cl.value(u"end"_s)));
    if (broken == SprintRule::EndBeforeStart)
        return cl.usage(QObject::tr("--end (%1) is before --start (%2)")
                            .arg(cl.value(u"end"_s), cl.value(u"start"_s)));
    return true;
}

/** --holiday and --workday of a new sprint, each checked against its dates. */
bool readCalendar(CommandLine &cl, Sprint &s)
{
    const QString start = s.start.toString(Qt::ISODate), end = s.end.toString(Qt::ISODate);
    for (const QString &text : cl.values(u"holiday"_s)) {
        const QDate d = parseDate(text);
        if (!d.isValid())
            return cl.usage(
                QObject::tr("--holiday takes a date as YYYY-MM-DD, not \u201c%1\u201d").arg(text));
        if (d < s.start || d > s.end)
            return cl.usage(
                QObject::tr("--holiday %1 is outside the sprint (%2 to %3)").arg(text, start, end));
        if (d.dayOfWeek() >= 6)
            return cl.usage(
                QObject::tr("--holiday %1 is a weekend day, which is not worked anyway").arg(text));
        if (!s.holidays.contains(d))
            s.holidays.append(d);
    }
    for (const QString &text : cl.values(u"workday"_s)) {
        const QDate d = parseDate(text);
        if (!d.isValid())
            return cl.usage(
                QObject::tr("--workday takes a date as YYYY-MM-DD, not \u201c%1\u201d").arg(text));
        if (d < s.start || d > s.end)
            return cl.usage(
                QObject::tr("--workday %1 is outside the sprint (%2 to %3)").arg(text, start, end));
        if (d.dayOfWeek() < 6)
            return cl.usage(
                QObject::tr("--workday %1 is a weekday, which is worked anyway").arg(text));
        if (!s.extraWorkdays.contains(d))
            s.extraWorkdays.append(d);
    }
    return true;
}

int sprintCreate(Context &ctx)
{
    CommandLine cl(
        ctx, QCoreApplication::translate("SprintDeck::Cli",
                                         "Create a planned sprint with its working-day calendar."));
    cl.addOptions(
        planOptions(QCoreApplication::translate("SprintDeck::Cli", "The sprint's name (unique).")));
    if (!cl.parseWithoutArguments())
        return cl.exitCode();
    Sprint s;
    s.name = cl.value(u"name"_s).trimmed();
    s.start = parseDate(cl.value(u"start"_s));
    s.end = parseDate(cl.value(u"end"_s));
    const SprintRule broken = brokenSprintRule(s.name, s.start, s.end);
    if (broken == SprintRule::NeedsName)
        return ctx.usage(QObject::tr("sprint create needs --name"));
    if (!explainDates(cl, broken))
        return cl.exitCode();
    s.goal = cl.value(u"goal"_s).trimmed();
    if (!readCapacity(cl, &s.capacity) || !readCalendar(cl, s))
        return cl.exitCode();
    Board *board = cl.board();
    if (!board)
        return cl.exitCode();
    if (board->sprintByName(s.name))
        return ctx.fail(QObject::tr("there is already a sprint called \u201c%1\u201d").arg(s.name));
    auto id = board->createSprint(s);
    if (!id)
        return ctx.fail(id.error());
    ctx.out() << QObject::tr("Created %1: %2 to %3, %4")
                     .arg(s.name, s.start.toString(Qt::ISODate), s.end.toString(Qt::ISODate),
                          count(s.workingDays(), "%1 working day", "%1 working days"))
              << Qt::endl;
    return 0;
}

/** The positional argument NAME of start, close, reopen, edit and plan. */
void addSprintArgument(CommandLine &cl)
{
    cl.addPositionalArgument(u"NAME"_s,
                             QCoreApplication::translate("SprintDeck::Cli", "The sprint."));
}

int sprintStart(Context &ctx)
{
    CommandLine cl(ctx, QCoreApplication::translate(
                            "SprintDeck::Cli",
                            "Start a planned sprint: its cards now are the committed scope."));
    addSprintArgument(cl);
    if (!cl.parse(1, 1, QObject::tr("usage: sprintdeck sprint start NAME")))
        return cl.exitCode();
    const Sprint *s = cl.sprintNamed(cl.argument(0));
    if (!s)
        return cl.exitCode();
    Board &board = *cl.board();
    const qint64 id = s->id;
    if (Status st = board.startSprint(id); !st)
        return ctx.fail(st.error());
    SprintAnalytics analytics(board);
    if (auto n = analytics.numbers(id); n)
        ctx.out() << QObject::tr("Started %1: committed %2 points in %3 cards")
                         .arg(board.sprint(id)->name, number(n->committed.points),
                              number(n->committed.cards))
                  << Qt::endl;
    return 0;
}

/** After a close: what was completed, and where the incomplete cards went. */
void printClosed(Context &ctx, Board &board, qint64 id, int incomplete, qint64 nextId,
                 const QString &nextName)
{
    SprintAnalytics analytics(board);
    auto n = analytics.numbers(id);
    if (!n)
        return;
    ctx.out() << QObject::tr("Closed %1: completed %2 of %3 committed points")
                     .arg(board.sprint(id)->name, number(n->completed.points),
                          number(n->committed.points));
    if (incomplete > 0)
        ctx.out() << "; "
                  << (nextId ? QObject::tr("%1 carried over to %2")
                                   .arg(count(incomplete, "%1 card", "%1 cards"), nextName)
                             : QObject::tr("%1 moved to the backlog")
                                   .arg(count(incomplete, "%1 card", "%1 cards")));
    ctx.out() << Qt::endl;
}

int sprintClose(Context &ctx)
{
    CommandLine cl(
        ctx, QCoreApplication::translate("SprintDeck::Cli",
                                         "Close the active sprint and freeze its report. "
                                         "Incomplete cards go to the next sprint\n"
                                         "(--carry-over) or to the backlog (--to-backlog); one of "
                                         "them is required when there are any."));
    cl.addOptions(
        {{u"carry-over"_s,
          QCoreApplication::translate("SprintDeck::Cli", "Move incomplete cards into this sprint."),
          u"NEXT_SPRINT"_s},
         {u"to-backlog"_s, QCoreApplication::translate("SprintDeck::Cli",
                                                       "Move incomplete cards to the backlog.")}});
    addSprintArgument(cl);
    if (!cl.parse(1, 1,
                  QObject::tr("usage: sprintdeck sprint close NAME [--carry-over NEXT_SPRINT | "
                              "--to-backlog]")))
        return cl.exitCode();
    const bool carryOver = cl.isSet(u"carry-over"_s), toBacklog = cl.isSet(u"to-backlog"_s);
    if (carryOver && toBacklog)
        return ctx.usage(QObject::tr("--carry-over and --to-backlog exclude each other"));
    const Sprint *s = cl.sprintNamed(cl.argument(0));
    if (!s)
        return cl.exitCode();
    const Sprint *next = carryOver ? cl.sprintNamed(cl.value(u"carry-over"_s)) : nullptr;
    if (carryOver && !next)
        return cl.exitCode();
    Board &board = *cl.board();
    const qint64 id = s->id, nextId = next ? next->id : 0;
    const QString nextName = next ? next->name : QString();
    const int incomplete = int(board.incompleteCards(id).size());
    if (incomplete > 0 && !carryOver && !toBacklog)
        return ctx.fail(
            QObject::tr("%1 has %2; choose --carry-over NEXT_SPRINT or --to-backlog")
                .arg(s->name, count(incomplete, "%1 incomplete card", "%1 incomplete cards")));
    if (Status st = board.closeSprint(id, nextId); !st)
        return ctx.fail(st.error());
    printClosed(ctx, board, id, incomplete, nextId, nextName);
    return 0;
}

int sprintReopen(Context &ctx)
{
    CommandLine cl(ctx, QCoreApplication::translate(
                            "SprintDeck::Cli",
                            "Reopen a closed sprint: it is active again and its frozen report is "
                            "dropped.\n"
                            "Refused while another sprint is active."));
    addSprintArgument(cl);
    if (!cl.parse(1, 1, QObject::tr("usage: sprintdeck sprint reopen NAME")))
        return cl.exitCode();
    const Sprint *s = cl.sprintNamed(cl.argument(0));
    if (!s)
        return cl.exitCode();
    Board &board = *cl.board();
    const qint64 id = s->id;
    if (Status st = board.reopenSprint(id); !st)
        return ctx.fail(st.error());
    ctx.out()
        << QObject::tr("Reopened %1: it is the active sprint again").arg(board.sprint(id)->name)
        << Qt::endl;
    return 0;
}

int sprintList(Context &ctx)
{
    CommandLine cl(ctx, QCoreApplication::translate("SprintDeck::Cli", "List the sprints."));
    cl.addOption({u"format"_s,
                  QCoreApplication::translate("SprintDeck::Cli", "Output: table, csv or json."),
                  u"FORMAT"_s, u"table"_s});
    Format format;
    if (!cl.parse() || !cl.tableFormat(cl.value(u"format"_s), &format))
        return cl.exitCode();
    Board *board = cl.board();
    if (!board)
        return cl.exitCode();
    const qint64 current = board->currentSprintId();
    SprintAnalytics analytics(*board);
    QList<QStringList> rows;
    for (const Sprint &s : board->sprints()) {
        auto n = analytics.numbers(s.id);
        if (!n)
            return ctx.fail(n.error());
        rows.append({s.name, s.stateName(), s.start.toString(Qt::ISODate),
                     s.end.toString(Qt::ISODate), QString::number(s.workingDays()),
                     s.capacity > 0 ? number(s.capacity) : QString(), number(n->scope.cards),
                     number(n->scope.points), number(n->committed.points),
                     number(n->completed.points), number(n->remaining().points),
                     s.id == current ? u"yes"_s : QString(), s.goal});
    }
    writeRows(ctx.out(), format,
              {u"Name"_s, u"State"_s, u"Start"_s, u"End"_s, u"Working days"_s, u"Capacity"_s,
               u"Cards"_s, u"Points"_s, u"Committed"_s, u"Done"_s, u"Remaining"_s, u"Current"_s,
               u"Goal"_s},
              rows);
    return 0;
}

int sprintPlan(Context &ctx)
{
    CommandLine cl(
        ctx,
        QCoreApplication::translate(
            "SprintDeck::Cli",
            "Move cards from the backlog (or another open sprint) into a sprint's first column."));
    addSprintArgument(cl);
    cl.addPositionalArgument(u"KEY"_s,
                             QCoreApplication::translate("SprintDeck::Cli", "Keys of the cards."),
                             u"KEY..."_s);
    if (!cl.parse(2, -1, QObject::tr("usage: sprintdeck sprint plan NAME KEY...")))
        return cl.exitCode();
    const Sprint *s = cl.sprintNamed(cl.argument(0));
    if (!s)
        return cl.exitCode();
    Board &board = *cl.board();
    QList<qint64> ids;
    for (const QString &key : cl.arguments().mid(1)) {
        const Card *c = board.cardByKey(key);
        if (!c)
            return ctx.fail(QObject::tr("no card with the key %1").arg(key));
        ids.append(c->id);
    }
    if (Status st = board.planCards(s->id, ids); !st)
        return ctx.fail(st.error());
    return 0;
}

/** Reads the dates of a repeatable option; false (after the usage message) on a bad one. */
bool parseDates(CommandLine &cl, const QString &option, const char *badDate, QList<QDate> *out)
{
    for (const QString &text : cl.values(option)) {
        const QDate d = parseDate(text);
        if (!d.isValid())
            return cl.usage(QObject::tr(badDate).arg(text));
        out->append(d);
    }
    return true;
}

/** Calendar exceptions that still fall within `s`'s dates; the others belong to no day of it. */
QList<QDate> within(const QList<QDate> &days, const Sprint &s)
{
    QList<QDate> kept;
    for (const QDate &d : days)
        if (d >= s.start && d <= s.end)
            kept.append(d);
    return kept;
}

/** What `sprint edit` was asked to change; the dates as given, checked by Board::editSprint. */
struct SprintChanges
{
    QList<QDate> start, end, holidays, workdays;
    double capacity = 0;
};

/** Reads the changes of `sprint edit`; false (after the usage message) when they are wrong. */
bool readChanges(CommandLine &cl, SprintChanges &c)
{
    const QStringList changes{u"name"_s,    u"start"_s,          u"end"_s,
                              u"goal"_s,    u"capacity"_s,       u"holiday"_s,
                              u"workday"_s, u"clear-holidays"_s, u"clear-workdays"_s};
    if (std::none_of(changes.cbegin(), changes.cend(),
                     [&cl](const QString &option) { return cl.isSet(option); }))
        return cl.usage(QObject::tr("sprint edit needs at least one change"));
    return parseDates(cl, u"start"_s,
                      QT_TRANSLATE_NOOP("QObject",
                                        "--start takes a date as YYYY-MM-DD, not \u201c%1\u201d"),
                      &c.start) &&
           parseDates(
               cl, u"end"_s,
               QT_TRANSLATE_NOOP("QObject", "--end takes a date as YYYY-MM-DD, not \u201c%1\u201d"),
               &c.end) &&
           parseDates(cl, u"holiday"_s,
                      QT_TRANSLATE_NOOP("QObject",
                                        "--holiday takes a date as YYYY-MM-DD, not \u201c%1\u201d"),
                      &c.holidays) &&
           parseDates(cl, u"workday"_s,
                      QT_TRANSLATE_NOOP("QObject",
                                        "--workday takes a date as YYYY-MM-DD, not \u201c%1\u201d"),
                      &c.workdays) &&
           readCapacity(cl, &c.capacity);
}

/** `current` with the changes applied. */
Sprint edited(const CommandLine &cl, const Sprint &current, const SprintChanges &c)
{
    Sprint s = current;
    if (cl.isSet(u"name"_s))
        s.name = cl.value(u"name"_s).trimmed();
    if (cl.isSet(u"goal"_s))
        s.goal = cl.value(u"goal"_s).trimmed();
    if (!c.start.isEmpty())
        s.start = c.start.constLast();
    if (!c.end.isEmpty())
        s.end = c.end.constLast();
    if (cl.isSet(u"capacity"_s))
        s.capacity = c.capacity;
    // The stored exceptions follow the new dates; the ones given here are checked as given.
    s.holidays = cl.isSet(u"clear-holidays"_s) ? QList<QDate>() : within(s.holidays, s);
    s.extraWorkdays = cl.isSet(u"clear-workdays"_s) ? QList<QDate>() : within(s.extraWorkdays, s);
    s.holidays += c.holidays;
    s.extraWorkdays += c.workdays;
    return s;
}

int sprintEdit(Context &ctx)
{
    CommandLine cl(ctx, QCoreApplication::translate(
                            "SprintDeck::Cli",
                            "Edit a sprint's plan: name, dates, goal, capacity and working-day "
                            "calendar.\n"
                            "Holidays and worked days outside new dates are dropped. A closed "
                            "sprint cannot be edited."));
    addSprintArgument(cl);
    cl.addOptions(
        planOptions(QCoreApplication::translate("SprintDeck::Cli", "A new name (unique).")));
    cl.addOptions({
        {u"clear-holidays"_s,
         QCoreApplication::translate("SprintDeck::Cli", "Work every weekday again.")},
        {u"clear-workdays"_s,
         QCoreApplication::translate("SprintDeck::Cli", "Work no weekend day again.")},
    });
    SprintChanges changes;
    if (!cl.parse(1, 1,
                  QObject::tr("usage: sprintdeck sprint edit NAME [--name N] [--start DATE] [--end "
                              "DATE] [--goal T] [--capacity N] [--holiday DATE]... [--workday "
                              "DATE]...")) ||
        !readChanges(cl, changes))
        return cl.exitCode();
    const Sprint *current = cl.sprintNamed(cl.argument(0));
    if (!current)
        return cl.exitCode();
    Board &board = *cl.board();
    const Sprint s = edited(cl, *current, changes);
    if (Status st = board.editSprint(s); !st)
        return ctx.fail(st.error());
    const Sprint *after = board.sprint(s.id);
    ctx.out() << QObject::tr("Edited %1: %2 to %3, %4")
                     .arg(after->name, after->start.toString(Qt::ISODate),
                          after->end.toString(Qt::ISODate),
                          count(after->workingDays(), "%1 working day", "%1 working days"))
              << Qt::endl;
    return 0;
}

} // namespace

int sprintCommand(Context &ctx)
{
    // Outside the brace list below, where lupdate would file it under a wrong context.
    const QString unknownCommand = QObject::tr("unknown sprint command \u201c%1\u201d");
    return runSubcommand(
        ctx,
        {{"create", &sprintCreate},
         {"start", &sprintStart},
         {"close", &sprintClose},
         {"reopen", &sprintReopen},
         {"list", &sprintList},
         {"plan", &sprintPlan},
         {"edit", &sprintEdit}},
        {QCoreApplication::translate(
             "SprintDeck::Cli",
             "Usage: sprintdeck sprint create|edit|start|close|reopen|list|plan [--db FILE] ...\n"
             "Run 'sprintdeck sprint COMMAND --help' for the options of each.\n"),
         unknownCommand, true});
}

} // namespace SprintDeck::Cli
