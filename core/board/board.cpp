#include "core/board/board.h"
#include "core/board/boardbatch.h"
#include "core/board/boardwriteobserver.h"
#include "core/board/cardevents.h"
#include "core/board/commands.h"
#include "core/board/membername.h"
#include "core/storage/database.h"
#include "core/storage/repository.h"

#include <QUndoStack>

#include <algorithm>
#include <limits>

using namespace Qt::StringLiterals;

namespace SprintDeck {

namespace {
const QList<qint64> kEmptyList;
} // namespace

Result<std::unique_ptr<Board>> Board::open(const QString &path)
{
    auto db = Database::open(path);
    if (!db)
        return Result<std::unique_ptr<Board>>::failure(db.error());
    auto board = std::make_unique<Board>(std::move(db.value()));
    if (Status loaded = board->loadAll(); !loaded)
        return Result<std::unique_ptr<Board>>::failure(
            tr("Cannot read %1: %2").arg(path, loaded.error()));
    return Result<std::unique_ptr<Board>>(std::move(board));
}

Board::Board(std::unique_ptr<Database> db, QObject *parent)
    : QObject(parent)
    , m_db(std::move(db))
    , m_repo(std::make_unique<Repository>(*m_db))
    , m_undo(new QUndoStack(this))
    , m_clock([] { return QDateTime::currentDateTimeUtc(); })
{
    // The cards this Board writes itself, which its undo history may write again; other
    // processes' changes come with the same signals while m_applyingStore is set.
    connect(this, &Board::cardsAdded, this, [this](const QList<qint64> &ids) {
        if (!m_applyingStore)
            m_locallyWritten.unite(QSet<qint64>(ids.cbegin(), ids.cend()));
    });
    auto remember = [this](const QList<Card> &cards) {
        if (!m_applyingStore)
            for (const Card &c : cards)
                m_locallyWritten.insert(c.id);
    };
    connect(this, &Board::cardsChanged, this, remember);
    connect(this, &Board::cardsRemoved, this, remember);
    connect(m_undo, &QUndoStack::indexChanged, this, [this] {
        if (m_undo->count() == 0)
            m_locallyWritten.clear();
    });
}

Board::~Board()
{
    // Commands refer to the Board; drop them before the database goes.
    m_undo->clear();
}

QString Board::path() const
{
    return m_db->path();
}

QDateTime Board::now() const
{
    return m_clock().toUTC();
}

Status Board::loadAll()
{
    if (Status marked = readStoreMark(); !marked)
        return marked;
    m_keyPrefix = m_db->metaValue(u"key_prefix"_s, u"SD"_s);
    auto columns = m_repo->loadColumns();
    if (!columns)
        return Status::failure(columns.error());
    if (columns->isEmpty()) {
        // A new board starts with the usual workflow, written once even when two processes
        // open the new file at the same time: the second finds the first's under the lock.
        Transaction tx(*m_db);
        if (!tx.isActive())
            return Status::failure(m_db->lastError());
        columns = m_repo->loadColumns();
        if (!columns)
            return Status::failure(columns.error());
        if (columns->isEmpty()) {
            const QList<QPair<QString, bool>> defaults = {{tr("To Do"), false},
                                                          {tr("In Progress"), false},
                                                          {tr("Review"), false},
                                                          {tr("Done"), true}};
            int position = 0;
            for (const auto &[name, done] : defaults) {
                Column c{0, name, done, 0, position++};
                if (Status s = m_repo->insertColumn(c); !s)
                    return s;
                columns->append(c);
            }
            if (!m_db->setMetaValue(u"key_prefix"_s, m_keyPrefix) || !tx.commit())
                return Status::failure(m_db->lastError());
        }
    }
    m_columns = columns.value();
    auto members = m_repo->loadMembers();
    if (!members)
        return Status::failure(members.error());
    m_members = members.value();
    auto sprints = m_repo->loadSprints();
    if (!sprints)
        return Status::failure(sprints.error());
    m_sprints = sprints.value();
    m_cards.clear();
    m_lists.clear();
    m_search.clear();
    m_searchMapped = false;
    m_searchPending.clear();
    m_searchPrepared = false;
    if (const auto ids = m_repo->cardIdRange())
        m_cards.reserve(ids->second - ids->first + 1);
    // Sort each list by (rank, id) pairs: far cheaper than looking cards up while sorting.
    QHash<QPair<qint64, qint64>, std::vector<std::pair<double, qint64>>> order;
    Status loaded = m_repo->forEachCard([&](Card &&c) {
        const qint64 id = c.id;
        order[listKey(c)].emplace_back(c.rank, id);
        m_cards.emplace(id, std::move(c));
    });
    if (!loaded)
        return loaded;
    for (auto it = order.begin(); it != order.end(); ++it) {
        std::sort(it->begin(), it->end());
        // Ties are rare: only their runs are sorted again, as lessInList() orders them.
        for (auto run = it->begin(); run != it->end();) {
            auto end = std::find_if(run, it->end(),
                                    [run](const auto &e) { return e.first != run->first; });
            if (end - run > 1)
                std::sort(run, end, [this](const auto &x, const auto &y) {
                    return lessInList(x.second, y.second);
                });
            run = end;
        }
        QList<qint64> &list = m_lists[it.key()];
        list.reserve(qsizetype(it->size()));
        for (const auto &entry : *it)
            list.append(entry.second);
    }
    // Search text is built when a filter first needs it, not at load time.
    return {};
}

void Board::addWriteObserver(BoardWriteObserver *observer)
{
    if (observer && !m_writeObservers.contains(observer))
        m_writeObservers.append(observer);
}

void Board::removeWriteObserver(BoardWriteObserver *observer)
{
    m_writeObservers.removeAll(observer);
}

Status Board::notifyWritten(const QList<CardWrite> &cards, const QList<SprintWrite> &sprints)
{
    for (BoardWriteObserver *observer : std::as_const(m_writeObservers)) {
        if (Status s = observer->boardWritten(cards, sprints); !s)
            return s;
    }
    return {};
}

Status Board::notifyBatchWritten(const BoardBatch &batch, const BoardBatchResult &done,
                                 const QList<Card> &finals)
{
    QList<CardWrite> cards;
    // By id: a catch-up of a shared board changes tens of thousands of cards at once.
    const QSet<qint64> created(done.createdCards.cbegin(), done.createdCards.cend());
    const QSet<qint64> deleted(batch.deleteCards.cbegin(), batch.deleteCards.cend());
    QHash<qint64, const Card *> changed;
    changed.reserve(done.changedCards.size());
    for (const Card &b : done.changedCards)
        changed.insert(b.id, &b);
    for (const Card &c : finals) {
        if (deleted.contains(c.id))
            continue;
        if (created.contains(c.id)) {
            cards.append({CardWrite::Kind::Created, Card(), c});
            continue;
        }
        const Card *before = changed.value(c.id);
        cards.append({CardWrite::Kind::Changed, before ? *before : c, c});
    }
    for (qint64 id : batch.deleteCards) {
        const auto last = std::find_if(finals.cbegin(), finals.cend(),
                                       [id](const Card &c) { return c.id == id; });
        const Card c = last != finals.cend() ? *last : m_cards.value(id);
        cards.append({CardWrite::Kind::Deleted, c, c});
    }
    for (const Member &m : batch.members) {
        const auto before = std::find_if(done.updatedMembers.cbegin(), done.updatedMembers.cend(),
                                         [&m](const Member &b) { return b.id == m.id; });
        const Member previous = before != done.updatedMembers.cend() ? *before : Member();
        for (BoardWriteObserver *observer : std::as_const(m_writeObservers))
            if (Status s = observer->memberWritten(previous, m); !s)
                return s;
    }
    QList<SprintWrite> sprints;
    for (const Sprint &s : batch.sprints) {
        const auto before = std::find_if(done.updatedSprints.cbegin(), done.updatedSprints.cend(),
                                         [&s](const Sprint &b) { return b.id == s.id; });
        sprints.append({before != done.updatedSprints.cend() ? *before : Sprint(), s});
    }
    if (cards.isEmpty() && sprints.isEmpty())
        return {};
    return notifyWritten(cards, sprints);
}

Status Board::reload()
{
    emit aboutToReload();
    m_undo->clear();
    m_locallyWritten.clear();
    Status s = loadAll();
    emit reloaded();
    return s;
}

Status Board::setKeyPrefix(const QString &prefix)
{
    const QString p = prefix.trimmed().toUpper();
    if (p.isEmpty() || p.contains(u'-') || p.contains(u' '))
        return Status::failure(tr("A key prefix is letters or digits, such as \u201cSD\u201d"));
    if (!m_db->setMetaValue(u"key_prefix"_s, p))
        return Status::failure(m_db->lastError());
    m_keyPrefix = p;
    return {};
}

// --- reading ---------------------------------------------------------------

const Column *Board::column(qint64 id) const
{
    for (const Column &c : m_columns)
        if (c.id == id)
            return &c;
    return nullptr;
}

const Column *Board::columnByName(QStringView name) const
{
    for (const Column &c : m_columns)
        if (name.compare(c.name, Qt::CaseInsensitive) == 0)
            return &c;
    return nullptr;
}

qint64 Board::firstColumnId() const
{
    return m_columns.isEmpty() ? 0 : m_columns.first().id;
}

qint64 Board::firstDoneColumnId() const
{
    for (const Column &c : m_columns)
        if (c.done)
            return c.id;
    return m_columns.isEmpty() ? 0 : m_columns.last().id;
}

bool Board::isDoneColumn(qint64 id) const
{
    const Column *c = column(id);
    return c && c->done;
}

const Member *Board::member(qint64 id) const
{
    for (const Member &m : m_members)
        if (m.id == id)
            return &m;
    return nullptr;
}

const Member *Board::memberByName(QStringView name) const
{
    for (const Member &m : m_members)
        if (name.compare(m.name, Qt::CaseInsensitive) == 0)
            return &m;
    return nullptr;
}

const Sprint *Board::sprint(qint64 id) const
{
    for (const Sprint &s : m_sprints)
        if (s.id == id)
            return &s;
    return nullptr;
}

const Sprint *Board::sprintByName(QStringView name) const
{
    for (const Sprint &s : m_sprints)
        if (name.compare(s.name, Qt::CaseInsensitive) == 0)
            return &s;
    return nullptr;
}

qint64 Board::currentSprintId() const
{
    for (auto it = m_sprints.crbegin(); it != m_sprints.crend(); ++it)
        if (it->state == Sprint::State::Active)
            return it->id;
    for (const Sprint &s : m_sprints)
        if (s.state == Sprint::State::Planned)
            return s.id;
    return m_sprints.isEmpty() ? 0 : m_sprints.last().id;
}

const Card *Board::card(qint64 id) const
{
    auto it = m_cards.constFind(id);
    return it == m_cards.cend() ? nullptr : &*it;
}

const Card *Board::cardByKey(QStringView key) const
{
    for (const Card &c : m_cards)
        if (key.compare(c.key, Qt::CaseInsensitive) == 0)
            return &c;
    return nullptr;
}

const QList<qint64> &Board::cardsIn(qint64 sprintId, qint64 columnId) const
{
    auto it = m_lists.constFind(listKey(sprintId, columnId));
    return it == m_lists.cend() ? kEmptyList : *it;
}

QStringView Board::searchText(qint64 cardId) const
{
    if (const QStringView text = m_search.find(cardId); !text.isEmpty())
        return text;
    const Card *c = card(cardId);
    if (!c)
        return {};
    mapSearchIds();
    return m_search.store(cardId, buildSearchText(*c));
}

void Board::mapSearchIds() const
{
    if (m_searchMapped || m_cards.isEmpty())
        return;
    m_searchMapped = true;
    qint64 first = std::numeric_limits<qint64>::max();
    qint64 last = std::numeric_limits<qint64>::min();
    for (auto it = m_cards.keyBegin(); it != m_cards.keyEnd(); ++it) {
        first = std::min(first, *it);
        last = std::max(last, *it);
    }
    m_search.reserve(first, last, m_cards.size());
}

bool Board::prepareSearchText(qsizetype count) const
{
    if (!m_searchPrepared) {
        m_searchPrepared = true;
        mapSearchIds();
        // In list order, the order in which a filter reads them.
        m_searchPending.reserve(size_t(m_cards.size()));
        for (const QList<qint64> &list : m_lists)
            for (qint64 id : list)
                if (m_search.find(id).isEmpty())
                    m_searchPending.push_back(id);
        std::reverse(m_searchPending.begin(), m_searchPending.end());
    }
    for (; count > 0 && !m_searchPending.empty(); --count) {
        const qint64 id = m_searchPending.back();
        m_searchPending.pop_back();
        searchText(id); // built unless the card is gone or a filter built it already
    }
    return !m_searchPending.empty();
}

bool Board::lessInList(qint64 a, qint64 b) const
{
    const Card &ca = *m_cards.constFind(a);
    const Card &cb = *m_cards.constFind(b);
    // Equal ranks (cards placed at one spot on two replicas of a shared board) order by key,
    // which every replica shares, unlike ids.
    if (ca.rank != cb.rank)
        return ca.rank < cb.rank;
    return ca.key != cb.key ? ca.key < cb.key : a < b;
}

Result<QList<Event>> Board::history(qint64 cardId) const
{
    return m_repo->eventsForCard(cardId);
}

// --- indexes ---------------------------------------------------------------

void Board::indexInsert(const Card &c)
{
    QList<qint64> &list = listFor(c);
    auto pos = std::lower_bound(list.begin(), list.end(), c.id,
                                [this](qint64 a, qint64 b) { return lessInList(a, b); });
    list.insert(pos, c.id);
}

void Board::indexRemove(const Card &c)
{
    auto it = m_lists.find(listKey(c));
    if (it != m_lists.end())
        it->removeOne(c.id);
}

void Board::refreshSearchText(const Card &c)
{
    m_search.forget(c.id);
}

QString Board::buildSearchText(const Card &c) const
{
    const Member *m = c.assigneeId ? member(c.assigneeId) : nullptr;
    qsizetype size = c.key.size() + 1 + c.title.size() + (m ? m->name.size() + 1 : 0);
    for (const QString &label : c.labels)
        size += label.size() + 1;
    QString text;
    text.reserve(size);
    text += c.key;
    text += u' ';
    text += c.title;
    for (const QString &label : c.labels) {
        text += u' ';
        text += label;
    }
    if (m) {
        text += u' ';
        text += m->name;
    }
    return std::move(text).toLower();
}

QString Board::nextKey()
{
    int next = m_db->metaValue(u"next_key_%1"_s.arg(m_keyPrefix), u"0"_s).toInt();
    if (next <= 0) {
        next = 1;
        const QString stem = m_keyPrefix + u'-';
        for (const Card &c : std::as_const(m_cards))
            if (c.key.startsWith(stem, Qt::CaseInsensitive))
                next = qMax(next, c.key.mid(stem.size()).toInt() + 1);
    }
    QString key;
    do {
        key = u"%1-%2"_s.arg(m_keyPrefix).arg(next++);
    } while (cardByKey(key));
    m_db->setMetaValue(u"next_key_%1"_s.arg(m_keyPrefix), QString::number(next));
    return key;
}

// --- primitives ------------------------------------------------------------

Status Board::applyCardStates(const QList<Card> &targets)
{
    const QDateTime at = now();
    QList<Card> written;
    written.reserve(targets.size());
    Transaction tx(*m_db);
    if (!tx.isActive())
        return Status::failure(m_db->lastError());
    bool anyEvent = false;
    for (Card target : targets) {
        const Card *current = card(target.id);
        if (!current)
            return Status::failure(tr("Card %1 is no longer on the board").arg(target.key));
        if (target.sprintId && !sprint(target.sprintId))
            return Status::failure(tr("No sprint with id %1").arg(target.sprintId));
        if (!column(target.columnId))
            return Status::failure(tr("No column with id %1").arg(target.columnId));
        target.createdAt = current->createdAt;
        QList<Event> events = CardEvents::changes(*current, target, at);
        if (events.isEmpty() && target == *current)
            continue;
        target.updatedAt = at;
        if (Status s = m_repo->updateCard(target); !s)
            return s;
        for (Event &e : events) {
            e.authorId = m_authorId;
            if (Status s = m_repo->appendEvent(e); !s)
                return s;
        }
        anyEvent = anyEvent || !events.isEmpty();
        written.append(target);
    }
    if (!m_writeObservers.isEmpty() && !written.isEmpty()) {
        QList<CardWrite> writes;
        for (const Card &target : std::as_const(written))
            writes.append({CardWrite::Kind::Changed, m_cards.value(target.id), target});
        if (Status s = notifyWritten(writes, {}); !s)
            return s;
    }
    if (!tx.commit())
        return Status::failure(m_db->lastError());

    QList<Card> before;
    before.reserve(written.size());
    for (const Card &target : std::as_const(written)) {
        before.append(m_cards.value(target.id));
        indexRemove(before.last());
        m_cards.insert(target.id, target);
    }
    for (const Card &target : std::as_const(written)) {
        indexInsert(target);
        refreshSearchText(target);
    }
    if (!written.isEmpty())
        emit cardsChanged(before);
    if (anyEvent)
        emit historyChanged();
    return {};
}

Status Board::applyInsertCards(QList<Card> &cards)
{
    const QDateTime at = now();
    Transaction tx(*m_db);
    if (!tx.isActive())
        return Status::failure(m_db->lastError());
    QList<bool> inserted;
    inserted.reserve(cards.size());
    for (Card &c : cards) {
        inserted.append(c.id == 0);
        if (c.id == 0) {
            if (c.columnId == 0)
                c.columnId = firstColumnId();
            if (!column(c.columnId))
                return Status::failure(tr("No column with id %1").arg(c.columnId));
            if (c.key.trimmed().isEmpty())
                c.key = nextKey();
            c.createdAt = c.createdAt.isValid() ? c.createdAt : at;
            c.updatedAt = at;
            if (Status s = m_repo->insertCard(c); !s) {
                c.id = 0;
                return Database::explainDuplicate(
                    s, tr("A card with the key %1 exists already").arg(c.key));
            }
            for (Event &e : CardEvents::created(c, at)) {
                e.authorId = m_authorId;
                if (Status s = m_repo->appendEvent(e); !s)
                    return s;
            }
        } else {
            c.updatedAt = at;
            if (Status s = m_repo->updateCard(c); !s)
                return s;
            if (Status s = m_repo->setCardDeleted(c.id, false, at); !s)
                return s;
            Event e = CardEvents::restored(c, at);
            e.authorId = m_authorId;
            if (Status s = m_repo->appendEvent(e); !s)
                return s;
        }
    }
    if (!m_writeObservers.isEmpty()) {
        QList<CardWrite> writes;
        for (qsizetype i = 0; i < cards.size(); ++i) {
            const Card &c = cards.at(i);
            writes.append(inserted.at(i) ? CardWrite{CardWrite::Kind::Created, Card(), c}
                                         : CardWrite{CardWrite::Kind::Restored, c, c});
        }
        if (Status s = notifyWritten(writes, {}); !s) {
            for (qsizetype i = 0; i < cards.size(); ++i)
                if (inserted.at(i))
                    cards[i].id = 0;
            return s;
        }
    }
    if (!tx.commit()) {
        for (Card &c : cards)
            if (!m_cards.contains(c.id))
                c.id = 0;
        return Status::failure(m_db->lastError());
    }
    QList<qint64> ids;
    ids.reserve(cards.size());
    for (const Card &c : std::as_const(cards))
        m_cards.insert(c.id, c);
    for (const Card &c : std::as_const(cards)) {
        indexInsert(c);
        refreshSearchText(c);
        ids.append(c.id);
    }
    emit cardsAdded(ids);
    emit historyChanged();
    return {};
}

Status Board::applyDeleteCards(const QList<qint64> &ids)
{
    const QDateTime at = now();
    Transaction tx(*m_db);
    if (!tx.isActive())
        return Status::failure(m_db->lastError());
    for (qint64 id : ids) {
        const Card *c = card(id);
        if (!c)
            return Status::failure(tr("Card %1 is no longer on the board").arg(id));
        if (Status s = m_repo->setCardDeleted(id, true, at); !s)
            return s;
        Event e = CardEvents::deleted(id, c->key, at);
        e.authorId = m_authorId;
        if (Status s = m_repo->appendEvent(e); !s)
            return s;
    }
    if (!m_writeObservers.isEmpty()) {
        QList<CardWrite> writes;
        for (qint64 id : ids)
            writes.append({CardWrite::Kind::Deleted, m_cards.value(id), m_cards.value(id)});
        if (Status s = notifyWritten(writes, {}); !s)
            return s;
    }
    if (!tx.commit())
        return Status::failure(m_db->lastError());
    QList<Card> last;
    last.reserve(ids.size());
    for (qint64 id : ids) {
        indexRemove(m_cards.value(id));
        last.append(m_cards.take(id));
        m_search.forget(id);
    }
    emit cardsRemoved(last);
    emit historyChanged();
    return {};
}

Status Board::applyColumns(const QList<Column> &columns)
{
    Transaction tx(*m_db);
    if (!tx.isActive())
        return Status::failure(m_db->lastError());
    QList<Column> result = columns;
    for (int i = 0; i < result.size(); ++i) {
        Column &c = result[i];
        c.position = i;
        if (c.id == 0) {
            if (Status s = m_repo->insertColumn(c); !s)
                return s;
        } else {
            if (Status s = m_repo->updateColumn(c); !s)
                return s;
            if (Status s = m_repo->setColumnRemoved(c.id, false); !s)
                return s;
        }
    }
    for (const Column &old : std::as_const(m_columns)) {
        const bool kept = std::any_of(result.cbegin(), result.cend(),
                                      [&](const Column &c) { return c.id == old.id; });
        if (!kept) {
            if (!cardsIn(0, 0).isEmpty()) {
                for (qint64 id : cardsIn(0, 0))
                    if (card(id)->columnId == old.id)
                        return Status::failure(
                            tr("Column %1 still holds backlog cards").arg(old.name));
            }
            for (const Sprint &s : std::as_const(m_sprints))
                if (!cardsIn(s.id, old.id).isEmpty())
                    return Status::failure(tr("Column %1 still holds cards").arg(old.name));
            if (Status s = m_repo->setColumnRemoved(old.id, true); !s)
                return s;
        }
    }
    for (BoardWriteObserver *observer : std::as_const(m_writeObservers))
        if (Status s = observer->columnsWritten(m_columns, result); !s)
            return s;
    if (!tx.commit())
        return Status::failure(m_db->lastError());
    m_columns = result;
    emit columnsChanged();
    return {};
}

Status Board::applyMember(Member &member)
{
    Transaction tx(*m_db);
    const bool exists = member.id && this->member(member.id);
    Status s = exists ? m_repo->updateMember(member) : m_repo->insertMember(member);
    if (!s)
        return Database::explainDuplicate(
            s, tr("There is already a member called %1").arg(member.name));
    for (BoardWriteObserver *observer : std::as_const(m_writeObservers))
        if (Status s =
                observer->memberWritten(exists ? *this->member(member.id) : Member(), member);
            !s)
            return s;
    if (!tx.commit())
        return Status::failure(m_db->lastError());
    if (exists) {
        for (Member &m : m_members)
            if (m.id == member.id)
                m = member;
    } else {
        m_members.append(member);
    }
    std::sort(m_members.begin(), m_members.end(), memberBefore);
    for (const Card &c : std::as_const(m_cards))
        if (c.assigneeId == member.id)
            refreshSearchText(c);
    emit membersChanged();
    return {};
}

Status Board::applyRemoveMember(qint64 id)
{
    Transaction tx(*m_db);
    if (Status s = m_repo->deleteMember(id); !s)
        return s;
    if (const Member *removed = member(id))
        for (BoardWriteObserver *observer : std::as_const(m_writeObservers))
            if (Status s = observer->memberWritten(*removed, Member()); !s)
                return s;
    if (!tx.commit())
        return Status::failure(m_db->lastError());
    m_members.removeIf([id](const Member &m) { return m.id == id; });
    emit membersChanged();
    return {};
}

Status Board::applySprint(Sprint &sprint)
{
    if (Status s = checkSprint(sprint); !s)
        return s;
    Transaction tx(*m_db);
    const bool exists = sprint.id && this->sprint(sprint.id);
    Status s = exists ? m_repo->updateSprint(sprint) : m_repo->insertSprint(sprint);
    if (!s)
        return Database::explainDuplicate(
            s, tr("There is already a sprint called %1").arg(sprint.name));
    if (!m_writeObservers.isEmpty()) {
        if (Status s = notifyWritten({}, {{exists ? *this->sprint(sprint.id) : Sprint(), sprint}});
            !s)
            return s;
    }
    if (!tx.commit())
        return Status::failure(m_db->lastError());
    if (exists) {
        for (Sprint &existing : m_sprints)
            if (existing.id == sprint.id)
                existing = sprint;
    } else {
        m_sprints.append(sprint);
    }
    std::stable_sort(m_sprints.begin(), m_sprints.end(), sprintBefore);
    emit sprintsChanged();
    return {};
}

Status Board::applyRemoveSprint(qint64 id)
{
    for (const Card &c : std::as_const(m_cards))
        if (c.sprintId == id)
            return Status::failure(tr("The sprint still holds cards"));
    Transaction tx(*m_db);
    if (Status s = m_repo->deleteSprint(id); !s)
        return s;
    if (const Sprint *removed = sprint(id); removed && !m_writeObservers.isEmpty())
        if (Status s = notifyWritten({}, {{*removed, Sprint()}}); !s)
            return s;
    if (!tx.commit())
        return Status::failure(m_db->lastError());
    m_sprints.removeIf([id](const Sprint &s) { return s.id == id; });
    emit sprintsChanged();
    return {};
}

// --- user actions ----------------------------------------------------------

Status Board::pushAndApply(UndoCommand *command)
{
    std::unique_ptr<UndoCommand> owned(command);
    // Another process may have written since the last look: apply its changes first, so
    // this command changes only its own fields of the cards as they are now.
    if (auto refreshed = refreshFromStore(); !refreshed)
        return Status::failure(refreshed.error());
    if (Status s = owned->apply(true); !s)
        return s;
    owned->markApplied();
    m_undo->push(owned.release());
    return {};
}

Result<qint64> Board::addCard(Card draft)
{
    if (Status s = checkSprintMembership(draft.title, 0, draft.sprintId); !s)
        return Result<qint64>::failure(s.error());
    QList<Card> drafts{std::move(draft)};
    const QString title = drafts.first().title;
    auto *cmd = new CardPresenceCommand(this, tr("Add card %1").arg(title), drafts, true);
    if (Status s = pushAndApply(cmd); !s)
        return Result<qint64>::failure(s.error());
    return cmd->cards().first().id;
}

Status Board::addCards(QList<Card> drafts, const QString &label)
{
    if (drafts.isEmpty())
        return {};
    for (const Card &d : std::as_const(drafts))
        if (Status s = checkSprintMembership(d.key.isEmpty() ? d.title : d.key, 0, d.sprintId); !s)
            return s;
    return pushAndApply(new CardPresenceCommand(this, label, std::move(drafts), true));
}

Status Board::updateCard(const Card &edited)
{
    const Card *current = card(edited.id);
    if (!current)
        return Status::failure(tr("Card %1 is no longer on the board").arg(edited.key));
    if (edited.title.trimmed().isEmpty())
        return Status::failure(tr("A card needs a title"));
    if (*current == edited)
        return {};
    if (Status s = checkSprintMembership(current->key, current->sprintId, edited.sprintId); !s)
        return s;
    return pushAndApply(
        new CardStatesCommand(this, tr("Edit %1").arg(current->key), {*current}, {edited}));
}

Status Board::updateCards(const QList<Card> &edited, const QString &label)
{
    QList<Card> before;
    for (const Card &c : edited) {
        const Card *current = card(c.id);
        if (!current)
            return Status::failure(tr("Card %1 is no longer on the board").arg(c.key));
        before.append(*current);
    }
    if (before == edited)
        return {};
    if (Status s = checkMembershipEdits(before, edited); !s)
        return s;
    return pushAndApply(new CardStatesCommand(this, label, before, edited));
}

QList<double> Board::ranksFor(const QList<qint64> &list, int insertAt, int count,
                              bool *renumber) const
{
    const double lo = insertAt > 0 ? m_cards.value(list.at(insertAt - 1)).rank : 0.0;
    const double hi =
        insertAt < list.size() ? m_cards.value(list.at(insertAt)).rank : lo + 1024.0 * (count + 1);
    QList<double> ranks;
    const double step = (hi - lo) / (count + 1);
    *renumber = !(step > 1e-6 * qMax(1.0, qAbs(lo)));
    for (int i = 1; i <= count; ++i)
        ranks.append(lo + step * i);
    return ranks;
}

Status Board::moveCards(const QList<qint64> &ids, qint64 sprintId, qint64 columnId, qint64 beforeId)
{
    for (qint64 id : ids)
        if (const Card *c = card(id))
            if (Status s = checkSprintMembership(c->key, c->sprintId, sprintId); !s)
                return s;
    return placeCards(ids, sprintId, columnId, beforeId);
}

Status Board::placeCards(const QList<qint64> &ids, qint64 sprintId, qint64 columnId,
                         qint64 beforeId)
{
    if (ids.isEmpty())
        return {};
    if (sprintId && !sprint(sprintId))
        return Status::failure(tr("No sprint with id %1").arg(sprintId));
    // In the backlog a card keeps its column unless one is given.
    const Column *target = column(columnId);
    if (!target && (sprintId || columnId))
        return Status::failure(tr("No column with id %1").arg(columnId));

    QList<qint64> moving;
    for (qint64 id : ids) {
        if (!card(id))
            return Status::failure(tr("Card %1 is no longer on the board").arg(id));
        if (!moving.contains(id))
            moving.append(id);
    }
    // Keep the cards' visual order: by list, then by rank.
    std::stable_sort(moving.begin(), moving.end(),
                     [this](qint64 a, qint64 b) { return lessInList(a, b); });

    QList<qint64> list = cardsIn(sprintId, columnId);
    list.removeIf([&](qint64 id) { return moving.contains(id); });
    int insertAt = beforeId ? int(list.indexOf(beforeId)) : int(list.size());
    if (insertAt < 0)
        insertAt = int(list.size());

    bool renumber = false;
    QList<double> ranks = ranksFor(list, insertAt, int(moving.size()), &renumber);
    QList<Card> before, after;
    auto stage = [&](qint64 id, double rank) {
        Card c = m_cards.value(id);
        before.append(c);
        c.sprintId = sprintId;
        if (columnId)
            c.columnId = columnId;
        c.rank = rank;
        after.append(c);
    };
    if (renumber) {
        // The gap is used up: space the whole list out again.
        QList<qint64> order = list;
        for (int i = 0; i < moving.size(); ++i)
            order.insert(insertAt + i, moving.at(i));
        for (int i = 0; i < order.size(); ++i)
            stage(order.at(i), 1024.0 * (i + 1));
    } else {
        for (int i = 0; i < moving.size(); ++i)
            stage(moving.at(i), ranks.at(i));
    }
    // Drop no-op entries (renumbering keeps unchanged cards out of the command).
    for (int i = int(before.size()) - 1; i >= 0; --i) {
        if (before.at(i) == after.at(i)) {
            before.removeAt(i);
            after.removeAt(i);
        }
    }
    if (after.isEmpty())
        return {};

    QString label;
    const QString where = sprintId ? target->name : tr("the backlog");
    if (moving.size() == 1)
        label = tr("Move %1 to %2").arg(m_cards.value(moving.first()).key, where);
    else
        label = tr("Move %n cards to %1", nullptr, int(moving.size())).arg(where);
    return pushAndApply(new CardStatesCommand(this, label, before, after));
}

Status Board::reorderCard(qint64 id, int delta)
{
    const Card *c = card(id);
    if (!c || delta == 0)
        return {};
    const QList<qint64> &list = cardsIn(c->sprintId, c->columnId);
    const int index = int(list.indexOf(id));
    const int target = qBound(0, index + delta, int(list.size()) - 1);
    if (target == index)
        return {};
    // Insert before the card that will follow it.
    qint64 beforeId = 0;
    if (delta < 0)
        beforeId = list.at(target);
    else if (target + 1 < list.size())
        beforeId = list.at(target + 1);
    return moveCards({id}, c->sprintId, c->columnId, beforeId);
}

Status Board::deleteCards(const QList<qint64> &ids)
{
    QList<Card> cards;
    for (qint64 id : ids) {
        const Card *c = card(id);
        if (!c)
            return Status::failure(tr("Card %1 is no longer on the board").arg(id));
        cards.append(*c);
    }
    if (cards.isEmpty())
        return {};
    const QString label = cards.size() == 1 ? tr("Delete %1").arg(cards.first().key)
                                            : tr("Delete %n cards", nullptr, int(cards.size()));
    return pushAndApply(new CardPresenceCommand(this, label, cards, false));
}

Result<qint64> Board::addColumn(const QString &name, bool done, int wipLimit)
{
    if (name.trimmed().isEmpty())
        return Result<qint64>::failure(tr("A column needs a name"));
    if (columnByName(name.trimmed()))
        return Result<qint64>::failure(
            tr("There is already a column called %1").arg(name.trimmed()));
    QList<Column> after = m_columns;
    after.append({0, name.trimmed(), done, qMax(0, wipLimit), int(after.size())});
    if (Status s = pushAndApply(
            new ColumnsCommand(this, tr("Add column %1").arg(name.trimmed()), m_columns, after));
        !s)
        return Result<qint64>::failure(s.error());
    return m_columns.last().id;
}

Status Board::updateColumn(const Column &column)
{
    QList<Column> after = m_columns;
    bool found = false;
    for (Column &c : after) {
        if (c.id == column.id) {
            if (column.name.trimmed().isEmpty())
                return Status::failure(tr("A column needs a name"));
            const Column *other = columnByName(column.name.trimmed());
            if (other && other->id != column.id)
                return Status::failure(
                    tr("There is already a column called %1").arg(column.name.trimmed()));
            c.name = column.name.trimmed();
            c.done = column.done;
            c.wipLimit = qMax(0, column.wipLimit);
            found = true;
        }
    }
    if (!found)
        return Status::failure(tr("No column with id %1").arg(column.id));
    if (after == m_columns)
        return {};
    return pushAndApply(
        new ColumnsCommand(this, tr("Edit column %1").arg(column.name), m_columns, after));
}

Status Board::moveColumn(qint64 id, int newIndex)
{
    QList<Column> after = m_columns;
    const auto it =
        std::find_if(after.begin(), after.end(), [id](const Column &c) { return c.id == id; });
    if (it == after.end())
        return Status::failure(tr("No column with id %1").arg(id));
    const int from = int(it - after.begin());
    newIndex = qBound(0, newIndex, int(after.size()) - 1);
    if (from == newIndex)
        return {};
    after.move(from, newIndex);
    for (int i = 0; i < after.size(); ++i)
        after[i].position = i;
    return pushAndApply(new ColumnsCommand(this, tr("Move column %1").arg(after.at(newIndex).name),
                                           m_columns, after));
}

Status Board::removeColumn(qint64 id)
{
    if (m_columns.size() <= 1)
        return Status::failure(tr("A board needs at least one column"));
    const auto index = std::find_if(m_columns.cbegin(), m_columns.cend(),
                                    [id](const Column &c) { return c.id == id; }) -
                       m_columns.cbegin();
    if (index >= m_columns.size())
        return Status::failure(tr("No column with id %1").arg(id));
    const Column removed = m_columns.at(index);
    const qint64 refuge = m_columns.at(index > 0 ? index - 1 : 1).id;
    QList<Card> before, after;
    double rankBase = 0;
    for (const Card &c : std::as_const(m_cards))
        rankBase = qMax(rankBase, c.rank);
    for (const Card &c : std::as_const(m_cards)) {
        if (c.columnId != id)
            continue;
        before.append(c);
        Card moved = c;
        moved.columnId = refuge;
        moved.rank = rankBase + c.rank + 1; // after the refuge column's cards, same order
        after.append(moved);
    }
    QList<Column> columnsAfter = m_columns;
    columnsAfter.removeAt(index);
    return pushAndApply(new ColumnsCommand(this, tr("Remove column %1").arg(removed.name),
                                           m_columns, columnsAfter, before, after));
}

Result<qint64> Board::addMember(const QString &name)
{
    const QString trimmed = name.simplified();
    if (Status named = checkMemberName(trimmed); !named)
        return Result<qint64>::failure(named.error());
    if (memberByName(trimmed))
        return Result<qint64>::failure(tr("There is already a member called %1").arg(trimmed));
    auto *cmd = new MemberCommand(this, tr("Add member %1").arg(trimmed), Member{},
                                  Member{0, trimmed, true});
    if (Status s = pushAndApply(cmd); !s)
        return Result<qint64>::failure(s.error());
    return cmd->memberId();
}

Status Board::updateMember(const Member &member)
{
    const Member *current = this->member(member.id);
    if (!current)
        return Status::failure(tr("No member with id %1").arg(member.id));
    Member edited = member;
    edited.name = edited.name.simplified();
    if (Status named = checkMemberName(edited.name); !named)
        return named;
    if (edited == *current)
        return {};
    const QString label = current->name != edited.name
                              ? tr("Rename %1 to %2").arg(current->name, edited.name)
                          : edited.active ? tr("Activate %1").arg(edited.name)
                                          : tr("Deactivate %1").arg(edited.name);
    return pushAndApply(new MemberCommand(this, label, *current, edited));
}

Result<qint64> Board::ensureMember(const QString &name)
{
    const QString trimmed = name.simplified();
    if (trimmed.isEmpty())
        return qint64(0);
    if (const Member *m = memberByName(trimmed))
        return m->id;
    Member m{0, trimmed, true};
    if (Status s = applyMember(m); !s)
        return Result<qint64>::failure(s.error());
    return m.id;
}

Result<qint64> Board::createSprint(Sprint sprint)
{
    sprint.id = 0;
    sprint.name = sprint.name.trimmed();
    if (Status s = checkSprintPlan(sprint); !s)
        return Result<qint64>::failure(s.error());
    auto *cmd = new SprintCommand(this, tr("Create sprint %1").arg(sprint.name), Sprint{}, sprint);
    if (Status s = pushAndApply(cmd); !s)
        return Result<qint64>::failure(s.error());
    return cmd->sprintId();
}

Status Board::updateSprint(const Sprint &sprint)
{
    const Sprint *current = this->sprint(sprint.id);
    if (!current)
        return Status::failure(tr("No sprint with id %1").arg(sprint.id));
    if (*current == sprint)
        return {};
    return pushAndApply(
        new SprintCommand(this, tr("Edit sprint %1").arg(sprint.name), *current, sprint));
}

} // namespace SprintDeck
