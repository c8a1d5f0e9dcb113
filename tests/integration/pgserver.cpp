#include "tests/integration/pgserver.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHostAddress>
#include <QProcess>
#include <QRandomGenerator>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QThread>
#include <QUrl>

#include <csignal>
#include <pwd.h>
#include <sys/types.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace {

constexpr int kToolTimeoutMs = 120 * 1000;
constexpr int kServerTimeoutS = 60;
constexpr int kServerTimeoutMs = (kServerTimeoutS + 30) * 1000;
constexpr int kStartAttempts = 3;
// The socket's path must fit in sun_path (108 bytes): base + "/sprintdeck-pg-XXXXXX/sock" +
// "/.s.PGSQL.65535".
constexpr qsizetype kMaxBaseLength = 64;

bool isRoot()
{
    return ::geteuid() == 0;
}

/// Whether every folder on the way to `path` lets other users through (the server's user).
bool othersCanTraverse(const QString &path)
{
    QDir dir(path);
    do {
        if (!(QFileInfo(dir.absolutePath()).permissions() & QFileDevice::ExeOther))
            return false;
    } while (dir.cdUp());
    return true;
}

int freePort()
{
    QTcpServer probe;
    if (!probe.listen(QHostAddress::LocalHost, 0))
        return 0;
    return probe.serverPort();
}

QString randomPassword()
{
    QByteArray bytes(24, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(bytes.data()),
                                          bytes.size() / int(sizeof(quint32)));
    return QString::fromLatin1(bytes.toBase64(QByteArray::Base64UrlEncoding));
}

QString tail(const QByteArray &text, qsizetype size = 2000)
{
    return QString::fromUtf8(text.right(size)).trimmed();
}

} // namespace

PgServer::PgServer() = default;

PgServer::~PgServer()
{
    stop();
}

QString PgServer::binDir()
{
    return u"/usr/lib/postgresql/15/bin"_s;
}

QString PgServer::host() const
{
    return u"127.0.0.1"_s;
}

QString PgServer::socketDir() const
{
    return m_dir ? m_dir->filePath(u"sock"_s) : QString();
}

QString PgServer::dataDir() const
{
    return m_dir ? m_dir->filePath(u"data"_s) : QString();
}

QString PgServer::certificatePath() const
{
    return m_tls ? dataDir() + u"/server.crt"_s : QString();
}

QString PgServer::caPath() const
{
    return m_tls ? dataDir() + u"/ca.crt"_s : QString();
}

QString PgServer::logPath() const
{
    return m_dir ? m_dir->filePath(u"server.log"_s) : QString();
}

QString PgServer::quoteIdentifier(const QString &name)
{
    QString quoted = name;
    return u'"' + quoted.replace(u'"', u"\"\""_s) + u'"';
}

QString PgServer::quoteLiteral(const QString &text)
{
    QString quoted = text;
    return u'\'' + quoted.replace(u'\'', u"''"_s) + u'\'';
}

bool PgServer::run(const QString &program, const QStringList &args, int timeoutMs, QString *out,
                   QString *error, const QByteArray &input) const
{
    QProcess p;
    // initdb and the server refuse to run as root.
    if (isRoot()) {
        p.setProgram(u"runuser"_s);
        p.setArguments(QStringList{u"-u"_s, u"postgres"_s, u"--"_s, program} + args);
    } else {
        p.setProgram(program);
        p.setArguments(args);
    }
    // The machine's PG* settings (a PGHOST, a PGSSLMODE...) must not steer the tools elsewhere,
    // and messages stay English for the tests that read them.
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const QString &key : env.keys())
        if (key.startsWith(u"PG"_s))
            env.remove(key);
    env.insert(u"LC_ALL"_s, u"C"_s);
    env.insert(u"PGCLIENTENCODING"_s, u"UTF8"_s);
    env.insert(u"PGCONNECT_TIMEOUT"_s, u"10"_s);
    p.setProcessEnvironment(env);
    // The server's user may not be allowed into the test's working folder.
    if (m_dir)
        p.setWorkingDirectory(m_dir->path());
    const QString command = QFileInfo(program).fileName() + u' ' + args.join(u' ');
    p.start();
    if (!p.waitForStarted(10000)) {
        if (error)
            *error = u"cannot run %1: %2"_s.arg(program, p.errorString());
        return false;
    }
    if (!input.isEmpty())
        p.write(input);
    p.closeWriteChannel();
    if (!p.waitForFinished(timeoutMs)) {
        p.kill();
        p.waitForFinished(5000);
        if (error)
            *error = u"%1 did not finish within %2 s"_s.arg(command).arg(timeoutMs / 1000);
        return false;
    }
    const QByteArray stdOut = p.readAllStandardOutput();
    if (out)
        *out = QString::fromUtf8(stdOut);
    if (p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0) {
        if (error)
            *error = u"%1 failed (exit %2): %3 %4"_s.arg(command)
                         .arg(p.exitCode())
                         .arg(tail(p.readAllStandardError()), tail(stdOut, 500));
        return false;
    }
    return true;
}

