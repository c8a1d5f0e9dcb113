#include "core/io/markdownsplit.h"

#include <thread>
#include <utility>

namespace SprintDeck {

namespace {

// Below this size one thread parses the whole document.
constexpr qsizetype kSplitBytes = 128 * 1024;

} // namespace

qsizetype MarkdownSplit::splitPoint(QByteArrayView utf8)
{
    if (utf8.size() < kSplitBytes)
        return -1;
    const qsizetype middle = utf8.size() / 2;
    qsizetype best = -1;
    char fence = 0;
    qsizetype fenceLength = 0;
    bool previousBlank = true;
    for (qsizetype at = 0; at < utf8.size();) {
        qsizetype end = utf8.indexOf('\n', at);
        if (end < 0)
            end = utf8.size();
        const QByteArrayView line = utf8.sliced(at, end - at);
        qsizetype indent = 0;
        while (indent < line.size() && line[indent] == ' ')
            ++indent;
        const QByteArrayView rest = line.sliced(indent);
        const bool blank = rest.trimmed().isEmpty();
        if (indent <= 3 && !rest.isEmpty()) {
            const char c = rest[0];
            if (c == '`' || c == '~') {
                qsizetype run = 0;
                while (run < rest.size() && rest[run] == c)
                    ++run;
                if (run >= 3) {
                    if (!fence) {
                        fence = c;
                        fenceLength = run;
                    } else if (c == fence && run >= fenceLength &&
                               rest.sliced(run).trimmed().isEmpty()) {
                        fence = 0;
                    }
                }
            } else if (!fence && (c == '<' || (c == '[' && rest.contains("]:")))) {
                return -1;
            } else if (!fence && indent == 0 && c == '#' && previousBlank && at > 0) {
                qsizetype hashes = 0;
                while (hashes < rest.size() && rest[hashes] == '#')
                    ++hashes;
                if (hashes <= 2 && (hashes == rest.size() || rest[hashes] == ' ') &&
                    (best < 0 || qAbs(at - middle) < qAbs(best - middle)))
                    best = at;
            }
        }
        previousBlank = blank && !fence;
        at = end + 1;
    }
    return best;
}

void MarkdownSplit::inTwo(MarkdownOutline &into,
                          const std::function<void(MarkdownOutline &)> &first,
                          const std::function<void(MarkdownOutline &)> &second)
{
    MarkdownOutline rest;
    std::thread worker([&] { second(rest); });
    first(into);
    worker.join();
    append(into, std::move(rest));
}

void MarkdownSplit::append(MarkdownOutline &into, MarkdownOutline &&part)
{
    const int sectionBase = int(into.sections.size()) - 1;
    const int mentionBase = int(into.mentions.size());
    const int taskBase = int(into.tasks.size());
    const int lastSection = sectionBase; // where `into`'s walk stopped
    const auto section = [&](int s) { return s == 0 ? lastSection : s + sectionBase; };
    if (into.title.isEmpty() && !part.title.isEmpty()) {
        into.title = part.title;
        into.titleLine = part.titleLine;
    }
    into.sections.reserve(into.sections.size() + part.sections.size() - 1);
    for (qsizetype i = 1; i < part.sections.size(); ++i) {
        MarkdownOutline::Section s = std::move(part.sections[i]);
        if (s.parent == 0) {
            int parent = lastSection;
            while (parent > 0 && into.sections.at(parent).level >= s.level)
                parent = into.sections.at(parent).parent;
            s.parent = parent;
        } else {
            s.parent += sectionBase;
        }
        if (s.story >= 0)
            s.story += mentionBase;
        into.sections.append(std::move(s));
    }
    // Everything else names its section; tasks also name an item and a story.
    const auto move = [&section](auto &from, auto &to, auto &&also) {
        to.reserve(to.size() + from.size());
        for (auto &item : from) {
            item.section = section(item.section);
            also(item);
            to.append(std::move(item));
        }
    };
    const auto nothing = [](auto &) {};
    move(part.mentions, into.mentions, nothing);
    move(part.tasks, into.tasks, [&](MarkdownOutline::TaskItem &t) {
        if (t.parentItem >= 0)
            t.parentItem += taskBase;
        if (t.mention >= 0)
            t.mention += mentionBase;
    });
    move(part.fields, into.fields, nothing);
    move(part.counts, into.counts, nothing);
    move(part.tables, into.tables, nothing);
    move(part.tableTotals, into.tableTotals, nothing);
    move(part.blocks, into.blocks, nothing);
}

} // namespace SprintDeck
