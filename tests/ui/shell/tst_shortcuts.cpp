#include "ui/shell/language.h"
#include "ui/shell/mainwindow.h"
#include "ui/shell/shortcutsdialog.h"

#include "core/board/board.h"
#include "core/board/demo.h"

#include <QAction>
#include <QSet>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace SprintDeck;
using namespace Qt::StringLiterals;

namespace {

QString plainText(QString text)
{
    text.remove(u'&');
    return text;
}

} // namespace

/**
 * The keys of the real window, under a real X server: the platform's standard keys (Redo is
 * Ctrl+Shift+Z on Linux desktops) are those users get, which the offscreen platform does not
 * have.
 */
class TestShortcuts : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
    }
    void cleanupTestCase() { Language::install(u"en"_s); }
    void shortcutsBoundOnce_data();
    void shortcutsBoundOnce();

private:
    QTemporaryDir m_dir;
};

void TestShortcuts::shortcutsBoundOnce_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("English") << u"en"_s;
    QTest::newRow("German") << u"de"_s;
    QTest::newRow("French") << u"fr"_s;
}

/**
 * No key reaches two actions of the real window (Qt then runs neither and logs "Ambiguous
 * shortcut overload"), in any language: an action's scope is the window, or for widget
 * shortcuts the widgets it is added to; two scopes meet when one holds the other.
 */
void TestShortcuts::shortcutsBoundOnce()
{
    QFETCH(QString, language);
    QCOMPARE(Language::install(language), language);
    auto opened = Board::open(m_dir.filePath(language + u".sprintdeck"_s));
    QVERIFY(opened);
    QVERIFY(fillDemo(*opened.value()));
    auto window = std::make_unique<MainWindow>(std::move(opened.value()));
    window->show();
    QVERIFY(QTest::qWaitForWindowExposed(window.get()));

    auto scopesOf = [&window](const QAction *action) {
        QList<const QWidget *> scopes;
        if (action->shortcutContext() == Qt::WindowShortcut ||
            action->shortcutContext() == Qt::ApplicationShortcut) {
            scopes.append(window.get());
            return scopes;
        }
        for (const QObject *o : action->associatedObjects())
            if (const auto *w = qobject_cast<const QWidget *>(o))
                scopes.append(w);
        return scopes;
    };
    auto meet = [](const QList<const QWidget *> &a, const QList<const QWidget *> &b) {
        for (const QWidget *x : a)
            for (const QWidget *y : b)
                if (x == y || x->isAncestorOf(y) || y->isAncestorOf(x))
                    return true;
        return false;
    };
    struct Binding
    {
        const QAction *action;
        QKeySequence key;
    };
    QList<Binding> bindings;
    QStringList twice;
    for (const QAction *action : window->findChildren<QAction *>()) {
        // Disabled actions count too: Redo, say, is enabled as soon as something is undone.
        const QList<QKeySequence> keys = action->shortcuts();
        for (qsizetype i = 0; i < keys.size(); ++i) {
            const QKeySequence &key = keys.at(i);
            if (key.isEmpty())
                continue;
            if (keys.indexOf(key) != i)
                twice.append(
                    u"“%1” lists %2 twice"_s.arg(plainText(action->text()), key.toString()));
            else
                bindings.append({action, key});
        }
    }
    for (qsizetype i = 0; i < bindings.size(); ++i) {
        for (qsizetype j = i + 1; j < bindings.size(); ++j) {
            const Binding &a = bindings.at(i);
            const Binding &b = bindings.at(j);
            if (a.action != b.action && a.key == b.key &&
                meet(scopesOf(a.action), scopesOf(b.action)))
                twice.append(u"%1: “%2” and “%3”"_s.arg(
                    a.key.toString(), plainText(a.action->text()), plainText(b.action->text())));
        }
    }
    QVERIFY2(twice.isEmpty(), qPrintable(u"Shortcuts bound twice:\n"_s + twice.join(u'\n')));

    // The F1 overview shows each key once per entry.
    ShortcutsDialog overview(window.get());
    for (const QString &row : overview.visibleRows()) {
        const QStringList keys = row.section(u'\t', 1).split(u", "_s, Qt::SkipEmptyParts);
        QCOMPARE(QSet<QString>(keys.cbegin(), keys.cend()).size(), keys.size());
    }
}

QTEST_MAIN(TestShortcuts)
#include "tst_shortcuts.moc"
