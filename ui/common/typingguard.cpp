#include "ui/common/typingguard.h"

#include <QAbstractSpinBox>
#include <QApplication>
#include <QComboBox>
#include <QDialog>
#include <QEvent>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPointer>
#include <QTextEdit>

namespace SprintDeck {

TypingGuard::TypingGuard(QObject *parent)
    : QObject(parent)
{}

TypingGuard *TypingGuard::instance()
{
    static QPointer<TypingGuard> guard;
    if (!guard && qApp) {
        guard = new TypingGuard(qApp);
        qApp->installEventFilter(guard);
    }
    return guard;
}

bool TypingGuard::letterShortcutAllowed()
{
    TypingGuard *guard = instance();
    if (!guard || !guard->m_sinceTyping.isValid() || guard->m_sinceTyping.elapsed() >= kQuietMs)
        return true;
    guard->m_sinceTyping.restart();
    return false;
}

bool TypingGuard::isTypingTarget(const QObject *receiver)
{
    const auto *widget = qobject_cast<const QWidget *>(receiver);
    if (!widget)
        return false;
    if (qobject_cast<const QDialog *>(widget->window()))
        return true;
    if (const auto *combo = qobject_cast<const QComboBox *>(widget))
        return combo->isEditable();
    return qobject_cast<const QLineEdit *>(widget) || qobject_cast<const QTextEdit *>(widget) ||
           qobject_cast<const QPlainTextEdit *>(widget) ||
           qobject_cast<const QAbstractSpinBox *>(widget);
}

bool TypingGuard::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::KeyPress && isTypingTarget(watched))
        m_sinceTyping.restart();
    return false;
}

} // namespace SprintDeck
