#include "ui/board/columnheader.h"
#include "ui/common/boardstyle.h"
#include "ui/common/typingguard.h"

#include "core/board/board.h"
#include "core/models/columnmodel.h"

#include <QAction>
#include <QContextMenuEvent>
#include <QInputDialog>
#include <QKeyEvent>
#include <QLineEdit>
#include <QMenu>
#include <QPainter>
#include <QPainterPath>
#include <QStyle>
#include <QStyleOptionFocusRect>
#include <QToolButton>
#include <QUndoStack>

using namespace Qt::StringLiterals;

namespace SprintDeck {

namespace {
constexpr int kPadX = 12;
constexpr int kPadTop = 10;
constexpr int kPadBottom = 10;
constexpr int kGap = 3;
constexpr int kButton = 26;
constexpr qreal kRadius = 8;

QFont titleFont(const QFont &base)
{
    QFont f = base;
    f.setBold(true);
    if (base.pointSizeF() > 0)
        f.setPointSizeF(base.pointSizeF() * 1.06);
    return f;
}

QFont smallFont(const QFont &base)
{
    QFont f = base;
    if (base.pointSizeF() > 0)
        f.setPointSizeF(base.pointSizeF() * 0.88);
    return f;
}
} // namespace

ColumnHeader::ColumnHeader(Board *board, ColumnModel *model, qint64 columnId, QWidget *parent)
    : QWidget(parent)
    , m_board(board)
    , m_model(model)
    , m_columnId(columnId)
    , m_addButton(new QToolButton(this))
    , m_menuButton(new QToolButton(this))
    , m_renameEdit(new QLineEdit(this))
    , m_quickAdd(new QLineEdit(this))
{
    setObjectName(u"columnHeader"_s);
    setFocusPolicy(Qt::TabFocus);
    setAttribute(Qt::WA_Hover);
    setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Preferred);

    m_addButton->setAutoRaise(true);
    m_addButton->setIcon(BoardStyle::plusIcon(palette()));
    m_addButton->setFixedSize(kButton, kButton);
    m_menuButton->setAutoRaise(true);
    m_menuButton->setIcon(BoardStyle::moreIcon(palette()));
    m_menuButton->setFixedSize(kButton, kButton);
    connect(m_addButton, &QToolButton::clicked, this, &ColumnHeader::startQuickAdd);
    connect(m_menuButton, &QToolButton::clicked, this,
            [this] { showMenu(m_menuButton->mapToGlobal(QPoint(0, m_menuButton->height()))); });

    m_renameEdit->hide();
    m_renameEdit->installEventFilter(this);
    connect(m_renameEdit, &QLineEdit::returnPressed, this, [this] { finishRename(true); });
    connect(m_renameEdit, &QLineEdit::editingFinished, this, [this] {
        if (m_renameEdit->isVisible())
            finishRename(true);
    });

    m_quickAdd->hide();
    m_quickAdd->setObjectName(u"quickAdd"_s);
    m_quickAdd->setPlaceholderText(tr("Card title, Enter to add"));
    m_quickAdd->installEventFilter(this);
    connect(m_quickAdd, &QLineEdit::returnPressed, this, [this] {
        const QString title = m_quickAdd->text().trimmed();
        if (title.isEmpty())
            return;
        m_quickAdd->clear();
        emit quickAddSubmitted(m_columnId, title);
    });

    // A move changes two columns: the other headers keep their paint.
    connect(model, &QAbstractItemModel::dataChanged, this,
            [this](const QModelIndex &first, const QModelIndex &last) {
                const int r = row();
                if (r < 0 || (first.row() <= r && r <= last.row()))
                    refresh();
            });
    connect(model, &QAbstractItemModel::modelReset, this, &ColumnHeader::refresh);
    refresh();
}

int ColumnHeader::row() const
{
    return m_model->rowOf(m_columnId);
}

QString ColumnHeader::name() const
{
    return m_model->index(row()).data(ColumnNameRole).toString();
}

int ColumnHeader::cardCount() const
{
    return m_model->index(row()).data(CardCountRole).toInt();
}

double ColumnHeader::points() const
{
    return m_model->index(row()).data(ColumnPointsRole).toDouble();
}

int ColumnHeader::wipLimit() const
{
    return m_model->index(row()).data(WipLimitRole).toInt();
}

bool ColumnHeader::isOverWip() const
{
    return m_model->index(row()).data(OverWipRole).toBool();
}

bool ColumnHeader::isDone() const
{
    return m_model->index(row()).data(ColumnDoneRole).toBool();
}

QString ColumnHeader::wipText() const
{
    const int limit = wipLimit();
    return limit > 0 ? u"%1/%2"_s.arg(cardCount()).arg(limit) : QString();
}

