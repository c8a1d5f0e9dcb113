#include "ui/board/cardlistview.h"
#include "ui/common/boardstyle.h"
#include "ui/common/typingguard.h"

#include "core/models/cardlistmodel.h"

#include <QDrag>
#include <QDragMoveEvent>
#include <QKeyEvent>
#include <QMimeData>
#include <QPainter>
#include <QPainterPath>
#include <QScrollBar>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace SprintDeck {

namespace {
constexpr qreal kPanelRadius = 8;
} // namespace

CardListView::CardListView(QWidget *parent)
    : QListView(parent)
{
    setUniformItemSizes(true);
    setSelectionMode(ExtendedSelection);
    setSelectionBehavior(SelectRows);
    setDragDropMode(DragDrop);
    setDefaultDropAction(Qt::MoveAction);
    setDragEnabled(true);
    setAcceptDrops(true);
    setDropIndicatorShown(false); // the view paints its own line between cards
    setEditTriggers(NoEditTriggers);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setVerticalScrollMode(ScrollPerPixel);
    setFrameShape(NoFrame);
    setFocusPolicy(Qt::StrongFocus);
    TypingGuard::instance(); // watches typing from now on, before any dialog opens
    setContextMenuPolicy(Qt::CustomContextMenu);
    setMouseTracking(true);
    setAutoScroll(true);
    setAutoScrollMargin(48);
    viewport()->setAttribute(Qt::WA_Hover);
    viewport()->setAutoFillBackground(false);
    // paintEvent() covers every pixel: what lies beneath is not painted first.
    viewport()->setAttribute(Qt::WA_OpaquePaintEvent);
    verticalScrollBar()->setSingleStep(24);
    // A slim rail instead of the platform's wide scroll bar keeps columns calm.
    verticalScrollBar()->setStyleSheet(
        u"QScrollBar:vertical { width: 10px; background: transparent; margin: 2px 1px 2px 1px; }"
        "QScrollBar::handle:vertical { background: palette(mid); border-radius: 4px; min-height: "
        "28px; }"
        "QScrollBar::handle:vertical:hover { background: palette(dark); }"
        "QScrollBar::add-line:vertical, QScrollBar::sub-line:vertical { height: 0; }"
        "QScrollBar::add-page:vertical, QScrollBar::sub-page:vertical { background: transparent; }"_s);
}

void CardListView::setCardModel(CardListModel *model)
{
    m_model = model;
    setModel(model);
    connect(model, &QAbstractItemModel::modelReset, viewport(), qOverload<>(&QWidget::update));
    connect(model, &QAbstractItemModel::rowsRemoved, viewport(), qOverload<>(&QWidget::update));
    connect(model, &QAbstractItemModel::rowsInserted, viewport(), qOverload<>(&QWidget::update));
}

QList<qint64> CardListView::selectedCardIds() const
{
    QList<qint64> ids;
    if (!m_model || !selectionModel())
        return ids;
    QModelIndexList rows = selectionModel()->selectedRows();
    std::sort(rows.begin(), rows.end(),
              [](const QModelIndex &a, const QModelIndex &b) { return a.row() < b.row(); });
    for (const QModelIndex &i : std::as_const(rows))
        ids.append(m_model->cardId(i.row()));
    if (ids.isEmpty() && currentIndex().isValid())
        ids.append(m_model->cardId(currentIndex().row()));
    return ids;
}

qint64 CardListView::currentCardId() const
{
    return m_model && currentIndex().isValid() ? m_model->cardId(currentIndex().row()) : 0;
}

bool CardListView::selectCards(const QList<qint64> &ids)
{
    if (!m_model)
        return false;
    QItemSelection selection;
    QModelIndex first;
    for (qint64 id : ids) {
        const int row = m_model->rowOf(id);
        if (row < 0)
            continue;
        const QModelIndex index = m_model->index(row);
        selection.select(index, index);
        if (!first.isValid() || row < first.row())
            first = index;
    }
    if (!first.isValid())
        return false;
    selectionModel()->setCurrentIndex(first, QItemSelectionModel::NoUpdate);
    selectionModel()->select(selection, QItemSelectionModel::ClearAndSelect);
    scrollTo(first);
    return true;
}

void CardListView::setEmptyText(const QString &text)
{
    m_emptyText = text;
    viewport()->update();
}

void CardListView::setOverWip(bool over)
{
    if (m_overWip == over)
        return;
    m_overWip = over;
    viewport()->update();
}

void CardListView::setRoundedTop(bool rounded)
{
    m_roundedTop = rounded;
    viewport()->update();
}

int CardListView::dropRowAt(const QPoint &pos) const
{
    const int count = m_model ? m_model->rowCount() : 0;
    if (count == 0)
        return 0;
    const QModelIndex index = indexAt(pos);
    if (!index.isValid()) {
        const QRect first = visualRect(m_model->index(0));
        return pos.y() < first.top() ? 0 : count;
    }
    const QRect r = visualRect(index);
    return pos.y() < r.center().y() ? index.row() : index.row() + 1;
}

