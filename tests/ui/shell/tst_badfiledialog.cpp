// The dialog shown when the board file cannot be opened: names the file and the reason,
// leaves the file alone, and offers the newest backup when there is one.
#include "ui/shell/gui.h"

#include "core/board/board.h"
#include "core/storage/backups.h"

#include <QAbstractButton>
#include <QApplication>
#include <QCryptographicHash>
#include <QDateTime>
#include <QDialog>
#include <QDir>
#include <QFile>
#include <QInputDialog>
#include <QMessageBox>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace Qt::StringLiterals;
using namespace SprintDeck;

namespace {

QByteArray fileHash(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}

QStringList titles(Board &board)
{
    QStringList t;
    for (const Card &c : board.cards())
        t.append(c.title);
    t.sort();
    return t;
}

Card titled(const QString &title)
{
    Card c;
    c.title = title;
    return c;
}

/** Answers the modal dialogs as they come up: clicks `button` in message boxes, accepts lists. */
class DialogDriver : public QObject
{
public:
    explicit DialogDriver(QString button)
        : m_button(std::move(button))
    {
        m_timer.setInterval(20);
        QObject::connect(&m_timer, &QTimer::timeout, this, &DialogDriver::poll);
        m_timer.start();
    }

    QStringList boxTexts; ///< text + informative text of every message box seen
    QStringList buttons;  ///< button texts of the first message box
    QStringList choices;  ///< items of the backup list
    int listsAccepted = 0;
    QStringList unexpected; ///< other dialogs that came up (and were closed)

private:
    void poll()
    {
        QWidget *modal = QApplication::activeModalWidget();
        if (auto *box = qobject_cast<QMessageBox *>(modal)) {
            boxTexts.append(box->text() + u'\n' + box->informativeText());
            if (buttons.isEmpty())
                for (QAbstractButton *b : box->buttons())
                    buttons.append(b->text());
            // The named button; else Close (or whatever closes the box), never another dialog.
            QAbstractButton *chosen = box->button(QMessageBox::Close);
            if (!chosen)
                chosen = box->escapeButton() ? box->escapeButton() : box->buttons().value(0);
            for (QAbstractButton *b : box->buttons())
                if (b->text() == m_button && boxTexts.size() < 5) // never loop forever
                    chosen = b;
            chosen->click();
        } else if (auto *list = qobject_cast<QInputDialog *>(modal)) {
            choices = list->comboBoxItems();
            ++listsAccepted;
            list->accept();
        } else if (auto *other = qobject_cast<QDialog *>(modal)) {
            unexpected.append(QLatin1String(other->metaObject()->className()));
            other->reject();
        }
    }

    QString m_button;
    QTimer m_timer;
};

} // namespace

class TestBadFileDialog : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void offersTheNewestBackupOfADamagedFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"damaged.sprintdeck"_s);
        Backups backups(path);
        QDir(backups.folder()).removeRecursively();
        {
            auto board = std::move(Board::open(path).value());
            QVERIFY(board->addCard(titled(u"Old"_s)));
            const auto old = backups.create(board->database());
            QVERIFY(old);
            // Backup names carry the second: the next one is of a later second.
            QTRY_VERIFY(QDateTime::currentSecsSinceEpoch() > old->createdAt.toSecsSinceEpoch());
            QVERIFY(board->addCard(titled(u"Kept"_s)));
            QVERIFY(backups.create(board->database()));
        }
        QCOMPARE(backups.list().size(), 2);
        // The disk wrote zeros over the file.
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadWrite));
        const QByteArray zeros(int(f.size()), '\0');
        QVERIFY(f.write(zeros) == zeros.size());
        f.close();
        const QByteArray damaged = fileHash(path);

        DialogDriver driver(u"Restore a Backup…"_s);
        std::unique_ptr<Board> board = openBoardInteractively(path);
        QVERIFY2(board, qPrintable(driver.boxTexts.join(u" | "_s)));
        QVERIFY(!driver.boxTexts.isEmpty());
        const QString first = driver.boxTexts.first();
        QVERIFY2(first.contains(QDir::toNativeSeparators(path)), qPrintable(first));
        QVERIFY2(first.contains(u"only zero bytes"_s), qPrintable(first));
        QVERIFY2(first.contains(u"has not been changed"_s), qPrintable(first));
        QVERIFY2(first.contains(u"Backups of it exist"_s), qPrintable(first));
        QVERIFY(driver.buttons.contains(u"Restore a Backup…"_s));
        QCOMPARE(driver.listsAccepted, 1);
        QVERIFY(driver.unexpected.isEmpty());
        QCOMPARE(driver.choices.size(), 2);
        // The newest backup was proposed and restored.
        QCOMPARE(titles(*board), (QStringList{u"Kept"_s, u"Old"_s}));
        // The damaged file was kept byte for byte beside the backups, and is not offered as one.
        const QStringList kept =
            QDir(backups.folder()).entryList({u"*-before-restore*.damaged"_s}, QDir::Files);
        QCOMPARE(kept.size(), 1);
        QCOMPARE(fileHash(backups.folder() + u'/' + kept.first()), damaged);
        QCOMPARE(backups.list().size(), 2);
    }

    void aBoardOpenInAnotherInstanceOpensWithoutADialog()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"shared.sprintdeck"_s);
        Backups backups(path);
        QDir(backups.folder()).removeRecursively();
        auto other = Board::open(path);
        QVERIFY2(other, qPrintable(other.error()));
        QVERIFY(other.value()->addCard(titled(u"Theirs"_s)));
        QVERIFY(backups.create(other.value()->database()));

        // The other instance keeps it open: no error, no backup offered.
        DialogDriver driver(u"Restore a Backup…"_s);
        std::unique_ptr<Board> board = openBoardInteractively(path);
        QVERIFY2(board, qPrintable(driver.boxTexts.join(u" | "_s)));
        QVERIFY2(driver.boxTexts.isEmpty(), qPrintable(driver.boxTexts.join(u" | "_s)));
        QVERIFY(driver.unexpected.isEmpty());
        QCOMPARE(titles(*board), QStringList{u"Theirs"_s});
        QVERIFY(board->addCard(titled(u"Mine"_s)));
        QVERIFY(other.value()->refreshFromStore().value());
        QCOMPARE(titles(*other.value()), (QStringList{u"Mine"_s, u"Theirs"_s}));
    }

    void withoutBackupsTheFileIsLeftAlone()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"foreign.sprintdeck"_s);
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("name,points\nExport slides,5\n");
        f.close();
        const QByteArray before = fileHash(path);
        QDir(Backups(path).folder()).removeRecursively();

        DialogDriver driver(QString{}); // closes the box
        std::unique_ptr<Board> board = openBoardInteractively(path);
        QVERIFY(!board);
        QCOMPARE(driver.boxTexts.size(), 1);
        QVERIFY2(driver.boxTexts.first().contains(QDir::toNativeSeparators(path)),
                 qPrintable(driver.boxTexts.first()));
        QVERIFY2(driver.boxTexts.first().contains(u"not an SQLite file"_s),
                 qPrintable(driver.boxTexts.first()));
        QVERIFY(!driver.buttons.contains(u"Restore a Backup…"_s));
        QVERIFY(driver.unexpected.isEmpty());
        QCOMPARE(fileHash(path), before);
        QVERIFY(!QFile::exists(path + u"-wal"_s));
    }
};

QTEST_MAIN(TestBadFileDialog)
#include "tst_badfiledialog.moc"
