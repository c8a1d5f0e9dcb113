// The outbox: local edits of synced cards are recorded in the edit's own transaction.
#include "core/board/board.h"
#include "core/board/boardwriteobserver.h"
#include "core/storage/database.h"
#include "core/storage/syncstore.h"
#include "core/sync/outboxrecorder.h"

#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace Qt::StringLiterals;
using namespace SprintDeck;

namespace {
/** Fails every write: the edit must not be saved either. */
class FailingObserver : public BoardWriteObserver
{
public:
    Status boardWritten(const QList<CardWrite> &, const QList<SprintWrite> &) override
    {
        return Status::failure(u"refused by the observer"_s);
    }
};
} // namespace

class TestSyncOutbox : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void editOfLinkedCardIsRecorded();
    void localOnlyFieldsAreNotRecorded();
    void newCardInSyncedSprintIsCreated();
    void cardMovedIntoSyncedSprintIsCreated();
    void pendingCreateFollowsTheCard();
    void editWhileCreateIsInFlightFollowsIt();
    void deleteOfLinkedCardIsRecorded();
    void undoIsAnEditToo();
    void remoteWritesAreNotLocalEdits();
    void observerFailureRollsTheEditBack();
    void rejectedEntriesRetryAfterTheNextEdit();
    void linkedSprintEditIsRecorded();
    void outboxSurvivesReopening();

private:
    QList<OutboxEntry> entries();
    qint64 linkedCard(const QString &title, qint64 issueId);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Board> m_board;
    std::unique_ptr<SyncStore> m_store;
    Remote m_remote;
    qint64 m_synced = 0;
    qint64 m_local = 0;
};

void TestSyncOutbox::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    auto board = Board::open(m_dir->filePath(u"b.sprintdeck"_s));
    QVERIFY2(board, qPrintable(board.error()));
    m_board = std::move(board.value());
    OutboxRecorder::attach(*m_board);
    m_store = std::make_unique<SyncStore>(m_board->database());
    m_remote = Remote();
    m_remote.name = u"rm"_s;
    m_remote.url = QUrl(u"https://redmine.example.org"_s);
    m_remote.project = u"p"_s;
    m_remote.secretId = u"remote-x"_s;
    m_remote.keyPrefix = u"P"_s;
    Sprint synced;
    synced.name = u"Synced"_s;
    synced.start = QDate(2026, 3, 2);
    synced.end = QDate(2026, 3, 13);
    Sprint local = synced;
    local.name = u"Local"_s;
    local.start = QDate(2026, 3, 16);
    local.end = QDate(2026, 3, 27);
    m_synced = m_board->createSprint(synced).value();
    m_local = m_board->createSprint(local).value();
    Transaction tx(m_board->database());
    QVERIFY(m_store->insertRemote(m_remote));
    QVERIFY(m_store->saveVersionLink({m_synced, m_remote.id, 7, {}}));
    QVERIFY(tx.commit());
}

void TestSyncOutbox::cleanup()
{
    m_store.reset();
    m_board.reset();
    m_dir.reset();
}

QList<OutboxEntry> TestSyncOutbox::entries()
{
    auto list = m_store->outbox(m_remote.id);
    return list ? list.value() : QList<OutboxEntry>();
}

qint64 TestSyncOutbox::linkedCard(const QString &title, qint64 issueId)
{
    Card c;
    c.title = title;
    c.columnId = m_board->firstColumnId();
    c.sprintId = m_local;
    const qint64 id = m_board->addCard(c).value();
    Transaction tx(m_board->database());
    if (!m_store->saveLink({id, m_remote.id, issueId, u"2026-03-01T10:00:00Z"_s, 0, {}}) ||
        !tx.commit())
        qWarning("cannot link the card");
    return id;
}

void TestSyncOutbox::editOfLinkedCardIsRecorded()
{
    const qint64 id = linkedCard(u"Linked"_s, 1);
    QVERIFY(entries().isEmpty());
    Card c = *m_board->card(id);
    c.title = u"Renamed"_s;
    c.points = 3;
    QVERIFY(m_board->updateCard(c));
    QVERIFY(m_board->moveCards({id}, m_local, m_board->columnByName(u"Review"_s)->id));
    const QList<OutboxEntry> list = entries();
    QCOMPARE(list.size(), 2);
    QCOMPARE(list.at(0).op, OutboxEntry::Op::Update);
    QCOMPARE(list.at(0).fields, (QList<SyncField>{SyncField::Title, SyncField::Points}));
    QCOMPARE(list.at(1).fields, QList<SyncField>{SyncField::Status});
    QVERIFY(list.at(0).id < list.at(1).id);
}

