#pragma once

#include <QString>
#include <QStringList>

namespace SprintDeck {

/**
 * The language the user interface speaks: English, German or French.
 *
 * Chosen, first match wins, by the `--lang xx` option, the setting `ui/language` ("" or
 * missing: follow the system, "en", "de", "fr"; the Preferences dialog writes it), and the
 * system's languages in order (which include the LANGUAGE environment variable). The
 * translations of SprintDeck are built into the program (:/i18n); Qt's own, for standard
 * buttons and dialogs, come from Qt's translations folder when installed.
 */
class Language
{
public:
    /** The settings key holding the chosen language. */
    static QString settingsKey();
    /** The languages SprintDeck speaks, as codes: "en", "de", "fr". */
    static QStringList available();

    /**
     * The language to use: @p requested when it is one of available(), else the setting, else
     * the first of the system's languages that is available, else "en". An unknown requested
     * code is ignored (and reported by the caller).
     */
    static QString choose(const QString &requested = QString());

    /**
     * Installs, on the running application, the plural forms of English and, for German and
     * French, SprintDeck's and Qt's translations, replacing those of an earlier call. Returns
     * the language installed. Dates follow the chosen language when it is not the system's.
     * Widgets made before the call keep their texts.
     */
    static QString install(const QString &requested = QString());
};

} // namespace SprintDeck
