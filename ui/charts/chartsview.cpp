#include "ui/charts/chartsview.h"
#include "ui/charts/chartbuilder.h"
#include "ui/charts/flowview.h"
#include "ui/charts/legendfitter.h"
#include "ui/common/boardstyle.h"
#include "ui/common/messages.h"
#include "ui/shell/settings.h"

#include "core/board/board.h"
#include "core/board/flowanalytics.h"
#include "core/board/sprintanalytics.h"

#include <QBoxLayout>
#include <QButtonGroup>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QGridLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QPainter>
#include <QProgressBar>
#include <QPromise>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QSplitter>
#include <QStandardPaths>
#include <QSvgGenerator>
#include <QTabWidget>
#include <QTableWidget>
#include <QThreadPool>
#include <QTimer>
#include <QToolButton>
#include <QTreeWidget>

using namespace Qt::StringLiterals;

namespace SprintDeck {

namespace {

QLabel *heading(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    QFont f = label->font();
    f.setBold(true);
    f.setPointSizeF(f.pointSizeF() + 1);
    label->setFont(f);
    return label;
}

} // namespace

ChartsView::ChartsView(Board *board, QWidget *parent)
    : QWidget(parent)
    , m_board(board)
    , m_analytics(std::make_unique<SprintAnalytics>(*board))
    , m_flow(std::make_unique<FlowAnalytics>(*board))
    , m_simulation(new QFutureWatcher<FlowForecast>(this))
    , m_refreshTimer(new QTimer(this))
{
    connect(m_simulation, &QFutureWatcherBase::finished, this, [this] {
        if (m_simulation->future().resultCount() > 0)
            m_flow->remember(m_simulation->result());
        scheduleRefresh();
    });
    // Every change of one event loop turn (a drag of ten cards, an undo macro) is drawn once.
    m_refreshTimer->setSingleShot(true);
    m_refreshTimer->setInterval(0);
    connect(m_refreshTimer, &QTimer::timeout, this, &ChartsView::refresh);
    buildUi();

    connect(board, &Board::cardsAdded, this, &ChartsView::scheduleRefresh);
    connect(board, &Board::cardsRemoved, this, &ChartsView::scheduleRefresh);
    connect(board, &Board::cardsChanged, this, &ChartsView::scheduleRefresh);
    connect(board, &Board::historyChanged, this, &ChartsView::scheduleRefresh);
    connect(board, &Board::columnsChanged, this, &ChartsView::scheduleRefresh);
    connect(board, &Board::sprintsChanged, this, [this] {
        fillSprintCombo();
        scheduleRefresh();
    });
    m_flow->setWorkingWeekdays(Settings::workingWeekdays());
    connect(board, &Board::reloaded, this, [this] {
        m_analytics->invalidate();
        m_flow->invalidate();
        fillSprintCombo();
        scheduleRefresh();
    });
    fillSprintCombo();
}

ChartsView::~ChartsView() = default;

QStringList ChartsView::chartNames()
{
    return {u"burndown"_s, u"burnup"_s, u"velocity"_s, u"cfd"_s};
}

QString ChartsView::chartTitle(const QString &name) const
{
    if (name == u"burndown")
        return tr("Burndown");
    if (name == u"burnup")
        return tr("Burnup");
    if (name == u"velocity")
        return tr("Velocity");
    return tr("Cumulative Flow");
}

void ChartsView::buildUi()
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 8, 12, 8);
    layout->setSpacing(8);

    auto *bar = new QHBoxLayout;
    auto *sprintLabel = new QLabel(tr("&Sprint:"), this);
    m_sprintCombo = new QComboBox(this);
    m_sprintCombo->setObjectName(u"sprintCombo"_s);
    m_sprintCombo->setAccessibleName(tr("Sprint of the charts"));
    m_sprintCombo->setMinimumContentsLength(22);
    m_sprintCombo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    sprintLabel->setBuddy(m_sprintCombo);
    connect(m_sprintCombo, &QComboBox::activated, this,
            [this](int index) { setSprintId(m_sprintCombo->itemData(index).toLongLong()); });
    bar->addWidget(sprintLabel);
    bar->addWidget(m_sprintCombo);
    bar->addSpacing(16);

    m_pointsButton = new QPushButton(tr("Story points"), this);
    m_pointsButton->setObjectName(u"unitPoints"_s);
    m_cardsButton = new QPushButton(tr("Cards"), this);
    m_cardsButton->setObjectName(u"unitCards"_s);
    auto *units = new QButtonGroup(this);
    for (QPushButton *b : {m_pointsButton, m_cardsButton}) {
        b->setCheckable(true);
        b->setToolTip(tr("Count story points or cards"));
        units->addButton(b);
        bar->addWidget(b);
    }
    bar->setSpacing(4);
    m_pointsButton->setChecked(true);
    connect(m_pointsButton, &QPushButton::toggled, this, [this](bool on) {
        if (on)
            setUnit(ChartUnit::Points);
    });
    connect(m_cardsButton, &QPushButton::toggled, this, [this](bool on) {
        if (on)
            setUnit(ChartUnit::Cards);
    });
    bar->addSpacing(16);
    m_summary = new QLabel(this);
    m_summary->setObjectName(u"chartsSummary"_s);
    m_summary->setTextFormat(Qt::RichText);
    m_summary->setWordWrap(true); // a second line rather than a cut-off forecast
    bar->addWidget(m_summary, 1);

    auto *exportButton = new QToolButton(this);
    exportButton->setObjectName(u"exportCharts"_s);
    exportButton->setText(tr("&Export"));
    exportButton->setPopupMode(QToolButton::InstantPopup);
    exportButton->setToolButtonStyle(Qt::ToolButtonTextOnly);
    auto *exportMenu = new QMenu(exportButton);
    for (const QString &name : chartNames()) {
        exportMenu->addAction(tr("%1 as PNG\u2026").arg(chartTitle(name)), this,
                              [this, name] { exportInteractively(name, u"png"_s); });
        exportMenu->addAction(tr("%1 as SVG\u2026").arg(chartTitle(name)), this,
                              [this, name] { exportInteractively(name, u"svg"_s); });
    }
    exportButton->setMenu(exportMenu);
    bar->addWidget(exportButton);
    layout->addLayout(bar);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setObjectName(u"chartsSplitter"_s);
    auto *grid = new QWidget(splitter);
    auto *gridLayout = new QGridLayout(grid);
    gridLayout->setContentsMargins(0, 0, 0, 0);
    gridLayout->setSpacing(8);
    int i = 0;
    for (const QString &name : chartNames()) {
        auto *chart = new QChart;
        chart->setObjectName(name);
        auto *view = new QChartView(chart, grid);
        view->setObjectName(name + u"Chart"_s);
        view->setRenderHint(QPainter::Antialiasing);
        // Small enough for two columns of charts and the side panel in an 800 pixel window.
        view->setMinimumSize(200, 120);
        view->setFrameShape(QFrame::StyledPanel);
        view->setContextMenuPolicy(Qt::CustomContextMenu);
        view->setAccessibleName(chartTitle(name));
        connect(view, &QWidget::customContextMenuRequested, this,
                [this, name, view](const QPoint &pos) {
                    QMenu menu(this);
                    menu.addAction(tr("Export as PNG\u2026"), this,
                                   [this, name] { exportInteractively(name, u"png"_s); });
                    menu.addAction(tr("Export as SVG\u2026"), this,
                                   [this, name] { exportInteractively(name, u"svg"_s); });
                    menu.exec(view->viewport()->mapToGlobal(pos));
                });
        // The chart and, in a narrow window, its names in a legend that wraps.
        auto *cell = new QWidget(grid);
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
        gridLayout->addWidget(cell, i / 2, i % 2);
        ++i;
    }
    gridLayout->setRowStretch(0, 3);
    gridLayout->setRowStretch(1, 2);
    // In a short window the panel scrolls rather than squeezing its table and list.
    auto *sideScroll = new QScrollArea(splitter);
    sideScroll->setObjectName(u"chartsSidePanel"_s);
    sideScroll->setWidgetResizable(true);
    sideScroll->setFrameShape(QFrame::NoFrame);
    sideScroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    sideScroll->setWidget(buildSidePanel());
    const int scrollBar = sideScroll->verticalScrollBar()->sizeHint().width();
    sideScroll->setMinimumWidth(sideScroll->widget()->minimumWidth() + scrollBar);
    sideScroll->setMaximumWidth(sideScroll->widget()->maximumWidth() + scrollBar);
    splitter->addWidget(grid);
    splitter->addWidget(sideScroll);
    splitter->setCollapsible(0, false);
    splitter->setCollapsible(1, false);
    // Both give way as the window narrows, so the charts keep a fair share of it.
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({1080, 360});
    // The sprint's charts, and the flow of work across sprints on a page of its own.
    m_pages = new QTabWidget(this);
    m_pages->setObjectName(u"chartPages"_s);
    m_pages->setDocumentMode(true);
    m_pages->addTab(splitter, tr("S&print"));
    m_flowView = new FlowView(m_board, m_flow.get(), m_pages);
    m_flowView->setObjectName(u"flowView"_s);
    m_pages->addTab(m_flowView, tr("F&low"));
    connect(m_pages, &QTabWidget::currentChanged, this, [this] { scheduleRefresh(); });
    layout->addWidget(m_pages, 1);
}

