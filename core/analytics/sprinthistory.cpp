#include "core/analytics/sprinthistory.h"

#include <algorithm>
#include <atomic>
#include <numeric>

using namespace Qt::StringLiterals;

namespace SprintDeck {

namespace {

int priorityValue(const QString &text)
{
    // Stored as "P1".."P4"; anything else is the default.
    if (text.size() == 2 && (text.at(0) == u'P' || text.at(0) == u'p')) {
        const int v = text.at(1).digitValue();
        if (v >= 1 && v <= 4)
            return v;
    }
    return 3;
}

} // namespace

SprintHistory::SprintHistory(qint64 sprintId, const QList<Event> &events,
                             const QList<Column> &columns)
    : m_sprintText(QString::number(sprintId))
    , m_columns(columns)
{
    static std::atomic<quint64> generations{0};
    m_generation = ++generations;
    m_done.reserve(size_t(columns.size()));
    for (const Column &c : columns)
        m_done.push_back(c.done);

    // The repository returns events in time order; sort the order only when needed.
    std::vector<qint64> times(size_t(events.size()));
    bool sorted = true;
    for (qsizetype i = 0; i < events.size(); ++i) {
        times[size_t(i)] = events.at(i).at.toMSecsSinceEpoch();
        if (i > 0 && sorted) {
            const qint64 prev = times[size_t(i - 1)], cur = times[size_t(i)];
            sorted = prev < cur || (prev == cur && events.at(i - 1).id <= events.at(i).id);
        }
    }
    std::vector<int> order;
    if (!sorted) {
        order.resize(size_t(events.size()));
        std::iota(order.begin(), order.end(), 0);
        std::stable_sort(order.begin(), order.end(), [&](int a, int b) {
            const qint64 x = times[size_t(a)], y = times[size_t(b)];
            return x != y ? x < y : events.at(a).id < events.at(b).id;
        });
    }
    m_steps.reserve(size_t(events.size()) * 2 / 3 + 16);
    for (qsizetype n = 0; n < events.size(); ++n) {
        const qsizetype index = sorted ? n : order[size_t(n)];
        add(events.at(index), times[size_t(index)]);
    }
}

bool SprintHistory::append(const QList<Event> &events)
{
    qint64 lastMs = m_lastMs, lastId = m_lastEventId;
    for (const Event &e : events) {
        const qint64 ms = e.at.toMSecsSinceEpoch();
        if (ms < lastMs || (ms == lastMs && e.id <= lastId))
            return false;
        lastMs = ms;
        lastId = e.id;
    }
    for (const Event &e : events)
        add(e, e.at.toMSecsSinceEpoch());
    return true;
}

int SprintHistory::columnIndex(qint64 id) const
{
    // Boards have a handful of columns: a linear search beats hashing.
    for (qsizetype i = 0; i < m_columns.size(); ++i)
        if (m_columns.at(i).id == id)
            return int(i);
    return -1;
}

void SprintHistory::add(const Event &e, qint64 ms)
{
    m_lastMs = ms;
    m_lastEventId = e.id;
    int card;
    bool firstOfCard = false;
    auto it = m_cardIndex.constFind(e.cardId);
    if (it == m_cardIndex.cend()) {
        card = int(m_cardIds.size());
        firstOfCard = true;
        m_cardIndex.insert(e.cardId, card);
        m_cardIds.append(e.cardId);
        m_keys.append(u"#"_s + QString::number(e.cardId));
        // A history that does not begin with the card's creation: it existed already.
        if (e.kind != Event::Kind::Created)
            m_steps.push_back({ms, card, Field::Exists, 1});
    } else {
        card = *it;
    }
    switch (e.kind) {
    case Event::Kind::Created:
        // A card is created once; a later "created" row is not one this code knows.
        if (!firstOfCard)
            break;
        if (!e.newValue.isEmpty())
            m_keys[card] = e.newValue;
        m_steps.push_back({ms, card, Field::Exists, 1});
        break;
    case Event::Kind::Restored:
        if (!e.newValue.isEmpty())
            m_keys[card] = e.newValue;
        m_steps.push_back({ms, card, Field::Exists, 1});
        break;
    case Event::Kind::Deleted:
        m_steps.push_back({ms, card, Field::Exists, 0});
        break;
    case Event::Kind::Moved:
        m_steps.push_back({ms, card, Field::Column, double(columnIndex(e.newValue.toLongLong()))});
        break;
    case Event::Kind::Sprint:
        m_steps.push_back({ms, card, Field::InSprint, e.newValue == m_sprintText ? 1.0 : 0.0});
        break;
    case Event::Kind::Points: {
        bool ok = false;
        const double v = e.newValue.toDouble(&ok);
        m_steps.push_back({ms, card, Field::Points, ok ? v : std::nan("")});
        break;
    }
    case Event::Kind::Priority:
        m_steps.push_back({ms, card, Field::Priority, double(priorityValue(e.newValue))});
        break;
    default:
        break; // titles, ranks, labels… do not change any chart
    }
}

void SprintHistory::apply(CardState &state, const Step &step)
{
    switch (step.field) {
    case Field::Exists:
        state.exists = step.value != 0;
        break;
    case Field::InSprint:
        state.inSprint = step.value != 0;
        break;
    case Field::Column:
        state.column = int(step.value);
        break;
    case Field::Points:
        state.points = step.value;
        break;
    case Field::Priority:
        state.priority = int(step.value);
        break;
    }
}

QList<SprintHistory::CardState> SprintHistory::statesAt(qint64 ms) const
{
    QList<CardState> states(m_cardIds.size());
    for (const Step &step : m_steps) {
        if (step.ms > ms)
            break;
        apply(states[step.card], step);
    }
    return states;
}

} // namespace SprintDeck
