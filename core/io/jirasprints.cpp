#include "core/io/jirasprints.h"
#include "core/io/localclock.h"

#include <QHash>

#include <algorithm>
#include <optional>
#include <tuple>

using namespace Qt::StringLiterals;

namespace SprintDeck {

namespace {

/** A Jira sprint lasts two weeks unless changed; a running sprint is assumed to last as long. */
constexpr int kSprintDays = 14;

/** What the issues of one sprint did, in local days. */
struct Activity
{
    QDate joined;            ///< the first creation of an issue that began in this sprint
    QDate lastChange;        ///< the last change of its issues
    QDate lastResolution;    ///< the last resolution of its issues
    QStringList carriedFrom; ///< the sprints its carried-over issues were in before (lower case)
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
};

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
        for (qsizetype k = 0; k + 1 < i.sprints.size(); ++k)
            activity[i.sprints.at(k).toLower()].carriedOut = true;
        Activity &now = activity[i.sprints.constLast().toLower()];
        if (i.sprints.size() > 1)
            now.carriedFrom.append(i.sprints.at(i.sprints.size() - 2).toLower());
        ++now.issues;
        now.finished += i.finished ? 1 : 0;
        now.started += i.started ? 1 : 0;
        now.lastChange = later(now.lastChange, later(day(i.changed), day(i.created)));
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
 * (a warning with the sprint's name, first and last day as %1, %2, %3).
 */
class SprintDater
{
public:
    SprintDater(const QList<JiraIssueActivity> &issues, QList<ImportSprint> &sprints)
        : m_activity(activityOf(issues))
        , m_active(activeSprint(sprints, m_activity))
    {
        // In order: a sprint may start where the one its issues came from ended (past sprints
        // by their last day, which depends on no other sprint), and sprints not started follow
        // the last of the others.
        QList<ImportSprint *> over;
        for (ImportSprint &s : sprints)
            if (undated(s) && activity(s).past())
                over.append(&s);
        std::stable_sort(over.begin(), over.end(), [this](const auto *x, const auto *y) {
            return activity(*x).end() < activity(*y).end();
        });
        for (ImportSprint *s : over)
            m_messages.insert(key(*s), past(*s, activity(*s)));
        for (ImportSprint &s : sprints)
            if (undated(s) && activity(s).running())
                m_messages.insert(key(s), running(s, activity(s)));
        plan(sprints);
    }

    static bool undated(const ImportSprint &s)
    {
        return !(s.start.isValid() && s.end.isValid() && s.start <= s.end);
    }

    /** The warning about a sprint this dated; empty for a sprint that has its dates. */
    QString message(const ImportSprint &s) const { return m_messages.value(key(s)); }

private:
    static QString key(const ImportSprint &s) { return s.name.toLower(); }
    Activity activity(const ImportSprint &s) const { return m_activity.value(key(s)); }

    /** The first day: when the sprint its carried-over issues came from ended, else the first
     * creation of an issue that began in it. */
    QDate startOf(const Activity &a) const
    {
        QDate start;
        for (const QString &from : a.carriedFrom)
            start = later(start, m_ends.value(from));
        return qMin(start.isValid() ? start : earlier(a.joined, a.lastChange), a.end());
    }

    QString past(ImportSprint &s, const Activity &a)
    {
        s.end = a.end();
        s.start = startOf(a);
        s.state = Sprint::State::Closed;
        s.startedAt = LocalClock::toUtc(s.start, 9);
        s.closedAt = LocalClock::toUtc(s.end, 18);
        m_ends.insert(key(s), s.end);
        if (a.finished == a.issues)
            return JiraSprints::tr(
                "the export has no sprint dates: %1 is taken to run %2 to %3, from its issues' "
                "first creation or move into it to their last resolution");
        return JiraSprints::tr(
            "the export has no sprint dates: %1 is taken to run %2 to %3, from its issues' first "
            "creation or move into it to their last change; it is over, as its unfinished "
            "issues went on to a later sprint");
    }

    QString running(ImportSprint &s, const Activity &a)
    {
        s.start = startOf(a);
        s.end = qMax(a.end(), s.start.addDays(kSprintDays - 1));
        m_ends.insert(key(s), s.end);
        if (!m_active.isEmpty() && key(s) == m_active.toLower()) {
            s.state = Sprint::State::Active;
            s.startedAt = LocalClock::toUtc(s.start, 9);
            return JiraSprints::tr(
                "the export has no sprint dates: %1 is taken to run %2 to %3, from its issues' "
                "first creation or move into it, for two weeks or to their last change");
        }
        // The board has one active sprint: the one whose issues changed last.
        s.state = Sprint::State::Planned;
        return JiraSprints::tr("the export has no sprint dates: %1 is taken to run %2 to %3, from "
                               "its issues' first creation or move into it; it has work in "
                               "progress too, but %4 is taken as the active sprint")
            .replace(u"%4"_s, m_active);
    }

    /**
     * Sprints not started follow each other, two weeks each, after the last of the others, in
     * the order of the numbers they end with, else in the order of the file.
     */
    void plan(QList<ImportSprint> &sprints)
    {
        QList<ImportSprint *> planned;
        QString after;
        QDate from;
        for (ImportSprint &s : sprints) {
            if (!m_messages.contains(key(s))) {
                if (undated(s))
                    planned.append(&s);
            } else if (s.end.isValid() && (!from.isValid() || from < s.end)) {
                std::tie(from, after) = std::pair(s.end, s.name);
            }
        }
        if (std::all_of(planned.cbegin(), planned.cend(),
                        [](const ImportSprint *s) { return trailingNumber(s->name).has_value(); }))
            std::stable_sort(planned.begin(), planned.end(), [](const auto *x, const auto *y) {
                return *trailingNumber(x->name) < *trailingNumber(y->name);
            });
        for (ImportSprint *s : planned) {
            const Activity a = activity(*s);
            s->state = Sprint::State::Planned;
            s->start = from.isValid() ? from.addDays(1) : earlier(a.joined, a.lastChange);
            s->end = s->start.isValid() ? s->start.addDays(kSprintDays - 1) : QDate();
            m_messages.insert(key(*s),
                              after.isEmpty()
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
    QString m_active;                   ///< the name of the active sprint
    QHash<QString, QDate> m_ends;       ///< of the sprints dated so far, by lower-case name
    QHash<QString, QString> m_messages; ///< by lower-case name
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
        QString message = dater.message(s);
        if (message.isEmpty()) { // SprintDeck's own export gives the dates
            stateFromDates(s, today);
            continue;
        }
        s.datesAssumed = true;
        s.stateAssumed = true;
        if (!s.start.isValid())
            message = byToday(s, today);
        plan.warn(s.line,
                  message.arg(s.name, s.start.toString(Qt::ISODate), s.end.toString(Qt::ISODate)));
    }
}

} // namespace SprintDeck
