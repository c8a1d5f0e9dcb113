#include "core/standup/standupfill.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QTimeZone>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace SprintDeck {

namespace {

/** A card's state as its history tells it at some moment. */
struct Replayed
{
    bool exists = false;
    QString key;
    QString title;
    std::optional<double> points;
    Priority priority = Priority::P3;
    qint64 columnId = 0;
    qint64 sprintId = 0;
    qint64 assigneeId = 0;
    bool blocked = false;
    QString blockedReason;
};

void apply(const Event &e, Replayed &s)
{
    switch (e.kind) {
    case Event::Kind::Created:
        s.exists = true;
        s.key = e.newValue;
        break;
    case Event::Kind::Restored:
        s.exists = true;
        break;
    case Event::Kind::Deleted:
        s.exists = false;
        break;
    case Event::Kind::Moved:
        s.columnId = e.newValue.toLongLong();
        break;
    case Event::Kind::Sprint:
        s.sprintId = e.newValue.toLongLong();
        break;
    case Event::Kind::Title:
        s.title = e.newValue;
        break;
    case Event::Kind::Points: {
        bool ok = false;
        const double v = e.newValue.toDouble(&ok);
        s.points = ok ? std::optional<double>(v) : std::nullopt;
        break;
    }
    case Event::Kind::Priority:
        s.priority = parsePriority(e.newValue).value_or(Priority::P3);
        break;
    case Event::Kind::Assignee:
        s.assigneeId = e.newValue.toLongLong();
        break;
    case Event::Kind::Blocked:
        s.blocked = !e.newValue.isEmpty();
        s.blockedReason = e.newValue.startsWith(u"blocked: "_s) ? e.newValue.mid(9) : QString();
        break;
    case Event::Kind::Ranked:
    case Event::Kind::Description:
    case Event::Kind::Type:
    case Event::Kind::Labels:
    case Event::Kind::Checklist:
        break;
    }
}

QString pointsText(const std::optional<double> &points)
{
    if (!points)
        return {};
    return *points == 1.0 ? QCoreApplication::translate("SprintDeck::StandupFill", "(1 point)")
                          : QCoreApplication::translate("SprintDeck::StandupFill", "(%1 points)")
                                .arg(formatPoints(points));
}

} // namespace

QString markdownEscaped(const QString &text)
{
    QString out;
    out.reserve(text.size() + 8);
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        static const QString special = u"\\`*_[]<>|~"_s;
        if (special.contains(c) || (i == 0 && (c == u'#' || c == u'+' || c == u'-')))
            out += u'\\';
        out += c;
    }
    return out;
}

QString StandupItem::markdownLine(StandupEntry::Field field) const
{
    QString line = markdownEscaped(key) + u": "_s + markdownEscaped(title);
    const QString pts = pointsText(points);
    if (field != StandupEntry::Field::Blockers && !pts.isEmpty())
        line += u' ' + pts;
    switch (field) {
    case StandupEntry::Field::Yesterday:
        line += finished ? u" \u2192 **%1**"_s.arg(markdownEscaped(column))
                         : u" \u2192 %1"_s.arg(markdownEscaped(column));
        break;
    case StandupEntry::Field::Today:
        line += u" - "_s + markdownEscaped(column);
        if (blocked)
            line +=
                u" (%1)"_s.arg(QCoreApplication::translate("SprintDeck::StandupFill", "blocked"));
        break;
    case StandupEntry::Field::Blockers:
        line += u" - "_s + (blockedReason.trimmed().isEmpty()
                                ? QCoreApplication::translate("SprintDeck::StandupFill",
                                                              "blocked, no reason given")
                                : markdownEscaped(blockedReason.trimmed()));
        break;
    }
    return line;
}

const QList<StandupItem> &StandupProposal::items(StandupEntry::Field field) const
{
    switch (field) {
    case StandupEntry::Field::Yesterday:
        return yesterday;
    case StandupEntry::Field::Today:
        return today;
    case StandupEntry::Field::Blockers:
        return blockers;
    }
    return yesterday;
}

QString StandupProposal::markdown(StandupEntry::Field field) const
{
    QString text;
    for (const StandupItem &item : items(field))
        text += u"- "_s + item.markdownLine(field) + u'\n';
    return text;
}

