// The window on a shared board, with a real PostgreSQL and a second member working through
// the real command line: live moves both ways, who else is connected, the listener connection
// dropped by the server, the server killed and back, undo refused over someone's later edit,
// and File > Share Board… and Open Shared Board….
#include "core/board/board.h"
#include "core/standup/standupbook.h"
#include "core/storage/database.h"
#include "core/storage/teamstore.h"
#include "core/team/teamclient.h"
#include "tests/integration/pgserver.h"
#include "tests/testpaths.h"
#include "tests/ui/desktoptestmain.h"
#include "ui/shell/mainwindow.h"
#include "ui/team/teamcontroller.h"
#include "ui/team/teamdialogs.h"

#include <QAction>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace Qt::StringLiterals;
using namespace SprintDeck;

class TestTeamWindow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void theWindowStaysLiveThroughDropsAndRestarts();
    void shareAndOpenSharedBoardFromTheMenu();
    void aServerThatDoesNotAnswerNeverHoldsTheWindow();
    void aServerMigratedByANewerVersionIsShownOnce();

private:
    int cli(const QStringList &args, QString *out = nullptr);
    QString file(const QString &name) const { return m_dir.filePath(name); }
    static qint64 columnId(const Board &board, const QString &name)
    {
        const Column *c = board.columnByName(name);
        return c ? c->id : -1;
    }

    PgServer m_pg;
    QTemporaryDir m_dir;
};

void TestTeamWindow::initTestCase()
{
    // No keychain here: the window falls back to libpq's password file, like the command line.
    qunsetenv("DBUS_SESSION_BUS_ADDRESS");
    QString error;
    QVERIFY2(m_pg.start(&error), qPrintable(error));
    QVERIFY(m_pg.createRole(u"ana"_s, u"ana-secret"_s));
    QVERIFY(m_pg.createRole(u"ben"_s, u"ben-secret"_s));
    for (const QString &db : {u"team"_s, u"team2"_s}) {
        QVERIFY(m_pg.createDatabase(db, u"ana"_s));
        QVERIFY(m_pg.sql(db, u"GRANT USAGE, CREATE ON SCHEMA public TO ben;"
                             "ALTER DEFAULT PRIVILEGES FOR ROLE ana IN SCHEMA public "
                             "  GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO ben;"_s));
    }
    QFile pass(file(u"pgpass"_s));
    QVERIFY(pass.open(QIODevice::WriteOnly));
    pass.write(u"127.0.0.1:%1:*:ana:ana-secret\n127.0.0.1:%1:*:ben:ben-secret\n"_s.arg(m_pg.port())
                   .toUtf8());
    pass.close();
    QVERIFY(pass.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner));
    qputenv("PGPASSFILE", QFile::encodeName(pass.fileName()));
}

void TestTeamWindow::cleanupTestCase()
{
    m_pg.stop();
}

int TestTeamWindow::cli(const QStringList &args, QString *out)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"LANGUAGE"_s, u"en"_s);
    env.remove(u"DISPLAY"_s);
    p.setProcessEnvironment(env);
    p.start(TestPaths::binary(), args);
    p.closeWriteChannel();
    if (!p.waitForFinished(60000))
        return -1;
    if (out)
        *out = QString::fromUtf8(p.readAllStandardOutput());
    if (p.exitCode() != 0)
        qWarning("sprintdeck %s: %s", qPrintable(args.join(u' ')),
                 p.readAllStandardError().constData());
    return p.exitCode();
}

