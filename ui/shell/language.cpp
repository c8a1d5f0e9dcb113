#include "ui/shell/language.h"
#include "ui/shell/englishplurals.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QPointer>
#include <QSettings>
#include <QTranslator>

#include <memory>

using namespace Qt::StringLiterals;

namespace SprintDeck {

QString Language::settingsKey()
{
    return u"ui/language"_s;
}

QStringList Language::available()
{
    return {u"en"_s, u"de"_s, u"fr"_s};
}

QString Language::choose(const QString &requested)
{
    const QStringList codes = available();
    if (codes.contains(requested))
        return requested;
    const QString setting = QSettings().value(settingsKey()).toString();
    if (codes.contains(setting))
        return setting;
    // The system's languages in order of preference ("de-CH", "fr", "en-US", ...).
    for (const QString &name : QLocale::system().uiLanguages()) {
        const QString code = name.section(u'-', 0, 0).section(u'_', 0, 0).toLower();
        if (codes.contains(code))
            return code;
    }
    return u"en"_s;
}

QString Language::install(const QString &requested)
{
    // Translators installed by an earlier call: a new choice replaces them. They belong to the
    // application, so they go with it.
    static QList<QPointer<QTranslator>> installed;
    for (const QPointer<QTranslator> &t : std::as_const(installed)) {
        if (t) {
            QCoreApplication::removeTranslator(t);
            delete t;
        }
    }
    installed.clear();
    const auto add = [](QTranslator *t) {
        t->setParent(QCoreApplication::instance());
        QCoreApplication::installTranslator(t);
        installed.append(t);
    };
    // Installed first, so the real translations installed after it take precedence.
    add(new EnglishPlurals);
    const QString code = choose(requested);
    const QLocale::Language language = QLocale(code).language();
    QLocale::setDefault(language == QLocale::system().language()
                            ? QLocale::system()
                            : QLocale(language, QLocale::system().territory()));
    if (code == u"en")
        return code;
    auto qt = std::make_unique<QTranslator>();
    if (qt->load(u"qtbase_"_s + code, QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        add(qt.release());
    auto own = std::make_unique<QTranslator>();
    if (own->load(u"sprintdeck_"_s + code, u":/i18n"_s))
        add(own.release());
    return code;
}

} // namespace SprintDeck
