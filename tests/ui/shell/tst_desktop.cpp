#include "tests/testpaths.h"
#include "tests/ui/boardfixture.h"
#include "tests/ui/desktoptestmain.h"
#include "ui/board/backlogpanel.h"
#include "ui/board/boardview.h"

#include "ui/import/importdialog.h"
#include "ui/import/importexport.h"
#include "ui/shell/fileactions.h"
#include "ui/shell/mainwindow.h"
#include "ui/shell/preferencesdialog.h"
#include "ui/shell/settings.h"
#include "ui/shell/shortcutsdialog.h"
#include "ui/shell/theme.h"
#include "ui/sprints/newsprintdialog.h"

#include "core/board/board.h"
#include "core/domain/workweek.h"

#include <QAction>
#include <QCalendarWidget>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDockWidget>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMessageBox>
#include <QPointer>
#include <QProgressDialog>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QSplitter>
#include <QStatusBar>
#include <QTreeWidget>
#include <QUndoStack>

using namespace SprintDeck;
using namespace Qt::StringLiterals;

namespace {

QString sample(const QString &name)
{
    return TestPaths::testData() + u"/samples/"_s + name;
}

/** Visible main windows other than `except`. */
QList<MainWindow *> otherWindows(const MainWindow *except)
{
    QList<MainWindow *> found;
    for (QWidget *w : QApplication::topLevelWidgets())
        if (auto *mw = qobject_cast<MainWindow *>(w); mw && mw != except && mw->isVisible())
            found.append(mw);
    return found;
}

/** Closes the message boxes showError() opened and returns their texts. */
QStringList takeMessageBoxes()
{
    QStringList texts;
    for (QWidget *w : QApplication::topLevelWidgets()) {
        if (auto *box = qobject_cast<QMessageBox *>(w); box && box->isVisible()) {
            texts.append(box->text());
            box->done(0);
        }
    }
    QApplication::processEvents();
    return texts;
}

} // namespace

class TestDesktop : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;

    std::unique_ptr<MainWindow> window(const QString &name = u"board.sprintdeck"_s)
    {
        auto board = TestFixture::makeBoard(m_dir->filePath(name));
        if (!board)
            return nullptr;
        return std::make_unique<MainWindow>(std::move(board));
    }

