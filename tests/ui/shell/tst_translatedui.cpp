#include "ui/board/cardeditor.h"
#include "ui/board/membersdialog.h"
#include "ui/shell/language.h"
#include "ui/shell/mainwindow.h"
#include "ui/sprints/closesprintdialog.h"
#include "ui/sprints/newsprintdialog.h"
#include "ui/sprints/startsprintdialog.h"
#include "ui/sync/remotesdialog.h"

#include "core/board/board.h"
#include "core/board/demo.h"
#include "core/models/cardlistmodel.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace SprintDeck;
using namespace Qt::StringLiterals;

namespace {

struct MenuEntry
{
    QString path; ///< "File > Open Board…" in the language shown
    QString text; ///< without accelerator marks
    QString accelerator;
};

QString plain(const QString &text)
{
    QString s = text;
    s.replace(u"&&"_s, u"\x01"_s);
    s.remove(u'&');
    s.replace(u'\x01', u'&');
    return s;
}

QString acceleratorOf(const QString &text)
{
    for (qsizetype i = 0; i + 1 < text.size(); ++i) {
        if (text.at(i) != u'&')
            continue;
        if (text.at(i + 1) == u'&') {
            ++i;
            continue;
        }
        return text.at(i + 1).toLower();
    }
    return {};
}

void walk(const QList<QAction *> &actions, const QString &prefix, QList<MenuEntry> &entries,
          QStringList &clashes)
{
    QHash<QString, QString> taken; // accelerator -> entry holding it, within this menu
    for (QAction *a : actions) {
        if (a->isSeparator() || a->text().isEmpty() || !a->isVisible())
            continue;
        const QString text = plain(a->text());
        const QString path = prefix.isEmpty() ? text : prefix + u" > "_s + text;
        const QString accel = acceleratorOf(a->text());
        if (!accel.isEmpty()) {
            if (taken.contains(accel))
                clashes.append(u"%1 and %2 (&%3)"_s.arg(taken.value(accel), path, accel));
            taken.insert(accel, path);
        }
        entries.append({path, text, accel});
        if (a->menu())
            walk(a->menu()->actions(), path, entries, clashes);
    }
}

QList<MenuEntry> menuEntries(QMainWindow &window, QStringList &clashes)
{
    QList<MenuEntry> entries;
    walk(window.menuBar()->actions(), QString(), entries, clashes);
    return entries;
}

/**
 * Menu texts that read the same in English and in the language: words the language borrows
 * (Sprint, Backlog, Burndown), names and keys.
 */
bool sameInBothAllowed(const QString &language, const QString &text)
{
    static const QStringList common = {u"Sprint"_s, u"Backlog"_s, u"Burndown"_s, u"Burnup"_s,
                                       u"P1"_s,     u"P2"_s,      u"P3"_s,       u"P4"_s};
    if (common.contains(text))
        return true;
    // Demo members, sprints and columns are data, not texts of the program.
    static const QRegularExpression data(u"^(Sprint \\d+.*|[A-Z][a-z]+ [A-Z][a-z]+)$"_s);
    if (data.match(text).hasMatch())
        return true;
    // German teams say Board (Kanban-Board) and Standup.
    return language == u"de" && QStringList{u"Board"_s, u"Standup"_s}.contains(text);
}

} // namespace

/** The main window in German and in French: menus, views and Qt's own buttons translated. */
class TestTranslatedUi : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void choice();
    void menus_data();
    void menus();
    void dialogs_data();
    void dialogs();
    void englishPointsTakeTheirPlural();

private:
    std::unique_ptr<MainWindow> demoWindow(const QString &name);

    std::unique_ptr<QTemporaryDir> m_dir;
    QList<MenuEntry> m_english;
};

void TestTranslatedUi::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationDomain(u"sprintdeck.org"_s);
    QCoreApplication::setApplicationName(u"sprintdeck-tst-translatedui"_s);
    // The test's own settings start empty: files remembered by an earlier run would show in
    // File > Open Recent under their own names.
    QSettings().clear();
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    QCOMPARE(Language::install(u"en"_s), u"en"_s);
    auto window = demoWindow(u"english"_s);
    QVERIFY(window);
    QStringList clashes;
    m_english = menuEntries(*window, clashes);
    QVERIFY(m_english.size() > 30);
}

void TestTranslatedUi::cleanupTestCase()
{
    QSettings().remove(Language::settingsKey());
    Language::install(u"en"_s);
}

std::unique_ptr<MainWindow> TestTranslatedUi::demoWindow(const QString &name)
{
    auto opened = Board::open(m_dir->filePath(name + u".sprintdeck"_s));
    if (!opened || !fillDemo(*opened.value()))
        return nullptr;
    auto window = std::make_unique<MainWindow>(std::move(opened.value()));
    window->resize(1600, 1000);
    window->show();
    if (!QTest::qWaitForWindowExposed(window.get()))
        return nullptr;
    return window;
}

