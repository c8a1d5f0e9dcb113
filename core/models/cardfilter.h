#pragma once

#include <QSet>
#include <QString>
#include <QStringList>

namespace SprintDeck {

class Board;
struct Card;

/** The quick filter: text over key, title, labels and assignee, plus chips. */
struct CardFilter
{
    QString text;           ///< case-insensitive; every word must occur
    QSet<int> priorities;   ///< 1..4; empty: any
    QSet<qint64> assignees; ///< member ids, 0 for unassigned; empty: any
    QSet<QString> labels;   ///< any of them; empty: any
    bool blockedOnly = false;

    bool isEmpty() const
    {
        return text.trimmed().isEmpty() && priorities.isEmpty() && assignees.isEmpty() &&
               labels.isEmpty() && !blockedOnly;
    }
    bool operator==(const CardFilter &) const = default;
};

/** A filter prepared for matching many cards quickly. */
class CardMatcher
{
public:
    explicit CardMatcher(const CardFilter &filter = {});
    bool matchesAll() const { return m_all; }
    bool operator()(const Board &board, const Card &card) const;
    /** True when only the words are tested: matchesText() decides without the card's fields. */
    bool textOnly() const;
    /** The words part of the test, on the card's search text. */
    bool matchesText(const Board &board, qint64 cardId) const;
    /** True when every card this matcher accepts is accepted by `other` too. */
    bool narrows(const CardMatcher &other) const;

private:
    CardFilter m_filter;
    QStringList m_words; // lower case
    bool m_all = true;
};

} // namespace SprintDeck
