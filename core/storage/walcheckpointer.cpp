#include "core/storage/walcheckpointer.h"

#include <QFile>

#include <sqlite3.h>

namespace SprintDeck {

std::unique_ptr<WalCheckpointer> WalCheckpointer::attach(sqlite3 *writer, const QString &path)
{
    if (!writer)
        return nullptr;
    sqlite3 *own = nullptr;
    // No mutex of SQLite's on this connection: only the checkpointer's thread uses it.
    if (sqlite3_open_v2(QFile::encodeName(path).constData(), &own,
                        SQLITE_OPEN_READWRITE | SQLITE_OPEN_NOMUTEX, nullptr) != SQLITE_OK) {
        sqlite3_close(own);
        return nullptr;
    }
    std::unique_ptr<WalCheckpointer> checkpointer(new WalCheckpointer(writer, own));
    // The hook replaces SQLite's own: the writer no longer checkpoints at commit.
    sqlite3_wal_hook(writer, &WalCheckpointer::onCommit, checkpointer.get());
    return checkpointer;
}

WalCheckpointer::WalCheckpointer(sqlite3 *writer, sqlite3 *own)
    : m_writer(writer)
    , m_own(own)
{}

WalCheckpointer::~WalCheckpointer()
{
    // The writer checkpoints by itself again, and its hook no longer points here.
    sqlite3_wal_autocheckpoint(m_writer, kPages);
    {
        std::lock_guard lock(m_mutex);
        m_stop = true;
    }
    m_wake.notify_one();
    if (m_thread.joinable())
        m_thread.join();
    sqlite3_close(m_own);
}

int WalCheckpointer::onCommit(void *self, sqlite3 *, const char *, int pages)
{
    auto *c = static_cast<WalCheckpointer *>(self);
    if (pages < kPages)
        return SQLITE_OK;
    {
        std::lock_guard lock(c->m_mutex);
        c->m_due = true;
    }
    if (!c->m_thread.joinable()) // most sessions never write this much: the thread waits till then
        c->m_thread = std::thread([c] { c->run(); });
    else
        c->m_wake.notify_one();
    return SQLITE_OK;
}

void WalCheckpointer::run()
{
    std::unique_lock lock(m_mutex);
    for (;;) {
        m_wake.wait(lock, [this] { return m_due || m_stop; });
        if (m_stop)
            return;
        m_due = false;
        lock.unlock();
        // A connection finds the log when it reads; until then it has nothing to checkpoint.
        sqlite3_exec(m_own, "PRAGMA schema_version", nullptr, nullptr, nullptr);
        int logged = 0, copied = 0;
        // Passive: copies what no reader still needs, never waits and never blocks a writer.
        const int rc =
            sqlite3_wal_checkpoint_v2(m_own, nullptr, SQLITE_CHECKPOINT_PASSIVE, &logged, &copied);
        if (rc == SQLITE_OK && logged >= 0 && copied == logged)
            m_completed.fetch_add(1);
        lock.lock();
    }
}

} // namespace SprintDeck
