#include "core/io/jirasprints.h"
#include "core/io/localclock.h"

#include <QHash>

#include <algorithm>

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
    int issues = 0, finished = 0, started = 0;
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
        activity[i.sprints.constFirst().toLower()].joined =
            earlier(activity[i.sprints.constFirst().toLower()].joined, day(i.created));
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

/** The sprint with work in progress, else the last one with some work finished and some not. */
QString activeSprint(const QList<ImportSprint> &sprints, const QHash<QString, Activity> &activity)
{
    QString active;
    QDate activeChange;
    for (bool byStarted : {true, false}) {
        for (const ImportSprint &s : sprints) {
            const Activity a = activity.value(s.name.toLower());
            const bool running =
                byStarted ? a.started > 0 : a.finished > 0 && a.finished < a.issues;
            if (running && (active.isEmpty() || activeChange < a.lastChange)) {
                active = s.name.toLower();
                activeChange = a.lastChange;
            }
        }
        if (!active.isEmpty())
            break;
    }
    return active;
}

/** The end of a finished or running sprint: its last resolution, or its last change. */
QDate endOf(const Activity &a)
{
    return a.finished == a.issues && a.lastResolution.isValid() ? a.lastResolution : a.lastChange;
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

/** Dates each sprint from its issues; returns the warning saying where they came from. */
class SprintDater
{
public:
    SprintDater(const QList<JiraIssueActivity> &issues, const QList<ImportSprint> &sprints)
        : m_activity(activityOf(issues))
        , m_active(activeSprint(sprints, m_activity))
    {
        // Closed sprints first: the active one may start where one of them ended.
        for (const ImportSprint &s : sprints) {
            const Activity a = m_activity.value(s.name.toLower());
            if (a.issues > 0 && a.finished == a.issues)
                m_ends.insert(s.name.toLower(), endOf(a));
        }
        if (!m_active.isEmpty()) {
            const Activity a = m_activity.value(m_active);
            const QDate start = qMin(startOf(a), endOf(a));
            m_ends.insert(m_active, qMax(endOf(a), start.addDays(kSprintDays - 1)));
        }
    }

    QString date(ImportSprint &s) const
    {
        const QString name = s.name.toLower();
        const Activity a = m_activity.value(name);
        s.datesAssumed = true;
        s.stateAssumed = true;
        if (a.issues > 0 && a.finished == a.issues)
            return closed(s, a);
        if (name == m_active)
            return active(s, a);
        return planned(s, a);
    }

private:
    /** The first day: when the sprint its carried-over issues came from ended, else the first
     * creation of an issue that began in it. */
    QDate startOf(const Activity &a) const
    {
        QDate start;
        for (const QString &from : a.carriedFrom)
            start = later(start, m_ends.value(from));
        return start.isValid() ? start : earlier(a.joined, a.lastChange);
    }

    QString closed(ImportSprint &s, const Activity &a) const
    {
        s.end = endOf(a);
        s.start = qMin(startOf(a), s.end);
        s.state = Sprint::State::Closed;
        s.startedAt = LocalClock::toUtc(s.start, 9);
        s.closedAt = LocalClock::toUtc(s.end, 18);
        return JiraSprints::tr(
            "the export has no sprint dates: %1 is taken to run %2 to %3, from its issues' "
            "first creation or move into it to their last resolution");
    }

    QString active(ImportSprint &s, const Activity &a) const
    {
        s.start = qMin(startOf(a), endOf(a));
        s.end = m_ends.value(m_active);
        s.state = Sprint::State::Active;
        s.startedAt = LocalClock::toUtc(s.start, 9);
        return JiraSprints::tr(
            "the export has no sprint dates: %1 is taken to run %2 to %3, from its issues' "
            "first creation or move into it, for two weeks or to their last change");
    }

    /** Not started: the two weeks after the active sprint, else after its issues' creation. */
    QString planned(ImportSprint &s, const Activity &a) const
    {
        const QDate activeEnd = m_active.isEmpty() ? QDate() : m_ends.value(m_active);
        s.state = Sprint::State::Planned;
        if (activeEnd.isValid()) {
            s.start = activeEnd.addDays(1);
            s.end = s.start.addDays(kSprintDays - 1);
            return JiraSprints::tr("the export has no sprint dates: %1 has not started; it is "
                                   "taken to run %2 to %3, the two weeks after the active sprint");
        }
        s.start = earlier(a.joined, a.lastChange);
        s.end = s.start.addDays(kSprintDays - 1);
        return JiraSprints::tr("the export has no sprint dates: %1 has not started; it is taken "
                               "to run %2 to %3, the two weeks from its issues' creation");
    }

    QHash<QString, Activity> m_activity;
    QString m_active;
    QHash<QString, QDate> m_ends; ///< of the sprints that ended or run, by lower-case name
};

} // namespace

void JiraSprints::date(ImportPlan &plan, const QList<JiraIssueActivity> &issues, QDate today)
{
    const SprintDater dater(issues, plan.sprints);
    for (ImportSprint &s : plan.sprints) {
        if (s.start.isValid() && s.end.isValid() && s.start <= s.end) {
            stateFromDates(s, today);
            continue;
        }
        QString message = dater.date(s);
        if (!s.start.isValid()) {
            s.start = today;
            s.end = today.addDays(kSprintDays - 1);
            message = tr("the export has no sprint dates and its issues no dates: %1 is taken to "
                         "run %2 to %3, two weeks from the day of the import");
        }
        plan.warn(s.line,
                  message.arg(s.name, s.start.toString(Qt::ISODate), s.end.toString(Qt::ISODate)));
    }
}

} // namespace SprintDeck