/** --lang wins over the setting ui/language, which wins over the system; bad values are ignored. */
void TestTranslatedUi::choice()
{
    QSettings settings;
    settings.setValue(Language::settingsKey(), u"fr"_s);
    QCOMPARE(Language::choose(), u"fr"_s);
    QCOMPARE(Language::choose(u"de"_s), u"de"_s);
    QCOMPARE(Language::choose(u"xx"_s), u"fr"_s);
    settings.setValue(Language::settingsKey(), u"en"_s);
    QCOMPARE(Language::choose(), u"en"_s);
    // Empty or unknown: the system's first language SprintDeck speaks, else English.
    QString system = u"en"_s;
    for (const QString &name : QLocale::system().uiLanguages()) {
        const QString code = name.section(u'-', 0, 0);
        if (Language::available().contains(code)) {
            system = code;
            break;
        }
    }
    settings.setValue(Language::settingsKey(), QString());
    QCOMPARE(Language::choose(), system);
    settings.setValue(Language::settingsKey(), u"klingon"_s);
    QCOMPARE(Language::choose(), system);
    settings.remove(Language::settingsKey());
    QCOMPARE(Language::choose(), system);
}

void TestTranslatedUi::menus_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("fileMenu");
    QTest::addColumn<QString>("cancel");
    QTest::addColumn<QString>("filterStart");
    QTest::addColumn<QString>("saved");
    QTest::newRow("German") << u"de"_s << u"Datei"_s << u"Abbrechen"_s << u"Nach Schlüssel"_s
                            << u"gespeichert"_s;
    QTest::newRow("French") << u"fr"_s << u"Fichier"_s << u"Annuler"_s << u"Filtrer par clé"_s
                            << u"enregistr"_s;
}

/** Every visible menu entry is translated, accelerators stay unique, views speak the language. */
void TestTranslatedUi::menus()
{
    QFETCH(QString, language);
    QFETCH(QString, fileMenu);
    QFETCH(QString, cancel);
    QFETCH(QString, filterStart);
    QFETCH(QString, saved);

    QCOMPARE(Language::install(language), language);
    auto window = demoWindow(language);
    QVERIFY(window);

    QStringList clashes;
    const QList<MenuEntry> entries = menuEntries(*window, clashes);
    QCOMPARE(entries.size(), m_english.size());
    QCOMPARE(entries.first().text, fileMenu);
    QStringList english;
    for (qsizetype i = 0; i < entries.size(); ++i) {
        const MenuEntry &e = entries.at(i);
        if (e.text == m_english.at(i).text && !sameInBothAllowed(language, e.text))
            english.append(e.path);
    }
    QVERIFY2(english.isEmpty(),
             qPrintable(u"Menu entries left in English:\n"_s + english.join(u'\n')));
    QVERIFY2(clashes.isEmpty(),
             qPrintable(u"Accelerators used twice in one menu:\n"_s + clashes.join(u'\n')));

    // The board's filter field and the status bar.
    bool filterFound = false;
    for (QLineEdit *edit : window->findChildren<QLineEdit *>()) {
        if (edit->placeholderText().startsWith(filterStart))
            filterFound = true;
        QVERIFY2(!edit->placeholderText().startsWith(u"Filter by key"_s),
                 qPrintable(edit->placeholderText()));
    }
    QVERIFY2(filterFound, qPrintable(filterStart));
    QVERIFY2(window->saveStatus().contains(saved), qPrintable(window->saveStatus()));

    // Every view's buttons: none shows one of the English texts of the menus.
    QSet<QString> englishTexts;
    for (const MenuEntry &e : std::as_const(m_english))
        if (e.text.size() > 3 && !sameInBothAllowed(language, e.text))
            englishTexts.insert(e.text);
    for (const QString &view : {u"board"_s, u"charts"_s, u"standup"_s, u"slides"_s}) {
        QVERIFY(window->showView(view));
        QCoreApplication::processEvents();
        for (QAbstractButton *b : window->findChildren<QAbstractButton *>()) {
            if (!b->isVisible())
                continue;
            QVERIFY2(!englishTexts.contains(plain(b->text())),
                     qPrintable(u"%1: button “%2” in English"_s.arg(view, b->text())));
        }
    }

    // Qt's own texts: standard buttons.
    QDialogButtonBox box(QDialogButtonBox::Cancel);
    QCOMPARE(plain(box.button(QDialogButtonBox::Cancel)->text()), cancel);
}

void TestTranslatedUi::dialogs_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("German") << u"de"_s;
    QTest::newRow("French") << u"fr"_s;
}

