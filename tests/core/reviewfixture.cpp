#include "tests/core/reviewfixture.h"

#include "core/slides/reviewnotes.h"

#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace SprintDeck {

namespace {

QDate addWorkingDays(QDate day, int n)
{
    while (n > 0) {
        day = day.addDays(1);
        if (day.dayOfWeek() < 6)
            --n;
    }
    return day;
}

} // namespace

ReviewFixture::ReviewFixture() = default;
ReviewFixture::~ReviewFixture() = default;

QString ReviewFixture::path() const
{
    return m_dir.filePath(u"review.sprintdeck"_s);
}

void ReviewFixture::release()
{
    m_board.reset();
}

bool ReviewFixture::fail(const QString &message)
{
    m_error = message;
    return false;
}

bool ReviewFixture::check(const Status &status)
{
    return status ? true : fail(status.error());
}

QDateTime ReviewFixture::at(QDate day, int hour, int minute) const
{
    return QDateTime(day, QTime(hour, minute), QTimeZone::systemTimeZone()).toUTC();
}

QString ReviewFixture::title(int index, int words)
{
    static const QStringList vocabulary = {u"Export"_s,  u"sprint"_s, u"review"_s,      u"slides"_s,
                                           u"with"_s,    u"native"_s, u"charts"_s,      u"and"_s,
                                           u"speaker"_s, u"notes"_s,  u"for"_s,         u"the"_s,
                                           u"team"_s,    u"lead"_s,   u"presentation"_s};
    QStringList parts;
    for (int i = 0; i < words; ++i)
        parts << vocabulary.at((index * 7 + i) % vocabulary.size());
    return parts.join(u' ');
}

bool ReviewFixture::build(const Spec &spec)
{
    auto opened = Board::open(path());
    if (!opened)
        return fail(opened.error());
    m_board = std::move(opened.value());
    m_board->setClock([this] { return m_clock; });
    Board &b = *m_board;
    const qint64 todo = b.firstColumnId();
    const qint64 done = b.firstDoneColumnId();
    const qint64 progress = b.columns().value(1).id;

    int serial = 0;
    auto makeCards = [&](qint64 sprintId, int count, int words,
                         const QString &prefix) -> QList<qint64> {
        QList<Card> drafts;
        for (int i = 0; i < count; ++i) {
            Card c;
            c.key = u"%1-%2"_s.arg(prefix).arg(++serial);
            c.title = title(serial, words);
            c.points = double((serial % 5) + 1);
            c.priority = Priority((serial % 4) + 1);
            c.sprintId = sprintId;
            c.columnId = todo;
            drafts.append(c);
        }
        if (drafts.isEmpty())
            return {};
        if (Status s = b.addCards(drafts, u"Add cards"_s); !s) {
            fail(s.error());
            return {};
        }
        QList<qint64> ids;
        for (const Card &d : std::as_const(drafts))
            if (const Card *c = b.cardByKey(d.key))
                ids.append(c->id);
        return ids;
    };
    for (const QString &name : {u"Maya Chen"_s, u"Jonas Berg"_s, u"Priya Nair"_s})
        if (auto id = b.ensureMember(name); !id)
            return fail(id.error());

    // Closed sprints before this one, two weeks each.
    QDate previousStart = spec.start.addDays(-14 * spec.previousSprints);
    for (int p = 0; p < spec.previousSprints; ++p) {
        Sprint s;
        s.name = u"Sprint %1"_s.arg(p + 1);
        s.start = previousStart;
        s.end = previousStart.addDays(11);
        m_clock = at(s.start.addDays(-1), 15);
        auto id = b.createSprint(s);
        if (!id)
            return fail(id.error());
        const QList<qint64> cards = makeCards(*id, 6 + p, 4, u"OLD"_s);
        if (!m_error.isEmpty())
            return false;
        m_clock = at(s.start, 9);
        if (!check(b.startSprint(*id)))
            return false;
        m_clock = at(s.end, 16);
        if (!check(b.moveCards(cards.mid(0, 4 + p), *id, done)))
            return false;
        m_clock = at(s.end, 17);
        if (!check(b.closeSprint(*id, 0)))
            return false;
        previousStart = previousStart.addDays(14);
    }

    Sprint sprint;
    sprint.name = spec.sprint;
    sprint.goal = spec.goal;
    sprint.start = spec.start;
    sprint.end = addWorkingDays(spec.start, 9);
    sprint.capacity = 40;
    m_clock = at(spec.start.addDays(-3), 15);
    auto sprintId = b.createSprint(sprint);
    if (!sprintId)
        return fail(sprintId.error());
    m_sprintId = *sprintId;
    qint64 nextId = 0;
    if (spec.nextSprint) {
        Sprint next;
        next.name = spec.sprint + u" (next)"_s;
        next.goal = u"Harden the exports"_s;
        next.start = sprint.end.addDays(3);
        next.end = addWorkingDays(next.start, 9);
        auto id = b.createSprint(next);
        if (!id)
            return fail(id.error());
        nextId = *id;
        makeCards(nextId, 3, 4, u"NEXT"_s);
    }

    const QList<qint64> finishing =
        makeCards(m_sprintId, spec.completed, spec.titleWords, u"STORY"_s);
    const QList<qint64> staying = makeCards(m_sprintId, spec.open, spec.titleWords, u"TASK"_s);
    if (!m_error.isEmpty())
        return false;
    m_clock = at(spec.start, 9, 30);
    if (!check(b.startSprint(m_sprintId)))
        return false;

    // Work over six working days: the finished cards reach done a few per day.
    QDate day = spec.start;
    int moved = 0;
    for (int d = 0; d < 6; ++d) {
        if (d > 0)
            day = addWorkingDays(day, 1);
        const int target = spec.completed * (d + 1) / 6;
        if (target > moved) {
            m_clock = at(day, 11, d);
            if (!check(b.moveCards(finishing.mid(moved, target - moved), m_sprintId, done)))
                return false;
            moved = target;
        }
        if (d == 1 && !staying.isEmpty()) {
            m_clock = at(day, 14);
            if (!check(b.moveCards(staying.mid(0, (staying.size() + 1) / 2), m_sprintId, progress)))
                return false;
            // Scope added mid-sprint.
            if (makeCards(m_sprintId, 1, spec.titleWords, u"SCOPE"_s).isEmpty() &&
                !m_error.isEmpty())
                return false;
        }
        if (d == 2 && !staying.isEmpty()) {
            m_clock = at(day, 15);
            Card c = *b.card(staying.last());
            c.points = c.points.value_or(0) + 3; // re-estimated
            if (spec.blocked) {
                c.blocked = true;
                c.blockedReason = u"Waiting for the staging server"_s;
            }
            if (!check(b.updateCard(c)))
                return false;
        }
    }
    m_now = at(day, 17);
    m_clock = m_now;

    if (spec.close) {
        m_clock = at(sprint.end, 17);
        if (!check(b.closeSprint(m_sprintId, nextId)))
            return false;
        m_now = m_clock.addSecs(3600);
        m_clock = m_now;
    }

    if (spec.notes) {
        ReviewNotes notes;
        notes.sprintId = m_sprintId;
        notes.wentWell = u"Charts were ready on day one\nPairing on the exporter"_s;
        notes.challenges = u"Flaky LibreOffice conversion on CI"_s;
        notes.learnings = u"Measure text before placing it"_s;
        notes.improvements = u"Review decks earlier in the sprint"_s;
        notes.nextSprint = u"Finish the carried-over stories first"_s;
        if (!check(ReviewNotesStore(b.database()).save(notes, m_now)))
            return false;
    }
    return true;
}

} // namespace SprintDeck
