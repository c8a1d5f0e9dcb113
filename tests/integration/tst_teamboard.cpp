// A board shared on a real PostgreSQL 15 by real sprintdeck processes: share, join, live moves,
// merges and conflicts, offline spells, a read-only role, refused logins, a newer schema, and
// the server killed in the middle of edits. After each: every edit is on the server exactly
// once and the replicas hold the same board.
#include "tests/integration/pgserver.h"
#include "tests/testpaths.h"

#include <QDate>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using namespace Qt::StringLiterals;

namespace {

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

} // namespace

class TestTeamBoard : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void init();

    void shareAndJoinMakeTheSameBoard();
    void twoPeoplePlanRunAndCloseASprint();
    void aMoveOnOneShowsOnTheOther();
    void aStandupFilledOnOneShowsOnTheOther();
    void differentFieldsMergeAndTheSameFieldIsAConflict();
    void offlineEditsOnBothSidesConverge();
    void aReadOnlyRoleViewsAndMayNotEdit();
    void wrongPasswordAndUnknownServerSayWhy();
    void aNewerSchemaOnTheServerIsRefused();
    void tlsIsVerifiedAndAnUnverifiableServerRefused();
    void serverKilledDuringEditsLosesNothingAndDuplicatesNothing();

private:
    Run sprintdeck(const QStringList &args, const QByteArray &input = {},
                   QProcess **started = nullptr);
    Run ok(const QStringList &args);
    QString db(const QString &name) const { return m_dir->filePath(name); }
    /** The board as every replica must hold it: cards and sprints, without local ids. */
    QString canonical(const QString &file);
    QString serverValue(const QString &sql);
    QString url(const QString &user) const { return m_pg.url(user, m_database); }

    PgServer m_pg;
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_pgpass;
    QString m_database;
    int m_round = 0;
};

void TestTeamBoard::initTestCase()
{
    QString error;
    QVERIFY2(m_pg.start(&error), qPrintable(error));
    QVERIFY(m_pg.createRole(u"ana"_s, u"ana-secret"_s));
    QVERIFY(m_pg.createRole(u"ben"_s, u"ben-secret"_s));
    QVERIFY(m_pg.createRole(u"viewer"_s, u"viewer-secret"_s));
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    // libpq's own password file: the keychain is tested with the window; here every process
    // finds its password the way a PostgreSQL user's tools do.
    m_pgpass = m_dir->filePath(u"pgpass"_s);
    QFile pass(m_pgpass);
    QVERIFY(pass.open(QIODevice::WriteOnly));
    for (const char *line : {"ana:ana-secret", "ben:ben-secret", "viewer:viewer-secret"})
        pass.write(u"127.0.0.1:%1:*:%2\n"_s.arg(m_pg.port()).arg(QLatin1StringView(line)).toUtf8());
    pass.close();
    QVERIFY(pass.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner));
}

void TestTeamBoard::cleanupTestCase()
{
    m_pg.stop();
}

void TestTeamBoard::init()
{
    // A database of its own per test: a fresh board, and the roles' rights on it.
    m_database = u"team%1"_s.arg(++m_round);
    QVERIFY(m_pg.createDatabase(m_database, u"ana"_s));
    QVERIFY(m_pg.sql(m_database, u"GRANT USAGE, CREATE ON SCHEMA public TO ben;"
                                 "ALTER DEFAULT PRIVILEGES FOR ROLE ana IN SCHEMA public "
                                 "  GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO ben;"
                                 "GRANT USAGE ON SCHEMA public TO viewer;"
                                 "ALTER DEFAULT PRIVILEGES FOR ROLE ana IN SCHEMA public "
                                 "  GRANT SELECT ON TABLES TO viewer;"_s));
    for (const QString &f : {u"a.sd"_s, u"b.sd"_s, u"v.sd"_s})
        for (const QString &suffix : {u""_s, u"-wal"_s, u"-shm"_s})
            QFile::remove(db(f) + suffix);
}

Run TestTeamBoard::sprintdeck(const QStringList &args, const QByteArray &input, QProcess **started)
{
    auto *p = new QProcess;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"PGPASSFILE"_s, m_pgpass);
    env.remove(u"PGPASSWORD"_s);
    env.remove(u"DBUS_SESSION_BUS_ADDRESS"_s);
    env.remove(u"DISPLAY"_s);
    env.insert(u"LANGUAGE"_s, u"en"_s);
    // The log is read a few events at a time: every catch-up goes through many reads, each
    // read ahead on a second connection while the one before is written.
    env.insert(u"SPRINTDECK_TEAM_EVENTS_PER_READ"_s, u"3"_s);
    p->setProcessEnvironment(env);
    p->start(TestPaths::binary(), args);
    p->write(input);
    p->closeWriteChannel();
    if (started) {
        *started = p;
        return {};
    }
    Run r;
    if (!p->waitForFinished(60000)) {
        p->kill();
        p->waitForFinished();
        r.err = u"timed out"_s;
    } else {
        r.exitCode = p->exitStatus() == QProcess::NormalExit ? p->exitCode() : -2;
    }
    r.out = QString::fromUtf8(p->readAllStandardOutput());
    r.err += QString::fromUtf8(p->readAllStandardError());
    delete p;
    return r;
}