void TestSyncOutbox::localOnlyFieldsAreNotRecorded()
{
    const qint64 id = linkedCard(u"Linked"_s, 1);
    Card c = *m_board->card(id);
    c.labels = {u"ui"_s};
    c.blocked = true;
    c.blockedReason = u"waiting"_s;
    c.checklist = {{u"step"_s, false, {}, {}}};
    QVERIFY(m_board->updateCard(c));
    Card other;
    other.title = u"Other"_s;
    other.columnId = m_board->firstColumnId();
    other.sprintId = m_local;
    const qint64 second = m_board->addCard(other).value();
    QVERIFY(m_board->moveCards({id}, m_local, m_board->firstColumnId(), second)); // rank only
    QVERIFY(entries().isEmpty());
}

void TestSyncOutbox::newCardInSyncedSprintIsCreated()
{
    Card c;
    c.title = u"New"_s;
    c.columnId = m_board->firstColumnId();
    c.sprintId = m_synced;
    QVERIFY(m_board->addCard(c));
    c.title = u"Local only"_s;
    c.sprintId = m_local;
    QVERIFY(m_board->addCard(c));
    c.title = u"Backlog"_s;
    c.sprintId = 0;
    QVERIFY(m_board->addCard(c));
    const QList<OutboxEntry> list = entries();
    QCOMPARE(list.size(), 1);
    QCOMPARE(list.first().op, OutboxEntry::Op::Create);
    QCOMPARE(m_board->card(list.first().cardId)->title, u"New"_s);
}

void TestSyncOutbox::cardMovedIntoSyncedSprintIsCreated()
{
    Card c;
    c.title = u"From the backlog"_s;
    c.columnId = m_board->firstColumnId();
    const qint64 id = m_board->addCard(c).value();
    QVERIFY(entries().isEmpty());
    QVERIFY(m_board->moveCards({id}, m_synced, m_board->firstColumnId()));
    QCOMPARE(entries().size(), 1);
    QCOMPARE(entries().first().op, OutboxEntry::Op::Create);
    // Moved on within the sprint: the create carries the latest state, no more entries.
    QVERIFY(m_board->moveCards({id}, m_synced, m_board->columnByName(u"Done"_s)->id));
    QCOMPARE(entries().size(), 1);
}

void TestSyncOutbox::pendingCreateFollowsTheCard()
{
    Card c;
    c.title = u"Changed my mind"_s;
    c.columnId = m_board->firstColumnId();
    c.sprintId = m_synced;
    const qint64 id = m_board->addCard(c).value();
    QCOMPARE(entries().size(), 1);
    QVERIFY(m_board->moveCards({id}, 0, 0)); // back to the backlog before it was sent
    QVERIFY(entries().isEmpty());
    QVERIFY(m_board->moveCards({id}, m_synced, m_board->firstColumnId()));
    QCOMPARE(entries().size(), 1);
    QVERIFY(m_board->deleteCards({id}));
    QVERIFY(entries().isEmpty());
}

void TestSyncOutbox::editWhileCreateIsInFlightFollowsIt()
{
    Card c;
    c.title = u"On its way"_s;
    c.columnId = m_board->firstColumnId();
    c.sprintId = m_synced;
    const qint64 id = m_board->addCard(c).value();
    OutboxEntry create = entries().first();
    create.state = OutboxEntry::State::InFlight;
    {
        Transaction tx(m_board->database());
        QVERIFY(m_store->saveEntry(create));
        QVERIFY(tx.commit());
    }
    Card edited = *m_board->card(id);
    edited.title = u"Edited meanwhile"_s;
    QVERIFY(m_board->updateCard(edited));
    QVERIFY(m_board->deleteCards({id}));
    const QList<OutboxEntry> list = entries();
    QCOMPARE(list.size(), 3);
    QCOMPARE(list.at(0).op, OutboxEntry::Op::Create);
    QCOMPARE(list.at(1).op, OutboxEntry::Op::Update);
    QCOMPARE(list.at(2).op, OutboxEntry::Op::Delete);
}

void TestSyncOutbox::deleteOfLinkedCardIsRecorded()
{
    const qint64 id = linkedCard(u"Linked"_s, 1);
    Card c = *m_board->card(id);
    c.title = u"Soon gone"_s;
    QVERIFY(m_board->updateCard(c));
    QVERIFY(m_board->deleteCards({id}));
    QCOMPARE(entries().size(), 1);
    QCOMPARE(entries().first().op, OutboxEntry::Op::Delete);
    // Undone before it was sent: nothing to send.
    m_board->undoStack()->undo();
    QVERIFY(m_board->card(id));
    QVERIFY(entries().isEmpty());
}

