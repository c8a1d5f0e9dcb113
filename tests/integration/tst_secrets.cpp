// Secrets: the API key never lands in the database, settings, logs, crash output, backups or
// exports; and a server whose certificate cannot be verified is refused, loudly, before the
// key is sent.
#include "tests/integration/faultproxy.h"
#include "tests/integration/redmineserver.h"
#include "tests/testpaths.h"

#include <QDirIterator>
#include <QProcess>
#include <QSslCertificate>
#include <QSslKey>
#include <QSslSocket>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

#include <quazip.h>
#include <quazipfile.h>

#include <csignal>
#include <functional>
#include <memory>
#include <sys/resource.h>

using namespace Qt::StringLiterals;

namespace {

struct Run
{
    int code = -1;
    QString out;
    QString err;
};

/**
 * Runs the program without blocking the event loop (the TLS server and the proxy of a test live
 * in it); once `crashWhen` holds, it is killed with `signal`, as a crash would end it.
 */
Run sprintdeck(const QStringList &args, const QByteArray &input = {},
               const QProcessEnvironment &env = QProcessEnvironment::systemEnvironment(),
               const std::function<bool()> &crashWhen = {}, int signal = SIGABRT)
{
    QProcess p;
    p.setProcessEnvironment(env);
    p.setChildProcessModifier([] {
        const rlimit none{0, 0}; // no core file: crash output is what the process printed
        ::setrlimit(RLIMIT_CORE, &none);
    });
    p.start(TestPaths::binary(), args);
    Run r;
    if (!p.waitForStarted(10000))
        return r;
    p.write(input);
    p.closeWriteChannel();
    if (crashWhen) {
        const bool due = QTest::qWaitFor(crashWhen, 60000);
        if (due && p.state() == QProcess::Running)
            ::kill(pid_t(p.processId()), signal);
    }
    if (!QTest::qWaitFor([&] { return p.state() == QProcess::NotRunning; }, 300000)) {
        p.kill();
        p.waitForFinished();
    }
    r.code = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -2;
    r.out = QString::fromUtf8(p.readAllStandardOutput());
    r.err = QString::fromUtf8(p.readAllStandardError());
    return r;
}

/** An HTTPS server with a self-signed certificate; it notes whether any request reached it. */
class TlsServer : public QTcpServer
{
public:
    QSslCertificate certificate;
    QSslKey key;
    QByteArray received;
    int handshakes = 0;

protected:
    void incomingConnection(qintptr descriptor) override
    {
        auto *socket = new QSslSocket(this);
        if (!socket->setSocketDescriptor(descriptor)) {
            delete socket;
            return;
        }
        socket->setLocalCertificate(certificate);
        socket->setPrivateKey(key);
        connect(socket, &QSslSocket::encrypted, this, [this] { ++handshakes; });
        connect(socket, &QSslSocket::readyRead, this, [this, socket] {
            received += socket->readAll();
            socket->write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n"
                          "Content-Length: 2\r\nConnection: close\r\n\r\n{}");
            socket->disconnectFromHost();
        });
        connect(socket, &QSslSocket::disconnected, socket, &QObject::deleteLater);
        socket->startServerEncryption();
    }
};

} // namespace

class TestSecrets : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void apiKeyIsNowhereButInMemory();
    void unverifiedCertificateIsRefused();
    void certificateChecksCannotBeSwitchedOff();

private:
    QStringList db() const { return {u"--db"_s, m_dir.filePath(u"board.sprintdeck"_s)}; }

    RedmineServer m_server;
    QTemporaryDir m_dir;
    QTemporaryDir m_home;
    QProcessEnvironment m_env;
    /** Between the program and the server: it can hold an answer while the program waits. */
    std::unique_ptr<FaultProxy> m_proxy;
};

