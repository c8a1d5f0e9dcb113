#include "core/io/csvexporter.h"

#include "core/board/board.h"
#include "core/storage/analyticsstore.h"

#include <QHash>

#include <algorithm>
#include <climits>

using namespace Qt::StringLiterals;

namespace SprintDeck {

namespace {

QString isoUtc(const QDateTime &dt)
{
    return dt.isValid() ? dt.toUTC().toString(Qt::ISODate) : QString();
}

/** When each card last entered a done column. */
QHash<qint64, QDateTime> resolvedTimes(Board &board)
{
    QList<qint64> doneIds;
    for (const Column &c : board.columns())
        if (c.done)
            doneIds.append(c.id);
    return AnalyticsStore(board.database()).lastMovesInto(doneIds);
}

} // namespace

QString CsvExporter::field(const QString &value)
{
    if (!value.contains(u',') && !value.contains(u'"') && !value.contains(u'\n') &&
        !value.contains(u'\r') && value.trimmed() == value)
        return value;
    QString q = value;
    q.replace(u'"', u"\"\""_s);
    return u'"' + q + u'"';
}

Result<QByteArray> CsvExporter::write(Board &board, qint64 sprintId)
{
    QList<const Card *> cards;
    for (const Card &c : board.cards())
        if (sprintId == 0 || c.sprintId == sprintId)
            cards.append(&c);
    // Board order: sprints by start, then columns, then rank; the backlog last.
    QHash<qint64, int> sprintOrder, columnOrder;
    for (int i = 0; i < board.sprints().size(); ++i)
        sprintOrder.insert(board.sprints().at(i).id, i);
    for (int i = 0; i < board.columns().size(); ++i)
        columnOrder.insert(board.columns().at(i).id, i);
    std::sort(cards.begin(), cards.end(), [&](const Card *a, const Card *b) {
        const int sa = a->sprintId ? sprintOrder.value(a->sprintId) : INT_MAX;
        const int sb = b->sprintId ? sprintOrder.value(b->sprintId) : INT_MAX;
        if (sa != sb)
            return sa < sb;
        const int ca = a->sprintId ? columnOrder.value(a->columnId) : 0;
        const int cb = b->sprintId ? columnOrder.value(b->columnId) : 0;
        if (ca != cb)
            return ca < cb;
        return a->rank != b->rank ? a->rank < b->rank : a->id < b->id;
    });
    qsizetype labelColumns = 1;
    for (const Card *c : std::as_const(cards))
        labelColumns = qMax(labelColumns, c->labels.size());

    QStringList header = {
        u"Issue key"_s, u"Summary"_s,  u"Issue Type"_s, u"Status"_s,
        u"Priority"_s,  u"Assignee"_s, u"Sprint"_s,     u"Custom field (Story Points)"_s};
    for (qsizetype i = 0; i < labelColumns; ++i)
        header.append(u"Labels"_s);
    header += QStringList{u"Custom field (Flagged)"_s,
                          u"Custom field (Blocked Reason)"_s,
                          u"Description"_s,
                          u"Created"_s,
                          u"Updated"_s,
                          u"Resolved"_s,
                          u"Sprint Start"_s,
                          u"Sprint End"_s};

    const QHash<qint64, QDateTime> resolved = resolvedTimes(board);
    QString out;
    out.reserve(int(cards.size()) * 200 + 512);
    auto writeRow = [&out](const QStringList &fields) {
        for (int i = 0; i < fields.size(); ++i) {
            if (i)
                out += u',';
            out += field(fields.at(i));
        }
        out += u"\r\n"_s;
    };
    writeRow(header);
    for (const Card *c : std::as_const(cards)) {
        const Column *column = board.column(c->columnId);
        const Sprint *sprint = c->sprintId ? board.sprint(c->sprintId) : nullptr;
        const Member *member = c->assigneeId ? board.member(c->assigneeId) : nullptr;
        QStringList row = {c->key,
                           c->title,
                           cardTypeName(c->type),
                           column ? column->name : QString(),
                           priorityName(c->priority),
                           member ? member->name : QString(),
                           sprint ? sprint->name : QString(),
                           formatPoints(c->points)};
        for (qsizetype i = 0; i < labelColumns; ++i)
            row.append(i < c->labels.size() ? c->labels.at(i) : QString());
        row.append(c->blocked ? u"Impediment"_s : QString());
        row.append(c->blockedReason);
        row.append(c->description);
        row.append(isoUtc(c->createdAt));
        row.append(isoUtc(c->updatedAt));
        row.append(column && column->done ? isoUtc(resolved.value(c->id, c->updatedAt))
                                          : QString());
        row.append(sprint ? sprint->start.toString(Qt::ISODate) : QString());
        row.append(sprint ? sprint->end.toString(Qt::ISODate) : QString());
        writeRow(row);
    }
    return QByteArray("\xEF\xBB\xBF") + out.toUtf8();
}

} // namespace SprintDeck
