#include "ui/board/boardview.h"
#include "ui/board/backlogpanel.h"
#include "ui/board/cardactions.h"
#include "ui/board/carddelegate.h"
#include "ui/board/cardlistview.h"
#include "ui/board/columnheader.h"
#include "ui/board/filterbar.h"
#include "ui/board/laneheader.h"
#include "ui/common/boardstyle.h"
#include "ui/common/messages.h"
#include "ui/shell/settings.h"

#include "core/board/board.h"
#include "core/board/cardages.h"
#include "core/board/sprintanalytics.h"
#include "core/domain/workweek.h"
#include "core/models/cardlistmodel.h"
#include "core/models/columnmodel.h"

#include <QAction>
#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QStackedWidget>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>
#include <utility>

using namespace Qt::StringLiterals;

namespace SprintDeck {

namespace {
constexpr int kColumnGap = 12;
constexpr int kMinColumnWidth = 230;
constexpr int kCanvasMargin = 12;
} // namespace

BoardView::BoardView(Board *board, QWidget *parent)
    : QWidget(parent)
    , m_board(board)
    , m_columnModel(new ColumnModel(board, this))
    , m_delegate(new CardDelegate(this))
    , m_actions(new CardActions(board, this))
    , m_refreshTimer(new QTimer(this))
    , m_analytics(std::make_unique<SprintAnalytics>(*board))
{
    setObjectName(u"boardView"_s);
    connect(board, &Board::reloaded, this, [this] { m_analytics->invalidate(); });
    m_refreshTimer->setSingleShot(true);
    m_refreshTimer->setInterval(0);
    connect(m_refreshTimer, &QTimer::timeout, this, &BoardView::refresh);

    auto *root = new QVBoxLayout(this);
    root->setContentsMargins(0, 0, 0, 0);
    root->setSpacing(0);
    QWidget *toolbar = buildToolbar();
    m_filterBar = new FilterBar(board, this);
    root->addWidget(toolbar);
    root->addWidget(m_filterBar);

    m_stack = new QStackedWidget(this);
    root->addWidget(m_stack, 1);

    m_scroll = new QScrollArea(this);
    m_scroll->setObjectName(u"boardScroll"_s);
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_scroll->setWidgetResizable(true);
    m_scroll->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_scroll->viewport()->installEventFilter(this);
    m_canvas = new QWidget;
    m_canvas->setObjectName(u"boardCanvas"_s);
    m_canvasLayout = new QVBoxLayout(m_canvas);
    m_canvasLayout->setContentsMargins(kCanvasMargin, 4, kCanvasMargin, kCanvasMargin);
    m_canvasLayout->setSpacing(0);
    m_headerLayout = new QHBoxLayout;
    m_headerLayout->setContentsMargins(0, 0, 0, 0);
    m_headerLayout->setSpacing(kColumnGap);
    m_headerLayout->addStretch(1);
    m_canvasLayout->addLayout(m_headerLayout);
    m_scroll->setWidget(m_canvas);
    m_stack->addWidget(m_scroll);
    buildEmptyState();

    m_findAction = new QAction(tr("&Find Cards"), this);
    m_findAction->setObjectName(u"actionFind"_s);
    m_findAction->setShortcut(QKeySequence::Find);
    m_findAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(m_findAction, &QAction::triggered, m_filterBar, &FilterBar::focusSearch);
    addAction(m_findAction);
    m_actions->attachTo(this);
    connect(m_actions, &CardActions::failed, this, &BoardView::showError);
    connect(m_actions, &CardActions::statusMessage, this, &BoardView::statusMessage);
    connect(m_actions, &CardActions::forecastRequested, this, &BoardView::forecastRequested);
    connect(m_filterBar, &FilterBar::filterChanged, this, &BoardView::onFilterChanged);
    connect(m_filterBar, &FilterBar::leaveRequested, this, &BoardView::focusBoard);

    connect(board, &Board::columnsChanged, this, &BoardView::onColumnsChanged);
    connect(board, &Board::sprintsChanged, this, [this] {
        fillSprintCombo();
        if (!m_board->sprint(m_sprintId))
            setSprintId(m_board->currentSprintId());
        updateSprintInfo();
    });
    connect(board, &Board::membersChanged, this, [this] {
        if (m_laneMode == LaneMode::Assignee && computeLaneValues() != laneValues())
            rebuild();
        scheduleRefresh();
    });
    connect(board, &Board::cardsAdded, this, [this] {
        m_cardsArrived = true;
        scheduleRefresh();
    });
    connect(board, &Board::cardsRemoved, this, &BoardView::scheduleRefresh);
    connect(board, &Board::cardsChanged, this, [this] {
        if (m_laneMode == LaneMode::Assignee && computeLaneValues() != laneValues())
            rebuild();
        m_cardsArrived = true;
        scheduleRefresh();
    });
    connect(board, &Board::reloaded, this, [this] {
        fillSprintCombo();
        setSprintId(m_board->sprint(m_sprintId) ? m_sprintId : m_board->currentSprintId());
        rebuild();
    });

    m_sprintId = board->currentSprintId();
    m_columnModel->setSprint(m_sprintId);
    fillSprintCombo();
    updateSprintInfo();
    rebuild();
    m_stack->setCurrentWidget(m_board->sprints().isEmpty() ? m_emptyState : m_scroll);
}

BoardView::~BoardView() = default;

QWidget *BoardView::buildToolbar()
{
    auto *bar = new QWidget(this);
    bar->setObjectName(u"boardToolbar"_s);
    auto *layout = new QHBoxLayout(bar);
    layout->setContentsMargins(12, 10, 12, 6);
    layout->setSpacing(8);

    m_sprintCombo = new QComboBox(bar);
    m_sprintCombo->setObjectName(u"sprintCombo"_s);
    m_sprintCombo->setAccessibleName(tr("Sprint shown on the board"));
    m_sprintCombo->setMinimumContentsLength(16);
    m_sprintCombo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    QFont bold = m_sprintCombo->font();
    bold.setBold(true);
    m_sprintCombo->setFont(bold);
    connect(m_sprintCombo, &QComboBox::activated, this,
            [this](int index) { setSprintId(m_sprintCombo->itemData(index).toLongLong()); });
    auto *sprintLabel = new QLabel(tr("&Sprint"), bar);
    sprintLabel->setBuddy(m_sprintCombo);
    layout->addWidget(sprintLabel);
    layout->addWidget(m_sprintCombo);

    m_sprintInfo = new QLabel(bar);
    m_sprintInfo->setObjectName(u"sprintInfo"_s);
    m_sprintInfo->setTextFormat(Qt::PlainText);
    m_sprintInfo->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    QPalette dim = m_sprintInfo->palette();
    dim.setColor(QPalette::WindowText, BoardStyle::mix(palette().color(QPalette::WindowText),
                                                       palette().color(QPalette::Window), 0.35));
    m_sprintInfo->setPalette(dim);
    layout->addSpacing(6);
    layout->addWidget(m_sprintInfo, 1);

    m_laneCombo = new QComboBox(bar);
    m_laneCombo->setObjectName(u"laneCombo"_s);
    m_laneCombo->setAccessibleName(tr("Swimlanes"));
    m_laneCombo->addItem(tr("None"), int(LaneMode::None));
    m_laneCombo->addItem(tr("By priority"), int(LaneMode::Priority));
    m_laneCombo->addItem(tr("By assignee"), int(LaneMode::Assignee));
    connect(m_laneCombo, &QComboBox::activated, this,
            [this](int index) { setLaneMode(LaneMode(m_laneCombo->itemData(index).toInt())); });
    auto *laneLabel = new QLabel(tr("S&wimlanes"), bar);
    laneLabel->setBuddy(m_laneCombo);
    layout->addWidget(laneLabel);
    layout->addWidget(m_laneCombo);

    m_addColumn = new QToolButton(bar);
    m_addColumn->setObjectName(u"addColumn"_s);
    m_addColumn->setIcon(BoardStyle::plusIcon(palette()));
    m_addColumn->setText(tr("Column"));
    m_addColumn->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_addColumn->setAutoRaise(true);
    m_addColumn->setToolTip(tr("Add a column at the right of the board"));
    m_addColumn->setAccessibleName(tr("Add column"));
    connect(m_addColumn, &QToolButton::clicked, this, &BoardView::addColumn);
    layout->addWidget(m_addColumn);
    return bar;
}

void BoardView::setShowCardAges(bool show)
{
    if (show && !m_ages)
        m_ages = new CardAges(m_board, this);
    m_delegate->setAges(show ? m_ages : nullptr);
    const QList<CardListView *> views = findChildren<CardListView *>();
    for (CardListView *view : views)
        view->viewport()->update();
}

bool BoardView::showsCardAges() const
{
    return m_delegate->ages() != nullptr;
}

void BoardView::addColumn()
{
    bool ok = false;
    const QString name = QInputDialog::getText(
        this, tr("Add Column"), tr("Name of the new column:"), QLineEdit::Normal, QString(), &ok);
    if (!ok || name.trimmed().isEmpty())
        return;
    if (auto id = m_board->addColumn(name); !id)
        showError(id.error());
}

void BoardView::buildEmptyState()
{
    m_emptyState = new QWidget(this);
    m_emptyState->setObjectName(u"boardEmptyState"_s);
    auto *layout = new QVBoxLayout(m_emptyState);
    layout->addStretch(2);
    auto *title = new QLabel(tr("<h2>No sprint yet</h2>"), m_emptyState);
    title->setAlignment(Qt::AlignCenter);
    auto *text = new QLabel(
        tr("A sprint is a time box with a goal. Create the first one to start the board;\n"
           "cards you add before that wait in the backlog."),
        m_emptyState);
    text->setAlignment(Qt::AlignCenter);
    auto *create = new QPushButton(tr("Create Sprint 1 (two weeks from today)"), m_emptyState);
    create->setObjectName(u"createFirstSprint"_s);
    connect(create, &QPushButton::clicked, this, &BoardView::createFirstSprint);
    layout->addWidget(title);
    layout->addWidget(text);
    layout->addSpacing(12);
    layout->addWidget(create, 0, Qt::AlignHCenter);
    layout->addStretch(3);
    m_stack->addWidget(m_emptyState);
}

void BoardView::createFirstSprint()
{
    // Two working weeks of the team's calendar, from the next working day on.
    const QList<int> weekdays = Settings::workingWeekdays();
    Sprint s;
    s.name = tr("Sprint 1");
    s.start = nextWorkingDay(QDate::currentDate(), weekdays);
    s.end = workingWeeksEnd(s.start, weekdays);
    setWorkingWeekdays(s, weekdays);
    auto id = m_board->createSprint(s);
    if (!id) {
        showError(id.error());
        return;
    }
    setSprintId(*id);
}

void BoardView::fillSprintCombo()
{
    m_sprintCombo->clear();
    const QList<Sprint> &sprints = m_board->sprints();
    for (auto it = sprints.crbegin(); it != sprints.crend(); ++it) {
        QString text = it->name;
        if (it->state == Sprint::State::Active)
            text += u"  \u00b7  "_s + tr("active");
        else if (it->state == Sprint::State::Closed)
            text += u"  \u00b7  "_s + tr("closed");
        else
            text += u"  \u00b7  "_s + tr("planned");
        m_sprintCombo->addItem(text, it->id);
    }
    m_sprintCombo->setEnabled(!sprints.isEmpty());
    m_sprintCombo->setCurrentIndex(m_sprintCombo->findData(m_sprintId));
    if (m_stack)
        m_stack->setCurrentWidget(sprints.isEmpty() ? m_emptyState : m_scroll);
}

void BoardView::updateSprintInfo()
{
    const Sprint *s = m_board->sprint(m_sprintId);
    if (!s) {
        m_sprintInfo->clear();
        return;
    }
    const QLocale locale;
    QString info = u"%1 \u2013 %2"_s.arg(locale.toString(s->start, u"d MMM"_s),
                                         locale.toString(s->end, u"d MMM yyyy"_s));
    if (!s->goal.isEmpty())
        info += u"   \u00b7   "_s + tr("Goal: %1").arg(s->goal);
    m_sprintInfo->setText(info);
    m_sprintInfo->setToolTip(info);
}

void BoardView::setSprintId(qint64 sprintId)
{
    if (sprintId == m_sprintId)
        return;
    m_sprintId = sprintId;
    m_columnModel->setSprint(sprintId);
    m_sprintCombo->setCurrentIndex(m_sprintCombo->findData(sprintId));
    updateSprintInfo();
    if (m_laneMode == LaneMode::Assignee && computeLaneValues() != laneValues()) {
        rebuild();
    } else {
        for (CardListView *v : cells())
            v->cardModel()->setList(sprintId, v->cardModel()->columnId());
    }
    m_stack->setCurrentWidget(m_board->sprints().isEmpty() ? m_emptyState : m_scroll);
    scheduleRefresh();
    emit sprintChanged(sprintId);
}

void BoardView::setLaneMode(LaneMode mode)
{
    if (mode == m_laneMode)
        return;
    m_laneMode = mode;
    m_laneCombo->setCurrentIndex(m_laneCombo->findData(int(mode)));
    rebuild();
}

QList<qint64> BoardView::computeLaneValues() const
{
    QList<qint64> values;
    if (m_laneMode == LaneMode::Priority)
        return {1, 2, 3, 4};
    if (m_laneMode != LaneMode::Assignee)
        return {0};
    // Active members, plus former members who still hold cards in this sprint.
    QSet<qint64> holding;
    for (const Column &c : m_board->columns())
        for (qint64 id : m_board->cardsIn(m_sprintId, c.id))
            holding.insert(m_board->card(id)->assigneeId);
    for (const Member &m : m_board->members())
        if (m.active || holding.contains(m.id))
            values.append(m.id);
    values.append(0);
    return values;
}

QList<qint64> BoardView::laneValues() const
{
    QList<qint64> values;
    for (const Lane &lane : m_lanes)
        values.append(lane.value);
    return values;
}

CardListView *BoardView::createCell(qint64 columnId, qint64 laneValue, QWidget *parent)
{
    auto *view = new CardListView(parent);
    view->setObjectName(u"cell_%1_%2"_s.arg(columnId).arg(laneValue));
    auto *model = new CardListModel(m_board, view);
    model->setList(m_sprintId, columnId);
    if (m_laneMode != LaneMode::None)
        model->setLane(m_laneMode, laneValue);
    if (!m_filter.isEmpty())
        model->setFilter(m_filter);
    view->setCardModel(model);
    view->setItemDelegate(m_delegate);
    view->setRoundedTop(m_laneMode != LaneMode::None);
    const Column *column = m_board->column(columnId);
    view->setAccessibleName(column ? tr("Cards in %1").arg(column->name) : QString());
    view->setEmptyText(emptyCellText());
    m_actions->registerView(view);
    connect(view, &CardListView::navigateRequested, this, &BoardView::navigate);
    connect(model, &QAbstractItemModel::rowsInserted, this, &BoardView::scheduleRefresh);
    connect(model, &QAbstractItemModel::rowsRemoved, this, &BoardView::scheduleRefresh);
    connect(model, &QAbstractItemModel::modelReset, this, &BoardView::scheduleRefresh);
    return view;
}

void BoardView::rebuild()
{
    const qint64 focusedCard =
        m_actions->activeView() ? m_actions->activeView()->currentCardId() : 0;
    const bool hadFocus = m_actions->activeView() && m_actions->activeView()->hasFocus();
    // Old widgets go later: this may run from a slot of one of them.
    for (ColumnHeader *h : std::as_const(m_headers)) {
        h->hide();
        h->deleteLater();
    }
    m_headers.clear();
    m_lanes.clear();
    if (m_body) {
        m_body->hide();
        m_body->deleteLater();
        m_body = nullptr;
        m_laneScroll = nullptr;
    }

    m_columnIds.clear();
    for (const Column &c : m_board->columns())
        m_columnIds.append(c.id);
    const bool lanes = m_laneMode != LaneMode::None;
    m_canvasLayout->setSpacing(lanes ? 8 : 0);
    for (qint64 id : std::as_const(m_columnIds)) {
        auto *header = new ColumnHeader(m_board, m_columnModel, id, m_canvas);
        header->setStandalone(lanes);
        connect(header, &ColumnHeader::quickAddSubmitted, this, &BoardView::addQuickCard);
        connect(header, &ColumnHeader::failed, this, &BoardView::showError);
        connect(header, &ColumnHeader::stateChanged, this, &BoardView::scheduleRefresh);
        connect(header, &ColumnHeader::quickAddFinished, this, [this](qint64 columnId) {
            if (CardListView *v = cell(columnId, m_quickAddLane.value(columnId, 0)))
                v->setFocus();
        });
        m_headerLayout->insertWidget(m_headerLayout->count() - 1, header);
        header->show();
        m_headers.append(header);
    }

    const QList<qint64> values = computeLaneValues();
    if (!lanes) {
        m_body = new QWidget(m_canvas);
        auto *row = new QHBoxLayout(m_body);
        row->setContentsMargins(0, 0, 0, 0);
        row->setSpacing(kColumnGap);
        Lane lane;
        lane.row = m_body;
        for (qint64 id : std::as_const(m_columnIds)) {
            CardListView *v = createCell(id, 0, m_body);
            row->addWidget(v);
            lane.cells.append(v);
        }
        row->addStretch(1);
        m_lanes.append(lane);
    } else {
        m_laneScroll = new QScrollArea(m_canvas);
        m_laneScroll->setObjectName(u"laneScroll"_s);
        m_laneScroll->setFrameShape(QFrame::NoFrame);
        m_laneScroll->setWidgetResizable(true);
        m_laneScroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
        m_laneScroll->viewport()->installEventFilter(this);
        connect(m_laneScroll->verticalScrollBar(), &QScrollBar::rangeChanged, this,
                &BoardView::applyColumnWidth);
        auto *content = new QWidget;
        auto *column = new QVBoxLayout(content);
        column->setContentsMargins(0, 0, 0, 0);
        column->setSpacing(4);
        const QSet<qint64> folded = m_collapsed.value(int(m_laneMode));
        for (qint64 value : values) {
            Lane lane;
            lane.value = value;
            lane.header = new LaneHeader(content);
            if (m_laneMode == LaneMode::Priority) {
                lane.header->setLane(BoardStyle::priorityTitle(int(value)), int(value), QString(),
                                     QString());
            } else if (const Member *m = m_board->member(value)) {
                lane.header->setLane(m->name, 0, m->name, m->initials());
            } else {
                lane.header->setLane(tr("Unassigned"), 0, QString(), QString());
            }
            lane.header->setObjectName(u"lane_%1"_s.arg(value));
            lane.row = new QWidget(content);
            auto *row = new QHBoxLayout(lane.row);
            row->setContentsMargins(0, 0, 0, 6);
            row->setSpacing(kColumnGap);
            for (qint64 id : std::as_const(m_columnIds)) {
                CardListView *v = createCell(id, value, lane.row);
                row->addWidget(v);
                lane.cells.append(v);
            }
            row->addStretch(1);
            column->addWidget(lane.header);
            column->addWidget(lane.row);
            lane.header->setCollapsed(folded.contains(value));
            lane.row->setVisible(!folded.contains(value));
            connect(lane.header, &LaneHeader::toggled, this,
                    [this, value](bool collapsed) { setLaneCollapsed(value, collapsed); });
            m_lanes.append(lane);
        }
        column->addStretch(1);
        m_laneScroll->setWidget(content);
        m_body = m_laneScroll;
    }
    m_canvasLayout->addWidget(m_body, 1);
    // Shown now rather than on the next event loop turn, so focus can move into the new cells.
    m_body->show();
    m_columnWidth = 0;
    applyColumnWidth();
    refresh();
    if (focusedCard && !m_actions->focusCards({focusedCard}) && hadFocus)
        focusBoard();
    else if (hadFocus && !m_actions->activeView())
        focusBoard();
}

void BoardView::setLaneCollapsed(qint64 laneValue, bool collapsed)
{
    QSet<qint64> &folded = m_collapsed[int(m_laneMode)];
    if (collapsed)
        folded.insert(laneValue);
    else
        folded.remove(laneValue);
    for (Lane &lane : m_lanes) {
        if (lane.value != laneValue || !lane.header)
            continue;
        lane.header->setCollapsed(collapsed);
        lane.row->setVisible(!collapsed);
    }
}

void BoardView::onColumnsChanged()
{
    QList<qint64> ids;
    for (const Column &c : m_board->columns())
        ids.append(c.id);
    if (ids != m_columnIds) {
        rebuild();
        return;
    }
    for (const Lane &lane : std::as_const(m_lanes))
        for (CardListView *v : lane.cells)
            if (const Column *c = m_board->column(v->cardModel()->columnId()))
                v->setAccessibleName(tr("Cards in %1").arg(c->name));
    scheduleRefresh();
}

void BoardView::applyColumnWidth()
{
    const int n = int(m_columnIds.size());
    if (n == 0)
        return;
    int available = m_scroll->viewport()->width() - 2 * kCanvasMargin;
    // With lanes the cells sit beside the lanes' scroll bar; the headers above line up with them.
    if (m_laneScroll && m_laneScroll->verticalScrollBar()->isVisible())
        available -= m_laneScroll->verticalScrollBar()->width();
    const int width = qMax(kMinColumnWidth, (available - kColumnGap * (n - 1)) / n);
    if (width == m_columnWidth)
        return;
    m_columnWidth = width;
    for (ColumnHeader *h : std::as_const(m_headers))
        h->setFixedWidth(width);
    for (const Lane &lane : std::as_const(m_lanes))
        for (CardListView *v : lane.cells)
            v->setFixedWidth(width);
}

bool BoardView::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::Resize) {
        if (watched == m_scroll->viewport())
            applyColumnWidth();
        else if (m_laneScroll && watched == m_laneScroll->viewport()) {
            applyColumnWidth();
            updateLaneHeights();
        }
    }
    return QWidget::eventFilter(watched, event);
}

