#pragma once

#include "core/board/board.h"

#include <QDate>
#include <QString>
#include <QUndoStack>

#include <memory>

namespace SprintDeck::TestFixture {

using namespace Qt::StringLiterals;

/**
 * A small real board in a file: the default columns, an active sprint, two
 * people, four cards in To Do (T-1..T-4 in this order), one in progress, one
 * done and one in the backlog. The undo stack starts empty.
 */
inline std::unique_ptr<Board> makeBoard(const QString &path)
{
    auto opened = Board::open(path);
    if (!opened)
        return nullptr;
    std::unique_ptr<Board> board = std::move(opened.value());
    Sprint s;
    s.name = u"Sprint 7"_s;
    s.goal = u"Ship the board"_s;
    s.start = QDate::currentDate().addDays(-3);
    s.end = QDate::currentDate().addDays(10);
    const qint64 sprint = *board->createSprint(s);
    Sprint active = *board->sprint(sprint);
    active.state = Sprint::State::Active;
    (void)board->updateSprint(active);
    const qint64 ana = *board->ensureMember(u"Ana Silva"_s);
    const qint64 ben = *board->ensureMember(u"Ben Okoro"_s);
    const QList<Column> &columns = board->columns();
    const qint64 todo = columns.at(0).id;
    const qint64 doing = columns.at(1).id;
    const qint64 done = columns.at(3).id;

    struct Draft
    {
        const char16_t *key;
        const char16_t *title;
        int priority;
        qint64 assignee;
        double points;
        const char16_t *label;
        qint64 column;
        bool inSprint;
    };
    const Draft drafts[] = {
        {u"T-1", u"Burndown chart on the dashboard", 1, ana, 3, u"reporting", todo, true},
        {u"T-2", u"Login page", 2, ben, 5, u"ui", todo, true},
        {u"T-3", u"Fix crash on save", 1, 0, 2, u"bug", todo, true},
        {u"T-4", u"Write the user guide", 3, ana, 1, u"docs", todo, true},
        {u"T-5", u"Import CSV files", 2, ben, 8, u"import", doing, true},
        {u"T-6", u"Set up CI", 4, ana, 2, u"ci", done, true},
        {u"T-7", u"Dark theme", 3, 0, 3, u"ui", todo, false},
    };
    QList<Card> cards;
    double rank = 1024;
    for (const Draft &d : drafts) {
        Card c;
        c.key = QString::fromUtf16(d.key);
        c.title = QString::fromUtf16(d.title);
        c.priority = Priority(d.priority);
        c.assigneeId = d.assignee;
        c.points = d.points;
        c.labels = {QString::fromUtf16(d.label)};
        c.columnId = d.column;
        c.sprintId = d.inSprint ? sprint : 0;
        c.rank = rank;
        rank += 1024;
        cards.append(c);
    }
    if (!board->addCards(cards, u"fixture"_s))
        return nullptr;
    board->undoStack()->clear();
    return board;
}

/** The board as a second reader sees it in the database (the window's Board holds the lock). */
inline std::unique_ptr<Board> reopen(const QString &path)
{
    auto opened = Board::open(path);
    return opened ? std::move(opened.value()) : nullptr;
}

} // namespace SprintDeck::TestFixture
