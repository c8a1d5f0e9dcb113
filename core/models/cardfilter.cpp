#include "core/models/cardfilter.h"
#include "core/board/board.h"

namespace SprintDeck {

CardMatcher::CardMatcher(const CardFilter &filter)
    : m_filter(filter)
    , m_words(filter.text.toLower().split(u' ', Qt::SkipEmptyParts))
    , m_all(filter.isEmpty())
{}

bool CardMatcher::operator()(const Board &board, const Card &card) const
{
    if (m_all)
        return true;
    if (m_filter.blockedOnly && !card.blocked)
        return false;
    if (!m_filter.priorities.isEmpty() && !m_filter.priorities.contains(int(card.priority)))
        return false;
    if (!m_filter.assignees.isEmpty() && !m_filter.assignees.contains(card.assigneeId))
        return false;
    if (!m_filter.labels.isEmpty()) {
        bool any = false;
        for (const QString &l : card.labels)
            any = any || m_filter.labels.contains(l);
        if (!any)
            return false;
    }
    return matchesText(board, card.id);
}

bool CardMatcher::textOnly() const
{
    return !m_filter.blockedOnly && m_filter.priorities.isEmpty() && m_filter.assignees.isEmpty() &&
           m_filter.labels.isEmpty();
}

bool CardMatcher::matchesText(const Board &board, qint64 cardId) const
{
    if (m_words.isEmpty())
        return true;
    // The board keeps the searched text in lower case already.
    const QStringView haystack = board.searchText(cardId);
    for (const QString &word : m_words)
        if (!haystack.contains(word))
            return false;
    return true;
}

bool CardMatcher::narrows(const CardMatcher &other) const
{
    // Same chips and every word of `other` contained in one of ours: typing on.
    if (m_filter.priorities != other.m_filter.priorities ||
        m_filter.assignees != other.m_filter.assignees ||
        m_filter.labels != other.m_filter.labels ||
        m_filter.blockedOnly != other.m_filter.blockedOnly)
        return false;
    for (const QString &w : other.m_words) {
        bool covered = false;
        for (const QString &mine : m_words)
            covered = covered || mine.contains(w);
        if (!covered)
            return false;
    }
    return true;
}

} // namespace SprintDeck
