#include "app/commandline.h"

#include "core/board/board.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace SprintDeck::Cli {

namespace {

struct CardOptions
{
    QCommandLineOption title{
        u"title"_s, QCoreApplication::translate("SprintDeck::Cli", "Title of the card."), u"T"_s};
    QCommandLineOption key{
        u"key"_s,
        QCoreApplication::translate("SprintDeck::Cli",
                                    "Key such as STORY-013 (default: the next key of the board)."),
        u"K"_s};
    QCommandLineOption points{
        u"points"_s,
        QCoreApplication::translate("SprintDeck::Cli", "Story points (decimal; empty for none)."),
        u"N"_s};
    QCommandLineOption priority{
        u"priority"_s,
        QCoreApplication::translate("SprintDeck::Cli", "Priority: P1, P2, P3 or P4."), u"P"_s};
    QCommandLineOption type{
        u"type"_s, QCoreApplication::translate("SprintDeck::Cli", "Type: story, bug, task or fix."),
        u"TYPE"_s};
    QCommandLineOption assignee{
        u"assignee"_s,
        QCoreApplication::translate("SprintDeck::Cli",
                                    "Assignee's name (a new name adds the member; empty: none)."),
        u"NAME"_s};
    QCommandLineOption sprint{
        u"sprint"_s, QCoreApplication::translate("SprintDeck::Cli", "Sprint by name."), u"NAME"_s};
    QCommandLineOption backlog{
        u"backlog"_s,
        QCoreApplication::translate("SprintDeck::Cli", "Put the card in the backlog.")};
    QCommandLineOption column{
        u"column"_s, QCoreApplication::translate("SprintDeck::Cli", "Column by name."), u"NAME"_s};
    QCommandLineOption label{
        u"label"_s, QCoreApplication::translate("SprintDeck::Cli", "A label (repeat for more)."),
        u"L"_s};
    QCommandLineOption description{
        u"description"_s, QCoreApplication::translate("SprintDeck::Cli", "Description (markdown)."),
        u"TEXT"_s};
    QCommandLineOption blocked{
        u"blocked"_s,
        QCoreApplication::translate("SprintDeck::Cli", "Mark as blocked, with the reason."),
        u"REASON"_s};
    QCommandLineOption unblocked{
        u"unblocked"_s, QCoreApplication::translate("SprintDeck::Cli", "Clear the blocked flag.")};
    QCommandLineOption to{u"to"_s,
                          QCoreApplication::translate("SprintDeck::Cli", "Target column by name."),
                          u"COLUMN"_s};
    QCommandLineOption format{
        u"format"_s, QCoreApplication::translate("SprintDeck::Cli", "Output: table, csv or json."),
        u"FORMAT"_s, u"table"_s};
};

QString statusOf(Board &board, const Card &c)
{
    const Column *col = board.column(c.columnId);
    return col ? col->name : QString();
}

/** Applies the field options shared by add and edit to `card`. */
bool applyFields(Context &ctx, Board &board, const QCommandLineParser &p, const CardOptions &o,
                 Card &card, int *exitCode)
{
    auto failWith = [&](const QString &message) {
        *exitCode = ctx.usage(message);
        return false;
    };
    if (p.isSet(o.title)) {
        if (p.value(o.title).trimmed().isEmpty())
            return failWith(QObject::tr("--title must not be empty"));
        card.title = p.value(o.title).trimmed();
    }
    if (p.isSet(o.points)) {
        const QString text = p.value(o.points).trimmed();
        if (text.isEmpty()) {
            card.points.reset();
        } else {
            bool ok = false;
            const double v = text.toDouble(&ok);
            if (!ok || v < 0)
                return failWith(
                    QObject::tr("--points takes a number of 0 or more, not \u201c%1\u201d")
                        .arg(text));
            card.points = v;
        }
    }
    if (p.isSet(o.priority)) {
        const auto prio = parsePriority(p.value(o.priority));
        if (!prio)
            return failWith(QObject::tr("--priority takes P1, P2, P3 or P4, not \u201c%1\u201d")
                                .arg(p.value(o.priority)));
        card.priority = *prio;
    }
    if (p.isSet(o.type)) {
        const auto type = parseCardType(p.value(o.type));
        if (!type)
            return failWith(QObject::tr("--type takes story, bug, task or fix, not \u201c%1\u201d")
                                .arg(p.value(o.type)));
        card.type = *type;
    }
    if (p.isSet(o.description))
        card.description = p.value(o.description);
    if (p.isSet(o.label))
        card.labels = p.values(o.label);
    if (p.isSet(o.blocked) && p.isSet(o.unblocked))
        return failWith(QObject::tr("--blocked and --unblocked exclude each other"));
    if (p.isSet(o.blocked)) {
        card.blocked = true;
        card.blockedReason = p.value(o.blocked).trimmed();
    }
    if (p.isSet(o.unblocked)) {
        card.blocked = false;
        card.blockedReason.clear();
    }
    if (p.isSet(o.sprint) && p.isSet(o.backlog))
        return failWith(QObject::tr("--sprint and --backlog exclude each other"));
    if (p.isSet(o.sprint)) {
        const Sprint *s = board.sprintByName(p.value(o.sprint));
        if (!s) {
            *exitCode =
                ctx.fail(QObject::tr("no sprint called \u201c%1\u201d").arg(p.value(o.sprint)));
            return false;
        }
        card.sprintId = s->id;
    }
    if (p.isSet(o.backlog))
        card.sprintId = 0;
    if (p.isSet(o.column)) {
        const Column *c = board.columnByName(p.value(o.column));
        if (!c) {
            *exitCode =
                ctx.fail(QObject::tr("no column called \u201c%1\u201d").arg(p.value(o.column)));
            return false;
        }
        card.columnId = c->id;
    }
    if (p.isSet(o.assignee)) {
        auto member = board.ensureMember(p.value(o.assignee));
        if (!member) {
            *exitCode = ctx.fail(member.error());
            return false;
        }
        card.assigneeId = *member;
    }
    return true;
}

int cardAdd(Context &ctx)
{
    CardOptions o;
    CommandLine cl(ctx, QCoreApplication::translate("SprintDeck::Cli", "Add a card."));
    cl.addOptions({o.title, o.key, o.points, o.priority, o.type, o.assignee, o.sprint, o.backlog,
                   o.column, o.label, o.description, o.blocked, o.unblocked});
    if (!cl.parse())
        return cl.exitCode();
    if (!cl.isSet(o.title))
        return ctx.usage(QObject::tr("card add needs --title"));
    if (!cl.noArguments())
        return cl.exitCode();
    Board *board = cl.board();
    if (!board)
        return cl.exitCode();
    Card card;
    card.key = cl.value(o.key).trimmed().toUpper();
    if (!card.key.isEmpty() && board->cardByKey(card.key))
        return ctx.fail(QObject::tr("a card with the key %1 exists already").arg(card.key));
    card.columnId = board->firstColumnId();
    int code = 0;
    if (!applyFields(ctx, *board, cl.parser(), o, card, &code))
        return code;
    auto id = board->addCard(card);
    if (!id)
        return ctx.fail(id.error());
    ctx.out() << board->card(*id)->key << Qt::endl;
    return 0;
}

/** The positional argument KEY of move, edit and show. */
void addKeyArgument(CommandLine &cl)
{
    cl.addPositionalArgument(u"KEY"_s,
                             QCoreApplication::translate("SprintDeck::Cli", "The card's key."));
}

const Card *findCard(Context &ctx, Board &board, const QString &key)
{
    const Card *c = board.cardByKey(key);
    if (!c)
        ctx.fail(QObject::tr("no card with the key %1").arg(key));
    return c;
}

int cardMove(Context &ctx)
{
    CardOptions o;
    CommandLine cl(ctx, QCoreApplication::translate(
                            "SprintDeck::Cli", "Move a card to another column of its sprint."));
    cl.addOption(o.to);
    addKeyArgument(cl);
    if (!cl.parse())
        return cl.exitCode();
    if (cl.arguments().size() != 1 || !cl.isSet(o.to))
        return ctx.usage(QObject::tr("usage: sprintdeck card move KEY --to COLUMN"));
    Board *board = cl.board();
    if (!board)
        return cl.exitCode();
    const Card *c = findCard(ctx, *board, cl.argument(0));
    if (!c)
        return 1;
    const Column *col = board->columnByName(cl.value(o.to));
    if (!col)
        return ctx.fail(QObject::tr("no column called \u201c%1\u201d").arg(cl.value(o.to)));
    if (c->sprintId == 0)
        return ctx.fail(
            QObject::tr(
                "%1 is in the backlog; add it to a sprint first (card edit %1 --sprint NAME)")
                .arg(c->key));
    if (c->columnId == col->id)
        return 0;
    if (Status s = board->moveCards({c->id}, c->sprintId, col->id); !s)
        return ctx.fail(s.error());
    return 0;
}

int cardEdit(Context &ctx)
{
    CardOptions o;
    CommandLine cl(ctx, QCoreApplication::translate("SprintDeck::Cli", "Edit a card's fields."));
    cl.addOptions({o.title, o.points, o.priority, o.type, o.assignee, o.sprint, o.backlog, o.column,
                   o.label, o.description, o.blocked, o.unblocked});
    addKeyArgument(cl);
    if (!cl.parse(1, 1, QObject::tr("usage: sprintdeck card edit KEY [options]")))
        return cl.exitCode();
    Board *board = cl.board();
    if (!board)
        return cl.exitCode();
    const Card *c = findCard(ctx, *board, cl.argument(0));
    if (!c)
        return 1;
    Card edited = *c;
    int code = 0;
    if (!applyFields(ctx, *board, cl.parser(), o, edited, &code))
        return code;
    // A card that changes list goes to the end of its new list.
    if (edited.sprintId != c->sprintId || edited.columnId != c->columnId) {
        const qint64 sprintId = edited.sprintId, columnId = edited.columnId;
        // Checked first: the other fields are not written when the move is refused.
        if (Status s = board->checkSprintMembership(c->key, c->sprintId, sprintId); !s)
            return ctx.fail(s.error());
        edited.sprintId = c->sprintId;
        edited.columnId = c->columnId;
        if (Status s = board->updateCard(edited); !s)
            return ctx.fail(s.error());
        if (Status s = board->moveCards({c->id}, sprintId,
                                        sprintId ? columnId : (cl.isSet(o.column) ? columnId : 0));
            !s)
            return ctx.fail(s.error());
        return 0;
    }
    if (Status s = board->updateCard(edited); !s)
        return ctx.fail(s.error());
    return 0;
}

QStringList cardRow(Board &board, const Card &c)
{
    const Member *m = board.member(c.assigneeId);
    const Sprint *s = board.sprint(c.sprintId);
    return {c.key,
            c.title,
            formatPoints(c.points),
            priorityName(c.priority),
            cardTypeName(c.type),
            statusOf(board, c),
            m ? m->name : QString(),
            s ? s->name : QString(),
            c.labels.join(u','),
            c.blocked ? (c.blockedReason.isEmpty() ? u"yes"_s : c.blockedReason) : QString()};
}

int cardList(Context &ctx)
{
    CardOptions o;
    CommandLine cl(ctx,
                   QCoreApplication::translate("SprintDeck::Cli", "List cards in board order."));
    cl.addOptions({o.sprint, o.backlog, o.format});
    Format format;
    if (!cl.parse() || !cl.tableFormat(cl.value(o.format), &format))
        return cl.exitCode();
    Board *board = cl.board();
    if (!board)
        return cl.exitCode();
    QList<qint64> sprintIds;
    if (cl.isSet(o.sprint)) {
        const Sprint *s = cl.sprintNamed(cl.value(o.sprint));
        if (!s)
            return cl.exitCode();
        sprintIds.append(s->id);
    } else if (cl.isSet(o.backlog)) {
        sprintIds.append(0);
    } else {
        for (const Sprint &s : board->sprints())
            sprintIds.append(s.id);
        sprintIds.append(0);
    }
    QList<QStringList> rows;
    for (qint64 sprintId : std::as_const(sprintIds)) {
        if (sprintId == 0) {
            for (qint64 id : board->backlog())
                rows.append(cardRow(*board, *board->card(id)));
            continue;
        }
        for (const Column &col : board->columns())
            for (qint64 id : board->cardsIn(sprintId, col.id))
                rows.append(cardRow(*board, *board->card(id)));
    }
    writeRows(ctx.out(), format,
              {u"Key"_s, u"Title"_s, u"Points"_s, u"Priority"_s, u"Type"_s, u"Status"_s,
               u"Assignee"_s, u"Sprint"_s, u"Labels"_s, u"Blocked"_s},
              rows);
    return 0;
}

int cardShow(Context &ctx)
{
    CommandLine cl(ctx,
                   QCoreApplication::translate("SprintDeck::Cli", "Show a card with its history."));
    addKeyArgument(cl);
    if (!cl.parse(1, 1, QObject::tr("usage: sprintdeck card show KEY")))
        return cl.exitCode();
    Board *board = cl.board();
    if (!board)
        return cl.exitCode();
    const Card *c = findCard(ctx, *board, cl.argument(0));
    if (!c)
        return 1;
    const QStringList row = cardRow(*board, *c);
    const QStringList names = {u"Key"_s,    u"Title"_s,  u"Points"_s,   u"Priority"_s,
                               u"Type"_s,   u"Status"_s, u"Assignee"_s, u"Sprint"_s,
                               u"Labels"_s, u"Blocked"_s};
    for (int i = 0; i < names.size(); ++i)
        ctx.out() << (names.at(i) + u':').leftJustified(11) << row.at(i) << '\n';
    if (!c->description.isEmpty())
        ctx.out() << '\n' << c->description.trimmed() << "\n";
    auto history = board->history(c->id);
    if (!history)
        return ctx.fail(history.error());
    ctx.out() << u'\n' << QCoreApplication::translate("SprintDeck::Cli", "History:") << u'\n';
    for (const Event &e : history.value()) {
        ctx.out() << "  " << e.at.toLocalTime().toString(u"yyyy-MM-dd HH:mm"_s) << "  "
                  << eventKindName(e.kind).leftJustified(11) << e.oldValue.simplified().left(40)
                  << " -> " << e.newValue.simplified().left(40);
        // On a shared board: who made it.
        if (const Member *author = e.authorId ? board->member(e.authorId) : nullptr)
            ctx.out() << "  (" << author->name << ')';
        ctx.out() << '\n';
    }
    ctx.out().flush();
    return 0;
}

int cardDelete(Context &ctx)
{
    CommandLine cl(ctx, QCoreApplication::translate("SprintDeck::Cli",
                                                    "Delete cards (their history is kept)."));
    cl.addPositionalArgument(u"KEY"_s,
                             QCoreApplication::translate("SprintDeck::Cli", "Keys of the cards."),
                             u"KEY..."_s);
    if (!cl.parse(1, -1, QObject::tr("usage: sprintdeck card delete KEY...")))
        return cl.exitCode();
    Board *board = cl.board();
    if (!board)
        return cl.exitCode();
    QList<qint64> ids;
    for (const QString &key : cl.arguments()) {
        const Card *c = findCard(ctx, *board, key);
        if (!c)
            return 1;
        ids.append(c->id);
    }
    if (Status s = board->deleteCards(ids); !s)
        return ctx.fail(s.error());
    return 0;
}

} // namespace

int cardCommand(Context &ctx)
{
    // Outside the brace list below, where lupdate would file it under a wrong context.
    const QString unknownCommand = QObject::tr("unknown card command \u201c%1\u201d");
    return runSubcommand(
        ctx,
        {{"add", &cardAdd},
         {"move", &cardMove},
         {"edit", &cardEdit},
         {"list", &cardList},
         {"show", &cardShow},
         {"delete", &cardDelete}},
        {QCoreApplication::translate(
             "SprintDeck::Cli",
             "Usage: sprintdeck card add|move|edit|list|show|delete [--db FILE] ...\n"
             "Run 'sprintdeck card COMMAND --help' for the options of each.\n"),
         unknownCommand});
}

} // namespace SprintDeck::Cli