void BoardView::scheduleRefresh()
{
    m_refreshTimer->start();
}

void BoardView::refreshNow()
{
    m_refreshTimer->stop();
    refresh();
}

void BoardView::refresh()
{
    // Under a filter the headers count what the cells show, next to the column's total.
    QHash<qint64, std::pair<int, double>> shown;
    for (const Lane &lane : std::as_const(m_lanes)) {
        for (CardListView *v : lane.cells) {
            const int row = m_columnModel->rowOf(v->cardModel()->columnId());
            v->setOverWip(m_columnModel->index(row).data(OverWipRole).toBool());
            auto &[count, points] = shown[v->cardModel()->columnId()];
            count += v->cardModel()->rowCount();
            points += v->cardModel()->totalPoints();
        }
        if (lane.header) {
            int count = 0;
            double points = 0;
            for (CardListView *v : lane.cells) {
                count += v->cardModel()->rowCount();
                points += v->cardModel()->totalPoints();
            }
            lane.header->setCounts(count, points);
        }
    }
    for (ColumnHeader *h : std::as_const(m_headers)) {
        const auto counts = shown.value(h->columnId());
        if (m_filter.isEmpty())
            h->setShownCards(-1, 0);
        else
            h->setShownCards(counts.first, counts.second);
    }
    updateLaneHeights();
    noticeWipLimits(std::exchange(m_cardsArrived, false));
    m_filterBar->setCounts(shownCardCount(), sprintCardCount());
    emit summaryChanged(summary());
}

