#include "core/storage/migrations.h"

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
        // 3: sprint lifecycle: finding the cards that were ever in a sprint (its charts read
        //    their events) without scanning the whole log; only sprint events are indexed.
        {
            uR"(CREATE INDEX events_sprint_to ON events(new_value, card_id) WHERE kind = 'sprint')"_s,
            uR"(CREATE INDEX events_sprint_from ON events(old_value, card_id) WHERE kind = 'sprint')"_s,
        },
        // 4: standups: one row per day (local date), one entry per member, text as markdown.
        {
            uR"(CREATE TABLE standups(
                   day TEXT PRIMARY KEY,
                   note TEXT NOT NULL DEFAULT '',
                   created_at INTEGER NOT NULL,
                   updated_at INTEGER NOT NULL))"_s,
            uR"(CREATE TABLE standup_entries(
                   day TEXT NOT NULL REFERENCES standups(day) ON DELETE CASCADE,
                   member_id INTEGER NOT NULL REFERENCES members(id),
                   yesterday TEXT NOT NULL DEFAULT '',
                   today TEXT NOT NULL DEFAULT '',
                   blockers TEXT NOT NULL DEFAULT '',
                   created_at INTEGER NOT NULL,
                   updated_at INTEGER NOT NULL,
                   PRIMARY KEY(day, member_id)))"_s,
        },
        // 5: imports (sources of imported cards).
        {},
        // 6: sprint review notes and slide settings.
        {
            uR"(CREATE TABLE sprint_reviews(
                   sprint_id INTEGER PRIMARY KEY REFERENCES sprints(id) ON DELETE CASCADE,
                   went_well TEXT NOT NULL DEFAULT '',
                   challenges TEXT NOT NULL DEFAULT '',
                   learnings TEXT NOT NULL DEFAULT '',
                   improvements TEXT NOT NULL DEFAULT '',
                   next_sprint TEXT NOT NULL DEFAULT '',
                   updated_at INTEGER NOT NULL))"_s,
        },
        // 7: remote trackers: remotes (never their keys: those live in the OS keychain),
        //    card <-> issue and sprint <-> version links, the durable outbox of local edits,
        //    conflicts waiting for the user, and each remote's pull position.
        {
            uR"(CREATE TABLE remotes(
                   id INTEGER PRIMARY KEY,
                   name TEXT NOT NULL UNIQUE,
                   type TEXT NOT NULL DEFAULT 'redmine',
                   url TEXT NOT NULL,
                   project TEXT NOT NULL,
                   allow_insecure_http INTEGER NOT NULL DEFAULT 0,
                   secret_id TEXT NOT NULL,
                   key_prefix TEXT NOT NULL,
                   points_field TEXT NOT NULL DEFAULT 'story-points',
                   settings TEXT NOT NULL DEFAULT '{}',
                   created_at INTEGER NOT NULL))"_s,
            uR"(CREATE TABLE remote_links(
                   card_id INTEGER PRIMARY KEY REFERENCES cards(id),
                   remote_id INTEGER NOT NULL REFERENCES remotes(id) ON DELETE CASCADE,
                   issue_id INTEGER NOT NULL,
                   updated_on TEXT NOT NULL DEFAULT '',
                   last_journal_id INTEGER NOT NULL DEFAULT 0,
                   base TEXT NOT NULL DEFAULT '{}',
                   UNIQUE(remote_id, issue_id)))"_s,
            uR"(CREATE TABLE remote_sprints(
                   sprint_id INTEGER PRIMARY KEY REFERENCES sprints(id) ON DELETE CASCADE,
                   remote_id INTEGER NOT NULL REFERENCES remotes(id) ON DELETE CASCADE,
                   version_id INTEGER NOT NULL,
                   base TEXT NOT NULL DEFAULT '{}',
                   UNIQUE(remote_id, version_id)))"_s,
            uR"(CREATE TABLE sync_outbox(
                   id INTEGER PRIMARY KEY,
                   remote_id INTEGER NOT NULL REFERENCES remotes(id) ON DELETE CASCADE,
                   card_id INTEGER REFERENCES cards(id),
                   sprint_id INTEGER REFERENCES sprints(id) ON DELETE CASCADE,
                   op TEXT NOT NULL,
                   fields TEXT NOT NULL DEFAULT '',
                   payload TEXT NOT NULL DEFAULT '',
                   state INTEGER NOT NULL DEFAULT 0,
                   attempts INTEGER NOT NULL DEFAULT 0,
                   sent_at INTEGER NOT NULL DEFAULT 0,
                   error TEXT NOT NULL DEFAULT '',
                   created_at INTEGER NOT NULL))"_s,
            uR"(CREATE INDEX sync_outbox_by_card ON sync_outbox(card_id))"_s,
            uR"(CREATE TABLE sync_conflicts(
                   card_id INTEGER PRIMARY KEY REFERENCES cards(id),
                   remote_id INTEGER NOT NULL REFERENCES remotes(id) ON DELETE CASCADE,
                   fields TEXT NOT NULL,
                   local TEXT NOT NULL,
                   remote TEXT NOT NULL,
                   issue TEXT NOT NULL,
                   detected_at INTEGER NOT NULL))"_s,
            uR"(CREATE TABLE sync_state(
                   remote_id INTEGER PRIMARY KEY REFERENCES remotes(id) ON DELETE CASCADE,
                   pulled_until TEXT NOT NULL DEFAULT '',
                   reconciled_at INTEGER NOT NULL DEFAULT 0,
                   synced_at INTEGER NOT NULL DEFAULT 0,
                   result TEXT NOT NULL DEFAULT ''))"_s,
        },
        // 8: a board shared on a team server: the server and the member this replica edits as,
        //    the global id and server version of every shared row, the durable queue of local
        //    edits not yet on the server, and edits the server refused as conflicts.
        {
            uR"(CREATE TABLE team_link(
                   id INTEGER PRIMARY KEY CHECK(id = 1),
                   url TEXT NOT NULL,
                   board_uid TEXT NOT NULL,
                   member TEXT NOT NULL,
                   client_uid TEXT NOT NULL,
                   read_only INTEGER NOT NULL DEFAULT 0,
                   last_seq INTEGER NOT NULL DEFAULT 0,
                   synced_at INTEGER NOT NULL DEFAULT 0,
                   result TEXT NOT NULL DEFAULT ''))"_s,
            uR"(CREATE TABLE team_ids(
                   kind TEXT NOT NULL,
                   local_id INTEGER NOT NULL,
                   uid TEXT NOT NULL UNIQUE,
                   version INTEGER NOT NULL DEFAULT 0,
                   PRIMARY KEY(kind, local_id)))"_s,
            uR"(CREATE TABLE team_outbox(
                   id INTEGER PRIMARY KEY,
                   event_uid TEXT NOT NULL UNIQUE,
                   kind TEXT NOT NULL,
                   uid TEXT NOT NULL,
                   op TEXT NOT NULL,
                   base_version INTEGER NOT NULL,
                   old TEXT NOT NULL,
                   new TEXT NOT NULL,
                   made_at INTEGER NOT NULL))"_s,
            uR"(CREATE TABLE team_conflicts(
                   id INTEGER PRIMARY KEY,
                   kind TEXT NOT NULL,
                   uid TEXT NOT NULL,
                   field TEXT NOT NULL,
                   mine TEXT NOT NULL,
                   theirs TEXT NOT NULL,
                   by_member TEXT NOT NULL,
                   detected_at INTEGER NOT NULL,
                   UNIQUE(uid, field)))"_s,
        },
        // 9: who made each event: a member of a shared board (0: the board's own user).
        {
            uR"(ALTER TABLE events ADD COLUMN author_id INTEGER NOT NULL DEFAULT 0)"_s,
        },
    };
    return migrations;
}

} // namespace SprintDeck
