#pragma once

#include "ui/board/cardlistview.h"

#include <QList>
#include <QObject>
#include <QPointer>

class QAction;
class QMenu;
class QWidget;

namespace SprintDeck {

class Board;
class BoardView;

/**
 * What the user does with cards, from the keyboard, the Card menu and the
 * context menu: edit, quick add, move across columns, reorder, move between
 * sprint and backlog, delete. Works on the card list that last had the focus
 * (a board cell or the backlog); each action is one undo step, and moved cards
 * stay selected and focused where they land.
 */
class CardActions : public QObject
{
    Q_OBJECT
public:
    CardActions(Board *board, BoardView *view);

    /** Tracks a card list; the backlog list moves cards into the sprint instead of across columns.
     */
    void registerView(CardListView *view, bool backlog = false);
    CardListView *activeView() const { return m_active; }
    CardListView *backlogView() const { return m_backlog; }
    /** Gives these actions' shortcuts to a widget and its children. */
    void attachTo(QWidget *widget);
    void fillMenu(QMenu *menu) const;

    QAction *quickAddAction() const { return m_quickAdd; }
    QAction *newCardAction() const { return m_newCard; }
    QAction *editAction() const { return m_edit; }
    QAction *moveLeftAction() const { return m_moveLeft; }
    QAction *moveRightAction() const { return m_moveRight; }
    QAction *moveUpAction() const { return m_moveUp; }
    QAction *moveDownAction() const { return m_moveDown; }
    QAction *toBacklogAction() const { return m_toBacklog; }
    QAction *toSprintAction() const { return m_toSprint; }
    QAction *deleteAction() const { return m_delete; }
    QAction *forecastAction() const { return m_forecast; }

    /** Moves the selected cards to the previous (-1) or next (+1) column, same lane. */
    bool moveSelection(int columnDelta);
    /** Moves the selected cards up (-1) or down (+1) among the cards shown in their cell. */
    bool reorderSelection(int delta);
    bool moveSelectionToBacklog();
    bool moveSelectionToSprint();
    bool deleteSelection();
    void editCard(qint64 cardId);
    void newCard();
    void quickAdd();
    /** Selects the cards in whatever lists show them and focuses the first such list. */
    bool focusCards(const QList<qint64> &ids);
    void showContextMenu(CardListView *view, const QPoint &pos);

signals:
    void failed(const QString &message);
    /** "When will these be done?": the selected cards, for the Charts view's forecast. */
    void forecastRequested(const QList<qint64> &cardIds);
    void statusMessage(const QString &message);

private:
    void setActive(CardListView *view);
    void updateEnabled();
    bool isBacklog(const CardListView *view) const { return view && view == m_backlog; }
    bool report(bool ok, const QString &error);
    QAction *makeAction(const QString &text, const QKeySequence &shortcut,
                        const QString &objectName);

    QPointer<Board> m_board;
    BoardView *m_view;
    QList<QPointer<CardListView>> m_views;
    QPointer<CardListView> m_active;
    QPointer<CardListView> m_backlog;
    QAction *m_quickAdd;
    QAction *m_newCard;
    QAction *m_edit;
    QAction *m_moveLeft;
    QAction *m_moveRight;
    QAction *m_moveUp;
    QAction *m_moveDown;
    QAction *m_toBacklog;
    QAction *m_toSprint;
    QAction *m_delete;
    QAction *m_forecast;
};

} // namespace SprintDeck