void BoardView::noticeWipLimits(bool announce)
{
    // The header turns red by itself; a card added or moved over the limit is also said in
    // the status bar, once, when the column goes over (not on every later change).
    QSet<qint64> over;
    for (ColumnHeader *h : std::as_const(m_headers)) {
        if (!h->isOverWip())
            continue;
        over.insert(h->columnId());
        if (announce && !m_overWip.contains(h->columnId()))
            emit statusMessage(tr("%1 is over its WIP limit: %2 of %3 cards")
                                   .arg(h->name())
                                   .arg(h->cardCount())
                                   .arg(h->wipLimit()));
    }
    m_overWip = over;
}

void BoardView::updateLaneHeights()
{
    if (!m_laneScroll)
        return;
    const int rowHeight = m_delegate->rowHeight(font());
    // Small lanes hug their cards; a huge lane scrolls inside instead of stretching the board.
    const int most = qMax(3 * rowHeight, int(m_laneScroll->viewport()->height() * 0.7));
    for (const Lane &lane : std::as_const(m_lanes)) {
        int rows = 0;
        for (CardListView *v : lane.cells)
            rows = qMax(rows, v->cardModel()->rowCount());
        const int height = qBound(qMax(56, rowHeight / 2), rows * rowHeight + 4, most);
        for (CardListView *v : lane.cells)
            v->setFixedHeight(height);
    }
}

