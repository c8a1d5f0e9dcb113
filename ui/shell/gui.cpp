#include "ui/shell/gui.h"
#include "ui/shell/mainwindow.h"
#include "ui/shell/settings.h"
#include "ui/shell/theme.h"

#include "core/board/board.h"
#include "core/board/demo.h"
#include "core/standup/standupdemo.h"
#include "core/storage/backups.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFileDialog>
#include <QFileInfo>
#include <QInputDialog>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QTextStream>
#include <QThread>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace SprintDeck {

namespace {

/** Opens the board, asking for another file when it cannot be opened (interactive only). */
std::unique_ptr<Board> openInteractively(QString path, bool interactive)
{
    for (;;) {
        auto opened = Board::open(path);
        if (opened)
            return std::move(opened.value());
        Backups backups(path);
        const QList<BackupInfo> available = backups.list();
        if (!interactive) {
            QTextStream(stderr) << "sprintdeck: " << opened.error() << Qt::endl;
            if (!available.isEmpty())
                QTextStream(stderr)
                    << "sprintdeck: "
                    << QApplication::translate("SprintDeck",
                                               "backups of it exist, the newest from %1: %2")
                           .arg(QLocale().toString(available.first().createdAt,
                                                   QLocale::ShortFormat),
                                available.first().path)
                    << Qt::endl;
            return nullptr;
        }
        QMessageBox box(QMessageBox::Critical,
                        QApplication::translate("SprintDeck", "Cannot Open Database"),
                        opened.error());
        QString informative =
            QApplication::translate("SprintDeck", "The file has not been changed.");
        if (!available.isEmpty())
            informative +=
                u' ' +
                QApplication::translate("SprintDeck",
                                        "Backups of it exist; the newest is from %1. Restoring one "
                                        "keeps a copy of the current file.")
                    .arg(QLocale().toString(available.first().createdAt, QLocale::LongFormat));
        box.setInformativeText(informative);
        QPushButton *other = box.addButton(
            QApplication::translate("SprintDeck", "Open Another File…"), QMessageBox::AcceptRole);
        QPushButton *restore = nullptr;
        if (!available.isEmpty()) {
            restore = box.addButton(QApplication::translate("SprintDeck", "Restore a Backup…"),
                                    QMessageBox::ActionRole);
            box.setDefaultButton(restore);
        }
        box.addButton(QMessageBox::Close);
        box.exec();
        if (restore && box.clickedButton() == restore) {
            QStringList items;
            for (const BackupInfo &b : available)
                items.append(QApplication::translate("SprintDeck", "%1 (%2)")
                                 .arg(QLocale().toString(b.createdAt, QLocale::LongFormat),
                                      QLocale().formattedDataSize(b.size)));
            bool ok = false;
            const QString chosen = QInputDialog::getItem(
                nullptr, QApplication::translate("SprintDeck", "Restore a Backup"),
                QApplication::translate("SprintDeck", "Replace %1 with the backup of:").arg(path),
                items, 0, false, &ok);
            if (!ok)
                continue;
            auto restored = backups.restore(available.at(items.indexOf(chosen)).path);
            if (!restored)
                QMessageBox::critical(nullptr,
                                      QApplication::translate("SprintDeck", "Restore a Backup"),
                                      restored.error());
            continue;
        }
        if (box.clickedButton() != other)
            return nullptr;
        path = QFileDialog::getOpenFileName(
            nullptr, QApplication::translate("SprintDeck", "Open Database"),
            QFileInfo(path).absolutePath(),
            QApplication::translate("SprintDeck",
                                    "SprintDeck databases (*.sprintdeck);;All files (*)"));
        if (path.isEmpty())
            return nullptr;
    }
}

} // namespace

std::unique_ptr<Board> openBoardInteractively(const QString &path)
{
    return openInteractively(path, true);
}

