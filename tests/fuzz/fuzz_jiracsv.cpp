// libFuzzer entry point for the Jira CSV importer (and the RFC 4180 reader under it).
#include "core/io/jiracsvimporter.h"

#include <cstddef>
#include <cstdint>

using namespace Qt::StringLiterals;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArrayView bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    auto plan = SprintDeck::JiraCsvImporter::importBytes(bytes, u"fuzz.csv"_s, QDate(2025, 7, 18));
    if (plan) {
        for (const SprintDeck::ImportCard &c : plan->cards) {
            if (c.title.isEmpty())
                __builtin_trap(); // issues without a summary are skipped, never imported
        }
    } else if (plan.error().isEmpty()) {
        __builtin_trap(); // a failure always says why
    }
    return 0;
}
