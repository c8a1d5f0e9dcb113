#pragma once

#include <QObject>
#include <QString>

#include <functional>

namespace SprintDeck {

/**
 * API keys in the OS keychain (QtKeychain: Secret Service, KWallet, macOS
 * Keychain, Windows Credential Store), never in a file of SprintDeck's.
 *
 * Where no keychain answers (no D-Bus session, no Secret Service), keys are
 * kept in memory for this session only and the outcome says so. Jobs have a
 * timeout, because a locked keyring may wait for a prompt nobody sees.
 */
class SecretStore : public QObject
{
    Q_OBJECT
public:
    enum class Where
    {
        Keychain,
        Session,
        Nowhere
    };

    struct Outcome
    {
        bool ok = false;
        Where where = Where::Nowhere;
        QString secret;  ///< read(): the key
        QString message; ///< one line for people: the failure, or the session-only fallback
    };
    using Done = std::function<void(const Outcome &)>;

    explicit SecretStore(QObject *parent = nullptr);

    /** Reads a key: from the keychain, else from this session's memory. */
    void read(const QString &id, Done done);
    /** Stores a key in the keychain; without one, in memory for this session (ok, with a message).
     */
    void write(const QString &id, const QString &secret, Done done);
    /** Removes a key from the keychain and this session's memory. */
    void remove(const QString &id, Done done);

    void setTimeout(int ms) { m_timeoutMs = ms; }

    /** The service name the keys are filed under. */
    static QString serviceName();
    /** Keeps a key in memory until the process ends (also used for keys typed for one sync). */
    static void rememberForSession(const QString &id, const QString &secret);
    static QString sessionSecret(const QString &id);

private:
    int m_timeoutMs = 20000;
};

} // namespace SprintDeck
