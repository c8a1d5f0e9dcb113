#include "core/board/searchtextstore.h"

#include <algorithm>
#include <limits>

namespace SprintDeck {

namespace {
// The id map stays an array while it has at most this many slots per card (plus a margin for
// the cards still to be added); a board with ids scattered wider uses the hash alone.
constexpr qint64 kSlotsPerCard = 4;
constexpr qint64 kSpareSlots = 4096;
// Once more than half of the buffer belongs to no card, and at least this much, it is dropped
// and every text built again on demand (in the order the next filter reads them).
constexpr qsizetype kUnusedLimit = 1 << 20;
constexpr qsizetype kMaxBuffer = std::numeric_limits<qint32>::max();
} // namespace

void SearchTextStore::reserve(qint64 first, qint64 last, qsizetype count)
{
    clear();
    const qint64 span = last - first + 1;
    if (count <= 0 || span <= 0 || span > kSlotsPerCard * count + kSpareSlots)
        return;
    m_first = first;
    m_cards = count;
    m_dense.resize(size_t(span + std::min<qint64>(kSpareSlots, count)));
}

SearchTextStore::Slice *SearchTextStore::slot(qint64 id)
{
    const quint64 at = quint64(id - m_first);
    if (at < m_dense.size())
        return &m_dense[at];
    // Cards added after the map was made have the next ids: grow it while it stays dense.
    if (!m_dense.empty() && id > m_first &&
        at < quint64(kSlotsPerCard * (std::max(m_stored, m_cards) + 1) + kSpareSlots)) {
        m_dense.resize(size_t(at + 1 + at / 4));
        // Ids the hash took before the array reached them move over.
        const quint64 end = m_dense.size();
        for (auto it = m_sparse.begin(); it != m_sparse.end();) {
            const quint64 to = quint64(it.key() - m_first);
            if (to < end) {
                m_dense[to] = *it;
                it = m_sparse.erase(it);
            } else {
                ++it;
            }
        }
        return &m_dense[at];
    }
    return &m_sparse[id];
}

QStringView SearchTextStore::store(qint64 id, QStringView text)
{
    Q_ASSERT(!text.isEmpty());
    if ((m_unused > kUnusedLimit && m_unused > m_buffer.size() / 2) ||
        m_buffer.size() + text.size() > kMaxBuffer)
        dropTexts(); // the caller's card is the first of the new buffer
    Slice *s = slot(id);
    if (s->length) {
        m_unused += s->length;
        --m_stored;
    }
    s->offset = quint32(m_buffer.size());
    s->length = quint32(text.size());
    m_buffer.append(text);
    ++m_stored;
    return QStringView(m_buffer).mid(s->offset, s->length);
}

void SearchTextStore::dropTexts()
{
    m_buffer.clear();
    std::fill(m_dense.begin(), m_dense.end(), Slice());
    m_sparse.clear();
    m_stored = 0;
    m_unused = 0;
}

void SearchTextStore::forget(qint64 id)
{
    const quint64 at = quint64(id - m_first);
    Slice *s = nullptr;
    if (at < m_dense.size()) {
        s = &m_dense[at];
    } else {
        auto it = m_sparse.find(id);
        if (it == m_sparse.end())
            return;
        s = &*it;
    }
    if (s->length) {
        m_unused += s->length;
        --m_stored;
        *s = {};
    }
}

void SearchTextStore::clear()
{
    m_buffer.clear();
    m_dense.clear();
    m_dense.shrink_to_fit();
    m_sparse.clear();
    m_first = 0;
    m_cards = 0;
    m_stored = 0;
    m_unused = 0;
}

} // namespace SprintDeck