Run TestTeamBoard::ok(const QStringList &args)
{
    Run r = sprintdeck(args);
    if (r.exitCode != 0)
        qWarning("sprintdeck %s: exit %d\n%s%s", qPrintable(args.join(u' ')), r.exitCode,
                 qPrintable(r.out), qPrintable(r.err));
    return r;
}

QString TestTeamBoard::canonical(const QString &file)
{
    // The JSON backup, with every local id replaced by what it names.
    const QString path = m_dir->filePath(u"canonical.json"_s);
    QFile::remove(path);
    if (ok({u"export"_s, u"--format"_s, u"json"_s, u"-o"_s, path, u"--db"_s, file}).exitCode != 0)
        return u"export failed"_s;
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return u"no export"_s;
    const QJsonObject tables =
        QJsonDocument::fromJson(f.readAll()).object()[u"tables"_s].toObject();
    QStringList lines;
    auto rows = [&](const QString &table, const QStringList &fields, const QString &skipWhen = {}) {
        QStringList part;
        for (const QJsonValue &row : tables[table].toArray()) {
            const QJsonObject o = row.toObject();
            if (!skipWhen.isEmpty() && o[skipWhen].toInt())
                continue;
            QStringList values;
            for (const QString &field : fields)
                values.append(o[field].toVariant().toString());
            part.append(table + u": "_s + values.join(u" | "_s));
        }
        part.sort();
        lines += part;
    };
    rows(u"cards"_s,
         {u"key"_s, u"title"_s, u"description"_s, u"points"_s, u"priority"_s, u"type"_s,
          u"labels"_s, u"blocked"_s, u"blocked_reason"_s, u"checklist"_s, u"column"_s, u"sprint"_s,
          u"assignee"_s, u"rank"_s},
         u"deleted"_s);
    rows(u"columns"_s, {u"position"_s, u"name"_s, u"is_done"_s, u"wip_limit"_s}, u"removed"_s);
    rows(u"members"_s, {u"name"_s, u"active"_s});
    rows(u"sprints"_s,
         {u"name"_s, u"goal"_s, u"start_date"_s, u"end_date"_s, u"state"_s, u"capacity"_s});
    return lines.join(u'\n');
}

QString TestTeamBoard::serverValue(const QString &sql)
{
    QString out, error;
    if (!m_pg.sql(m_database, sql, &out, &error))
        qWarning("%s: %s", qPrintable(sql), qPrintable(error));
    return out.trimmed();
}

// --- the cases -------------------------------------------------------------------------------

void TestTeamBoard::shareAndJoinMakeTheSameBoard()
{
    const QString a = db(u"a.sd"_s), b = db(u"b.sd"_s);
    QCOMPARE(ok({u"sprint"_s, u"create"_s, u"--name"_s, u"S1"_s, u"--start"_s, u"2026-12-07"_s,
                 u"--end"_s, u"2026-12-18"_s, u"--db"_s, a})
                 .exitCode,
             0);
    for (const QString &title : {u"Login page"_s, u"Export"_s, u"Fix crash"_s})
        QCOMPARE(ok({u"card"_s, u"add"_s, u"--title"_s, title, u"--points"_s, u"3"_s, u"--db"_s, a})
                     .exitCode,
                 0);
    QCOMPARE(ok({u"sprint"_s, u"plan"_s, u"S1"_s, u"SD-1"_s, u"SD-2"_s, u"--db"_s, a}).exitCode, 0);
    QCOMPARE(ok({u"sprint"_s, u"start"_s, u"S1"_s, u"--db"_s, a}).exitCode, 0);
    QCOMPARE(ok({u"card"_s, u"move"_s, u"SD-1"_s, u"--to"_s, u"Done"_s, u"--db"_s, a}).exitCode, 0);

    const Run shared =
        ok({u"share"_s, u"--server"_s, url(u"ana"_s), u"--as"_s, u"Ana"_s, u"--db"_s, a});
    QCOMPARE(shared.exitCode, 0);
    QVERIFY2(shared.out.contains(u"3 cards"_s), qPrintable(shared.out));
    const Run joined = ok({u"join"_s, url(u"ben"_s), u"--as"_s, u"Ben"_s, u"--db"_s, b});
    QCOMPARE(joined.exitCode, 0);
    QCOMPARE(canonical(b), canonical(a));
    QVERIFY(canonical(a).contains(u"Login page"_s));

    // The sprint's numbers come from the same history on both: one done of 6 committed points.
    const Run burnA = ok({u"report"_s, u"progress"_s, u"--sprint"_s, u"S1"_s, u"--db"_s, a});
    const Run burnB = ok({u"report"_s, u"progress"_s, u"--sprint"_s, u"S1"_s, u"--db"_s, b});
    QCOMPARE(burnB.out, burnA.out);

    // A backup restored over a replica, or a JSON backup restored into a new file, is a board
    // of its own: same cards, no server.
    const QString folder = m_dir->filePath(u"backups"_s);
    const Run backup = ok({u"backup"_s, u"create"_s, u"--folder"_s, folder, u"--db"_s, b});
    QCOMPARE(backup.exitCode, 0);
    QCOMPARE(
        ok({u"backup"_s, u"restore"_s, backup.out.trimmed(), u"--folder"_s, folder, u"--db"_s, b})
            .exitCode,
        0);
    const QString json = m_dir->filePath(u"replica.json"_s);
    QCOMPARE(ok({u"export"_s, u"--format"_s, u"json"_s, u"-o"_s, json, u"--db"_s, a}).exitCode, 0);
    const QString c = db(u"c.sd"_s);
    QFile::remove(c);
    QCOMPARE(ok({u"restore"_s, json, u"--db"_s, c}).exitCode, 0);
    for (const QString &own : {b, c}) {
        QCOMPARE(canonical(own), canonical(a));
        const Run unshared = sprintdeck({u"sync"_s, u"--db"_s, own});
        QCOMPARE(unshared.exitCode, 1);
        QVERIFY2(unshared.err.contains(u"no remote to sync with"_s), qPrintable(unshared.err));
    }
    QFile::remove(c);

    // Sharing twice, or joining into a file that exists, is refused with the reason.
    const Run again =
        sprintdeck({u"share"_s, u"--server"_s, url(u"ana"_s), u"--as"_s, u"Ana"_s, u"--db"_s, a});
    QCOMPARE(again.exitCode, 1);
    QVERIFY2(again.err.contains(u"shared already"_s), qPrintable(again.err));
    const Run into = sprintdeck({u"join"_s, url(u"ben"_s), u"--db"_s, a});
    QCOMPARE(into.exitCode, 1);
    QVERIFY2(into.err.contains(u"exists already"_s), qPrintable(into.err));
}

