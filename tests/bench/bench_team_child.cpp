// One member's SprintDeck in the team benchmark (bench_team): a replica kept live by TeamClient
// as in the window, optionally editing. Writes what it saw to a log for bench_team to read:
//   lat AT MS         a move another member made at AT (epoch ms), seen here MS after
//   seq AT SEQ WAIT   at AT (epoch ms) the replica held the log up to SEQ, WAIT edits queued
//   edits N           how many edits this member made
//   card KEY TITLE COLUMN   the board at the end
// Usage: bench_team_child DB EDITS_PER_S EDIT_FROM EDIT_UNTIL END_AT LOG (times: epoch ms)
#include "core/board/board.h"
#include "core/storage/teamstore.h"
#include "core/team/teamclient.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QRandomGenerator>
#include <QSet>
#include <QTextStream>
#include <QTimer>

using namespace Qt::StringLiterals;
using namespace SprintDeck;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() != 7) {
        fprintf(stderr, "usage: bench_team_child DB EDITS_PER_S EDIT_FROM EDIT_UNTIL END_AT LOG\n");
        return 2;
    }
    auto opened = Board::open(args.at(1));
    if (!opened) {
        fprintf(stderr, "%s\n", qPrintable(opened.error()));
        return 1;
    }
    Board &board = **opened;
    const double rate = args.at(2).toDouble();
    const qint64 editFrom = args.at(3).toLongLong();
    const qint64 editUntil = args.at(4).toLongLong();
    const qint64 endAt = args.at(5).toLongLong();
    QFile logFile(args.at(6));
    if (!logFile.open(QIODevice::WriteOnly))
        return 1;
    QTextStream log(&logFile);
    auto now = [] { return QDateTime::currentMSecsSinceEpoch(); };

    TeamClient client(board);
    QSet<QString> mine;
    int edits = 0;
    auto noteSeq = [&] {
        const auto link = TeamStore(board.database()).link();
        if (link && link->has_value())
            log << "seq " << now() << ' ' << link->value().lastSeq << ' ' << client.waiting()
                << '\n';
    };
    QObject::connect(&client, &TeamClient::stateChanged, &app, noteSeq);
    QObject::connect(&board, &Board::cardsChanged, &app, [&](const QList<Card> &before) {
        const qint64 at = now();
        for (const Card &b : before) {
            const Card *c = board.card(b.id);
            if (!c || c->title == b.title || mine.contains(c->title) || !c->title.startsWith(u"m "))
                continue;
            const qint64 made = c->title.section(u' ', 1, 1).toLongLong();
            log << "lat " << made << ' ' << at - made << '\n';
        }
    });

    QList<qint64> cards;
    for (const Card &c : board.cards())
        cards.append(c.id);
    QTimer editor;
    if (rate > 0) {
        editor.setInterval(int(1000 / rate));
        QObject::connect(&editor, &QTimer::timeout, &app, [&] {
            if (now() < editFrom)
                return;
            if (now() >= editUntil) {
                editor.stop();
                return;
            }
            auto *random = QRandomGenerator::global();
            Card c = *board.card(cards.at(random->bounded(int(cards.size()))));
            const QList<Column> &columns = board.columns();
            qint64 column = c.columnId;
            while (column == c.columnId)
                column = columns.at(random->bounded(int(columns.size()))).id;
            // A move, and the moment it was made, in one edit.
            c.columnId = column;
            c.title = u"m %1 %2"_s.arg(now()).arg(edits);
            mine.insert(c.title);
            if (board.updateCard(c))
                ++edits;
        });
        editor.start();
    }
    QTimer::singleShot(int(qMax<qint64>(0, endAt - now())), &app, [&] {
        noteSeq();
        log << "edits " << edits << '\n';
        QList<const Card *> all;
        for (const Card &c : board.cards())
            all.append(&c);
        for (const Card *c : all)
            log << "card " << c->key << ' ' << c->title << " | " << board.column(c->columnId)->name
                << '\n';
        app.quit();
    });
    client.start(QString());
    return app.exec();
}
