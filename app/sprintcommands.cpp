// `sprintdeck sprint create|edit|start|close|reopen|list|plan`: the sprint lifecycle from the command
// line.
#include "cli.h"
#include "output.h"

#include "analytics/analytics.h"
#include "board/board.h"
#include "board/sprintanalytics.h"

#include <QCommandLineParser>
#include <QCoreApplication>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace SprintDeck::Cli {

namespace {

QCommandLineParser &common(QCommandLineParser &p, const QString &description)
{
    p.setApplicationDescription(description);
    p.addHelpOption();
    p.addOption(
        {u"db"_s, QCoreApplication::translate("SprintDeck::Cli", "The database file."), u"FILE"_s});
    return p;
}

/** Parses; returns -1 to go on, else the exit code (help printed or usage error). */
int parse(Context &ctx, QCommandLineParser &p)
{
    if (!p.parse(ctx.args()))
        return ctx.usage(p.errorText());
    if (p.isSet(u"help"_s)) {
        ctx.out() << ctx.helpText(p);
        return 0;
    }
    return -1;
}

/** "1 card", "3 cards": the command line loads no translation that resolves "%n card(s)". */
QString count(int n, const char *one, const char *many)
{
    return QObject::tr(n == 1 ? one : many).arg(n);
}

QString number(double v)
{
    return formatPoints(std::round(v * 100.0) / 100.0);
}

const Sprint *findSprint(Context &ctx, Board &board, const QString &name)
{
    const Sprint *s = board.sprintByName(name);
    if (!s)
        ctx.fail(QObject::tr("no sprint called \u201c%1\u201d").arg(name));
    return s;
}

QDate parseDate(const QString &text)
{
    return QDate::fromString(text.trimmed(), Qt::ISODate);
}

int sprintCreate(Context &ctx)
{
    QCommandLineParser p;
    common(p, QCoreApplication::translate(
                  "SprintDeck::Cli", "Create a planned sprint with its working-day calendar."));
    p.addOptions({
        {u"name"_s, QCoreApplication::translate("SprintDeck::Cli", "The sprint's name (unique)."),
         u"NAME"_s},
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
    });
    if (int code = parse(ctx, p); code >= 0)
        return code;
    if (!p.positionalArguments().isEmpty())
        return ctx.usage(
            QObject::tr("unexpected argument \u201c%1\u201d").arg(p.positionalArguments().first()));
    Sprint s;
    s.name = p.value(u"name"_s).trimmed();
    if (s.name.isEmpty())
        return ctx.usage(QObject::tr("sprint create needs --name"));
    s.start = parseDate(p.value(u"start"_s));
    s.end = parseDate(p.value(u"end"_s));
    if (!s.start.isValid())
        return ctx.usage(QObject::tr("--start takes a date as YYYY-MM-DD, not \u201c%1\u201d")
                             .arg(p.value(u"start"_s)));
    if (!s.end.isValid())
        return ctx.usage(QObject::tr("--end takes a date as YYYY-MM-DD, not \u201c%1\u201d")
                             .arg(p.value(u"end"_s)));
    if (s.end < s.start)
        return ctx.usage(QObject::tr("--end (%1) is before --start (%2)")
                             .arg(p.value(u"end"_s), p.value(u"start"_s)));
    s.goal = p.value(u"goal"_s).trimmed();
    if (p.isSet(u"capacity"_s)) {
        bool ok = false;
        s.capacity = p.value(u"capacity"_s).toDouble(&ok);
        if (!ok || s.capacity < 0)
            return ctx.usage(
                QObject::tr("--capacity takes a number of 0 or more, not \u201c%1\u201d")
                    .arg(p.value(u"capacity"_s)));
    }
    for (const QString &text : p.values(u"holiday"_s)) {
        const QDate d = parseDate(text);
        if (!d.isValid())
            return ctx.usage(
                QObject::tr("--holiday takes a date as YYYY-MM-DD, not \u201c%1\u201d").arg(text));
        if (d < s.start || d > s.end)
            return ctx.usage(
                QObject::tr("--holiday %1 is outside the sprint (%2 to %3)")
                    .arg(text, s.start.toString(Qt::ISODate), s.end.toString(Qt::ISODate)));
        if (d.dayOfWeek() >= 6)
            return ctx.usage(
                QObject::tr("--holiday %1 is a weekend day, which is not worked anyway").arg(text));
        if (!s.holidays.contains(d))
            s.holidays.append(d);
    }
    for (const QString &text : p.values(u"workday"_s)) {
        const QDate d = parseDate(text);
        if (!d.isValid())
            return ctx.usage(
                QObject::tr("--workday takes a date as YYYY-MM-DD, not \u201c%1\u201d").arg(text));
        if (d < s.start || d > s.end)
            return ctx.usage(
                QObject::tr("--workday %1 is outside the sprint (%2 to %3)")
                    .arg(text, s.start.toString(Qt::ISODate), s.end.toString(Qt::ISODate)));
        if (d.dayOfWeek() < 6)
            return ctx.usage(
                QObject::tr("--workday %1 is a weekday, which is worked anyway").arg(text));
        if (!s.extraWorkdays.contains(d))
            s.extraWorkdays.append(d);
    }
    Board *board = ctx.board();
    if (!board)
        return 1;
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

int sprintStart(Context &ctx)
{
    QCommandLineParser p;
    common(p, QCoreApplication::translate(
                  "SprintDeck::Cli",
                  "Start a planned sprint: its cards now are the committed scope."));
    p.addPositionalArgument(u"NAME"_s,
                            QCoreApplication::translate("SprintDeck::Cli", "The sprint."));
    if (int code = parse(ctx, p); code >= 0)
        return code;
    if (p.positionalArguments().size() != 1)
        return ctx.usage(QObject::tr("usage: sprintdeck sprint start NAME"));
    Board *board = ctx.board();
    if (!board)
        return 1;
    const Sprint *s = findSprint(ctx, *board, p.positionalArguments().first());
    if (!s)
        return 1;
    const qint64 id = s->id;
    if (Status st = board->startSprint(id); !st)
        return ctx.fail(st.error());
    SprintAnalytics analytics(*board);
    if (auto n = analytics.numbers(id); n)
        ctx.out() << QObject::tr("Started %1: committed %2 points in %3 cards")
                         .arg(board->sprint(id)->name, number(n->committed.points),
                              number(n->committed.cards))
                  << Qt::endl;
    return 0;
}

int sprintClose(Context &ctx)
{
    QCommandLineParser p;
    common(p, QCoreApplication::translate("SprintDeck::Cli",
                                          "Close the active sprint and freeze its report. "
                                          "Incomplete cards go to the next sprint\n"
                                          "(--carry-over) or to the backlog (--to-backlog); one of "
                                          "them is required when there are any."));
    p.addOptions(
        {{u"carry-over"_s,
          QCoreApplication::translate("SprintDeck::Cli", "Move incomplete cards into this sprint."),
          u"NEXT_SPRINT"_s},
         {u"to-backlog"_s, QCoreApplication::translate("SprintDeck::Cli",
                                                       "Move incomplete cards to the backlog.")}});
    p.addPositionalArgument(u"NAME"_s,
                            QCoreApplication::translate("SprintDeck::Cli", "The sprint."));
    if (int code = parse(ctx, p); code >= 0)
        return code;
    if (p.positionalArguments().size() != 1)
        return ctx.usage(QObject::tr(
            "usage: sprintdeck sprint close NAME [--carry-over NEXT_SPRINT | --to-backlog]"));
    if (p.isSet(u"carry-over"_s) && p.isSet(u"to-backlog"_s))
        return ctx.usage(QObject::tr("--carry-over and --to-backlog exclude each other"));
    Board *board = ctx.board();
    if (!board)
        return 1;
    const Sprint *s = findSprint(ctx, *board, p.positionalArguments().first());
    if (!s)
        return 1;
    const qint64 id = s->id;
    qint64 next = 0;
    QString nextName;
    if (p.isSet(u"carry-over"_s)) {
        const Sprint *n = findSprint(ctx, *board, p.value(u"carry-over"_s));
        if (!n)
            return 1;
        next = n->id;
        nextName = n->name;
    }
    const int incomplete = int(board->incompleteCards(id).size());
    if (incomplete > 0 && !p.isSet(u"carry-over"_s) && !p.isSet(u"to-backlog"_s))
        return ctx.fail(
            QObject::tr("%1 has %2; choose --carry-over NEXT_SPRINT or --to-backlog")
                .arg(s->name, count(incomplete, "%1 incomplete card", "%1 incomplete cards")));
    if (Status st = board->closeSprint(id, next); !st)
        return ctx.fail(st.error());
    SprintAnalytics analytics(*board);
    if (auto n = analytics.numbers(id); n) {
        ctx.out() << QObject::tr("Closed %1: completed %2 of %3 committed points")
                         .arg(board->sprint(id)->name, number(n->completed.points),
                              number(n->committed.points));
        if (incomplete > 0)
            ctx.out() << "; "
                      << (next ? QObject::tr("%1 carried over to %2")
                                     .arg(count(incomplete, "%1 card", "%1 cards"), nextName)
                               : QObject::tr("%1 moved to the backlog")
                                     .arg(count(incomplete, "%1 card", "%1 cards")));
        ctx.out() << Qt::endl;
    }
    return 0;
}

int sprintReopen(Context &ctx)
{
    QCommandLineParser p;
    common(p, QCoreApplication::translate(
                  "SprintDeck::Cli",
                  "Reopen a closed sprint: it is active again and its frozen report is dropped.\n"
                  "Refused while another sprint is active."));
    p.addPositionalArgument(u"NAME"_s,
                            QCoreApplication::translate("SprintDeck::Cli", "The sprint."));
    if (int code = parse(ctx, p); code >= 0)
        return code;
    if (p.positionalArguments().size() != 1)
        return ctx.usage(QObject::tr("usage: sprintdeck sprint reopen NAME"));
    Board *board = ctx.board();
    if (!board)
        return 1;
    const Sprint *s = findSprint(ctx, *board, p.positionalArguments().first());
    if (!s)
        return 1;
    const qint64 id = s->id;
    if (Status st = board->reopenSprint(id); !st)
        return ctx.fail(st.error());
    ctx.out()
        << QObject::tr("Reopened %1: it is the active sprint again").arg(board->sprint(id)->name)
        << Qt::endl;
    return 0;
}

int sprintList(Context &ctx)
{
    QCommandLineParser p;
    common(p, QCoreApplication::translate("SprintDeck::Cli", "List the sprints."));
    p.addOption({u"format"_s,
                 QCoreApplication::translate("SprintDeck::Cli", "Output: table, csv or json."),
                 u"FORMAT"_s, u"table"_s});
    if (int code = parse(ctx, p); code >= 0)
        return code;
    Format format;
    if (!parseFormat(p.value(u"format"_s), &format) || format == Format::Markdown)
        return ctx.usage(QObject::tr("--format takes table, csv or json"));
    Board *board = ctx.board();
    if (!board)
        return 1;
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
    QCommandLineParser p;
    common(
        p,
        QCoreApplication::translate(
            "SprintDeck::Cli",
            "Move cards from the backlog (or another open sprint) into a sprint's first column."));
    p.addPositionalArgument(u"NAME"_s,
                            QCoreApplication::translate("SprintDeck::Cli", "The sprint."));
    p.addPositionalArgument(u"KEY"_s,
                            QCoreApplication::translate("SprintDeck::Cli", "Keys of the cards."),
                            u"KEY..."_s);
    if (int code = parse(ctx, p); code >= 0)
        return code;
    if (p.positionalArguments().size() < 2)
        return ctx.usage(QObject::tr("usage: sprintdeck sprint plan NAME KEY..."));
    Board *board = ctx.board();
    if (!board)
        return 1;
    const Sprint *s = findSprint(ctx, *board, p.positionalArguments().first());
    if (!s)
        return 1;
    QList<qint64> ids;
    for (const QString &key : p.positionalArguments().mid(1)) {
        const Card *c = board->cardByKey(key);
        if (!c)
            return ctx.fail(QObject::tr("no card with the key %1").arg(key));
        ids.append(c->id);
    }
    if (Status st = board->planCards(s->id, ids); !st)
        return ctx.fail(st.error());
    return 0;
}

/** Reads the dates of a repeatable option; false (after the usage message) on a bad one. */
bool parseDates(Context &ctx, const QStringList &texts, const char *badDate, QList<QDate> *out)
{
    for (const QString &text : texts) {
        const QDate d = parseDate(text);
        if (!d.isValid()) {
            ctx.usage(QObject::tr(badDate).arg(text));
            return false;
        }
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

int sprintEdit(Context &ctx)
{
    QCommandLineParser p;
    common(p, QCoreApplication::translate(
                  "SprintDeck::Cli",
                  "Edit a sprint's plan: name, dates, goal, capacity and working-day calendar.\n"
                  "Holidays and worked days outside new dates are dropped. A closed sprint "
                  "cannot be edited."));
    p.addPositionalArgument(u"NAME"_s,
                            QCoreApplication::translate("SprintDeck::Cli", "The sprint."));
    p.addOptions({
        {u"name"_s, QCoreApplication::translate("SprintDeck::Cli", "A new name (unique)."),
         u"NAME"_s},
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
        {u"clear-holidays"_s,
         QCoreApplication::translate("SprintDeck::Cli", "Work every weekday again.")},
        {u"clear-workdays"_s,
         QCoreApplication::translate("SprintDeck::Cli", "Work no weekend day again.")},
    });
    if (int code = parse(ctx, p); code >= 0)
        return code;
    if (p.positionalArguments().size() != 1)
        return ctx.usage(
            QObject::tr("usage: sprintdeck sprint edit NAME [--name N] [--start DATE] [--end DATE] "
                        "[--goal T] [--capacity N] [--holiday DATE]... [--workday DATE]..."));
    const QStringList changes{u"name"_s,    u"start"_s,          u"end"_s,
                              u"goal"_s,    u"capacity"_s,       u"holiday"_s,
                              u"workday"_s, u"clear-holidays"_s, u"clear-workdays"_s};
    if (std::none_of(changes.cbegin(), changes.cend(),
                     [&p](const QString &option) { return p.isSet(option); }))
        return ctx.usage(QObject::tr("sprint edit needs at least one change"));
    QList<QDate> start, end, holidays, workdays;
    if (!parseDates(
            ctx, p.values(u"start"_s),
            QT_TRANSLATE_NOOP("QObject", "--start takes a date as YYYY-MM-DD, not \u201c%1\u201d"),
            &start) ||
        !parseDates(
            ctx, p.values(u"end"_s),
            QT_TRANSLATE_NOOP("QObject", "--end takes a date as YYYY-MM-DD, not \u201c%1\u201d"),
            &end) ||
        !parseDates(ctx, p.values(u"holiday"_s),
                    QT_TRANSLATE_NOOP("QObject",
                                      "--holiday takes a date as YYYY-MM-DD, not \u201c%1\u201d"),
                    &holidays) ||
        !parseDates(ctx, p.values(u"workday"_s),
                    QT_TRANSLATE_NOOP("QObject",
                                      "--workday takes a date as YYYY-MM-DD, not \u201c%1\u201d"),
                    &workdays))
        return 2;
    double capacity = 0;
    if (p.isSet(u"capacity"_s)) {
        bool ok = false;
        capacity = p.value(u"capacity"_s).toDouble(&ok);
        if (!ok || capacity < 0)
            return ctx.usage(
                QObject::tr("--capacity takes a number of 0 or more, not \u201c%1\u201d")
                    .arg(p.value(u"capacity"_s)));
    }
    Board *board = ctx.board();
    if (!board)
        return 1;
    const Sprint *current = findSprint(ctx, *board, p.positionalArguments().first());
    if (!current)
        return 1;

    Sprint s = *current;
    if (p.isSet(u"name"_s))
        s.name = p.value(u"name"_s).trimmed();
    if (p.isSet(u"goal"_s))
        s.goal = p.value(u"goal"_s).trimmed();
    if (!start.isEmpty())
        s.start = start.constLast();
    if (!end.isEmpty())
        s.end = end.constLast();
    if (p.isSet(u"capacity"_s))
        s.capacity = capacity;
    // The stored exceptions follow the new dates; the ones given here are checked as given.
    s.holidays = p.isSet(u"clear-holidays"_s) ? QList<QDate>() : within(s.holidays, s);
    s.extraWorkdays = p.isSet(u"clear-workdays"_s) ? QList<QDate>() : within(s.extraWorkdays, s);
    s.holidays += holidays;
    s.extraWorkdays += workdays;
    const qint64 id = s.id;
    if (Status st = board->editSprint(s); !st)
        return ctx.fail(st.error());
    const Sprint *edited = board->sprint(id);
    ctx.out() << QObject::tr("Edited %1: %2 to %3, %4")
                     .arg(edited->name, edited->start.toString(Qt::ISODate),
                          edited->end.toString(Qt::ISODate),
                          count(edited->workingDays(), "%1 working day", "%1 working days"))
              << Qt::endl;
    return 0;
}

} // namespace

int sprintCommand(Context &ctx)
{
    const QString sub = ctx.args().value(1);
    QStringList subArgs = ctx.args().mid(1);
    if (!subArgs.isEmpty())
        subArgs.first() = u"sprint "_s + sub;
    Context subCtx(subArgs, ctx.dbPath());
    if (sub == u"create")
        return sprintCreate(subCtx);
    if (sub == u"start")
        return sprintStart(subCtx);
    if (sub == u"close")
        return sprintClose(subCtx);
    if (sub == u"reopen")
        return sprintReopen(subCtx);
    if (sub == u"list")
        return sprintList(subCtx);
    if (sub == u"plan")
        return sprintPlan(subCtx);
    if (sub == u"edit")
        return sprintEdit(subCtx);
    if (sub == u"--help" || sub == u"-h" || sub.isEmpty()) {
        ctx.out() << QCoreApplication::translate(
            "SprintDeck::Cli",
            "Usage: sprintdeck sprint create|edit|start|close|reopen|list|plan [--db FILE] ...\n"
            "Run 'sprintdeck sprint COMMAND --help' for the options of each.\n");
        ctx.out().flush();
        return sub.isEmpty() ? 2 : 0;
    }
    return ctx.usage(QObject::tr("unknown sprint command \u201c%1\u201d").arg(sub));
}

} // namespace SprintDeck::Cli
