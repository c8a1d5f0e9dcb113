#include "tests/bench/generator.h"

#include "core/domain/card.h"
#include "core/domain/workweek.h"
#include "core/storage/database.h"
#include "core/storage/repository.h"

#include <QFile>
#include <QRandomGenerator>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace SprintDeck {

namespace {

const char16_t *kWords[] = {
    u"Import",   u"Export",   u"Burndown", u"Board",     u"Filter", u"Sprint", u"Login",
    u"Report",   u"Chart",    u"Sync",     u"Cache",     u"Search", u"Slides", u"Backup",
    u"Standup",  u"Calendar", u"Keyboard", u"Theme",     u"Undo",   u"Redo",   u"Column",
    u"Swimlane", u"Velocity", u"Forecast", u"Checklist", u"Avatar", u"Label"};
const char16_t *kVerbs[] = {u"Fix",  u"Add",      u"Speed up", u"Refactor",
                            u"Test", u"Document", u"Polish",   u"Support"};
const char16_t *kLabels[] = {u"ui",   u"core", u"import", u"export", u"charts",
                             u"sync", u"a11y", u"perf",   u"docs",   u"ci"};
const char16_t *kFirst[] = {u"Maya",  u"Jonas", u"Priya", u"Tom",   u"Lena", u"Ahmed",
                            u"Sofia", u"Kenji", u"Amara", u"Lucas", u"Ines", u"Omar"};
const char16_t *kLast[] = {u"Chen",    u"Berg",   u"Nair",  u"Okafor",
                           u"Fischer", u"Haddad", u"Rossi", u"Sato"};

QDateTime during(QDate day, QRandomGenerator &rng)
{
    return QDateTime(day, QTime(8 + int(rng.bounded(10)), int(rng.bounded(60))), Qt::UTC);
}

} // namespace