void CardListView::keyPressEvent(QKeyEvent *event)
{
    const Qt::KeyboardModifiers mods = event->modifiers() & ~Qt::KeypadModifier;
    const int count = m_model ? m_model->rowCount() : 0;
    const int row = currentIndex().isValid() ? currentIndex().row() : -1;
    switch (event->key()) {
    case Qt::Key_Left:
    case Qt::Key_Right:
        if (mods == Qt::NoModifier) {
            emit navigateRequested(this, event->key());
            event->accept();
            return;
        }
        break;
    case Qt::Key_Up:
        if (mods == Qt::NoModifier && row <= 0) {
            emit navigateRequested(this, event->key());
            event->accept();
            return;
        }
        break;
    case Qt::Key_Down:
        if (mods == Qt::NoModifier && row >= count - 1) {
            emit navigateRequested(this, event->key());
            event->accept();
            return;
        }
        break;
    case Qt::Key_Return:
    case Qt::Key_Enter:
        if (mods == Qt::NoModifier && row >= 0) {
            emit editRequested(this, currentCardId());
            event->accept();
            return;
        }
        break;
    case Qt::Key_N:
        if (mods == Qt::NoModifier) {
            // A letter typed on from a field or a dialog just closed is not a command.
            if (TypingGuard::letterShortcutAllowed())
                emit quickAddRequested(this);
            event->accept();
            return;
        }
        break;
    default:
        break;
    }
    QListView::keyPressEvent(event);
}

void CardListView::focusInEvent(QFocusEvent *event)
{
    QListView::focusInEvent(event);
    emit focused(this);
}

void CardListView::mouseDoubleClickEvent(QMouseEvent *event)
{
    const QModelIndex index = indexAt(event->position().toPoint());
    if (index.isValid() && m_model) {
        emit editRequested(this, m_model->cardId(index.row()));
        event->accept();
        return;
    }
    QListView::mouseDoubleClickEvent(event);
}

void CardListView::paintEvent(QPaintEvent *event)
{
    {
        QPainter p(viewport());
        const QPalette &pal = palette();
        QColor canvas = BoardStyle::canvasBackground(pal);
        canvas.setAlpha(255); // the viewport paints opaquely
        p.fillRect(viewport()->rect(), canvas);
        QColor panel = BoardStyle::columnBackground(pal);
        if (m_overWip)
            panel = BoardStyle::mix(panel, BoardStyle::danger(pal), 0.07);
        p.setRenderHint(QPainter::Antialiasing);
        QRectF r = viewport()->rect();
        if (!m_roundedTop)
            r.adjust(0, -2 * kPanelRadius, 0, 0);
        p.setPen(Qt::NoPen);
        p.setBrush(panel);
        p.drawRoundedRect(r, kPanelRadius, kPanelRadius);
        if (m_model && m_model->rowCount() == 0 && !m_emptyText.isEmpty()) {
            p.setPen(BoardStyle::secondaryText(pal));
            p.drawText(viewport()->rect().adjusted(12, 18, -12, -12),
                       Qt::AlignHCenter | Qt::AlignTop | Qt::TextWordWrap, m_emptyText);
        }
    }
    QListView::paintEvent(event);
    if (m_dropRow < 0 || !m_model)
        return;
    QPainter p(viewport());
    p.setRenderHint(QPainter::Antialiasing);
    const int count = m_model->rowCount();
    qreal y = 6;
    if (count > 0) {
        y = m_dropRow < count ? visualRect(m_model->index(m_dropRow)).top()
                              : visualRect(m_model->index(count - 1)).bottom() + 1;
    }
    const QColor accent = palette().color(QPalette::Highlight);
    const qreal left = 8;
    const qreal right = viewport()->width() - 8;
    p.setPen(Qt::NoPen);
    p.setBrush(accent);
    p.drawRoundedRect(QRectF(left, y - 1.5, right - left, 3), 1.5, 1.5);
    p.setPen(QPen(accent, 2));
    p.setBrush(palette().color(QPalette::Base));
    p.drawEllipse(QPointF(left, y), 4, 4);
}

void CardListView::scrollContentsBy(int dx, int dy)
{
    QListView::scrollContentsBy(dx, dy);
    // The panel's rounded corners and the drop line do not scroll with the cards.
    viewport()->update();
}