void TestTeamBoard::twoPeoplePlanRunAndCloseASprint()
{
    const QString a = db(u"a.sd"_s), b = db(u"b.sd"_s);
    const QString start = QDate::currentDate().addDays(-3).toString(Qt::ISODate);
    const QString end = QDate::currentDate().addDays(10).toString(Qt::ISODate);
    QCOMPARE(
        ok({u"share"_s, u"--server"_s, url(u"ana"_s), u"--as"_s, u"Ana"_s, u"--db"_s, a}).exitCode,
        0);
    QCOMPARE(ok({u"join"_s, url(u"ben"_s), u"--as"_s, u"Ben"_s, u"--db"_s, b}).exitCode, 0);
    // Ana plans the sprint, both add cards, Ben starts it.
    QCOMPARE(ok({u"sprint"_s, u"create"_s, u"--name"_s, u"S9"_s, u"--start"_s, start, u"--end"_s,
                 end, u"--db"_s, a})
                 .exitCode,
             0);
    for (int i = 0; i < 3; ++i) {
        QCOMPARE(ok({u"card"_s, u"add"_s, u"--title"_s, u"Ana %1"_s.arg(i), u"--points"_s,
                     QString::number(i + 1), u"--sprint"_s, u"S9"_s, u"--assignee"_s, u"Ana"_s,
                     u"--db"_s, a})
                     .exitCode,
                 0);
        QCOMPARE(ok({u"card"_s, u"add"_s, u"--title"_s, u"Ben %1"_s.arg(i), u"--points"_s, u"2"_s,
                     u"--sprint"_s, u"S9"_s, u"--assignee"_s, u"Ben"_s, u"--db"_s, b})
                     .exitCode,
                 0);
    }
    QCOMPARE(ok({u"sprint"_s, u"start"_s, u"S9"_s, u"--db"_s, b}).exitCode, 0);
    // Work on both sides, through a server restart and an offline spell.
    QCOMPARE(ok({u"card"_s, u"move"_s, u"SD-1"_s, u"--to"_s, u"Done"_s, u"--db"_s, a}).exitCode, 0);
    QCOMPARE(
        ok({u"card"_s, u"move"_s, u"SD-2"_s, u"--to"_s, u"In Progress"_s, u"--db"_s, b}).exitCode,
        0);
    QVERIFY(m_pg.kill());
    QCOMPARE(
        sprintdeck({u"card"_s, u"move"_s, u"SD-2"_s, u"--to"_s, u"Done"_s, u"--db"_s, b}).exitCode,
        0);
    QCOMPARE(
        sprintdeck({u"card"_s, u"edit"_s, u"SD-3"_s, u"--points"_s, u"5"_s, u"--db"_s, a}).exitCode,
        0);
    QVERIFY(m_pg.resume());
    QCOMPARE(ok({u"card"_s, u"move"_s, u"SD-4"_s, u"--to"_s, u"Done"_s, u"--db"_s, b}).exitCode, 0);
    QCOMPARE(ok({u"sync"_s, u"--db"_s, a}).exitCode, 0);
    QCOMPARE(ok({u"sprint"_s, u"close"_s, u"S9"_s, u"--to-backlog"_s, u"--db"_s, a}).exitCode, 0);
    QCOMPARE(ok({u"sync"_s, u"--db"_s, b}).exitCode, 0);

    // One board, and the same numbers, charts and slides from both people's work.
    QCOMPARE(canonical(b), canonical(a));
    for (const QStringList &report : {QStringList{u"sprint"_s, u"list"_s},
                                      {u"report"_s, u"burndown"_s, u"--sprint"_s, u"S9"_s},
                                      {u"report"_s, u"progress"_s, u"--sprint"_s, u"S9"_s},
                                      {u"report"_s, u"velocity"_s}}) {
        const Run onA = ok(QStringList(report) << u"--db"_s << a);
        const Run onB = ok(QStringList(report) << u"--db"_s << b);
        QCOMPARE(onA.exitCode, 0);
        QCOMPARE(onB.out, onA.out);
    }
    QVERIFY2(ok({u"sprint"_s, u"list"_s, u"--db"_s, b}).out.contains(u"closed"_s),
             qPrintable(ok({u"sprint"_s, u"list"_s, u"--db"_s, b}).out));
    QStringList texts;
    for (const QString &file : {a, b}) {
        const QString pdf = file + u".pdf"_s;
        QCOMPARE(ok({u"slides"_s, u"--sprint"_s, u"S9"_s, u"-o"_s, pdf, u"--db"_s, file}).exitCode,
                 0);
        QProcess text;
        text.start(u"pdftotext"_s, {u"-layout"_s, pdf, u"-"_s});
        QVERIFY(text.waitForFinished(60000));
        texts.append(QString::fromUtf8(text.readAllStandardOutput()));
    }
    QVERIFY(texts.first().contains(u"Ben 0"_s) && texts.first().contains(u"Ana 0"_s));
    QCOMPARE(texts.last(), texts.first());
}

