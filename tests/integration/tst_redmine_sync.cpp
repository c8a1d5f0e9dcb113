// Sync against a real Redmine 5 on loopback, started by the test itself.
#include "tests/integration/redmineserver.h"

#include "core/board/board.h"
#include "core/storage/database.h"
#include "core/storage/syncstore.h"
#include "core/sync/conflictresolver.h"
#include "core/sync/outboxrecorder.h"
#include "core/sync/syncengine.h"

#include <QDateTime>
#include <QJsonArray>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

using namespace Qt::StringLiterals;
using namespace SprintDeck;

namespace {

/** True once the clock is past the second it is in now (Redmine dates to the second). */
bool nextSecond()
{
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    return QTest::qWaitFor([now] { return QDateTime::currentSecsSinceEpoch() > now; }, 5000);
}

} // namespace

class TestRedmineSync : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void init();
    void cleanup();

    void firstPullPagesThrough250Issues();
    void journalsBecomeDatedEvents();
    void pushesNewCardOnce();
    void statusChangesBothWays();
    void changeInTheSecondOfCreationKeepsItsTime();
    void storyPointsRoundTrip();
    void disjointChangesMerge();
    void conflictKeepsBothUntilResolved();
    void validationErrorIsStoredOnTheCard();
    void badKeyFails();
    void serverStoppedMidSyncLosesNothing();
    void crashBetweenCreateAndCommitDoesNotDuplicate();
    void crashAfterUpdateIsHarmless();
    void deletedIssuesAreReconciled();
    void sprintEditsReachTheVersion();

private:
    /** A fresh project with a version "Sprint 1" and Ada as a member; a fresh board linked to it.
     */
    void newProject(const QString &identifier);
    SyncReport sync(const SyncOptions &options = fastOptions(),
                    std::function<bool(SyncEngine::FaultPoint)> fault = {},
                    const QString &key = {});
    static SyncOptions fastOptions();
    void reopenBoard();
    const Card *cardForIssue(qint64 issueId);
    qint64 issueForCard(qint64 cardId);
    qint64 sprintId() const;
    QList<OutboxEntry> outbox();

    RedmineServer m_server;
    qint64 m_ada = 0;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Board> m_board;
    Remote m_remote;
    QString m_project;
    qint64 m_versionId = 0;
};

void TestRedmineSync::initTestCase()
{
    QString error;
    QVERIFY2(m_server.start(&error), qPrintable(error));
    m_ada = m_server.createUser(u"ada"_s, u"Ada"_s, u"Lovelace"_s);
    QVERIFY(m_ada > 0);
}

void TestRedmineSync::cleanupTestCase()
{
    m_server.stop();
}

void TestRedmineSync::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestRedmineSync::cleanup()
{
    m_board.reset();
    m_dir.reset();
}

SyncOptions TestRedmineSync::fastOptions()
{
    SyncOptions options;
    options.retries = 2;
    options.retryDelayMs = 100;
    options.timeoutMs = 30000;
    return options;
}

void TestRedmineSync::newProject(const QString &identifier)
{
    m_project = identifier;
    QVERIFY(m_server.createProject(identifier));
    m_versionId = m_server.createVersion(identifier, u"Sprint 1"_s,
                                         QDate::currentDate().addDays(7).toString(Qt::ISODate));
    QVERIFY(m_versionId > 0);
    QVERIFY(m_server.addMember(identifier, m_ada));
    auto board = Board::open(m_dir->filePath(u"board.sprintdeck"_s));
    QVERIFY2(board, qPrintable(board.error()));
    m_board = std::move(board.value());
    OutboxRecorder::attach(*m_board);
    m_remote = Remote();
    m_remote.name = u"redmine"_s;
    m_remote.url = m_server.url();
    m_remote.project = identifier;
    m_remote.secretId = u"test-"_s + identifier;
    m_remote.keyPrefix = u"RM"_s;
    SyncStore store(m_board->database());
    Transaction tx(m_board->database());
    QVERIFY(store.insertRemote(m_remote));
    QVERIFY(tx.commit());
}

