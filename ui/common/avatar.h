#pragma once

#include <QPixmap>
#include <QString>

class QPalette;

namespace SprintDeck {

/**
 * A round avatar of `size` device-independent pixels, painted by BoardStyle::paintAvatar, so a
 * member has one colour wherever they appear (board, standup, members, presenter).
 */
QPixmap avatarPixmap(const QString &name, const QString &initials, int size, qreal devicePixelRatio,
                     const QPalette &palette);

} // namespace SprintDeck