void TestTeamBoard::aStandupFilledOnOneShowsOnTheOther()
{
    // Today is a day of the sprint, whenever the test runs.
    const QDate today = QDate::currentDate();
    const QString a = db(u"a.sd"_s), b = db(u"b.sd"_s);
    QCOMPARE(ok({u"sprint"_s, u"create"_s, u"--name"_s, u"S1"_s, u"--start"_s,
                 today.addDays(-7).toString(Qt::ISODate), u"--end"_s,
                 today.addDays(7).toString(Qt::ISODate), u"--db"_s, a})
                 .exitCode,
             0);
    QCOMPARE(ok({u"card"_s, u"add"_s, u"--title"_s, u"Shared card"_s, u"--sprint"_s, u"S1"_s,
                 u"--assignee"_s, u"Ana"_s, u"--db"_s, a})
                 .exitCode,
             0);
    QCOMPARE(ok({u"sprint"_s, u"start"_s, u"S1"_s, u"--db"_s, a}).exitCode, 0);
    QCOMPARE(
        ok({u"card"_s, u"move"_s, u"SD-1"_s, u"--to"_s, u"In Progress"_s, u"--db"_s, a}).exitCode,
        0);
    QCOMPARE(ok({u"card"_s, u"edit"_s, u"SD-1"_s, u"--blocked"_s, u"Waiting for the VPN"_s,
                 u"--db"_s, a})
                 .exitCode,
             0);
    QCOMPARE(
        ok({u"share"_s, u"--server"_s, url(u"ana"_s), u"--as"_s, u"Ana"_s, u"--db"_s, a}).exitCode,
        0);
    QCOMPARE(ok({u"join"_s, url(u"ben"_s), u"--as"_s, u"Ben"_s, u"--db"_s, b}).exitCode, 0);

    // Ben fills the day's standup on his replica; Ana's part is what the board knows of her.
    const Run fill = ok({u"standup"_s, u"fill"_s, u"--db"_s, b});
    QCOMPARE(fill.exitCode, 0);
    QVERIFY2(fill.out.contains(u"- SD-1: Shared card - Waiting for the VPN"_s),
             qPrintable(fill.out));
    // Ana's replica catches up: her part is saved text now, no longer a proposal.
    const Run report = ok({u"report"_s, u"standup"_s, u"--db"_s, a});
    QCOMPARE(report.exitCode, 0);
    QVERIFY2(report.out.contains(u"## Blockers\n\n**Ana**\n\n"
                                 "- SD-1: Shared card - Waiting for the VPN\n"_s),
             qPrintable(report.out));
    QVERIFY(!report.out.contains(u"(proposed from the board)"_s));
    QVERIFY2(serverValue(u"SELECT count(*) FROM sd_entities WHERE uid LIKE 'standup/%'"_s) !=
                 u"0"_s,
             "the fill reached the server");
    // Filling again on Ana's replica finds nothing empty to fill.
    QVERIFY(ok({u"standup"_s, u"fill"_s, u"--db"_s, a}).out.contains(u"Nothing to fill"_s));
}

