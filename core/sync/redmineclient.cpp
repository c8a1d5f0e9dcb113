#include "core/sync/redmineclient.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkRequest>
#include <QSslError>
#include <QTimer>

#include <cstring>

using namespace Qt::StringLiterals;

namespace SprintDeck {

namespace {

/**
 * A request body that can be read only once. Qt sends a request again by itself when a
 * connection closes before the answer arrives; for a POST the server may have created the
 * issue already, and a second one would follow. With a body Qt cannot rewind, it reports
 * the failure instead (ContentReSendError), and the next sync looks for the issue first.
 */
class OneShotBody : public QIODevice
{
public:
    explicit OneShotBody(QByteArray data)
        : m_data(std::move(data))
    {
        open(QIODevice::ReadOnly);
    }
    bool isSequential() const override { return true; }
    bool reset() override { return false; }
    qint64 bytesAvailable() const override
    {
        return m_data.size() - m_read + QIODevice::bytesAvailable();
    }
    bool atEnd() const override { return m_read >= m_data.size() && QIODevice::atEnd(); }

protected:
    qint64 readData(char *data, qint64 maxSize) override
    {
        if (m_read >= m_data.size())
            return -1;
        const qint64 n = qMin(maxSize, m_data.size() - m_read);
        std::memcpy(data, m_data.constData() + m_read, size_t(n));
        m_read += n;
        return n;
    }
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    QByteArray m_data;
    qint64 m_read = 0;
};

} // namespace

bool RemoteReply::transient() const
{
    if (ok())
        return false;
    if (status >= 500)
        return true;
    if (status != 0)
        return false;
    switch (networkError) {
    case QNetworkReply::ConnectionRefusedError:
    case QNetworkReply::RemoteHostClosedError:
    case QNetworkReply::HostNotFoundError:
    case QNetworkReply::TimeoutError:
    case QNetworkReply::OperationCanceledError:
    case QNetworkReply::TemporaryNetworkFailureError:
    case QNetworkReply::NetworkSessionFailedError:
    case QNetworkReply::UnknownNetworkError:
    case QNetworkReply::ProxyConnectionRefusedError:
    case QNetworkReply::ProxyConnectionClosedError:
    case QNetworkReply::ProxyTimeoutError:
    case QNetworkReply::ServiceUnavailableError:
    case QNetworkReply::InternalServerError:
    case QNetworkReply::UnknownServerError:
        return true;
    default:
        return false;
    }
}

QString RemoteReply::validationMessage() const
{
    QStringList messages;
    const QJsonArray errors = json.object().value(u"errors"_s).toArray();
    for (const QJsonValue &e : errors)
        messages.append(e.toString());
    return messages.join(u"; "_s);
}

struct RedmineClient::Request
{
    QByteArray verb;
    QString path;
    QUrlQuery query;
    QByteArray body;
    Callback done;
    int attempt = 0;
};

RedmineClient::RedmineClient(QNetworkAccessManager *network, const QUrl &base,
                             const QString &apiKey, QObject *parent)
    : QObject(parent)
    , m_network(network)
    , m_base(base)
    , m_apiKey(apiKey.toUtf8())
{}

RedmineClient::~RedmineClient()
{
    abortAll();
}

void RedmineClient::setRetries(int retries, int firstDelayMs)
{
    m_retries = qMax(0, retries);
    m_firstDelayMs = qMax(1, firstDelayMs);
}

void RedmineClient::get(const QString &path, const QUrlQuery &query, Callback done)
{
    send(std::make_shared<Request>(Request{"GET", path, query, {}, std::move(done)}));
}

void RedmineClient::post(const QString &path, const QJsonDocument &body, Callback done)
{
    send(std::make_shared<Request>(
        Request{"POST", path, {}, body.toJson(QJsonDocument::Compact), std::move(done)}));
}

void RedmineClient::put(const QString &path, const QJsonDocument &body, Callback done)
{
    send(std::make_shared<Request>(
        Request{"PUT", path, {}, body.toJson(QJsonDocument::Compact), std::move(done)}));
}

void RedmineClient::remove(const QString &path, Callback done)
{
    send(std::make_shared<Request>(Request{"DELETE", path, {}, {}, std::move(done)}));
}

void RedmineClient::abortAll()
{
    for (const QPointer<QObject> &timer : std::as_const(m_timers))
        delete timer.data();
    m_timers.clear();
    const QSet<QNetworkReply *> replies = std::exchange(m_replies, {});
    for (QNetworkReply *reply : replies) {
        reply->disconnect(this);
        reply->abort();
        reply->deleteLater();
    }
}

void RedmineClient::send(std::shared_ptr<Request> request)
{
    QUrl url = m_base;
    url.setPath(m_base.path() + request->path);
    if (!request->query.isEmpty())
        url.setQuery(request->query);
    QNetworkRequest r(url);
    r.setRawHeader("X-Redmine-API-Key", m_apiKey);
    r.setRawHeader("Accept", "application/json");
    if (!request->body.isEmpty() || request->verb == "POST" || request->verb == "PUT")
        r.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    // A redirect must not carry the key to another host or down to plain http.
    r.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                   QNetworkRequest::SameOriginRedirectPolicy);
    r.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);
    r.setAttribute(QNetworkRequest::CacheSaveControlAttribute, false);
    r.setTransferTimeout(m_timeoutMs);
    ++m_requestCount;
    QNetworkReply *reply = nullptr;
    if (request->verb == "POST") {
        auto *body = new OneShotBody(request->body);
        r.setHeader(QNetworkRequest::ContentLengthHeader, request->body.size());
        r.setAttribute(QNetworkRequest::DoNotBufferUploadDataAttribute, true);
        reply = m_network->sendCustomRequest(r, request->verb, body);
        body->setParent(reply);
    } else {
        reply = m_network->sendCustomRequest(r, request->verb, request->body);
    }
    m_replies.insert(reply);
    connect(reply, &QNetworkReply::finished, this,
            [this, reply, request] { finished(reply, request); });
}

