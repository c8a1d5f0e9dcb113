#include "core/io/importpreviewbuilder.h"

#include "core/board/board.h"
#include "core/io/localclock.h"

#include <QObject>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace SprintDeck {

namespace {

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

/** What identifies a card across plans: its key, else its title within its sprint. */
QString identityOf(const ImportCard &c)
{
    return !c.key.isEmpty() ? u"k:"_s + c.key.toUpper()
                            : u"t:"_s + c.sprint.toLower() + u'\n' + c.title.toLower();
}

/** A new sprint as the plan describes it, before the choice of the active sprint. */
Sprint sprintFrom(const ImportSprint &s)
{
    Sprint n;
    n.name = s.name.trimmed();
    n.goal = s.goal;
    n.start = s.start;
    n.end = s.end;
    n.state = s.state;
    n.startedAt = s.startedAt;
    n.closedAt = s.closedAt;
    return n;
}

} // namespace

/**
 * A new card in a few words: "Sprint 4 · To Do · 3 pts · 2 checklist items". The words are
 * translated once for all the cards of an import.
 */
class ImportPreview::Builder::CardSummary
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

ImportPreview::Builder::Builder(const Board &board, const QList<ImportPlan> &plans,
                                const ImportOptions &options)
    : m_board(board)
    , m_plans(plans)
    , m_options(options)
{}

Result<ImportPreview> ImportPreview::Builder::build()
{
    m_preview.m_label = m_plans.size() == 1
                            ? QObject::tr("Import %1").arg(m_plans.first().source)
                            : QObject::tr("Import %n files", nullptr, int(m_plans.size()));
    collectWarnings();
    mergeCards();
    if (Status mapped = mapStatuses(); !mapped)
        return Result<ImportPreview>::failure(mapped.error());
    chooseActiveSprint();
    planSprints();
    indexBoardCards();
    planCards();
    return std::move(m_preview);
}

void ImportPreview::Builder::collectWarnings()
{
    for (const ImportPlan &plan : m_plans) {
        for (const ImportWarning &w : plan.warnings) {
            m_preview.m_warnings.append(w);
            m_preview.m_warningSources.append(m_plans.size() > 1 ? plan.source : QString());
        }
    }
}

void ImportPreview::Builder::warn(const QString &message)
{
    m_preview.m_warnings.append({0, message});
    m_preview.m_warningSources.append(QString());
}

void ImportPreview::Builder::mergeCards()
{
    QHash<QString, int> indexOf;
    for (const ImportPlan &plan : m_plans) {
        for (const ImportCard &c : plan.cards) {
            const QString id = identityOf(c);
            auto it = indexOf.constFind(id);
            if (it == indexOf.cend()) {
                indexOf.insert(id, int(m_cards.size()));
                m_cards.append({c, plan.source});
            } else {
                mergeInto(m_cards[*it].card, c);
            }
        }
    }
}

/** The statuses of the cards and their histories, each once (without case), as first written. */
QStringList ImportPreview::Builder::statusesAsWritten() const
{
    QSet<QString> lowered;
    QStringList statuses;
    QSet<QString> seen; // as written: the same few recur on every card
    const auto add = [&](const QString &s) {
        if (s.isEmpty() || seen.contains(s))
            return;
        seen.insert(s);
        const QString lower = s.toLower();
        if (!lowered.contains(lower)) {
            lowered.insert(lower);
            statuses.append(s);
        }
    };
    for (const Merged &m : m_cards) {
        for (const ImportStatusChange &h : m.card.history)
            add(h.status);
        add(m.card.status);
    }
    return statuses;
}

Status ImportPreview::Builder::mapStatuses()
{
    for (const QString &status : statusesAsWritten()) {
        Mapping mapping;
        mapping.status = status;
        const Result<qint64> columnId = columnForStatus(status, mapping);
        if (!columnId)
            return Status::failure(columnId.error());
        const Column *column = m_board.column(*columnId);
        mapping.column = column ? column->name : QString();
        m_columnOfStatus.insert(status.toLower(), *columnId);
        m_preview.m_mappings.append(mapping);
    }
    return {};
}

