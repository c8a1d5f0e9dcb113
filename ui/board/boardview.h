#pragma once

#include "core/models/cardfilter.h"
#include "core/models/roles.h"

#include <QHash>
#include <QPointer>
#include <QSet>
#include <QWidget>

#include <memory>

class QAction;
class QComboBox;
class QHBoxLayout;
class QLabel;
class QScrollArea;
class QStackedWidget;
class QTimer;
class QToolButton;
class QVBoxLayout;

namespace SprintDeck {

class BacklogPanel;
class Board;
class CardActions;
class CardAges;
class CardDelegate;
class CardListView;
class ColumnHeader;
class ColumnModel;
class FilterBar;
class LaneHeader;
class SprintAnalytics;

/**
 * The kanban board of one sprint. One column per workflow column, each cell a
 * virtualized list of painted cards over its own CardListModel; optional
 * swimlanes by priority or assignee with the column headers (and their WIP
 * limits for the whole column) kept on top. A toolbar picks the sprint and the
 * lanes; the filter bar narrows every cell.
 */
class BoardView : public QWidget
{
    Q_OBJECT
public:
    explicit BoardView(Board *board, QWidget *parent = nullptr);
    ~BoardView() override;

    Board *board() const { return m_board; }
    qint64 sprintId() const { return m_sprintId; }
    void setSprintId(qint64 sprintId);
    LaneMode laneMode() const { return m_laneMode; }
    void setLaneMode(LaneMode mode);

    /** The cell of a column in a lane (lane value ignored without swimlanes). */
    CardListView *cell(qint64 columnId, qint64 laneValue = 0) const;
    QList<CardListView *> cells() const;
    ColumnHeader *columnHeader(qint64 columnId) const;
    LaneHeader *laneHeader(qint64 laneValue) const;
    /** Lane values in board order: priorities 1..4, or member ids with 0 (unassigned) last. */
    QList<qint64> laneValues() const;
    void setLaneCollapsed(qint64 laneValue, bool collapsed);

    FilterBar *filterBar() const { return m_filterBar; }
    CardActions *cardActions() const { return m_actions; }
    CardDelegate *delegate() const { return m_delegate; }
    /** Shows on each card in progress how many days it has been worked on. */
    void setShowCardAges(bool show);
    bool showsCardAges() const;
    ColumnModel *columnModel() const { return m_columnModel; }
    QComboBox *sprintCombo() const { return m_sprintCombo; }
    QComboBox *laneCombo() const { return m_laneCombo; }
    QAction *findAction() const { return m_findAction; }
    BacklogPanel *backlogPanel() const;
    void setBacklogPanel(BacklogPanel *panel);

    /** Cards visible in the cells / cards of the shown sprint. */
    int shownCardCount() const;
    int sprintCardCount() const;
    /** One line for the status bar: cards, points done of total. */
    QString summary() const;

    /** Opens the quick-add field of a column; new cards take the lane's value (-1: none). */
    void startQuickAdd(qint64 columnId, qint64 laneValue);
    void startBacklogQuickAdd();
    /** Gives the keyboard focus to the board's last active card (or the first card). */
    void focusBoard();
    /** Recounts now instead of on the next event loop turn. */
    void refreshNow();

signals:
    void sprintChanged(qint64 sprintId);
    void summaryChanged(const QString &summary);
    void statusMessage(const QString &message);
    /** Card > Forecast Selected Cards: when will these cards be done? */
    void forecastRequested(const QList<qint64> &cardIds);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void showEvent(QShowEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    struct Lane
    {
        qint64 value = 0;
        LaneHeader *header = nullptr;
        QWidget *row = nullptr;
        QList<CardListView *> cells;
    };

    QWidget *buildToolbar();
    void addColumn();
    void buildEmptyState();
    void fillSprintCombo();
    void updateSprintInfo();
    void rebuild();
    QList<qint64> computeLaneValues() const;
    CardListView *createCell(qint64 columnId, qint64 laneValue, QWidget *parent);
    void applyColumnWidth();
    void scheduleRefresh();
    void refresh();
    void updateLaneHeights();
    /** Remembers the columns over their WIP limit; `announce` tells of newly exceeded ones. */
    void noticeWipLimits(bool announce);
    void onColumnsChanged();
    void onFilterChanged(const CardFilter &filter);
    QString emptyCellText() const;
    void addQuickCard(qint64 columnId, const QString &title);
    void navigate(CardListView *from, int key);
    void showError(const QString &message);
    void createFirstSprint();

    Board *m_board;
    ColumnModel *m_columnModel;
    CardDelegate *m_delegate;
    CardAges *m_ages = nullptr; ///< created when the age markers are first shown
    CardActions *m_actions;
    FilterBar *m_filterBar = nullptr;
    QComboBox *m_sprintCombo = nullptr;
    QComboBox *m_laneCombo = nullptr;
    QLabel *m_sprintInfo = nullptr;
    QToolButton *m_addColumn = nullptr;
    QAction *m_findAction = nullptr;
    QStackedWidget *m_stack = nullptr;
    QWidget *m_emptyState = nullptr;
    QScrollArea *m_scroll = nullptr;
    QWidget *m_canvas = nullptr;
    QVBoxLayout *m_canvasLayout = nullptr;
    QHBoxLayout *m_headerLayout = nullptr;
    QWidget *m_body = nullptr;
    QScrollArea *m_laneScroll = nullptr;
    QPointer<BacklogPanel> m_backlog;
    QTimer *m_refreshTimer = nullptr;
    std::unique_ptr<SprintAnalytics> m_analytics; ///< the sprint's numbers for the status line

    qint64 m_sprintId = 0;
    LaneMode m_laneMode = LaneMode::None;
    CardFilter m_filter;
    QList<qint64> m_columnIds;
    QList<ColumnHeader *> m_headers;
    QList<Lane> m_lanes;
    QHash<int, QSet<qint64>> m_collapsed; // lane mode -> folded lane values
    QHash<qint64, qint64> m_quickAddLane; // column id -> lane value for quick-added cards
    int m_columnWidth = 0;
    bool m_focusedOnce = false;
    bool m_cardsArrived = false; ///< cards were added or moved since the last refresh
    QSet<qint64> m_overWip;      ///< columns over their WIP limit at the last refresh
};

} // namespace SprintDeck
