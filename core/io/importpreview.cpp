#include "io/importpreview.h"

#include "board/board.h"
#include "io/localclock.h"

#include <QHash>
#include <QObject>
#include <QSet>
#include <QTimeZone>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace SprintDeck {

namespace {

bool isOneOf(const QString &s, std::initializer_list<const char16_t *> words)
{
    for (const char16_t *w : words)
        if (s == QStringView(w))
            return true;
    return false;
}

/** The first column whose name contains one of the words. */
qint64 columnNamed(const Board &board, std::initializer_list<const char16_t *> words,
                   bool allowDone = false)
{
    for (const Column &c : board.columns()) {
        if (c.done && !allowDone)
            continue;
        const QString name = c.name.toLower();
        for (const char16_t *w : words)
            if (name.contains(QStringView(w)))
                return c.id;
    }
    return 0;
}

qint64 progressColumn(const Board &board)
{
    if (qint64 id = columnNamed(board, {u"progress", u"doing", u"develop", u"active", u"wip"}))
        return id;
    const QList<Column> &columns = board.columns();
    if (columns.size() > 2 && !columns.at(1).done)
        return columns.at(1).id;
    return board.firstColumnId();
}

struct Merged
{
    ImportCard card;
    QString source;
};

/** Later plans override what they say about a card that an earlier plan listed too. */
void mergeInto(ImportCard &into, const ImportCard &from)
{
    into.title = from.title.isEmpty() ? into.title : from.title;
    if (from.points)
        into.points = from.points;
    if (!from.status.isEmpty())
        into.status = from.status;
    if (from.priority)
        into.priority = from.priority;
    if (from.type)
        into.type = from.type;
    if (from.assignee)
        into.assignee = from.assignee;
    if (from.labels)
        into.labels = from.labels;
    if (from.checklist)
        into.checklist = from.checklist;
    if (from.description)
        into.description = from.description;
    into.blocked = into.blocked || from.blocked;
    if (!from.blockedReason.isEmpty())
        into.blockedReason = from.blockedReason;
    if (!from.sprint.isEmpty())
        into.sprint = from.sprint;
    if (from.created.isValid() && (!into.created.isValid() || from.created < into.created))
        into.created = from.created;
    into.history += from.history;
    std::stable_sort(into.history.begin(), into.history.end(),
                     [](const ImportStatusChange &a, const ImportStatusChange &b) {
                         return a.at.isValid() && b.at.isValid() ? a.at < b.at : a.at.isValid();
                     });
}

/**
 * A new card in a few words: "Sprint 4 · To Do · 3 pts · 2 checklist items". The words are
 * translated once for all the cards of an import.
 */
class CardSummary
{
public:
    explicit CardSummary(const Board &board)
        : m_board(board)
        , m_backlog(QObject::tr("backlog"))
        , m_points(QObject::tr("%1 pts"))
        , m_oneItem(QObject::tr("1 checklist item"))
        , m_items(QObject::tr("%1 checklist items"))
    {}

    QString of(const Card &c, const QString &sprintName) const
    {
        // "Sprint 4 · Done · 8 pts · 2 checklist items", written into one string.
        const QString &sprint = sprintName.isEmpty() ? m_backlog : sprintName;
        const Column *col = m_board.column(c.columnId);
        QString out;
        out.reserve(sprint.size() + (col ? col->name.size() : 0) + 48);
        out += sprint;
        const auto add = [&out](const QString &part) {
            out += u" \u00b7 ";
            out += part;
        };
        if (col)
            add(col->name);
        if (c.points)
            add(m_points.arg(formatPoints(c.points)));
        if (!c.checklist.isEmpty())
            add(c.checklist.size() == 1 ? m_oneItem : m_items.arg(c.checklist.size()));
        return out;
    }

private:
    const Board &m_board;
    const QString m_backlog, m_points, m_oneItem, m_items;
};

} // namespace