int BoardView::shownCardCount() const
{
    int count = 0;
    for (const Lane &lane : m_lanes)
        for (CardListView *v : lane.cells)
            count += v->cardModel()->rowCount();
    return count;
}

int BoardView::sprintCardCount() const
{
    if (!m_sprintId)
        return 0;
    int count = 0;
    for (const Column &c : m_board->columns())
        count += int(m_board->cardsIn(m_sprintId, c.id).size());
    return count;
}

QString BoardView::summary() const
{
    const Sprint *s = m_board->sprint(m_sprintId);
    if (!s)
        return tr("No sprint");
    // An open sprint's numbers now are the cards it holds, which the column model totals as
    // they change (the replay of its history ends in the same state, and tst_sprintnumbers
    // holds the two equal); reading its whole history on every change would cost the first
    // paint and each move more than their budgets allow. A closed sprint shows the numbers of
    // its close, from its frozen report, as every other view does.
    int cards = 0;
    int blocked = 0;
    double total = 0;
    double done = 0;
    for (const Column &c : m_board->columns()) {
        const ColumnModel::Totals t = m_columnModel->totals(c.id);
        cards += t.count;
        total += t.points;
        blocked += t.blocked;
        if (c.done)
            done += t.points;
    }
    if (s->state == Sprint::State::Closed) {
        const auto numbers = m_analytics->numbers(m_sprintId);
        if (!numbers)
            return numbers.error();
        cards = int(numbers->scope.cards);
        total = numbers->scope.points;
        done = numbers->completed.points;
    }
    QString text = tr("%1: %n card(s), %2 of %3 points done", nullptr, cards)
                       .arg(s->name, formatPoints(done), formatPoints(total));
    if (total > 0)
        text += tr(" (%1%)").arg(qRound(100.0 * done / total));
    if (blocked > 0)
        text += u", "_s + tr("%n blocked", nullptr, blocked);
    return text;
}

