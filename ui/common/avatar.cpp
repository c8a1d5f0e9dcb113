#include "ui/common/avatar.h"
#include "ui/common/boardstyle.h"

#include <QPainter>
#include <QPalette>

namespace SprintDeck {

QPixmap avatarPixmap(const QString &name, const QString &initials, int size, qreal devicePixelRatio,
                     const QPalette &palette)
{
    QPixmap pixmap(QSize(size, size) * devicePixelRatio);
    pixmap.setDevicePixelRatio(devicePixelRatio);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    BoardStyle::paintAvatar(&painter, QRectF(0, 0, size, size), name, initials, palette);
    return pixmap;
}

} // namespace SprintDeck