QList<StandupCardState> StandupFill::replay(const StandupFillInput &input)
{
    QHash<qint64, int> position;
    QHash<qint64, const Column *> columns;
    for (int i = 0; i < input.columns.size(); ++i) {
        position.insert(input.columns.at(i).id, i);
        columns.insert(input.columns.at(i).id, &input.columns.at(i));
    }
    const qint64 firstColumn = input.columns.isEmpty() ? 0 : input.columns.first().id;
    auto isDone = [&](qint64 id) {
        const Column *c = columns.value(id);
        return c && c->done;
    };

    // Group the history per card, keeping its order.
    QHash<qint64, QList<const Event *>> perCard;
    QList<qint64> order;
    for (const Event &e : input.events) {
        auto it = perCard.find(e.cardId);
        if (it == perCard.end()) {
            order.append(e.cardId);
            it = perCard.insert(e.cardId, {});
        }
        it->append(&e);
    }

    QList<StandupCardState> result;
    result.reserve(order.size());
    for (qint64 cardId : std::as_const(order)) {
        Replayed s;
        Replayed start;
        bool startTaken = false;
        QDateTime lastMove;
        qint64 ownerAtMove = 0;
        qint64 moveAuthor = 0;
        for (const Event *e : perCard.value(cardId)) {
            if (e->at > input.until)
                break;
            if (!startTaken && e->at >= input.since) {
                start = s;
                startTaken = true;
            }
            apply(*e, s);
            if (e->at >= input.since) {
                // The created event's assignee follows its move at the same instant.
                if (e->kind == Event::Kind::Moved) {
                    lastMove = e->at;
                    moveAuthor = e->authorId;
                }
                if (lastMove.isValid() && e->at == lastMove)
                    ownerAtMove = s.assigneeId;
            }
        }
        if (!startTaken)
            start = s;
        const Column *column = columns.value(s.columnId);
        if (!s.exists || !column)
            continue; // deleted, or in a column that was removed since

        const Card current = input.cards.value(cardId);
        StandupCardState state;
        StandupItem &item = state.item;
        item.cardId = cardId;
        item.key = s.key.isEmpty() ? current.key : s.key;
        item.title = s.title.isEmpty() ? current.title : s.title;
        item.points = s.points;
        item.priority = s.priority;
        item.blocked = s.blocked;
        item.blockedReason = s.blockedReason;
        item.column = column->name;
        state.assigneeId = s.assigneeId;
        state.sprintId = s.sprintId;
        state.columnId = s.columnId;
        state.done = column->done;
        state.firstColumn = s.columnId == firstColumn;

        if (lastMove.isValid()) {
            const bool startDone = start.exists && isDone(start.columnId);
            const int startPos = start.exists ? position.value(start.columnId, -1) : 0;
            const int endPos = position.value(s.columnId, -1);
            item.finished = state.done && !startDone;
            state.movedForward =
                item.finished || (!state.done && !startDone && startPos >= 0 && endPos > startPos);
            // On a shared board the member who moved it did the work; else its assignee.
            state.movedBy = moveAuthor ? moveAuthor : ownerAtMove;
            item.at = lastMove;
        }
        result.append(state);
    }
    return result;
}

QList<StandupProposal> StandupFill::propose(const StandupFillInput &input)
{
    QHash<qint64, StandupProposal> byMember;
    for (const Member &m : input.members)
        byMember.insert(m.id, StandupProposal{m.id, {}, {}, {}});

    for (const StandupCardState &state : replay(input)) {
        if (state.movedForward) {
            auto owner = byMember.find(state.movedBy);
            if (owner != byMember.end())
                owner->yesterday.append(state.item);
        }
        // Today and Blockers: the state at `until`.
        auto owner = byMember.find(state.assigneeId);
        if (owner == byMember.end() || state.done)
            continue;
        if (input.sprintId && state.sprintId != input.sprintId)
            continue;
        StandupItem now = state.item;
        now.finished = false;
        now.at = {};
        if (!state.firstColumn)
            owner->today.append(now);
        if (state.item.blocked)
            owner->blockers.append(now);
    }

    QHash<QString, int> positionByName; // column names are unique on a board
    for (int i = 0; i < input.columns.size(); ++i)
        positionByName.insert(input.columns.at(i).name, i);
    QList<StandupProposal> result;
    result.reserve(input.members.size());
    for (const Member &m : input.members) {
        StandupProposal p = byMember.value(m.id);
        std::stable_sort(p.yesterday.begin(), p.yesterday.end(),
                         [](const StandupItem &a, const StandupItem &b) { return a.at < b.at; });
        // Closest to done first, then by priority.
        std::stable_sort(p.today.begin(), p.today.end(),
                         [&](const StandupItem &a, const StandupItem &b) {
                             const int posA = positionByName.value(a.column);
                             const int posB = positionByName.value(b.column);
                             return posA != posB ? posA > posB : a.priority < b.priority;
                         });
        std::stable_sort(
            p.blockers.begin(), p.blockers.end(),
            [](const StandupItem &a, const StandupItem &b) { return a.priority < b.priority; });
        result.append(p);
    }
    return result;
}