CardListView *BoardView::cell(qint64 columnId, qint64 laneValue) const
{
    for (const Lane &lane : m_lanes) {
        if (m_laneMode != LaneMode::None && lane.value != laneValue)
            continue;
        for (CardListView *v : lane.cells)
            if (v->cardModel()->columnId() == columnId)
                return v;
    }
    return nullptr;
}

QList<CardListView *> BoardView::cells() const
{
    QList<CardListView *> all;
    for (const Lane &lane : m_lanes)
        all += lane.cells;
    return all;
}

ColumnHeader *BoardView::columnHeader(qint64 columnId) const
{
    for (ColumnHeader *h : m_headers)
        if (h->columnId() == columnId)
            return h;
    return nullptr;
}

LaneHeader *BoardView::laneHeader(qint64 laneValue) const
{
    for (const Lane &lane : m_lanes)
        if (lane.value == laneValue)
            return lane.header;
    return nullptr;
}

BacklogPanel *BoardView::backlogPanel() const
{
    return m_backlog;
}

void BoardView::setBacklogPanel(BacklogPanel *panel)
{
    m_backlog = panel;
}

void BoardView::onFilterChanged(const CardFilter &filter)
{
    m_filter = filter;
    for (CardListView *v : cells()) {
        v->cardModel()->setFilter(filter);
        v->setEmptyText(emptyCellText());
    }
    refreshNow();
}