bool PgServer::giveToServerUser(const QString &path, QString *error) const
{
    if (!isRoot())
        return true;
    const passwd *user = ::getpwnam("postgres");
    if (!user) {
        *error = u"there is no postgres user: install postgresql-15"_s;
        return false;
    }
    if (::chown(QFile::encodeName(path).constData(), user->pw_uid, user->pw_gid) != 0) {
        *error = u"cannot give %1 to the postgres user"_s.arg(path);
        return false;
    }
    return true;
}

bool PgServer::prepareDir(QString *error)
{
    QString base = QDir::tempPath();
    if ((isRoot() && !othersCanTraverse(base)) || base.size() > kMaxBaseLength)
        base = u"/tmp"_s;
    m_dir = std::make_unique<QTemporaryDir>(base + u"/sprintdeck-pg-XXXXXX"_s);
    if (!m_dir->isValid()) {
        *error = u"cannot create a temporary folder in %1: %2"_s.arg(base, m_dir->errorString());
        m_dir.reset();
        return false;
    }
    if (!QDir(m_dir->path()).mkdir(u"sock"_s)) {
        *error = u"cannot create %1"_s.arg(socketDir());
        return false;
    }
    // initdb creates data/ itself; the server writes its socket and log here.
    return giveToServerUser(m_dir->path(), error) && giveToServerUser(socketDir(), error);
}

bool PgServer::initCluster(QString *error)
{
    m_superPassword = randomPassword();
    const QString pwFile = m_dir->filePath(u"superpassword"_s);
    QFile file(pwFile);
    if (!file.open(QIODevice::WriteOnly) || file.write(m_superPassword.toUtf8() + '\n') < 0) {
        *error = u"cannot write %1"_s.arg(pwFile);
        return false;
    }
    file.close();
    if (!giveToServerUser(pwFile, error))
        return false;
    // No fsync: the cluster is thrown away after the test.
    const bool ok =
        run(binDir() + u"/initdb"_s,
            {u"-D"_s, dataDir(), u"-U"_s, u"postgres"_s, u"--pwfile="_s + pwFile,
             u"--auth-local=trust"_s, u"--auth-host=scram-sha-256"_s, u"--encoding=UTF8"_s,
             u"--locale=C"_s, u"--no-sync"_s, u"--no-instructions"_s},
            kToolTimeoutMs, nullptr, error);
    QFile::remove(pwFile);
    return ok;
}

bool PgServer::makeCertificates(QString *error)
{
    const QString dir = dataDir();
    const QStringList newKey{
        u"-newkey"_s, u"ec"_s,    u"-pkeyopt"_s, u"ec_paramgen_curve:prime256v1"_s,
        u"-nodes"_s,  u"-days"_s, u"2"_s};
    const QString openssl = u"openssl"_s;
    if (!run(openssl,
             QStringList{u"req"_s, u"-x509"_s, u"-subj"_s, u"/CN=SprintDeck test CA"_s,
                         u"-keyout"_s, dir + u"/ca.key"_s, u"-out"_s, dir + u"/ca.crt"_s} +
                 newKey,
             kToolTimeoutMs, nullptr, error))
        return false;
    // Valid for both names a test may connect to, so that verify-full can pass.
    return run(openssl,
               QStringList{u"req"_s, u"-x509"_s, u"-subj"_s, u"/CN=localhost"_s, u"-addext"_s,
                           u"subjectAltName=DNS:localhost,IP:127.0.0.1"_s, u"-addext"_s,
                           u"basicConstraints=critical,CA:FALSE"_s, u"-CA"_s, dir + u"/ca.crt"_s,
                           u"-CAkey"_s, dir + u"/ca.key"_s, u"-keyout"_s, dir + u"/server.key"_s,
                           u"-out"_s, dir + u"/server.crt"_s} +
                   newKey,
               kToolTimeoutMs, nullptr, error);
}

