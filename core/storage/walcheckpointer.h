#pragma once

#include <QString>

#include <atomic>
#include <condition_variable>
#include <memory>
#include <mutex>
#include <thread>

struct sqlite3;

namespace SprintDeck {

/**
 * Copies the pages of a database's write-ahead log into the file on a thread of its own.
 *
 * SQLite does this at the end of the commit that makes the log long enough: the copy and its
 * flush to the disk then hold up the thread that committed, the UI thread. Attached to a
 * connection, this takes over: after such a commit it wakes its thread, which checkpoints
 * through a second connection without blocking readers or writers, while the committing thread
 * goes on. A checkpoint that could not copy everything (a reader still needs the old pages) is
 * tried again after the next long commit, as SQLite would.
 */
class WalCheckpointer
{
public:
    /** The log's length in pages after a commit from which a checkpoint is due (SQLite's). */
    static constexpr int kPages = 1000;

    /**
     * Takes over the checkpoints of `writer`, the connection to the database file `path`.
     * nullptr when a second connection cannot be opened: SQLite's own checkpoints go on then.
     */
    static std::unique_ptr<WalCheckpointer> attach(sqlite3 *writer, const QString &path);
    /** Waits for a running checkpoint, hands the checkpoints back and closes the connection. */
    ~WalCheckpointer();

    WalCheckpointer(const WalCheckpointer &) = delete;
    WalCheckpointer &operator=(const WalCheckpointer &) = delete;

    /** How many checkpoints copied the whole log so far. */
    int completed() const { return m_completed.load(); }

private:
    WalCheckpointer(sqlite3 *writer, sqlite3 *own);
    static int onCommit(void *self, sqlite3 *writer, const char *schema, int pages);
    void run();

    sqlite3 *m_writer;
    sqlite3 *m_own;
    std::thread m_thread;
    std::mutex m_mutex;
    std::condition_variable m_wake;
    bool m_due = false;
    bool m_stop = false;
    std::atomic<int> m_completed{0};
};

} // namespace SprintDeck
