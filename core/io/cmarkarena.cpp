#include "core/io/cmarkarena.h"

#include <cmark-gfm.h>

#include <cstdlib>
#include <cstring>
#include <utility>

namespace SprintDeck {

namespace {

// Every allocation is preceded by its size, in a header that keeps it 16-byte aligned.
constexpr size_t kHeader = 16;
constexpr size_t kBlock = size_t(1) << 20;
// Allocations from this size on get a block of their own.
constexpr size_t kOwnBlock = kBlock / 8;

size_t &sizeOf(void *p)
{
    return *reinterpret_cast<size_t *>(static_cast<char *>(p) - kHeader);
}

} // namespace

thread_local CmarkArena *CmarkArena::s_current = nullptr;

CmarkArena::CmarkArena()
    : m_previous(std::exchange(s_current, this))
{}

CmarkArena::~CmarkArena()
{
    for (void *block : m_blocks)
        std::free(block);
    s_current = m_previous;
}

cmark_mem *CmarkArena::allocator()
{
    static cmark_mem mem{&CmarkArena::calloc, &CmarkArena::realloc, &CmarkArena::free};
    return &mem;
}

void *CmarkArena::allocate(size_t size)
{
    if (size > (size_t(-1) >> 2))
        return nullptr; // cmark aborts on a null pointer
    const size_t need = kHeader + ((size + 15) & ~size_t(15));
    char *at;
    if (need >= kOwnBlock) {
        at = static_cast<char *>(std::calloc(1, need));
        if (!at)
            return nullptr;
        m_blocks.push_back(at);
        m_last = nullptr;
    } else {
        if (size_t(m_end - m_next) < need) {
            m_next = static_cast<char *>(std::calloc(1, kBlock));
            if (!m_next)
                return nullptr;
            m_blocks.push_back(m_next);
            m_end = m_next + kBlock;
        }
        at = m_next;
        m_next += need;
        m_last = at + kHeader;
    }
    *reinterpret_cast<size_t *>(at) = need - kHeader;
    return at + kHeader;
}

void *CmarkArena::calloc(size_t count, size_t size)
{
    size_t total;
    if (__builtin_mul_overflow(count, size, &total))
        return nullptr;
    return s_current->allocate(total); // fresh blocks are zeroed and never reused
}

void *CmarkArena::realloc(void *p, size_t size)
{
    CmarkArena &a = *s_current;
    if (!p)
        return a.allocate(size);
    const size_t old = sizeOf(p);
    if (size <= old)
        return p;
    // The newest allocation grows in place while its block has room.
    const size_t grown = (size + 15) & ~size_t(15);
    if (p == a.m_last && size_t(a.m_end - static_cast<char *>(p)) >= grown) {
        a.m_next = static_cast<char *>(p) + grown;
        sizeOf(p) = grown;
        return p;
    }
    void *moved = a.allocate(size);
    if (moved)
        std::memcpy(moved, p, old);
    return moved;
}

void CmarkArena::free(void *) {}

} // namespace SprintDeck
