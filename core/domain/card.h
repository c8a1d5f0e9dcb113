#pragma once

#include <QDateTime>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>

#include <optional>

namespace SprintDeck {

enum class Priority
{
    P1 = 1,
    P2 = 2,
    P3 = 3,
    P4 = 4
};
enum class CardType
{
    Story = 0,
    Bug = 1,
    Task = 2,
    Fix = 3
};

QString priorityName(Priority p);                        // "P1"
std::optional<Priority> parsePriority(QStringView text); // "P1", "p2", "1", "High"...
QString cardTypeName(CardType t);                        // "story"
std::optional<CardType> parseCardType(QStringView text);

/** One line of a card's checklist. */
struct ChecklistItem
{
    QString text;
    bool done = false;
    QString group;    ///< heading the item was listed under, may be empty
    QString estimate; ///< free text such as "8-12 hours"

    bool operator==(const ChecklistItem &) const = default;
};

QString checklistToJson(const QList<ChecklistItem> &items);
QList<ChecklistItem> checklistFromJson(const QString &json);

/** A card on the board. Plain value type; the Board owns the live copies. */
struct Card
{
    qint64 id = 0;
    QString key; ///< e.g. STORY-013
    QString title;
    QString description; ///< markdown
    std::optional<double> points;
    Priority priority = Priority::P3;
    CardType type = CardType::Story;
    qint64 assigneeId = 0; ///< 0: unassigned
    QStringList labels;
    bool blocked = false;
    QString blockedReason;
    QList<ChecklistItem> checklist;
    qint64 columnId = 0;
    double rank = 0;     ///< order within its list (sprint column or backlog)
    qint64 sprintId = 0; ///< 0: backlog
    QDateTime createdAt;
    QDateTime updatedAt;

    bool operator==(const Card &) const = default;
};

/** Formats story points the way people write them: "3", "0.5", "" for none. */
QString formatPoints(std::optional<double> points);
QString formatPoints(double points);
/**
 * Story points with their word, in the plural form the number takes: "1 point", "3 points",
 * "2.5 points" (translated).
 */
QString formatPointsWithUnit(double points);

} // namespace SprintDeck

Q_DECLARE_METATYPE(SprintDeck::Priority)
Q_DECLARE_METATYPE(SprintDeck::CardType)
