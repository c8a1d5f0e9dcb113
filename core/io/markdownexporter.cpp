#include "core/io/markdownexporter.h"

#include "core/board/board.h"

#include <QLocale>
#include <QObject>
#include <QRegularExpression>

#include <map>

using namespace Qt::StringLiterals;

namespace SprintDeck {

namespace {

QString number(double v)
{
    return QString::number(v, 'g', 6);
}

QString statusWord(const QString &columnName)
{
    return columnName.toUpper();
}

QString columnMarker(const Board &board, const Column &c)
{
    if (c.done)
        return u"\u2705 "_s;
    if (c.id == board.firstColumnId())
        return u"\U0001F4CB "_s;
    return u"\U0001F504 "_s;
}

} // namespace

Result<QByteArray> MarkdownExporter::write(Board &board, qint64 sprintId, QDate today)
{
    if (sprintId == 0)
        sprintId = board.currentSprintId();
    const Sprint *sprint = board.sprint(sprintId);
    if (!sprint)
        return Result<QByteArray>::failure(QObject::tr("The board has no sprint to report on"));

    QList<const Card *> cards;
    for (const Card &c : board.cards())
        if (c.sprintId == sprint->id)
            cards.append(&c);
    double total = 0, completed = 0;
    std::map<int, std::pair<double, double>> byPriority; // points, completed
    for (const Card *c : std::as_const(cards)) {
        const double p = c->points.value_or(0);
        const bool done = board.isDoneColumn(c->columnId);
        total += p;
        completed += done ? p : 0;
        auto &row = byPriority[int(c->priority)];
        row.first += p;
        row.second += done ? p : 0;
    }
    const int percent = total > 0 ? int(completed * 100.0 / total + 0.5) : 0;
    QString state = sprint->state == Sprint::State::Closed   ? u"COMPLETED"_s
                    : sprint->state == Sprint::State::Active ? u"IN PROGRESS"_s
                                                             : u"PLANNED"_s;

    QString md;
    md += u"# %1 Status Report\n\n"_s.arg(sprint->name);
    md += u"**Sprint:** %1\n"_s.arg(sprint->name);
    if (!sprint->goal.isEmpty())
        md += u"**Sprint Goal:** %1\n"_s.arg(sprint->goal.simplified());
    md += u"**Sprint Duration:** %1 to %2 (%3 working days)\n"_s
              .arg(sprint->start.toString(Qt::ISODate), sprint->end.toString(Qt::ISODate))
              .arg(sprint->workingDays());
    md += u"**Status:** %1 - %2/%3 Story Points (%4%)\n"_s
              .arg(state, number(completed), number(total))
              .arg(percent);
    md += u"**Report Generated:** %1\n\n---\n\n"_s.arg(today.toString(Qt::ISODate));

    md += u"## \U0001F4C8 Sprint Progress\n\n"_s;
    md +=
        u"| Priority | Story Points | Completed | Remaining |\n|----------|--------------|-----------|-----------|\n"_s;
    for (const auto &[priority, row] : byPriority)
        md += u"| %1 | %2 | %3 | %4 |\n"_s.arg(priorityName(Priority(priority)), number(row.first),
                                               number(row.second), number(row.first - row.second));
    md += u"| **Total** | **%1** | **%2** | **%3** |\n\n"_s.arg(number(total), number(completed),
                                                                number(total - completed));
    md += u"**Overall Progress**: %1% (%2/%3 points)\n\n---\n"_s.arg(percent).arg(number(completed),
                                                                                  number(total));

    for (const Column &column : board.columns()) {
        const QList<qint64> &ids = board.cardsIn(sprint->id, column.id);
        if (ids.isEmpty())
            continue;
        // "## Backlog" would read as "not in this sprint" when imported again.
        static const QRegularExpression elsewhere(
            uR"(^(backlog|future|icebox|later|parking lot|next sprint)\b)"_s,
            QRegularExpression::CaseInsensitiveOption);
        const QString heading = elsewhere.match(column.name).hasMatch()
                                    ? QObject::tr("Column: %1").arg(column.name)
                                    : column.name;
        md += u"\n## %1%2\n"_s.arg(columnMarker(board, column), heading);
        for (qint64 id : ids) {
            const Card &c = *board.card(id);
            md += u"\n### %1: %2"_s.arg(c.key, c.title.simplified());
            if (c.points)
                md += u" (%1 points)"_s.arg(formatPoints(c.points));
            md += u" - **%1**\n\n"_s.arg(statusWord(column.name));
            QStringList fields;
            if (const Member *m = board.member(c.assigneeId))
                fields.append(u"**Assignee:** %1"_s.arg(m->name));
            fields.append(u"**Priority:** %1"_s.arg(priorityName(c.priority)));
            fields.append(u"**Type:** %1"_s.arg(cardTypeName(c.type)));
            if (!c.labels.isEmpty())
                fields.append(u"**Labels:** %1"_s.arg(c.labels.join(u", "_s)));
            if (c.blocked)
                fields.append(u"**Blocked:** %1"_s.arg(
                    c.blockedReason.isEmpty() ? u"yes"_s : c.blockedReason.simplified()));
            md += fields.join(u'\n') + u"\n"_s;
            if (!c.description.trimmed().isEmpty())
                md += u"\n"_s + c.description.trimmed() + u"\n"_s;
            QString group;
            bool first = true;
            for (const ChecklistItem &item : c.checklist) {
                if (first || item.group != group) {
                    md += u"\n"_s;
                    if (!item.group.isEmpty())
                        md += item.estimate.isEmpty()
                                  ? u"#### %1\n\n"_s.arg(item.group)
                                  : u"#### %1 [%2]\n\n"_s.arg(item.group, item.estimate);
                    group = item.group;
                    first = false;
                }
                md += u"- [%1] %2\n"_s.arg(item.done ? u"x"_s : u" "_s, item.text.simplified());
            }
        }
    }
    return md.toUtf8();
}

} // namespace SprintDeck