QString BoardView::emptyCellText() const
{
    // Lanes are many small cells: an empty one says nothing.
    if (m_laneMode != LaneMode::None)
        return QString();
    return m_filter.isEmpty() ? tr("No cards") : tr("No card matches the filter");
}

void BoardView::startQuickAdd(qint64 columnId, qint64 laneValue)
{
    if (!m_sprintId) {
        showError(tr("Create a sprint first, or add the card to the backlog."));
        return;
    }
    if (Status open = m_board->checkSprintMembership(QString(), 0, m_sprintId); !open) {
        showError(open.error());
        return;
    }
    ColumnHeader *header = columnHeader(columnId);
    if (!header)
        return;
    m_quickAddLane.insert(columnId, m_laneMode == LaneMode::None ? -1 : laneValue);
    header->startQuickAdd();
}

void BoardView::startBacklogQuickAdd()
{
    if (m_backlog)
        m_backlog->startQuickAdd();
}

void BoardView::addQuickCard(qint64 columnId, const QString &title)
{
    Card draft;
    draft.title = title;
    draft.sprintId = m_sprintId;
    draft.columnId = columnId;
    const qint64 lane = m_quickAddLane.value(columnId, -1);
    if (lane >= 0 && m_laneMode == LaneMode::Priority)
        draft.priority = Priority(lane);
    else if (lane >= 0 && m_laneMode == LaneMode::Assignee)
        draft.assigneeId = lane;
    // Quick-added cards join the end of the column, in the order they are typed.
    const QList<qint64> &list = m_board->cardsIn(m_sprintId, columnId);
    draft.rank = list.isEmpty() ? 1024.0 : m_board->card(list.last())->rank + 1024.0;
    auto id = m_board->addCard(draft);
    if (!id) {
        showError(id.error());
        return;
    }
    const Card *card = m_board->card(*id);
    qint64 laneOfCard = 0;
    if (m_laneMode == LaneMode::Priority)
        laneOfCard = int(card->priority);
    else if (m_laneMode == LaneMode::Assignee)
        laneOfCard = card->assigneeId;
    if (CardListView *v = cell(columnId, laneOfCard))
        v->selectCards({*id});
    emit statusMessage(tr("Added %1").arg(card->key));
}

