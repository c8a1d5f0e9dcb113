// Mapping between issues and cards, and the transport rules, without a server.
#include "core/board/board.h"
#include "core/sync/redminemapper.h"
#include "core/sync/remote.h"
#include "core/sync/remoteissue.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace SprintDeck;

class TestSyncMapping : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void transport_data();
    void transport();
    void serverUrl_data();
    void serverUrl();
    void keyPrefix();
    void issueFromJson();
    void initialFieldsUndoTheJournals();
    void defaultStatusMapping();
    void statusForColumnKeepsTheCurrentOne();
    void priorities_data();
    void priorities();
    void payload();
    void storedIssueRoundTrip();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Board> m_board;
    Remote m_remote;
};

void TestSyncMapping::initTestCase()
{
    auto board = Board::open(m_dir.filePath(u"m.sprintdeck"_s));
    QVERIFY(board);
    m_board = std::move(board.value());
    m_remote.storyPointsFieldId = 1;
    m_remote.priorities = {{1, u"Low"_s, false},       {2, u"Normal"_s, true},
                           {3, u"High"_s, false},      {4, u"Urgent"_s, false},
                           {5, u"Immediate"_s, false}, {6, u"Whenever"_s, false}};
    m_remote.trackers = {{1, u"Bug"_s, false}, {2, u"Feature"_s, false}, {3, u"Support"_s, false}};
    const QList<StatusMapping> statuses = {
        {1, u"New"_s, false, 0},      {2, u"In Progress"_s, false, 0}, {3, u"Resolved"_s, false, 0},
        {4, u"Feedback"_s, false, 0}, {5, u"Closed"_s, true, 0},       {6, u"Rejected"_s, true, 0}};
    m_remote.statusMap = SprintDeck::defaultStatusMapping(statuses, *m_board);
}

void TestSyncMapping::transport_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<bool>("allowInsecure");
    QTest::addColumn<bool>("ok");
    QTest::newRow("https") << u"https://redmine.example.org"_s << false << true;
    QTest::newRow("http remote") << u"http://redmine.example.org"_s << false << false;
    QTest::newRow("http remote confirmed") << u"http://redmine.example.org"_s << true << true;
    QTest::newRow("http 127.0.0.1") << u"http://127.0.0.1:3000"_s << false << true;
    QTest::newRow("http 127.1.2.3") << u"http://127.1.2.3"_s << false << true;
    QTest::newRow("http ::1") << u"http://[::1]:3000"_s << false << true;
    QTest::newRow("http localhost") << u"http://localhost:3000"_s << false << true;
    QTest::newRow("http 128.0.0.1") << u"http://128.0.0.1"_s << false << false;
    QTest::newRow("http lookalike") << u"http://127.0.0.1.example.org"_s << false << false;
    QTest::newRow("ftp") << u"ftp://redmine.example.org"_s << true << false;
}

void TestSyncMapping::transport()
{
    QFETCH(QString, url);
    QFETCH(bool, allowInsecure);
    QFETCH(bool, ok);
    QCOMPARE(checkTransport(QUrl(url), allowInsecure).ok(), ok);
}

void TestSyncMapping::serverUrl_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("url");
    QTest::newRow("bare host") << u"redmine.example.org"_s << u"https://redmine.example.org"_s;
    QTest::newRow("trailing slash")
        << u"https://redmine.example.org/tracker/"_s << u"https://redmine.example.org/tracker"_s;
    QTest::newRow("port") << u"http://127.0.0.1:3000"_s << u"http://127.0.0.1:3000"_s;
    QTest::newRow("user info") << u"https://me:pw@redmine.example.org"_s << QString();
    QTest::newRow("empty") << u"  "_s << QString();
}

void TestSyncMapping::serverUrl()
{
    QFETCH(QString, text);
    QFETCH(QString, url);
    auto parsed = parseServerUrl(text);
    QCOMPARE(parsed.ok(), !url.isEmpty());
    if (parsed)
        QCOMPARE(parsed->toString(), url);
}