/**
 * The dialogs in German and French show every label and button whole: none is narrower than
 * its text. SPRINTDECK_SCREENSHOT_DIR=dir saves a picture of each for people to look at.
 */
void TestTranslatedUi::dialogs()
{
    QFETCH(QString, language);
    QCOMPARE(Language::install(language), language);
    auto opened = Board::open(m_dir->filePath(u"dialogs-"_s + language + u".sprintdeck"_s));
    QVERIFY(opened);
    Board *board = opened.value().get();
    QVERIFY(fillDemo(*board));
    qint64 active = 0, planned = 0;
    for (const Sprint &sprint : board->sprints()) {
        if (sprint.state == Sprint::State::Active)
            active = sprint.id;
        else if (sprint.state == Sprint::State::Planned)
            planned = sprint.id;
    }
    QVERIFY(active);
    const QList<qint64> &firstColumn = board->cardsIn(active, board->columns().first().id);
    QVERIFY(!firstColumn.isEmpty());

    std::vector<std::pair<QString, std::unique_ptr<QWidget>>> dialogs;
    dialogs.emplace_back(u"newsprint"_s, std::make_unique<NewSprintDialog>(board));
    dialogs.emplace_back(u"closesprint"_s, std::make_unique<CloseSprintDialog>(board, active));
    if (planned)
        dialogs.emplace_back(u"startsprint"_s, std::make_unique<StartSprintDialog>(board, planned));
    dialogs.emplace_back(u"cardeditor"_s, std::make_unique<CardEditor>(board, firstColumn.first()));
    dialogs.emplace_back(u"members"_s, std::make_unique<MembersDialog>(board));
    dialogs.emplace_back(u"remotes"_s, std::make_unique<RemotesDialog>(board));

    const QString dir = qEnvironmentVariable("SPRINTDECK_SCREENSHOT_DIR");
    QStringList cut;
    for (auto &[name, dialog] : dialogs) {
        dialog->show();
        QVERIFY(QTest::qWaitForWindowExposed(dialog.get()));
        QCoreApplication::processEvents();
        for (QAbstractButton *b : dialog->findChildren<QAbstractButton *>()) {
            if (b->isVisible() && !b->text().isEmpty() && b->width() < b->sizeHint().width())
                cut.append(u"%1: button “%2” (%3 of %4 px)"_s.arg(name, b->text())
                               .arg(b->width())
                               .arg(b->sizeHint().width()));
        }
        for (QLabel *l : dialog->findChildren<QLabel *>()) {
            if (l->isVisible() && !l->wordWrap() && !l->text().isEmpty() &&
                l->width() < l->minimumSizeHint().width())
                cut.append(u"%1: label “%2” (%3 of %4 px)"_s.arg(name, l->text())
                               .arg(l->width())
                               .arg(l->minimumSizeHint().width()));
        }
        if (!dir.isEmpty())
            dialog->grab().save(QDir(dir).filePath(u"%1-%2.png"_s.arg(language, name)));
        dialog->hide();
    }
    QVERIFY2(cut.isEmpty(), qPrintable(u"Texts cut off:\n"_s + cut.join(u'\n')));
    dialogs.clear();
}

/** "1 point", never "1 points": in the card tooltips and wherever points are counted. */
void TestTranslatedUi::englishPointsTakeTheirPlural()
{
    QCOMPARE(Language::install(u"en"_s), u"en"_s);
    QCOMPARE(formatPointsWithUnit(1), u"1 point"_s);
    QCOMPARE(formatPointsWithUnit(0), u"0 points"_s);
    QCOMPARE(formatPointsWithUnit(3), u"3 points"_s);
    QCOMPARE(formatPointsWithUnit(1.5), u"1.5 points"_s);
    QCOMPARE(formatPointsWithUnit(0.5), u"0.5 points"_s);

    auto opened = Board::open(m_dir->filePath(u"points.sprintdeck"_s));
    QVERIFY(opened);
    Board *board = opened.value().get();
    Card card;
    card.title = u"Tiny"_s;
    card.points = 1;
    QVERIFY(board->addCard(card));
    CardListModel backlog(board);
    backlog.setList(0, 0);
    QCOMPARE(backlog.rowCount(), 1);
    const QString tip = backlog.index(0).data(Qt::ToolTipRole).toString();
    QVERIFY2(tip.contains(u"1 point"_s) && !tip.contains(u"1 points"_s), qPrintable(tip));
    const QString spoken = backlog.index(0).data(Qt::AccessibleTextRole).toString();
    QVERIFY2(spoken.endsWith(u"1 point"_s), qPrintable(spoken));
}

QTEST_MAIN(TestTranslatedUi)
#include "tst_translatedui.moc"
