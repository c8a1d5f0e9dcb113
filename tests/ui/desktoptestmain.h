#pragma once

#include "ui/shell/englishplurals.h"

#include <QApplication>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

// A main for GUI tests that write settings: QSettings and the data folder live in a
// temporary home, so the user's preferences and recent files are never touched. Plurals
// read as in the application ("1 card", "7 cards").
#define SPRINTDECK_SETTINGS_TEST_MAIN(TestClass)                                                   \
    int main(int argc, char *argv[])                                                               \
    {                                                                                              \
        QTemporaryDir home;                                                                        \
        qputenv("XDG_CONFIG_HOME", QFile::encodeName(home.filePath(QStringLiteral("config"))));    \
        qputenv("XDG_DATA_HOME", QFile::encodeName(home.filePath(QStringLiteral("data"))));        \
        QApplication app(argc, argv);                                                              \
        QStandardPaths::setTestModeEnabled(true);                                                  \
        QApplication::setOrganizationName(QStringLiteral("SprintDeckTests"));                      \
        QApplication::setApplicationName(QStringLiteral(#TestClass));                              \
        SprintDeck::EnglishPlurals plurals;                                                        \
        QCoreApplication::installTranslator(&plurals);                                             \
        TestClass test;                                                                            \
        return QTest::qExec(&test, argc, argv);                                                    \
    }
