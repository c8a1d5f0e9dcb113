#include "tests/integration/crashedits.h"
#include "tests/testpaths.h"

#include "core/board/board.h"
#include "core/standup/standupbook.h"
#include "core/storage/database.h"

#include <QProcess>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <array>

using namespace SprintDeck;
using namespace Qt::StringLiterals;

namespace {

struct CardState
{
    int column = 0;
    QString title;
    std::optional<double> points;
    bool blocked = false;
    bool operator==(const CardState &) const = default;
};
/** The three standup texts of one member. */
using EntryState = std::array<QString, 3>;

struct BoardState
{
    QList<CardState> cards;
    QList<EntryState> standup; ///< by member, in id order
    bool operator==(const BoardState &) const = default;
};

QString describe(const BoardState &s)
{
    QStringList parts;
    for (int i = 0; i < s.cards.size(); ++i)
        parts.append(u"%1:%2/%3/%4/%5"_s.arg(i)
                         .arg(s.cards[i].column)
                         .arg(s.cards[i].title)
                         .arg(formatPoints(s.cards[i].points))
                         .arg(s.cards[i].blocked));
    for (int m = 0; m < s.standup.size(); ++m)
        parts.append(u"member %1: [%2] [%3] [%4]"_s.arg(m).arg(s.standup[m][0], s.standup[m][1],
                                                               s.standup[m][2]));
    return parts.join(u' ');
}

const QDate kDay(kCrashStandupYear, kCrashStandupMonth, kCrashStandupDay);

void apply(BoardState &state, quint32 seed, int i, int columns)
{
    const CrashEdit e = crashEdit(seed, i, int(state.cards.size()), columns);
    if (e.kind == CrashEdit::Standup) {
        state.standup[e.card][e.field] = StandupBook::normalized(crashStandupText(seed, e.value));
        return;
    }
    CardState &c = state.cards[e.card];
    switch (e.kind) {
    case CrashEdit::Move:
        c.column = e.value;
        break;
    case CrashEdit::Title:
        c.title = crashTitle(seed, e.value);
        break;
    case CrashEdit::Points:
        c.points = e.value;
        break;
    case CrashEdit::Blocked:
        c.blocked = e.value != 0;
        break;
    case CrashEdit::Standup:
        break;
    }
}

int standupEdits(quint32 seed, int count, int cards, int columns)
{
    int n = 0;
    for (int i = 0; i < count; ++i)
        n += crashEdit(seed, i, cards, columns).kind == CrashEdit::Standup;
    return n;
}

} // namespace

/**
 * Kills a process that edits the board as fast as it can, 20 times at random
 * moments; after each kill the database must pass an integrity check and hold
 * every edit the process had acknowledged: card moves, field edits and the standup
 * text typed (and autosaved) keystroke by keystroke.
 */