qint64 ImportPreview::defaultColumn(const Board &board, const QString &status, bool *known)
{
    if (known)
        *known = true;
    const QString s = status.simplified().toLower();
    if (s.isEmpty())
        return board.firstColumnId();
    if (const Column *c = board.columnByName(s))
        return c->id;
    if (isOneOf(s, {u"done", u"completed", u"complete", u"closed", u"resolved", u"finished",
                    u"delivered", u"merged", u"released", u"deployed", u"accepted", u"won't do",
                    u"won't fix", u"cancelled", u"canceled", u"rejected", u"duplicate"}))
        return board.firstDoneColumnId();
    if (isOneOf(s, {u"review", u"in review", u"code review", u"qa", u"in qa", u"testing",
                    u"in testing", u"ready for review", u"ready for qa", u"verify", u"verification",
                    u"under review", u"peer review"})) {
        if (qint64 id = columnNamed(board, {u"review", u"qa", u"test", u"verif"}))
            return id;
        return progressColumn(board);
    }
    if (isOneOf(s, {u"in progress", u"in-progress", u"doing", u"in development", u"development",
                    u"started", u"wip", u"active", u"implementing", u"ongoing", u"blocked",
                    u"on hold", u"impeded"}))
        return progressColumn(board);
    if (isOneOf(s, {u"to do", u"todo", u"open", u"new", u"backlog", u"selected for development",
                    u"ready", u"not started", u"planned", u"reopened", u"pending",
                    u"ready for development"}))
        return board.firstColumnId();
    if (known)
        *known = false;
    return board.firstColumnId();
}

int ImportPreview::count(Action action) const
{
    return int(std::count_if(m_items.cbegin(), m_items.cend(),
                             [action](const Item &i) { return i.action == action; }));
}

QStringList ImportPreview::warningTexts() const
{
    QStringList texts;
    for (int i = 0; i < m_warnings.size(); ++i) {
        const ImportWarning &w = m_warnings.at(i);
        const QString &source = m_warningSources.at(i);
        if (source.isEmpty())
            texts.append(w.toString());
        else if (w.line > 0)
            texts.append(QObject::tr("%1, line %2: %3").arg(source).arg(w.line).arg(w.message));
        else
            texts.append(QObject::tr("%1: %2").arg(source, w.message));
    }
    return texts;
}

QString ImportPreview::summary() const
{
    QStringList parts;
    const int created = count(Action::Create);
    parts.append(created == 1 ? QObject::tr("1 card to create")
                              : QObject::tr("%1 cards to create").arg(created));
    parts.append(QObject::tr("%1 to update").arg(count(Action::Update)));
    parts.append(QObject::tr("%1 unchanged or skipped").arg(count(Action::Skip)));
    QString text = parts.join(u", "_s);
    if (!m_sprintsCreated.isEmpty())
        text += QObject::tr("; sprints to create: %1").arg(m_sprintsCreated.join(u", "_s));
    if (!m_sprintsUpdated.isEmpty())
        text += QObject::tr("; sprints to update: %1").arg(m_sprintsUpdated.join(u", "_s));
    if (!m_membersCreated.isEmpty())
        text += m_membersCreated.size() == 1
                    ? QObject::tr("; 1 member to add")
                    : QObject::tr("; %1 members to add").arg(m_membersCreated.size());
    if (!m_warnings.isEmpty())
        text += m_warnings.size() == 1 ? QObject::tr("; 1 warning")
                                       : QObject::tr("; %1 warnings").arg(m_warnings.size());
    return text;
}

Status ImportPreview::apply(Board &board) const
{
    if (!hasChanges())
        return {};
    return board.applyBatchAction(m_batch, m_label);
}

