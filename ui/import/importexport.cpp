#include "ui/import/importexport.h"
#include "ui/common/messages.h"
#include "ui/import/importdialog.h"
#include "ui/shell/mainwindow.h"

#include "core/board/board.h"
#include "core/io/csvexporter.h"
#include "core/io/importer.h"
#include "core/io/jsonbackup.h"
#include "core/io/markdownexporter.h"

#include <QAction>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QMenu>
#include <QMimeData>
#include <QPointer>
#include <QProgressDialog>
#include <QSaveFile>
#include <QStatusBar>
#include <QThread>
#include <QTimer>
#include <QUrl>

#include <memory>
#include <optional>

using namespace Qt::StringLiterals;

namespace SprintDeck {

ImportExport::ImportExport(MainWindow *window)
    : QObject(window)
    , m_window(window)
{
    setObjectName(u"importExport"_s);
}

ImportExport *ImportExport::install(MainWindow *window, QMenu *fileMenu)
{
    auto *self = new ImportExport(window);
    auto *importAction = new QAction(tr("&Import\u2026"), window);
    importAction->setObjectName(u"importAction"_s);
    importAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
    importAction->setStatusTip(
        tr("Import markdown status documents, Jira CSV exports or a backup"));
    connect(importAction, &QAction::triggered, self, &ImportExport::chooseAndImport);
    auto *exportAction = new QAction(tr("&Export\u2026"), window);
    exportAction->setObjectName(u"exportAction"_s);
    exportAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    exportAction->setStatusTip(
        tr("Export a backup (JSON), the cards (CSV) or a status report (markdown)"));
    connect(exportAction, &QAction::triggered, self, &ImportExport::exportBoard);

    // Before the separator that sets Quit apart.
    QAction *before = nullptr;
    const QList<QAction *> actions = fileMenu->actions();
    for (auto it = actions.crbegin(); it != actions.crend(); ++it) {
        if ((*it)->isSeparator()) {
            before = *it;
            break;
        }
    }
    fileMenu->insertSeparator(before);
    fileMenu->insertActions(before, {importAction, exportAction});

    window->setAcceptDrops(true);
    window->installEventFilter(self);
    return self;
}

QStringList ImportExport::importableFiles(const QList<QUrl> &urls)
{
    static const QStringList suffixes = {u"md"_s, u"markdown"_s, u"txt"_s, u"csv"_s, u"json"_s};
    QStringList files;
    for (const QUrl &url : urls) {
        if (!url.isLocalFile())
            continue;
        const QString path = url.toLocalFile();
        if (suffixes.contains(QFileInfo(path).suffix().toLower()))
            files.append(path);
    }
    return files;
}

bool ImportExport::eventFilter(QObject *watched, QEvent *event)
{
    if (watched != m_window)
        return QObject::eventFilter(watched, event);
    switch (event->type()) {
    case QEvent::DragEnter:
    case QEvent::DragMove: {
        auto *drag = static_cast<QDragMoveEvent *>(event);
        if (drag->mimeData()->hasUrls() && !importableFiles(drag->mimeData()->urls()).isEmpty()) {
            drag->acceptProposedAction();
            return true;
        }
        break;
    }
    case QEvent::Drop: {
        auto *drop = static_cast<QDropEvent *>(event);
        const QStringList files =
            drop->mimeData()->hasUrls() ? importableFiles(drop->mimeData()->urls()) : QStringList();
        if (files.isEmpty())
            break;
        drop->acceptProposedAction();
        // Leave the drop handler before opening dialogs.
        QTimer::singleShot(0, this, [this, files] { importFiles(files); });
        return true;
    }
    default:
        break;
    }
    return QObject::eventFilter(watched, event);
}

void ImportExport::chooseAndImport()
{
    const QStringList files = QFileDialog::getOpenFileNames(
        m_window, tr("Import"), QFileInfo(m_window->board()->path()).absolutePath(),
        Importer::fileFilter());
    if (!files.isEmpty())
        importFiles(files);
}

void ImportExport::importFiles(const QStringList &files)
{
    QStringList backups;
    for (const QString &f : files)
        if (Importer::detect(f) == Importer::Format::Backup)
            backups.append(f);
    if (!backups.isEmpty()) {
        if (files.size() > 1) {
            showError(m_window, tr("Cannot Import"),
                      tr("%1 is a backup; restore it on its own, not together with other files.")
                          .arg(QFileInfo(backups.first()).fileName()));
            return;
        }
        restoreBackup(backups.first());
        return;
    }
    auto *dialog = new ImportDialog(m_window->board(), files, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    QStringList names;
    for (const QString &f : files)
        names.append(QFileInfo(f).fileName());
    connect(dialog, &QDialog::accepted, m_window, [window = m_window, dialog, names] {
        window->statusBar()->showMessage(
            tr("Imported %n card(s) from %1 (Edit > Undo takes it back)", nullptr,
               dialog->importedCards())
                .arg(names.join(u", "_s)),
            8000);
    });
    dialog->open();
}

bool ImportExport::restoreBackup(const QString &path)
{
    Board *board = m_window->board();
    const bool empty =
        board->cardCount() == 0 && board->sprints().isEmpty() && board->members().isEmpty();
    if (empty) {
        if (Status s = JsonBackup::restoreFile(board->database(), path); !s) {
            showError(m_window, tr("Cannot Restore"), s.error());
            return false;
        }
        if (Status s = board->reload(); !s) {
            showError(m_window, tr("Cannot Restore"), s.error());
            return false;
        }
        m_window->statusBar()->showMessage(tr("Restored %1").arg(QFileInfo(path).fileName()), 8000);
        return true;
    }
    // The open board has work of its own: the backup becomes a board of its own.
    QString target =
        QFileDialog::getSaveFileName(m_window, tr("Restore Backup into New Board"),
                                     QFileInfo(path).absoluteDir().filePath(
                                         QFileInfo(path).completeBaseName() + u".sprintdeck"_s),
                                     tr("SprintDeck boards (*.sprintdeck)"));
    if (target.isEmpty())
        return false;
    if (QFileInfo(target).suffix().isEmpty())
        target += u".sprintdeck"_s;
    if (QFileInfo::exists(target)) {
        showError(m_window, tr("Cannot Restore"),
                  tr("%1 exists already; choose a new file.").arg(target));
        return false;
    }
    if (Status restored = JsonBackup::restoreIntoFile(target, path); !restored) {
        showError(m_window, tr("Cannot Restore"), restored.error());
        return false;
    }
    return m_window->openBoardWindow(target, false);
}

void ImportExport::exportBoard()
{
    Board *board = m_window->board();
    const QString backup = tr("SprintDeck backup with history (*.json)");
    const QString csv = tr("Cards as CSV, Jira columns (*.csv)");
    const QString md = tr("Status report of the current sprint (*.md)");
    QString filter = backup;
    const QString base = QFileInfo(board->path())
                             .absoluteDir()
                             .filePath(QFileInfo(board->path()).completeBaseName());
    QString path =
        QFileDialog::getSaveFileName(m_window, tr("Export"), base + u".json"_s,
                                     QStringList{backup, csv, md}.join(u";;"_s), &filter);
    if (path.isEmpty())
        return;
    QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix != u"json" && suffix != u"csv" && suffix != u"md") {
        suffix = filter == csv ? u"csv"_s : filter == md ? u"md"_s : u"json"_s;
        path += u'.' + suffix;
    }
    exportTo(path);
}

QProgressDialog *ImportExport::exportTo(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    const QString dbPath = m_window->board()->path();
    // The document is written from a connection of its own on another thread, so a large
    // board neither freezes the window nor keeps Cancel from answering.
    auto result = std::make_shared<std::optional<Result<QByteArray>>>();
    QThread *worker = QThread::create([dbPath, suffix, result] {
        auto opened = Board::open(dbPath);
        if (!opened) {
            *result = Result<QByteArray>::failure(opened.error());
            return;
        }
        Board &board = *opened.value();
        *result = suffix == u"json"  ? JsonBackup::write(board.database())
                  : suffix == u"csv" ? CsvExporter::write(board)
                                     : MarkdownExporter::write(board);
    });
    auto *progress = new QProgressDialog(
        tr("Exporting to %1\u2026").arg(QFileInfo(path).fileName()), tr("Cancel"), 0, 0, m_window);
    progress->setObjectName(u"exportProgress"_s);
    progress->setWindowTitle(tr("Export"));
    progress->setWindowModality(Qt::WindowModal);
    progress->setMinimumDuration(300);
    progress->setAutoClose(false);
    progress->setAutoReset(false);
    QPointer<QProgressDialog> guard(progress);
    const auto cancelled = [window = m_window, path] {
        window->statusBar()->showMessage(
            tr("Export cancelled; %1 was not written.").arg(QFileInfo(path).fileName()), 8000);
    };
    connect(progress, &QProgressDialog::canceled, m_window, cancelled); // at once, on Cancel
    connect(worker, &QThread::finished, this, [this, worker, guard, result, path, cancelled] {
        worker->deleteLater();
        if (!guard)
            return; // the window closed meanwhile
        guard->deleteLater();
        if (guard->wasCanceled()) {
            cancelled();
            return;
        }
        const Result<QByteArray> &bytes = **result;
        if (!bytes) {
            showError(m_window, tr("Cannot Export"), bytes.error());
            return;
        }
        QSaveFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(bytes.value()) != bytes->size() ||
            !file.commit()) {
            showError(m_window, tr("Cannot Export"),
                      tr("Cannot write %1: %2").arg(path, file.errorString()));
            return;
        }
        m_window->statusBar()->showMessage(tr("Exported to %1").arg(QFileInfo(path).fileName()),
                                           8000);
        emit exported(path);
    });
    worker->start(QThread::LowPriority);
    return progress;
}

} // namespace SprintDeck