void TestTeamBoard::aMoveOnOneShowsOnTheOther()
{
    const QString a = db(u"a.sd"_s), b = db(u"b.sd"_s);
    QCOMPARE(ok({u"sprint"_s, u"create"_s, u"--name"_s, u"S1"_s, u"--start"_s, u"2026-12-07"_s,
                 u"--end"_s, u"2026-12-18"_s, u"--db"_s, a})
                 .exitCode,
             0);
    QCOMPARE(ok({u"card"_s, u"add"_s, u"--title"_s, u"Shared card"_s, u"--sprint"_s, u"S1"_s,
                 u"--db"_s, a})
                 .exitCode,
             0);
    QCOMPARE(
        ok({u"share"_s, u"--server"_s, url(u"ana"_s), u"--as"_s, u"Ana"_s, u"--db"_s, a}).exitCode,
        0);
    QCOMPARE(ok({u"join"_s, url(u"ben"_s), u"--as"_s, u"Ben"_s, u"--db"_s, b}).exitCode, 0);

    QCOMPARE(
        ok({u"card"_s, u"move"_s, u"SD-1"_s, u"--to"_s, u"In Progress"_s, u"--db"_s, a}).exitCode,
        0);
    const Run seen = ok({u"card"_s, u"show"_s, u"SD-1"_s, u"--db"_s, b});
    QVERIFY2(seen.out.contains(u"In Progress"_s), qPrintable(seen.out));
    // Ben moves it on; Ana's next command sees that.
    QCOMPARE(ok({u"card"_s, u"move"_s, u"SD-1"_s, u"--to"_s, u"Done"_s, u"--db"_s, b}).exitCode, 0);
    QVERIFY(ok({u"card"_s, u"show"_s, u"SD-1"_s, u"--db"_s, a}).out.contains(u"Done"_s));
    QCOMPARE(canonical(a), canonical(b));
    // One event per edit on the server, by its author.
    QCOMPARE(
        serverValue(u"SELECT count(*) FROM sd_events WHERE author = 'Ben' AND kind = 'card'"_s),
        u"1"_s);
}

void TestTeamBoard::differentFieldsMergeAndTheSameFieldIsAConflict()
{
    const QString a = db(u"a.sd"_s), b = db(u"b.sd"_s);
    QCOMPARE(ok({u"card"_s, u"add"_s, u"--title"_s, u"Original"_s, u"--db"_s, a}).exitCode, 0);
    QCOMPARE(
        ok({u"share"_s, u"--server"_s, url(u"ana"_s), u"--as"_s, u"Ana"_s, u"--db"_s, a}).exitCode,
        0);
    QCOMPARE(ok({u"join"_s, url(u"ben"_s), u"--as"_s, u"Ben"_s, u"--db"_s, b}).exitCode, 0);

    // Both edit while the server is away, so neither has seen the other's edit.
    QVERIFY(m_pg.kill());
    const Run offline =
        sprintdeck({u"card"_s, u"edit"_s, u"SD-1"_s, u"--title"_s, u"Ana's title"_s, u"--db"_s, a});
    QCOMPARE(offline.exitCode, 0);
    QVERIFY2(offline.err.contains(u"working offline"_s), qPrintable(offline.err));
    QCOMPARE(sprintdeck({u"card"_s, u"edit"_s, u"SD-1"_s, u"--title"_s, u"Ben's title"_s,
                         u"--points"_s, u"8"_s, u"--db"_s, b})
                 .exitCode,
             0);
    QVERIFY(m_pg.resume());

    QCOMPARE(ok({u"sync"_s, u"--db"_s, a}).exitCode, 0);
    const Run later = sprintdeck({u"sync"_s, u"--db"_s, b});
    QCOMPARE(later.exitCode, 3); // a conflict waits for its author
    QVERIFY2(later.err.contains(u"1 conflicts wait"_s) || later.err.contains(u"1 conflict"_s),
             qPrintable(later.err));
    QCOMPARE(ok({u"sync"_s, u"--db"_s, a}).exitCode, 0);

    // The points merged; the title is Ana's everywhere, Ben's kept aside as a conflict.
    const QString merged = ok({u"card"_s, u"show"_s, u"SD-1"_s, u"--db"_s, a}).out;
    QVERIFY2(merged.contains(u"Ana's title"_s) && merged.contains(u"8"_s), qPrintable(merged));
    QCOMPARE(canonical(b), canonical(a));
    const Run conflicts = ok({u"sync"_s, u"--conflicts"_s, u"--db"_s, b});
    QVERIFY2(conflicts.out.contains(u"Ben's title"_s) && conflicts.out.contains(u"by Ana"_s),
             qPrintable(conflicts.out));
    QVERIFY(!ok({u"sync"_s, u"--conflicts"_s, u"--db"_s, a}).out.contains(u"title"_s));

    // Ben keeps his: a new edit, which everyone gets.
    QCOMPARE(
        ok({u"sync"_s, u"--resolve"_s, u"SD-1"_s, u"--keep"_s, u"local"_s, u"--db"_s, b}).exitCode,
        0);
    QVERIFY(ok({u"card"_s, u"show"_s, u"SD-1"_s, u"--db"_s, a}).out.contains(u"Ben's title"_s));
    QCOMPARE(canonical(b), canonical(a));
    QVERIFY(!ok({u"sync"_s, u"--conflicts"_s, u"--db"_s, b}).out.contains(u"title"_s));
}