void TestSyncMapping::keyPrefix()
{
    QCOMPARE(defaultKeyPrefix(u"my-project"_s), u"MYPROJECT"_s);
    QCOMPARE(defaultKeyPrefix(u"a-very-long-project-name"_s), u"AVERYLONGP"_s);
    QCOMPARE(defaultKeyPrefix(u"---"_s), u"RM"_s);
}

static QJsonObject sampleIssue()
{
    return QJsonDocument::fromJson(
               R"({"id":7,"tracker":{"id":2,"name":"Feature"},"status":{"id":2,"name":"In Progress"},
        "priority":{"id":3,"name":"High"},"assigned_to":{"id":5,"name":"Ada Lovelace"},"fixed_version":{"id":9,"name":"S1"},
        "subject":"Login","description":"Line one\r\nLine two","estimated_hours":4.5,
        "custom_fields":[{"id":1,"name":"Story points","value":"5.0"}],
        "created_on":"2026-03-02T09:00:00Z","updated_on":"2026-03-04T15:30:00Z",
        "journals":[
          {"id":11,"created_on":"2026-03-03T10:00:00Z","details":[
             {"property":"attr","name":"status_id","old_value":"1","new_value":"2"},
             {"property":"attr","name":"done_ratio","old_value":"0","new_value":"10"}]},
          {"id":12,"created_on":"2026-03-04T15:30:00Z","details":[
             {"property":"cf","name":"1","old_value":"3","new_value":"5.0"},
             {"property":"attr","name":"subject","old_value":"Log in","new_value":"Login"}]}]})")
        .object();
}

void TestSyncMapping::issueFromJson()
{
    auto issue = RemoteIssue::fromJson(sampleIssue(), {false, 1});
    QVERIFY(issue);
    QCOMPARE(issue->id, 7);
    QCOMPARE(issue->fields.value(SyncField::Title), u"Login"_s);
    QCOMPARE(issue->fields.value(SyncField::Description), u"Line one\nLine two"_s);
    QCOMPARE(issue->fields.value(SyncField::Status), u"2"_s);
    QCOMPARE(issue->fields.value(SyncField::Points), u"5"_s);
    QCOMPARE(issue->fields.value(SyncField::Assignee), u"5"_s);
    QCOMPARE(issue->assigneeName, u"Ada Lovelace"_s);
    QCOMPARE(issue->journals.size(), 2);
    QCOMPARE(issue->journals.first().changes.size(), 1); // done_ratio is not synced
    QCOMPARE(issue->created(), QDateTime(QDate(2026, 3, 2), QTime(9, 0), Qt::UTC));

    auto hours = RemoteIssue::fromJson(sampleIssue(), {true, 1});
    QVERIFY(hours);
    QCOMPARE(hours->fields.value(SyncField::Points), u"4.5"_s);
    QCOMPARE(hours->journals.last().changes.size(),
             1); // the story points change is not the points then

    QJsonObject broken = sampleIssue();
    broken.remove(u"updated_on"_s);
    QVERIFY(!RemoteIssue::fromJson(broken, {false, 1}));
}

void TestSyncMapping::initialFieldsUndoTheJournals()
{
    auto issue = RemoteIssue::fromJson(sampleIssue(), {false, 1});
    QVERIFY(issue);
    const IssueFields initial = issue->initialFields();
    QCOMPARE(initial.value(SyncField::Status), u"1"_s);
    QCOMPARE(initial.value(SyncField::Points), u"3"_s);
    QCOMPARE(initial.value(SyncField::Title), u"Log in"_s);
    QCOMPARE(initial.value(SyncField::Priority), u"3"_s); // never changed
}

void TestSyncMapping::defaultStatusMapping()
{
    auto column = [&](qint64 status) {
        return m_board->column(m_remote.columnForStatus(status))->name;
    };
    QCOMPARE(column(1), u"To Do"_s);
    QCOMPARE(column(2), u"In Progress"_s);
    QCOMPARE(column(3), u"Review"_s);
    QCOMPARE(column(4), u"Review"_s);
    QCOMPARE(column(5), u"Done"_s);
    QCOMPARE(column(6), u"Done"_s);
    // What the user mapped stays when the statuses are read again.
    QList<StatusMapping> edited = m_remote.statusMap;
    edited[3].columnId = m_board->columnByName(u"In Progress"_s)->id;
    const QList<StatusMapping> again = SprintDeck::defaultStatusMapping(edited, *m_board, edited);
    QCOMPARE(again.at(3).columnId, m_board->columnByName(u"In Progress"_s)->id);
}