private slots:
    void init()
    {
        QSettings().clear();
        Theme::apply(u"system"_s);
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
    }

    void cleanup()
    {
        for (QWidget *w : QApplication::topLevelWidgets())
            if (auto *mw = qobject_cast<MainWindow *>(w);
                mw && mw->testAttribute(Qt::WA_DeleteOnClose))
                mw->close();
        takeMessageBoxes();
    }

    void settingsIsolated()
    {
        // The tests write settings: they must not be the user's.
        const QString file = QSettings().fileName();
        QVERIFY2(file.contains(u"SprintDeckTests"_s), qPrintable(file));
        QVERIFY2(!file.startsWith(QDir::homePath() + u"/.config"_s), qPrintable(file));
    }

    void preferencesRoundTrip()
    {
        const QColor systemWindow = QApplication::palette().color(QPalette::Window);
        QVERIFY(systemWindow != Theme::darkPalette().color(QPalette::Window));
        {
            PreferencesDialog dialog;
            // Defaults as the application has them without settings.
            QCOMPARE(dialog.databaseEdit()->text(), QString());
            QCOMPARE(dialog.speakerEdit()->value(), 120);
            QCOMPARE(dialog.weekStartBox()->currentData().toString(), u"system"_s);
            for (int day = 1; day <= 7; ++day)
                QCOMPARE(dialog.workingDayBox(day)->isChecked(), day <= 5);
            QCOMPARE(dialog.themeBox()->currentData().toString(), u"system"_s);
            QCOMPARE(dialog.languageBox()->currentData().toString(), QString());

            dialog.databaseEdit()->setText(m_dir->filePath(u"team.sprintdeck"_s));
            dialog.speakerEdit()->setValue(90);
            dialog.weekStartBox()->setCurrentIndex(dialog.weekStartBox()->findData(u"sunday"_s));
            dialog.workingDayBox(5)->setChecked(false);
            dialog.workingDayBox(7)->setChecked(true);
            dialog.themeBox()->setCurrentIndex(dialog.themeBox()->findData(u"dark"_s));
            dialog.languageBox()->setCurrentIndex(dialog.languageBox()->findData(u"de"_s));
            QVERIFY(dialog.save());
        }
        // The keys other code reads.
        QSettings settings;
        QCOMPARE(settings.value(u"ui/theme"_s).toString(), u"dark"_s);
        QCOMPARE(settings.value(u"ui/language"_s).toString(), u"de"_s);
        QCOMPARE(settings.value(u"standup/speakerSeconds"_s).toInt(), 90);
        QCOMPARE(Settings::defaultDatabase(u"fallback"_s), m_dir->filePath(u"team.sprintdeck"_s));
        QCOMPARE(Settings::firstDayOfWeek(), Qt::Sunday);
        QCOMPARE(Settings::workingWeekdays(), (QList<int>{1, 2, 3, 4, 7}));
        // The theme applies at once.
        QCOMPARE(Theme::current(), u"dark"_s);
        QVERIFY(QApplication::palette().color(QPalette::Window).lightnessF() < 0.5);

        PreferencesDialog again;
        QCOMPARE(again.databaseEdit()->text(), m_dir->filePath(u"team.sprintdeck"_s));
        QCOMPARE(again.speakerEdit()->value(), 90);
        QCOMPARE(again.weekStartBox()->currentData().toString(), u"sunday"_s);
        QVERIFY(!again.workingDayBox(5)->isChecked());
        QVERIFY(again.workingDayBox(7)->isChecked());
        QCOMPARE(again.themeBox()->currentData().toString(), u"dark"_s);
        QCOMPARE(again.languageBox()->currentData().toString(), u"de"_s);

        // Back to the system theme and the built-in default database.
        again.themeBox()->setCurrentIndex(again.themeBox()->findData(u"system"_s));
        again.databaseEdit()->clear();
        QVERIFY(again.save());
        QCOMPARE(Theme::current(), u"system"_s);
        // The platform's palette again (light on the offscreen platform), not the forced one.
        QCOMPARE(QApplication::palette().color(QPalette::Window), systemWindow);
        QCOMPARE(Settings::defaultDatabase(u"fallback"_s), u"fallback"_s);
        QVERIFY(!QSettings().contains(u"general/defaultDatabase"_s));
    }

    void preferencesRefuseNoWorkingDay()
    {
        PreferencesDialog dialog;
        for (int day = 1; day <= 7; ++day)
            dialog.workingDayBox(day)->setChecked(false);
        QVERIFY(!dialog.save());
        QCOMPARE(Settings::workingWeekdays(), (QList<int>{1, 2, 3, 4, 5}));
        auto *error = dialog.findChild<QLabel *>(u"error"_s);
        QVERIFY(error && !error->isHidden());
        QVERIFY(!error->text().isEmpty());
    }

    void languageChangeSaysRestart()
    {
        PreferencesDialog dialog;
        auto *note = dialog.findChild<QLabel *>(u"languageNote"_s);
        QVERIFY(note);
        QVERIFY(note->isHidden());
        dialog.languageBox()->setCurrentIndex(dialog.languageBox()->findData(u"fr"_s));
        QVERIFY(!note->isHidden());
        QVERIFY(note->text().contains(u"restart"_s));
    }

    void newSprintUsesWorkingDaysAndWeekStart()
    {
        Settings::setWorkingWeekdays({1, 2, 3, 4}); // Monday to Thursday
        Settings::setWeekStart(u"sunday"_s);
        auto board = TestFixture::makeBoard(m_dir->filePath(u"s.sprintdeck"_s));
        QVERIFY(board);
        NewSprintDialog dialog(board.get());
        QCOMPARE(dialog.startEdit()->calendarWidget()->firstDayOfWeek(), Qt::Sunday);
        const QDate monday(2026, 3, 2);
        dialog.startEdit()->setDate(monday);
        dialog.endEdit()->setDate(monday.addDays(11)); // to Friday of the next week
        Sprint s = dialog.sprint();
        QCOMPARE(s.workingDays(), 8);
        QCOMPARE(s.holidays, (QList<QDate>{monday.addDays(4), monday.addDays(11)}));
        QVERIFY(!s.isWorkingDay(monday.addDays(4)));
        // The calendar list shows Fridays unchecked; checking one makes it worked again.
        QListWidgetItem *friday = dialog.calendar()->item(4);
        QCOMPARE(friday->data(Qt::UserRole).toDate(), monday.addDays(4));
        QCOMPARE(friday->checkState(), Qt::Unchecked);
        friday->setCheckState(Qt::Checked);
        s = dialog.sprint();
        QCOMPARE(s.workingDays(), 9);
        QCOMPARE(s.holidays, (QList<QDate>{monday.addDays(11)}));
    }

    void twoWeeksFollowTheWorkingWeek()
    {
        Settings::setWorkingWeekdays({1, 2, 3, 4}); // Monday to Thursday
        const QList<int> week{1, 2, 3, 4};
        auto isWorked = [&week](QDate d) { return week.contains(d.dayOfWeek()); };

        // The New Sprint dialog: two working weeks from the next working day.
        auto board = TestFixture::makeBoard(m_dir->filePath(u"w.sprintdeck"_s));
        QVERIFY(board);
        NewSprintDialog dialog(board.get());
        const Sprint proposed = dialog.sprint();
        QVERIFY(isWorked(proposed.start));
        QVERIFY(isWorked(proposed.end));
        QCOMPARE(proposed.workingDays(), 8);

        // The empty board's "Create Sprint 1" button does the same.
        auto opened = Board::open(m_dir->filePath(u"first.sprintdeck"_s));
        QVERIFY(opened);
        std::unique_ptr<Board> empty = std::move(opened.value());
        BoardView view(empty.get());
        auto *create = view.findChild<QPushButton *>(u"createFirstSprint"_s);
        QVERIFY(create);
        create->click();
        QCOMPARE(empty->sprints().size(), 1);
        const Sprint first = empty->sprints().first();
        QVERIFY2(isWorked(first.start), qPrintable(first.start.toString()));
        QVERIFY2(isWorked(first.end), qPrintable(first.end.toString()));
        QVERIFY(first.start >= QDate::currentDate());
        QVERIFY(first.start < QDate::currentDate().addDays(7));
        QCOMPARE(first.workingDays(), 8);

        // Monday to Friday: ten working days, Monday to Friday of the next week.
        QCOMPARE(workingWeeksEnd(QDate(2026, 3, 2), {1, 2, 3, 4, 5}), QDate(2026, 3, 13));
        QCOMPARE(workingWeeksEnd(QDate(2026, 3, 4), {1, 2, 3, 4, 5}), QDate(2026, 3, 17));
        QCOMPARE(nextWorkingDay(QDate(2026, 3, 1), {1, 2, 3, 4, 5}), QDate(2026, 3, 2));
    }

    void recentFiles()
    {
        QStringList paths;
        for (int i = 0; i < 10; ++i) {
            paths.append(m_dir->filePath(u"b%1.sprintdeck"_s.arg(i)));
            QFile f(paths.last());
            QVERIFY(f.open(QIODevice::WriteOnly));
            Settings::addRecentFile(paths.last());
        }
        QStringList recent = Settings::recentFiles();
        QCOMPARE(recent.size(), Settings::kMaxRecentFiles);
        QCOMPARE(recent.first(), QFileInfo(paths.at(9)).canonicalFilePath());
        QCOMPARE(recent.last(), QFileInfo(paths.at(2)).canonicalFilePath());
        // Opening again moves a file to the top without duplicating it.
        Settings::addRecentFile(paths.at(5));
        recent = Settings::recentFiles();
        QCOMPARE(recent.size(), Settings::kMaxRecentFiles);
        QCOMPARE(recent.first(), QFileInfo(paths.at(5)).canonicalFilePath());
        QCOMPARE(recent.count(QFileInfo(paths.at(5)).canonicalFilePath()), 1);
    }

    void recentMenuOpensAndDropsMissingFiles()
    {
        auto other = TestFixture::makeBoard(m_dir->filePath(u"other.sprintdeck"_s));
        QVERIFY(other);
        other.reset(); // closed: the window opens it
        Settings::addRecentFile(m_dir->filePath(u"other.sprintdeck"_s));
        const QString gone = m_dir->filePath(u"gone.sprintdeck"_s);
        QFile(gone).open(QIODevice::WriteOnly);
        Settings::addRecentFile(gone);
        QFile::remove(gone);

        auto main = window();
        QVERIFY(main);
        main->show();
        // A window made in code leaves the list alone; the window the user starts is added.
        QCOMPARE(Settings::recentFiles().size(), 2);
        main->restoreWindowState();
        QCOMPARE(Settings::recentFiles().first(),
                 QFileInfo(main->board()->path()).canonicalFilePath());
        QMenu *menu = main->fileActions()->recentMenu();
        emit menu->aboutToShow();
        QStringList entries;
        for (QAction *a : menu->actions())
            if (!a->isSeparator())
                entries.append(a->text());
        QVERIFY2(entries.size() == 4, qPrintable(entries.join(u" | "_s))); // 3 files, Clear List
        QVERIFY(entries.at(0).startsWith(u"&1 board.sprintdeck"_s));
        QVERIFY(entries.at(1).startsWith(u"&2 gone.sprintdeck"_s));

        // A file that is gone: a message, and it leaves the list; the window stays as it is.
        QVERIFY(!main->fileActions()->openRecent(gone));
        const QStringList messages = takeMessageBoxes();
        QCOMPARE(messages.size(), 1);
        QVERIFY(messages.first().contains(u"no longer exists"_s));
        QVERIFY(!Settings::recentFiles().contains(gone));
        QVERIFY(main->isVisible());

        // An existing one opens in its own window.
        const QString otherPath =
            QFileInfo(m_dir->filePath(u"other.sprintdeck"_s)).canonicalFilePath();
        QVERIFY(main->fileActions()->openRecent(otherPath));
        const QList<MainWindow *> opened = otherWindows(main.get());
        QCOMPARE(opened.size(), 1);
        QCOMPARE(QFileInfo(opened.first()->board()->path()).canonicalFilePath(), otherPath);
        QVERIFY(opened.first()->windowTitle().startsWith(u"other.sprintdeck"_s));
        opened.first()->close();

        // Clear List empties it.
        emit menu->aboutToShow();
        QAction *clear = menu->findChild<QAction *>(u"clearRecentAction"_s);
        QVERIFY(clear);
        clear->trigger();
        QVERIFY(Settings::recentFiles().isEmpty());
    }

    void saveAsSwitchesToACopy()
    {
        auto main = window();
        QVERIFY(main);
        main->show();
        main->showView(u"charts"_s);
        const int cards = main->board()->cardCount();
        QVERIFY(cards > 0);
        const QString copyPath = m_dir->filePath(u"copy.sprintdeck"_s);
        QVERIFY(main->fileActions()->saveAs(copyPath));
        QVERIFY(!main->isVisible()); // this window made way for the copy's

        const QList<MainWindow *> windows = otherWindows(main.get());
        QCOMPARE(windows.size(), 1);
        MainWindow *copy = windows.first();
        QCOMPARE(QFileInfo(copy->board()->path()).canonicalFilePath(),
                 QFileInfo(copyPath).canonicalFilePath());
        QCOMPARE(copy->board()->cardCount(), cards);
        QCOMPARE(copy->currentViewName(), u"charts"_s);
        QVERIFY(copy->windowTitle().startsWith(u"copy.sprintdeck"_s));
        QVERIFY(copy->statusBar()->currentMessage().contains(u"copy.sprintdeck"_s));

        // Changes go to the copy only.
        const Card *first = copy->board()->cardByKey(u"T-1"_s);
        QVERIFY(first);
        Card edited = *first;
        edited.title = u"Changed in the copy"_s;
        QVERIFY(copy->board()->updateCard(edited));
        auto original = TestFixture::reopen(m_dir->filePath(u"board.sprintdeck"_s));
        QVERIFY(original);
        QCOMPARE(original->cardByKey(u"T-1"_s)->title, u"Burndown chart on the dashboard"_s);
        auto copied = TestFixture::reopen(copyPath);
        QVERIFY(copied);
        QCOMPARE(copied->cardByKey(u"T-1"_s)->title, u"Changed in the copy"_s);
        QCOMPARE(copied->cardCount(), cards);
        QCOMPARE(Settings::recentFiles().first(), QFileInfo(copyPath).canonicalFilePath());
        copy->close();
    }

    void saveAsErrorsKeepTheBoard()
    {
        auto main = window();
        QVERIFY(main);
        main->show();
        // Onto itself, and into a folder that does not exist.
        QVERIFY(!main->fileActions()->saveAs(main->board()->path()));
        QCOMPARE(takeMessageBoxes().size(), 1);
        QVERIFY(!main->fileActions()->saveAs(m_dir->filePath(u"no/such/folder/x.sprintdeck"_s)));
        QCOMPARE(takeMessageBoxes().size(), 1);
        QVERIFY(main->isVisible());
        QVERIFY(otherWindows(main.get()).isEmpty());
        QVERIFY(main->board()->cardByKey(u"T-1"_s));
    }

    void badFileKeepsTheBoardOpen()
    {
        auto main = window();
        QVERIFY(main);
        main->show();
        const QString bad = m_dir->filePath(u"bad.sprintdeck"_s);
        QFile f(bad);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QByteArray(4096, 'x'));
        f.close();
        QVERIFY(!main->openBoardWindow(bad, false));
        const QStringList messages = takeMessageBoxes();
        QCOMPARE(messages.size(), 1);
        QVERIFY2(messages.first().contains(u"bad.sprintdeck"_s), qPrintable(messages.first()));
        QVERIFY(main->isVisible());
        QVERIFY(otherWindows(main.get()).isEmpty());
        QVERIFY(!main->switchToBoard(bad));
        QCOMPARE(takeMessageBoxes().size(), 1);
        QVERIFY(main->isVisible());
    }

    void windowStateRestored()
    {
        QByteArray splitterState;
        QSize size;
        {
            auto first = window();
            QVERIFY(first);
            first->resize(1100, 760);
            first->show();
            QVERIFY(QTest::qWaitForWindowExposed(first.get()));
            first->undoHistoryDock()->show();
            first->showView(u"standup"_s);
            auto *splitter = first->findChild<QSplitter *>(u"chartsSplitter"_s);
            QVERIFY(splitter);
            splitter->setSizes({300, 700});
            splitterState = splitter->saveState();
            size = first->size(); // 1100 wide, or the window's minimum width when that is more
            first->close();       // saves
        }
        QVERIFY(QSettings().contains(u"window/geometry"_s));
        auto second = window(u"second.sprintdeck"_s);
        QVERIFY(second);
        QCOMPARE(second->currentViewName(), u"board"_s);
        second->restoreWindowState();
        second->show();
        QVERIFY(QTest::qWaitForWindowExposed(second.get()));
        QCOMPARE(second->currentViewName(), u"standup"_s);
        QCOMPARE(second->size(), size);
        QVERIFY(second->undoHistoryDock()->isVisible());
        QCOMPARE(second->findChild<QSplitter *>(u"chartsSplitter"_s)->saveState(), splitterState);
        // The backlog was open on the board: it comes back with the board.
        second->showView(u"board"_s);
        QVERIFY(second->backlogPanel()->isVisible());
    }

    void shortcutOverviewListsTheActions()
    {
        auto main = window();
        QVERIFY(main);
        main->show();
        QVERIFY(QTest::qWaitForWindowExposed(main.get()));
        main->activateWindow();
        QTRY_VERIFY(main->isActiveWindow());
        QTest::keyClick(main.get(), Qt::Key_F1);
        auto *dialog = main->findChild<ShortcutsDialog *>();
        QVERIFY(dialog);
        QTRY_VERIFY(dialog->isVisible());
        const QStringList rows = dialog->visibleRows();
        const auto keys = [](const QKeySequence &k) {
            return k.toString(QKeySequence::NativeText);
        };
        // Every menu action that has a shortcut is listed with it, under its menu.
        for (const QString &name : {u"saveAsAction"_s, u"importAction"_s, u"preferencesAction"_s,
                                    u"shortcutsAction"_s, u"quitAction"_s}) {
            auto *action = main->findChild<QAction *>(name);
            QVERIFY2(action, qPrintable(name));
            QString text = action->text().remove(u'&');
            if (text.endsWith(u'\u2026'))
                text.chop(1);
            const QString row = text + u'\t' + keys(action->shortcut());
            QVERIFY2(std::any_of(rows.cbegin(), rows.cend(),
                                 [&row](const QString &r) { return r.endsWith(u'/' + row); }),
                     qPrintable(row + u" not in:\n"_s + rows.join(u'\n')));
        }
        QVERIFY(rows.contains(u"File/Save As\t"_s +
                              keys(QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_S))));
        QVERIFY(rows.contains(u"View/Charts\t"_s + keys(QKeySequence(Qt::CTRL | Qt::Key_2))));
        QVERIFY(
            rows.contains(u"Edit/Preferences\t"_s + keys(QKeySequence(Qt::CTRL | Qt::Key_Comma))));

        // Searching narrows the list to matching actions or keys.
        dialog->searchEdit()->setText(u"preferences"_s);
        QCOMPARE(dialog->visibleRows(), QStringList{u"Edit/Preferences\t"_s +
                                                    keys(QKeySequence(Qt::CTRL | Qt::Key_Comma))});
        dialog->searchEdit()->setText(u"zzzz-nothing"_s);
        QVERIFY(dialog->visibleRows().isEmpty());
        dialog->searchEdit()->clear();
        QCOMPARE(dialog->visibleRows(), rows);
        dialog->close();
    }

    void questionMarkOutsideTextFields()
    {
        auto main = window();
        QVERIFY(main);
        main->show();
        QVERIFY(QTest::qWaitForWindowExposed(main.get()));
        main->activateWindow();
        QTRY_VERIFY(main->isActiveWindow());
        // In a text field "?" is typed.
        auto *search = main->findChild<QLineEdit *>(u"backlogQuickAdd"_s);
        QVERIFY(search);
        search->setFocus();
        QTRY_VERIFY(search->hasFocus());
        QTest::keyClick(search, Qt::Key_Question, Qt::ShiftModifier);
        QCOMPARE(search->text(), u"?"_s);
        QVERIFY(!main->findChild<ShortcutsDialog *>());
        // Elsewhere it opens the overview.
        auto *combo = main->findChild<QComboBox *>(u"sprintCombo"_s);
        QVERIFY(combo);
        combo->setFocus();
        QTRY_VERIFY(combo->hasFocus());
        QTest::keyClick(combo, Qt::Key_Question, Qt::ShiftModifier);
        auto *dialog = main->findChild<ShortcutsDialog *>();
        QVERIFY(dialog);
        QTRY_VERIFY(dialog->isVisible());
    }

    void cancelledImportLeavesTheBoardUntouched()
    {
        auto board = TestFixture::makeBoard(m_dir->filePath(u"import.sprintdeck"_s));
        QVERIFY(board);
        const int before = board->cardCount();
        const int sprints = int(board->sprints().size());
        ImportDialog dialog(board.get(), {sample(u"sprint4-daily-status.md"_s)});
        QVERIFY(dialog.errorText().isEmpty());
        const int importing = dialog.importedCards();
        QVERIFY(importing > 0);
        bool shown = false;
        connect(&dialog, &ImportDialog::progressStarted, this, [&shown](QProgressDialog *p) {
            shown = true;
            p->cancel();
        });
        dialog.accept();
        QVERIFY(shown);
        QVERIFY(dialog.wasCancelled());
        QCOMPARE(dialog.result(), int(QDialog::Rejected));
        QCOMPARE(board->cardCount(), before);
        QCOMPARE(int(board->sprints().size()), sprints);
        QCOMPARE(board->undoStack()->count(), 0);
        // Nothing reached the file either.
        auto reader = TestFixture::reopen(board->path());
        QVERIFY(reader);
        QCOMPARE(reader->cardCount(), before);
        QCOMPARE(int(reader->sprints().size()), sprints);
        reader.reset();

        // Without cancelling it imports, as one undo step.
        disconnect(&dialog, &ImportDialog::progressStarted, this, nullptr);
        dialog.accept();
        QVERIFY(!dialog.wasCancelled());
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QVERIFY(board->cardCount() > before);
        QCOMPARE(board->undoStack()->count(), 1);
    }

    void exportRunsAwayFromTheWindowAndCancels()
    {
        auto main = window();
        QVERIFY(main);
        main->show();
        auto *importExport = main->findChild<ImportExport *>();
        QVERIFY(importExport);
        // Cancelled: no file, and the status bar says so.
        const QString cancelled = m_dir->filePath(u"cancelled.json"_s);
        QSignalSpy written(importExport, &ImportExport::exported);
        QPointer<QProgressDialog> progress = importExport->exportTo(cancelled);
        QVERIFY(progress);
        progress->cancel();
        QTRY_VERIFY(main->statusBar()->currentMessage().startsWith(u"Export cancelled"_s));
        // The worker finishes on its own, and the dialog goes once its result is handled: it
        // must not write.
        QTRY_VERIFY(!progress);
        QVERIFY(!QFile::exists(cancelled));
        QCOMPARE(written.count(), 0);

        // Each format is written and named in the status bar.
        for (const QString &name : {u"board.json"_s, u"cards.csv"_s, u"status.md"_s}) {
            const QString path = m_dir->filePath(name);
            importExport->exportTo(path);
            QTRY_COMPARE(written.count(), 1);
            QCOMPARE(written.takeFirst().at(0).toString(), path);
            QCOMPARE(main->statusBar()->currentMessage(), u"Exported to "_s + name);
            QFile file(path);
            QVERIFY(file.open(QIODevice::ReadOnly));
            const QByteArray text = file.readAll();
            QVERIFY2(text.contains("T-1") || text.contains("Sprint 7"), text.left(200).constData());
        }
        QTRY_VERIFY(main->findChildren<QProgressDialog *>().isEmpty());
    }

    void importReportsInTheStatusBar()
    {
        auto main = window();
        QVERIFY(main);
        main->show();
        auto *importExport = main->findChild<ImportExport *>();
        QVERIFY(importExport);
        importExport->importFiles({sample(u"sprint4-daily-status.md"_s)});
        auto *dialog = main->findChild<ImportDialog *>();
        QVERIFY(dialog);
        const int n = dialog->importedCards();
        dialog->accept();
        QTRY_VERIFY(main->statusBar()->currentMessage().startsWith(
            u"Imported %1 cards from sprint4-daily-status.md"_s.arg(n)));
    }
};

SPRINTDECK_SETTINGS_TEST_MAIN(TestDesktop)
#include "tst_desktop.moc"
