// The remotes dialog, the conflict dialog and the Sync menu, offscreen, without a keychain.
#include "ui/shell/mainwindow.h"
#include "ui/sync/conflictdialog.h"
#include "ui/sync/remotesdialog.h"
#include "ui/sync/synccontroller.h"

#include "core/board/board.h"
#include "core/storage/database.h"
#include "core/storage/syncstore.h"
#include "core/sync/outboxrecorder.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenuBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace SprintDeck;

class TestSyncDialogs : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void addsRemoteWithKeyOutsideTheDatabase();
    void plainHttpNeedsTheCheckbox();
    void editsTheStatusMapping();
    void resolvesConflicts();
    void mainWindowHasSyncMenuAndStatus();

private:
    template<typename T> T *child(QWidget *parent, const QString &name)
    {
        T *w = parent->findChild<T *>(name);
        if (!w)
            qWarning("no %s", qPrintable(name));
        return w;
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Board> m_board;
};

void TestSyncDialogs::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    auto board = Board::open(m_dir->filePath(u"d.sprintdeck"_s));
    QVERIFY(board);
    m_board = std::move(board.value());
    OutboxRecorder::attach(*m_board);
}

void TestSyncDialogs::cleanup()
{
    m_board.reset();
    m_dir.reset();
}

void TestSyncDialogs::addsRemoteWithKeyOutsideTheDatabase()
{
    RemotesDialog dialog(m_board.get());
    child<QLineEdit>(&dialog, u"remoteName"_s)->setText(u"Company"_s);
    child<QLineEdit>(&dialog, u"remoteUrl"_s)->setText(u"redmine.example.org"_s);
    child<QLineEdit>(&dialog, u"remoteProject"_s)->setText(u"website"_s);
    QLineEdit *key = child<QLineEdit>(&dialog, u"remoteKey"_s);
    QCOMPARE(key->echoMode(), QLineEdit::Password);
    const QString secret = u"9d2f0c7b1a3e5d4c6b8a0f1e2d3c4b5a69788796"_s;
    key->setText(secret);
    QSignalSpy stored(&dialog, &RemotesDialog::keyStored);
    QVERIFY(dialog.save());
    QVERIFY(stored.wait(30000));
    // No keychain here: said plainly, and the key lives in memory only.
    QVERIFY2(stored.first().first().toString().contains(u"no keychain is available"_s,
                                                        Qt::CaseInsensitive),
             qPrintable(stored.first().first().toString()));
    QVERIFY(key->text().isEmpty());

    SyncStore store(m_board->database());
    auto remote = store.remoteByName(u"company"_s);
    QVERIFY(remote);
    QCOMPARE(remote->url.toString(), u"https://redmine.example.org"_s);
    QCOMPARE(remote->keyPrefix, u"WEBSITE"_s);
    QVERIFY(!remote->secretId.isEmpty());
    m_board->database().connection().exec(u"PRAGMA wal_checkpoint(FULL)"_s);
    for (const QString &name : {u"d.sprintdeck"_s, u"d.sprintdeck-wal"_s}) {
        QFile f(m_dir->filePath(name));
        if (f.open(QIODevice::ReadOnly))
            QVERIFY2(!f.readAll().contains(secret.toUtf8()), qPrintable(name));
    }
    QCOMPARE(child<QListWidget>(&dialog, u"remoteList"_s)->count(), 1);
}

void TestSyncDialogs::plainHttpNeedsTheCheckbox()
{
    RemotesDialog dialog(m_board.get());
    child<QLineEdit>(&dialog, u"remoteName"_s)->setText(u"Plain"_s);
    child<QLineEdit>(&dialog, u"remoteUrl"_s)->setText(u"http://redmine.example.org"_s);
    child<QLineEdit>(&dialog, u"remoteProject"_s)->setText(u"p"_s);
    QCheckBox *insecure = child<QCheckBox>(&dialog, u"remoteInsecure"_s);
    QVERIFY(!insecure->isHidden());
    QVERIFY(!dialog.save());
    QVERIFY(dialog.message().contains(u"plain http"_s));
    insecure->setChecked(true);
    QVERIFY(dialog.save());
    SyncStore store(m_board->database());
    auto remote = store.remoteByName(u"Plain"_s);
    QVERIFY(remote);
    QVERIFY(remote->allowInsecureHttp);

    // Loopback needs no confirmation.
    RemotesDialog second(m_board.get());
    QPushButton *add = nullptr;
    for (QPushButton *b : second.findChildren<QPushButton *>())
        if (b->text() == u"&Add"_s)
            add = b;
    QVERIFY(add);
    add->click();
    child<QLineEdit>(&second, u"remoteName"_s)->setText(u"Local"_s);
    child<QLineEdit>(&second, u"remoteUrl"_s)->setText(u"http://127.0.0.1:3000"_s);
    child<QLineEdit>(&second, u"remoteProject"_s)->setText(u"p"_s);
    QVERIFY(child<QCheckBox>(&second, u"remoteInsecure"_s)->isHidden());
    QVERIFY(second.save());
    QCOMPARE(store.remotes()->size(), 2);
}