void ColumnHeader::setShownCards(int count, double points)
{
    if (count == m_shownCount && points == m_shownPoints)
        return;
    m_shownCount = count;
    m_shownPoints = points;
    refresh();
}

QString ColumnHeader::countText() const
{
    if (m_shownCount < 0)
        return QString::number(cardCount());
    return tr("%1 of %2").arg(m_shownCount).arg(cardCount());
}

void ColumnHeader::setStandalone(bool standalone)
{
    m_standalone = standalone;
    update();
}

void ColumnHeader::refresh()
{
    if (row() < 0)
        return;
    const QString n = name();
    const int count = cardCount();
    QString description = tr("%n card(s), %1", nullptr, count).arg(formatPointsWithUnit(points()));
    if (m_shownCount >= 0)
        description += u", "_s + tr("%n shown by the filter", nullptr, m_shownCount);
    if (wipLimit() > 0) {
        description += u", "_s + tr("WIP limit %1").arg(wipLimit());
        if (isOverWip())
            description += u", "_s + tr("limit exceeded");
    }
    if (isDone())
        description += u", "_s + tr("done column");
    setAccessibleName(tr("Column %1").arg(n));
    setAccessibleDescription(description);
    setToolTip(u"<b>%1</b><br>%2"_s.arg(n.toHtmlEscaped(), description.toHtmlEscaped()));
    m_addButton->setToolTip(tr("Add a card to %1 (N)").arg(n));
    m_addButton->setAccessibleName(tr("Add card to %1").arg(n));
    m_menuButton->setToolTip(tr("Column actions"));
    m_menuButton->setAccessibleName(tr("Actions for column %1").arg(n));
    m_quickAdd->setAccessibleName(tr("New card title in %1").arg(n));
    update();
    emit stateChanged(m_columnId);
}

int ColumnHeader::titleHeight() const
{
    return qMax(kButton, QFontMetrics(titleFont(font())).height() + 4);
}

int ColumnHeader::statsTop() const
{
    return kPadTop + titleHeight() + kGap;
}

QSize ColumnHeader::sizeHint() const
{
    int h = statsTop() + QFontMetrics(smallFont(font())).height() + kPadBottom;
    if (m_quickAdd->isVisible())
        h += m_quickAdd->sizeHint().height() + 8;
    return {240, h};
}

QSize ColumnHeader::minimumSizeHint() const
{
    return {160, sizeHint().height()};
}

void ColumnHeader::resizeEvent(QResizeEvent *)
{
    layoutChildren();
}

void ColumnHeader::layoutChildren()
{
    const int right = width() - kPadX + 4;
    m_menuButton->move(right - kButton, kPadTop);
    m_addButton->move(right - 2 * kButton - 2, kPadTop);
    m_renameEdit->setGeometry(kPadX - 4, kPadTop, m_addButton->x() - kPadX, titleHeight());
    if (m_quickAdd->isVisible()) {
        const int top = statsTop() + QFontMetrics(smallFont(font())).height() + 8;
        m_quickAdd->setGeometry(kPadX - 4, top, width() - 2 * kPadX + 8,
                                m_quickAdd->sizeHint().height());
    }
}