void ChartsView::simulateLater(const FlowForecast &forecast)
{
    // One at a time: when it is done the refresh asks again, and starts the next if the question
    // changed meanwhile.
    if (m_simulation->isRunning())
        return;
    auto promise = std::make_shared<QPromise<FlowForecast>>();
    m_simulation->setFuture(promise->future());
    promise->start();
    QThreadPool::globalInstance()->start([promise, forecast] {
        FlowForecast simulated = forecast;
        FlowAnalytics::simulate(simulated);
        promise->addResult(simulated);
        promise->finish();
    });
}

void ChartsView::showFlow(bool flow)
{
    m_pages->setCurrentWidget(flow ? static_cast<QWidget *>(m_flowView) : m_pages->widget(0));
}

void ChartsView::forecastCards(const QList<qint64> &cardIds)
{
    m_flowView->setSprintId(m_sprintId);
    m_flowView->setUnit(m_unit);
    m_flowView->setForecastCards(cardIds);
    showFlow(true);
}

QWidget *ChartsView::buildSidePanel()
{
    auto *panel = new QWidget(this);
    panel->setMinimumWidth(290);
    panel->setMaximumWidth(440);
    auto *layout = new QVBoxLayout(panel);
    layout->setContentsMargins(4, 0, 0, 0);

    m_facts = new QLabel(panel);
    m_facts->setObjectName(u"sprintFacts"_s);
    m_facts->setWordWrap(true);
    m_facts->setTextFormat(Qt::RichText);
    layout->addWidget(m_facts);
    layout->addSpacing(6);

    layout->addWidget(heading(tr("Progress by priority"), panel));
    m_progressTable = new QTableWidget(0, 4, panel);
    m_progressTable->setObjectName(u"progressTable"_s);
    m_progressTable->setAccessibleName(tr("Progress by priority"));
    m_progressTable->verticalHeader()->hide();
    m_progressTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_progressTable->setSelectionMode(QAbstractItemView::NoSelection);
    m_progressTable->setFocusPolicy(Qt::NoFocus);
    m_progressTable->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_progressTable->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_progressTable->setAlternatingRowColors(true);
    m_progressTable->setMaximumHeight(190);
    layout->addWidget(m_progressTable);
    m_progressBar = new QProgressBar(panel);
    m_progressBar->setRange(0, 100);
    m_progressBar->setTextVisible(false);
    m_progressBar->setMaximumHeight(8);
    m_progressLabel = new QLabel(panel);
    m_progressLabel->setObjectName(u"overallProgress"_s);
    layout->addWidget(m_progressLabel);
    layout->addWidget(m_progressBar);
    layout->addSpacing(10);

    layout->addWidget(heading(tr("Scope changes"), panel));
    m_scopeList = new QTreeWidget(panel);
    m_scopeList->setObjectName(u"scopeChangeList"_s);
    m_scopeList->setAccessibleName(tr("Scope changes"));
    m_scopeList->setHeaderLabels({tr("Day"), tr("Card"), tr("Change")});
    m_scopeList->setRootIsDecorated(false);
    m_scopeList->setUniformRowHeights(true);
    m_scopeList->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    layout->addWidget(m_scopeList, 1);
    return panel;
}

