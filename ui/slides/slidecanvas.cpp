#include "ui/slides/slidecanvas.h"

#include "core/slides/slidepainter.h"

#include <QKeyEvent>
#include <QPainter>

using namespace Qt::StringLiterals;

namespace SprintDeck {

SlideCanvas::SlideCanvas(QWidget *parent)
    : QWidget(parent)
{
    setFocusPolicy(Qt::StrongFocus);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
    setAccessibleName(tr("Slide preview"));
}

SlideCanvas::~SlideCanvas() = default;

void SlideCanvas::setPage(const SlidePage &page, const SlideTheme &theme)
{
    m_painter = std::make_unique<SlidePainter>(theme);
    m_page = page;
    m_message.clear();
    setAccessibleDescription(page.title);
    update();
}

void SlideCanvas::clear(const QString &message)
{
    m_page.reset();
    m_message = message;
    update();
}

QRectF SlideCanvas::slideRect() const
{
    const QRectF area = QRectF(rect()).adjusted(16, 16, -16, -16);
    double w = area.width();
    double h = w * kSlideHeight / kSlideWidth;
    if (h > area.height()) {
        h = area.height();
        w = h * kSlideWidth / kSlideHeight;
    }
    return QRectF(area.center().x() - w / 2, area.center().y() - h / 2, w, h);
}

void SlideCanvas::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.fillRect(rect(), palette().color(QPalette::Mid).lighter(130));
    if (!m_page || !m_painter) {
        painter.setPen(palette().color(QPalette::Text));
        painter.drawText(rect().adjusted(24, 24, -24, -24), Qt::AlignCenter | Qt::TextWordWrap,
                         m_message);
        return;
    }
    const QRectF target = slideRect();
    // A soft shadow under the slide, as on a light table.
    painter.fillRect(target.translated(3, 4), QColor(0, 0, 0, 60));
    m_painter->paint(painter, *m_page, target);
    if (hasFocus()) {
        painter.setPen(QPen(palette().color(QPalette::Highlight), 2));
        painter.setBrush(Qt::NoBrush);
        painter.drawRect(target.adjusted(-2, -2, 2, 2));
    }
}

void SlideCanvas::keyPressEvent(QKeyEvent *event)
{
    switch (event->key()) {
    case Qt::Key_Left:
    case Qt::Key_Up:
    case Qt::Key_PageUp:
        emit stepRequested(-1);
        return;
    case Qt::Key_Right:
    case Qt::Key_Down:
    case Qt::Key_PageDown:
    case Qt::Key_Space:
        emit stepRequested(+1);
        return;
    default:
        QWidget::keyPressEvent(event);
    }
}

void SlideCanvas::mousePressEvent(QMouseEvent *event)
{
    setFocus(Qt::MouseFocusReason);
    QWidget::mousePressEvent(event);
}

} // namespace SprintDeck
