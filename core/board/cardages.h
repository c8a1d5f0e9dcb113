#pragma once

#include <QDateTime>
#include <QHash>
#include <QObject>
#include <QTimeZone>

#include <optional>

namespace SprintDeck {

class Board;

/**
 * How many days each card in progress has been worked on, for the board's age markers: from its
 * first move out of the first column (as the flow metrics count it) to today, both days
 * counted. Reads the starts of the cards in progress in one query when first asked, and again
 * after the board's history changed.
 */
class CardAges : public QObject
{
    Q_OBJECT
public:
    explicit CardAges(Board *board, QObject *parent = nullptr);

    /** Days in progress; 0 for a card in the first column, a done column or the backlog. */
    int days(qint64 cardId) const;
    void setTimeZone(const QTimeZone &zone) { m_zone = zone; }

private:
    Board *m_board;
    QTimeZone m_zone = QTimeZone::systemTimeZone();
    mutable std::optional<QHash<qint64, QDateTime>> m_starts;
};

} // namespace SprintDeck
