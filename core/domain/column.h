#pragma once

#include <QString>

namespace SprintDeck {

/** A workflow column of the board. */
struct Column
{
    qint64 id = 0;
    QString name;
    bool done = false; ///< cards here count as completed
    int wipLimit = 0;  ///< 0: no limit
    int position = 0;

    bool operator==(const Column &) const = default;
};

} // namespace SprintDeck
