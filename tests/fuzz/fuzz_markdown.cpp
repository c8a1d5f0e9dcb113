// libFuzzer entry point for the markdown importer: any bytes must give a plan
// or a one-line error, never a crash, a hang or unbounded memory.
#include "core/io/markdownimporter.h"
#include "core/io/textinput.h"

#include <cstddef>
#include <cstdint>

using namespace Qt::StringLiterals;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArrayView bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    auto text = SprintDeck::TextInput::decode(bytes, u"fuzz.md"_s);
    if (!text)
        return 0;
    const SprintDeck::ImportPlan plan =
        SprintDeck::MarkdownImporter::parse(text.value(), u"fuzz.md"_s, QDate(2025, 1, 15));
    for (const SprintDeck::ImportCard &c : plan.cards) {
        if (c.title.isNull() && c.key.isNull())
            __builtin_trap(); // every card has a title or a key
    }
    return 0;
}
