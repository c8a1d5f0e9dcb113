#include "ui/board/laneheader.h"
#include "ui/common/boardstyle.h"

#include "core/domain/card.h"

#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainter>

using namespace Qt::StringLiterals;

namespace SprintDeck {

LaneHeader::LaneHeader(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(u"laneHeader"_s);
    setFocusPolicy(Qt::TabFocus);
    setCursor(Qt::PointingHandCursor);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
}

void LaneHeader::setLane(const QString &title, int priority, const QString &person,
                         const QString &initials)
{
    m_title = title;
    m_priority = priority;
    m_person = person;
    m_initials = initials;
    updateAccessibleText();
    update();
}

void LaneHeader::setCounts(int cards, double points)
{
    if (m_cards == cards && m_points == points)
        return;
    m_cards = cards;
    m_points = points;
    updateAccessibleText();
    update();
}

void LaneHeader::setCollapsed(bool collapsed)
{
    if (m_collapsed == collapsed)
        return;
    m_collapsed = collapsed;
    updateAccessibleText();
    update();
    emit toggled(collapsed);
}

void LaneHeader::updateAccessibleText()
{
    setAccessibleName(tr("Swimlane %1").arg(m_title));
    setAccessibleDescription(
        tr("%n card(s), %1, %2", nullptr, m_cards)
            .arg(formatPointsWithUnit(m_points), m_collapsed ? tr("collapsed") : tr("expanded")));
    setToolTip(m_collapsed ? tr("Show the cards of %1").arg(m_title) : tr("Fold %1").arg(m_title));
}

QSize LaneHeader::sizeHint() const
{
    return {400, QFontMetrics(font()).height() + 16};
}

void LaneHeader::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const QPalette &pal = palette();
    const QColor text = pal.color(QPalette::WindowText);
    const QColor secondary = BoardStyle::mix(text, pal.color(QPalette::Window), 0.42);
    const int h = height();
    qreal x = 4;
    BoardStyle::paintChevron(&p, QRectF(x, (h - 16) / 2.0, 16, 16), !m_collapsed, secondary);
    x += 22;
    const qreal mark = QFontMetrics(font()).height();
    if (m_priority > 0) {
        p.setPen(Qt::NoPen);
        p.setBrush(BoardStyle::priorityColor(m_priority, pal));
        const qreal s = mark * 0.7;
        p.drawRoundedRect(QRectF(x + (mark - s) / 2, (h - s) / 2.0, s, s), 3, 3);
    } else {
        BoardStyle::paintAvatar(&p, QRectF(x, (h - mark) / 2.0, mark, mark), m_person, m_initials,
                                pal);
    }
    x += mark + 8;
    QFont bold = font();
    bold.setBold(true);
    p.setFont(bold);
    p.setPen(text);
    const QFontMetrics bfm(bold);
    p.drawText(QRectF(x, 0, bfm.horizontalAdvance(m_title) + 2, h),
               Qt::AlignLeft | Qt::AlignVCenter, m_title);
    x += bfm.horizontalAdvance(m_title) + 12;
    p.setFont(font());
    p.setPen(secondary);
    const QString stats =
        tr("%n card(s) \u00b7 %1 pts", nullptr, m_cards).arg(formatPoints(m_points));
    p.drawText(QRectF(x, 0, width() - x, h), Qt::AlignLeft | Qt::AlignVCenter, stats);
    // A hairline separates the lanes.
    p.setPen(QPen(BoardStyle::mix(pal.color(QPalette::Window), text, 0.14), 1));
    p.drawLine(QPointF(x + QFontMetrics(font()).horizontalAdvance(stats) + 12, h / 2.0 + 0.5),
               QPointF(width() - 4, h / 2.0 + 0.5));
    if (hasFocus()) {
        p.setPen(QPen(pal.color(QPalette::Highlight), 2));
        p.setBrush(Qt::NoBrush);
        p.drawRoundedRect(QRectF(rect()).adjusted(1, 1, -1, -1), 6, 6);
    }
}

void LaneHeader::mousePressEvent(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton) {
        setCollapsed(!m_collapsed);
        event->accept();
        return;
    }
    QWidget::mousePressEvent(event);
}

void LaneHeader::keyPressEvent(QKeyEvent *event)
{
    switch (event->key()) {
    case Qt::Key_Space:
    case Qt::Key_Return:
    case Qt::Key_Enter:
        setCollapsed(!m_collapsed);
        return;
    case Qt::Key_Left:
        setCollapsed(true);
        return;
    case Qt::Key_Right:
        setCollapsed(false);
        return;
    default:
        QWidget::keyPressEvent(event);
    }
}

} // namespace SprintDeck
