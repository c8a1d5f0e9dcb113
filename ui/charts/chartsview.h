#pragma once

#include "core/analytics/analytics.h"
#include "core/analytics/priorityprogress.h"
#include "core/analytics/sprintseries.h"
#include "core/util/result.h"

#include "core/board/flowanalytics.h"

#include <QFutureWatcher>
#include <QHash>
#include <QTimeZone>
#include <QWidget>

#include <memory>
#include <optional>

class QChart;
class QChartView;
class QComboBox;
class QLabel;
class QProgressBar;
class QPushButton;
class QTableWidget;
class QTimer;
class QTabWidget;
class QTreeWidget;

namespace SprintDeck {

class Board;
class FlowAnalytics;
class FlowView;
class SprintAnalytics;

/**
 * The Charts view: burndown, burnup, velocity and cumulative flow of a sprint
 * (Qt Charts), the progress-by-priority table and the list of scope changes.
 * Series come from the core (SprintAnalytics); this view only draws them, and
 * recomputes on the next event loop turn after the board changes (changes in
 * one turn are drawn once; a hidden view waits until it is shown).
 */
class ChartsView : public QWidget
{
    Q_OBJECT
public:
    explicit ChartsView(Board *board, QWidget *parent = nullptr);
    ~ChartsView() override;

    qint64 sprintId() const { return m_sprintId; }
    /** Shows a sprint's charts; 0: the board's current sprint. */
    void setSprintId(qint64 sprintId);
    ChartUnit unit() const { return m_unit; }
    void setUnit(ChartUnit unit);
    /** Days are local dates in this zone (default: the system's). */
    void setTimeZone(const QTimeZone &zone);

    /** "burndown", "burnup", "velocity", "cfd". */
    static QStringList chartNames();
    QChartView *chartView(const QString &name) const;
    QChart *chart(const QString &name) const;
    /** The flow page (cycle time, throughput, ageing work, forecast). */
    FlowView *flowView() const { return m_flowView; }
    /** Shows the sprint page (false) or the flow page (true). */
    void showFlow(bool flow);
    /** The Flow page, forecasting these cards ("when will these be done?"). */
    void forecastCards(const QList<qint64> &cardIds);
    /** Writes a chart as PNG or SVG (by the file's suffix). */
    Status exportChart(const QString &name, const QString &path);
    /** Recomputes and redraws now. */
    void refresh();
    /** How many times the charts were recomputed (coalescing is observable in tests). */
    int refreshCount() const { return m_refreshCount; }

signals:
    void sprintChanged(qint64 sprintId);

protected:
    void showEvent(QShowEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void buildUi();
    QWidget *buildSidePanel();
    void fillSprintCombo();
    void scheduleRefresh();
    void exportInteractively(const QString &name, const QString &suffix);
    void fillProgress(const PriorityProgress &progress);
    void fillScopeChanges(const QList<ScopeChange> &changes);
    QString chartTitle(const QString &name) const;
    /** Runs a forecast's simulation on a worker thread; the charts refresh when it is done. */
    void simulateLater(const FlowForecast &forecast);

    Board *m_board;
    std::unique_ptr<SprintAnalytics> m_analytics;
    std::unique_ptr<FlowAnalytics> m_flow; ///< the Flow page's and the burndown's forecast
    QFutureWatcher<FlowForecast> *m_simulation = nullptr; ///< a long forecast being simulated
    QTimeZone m_zone = QTimeZone::systemTimeZone();
    qint64 m_sprintId = 0;
    ChartUnit m_unit = ChartUnit::Points;
    bool m_dirty = true;
    int m_refreshCount = 0;
    // What each chart draws now: a chart whose data did not change is not rebuilt.
    std::optional<Burndown> m_drawnBurndown;
    std::optional<Burnup> m_drawnBurnup;
    std::optional<CumulativeFlow> m_drawnFlow;
    std::optional<Velocity> m_drawnVelocity;
    struct DrawnScope
    {
        ChartUnit unit;
        QTimeZone zone;
        QList<ScopeChange> changes;
    };
    std::optional<DrawnScope> m_drawnScope; ///< what the scope change list shows
    QTimer *m_refreshTimer = nullptr;
    QComboBox *m_sprintCombo = nullptr;
    QPushButton *m_pointsButton = nullptr;
    QPushButton *m_cardsButton = nullptr;
    QLabel *m_summary = nullptr;
    QLabel *m_facts = nullptr;
    QHash<QString, QChartView *> m_views;
    QTableWidget *m_progressTable = nullptr;
    QLabel *m_progressLabel = nullptr;
    QProgressBar *m_progressBar = nullptr;
    QTreeWidget *m_scopeList = nullptr;
    QTabWidget *m_pages = nullptr;
    FlowView *m_flowView = nullptr;
};

} // namespace SprintDeck