void TestTeamWindow::theWindowStaysLiveThroughDropsAndRestarts()
{
    const QString a = file(u"ana.sd"_s), b = file(u"ben.sd"_s);
    QCOMPARE(cli({u"sprint"_s, u"create"_s, u"--name"_s, u"S1"_s, u"--start"_s, u"2026-12-07"_s,
                  u"--end"_s, u"2026-12-18"_s, u"--db"_s, a}),
             0);
    for (const QString &title : {u"Login page"_s, u"Export"_s})
        QCOMPARE(cli({u"card"_s, u"add"_s, u"--title"_s, title, u"--sprint"_s, u"S1"_s,
                      u"--points"_s, u"3"_s, u"--db"_s, a}),
                 0);
    QCOMPARE(cli({u"sprint"_s, u"start"_s, u"S1"_s, u"--db"_s, a}), 0);
    QCOMPARE(cli({u"share"_s, u"--server"_s, m_pg.url(u"ana"_s, u"team"_s), u"--as"_s, u"Ana"_s,
                  u"--db"_s, a}),
             0);
    QCOMPARE(cli({u"join"_s, m_pg.url(u"ben"_s, u"team"_s), u"--as"_s, u"Ben"_s, u"--db"_s, b}), 0);

    auto opened = Board::open(b);
    QVERIFY2(opened, qPrintable(opened.error()));
    MainWindow window(std::move(opened.value()));
    window.show();
    Board &board = *window.board();
    auto *controller = window.findChild<TeamController *>();
    QVERIFY(controller);
    QTRY_VERIFY(controller->client());
    TeamClient *client = controller->client();
    client->setPollInterval(300);
    client->setMaxRetryDelay(1000);
    QTRY_COMPARE(client->state(), TeamClient::State::Online);
    QVERIFY2(controller->statusLabel()->text().contains(u"online"_s),
             qPrintable(controller->statusLabel()->text()));
    const qint64 sd1 = board.cardByKey(u"SD-1")->id;
    const qint64 sd2 = board.cardByKey(u"SD-2")->id;

    // Ana moves a card on the command line: the window shows it without being asked.
    QCOMPARE(cli({u"card"_s, u"move"_s, u"SD-1"_s, u"--to"_s, u"In Progress"_s, u"--db"_s, a}), 0);
    QTRY_COMPARE_WITH_TIMEOUT(board.card(sd1)->columnId, columnId(board, u"In Progress"_s), 5000);
    // And the window says who else is here.
    QTRY_VERIFY_WITH_TIMEOUT(controller->statusLabel()->text().contains(u"Ana"_s), 5000);

    // Ben moves one in the window: Ana's next command sees it.
    QVERIFY(board.moveCards({sd2}, board.card(sd2)->sprintId, columnId(board, u"Done"_s)));
    QTRY_COMPARE(client->waiting(), 0);
    QString shown;
    QCOMPARE(cli({u"card"_s, u"show"_s, u"SD-2"_s, u"--db"_s, a}, &shown), 0);
    QVERIFY2(shown.contains(u"Done"_s), qPrintable(shown));

    // The server drops the window's listening connection: it listens again and misses nothing.
    QVERIFY(m_pg.terminateConnections(u"team"_s, u"sprintdeck-listen"_s));
    QCOMPARE(cli({u"card"_s, u"move"_s, u"SD-1"_s, u"--to"_s, u"Review"_s, u"--db"_s, a}), 0);
    QTRY_COMPARE_WITH_TIMEOUT(board.card(sd1)->columnId, columnId(board, u"Review"_s), 5000);

    // The server goes away: the window says so, keeps working and queues the edit.
    QVERIFY(m_pg.kill());
    QTRY_COMPARE_WITH_TIMEOUT(client->state(), TeamClient::State::Offline, 5000);
    QVERIFY(controller->statusLabel()->text().contains(u"offline"_s));
    Card edited = *board.card(sd1);
    edited.title = u"Login page, offline"_s;
    QVERIFY(board.updateCard(edited));
    QCOMPARE(client->waiting(), 1);
    QVERIFY2(controller->statusLabel()->text().contains(u"1 edit waiting"_s),
             qPrintable(controller->statusLabel()->text()));
    QVERIFY(m_pg.resume());
    QTRY_COMPARE_WITH_TIMEOUT(client->state(), TeamClient::State::Online, 5000);
    QTRY_COMPARE(client->waiting(), 0);
    QCOMPARE(cli({u"card"_s, u"show"_s, u"SD-1"_s, u"--db"_s, a}, &shown), 0);
    QVERIFY2(shown.contains(u"Login page, offline"_s), qPrintable(shown));

    // Undo undoes Ben's own edit as a new edit, which Ana gets.
    Card pointed = *board.card(sd2);
    pointed.points = 8;
    QVERIFY(board.updateCard(pointed));
    board.undoStack()->undo();
    QCOMPARE(board.card(sd2)->points, std::optional<double>(3));
    QTRY_COMPARE(client->waiting(), 0);
    QCOMPARE(cli({u"card"_s, u"show"_s, u"SD-2"_s, u"--db"_s, a}, &shown), 0);
    QVERIFY2(shown.contains(u"Points:    3"_s), qPrintable(shown));

    // Ana changes what Ben's last edit changed: his undo is refused, naming her.
    Card titled = *board.card(sd2);
    titled.title = u"Export, by Ben"_s;
    QVERIFY(board.updateCard(titled));
    QTRY_COMPARE(client->waiting(), 0);
    QCOMPARE(
        cli({u"card"_s, u"edit"_s, u"SD-2"_s, u"--title"_s, u"Export, by Ana"_s, u"--db"_s, a}), 0);
    QTRY_COMPARE_WITH_TIMEOUT(board.card(sd2)->title, u"Export, by Ana"_s, 5000);
    QSignalSpy refused(&board, &Board::errorOccurred);
    board.undoStack()->undo();
    QCOMPARE(refused.size(), 1);
    QVERIFY2(refused.first().first().toString().contains(u"Ana changed title of SD-2"_s),
             qPrintable(refused.first().first().toString()));
    QCOMPARE(board.card(sd2)->title, u"Export, by Ana"_s);
    QCOMPARE(client->waiting(), 0);

    // Events name their authors: Ana's history of SD-2 says Ben moved it.
    QCOMPARE(cli({u"card"_s, u"show"_s, u"SD-2"_s, u"--db"_s, a}, &shown), 0);
    QVERIFY2(shown.contains(QRegularExpression(u"moved .*\\(Ben\\)"_s)), qPrintable(shown));
    QVERIFY2(shown.contains(QRegularExpression(u"title .*Export, by Ana  \\(Ana\\)"_s)),
             qPrintable(shown));

    // Ben writes his standup row in the window; a third member's open board has it at once,
    // and Fill from Board there credits Ben with the card he finished.
    const QString c = file(u"cleo.sd"_s);
    QCOMPARE(cli({u"join"_s, m_pg.url(u"ben"_s, u"team"_s), u"--as"_s, u"Cleo"_s, u"--db"_s, c}),
             0);
    auto cleoBoard = Board::open(c);
    QVERIFY(cleoBoard);
    TeamClient cleo(**cleoBoard);
    cleo.setPollInterval(300);
    cleo.start(QString());
    QTRY_COMPARE(cleo.state(), TeamClient::State::Online);
    StandupBook *cleoBook = StandupBook::of(**cleoBoard);
    QSignalSpy filled(cleoBook, &StandupBook::standupSaved);
    const QDate today = QDate::currentDate();
    StandupEntry entry;
    entry.memberId = board.memberByName(u"Ben")->id;
    entry.yesterday = u"Finished the export"_s;
    QVERIFY(StandupBook::of(board)->saveEntry(today, entry));
    entry.today = u"The login page"_s;
    QVERIFY(StandupBook::of(board)->saveEntry(today, entry));
    QTRY_VERIFY_WITH_TIMEOUT(!filled.isEmpty(), 5000);
    const qint64 benAtCleo = (*cleoBoard)->memberByName(u"Ben")->id;
    // As saved: markdown, ending with a line break.
    QTRY_COMPARE_WITH_TIMEOUT(cleoBook->standup(today)->entryOrEmpty(benAtCleo).today,
                              StandupBook::normalized(u"The login page"_s), 5000);
    QCOMPARE(cleoBook->standup(today)->entryOrEmpty(benAtCleo).yesterday,
             StandupBook::normalized(u"Finished the export"_s));
    // Cleo writes hers: Ben's window gets it, and his own row stays his.
    StandupEntry hers;
    hers.memberId = (*cleoBoard)->memberByName(u"Cleo")->id;
    hers.today = u"Reviews"_s;
    QVERIFY(cleoBook->saveEntry(today, hers));
    const qint64 cleoAtBen = board.memberByName(u"Cleo")->id;
    QTRY_COMPARE_WITH_TIMEOUT(StandupBook::of(board)->standup(today)->entryOrEmpty(cleoAtBen).today,
                              StandupBook::normalized(u"Reviews"_s), 5000);
    QCOMPARE(StandupBook::of(board)->standup(today)->entryOrEmpty(entry.memberId).today,
             StandupBook::normalized(u"The login page"_s));
    const auto proposals = cleoBook->propose(today);
    QVERIFY(proposals);
    bool credited = false;
    for (const StandupProposal &p : *proposals)
        for (const StandupItem &item : p.yesterday)
            credited |= p.memberId == benAtCleo && item.key == u"SD-2";
    QVERIFY2(credited, "Fill from Board does not credit Ben with SD-2");
    // And Ana's daily status report names him for it (the card is nobody's).
    QCOMPARE(cli({u"report"_s, u"status"_s, u"--db"_s, a}, &shown), 0);
    QVERIFY2(shown.contains(QRegularExpression(u"SD-2[^\\n]*\\n(- [^\\n]*\\n)*- Owner: Ben"_s)),
             qPrintable(shown));

    // Ben and Cleo both reorder one card while the server is away: the ranks merge (the later
    // move places it), no conflict for anyone, one order everywhere.
    for (const QString &title : {u"First"_s, u"Second"_s, u"Third"_s})
        QCOMPARE(
            cli({u"card"_s, u"add"_s, u"--title"_s, title, u"--sprint"_s, u"S1"_s, u"--db"_s, a}),
            0);
    QTRY_VERIFY_WITH_TIMEOUT(board.cardByKey(u"SD-5") && (*cleoBoard)->cardByKey(u"SD-5"), 5000);
    QVERIFY(m_pg.kill());
    QTRY_COMPARE_WITH_TIMEOUT(client->state(), TeamClient::State::Offline, 5000);
    QTRY_COMPARE_WITH_TIMEOUT(cleo.state(), TeamClient::State::Offline, 5000);
    const Card third = *board.cardByKey(u"SD-5");
    QVERIFY(
        board.moveCards({third.id}, third.sprintId, third.columnId, board.cardByKey(u"SD-3")->id));
    const Card thirdAtCleo = *(*cleoBoard)->cardByKey(u"SD-5");
    QVERIFY((*cleoBoard)
                ->moveCards({thirdAtCleo.id}, thirdAtCleo.sprintId, thirdAtCleo.columnId,
                            (*cleoBoard)->cardByKey(u"SD-4")->id));
    QVERIFY(m_pg.resume());
    QTRY_COMPARE_WITH_TIMEOUT(client->state(), TeamClient::State::Online, 8000);
    QTRY_COMPARE_WITH_TIMEOUT(cleo.state(), TeamClient::State::Online, 8000);
    QTRY_VERIFY(client->waiting() == 0 && cleo.waiting() == 0);
    client->syncNow();
    cleo.syncNow();
    QCOMPARE(client->conflicts(), 0);
    QCOMPARE(cleo.conflicts(), 0);
    auto order = [](Board &b) {
        QStringList keys;
        const Card *c = b.cardByKey(u"SD-3");
        for (qint64 id : b.cardsIn(c->sprintId, c->columnId))
            keys.append(b.card(id)->key);
        return keys;
    };
    QTRY_COMPARE_WITH_TIMEOUT(order(**cleoBoard), order(board), 5000);

    // A sprint Ben creates and takes back again is gone from Ana's board too.
    Sprint draft;
    draft.name = u"Taken back"_s;
    draft.start = today.addDays(20);
    draft.end = today.addDays(30);
    QVERIFY(board.createSprint(draft));
    QTRY_COMPARE(client->waiting(), 0);
    QCOMPARE(cli({u"sprint"_s, u"list"_s, u"--db"_s, a}, &shown), 0);
    QVERIFY2(shown.contains(u"Taken back"_s), qPrintable(shown));
    board.undoStack()->undo();
    QVERIFY(!board.sprintByName(u"Taken back"));
    QTRY_COMPARE(client->waiting(), 0);
    QCOMPARE(cli({u"sprint"_s, u"list"_s, u"--db"_s, a}, &shown), 0);
    QVERIFY2(!shown.contains(u"Taken back"_s), qPrintable(shown));
}