void BoardView::navigate(CardListView *from, int key)
{
    int laneIndex = -1;
    int columnIndex = -1;
    for (int l = 0; l < m_lanes.size(); ++l) {
        const int c = int(m_lanes.at(l).cells.indexOf(from));
        if (c >= 0) {
            laneIndex = l;
            columnIndex = c;
        }
    }
    if (laneIndex < 0)
        return;
    const int globalY =
        from->currentIndex().isValid()
            ? from->viewport()->mapToGlobal(from->visualRect(from->currentIndex()).center()).y()
            : from->viewport()->mapToGlobal(QPoint(0, 0)).y();
    auto usable = [](CardListView *v) { return v->isVisible() && v->cardModel()->rowCount() > 0; };
    CardListView *target = nullptr;
    int row = 0;
    if (key == Qt::Key_Left || key == Qt::Key_Right) {
        const int step = key == Qt::Key_Left ? -1 : 1;
        const QList<CardListView *> &lane = m_lanes.at(laneIndex).cells;
        for (int c = columnIndex + step; c >= 0 && c < lane.size(); c += step) {
            if (usable(lane.at(c))) {
                target = lane.at(c);
                break;
            }
        }
        if (!target)
            return;
        // Keep the eye on the same height: the card beside the current one.
        const QPoint local = target->viewport()->mapFromGlobal(QPoint(0, globalY));
        const QModelIndex at = target->indexAt(QPoint(target->viewport()->width() / 2, local.y()));
        row = at.isValid() ? at.row() : (local.y() < 0 ? 0 : target->cardModel()->rowCount() - 1);
    } else {
        const int step = key == Qt::Key_Up ? -1 : 1;
        for (int l = laneIndex + step; l >= 0 && l < m_lanes.size(); l += step) {
            CardListView *v = m_lanes.at(l).cells.value(columnIndex);
            if (v && usable(v)) {
                target = v;
                break;
            }
        }
        if (!target)
            return;
        row = step < 0 ? target->cardModel()->rowCount() - 1 : 0;
    }
    const QModelIndex index = target->cardModel()->index(row);
    target->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect);
    target->scrollTo(index);
    target->setFocus(Qt::OtherFocusReason);
    if (m_laneScroll)
        m_laneScroll->ensureWidgetVisible(target, 0, 40);
}