void TestRedmineSync::reopenBoard()
{
    m_board.reset();
    auto board = Board::open(m_dir->filePath(u"board.sprintdeck"_s));
    QVERIFY2(board, qPrintable(board.error()));
    m_board = std::move(board.value());
    OutboxRecorder::attach(*m_board);
}

SyncReport TestRedmineSync::sync(const SyncOptions &options,
                                 std::function<bool(SyncEngine::FaultPoint)> fault,
                                 const QString &key)
{
    SyncEngine engine(*m_board);
    engine.setFaultHook(std::move(fault));
    QSignalSpy finished(&engine, &SyncEngine::finished);
    engine.start(m_remote, key.isEmpty() ? m_server.apiKey() : key, options);
    if (finished.isEmpty() && !finished.wait(600 * 1000))
        qWarning("the sync did not finish within 10 minutes");
    return finished.isEmpty() ? SyncReport() : finished.first().first().value<SyncReport>();
}

const Card *TestRedmineSync::cardForIssue(qint64 issueId)
{
    SyncStore store(m_board->database());
    auto links = store.links(m_remote.id);
    if (!links || !links->contains(issueId))
        return nullptr;
    return m_board->card(links->value(issueId).cardId);
}

qint64 TestRedmineSync::issueForCard(qint64 cardId)
{
    SyncStore store(m_board->database());
    auto link = store.linkForCard(cardId);
    return link && link->has_value() ? (*link)->issueId : 0;
}

qint64 TestRedmineSync::sprintId() const
{
    const Sprint *s = m_board->sprintByName(u"Sprint 1"_s);
    return s ? s->id : 0;
}

QList<OutboxEntry> TestRedmineSync::outbox()
{
    SyncStore store(m_board->database());
    auto entries = store.outbox(m_remote.id);
    return entries ? entries.value() : QList<OutboxEntry>();
}

#define SYNC_OK(report)                                                                            \
    QVERIFY2((report).outcome == SyncReport::Outcome::Ok, qPrintable((report).message))

void TestRedmineSync::firstPullPagesThrough250Issues()
{
    newProject(u"pull250"_s);
    QVERIFY(m_server.seed(m_project, 250, m_versionId));

    const SyncReport first = sync();
    SYNC_OK(first);
    QCOMPARE(first.pulled.created, 250);
    QCOMPARE(m_board->cardCount(), 250);
    // Three pages of at most 100, and the journals of the 125 issues that changed after creation.
    QVERIFY2(first.requests >= 3 + 125, qPrintable(QString::number(first.requests)));
    QVERIFY(sprintId() > 0);
    QCOMPARE(m_board->cardsIn(0, 0).size(), 0); // all in the sprint

    const QList<QJsonObject> issues = m_server.issues(m_project);
    QCOMPARE(issues.size(), 250);
    SyncStore store(m_board->database());
    auto remote = store.remote(m_remote.id);
    QVERIFY(remote);
    for (const QJsonObject &issue : issues) {
        const Card *card = cardForIssue(issue.value(u"id"_s).toInteger());
        QVERIFY(card);
        QCOMPARE(card->title, issue.value(u"subject"_s).toString());
        QCOMPARE(card->sprintId, sprintId());
        QCOMPARE(formatPoints(card->points), RedmineServer::storyPoints(issue));
        QCOMPARE(card->columnId,
                 remote->columnForStatus(
                     issue.value(u"status"_s).toObject().value(u"id"_s).toInteger()));
    }

    // Pulled again: every issue is there already, nothing changes and nothing is written.
    auto eventsBefore = m_board->database().connection().exec(u"SELECT count(*) FROM events"_s);
    eventsBefore.next();
    const int events = eventsBefore.value(0).toInt();
    SyncOptions full = fastOptions();
    full.reconcile = true;
    const SyncReport second = sync(full);
    SYNC_OK(second);
    QCOMPARE(second.pulled.created, 0);
    QCOMPARE(second.pulled.updated, 0);
    QCOMPARE(second.pulled.deleted, 0);
    QCOMPARE(m_board->cardCount(), 250);
    auto eventsAfter = m_board->database().connection().exec(u"SELECT count(*) FROM events"_s);
    eventsAfter.next();
    QCOMPARE(eventsAfter.value(0).toInt(), events);
}