void ChartsView::fillSprintCombo()
{
    const QSignalBlocker blocker(m_sprintCombo);
    m_sprintCombo->clear();
    const QList<Sprint> &sprints = m_board->sprints();
    for (auto it = sprints.crbegin(); it != sprints.crend(); ++it) {
        const QString state = it->state == Sprint::State::Active   ? tr("active")
                              : it->state == Sprint::State::Closed ? tr("closed")
                                                                   : tr("planned");
        m_sprintCombo->addItem(u"%1  \u00b7  %2"_s.arg(it->name, state), it->id);
    }
    m_sprintCombo->setEnabled(!sprints.isEmpty());
    if (!m_board->sprint(m_sprintId))
        m_sprintId = m_board->currentSprintId();
    m_sprintCombo->setCurrentIndex(m_sprintCombo->findData(m_sprintId));
}

void ChartsView::setSprintId(qint64 sprintId)
{
    if (sprintId == 0 || !m_board->sprint(sprintId))
        sprintId = m_board->currentSprintId();
    if (sprintId == m_sprintId && !m_dirty)
        return;
    const bool changed = sprintId != m_sprintId;
    m_sprintId = sprintId;
    m_sprintCombo->setCurrentIndex(m_sprintCombo->findData(sprintId));
    scheduleRefresh();
    if (changed)
        emit sprintChanged(sprintId);
}