void TestTeamWindow::shareAndOpenSharedBoardFromTheMenu()
{
    const QString c = file(u"carol.sd"_s);
    QCOMPARE(cli({u"card"_s, u"add"_s, u"--title"_s, u"From the window"_s, u"--db"_s, c}), 0);
    auto opened = Board::open(c);
    QVERIFY(opened);
    MainWindow window(std::move(opened.value()));
    window.show();
    auto *controller = window.findChild<TeamController *>();
    QVERIFY(controller && !controller->client());

    // A wrong password: the dialog says why, in one line, and the board stays unshared.
    window.findChild<QAction *>(u"shareBoardAction"_s)->trigger();
    auto *share = window.findChild<TeamBoardDialog *>(u"shareBoardDialog"_s);
    QVERIFY(share);
    share->serverEdit()->setText(m_pg.url(u"ana"_s, u"team2"_s));
    share->memberEdit()->setText(u"Ana"_s);
    share->passwordEdit()->setText(u"wrong"_s);
    QVERIFY(!share->run());
    QVERIFY2(share->error().contains(u"refused the login of ana"_s), qPrintable(share->error()));
    QVERIFY(!TeamStore(window.board()->database()).link().value().has_value());
    share->passwordEdit()->setText(u"ana-secret"_s);
    QVERIFY(share->run());
    share->accept();
    QTRY_VERIFY(controller->client());
    QTRY_COMPARE(controller->client()->state(), TeamClient::State::Online);

    // Ben opens it from the menu into a new file, and a window opens on it.
    window.findChild<QAction *>(u"openSharedBoardAction"_s)->trigger();
    auto *join = window.findChild<TeamBoardDialog *>(u"joinBoardDialog"_s);
    QVERIFY(join);
    join->serverEdit()->setText(m_pg.url(u"ben"_s, u"team2"_s));
    join->memberEdit()->setText(u"Ben"_s);
    join->passwordEdit()->setText(u"ben-secret"_s);
    join->fileEdit()->setText(file(u"ben2.sd"_s));
    QVERIFY(join->run());
    join->accept();
    MainWindow *opened2 = nullptr;
    for (QWidget *w : QApplication::topLevelWidgets())
        if (auto *m = qobject_cast<MainWindow *>(w); m && m != &window && m->isVisible())
            opened2 = m;
    QVERIFY(opened2);
    QCOMPARE(QFileInfo(opened2->board()->path()).fileName(), u"ben2.sd"_s);
    QVERIFY(opened2->board()->cardByKey(u"SD-1"));
    QCOMPARE(opened2->board()->cardByKey(u"SD-1")->title, u"From the window"_s);
    auto *benController = opened2->findChild<TeamController *>();
    QTRY_VERIFY(benController->client());
    QTRY_COMPARE(benController->client()->state(), TeamClient::State::Online);
    // A card Ana adds in her window appears in Ben's.
    Card draft;
    draft.title = u"Live from Ana"_s;
    QVERIFY(window.board()->addCard(draft));
    QTRY_VERIFY_WITH_TIMEOUT(opened2->board()->cardByKey(u"SD-2"), 5000);
    QCOMPARE(opened2->board()->cardByKey(u"SD-2")->title, u"Live from Ana"_s);
    opened2->close();
}