QPixmap CardListView::dragPixmap(const QModelIndexList &rows, QPoint *hotSpot)
{
    const QRect first = visualRect(rows.first());
    const int stack = rows.size() > 1 ? 6 : 0;
    const qreal dpr = devicePixelRatioF();
    QPixmap pm(QSize(first.width() + stack, first.height() + stack) * dpr);
    pm.setDevicePixelRatio(dpr);
    pm.fill(Qt::transparent);
    QPainter p(&pm);
    p.setRenderHint(QPainter::Antialiasing);
    QStyleOptionViewItem option;
    initViewItemOption(&option);
    option.state &= ~(QStyle::State_Selected | QStyle::State_HasFocus | QStyle::State_MouseOver);
    if (stack) {
        // A second card peeking out from behind says "more than one".
        option.rect = QRect(QPoint(stack, stack), first.size());
        itemDelegateForIndex(rows.at(1))->paint(&p, option, rows.at(1));
    }
    option.rect = QRect(QPoint(0, 0), first.size());
    itemDelegateForIndex(rows.first())->paint(&p, option, rows.first());
    if (rows.size() > 1) {
        const QString count = QString::number(rows.size());
        QFont f = font();
        f.setBold(true);
        p.setFont(f);
        const int d = QFontMetrics(f).height() + 6;
        const QRectF badge(first.width() - d - 2, 0,
                           qMax(d, QFontMetrics(f).horizontalAdvance(count) + 10), d);
        p.setPen(Qt::NoPen);
        p.setBrush(palette().color(QPalette::Highlight));
        p.drawRoundedRect(badge, d / 2.0, d / 2.0);
        p.setPen(palette().color(QPalette::HighlightedText));
        p.drawText(badge, Qt::AlignCenter, count);
    }
    p.end();
    QPoint spot = viewport()->mapFromGlobal(QCursor::pos()) - first.topLeft();
    if (!QRect(QPoint(0, 0), first.size()).contains(spot))
        spot = QPoint(first.width() / 2, first.height() / 2);
    *hotSpot = spot;
    return pm;
}

void CardListView::startDrag(Qt::DropActions)
{
    if (!m_model)
        return;
    QModelIndexList rows = selectionModel()->selectedRows();
    if (rows.isEmpty())
        return;
    std::sort(rows.begin(), rows.end(),
              [](const QModelIndex &a, const QModelIndex &b) { return a.row() < b.row(); });
    QMimeData *mime = m_model->mimeData(rows);
    if (!mime)
        return;
    auto *drag = new QDrag(this);
    drag->setMimeData(mime);
    QPoint hotSpot;
    drag->setPixmap(dragPixmap(rows, &hotSpot));
    drag->setHotSpot(hotSpot);
    // The target moves the cards through the Board; the source removes nothing itself.
    drag->exec(Qt::MoveAction, Qt::MoveAction);
}

void CardListView::setDropRow(int row)
{
    if (m_dropRow == row)
        return;
    m_dropRow = row;
    viewport()->update();
}

void CardListView::dragEnterEvent(QDragEnterEvent *event)
{
    if (!m_model || !m_model->canDropMimeData(event->mimeData(), Qt::MoveAction, -1, -1, {})) {
        event->ignore();
        return;
    }
    QListView::dragEnterEvent(event);
    event->setDropAction(Qt::MoveAction);
    event->accept();
    setDropRow(dropRowAt(event->position().toPoint()));
}

void CardListView::dragMoveEvent(QDragMoveEvent *event)
{
    if (!m_model || !m_model->canDropMimeData(event->mimeData(), Qt::MoveAction, -1, -1, {})) {
        setDropRow(-1);
        event->ignore();
        return;
    }
    // The base class scrolls near the edges; the drop line is ours.
    QListView::dragMoveEvent(event);
    event->setDropAction(Qt::MoveAction);
    event->accept();
    setDropRow(dropRowAt(event->position().toPoint()));
}

void CardListView::dragLeaveEvent(QDragLeaveEvent *event)
{
    QListView::dragLeaveEvent(event);
    setDropRow(-1);
}

void CardListView::dropEvent(QDropEvent *event)
{
    const int dropRow = m_dropRow >= 0 ? m_dropRow : dropRowAt(event->position().toPoint());
    setDropRow(-1);
    stopAutoScroll();
    setState(NoState);
    if (!m_model || !m_model->canDropMimeData(event->mimeData(), Qt::MoveAction, -1, -1, {})) {
        event->ignore();
        return;
    }
    const QList<qint64> ids = CardListModel::idsFromMime(event->mimeData());
    event->setDropAction(Qt::MoveAction);
    event->accept();
    if (ids.isEmpty())
        return;
    // Insert before the first card at the drop line that is not itself moving.
    const QList<qint64> &rows = m_model->cardIds();
    int row = dropRow;
    while (row < rows.size() && ids.contains(rows.at(row)))
        ++row;
    // Dropping a block of cards where it already is changes nothing: no undo step.
    QList<qint64> result = rows;
    result.removeIf([&](qint64 id) { return ids.contains(id); });
    int at = row < rows.size() ? int(result.indexOf(rows.at(row))) : int(result.size());
    QList<qint64> moving;
    for (qint64 id : rows)
        if (ids.contains(id))
            moving.append(id);
    if (moving.size() == ids.size()) {
        for (int i = 0; i < moving.size(); ++i)
            result.insert(at + i, moving.at(i));
        if (result == rows) {
            emit cardsDropped(this, ids);
            return;
        }
    }
    if (m_model->dropCards(ids, row < rows.size() ? row : -1))
        emit cardsDropped(this, ids);
}

bool CardListView::viewportEvent(QEvent *event)
{
    if (event->type() == QEvent::Leave || event->type() == QEvent::HoverLeave)
        viewport()->update();
    return QListView::viewportEvent(event);
}

} // namespace SprintDeck