void ChartsView::setUnit(ChartUnit unit)
{
    if (unit == m_unit)
        return;
    m_unit = unit;
    (unit == ChartUnit::Points ? m_pointsButton : m_cardsButton)->setChecked(true);
    scheduleRefresh();
}

void ChartsView::setTimeZone(const QTimeZone &zone)
{
    m_zone = zone;
    m_analytics->setTimeZone(zone);
    m_flow->setTimeZone(zone);
    m_drawnBurndown.reset(); // the same numbers fall on other hours
    m_drawnBurnup.reset();
    scheduleRefresh();
}

QChartView *ChartsView::chartView(const QString &name) const
{
    return m_views.value(name);
}

QChart *ChartsView::chart(const QString &name) const
{
    QChartView *view = m_views.value(name);
    return view ? view->chart() : nullptr;
}

void ChartsView::scheduleRefresh()
{
    m_dirty = true;
    if (isVisible())
        m_refreshTimer->start();
}

void ChartsView::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::LanguageChange || event->type() == QEvent::LocaleChange)
        m_drawnScope.reset(); // its lines are written in the language and the date format
    if (event->type() != QEvent::PaletteChange && event->type() != QEvent::ApplicationPaletteChange)
        return;
    // Another theme: every chart is built again in its colours, none updated in place.
    m_drawnBurndown.reset();
    m_drawnBurnup.reset();
    m_drawnFlow.reset();
    m_drawnVelocity.reset();
    if (QChart *flow = chart(u"cfd"_s))
        flow->setProperty("flowShape", QVariant());
    scheduleRefresh();
}

void ChartsView::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_dirty)
        refresh();
}

namespace {

/** True when `next` differs from what is drawn; it is then what is drawn. */
template<typename T> bool changed(std::optional<T> &drawn, const T &next)
{
    if (drawn && *drawn == next)
        return false;
    drawn = next;
    return true;
}

} // namespace

