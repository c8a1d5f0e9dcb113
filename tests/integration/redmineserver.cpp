#include "tests/integration/redmineserver.h"
#include "tests/testpaths.h"

#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QThread>
#include <QTimer>

#include <csignal>
#include <sys/types.h>

using namespace Qt::StringLiterals;

RedmineServer::~RedmineServer()
{
    stop();
}

QString RedmineServer::script()
{
    return TestPaths::sourceDir() + u"/tests/integration/redmine/redmine-server.sh"_s;
}

bool RedmineServer::run(const QStringList &args, int timeoutMs, QByteArray *out,
                        QString *error) const
{
    QProcess p;
    p.setProgram(u"sh"_s);
    p.setArguments(QStringList{script()} + args);
    p.setProcessChannelMode(QProcess::SeparateChannels);
    p.start();
    if (!p.waitForStarted(10000)) {
        if (error)
            *error = u"cannot run %1: %2"_s.arg(script(), p.errorString());
        return false;
    }
    if (!p.waitForFinished(timeoutMs)) {
        p.kill();
        p.waitForFinished(5000);
        if (error)
            *error = u"%1 %2 did not finish within %3 s"_s.arg(script(), args.join(u' '))
                         .arg(timeoutMs / 1000);
        return false;
    }
    const QByteArray err = p.readAllStandardError();
    if (out)
        *out = p.readAllStandardOutput();
    if (p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0) {
        if (error)
            *error = u"%1 %2 failed (exit %3): %4"_s.arg(script(), args.join(u' '))
                         .arg(p.exitCode())
                         .arg(QString::fromUtf8(err.right(2000)));
        return false;
    }
    return true;
}

bool RedmineServer::start(QString *error)
{
    QByteArray out;
    // The first run installs Redmine and builds its template database: minutes, not seconds.
    if (!run({u"start"_s}, 900 * 1000, &out, error))
        return false;
    for (const QByteArray &line : out.split('\n')) {
        const qsizetype eq = line.indexOf('=');
        if (eq < 0)
            continue;
        const QByteArray name = line.left(eq), value = line.mid(eq + 1).trimmed();
        if (name == "REDMINE_URL")
            m_url = QUrl(QString::fromUtf8(value));
        else if (name == "REDMINE_API_KEY")
            m_apiKey = QString::fromUtf8(value);
        else if (name == "REDMINE_STATE_DIR")
            m_stateDir = QString::fromUtf8(value);
    }
    if (!m_url.isValid() || m_apiKey.isEmpty() || m_stateDir.isEmpty()) {
        if (error)
            *error = u"the script printed no server: %1"_s.arg(QString::fromUtf8(out));
        return false;
    }
    return true;
}

void RedmineServer::stop()
{
    if (m_stateDir.isEmpty())
        return;
    run({u"stop"_s, m_stateDir}, 60000, nullptr, nullptr);
    m_stateDir.clear();
}

bool RedmineServer::halt()
{
    return run({u"halt"_s, m_stateDir}, 60000, nullptr, nullptr);
}

bool RedmineServer::kill()
{
    QFile pidFile(m_stateDir + u"/redmine.pid"_s);
    if (!pidFile.open(QIODevice::ReadOnly))
        return false;
    const pid_t pid = pid_t(pidFile.readAll().trimmed().toLongLong());
    pidFile.close();
    if (pid <= 1)
        return false;
    // The server leads a session of its own (setsid): the whole group goes, as in a power cut.
    if (::kill(-pid, SIGKILL) != 0 && ::kill(pid, SIGKILL) != 0)
        return false;
    // Gone, or a zombie nobody has reaped yet.
    auto alive = [pid] {
        QFile stat(u"/proc/%1/stat"_s.arg(pid));
        if (!stat.open(QIODevice::ReadOnly))
            return false;
        const QByteArray text = stat.readAll();
        return text.mid(text.lastIndexOf(')') + 2, 1) != "Z";
    };
    for (int i = 0; i < 200 && alive(); ++i)
        QThread::msleep(50);
    pidFile.remove();
    return true;
}

bool RedmineServer::resume()
{
    QString error;
    const bool ok = run({u"resume"_s, m_stateDir}, 300 * 1000, nullptr, &error);
    if (!ok)
        qWarning("%s", qPrintable(error));
    return ok;
}

bool RedmineServer::seed(const QString &project, int count, qint64 versionId)
{
    QStringList args{u"seed"_s, m_stateDir, project, QString::number(count)};
    if (versionId)
        args.append(QString::number(versionId));
    QString error;
    const bool ok = run(args, 120 * 1000, nullptr, &error);
    if (!ok)
        qWarning("%s", qPrintable(error));
    return ok;
}

bool RedmineServer::sql(const QString &statements)
{
    QProcess p;
    p.start(u"sqlite3"_s,
            {u"-cmd"_s, u".timeout 10000"_s, m_stateDir + u"/db.sqlite3"_s, statements});
    if (!p.waitForFinished(30000) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0) {
        qWarning("sqlite3 failed: %s", p.readAllStandardError().constData());
        return false;
    }
    return true;
}