bool StandupFill::mentions(const QString &text, const QString &key)
{
    if (key.isEmpty())
        return false;
    // Markdown written by the editor may escape characters of the key.
    QString plain = text;
    plain.remove(u'\\');
    const QRegularExpression re(u"(?<![A-Za-z0-9_-])"_s + QRegularExpression::escape(key) +
                                    u"(?![A-Za-z0-9_])"_s,
                                QRegularExpression::CaseInsensitiveOption);
    return re.match(plain).hasMatch();
}

StandupFill::Merge StandupFill::merge(const QString &current, const QList<StandupItem> &items,
                                      StandupEntry::Field field)
{
    Merge m;
    if (current.trimmed().isEmpty()) {
        m.text = appended(QString(), items, field);
        return m;
    }
    m.text = current;
    for (const StandupItem &item : items)
        if (!mentions(current, item.key))
            m.pending.append(item);
    return m;
}

int StandupEntryFill::suggestedCount() const
{
    int count = 0;
    for (const QList<StandupItem> &items : pending)
        if (!items.isEmpty())
            ++count;
    return count;
}

StandupEntryFill StandupFill::fillEntry(const StandupEntry &current,
                                        const StandupProposal &proposal)
{
    StandupEntryFill fill;
    fill.proposal = proposal;
    fill.entry = current;
    for (StandupEntry::Field field : kStandupFields) {
        const Merge m = merge(current.text(field), proposal.items(field), field);
        if (current.text(field).trimmed().isEmpty() && !m.text.isEmpty()) {
            fill.entry.setText(field, m.text);
            fill.filled.append(field);
        }
        if (!m.pending.isEmpty())
            fill.pending.insert(field, m.pending);
    }
    return fill;
}

QString StandupFill::appended(const QString &current, const QList<StandupItem> &items,
                              StandupEntry::Field field)
{
    QString text = current;
    while (!text.isEmpty() && text.back().isSpace())
        text.chop(1);
    if (items.isEmpty())
        return text.isEmpty() ? QString() : text + u'\n';
    if (!text.isEmpty()) {
        // A list continues on the next line; after other text it starts after a blank line.
        const QString lastLine = text.mid(text.lastIndexOf(u'\n') + 1).trimmed();
        const bool inList = lastLine.startsWith(u"- "_s) || lastLine.startsWith(u"* "_s) ||
                            lastLine.startsWith(u"+ "_s);
        text += inList ? u"\n"_s : u"\n\n"_s;
    }
    for (const StandupItem &item : items)
        text += u"- "_s + item.markdownLine(field) + u'\n';
    return text;
}

qint64 StandupFill::sprintForDate(const QList<Sprint> &sprints, QDate date)
{
    qint64 covering = 0;
    for (const Sprint &s : sprints) {
        if (s.start <= date && date <= s.end) {
            if (s.state == Sprint::State::Active)
                return s.id;
            if (!covering || s.state == Sprint::State::Planned)
                covering = s.id;
        }
    }
    if (covering)
        return covering;
    // A sprint that ran over its end date, or was started before its first day, is the team's
    // sprint from the day it started until it is closed.
    for (const Sprint &s : sprints) {
        if (s.state != Sprint::State::Active)
            continue;
        const QDate started = s.startedAt.isValid() ? s.startedAt.toLocalTime().date() : s.start;
        if (qMin(s.start, started) <= date)
            return s.id;
    }
    return 0;
}

QDate StandupFill::previousWorkingDay(const QList<Sprint> &sprints, QDate date)
{
    for (QDate day = date.addDays(-1); day >= date.addDays(-31); day = day.addDays(-1)) {
        const Sprint *sprint = nullptr;
        for (const Sprint &s : sprints)
            if (s.start <= day && day <= s.end)
                sprint = &s;
        const bool working = sprint ? sprint->isWorkingDay(day) : day.dayOfWeek() < 6;
        if (working)
            return day;
    }
    return date.addDays(-1);
}

QDateTime StandupFill::startOfDay(QDate date)
{
    return date.startOfDay(QTimeZone::systemTimeZone()).toUTC();
}

} // namespace SprintDeck
