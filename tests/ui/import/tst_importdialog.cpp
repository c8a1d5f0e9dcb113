#include "tests/testpaths.h"
#include "ui/import/importdialog.h"
#include "ui/import/importexport.h"
#include "ui/shell/mainwindow.h"

#include "core/board/board.h"
#include "core/io/jsonbackup.h"

#include <QAction>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QMimeData>
#include <QPushButton>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>
#include <QUndoStack>
#include <QUrl>

using namespace SprintDeck;
using namespace Qt::StringLiterals;

namespace {

QString sample(const QString &name)
{
    return TestPaths::testData() + u"/samples/"_s + name;
}

QString fixture(const QString &name)
{
    return TestPaths::testData() + u"/io/"_s + name;
}

QStringList texts(QListWidget *list)
{
    QStringList out;
    for (int i = 0; i < list->count(); ++i)
        out.append(list->item(i)->text());
    return out;
}

} // namespace

class TestImportDialog : public QObject
{
    Q_OBJECT
private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Board> m_board;

    std::unique_ptr<Board> openBoard(const QString &name)
    {
        auto opened = Board::open(m_dir->filePath(name));
        return opened ? std::move(opened.value()) : nullptr;
    }

    static bool drop(QWidget *window, const QStringList &files, bool *entered)
    {
        QMimeData mime;
        QList<QUrl> urls;
        for (const QString &f : files)
            urls.append(QUrl::fromLocalFile(f));
        mime.setUrls(urls);
        const QPoint at(window->width() / 2, window->height() / 2);
        QDragEnterEvent enter(at, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(window, &enter);
        *entered = enter.isAccepted();
        if (!*entered)
            return false;
        QDropEvent dropEvent(QPointF(at), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(window, &dropEvent);
        return dropEvent.isAccepted();
    }

private slots:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        m_board = openBoard(u"board.sprintdeck"_s);
        QVERIFY(m_board);
    }

    void cleanup()
    {
        m_board.reset();
        m_dir.reset();
    }

    void previewThenOneUndoStep()
    {
        ImportDialog dialog(m_board.get(), {sample(u"sprint4-daily-status.md"_s)});
        QCOMPARE(dialog.errorText(), QString());
        auto *summary = dialog.findChild<QLabel *>(u"importSummary"_s);
        QVERIFY(summary->text().startsWith(
            u"7 cards to create, 0 to update, 0 unchanged or skipped; sprints to create: Sprint 4"_s));
        auto *cards = dialog.findChild<QTreeWidget *>(u"importCards"_s);
        QCOMPARE(cards->topLevelItemCount(), 3);
        QCOMPARE(cards->topLevelItem(0)->text(0), u"To create (7)"_s);
        QCOMPARE(cards->topLevelItem(0)->childCount(), 7);
        QCOMPARE(cards->topLevelItem(0)->child(0)->text(0), u"FIX-001"_s);
        QCOMPARE(cards->topLevelItem(0)->child(0)->text(1), u"Backend Import Errors"_s);
        QCOMPARE(cards->topLevelItem(0)->child(0)->text(2), u"Sprint 4 \u00b7 Done \u00b7 8 pts"_s);
        const QStringList warnings = texts(dialog.findChild<QListWidget *>(u"importWarnings"_s));
        QVERIFY(warnings.contains(u"line 60: the progress table says 28 points completed but the "
                                  u"stories reported done by "
                                  "Day 2 (January 14, 2025) add up to 32"_s));
        auto *mapping = dialog.findChild<QTableWidget *>(u"importMapping"_s);
        QCOMPARE(mapping->rowCount(), 3);
        QCOMPARE(m_board->cardCount(), 0); // nothing written before Import

        auto *importButton = dialog.findChild<QPushButton *>(u"importButton"_s);
        QVERIFY(importButton->isEnabled());
        const int steps = m_board->undoStack()->count();
        importButton->click();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(m_board->cardCount(), 7);
        QCOMPARE(m_board->undoStack()->count(), steps + 1);
        QCOMPARE(m_board->undoStack()->undoText(), u"Import sprint4-daily-status.md"_s);
        m_board->undoStack()->undo();
        QCOMPARE(m_board->cardCount(), 0);
        QVERIFY(m_board->sprints().isEmpty());
    }

    void mappingTableChangesThePreview()
    {
        ImportDialog dialog(m_board.get(), {fixture(u"jira-export.csv"_s)});
        auto *mapping = dialog.findChild<QTableWidget *>(u"importMapping"_s);
        QVERIFY(mapping->isVisibleTo(&dialog));
        int row = -1;
        for (int r = 0; r < mapping->rowCount(); ++r)
            if (mapping->item(r, 0)->text() == u"Waiting for QA")
                row = r;
        QVERIFY(row >= 0);
        auto *combo = qobject_cast<QComboBox *>(mapping->cellWidget(row, 1));
        QVERIFY(combo);
        QCOMPARE(combo->currentText(), u"To Do"_s);
        QVERIFY(texts(dialog.findChild<QListWidget *>(u"importWarnings"_s))
                    .join(u'\n')
                    .contains(u"Waiting for QA"_s));
        combo->setCurrentText(u"Review"_s);
        QTRY_VERIFY(!texts(dialog.findChild<QListWidget *>(u"importWarnings"_s))
                         .join(u'\n')
                         .contains(u"matches no column"_s));
        bool mapped = false;
        for (const ImportPreview::Mapping &m : dialog.preview()->mappings())
            mapped =
                mapped || (m.status == u"Waiting for QA" && m.column == u"Review" && !m.byDefault);
        QVERIFY(mapped);
        dialog.accept();
        QCOMPARE(m_board->column(m_board->cardByKey(u"SHOP-105"_s)->columnId)->name, u"Review"_s);
    }

    void unreadableFileShowsTheLine()
    {
        const QString path = m_dir->filePath(u"broken.md"_s);
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("# Sprint 9\n\n- FIX-1: caf\xE9 (1 point)\n");
        f.close();
        ImportDialog dialog(m_board.get(), {sample(u"sprint4-daily-status.md"_s), path});
        QCOMPARE(dialog.errorText(),
                 u"broken.md, line 3: invalid UTF-8 (byte 0xE9); save the file as UTF-8"_s);
        QVERIFY(!dialog.findChild<QPushButton *>(u"importButton"_s)->isEnabled());
        QVERIFY(dialog.findChild<QLabel *>(u"importSummary"_s)->text().contains(u"line 3"_s));
        dialog.accept();
        QCOMPARE(m_board->cardCount(), 0);
    }

    void fileMenuAndDrop()
    {
        MainWindow window(std::move(m_board));
        window.show();
        QVERIFY(window.findChild<QAction *>(u"importAction"_s));
        QVERIFY(window.findChild<QAction *>(u"exportAction"_s));
        QStringList fileMenu;
        for (QAction *a : window.menuBar()->actions().first()->menu()->actions())
            fileMenu.append(a->text());
        QVERIFY(fileMenu.contains(u"&Import\u2026"_s));
        QVERIFY(fileMenu.contains(u"&Export\u2026"_s));

        bool entered = false;
        QVERIFY(!drop(&window, {m_dir->filePath(u"picture.png"_s)}, &entered));
        QVERIFY(!entered);

        QVERIFY(drop(&window, {sample(u"sprint1-completion-report.md"_s)}, &entered));
        QVERIFY(entered);
        ImportDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = window.findChild<ImportDialog *>()) != nullptr);
        QVERIFY(dialog->isVisible());
        dialog->findChild<QPushButton *>(u"importButton"_s)->click();
        QCOMPARE(window.board()->cardCount(), 11);
        QCOMPARE(window.board()->sprintByName(u"Sprint 1"_s)->state, Sprint::State::Closed);
        QTRY_VERIFY(!window.findChild<ImportDialog *>());
    }

    void droppedBackupRestoresAnEmptyBoard()
    {
        // A backup of a board with cards...
        auto full = openBoard(u"full.sprintdeck"_s);
        ImportDialog dialog(full.get(), {sample(u"sprint4-daily-status.md"_s)});
        dialog.accept();
        QCOMPARE(full->cardCount(), 7);
        const QString backup = m_dir->filePath(u"backup.json"_s);
        QVERIFY(JsonBackup::writeFile(full->database(), backup));

        // ...dropped on an empty one restores it there.
        MainWindow window(std::move(m_board));
        window.show();
        bool entered = false;
        QVERIFY(drop(&window, {backup}, &entered));
        QTRY_COMPARE(window.board()->cardCount(), 7);
        QVERIFY(window.board()->sprintByName(u"Sprint 4"_s));
    }
};

QTEST_MAIN(TestImportDialog)
#include "tst_importdialog.moc"