RedmineServer::Response RedmineServer::request(const QByteArray &verb, const QString &pathAndQuery,
                                               const QJsonObject &body, const QString &key) const
{
    QNetworkAccessManager network;
    QUrl url = m_url;
    const qsizetype q = pathAndQuery.indexOf(u'?');
    url.setPath(pathAndQuery.left(q));
    if (q >= 0)
        url.setQuery(pathAndQuery.mid(q + 1));
    QNetworkRequest r(url);
    r.setRawHeader("X-Redmine-API-Key", (key.isEmpty() ? m_apiKey : key).toUtf8());
    r.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    r.setTransferTimeout(60000);
    const QByteArray data =
        body.isEmpty() ? QByteArray() : QJsonDocument(body).toJson(QJsonDocument::Compact);
    QNetworkReply *reply = network.sendCustomRequest(r, verb, data);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    QTimer::singleShot(90000, &loop, &QEventLoop::quit);
    loop.exec();
    Response response;
    if (!reply->isFinished()) {
        reply->abort();
    } else {
        response.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        response.json = QJsonDocument::fromJson(reply->readAll());
    }
    delete reply;
    return response;
}

bool RedmineServer::createProject(const QString &identifier)
{
    const Response r = request(
        "POST", u"/projects.json"_s,
        {{u"project"_s, QJsonObject{{u"name"_s, identifier}, {u"identifier"_s, identifier}}}});
    return r.status == 201;
}

qint64 RedmineServer::createVersion(const QString &project, const QString &name,
                                    const QString &dueDate)
{
    QJsonObject version{{u"name"_s, name}};
    if (!dueDate.isEmpty())
        version.insert(u"due_date"_s, dueDate);
    const Response r =
        request("POST", u"/projects/%1/versions.json"_s.arg(project), {{u"version"_s, version}});
    return r.status == 201
               ? r.json.object().value(u"version"_s).toObject().value(u"id"_s).toInteger()
               : 0;
}

qint64 RedmineServer::createUser(const QString &login, const QString &first, const QString &last)
{
    const Response r = request("POST", u"/users.json"_s,
                               {{u"user"_s, QJsonObject{{u"login"_s, login},
                                                        {u"firstname"_s, first},
                                                        {u"lastname"_s, last},
                                                        {u"mail"_s, login + u"@example.org"_s},
                                                        {u"password"_s, u"secret-password-1"_s}}}});
    return r.status == 201 ? r.json.object().value(u"user"_s).toObject().value(u"id"_s).toInteger()
                           : 0;
}

bool RedmineServer::addMember(const QString &project, qint64 userId)
{
    // Role 3 is "Manager" in the default data: may be assigned issues.
    const Response r = request(
        "POST", u"/projects/%1/memberships.json"_s.arg(project),
        {{u"membership"_s, QJsonObject{{u"user_id"_s, userId}, {u"role_ids"_s, QJsonArray{3}}}}});
    return r.status == 201;
}

qint64 RedmineServer::createIssue(const QString &project, const QJsonObject &fields)
{
    QJsonObject issue = fields;
    issue.insert(u"project_id"_s, project);
    const Response r = request("POST", u"/issues.json"_s, {{u"issue"_s, issue}});
    return r.status == 201 ? r.json.object().value(u"issue"_s).toObject().value(u"id"_s).toInteger()
                           : 0;
}

bool RedmineServer::updateIssue(qint64 id, const QJsonObject &fields)
{
    return request("PUT", u"/issues/%1.json"_s.arg(id), {{u"issue"_s, fields}}).status == 204;
}

bool RedmineServer::deleteIssue(qint64 id)
{
    return request("DELETE", u"/issues/%1.json"_s.arg(id)).status == 204;
}

QJsonObject RedmineServer::issue(qint64 id, bool journals) const
{
    const Response r = request(
        "GET", u"/issues/%1.json%2"_s.arg(id).arg(journals ? u"?include=journals"_s : QString()));
    return r.json.object().value(u"issue"_s).toObject();
}

QList<QJsonObject> RedmineServer::issues(const QString &project) const
{
    QList<QJsonObject> all;
    for (int offset = 0;; offset += 100) {
        const Response r =
            request("GET", u"/issues.json?project_id=%1&status_id=*&sort=id&limit=100&offset=%2"_s
                               .arg(project)
                               .arg(offset));
        const QJsonArray page = r.json.object().value(u"issues"_s).toArray();
        for (const QJsonValue &v : page)
            all.append(v.toObject());
        if (page.isEmpty() || all.size() >= r.json.object().value(u"total_count"_s).toInt())
            break;
    }
    return all;
}

QString RedmineServer::storyPoints(const QJsonObject &issue)
{
    const QJsonArray fields = issue.value(u"custom_fields"_s).toArray();
    for (const QJsonValue &v : fields)
        if (v.toObject().value(u"name"_s).toString() == u"Story points")
            return v.toObject().value(u"value"_s).toString();
    return {};
}
