#include "avatar.h"

#include <QPainter>

namespace SprintDeck {

QColor avatarColor(const QString &name)
{
    // Muted hues that keep white initials readable.
    static const QColor palette[] = {QColor(0x2f, 0x6f, 0xb5), QColor(0x2e, 0x8b, 0x57),
                                     QColor(0x8e, 0x4e, 0xc6), QColor(0xc0, 0x5a, 0x2b),
                                     QColor(0x1f, 0x8a, 0x8a), QColor(0xb0, 0x3a, 0x6b),
                                     QColor(0x6b, 0x6f, 0x1f), QColor(0x4a, 0x5a, 0xc9)};
    return palette[qHash(name) % (sizeof(palette) / sizeof(palette[0]))];
}

void paintAvatar(QPainter &painter, const QRectF &rect, const QString &name,
                 const QString &initials)
{
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(Qt::NoPen);
    painter.setBrush(avatarColor(name));
    painter.drawEllipse(rect);
    QFont font = painter.font();
    font.setBold(true);
    font.setPixelSize(qMax(6, int(rect.height() * 0.4)));
    painter.setFont(font);
    painter.setPen(Qt::white);
    painter.drawText(rect, Qt::AlignCenter, initials);
    painter.restore();
}

QPixmap avatarPixmap(const QString &name, const QString &initials, int size, qreal devicePixelRatio)
{
    QPixmap pixmap(QSize(size, size) * devicePixelRatio);
    pixmap.setDevicePixelRatio(devicePixelRatio);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    paintAvatar(painter, QRectF(0, 0, size, size), name, initials);
    return pixmap;
}

} // namespace SprintDeck
