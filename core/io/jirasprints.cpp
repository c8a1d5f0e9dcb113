#include "core/io/jirasprints.h"
#include "core/io/localclock.h"

#include <QHash>

#include <algorithm>
#include <limits>
#include <optional>
#include <tuple>

using namespace Qt::StringLiterals;

namespace SprintDeck {

namespace {

/** A Jira sprint lasts two weeks unless changed; a running sprint is assumed to last as long. */
constexpr int kSprintDays = 14;
/** Activity spread over more days is not one sprint's (Jira's longest sprint is four weeks). */
constexpr int kLongestSprintDays = 31;

QDate earlier(QDate a, QDate b)
{
    return !a.isValid() ? b : !b.isValid() ? a : qMin(a, b);
}

QDate later(QDate a, QDate b)
{
    return !a.isValid() ? b : !b.isValid() ? a : qMax(a, b);
}

QDate day(const QDateTime &utc)
{
    return utc.isValid() ? LocalClock::localDate(utc) : QDate();
}

/** What the issues of one sprint did, in local days. */
struct Activity
{
    QDate joined;            ///< the first creation of an issue that began in this sprint
    QDate lastChange;        ///< the last change of its issues
    QDate lastResolution;    ///< the last resolution of its issues
    QList<QDate> days;       ///< creations of issues that began in it, changes of its issues
    QStringList carriedFrom; ///< the sprints its carried-over issues were in before (lower case)
    QString project;         ///< of its issues' keys ("tic" of "TIC-12"), lower case
    int firstKey = std::numeric_limits<int>::max(); ///< the lowest number of its issues' keys
    bool carriedOut = false; ///< some issue went on from it to a later sprint
    int issues = 0, finished = 0, started = 0;

