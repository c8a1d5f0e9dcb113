#pragma once

#include <QTranslator>

namespace SprintDeck {

/**
 * Resolves the "(s)" of plural source texts ("%n card(s)") for English while no
 * translation with numerus forms is loaded: "1 card", "5 cards". Installed
 * first, so any real translation installed later takes precedence.
 */
class EnglishPlurals : public QTranslator
{
    Q_OBJECT
public:
    using QTranslator::QTranslator;

    QString translate(const char *context, const char *sourceText,
                      const char *disambiguation = nullptr, int n = -1) const override;
    bool isEmpty() const override { return false; }
};

} // namespace SprintDeck
