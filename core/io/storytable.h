#pragma once

#include "core/io/textscan.h"

#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

#include <optional>

namespace SprintDeck {

/**
 * A markdown table of stories: its header names what each column holds (a key, a title, points,
 * a status, an owner, dates, a priority), in any order, in English or in Portuguese, Spanish,
 * German or French. Tables that only count things ("Priority | Story Points | Completed") or
 * list people are not story tables.
 */
class StoryTable
{
public:
    enum class Role
    {
        None,
        Key,
        Title,
        Points,
        Status,
        Owner,
        Started,
        Completed,
        Priority,
        Sprint, ///< the sprint a row belongs to, in a table that spans several
        Hours   ///< hours estimated or spent: a detail of the row, not its points
    };

    /** A row read into a story and the card fields it gives ("assignee", "completed"…). */
    struct Row
    {
        TextScan::Story story;
        bool ownStatus = false; ///< a status cell gave the story's status
        bool deferred = false;  ///< the status moves it out of the sprint ("Deferred to Sprint 5")
        QList<QPair<QString, QString>> fields;
    };

    /** The table's columns when `rows` (the header first, as plain cell texts) hold stories. */
    static std::optional<StoryTable> read(const QList<QStringList> &rows);
    /** What a header cell names ("Story Points", "Pontuação", "Verantwortlicher"…). */
    static Role roleOf(QStringView header);
    /** Whether a "Name: value" field under a story sets one of the story's card fields. */
    static bool isCardField(QStringView name);
    /** Whether it is one of the story's dates (started, completed). */
    static bool isDateField(QStringView name);
    /**
     * Reads a field of a story's own ("Story Points: 5", "Status: ✅ Done", "Responsável: Ana")
     * into `row` as a cell of that column would be; false when the name is no such field.
     */
    static bool readField(QStringView name, const QString &value, Row &row);

    /** The points a total row states ("| **Total** | | **22** |"); nothing for another row. */
    std::optional<double> total(const QStringList &cells) const;

    /** The story a row holds; nothing for a row without one or a total row. */
    std::optional<Row> row(const QStringList &cells) const;

private:
    QList<Role> m_roles;
};

} // namespace SprintDeck