void TestTeamBoard::offlineEditsOnBothSidesConverge()
{
    const QString a = db(u"a.sd"_s), b = db(u"b.sd"_s);
    QCOMPARE(ok({u"sprint"_s, u"create"_s, u"--name"_s, u"S1"_s, u"--start"_s, u"2026-12-07"_s,
                 u"--end"_s, u"2026-12-18"_s, u"--db"_s, a})
                 .exitCode,
             0);
    QCOMPARE(
        ok({u"card"_s, u"add"_s, u"--title"_s, u"Before"_s, u"--sprint"_s, u"S1"_s, u"--db"_s, a})
            .exitCode,
        0);
    QCOMPARE(
        ok({u"share"_s, u"--server"_s, url(u"ana"_s), u"--as"_s, u"Ana"_s, u"--db"_s, a}).exitCode,
        0);
    QCOMPARE(ok({u"join"_s, url(u"ben"_s), u"--as"_s, u"Ben"_s, u"--db"_s, b}).exitCode, 0);
    QVERIFY(m_pg.kill());
    // Both give a new card the next key, SD-2; both add labels and descriptions.
    for (int i = 0; i < 3; ++i) {
        QCOMPARE(sprintdeck(
                     {u"card"_s, u"add"_s, u"--title"_s, u"Ana offline %1"_s.arg(i), u"--db"_s, a})
                     .exitCode,
                 0);
        QCOMPARE(sprintdeck(
                     {u"card"_s, u"add"_s, u"--title"_s, u"Ben offline %1"_s.arg(i), u"--db"_s, b})
                     .exitCode,
                 0);
    }
    QCOMPARE(sprintdeck(
                 {u"card"_s, u"edit"_s, u"SD-1"_s, u"--description"_s, u"from Ana"_s, u"--db"_s, a})
                 .exitCode,
             0);
    QCOMPARE(sprintdeck({u"card"_s, u"edit"_s, u"SD-1"_s, u"--priority"_s, u"P1"_s, u"--db"_s, b})
                 .exitCode,
             0);
    // Ben makes one card more: the keys the server gives his first cards are those his later
    // ones, still queued, hold here.
    QCOMPARE(sprintdeck({u"card"_s, u"add"_s, u"--title"_s, u"Ben offline 3"_s, u"--sprint"_s,
                         u"S1"_s, u"--db"_s, b})
                 .exitCode,
             0);
    QVERIFY(m_pg.resume());
    QCOMPARE(ok({u"sync"_s, u"--db"_s, a}).exitCode, 0);
    const Run synced = ok({u"sync"_s, u"--db"_s, b});
    QCOMPARE(synced.exitCode, 0);
    QVERIFY2(synced.err.contains(u"is now SD-"_s), qPrintable(synced.err));
    QCOMPARE(ok({u"sync"_s, u"--db"_s, a}).exitCode, 0);

    const QString board = canonical(a);
    QCOMPARE(canonical(b), board);
    for (int i = 0; i < 3; ++i) {
        QCOMPARE(board.count(u"Ana offline %1"_s.arg(i)), 1);
        QCOMPARE(board.count(u"Ben offline %1"_s.arg(i)), 1);
    }
    // Eight cards with eight different keys; each created once on the server.
    QCOMPARE(serverValue(u"SELECT count(DISTINCT state->>'key') FROM sd_entities "
                         "WHERE kind = 'card'"_s),
             u"8"_s);
    QCOMPARE(serverValue(u"SELECT count(*) FROM sd_events WHERE kind = 'card' AND op = 'create'"_s),
             u"8"_s);
    QVERIFY2(board.contains(u"cards: SD-1 | Before | from Ana |  | 1 |"_s), qPrintable(board));
}

