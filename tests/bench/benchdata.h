#pragma once

#include "tests/bench/generator.h"

#include <QDir>
#include <QFileInfo>
#include <QString>

#include <cstdio>
#include <cstdlib>

/**
 * The generated database a benchmark runs on, made once and kept in
 * $SPRINTDECK_BENCH_DIR (default: the temp folder) so repeated runs skip it.
 */
inline QString benchDatabase(const SprintDeck::GeneratorOptions &o, const char *tag)
{
    QString dir = qEnvironmentVariable("SPRINTDECK_BENCH_DIR");
    if (dir.isEmpty())
        dir = QDir::tempPath() + QStringLiteral("/sprintdeck-bench");
    QDir().mkpath(dir);
    const QString path = QStringLiteral("%1/%2-c%3-s%4-e%5-b%6-seed%7.sprintdeck")
                             .arg(dir, QString::fromLatin1(tag))
                             .arg(o.cards)
                             .arg(o.sprints)
                             .arg(o.events)
                             .arg(o.bigColumn)
                             .arg(o.seed);
    if (!QFileInfo::exists(path)) {
        const SprintDeck::Status s = SprintDeck::generateBoard(path + QStringLiteral(".part"), o);
        if (!s || !QFile::rename(path + QStringLiteral(".part"), path)) {
            std::fprintf(stderr, "cannot generate %s: %s\n", qPrintable(path),
                         qPrintable(s.error()));
            QFile::remove(path + QStringLiteral(".part"));
            std::exit(1);
        }
    }
    return path;
}