void TestRedmineSync::journalsBecomeDatedEvents()
{
    newProject(u"journals"_s);
    const qint64 id = m_server.createIssue(
        m_project,
        {{u"subject"_s, u"Write the guide"_s},
         {u"fixed_version_id"_s, m_versionId},
         {u"custom_fields"_s, QJsonArray{QJsonObject{{u"id"_s, 1}, {u"value"_s, u"3"_s}}}}});
    QVERIFY(id);
    QVERIFY(nextSecond()); // journals of another second than the creation
    QVERIFY(m_server.updateIssue(id, {{u"status_id"_s, 2}}));
    QVERIFY(nextSecond());
    QVERIFY(m_server.updateIssue(
        id, {{u"status_id"_s, 5},
             {u"custom_fields"_s, QJsonArray{QJsonObject{{u"id"_s, 1}, {u"value"_s, u"5"_s}}}}}));
    const QJsonObject remote = m_server.issue(id, true);
    const QJsonArray journals = remote.value(u"journals"_s).toArray();
    QCOMPARE(journals.size(), 2);

    SYNC_OK(sync());
    const Card *card = cardForIssue(id);
    QVERIFY(card);
    QVERIFY(m_board->isDoneColumn(card->columnId));
    QCOMPARE(card->points, std::optional<double>(5));
    auto history = m_board->history(card->id);
    QVERIFY(history);
    const QDateTime created =
        QDateTime::fromString(remote.value(u"created_on"_s).toString(), Qt::ISODate);
    QList<Event> moves, points;
    for (const Event &e : history.value()) {
        if (e.kind == Event::Kind::Created)
            QCOMPARE(e.at, created);
        if (e.kind == Event::Kind::Moved)
            moves.append(e);
        if (e.kind == Event::Kind::Points)
            points.append(e);
    }
    // Created in "To Do", moved at each journal's own time.
    QCOMPARE(moves.size(), 3);
    QCOMPARE(moves.at(0).at, created);
    QCOMPARE(moves.at(1).at,
             QDateTime::fromString(journals.at(0)[u"created_on"_s].toString(), Qt::ISODate));
    QCOMPARE(moves.at(2).at,
             QDateTime::fromString(journals.at(1)[u"created_on"_s].toString(), Qt::ISODate));
    QCOMPARE(m_board->column(moves.at(1).newValue.toLongLong())->name, u"In Progress"_s);
    QCOMPARE(points.size(), 2);
    QCOMPARE(points.at(0).newValue, u"3"_s);
    QCOMPARE(points.at(1).newValue, u"5"_s);
    QCOMPARE(points.at(1).at, moves.at(2).at);
}

void TestRedmineSync::pushesNewCardOnce()
{
    newProject(u"pushnew"_s);
    SYNC_OK(sync());
    QVERIFY(sprintId());

    Card draft;
    draft.title = u"Card made offline"_s;
    draft.description = u"Written on the train."_s;
    draft.points = 8;
    draft.priority = Priority::P2;
    draft.sprintId = sprintId();
    draft.columnId = m_board->columnByName(u"In Progress"_s)->id;
    draft.assigneeId = m_board->ensureMember(u"Ada Lovelace"_s).value();
    auto id = m_board->addCard(draft);
    QVERIFY(id);
    QCOMPARE(outbox().size(), 1);
    QCOMPARE(outbox().first().op, OutboxEntry::Op::Create);

    const SyncReport report = sync();
    SYNC_OK(report);
    QCOMPARE(report.pushed, 1);
    QVERIFY(outbox().isEmpty());
    const qint64 issueId = issueForCard(*id);
    QVERIFY(issueId);
    const QJsonObject issue = m_server.issue(issueId);
    QCOMPARE(issue.value(u"subject"_s).toString(), draft.title);
    QCOMPARE(issue.value(u"description"_s).toString(), draft.description);
    QCOMPARE(issue.value(u"status"_s)[u"name"_s].toString(), u"In Progress"_s);
    QCOMPARE(issue.value(u"priority"_s)[u"name"_s].toString(), u"High"_s);
    QCOMPARE(issue.value(u"fixed_version"_s)[u"id"_s].toInteger(), m_versionId);
    QCOMPARE(issue.value(u"assigned_to"_s)[u"id"_s].toInteger(), m_ada);
    QCOMPARE(RedmineServer::storyPoints(issue), u"8"_s);

    // Again: nothing more is created, and the card is unchanged by its own echo.
    const Card before = *m_board->card(*id);
    SYNC_OK(sync());
    QCOMPARE(m_server.issues(m_project).size(), 1);
    QCOMPARE(m_board->cardCount(), 1);
    QCOMPARE(m_board->card(*id)->title, before.title);
    QCOMPARE(m_board->card(*id)->columnId, before.columnId);
}