/** The column the options choose for a status, else its default (with a warning if unknown). */
Result<qint64> ImportPreview::Builder::columnForStatus(const QString &status, Mapping &mapping)
{
    if (const auto chosen = m_options.columnFor(status)) {
        const Column *c = m_board.columnByName(*chosen);
        if (!c) {
            QStringList names;
            for (const Column &col : m_board.columns())
                names.append(col.name);
            return Result<qint64>::failure(
                QObject::tr("There is no column \u201c%1\u201d for the status "
                            "\u201c%2\u201d; the columns are %3")
                    .arg(*chosen, status, names.join(u", "_s)));
        }
        mapping.byDefault = false;
        return c->id;
    }
    qint64 columnId = defaultColumn(m_board, status, &mapping.known);
    if (!mapping.known) {
        // A status of the source's own workflow goes where the source's category of it says.
        for (const ImportPlan &plan : m_plans)
            if (const auto it = plan.statusCategories.constFind(status.toLower());
                it != plan.statusCategories.cend() && !mapping.known)
                columnId = defaultColumn(m_board, *it, &mapping.known);
    }
    if (!mapping.known)
        warn(QObject::tr("the status \u201c%1\u201d matches no column; its cards go to %2 "
                         "(map it to another column)")
                 .arg(status,
                      m_board.column(columnId) ? m_board.column(columnId)->name : QString()));
    return columnId;
}

qint64 ImportPreview::Builder::columnOf(const QString &status)
{
    if (status.isEmpty())
        return m_board.firstColumnId();
    auto it = m_columnOfWritten.constFind(status);
    if (it == m_columnOfWritten.cend())
        it = m_columnOfWritten.insert(
            status, m_columnOfStatus.value(status.toLower(), m_board.firstColumnId()));
    return *it;
}

/**
 * One sprint is active at a time: the board's active sprint, else of the documents' running
 * sprints the one that started last. Another running sprint is imported as closed when it ended
 * before that one started, else as planned.
 */
void ImportPreview::Builder::chooseActiveSprint()
{
    for (const Sprint &s : m_board.sprints())
        if (s.state == Sprint::State::Active) {
            m_activeName = s.name;
            m_activeStart = s.start;
        }
    if (!m_activeName.isEmpty())
        return;
    for (const ImportPlan &plan : m_plans)
        for (const ImportSprint &s : plan.sprints)
            if (s.state == Sprint::State::Active &&
                (m_activeName.isEmpty() || m_activeStart < s.start)) {
                m_activeName = s.name.trimmed();
                m_activeStart = s.start;
            }
}

bool ImportPreview::Builder::mayBeActive(const QString &name) const
{
    return m_activeName.compare(name.trimmed(), Qt::CaseInsensitive) == 0;
}

/** Sprints: new ones get placeholder ids (-n: the n-th sprint of the batch). */
void ImportPreview::Builder::planSprints()
{
    for (const ImportPlan &plan : m_plans) {
        for (const ImportSprint &s : plan.sprints) {
            if (m_sprintIds.contains(s.name.toLower()))
                continue;
            if (const Sprint *existing = m_board.sprintByName(s.name))
                updateSprint(*existing, s);
            else
                createSprint(s);
        }
    }
}

void ImportPreview::Builder::updateSprint(const Sprint &existing, const ImportSprint &s)
{
    if (existing.state == Sprint::State::Closed) {
        // A closed sprint is read-only: its dates and report stay as they were at its close.
        if (!s.datesAssumed && s.start.isValid() && s.end.isValid() &&
            (s.start != existing.start || s.end != existing.end))
            warn(QObject::tr("%1 is closed; its dates are kept (%2 to %3; the document says %4 "
                             "to %5)")
                     .arg(existing.name, existing.start.toString(Qt::ISODate),
                          existing.end.toString(Qt::ISODate), s.start.toString(Qt::ISODate),
                          s.end.toString(Qt::ISODate)));
    } else {
        Sprint updated = existing;
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
        if (!(updated == existing)) {
            m_preview.m_batch.sprints.append(updated);
            m_preview.m_sprintsUpdated.append(updated.name);
        }
    }
    m_sprintIds.insert(s.name.toLower(), existing.id);
    m_sprintBegins.insert(existing.id, existing.startedAt.isValid()
                                           ? existing.startedAt
                                           : LocalClock::toUtc(existing.start, 8));
}

void ImportPreview::Builder::createSprint(const ImportSprint &s)
{
    Sprint n = sprintFrom(s);
    if (n.state == Sprint::State::Active && !mayBeActive(n.name)) {
        if (n.end.isValid() && m_activeStart.isValid() && n.end < m_activeStart) {
            n.state = Sprint::State::Closed;
            if (!n.closedAt.isValid()) // at the end of its last day, as a finished import
                n.closedAt = LocalClock::toUtc(n.end, QTime(23, 59, 59));
            warn(QObject::tr("%1 ended before %2 started; it is imported as closed")
                     .arg(n.name, m_activeName));
        } else {
            n.state = Sprint::State::Planned;
            warn(QObject::tr("%1 is the active sprint; %2 is imported as planned")
                     .arg(m_activeName, n.name));
        }
    }
    BoardBatch &batch = m_preview.m_batch;
    batch.sprints.append(n);
    const qint64 id = -qint64(batch.sprints.size());
    m_sprintIds.insert(s.name.toLower(), id);
    m_sprintBegins.insert(id, s.startedAt.isValid() ? s.startedAt : LocalClock::toUtc(s.start, 8));
    m_preview.m_sprintsCreated.append(n.name);
}

