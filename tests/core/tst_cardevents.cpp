#include "core/board/board.h"
#include "core/board/boardbatch.h"
#include "core/board/cardevents.h"

#include <QTemporaryDir>
#include <QTest>

using namespace SprintDeck;
using namespace Qt::StringLiterals;

namespace {

/** A history without ids, card ids and times: kind, old and new value of each event. */
QStringList described(const QList<Event> &events, const QString &key)
{
    QStringList lines;
    for (const Event &e : events) {
        // The created event names the card's key; the two ways give different keys.
        const QString newValue = e.newValue == key ? u"<key>"_s : e.newValue;
        lines.append(eventKindName(e.kind) + u" | "_s + e.oldValue + u" | "_s + newValue);
    }
    return lines;
}

/** The card a history rebuilds, replayed onto a default card as the analytics replay does. */
Card replayed(const QList<Event> &events)
{
    Card c;
    for (const Event &e : events) {
        switch (e.kind) {
        case Event::Kind::Moved:
            c.columnId = e.newValue.toLongLong();
            break;
        case Event::Kind::Sprint:
            c.sprintId = e.newValue.toLongLong();
            break;
        case Event::Kind::Title:
            c.title = e.newValue;
            break;
        case Event::Kind::Points:
            c.points = e.newValue.isEmpty() ? std::nullopt : std::optional(e.newValue.toDouble());
            break;
        case Event::Kind::Priority:
            c.priority = parsePriority(e.newValue).value_or(Priority::P3);
            break;
        case Event::Kind::Type:
            c.type = parseCardType(e.newValue).value_or(CardType::Story);
            break;
        case Event::Kind::Assignee:
            c.assigneeId = e.newValue.toLongLong();
            break;
        case Event::Kind::Labels:
            c.labels = e.newValue.isEmpty() ? QStringList() : e.newValue.split(u',');
            break;
        default:
            break;
        }
    }
    return c;
}

} // namespace

/**
 * A card's events come from one place (CardEvents), whichever way it is written: a card
 * created in the window (Board::addCard) and the same card created by an import or a restore
 * (Board::applyBatch) have the same history, and that history rebuilds the card.
 */
class TestCardEvents : public QObject
{
    Q_OBJECT
private slots:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        auto opened = Board::open(m_dir->filePath(u"board.sprintdeck"_s));
        QVERIFY2(opened, qPrintable(opened.error()));
        m_board = std::move(opened.value());
        m_board->setClock([] { return QDateTime(QDate(2025, 1, 13), QTime(9, 0), Qt::UTC); });
        Sprint s;
        s.name = u"Sprint 1"_s;
        s.start = QDate(2025, 1, 13);
        s.end = QDate(2025, 1, 24);
        auto sprint = m_board->createSprint(s);
        QVERIFY2(sprint, qPrintable(sprint.error()));
        m_sprint = *sprint;
        auto member = m_board->addMember(u"Ada Lovelace"_s);
        QVERIFY2(member, qPrintable(member.error()));
        m_member = *member;
    }
    void cleanup()
    {
        m_board.reset();
        m_dir.reset();
    }

    void createdCardsHaveOneHistory_data()
    {
        QTest::addColumn<CardType>("type");
        QTest::addColumn<Priority>("priority");
        QTest::addColumn<bool>("points");
        QTest::addColumn<bool>("assignee");
        QTest::addColumn<bool>("labels");
        QTest::addColumn<bool>("sprint");
        const QList<std::pair<CardType, const char *>> types{{CardType::Story, "story"},
                                                             {CardType::Bug, "bug"},
                                                             {CardType::Task, "task"},
                                                             {CardType::Fix, "fix"}};
        for (const auto &[type, name] : types) {
            QTest::addRow("%s bare", name)
                << type << Priority::P3 << false << false << false << false;
            QTest::addRow("%s points", name)
                << type << Priority::P3 << true << false << false << false;
            QTest::addRow("%s assignee", name)
                << type << Priority::P3 << false << true << false << false;
            QTest::addRow("%s labels", name)
                << type << Priority::P3 << false << false << true << false;
            QTest::addRow("%s sprint", name)
                << type << Priority::P3 << false << false << false << true;
            QTest::addRow("%s all, P1", name)
                << type << Priority::P1 << true << true << true << true;
        }
    }
    void createdCardsHaveOneHistory()
    {
        QFETCH(CardType, type);
        QFETCH(Priority, priority);
        QFETCH(bool, points);
        QFETCH(bool, assignee);
        QFETCH(bool, labels);
        QFETCH(bool, sprint);
        Card draft;
        draft.title = u"Export the burndown"_s;
        draft.type = type;
        draft.priority = priority;
        draft.columnId = m_board->firstColumnId();
        if (points)
            draft.points = 5;
        if (assignee)
            draft.assigneeId = m_member;
        if (labels)
            draft.labels = {u"charts"_s, u"export"_s};
        if (sprint)
            draft.sprintId = m_sprint;

        Card single = draft;
        single.key = u"SINGLE-1"_s;
        auto singleId = m_board->addCard(single);
        QVERIFY2(singleId, qPrintable(singleId.error()));

        Card batched = draft;
        batched.key = u"BATCH-1"_s;
        BoardBatch batch;
        batch.cards.append({CardStep{batched, QDateTime()}});
        BoardBatchResult result;
        QVERIFY(m_board->applyBatch(batch, &result));
        QCOMPARE(result.createdCards.size(), 1);
        const qint64 batchId = result.createdCards.first();

        const QList<Event> singleHistory = m_board->history(*singleId).value();
        const QList<Event> batchHistory = m_board->history(batchId).value();
        QCOMPARE(described(singleHistory, u"SINGLE-1"_s), described(batchHistory, u"BATCH-1"_s));
        QCOMPARE(singleHistory.first().kind, Event::Kind::Created);

        // The history alone rebuilds the card, its type included.
        for (const QList<Event> &history : {singleHistory, batchHistory}) {
            const Card rebuilt = replayed(history);
            QCOMPARE(rebuilt.type, type);
            QCOMPARE(rebuilt.priority, priority);
            QCOMPARE(rebuilt.points, draft.points);
            QCOMPARE(rebuilt.assigneeId, draft.assigneeId);
            QCOMPARE(rebuilt.labels, draft.labels);
            QCOMPARE(rebuilt.sprintId, draft.sprintId);
            QCOMPARE(rebuilt.columnId, draft.columnId);
            QCOMPARE(rebuilt.title, draft.title);
        }
    }

    void createdEventsStateTheInitialRule()
    {
        Card c;
        c.id = 7;
        c.key = u"BUG-7"_s;
        c.title = u"Crash"_s;
        c.type = CardType::Bug;
        c.columnId = 2;
        c.rank = 1024;
        const QDateTime at(QDate(2025, 1, 13), QTime(9, 0), Qt::UTC);
        const QList<Event> events = CardEvents::created(c, at);
        QStringList kinds;
        for (const Event &e : events) {
            QCOMPARE(e.cardId, 7);
            QCOMPARE(e.at, at);
            kinds.append(eventKindName(e.kind));
        }
        // Created first; then every field that differs from a default card, the rank aside.
        QCOMPARE(kinds, (QStringList{u"created"_s, u"moved"_s, u"title"_s, u"type"_s}));
    }

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Board> m_board;
    qint64 m_sprint = 0;
    qint64 m_member = 0;
};

QTEST_GUILESS_MAIN(TestCardEvents)
#include "tst_cardevents.moc"