void ChartsView::refresh()
{
    m_refreshTimer->stop();
    m_dirty = false;
    ++m_refreshCount;
    if (!m_board->sprint(m_sprintId))
        m_sprintId = m_board->currentSprintId();
    if (m_pages->currentWidget() == m_flowView) {
        // Only the page in sight is drawn; the other is drawn when it is shown.
        m_flowView->setSprintId(m_sprintId);
        m_flowView->setUnit(m_unit);
        m_flowView->refresh();
        m_dirty = true;
        return;
    }
    const Sprint *sprint = m_board->sprint(m_sprintId);
    auto velocity = m_analytics->velocity(m_unit, 6);
    const Velocity drawnVelocity = velocity ? velocity.value() : Velocity{m_unit, {}, 0, 0};
    if (changed(m_drawnVelocity, drawnVelocity))
        ChartBuilder::velocity(chart(u"velocity"_s), drawnVelocity);
    if (!sprint) {
        for (const QString &name : {u"burndown"_s, u"burnup"_s, u"cfd"_s})
            chart(name)->removeAllSeries();
        m_drawnBurndown.reset();
        m_drawnBurnup.reset();
        m_drawnFlow.reset();
        m_summary->setText(
            tr("No sprint yet: create one from <b>Sprint \u25b8 New Sprint\u2026</b>"));
        m_facts->clear();
        fillProgress({});
        fillScopeChanges({});
        return;
    }
    auto series = m_analytics->series(sprint->id);
    if (!series) {
        m_summary->setText(u"<span style='color:%1'>%2</span>"_s.arg(
            BoardStyle::danger(palette()).name(), series.error().toHtmlEscaped()));
        return;
    }
    Burndown down = burndown(series.value(), m_unit);
    // The team's Monte Carlo forecast replaces the sprint's straight line where it can.
    FlowForecast pending;
    if (Status forecast = m_flow->forecastBurndown(down, FlowAnalytics::Simulate::Later, &pending);
        !forecast)
        qWarning("%s", qPrintable(forecast.error()));
    if (pending.pending) {
        // A simulation longer than a frame runs on a worker; until it is done the Monte Carlo
        // date drawn last stands (or none), never the straight line.
        const bool drawn = m_drawnBurndown && m_drawnBurndown->unit == down.unit &&
                           m_drawnBurndown->forecastMethod == ForecastMethod::MonteCarlo;
        down.forecast = drawn ? m_drawnBurndown->forecast : std::nullopt;
        down.forecast50 = drawn ? m_drawnBurndown->forecast50 : std::nullopt;
        down.forecast95 = drawn ? m_drawnBurndown->forecast95 : std::nullopt;
        if (drawn)
            down.forecastMethod = ForecastMethod::MonteCarlo;
        simulateLater(pending);
    }
    // An open sprint not drawn to today (overdue, its last work days ago) needs no forecast yet;
    // the first move of the day brings it back to today. Its forecast (and the team's history
    // it draws from) is made ready now, so that move does not wait for it.
    if (!down.today && !series->frozen && sprint->state == Sprint::State::Active) {
        const double left =
            down.remainingNow ? *down.remainingNow : m_flow->remaining(sprint->id, down.unit);
        if (Status s = m_flow->prepareForecast(down.unit, left, down.end, &pending); !s)
            qWarning("%s", qPrintable(s.error()));
        if (pending.pending)
            simulateLater(pending);
    }
    // The today line moves with the clock: within a minute it stays where it is drawn.
    bool redrawDown = true;
    if (m_drawnBurndown && qAbs(m_drawnBurndown->now.secsTo(down.now)) < 60) {
        Burndown same = down;
        same.now = m_drawnBurndown->now;
        redrawDown = !(same == *m_drawnBurndown);
    }
    if (redrawDown) {
        m_drawnBurndown = down;
        ChartBuilder::burndown(chart(u"burndown"_s), down, m_zone);
    }
    const Burnup up = burnup(series.value(), m_unit);
    if (changed(m_drawnBurnup, up) || redrawDown)
        ChartBuilder::burnup(chart(u"burnup"_s), up, down, m_zone);
    const CumulativeFlow flow = cumulativeFlow(series.value(), m_unit);
    if (changed(m_drawnFlow, flow))
        ChartBuilder::cumulativeFlow(chart(u"cfd"_s), flow);
    fillProgress(progressByPriority(series.value(), m_unit));
    fillScopeChanges(down.scopeChanges);

    const QString unit = ChartBuilder::unitText(m_unit);
    QStringList parts{tr("Committed <b>%1</b> %2").arg(ChartBuilder::number(down.committed), unit)};
    if (down.remainingNow)
        parts.append(tr("remaining <b>%1</b>").arg(ChartBuilder::number(*down.remainingNow)));
    if (down.forecast && down.forecastMethod == ForecastMethod::MonteCarlo)
        parts.append(tr("85 % likely done by <b>%1</b>")
                         .arg(QLocale().toString(*down.forecast, u"ddd d MMM"_s)));
    else if (down.forecast)
        parts.append(
            tr("forecast <b>%1</b>").arg(QLocale().toString(*down.forecast, u"ddd d MMM"_s)));
    else if (!series->frozen && down.noForecast != NoForecast::NotStarted)
        parts.append(noForecastNote(down).toHtmlEscaped());
    if (series->frozen)
        parts.append(tr("<i>closed: frozen report</i>"));
    else if (sprint->state == Sprint::State::Planned)
        parts.append(tr("<i>not started</i>"));
    m_summary->setText(parts.join(u" \u00b7 "_s));

    const QString dates = tr("%1 \u2013 %2")
                              .arg(QLocale().toString(sprint->start, u"ddd d MMM"_s),
                                   QLocale().toString(sprint->end, u"ddd d MMM yyyy"_s));
    QString facts = tr("<b>%1</b><br>%2 \u00b7 %n working day(s)", nullptr, sprint->workingDays())
                        .arg(sprint->name.toHtmlEscaped(), dates);
    if (sprint->capacity > 0)
        facts += tr("<br>Capacity %1 points, committed %2")
                     .arg(ChartBuilder::number(sprint->capacity),
                          ChartBuilder::number(series->committed.points));
    if (!sprint->goal.isEmpty())
        facts += u"<br><i>"_s + sprint->goal.toHtmlEscaped() + u"</i>"_s;
    m_facts->setText(facts);
}