QString ImportPreview::Builder::sprintName(qint64 id) const
{
    if (id > 0)
        return m_board.sprint(id) ? m_board.sprint(id)->name : QString();
    if (id < 0)
        return m_preview.m_batch.sprints.at(-id - 1).name;
    return {};
}

/** The sprint a card names: one of the import's, else one of the board's; 0 for the backlog. */
qint64 ImportPreview::Builder::sprintIdOf(const QString &name) const
{
    if (name.isEmpty())
        return 0;
    if (const qint64 id = m_sprintIds.value(name.toLower(), 0))
        return id;
    const Sprint *s = m_board.sprintByName(name);
    return s ? s->id : 0;
}

/** The board's member of that name, else a new one (a placeholder id, -n); 0 for no name. */
qint64 ImportPreview::Builder::memberId(const QString &name)
{
    const QString n = name.simplified();
    if (n.isEmpty())
        return 0;
    if (const Member *m = m_board.memberByName(n))
        return m->id;
    auto it = m_memberIds.constFind(n.toLower());
    if (it != m_memberIds.cend())
        return *it;
    BoardBatch &batch = m_preview.m_batch;
    batch.members.append(Member{0, n, true});
    const qint64 id = -qint64(batch.members.size());
    m_memberIds.insert(n.toLower(), id);
    m_preview.m_membersCreated.append(n);
    return id;
}

/** A rank after every card of the list (the backlog is one list), and after the last one given. */
double ImportPreview::Builder::rankAtEnd(qint64 sprintId, qint64 columnId)
{
    const QPair<qint64, qint64> key{sprintId, sprintId == 0 ? 0 : columnId};
    auto it = m_lastRank.find(key);
    if (it == m_lastRank.end()) {
        double max = 0;
        if (sprintId >= 0)
            for (qint64 id : m_board.cardsIn(sprintId, columnId))
                max = qMax(max, m_board.card(id)->rank);
        it = m_lastRank.insert(key, max);
    }
    *it += 1024;
    return *it;
}

/** Lookups of the board's cards by key, and by title within a sprint for cards without a key. */
void ImportPreview::Builder::indexBoardCards()
{
    m_byKey.reserve(m_board.cardCount());
    for (const Card &c : m_board.cards()) {
        m_byKey.insert(c.key.toUpper(), &c);
        const QPair<qint64, QString> title{c.sprintId, c.title.toLower()};
        auto it = m_byTitle.find(title);
        if (it == m_byTitle.end() || c.id < (*it)->id)
            m_byTitle.insert(title, &c);
    }
}

void ImportPreview::Builder::planCards()
{
    const CardSummary summary(m_board);
    for (const Merged &m : std::as_const(m_cards))
        planCard(m, summary);
}

void ImportPreview::Builder::planCard(const Merged &m, const CardSummary &summary)
{
    const ImportCard &ic = m.card;
    Item item;
    item.key = ic.key;
    item.title = ic.title;
    item.source = m.source;
    item.line = ic.line;
    const auto skip = [&](const QString &why) {
        item.action = Action::Skip;
        item.detail = why;
        m_preview.m_items.append(item);
    };
    if (ic.title.trimmed().isEmpty())
        return skip(QObject::tr("no title"));
    const qint64 sprintId = sprintIdOf(ic.sprint);
    const Card *existing = !ic.key.isEmpty()
                               ? m_byKey.value(ic.key.toUpper())
                               : m_byTitle.value({sprintId, ic.title.trimmed().toLower()});
    if (existing)
        item.key = existing->key;
    if (existing && m_matched.contains(existing->id))
        return skip(QObject::tr("listed twice; the first entry is imported"));
    const Card target = targetOf(existing, ic, sprintId);
    // A closed sprint is read-only: no card joins, leaves or moves within it.
    const auto closed = [this](qint64 id) {
        const Sprint *sprint = id > 0 ? m_board.sprint(id) : nullptr;
        return sprint && sprint->state == Sprint::State::Closed ? sprint : nullptr;
    };
    const bool listChanged =
        !existing || existing->sprintId != target.sprintId || existing->columnId != target.columnId;
    if (listChanged) {
        if (const Sprint *sprint = closed(target.sprintId))
            return skip(QObject::tr("%1 is closed").arg(sprint->name));
        if (const Sprint *sprint = existing ? closed(existing->sprintId) : nullptr)
            return skip(QObject::tr("%1 is closed").arg(sprint->name));
    }
    QList<CardStep> steps;
    if (existing) {
        m_matched.insert(existing->id);
        if (target == *existing)
            return skip(QObject::tr("unchanged"));
        item.action = Action::Update;
        item.detail = changesOf(*existing, target);
        steps = updateSteps(*existing, ic, target);
    } else {
        item.action = Action::Create;
        item.detail = summary.of(target, sprintName(sprintId));
        steps = createSteps(ic, target);
    }
    if (!steps.isEmpty())
        m_preview.m_batch.cards.append(steps);
    m_preview.m_items.append(item);
}

