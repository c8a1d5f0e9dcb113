#pragma once

#include <QColor>
#include <QPixmap>
#include <QString>

class QPainter;
class QRectF;

namespace SprintDeck {

/** The colour a member's avatar always has, chosen from the name. */
QColor avatarColor(const QString &name);
/** Paints a round avatar with the member's initials into `rect`. */
void paintAvatar(QPainter &painter, const QRectF &rect, const QString &name,
                 const QString &initials);
/** A round avatar of `size` device-independent pixels. */
QPixmap avatarPixmap(const QString &name, const QString &initials, int size,
                     qreal devicePixelRatio);

} // namespace SprintDeck
