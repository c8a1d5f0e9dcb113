#pragma once

#include <QJsonDocument>
#include <QJsonObject>
#include <QString>
#include <QUrl>

/**
 * A real Redmine on loopback for the sync tests, run by the project's own
 * tests/integration/redmine/redmine-server.sh (which installs the packages
 * when missing), plus plain REST calls to arrange and inspect the server.
 * Every call has a timeout; nothing here is shared with the code under test.
 */
class RedmineServer
{
public:
    ~RedmineServer();

    /** Starts a fresh instance; false with `error` set when the server does not come up. */
    bool start(QString *error);
    void stop();
    /** Stops the server keeping its data; resume() brings it back on the same port. */
    bool halt();
    bool resume();
    /** Kills the server with SIGKILL in the middle of whatever it does; resume() restarts it. */
    bool kill();
    /** Bulk issues straight into the server's database (see the script). */
    bool seed(const QString &project, int count, qint64 versionId = 0);
    /** Runs SQL on the server's database, for states the REST API cannot make on demand. */
    bool sql(const QString &statements);

    QUrl url() const { return m_url; }
    QString apiKey() const { return m_apiKey; }
    QString stateDir() const { return m_stateDir; }

    struct Response
    {
        int status = 0;
        QJsonDocument json;
    };
    Response request(const QByteArray &verb, const QString &pathAndQuery,
                     const QJsonObject &body = {}, const QString &key = {}) const;

    // Arranging the server.
    bool createProject(const QString &identifier);
    qint64 createVersion(const QString &project, const QString &name, const QString &dueDate = {});
    qint64 createUser(const QString &login, const QString &first, const QString &last);
    bool addMember(const QString &project, qint64 userId);
    qint64 createIssue(const QString &project, const QJsonObject &fields);
    bool updateIssue(qint64 id, const QJsonObject &fields);
    bool deleteIssue(qint64 id);
    QJsonObject issue(qint64 id, bool journals = false) const;
    /** Every issue of a project (all statuses). */
    QList<QJsonObject> issues(const QString &project) const;
    /** The story points of an issue as the server holds them ("" for none). */
    static QString storyPoints(const QJsonObject &issue);

    static QString script();

private:
    bool run(const QStringList &args, int timeoutMs, QByteArray *out, QString *error) const;

    QUrl m_url;
    QString m_apiKey;
    QString m_stateDir;
};