/** The card as it will be: the board's card (if any) with what the plans say about it. */
Card ImportPreview::Builder::targetOf(const Card *existing, const ImportCard &ic, qint64 sprintId)
{
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
    return target;
}

/** What an update changes, in a few words: "To Do → Done, points 3 → 5, title". */
QString ImportPreview::Builder::changesOf(const Card &existing, const Card &target) const
{
    QStringList changes;
    const auto colName = [this](qint64 id) {
        return m_board.column(id) ? m_board.column(id)->name : QString();
    };
    const auto sprintOrBacklog = [this](qint64 id) {
        const QString name = sprintName(id);
        return name.isEmpty() ? QObject::tr("backlog") : name;
    };
    if (existing.columnId != target.columnId)
        changes.append(
            QObject::tr("%1 \u2192 %2").arg(colName(existing.columnId), colName(target.columnId)));
    if (existing.sprintId != target.sprintId)
        changes.append(
            QObject::tr("sprint %1 \u2192 %2")
                .arg(sprintOrBacklog(existing.sprintId), sprintOrBacklog(target.sprintId)));
    if (existing.points != target.points)
        changes.append(QObject::tr("points %1 \u2192 %2")
                           .arg(formatPoints(existing.points), formatPoints(target.points)));
    if (existing.title != target.title)
        changes.append(QObject::tr("title"));
    if (existing.description != target.description)
        changes.append(QObject::tr("description"));
    if (existing.checklist != target.checklist)
        changes.append(QObject::tr("checklist"));
    if (existing.priority != target.priority)
        changes.append(QObject::tr("priority %1").arg(priorityName(target.priority)));
    if (existing.type != target.type)
        changes.append(QObject::tr("type %1").arg(cardTypeName(target.type)));
    if (existing.assigneeId != target.assigneeId)
        changes.append(QObject::tr("assignee"));
    if (existing.labels != target.labels)
        changes.append(QObject::tr("labels"));
    if (existing.blocked != target.blocked || existing.blockedReason != target.blockedReason)
        changes.append(QObject::tr("blocked"));
    return changes.join(u", "_s);
}

/** An update's timeline: statuses dated after the card's last change keep their dates. */
QList<CardStep> ImportPreview::Builder::updateSteps(const Card &existing, const ImportCard &ic,
                                                    const Card &target)
{
    QList<CardStep> steps;
    Card state = existing;
    QDateTime last;
    for (const ImportStatusChange &h : ic.history) {
        if (!h.at.isValid() || h.at <= existing.updatedAt)
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
    return steps;
}

/**
 * When a new card was made: as the plan says, else an hour before its sprint began, and before
 * every dated status of its history. A card the plan puts in its sprint from the start (no
 * `addedToSprint`) but made after the sprint began (a Jira issue, whose export does not say when
 * it joined the sprint) is taken to have been there at the start: otherwise its sprint's
 * commitment would miss every such card.
 */
QDateTime ImportPreview::Builder::createdAt(const ImportCard &ic, qint64 sprintId) const
{
    const QDateTime begin = sprintId ? m_sprintBegins.value(sprintId) : QDateTime();
    QDateTime created = ic.created;
    if (created.isValid()) {
        if (begin.isValid() && !ic.addedToSprint.isValid() && created > begin)
            return begin.addSecs(-3600);
        return created;
    }
    if (begin.isValid())
        created = begin.addSecs(-3600);
    for (const ImportStatusChange &h : ic.history)
        if (h.at.isValid() && (!created.isValid() || h.at < created))
            created = h.at.addSecs(-60);
    return created;
}

/**
 * A new card's timeline: made in the first column (in the backlog when it was added to its
 * sprint later), then its sprint, its statuses in their order and times never going back, and
 * what the plans say of it last.
 */
QList<CardStep> ImportPreview::Builder::createSteps(const ImportCard &ic, const Card &target)
{
    QList<CardStep> steps;
    const QDateTime created = createdAt(ic, target.sprintId);
    Card first = target;
    first.columnId = m_board.firstColumnId();
    if (ic.addedToSprint.isValid())
        first.sprintId = 0;
    if (first.sprintId != target.sprintId || first.columnId != target.columnId)
        first.rank = rankAtEnd(first.sprintId, first.columnId);
    steps.append({first, created});
    QDateTime last = created;
    const auto later = [&last](const QDateTime &at) {
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
    return steps;
}

} // namespace SprintDeck
