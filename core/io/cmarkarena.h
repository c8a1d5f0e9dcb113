#pragma once

#include <cstddef>
#include <vector>

struct cmark_mem;

namespace SprintDeck {

/**
 * A memory arena for cmark's parser.
 *
 * Why: cmark makes a small allocation for every node, buffer and string of a document and
 * frees them one by one when the document goes. Reading a large status document, those calls
 * to malloc and free are a sizeable share of the parse.
 *
 * What it saves: while an arena lives, the parsers made with allocator() take their memory from
 * large zeroed blocks of this thread's arena; nothing is freed one by one, and all of it goes at
 * once with the arena. The newest allocation grows in place (cmark's buffers grow by realloc).
 *
 * Each allocation comes from the current arena of the calling thread, so every thread that
 * makes, feeds or finishes such a parser must hold an arena while it does, and the document must
 * be done with before any arena that served it goes.
 */
class CmarkArena
{
public:
    CmarkArena();
    ~CmarkArena();
    CmarkArena(const CmarkArena &) = delete;
    CmarkArena &operator=(const CmarkArena &) = delete;

    /** The allocator for cmark_parser_new_with_mem(): the current arena of the calling thread. */
    static cmark_mem *allocator();

private:
    void *allocate(size_t size);
    static void *calloc(size_t count, size_t size);
    static void *realloc(void *p, size_t size);
    static void free(void *);

    static thread_local CmarkArena *s_current;
    CmarkArena *m_previous;
    std::vector<void *> m_blocks;
    char *m_next = nullptr;
    char *m_end = nullptr;
    char *m_last = nullptr; ///< the newest allocation from the current block
};

} // namespace SprintDeck
