#pragma once

#include "core/analytics/flow.h"
#include "core/analytics/forecast.h"
#include "core/analytics/sprintseries.h"

#include <QHash>
#include <QTimeZone>
#include <QWidget>

#include <memory>

class QChart;
class QChartView;
class QComboBox;
class QDateEdit;
class QLabel;
class QSpinBox;

namespace SprintDeck {

class Board;
class FlowAnalytics;

/**
 * The Charts view's flow page: the cycle-time scatter with its percentiles, throughput as a run
 * chart, ageing work against the percentiles and the Monte Carlo forecast of the sprint's rest,
 * for the sprint the Charts view shows or the last weeks, filtered by type. Numbers come from
 * the core (FlowAnalytics); the page only draws them.
 */
class FlowView : public QWidget
{
    Q_OBJECT
public:
    /** `flow`: the Charts view's flow metrics, shared with its burndown's forecast. */
    FlowView(Board *board, FlowAnalytics *flow, QWidget *parent = nullptr);
    ~FlowView() override;

    /** The sprint of the Charts view (0: none); the "this sprint" range and the forecast use it. */
    void setSprintId(qint64 sprintId);
    void setUnit(ChartUnit unit);
    /**
     * Forecasts these cards (what they have left) instead of the rest of the sprint, until the
     * user picks the sprint again; refreshes.
     */
    void setForecastCards(const QList<qint64> &cardIds);

    /** "cycletime", "throughput", "aging", "forecast". */
    static QStringList chartNames();
    QChartView *chartView(const QString &name) const;
    QChart *chart(const QString &name) const;
    /** The one-line answer above the charts ("85 % likely done by …"). */
    QString summary() const;

    /** Recomputes and redraws now. */
    void refresh();

protected:
    void showEvent(QShowEvent *event) override;

private:
    void buildUi();
    /** The labels and members to filter by, from the board. */
    void fillChoices();
    /** The cards the charts look at, from the range and type chosen. */
    FlowFilter filter() const;

    Board *m_board;
    FlowAnalytics *m_flow;
    qint64 m_sprintId = 0;
    ChartUnit m_unit = ChartUnit::Points;
    QComboBox *m_range = nullptr;
    QComboBox *m_type = nullptr;
    QComboBox *m_label = nullptr;
    QComboBox *m_assignee = nullptr;
    QComboBox *m_per = nullptr; ///< throughput per day or per week
    QDateEdit *m_by = nullptr;  ///< "how much by this day"
    QSpinBox *m_history = nullptr;
    QComboBox *m_subject = nullptr; ///< what the forecast is about: the sprint or the cards
    QList<qint64> m_cards;          ///< the cards chosen on the board for a forecast
    QLabel *m_summary = nullptr;
    QHash<QString, QChartView *> m_views;
};

} // namespace SprintDeck