void TestRedmineSync::statusChangesBothWays()
{
    newProject(u"status"_s);
    const qint64 id = m_server.createIssue(
        m_project, {{u"subject"_s, u"Status both ways"_s}, {u"fixed_version_id"_s, m_versionId}});
    QVERIFY(id);
    SYNC_OK(sync());
    const Card *card = cardForIssue(id);
    QVERIFY(card);
    QCOMPARE(m_board->column(card->columnId)->name, u"To Do"_s);

    // Here -> there.
    QVERIFY(m_board->moveCards({card->id}, card->sprintId, m_board->columnByName(u"Review"_s)->id));
    SYNC_OK(sync());
    QCOMPARE(m_server.issue(id).value(u"status"_s)[u"name"_s].toString(), u"Resolved"_s);

    // There -> here, with the journal's time on the move.
    QVERIFY(m_server.updateIssue(id, {{u"status_id"_s, 6}})); // Rejected
    const SyncReport report = sync();
    SYNC_OK(report);
    QCOMPARE(report.pulled.updated, 1);
    card = cardForIssue(id);
    QCOMPARE(m_board->column(card->columnId)->name, u"Done"_s);
    const QJsonArray journals = m_server.issue(id, true).value(u"journals"_s).toArray();
    auto history = m_board->history(card->id);
    QVERIFY(history);
    // The server keeps whole seconds, so the pulled move can sort before the local one made in
    // the same second: the newest event by id is the pulled one.
    const auto newest =
        std::max_element(history->cbegin(), history->cend(),
                         [](const Event &a, const Event &b) { return a.id < b.id; });
    QCOMPARE(newest->kind, Event::Kind::Moved);
    QCOMPARE(newest->at,
             QDateTime::fromString(journals.last()[u"created_on"_s].toString(), Qt::ISODate));

    // A card in Done stays "Rejected" on the server: only moving it changes the status.
    QVERIFY(m_board->updateCard([&] {
        Card c = *card;
        c.title = u"Status both ways, renamed"_s;
        return c;
    }()));
    SYNC_OK(sync());
    const QJsonObject after = m_server.issue(id);
    QCOMPARE(after.value(u"status"_s)[u"name"_s].toString(), u"Rejected"_s);
    QCOMPARE(after.value(u"subject"_s).toString(), u"Status both ways, renamed"_s);
}

void TestRedmineSync::changeInTheSecondOfCreationKeepsItsTime()
{
    newProject(u"samesecond"_s);
    const qint64 id = m_server.createIssue(
        m_project, {{u"subject"_s, u"Changed at once"_s}, {u"fixed_version_id"_s, m_versionId}});
    QVERIFY(id);
    SYNC_OK(sync());
    QVERIFY(cardForIssue(id));

    // Redmine keeps whole seconds: a change saved in the second the issue was created leaves
    // updated_on equal to created_on, while its journal may be stamped the next second.
    QVERIFY(m_server.updateIssue(id, {{u"status_id"_s, 2}})); // In Progress
    QVERIFY(
        m_server.sql(u"UPDATE issues SET updated_on = created_on WHERE id = %1;"
                     "UPDATE journals SET created_on = (SELECT datetime(created_on, '+1 second')"
                     " FROM issues WHERE id = %1) WHERE journalized_id = %1;"_s.arg(id)));
    const QJsonObject changed = m_server.issue(id, true);
    QCOMPARE(changed.value(u"updated_on"_s), changed.value(u"created_on"_s));
    const QJsonArray journals = changed.value(u"journals"_s).toArray();
    QCOMPARE(journals.size(), 1);

    const SyncReport report = sync();
    SYNC_OK(report);
    QCOMPARE(report.pulled.updated, 1);
    const Card *card = cardForIssue(id);
    QCOMPARE(m_board->column(card->columnId)->name, u"In Progress"_s);
    auto history = m_board->history(card->id);
    QVERIFY(history);
    const auto newest =
        std::max_element(history->cbegin(), history->cend(),
                         [](const Event &a, const Event &b) { return a.id < b.id; });
    QCOMPARE(newest->kind, Event::Kind::Moved);
    QCOMPARE(newest->at,
             QDateTime::fromString(journals.first()[u"created_on"_s].toString(), Qt::ISODate));
}