void TestTeamWindow::aServerThatDoesNotAnswerNeverHoldsTheWindow()
{
    // A replica whose server is on a network that drops every packet (or is not there).
    auto board = Board::open(file(u"lost.sd"_s));
    QVERIFY(board);
    TeamLink link;
    link.url = u"postgresql://ana@10.255.255.1:5432/team"_s;
    link.boardUid = u"b"_s;
    link.member = u"Ana"_s;
    link.clientUid = u"c"_s;
    {
        Transaction tx((*board)->database());
        QVERIFY(TeamStore((*board)->database()).saveLink(link));
        QVERIFY(tx.commit());
    }
    TeamClient client(**board);
    client.start(QString());
    // start() returned before any answer: the window's event loop turns meanwhile.
    QCOMPARE(client.state(), TeamClient::State::Connecting);
    QTRY_COMPARE_WITH_TIMEOUT(client.state(), TeamClient::State::Offline, 10000);
    QVERIFY2(client.message().contains(u"cannot reach the team server 10.255.255.1:5432"_s),
             qPrintable(client.message()));
    // Edits go on, queued.
    Card draft;
    draft.title = u"Written offline"_s;
    QVERIFY((*board)->addCard(draft));
    QCOMPARE(client.waiting(), 1);
}

void TestTeamWindow::aServerMigratedByANewerVersionIsShownOnce()
{
    QVERIFY(m_pg.createDatabase(u"team3"_s, u"ana"_s));
    const QString d = file(u"dora.sd"_s);
    QCOMPARE(cli({u"card"_s, u"add"_s, u"--title"_s, u"Kept"_s, u"--db"_s, d}), 0);
    QCOMPARE(cli({u"share"_s, u"--server"_s, m_pg.url(u"ana"_s, u"team3"_s), u"--as"_s, u"Dora"_s,
                  u"--db"_s, d}),
             0);
    QVERIFY(
        m_pg.sql(u"team3"_s, u"UPDATE sd_meta SET value = '99' WHERE key = 'schema_version'"_s));
    auto opened = Board::open(d);
    QVERIFY(opened);
    MainWindow window(std::move(opened.value()));
    window.show();
    auto *controller = window.findChild<TeamController *>();
    QTRY_VERIFY(controller->client());
    QTRY_COMPARE(controller->client()->state(), TeamClient::State::Offline);
    // Said once in a dialog (retrying cannot help), and in the status bar's tooltip.
    QTRY_VERIFY(window.findChild<QMessageBox *>());
    QVERIFY2(window.findChild<QMessageBox *>()->text().contains(u"newer SprintDeck"_s),
             qPrintable(window.findChild<QMessageBox *>()->text()));
    QVERIFY(controller->statusLabel()->toolTip().contains(u"newer SprintDeck"_s));
    // The board stays usable on the file.
    QCOMPARE(window.board()->cardByKey(u"SD-1")->title, u"Kept"_s);
}

SPRINTDECK_SETTINGS_TEST_MAIN(TestTeamWindow)
#include "tst_teamwindow.moc"
