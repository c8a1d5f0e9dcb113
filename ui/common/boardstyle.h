#pragma once

#include <QColor>
#include <QIcon>
#include <QPalette>
#include <QString>

class QPainter;
class QRectF;

namespace SprintDeck::BoardStyle {

// Colours of the board derive from the widget's palette, so light and dark
// themes both work; only the meaning colours (priority, danger) are fixed hues
// with a lighter variant for dark palettes. tst_accessibility checks their
// contrast on cards: 3:1 for marks, 4.5:1 for text, in light and dark.

bool isDark(const QPalette &palette);
/** `a` blended towards `b` by `t` (0..1). */
QColor mix(const QColor &a, const QColor &b, qreal t);

QColor canvasBackground(const QPalette &palette);
QColor columnBackground(const QPalette &palette);
QColor cardBackground(const QPalette &palette);
QColor cardBorder(const QPalette &palette);
QColor secondaryText(const QPalette &palette);
QColor danger(const QPalette &palette);
QColor success(const QPalette &palette);
QColor priorityColor(int priority, const QPalette &palette);
QColor typeColor(int type, const QPalette &palette);
/** A stable colour per person, readable with white initials on it. */
QColor avatarColor(const QString &name);
/** A stable background and text colour per label. */
QColor chipBackground(const QString &label, const QPalette &palette);
QColor chipText(const QString &label, const QPalette &palette);

/** A round avatar with initials; a dashed outline when nobody is assigned. */
void paintAvatar(QPainter *painter, const QRectF &rect, const QString &name,
                 const QString &initials, const QPalette &palette);
/** The small glyph that tells stories, bugs, tasks and fixes apart. */
void paintTypeGlyph(QPainter *painter, const QRectF &rect, int type, const QPalette &palette);

QIcon priorityIcon(int priority, const QPalette &palette);
QIcon avatarIcon(const QString &name, const QString &initials, const QPalette &palette);
QIcon searchIcon(const QPalette &palette);
QIcon plusIcon(const QPalette &palette);
QIcon moreIcon(const QPalette &palette);
/** A chevron pointing right (collapsed) or down (expanded). */
void paintChevron(QPainter *painter, const QRectF &rect, bool expanded, const QColor &color);

QString typeTitle(int type);
QString priorityTitle(int priority);

} // namespace SprintDeck::BoardStyle