void ColumnHeader::paintEvent(QPaintEvent *)
{
    if (row() < 0)
        return;
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const QPalette &pal = palette();
    const bool over = isOverWip();
    const QColor dangerColor = BoardStyle::danger(pal);
    QColor panel = BoardStyle::columnBackground(pal);
    if (over)
        panel = BoardStyle::mix(panel, dangerColor, 0.14);

    QRectF r = rect();
    if (!m_standalone)
        r.adjust(0, 0, 0, 2 * kRadius); // square bottom: the column's list continues below
    QPainterPath shape;
    shape.addRoundedRect(r, kRadius, kRadius);
    p.setClipRect(rect());
    p.fillPath(shape, panel);

    // A coloured cap marks done columns and exceeded limits at a glance.
    QColor cap;
    if (over)
        cap = dangerColor;
    else if (isDone())
        cap = BoardStyle::success(pal);
    if (cap.isValid()) {
        p.save();
        p.setClipPath(shape);
        p.fillRect(QRectF(0, 0, width(), 3), cap);
        p.restore();
    }
    if (over) {
        p.setPen(QPen(BoardStyle::mix(dangerColor, panel, 0.3), 1.2));
        p.setBrush(Qt::NoBrush);
        p.drawPath(shape);
    }

    const QColor text = pal.color(QPalette::WindowText);
    const QColor secondary = BoardStyle::mix(text, panel, 0.4);

    // Title line: name and card count.
    const QFont tf = titleFont(font());
    const QFontMetrics tfm(tf);
    const QFont sf = smallFont(font());
    const QFontMetrics sfm(sf);
    const QString countText = this->countText();
    const int pillW = qMax(sfm.height() + 6, sfm.horizontalAdvance(countText) + 14);
    const int nameRight = m_addButton->x() - 6 - pillW - 6;
    const int titleH = titleHeight();
    if (!m_renameEdit->isVisible()) {
        const QString n = tfm.elidedText(name(), Qt::ElideRight, qMax(0, nameRight - kPadX));
        p.setFont(tf);
        p.setPen(text);
        const QRect nameRect(kPadX, kPadTop, tfm.horizontalAdvance(n) + 1, titleH);
        p.drawText(nameRect, Qt::AlignLeft | Qt::AlignVCenter, n);
        const QRectF pill(nameRect.right() + 7, kPadTop + (titleH - sfm.height() - 4) / 2.0, pillW,
                          sfm.height() + 4);
        p.setPen(Qt::NoPen);
        p.setBrush(BoardStyle::mix(panel, text, 0.1));
        p.drawRoundedRect(pill, pill.height() / 2, pill.height() / 2);
        p.setFont(sf);
        p.setPen(text);
        p.drawText(pill, Qt::AlignCenter, countText);
    }

    // Stats line: points, WIP limit, done.
    const int y = statsTop();
    const int lineH = sfm.height();
    int x = kPadX;
    p.setFont(sf);
    const QString pts =
        tr("%1 pts").arg(formatPoints(m_shownCount >= 0 ? m_shownPoints : points()));
    p.setPen(secondary);
    p.drawText(QRect(x, y, sfm.horizontalAdvance(pts) + 1, lineH), Qt::AlignLeft | Qt::AlignVCenter,
               pts);
    x += sfm.horizontalAdvance(pts) + 10;
    if (wipLimit() > 0) {
        const QString wip = tr("WIP %1").arg(wipText());
        QFont bf = sf;
        bf.setBold(over);
        const QFontMetrics bfm(bf);
        const QRectF pill(x, y - 1, bfm.horizontalAdvance(wip) + 12, lineH + 2);
        p.setFont(bf);
        if (over) {
            p.setPen(Qt::NoPen);
            p.setBrush(dangerColor);
            p.drawRoundedRect(pill, 4, 4);
            p.setPen(BoardStyle::isDark(pal) ? QColor(0x20, 0x10, 0x10) : QColor(Qt::white));
        } else {
            p.setPen(QPen(BoardStyle::mix(secondary, panel, 0.4), 1));
            p.setBrush(Qt::NoBrush);
            p.drawRoundedRect(pill.adjusted(0.5, 0.5, -0.5, -0.5), 4, 4);
            p.setPen(secondary);
        }
        p.drawText(pill, Qt::AlignCenter, wip);
        x += int(pill.width()) + 8;
    }
    if (isDone()) {
        const QString doneText = tr("\u2713 Done");
        p.setFont(sf);
        p.setPen(BoardStyle::success(pal));
        p.drawText(QRect(x, y, sfm.horizontalAdvance(doneText) + 1, lineH),
                   Qt::AlignLeft | Qt::AlignVCenter, doneText);
    }

    if (hasFocus()) {
        p.setClipping(false);
        p.setPen(QPen(pal.color(QPalette::Highlight), 2));
        p.setBrush(Qt::NoBrush);
        p.drawRoundedRect(QRectF(rect()).adjusted(1, 1, -1, m_standalone ? -1 : 0), kRadius,
                          kRadius);
    }
}

void ColumnHeader::mouseDoubleClickEvent(QMouseEvent *)
{
    startRename();
}

void ColumnHeader::contextMenuEvent(QContextMenuEvent *event)
{
    showMenu(event->globalPos());
}

void ColumnHeader::keyPressEvent(QKeyEvent *event)
{
    switch (event->key()) {
    case Qt::Key_F2:
        startRename();
        return;
    case Qt::Key_N:
        if (TypingGuard::letterShortcutAllowed())
            startQuickAdd();
        return;
    case Qt::Key_Menu:
        showMenu(mapToGlobal(QPoint(kPadX, height())));
        return;
    default:
        QWidget::keyPressEvent(event);
    }
}

bool ColumnHeader::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::KeyPress &&
        static_cast<QKeyEvent *>(event)->key() == Qt::Key_Escape) {
        if (watched == m_renameEdit) {
            finishRename(false);
            return true;
        }
        if (watched == m_quickAdd) {
            m_quickAdd->clear();
            m_quickAdd->hide();
            updateGeometry();
            emit quickAddFinished(m_columnId);
            return true;
        }
    }
    if (watched == m_quickAdd && event->type() == QEvent::FocusOut &&
        m_quickAdd->text().trimmed().isEmpty()) {
        m_quickAdd->hide();
        updateGeometry();
    }
    return QWidget::eventFilter(watched, event);
}

