#pragma once

#include <QDockWidget>

class QLabel;
class QLineEdit;
class QPushButton;

namespace SprintDeck {

class BoardView;
struct CardFilter;
class CardListModel;
class CardListView;

/**
 * The backlog as a dock: cards in no sprint, painted like the board's, with a
 * quick-add field and a button that moves the selected cards into the sprint
 * the board shows. Cards drag both ways between backlog and board.
 */
class BacklogPanel : public QDockWidget
{
    Q_OBJECT
public:
    explicit BacklogPanel(BoardView *boardView, QWidget *parent = nullptr);

    CardListView *listView() const { return m_view; }
    CardListModel *model() const { return m_model; }
    QLineEdit *quickAddField() const { return m_quickAdd; }
    QPushButton *moveToSprintButton() const { return m_toSprint; }
    QString summaryText() const;

    void startQuickAdd();

private:
    void addCard();
    void refresh();
    void updateEmptyText(const CardFilter &filter);

    BoardView *m_boardView;
    CardListModel *m_model;
    CardListView *m_view;
    QLabel *m_summary;
    QLineEdit *m_quickAdd;
    QPushButton *m_toSprint;
};

} // namespace SprintDeck