void TestRedmineSync::storyPointsRoundTrip()
{
    newProject(u"points"_s);
    const qint64 id = m_server.createIssue(
        m_project, {{u"subject"_s, u"Estimate me"_s}, {u"fixed_version_id"_s, m_versionId}});
    QVERIFY(id);
    SYNC_OK(sync());
    const Card *card = cardForIssue(id);
    QVERIFY(card);
    QVERIFY(!card->points);

    Card edited = *card;
    edited.points = 5;
    QVERIFY(m_board->updateCard(edited));
    SYNC_OK(sync());
    QCOMPARE(RedmineServer::storyPoints(m_server.issue(id)), u"5"_s);

    QVERIFY(m_server.updateIssue(
        id, {{u"custom_fields"_s, QJsonArray{QJsonObject{{u"id"_s, 1}, {u"value"_s, u"0.5"_s}}}}}));
    SYNC_OK(sync());
    QCOMPARE(cardForIssue(id)->points, std::optional<double>(0.5));

    edited = *cardForIssue(id);
    edited.points.reset();
    QVERIFY(m_board->updateCard(edited));
    SYNC_OK(sync());
    QCOMPARE(RedmineServer::storyPoints(m_server.issue(id)), QString());
    QVERIFY(!cardForIssue(id)->points);
}

void TestRedmineSync::disjointChangesMerge()
{
    newProject(u"merge"_s);
    const qint64 id = m_server.createIssue(
        m_project, {{u"subject"_s, u"Merge me"_s}, {u"fixed_version_id"_s, m_versionId}});
    SYNC_OK(sync());
    Card edited = *cardForIssue(id);
    edited.points = 13;
    QVERIFY(m_board->updateCard(edited));
    QVERIFY(m_server.updateIssue(id, {{u"subject"_s, u"Merge me, renamed there"_s}}));

    const SyncReport report = sync();
    SYNC_OK(report);
    QCOMPARE(report.conflicts, 0);
    QCOMPARE(cardForIssue(id)->title, u"Merge me, renamed there"_s);
    QCOMPARE(cardForIssue(id)->points, std::optional<double>(13));
    const QJsonObject issue = m_server.issue(id);
    QCOMPARE(issue.value(u"subject"_s).toString(), u"Merge me, renamed there"_s);
    QCOMPARE(RedmineServer::storyPoints(issue), u"13"_s);
}

