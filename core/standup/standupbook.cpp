#include "core/standup/standupbook.h"
#include "core/analytics/burndown.h"
#include "core/board/board.h"
#include "core/board/sprintanalytics.h"
#include "core/storage/database.h"
#include "core/storage/standupstore.h"

using namespace Qt::StringLiterals;

namespace SprintDeck {

StandupBook *StandupBook::of(Board &board)
{
    if (auto *book = board.findChild<StandupBook *>(QString(), Qt::FindDirectChildrenOnly))
        return book;
    auto *book = new StandupBook(board);
    book->setParent(&board);
    return book;
}

StandupBook::StandupBook(Board &board)
    : m_board(board)
    , m_store(std::make_unique<StandupStore>(board.database()))
    , m_analytics(std::make_unique<SprintAnalytics>(board))
{
    connect(&board, &Board::reloaded, this, [this] { m_analytics->invalidate(); });
}

StandupBook::~StandupBook() = default;

QString StandupBook::normalized(const QString &markdown)
{
    QString text = markdown;
    while (!text.isEmpty() && text.back().isSpace())
        text.chop(1);
    if (text.trimmed().isEmpty())
        return {};
    return text + u'\n';
}

Result<Standup> StandupBook::standup(QDate date) const
{
    if (!date.isValid())
        return Result<Standup>::failure(tr("Not a valid date"));
    return m_store->load(date);
}

Status StandupBook::saveEntry(QDate date, const StandupEntry &entry)
{
    return saveEntries(date, {entry});
}

Status StandupBook::saveEntries(QDate date, const QList<StandupEntry> &entries)
{
    if (!date.isValid())
        return Status::failure(tr("Not a valid date"));
    for (const StandupEntry &e : entries)
        if (!m_board.member(e.memberId))
            return Status::failure(tr("No member with id %1").arg(e.memberId));
    const QDateTime at = m_board.now();
    Database &db = m_board.database();
    Transaction tx(db);
    if (!tx.isActive())
        return Status::failure(db.lastError());
    Result<Standup> before = m_writeHook ? m_store->load(date) : Result<Standup>(Standup());
    if (!before)
        return Status::failure(before.error());
    for (StandupEntry e : entries) {
        e.yesterday = normalized(e.yesterday);
        e.today = normalized(e.today);
        e.blockers = normalized(e.blockers);
        if (Status s = m_store->upsertEntry(date, e, at); !s)
            return Status::failure(
                tr("Cannot save the standup of %1: %2")
                    .arg(QLocale().toString(date, QLocale::ShortFormat), s.error()));
    }
    if (m_writeHook) {
        Result<Standup> after = m_store->load(date);
        if (!after)
            return Status::failure(after.error());
        if (Status s = m_writeHook(*before, *after); !s)
            return s;
    }
    if (!tx.commit())
        return Status::failure(db.lastError());
    emit standupSaved(date);
    return {};
}

Status StandupBook::saveNote(QDate date, const QString &note)
{
    if (!date.isValid())
        return Status::failure(tr("Not a valid date"));
    Database &db = m_board.database();
    Transaction tx(db);
    if (!tx.isActive())
        return Status::failure(db.lastError());
    Result<Standup> before = m_writeHook ? m_store->load(date) : Result<Standup>(Standup());
    if (!before)
        return Status::failure(before.error());
    if (Status s = m_store->upsertNote(date, normalized(note), m_board.now()); !s)
        return Status::failure(tr("Cannot save the standup of %1: %2")
                                   .arg(QLocale().toString(date, QLocale::ShortFormat), s.error()));
    if (m_writeHook) {
        Result<Standup> after = m_store->load(date);
        if (!after)
            return Status::failure(after.error());
        if (Status s = m_writeHook(*before, *after); !s)
            return s;
    }
    if (!tx.commit())
        return Status::failure(db.lastError());
    emit standupSaved(date);
    return {};
}

Status StandupBook::saveFromTeam(QDate date, const QList<StandupEntry> &entries,
                                 const std::optional<QString> &note,
                                 const std::function<Status()> &inTransaction)
{
    const QDateTime at = m_board.now();
    Database &db = m_board.database();
    Transaction tx(db);
    if (!tx.isActive())
        return Status::failure(db.lastError());
    for (const StandupEntry &e : entries)
        if (Status s = m_store->upsertEntry(date, e, at); !s)
            return s;
    if (note)
        if (Status s = m_store->upsertNote(date, *note, at); !s)
            return s;
    if (Status s = inTransaction(); !s)
        return s;
    if (!tx.commit())
        return Status::failure(db.lastError());
    emit standupSaved(date);
    return {};
}

Result<QList<QDate>> StandupBook::daysWithStandup(QDate from, QDate to) const
{
    return m_store->daysWithText(from, to);
}

Result<QDate> StandupBook::lastStandupBefore(QDate date) const
{
    return m_store->latestBefore(date);
}

QDate StandupBook::previousStandupDay(QDate date) const
{
    const Result<QDate> last = m_store->latestBefore(date);
    if (last && last->isValid())
        return *last;
    return StandupFill::previousWorkingDay(m_board.sprints(), date);
}

qint64 StandupBook::sprintForDate(QDate date) const
{
    return StandupFill::sprintForDate(m_board.sprints(), date);
}

Result<StandupFillInput> StandupBook::fillInput(QDate date, qint64 sprintId) const
{
    StandupFillInput input;
    input.since = StandupFill::startOfDay(previousStandupDay(date));
    // A past day is looked at as it ended; today as it is now.
    const QDateTime now = m_board.now();
    const QDateTime endOfDay = StandupFill::startOfDay(date.addDays(1)).addMSecs(-1);
    input.until = qMin(now, endOfDay);
    input.sprintId = sprintId ? sprintId : sprintForDate(date);
    auto events = m_store->eventsForStandup(input.sprintId, input.since);
    if (!events)
        return Result<StandupFillInput>::failure(events.error());
    input.events = std::move(events.value());
    input.columns = m_board.columns();
    input.members = m_board.members();
    input.cards = m_board.cards();
    return input;
}

Result<QList<StandupProposal>> StandupBook::propose(QDate date, qint64 sprintId) const
{
    auto input = fillInput(date, sprintId);
    if (!input)
        return Result<QList<StandupProposal>>::failure(input.error());
    return StandupFill::propose(*input);
}

Result<QHash<qint64, StandupProposal>> StandupBook::proposalsByMember(QDate date,
                                                                      qint64 sprintId) const
{
    auto proposals = propose(date, sprintId);
    if (!proposals)
        return Result<QHash<qint64, StandupProposal>>::failure(proposals.error());
    QHash<qint64, StandupProposal> byMember;
    for (const StandupProposal &p : std::as_const(proposals.value()))
        byMember.insert(p.memberId, p);
    return byMember;
}

Result<QList<StandupEntryFill>>
StandupBook::fillEntries(QDate date, const QList<StandupEntry> &current, qint64 sprintId) const
{
    using R = Result<QList<StandupEntryFill>>;
    if (!date.isValid())
        return R::failure(tr("Not a valid date"));
    auto byMember = proposalsByMember(date, sprintId);
    if (!byMember)
        return R::failure(byMember.error());
    QList<StandupEntryFill> fills;
    fills.reserve(current.size());
    for (const StandupEntry &entry : current)
        fills.append(StandupFill::fillEntry(
            entry, byMember->value(entry.memberId, StandupProposal{entry.memberId, {}, {}, {}})));
    return fills;
}

Result<QList<StandupEntryFill>> StandupBook::fill(QDate date, qint64 sprintId)
{
    using R = Result<QList<StandupEntryFill>>;
    auto saved = standup(date);
    if (!saved)
        return R::failure(saved.error());
    QList<StandupEntry> current;
    for (const Member &m : membersFor(*saved))
        current.append(saved->entryOrEmpty(m.id));
    auto fills = fillEntries(date, current, sprintId);
    if (!fills)
        return fills;
    QList<StandupEntry> changed;
    for (const StandupEntryFill &f : std::as_const(fills.value()))
        if (!f.filled.isEmpty())
            changed.append(f.entry);
    if (!changed.isEmpty())
        if (Status s = saveEntries(date, changed); !s)
            return R::failure(s.error());
    return fills;
}

QList<Member> StandupBook::membersFor(const Standup &standup) const
{
    QList<Member> list;
    for (const Member &m : m_board.members())
        if (m.active)
            list.append(m);
    for (const Member &m : m_board.members()) {
        const StandupEntry *e = standup.entry(m.id);
        if (!m.active && e && !e->isEmpty())
            list.append(m);
    }
    return list;
}

Result<QList<StandupReportData::Entry>> StandupBook::reportEntries(QDate date, qint64 sprintId,
                                                                   const Standup &standup) const
{
    using R = Result<QList<StandupReportData::Entry>>;
    auto byMember = proposalsByMember(date, sprintId);
    if (!byMember)
        return R::failure(byMember.error());
    QList<StandupReportData::Entry> entries;
    for (const Member &m : membersFor(standup)) {
        const StandupEntry e = standup.entryOrEmpty(m.id);
        const StandupProposal p = byMember->value(m.id);
        // Silence is not "nothing to say": a member who wrote nothing gets what the board knows.
        if (e.isEmpty() && !p.isEmpty())
            entries.append({m.name, p.markdown(StandupEntry::Field::Yesterday),
                            p.markdown(StandupEntry::Field::Today),
                            p.markdown(StandupEntry::Field::Blockers), true});
        else
            entries.append({m.name, e.yesterday, e.today, e.blockers, false});
    }
    return entries;
}

Result<StandupReportData> StandupBook::reportData(QDate date, qint64 sprintId)
{
    using R = Result<StandupReportData>;
    if (!date.isValid())
        return R::failure(tr("Not a valid date"));
    if (!sprintId)
        sprintId = sprintForDate(date);
    const Sprint *sprint = m_board.sprint(sprintId);

    StandupReportData d;
    d.date = date;
    auto standup = m_store->load(date);
    if (!standup)
        return R::failure(standup.error());
    d.note = standup->note;
    auto entries = reportEntries(date, sprintId, *standup);
    if (!entries)
        return R::failure(entries.error());
    d.entries = std::move(entries.value());

    // The day itself: what was finished during it, and where everything stands at its end.
    StandupFillInput input;
    input.since = StandupFill::startOfDay(date);
    input.until = qMin(m_board.now(), StandupFill::startOfDay(date.addDays(1)).addMSecs(-1));
    input.sprintId = sprintId;
    auto events = m_store->eventsForStandup(sprintId, input.since);
    if (!events)
        return R::failure(events.error());
    input.events = std::move(events.value());
    input.columns = m_board.columns();
    input.members = m_board.members();
    input.cards = m_board.cards();

    QHash<qint64, int> position;
    for (int i = 0; i < input.columns.size(); ++i)
        position.insert(input.columns.at(i).id, i);
    QList<QPair<QDateTime, ReportCard>> completed;
    QList<QPair<int, ReportCard>> inProgress;
    QList<QPair<double, ReportCard>> upNext;
    for (const StandupCardState &s : StandupFill::replay(input)) {
        if (sprintId && s.sprintId != sprintId)
            continue;
        ReportCard c;
        c.key = s.item.key;
        c.title = s.item.title;
        c.points = s.item.points;
        c.priority = s.item.priority;
        c.column = s.item.column;
        c.done = s.done;
        c.blocked = s.item.blocked;
        c.blockedReason = s.item.blockedReason;
        if (const Member *m = m_board.member(s.assigneeId))
            c.owner = m->name;
        const Card *current = m_board.card(s.item.cardId);
        if (s.done) {
            if (s.movedForward && s.item.finished) {
                // Finished by whoever moved it there: on a shared board the member who did.
                if (const Member *m = m_board.member(s.movedBy))
                    c.owner = m->name;
                if (current)
                    for (const ChecklistItem &item : current->checklist)
                        if (item.done)
                            c.doneChecklist.append(item.text);
                completed.append({s.item.at, c});
            }
            continue;
        }
        if (c.blocked)
            d.blocked.append(c);
        if (!s.firstColumn)
            inProgress.append({position.value(s.columnId), c});
        else if (!c.blocked)
            upNext.append({current ? current->rank : 0.0, c});
    }
    std::stable_sort(completed.begin(), completed.end(),
                     [](const auto &a, const auto &b) { return a.first < b.first; });
    std::stable_sort(inProgress.begin(), inProgress.end(), [](const auto &a, const auto &b) {
        return a.first != b.first ? a.first > b.first : a.second.priority < b.second.priority;
    });
    std::stable_sort(
        d.blocked.begin(), d.blocked.end(),
        [](const ReportCard &a, const ReportCard &b) { return a.priority < b.priority; });
    std::stable_sort(upNext.begin(), upNext.end(), [](const auto &a, const auto &b) {
        return a.second.priority != b.second.priority ? a.second.priority < b.second.priority
                                                      : a.first < b.first;
    });
    for (const auto &c : std::as_const(completed))
        d.completed.append(c.second);
    for (const auto &c : std::as_const(inProgress))
        d.inProgress.append(c.second);
    for (int i = 0; i < qMin(3, int(upNext.size())); ++i)
        d.upNext.append(upNext.at(i).second);

    if (sprint) {
        d.sprintName = sprint->name;
        d.sprintGoal = sprint->goal;
        d.workingDays = sprint->workingDays();
        int day = 0;
        for (QDate x = sprint->start; x.isValid() && x <= sprint->end; x = x.addDays(1)) {
            if (!sprint->isWorkingDay(x))
                continue;
            ++day;
            if (x == date)
                d.dayNumber = day;
            if (x >= date)
                ++d.daysLeft;
        }
        auto numbers = m_analytics->numbers(sprint->id, input.until);
        if (!numbers)
            return R::failure(numbers.error());
        auto series = m_analytics->series(sprint->id, input.until);
        if (!series)
            return R::failure(series.error());
        if (numbers->started) {
            d.progress = progressByPriority(*numbers, ChartUnit::Points, date);
            d.committed = numbers->committed.points;
            const Burndown b = burndown(*series, ChartUnit::Points);
            for (const BurndownPoint &p : b.days)
                if (p.date == date && p.remaining)
                    d.aheadBy = p.ideal - *p.remaining;
        }
    }
    return d;
}

} // namespace SprintDeck
