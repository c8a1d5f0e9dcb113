#pragma once

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

namespace SprintDeck {

/** One member's part of a daily standup. The three texts are markdown. */
struct StandupEntry
{
    enum class Field
    {
        Yesterday,
        Today,
        Blockers
    };

    qint64 memberId = 0;
    QString yesterday;
    QString today;
    QString blockers;
    QDateTime createdAt; ///< UTC, first save
    QDateTime updatedAt; ///< UTC, last save

    const QString &text(Field field) const;
    void setText(Field field, const QString &text);
    /** True when no field holds anything but white space. */
    bool isEmpty() const;

    /** Compares the texts only, not the time stamps. */
    bool sameText(const StandupEntry &other) const
    {
        return memberId == other.memberId && yesterday == other.yesterday && today == other.today &&
               blockers == other.blockers;
    }
};

/** The standup of one day: a team note and the members' entries. */
struct Standup
{
    QDate date;   ///< local calendar day
    QString note; ///< markdown
    QDateTime createdAt;
    QDateTime updatedAt;
    QList<StandupEntry> entries; ///< saved entries, by member id

    /** The member's entry, or nullptr when none was saved. */
    const StandupEntry *entry(qint64 memberId) const;
    /** The member's entry, or an empty one for that member. */
    StandupEntry entryOrEmpty(qint64 memberId) const;
    /** True when neither the note nor any entry holds text. */
    bool isEmpty() const;
};

/** All three fields in the order a standup goes through them. */
inline constexpr StandupEntry::Field kStandupFields[] = {
    StandupEntry::Field::Yesterday, StandupEntry::Field::Today, StandupEntry::Field::Blockers};

/** "Yesterday", "Today", "Blockers" (translated). */
QString standupFieldTitle(StandupEntry::Field field);

} // namespace SprintDeck