void TestRedmineSync::conflictKeepsBothUntilResolved()
{
    newProject(u"conflict"_s);
    const qint64 id = m_server.createIssue(
        m_project, {{u"subject"_s, u"Original"_s}, {u"fixed_version_id"_s, m_versionId}});
    SYNC_OK(sync());
    const qint64 cardId = cardForIssue(id)->id;

    auto editBoth = [&](const QString &here, const QString &there) {
        Card edited = *m_board->card(cardId);
        edited.title = here;
        QVERIFY(m_board->updateCard(edited));
        QVERIFY(m_server.updateIssue(id, {{u"subject"_s, there}}));
    };

    editBoth(u"Changed here"_s, u"Changed there"_s);
    SyncReport report = sync();
    QCOMPARE(report.outcome, SyncReport::Outcome::Attention);
    QCOMPARE(report.conflicts, 1);
    // Nothing overwritten on either side; both versions kept.
    QCOMPARE(m_board->card(cardId)->title, u"Changed here"_s);
    QCOMPARE(m_server.issue(id).value(u"subject"_s).toString(), u"Changed there"_s);
    ConflictResolver resolver(*m_board);
    auto conflicts = resolver.conflicts();
    QVERIFY(conflicts);
    QCOMPARE(conflicts->size(), 1);
    QCOMPARE(conflicts->first().fields, QList<SyncField>{SyncField::Title});
    QCOMPARE(conflicts->first().local.value(SyncField::Title), u"Changed here"_s);
    QCOMPARE(conflicts->first().remote.value(SyncField::Title), u"Changed there"_s);
    QCOMPARE(outbox().size(), 1);
    // Syncing again changes nothing while the user has not chosen.
    report = sync();
    QCOMPARE(report.conflicts, 1);
    QCOMPARE(m_server.issue(id).value(u"subject"_s).toString(), u"Changed there"_s);

    // Keep the server's: the card takes it, the local edit is dropped.
    QVERIFY(resolver.resolve(cardId, false));
    QCOMPARE(m_board->card(cardId)->title, u"Changed there"_s);
    QVERIFY(outbox().isEmpty());
    SYNC_OK(sync());
    QCOMPARE(m_server.issue(id).value(u"subject"_s).toString(), u"Changed there"_s);

    // Keep mine: the server gets it at the next sync.
    editBoth(u"Mine wins"_s, u"Theirs loses"_s);
    QCOMPARE(sync().conflicts, 1);
    QVERIFY(resolver.resolve(cardId, true));
    QCOMPARE(m_board->card(cardId)->title, u"Mine wins"_s);
    report = sync();
    SYNC_OK(report);
    QCOMPARE(m_server.issue(id).value(u"subject"_s).toString(), u"Mine wins"_s);
    QCOMPARE(m_board->card(cardId)->title, u"Mine wins"_s);
}

void TestRedmineSync::validationErrorIsStoredOnTheCard()
{
    newProject(u"invalid"_s);
    const qint64 id = m_server.createIssue(
        m_project, {{u"subject"_s, u"Valid"_s}, {u"fixed_version_id"_s, m_versionId}});
    SYNC_OK(sync());
    Card edited = *cardForIssue(id);
    edited.title = QString(300, u'x'); // the server allows 255
    QVERIFY(m_board->updateCard(edited));

    const SyncReport report = sync();
    QCOMPARE(report.outcome, SyncReport::Outcome::Attention);
    QCOMPARE(report.rejected.size(), 1);
    QVERIFY2(report.rejected.first().contains(u"Subject is too long"_s),
             qPrintable(report.rejected.first()));
    const QList<OutboxEntry> entries = outbox();
    QCOMPARE(entries.size(), 1);
    QCOMPARE(entries.first().state, OutboxEntry::State::Rejected);
    QVERIFY(entries.first().error.contains(u"Subject is too long"_s));
    SyncStore store(m_board->database());
    auto rejected = store.rejectedCards();
    QVERIFY(rejected);
    QVERIFY(rejected->value(edited.id).contains(u"Subject is too long"_s));
    QCOMPARE(m_server.issue(id).value(u"subject"_s).toString(), u"Valid"_s);

    // The next edit of the card sends it again.
    edited.title = u"Valid again, and shorter"_s;
    QVERIFY(m_board->updateCard(edited));
    SYNC_OK(sync());
    QVERIFY(outbox().isEmpty());
    QCOMPARE(m_server.issue(id).value(u"subject"_s).toString(), u"Valid again, and shorter"_s);
}

void TestRedmineSync::badKeyFails()
{
    newProject(u"badkey"_s);
    const SyncReport report =
        sync(fastOptions(), {}, u"0123456789abcdef0123456789abcdef01234567"_s);
    QCOMPARE(report.outcome, SyncReport::Outcome::Failed);
    QVERIFY2(report.message.contains(u"401"_s), qPrintable(report.message));
    QVERIFY(!report.message.contains(u"0123456789abcdef"_s));
}

