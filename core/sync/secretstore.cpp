#include "core/sync/secretstore.h"

#include <qt6keychain/keychain.h>

#include <QHash>
#include <QMutex>
#include <QPointer>
#include <QTimer>

#include <memory>

using namespace Qt::StringLiterals;

namespace SprintDeck {

namespace {

QMutex s_sessionMutex;

QHash<QString, QString> &sessionKeys()
{
    static QHash<QString, QString> keys;
    return keys;
}

bool noKeychain(QKeychain::Error error)
{
    return error == QKeychain::NoBackendAvailable || error == QKeychain::OtherError ||
           error == QKeychain::NotImplemented;
}

QString keychainProblem(QKeychain::Error error, const QString &detail)
{
    if (error == QKeychain::AccessDenied || error == QKeychain::AccessDeniedByUser)
        return QObject::tr("access to the keychain was denied (%1)").arg(detail);
    if (noKeychain(error))
        return QObject::tr("no keychain is available (%1)").arg(detail);
    return QObject::tr("the keychain failed (%1)").arg(detail);
}

/**
 * Runs a QtKeychain job with a timeout; `finish` is called exactly once, with
 * the job's error, its error string and (for reads) the secret.
 */
void runJob(QKeychain::Job *job, int timeoutMs, QObject *context,
            std::function<void(QKeychain::Error, const QString &, const QString &)> finish)
{
    auto called = std::make_shared<bool>(false);
    auto *timer = new QTimer(context);
    timer->setSingleShot(true);
    QObject::connect(timer, &QTimer::timeout, context, [called, timer, finish, timeoutMs] {
        timer->deleteLater();
        if (std::exchange(*called, true))
            return;
        finish(QKeychain::OtherError,
               QObject::tr("the keychain did not answer within %1 s; is it locked?")
                   .arg(timeoutMs / 1000),
               QString());
    });
    QObject::connect(job, &QKeychain::Job::finished, context,
                     [called, timer, finish](QKeychain::Job *j) {
                         timer->stop();
                         timer->deleteLater();
                         if (std::exchange(*called, true))
                             return;
                         QString secret;
                         if (auto *read = qobject_cast<QKeychain::ReadPasswordJob *>(j))
                             secret = read->textData();
                         finish(j->error(), j->errorString(), secret);
                     });
    job->setAutoDelete(true);
    // Never a plain-text file instead of a keychain.
    job->setInsecureFallback(false);
    timer->start(timeoutMs);
    job->start();
}

} // namespace

SecretStore::SecretStore(QObject *parent)
    : QObject(parent)
{}

QString SecretStore::serviceName()
{
    return u"org.sprintdeck.SprintDeck"_s;
}

void SecretStore::rememberForSession(const QString &id, const QString &secret)
{
    QMutexLocker lock(&s_sessionMutex);
    if (secret.isEmpty())
        sessionKeys().remove(id);
    else
        sessionKeys().insert(id, secret);
}

QString SecretStore::sessionSecret(const QString &id)
{
    QMutexLocker lock(&s_sessionMutex);
    return sessionKeys().value(id);
}

void SecretStore::read(const QString &id, Done done)
{
    auto *job = new QKeychain::ReadPasswordJob(serviceName());
    job->setKey(id);
    runJob(job, m_timeoutMs, this,
           [id, done](QKeychain::Error error, const QString &detail, const QString &secret) {
               if (error == QKeychain::NoError && !secret.isEmpty()) {
                   done({true, Where::Keychain, secret, {}});
                   return;
               }
               const QString session = sessionSecret(id);
               if (!session.isEmpty()) {
                   done({true, Where::Session, session, {}});
                   return;
               }
               if (error == QKeychain::EntryNotFound || error == QKeychain::NoError)
                   done({false, Where::Nowhere, {}, tr("no API key is stored for this remote")});
               else
                   done({false, Where::Nowhere, {}, keychainProblem(error, detail)});
           });
}

void SecretStore::write(const QString &id, const QString &secret, Done done)
{
    auto *job = new QKeychain::WritePasswordJob(serviceName());
    job->setKey(id);
    job->setTextData(secret);
    runJob(job, m_timeoutMs, this,
           [id, secret, done](QKeychain::Error error, const QString &detail, const QString &) {
               if (error == QKeychain::NoError) {
                   rememberForSession(id, {});
                   done({true, Where::Keychain, {}, {}});
                   return;
               }
               rememberForSession(id, secret);
               done({true,
                     Where::Session,
                     {},
                     tr("%1: the API key is kept for this session only")
                         .arg(keychainProblem(error, detail))});
           });
}

void SecretStore::remove(const QString &id, Done done)
{
    rememberForSession(id, {});
    auto *job = new QKeychain::DeletePasswordJob(serviceName());
    job->setKey(id);
    runJob(job, m_timeoutMs, this,
           [done](QKeychain::Error error, const QString &detail, const QString &) {
               if (error == QKeychain::NoError || error == QKeychain::EntryNotFound)
                   done({true, Where::Keychain, {}, {}});
               else
                   done({false, Where::Nowhere, {}, keychainProblem(error, detail)});
           });
}

} // namespace SprintDeck