void TestSyncDialogs::editsTheStatusMapping()
{
    SyncStore store(m_board->database());
    Remote remote;
    remote.name = u"rm"_s;
    remote.url = QUrl(u"https://redmine.example.org"_s);
    remote.project = u"p"_s;
    remote.secretId = u"remote-1"_s;
    remote.keyPrefix = u"P"_s;
    remote.statusMap = {{1, u"New"_s, false, m_board->firstColumnId()},
                        {5, u"Closed"_s, true, m_board->firstDoneColumnId()}};
    {
        Transaction tx(m_board->database());
        QVERIFY(store.insertRemote(remote));
        QVERIFY(tx.commit());
    }
    RemotesDialog dialog(m_board.get());
    QTableWidget *mapping = child<QTableWidget>(&dialog, u"statusMapping"_s);
    QCOMPARE(mapping->rowCount(), 2);
    QCOMPARE(mapping->item(0, 0)->text(), u"New"_s);
    auto *combo = qobject_cast<QComboBox *>(mapping->cellWidget(0, 1));
    QVERIFY(combo);
    QCOMPARE(combo->currentText(), u"To Do"_s);
    combo->setCurrentIndex(combo->findText(u"Review"_s));
    QVERIFY(dialog.save());
    auto saved = store.remote(remote.id);
    QVERIFY(saved);
    QCOMPARE(saved->columnForStatus(1), m_board->columnByName(u"Review"_s)->id);
    QCOMPARE(saved->columnForStatus(5), m_board->firstDoneColumnId());
}

void TestSyncDialogs::resolvesConflicts()
{
    SyncStore store(m_board->database());
    Remote remote;
    remote.name = u"rm"_s;
    remote.url = QUrl(u"https://redmine.example.org"_s);
    remote.project = u"p"_s;
    remote.secretId = u"remote-1"_s;
    remote.keyPrefix = u"P"_s;
    Card card;
    card.title = u"Mine"_s;
    card.columnId = m_board->firstColumnId();
    const qint64 id = m_board->addCard(card).value();
    {
        Transaction tx(m_board->database());
        QVERIFY(store.insertRemote(remote));
        QVERIFY(store.saveLink({id,
                                remote.id,
                                42,
                                u"2026-03-01T10:00:00Z"_s,
                                0,
                                {{SyncField::Title, u"Original"_s}}}));
        QVERIFY(tx.commit());
    }
    card = *m_board->card(id);
    card.title = u"Mine, edited"_s;
    QVERIFY(m_board->updateCard(card)); // a pending local edit of the title
    SyncConflict conflict;
    conflict.cardId = id;
    conflict.remoteId = remote.id;
    conflict.fields = {SyncField::Title};
    conflict.local = {{SyncField::Title, u"Mine, edited"_s}};
    conflict.remote = {{SyncField::Title, u"Theirs"_s}};
    conflict.issue.id = 42;
    conflict.issue.createdOn = u"2026-03-01T09:00:00Z"_s;
    conflict.issue.updatedOn = u"2026-03-02T09:00:00Z"_s;
    conflict.issue.fields = {{SyncField::Title, u"Theirs"_s}};
    {
        Transaction tx(m_board->database());
        QVERIFY(store.saveConflict(conflict));
        QVERIFY(tx.commit());
    }

    ConflictDialog dialog(m_board.get());
    QCOMPARE(dialog.conflictCount(), 1);
    QTableWidget *fields = child<QTableWidget>(&dialog, u"conflictFields"_s);
    QCOMPARE(fields->rowCount(), 1);
    QCOMPARE(fields->item(0, 1)->text(), u"Mine, edited"_s);
    QCOMPARE(fields->item(0, 2)->text(), u"Theirs"_s);
    QVERIFY(dialog.keep(false));
    QCOMPARE(dialog.conflictCount(), 0);
    QCOMPARE(m_board->card(id)->title, u"Theirs"_s);
    QVERIFY(store.conflicts()->isEmpty());
    QVERIFY(store.outbox(remote.id)->isEmpty()); // the local title is not sent any more
}

void TestSyncDialogs::mainWindowHasSyncMenuAndStatus()
{
    auto board = Board::open(m_dir->filePath(u"w.sprintdeck"_s));
    QVERIFY(board);
    MainWindow window(std::move(board.value()));
    QMenu *menu = window.menuBar()->findChild<QMenu *>(u"syncMenu"_s);
    QVERIFY(menu);
    QStringList actions;
    for (QAction *a : menu->actions())
        actions.append(a->text());
    QVERIFY(actions.contains(u"&Sync Now"_s));
    QVERIFY(actions.contains(u"&Remotes\u2026"_s));
    QVERIFY(actions.contains(u"C&onflicts\u2026"_s));
    QVERIFY(window.findChild<QLabel *>(u"syncStatus"_s));
    auto *controller = window.findChild<SyncController *>(u"syncController"_s);
    QVERIFY(controller);
    QVERIFY(!controller->isSyncing());
}

QTEST_MAIN(TestSyncDialogs)
#include "tst_syncdialogs.moc"