void TestTeamBoard::aReadOnlyRoleViewsAndMayNotEdit()
{
    const QString a = db(u"a.sd"_s), v = db(u"v.sd"_s);
    QCOMPARE(ok({u"card"_s, u"add"_s, u"--title"_s, u"Visible"_s, u"--db"_s, a}).exitCode, 0);
    QCOMPARE(
        ok({u"share"_s, u"--server"_s, url(u"ana"_s), u"--as"_s, u"Ana"_s, u"--db"_s, a}).exitCode,
        0);
    QCOMPARE(ok({u"join"_s, url(u"viewer"_s), u"--as"_s, u"Vic"_s, u"--db"_s, v}).exitCode, 0);
    QVERIFY(ok({u"card"_s, u"list"_s, u"--db"_s, v}).out.contains(u"Visible"_s));
    const Run edit =
        sprintdeck({u"card"_s, u"edit"_s, u"SD-1"_s, u"--title"_s, u"Nope"_s, u"--db"_s, v});
    QCOMPARE(edit.exitCode, 1);
    QVERIFY2(edit.err.contains(u"read-only"_s), qPrintable(edit.err));
    QVERIFY(ok({u"card"_s, u"list"_s, u"--db"_s, v}).out.contains(u"Visible"_s));
    // Ana's later edits still reach the viewer.
    QCOMPARE(
        ok({u"card"_s, u"edit"_s, u"SD-1"_s, u"--title"_s, u"Renamed"_s, u"--db"_s, a}).exitCode,
        0);
    QVERIFY(ok({u"card"_s, u"list"_s, u"--db"_s, v}).out.contains(u"Renamed"_s));
    QCOMPARE(serverValue(u"SELECT count(*) FROM sd_events WHERE author = 'Vic'"_s), u"0"_s);
}

void TestTeamBoard::wrongPasswordAndUnknownServerSayWhy()
{
    const QString a = db(u"a.sd"_s), b = db(u"b.sd"_s);
    QCOMPARE(ok({u"card"_s, u"add"_s, u"--title"_s, u"Mine"_s, u"--db"_s, a}).exitCode, 0);
    QCOMPARE(
        ok({u"share"_s, u"--server"_s, url(u"ana"_s), u"--as"_s, u"Ana"_s, u"--db"_s, a}).exitCode,
        0);
    const Run wrong = sprintdeck({u"join"_s, url(u"ben"_s), u"--password-stdin"_s, u"--db"_s, b},
                                 "not-bens-password\n");
    QCOMPARE(wrong.exitCode, 1);
    QVERIFY2(wrong.err.contains(u"refused the login of ben"_s), qPrintable(wrong.err));
    QVERIFY(!QFile::exists(b));
    QCOMPARE(wrong.err.count(u'\n'), 1); // one line

    const Run nowhere =
        sprintdeck({u"join"_s, u"postgresql://ben@127.0.0.1:1/team"_s, u"--db"_s, b});
    QCOMPARE(nowhere.exitCode, 1);
    QVERIFY2(nowhere.err.contains(u"cannot reach the team server 127.0.0.1:1"_s),
             qPrintable(nowhere.err));
    QVERIFY(!QFile::exists(b));

    const Run password =
        sprintdeck({u"join"_s, u"postgresql://ben:pw@127.0.0.1:5432/team"_s, u"--db"_s, b});
    QCOMPARE(password.exitCode, 1);
    QVERIFY2(password.err.contains(u"keychain"_s), qPrintable(password.err));
    const Run plain = sprintdeck(
        {u"join"_s, u"postgresql://ben@db.example.org/team?sslmode=require"_s, u"--db"_s, b});
    QCOMPARE(plain.exitCode, 1);
    QVERIFY2(plain.err.contains(u"verify-full"_s), qPrintable(plain.err));
}

void TestTeamBoard::aNewerSchemaOnTheServerIsRefused()
{
    const QString a = db(u"a.sd"_s), b = db(u"b.sd"_s);
    QCOMPARE(
        ok({u"share"_s, u"--server"_s, url(u"ana"_s), u"--as"_s, u"Ana"_s, u"--db"_s, a}).exitCode,
        0);
    QVERIFY(
        m_pg.sql(m_database, u"UPDATE sd_meta SET value = '99' WHERE key = 'schema_version'"_s));
    const Run join = sprintdeck({u"join"_s, url(u"ben"_s), u"--db"_s, b});
    QCOMPARE(join.exitCode, 1);
    QVERIFY2(join.err.contains(u"newer SprintDeck"_s), qPrintable(join.err));
    QVERIFY(!QFile::exists(b));
    // The replica keeps working on its own file, and says why it is offline.
    const Run edit = sprintdeck({u"card"_s, u"add"_s, u"--title"_s, u"Still here"_s, u"--db"_s, a});
    QCOMPARE(edit.exitCode, 0);
    QVERIFY2(edit.err.contains(u"newer SprintDeck"_s), qPrintable(edit.err));
}