void ColumnHeader::startRename()
{
    m_renameEdit->setText(name());
    m_renameEdit->selectAll();
    m_renameEdit->setAccessibleName(tr("Column name"));
    layoutChildren();
    m_renameEdit->show();
    m_renameEdit->setFocus(Qt::OtherFocusReason);
    update();
}

void ColumnHeader::finishRename(bool commit)
{
    if (!m_renameEdit->isVisible())
        return;
    // Hidden first: an error dialog takes the focus, which must not commit a second time.
    m_renameEdit->hide();
    setFocus(Qt::OtherFocusReason);
    update();
    const QString newName = m_renameEdit->text().trimmed();
    if (!commit || newName == name() || !m_board)
        return;
    if (const Column *c = m_board->column(m_columnId)) {
        Column edited = *c;
        edited.name = newName;
        if (Status s = m_board->updateColumn(edited); !s)
            emit failed(s.error());
    }
}

void ColumnHeader::startQuickAdd()
{
    m_quickAdd->show();
    updateGeometry();
    layoutChildren();
    m_quickAdd->setFocus(Qt::OtherFocusReason);
}

void ColumnHeader::setWipLimit()
{
    if (!m_board || !m_board->column(m_columnId))
        return;
    bool ok = false;
    QPointer<ColumnHeader> self(this);
    const int limit = QInputDialog::getInt(
        this, tr("WIP Limit"), tr("Most cards allowed in %1 (0 for no limit):").arg(name()),
        wipLimit(), 0, 999, 1, &ok);
    if (!ok || !self || !m_board || !m_board->column(m_columnId))
        return;
    Column edited = *m_board->column(m_columnId);
    edited.wipLimit = limit;
    if (Status s = m_board->updateColumn(edited); !s)
        emit failed(s.error());
}

void ColumnHeader::addColumnAfter()
{
    if (!m_board)
        return;
    bool ok = false;
    QPointer<ColumnHeader> self(this);
    const QString newName = QInputDialog::getText(
        this, tr("Add Column"), tr("Name of the new column:"), QLineEdit::Normal, QString(), &ok);
    if (!ok || !self || !m_board || newName.trimmed().isEmpty())
        return;
    const int at = row() + 1;
    QUndoStack *stack = m_board->undoStack();
    stack->beginMacro(tr("Add column %1").arg(newName.trimmed()));
    auto added = m_board->addColumn(newName);
    Status s = added ? m_board->moveColumn(*added, at) : Status::failure(added.error());
    stack->endMacro();
    if (!s) {
        // A failed half is undone so the macro leaves nothing behind.
        if (added && stack->canUndo())
            stack->undo();
        emit failed(s.error());
    }
}

void ColumnHeader::showMenu(const QPoint &globalPos)
{
    if (!m_board)
        return;
    // popup(), not exec(): an action may rebuild the board and delete this header.
    auto *menu = new QMenu(this);
    menu->setAttribute(Qt::WA_DeleteOnClose);
    QPointer<Board> board = m_board;
    const qint64 id = m_columnId;
    menu->addAction(tr("Rename\u2026"), this, &ColumnHeader::startRename)
        ->setShortcut(QKeySequence(Qt::Key_F2));
    menu->addAction(tr("Set WIP Limit\u2026"), this, &ColumnHeader::setWipLimit);
    QAction *done = menu->addAction(tr("Done Column"));
    done->setCheckable(true);
    done->setChecked(isDone());
    done->setToolTip(tr("Cards in a done column count as completed in charts"));
    connect(done, &QAction::toggled, this, [this, board, id](bool on) {
        if (!board || !board->column(id))
            return;
        Column edited = *board->column(id);
        edited.done = on;
        if (Status s = board->updateColumn(edited); !s)
            emit failed(s.error());
    });
    menu->addSeparator();
    const int index = row();
    const int columns = int(m_board->columns().size());
    QAction *left = menu->addAction(tr("Move Left"), this, [this, board, id, index] {
        if (Status s = board->moveColumn(id, index - 1); !s)
            emit failed(s.error());
    });
    left->setEnabled(index > 0);
    QAction *right = menu->addAction(tr("Move Right"), this, [this, board, id, index] {
        if (Status s = board->moveColumn(id, index + 1); !s)
            emit failed(s.error());
    });
    right->setEnabled(index + 1 < columns);
    menu->addSeparator();
    menu->addAction(tr("Add Column\u2026"), this, &ColumnHeader::addColumnAfter);
    QAction *remove = menu->addAction(tr("Remove Column"), this, [this, board, id] {
        if (Status s = board->removeColumn(id); !s)
            emit failed(s.error());
    });
    remove->setEnabled(columns > 1);
    remove->setToolTip(tr("Its cards move to the column on its left"));
    menu->popup(globalPos);
}

} // namespace SprintDeck
