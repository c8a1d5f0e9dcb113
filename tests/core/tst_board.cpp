#include "core/board/board.h"
#include "core/board/boardbatch.h"
#include "core/board/demo.h"
#include "core/board/searchtextstore.h"
#include "core/storage/database.h"
#include "core/storage/repository.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace SprintDeck;
using namespace Qt::StringLiterals;

namespace {

Card titled(const QString &title, double points = 0)
{
    Card c;
    c.title = title;
    if (points > 0)
        c.points = points;
    return c;
}

/** A second connection that reads what is really on disk. */
struct DiskView
{
    explicit DiskView(const QString &path)
    {
        Database::Options o;
        auto opened = Database::open(path, o);
        if (opened)
            db = std::move(opened.value());
    }
    Card card(qint64 id)
    {
        auto c = Repository(*db).loadCard(id);
        return c ? c.value() : Card();
    }
    bool deleted(qint64 id)
    {
        QSqlQuery q(db->connection());
        q.prepare(u"SELECT deleted FROM cards WHERE id = ?"_s);
        q.addBindValue(id);
        return q.exec() && q.next() && q.value(0).toBool();
    }
    QList<Event> events(qint64 id) { return Repository(*db).eventsForCard(id).value(); }
    QStringList kinds(qint64 id)
    {
        QStringList k;
        for (const Event &e : events(id))
            k.append(eventKindName(e.kind));
        return k;
    }
    std::unique_ptr<Database> db;
};

} // namespace

