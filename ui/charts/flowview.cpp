#include "ui/charts/flowview.h"

#include "core/board/board.h"
#include "core/board/flowanalytics.h"
#include "ui/charts/chartbuilder.h"
#include "ui/charts/legendfitter.h"
#include "ui/common/boardstyle.h"

#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QDateEdit>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QSet>
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
    if (sprintId == m_sprintId)
        return;
    m_sprintId = sprintId;
    // "How much by" starts at the sprint's end (two weeks from today without an open sprint).
    const Sprint *sprint = m_board->sprint(sprintId);
    const QDate today = m_board->now().toLocalTime().date();
    const QSignalBlocker blocker(m_by);
    m_by->setDate(sprint && sprint->state != Sprint::State::Closed && sprint->end >= today
                      ? sprint->end
                      : today.addDays(14));
}

void FlowView::fillChoices()
{
    // Labels and members change while the page is hidden: the lists are filled when it shows,
    // keeping what was chosen.
    const QString label = m_label->currentIndex() > 0 ? m_label->currentText() : QString();
    QSet<QString> seen;
    QStringList labels;
    for (const Card &card : m_board->cards())
        for (const QString &l : card.labels)
            if (!seen.contains(l.toLower())) {
                seen.insert(l.toLower());
                labels.append(l);
            }
    labels.sort(Qt::CaseInsensitive);
    while (m_label->count() > 1)
        m_label->removeItem(1);
    m_label->addItems(labels);
    m_label->setCurrentIndex(std::max(0, int(labels.indexOf(label)) + 1));

    const QVariant assignee = m_assignee->currentData();
    while (m_assignee->count() > 1)
        m_assignee->removeItem(1);
    m_assignee->addItem(tr("Unassigned"), qint64(0));
    for (const Member &m : m_board->members())
        m_assignee->addItem(m.name, m.id);
    m_assignee->setCurrentIndex(assignee.isValid() ? std::max(0, m_assignee->findData(assignee))
                                                   : 0);
}

void FlowView::showEvent(QShowEvent *event)
{
    fillChoices();
    QWidget::showEvent(event);
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

    // A field with its label (and mnemonic) in a row.
    const auto labelled = [this](QHBoxLayout *row, const QString &text, QWidget *field) {
        auto *label = new QLabel(text, this);
        label->setBuddy(field);
        row->addWidget(label);
        row->addWidget(field);
    };

    // First row: which cards the charts look at.
    auto *cardsRow = new QHBoxLayout;
    m_range = new QComboBox(this);
    m_range->setObjectName(u"flowRange"_s);
    m_range->addItem(tr("This sprint"));
    for (int days : kRangeDays)
        if (days > 0)
            m_range->addItem(tr("Last %n day(s)", nullptr, days));
    m_range->setCurrentIndex(0);
    labelled(cardsRow, tr("&Range:"), m_range);
    m_type = new QComboBox(this);
    m_type->setObjectName(u"flowType"_s);
    m_type->addItem(tr("All types"));
    for (CardType t : {CardType::Story, CardType::Bug, CardType::Task, CardType::Fix})
        m_type->addItem(BoardStyle::typeTitle(int(t)), int(t));
    labelled(cardsRow, tr("&Type:"), m_type);
    m_label = new QComboBox(this);
    m_label->setObjectName(u"flowLabel"_s);
    m_label->addItem(tr("All labels"));
    labelled(cardsRow, tr("La&bel:"), m_label);
    m_assignee = new QComboBox(this);
    m_assignee->setObjectName(u"flowAssignee"_s);
    m_assignee->addItem(tr("Everyone"));
    labelled(cardsRow, tr("&Assignee:"), m_assignee);
    m_per = new QComboBox(this);
    m_per->setObjectName(u"flowPer"_s);
    m_per->addItems({tr("Per day"), tr("Per week")});
    m_per->setAccessibleName(tr("Throughput per day or per week"));
    m_per->setToolTip(tr("Throughput per day or per week"));
    // Labels and names of any length: the row keeps to a small window and the list is wide.
    for (QComboBox *box : {m_label, m_assignee}) {
        box->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        box->setMinimumContentsLength(10);
    }
    cardsRow->addWidget(m_per);
    cardsRow->addStretch(1);
    layout->addLayout(cardsRow);

    // Second row: what the forecast is about, from how much history, and the answer.
    auto *forecastRow = new QHBoxLayout;
    m_subject = new QComboBox(this);
    m_subject->setObjectName(u"flowSubject"_s);
    m_subject->addItem(tr("The rest of the sprint"));
    m_subject->setToolTip(tr("Select cards on the board and choose Card > Forecast Selected "
                             "Cards to ask when they will be done."));
    labelled(forecastRow, tr("&Forecast:"), m_subject);
    m_history = new QSpinBox(this);
    m_history->setObjectName(u"flowHistory"_s);
    m_history->setRange(5, 260);
    m_history->setValue(30);
    m_history->setSuffix(tr(" working days"));
    m_history->setAccessibleName(tr("Working days of history the forecast draws from"));
    labelled(forecastRow, tr("from the last"), m_history);
    m_by = new QDateEdit(this);
    m_by->setObjectName(u"flowBy"_s);
    m_by->setCalendarPopup(true);
    m_by->setDisplayFormat(u"ddd d MMM yyyy"_s);
    m_by->setAccessibleName(tr("How much is done by this day"));
    m_by->setDate(m_board->now().toLocalTime().date().addDays(14)); // until a sprint is shown
    labelled(forecastRow, tr("how much b&y"), m_by);
    forecastRow->addSpacing(12);
    m_summary = new QLabel(this);
    m_summary->setObjectName(u"flowSummary"_s);
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::PlainText);
    forecastRow->addWidget(m_summary, 1);
    layout->addLayout(forecastRow);

    for (QComboBox *box : {m_range, m_type, m_label, m_assignee, m_per, m_subject})
        connect(box, &QComboBox::activated, this, &FlowView::refresh);
    connect(m_history, &QSpinBox::valueChanged, this, &FlowView::refresh);
    connect(m_by, &QDateEdit::dateChanged, this, &FlowView::refresh);
    fillChoices();

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
    if (m_label->currentIndex() > 0)
        f.label = m_label->currentText();
    if (m_assignee->currentIndex() > 0)
        f.assigneeId = m_assignee->currentData().toLongLong();
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
    const auto forecast = m_flow->forecast(f, m_unit, amount, m_by->date(), m_history->value());
    if (!times || !throughput || !aging || !forecast) {
        m_summary->setText(tr("The flow charts could not be computed: %1")
                               .arg(!times        ? times.error()
                                    : !throughput ? throughput.error()
                                    : !aging      ? aging.error()
                                                  : forecast.error()));
        return;
    }
    ChartBuilder::cycleTimeScatter(chart(u"cycletime"_s), *times, f.from, f.to);
    ChartBuilder::throughputRun(chart(u"throughput"_s), *throughput, m_unit,
                                m_per->currentIndex() == 1);
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
        if (forecast->howMany.possible)
            text += u' ' + tr("By %1: at least %2 %3 (85 %).")
                               .arg(QLocale().toString(forecast->by, u"ddd d MMM"_s),
                                    ChartBuilder::number(forecast->howMany.p85), unit);
        m_summary->setText(text);
    }
}

} // namespace SprintDeck