    /**
     * Over: all its issues are finished, or Jira completed it and moved the unfinished ones on
     * (an issue lists it before a later sprint) and nothing in it is in progress now.
     */
    bool past() const { return (issues > 0 && finished == issues) || (carriedOut && started == 0); }
    /** Work in it has begun and it is not over. */
    bool running() const { return !past() && (started > 0 || finished > 0); }
    /** Its last day: the last resolution when all its issues are finished, else the last change. */
    QDate end() const
    {
        return finished == issues && lastResolution.isValid() ? lastResolution : lastChange;
    }
    /** Its first day of activity on or after `bound`, else its first day of activity. */
    QDate firstDayFrom(QDate bound) const
    {
        QDate first, any;
        for (QDate d : days) {
            any = earlier(any, d);
            if (!bound.isValid() || d >= bound)
                first = earlier(first, d);
        }
        return first.isValid() ? first : any;
    }
};

/** Notes an issue's key in the activity of its sprint. */
void addKey(Activity &a, const QString &key)
{
    const qsizetype dash = key.lastIndexOf(u'-');
    if (dash <= 0)
        return;
    if (a.project.isEmpty())
        a.project = key.left(dash).toLower();
    bool ok = false;
    const int number = key.mid(dash + 1).toInt(&ok);
    if (ok)
        a.firstKey = std::min(a.firstKey, number);
}

/** The activity of every sprint an issue is in now, by its name in lower case. */
QHash<QString, Activity> activityOf(const QList<JiraIssueActivity> &issues)
{
    QHash<QString, Activity> activity;
    for (const JiraIssueActivity &i : issues) {
        if (i.sprints.isEmpty())
            continue;
        // An issue began in the first sprint it was in; it entered the later ones when the
        // earlier ended (Jira moves unfinished issues on when a sprint is completed).
        Activity &first = activity[i.sprints.constFirst().toLower()];
        first.joined = earlier(first.joined, day(i.created));
        if (i.created.isValid())
            first.days.append(day(i.created));
        for (qsizetype k = 0; k + 1 < i.sprints.size(); ++k)
            activity[i.sprints.at(k).toLower()].carriedOut = true;
        Activity &now = activity[i.sprints.constLast().toLower()];
        if (i.sprints.size() > 1)
            now.carriedFrom.append(i.sprints.at(i.sprints.size() - 2).toLower());
        addKey(now, i.key);
        ++now.issues;
        now.finished += i.finished ? 1 : 0;
        now.started += i.started ? 1 : 0;
        now.lastChange = later(now.lastChange, later(day(i.changed), day(i.created)));
        for (const QDateTime &at : {i.changed, i.resolved, i.moved})
            if (at.isValid())
                now.days.append(day(at));
        if (i.finished)
            now.lastResolution =
                later(now.lastResolution, day(i.resolved.isValid() ? i.resolved : i.changed));
    }
    return activity;
}

/** The running sprint with work in progress (else partly finished) that changed last; its name. */
QString activeSprint(const QList<ImportSprint> &sprints, const QHash<QString, Activity> &activity)
{
    QString active;
    Activity best;
    for (const ImportSprint &s : sprints) {
        const Activity a = activity.value(s.name.toLower());
        if (!a.running())
            continue;
        const auto rank = [](const Activity &x) { return std::pair(x.started > 0, x.lastChange); };
        if (active.isEmpty() || rank(best) < rank(a)) {
            active = s.name;
            best = a;
        }
    }
    return active;
}

/** The number a sprint's name ends with ("Tablero Sprint 12"), if it ends with one. */
std::optional<int> trailingNumber(const QString &name)
{
    qsizetype i = name.size();
    while (i > 0 && name.at(i - 1).isDigit())
        --i;
    bool ok = false;
    const int n = name.mid(i).toInt(&ok);
    return ok ? std::optional<int>(n) : std::nullopt;
}

/** A sprint whose dates the export gives: its state follows from them. */
void stateFromDates(ImportSprint &s, QDate today)
{
    s.stateAssumed = true;
    if (s.end < today) {
        s.state = Sprint::State::Closed;
        s.closedAt = LocalClock::toUtc(s.end, 18);
    } else if (s.start <= today) {
        s.state = Sprint::State::Active;
    }
    if (s.state != Sprint::State::Planned)
        s.startedAt = LocalClock::toUtc(s.start, 9);
}

/**
 * Dates the sprints of an export from their issues, and says where each sprint's dates came from
 * (warnings with the sprint's name, first and last day as %1, %2, %3).
 */
class SprintDater
{
public:
    SprintDater(const QList<JiraIssueActivity> &issues, QList<ImportSprint> &sprints)
        : m_activity(activityOf(issues))
        , m_active(activeSprint(sprints, m_activity))
    {
        // Board by board, each in its order: a sprint starts where the board's previous one
        // ended (or the one its issues came from), so they do not overlap; sprints not started
        // follow the last of the others of their board.
        for (QList<ImportSprint *> &board : boardsOf(sprints)) {
            QDate end;
            for (ImportSprint *s : board) {
                if (!undated(*s))
                    end = later(end, s->end);
                else if (activity(*s).past())
                    end = later(end, past(*s, activity(*s), end));
                else if (activity(*s).running())
                    end = later(end, running(*s, activity(*s), end));
            }
            plan(board);
        }
        settleRunning(sprints);
    }

    static bool undated(const ImportSprint &s)
    {
        return !(s.start.isValid() && s.end.isValid() && s.start <= s.end);
    }

    /** The warnings about a sprint this dated; empty for a sprint that has its dates. */
    QStringList messages(const ImportSprint &s) const { return m_messages.value(key(s)); }

private:
    static QString key(const ImportSprint &s) { return s.name.toLower(); }
    Activity activity(const ImportSprint &s) const { return m_activity.value(key(s)); }

    /**
     * The sprints by board (the project of their issues' keys), each in the order of the numbers
     * their names end with; else past sprints by their last day, then the others by their
     * issues' keys (an export lists the newest issues first).
     */
    QList<QList<ImportSprint *>> boardsOf(QList<ImportSprint> &sprints) const
    {
        QList<QList<ImportSprint *>> boards;
        QStringList projects;
        for (ImportSprint &s : sprints) {
            const QString project = activity(s).project;
            qsizetype i = projects.indexOf(project);
            if (i < 0) {
                i = projects.size();
                projects.append(project);
                boards.append(QList<ImportSprint *>());
            }
            boards[i].append(&s);
        }
        for (QList<ImportSprint *> &board : boards) {
            const bool numbered = std::all_of(board.cbegin(), board.cend(), [](const auto *s) {
                return trailingNumber(s->name).has_value();
            });
            const auto order = [this, numbered](const ImportSprint *s) {
                const Activity a = activity(*s);
                if (numbered)
                    return std::tuple(0, QDate(), *trailingNumber(s->name));
                const int kind = a.past() ? 0 : a.running() ? 1 : 2;
                return std::tuple(kind, a.past() ? a.end() : QDate(), a.firstKey);
            };
            std::stable_sort(board.begin(), board.end(), [&order](const auto *x, const auto *y) {
                return order(x) < order(y);
            });
        }
        return boards;
    }