void TestSecrets::initTestCase()
{
    QVERIFY(m_dir.isValid() && m_home.isValid());
    // A home of its own, so everything the program writes (settings, data, backups, caches,
    // logs) is under one folder to search; no keychain, so the key lives only in memory.
    m_env = QProcessEnvironment::systemEnvironment();
    m_env.insert(u"HOME"_s, m_home.path());
    m_env.insert(u"XDG_DATA_HOME"_s, m_home.filePath(u"data"_s));
    m_env.insert(u"XDG_CONFIG_HOME"_s, m_home.filePath(u"config"_s));
    m_env.insert(u"XDG_CACHE_HOME"_s, m_home.filePath(u"cache"_s));
    m_env.insert(u"XDG_STATE_HOME"_s, m_home.filePath(u"state"_s));
    m_env.insert(u"DBUS_SESSION_BUS_ADDRESS"_s, u"unix:path=/nonexistent/sprintdeck-no-bus"_s);
    m_env.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
    QString error;
    QVERIFY2(m_server.start(&error), qPrintable(error));
    m_proxy = std::make_unique<FaultProxy>(quint16(m_server.url().port()));
    QVERIFY(m_proxy->listen());
    m_proxy->arm(1, 0, 120000); // no faults but those asked for; a held answer waits 2 minutes
    QVERIFY(m_server.createProject(u"secrets"_s));
    QVERIFY(m_server.createVersion(u"secrets"_s, u"Sprint 1"_s,
                                   QDate::currentDate().addDays(7).toString(Qt::ISODate)) > 0);
    for (int i = 0; i < 5; ++i)
        QVERIFY(m_server.createIssue(u"secrets"_s, {{u"subject"_s, u"Remote issue %1"_s.arg(i)},
                                                    {u"description"_s, u"From the server"_s}}) > 0);
}

void TestSecrets::cleanupTestCase()
{
    m_proxy.reset();
    m_server.stop();
}