class TestBoard : public QObject
{
    Q_OBJECT
private slots:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        m_path = m_dir->filePath(u"board.sprintdeck"_s);
        auto opened = Board::open(m_path);
        QVERIFY2(opened, qPrintable(opened.error()));
        m_board = std::move(opened.value());
        m_time = QDateTime(QDate(2025, 1, 13), QTime(9, 0), Qt::UTC);
        m_board->setClock([this] { return m_time; });
        Sprint s;
        s.name = u"Sprint 1"_s;
        s.start = QDate(2025, 1, 13);
        s.end = QDate(2025, 1, 24);
        auto id = m_board->createSprint(s);
        QVERIFY(id);
        m_sprint = *id;
        m_board->undoStack()->clear();
    }
    void cleanup()
    {
        m_board.reset();
        m_dir.reset();
    }

    void checklistJsonIsWhatQtJsonWrites()
    {
        // The checklist is stored as the compact JSON QJsonDocument writes, whatever the text.
        const QList<QString> texts{u"plain"_s,
                                   u"quote \" backslash \\ slash /"_s,
                                   u"tab\tnew\nline\rcr\bbs\fff"_s,
                                   QString(QChar(0)) + QChar(0x1f) + QChar(0x7f),
                                   u"Stra\u00dfe \u00e9t\u00e9 \u2028 \U0001F3AF done"_s,
                                   QString(QChar(0xd83c)) + u"half"_s + QChar(0xdfaf),
                                   QString()};
        QList<ChecklistItem> items;
        for (int i = 0; i < texts.size(); ++i)
            items.append({texts.at(i).isEmpty() ? u"x"_s : texts.at(i), i % 2 == 0,
                          i % 3 == 0 ? QString() : texts.at((i + 1) % texts.size()),
                          i % 2 == 0 ? QString() : texts.at((i + 2) % texts.size())});
        QJsonArray array;
        for (const ChecklistItem &item : items) {
            QJsonObject o{{u"text"_s, item.text}, {u"done"_s, item.done}};
            if (!item.group.isEmpty())
                o.insert(u"group"_s, item.group);
            if (!item.estimate.isEmpty())
                o.insert(u"estimate"_s, item.estimate);
            array.append(o);
        }
        const QString expected =
            QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
        QCOMPARE(checklistToJson(items), expected);
        // Read back and written again: the same text.
        const QList<ChecklistItem> back = checklistFromJson(checklistToJson(items));
        QCOMPARE(back.size(), items.size());
        QCOMPARE(back.at(1).text, texts.at(1));
        QCOMPARE(checklistToJson(back), expected);
        QCOMPARE(checklistToJson({}), QString());
    }

    void newBoardHasDefaultColumns()
    {
        QStringList names;
        for (const Column &c : m_board->columns())
            names.append(c.name);
        QCOMPARE(names, (QStringList{u"To Do"_s, u"In Progress"_s, u"Review"_s, u"Done"_s}));
        QVERIFY(m_board->columns().last().done);
        QVERIFY(!m_board->columns().first().done);
    }

    void addCardWritesStateAndEvents()
    {
        Card draft = titled(u"Burndown"_s, 5);
        draft.sprintId = m_sprint;
        draft.columnId = m_board->firstColumnId();
        draft.labels = {u"charts"_s};
        auto id = m_board->addCard(draft);
        QVERIFY2(id, qPrintable(id.error()));
        const Card *c = m_board->card(*id);
        QCOMPARE(c->key, u"SD-1"_s);
        DiskView disk(m_path);
        const Card onDisk = disk.card(*id);
        QCOMPARE(onDisk.title, u"Burndown"_s);
        QCOMPARE(onDisk.points, std::optional<double>(5));
        QCOMPARE(onDisk.labels, QStringList{u"charts"_s});
        QCOMPARE(onDisk.sprintId, m_sprint);
        const QList<Event> events = disk.events(*id);
        QVERIFY(!events.isEmpty());
        QCOMPARE(events.first().kind, Event::Kind::Created);
        for (const Event &e : events)
            QCOMPARE(e.at, m_time);
        QVERIFY(disk.kinds(*id).contains(u"sprint"_s));
        QVERIFY(disk.kinds(*id).contains(u"points"_s));
        QCOMPARE(m_board->undoStack()->count(), 1);
        QCOMPARE(m_board->undoStack()->text(0), u"Add card Burndown"_s);
    }

    void keysFollowThePrefix()
    {
        QCOMPARE(m_board->card(*m_board->addCard(titled(u"a"_s)))->key, u"SD-1"_s);
        Card explicitKey = titled(u"b"_s);
        explicitKey.key = u"SD-7"_s;
        QVERIFY(m_board->addCard(explicitKey));
        QVERIFY(m_board->setKeyPrefix(u"fix"_s));
        QCOMPARE(m_board->card(*m_board->addCard(titled(u"c"_s)))->key, u"FIX-1"_s);
        QVERIFY(m_board->setKeyPrefix(u"SD"_s));
        QCOMPARE(m_board->card(*m_board->addCard(titled(u"d"_s)))->key, u"SD-2"_s);
        // A duplicate key is refused with a clear reason and nothing is written.
        Card dup = titled(u"e"_s);
        dup.key = u"SD-7"_s;
        auto failed = m_board->addCard(dup);
        QVERIFY(!failed);
        QVERIFY2(failed.error().contains(u"SD-7"_s), qPrintable(failed.error()));
        QCOMPARE(m_board->cardCount(), 4);
    }

    void moveIsAtomicWithItsEvent()
    {
        Card draft = titled(u"Atomic"_s, 3);
        draft.sprintId = m_sprint;
        draft.columnId = m_board->firstColumnId();
        const qint64 id = *m_board->addCard(draft);
        const qint64 target = m_board->columns().at(1).id;
        {
            // Another connection makes every 'moved' event fail, as a full disk would.
            DiskView disk(m_path);
            QSqlQuery q(disk.db->connection());
            QVERIFY(
                q.exec(u"CREATE TRIGGER no_moves BEFORE INSERT ON events WHEN NEW.kind = 'moved' "
                       "BEGIN SELECT RAISE(ABORT, 'disk full'); END"_s));
        }
        QSignalSpy changed(m_board.get(), &Board::cardsChanged);
        const int eventsBefore = int(DiskView(m_path).events(id).size());
        Status s = m_board->moveCards({id}, m_sprint, target);
        QVERIFY(!s);
        QVERIFY2(s.error().contains(u"disk full"_s), qPrintable(s.error()));
        QCOMPARE(changed.count(), 0);
        QCOMPARE(m_board->card(id)->columnId, m_board->firstColumnId());
        QCOMPARE(m_board->undoStack()->count(), 1); // only the add
        DiskView disk(m_path);
        QCOMPARE(disk.card(id).columnId, m_board->firstColumnId());
        QCOMPARE(disk.events(id).size(), eventsBefore);
        {
            QSqlQuery q(disk.db->connection());
            QVERIFY(q.exec(u"DROP TRIGGER no_moves"_s));
        }
        QVERIFY(m_board->moveCards({id}, m_sprint, target));
        QCOMPARE(DiskView(m_path).card(id).columnId, target);
    }

    void undoRedoRoundTripsOnDisk()
    {
        Card draft = titled(u"Round trip"_s, 2);
        draft.sprintId = m_sprint;
        draft.columnId = m_board->firstColumnId();
        const qint64 id = *m_board->addCard(draft);
        const qint64 review = m_board->columns().at(2).id;
        m_time = m_time.addSecs(3600);
        QVERIFY(m_board->moveCards({id}, m_sprint, review));
        m_time = m_time.addSecs(3600);
        Card edited = *m_board->card(id);
        edited.title = u"Round trip, renamed"_s;
        edited.points = 8;
        edited.blocked = true;
        edited.blockedReason = u"waiting for review"_s;
        QVERIFY(m_board->updateCard(edited));
        QCOMPARE(m_board->undoStack()->count(), 3);

        QUndoStack *stack = m_board->undoStack();
        m_time = m_time.addSecs(60);
        stack->undo(); // edit
        QCOMPARE(m_board->card(id)->title, u"Round trip"_s);
        QCOMPARE(DiskView(m_path).card(id).title, u"Round trip"_s);
        QCOMPARE(DiskView(m_path).card(id).points, std::optional<double>(2));
        QVERIFY(!DiskView(m_path).card(id).blocked);
        stack->undo(); // move
        QCOMPARE(m_board->card(id)->columnId, m_board->firstColumnId());
        QCOMPARE(DiskView(m_path).card(id).columnId, m_board->firstColumnId());
        stack->undo(); // add
        QVERIFY(!m_board->card(id));
        QVERIFY(DiskView(m_path).deleted(id));

        stack->redo();
        QVERIFY(m_board->card(id));
        QVERIFY(!DiskView(m_path).deleted(id));
        stack->redo();
        QCOMPARE(DiskView(m_path).card(id).columnId, review);
        stack->redo();
        QCOMPARE(DiskView(m_path).card(id).title, u"Round trip, renamed"_s);
        QCOMPARE(DiskView(m_path).card(id).blockedReason, u"waiting for review"_s);

        // History is append-only: undo wrote inverse events instead of deleting any.
        const QStringList kinds = DiskView(m_path).kinds(id);
        QCOMPARE(kinds.count(u"moved"_s), 1 + 3); // initial column, move, undo, redo
        QVERIFY(kinds.contains(u"deleted"_s));
        QVERIFY(kinds.contains(u"restored"_s));
        QCOMPARE(kinds.count(u"title"_s), 1 + 3);
    }

    void undoRevertsOnlyItsOwnFields()
    {
        const qint64 id = *m_board->addCard(titled(u"Shared"_s, 1));
        Card a = *m_board->card(id);
        a.title = u"Title by A"_s;
        QVERIFY(m_board->updateCard(a));
        // A change that does not go through the stack (as a sync pull would apply it).
        Card b = *m_board->card(id);
        b.points = 13;
        QVERIFY(m_board->applyCardStates({b}));
        m_board->undoStack()->undo();
        QCOMPARE(m_board->card(id)->title, u"Shared"_s);
        QCOMPARE(m_board->card(id)->points, std::optional<double>(13));
    }

    void multiMoveKeepsOrderAndReorderWorks()
    {
        QList<qint64> ids;
        for (int i = 0; i < 5; ++i) {
            Card c = titled(u"c%1"_s.arg(i));
            c.sprintId = m_sprint;
            c.columnId = m_board->firstColumnId();
            c.rank = 1024.0 * (i + 1);
            ids.append(*m_board->addCard(c));
        }
        const qint64 doing = m_board->columns().at(1).id;
        QVERIFY(m_board->moveCards({ids[3], ids[1]}, m_sprint, doing));
        QCOMPARE(m_board->cardsIn(m_sprint, doing), (QList<qint64>{ids[1], ids[3]}));
        QCOMPARE(m_board->cardsIn(m_sprint, m_board->firstColumnId()),
                 (QList<qint64>{ids[0], ids[2], ids[4]}));
        QCOMPARE(m_board->undoStack()->text(m_board->undoStack()->count() - 1),
                 u"Move 2 cards to In Progress"_s);
        QVERIFY(m_board->reorderCard(ids[3], -1));
        QCOMPARE(m_board->cardsIn(m_sprint, doing), (QList<qint64>{ids[3], ids[1]}));
        QVERIFY(m_board->reorderCard(ids[0], +2));
        QCOMPARE(m_board->cardsIn(m_sprint, m_board->firstColumnId()),
                 (QList<qint64>{ids[2], ids[4], ids[0]}));
        m_board->undoStack()->undo();
        QCOMPARE(m_board->cardsIn(m_sprint, m_board->firstColumnId()),
                 (QList<qint64>{ids[0], ids[2], ids[4]}));
        // Board order survives a reopen.
        m_board.reset();
        m_board = std::move(Board::open(m_path).value());
        QCOMPARE(m_board->cardsIn(m_sprint, m_board->firstColumnId()),
                 (QList<qint64>{ids[0], ids[2], ids[4]}));
        QCOMPARE(m_board->cardsIn(m_sprint, doing), (QList<qint64>{ids[3], ids[1]}));
    }

    void batchesCheckTheirReferencesAndLeaveTheChecksOn()
    {
        Database &db = m_board->database();
        const auto number = [&db](const QString &sql, std::optional<qint64> value = {}) {
            QSqlQuery q(db.connection());
            if (!q.prepare(sql))
                return qint64(-1);
            if (value)
                q.addBindValue(*value);
            return q.exec() && q.next() ? q.value(0).toLongLong() : qint64(-1);
        };
        const auto checksOn = [&] { return number(u"PRAGMA foreign_keys"_s) == 1; };
        const auto events = [&] { return number(u"SELECT count(*) FROM events"_s); };
        QVERIFY(checksOn());

        // An import: a new sprint with a holiday, and cards in it.
        BoardBatch batch;
        Sprint sprint;
        sprint.name = u"Sprint 2"_s;
        sprint.start = QDate(2025, 1, 27);
        sprint.end = QDate(2025, 2, 7);
        sprint.holidays = {QDate(2025, 2, 3)};
        batch.sprints.append(sprint);
        for (int i = 0; i < 3; ++i) {
            Card c = titled(u"imported %1"_s.arg(i));
            c.key = u"IMP-%1"_s.arg(i + 1);
            c.columnId = m_board->firstColumnId();
            c.sprintId = -1; // the batch's first sprint
            Card done = c;
            done.columnId = m_board->columns().last().id;
            batch.cards.append({CardStep{c, m_time}, CardStep{done, m_time.addDays(1)}});
        }
        QVERIFY(m_board->applyBatchAction(batch, u"Import"_s));
        QVERIFY(checksOn());
        QCOMPARE(m_board->cardCount(), 3);
        const qint64 written = events();
        QVERIFY(written > 3);
        QSqlQuery check(db.connection());
        QVERIFY(check.exec(u"PRAGMA foreign_key_check"_s));
        QVERIFY2(!check.next(), qPrintable(check.value(0).toString()));
        check.finish();

        // A batch that fails half way writes nothing and leaves the checks on: the second card
        // takes a key that is taken.
        BoardBatch clash;
        for (const QString &key : {u"NEW-1"_s, u"IMP-2"_s}) {
            Card c = titled(key);
            c.key = key;
            c.columnId = m_board->firstColumnId();
            clash.cards.append({CardStep{c, m_time}});
        }
        QVERIFY(!m_board->applyBatchAction(clash, u"Clash"_s));
        QVERIFY(checksOn());
        QCOMPARE(m_board->cardCount(), 3);
        QCOMPARE(events(), written);
        QVERIFY(!m_board->cardByKey(u"NEW-1"_s));

        // Undoing the import removes its sprint with the checks on, so its days go with it.
        const qint64 sprintId = m_board->sprints().last().id;
        QCOMPARE(number(u"SELECT count(*) FROM sprint_days WHERE sprint_id = ?"_s, sprintId), 1);
        m_board->undoStack()->undo();
        QCOMPARE(m_board->cardCount(), 0);
        QCOMPARE(number(u"SELECT count(*) FROM sprints WHERE id = ?"_s, sprintId), 0);
        QCOMPARE(number(u"SELECT count(*) FROM sprint_days WHERE sprint_id = ?"_s, sprintId), 0);
        QVERIFY(checksOn());
        // The board still writes.
        QVERIFY(m_board->addCard(titled(u"after"_s)));
    }

    void batchEventsAreNumberedInTheOrderOfTheirTimes()
    {
        // Two cards, each created on day 0 and moved on days 1 and 2. The events are numbered by
        // time across the cards; a card's events at one time keep the order they were made in
        // (created, then the state it was created with).
        BoardBatch batch;
        const QList<Column> columns = m_board->columns();
        for (int i = 0; i < 2; ++i) {
            Card c = titled(u"timed %1"_s.arg(i));
            c.key = u"TIM-%1"_s.arg(i + 1);
            c.columnId = columns.at(0).id;
            c.sprintId = m_sprint;
            c.points = 3 + i;
            QList<CardStep> steps{CardStep{c, m_time}};
            for (int day = 1; day <= 2; ++day) {
                c.columnId = columns.at(day).id;
                steps.append(CardStep{c, m_time.addDays(day)});
            }
            batch.cards.append(steps);
        }
        QVERIFY(m_board->applyBatchAction(batch, u"Timed"_s));

        QSqlQuery q(m_board->database().connection());
        QVERIFY(q.exec(u"SELECT card_id, at, kind FROM events ORDER BY id"_s));
        QList<std::tuple<qint64, qint64, QString>> rows;
        while (q.next())
            rows.append({q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toString()});
        const qint64 first = m_board->cardByKey(u"TIM-1"_s)->id;
        const qint64 second = m_board->cardByKey(u"TIM-2"_s)->id;
        const qint64 day0 = m_time.toMSecsSinceEpoch();
        const qint64 day = 24 * 3600 * 1000;
        const QList<std::tuple<qint64, qint64, QString>> expected = {
            {first, day0, u"created"_s},         {first, day0, u"sprint"_s},
            {first, day0, u"moved"_s},           {first, day0, u"title"_s},
            {first, day0, u"points"_s},          {second, day0, u"created"_s},
            {second, day0, u"sprint"_s},         {second, day0, u"moved"_s},
            {second, day0, u"title"_s},          {second, day0, u"points"_s},
            {first, day0 + day, u"moved"_s},     {second, day0 + day, u"moved"_s},
            {first, day0 + 2 * day, u"moved"_s}, {second, day0 + 2 * day, u"moved"_s},
        };
        QCOMPARE(rows, expected);
        // The board's history reads the same as before: each card's events in time order.
        auto history = m_board->history(first);
        QVERIFY(history);
        QCOMPARE(history->size(), 7);
        QCOMPARE(history->first().kind, Event::Kind::Created);
        QCOMPARE(history->last().at, m_time.addDays(2));
    }

    void largeBoardReopensWithEveryCard()
    {
        // Above 20,000 ids the cards are read by two threads; every live card must come back
        // exactly once, as it was written, and deleted ones must stay away.
        BoardBatch batch;
        const int n = 24000;
        for (int i = 0; i < n; ++i) {
            Card c;
            c.title = u"Card %1 \u00e9"_s.arg(i);
            c.description = i % 3 ? QString() : u"Line one\nline two of %1"_s.arg(i);
            c.columnId = m_board->columns().at(i % 4).id;
            c.sprintId = i % 2 ? m_sprint : 0;
            c.rank = double(n - i);
            c.points = i % 5 ? std::optional<double>(i % 8) : std::nullopt;
            c.labels = i % 7 ? QStringList() : QStringList{u"ux"_s, u"api %1"_s.arg(i)};
            if (i % 11 == 0)
                c.checklist = {{u"step %1"_s.arg(i), i % 2 == 0, QString(), QString()}};
            batch.cards.append({CardStep{c, m_time}});
        }
        QVERIFY(m_board->applyBatchAction(batch, u"Many"_s));
        QList<qint64> gone;
        for (qint64 id : m_board->cards().keys())
            if (id % 1000 == 0)
                gone.append(id);
        QVERIFY(!gone.isEmpty());
        QVERIFY(m_board->deleteCards(gone));
        const QHash<qint64, Card> before = m_board->cards();
        QList<QList<qint64>> lists;
        for (const Column &col : m_board->columns())
            lists.append(m_board->cardsIn(m_sprint, col.id));

        m_board.reset();
        auto reopened = Board::open(m_path);
        QVERIFY2(reopened, qPrintable(reopened.error()));
        m_board = std::move(reopened.value());
        QCOMPARE(m_board->cardCount(), n - gone.size());
        const QHash<qint64, Card> &after = m_board->cards();
        QCOMPARE(after.size(), before.size());
        for (auto it = before.cbegin(); it != before.cend(); ++it) {
            const auto found = after.constFind(it.key());
            QVERIFY2(found != after.cend(), qPrintable(it->key));
            QVERIFY2(*found == *it, qPrintable(it->key));
            QCOMPARE(found->createdAt, it->createdAt);
        }
        for (qint64 id : gone)
            QVERIFY(!after.contains(id));
        for (int i = 0; i < m_board->columns().size(); ++i)
            QCOMPARE(m_board->cardsIn(m_sprint, m_board->columns().at(i).id), lists.at(i));
    }

    void repeatedInsertsAtOneSpotRenumber()
    {
        QList<qint64> ids;
        for (int i = 0; i < 2; ++i) {
            Card c = titled(u"edge%1"_s.arg(i));
            c.sprintId = m_sprint;
            c.columnId = m_board->firstColumnId();
            ids.append(*m_board->addCard(c));
        }
        // Always insert right after the first card: halves the gap each time.
        QList<qint64> expected = ids;
        for (int i = 0; i < 80; ++i) {
            Card c = titled(u"n%1"_s.arg(i));
            c.sprintId = m_sprint;
            c.columnId = m_board->columns().at(1).id;
            const qint64 id = *m_board->addCard(c);
            QVERIFY(m_board->moveCards({id}, m_sprint, m_board->firstColumnId(), expected.at(1)));
            expected.insert(1, id);
        }
        QCOMPARE(m_board->cardsIn(m_sprint, m_board->firstColumnId()), expected);
    }

    void backlogAndSprintMoves()
    {
        const qint64 id = *m_board->addCard(titled(u"Backlog item"_s, 3));
        QCOMPARE(m_board->backlog(), QList<qint64>{id});
        QVERIFY(m_board->moveCards({id}, m_sprint, m_board->firstColumnId()));
        QVERIFY(m_board->backlog().isEmpty());
        QCOMPARE(DiskView(m_path).card(id).sprintId, m_sprint);
        QVERIFY(DiskView(m_path).kinds(id).contains(u"sprint"_s));
        QVERIFY(m_board->moveCards({id}, 0, 0));
        QCOMPARE(m_board->backlog(), QList<qint64>{id});
        QCOMPARE(DiskView(m_path).card(id).sprintId, 0);
    }

    void deleteAndRestoreKeepHistory()
    {
        const qint64 id = *m_board->addCard(titled(u"To delete"_s, 1));
        QSignalSpy removed(m_board.get(), &Board::cardsRemoved);
        QVERIFY(m_board->deleteCards({id}));
        QCOMPARE(removed.count(), 1);
        QVERIFY(!m_board->card(id));
        QVERIFY(DiskView(m_path).deleted(id));
        m_board->undoStack()->undo();
        QVERIFY(m_board->card(id));
        QCOMPARE(m_board->card(id)->title, u"To delete"_s);
        QVERIFY(DiskView(m_path).kinds(id).contains(u"created"_s));
        QVERIFY(DiskView(m_path).kinds(id).contains(u"restored"_s));
    }

    void columnsAddRenameMoveRemove()
    {
        Card c = titled(u"In review"_s);
        c.sprintId = m_sprint;
        c.columnId = m_board->columns().at(2).id; // Review
        const qint64 id = *m_board->addCard(c);
        auto added = m_board->addColumn(u"QA"_s, false, 2);
        QVERIFY(added);
        QCOMPARE(m_board->columns().last().name, u"QA"_s);
        QVERIFY(!m_board->addColumn(u"qa"_s)); // names are unique, case-insensitively
        QVERIFY(m_board->moveColumn(*added, 3));
        QCOMPARE(m_board->columns().at(3).name, u"QA"_s);
        Column renamed = *m_board->column(*added);
        renamed.name = u"Testing"_s;
        renamed.wipLimit = 4;
        QVERIFY(m_board->updateColumn(renamed));
        QCOMPARE(m_board->column(*added)->wipLimit, 4);

        const qint64 review = m_board->columns().at(2).id;
        QVERIFY(m_board->removeColumn(review));
        QVERIFY(!m_board->column(review));
        QCOMPARE(m_board->card(id)->columnId, m_board->columns().at(1).id); // went left
        m_board->undoStack()->undo();
        QVERIFY(m_board->column(review));
        QCOMPARE(m_board->card(id)->columnId, review);
        // Survives a reopen in the same order.
        QStringList names;
        for (const Column &col : m_board->columns())
            names.append(col.name);
        m_board.reset();
        m_board = std::move(Board::open(m_path).value());
        QStringList reopened;
        for (const Column &col : m_board->columns())
            reopened.append(col.name);
        QCOMPARE(reopened, names);
    }

    void membersAndUndo()
    {
        auto id = m_board->addMember(u"  Ada   Lovelace "_s);
        QVERIFY(id);
        QCOMPARE(m_board->member(*id)->name, u"Ada Lovelace"_s);
        QCOMPARE(m_board->member(*id)->initials(), u"AL"_s);
        QVERIFY(!m_board->addMember(u"ada lovelace"_s));
        Card c = titled(u"Assigned"_s);
        c.assigneeId = *id;
        const qint64 card = *m_board->addCard(c);
        QVERIFY(m_board->searchText(card).contains(u"ada lovelace"));
        Member renamed = *m_board->member(*id);
        renamed.name = u"Ada King"_s;
        QVERIFY(m_board->updateMember(renamed));
        QVERIFY(m_board->searchText(card).contains(u"ada king"));
        m_board->undoStack()->undo();
        QCOMPARE(m_board->member(*id)->name, u"Ada Lovelace"_s);
    }

    void pointsAndPrioritiesPrintInTheirShortestForm_data()
    {
        QTest::addColumn<double>("points");
        QTest::addColumn<QString>("text");
        QTest::newRow("zero") << 0.0 << u"0"_s;
        QTest::newRow("negative zero") << -0.0 << u"0"_s;
        QTest::newRow("whole") << 5.0 << u"5"_s;
        QTest::newRow("largest whole in full") << 999999.0 << u"999999"_s;
        QTest::newRow("a million") << 1e6 << u"1e+06"_s;
        QTest::newRow("half") << 2.5 << u"2.5"_s;
        QTest::newRow("negative") << -3.0 << u"-3"_s;
        QTest::newRow("six digits") << 1.0 / 3 << u"0.333333"_s;
    }

    void pointsAndPrioritiesPrintInTheirShortestForm()
    {
        QFETCH(double, points);
        QFETCH(QString, text);
        QCOMPARE(formatPoints(points), text);
        QCOMPARE(formatPoints(points), QString::number(points, 'g', 6)); // as events always held
        QCOMPARE(formatPoints(std::optional<double>()), QString());
        QCOMPARE(priorityName(Priority::P1), u"P1"_s);
        QCOMPARE(priorityName(Priority::P4), u"P4"_s);
        QCOMPARE(priorityName(Priority(7)), u"P7"_s);
    }

    void searchTextStoreMapsDenseAndScatteredIds()
    {
        SearchTextStore store;
        store.reserve(1, 10, 10);
        for (qint64 id = 1; id <= 10; ++id)
            QCOMPARE(store.store(id, u"card %1"_s.arg(id)), u"card %1"_s.arg(id));
        QCOMPARE(store.find(7), u"card 7"_s);
        QVERIFY(store.find(11).isEmpty());
        QVERIFY(store.find(0).isEmpty());
        // Far above the range and below it: the hash holds them.
        store.store(5000, u"far"_s);
        store.store(-3, u"below"_s);
        store.store(1'000'000'000'000, u"huge"_s);
        // A new card next to the range grows the array, which takes over id 5000.
        store.store(4100, u"next"_s);
        QCOMPARE(store.find(5000), u"far"_s);
        QCOMPARE(store.find(4100), u"next"_s);
        QCOMPARE(store.find(-3), u"below"_s);
        QCOMPARE(store.find(1'000'000'000'000), u"huge"_s);
        QCOMPARE(store.count(), 14);
        // A changed card replaces its text; a forgotten one has none.
        store.store(7, u"card seven"_s);
        QCOMPARE(store.find(7), u"card seven"_s);
        store.forget(5000);
        store.forget(-3);
        store.forget(12345); // never stored
        QVERIFY(store.find(5000).isEmpty());
        QVERIFY(store.find(-3).isEmpty());
        QCOMPARE(store.count(), 12);
        QCOMPARE(store.unused(), qsizetype(u"card 7 far below"_s.size() - 2));
        QCOMPARE(store.find(1), u"card 1"_s);

        // Past a megabyte of unused text the buffer starts again with the card being stored.
        const QString big(100'000, u'x');
        for (int round = 0; round < 11; ++round) {
            store.store(2, big);
            store.forget(2);
        }
        QVERIFY(store.unused() > 1'000'000);
        QCOMPARE(store.store(3, u"fresh"_s), u"fresh"_s);
        QCOMPARE(store.unused(), 0);
        QCOMPARE(store.count(), 1);
        QVERIFY(store.find(1).isEmpty());
        QCOMPARE(store.find(3), u"fresh"_s);

        // Ids scattered wider than the cards use the hash alone.
        store.reserve(1, 1'000'000, 3);
        store.store(1, u"a"_s);
        store.store(500'000, u"b"_s);
        store.store(1'000'000, u"c"_s);
        QCOMPARE(store.find(500'000), u"b"_s);
        QCOMPARE(store.count(), 3);
    }

    void searchTextFollowsEveryChange()
    {
        const qint64 first = *m_board->addCard(titled(u"Burndown axis"_s));
        const qint64 second = *m_board->addCard(titled(u"Velocity legend"_s));
        QVERIFY(!m_board->prepareSearchText(10)); // built for both, in list order
        QVERIFY(m_board->searchText(first).contains(u"burndown axis"));
        Card edited = *m_board->card(first);
        edited.title = u"Burnup Axis"_s;
        edited.labels = {u"Charts"_s};
        QVERIFY(m_board->updateCard(edited));
        QVERIFY(m_board->searchText(first).contains(u"burnup axis"));
        QVERIFY(m_board->searchText(first).contains(u"charts"));
        QVERIFY(!m_board->searchText(first).contains(u"burndown"));
        QVERIFY(m_board->deleteCards({second}));
        QVERIFY(m_board->searchText(second).isEmpty());
        m_board->undoStack()->undo();
        QVERIFY(m_board->searchText(second).contains(u"velocity legend"));
        m_board->undoStack()->undo();
        m_board->undoStack()->undo();
        QVERIFY(m_board->searchText(first).contains(u"burndown axis"));
        QVERIFY(!m_board->searchText(first).contains(u"charts"));
    }

    void validationMessages()
    {
        const qint64 id = *m_board->addCard(titled(u"Valid"_s));
        Card bad = *m_board->card(id);
        bad.title = u"   "_s;
        Status s = m_board->updateCard(bad);
        QVERIFY(!s);
        QVERIFY(!s.error().isEmpty());
        QVERIFY(!m_board->moveCards({id}, 9999, m_board->firstColumnId()));
        QVERIFY(!m_board->moveCards({id}, m_sprint, 9999));
        Sprint inverted;
        inverted.name = u"Backwards"_s;
        inverted.start = QDate(2025, 2, 1);
        inverted.end = QDate(2025, 1, 1);
        QVERIFY(!m_board->createSprint(inverted));
    }

    void demoFillsAnEmptyBoard()
    {
        QTemporaryDir dir;
        auto board = std::move(Board::open(dir.filePath(u"demo.sprintdeck"_s)).value());
        QVERIFY(fillDemo(*board, QDate(2025, 1, 20)));
        QVERIFY(board->cardCount() >= 30);
        QVERIFY(board->members().size() >= 4);
        const Sprint *s = board->sprint(board->currentSprintId());
        QVERIFY(s);
        QCOMPARE(s->state, Sprint::State::Active);
        QVERIFY(!board->cardsIn(s->id, board->firstDoneColumnId()).isEmpty());
        QVERIFY(!board->cardsIn(s->id, board->columns().at(1).id).isEmpty());
        QCOMPARE(board->undoStack()->count(), 0);
        // Activity is spread over several days before the given day.
        QSet<QDate> days;
        for (const Event &e : board->database().connection().isOpen()
                                  ? Repository(board->database()).events().value()
                                  : QList<Event>())
            days.insert(e.at.toLocalTime().date());
        QVERIFY(days.size() >= 4);
        QVERIFY(!fillDemo(*board)); // only on an empty board
    }

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_path;
    std::unique_ptr<Board> m_board;
    QDateTime m_time;
    qint64 m_sprint = 0;
};

QTEST_GUILESS_MAIN(TestBoard)
#include "tst_board.moc"