void TestSyncOutbox::undoIsAnEditToo()
{
    const qint64 id = linkedCard(u"Linked"_s, 1);
    Card c = *m_board->card(id);
    c.priority = Priority::P1;
    QVERIFY(m_board->updateCard(c));
    m_board->undoStack()->undo();
    QCOMPARE(m_board->card(id)->priority, Priority::P3);
    const QList<OutboxEntry> list = entries();
    QCOMPARE(list.size(), 2);
    QCOMPARE(list.at(1).fields, QList<SyncField>{SyncField::Priority});
}

void TestSyncOutbox::remoteWritesAreNotLocalEdits()
{
    const qint64 id = linkedCard(u"Linked"_s, 1);
    OutboxRecorder *recorder = OutboxRecorder::attach(*m_board);
    int calls = 0;
    const OutboxRecorder::RemoteWrite inTransaction = [&](const QList<CardWrite> &cards,
                                                          const QList<SprintWrite> &) {
        ++calls;
        return cards.size() == 1 && m_board->database().inTransaction()
                   ? Status()
                   : Status::failure(u"unexpected"_s);
    };
    Status s = recorder->applyRemote(
        [&] {
            Card c = *m_board->card(id);
            c.title = u"Renamed on the server"_s;
            return m_board->applyCardStates({c});
        },
        inTransaction);
    QVERIFY2(s, qPrintable(s.error()));
    QCOMPARE(calls, 1);
    QVERIFY(entries().isEmpty());
    QCOMPARE(m_board->card(id)->title, u"Renamed on the server"_s);
}

void TestSyncOutbox::observerFailureRollsTheEditBack()
{
    const qint64 id = linkedCard(u"Linked"_s, 1);
    FailingObserver failing;
    m_board->addWriteObserver(&failing);
    Card c = *m_board->card(id);
    c.title = u"Never saved"_s;
    const Status s = m_board->updateCard(c);
    QVERIFY(!s);
    m_board->removeWriteObserver(&failing);
    QCOMPARE(m_board->card(id)->title, u"Linked"_s);
    QVERIFY(entries().isEmpty());
    m_board.reset();
    auto reopened = Board::open(m_dir->filePath(u"b.sprintdeck"_s));
    QVERIFY(reopened);
    QCOMPARE(reopened.value()->card(id)->title, u"Linked"_s);
    auto history = reopened.value()->history(id);
    QVERIFY(history);
    for (const Event &e : history.value())
        QVERIFY(e.newValue != u"Never saved"_s);
}

void TestSyncOutbox::rejectedEntriesRetryAfterTheNextEdit()
{
    const qint64 id = linkedCard(u"Linked"_s, 1);
    Card c = *m_board->card(id);
    c.title = QString(300, u'x');
    QVERIFY(m_board->updateCard(c));
    OutboxEntry e = entries().first();
    e.state = OutboxEntry::State::Rejected;
    e.error = u"Subject is too long (maximum is 255 characters)"_s;
    {
        Transaction tx(m_board->database());
        QVERIFY(m_store->saveEntry(e));
        QVERIFY(tx.commit());
    }
    c.title = u"Short"_s;
    QVERIFY(m_board->updateCard(c));
    const QList<OutboxEntry> list = entries();
    QCOMPARE(list.size(), 2);
    QCOMPARE(list.at(0).state, OutboxEntry::State::Pending);
    QCOMPARE(list.at(1).state, OutboxEntry::State::Pending);
}

void TestSyncOutbox::linkedSprintEditIsRecorded()
{
    Sprint s = *m_board->sprint(m_synced);
    s.goal = u"A goal stays local"_s;
    QVERIFY(m_board->updateSprint(s));
    QVERIFY(entries().isEmpty());
    s.name = u"Synced, renamed"_s;
    QVERIFY(m_board->updateSprint(s));
    QCOMPARE(entries().size(), 1);
    QCOMPARE(entries().first().op, OutboxEntry::Op::Version);
    QCOMPARE(entries().first().sprintId, m_synced);
    Sprint l = *m_board->sprint(m_local);
    l.name = u"Local, renamed"_s;
    QVERIFY(m_board->updateSprint(l));
    QCOMPARE(entries().size(), 1);
}

void TestSyncOutbox::outboxSurvivesReopening()
{
    const qint64 id = linkedCard(u"Linked"_s, 1);
    Card c = *m_board->card(id);
    c.description = u"Written offline"_s;
    QVERIFY(m_board->updateCard(c));
    m_store.reset();
    m_board.reset();
    auto board = Board::open(m_dir->filePath(u"b.sprintdeck"_s));
    QVERIFY(board);
    SyncStore store(board.value()->database());
    auto list = store.outbox(m_remote.id);
    QVERIFY(list);
    QCOMPARE(list->size(), 1);
    QCOMPARE(list->first().fields, QList<SyncField>{SyncField::Description});
}

QTEST_GUILESS_MAIN(TestSyncOutbox)
#include "tst_syncoutbox.moc"