    /**
     * The first day: when the sprint its carried-over issues came from ended, else its issues'
     * first activity from the day the board's previous sprint ended (`after`); never before
     * that day, so that the board's sprints do not overlap.
     */
    QDate startOf(const Activity &a, QDate after) const
    {
        QDate start;
        for (const QString &from : a.carriedFrom)
            start = later(start, m_ends.value(from));
        start = qMin(start.isValid() ? start : a.firstDayFrom(after), a.end());
        return later(start, after);
    }

    void note(const ImportSprint &s, const QString &message) { m_messages[key(s)].append(message); }

    /** Two weeks from its start when its issues' changes are spread too wide to be one sprint's
     * (an edit of many issues long after): true when so cut. */
    static bool cut(ImportSprint &s)
    {
        if (int(s.start.daysTo(s.end)) + 1 <= kLongestSprintDays)
            return false;
        s.end = s.start.addDays(kSprintDays - 1);
        return true;
    }

    QDate past(ImportSprint &s, const Activity &a, QDate after)
    {
        s.start = startOf(a, after);
        s.end = qMax(a.end(), s.start);
        s.state = Sprint::State::Closed;
        // Resolutions are a sprint's record; only an end taken from other changes is cut.
        if (a.finished != a.issues && cut(s))
            note(s, JiraSprints::tr(
                        "the export has no sprint dates: %1 is taken to run %2 to %3, two weeks "
                        "from its issues' first activity in it; their activity, spread over more "
                        "than a month, is not one sprint's"));
        else if (a.finished == a.issues)
            note(s, JiraSprints::tr(
                        "the export has no sprint dates: %1 is taken to run %2 to %3, from its "
                        "issues' first creation or move into it to their last resolution"));
        else
            note(s, JiraSprints::tr(
                        "the export has no sprint dates: %1 is taken to run %2 to %3, from its "
                        "issues' first creation or move into it to their last change; it is "
                        "over, as its unfinished issues went on to a later sprint"));
        m_ends.insert(key(s), s.end);
        s.startedAt = LocalClock::toUtc(s.start, 9);
        s.closedAt = LocalClock::toUtc(s.end, 18);
        return s.end;
    }

    /** Dates a sprint with work begun; settleRunning() decides its state once all are dated. */
    QDate running(ImportSprint &s, const Activity &a, QDate after)
    {
        s.start = startOf(a, after);
        s.end = qMax(a.end(), s.start.addDays(kSprintDays - 1));
        if (cut(s))
            note(s, JiraSprints::tr("the export has no sprint dates: %1 is taken to run %2 to %3, "
                                    "two weeks from its issues' first activity in it; their "
                                    "changes more than a month later are not taken as its end"));
        m_ends.insert(key(s), s.end);
        m_running.append(&s);
        return s.end;
    }

    /**
     * The board has one active sprint: the one whose issues changed last. Another with work in
     * progress that ended before it began is over (closed); one that did not is planned.
     */
    void settleRunning(const QList<ImportSprint> &sprints)
    {
        const ImportSprint *active = nullptr;
        for (const ImportSprint &s : sprints)
            if (!m_active.isEmpty() && key(s) == m_active.toLower())
                active = &s;
        for (ImportSprint *s : std::as_const(m_running)) {
            const bool capped = !m_messages.value(key(*s)).isEmpty();
            if (s == active) {
                s->state = Sprint::State::Active;
                s->startedAt = LocalClock::toUtc(s->start, 9);
                if (!capped)
                    note(*s, JiraSprints::tr(
                                 "the export has no sprint dates: %1 is taken to run %2 to %3, "
                                 "from its issues' first creation or move into it, for two weeks "
                                 "or to their last change"));
            } else if (active && s->end < active->start) {
                s->state = Sprint::State::Closed;
                s->startedAt = LocalClock::toUtc(s->start, 9);
                s->closedAt = LocalClock::toUtc(s->end, 18);
                note(*s, (capped ? JiraSprints::tr("%1 (%2 to %3) has work in progress, but it "
                                                   "ended before %4, the active sprint, began, "
                                                   "so it is taken as closed")
                                 : JiraSprints::tr("the export has no sprint dates: %1 is taken to "
                                                   "run %2 to %3, from its issues' first creation "
                                                   "or move into it; it has work in progress, but "
                                                   "it ended before %4, the active sprint, began, "
                                                   "so it is taken as closed"))
                             .replace(u"%4"_s, m_active));
            } else {
                s->state = Sprint::State::Planned;
                note(*s, (capped ? JiraSprints::tr("%1 (%2 to %3) has work in progress too, but %4 "
                                                   "is taken as the active sprint")
                                 : JiraSprints::tr("the export has no sprint dates: %1 is taken to "
                                                   "run %2 to %3, from its issues' first creation "
                                                   "or move into it; it has work in progress too, "
                                                   "but %4 is taken as the active sprint"))
                             .replace(u"%4"_s, m_active));
            }
        }
    }