Status generateBoard(const QString &path, const GeneratorOptions &o)
{
    if (QFile::exists(path))
        return Status::failure(u"%1 exists already"_s.arg(path));
    Database::Options dbOptions;
    auto opened = Database::open(path, dbOptions);
    if (!opened)
        return Status::failure(opened.error());
    Database &db = *opened.value();
    Repository repo(db);
    QRandomGenerator rng(o.seed);

    Transaction tx(db);
    QList<qint64> columns;
    const QStringList names = {u"To Do"_s, u"In Progress"_s, u"Review"_s, u"Done"_s};
    for (int i = 0; i < names.size(); ++i) {
        Column c{0, names.at(i), i == names.size() - 1, i == 1 ? 40 : 0, i};
        if (Status s = repo.insertColumn(c); !s)
            return s;
        columns.append(c.id);
    }
    QList<qint64> members;
    for (int i = 0; i < o.members; ++i) {
        Member m{0,
                 u"%1 %2 %3"_s
                     .arg(QString::fromUtf16(kFirst[i % 12]),
                          QString::fromUtf16(kLast[(i / 12 + i) % 8]))
                     .arg(i + 1),
                 true};
        if (Status s = repo.insertMember(m); !s)
            return s;
        members.append(m.id);
    }

    // Sprints of ten working days, back to back, the last one active today.
    QList<Sprint> sprints;
    QDate end = addWeekdays(o.today, 4);
    for (int i = o.sprints - 1; i >= 0; --i) {
        Sprint s;
        s.end = end;
        s.start = addWeekdays(end, -9);
        s.name = u"Sprint %1"_s.arg(i + 1);
        s.goal = u"Goal of sprint %1"_s.arg(i + 1);
        s.capacity = 40;
        s.state = i == o.sprints - 1 ? Sprint::State::Active : Sprint::State::Closed;
        s.startedAt = QDateTime(s.start, QTime(9, 0), Qt::UTC);
        if (s.state == Sprint::State::Closed)
            s.closedAt = QDateTime(s.end, QTime(17, 0), Qt::UTC);
        sprints.prepend(s);
        end = addWeekdays(s.start, -1);
    }
    for (Sprint &s : sprints)
        if (Status st = repo.insertSprint(s); !st)
            return st;

    const qint64 baseEvents = qint64(o.cards) * 5;
    const qint64 extraEvents = qMax<qint64>(0, o.events - baseEvents);
    const double extraPerCard = double(extraEvents) / qMax(1, o.cards);
    qint64 written = 0;
    auto event = [&](qint64 card, const QDateTime &at, Event::Kind kind, const QString &oldValue,
                     const QString &newValue) {
        Event e{0, card, at, kind, oldValue, newValue};
        ++written;
        return repo.appendEvent(e);
    };

    const int activeIndex = int(sprints.size()) - 1;
    for (int i = 0; i < o.cards; ++i) {
        Card c;
        c.key = u"GEN-%1"_s.arg(i + 1);
        c.title = u"%1 %2 %3"_s.arg(
            QString::fromUtf16(kVerbs[rng.bounded(int(std::size(kVerbs)))]),
            QString::fromUtf16(kWords[rng.bounded(int(std::size(kWords)))]),
            QString::fromUtf16(kWords[rng.bounded(int(std::size(kWords)))]).toLower());
        static const double points[] = {1, 2, 3, 5, 8, 13};
        c.points = points[rng.bounded(6)];
        c.priority = Priority(1 + rng.bounded(4));
        c.type = CardType(rng.bounded(4));
        c.assigneeId = rng.bounded(10) ? members.at(rng.bounded(int(members.size()))) : 0;
        c.labels = {QString::fromUtf16(kLabels[rng.bounded(int(std::size(kLabels)))])};
        c.rank = 1024.0 * (i + 1);
        const bool big = i < o.bigColumn;
        const int sprintIndex =
            big ? activeIndex
                : (rng.generateDouble() < o.backlogShare ? -1
                                                         : int(rng.bounded(int(sprints.size()))));
        const Sprint *s = sprintIndex >= 0 ? &sprints.at(sprintIndex) : nullptr;
        c.sprintId = s ? s->id : 0;
        const QDate created = s ? s->start.addDays(-1 - int(rng.bounded(20)))
                                : o.today.addDays(-int(rng.bounded(400)));
        c.createdAt = during(created, rng);

        // Walk the card through the columns over the sprint's working days.
        int step = 0;
        QList<QPair<QDateTime, int>> moves;
        if (s && !big) {
            const QDate last = s->state == Sprint::State::Active ? qMin(o.today, s->end) : s->end;
            for (QDate d = s->start; d <= last && step < 3; d = d.addDays(1)) {
                if (d.dayOfWeek() < 6 && rng.bounded(4) == 0) {
                    ++step;
                    moves.append({during(d, rng), step});
                }
            }
        }
        c.columnId = columns.at(step);
        c.updatedAt = moves.isEmpty() ? c.createdAt : moves.last().first;
        if (Status st = repo.insertCard(c); !st)
            return st;
        if (Status st = event(c.id, c.createdAt, Event::Kind::Created, {}, c.key); !st)
            return st;
        if (Status st =
                event(c.id, c.createdAt, Event::Kind::Moved, {}, QString::number(columns.first()));
            !st)
            return st;
        if (Status st = event(c.id, c.createdAt, Event::Kind::Points, {}, formatPoints(c.points));
            !st)
            return st;
        if (Status st = event(c.id, c.createdAt, Event::Kind::Title, {}, c.title); !st)
            return st;
        if (s) {
            if (Status st = event(c.id, c.createdAt.addSecs(3600), Event::Kind::Sprint, {},
                                  QString::number(s->id));
                !st)
                return st;
        } else if (Status st =
                       event(c.id, c.createdAt, Event::Kind::Labels, {}, c.labels.join(u','));
                   !st) {
            return st;
        }
        int previous = 0;
        for (const auto &[at, to] : moves) {
            if (Status st =
                    event(c.id, at, Event::Kind::Moved, QString::number(columns.at(previous)),
                          QString::number(columns.at(to)));
                !st)
                return st;
            previous = to;
        }
        // The rest of the history: ranking and comments-like edits spread over the card's life.
        const int extra = int(extraPerCard) +
                          (rng.generateDouble() < extraPerCard - int(extraPerCard) ? 1 : 0) -
                          int(moves.size());
        for (int k = 0; k < extra; ++k) {
            const QDateTime at = c.createdAt.addSecs(qint64(rng.bounded(86400 * 10)));
            const double r = rng.generateDouble();
            if (r < 0.6) {
                if (Status st =
                        event(c.id, at, Event::Kind::Ranked, u"%1"_s.arg(k), u"%1"_s.arg(k + 1));
                    !st)
                    return st;
            } else {
                if (Status st = event(c.id, at, Event::Kind::Description, {}, u"Notes %1"_s.arg(k));
                    !st)
                    return st;
            }
        }
    }
    if (!db.setMetaValue(u"key_prefix"_s, u"GEN"_s) || !tx.commit())
        return Status::failure(db.lastError());
    return {};
}

} // namespace SprintDeck
