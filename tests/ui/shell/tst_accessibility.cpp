#include "tests/testpaths.h"
#include "tests/ui/desktoptestmain.h"

#include "ui/board/boardview.h"
#include "ui/board/cardeditor.h"
#include "ui/board/membersdialog.h"
#include "ui/common/boardstyle.h"
#include "ui/import/importdialog.h"
#include "ui/shell/mainwindow.h"
#include "ui/shell/preferencesdialog.h"
#include "ui/shell/shortcutsdialog.h"
#include "ui/shell/theme.h"
#include "ui/sprints/closesprintdialog.h"
#include "ui/sprints/newsprintdialog.h"
#include "ui/sprints/startsprintdialog.h"
#include "ui/standup/presenterwindow.h"
#include "ui/standup/standupview.h"
#include "ui/sync/conflictdialog.h"
#include "ui/sync/remotesdialog.h"

#include "core/board/board.h"
#include "core/board/demo.h"
#include "core/standup/standupdemo.h"

#include <QAbstractItemView>
#include <QAbstractSlider>
#include <QAbstractSpinBox>
#include <QAccessible>
#include <QAction>
#include <QComboBox>
#include <QDockWidget>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QRegularExpression>
#include <QScrollBar>
#include <QTabBar>
#include <QTextEdit>
#include <QToolButton>

using namespace SprintDeck;
using namespace Qt::StringLiterals;

namespace {

QString sample(const QString &name)
{
    return TestPaths::testData() + u"/samples/"_s + name;
}

bool isInteractive(const QWidget *w)
{
    if (qobject_cast<const QScrollBar *>(w) || qobject_cast<const QHeaderView *>(w))
        return false;
    return qobject_cast<const QAbstractButton *>(w) || qobject_cast<const QLineEdit *>(w) ||
           qobject_cast<const QComboBox *>(w) || qobject_cast<const QAbstractSpinBox *>(w) ||
           qobject_cast<const QAbstractItemView *>(w) || qobject_cast<const QTextEdit *>(w) ||
           qobject_cast<const QPlainTextEdit *>(w) || qobject_cast<const QAbstractSlider *>(w);
}

/** Parts Qt builds inside its own controls (a spin box's line edit, a dock's title buttons). */
bool isQtInternal(const QWidget *w)
{
    if (w->objectName().startsWith(u"qt_"_s))
        return true;
    const QWidget *parent = w->parentWidget();
    return parent &&
           (qobject_cast<const QComboBox *>(parent) ||
            qobject_cast<const QAbstractSpinBox *>(parent) ||
            qobject_cast<const QTabBar *>(parent) || parent->objectName().startsWith(u"qt_"_s));
}

/** A label that names `w`: its buddy, or its row label in a form. */
bool hasLabel(const QWidget *w)
{
    for (const QWidget *p = w->parentWidget(); p; p = p->parentWidget()) {
        const QList<QLabel *> labels = p->findChildren<QLabel *>();
        for (const QLabel *label : labels)
            if (label->buddy() == w && !label->text().isEmpty())
                return true;
        const QList<QFormLayout *> forms = p->findChildren<QFormLayout *>();
        for (QFormLayout *form : forms)
            if (auto *label = qobject_cast<QLabel *>(form->labelForField(const_cast<QWidget *>(w)));
                label && !label->text().isEmpty())
                return true;
        if (p->isWindow())
            break;
    }
    return false;
}

QString describe(const QWidget *w)
{
    QStringList chain;
    for (const QWidget *p = w; p; p = p->parentWidget())
        chain.prepend(p->objectName().isEmpty() ? QString::fromLatin1(p->metaObject()->className())
                                                : p->objectName());
    return QString::fromLatin1(w->metaObject()->className()) + u" at "_s + chain.join(u'/');
}

/**
 * The visible interactive widgets under `root` that a screen reader cannot name.
 * A combo box's accessible name falls back to its current text on Linux, so a
 * combo box needs a name or a label of its own.
 */
QStringList unnamed(QWidget *root)
{
    QStringList found;
    QList<QWidget *> widgets = root->findChildren<QWidget *>();
    widgets.prepend(root);
    for (QWidget *w : std::as_const(widgets)) {
        if (!w->isVisible() || !isInteractive(w) || isQtInternal(w))
            continue;
        QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(w);
        const QString name = iface ? iface->text(QAccessible::Name).trimmed() : QString();
        const bool ownName = !w->accessibleName().isEmpty() || hasLabel(w);
        if (name.isEmpty() || (qobject_cast<QComboBox *>(w) && !ownName))
            found.append(describe(w));
    }
    found.removeDuplicates();
    return found;
}

double luminance(const QColor &c)
{
    auto channel = [](double v) {
        return v <= 0.03928 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4);
    };
    const QColor rgb = c.toRgb();
    return 0.2126 * channel(rgb.redF()) + 0.7152 * channel(rgb.greenF()) +
           0.0722 * channel(rgb.blueF());
}

