#include "core/board/board.h"
#include "core/models/cardlistmodel.h"
#include "core/models/columnmodel.h"

#include <QAbstractItemModelTester>
#include <QMimeData>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace SprintDeck;
using namespace Qt::StringLiterals;

class TestModels : public QObject
{
    Q_OBJECT
private slots:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        m_board = std::move(Board::open(m_dir->filePath(u"m.sprintdeck"_s)).value());
        Sprint s;
        s.name = u"S"_s;
        s.start = QDate(2025, 1, 13);
        s.end = QDate(2025, 1, 24);
        m_sprint = *m_board->createSprint(s);
        m_ada = *m_board->addMember(u"Ada Lovelace"_s);
        m_alan = *m_board->addMember(u"Alan Turing"_s);
        m_todo = m_board->columns().at(0).id;
        m_doing = m_board->columns().at(1).id;
        const struct
        {
            const char16_t *title;
            int priority;
            qint64 *assignee;
            const char16_t *label;
            double points;
        } cards[] = {
            {u"Login page", 1, &m_ada, u"ui", 3},
            {u"Burndown chart", 2, &m_alan, u"charts", 5},
            {u"Fix crash on save", 1, &m_ada, u"bug", 2},
            {u"Velocity chart", 3, &m_alan, u"charts", 8},
            {u"Docs for import", 4, nullptr, u"docs", 1},
        };
        for (const auto &d : cards) {
            Card c;
            c.title = QString::fromUtf16(d.title);
            c.priority = Priority(d.priority);
            c.assigneeId = d.assignee ? *d.assignee : 0;
            c.labels = {QString::fromUtf16(d.label)};
            c.points = d.points;
            c.sprintId = m_sprint;
            c.columnId = m_todo;
            m_ids.append(*m_board->addCard(c));
        }
    }
    void cleanup()
    {
        m_ids.clear();
        m_board.reset();
        m_dir.reset();
    }

    void followsBoardChangesUnderTester()
    {
        CardListModel todo(m_board.get());
        todo.setList(m_sprint, m_todo);
        CardListModel doing(m_board.get());
        doing.setList(m_sprint, m_doing);
        CardListModel backlog(m_board.get());
        backlog.setList(0, 0);
        QAbstractItemModelTester t1(&todo, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester t2(&doing, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester t3(&backlog,
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);

        QCOMPARE(todo.rowCount(), 5);
        QCOMPARE(todo.cardIds(), m_ids);
        QCOMPARE(todo.index(0).data(KeyRole).toString(), m_board->card(m_ids[0])->key);
        QCOMPARE(todo.index(1).data(PointsRole).toDouble(), 5.0);
        QCOMPARE(todo.index(1).data(AssigneeInitialsRole).toString(), u"AT"_s);

        QVERIFY(m_board->moveCards({m_ids[1], m_ids[3]}, m_sprint, m_doing));
        QCOMPARE(todo.cardIds(), (QList<qint64>{m_ids[0], m_ids[2], m_ids[4]}));
        QCOMPARE(doing.cardIds(), (QList<qint64>{m_ids[1], m_ids[3]}));
        QVERIFY(m_board->reorderCard(m_ids[4], -2));
        QCOMPARE(todo.cardIds(), (QList<qint64>{m_ids[4], m_ids[0], m_ids[2]}));
        QVERIFY(m_board->moveCards({m_ids[0]}, 0, 0));
        QCOMPARE(backlog.cardIds(), QList<qint64>{m_ids[0]});
        QVERIFY(m_board->deleteCards({m_ids[2]}));
        QCOMPARE(todo.cardIds(), QList<qint64>{m_ids[4]});
        Card edited = *m_board->card(m_ids[4]);
        edited.title = u"Docs for import and export"_s;
        QSignalSpy dataChanged(&todo, &QAbstractItemModel::dataChanged);
        QVERIFY(m_board->updateCard(edited));
        QCOMPARE(dataChanged.count(), 1);
        QCOMPARE(todo.index(0).data(TitleRole).toString(), edited.title);

        // Undo everything: the models end where they started.
        while (m_board->undoStack()->canUndo() && m_board->undoStack()->index() > 8)
            m_board->undoStack()->undo();
        QCOMPARE(todo.cardIds(), m_ids);
        QVERIFY(doing.cardIds().isEmpty());
        QVERIFY(backlog.cardIds().isEmpty());
    }

    void cellKeepsItsColumnWhileShowingNoSprint()
    {
        // A board opened before its first sprint binds its cells to sprint 0; once a sprint
        // exists the cell is given it and must show its own column again.
        CardListModel cell(m_board.get());
        cell.setList(0, m_doing);
        QCOMPARE(cell.columnId(), m_doing);
        QVERIFY(m_board->moveCards({m_ids[1]}, m_sprint, m_doing));
        cell.setList(m_sprint, cell.columnId());
        QCOMPARE(cell.cardIds(), QList<qint64>{m_ids[1]});
        // A drop on the backlog keeps each card's column, whatever column the cell holds.
        CardListModel backlog(m_board.get());
        backlog.setList(0, m_doing);
        QVERIFY(backlog.dropCards({m_ids[0]}, -1));
        QCOMPARE(m_board->card(m_ids[0])->sprintId, 0);
        QCOMPARE(m_board->card(m_ids[0])->columnId, m_todo);
    }

    void totalsWhileACardIsRemoved()
    {
        // Views and panels recount while the rows go (the backlog panel does on the selection
        // change a removal brings): the card leaving is no longer on the board by then.
        CardListModel todo(m_board.get());
        todo.setList(m_sprint, m_todo);
        QCOMPARE(todo.totalPoints(), 19.0);
        QList<double> during;
        connect(&todo, &QAbstractItemModel::rowsAboutToBeRemoved, this,
                [&] { during.append(todo.totalPoints()); });
        QVERIFY(m_board->deleteCards({m_ids[1]}));
        QCOMPARE(during, QList<double>{14.0});
        QCOMPARE(todo.totalPoints(), 14.0);
        // The same when undo takes a new card back.
        Card c;
        c.title = u"Quick idea"_s;
        c.points = 2;
        c.sprintId = m_sprint;
        c.columnId = m_todo;
        QVERIFY(m_board->addCard(c));
        QCOMPARE(todo.totalPoints(), 16.0);
        m_board->undoStack()->undo();
        QCOMPARE(during, (QList<double>{14.0, 14.0}));
        QCOMPARE(todo.totalPoints(), 14.0);
    }

    void filters_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QList<int>>("priorities");
        QTest::addColumn<bool>("adaOnly");
        QTest::addColumn<QString>("label");
        QTest::addColumn<bool>("blockedOnly");
        QTest::addColumn<QList<int>>("expected"); // indexes into m_ids

        QTest::newRow("none") << QString() << QList<int>{} << false << QString() << false
                              << QList<int>{0, 1, 2, 3, 4};
        QTest::newRow("title word")
            << u"chart"_s << QList<int>{} << false << QString() << false << QList<int>{1, 3};
        QTest::newRow("case and two words")
            << u"CHART vel"_s << QList<int>{} << false << QString() << false << QList<int>{3};
        QTest::newRow("key") << u"sd-3"_s << QList<int>{} << false << QString() << false
                             << QList<int>{2};
        QTest::newRow("assignee name")
            << u"turing"_s << QList<int>{} << false << QString() << false << QList<int>{1, 3};
        QTest::newRow("label text")
            << u"docs"_s << QList<int>{} << false << QString() << false << QList<int>{4};
        QTest::newRow("priority chip")
            << QString() << QList<int>{1} << false << QString() << false << QList<int>{0, 2};
        QTest::newRow("assignee chip")
            << QString() << QList<int>{} << true << QString() << false << QList<int>{0, 2};
        QTest::newRow("label chip")
            << QString() << QList<int>{} << false << u"charts"_s << false << QList<int>{1, 3};
        QTest::newRow("blocked") << QString() << QList<int>{} << false << QString() << true
                                 << QList<int>{2};
        QTest::newRow("combined") << u"fix"_s << QList<int>{1, 2} << true << QString() << false
                                  << QList<int>{2};
        QTest::newRow("nothing") << u"zzz"_s << QList<int>{} << false << QString() << false
                                 << QList<int>{};
    }

    void filters()
    {
        QFETCH(QString, text);
        QFETCH(QList<int>, priorities);
        QFETCH(bool, adaOnly);
        QFETCH(QString, label);
        QFETCH(bool, blockedOnly);
        QFETCH(QList<int>, expected);
        Card blocked = *m_board->card(m_ids[2]);
        blocked.blocked = true;
        QVERIFY(m_board->updateCard(blocked));

        CardListModel model(m_board.get());
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setList(m_sprint, m_todo);
        CardFilter f;
        f.text = text;
        for (int p : priorities)
            f.priorities.insert(p);
        if (adaOnly)
            f.assignees.insert(m_ada);
        if (!label.isEmpty())
            f.labels.insert(label);
        f.blockedOnly = blockedOnly;
        model.setFilter(f);
        QList<qint64> want;
        for (int i : expected)
            want.append(m_ids[i]);
        QCOMPARE(model.cardIds(), want);
    }

    void typingNarrowsIncrementallyAndWidensAgain()
    {
        CardListModel model(m_board.get());
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setList(m_sprint, m_todo);
        CardFilter f;
        const QStringList typed = {u"c"_s,     u"ch"_s,      u"cha"_s,   u"char"_s,
                                   u"chart"_s, u"chart b"_s, u"chart"_s, u"ch"_s,
                                   u"a"_s,     u"al"_s,      u"ala"_s,   QString()};
        for (const QString &text : typed) {
            f.text = text;
            model.setFilter(f);
            // Narrowing filters only the shown rows; the result equals a fresh model's.
            CardListModel fresh(m_board.get());
            fresh.setFilter(f);
            fresh.setList(m_sprint, m_todo);
            QCOMPARE(model.cardIds(), fresh.cardIds());
        }
        QCOMPARE(model.rowCount(), 5);
        f.text = u"chart b"_s;
        model.setFilter(f);
        QCOMPARE(model.cardIds(), QList<qint64>{m_ids[1]});
        f.text = u"ala"_s; // Alan Turing
        model.setFilter(f);
        QCOMPARE(model.cardIds(), (QList<qint64>{m_ids[1], m_ids[3]}));
        // A filtered model still follows moves: a matching card moved in appears.
        f.text = u"chart"_s;
        model.setFilter(f);
        QVERIFY(m_board->moveCards({m_ids[1]}, m_sprint, m_doing));
        QCOMPARE(model.cardIds(), QList<qint64>{m_ids[3]});
        m_board->undoStack()->undo();
        QCOMPARE(model.cardIds(), (QList<qint64>{m_ids[1], m_ids[3]}));
    }

    void swimlanesByPriorityAndAssignee()
    {
        CardListModel p1(m_board.get());
        p1.setList(m_sprint, m_todo);
        p1.setLane(LaneMode::Priority, 1);
        QCOMPARE(p1.cardIds(), (QList<qint64>{m_ids[0], m_ids[2]}));
        CardListModel unassigned(m_board.get());
        unassigned.setList(m_sprint, m_todo);
        unassigned.setLane(LaneMode::Assignee, 0);
        QCOMPARE(unassigned.cardIds(), QList<qint64>{m_ids[4]});
        // Editing the lane field moves the card between lanes.
        Card c = *m_board->card(m_ids[4]);
        c.priority = Priority::P1;
        QVERIFY(m_board->updateCard(c));
        QCOMPARE(p1.cardIds(), (QList<qint64>{m_ids[0], m_ids[2], m_ids[4]}));
    }

    void dropMovesThroughTheBoardInOneUndoStep()
    {
        CardListModel todo(m_board.get());
        todo.setList(m_sprint, m_todo);
        CardListModel doingP3(m_board.get());
        doingP3.setList(m_sprint, m_doing);
        doingP3.setLane(LaneMode::Priority, 3);
        QAbstractItemModelTester tester(&doingP3,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);

        std::unique_ptr<QMimeData> mime(todo.mimeData({todo.index(0), todo.index(2)}));
        QCOMPARE(CardListModel::idsFromMime(mime.get()), (QList<qint64>{m_ids[0], m_ids[2]}));
        QVERIFY(doingP3.canDropMimeData(mime.get(), Qt::MoveAction, -1, 0, {}));
        const int before = m_board->undoStack()->count();
        // The view must not remove source rows itself: dropMimeData reports false.
        QVERIFY(!doingP3.dropMimeData(mime.get(), Qt::MoveAction, -1, 0, {}));
        QCOMPARE(doingP3.cardIds(), (QList<qint64>{m_ids[0], m_ids[2]}));
        QCOMPARE(m_board->card(m_ids[0])->priority, Priority::P3); // took the lane's priority
        QCOMPARE(m_board->undoStack()->count(), before + 1);
        m_board->undoStack()->undo();
        QCOMPARE(m_board->card(m_ids[0])->priority, Priority::P1);
        QCOMPARE(m_board->card(m_ids[0])->columnId, m_todo);
        QCOMPARE(todo.cardIds(), m_ids);

        // Drop before a given row reorders.
        std::unique_ptr<QMimeData> last(todo.mimeData({todo.index(4)}));
        todo.dropMimeData(last.get(), Qt::MoveAction, 1, 0, {});
        QCOMPARE(todo.cardIds(), (QList<qint64>{m_ids[0], m_ids[4], m_ids[1], m_ids[2], m_ids[3]}));
    }

    void columnTotalsAndWip()
    {
        ColumnModel columns(m_board.get());
        QAbstractItemModelTester tester(&columns,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        columns.setSprint(m_sprint);
        QCOMPARE(columns.rowCount(), 4);
        QCOMPARE(columns.index(0).data(CardCountRole).toInt(), 5);
        QCOMPARE(columns.index(0).data(ColumnPointsRole).toDouble(), 19.0);
        QVERIFY(columns.setData(columns.index(1), 1, WipLimitRole));
        QVERIFY(!columns.index(1).data(OverWipRole).toBool());
        QVERIFY(m_board->moveCards({m_ids[0], m_ids[1]}, m_sprint, m_doing));
        QCOMPARE(columns.index(1).data(CardCountRole).toInt(), 2);
        QCOMPARE(columns.index(1).data(ColumnPointsRole).toDouble(), 8.0);
        QVERIFY(columns.index(1).data(OverWipRole).toBool());
        QCOMPARE(columns.index(0).data(CardCountRole).toInt(), 3);
        QVERIFY(columns.setData(columns.index(1), u"Doing"_s, Qt::EditRole));
        QCOMPARE(m_board->column(m_doing)->name, u"Doing"_s);
        QVERIFY(m_board->addColumn(u"Blocked"_s));
        QCOMPARE(columns.rowCount(), 5);
    }

    void columnTotalsFollowEveryEdit()
    {
        // The totals are kept up to date change by change; after any edit, undo or redo they
        // equal a count from scratch.
        ColumnModel columns(m_board.get());
        columns.setSprint(m_sprint);
        const QList<Column> all = m_board->columns();
        QRandomGenerator rng(7);
        auto expectCounted = [&](const QString &step) {
            ColumnModel fresh(m_board.get());
            fresh.setSprint(m_sprint);
            for (const Column &c : all) {
                const ColumnModel::Totals kept = columns.totals(c.id), counted = fresh.totals(c.id);
                QVERIFY2(kept.count == counted.count && kept.points == counted.points &&
                             kept.blocked == counted.blocked,
                         qPrintable(step + u" column "_s + c.name));
            }
        };
        for (int i = 0; i < 300; ++i) {
            const qint64 id = m_ids.at(int(rng.bounded(m_ids.size())));
            const Card *card = m_board->card(id);
            QString step = QString::number(i);
            switch (rng.bounded(6)) {
            case 0:
                QVERIFY(m_board->moveCards({id}, m_sprint, all.at(rng.bounded(all.size())).id));
                break;
            case 1: {
                Card edited = *card;
                edited.points = rng.bounded(3) == 0 ? std::nullopt
                                                    : std::optional<double>(rng.bounded(40) / 10.0);
                QVERIFY(m_board->updateCard(edited));
                break;
            }
            case 2: {
                Card edited = *card;
                edited.blocked = !edited.blocked;
                QVERIFY(m_board->updateCard(edited));
                break;
            }
            case 3: // out of the sprint and back
                QVERIFY(m_board->moveCards({id}, card->sprintId ? 0 : m_sprint,
                                           card->sprintId ? 0 : m_todo));
                break;
            case 4:
                if (m_board->undoStack()->canUndo())
                    m_board->undoStack()->undo();
                break;
            case 5:
                if (m_board->undoStack()->canRedo())
                    m_board->undoStack()->redo();
                break;
            }
            expectCounted(step);
        }
        QVERIFY(m_board->deleteCards({m_ids.at(0), m_ids.at(1)}));
        expectCounted(u"delete"_s);
        m_board->undoStack()->undo();
        expectCounted(u"undo delete"_s);
    }

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Board> m_board;
    qint64 m_sprint = 0, m_ada = 0, m_alan = 0, m_todo = 0, m_doing = 0;
    QList<qint64> m_ids;
};

QTEST_GUILESS_MAIN(TestModels)
#include "tst_models.moc"