void RedmineClient::finished(QNetworkReply *reply, std::shared_ptr<Request> request)
{
    m_replies.remove(reply);
    reply->deleteLater();
    RemoteReply result;
    result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    result.networkError = reply->error();
    const QByteArray body = reply->isOpen() ? reply->readAll() : QByteArray(); // aborted: closed
    if (!body.isEmpty())
        result.json = QJsonDocument::fromJson(body);
    const QString where =
        m_base.host() + (m_base.port() > 0 ? u":"_s + QString::number(m_base.port()) : QString());
    if (result.status >= 200 && result.status < 300) {
        // success
    } else if (result.status == 401) {
        result.error = tr("the server refused the API key (401): check the key of this remote");
    } else if (result.status == 403) {
        result.error = tr("permission denied by the server (403)");
    } else if (result.status == 404) {
        result.error = tr("not found on the server (404): %1").arg(request->path);
    } else if (result.status == 422) {
        const QString message = result.validationMessage();
        result.error = message.isEmpty() ? tr("the server refused the change (422)") : message;
    } else if (result.status >= 500) {
        result.error = tr("server error %1 at %2").arg(result.status).arg(where);
    } else if (result.status != 0) {
        result.error = tr("unexpected answer %1 from %2").arg(result.status).arg(where);
    } else if (result.networkError == QNetworkReply::SslHandshakeFailedError) {
        result.error =
            tr("the certificate of %1 could not be verified (%2)").arg(where, reply->errorString());
    } else if (result.networkError == QNetworkReply::ConnectionRefusedError) {
        result.error =
            tr("cannot reach %1: connection refused (is the server running?)").arg(where);
    } else if (result.networkError == QNetworkReply::HostNotFoundError) {
        result.error = tr("cannot reach %1: host not found").arg(where);
    } else if (result.networkError == QNetworkReply::OperationCanceledError ||
               result.networkError == QNetworkReply::TimeoutError) {
        result.error = tr("cannot reach %1: no answer (timed out)").arg(where);
    } else if (result.networkError != QNetworkReply::NoError) {
        result.error = tr("cannot reach %1: %2").arg(where, reply->errorString());
    }
    if (result.ok() && result.status == 0)
        result.error = tr("no answer from %1").arg(where);

    const bool idempotent = request->verb != "POST";
    if (result.transient() && idempotent && request->attempt < m_retries) {
        const int delay = m_firstDelayMs << request->attempt;
        ++request->attempt;
        auto *timer = new QTimer(this);
        timer->setSingleShot(true);
        m_timers.append(timer);
        connect(timer, &QTimer::timeout, this, [this, timer, request] {
            m_timers.removeAll(timer);
            timer->deleteLater();
            send(request);
        });
        timer->start(delay);
        return;
    }
    request->done(result);
}

} // namespace SprintDeck
