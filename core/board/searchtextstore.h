#pragma once

#include <QHash>
#include <QString>
#include <QStringView>

#include <vector>

namespace SprintDeck {

/**
 * The quick filter's text of every card, kept in one buffer in the order it was built.
 *
 * A filter pass reads the cards of a list one after another; building the texts in list
 * order lets that pass read the buffer front to back instead of chasing one heap string per
 * card. Card ids usually run densely from the first card to the last, so a plain array maps
 * an id to its slice; ids far outside that range go to a hash.
 */
class SearchTextStore
{
public:
    /** Prepares the id map for ids from `first` to `last` held by `count` cards. */
    void reserve(qint64 first, qint64 last, qsizetype count);
    /** The stored text of a card; empty when it has none (yet). Valid until the next store(). */
    QStringView find(qint64 id) const
    {
        const Slice s = slice(id);
        return s.length ? QStringView(m_buffer).mid(s.offset, s.length) : QStringView();
    }
    /** Stores the text of a card (never empty) and returns it as find() would. */
    QStringView store(qint64 id, QStringView text);
    /** Forgets the text of a card, after a change to it. */
    void forget(qint64 id);
    void clear();
    bool isEmpty() const { return m_stored == 0; }
    qsizetype count() const { return m_stored; }
    /** Characters no card refers to any more (the buffer is rebuilt past a limit). */
    qsizetype unused() const { return m_unused; }

private:
    struct Slice
    {
        quint32 offset = 0;
        quint32 length = 0; ///< 0: nothing stored
    };
    Slice slice(qint64 id) const
    {
        const quint64 at = quint64(id - m_first);
        if (at < m_dense.size())
            return m_dense[at];
        return m_sparse.value(id);
    }
    Slice *slot(qint64 id);
    void dropTexts();

    QString m_buffer;
    std::vector<Slice> m_dense; ///< by id - m_first
    qint64 m_first = 0;
    QHash<qint64, Slice> m_sparse;
    qsizetype m_cards = 0; ///< cards the map was made for
    qsizetype m_stored = 0;
    qsizetype m_unused = 0;
};

} // namespace SprintDeck
