#pragma once

#include <QObject>
#include <QStringList>

class QMenu;
class QProgressDialog;

namespace SprintDeck {

class MainWindow;

/**
 * File > Import…, File > Export… and files dropped on the main window:
 * markdown documents and Jira CSV exports open the import preview; a JSON
 * backup is restored, into the open board when it is empty, else into a new
 * board file opened in its own window.
 */
class ImportExport : public QObject
{
    Q_OBJECT
public:
    /** Adds the actions to `fileMenu` (before its last separator) and accepts drops on the window.
     */
    static ImportExport *install(MainWindow *window, QMenu *fileMenu);

    /** Files a drop would import: local .md, .markdown, .txt, .csv and .json files. */
    static QStringList importableFiles(const QList<QUrl> &urls);

    void importFiles(const QStringList &files);
    void exportBoard();
    /**
     * Writes the board to `path` (JSON backup, CSV or markdown by its suffix) on another
     * thread; the returned progress dialog cancels it (nothing is written then). The status
     * bar says what happened.
     */
    QProgressDialog *exportTo(const QString &path);
    void chooseAndImport();
    /** Restores a backup (into the open board when it is empty); false when it did not. */
    bool restoreBackup(const QString &path);

signals:
    /** An export finished and wrote `path`. */
    void exported(const QString &path);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    explicit ImportExport(MainWindow *window);
    MainWindow *m_window;
};

} // namespace SprintDeck