void TestRedmineSync::serverStoppedMidSyncLosesNothing()
{
    newProject(u"outage"_s);
    SYNC_OK(sync());
    const int count = 30;
    QList<qint64> ids;
    for (int i = 0; i < count; ++i) {
        Card draft;
        draft.title = u"Offline card %1"_s.arg(i + 1);
        draft.sprintId = sprintId();
        draft.columnId = m_board->firstColumnId();
        draft.points = i % 5;
        auto id = m_board->addCard(draft);
        QVERIFY(id);
        ids.append(*id);
    }
    QCOMPARE(outbox().size(), count);

    // Stop the server while the outbox is being sent.
    {
        SyncEngine engine(*m_board);
        QSignalSpy finished(&engine, &SyncEngine::finished);
        bool halted = false;
        connect(&engine, &SyncEngine::progress, this, [&](int done, int, const QString &text) {
            if (!halted && text.startsWith(u"Sending"_s) && done >= 8) {
                halted = true;
                QVERIFY(m_server.halt());
            }
        });
        engine.start(m_remote, m_server.apiKey(), fastOptions());
        QVERIFY(finished.wait(300 * 1000));
        QVERIFY(halted);
        const SyncReport report = finished.first().first().value<SyncReport>();
        QCOMPARE(report.outcome, SyncReport::Outcome::Failed);
        QVERIFY2(report.message.contains(u"cannot reach"_s), qPrintable(report.message));
        QVERIFY(report.pushed > 0);
        QVERIFY(report.pushed < count);
    }
    QVERIFY(!outbox().isEmpty());
    // Offline, edits go on being recorded.
    Card edited = *m_board->card(ids.first());
    edited.title = u"Offline card 1, edited while the server was down"_s;
    QVERIFY(m_board->updateCard(edited));

    QVERIFY(m_server.resume());
    const SyncReport report = sync();
    SYNC_OK(report);
    QVERIFY(outbox().isEmpty());
    const QList<QJsonObject> issues = m_server.issues(m_project);
    QCOMPARE(issues.size(), count);
    QSet<QString> subjects;
    for (const QJsonObject &issue : issues)
        subjects.insert(issue.value(u"subject"_s).toString());
    QCOMPARE(subjects.size(), count);
    QVERIFY(subjects.contains(edited.title));
    for (qint64 id : std::as_const(ids)) {
        const qint64 issueId = issueForCard(id);
        QVERIFY(issueId);
        QCOMPARE(m_server.issue(issueId).value(u"subject"_s).toString(), m_board->card(id)->title);
    }
    QCOMPARE(m_board->cardCount(), count);
}

void TestRedmineSync::crashBetweenCreateAndCommitDoesNotDuplicate()
{
    newProject(u"crash"_s);
    SYNC_OK(sync());
    Card draft;
    draft.title = u"Created just before the crash"_s;
    draft.sprintId = sprintId();
    draft.columnId = m_board->firstColumnId();
    const qint64 cardId = m_board->addCard(draft).value();

    // The server creates the issue; the process dies before the link is written.
    const SyncReport crashed = sync(fastOptions(), [](SyncEngine::FaultPoint p) {
        return p == SyncEngine::FaultPoint::CreateAnswered;
    });
    QCOMPARE(crashed.outcome, SyncReport::Outcome::Failed);
    QCOMPARE(m_server.issues(m_project).size(), 1);
    reopenBoard();
    QCOMPARE(issueForCard(cardId), 0);
    QCOMPARE(outbox().size(), 1);
    QCOMPARE(outbox().first().state, OutboxEntry::State::InFlight);

    SYNC_OK(sync());
    const QList<QJsonObject> issues = m_server.issues(m_project);
    QCOMPARE(issues.size(), 1);
    QCOMPARE(issueForCard(cardId), issues.first().value(u"id"_s).toInteger());
    QVERIFY(outbox().isEmpty());
    QCOMPARE(m_board->cardCount(), 1);
}