void ChartsView::fillProgress(const PriorityProgress &progress)
{
    const bool points = m_unit == ChartUnit::Points;
    const QString unitHeader = points ? tr("Story Points") : tr("Cards");
    const QTableWidgetItem *header = m_progressTable->horizontalHeaderItem(1);
    if (!header || header->text() != unitHeader)
        m_progressTable->setHorizontalHeaderLabels(
            {tr("Priority"), unitHeader, tr("Completed"), tr("Remaining")});
    m_progressTable->setRowCount(int(progress.rows.size()) + 1);
    // Only the cells whose text changed are replaced (and repainted).
    auto set = [this](int row, int column, const QString &text, bool bold) {
        if (const QTableWidgetItem *old = m_progressTable->item(row, column);
            old && old->text() == text && old->font().bold() == bold)
            return;
        auto *item = new QTableWidgetItem(text);
        item->setTextAlignment(column == 0 ? Qt::AlignLeft | Qt::AlignVCenter
                                           : Qt::AlignRight | Qt::AlignVCenter);
        if (bold) {
            QFont f = item->font();
            f.setBold(true);
            item->setFont(f);
        }
        m_progressTable->setItem(row, column, item);
    };
    int row = 0;
    for (const PriorityProgressRow &r : progress.rows) {
        set(row, 0, priorityName(*r.priority), false);
        set(row, 1, ChartBuilder::number(r.total), false);
        set(row, 2, ChartBuilder::number(r.completed), false);
        set(row, 3, ChartBuilder::number(r.remaining), false);
        ++row;
    }
    set(row, 0, tr("Total"), true);
    set(row, 1, ChartBuilder::number(progress.total.total), true);
    set(row, 2, ChartBuilder::number(progress.total.completed), true);
    set(row, 3, ChartBuilder::number(progress.total.remaining), true);
    m_progressLabel->setText(tr("Overall progress: %1% (%2/%3 %4)")
                                 .arg(progress.percentComplete())
                                 .arg(ChartBuilder::number(progress.total.completed),
                                      ChartBuilder::number(progress.total.total),
                                      ChartBuilder::unitText(m_unit)));
    m_progressBar->setValue(progress.percentComplete());
}