bool PgServer::writeConfig(bool tls, QString *error)
{
    QFile conf(dataDir() + u"/postgresql.conf"_s);
    if (!conf.open(QIODevice::Append | QIODevice::Text)) {
        *error = u"cannot open %1: %2"_s.arg(conf.fileName(), conf.errorString());
        return false;
    }
    // A throwaway server: no fsync, nor full pages, which only a power cut needs. Commits stay
    // synchronous: kill() stops the server as in a crash, and a committed row must survive
    // that, which it does not when the commit waits in the server's WAL buffers. The port comes
    // with each start (-p).
    QString settings = u"\n# The test fixture's settings\n"
                       "listen_addresses = '127.0.0.1'\n"
                       "unix_socket_directories = %1\n"
                       "max_connections = 200\n"
                       "fsync = off\n"
                       "full_page_writes = off\n"_s.arg(quoteLiteral(socketDir()));
    if (tls)
        settings += u"ssl = on\nssl_cert_file = %1\nssl_key_file = %2\n"_s.arg(
            quoteLiteral(certificatePath()), quoteLiteral(dataDir() + u"/server.key"_s));
    if (conf.write(settings.toUtf8()) < 0) {
        *error = u"cannot write %1: %2"_s.arg(conf.fileName(), conf.errorString());
        return false;
    }
    return true;
}

bool PgServer::startServer(QString *error)
{
    if (!run(binDir() + u"/pg_ctl"_s,
             {u"start"_s, u"-D"_s, dataDir(), u"-l"_s, logPath(), u"-w"_s, u"-t"_s,
              QString::number(kServerTimeoutS), u"-o"_s, u"-p %1"_s.arg(m_port)},
             kServerTimeoutMs, nullptr, error)) {
        QFile log(logPath());
        if (log.open(QIODevice::ReadOnly))
            *error += u"\nserver log: "_s + tail(log.readAll());
        return false;
    }
    return true;
}

bool PgServer::start(QString *error, const Options &options)
{
    QString ignored;
    if (!error)
        error = &ignored;
    stop();
    if (!QFileInfo::exists(binDir() + u"/initdb"_s)) {
        *error = u"PostgreSQL 15 is not installed (no %1/initdb): "
                 "packaging/debian-deps.sh --test installs it"_s.arg(binDir());
        return false;
    }
    m_tls = options.tls;
    if (!prepareDir(error) || !initCluster(error) || (m_tls && !makeCertificates(error)) ||
        !writeConfig(m_tls, error)) {
        stop();
        return false;
    }
    // Another process may take the free port before the server binds it: try another one.
    for (int attempt = 1; attempt <= kStartAttempts; ++attempt) {
        m_port = freePort();
        if (m_port == 0) {
            *error = u"no free TCP port on 127.0.0.1"_s;
            break;
        }
        if (startServer(error))
            return true;
        if (!error->contains(u"could not bind"_s))
            break;
    }
    stop();
    return false;
}

qint64 PgServer::postmasterPid() const
{
    if (!m_dir)
        return 0;
    QFile pidFile(dataDir() + u"/postmaster.pid"_s);
    if (!pidFile.open(QIODevice::ReadOnly))
        return 0;
    return pidFile.readLine().trimmed().toLongLong();
}

bool PgServer::isRunning() const
{
    const qint64 pid = postmasterPid();
    if (pid <= 1)
        return false;
    QFile stat(u"/proc/%1/stat"_s.arg(pid));
    if (!stat.open(QIODevice::ReadOnly))
        return false;
    // A zombie nobody has reaped yet is gone too.
    const QByteArray text = stat.readAll();
    return text.mid(text.lastIndexOf(')') + 2, 1) != "Z";
}