void TestSecrets::apiKeyIsNowhereButInMemory()
{
    const QByteArray key = m_server.apiKey().toUtf8();
    QVERIFY(key.size() >= 20);
    const QByteArray stdinKey = key + '\n';
    QList<Run> runs;
    auto ok = [&](const Run &r, const char *what) {
        runs.append(r);
        QVERIFY2(r.code == 0, qPrintable(u"%1: %2"_s.arg(QLatin1String(what), r.err)));
    };
    ok(sprintdeck(QStringList{u"remote"_s, u"add"_s, u"team"_s, u"--url"_s,
                              m_proxy->url().toString(), u"--project"_s, u"secrets"_s,
                              u"--api-key-stdin"_s} +
                      db(),
                  stdinKey, m_env),
       "remote add");
    // Every log category on, network included.
    QProcessEnvironment verbose = m_env;
    verbose.insert(u"QT_LOGGING_RULES"_s, u"*=true"_s);
    ok(sprintdeck(QStringList{u"sync"_s, u"--api-key-stdin"_s} + db(), stdinKey, verbose), "sync");
    QVERIFY2(runs.last().out.contains(u"5 new"_s), qPrintable(runs.last().out));
    // A sync that crashes half-way (SIGABRT, SIGSEGV) leaves only what it printed so far. In a
    // sanitizer build the signals must crash it as they would elsewhere, not be reported.
    QProcessEnvironment crashing = verbose;
    QStringList sanitizer{u"handle_segv=0"_s, u"handle_abort=0"_s};
    if (const QString set = verbose.value(u"ASAN_OPTIONS"_s); !set.isEmpty())
        sanitizer.prepend(set);
    crashing.insert(u"ASAN_OPTIONS"_s, sanitizer.join(u':'));
    for (int signal : {SIGABRT, SIGSEGV}) {
        // The proxy holds the answer to the sync's first request, and the program is killed
        // once it sent that request: it crashes while it waits, however fast the machine is.
        m_proxy->force("GET", FaultProxy::Stall);
        const int seen = m_proxy->requests();
        const Run crashed = sprintdeck(
            QStringList{u"sync"_s, u"--full"_s, u"--api-key-stdin"_s} + db(), stdinKey, crashing,
            [&] { return m_proxy->requests() > seen; }, signal);
        QCOMPARE(crashed.code, -2);      // it did crash, in the middle of the sync
        QVERIFY(!crashed.err.isEmpty()); // and had printed its log so far
        runs.append(crashed);
    }
    // A wrong key is reported without echoing either key.
    const Run refused = sprintdeck(QStringList{u"sync"_s, u"--api-key-stdin"_s} + db(),
                                   QByteArray(40, 'f') + '\n', verbose);
    runs.append(refused);
    QCOMPARE(refused.code, 1);
    QVERIFY(!refused.err.contains(QString(40, u'f')));

    // Exports and backups of a board that holds remote data.
    const QString out = m_dir.filePath(u"exports"_s);
    QVERIFY(QDir().mkpath(out));
    for (const QString &format : {u"json"_s, u"csv"_s, u"md"_s})
        ok(sprintdeck(QStringList{u"export"_s, u"--format"_s, format, u"-o"_s,
                                  out + u"/board."_s + format} +
                          db(),
                      {}, m_env),
           "export");
    ok(sprintdeck(QStringList{u"report"_s, u"status"_s, u"--format"_s, u"html"_s} + db(), {},
                  m_env),
       "report");
    ok(sprintdeck(QStringList{u"slides"_s, u"--sprint"_s, u"Sprint 1"_s, u"-o"_s,
                              out + u"/review.pptx"_s} +
                      db(),
                  {}, m_env),
       "slides pptx");
    ok(sprintdeck(
           QStringList{u"slides"_s, u"--sprint"_s, u"Sprint 1"_s, u"-o"_s, out + u"/review.pdf"_s} +
               db(),
           {}, m_env),
       "slides pdf");
    ok(sprintdeck(QStringList{u"backup"_s, u"create"_s} + db(), {}, m_env), "backup");
    // The screenshot path runs the GUI on the board: settings, caches, whatever it writes.
    ok(sprintdeck(QStringList{u"--screenshot"_s, out + u"/board.png"_s} + db(), {}, m_env),
       "screenshot");

    // Search every byte written: the board and its log, backups, settings, caches, exports, the
    // text of the PDF and of every part of the PPTX, and everything printed.
    QHash<QString, QByteArray> written;
    for (const QString &root : {m_dir.path(), m_home.path()}) {
        QDirIterator it(root, QDir::Files | QDir::Hidden | QDir::System,
                        QDirIterator::Subdirectories);
        while (it.hasNext()) {
            QFile f(it.next());
            if (f.open(QIODevice::ReadOnly))
                written.insert(f.fileName(), f.readAll());
        }
    }
    QuaZip pptx(out + u"/review.pptx"_s);
    QVERIFY(pptx.open(QuaZip::mdUnzip));
    for (bool more = pptx.goToFirstFile(); more; more = pptx.goToNextFile()) {
        QuaZipFile part(&pptx);
        QVERIFY(part.open(QIODevice::ReadOnly));
        written.insert(u"review.pptx:"_s + pptx.getCurrentFileName(), part.readAll());
    }
    QProcess pdftotext;
    pdftotext.start(u"pdftotext"_s, {out + u"/review.pdf"_s, u"-"_s});
    QVERIFY2(pdftotext.waitForFinished(60000) && pdftotext.exitCode() == 0,
             "pdftotext (poppler-utils) is needed");
    written.insert(u"review.pdf text"_s, pdftotext.readAllStandardOutput());
    for (int i = 0; i < runs.size(); ++i)
        written.insert(u"output of run %1"_s.arg(i),
                       runs.at(i).out.toUtf8() + runs.at(i).err.toUtf8());

    // The search would find the key if it were there: the exports do hold the remote data.
    QVERIFY(written.value(out + u"/board.json"_s).contains("Remote issue 3"));
    QVERIFY(written.value(out + u"/board.csv"_s).contains("Remote issue 3"));
    QVERIFY(written.contains(m_dir.filePath(u"board.sprintdeck"_s)));
    int backups = 0;
    for (auto it = written.cbegin(); it != written.cend(); ++it)
        backups += it.key().contains(u"/backups/"_s);
    QVERIFY(backups > 0);
    const QList<QByteArray> forms = {
        key, key.toUpper(), key.toBase64(),
        QByteArray(reinterpret_cast<const char *>(m_server.apiKey().utf16()),
                   m_server.apiKey().size() * 2)};
    QStringList leaks;
    for (auto it = written.cbegin(); it != written.cend(); ++it)
        for (const QByteArray &form : forms)
            if (it.value().contains(form))
                leaks.append(it.key());
    QVERIFY2(leaks.isEmpty(), qPrintable(leaks.join(u", "_s)));
    qInfo("secrets: %lld files and outputs searched (%d runs, 2 of them crashed), no API key",
          qint64(written.size()), int(runs.size()));
}

