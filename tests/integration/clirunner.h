#pragma once

#include "tests/testpaths.h"

#include <QProcess>
#include <QString>
#include <QStringList>

/** Runs the built sprintdeck binary and collects what it printed. */
struct CliRun
{
    int exitCode = -1;
    QString out;
    QString err;
};

inline CliRun runSprintDeck(const QStringList &args, const QStringList &prefix = {},
                            int timeoutMs = 60000)
{
    QProcess p;
    QStringList full = prefix;
    QString program = TestPaths::binary();
    if (!prefix.isEmpty()) {
        program = full.takeFirst();
        full.append(TestPaths::binary());
    }
    full.append(args);
    p.start(program, full);
    CliRun r;
    if (!p.waitForFinished(timeoutMs)) {
        p.kill();
        p.waitForFinished();
        r.err = QStringLiteral("timed out");
        return r;
    }
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -2;
    r.out = QString::fromUtf8(p.readAllStandardOutput());
    r.err = QString::fromUtf8(p.readAllStandardError());
    return r;
}