void BoardView::focusBoard()
{
    if (CardListView *v = m_actions->activeView(); v && v->isVisible() && cells().contains(v)) {
        v->setFocus(Qt::OtherFocusReason);
        return;
    }
    for (CardListView *v : cells()) {
        if (v->isVisible() && v->cardModel()->rowCount() > 0) {
            v->setFocus(Qt::OtherFocusReason);
            if (!v->currentIndex().isValid())
                v->selectionModel()->setCurrentIndex(v->cardModel()->index(0),
                                                     QItemSelectionModel::NoUpdate);
            return;
        }
    }
}

void BoardView::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (!m_focusedOnce) {
        m_focusedOnce = true;
        // Keyboard users land on a card, not in the first combo box.
        QTimer::singleShot(0, this, &BoardView::focusBoard);
        // The quick filter's search text is built in idle time, a few milliseconds at a time,
        // so that the first key typed into the filter does not build it for the whole board.
        auto *prepare = new QTimer(this);
        prepare->setInterval(0);
        connect(prepare, &QTimer::timeout, this, [this, prepare] {
            if (!m_board->prepareSearchText(2000))
                prepare->deleteLater();
        });
        QTimer::singleShot(100, prepare, qOverload<>(&QTimer::start));
    }
}

void BoardView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::FontChange) {
        m_addColumn->setIcon(BoardStyle::plusIcon(palette()));
        QPalette dim = m_sprintInfo->palette();
        dim.setColor(QPalette::WindowText,
                     BoardStyle::mix(palette().color(QPalette::WindowText),
                                     palette().color(QPalette::Window), 0.35));
        m_sprintInfo->setPalette(dim);
        scheduleRefresh();
    }
    QWidget::changeEvent(event);
}

void BoardView::showError(const QString &message)
{
    SprintDeck::showError(this, tr("Change Not Made"), message);
}

} // namespace SprintDeck
