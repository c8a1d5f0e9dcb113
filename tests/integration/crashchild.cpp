// Makes rapid edits through the Board and acknowledges each committed one on stdout.
#include "tests/integration/crashedits.h"

#include "core/board/board.h"
#include "core/standup/standupbook.h"

#include <QCoreApplication>

#include <cstdio>
#include <unistd.h>

using namespace SprintDeck;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    if (argc != 4) {
        std::fprintf(stderr, "usage: crashchild DB SEED EDITS\n");
        return 2;
    }
    const QString path = QString::fromLocal8Bit(argv[1]);
    const quint32 seed = quint32(QByteArray(argv[2]).toUInt());
    const int edits = QByteArray(argv[3]).toInt();
    auto opened = Board::open(path);
    if (!opened) {
        std::fprintf(stderr, "crashchild: %s\n", qPrintable(opened.error()));
        return 1;
    }
    Board &board = *opened.value();
    const qint64 sprint = board.currentSprintId();
    QList<qint64> ids;
    for (const Card &c : board.cards())
        ids.append(c.id);
    std::sort(ids.begin(), ids.end());
    const QList<Column> columns = board.columns();
    QList<qint64> members;
    for (const Member &m : board.members())
        members.append(m.id);
    std::sort(members.begin(), members.end());
    if (members.size() != kCrashMembers) {
        std::fprintf(stderr, "crashchild: the board needs %d members\n", kCrashMembers);
        return 1;
    }
    StandupBook &standups = *StandupBook::of(board);
    const QDate day(kCrashStandupYear, kCrashStandupMonth, kCrashStandupDay);
    ::write(STDOUT_FILENO, "READY\n", 6);
    for (int i = 0; i < edits; ++i) {
        const CrashEdit e = crashEdit(seed, i, int(ids.size()), int(columns.size()));
        const qint64 id = ids.at(e.card);
        Status s;
        if (e.kind == CrashEdit::Standup) {
            // Typing: the entry as the editor holds it, with one more character, autosaved.
            auto standup = standups.standup(day);
            if (!standup) {
                std::fprintf(stderr, "crashchild: edit %d: %s\n", i, qPrintable(standup.error()));
                return 1;
            }
            StandupEntry entry = standup->entryOrEmpty(members.at(e.card));
            entry.setText(kStandupFields[e.field], crashStandupText(seed, e.value));
            s = standups.saveEntry(day, entry);
        } else if (e.kind == CrashEdit::Move) {
            if (board.card(id)->columnId != columns.at(e.value).id)
                s = board.moveCards({id}, sprint, columns.at(e.value).id);
        } else {
            Card c = *board.card(id);
            if (e.kind == CrashEdit::Title)
                c.title = crashTitle(seed, e.value);
            else if (e.kind == CrashEdit::Points)
                c.points = e.value;
            else
                c.blocked = e.value != 0;
            s = board.updateCard(c);
        }
        if (!s) {
            std::fprintf(stderr, "crashchild: edit %d: %s\n", i, qPrintable(s.error()));
            return 1;
        }
        // Written only after the commit returned: an acknowledged edit is durable.
        char line[32];
        const int n = std::snprintf(line, sizeof line, "ACK %d\n", i);
        ::write(STDOUT_FILENO, line, size_t(n));
    }
    ::write(STDOUT_FILENO, "DONE\n", 5);
    return 0;
}
