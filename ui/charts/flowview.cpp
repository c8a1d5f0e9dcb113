#include "ui/charts/flowview.h"

#include "core/board/board.h"
#include "core/board/flowanalytics.h"
#include "ui/charts/chartbuilder.h"
#include "ui/charts/legendfitter.h"
#include "ui/common/boardstyle.h"

#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QSpinBox>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace SprintDeck {

namespace {

/** The range choices: 0 for the sprint, else the last N days. */
const int kRangeDays[] = {0, 30, 90, 180, 365};

} // namespace

FlowView::FlowView(Board *board, FlowAnalytics *flow, QWidget *parent)
    : QWidget(parent)
    , m_board(board)
    , m_flow(flow)
{
    buildUi();
}

FlowView::~FlowView() = default;

QStringList FlowView::chartNames()
{
    return {u"cycletime"_s, u"throughput"_s, u"aging"_s, u"forecast"_s};
}

QChartView *FlowView::chartView(const QString &name) const
{
    return m_views.value(name);
}

QChart *FlowView::chart(const QString &name) const
{
    QChartView *view = chartView(name);
    return view ? view->chart() : nullptr;
}

QString FlowView::summary() const
{
    return m_summary->text();
}

void FlowView::setSprintId(qint64 sprintId)
{
    m_sprintId = sprintId;
}

void FlowView::setUnit(ChartUnit unit)
{
    m_unit = unit;
}

void FlowView::setForecastCards(const QList<qint64> &cardIds)
{
    m_cards = cardIds;
    while (m_subject->count() > 1)
        m_subject->removeItem(1);
    if (!m_cards.isEmpty()) {
        m_subject->addItem(tr("The %n selected card(s)", nullptr, int(m_cards.size())));
        m_subject->setCurrentIndex(1);
    }
    refresh();
}

void FlowView::buildUi()
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 4, 0, 0);
    layout->setSpacing(6);

    auto *bar = new QHBoxLayout;
    auto *rangeLabel = new QLabel(tr("&Range:"), this);
    m_range = new QComboBox(this);
    m_range->setObjectName(u"flowRange"_s);
    m_range->addItem(tr("This sprint"));
    for (int days : kRangeDays)
        if (days > 0)
            m_range->addItem(tr("Last %n day(s)", nullptr, days));
    m_range->setCurrentIndex(0);
    rangeLabel->setBuddy(m_range);
    auto *typeLabel = new QLabel(tr("&Type:"), this);
    m_type = new QComboBox(this);
    m_type->setObjectName(u"flowType"_s);
    m_type->addItem(tr("All types"));
    for (CardType t : {CardType::Story, CardType::Bug, CardType::Task, CardType::Fix})
        m_type->addItem(BoardStyle::typeTitle(int(t)), int(t));
    typeLabel->setBuddy(m_type);
    auto *historyLabel = new QLabel(tr("Forecast from the last"), this);
    m_history = new QSpinBox(this);
    m_history->setObjectName(u"flowHistory"_s);
    m_history->setRange(5, 260);
    m_history->setValue(30);
    m_history->setSuffix(tr(" working days"));
    m_history->setAccessibleName(tr("Working days of history the forecast draws from"));
    historyLabel->setBuddy(m_history);
    auto *subjectLabel = new QLabel(tr("&Forecast:"), this);
    m_subject = new QComboBox(this);
    m_subject->setObjectName(u"flowSubject"_s);
    m_subject->addItem(tr("The rest of the sprint"));
    m_subject->setToolTip(tr("Select cards on the board and choose Card > Forecast Selected "
                             "Cards to ask when they will be done."));
    subjectLabel->setBuddy(m_subject);
    for (QWidget *w : {static_cast<QWidget *>(rangeLabel), static_cast<QWidget *>(m_range),
                       static_cast<QWidget *>(typeLabel), static_cast<QWidget *>(m_type),
                       static_cast<QWidget *>(subjectLabel), static_cast<QWidget *>(m_subject),
                       static_cast<QWidget *>(historyLabel), static_cast<QWidget *>(m_history)})
        bar->addWidget(w);
    bar->addSpacing(12);
    m_summary = new QLabel(this);
    m_summary->setObjectName(u"flowSummary"_s);
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::PlainText);
    bar->addWidget(m_summary, 1);
    layout->addLayout(bar);
    connect(m_range, &QComboBox::activated, this, &FlowView::refresh);
    connect(m_type, &QComboBox::activated, this, &FlowView::refresh);
    connect(m_history, &QSpinBox::valueChanged, this, &FlowView::refresh);
    connect(m_subject, &QComboBox::activated, this, &FlowView::refresh);

    auto *grid = new QGridLayout;
    grid->setSpacing(8);
    const QStringList titles{tr("Cycle time"), tr("Throughput"), tr("Ageing work"), tr("Forecast")};
    for (int i = 0; i < chartNames().size(); ++i) {
        const QString name = chartNames().at(i);
        auto *chart = new QChart;
        chart->setObjectName(name);
        auto *view = new QChartView(chart, this);
        view->setObjectName(name + u"Chart"_s);
        view->setRenderHint(QPainter::Antialiasing);
        view->setMinimumSize(200, 120);
        view->setFrameShape(QFrame::StyledPanel);
        view->setAccessibleName(titles.at(i));
        auto *cell = new QWidget(this);
        auto *cellLayout = new QVBoxLayout(cell);
        cellLayout->setContentsMargins(0, 0, 0, 0);
        cellLayout->setSpacing(2);
        view->setParent(cell);
        cellLayout->addWidget(view, 1);
        auto *legend = new QLabel(cell);
        legend->setObjectName(name + u"Legend"_s);
        legend->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Minimum);
        cellLayout->addWidget(legend);
        new LegendFitter(view, legend);
        m_views.insert(name, view);
        grid->addWidget(cell, i / 2, i % 2);
    }
    layout->addLayout(grid, 1);
}