void TestTeamBoard::tlsIsVerifiedAndAnUnverifiableServerRefused()
{
    PgServer tls;
    QString error;
    PgServer::Options options;
    options.tls = true;
    QVERIFY2(tls.start(&error, options), qPrintable(error));
    QVERIFY(tls.createRole(u"ana"_s, u"ana-secret"_s));
    QVERIFY(tls.createDatabase(u"secure"_s, u"ana"_s));
    QFile pass(m_pgpass);
    QVERIFY(pass.open(QIODevice::Append));
    pass.write(u"127.0.0.1:%1:*:ana:ana-secret\n"_s.arg(tls.port()).toUtf8());
    pass.close();
    const QString a = db(u"a.sd"_s);
    QCOMPARE(ok({u"card"_s, u"add"_s, u"--title"_s, u"Secret"_s, u"--db"_s, a}).exitCode, 0);
    auto url = [&](const QString &rootCert) {
        return tls.url(u"ana"_s, u"secure"_s) + u"?sslmode=verify-full&sslrootcert="_s + rootCert;
    };
    // A certificate no trusted authority signed: refused, nothing shared.
    const Run refused = sprintdeck(
        {u"share"_s, u"--server"_s, url(tls.certificatePath()), u"--as"_s, u"Ana"_s, u"--db"_s, a});
    QCOMPARE(refused.exitCode, 1);
    QVERIFY2(refused.err.contains(u"could not be verified"_s), qPrintable(refused.err));
    QVERIFY(!sprintdeck({u"sync"_s, u"--db"_s, a}).err.isEmpty()); // still not shared
    // Against the authority that signed it, the same server is trusted.
    const Run shared = sprintdeck(
        {u"share"_s, u"--server"_s, url(tls.caPath()), u"--as"_s, u"Ana"_s, u"--db"_s, a});
    QCOMPARE(shared.exitCode, 0);
    QString out;
    QVERIFY(tls.sql(u"secure"_s,
                    u"SELECT bool_and(ssl) FROM pg_stat_ssl JOIN pg_stat_activity USING (pid) "
                    "WHERE datname = 'secure' AND usename = 'ana'"_s,
                    &out));
    tls.stop();
}

void TestTeamBoard::serverKilledDuringEditsLosesNothingAndDuplicatesNothing()
{
    const QString a = db(u"a.sd"_s), b = db(u"b.sd"_s);
    QCOMPARE(ok({u"card"_s, u"add"_s, u"--title"_s, u"Target"_s, u"--db"_s, a}).exitCode, 0);
    QCOMPARE(
        ok({u"share"_s, u"--server"_s, url(u"ana"_s), u"--as"_s, u"Ana"_s, u"--db"_s, a}).exitCode,
        0);
    QCOMPARE(ok({u"join"_s, url(u"ben"_s), u"--as"_s, u"Ben"_s, u"--db"_s, b}).exitCode, 0);
    const int runs = qEnvironmentVariableIntValue("SPRINTDECK_TEAM_KILLS") > 0
                         ? qEnvironmentVariableIntValue("SPRINTDECK_TEAM_KILLS")
                         : 50;
    auto *random = QRandomGenerator::global();
    int acknowledged = 0;
    for (int i = 0; i < runs; ++i) {
        // An edit on each replica, and the server killed at a random moment of them.
        QProcess *onA = nullptr;
        QProcess *onB = nullptr;
        sprintdeck(
            {u"card"_s, u"edit"_s, u"SD-1"_s, u"--description"_s, u"a%1"_s.arg(i), u"--db"_s, a},
            {}, &onA);
        sprintdeck({u"card"_s, u"add"_s, u"--title"_s, u"b%1"_s.arg(i), u"--db"_s, b}, {}, &onB);
        QThread::msleep(random->bounded(0, 400));
        QVERIFY(m_pg.kill());
        for (QProcess *p : {onA, onB}) {
            QVERIFY(p->waitForFinished(60000));
            // A local edit is done once its file has it, server or not.
            QCOMPARE(p->exitCode(), 0);
            delete p;
        }
        acknowledged += 2;
        QVERIFY(m_pg.resume());
    }
    QCOMPARE(ok({u"sync"_s, u"--db"_s, a}).exitCode, 0);
    QCOMPARE(ok({u"sync"_s, u"--db"_s, b}).exitCode, 0);
    QCOMPARE(ok({u"sync"_s, u"--db"_s, a}).exitCode, 0);

    // Every edit exactly once on the server, and the same board everywhere.
    const QString count = serverValue(u"SELECT count(*) FROM sd_events WHERE kind = 'card' AND "
                                      "((op = 'update' AND applied ? 'description') OR "
                                      "(op = 'create' AND author = 'Ben'))"_s);
    if (count != QString::number(acknowledged))
        qWarning("%s", qPrintable(serverValue(u"SELECT string_agg(seq || ' ' || author || ' ' || "
                                              "op || ' ' || applied::text, E'\\n') FROM sd_events "
                                              "WHERE kind = 'card'"_s)));
    QCOMPARE(count, QString::number(acknowledged));
    QCOMPARE(serverValue(u"SELECT count(DISTINCT event_id) FROM sd_events"_s),
             serverValue(u"SELECT count(*) FROM sd_events"_s));
    for (int i = 0; i < runs; ++i)
        QCOMPARE(
            serverValue(u"SELECT count(*) FROM sd_events WHERE applied->>'title' = 'b%1'"_s.arg(i)),
            u"1"_s);
    QCOMPARE(canonical(b), canonical(a));
    QVERIFY(canonical(b).contains(u"| a%1 |"_s.arg(runs - 1)));
}

QTEST_GUILESS_MAIN(TestTeamBoard)
#include "tst_teamboard.moc"