Result<ImportPreview> ImportPreview::build(const Board &board, const QList<ImportPlan> &plans,
                                           const ImportOptions &options)
{
    using R = Result<ImportPreview>;
    ImportPreview p;
    p.m_label = plans.size() == 1 ? QObject::tr("Import %1").arg(plans.first().source)
                                  : QObject::tr("Import %n files", nullptr, int(plans.size()));
    for (const ImportPlan &plan : plans) {
        for (const ImportWarning &w : plan.warnings) {
            p.m_warnings.append(w);
            p.m_warningSources.append(plans.size() > 1 ? plan.source : QString());
        }
    }
    auto warn = [&p](const QString &message) {
        p.m_warnings.append({0, message});
        p.m_warningSources.append(QString());
    };

    // One entry per card, in the order the plans list them.
    QList<Merged> cards;
    QHash<QString, int> indexOf;
    for (const ImportPlan &plan : plans) {
        for (const ImportCard &c : plan.cards) {
            const QString id = !c.key.isEmpty()
                                   ? u"k:"_s + c.key.toUpper()
                                   : u"t:"_s + c.sprint.toLower() + u'\n' + c.title.toLower();
            auto it = indexOf.constFind(id);
            if (it == indexOf.cend()) {
                indexOf.insert(id, int(cards.size()));
                cards.append({c, plan.source});
            } else {
                mergeInto(cards[*it].card, c);
            }
        }
    }

    // Statuses to columns.
    QHash<QString, qint64> columnOfStatus;
    QStringList statuses;
    QSet<QString> seenStatuses; // as written: the same few recur on every card
    for (const Merged &m : std::as_const(cards)) {
        auto add = [&](const QString &s) {
            if (s.isEmpty() || seenStatuses.contains(s))
                return;
            seenStatuses.insert(s);
            const QString lower = s.toLower();
            if (!columnOfStatus.contains(lower)) {
                columnOfStatus.insert(lower, 0);
                statuses.append(s);
            }
        };
        for (const ImportStatusChange &h : m.card.history)
            add(h.status);
        add(m.card.status);
    }
    for (const QString &status : std::as_const(statuses)) {
        Mapping mapping;
        mapping.status = status;
        qint64 columnId = 0;
        if (const auto chosen = options.columnFor(status)) {
            const Column *c = board.columnByName(*chosen);
            if (!c) {
                QStringList names;
                for (const Column &col : board.columns())
                    names.append(col.name);
                return R::failure(QObject::tr("There is no column \u201c%1\u201d for the status "
                                              "\u201c%2\u201d; the columns are %3")
                                      .arg(*chosen, status, names.join(u", "_s)));
            }
            columnId = c->id;
            mapping.byDefault = false;
        } else {
            columnId = defaultColumn(board, status, &mapping.known);
            if (!mapping.known)
                warn(QObject::tr("the status \u201c%1\u201d matches no column; its cards go to %2 "
                                 "(map it to another column)")
                         .arg(status,
                              board.column(columnId) ? board.column(columnId)->name : QString()));
        }
        mapping.column = board.column(columnId) ? board.column(columnId)->name : QString();
        columnOfStatus.insert(status.toLower(), columnId);
        p.m_mappings.append(mapping);
    }
    QHash<QString, qint64> columnOfWritten; // by the status as written, looked up once
    auto columnOf = [&](const QString &status) {
        if (status.isEmpty())
            return board.firstColumnId();
        auto it = columnOfWritten.constFind(status);
        if (it == columnOfWritten.cend())
            it = columnOfWritten.insert(
                status, columnOfStatus.value(status.toLower(), board.firstColumnId()));
        return *it;
    };

    // One sprint is active at a time: the board's active sprint, else of the documents' running
    // sprints the one that started last. Another running sprint is imported as closed when it
    // ended before that one started, else as planned.
    QString activeName;
    QDate activeStart;
    for (const Sprint &s : board.sprints())
        if (s.state == Sprint::State::Active) {
            activeName = s.name;
            activeStart = s.start;
        }
    if (activeName.isEmpty())
        for (const ImportPlan &plan : plans)
            for (const ImportSprint &s : plan.sprints)
                if (s.state == Sprint::State::Active &&
                    (activeName.isEmpty() || activeStart < s.start)) {
                    activeName = s.name.trimmed();
                    activeStart = s.start;
                }
    auto mayBeActive = [&activeName](const QString &name) {
        return activeName.compare(name.trimmed(), Qt::CaseInsensitive) == 0;
    };

    // Sprints: new ones get placeholder ids (-n: the n-th sprint of the batch).
    BoardBatch &batch = p.m_batch;
    QHash<QString, qint64> sprintIds;
    QHash<qint64, QDateTime> sprintBegins;
    for (const ImportPlan &plan : plans) {
        for (const ImportSprint &s : plan.sprints) {
            const QString key = s.name.toLower();
            if (sprintIds.contains(key))
                continue;
            if (const Sprint *existing = board.sprintByName(s.name)) {
                Sprint updated = *existing;
                if (!s.datesAssumed && s.start.isValid() && s.end.isValid() && s.start <= s.end) {
                    updated.start = s.start;
                    updated.end = s.end;
                }
                if (updated.goal.isEmpty())
                    updated.goal = s.goal;
                if (!s.stateAssumed && int(s.state) > int(updated.state) &&
                    (s.state != Sprint::State::Active || mayBeActive(s.name))) {
                    updated.state = s.state;
                    if (!updated.startedAt.isValid())
                        updated.startedAt = s.startedAt;
                    if (s.state == Sprint::State::Closed && !updated.closedAt.isValid())
                        updated.closedAt = s.closedAt;
                }
                if (!(updated == *existing)) {
                    batch.sprints.append(updated);
                    p.m_sprintsUpdated.append(updated.name);
                }
                sprintIds.insert(key, existing->id);
                sprintBegins.insert(existing->id, existing->startedAt.isValid()
                                                      ? existing->startedAt
                                                      : LocalClock::toUtc(existing->start, 8));
                continue;
            }
            Sprint n;
            n.name = s.name.trimmed();
            n.goal = s.goal;
            n.start = s.start;
            n.end = s.end;
            n.state = s.state;
            n.startedAt = s.startedAt;
            n.closedAt = s.closedAt;
            if (n.state == Sprint::State::Active && !mayBeActive(n.name)) {
                if (n.end.isValid() && activeStart.isValid() && n.end < activeStart) {
                    n.state = Sprint::State::Closed;
                    if (!n.closedAt.isValid())
                        n.closedAt = LocalClock::toUtc(n.end, 18);
                    warn(QObject::tr("%1 ended before %2 started; it is imported as closed")
                             .arg(n.name, activeName));
                } else {
                    n.state = Sprint::State::Planned;
                    warn(QObject::tr("%1 is the active sprint; %2 is imported as planned")
                             .arg(activeName, n.name));
                }
            }
            batch.sprints.append(n);
            const qint64 id = -qint64(batch.sprints.size());
            sprintIds.insert(key, id);
            sprintBegins.insert(id, s.startedAt.isValid() ? s.startedAt
                                                          : LocalClock::toUtc(s.start, 8));
            p.m_sprintsCreated.append(n.name);
        }
    }

    QHash<QString, qint64> memberIds;
    auto memberId = [&](const QString &name) -> qint64 {
        const QString n = name.simplified();
        if (n.isEmpty())
            return 0;
        if (const Member *m = board.memberByName(n))
            return m->id;
        auto it = memberIds.constFind(n.toLower());
        if (it != memberIds.cend())
            return *it;
        batch.members.append(Member{0, n, true});
        const qint64 id = -qint64(batch.members.size());
        memberIds.insert(n.toLower(), id);
        p.m_membersCreated.append(n);
        return id;
    };

    QHash<QPair<qint64, qint64>, double> lastRank;
    auto rankAtEnd = [&](qint64 sprintId, qint64 columnId) {
        const QPair<qint64, qint64> key{sprintId, sprintId == 0 ? 0 : columnId};
        auto it = lastRank.find(key);
        if (it == lastRank.end()) {
            double max = 0;
            if (sprintId >= 0)
                for (qint64 id : board.cardsIn(sprintId, columnId))
                    max = qMax(max, board.card(id)->rank);
            it = lastRank.insert(key, max);
        }
        *it += 1024;
        return *it;
    };
    auto sprintName = [&](qint64 id) -> QString {
        if (id > 0)
            return board.sprint(id) ? board.sprint(id)->name : QString();
        if (id < 0)
            return batch.sprints.at(-id - 1).name;
        return {};
    };

    // Lookups of the board's cards by key, and by title within a sprint for cards without a key.
    QHash<QString, const Card *> byKey;
    QHash<QPair<qint64, QString>, const Card *> byTitle;
    byKey.reserve(board.cardCount());
    for (const Card &c : board.cards()) {
        byKey.insert(c.key.toUpper(), &c);
        const QPair<qint64, QString> title{c.sprintId, c.title.toLower()};
        auto it = byTitle.find(title);
        if (it == byTitle.end() || c.id < (*it)->id)
            byTitle.insert(title, &c);
    }

    QSet<qint64> matched;
    const CardSummary summary(board);
    for (const Merged &m : std::as_const(cards)) {
        const ImportCard &ic = m.card;
        Item item;
        item.key = ic.key;
        item.title = ic.title;
        item.source = m.source;
        item.line = ic.line;
        if (ic.title.trimmed().isEmpty()) {
            item.action = Action::Skip;
            item.detail = QObject::tr("no title");
            p.m_items.append(item);
            continue;
        }
        qint64 sprintId = 0;
        if (!ic.sprint.isEmpty()) {
            sprintId = sprintIds.value(ic.sprint.toLower(), 0);
            if (!sprintId) {
                if (const Sprint *s = board.sprintByName(ic.sprint))
                    sprintId = s->id;
            }
        }
        const Card *existing = !ic.key.isEmpty()
                                   ? byKey.value(ic.key.toUpper())
                                   : byTitle.value({sprintId, ic.title.trimmed().toLower()});
        if (existing)
            item.key = existing->key;
        if (existing && matched.contains(existing->id)) {
            item.action = Action::Skip;
            item.detail = QObject::tr("listed twice; the first entry is imported");
            p.m_items.append(item);
            continue;
        }
        Card target = existing ? *existing : Card();
        if (!existing)
            target.key = ic.key;
        target.title = ic.title.trimmed();
        if (ic.points)
            target.points = ic.points;
        if (ic.priority)
            target.priority = *ic.priority;
        if (ic.type)
            target.type = *ic.type;
        if (ic.assignee)
            target.assigneeId = memberId(*ic.assignee);
        if (ic.labels)
            target.labels = *ic.labels;
        if (ic.checklist)
            target.checklist = *ic.checklist;
        if (ic.description)
            target.description = *ic.description;
        if (ic.blocked) {
            target.blocked = true;
            if (!ic.blockedReason.isEmpty())
                target.blockedReason = ic.blockedReason;
        }
        target.sprintId = sprintId;
        target.columnId = columnOf(ic.status);
        const bool listChanged = !existing || existing->sprintId != target.sprintId ||
                                 (target.sprintId != 0 && existing->columnId != target.columnId);
        if (listChanged)
            target.rank = rankAtEnd(target.sprintId, target.columnId);

        QList<CardStep> steps;
        if (existing) {
            matched.insert(existing->id);
            if (target == *existing) {
                item.action = Action::Skip;
                item.detail = QObject::tr("unchanged");
                p.m_items.append(item);
                continue;
            }
            item.action = Action::Update;
            item.key = existing->key;
            QStringList changes;
            auto colName = [&](qint64 id) {
                return board.column(id) ? board.column(id)->name : QString();
            };
            if (existing->columnId != target.columnId)
                changes.append(QObject::tr("%1 \u2192 %2")
                                   .arg(colName(existing->columnId), colName(target.columnId)));
            if (existing->sprintId != target.sprintId)
                changes.append(QObject::tr("sprint %1 \u2192 %2")
                                   .arg(sprintName(existing->sprintId).isEmpty()
                                            ? QObject::tr("backlog")
                                            : sprintName(existing->sprintId),
                                        sprintName(target.sprintId).isEmpty()
                                            ? QObject::tr("backlog")
                                            : sprintName(target.sprintId)));
            if (existing->points != target.points)
                changes.append(
                    QObject::tr("points %1 \u2192 %2")
                        .arg(formatPoints(existing->points), formatPoints(target.points)));
            if (existing->title != target.title)
                changes.append(QObject::tr("title"));
            if (existing->description != target.description)
                changes.append(QObject::tr("description"));
            if (existing->checklist != target.checklist)
                changes.append(QObject::tr("checklist"));
            if (existing->priority != target.priority)
                changes.append(QObject::tr("priority %1").arg(priorityName(target.priority)));
            if (existing->type != target.type)
                changes.append(QObject::tr("type %1").arg(cardTypeName(target.type)));
            if (existing->assigneeId != target.assigneeId)
                changes.append(QObject::tr("assignee"));
            if (existing->labels != target.labels)
                changes.append(QObject::tr("labels"));
            if (existing->blocked != target.blocked ||
                existing->blockedReason != target.blockedReason)
                changes.append(QObject::tr("blocked"));
            item.detail = changes.join(u", "_s);
            // Statuses dated after the card's last change keep their dates.
            Card state = *existing;
            QDateTime last;
            for (const ImportStatusChange &h : ic.history) {
                if (!h.at.isValid() || h.at <= existing->updatedAt)
                    continue;
                Card next = state;
                next.columnId = columnOf(h.status);
                next.sprintId = target.sprintId;
                if (next.sprintId != state.sprintId || next.columnId != state.columnId)
                    next.rank = target.rank;
                if (next == state)
                    continue;
                last = last.isValid() ? qMax(last, h.at) : h.at;
                steps.append({next, last});
                state = next;
            }
            if (!(state == target))
                steps.append({target, last});
        } else {
            item.action = Action::Create;
            item.detail = summary.of(target, sprintName(sprintId));
            QDateTime created = ic.created;
            if (!created.isValid()) {
                if (sprintId && sprintBegins.value(sprintId).isValid())
                    created = sprintBegins.value(sprintId).addSecs(-3600);
                for (const ImportStatusChange &h : ic.history)
                    if (h.at.isValid() && (!created.isValid() || h.at < created))
                        created = h.at.addSecs(-60);
            }
            Card first = target;
            first.columnId = board.firstColumnId();
            if (ic.addedToSprint.isValid())
                first.sprintId = 0;
            if (first.sprintId != target.sprintId || first.columnId != target.columnId)
                first.rank = rankAtEnd(first.sprintId, first.columnId);
            steps.append({first, created});
            QDateTime last = created;
            auto later = [&last](const QDateTime &at) {
                if (!at.isValid())
                    return QDateTime();
                if (last.isValid() && at < last)
                    return last;
                last = at;
                return at;
            };
            if (ic.addedToSprint.isValid()) {
                Card joined = steps.last().state;
                joined.sprintId = target.sprintId;
                steps.append({joined, later(ic.addedToSprint)});
            }
            for (const ImportStatusChange &h : ic.history) {
                Card next = steps.last().state;
                next.columnId = columnOf(h.status);
                if (next.columnId == steps.last().state.columnId)
                    continue;
                if (next.sprintId == target.sprintId && next.columnId == target.columnId)
                    next.rank = target.rank;
                steps.append({next, later(h.at)});
            }
            if (!(steps.last().state == target)) {
                const QDateTime at = steps.last().at;
                steps.append({target, at});
            }
        }
        if (!steps.isEmpty())
            batch.cards.append(steps);
        p.m_items.append(item);
    }
    return p;
}

} // namespace SprintDeck