void TestSyncMapping::statusForColumnKeepsTheCurrentOne()
{
    const qint64 done = m_board->columnByName(u"Done"_s)->id;
    const qint64 review = m_board->columnByName(u"Review"_s)->id;
    QCOMPARE(m_remote.statusForColumn(done, 6), 6); // Rejected stays Rejected
    QCOMPARE(m_remote.statusForColumn(done, 2), 5); // moved to Done: Closed
    QCOMPARE(m_remote.statusForColumn(review, 0), 3);
    RedmineMapper mapper(m_remote, *m_board);
    Card card;
    card.columnId = done;
    QCOMPARE(mapper.fromCard(SyncField::Status, card, {{SyncField::Status, u"6"_s}}), u"6"_s);
    QCOMPARE(mapper.fromCard(SyncField::Status, card, {{SyncField::Status, u"1"_s}}), u"5"_s);
}

void TestSyncMapping::priorities_data()
{
    QTest::addColumn<qint64>("id");
    QTest::addColumn<int>("local");
    QTest::newRow("Low") << qint64(1) << 4;
    QTest::newRow("Normal") << qint64(2) << 3;
    QTest::newRow("High") << qint64(3) << 2;
    QTest::newRow("Urgent") << qint64(4) << 1;
    QTest::newRow("Immediate") << qint64(5) << 1;
    QTest::newRow("unknown name, after the default") << qint64(6) << 1;
    QTest::newRow("unknown id") << qint64(99) << 3;
}

void TestSyncMapping::priorities()
{
    QFETCH(qint64, id);
    QFETCH(int, local);
    RedmineMapper mapper(m_remote, *m_board);
    QCOMPARE(int(mapper.localPriority(id)), local);
    // Back to the server: the same id when it maps to that priority already.
    if (id <= 5)
        QCOMPARE(mapper.remotePriority(Priority(local), id), id);
    QCOMPARE(mapper.remotePriority(Priority::P1, 2), 4); // the first one of P1
}

void TestSyncMapping::payload()
{
    RedmineMapper mapper(m_remote, *m_board);
    Card card;
    card.title = u"Title"_s;
    card.points = 2.5;
    card.columnId = m_board->columnByName(u"In Progress"_s)->id;
    const IssueFields values = mapper.fromCard(card, {});
    const QJsonObject p = mapper.payload(
        values, {SyncField::Title, SyncField::Points, SyncField::Status, SyncField::Sprint});
    QCOMPARE(p.value(u"subject"_s).toString(), u"Title"_s);
    QCOMPARE(p.value(u"status_id"_s).toInteger(), 2);
    QCOMPARE(p.value(u"fixed_version_id"_s).toString(), QString()); // none: cleared
    const QJsonArray custom = p.value(u"custom_fields"_s).toArray();
    QCOMPARE(custom.size(), 1);
    QCOMPARE(custom.first()[u"value"_s].toString(), u"2.5"_s);

    Remote hours = m_remote;
    hours.pointsField = Remote::PointsField::EstimatedHours;
    RedmineMapper hoursMapper(hours, *m_board);
    QCOMPARE(
        hoursMapper.payload(values, {SyncField::Points}).value(u"estimated_hours"_s).toDouble(),
        2.5);
}

void TestSyncMapping::storedIssueRoundTrip()
{
    auto issue = RemoteIssue::fromJson(sampleIssue(), {false, 1});
    QVERIFY(issue);
    const RemoteIssue back = RemoteIssue::fromStored(issue->toStored());
    QCOMPARE(back.id, issue->id);
    QCOMPARE(back.fields, issue->fields);
    QCOMPARE(back.updatedOn, issue->updatedOn);
    QCOMPARE(back.journals.size(), issue->journals.size());
    QCOMPARE(back.journals.last().at, issue->journals.last().at);
    QCOMPARE(back.initialFields(), issue->initialFields());
}

QTEST_GUILESS_MAIN(TestSyncMapping)
#include "tst_syncmapping.moc"