/** WCAG 2 contrast ratio, 1 to 21. */
double contrast(const QColor &a, const QColor &b)
{
    const double la = luminance(a), lb = luminance(b);
    return (qMax(la, lb) + 0.05) / (qMin(la, lb) + 0.05);
}

bool hasMnemonic(const QString &text)
{
    static const QRegularExpression mnemonic(u"(^|[^&])&[^&\\s]"_s);
    return mnemonic.match(text).hasMatch();
}

} // namespace

class TestAccessibility : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<MainWindow> m_window;

    /** Shows a window or dialog without blocking, and lists its unnamed controls. */
    QStringList walk(QWidget *w)
    {
        w->show();
        if (!QTest::qWaitForWindowExposed(w))
            return {u"not shown: "_s + describe(w)};
        QApplication::processEvents();
        const QStringList found = unnamed(w);
        w->hide(); // not close(): an editor asks before it drops a draft
        return found;
    }

private slots:
    void initTestCase()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        auto opened = Board::open(m_dir->filePath(u"demo.sprintdeck"_s));
        QVERIFY2(opened, qPrintable(opened.error()));
        QVERIFY(fillDemo(*opened.value()));
        QVERIFY(fillDemoStandups(*opened.value()));
        m_window = std::make_unique<MainWindow>(std::move(opened.value()));
        m_window->resize(1400, 900);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    }

    void everyViewNamesItsControls_data()
    {
        QTest::addColumn<QString>("view");
        for (const char *v : {"board", "charts", "standup", "slides"})
            QTest::newRow(v) << QString::fromLatin1(v);
    }

    void everyViewNamesItsControls()
    {
        QFETCH(QString, view);
        QVERIFY(m_window->showView(view));
        m_window->undoHistoryDock()->show();
        QApplication::processEvents();
        QTest::qWait(50); // views compute when first shown
        int interactive = 0;
        const QList<QWidget *> all = m_window->findChildren<QWidget *>();
        for (QWidget *w : all)
            interactive += w->isVisible() && isInteractive(w) && !isQtInternal(w) ? 1 : 0;
        QVERIFY2(interactive >= 5, qPrintable(u"only %1 controls seen"_s.arg(interactive)));
        QStringList found = unnamed(m_window.get());
        if (view == u"board") {
            // The buttons Qt puts in the field (search mark, clear) are named too.
            auto *search = m_window->findChild<QLineEdit *>(u"filterSearch"_s);
            QVERIFY(search);
            const auto shownButtons = [search] {
                int n = 0;
                const QList<QToolButton *> buttons = search->findChildren<QToolButton *>();
                for (const QToolButton *b : buttons)
                    n += b->isVisible() ? 1 : 0;
                return n;
            };
            search->setText(u"STORY"_s);
            QApplication::processEvents();
            QVERIFY(shownButtons() >= 2); // the search mark and the clear button are examined
            found += unnamed(m_window.get());
            search->clear();
        }
        QVERIFY2(found.isEmpty(),
                 qPrintable(u"Controls without an accessible name:\n"_s + found.join(u'\n')));
        m_window->undoHistoryDock()->hide();
    }

    void everyDialogNamesItsControls_data()
    {
        QTest::addColumn<QString>("dialog");
        for (const char *d :
             {"preferences", "shortcuts", "newSprint", "startSprint", "closeSprint", "members",
              "remotes", "conflicts", "import", "cardEditor", "newCard", "presenter"})
            QTest::newRow(d) << QString::fromLatin1(d);
    }

    void everyDialogNamesItsControls()
    {
        QFETCH(QString, dialog);
        Board *board = m_window->board();
        const qint64 sprintId = m_window->boardView()->sprintId();
        QVERIFY(sprintId > 0);
        std::unique_ptr<QWidget> w;
        if (dialog == u"preferences")
            w = std::make_unique<PreferencesDialog>(m_window.get());
        else if (dialog == u"shortcuts")
            w = std::make_unique<ShortcutsDialog>(m_window.get(), m_window.get());
        else if (dialog == u"newSprint")
            w = std::make_unique<NewSprintDialog>(board, m_window.get());
        else if (dialog == u"startSprint")
            w = std::make_unique<StartSprintDialog>(board, sprintId, m_window.get());
        else if (dialog == u"closeSprint")
            w = std::make_unique<CloseSprintDialog>(board, sprintId, m_window.get());
        else if (dialog == u"members")
            w = std::make_unique<MembersDialog>(board, m_window.get());
        else if (dialog == u"remotes")
            w = std::make_unique<RemotesDialog>(board, m_window.get());
        else if (dialog == u"conflicts")
            w = std::make_unique<ConflictDialog>(board, m_window.get());
        else if (dialog == u"import")
            w = std::make_unique<ImportDialog>(
                board, QStringList{sample(u"sprint4-daily-status.md"_s)}, m_window.get());
        else if (dialog == u"cardEditor")
            w = std::make_unique<CardEditor>(board, board->cardByKey(u"STORY-023"_s)->id,
                                             m_window.get());
        else if (dialog == u"newCard")
            w = std::make_unique<CardEditor>(board, Card(), m_window.get());
        else if (dialog == u"presenter") {
            QVERIFY(m_window->showView(u"standup"_s));
            auto *standup = m_window->findChild<StandupView *>();
            QVERIFY(standup);
            PresenterWindow *presenter = standup->present();
            QVERIFY(presenter);
            const QStringList found = walk(presenter);
            QVERIFY2(found.isEmpty(), qPrintable(found.join(u'\n')));
            return;
        }
        QVERIFY(w);
        w->setAttribute(Qt::WA_DeleteOnClose, false);
        const QStringList found = walk(w.get());
        QVERIFY2(found.isEmpty(),
                 qPrintable(u"Controls without an accessible name:\n"_s + found.join(u'\n')));
    }

    void tabReachesTheMainControls()
    {
        QVERIFY(m_window->showView(u"board"_s));
        m_window->activateWindow();
        QTRY_VERIFY(m_window->isActiveWindow());
        auto *combo = m_window->findChild<QComboBox *>(u"sprintCombo"_s);
        QVERIFY(combo);
        combo->setFocus(Qt::TabFocusReason);
        QTRY_VERIFY(combo->hasFocus());
        QSet<QString> reached;
        QSet<QWidget *> visited;
        int cardLists = 0;
        for (int i = 0; i < 200; ++i) {
            QWidget *focus = QApplication::focusWidget();
            QVERIFY(focus);
            if (visited.contains(focus) && focus == combo && i > 0)
                break; // round the whole chain
            visited.insert(focus);
            reached.insert(focus->objectName());
            if (focus->objectName().startsWith(u"cell_"_s))
                ++cardLists;
            QTest::keyClick(focus, Qt::Key_Tab);
        }
        for (const QString &name : {u"sprintCombo"_s, u"laneCombo"_s, u"backlogQuickAdd"_s,
                                    u"filterSearch"_s, u"backlogList"_s})
            QVERIFY2(reached.contains(name),
                     qPrintable(name + u" not reached by Tab; reached: "_s +
                                QStringList(reached.cbegin(), reached.cend()).join(u", "_s)));
        QVERIFY2(cardLists >= int(m_window->board()->columns().size()),
                 qPrintable(u"%1 card lists reached"_s.arg(cardLists)));
    }

    void everyMenuActionHasAShortcutOrMnemonic()
    {
        QStringList missing;
        std::function<void(QMenu *, const QString &)> check = [&](QMenu *menu,
                                                                  const QString &path) {
            emit menu->aboutToShow();
            for (QAction *a : menu->actions()) {
                if (a->isSeparator() || !a->isVisible() || a->text().isEmpty())
                    continue;
                if (a->menu()) {
                    if (!hasMnemonic(a->text()))
                        missing.append(path + a->text());
                    check(a->menu(), path + a->text() + u" > "_s);
                    continue;
                }
                if (a->shortcut().isEmpty() && !hasMnemonic(a->text()) && a->isEnabled())
                    missing.append(path + a->text());
            }
        };
        int menus = 0;
        for (QAction *top : m_window->menuBar()->actions()) {
            if (!top->menu())
                continue;
            ++menus;
            QVERIFY2(hasMnemonic(top->text()), qPrintable(top->text()));
            check(top->menu(), top->text() + u" > "_s);
        }
        QVERIFY(menus >= 6);
        QVERIFY2(missing.isEmpty(),
                 qPrintable(u"Neither shortcut nor mnemonic:\n"_s + missing.join(u'\n')));
    }

    void noTwoWindowShortcutsShareAKey()
    {
        // A key bound twice where both are active does nothing (Qt calls it ambiguous). Window
        // wide keys (menus, buttons) must be unique, and no key of a board-only action may
        // also be window wide.
        struct Binding
        {
            QString name;
            bool windowWide;
        };
        QMultiHash<QString, Binding> byKey;
        QSet<const QObject *> seen;
        const QList<QAction *> actions = m_window->findChildren<QAction *>();
        for (const QAction *a : actions) {
            if (seen.contains(a))
                continue;
            seen.insert(a);
            const bool wide = a->shortcutContext() == Qt::WindowShortcut ||
                              a->shortcutContext() == Qt::ApplicationShortcut;
            QSet<QString> keys;
            for (const QKeySequence &k : a->shortcuts())
                keys.insert(k.toString());
            for (const QString &k : std::as_const(keys))
                byKey.insert(k, {a->text(), wide});
        }
        const QList<QAbstractButton *> buttons = m_window->findChildren<QAbstractButton *>();
        for (const QAbstractButton *b : buttons)
            if (!b->shortcut().isEmpty())
                byKey.insert(b->shortcut().toString(), {b->objectName(), true});
        QStringList clashes;
        for (const QString &key : byKey.uniqueKeys()) {
            const QList<Binding> bound = byKey.values(key);
            int wide = 0;
            QStringList names;
            for (const Binding &b : bound) {
                wide += b.windowWide ? 1 : 0;
                names.append(b.name);
            }
            if (wide >= 1 && bound.size() > 1)
                clashes.append(key + u": "_s + names.join(u", "_s));
        }
        QVERIFY2(clashes.isEmpty(), qPrintable(clashes.join(u'\n')));
    }

    void focusedCardHasAFrame()
    {
        // The current card of a focused list is drawn with a focus frame: the image differs
        // from the same list without focus.
        QVERIFY(m_window->showView(u"board"_s));
        m_window->activateWindow();
        QTRY_VERIFY(m_window->isActiveWindow());
        QAbstractItemView *list = nullptr;
        const QList<QAbstractItemView *> views = m_window->findChildren<QAbstractItemView *>();
        for (QAbstractItemView *v : views)
            if (v->objectName().startsWith(u"cell_"_s) && v->isVisible() && v->model() &&
                v->model()->rowCount() > 0) {
                list = v;
                break;
            }
        QVERIFY(list);
        list->setCurrentIndex(list->model()->index(0, 0));
        list->clearFocus();
        QApplication::processEvents();
        const QRect card = list->visualRect(list->model()->index(0, 0));
        const QImage unfocused = list->viewport()->grab(card).toImage();
        list->setFocus(Qt::TabFocusReason);
        QTRY_VERIFY(list->hasFocus());
        list->viewport()->repaint();
        const QImage focused = list->viewport()->grab(card).toImage();
        QVERIFY(!card.isEmpty());
        QVERIFY(focused != unfocused);
        // The frame uses the highlight colour.
        const QColor highlight = list->palette().color(QPalette::Highlight);
        int framePixels = 0;
        for (int y = 0; y < focused.height(); ++y)
            for (int x = 0; x < focused.width(); ++x) {
                const QColor c = focused.pixelColor(x, y);
                if (qAbs(c.red() - highlight.red()) < 40 &&
                    qAbs(c.green() - highlight.green()) < 40 &&
                    qAbs(c.blue() - highlight.blue()) < 40)
                    ++framePixels;
            }
        QVERIFY2(framePixels > card.width(), qPrintable(u"%1 frame pixels"_s.arg(framePixels)));
    }

    void contrastOfCardColours_data()
    {
        QTest::addColumn<QString>("theme");
        QTest::newRow("light") << u"light"_s;
        QTest::newRow("dark") << u"dark"_s;
        QTest::newRow("system") << u"system"_s;
    }

    void contrastOfCardColours()
    {
        QFETCH(QString, theme);
        const QPalette palette = theme == u"light"  ? Theme::lightPalette()
                                 : theme == u"dark" ? Theme::darkPalette()
                                                    : QApplication::palette();
        const QColor card = BoardStyle::cardBackground(palette);
        QStringList failures;
        auto need = [&](const QString &what, const QColor &fg, const QColor &bg, double min) {
            const double ratio = contrast(fg, bg);
            if (ratio < min)
                failures.append(u"%1 %2 on %3: %4:1 (needs %5:1)"_s.arg(
                    what, fg.name(), bg.name(), QString::number(ratio, 'f', 2),
                    QString::number(min)));
        };
        for (int priority = 1; priority <= 4; ++priority)
            need(u"priority %1"_s.arg(priority), BoardStyle::priorityColor(priority, palette), card,
                 3.0);
        for (int type = 0; type <= 3; ++type)
            need(u"type %1"_s.arg(type), BoardStyle::typeColor(type, palette), card, 3.0);
        need(u"danger"_s, BoardStyle::danger(palette), card, 3.0);
        need(u"card text"_s, palette.color(QPalette::Text), card, 4.5);
        need(u"secondary text"_s, BoardStyle::secondaryText(palette), card, 4.5);
        need(u"column text"_s, palette.color(QPalette::WindowText),
             BoardStyle::columnBackground(palette), 4.5);
        for (const QString &label : {u"ui"_s, u"bug"_s, u"docs"_s, u"reporting"_s, u"import"_s,
                                     u"ci"_s, u"board"_s, u"charts"_s, u"standup"_s})
            need(u"label "_s + label, BoardStyle::chipText(label, palette),
                 BoardStyle::chipBackground(label, palette), 4.5);
        for (const QString &name : {u"Ana Silva"_s, u"Ben Okoro"_s, u"Chen Wei"_s, u"Dana Ruiz"_s})
            need(u"initials of "_s + name, Qt::white, BoardStyle::avatarColor(name), 3.0);
        QVERIFY2(failures.isEmpty(), qPrintable(failures.join(u'\n')));
    }
};

SPRINTDECK_SETTINGS_TEST_MAIN(TestAccessibility)
#include "tst_accessibility.moc"