int runGui(const GuiOptions &options)
{
    Theme::apply(options.theme.isEmpty() ? Settings::theme() : options.theme);
    const bool interactive = options.screenshotPath.isEmpty();
    const bool existed = QFileInfo::exists(options.dbPath);
    QElapsedTimer sinceOpen;
    sinceOpen.start();
    std::unique_ptr<Board> board = openInteractively(options.dbPath, interactive);
    if (!board)
        return 1;

    bool demo = options.demo;
    if (!demo && !existed && interactive) {
        QMessageBox box(
            QMessageBox::Question, QApplication::translate("SprintDeck", "Welcome to SprintDeck"),
            QApplication::translate(
                "SprintDeck", "Start with a demo sprint to look around, or with an empty board?"));
        QPushButton *demoButton = box.addButton(
            QApplication::translate("SprintDeck", "Demo Sprint"), QMessageBox::AcceptRole);
        box.addButton(QApplication::translate("SprintDeck", "Empty Board"),
                      QMessageBox::RejectRole);
        box.exec();
        demo = box.clickedButton() == demoButton;
    }
    if (demo) {
        if (!board->isEmpty()) {
            const QString message =
                QApplication::translate("SprintDeck",
                                        "%1 is not empty; the demo sprint was not added.")
                    .arg(board->path());
            if (interactive)
                QMessageBox::information(
                    nullptr, QApplication::translate("SprintDeck", "Demo Sprint"), message);
            else
                QTextStream(stderr) << "sprintdeck: " << message << Qt::endl;
        } else if (Status s = fillDemo(*board); !s || !(s = fillDemoStandups(*board))) {
            QTextStream(stderr) << "sprintdeck: " << s.error() << Qt::endl;
            if (interactive)
                QMessageBox::critical(nullptr, QApplication::translate("SprintDeck", "Demo Sprint"),
                                      s.error());
            else
                return 1;
        }
    }

    const qint64 openedMs = sinceOpen.elapsed();
    MainWindow window(std::move(board));
    const qint64 windowMs = sinceOpen.elapsed();
    if (interactive)
        window.restoreWindowState(); // screenshots keep the default layout
    if (!options.view.isEmpty() && !window.showView(options.view)) {
        QTextStream(stderr) << "sprintdeck: "
                            << QApplication::translate("SprintDeck",
                                                       "unknown view '%1' (board, charts, "
                                                       "standup, slides)")
                                   .arg(options.view)
                            << Qt::endl;
        return 2;
    }
    if (!interactive) {
        window.resize(options.screenshotSize);
        window.show();
        // Let layouts and the first paint settle, then grab the window as the user sees it.
        for (int i = 0; i < 5; ++i)
            QApplication::processEvents();
        const qint64 paintedMs = sinceOpen.elapsed(); // the window is on screen (or offscreen)
        const QImage image = window.grab().toImage();
        // SPRINTDECK_TIMING=1: how long the file took from opening to the painted window.
        if (qEnvironmentVariableIntValue("SPRINTDECK_TIMING"))
            QTextStream(stderr) << "sprintdeck: first paint " << paintedMs << " ms after opening "
                                << options.dbPath << " (board " << openedMs << " ms, window "
                                << windowMs - openedMs << " ms)" << Qt::endl;
        if (image.isNull() || !image.save(options.screenshotPath)) {
            QTextStream(stderr) << "sprintdeck: "
                                << QApplication::translate("SprintDeck",
                                                           "cannot write the screenshot %1")
                                       .arg(options.screenshotPath)
                                << Qt::endl;
            return 1;
        }
        return 0;
    }
    window.show();
    // Today's backup is written off the UI thread, on a connection of its own.
    const QString path = window.board()->path();
    std::unique_ptr<QThread> backupThread(QThread::create([path] {
        if (Status s = rollDailyBackup(path); !s)
            QTextStream(stderr) << "sprintdeck: " << s.error() << Qt::endl;
    }));
    backupThread->start(QThread::LowPriority);
    const int code = QApplication::exec();
    backupThread->wait();
    return code;
}

} // namespace SprintDeck
