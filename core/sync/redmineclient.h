#pragma once

#include "core/util/result.h"

#include <QByteArray>
#include <QJsonDocument>
#include <QNetworkReply>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QUrl>
#include <QUrlQuery>

#include <functional>

QT_BEGIN_NAMESPACE
class QNetworkAccessManager;
QT_END_NAMESPACE

namespace SprintDeck {

/** The outcome of one request to the server. */
struct RemoteReply
{
    int status = 0; ///< HTTP status; 0 when no answer came
    QNetworkReply::NetworkError networkError = QNetworkReply::NoError;
    QString error; ///< one line for people, "" on success
    QJsonDocument json;

    bool ok() const { return error.isEmpty(); }
    /** Worth trying again later: no answer, a timeout, or a server error (5xx). */
    bool transient() const;
    /** The server's validation messages of a 422, joined. */
    QString validationMessage() const;
};

/**
 * Asynchronous JSON requests to a Redmine server with an API key. The key
 * travels only in the X-Redmine-API-Key header and appears in no URL, log or
 * message. Certificate checks stay on; TLS errors fail the request.
 * Idempotent requests (GET, PUT, DELETE) are retried with exponential backoff
 * on network errors and 5xx; POST never is (the caller reconciles instead).
 */
class RedmineClient : public QObject
{
    Q_OBJECT
public:
    using Callback = std::function<void(const RemoteReply &)>;

    RedmineClient(QNetworkAccessManager *network, const QUrl &base, const QString &apiKey,
                  QObject *parent = nullptr);
    ~RedmineClient() override;

    void get(const QString &path, const QUrlQuery &query, Callback done);
    void post(const QString &path, const QJsonDocument &body, Callback done);
    void put(const QString &path, const QJsonDocument &body, Callback done);
    void remove(const QString &path, Callback done);

    /** Retries of idempotent requests; the delay doubles from firstDelayMs. */
    void setRetries(int retries, int firstDelayMs);
    void setTimeout(int ms) { m_timeoutMs = ms; }

    /** Aborts every request; their callbacks are not called. */
    void abortAll();
    int requestCount() const { return m_requestCount; }

private:
    struct Request;
    void send(std::shared_ptr<Request> request);
    void finished(QNetworkReply *reply, std::shared_ptr<Request> request);

    QNetworkAccessManager *m_network;
    QUrl m_base;
    QByteArray m_apiKey;
    int m_retries = 3;
    int m_firstDelayMs = 500;
    int m_timeoutMs = 60000;
    int m_requestCount = 0;
    QSet<QNetworkReply *> m_replies;
    QList<QPointer<QObject>> m_timers;
};

} // namespace SprintDeck