void TestSecrets::unverifiedCertificateIsRefused()
{
    QTemporaryDir certs;
    QProcess openssl;
    openssl.start(u"openssl"_s,
                  {u"req"_s, u"-x509"_s, u"-newkey"_s, u"rsa:2048"_s, u"-nodes"_s, u"-keyout"_s,
                   certs.filePath(u"key.pem"_s), u"-out"_s, certs.filePath(u"cert.pem"_s),
                   u"-days"_s, u"2"_s, u"-subj"_s, u"/CN=127.0.0.1"_s, u"-addext"_s,
                   u"subjectAltName=IP:127.0.0.1,DNS:localhost"_s});
    QVERIFY2(openssl.waitForFinished(60000) && openssl.exitCode() == 0,
             openssl.readAllStandardError().constData());
    QFile certFile(certs.filePath(u"cert.pem"_s)), keyFile(certs.filePath(u"key.pem"_s));
    QVERIFY(certFile.open(QIODevice::ReadOnly) && keyFile.open(QIODevice::ReadOnly));
    TlsServer server;
    server.certificate = QSslCertificate(certFile.readAll());
    server.key = QSslKey(keyFile.readAll(), QSsl::Rsa);
    QVERIFY(!server.certificate.isNull() && !server.key.isNull());
    QVERIFY(server.listen(QHostAddress::LocalHost));
    const QString url = u"https://127.0.0.1:%1"_s.arg(server.serverPort());

    // The server works for a client that trusts its certificate: the refusal below is about
    // the certificate, not a broken server.
    {
        QSslSocket probe;
        QSslConfiguration config = probe.sslConfiguration();
        config.setCaCertificates({server.certificate});
        probe.setSslConfiguration(config);
        probe.connectToHostEncrypted(u"127.0.0.1"_s, server.serverPort());
        QVERIFY(QTest::qWaitFor([&] { return probe.isEncrypted(); }, 10000));
        probe.write("GET / HTTP/1.1\r\nHost: probe\r\n\r\n");
        QVERIFY(QTest::qWaitFor([&] { return server.received.startsWith("GET / "); }, 10000));
        server.received.clear();
        server.handshakes = 0;
    }

    const QString secret = u"0123456789abcdef0123456789abcdef01234567"_s;
    const QString board = m_dir.filePath(u"tls.sprintdeck"_s);
    const Run added = sprintdeck({u"remote"_s, u"add"_s, u"tls"_s, u"--url"_s, url, u"--project"_s,
                                  u"p"_s, u"--api-key-stdin"_s, u"--db"_s, board},
                                 secret.toUtf8() + '\n', m_env);
    const Run synced = sprintdeck({u"sync"_s, u"--api-key-stdin"_s, u"--db"_s, board},
                                  secret.toUtf8() + '\n', m_env);
    QCOMPARE(synced.code, 1);
    const QString said = added.err + synced.err;
    const QString reason =
        u"certificate of 127.0.0.1:%1 could not be verified"_s.arg(server.serverPort());
    QVERIFY2(said.contains(reason), qPrintable(said));
    if (added.code == 0)
        QVERIFY2(synced.err.contains(reason), qPrintable(synced.err));
    // Not one byte of a request, and so not the key, went over the connection.
    QCOMPARE(server.handshakes, 0);
    QVERIFY2(server.received.isEmpty(), server.received.constData());
}

void TestSecrets::certificateChecksCannotBeSwitchedOff()
{
    // No code path ignores certificate errors or lowers verification: there is no setting,
    // variable or option that could do it without the user noticing.
    const QStringList forbidden = {u"ignoreSslErrors"_s,
                                   u"VerifyNone"_s,
                                   u"QueryPeer"_s,
                                   u"setPeerVerifyMode"_s,
                                   u"setDefaultConfiguration"_s,
                                   u"setCaCertificates"_s,
                                   u"addCaCertificate"_s,
                                   u"sslErrors"_s};
    QStringList found;
    int files = 0;
    for (const char *folder : {"core", "app", "ui"}) {
        QDirIterator it(TestPaths::sourceDir() + u'/' + QLatin1String(folder),
                        {u"*.cpp"_s, u"*.h"_s}, QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            QFile f(it.next());
            QVERIFY(f.open(QIODevice::ReadOnly));
            ++files;
            const QString text = QString::fromUtf8(f.readAll());
            for (const QString &word : forbidden)
                if (text.contains(word))
                    found.append(u"%1: %2"_s.arg(f.fileName(), word));
        }
    }
    QVERIFY(files > 100);
    QVERIFY2(found.isEmpty(), qPrintable(found.join(u"\n"_s)));
}

QTEST_GUILESS_MAIN(TestSecrets)
#include "tst_secrets.moc"
