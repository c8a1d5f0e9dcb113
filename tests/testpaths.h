#pragma once

#include <QString>

/**
 * Where the tests find the sources, their data and the programs they start.
 *
 * The paths are compiled into one generated file (testpaths.cpp.in) rather than passed as
 * compile definitions: a path in the flags would make every test object differ between two
 * checkouts, and ccache could not reuse the objects of one checkout for another.
 */
namespace TestPaths {

/// The checkout the tests were built from.
QString sourceDir();
/// tests/data in that checkout.
QString testData();
/// The sprintdeck executable under test.
QString binary();
/// The helper tst_crashsafety kills in the middle of its edits.
QString crashChild();
/// The helper tst_standupautosave kills while it types.
QString standupChild();
/// The list of sources lupdate reads (written by translations/CMakeLists.txt).
QString lupdateSources();

} // namespace TestPaths
