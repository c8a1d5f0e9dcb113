#include "storage/migrations.h"

using namespace Qt::StringLiterals;

namespace SprintDeck {

const QList<QStringList> &schemaMigrations()
{
    static const QList<QStringList> migrations = {
        // 1: the board: columns, members, sprints, cards, event log.
        {
            uR"(CREATE TABLE meta(key TEXT PRIMARY KEY, value TEXT NOT NULL))"_s,
            uR"(CREATE TABLE columns(
                   id INTEGER PRIMARY KEY,
                   name TEXT NOT NULL,
                   is_done INTEGER NOT NULL DEFAULT 0,
                   wip_limit INTEGER NOT NULL DEFAULT 0,
                   position INTEGER NOT NULL,
                   removed INTEGER NOT NULL DEFAULT 0))"_s,
            uR"(CREATE TABLE members(
                   id INTEGER PRIMARY KEY,
                   name TEXT NOT NULL UNIQUE,
                   active INTEGER NOT NULL DEFAULT 1))"_s,
            uR"(CREATE TABLE sprints(
                   id INTEGER PRIMARY KEY,
                   name TEXT NOT NULL UNIQUE,
                   goal TEXT NOT NULL DEFAULT '',
                   start_date TEXT NOT NULL,
                   end_date TEXT NOT NULL,
                   state INTEGER NOT NULL DEFAULT 0,
                   started_at INTEGER,
                   closed_at INTEGER))"_s,
            uR"(CREATE TABLE cards(
                   id INTEGER PRIMARY KEY,
                   key TEXT NOT NULL UNIQUE,
                   title TEXT NOT NULL,
                   description TEXT NOT NULL DEFAULT '',
                   points REAL,
                   priority INTEGER NOT NULL DEFAULT 3,
                   type INTEGER NOT NULL DEFAULT 0,
                   assignee_id INTEGER REFERENCES members(id),
                   labels TEXT NOT NULL DEFAULT '',
                   blocked INTEGER NOT NULL DEFAULT 0,
                   blocked_reason TEXT NOT NULL DEFAULT '',
                   checklist TEXT NOT NULL DEFAULT '',
                   column_id INTEGER NOT NULL REFERENCES columns(id),
                   rank REAL NOT NULL,
                   sprint_id INTEGER REFERENCES sprints(id),
                   created_at INTEGER NOT NULL,
                   updated_at INTEGER NOT NULL,
                   deleted INTEGER NOT NULL DEFAULT 0))"_s,
            uR"(CREATE TABLE events(
                   id INTEGER PRIMARY KEY,
                   card_id INTEGER NOT NULL REFERENCES cards(id),
                   at INTEGER NOT NULL,
                   kind TEXT NOT NULL,
                   old_value TEXT NOT NULL DEFAULT '',
                   new_value TEXT NOT NULL DEFAULT ''))"_s,
            uR"(CREATE INDEX events_by_card ON events(card_id, at))"_s,
            uR"(CREATE INDEX cards_by_sprint ON cards(sprint_id, column_id))"_s,
        },
        // 2: sprint calendars and capacity, frozen sprint reports.
        {
            uR"(ALTER TABLE sprints ADD COLUMN capacity REAL NOT NULL DEFAULT 0)"_s,
            uR"(CREATE TABLE sprint_days(
                   sprint_id INTEGER NOT NULL REFERENCES sprints(id) ON DELETE CASCADE,
                   day TEXT NOT NULL,
                   working INTEGER NOT NULL,
                   PRIMARY KEY(sprint_id, day)))"_s,
            uR"(CREATE TABLE sprint_reports(
                   sprint_id INTEGER PRIMARY KEY REFERENCES sprints(id) ON DELETE CASCADE,
                   frozen_at INTEGER NOT NULL,
                   report TEXT NOT NULL))"_s,
            uR"(CREATE INDEX events_by_time ON events(at))"_s,
        },
        // 3: sprint lifecycle (committed scope, carry-over).
        {},
        // 4: standups.
        {},
        // 5: imports (sources of imported cards).
        {},
        // 6: sprint review notes and slide settings.
        {},
        // 7: remote trackers, outbox, conflicts.
        {},
    };
    return migrations;
}

} // namespace SprintDeck
