#pragma once

#include <QPointer>
#include <QWidget>

class QLineEdit;
class QToolButton;

namespace SprintDeck {

class Board;
class ColumnModel;

/**
 * The header of one workflow column: name, card count, points and WIP limit
 * ("n/limit", red when exceeded), for the whole column of the shown sprint
 * whatever the swimlanes. Double-click renames in place; the menu edits the
 * column through the Board. Holds the column's quick-add field.
 */
class ColumnHeader : public QWidget
{
    Q_OBJECT
public:
    ColumnHeader(Board *board, ColumnModel *model, qint64 columnId, QWidget *parent = nullptr);

    qint64 columnId() const { return m_columnId; }
    QString name() const;
    int cardCount() const;
    double points() const;
    int wipLimit() const;
    bool isOverWip() const;
    bool isDone() const;
    /** "3/4" with a limit, "" without. */
    QString wipText() const;
    /**
     * With a filter on, the cards of the column the filter shows (and their points); the
     * header then reads "shown of total". -1: no filter, the whole column.
     */
    void setShownCards(int count, double points);
    int shownCount() const { return m_shownCount; }
    /** The card count as the header shows it: "4", or "1 of 4" under a filter. */
    QString countText() const;

    /** Drawn as a panel on its own (swimlanes) or as the top of the column below it. */
    void setStandalone(bool standalone);

    void startRename();
    /** Opens the quick-add field; Enter adds a card titled with its text. */
    void startQuickAdd();
    QLineEdit *quickAddField() const { return m_quickAdd; }
    QToolButton *menuButton() const { return m_menuButton; }

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

    /** The column menu (rename, WIP limit, done, move, add, remove), opened without a nested loop.
     */
    void showMenu(const QPoint &globalPos);

signals:
    void quickAddSubmitted(qint64 columnId, const QString &title);
    void quickAddFinished(qint64 columnId);
    void failed(const QString &message);
    /** The counts or limit changed (the board recolours the column). */
    void stateChanged(qint64 columnId);

protected:
    void paintEvent(QPaintEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    int row() const;
    void refresh();
    void layoutChildren();
    void finishRename(bool commit);
    void setWipLimit();
    void addColumnAfter();
    int titleHeight() const;
    int statsTop() const;

    QPointer<Board> m_board;
    ColumnModel *m_model;
    qint64 m_columnId;
    bool m_standalone = false;
    int m_shownCount = -1;
    double m_shownPoints = 0;
    QToolButton *m_addButton;
    QToolButton *m_menuButton;
    QLineEdit *m_renameEdit;
    QLineEdit *m_quickAdd;
};

} // namespace SprintDeck
