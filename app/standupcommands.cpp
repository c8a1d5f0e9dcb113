// `sprintdeck standup fill`: the Standup view's "Fill from Board" without the window.
#include "app/commandline.h"

#include "core/board/board.h"
#include "core/standup/standupbook.h"

#include <QCoreApplication>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace SprintDeck::Cli {

namespace {

/** The sprint of --sprint NAME, else the active one; nullptr after printing why not. */
const Sprint *chosenSprint(CommandLine &cl, const Board &board)
{
    if (cl.isSet(u"sprint"_s))
        return cl.sprintNamed(cl.value(u"sprint"_s));
    // The latest started, as the board's current sprint is.
    const QList<Sprint> &sprints = board.sprints();
    for (auto it = sprints.crbegin(); it != sprints.crend(); ++it)
        if (it->state == Sprint::State::Active)
            return board.sprint(it->id);
    cl.fail(QCoreApplication::translate(
        "SprintDeck::Cli", "no sprint is active; start one, or name one with --sprint NAME"));
    return nullptr;
}

/** "    " before each line of `markdown`, which ends with a line break. */
QString indented(const QString &markdown)
{
    QString out;
    for (const QString &line : markdown.split(u'\n', Qt::SkipEmptyParts))
        out += u"    "_s + line + u'\n';
    return out;
}

/** The keys of `items`, comma separated. */
QString keys(const QList<StandupItem> &items)
{
    QStringList list;
    for (const StandupItem &item : items)
        list.append(item.key);
    return list.join(u", "_s);
}

/** One member's part of what the fill did: the text it wrote, the cards typed text leaves out. */
void printMember(QTextStream &out, const QString &name, const StandupEntryFill &fill)
{
    if (fill.filled.isEmpty() && fill.pending.isEmpty()) {
        out << name << ": "
            << (fill.entry.isEmpty()
                    ? QCoreApplication::translate("SprintDeck::Cli", "nothing on the board")
                    : QCoreApplication::translate("SprintDeck::Cli", "kept as written"))
            << '\n';
        return;
    }
    out << name << '\n';
    for (StandupEntry::Field field : kStandupFields) {
        if (fill.filled.contains(field)) {
            out << "  "
                << QCoreApplication::translate("SprintDeck::Cli", "%1, filled from the board:")
                       .arg(standupFieldTitle(field))
                << '\n'
                << indented(fill.entry.text(field));
        } else if (fill.pending.contains(field)) {
            out << "  "
                << QCoreApplication::translate("SprintDeck::Cli",
                                               "%1, kept as written; it does not mention %2")
                       .arg(standupFieldTitle(field), keys(fill.pending.value(field)))
                << '\n';
        }
    }
}

/** What the fill did, member by member, then one line that sums it up. */
void printFill(QTextStream &out, const Board &board, QDate date,
               const QList<StandupEntryFill> &fills)
{
    int filled = 0;
    for (const StandupEntryFill &f : fills) {
        const Member *member = board.member(f.entry.memberId);
        printMember(out, member ? member->name : QString::number(f.entry.memberId), f);
        filled += int(f.filled.size());
    }
    const QString day = date.toString(Qt::ISODate);
    if (filled == 0)
        out << QCoreApplication::translate("SprintDeck::Cli",
                                           "Nothing to fill: the standup of %1 is unchanged.")
                   .arg(day);
    else if (filled == 1)
        out << QCoreApplication::translate("SprintDeck::Cli",
                                           "Saved the standup of %1: 1 field filled.")
                   .arg(day);
    else
        out << QCoreApplication::translate("SprintDeck::Cli",
                                           "Saved the standup of %1: %2 fields filled.")
                   .arg(day)
                   .arg(filled);
    out << Qt::endl;
}

int standupFill(Context &ctx)
{
    CommandLine cl(
        ctx, QCoreApplication::translate(
                 "SprintDeck::Cli",
                 "Fill a day's standup from the board, as \"Fill from Board\" in the Standup "
                 "view does:\nempty fields get what the board knows since the previous standup "
                 "(cards moved\nforward, in progress, blocked); what members wrote stays as it "
                 "is."));
    cl.addOption(
        {u"sprint"_s,
         QCoreApplication::translate("SprintDeck::Cli", "The sprint (default: the active one)."),
         u"NAME"_s});
    cl.addOption(
        {u"date"_s,
         QCoreApplication::translate("SprintDeck::Cli",
                                     "The standup's day, a day of the sprint (default: today)."),
         u"YYYY-MM-DD"_s});
    if (!cl.parseWithoutArguments())
        return cl.exitCode();
    QDate date;
    if (cl.isSet(u"date"_s)) {
        date = QDate::fromString(cl.value(u"date"_s), Qt::ISODate);
        if (!date.isValid())
            return ctx.usage(QObject::tr("--date takes a date as YYYY-MM-DD, not \u201c%1\u201d")
                                 .arg(cl.value(u"date"_s)));
    }
    Board *board = cl.board();
    if (!board)
        return cl.exitCode();
    const Sprint *sprint = chosenSprint(cl, *board);
    if (!sprint)
        return cl.exitCode();
    if (!date.isValid())
        date = board->now().toTimeZone(QTimeZone::systemTimeZone()).date();
    if (date < sprint->start || date > sprint->end)
        return ctx.fail(
            QCoreApplication::translate("SprintDeck::Cli", "%1 is not a day of %2 (%3 to %4)")
                .arg(date.toString(Qt::ISODate), sprint->name, sprint->start.toString(Qt::ISODate),
                     sprint->end.toString(Qt::ISODate)));

    StandupBook *book = StandupBook::of(*board);
    auto fills = book->fill(date, sprint->id);
    if (!fills)
        return ctx.fail(fills.error());
    ctx.out() << QCoreApplication::translate("SprintDeck::Cli",
                                             "Standup of %1, %2, from the board since %3:")
                     .arg(date.toString(Qt::ISODate), sprint->name,
                          book->previousStandupDay(date).toString(Qt::ISODate))
              << '\n';
    printFill(ctx.out(), *board, date, fills.value());
    return 0;
}

} // namespace

int standupCommand(Context &ctx)
{
    // Outside the brace list below, where lupdate would file it under a wrong context.
    const QString unknownCommand = QObject::tr("unknown standup command \u201c%1\u201d");
    return runSubcommand(
        ctx, {{"fill", &standupFill}},
        {QCoreApplication::translate(
             "SprintDeck::Cli",
             "Usage: sprintdeck standup fill [--sprint NAME] [--date YYYY-MM-DD] [--db FILE]\n"
             "Run 'sprintdeck standup fill --help' for its options.\n"),
         unknownCommand, true});
}

} // namespace SprintDeck::Cli