void PgServer::stop()
{
    if (!m_dir)
        return;
    const QString timeout = QString::number(kServerTimeoutS);
    for (const QString &mode : {u"fast"_s, u"immediate"_s}) {
        if (!isRunning())
            break;
        QString error;
        if (!run(binDir() + u"/pg_ctl"_s,
                 {u"stop"_s, u"-D"_s, dataDir(), u"-m"_s, mode, u"-w"_s, u"-t"_s, timeout},
                 kServerTimeoutMs, nullptr, &error))
            qWarning("%s", qPrintable(error));
    }
    // Never leave a server behind, whatever pg_ctl said.
    if (const qint64 pid = postmasterPid(); isRunning() && ::kill(pid_t(pid), SIGKILL) == 0) {
        for (int i = 0; i < 200 && isRunning(); ++i)
            QThread::msleep(50);
    }
    m_dir.reset();
    m_port = 0;
    m_superPassword.clear();
    m_tls = false;
}

bool PgServer::kill()
{
    if (!isRunning())
        return false;
    QString error;
    if (!run(binDir() + u"/pg_ctl"_s,
             {u"stop"_s, u"-D"_s, dataDir(), u"-m"_s, u"immediate"_s, u"-w"_s, u"-t"_s,
              QString::number(kServerTimeoutS)},
             kServerTimeoutMs, nullptr, &error)) {
        qWarning("%s", qPrintable(error));
        return false;
    }
    return !isRunning();
}

bool PgServer::resume()
{
    if (!m_dir)
        return false;
    if (isRunning())
        return true;
    QString error;
    if (!startServer(&error)) {
        qWarning("%s", qPrintable(error));
        return false;
    }
    return true;
}

bool PgServer::sql(const QString &database, const QString &statements, QString *output,
                   QString *error)
{
    if (!m_dir) {
        if (error)
            *error = u"the server is not started"_s;
        return false;
    }
    // A script on stdin rather than -c: each statement runs on its own, as in a migration.
    QString out;
    const bool ok = run(binDir() + u"/psql"_s,
                        {u"-X"_s, u"-q"_s, u"-v"_s, u"ON_ERROR_STOP=1"_s, u"-h"_s, socketDir(),
                         u"-p"_s, QString::number(m_port), u"-U"_s, u"postgres"_s, u"-d"_s,
                         database, u"-At"_s, u"-f"_s, u"-"_s},
                        kToolTimeoutMs, &out, error, statements.toUtf8());
    if (out.endsWith(u'\n'))
        out.chop(1);
    if (output)
        *output = out;
    return ok;
}

bool PgServer::createDatabase(const QString &name, const QString &owner)
{
    QString statement = u"CREATE DATABASE "_s + quoteIdentifier(name);
    if (!owner.isEmpty())
        statement += u" OWNER "_s + quoteIdentifier(owner);
    QString error;
    if (!sql(u"postgres"_s, statement, nullptr, &error)) {
        qWarning("%s", qPrintable(error));
        return false;
    }
    return true;
}

bool PgServer::createRole(const QString &name, const QString &password, bool login)
{
    QString statement =
        u"CREATE ROLE %1 %2"_s.arg(quoteIdentifier(name), login ? u"LOGIN"_s : u"NOLOGIN"_s);
    if (!password.isEmpty())
        statement += u" PASSWORD "_s + quoteLiteral(password);
    QString error;
    if (!sql(u"postgres"_s, statement, nullptr, &error)) {
        qWarning("%s", qPrintable(error));
        return false;
    }
    return true;
}

bool PgServer::terminateConnections(const QString &database, const QString &applicationName)
{
    // pg_terminate_backend with a timeout waits until the session is gone: a test may rely on
    // the connection being dead when this returns. The count is of sessions that outlived it.
    QString statement =
        u"SELECT count(*) FILTER (WHERE NOT pg_terminate_backend(pid, 10000)) "
        "FROM pg_stat_activity WHERE backend_type = 'client backend' "
        "AND pid <> pg_backend_pid() AND datname = %1"_s.arg(quoteLiteral(database));
    if (!applicationName.isEmpty())
        statement += u" AND application_name = "_s + quoteLiteral(applicationName);
    QString output, error;
    if (!sql(u"postgres"_s, statement, &output, &error)) {
        qWarning("%s", qPrintable(error));
        return false;
    }
    if (output != u"0") {
        qWarning("%s sessions on %s outlived pg_terminate_backend", qPrintable(output),
                 qPrintable(database));
        return false;
    }
    return true;
}

QString PgServer::url(const QString &user, const QString &database) const
{
    QUrl url;
    url.setScheme(u"postgresql"_s);
    url.setUserName(user);
    url.setHost(host());
    url.setPort(m_port);
    url.setPath(u'/' + database);
    return url.toString(QUrl::FullyEncoded);
}
