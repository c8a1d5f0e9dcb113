#pragma once

#include <QElapsedTimer>
#include <QObject>

namespace SprintDeck {

/**
 * Keeps the board's single-letter shortcuts ("n": quick add) from firing on keystrokes meant
 * for a text field or a dialog. Typing that starts in a field often goes on after the field
 * loses the focus: Enter closes a dialog, and the next letters land on the board. The guard
 * watches key presses application-wide; a letter shortcut acts only once the keyboard has been
 * quiet for a moment since the last key typed into a text field or a dialog, and every refused
 * letter extends that moment, so a whole word typed on is refused.
 */
class TypingGuard : public QObject
{
    Q_OBJECT
public:
    /** How long the keyboard must rest after typing in a field before a letter shortcut acts. */
    static constexpr int kQuietMs = 500;

    /** The application's guard, installed on first use. */
    static TypingGuard *instance();
    /** True when a single-letter shortcut may act now; a refusal restarts the quiet period. */
    static bool letterShortcutAllowed();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    explicit TypingGuard(QObject *parent);
    /** The receiver takes typed text, or lives in a dialog. */
    static bool isTypingTarget(const QObject *receiver);

    QElapsedTimer m_sinceTyping; ///< invalid until a key is typed into a field or a dialog
};

} // namespace SprintDeck
