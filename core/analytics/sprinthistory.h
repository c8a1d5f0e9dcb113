#pragma once

#include "core/domain/column.h"
#include "core/domain/event.h"

#include <QHash>
#include <QList>
#include <QString>

#include <cmath>
#include <limits>
#include <vector>

namespace SprintDeck {

/**
 * The per-card state timelines of one sprint's cards, rebuilt once from the
 * event log: only the fields that charts need (exists, in the sprint, column,
 * points, priority), as compact steps in time order, so charts replay them
 * without parsing text again.
 */
class SprintHistory
{
public:
    enum class Field : quint8
    {
        Exists,
        InSprint,
        Column,
        Points,
        Priority
    };

    /** One change of one card's field; `value` is 0/1, a column index (-1: unknown), points (NaN:
     * none) or 1..4. */
    struct Step
    {
        qint64 ms = 0; ///< UTC milliseconds since the epoch
        int card = 0;  ///< index into the card table
        Field field = Field::Exists;
        double value = 0;
    };

    /** A card's state at a point of the replay. */
    struct CardState
    {
        bool exists = false;
        bool inSprint = false;
        int column = -1;
        double points = std::nan("");
        int priority = 3;

        bool hasPoints() const { return !std::isnan(points); }
    };

    /** Parses `events` (any order; stable by time) of the cards of sprint `sprintId`. */
    SprintHistory(qint64 sprintId, const QList<Event> &events, const QList<Column> &columns);
    /**
     * Adds events written after the ones parsed (a move adds a few rows): false, and nothing
     * added, when one of them lies before the last parsed event; then parse again.
     */
    bool append(const QList<Event> &events);
    /** Unique per parsed history: steps are only ever appended to the history of one generation. */
    quint64 generation() const { return m_generation; }
    /** The columns the history was parsed with. */
    const QList<Column> &columns() const { return m_columns; }

    const std::vector<Step> &steps() const { return m_steps; }
    int cardCount() const { return int(m_cardIds.size()); }
    qint64 cardId(int card) const { return m_cardIds.at(card); }
    /** The card's key from its created event, or "#id" when the history does not start there. */
    const QString &cardKey(int card) const { return m_keys.at(card); }
    int columnCount() const { return int(m_done.size()); }
    bool isDoneColumn(int column) const
    {
        return column >= 0 && column < int(m_done.size()) && m_done[column];
    }

    static void apply(CardState &state, const Step &step);
    /** Every card's state after the steps at or before `ms`. */
    QList<CardState> statesAt(qint64 ms) const;

private:
    int columnIndex(qint64 id) const;
    void add(const Event &e, qint64 ms);

    QString m_sprintText;
    quint64 m_generation = 0;
    QList<Column> m_columns;
    QHash<qint64, int> m_cardIndex;
    qint64 m_lastMs = std::numeric_limits<qint64>::min();
    qint64 m_lastEventId = 0;
    std::vector<Step> m_steps;
    QList<qint64> m_cardIds;
    QList<QString> m_keys;
    std::vector<bool> m_done;
};

} // namespace SprintDeck