void ChartsView::fillScopeChanges(const QList<ScopeChange> &changes)
{
    // Most refreshes (a card moved between columns) leave the list as it is: no relayout.
    if (m_drawnScope && m_drawnScope->unit == m_unit && m_drawnScope->zone == m_zone &&
        m_drawnScope->changes == changes)
        return;
    m_drawnScope = DrawnScope{m_unit, m_zone, changes};
    m_scopeList->clear();
    for (const ScopeChange &c : changes) {
        auto *item = new QTreeWidgetItem(m_scopeList);
        item->setText(0, QLocale().toString(c.day, u"ddd d MMM"_s));
        item->setText(1, c.key);
        const auto points = [](std::optional<double> p) {
            return p ? formatPoints(*p) : u"\u2013"_s;
        };
        const double delta = c.delta.in(m_unit);
        const QString amount = (delta > 0   ? u"+"_s
                                : delta < 0 ? u"\u2212"_s
                                            : QString()) +
                               ChartBuilder::number(qAbs(delta));
        item->setText(
            2, c.kind == ScopeChange::Kind::Reestimated
                   ? tr("re-estimated %1 \u2192 %2").arg(points(c.oldPoints), points(c.newPoints))
               : c.kind == ScopeChange::Kind::Added ? tr("added (%1)").arg(amount)
                                                    : tr("removed (%1)").arg(amount));
        item->setToolTip(2, QLocale().toString(c.at.toTimeZone(m_zone), QLocale::ShortFormat));
    }
    if (changes.isEmpty()) {
        auto *item = new QTreeWidgetItem(m_scopeList);
        item->setText(1, tr("None"));
        item->setFlags(Qt::NoItemFlags);
    }
}

Status ChartsView::exportChart(const QString &name, const QString &path)
{
    QChartView *view = m_views.value(name);
    if (!view)
        return Status::failure(tr("There is no chart called %1").arg(name));
    if (m_dirty)
        refresh();
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix != u"png" && suffix != u"svg")
        return Status::failure(tr("Charts are exported as .png or .svg, not \u201c%1\u201d")
                                   .arg(QFileInfo(path).fileName()));
    // A view that was never laid out (hidden) renders at a readable size.
    QSize size = view->size();
    if (!view->isVisible() || size.width() < 400 || size.height() < 260) {
        size = QSize(900, 540);
        view->resize(size);
        view->chart()->resize(size);
    }
    if (suffix == u"png") {
        QImage image(size * 2, QImage::Format_ARGB32_Premultiplied);
        image.setDevicePixelRatio(2);
        image.fill(Qt::white);
        {
            QPainter painter(&image);
            painter.setRenderHint(QPainter::Antialiasing);
            view->render(&painter, QRectF(QPointF(0, 0), QSizeF(size)),
                         QRect(QPoint(0, 0), view->size()));
        }
        if (!image.save(path, "PNG"))
            return Status::failure(tr("Cannot write %1").arg(QDir::toNativeSeparators(path)));
        return {};
    }
    QSvgGenerator svg;
    svg.setFileName(path);
    svg.setSize(size);
    svg.setViewBox(QRect(QPoint(0, 0), size));
    svg.setTitle(chartTitle(name));
    svg.setDescription(tr("SprintDeck chart"));
    QPainter painter;
    if (!painter.begin(&svg))
        return Status::failure(tr("Cannot write %1").arg(QDir::toNativeSeparators(path)));
    painter.setRenderHint(QPainter::Antialiasing);
    view->render(&painter, QRectF(QPointF(0, 0), QSizeF(size)), QRect(QPoint(0, 0), view->size()));
    painter.end();
    if (!QFileInfo(path).isFile() || QFileInfo(path).size() == 0)
        return Status::failure(tr("Cannot write %1").arg(QDir::toNativeSeparators(path)));
    return {};
}

void ChartsView::exportInteractively(const QString &name, const QString &suffix)
{
    const Sprint *sprint = m_board->sprint(m_sprintId);
    const QString base = (sprint ? sprint->name + u' ' : QString()) + chartTitle(name);
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::PicturesLocation);
    const QString filter = suffix == u"png" ? tr("PNG images (*.png)") : tr("SVG drawings (*.svg)");
    QString path = QFileDialog::getSaveFileName(this, tr("Export %1").arg(chartTitle(name)),
                                                QDir(dir).filePath(base + u'.' + suffix), filter);
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += u'.' + suffix;
    if (Status s = exportChart(name, path); !s)
        showError(this, tr("Export Failed"), s.error());
}

} // namespace SprintDeck