class TestCrashSafety : public QObject
{
    Q_OBJECT
private:
    Result<BoardState> readState(Board &board, QList<qint64> *ids = nullptr)
    {
        QList<qint64> sorted;
        for (const Card &c : board.cards())
            sorted.append(c.id);
        std::sort(sorted.begin(), sorted.end());
        BoardState state;
        for (qint64 id : sorted) {
            const Card *c = board.card(id);
            int column = -1;
            for (int i = 0; i < board.columns().size(); ++i)
                if (board.columns().at(i).id == c->columnId)
                    column = i;
            state.cards.append({column, c->title, c->points, c->blocked});
        }
        if (ids)
            *ids = sorted;
        QList<qint64> members;
        for (const Member &m : board.members())
            members.append(m.id);
        std::sort(members.begin(), members.end());
        auto standup = StandupBook::of(board)->standup(kDay);
        if (!standup)
            return Result<BoardState>::failure(standup.error());
        for (qint64 id : members) {
            const StandupEntry e = standup->entryOrEmpty(id);
            state.standup.append({e.yesterday, e.today, e.blockers});
        }
        return state;
    }

private slots:
    void killedWhileEditing()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"crash.sprintdeck"_s);
        BoardState state;
        int columns = 0;
        {
            auto board = std::move(Board::open(path).value());
            Sprint s;
            s.name = u"Crash sprint"_s;
            s.start = QDate(2025, 3, 3);
            s.end = QDate(2025, 3, 14);
            const qint64 sprint = *board->createSprint(s);
            for (int m = 0; m < kCrashMembers; ++m)
                QVERIFY(board->addMember(u"Member %1"_s.arg(m)));
            for (int i = 0; i < 40; ++i) {
                Card c;
                c.title = u"Card %1"_s.arg(i);
                c.sprintId = sprint;
                c.points = 1;
                QVERIFY(board->addCard(c));
            }
            columns = int(board->columns().size());
            state = readState(*board).value();
        }

        QRandomGenerator moments(20251121);
        int acknowledged = 0, typed = 0, inFlightCommitted = 0, kills = 0;
        for (int round = 0; round < 20; ++round) {
            const quint32 seed = 1000 + quint32(round);
            QProcess child;
            child.setProgram(TestPaths::crashChild());
            child.setArguments({path, QString::number(seed), u"10000"_s});
            child.start();
            QVERIFY(child.waitForStarted(10000));
            QByteArray out;
            while (!out.contains("READY\n")) {
                QVERIFY2(child.waitForReadyRead(10000), child.readAllStandardError().constData());
                out += child.readAllStandardOutput();
            }
            // Let it edit for a random while, then pull the plug.
            QTest::qWait(20 + int(moments.bounded(700)));
            child.kill(); // SIGKILL
            QVERIFY(child.waitForFinished(10000));
            out += child.readAllStandardOutput();
            const QByteArray err = child.readAllStandardError();
            QVERIFY2(err.isEmpty(), err.constData());
            if (child.exitStatus() == QProcess::CrashExit)
                ++kills;

            int last = -1;
            for (const QByteArray &line : out.split('\n'))
                if (line.startsWith("ACK "))
                    last = line.mid(4).toInt();
            BoardState expected = state;
            for (int i = 0; i <= last; ++i)
                apply(expected, seed, i, columns);
            BoardState withNext = expected;
            apply(withNext, seed, last + 1, columns);

            // Nothing the killed process left behind keeps the next start out.
            auto reopened = Board::open(path);
            QVERIFY2(reopened, qPrintable(reopened.error()));
            QSqlQuery q(reopened.value()->database().connection());
            QVERIFY(q.exec(u"PRAGMA integrity_check"_s) && q.next());
            QCOMPARE(q.value(0).toString(), u"ok"_s);
            const auto read = readState(*reopened.value());
            QVERIFY2(read, qPrintable(read.error()));
            const BoardState &onDisk = read.value();
            if (onDisk == expected) {
                state = expected;
            } else if (onDisk == withNext) {
                state = withNext; // the edit after the last acknowledgement was committed too
                ++inFlightCommitted;
            } else {
                QFAIL(qPrintable(
                    u"round %1: acknowledged %2 edits but the database differs\n disk: %3\n want: %4"_s
                        .arg(round)
                        .arg(last + 1)
                        .arg(describe(onDisk), describe(expected))));
            }
            acknowledged += last + 1;
            typed += standupEdits(seed, last + 1, int(state.cards.size()), columns);
        }
        QCOMPARE(kills, 20);
        QVERIFY2(acknowledged > 200, "the child made too few edits for the test to mean anything");
        QVERIFY2(typed > 50, "the child typed too little into the standup");
        QVERIFY(std::any_of(state.standup.cbegin(), state.standup.cend(),
                            [](const EntryState &e) { return !e[0].isEmpty(); }));
        qInfo("crash safety: %d kills survived, %d acknowledged edits all present (%d of them "
              "standup typing), %d in-flight edits committed",
              kills, acknowledged, typed, inFlightCommitted);
    }
};

QTEST_GUILESS_MAIN(TestCrashSafety)
#include "tst_crashsafety.moc"