    /**
     * Sprints of a board not started follow each other, two weeks each, after the last of the
     * others, in the board's order, never before their issues were created.
     */
    void plan(const QList<ImportSprint *> &board)
    {
        QList<ImportSprint *> planned;
        QString after;
        QDate from;
        for (ImportSprint *s : board) {
            if (m_messages.contains(key(*s)) || m_running.contains(s)) {
                if (s->end.isValid() && (!from.isValid() || from < s->end))
                    std::tie(from, after) = std::pair(s->end, s->name);
            } else if (undated(*s)) {
                planned.append(s);
            }
        }
        for (ImportSprint *s : planned) {
            const Activity a = activity(*s);
            s->state = Sprint::State::Planned;
            s->start =
                from.isValid() ? later(from.addDays(1), a.joined) : earlier(a.joined, a.lastChange);
            s->end = s->start.isValid() ? s->start.addDays(kSprintDays - 1) : QDate();
            // Not before its issues were made: then the weeks are theirs, not the previous's.
            if (s->start.isValid() && s->start != from.addDays(1))
                after.clear();
            note(*s, after.isEmpty()
                         ? JiraSprints::tr("the export has no sprint dates: %1 has not "
                                           "started; it is taken to run %2 to %3, the two "
                                           "weeks from its issues' creation")
                         : JiraSprints::tr("the export has no sprint dates: %1 has not "
                                           "started; it is taken to run %2 to %3, the two "
                                           "weeks after %4")
                               .replace(u"%4"_s, after));
            if (s->end.isValid())
                std::tie(from, after) = std::pair(s->end, s->name);
        }
    }

    QHash<QString, Activity> m_activity;
    QString m_active;                       ///< the name of the active sprint
    QHash<QString, QDate> m_ends;           ///< of the sprints dated so far, by lower-case name
    QHash<QString, QStringList> m_messages; ///< by lower-case name
    QList<ImportSprint *> m_running;        ///< sprints with work begun, not over
};

/** A sprint whose issues have no dates either: two weeks up to, or from, the day of the import. */
QString byToday(ImportSprint &s, QDate today)
{
    const bool over = s.state == Sprint::State::Closed;
    s.start = over ? today.addDays(1 - kSprintDays) : today;
    s.end = over ? today : today.addDays(kSprintDays - 1);
    s.startedAt = s.state == Sprint::State::Planned ? QDateTime() : LocalClock::toUtc(s.start, 9);
    s.closedAt = over ? LocalClock::toUtc(s.end, 18) : QDateTime();
    return JiraSprints::tr("the export has no sprint dates and its issues no dates: %1 is taken "
                           "to run %2 to %3, by the day of the import");
}

} // namespace

void JiraSprints::date(ImportPlan &plan, const QList<JiraIssueActivity> &issues, QDate today)
{
    const SprintDater dater(issues, plan.sprints);
    for (ImportSprint &s : plan.sprints) {
        QStringList messages = dater.messages(s);
        if (messages.isEmpty()) { // SprintDeck's own export gives the dates
            stateFromDates(s, today);
            continue;
        }
        s.datesAssumed = true;
        s.stateAssumed = true;
        if (!s.start.isValid())
            messages = {byToday(s, today)};
        for (const QString &message : std::as_const(messages))
            plan.warn(s.line, message.arg(s.name, s.start.toString(Qt::ISODate),
                                          s.end.toString(Qt::ISODate)));
    }
}

} // namespace SprintDeck
