#include "ui/shell/theme.h"

#include <QApplication>
#include <QStyle>
#include <QStyleFactory>

using namespace Qt::StringLiterals;

namespace SprintDeck::Theme {

namespace {

struct SystemLook
{
    QString style;
    bool saved = false;
};

SystemLook &systemLook()
{
    static SystemLook look;
    return look;
}

QString &currentTheme()
{
    static QString theme = u"system"_s;
    return theme;
}

void setDisabled(QPalette &p, const QColor &text)
{
    for (QPalette::ColorRole role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        p.setColor(QPalette::Disabled, role, text);
}

} // namespace

QPalette lightPalette()
{
    QPalette p;
    const QColor window(0xf3, 0xf4, 0xf6), text(0x11, 0x18, 0x27);
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, Qt::white);
    p.setColor(QPalette::AlternateBase, QColor(0xf1, 0xf3, 0xf5));
    p.setColor(QPalette::ToolTipBase, QColor(0xff, 0xff, 0xe8));
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::PlaceholderText, QColor(0x6b, 0x72, 0x80));
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, QColor(0xf9, 0xfa, 0xfb));
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::BrightText, Qt::white);
    p.setColor(QPalette::Light, Qt::white);
    p.setColor(QPalette::Midlight, QColor(0xe5, 0xe7, 0xeb));
    p.setColor(QPalette::Mid, QColor(0xc4, 0xc8, 0xce));
    p.setColor(QPalette::Dark, QColor(0x9c, 0xa3, 0xaf));
    p.setColor(QPalette::Shadow, QColor(0x4b, 0x55, 0x63));
    p.setColor(QPalette::Highlight, QColor(0x1d, 0x64, 0xd8));
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::Link, QColor(0x1d, 0x4e, 0xd8));
    p.setColor(QPalette::LinkVisited, QColor(0x6d, 0x28, 0xd9));
    setDisabled(p, QColor(0x9c, 0xa3, 0xaf));
    return p;
}

QPalette darkPalette()
{
    QPalette p;
    const QColor window(0x1f, 0x23, 0x28), text(0xe6, 0xe8, 0xeb);
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, QColor(0x16, 0x19, 0x1d));
    p.setColor(QPalette::AlternateBase, QColor(0x26, 0x2a, 0x30));
    p.setColor(QPalette::ToolTipBase, QColor(0x2d, 0x33, 0x3b));
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::PlaceholderText, QColor(0x9a, 0xa1, 0xab));
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, QColor(0x2b, 0x30, 0x37));
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::BrightText, QColor(0xff, 0x8a, 0x80));
    p.setColor(QPalette::Light, QColor(0x3a, 0x40, 0x48));
    p.setColor(QPalette::Midlight, QColor(0x33, 0x39, 0x40));
    p.setColor(QPalette::Mid, QColor(0x26, 0x2a, 0x30));
    p.setColor(QPalette::Dark, QColor(0x12, 0x14, 0x17));
    p.setColor(QPalette::Shadow, Qt::black);
    p.setColor(QPalette::Highlight, QColor(0x3b, 0x82, 0xf6));
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::Link, QColor(0x7c, 0xb4, 0xff));
    p.setColor(QPalette::LinkVisited, QColor(0xc4, 0xa7, 0xff));
    setDisabled(p, QColor(0x6b, 0x72, 0x80));
    return p;
}

void apply(const QString &theme)
{
    SystemLook &look = systemLook();
    if (!look.saved) {
        look.style = QApplication::style()->name();
        look.saved = true;
    }
    if (theme == u"light" || theme == u"dark") {
        if (QApplication::style()->name().compare(u"fusion"_s, Qt::CaseInsensitive) != 0)
            QApplication::setStyle(QStyleFactory::create(u"Fusion"_s));
        QApplication::setPalette(theme == u"dark" ? darkPalette() : lightPalette());
        currentTheme() = theme;
        return;
    }
    if (currentTheme() == u"system")
        return; // never forced: the palette is the platform's and follows its changes
    if (QApplication::style()->name().compare(look.style, Qt::CaseInsensitive) != 0)
        QApplication::setStyle(QStyleFactory::create(look.style));
    // A palette without resolved roles hands the application back to the platform's palette.
    QApplication::setPalette(QPalette());
    currentTheme() = u"system"_s;
}

QString current()
{
    return currentTheme();
}

} // namespace SprintDeck::Theme