void TestRedmineSync::crashAfterUpdateIsHarmless()
{
    newProject(u"crashupdate"_s);
    const qint64 id = m_server.createIssue(
        m_project, {{u"subject"_s, u"Before"_s}, {u"fixed_version_id"_s, m_versionId}});
    SYNC_OK(sync());
    Card edited = *cardForIssue(id);
    edited.title = u"After"_s;
    QVERIFY(m_board->updateCard(edited));
    const SyncReport crashed = sync(fastOptions(), [](SyncEngine::FaultPoint p) {
        return p == SyncEngine::FaultPoint::UpdateAnswered;
    });
    QCOMPARE(crashed.outcome, SyncReport::Outcome::Failed);
    QCOMPARE(m_server.issue(id).value(u"subject"_s).toString(), u"After"_s);
    reopenBoard();
    QCOMPARE(outbox().size(), 1);

    const SyncReport report = sync();
    SYNC_OK(report);
    QCOMPARE(report.conflicts, 0);
    QVERIFY(outbox().isEmpty());
    QCOMPARE(cardForIssue(id)->title, u"After"_s);
    // One journal for the one change: it was not sent twice.
    QCOMPARE(m_server.issue(id, true).value(u"journals"_s).toArray().size(), 1);
}

void TestRedmineSync::deletedIssuesAreReconciled()
{
    newProject(u"deleted"_s);
    const qint64 gone = m_server.createIssue(
        m_project, {{u"subject"_s, u"Deleted there"_s}, {u"fixed_version_id"_s, m_versionId}});
    const qint64 edited =
        m_server.createIssue(m_project, {{u"subject"_s, u"Deleted there, edited here"_s},
                                         {u"fixed_version_id"_s, m_versionId}});
    const qint64 kept = m_server.createIssue(
        m_project, {{u"subject"_s, u"Still there"_s}, {u"fixed_version_id"_s, m_versionId}});
    SYNC_OK(sync());
    QCOMPARE(m_board->cardCount(), 3);
    const qint64 editedCard = cardForIssue(edited)->id;
    Card c = *m_board->card(editedCard);
    c.points = 2;
    QVERIFY(m_board->updateCard(c));
    QVERIFY(m_server.deleteIssue(gone));
    QVERIFY(m_server.deleteIssue(edited));

    SyncOptions options = fastOptions();
    options.reconcile = true;
    const SyncReport report = sync(options);
    QCOMPARE(report.pulled.deleted, 1);
    QCOMPARE(report.conflicts, 1);
    QCOMPARE(m_board->cardCount(), 2);
    QVERIFY(cardForIssue(kept));
    QVERIFY(m_board->card(editedCard));

    // Keep mine: the card goes back to the server as a new issue.
    QVERIFY(ConflictResolver(*m_board).resolve(editedCard, true));
    SYNC_OK(sync(options));
    const qint64 recreated = issueForCard(editedCard);
    QVERIFY(recreated);
    QVERIFY(recreated != edited);
    QCOMPARE(m_server.issue(recreated).value(u"subject"_s).toString(),
             u"Deleted there, edited here"_s);
    QCOMPARE(RedmineServer::storyPoints(m_server.issue(recreated)), u"2"_s);
    QCOMPARE(m_server.issues(m_project).size(), 2);
}

void TestRedmineSync::sprintEditsReachTheVersion()
{
    newProject(u"versions"_s);
    SYNC_OK(sync());
    Sprint sprint = *m_board->sprint(sprintId());
    sprint.name = u"Sprint 1 (renamed)"_s;
    sprint.end = sprint.end.addDays(3);
    QVERIFY(m_board->updateSprint(sprint));
    SYNC_OK(sync());
    const QJsonObject version = m_server.request("GET", u"/versions/%1.json"_s.arg(m_versionId))
                                    .json.object()[u"version"_s]
                                    .toObject();
    QCOMPARE(version.value(u"name"_s).toString(), sprint.name);
    QCOMPARE(version.value(u"due_date"_s).toString(), sprint.end.toString(Qt::ISODate));

    // And a version renamed there renames the sprint.
    QVERIFY(m_server
                .request("PUT", u"/versions/%1.json"_s.arg(m_versionId),
                         {{u"version"_s, QJsonObject{{u"name"_s, u"Sprint One"_s}}}})
                .status == 204);
    SYNC_OK(sync());
    QCOMPARE(m_board->sprint(sprint.id)->name, u"Sprint One"_s);
}

QTEST_GUILESS_MAIN(TestRedmineSync)
#include "tst_redmine_sync.moc"
