#include "ui/common/boardstyle.h"

#include <QCoreApplication>
#include <QPainter>
#include <QPainterPath>
#include <QPixmap>

#include <functional>

namespace SprintDeck::BoardStyle {

namespace {

int hueOf(const QString &text)
{
    // qHash is seeded per process; the colour must stay the same between runs.
    uint h = 2166136261u;
    for (QChar c : text) {
        h ^= c.unicode();
        h *= 16777619u;
    }
    return int(h % 360u);
}

} // namespace

bool isDark(const QPalette &palette)
{
    return palette.color(QPalette::Window).lightnessF() < 0.5;
}

QColor mix(const QColor &a, const QColor &b, qreal t)
{
    const QColor x = a.toRgb();
    const QColor y = b.toRgb();
    return QColor::fromRgbF(float(x.redF() + (y.redF() - x.redF()) * t),
                            float(x.greenF() + (y.greenF() - x.greenF()) * t),
                            float(x.blueF() + (y.blueF() - x.blueF()) * t));
}

QColor canvasBackground(const QPalette &palette)
{
    return palette.color(QPalette::Window);
}

QColor columnBackground(const QPalette &palette)
{
    const QColor window = palette.color(QPalette::Window);
    return isDark(palette) ? mix(window, Qt::white, 0.045)
                           : mix(window, palette.color(QPalette::Text), 0.055);
}

QColor cardBackground(const QPalette &palette)
{
    // Dark palettes often make Base darker than Window; cards should lift off the column.
    return isDark(palette) ? mix(palette.color(QPalette::Window), Qt::white, 0.11)
                           : palette.color(QPalette::Base);
}

QColor cardBorder(const QPalette &palette)
{
    return mix(cardBackground(palette), palette.color(QPalette::Text),
               isDark(palette) ? 0.18 : 0.13);
}

QColor secondaryText(const QPalette &palette)
{
    return mix(palette.color(QPalette::Text), cardBackground(palette), 0.38);
}

QColor danger(const QPalette &palette)
{
    return isDark(palette) ? QColor(0xf9, 0x70, 0x66) : QColor(0xd9, 0x2d, 0x20);
}

QColor success(const QPalette &palette)
{
    return isDark(palette) ? QColor(0x47, 0xcd, 0x89) : QColor(0x06, 0x94, 0x52);
}

QColor priorityColor(int priority, const QPalette &palette)
{
    const bool dark = isDark(palette);
    switch (priority) {
    case 1:
        return dark ? QColor(0xf9, 0x70, 0x66) : QColor(0xd9, 0x2d, 0x20);
    case 2:
        return dark ? QColor(0xfd, 0x85, 0x3a) : QColor(0xe6, 0x6a, 0x10);
    case 3:
        return dark ? QColor(0x53, 0xb1, 0xfd) : QColor(0x1f, 0x7a, 0xe0);
    default:
        return dark ? QColor(0x98, 0xa2, 0xb3) : QColor(0x75, 0x80, 0x8f);
    }
}

QColor typeColor(int type, const QPalette &palette)
{
    const bool dark = isDark(palette);
    switch (type) {
    case 1: // bug
        return dark ? QColor(0xf9, 0x70, 0x66) : QColor(0xe0, 0x3e, 0x32);
    case 2: // task
        return dark ? QColor(0x53, 0xb1, 0xfd) : QColor(0x1f, 0x7a, 0xe0);
    case 3: // fix
        return dark ? QColor(0xfd, 0xb0, 0x22) : QColor(0xc2, 0x74, 0x0a);
    default: // story
        return dark ? QColor(0x47, 0xcd, 0x89) : QColor(0x12, 0xa1, 0x5e);
    }
}

QColor avatarColor(const QString &name)
{
    // Dark enough for white initials at 3:1 on every hue (yellow is the lightest).
    return QColor::fromHsl(hueOf(name), 130, 95);
}

QColor chipBackground(const QString &label, const QPalette &palette)
{
    return isDark(palette) ? QColor::fromHsl(hueOf(label), 70, 62)
                           : QColor::fromHsl(hueOf(label), 150, 232);
}

QColor chipText(const QString &label, const QPalette &palette)
{
    return isDark(palette) ? QColor::fromHsl(hueOf(label), 150, 215)
                           : QColor::fromHsl(hueOf(label), 140, 70);
}

void paintAvatar(QPainter *painter, const QRectF &rect, const QString &name,
                 const QString &initials, const QPalette &palette)
{
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    if (name.isEmpty()) {
        QPen pen(secondaryText(palette), 1.2, Qt::DashLine);
        painter->setPen(pen);
        painter->setBrush(Qt::NoBrush);
        painter->drawEllipse(rect.adjusted(0.6, 0.6, -0.6, -0.6));
    } else {
        painter->setPen(Qt::NoPen);
        painter->setBrush(avatarColor(name));
        painter->drawEllipse(rect);
        QFont f = painter->font();
        f.setBold(true);
        f.setPixelSize(qMax(7, int(rect.height() * 0.42)));
        painter->setFont(f);
        painter->setPen(Qt::white);
        painter->drawText(rect, Qt::AlignCenter, initials);
    }
    painter->restore();
}

void paintTypeGlyph(QPainter *painter, const QRectF &r, int type, const QPalette &palette)
{
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    const QColor c = typeColor(type, palette);
    painter->setPen(Qt::NoPen);
    painter->setBrush(c);
    switch (type) {
    case 1: // bug: a round dot
        painter->drawEllipse(r.adjusted(0.5, 0.5, -0.5, -0.5));
        break;
    case 2: { // task: a square with a tick
        painter->drawRoundedRect(r, 2, 2);
        QPen pen(Qt::white, qMax(1.2, r.width() / 7));
        pen.setCapStyle(Qt::RoundCap);
        pen.setJoinStyle(Qt::RoundJoin);
        painter->setPen(pen);
        QPainterPath tick;
        tick.moveTo(r.left() + r.width() * 0.25, r.top() + r.height() * 0.52);
        tick.lineTo(r.left() + r.width() * 0.43, r.top() + r.height() * 0.70);
        tick.lineTo(r.left() + r.width() * 0.76, r.top() + r.height() * 0.32);
        painter->setBrush(Qt::NoBrush);
        painter->drawPath(tick);
        break;
    }
    case 3: { // fix: a diamond
        QPainterPath d;
        d.moveTo(r.center().x(), r.top());
        d.lineTo(r.right(), r.center().y());
        d.lineTo(r.center().x(), r.bottom());
        d.lineTo(r.left(), r.center().y());
        d.closeSubpath();
        painter->drawPath(d);
        break;
    }
    default: { // story: a bookmark
        QPainterPath b;
        b.moveTo(r.left() + r.width() * 0.12, r.top());
        b.lineTo(r.right() - r.width() * 0.12, r.top());
        b.lineTo(r.right() - r.width() * 0.12, r.bottom());
        b.lineTo(r.center().x(), r.bottom() - r.height() * 0.3);
        b.lineTo(r.left() + r.width() * 0.12, r.bottom());
        b.closeSubpath();
        painter->drawPath(b);
        break;
    }
    }
    painter->restore();
}

namespace {
QIcon iconFrom(int size, const std::function<void(QPainter &, const QRectF &)> &paint)
{
    QIcon icon;
    for (int scale : {1, 2}) {
        QPixmap pm(size * scale, size * scale);
        pm.fill(Qt::transparent);
        pm.setDevicePixelRatio(scale);
        QPainter p(&pm);
        p.setRenderHint(QPainter::Antialiasing);
        paint(p, QRectF(0, 0, size, size));
        p.end();
        icon.addPixmap(pm);
    }
    return icon;
}
} // namespace

QIcon priorityIcon(int priority, const QPalette &palette)
{
    const QColor c = priorityColor(priority, palette);
    return iconFrom(16, [c](QPainter &p, const QRectF &r) {
        p.setPen(Qt::NoPen);
        p.setBrush(c);
        p.drawRoundedRect(r.adjusted(3, 3, -3, -3), 3, 3);
    });
}

QIcon avatarIcon(const QString &name, const QString &initials, const QPalette &palette)
{
    return iconFrom(20, [&](QPainter &p, const QRectF &r) {
        paintAvatar(&p, r.adjusted(1, 1, -1, -1), name, initials, palette);
    });
}

QIcon searchIcon(const QPalette &palette)
{
    const QColor c = secondaryText(palette);
    return iconFrom(16, [c](QPainter &p, const QRectF &) {
        QPen pen(c, 1.6);
        pen.setCapStyle(Qt::RoundCap);
        p.setPen(pen);
        p.setBrush(Qt::NoBrush);
        p.drawEllipse(QRectF(2.5, 2.5, 8, 8));
        p.drawLine(QPointF(9.6, 9.6), QPointF(13.5, 13.5));
    });
}

QIcon plusIcon(const QPalette &palette)
{
    const QColor c = secondaryText(palette);
    return iconFrom(16, [c](QPainter &p, const QRectF &) {
        QPen pen(c, 1.8);
        pen.setCapStyle(Qt::RoundCap);
        p.setPen(pen);
        p.drawLine(QPointF(8, 3.5), QPointF(8, 12.5));
        p.drawLine(QPointF(3.5, 8), QPointF(12.5, 8));
    });
}

QIcon moreIcon(const QPalette &palette)
{
    const QColor c = secondaryText(palette);
    return iconFrom(16, [c](QPainter &p, const QRectF &) {
        p.setPen(Qt::NoPen);
        p.setBrush(c);
        for (qreal x : {3.5, 8.0, 12.5})
            p.drawEllipse(QPointF(x, 8), 1.5, 1.5);
    });
}

void paintChevron(QPainter *painter, const QRectF &r, bool expanded, const QColor &color)
{
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    QPen pen(color, 1.8);
    pen.setCapStyle(Qt::RoundCap);
    pen.setJoinStyle(Qt::RoundJoin);
    painter->setPen(pen);
    painter->setBrush(Qt::NoBrush);
    QPainterPath path;
    const QPointF c = r.center();
    const qreal s = qMin(r.width(), r.height()) * 0.25;
    if (expanded) {
        path.moveTo(c.x() - s * 1.4, c.y() - s * 0.6);
        path.lineTo(c.x(), c.y() + s * 0.8);
        path.lineTo(c.x() + s * 1.4, c.y() - s * 0.6);
    } else {
        path.moveTo(c.x() - s * 0.6, c.y() - s * 1.4);
        path.lineTo(c.x() + s * 0.8, c.y());
        path.lineTo(c.x() - s * 0.6, c.y() + s * 1.4);
    }
    painter->drawPath(path);
    painter->restore();
}

QString typeTitle(int type)
{
    switch (type) {
    case 1:
        return QCoreApplication::translate("BoardStyle", "Bug");
    case 2:
        return QCoreApplication::translate("BoardStyle", "Task");
    case 3:
        return QCoreApplication::translate("BoardStyle", "Fix");
    default:
        return QCoreApplication::translate("BoardStyle", "Story");
    }
}

QString priorityTitle(int priority)
{
    switch (priority) {
    case 1:
        return QCoreApplication::translate("BoardStyle", "P1 \u00b7 Critical");
    case 2:
        return QCoreApplication::translate("BoardStyle", "P2 \u00b7 High");
    case 3:
        return QCoreApplication::translate("BoardStyle", "P3 \u00b7 Medium");
    default:
        return QCoreApplication::translate("BoardStyle", "P4 \u00b7 Low");
    }
}

} // namespace SprintDeck::BoardStyle
