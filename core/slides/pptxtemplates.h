#pragma once

#include "core/slides/slidetheme.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>

namespace SprintDeck {

/**
 * The fixed parts of a PPTX package: theme, slide master and layout, notes
 * master, presentation properties and document properties. Colours and fonts
 * come from the deck's theme, so slides added later in PowerPoint or
 * LibreOffice match the generated ones.
 */
class PptxTemplates
{
public:
    static QByteArray theme(const SlideTheme &theme, const QString &name);
    static QByteArray slideMaster(const SlideTheme &theme);
    static QByteArray slideLayout();
    static QByteArray notesMaster();
    static QByteArray presentationProperties();
    static QByteArray viewProperties();
    static QByteArray tableStyles();
    static QByteArray appProperties(int slides, int notes);
    static QByteArray coreProperties(const QString &title, const QString &author,
                                     const QDateTime &created);
};

} // namespace SprintDeck