FlowFilter FlowView::filter() const
{
    FlowFilter f;
    const int days = kRangeDays[qBound(0, m_range->currentIndex(), 4)];
    if (days == 0 && m_sprintId != 0) {
        f = m_flow->sprintFilter(m_sprintId);
    } else {
        f.to = m_board->now().toLocalTime().date();
        f.from = f.to.addDays(1 - (days > 0 ? days : 90));
    }
    if (m_type->currentIndex() > 0)
        f.type = CardType(m_type->currentData().toInt());
    return f;
}

void FlowView::refresh()
{
    const FlowFilter f = filter();
    const auto times = m_flow->cycleTimes(f);
    const auto throughput = m_flow->throughput(f);
    const auto aging = m_flow->agingWork(f);
    const Sprint *sprint = m_board->sprint(m_sprintId);
    const bool open = sprint && sprint->state != Sprint::State::Closed;
    const bool cards = m_subject->currentIndex() == 1;
    const double amount = cards  ? m_flow->remaining(m_cards, m_unit)
                          : open ? m_flow->remaining(m_sprintId, m_unit)
                                 : 0;
    const auto forecast =
        m_flow->forecast(f, m_unit, amount, open ? sprint->end : QDate(), m_history->value());
    if (!times || !throughput || !aging || !forecast) {
        m_summary->setText(tr("The flow charts could not be computed: %1")
                               .arg(!times        ? times.error()
                                    : !throughput ? throughput.error()
                                    : !aging      ? aging.error()
                                                  : forecast.error()));
        return;
    }
    ChartBuilder::cycleTimeScatter(chart(u"cycletime"_s), *times, f.from, f.to);
    ChartBuilder::throughputRun(chart(u"throughput"_s), *throughput, m_unit);
    ChartBuilder::agingWork(chart(u"aging"_s), *aging, m_board->columns());
    QString reason = forecast->reason;
    if (reason.isEmpty() && !open && !cards)
        reason = sprint ? tr("%1 is closed").arg(sprint->name) : tr("the board has no sprint");
    ChartBuilder::forecastHistogram(chart(u"forecast"_s), forecast->when, forecast->firstDay,
                                    reason);

    const QString unit = ChartBuilder::unitText(m_unit);
    if (!reason.isEmpty()) {
        m_summary->setText(tr("No forecast: %1.").arg(reason));
    } else if (forecast->when.alreadyDone) {
        m_summary->setText(
            cards ? tr("The %n selected card(s) are done.", nullptr, int(m_cards.size()))
                  : tr("%1 has nothing left to do.").arg(sprint->name));
    } else {
        QString text = tr("%1 %2 left: 85 % likely done by %3 (50 %: %4, 95 %: %5).")
                           .arg(ChartBuilder::number(forecast->amount), unit,
                                QLocale().toString(forecast->when.p85, u"ddd d MMM"_s),
                                QLocale().toString(forecast->when.p50, u"ddd d MMM"_s),
                                QLocale().toString(forecast->when.p95, u"ddd d MMM"_s));
        if (cards)
            text = tr("The %n selected card(s): %1", nullptr, int(m_cards.size())).arg(text);
        if (forecast->howMany.possible && !cards)
            text += u' ' + tr("By the end of the sprint: at least %1 %2 (85 %).")
                               .arg(ChartBuilder::number(forecast->howMany.p85), unit);
        m_summary->setText(text);
    }
}

} // namespace SprintDeck
