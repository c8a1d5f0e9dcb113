#include "core/standup/standupdemo.h"
#include "core/board/board.h"
#include "core/standup/standupbook.h"

#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace SprintDeck {

namespace {

// Words a team types on top of what the board proposes, by working day of the sprint.
const char16_t *kNotes[] = {
    (u"Sprint 4 kick-off: the goal is a green test suite and the reporting MVP. Demo on the last "
     u"Thursday."),
    u"",
    u"Staging Redmine credentials requested from IT (ticket **OPS-212**).",
    u"Burndown looked off after the DST change; **FIX-002** covers it.",
    u"Retro moved to *Thursday 14:00*. Bring one thing to stop doing.",
};

const char16_t *kAsides[] = {
    u"Paired on the flaky importer test.",
    u"Reviewed two pull requests.",
    u"Spike on the Jira field mapping: custom fields need a lookup table.",
};

} // namespace

Status fillDemoStandups(Board &board)
{
    const Sprint *sprint = board.sprint(board.currentSprintId());
    if (!sprint || sprint->state != Sprint::State::Active)
        return {};
    StandupBook *book = StandupBook::of(board);
    const QDate today = board.now().toTimeZone(QTimeZone::systemTimeZone()).date();
    QList<QDate> days;
    for (QDate d = sprint->start; d <= today && d <= sprint->end; d = d.addDays(1))
        if (sprint->isWorkingDay(d))
            days.append(d);

    QList<Member> members;
    for (const Member &m : board.members())
        if (m.active)
            members.append(m);
    for (int i = 0; i < days.size(); ++i) {
        const QDate day = days.at(i);
        const bool latest = i == days.size() - 1;
        auto proposals = book->propose(day);
        if (!proposals)
            return Status::failure(proposals.error());
        QList<StandupEntry> entries;
        for (int m = 0; m < members.size(); ++m) {
            if (latest && m >= 3)
                break; // the rest is left for the lead to fill
            const StandupProposal *p = nullptr;
            for (const StandupProposal &candidate : std::as_const(proposals.value()))
                if (candidate.memberId == members.at(m).id)
                    p = &candidate;
            if (!p)
                continue;
            StandupEntry e;
            e.memberId = p->memberId;
            for (StandupEntry::Field field : kStandupFields)
                e.setText(field, StandupFill::merge(QString(), p->items(field), field).text);
            if ((i + m) % 3 == 0) {
                const QString aside = QString::fromUtf16(kAsides[(i + m) % std::size(kAsides)]);
                e.yesterday =
                    StandupFill::appended(e.yesterday, {}, StandupEntry::Field::Yesterday);
                e.yesterday += (e.yesterday.isEmpty() ? u""_s : u"\n"_s) + aside + u'\n';
            }
            entries.append(e);
        }
        if (Status s = book->saveEntries(day, entries); !s)
            return s;
        const QString note = QString::fromUtf16(kNotes[qMin(i, int(std::size(kNotes)) - 1)]);
        if (!note.isEmpty() && (i < int(std::size(kNotes)) || latest))
            if (Status s = book->saveNote(day, note); !s)
                return s;
    }
    return {};
}

} // namespace SprintDeck
