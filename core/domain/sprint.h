#pragma once

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

namespace SprintDeck {

/** A sprint: a time box with a working-day calendar. */
struct Sprint
{
    enum class State
    {
        Planned = 0,
        Active = 1,
        Closed = 2
    };

    qint64 id = 0;
    QString name;
    QString goal;
    QDate start;
    QDate end;
    State state = State::Planned;
    double capacity = 0;        ///< points the team plans to take, 0: not set
    QList<QDate> holidays;      ///< weekdays that are not worked
    QList<QDate> extraWorkdays; ///< weekend days that are worked
    QDateTime startedAt;        ///< UTC, when the sprint was started
    QDateTime closedAt;         ///< UTC, when the sprint was closed

    /** Weekdays are working days unless listed as holidays; weekend days only when listed. */
    bool isWorkingDay(QDate day) const;
    int workingDays() const;
    QString stateName() const;

    bool operator==(const Sprint &) const = default;
};

/** The order of the board's sprints: by start date, then as they were created. */
bool sprintBefore(const Sprint &a, const Sprint &b);

} // namespace SprintDeck
