#!/bin/sh
# redmine-server.sh - a throwaway Redmine 5 (Debian 12 packages) on loopback for the sync tests.
#
#   redmine-server.sh install                 install the packages and build the template DB
#   eval "$(redmine-server.sh start [PORT])"  fresh instance on a free loopback port; prints
#                                             REDMINE_URL REDMINE_API_KEY REDMINE_STATE_DIR ...
#   redmine-server.sh halt STATE_DIR          stop the server, keep its data
#   redmine-server.sh resume STATE_DIR        start the halted server again on the same port
#   redmine-server.sh seed STATE_DIR PROJECT COUNT [VERSION_ID]
#                                             add COUNT issues to PROJECT directly in the DB
#   redmine-server.sh stop STATE_DIR          stop the server and delete its data
#
# Packages are installed only when missing (needs root or sudo). The migrated
# template DB is built once per Redmine version and copied for every instance,
# so a start takes seconds. Knobs: SPRINTDECK_REDMINE_ROOT (default
# /tmp/sprintdeck-redmine), REDMINE_START_TIMEOUT (seconds, default 180).
set -eu

CI_ROOT=${SPRINTDECK_REDMINE_ROOT:-/tmp/sprintdeck-redmine}
START_TIMEOUT=${REDMINE_START_TIMEOUT:-180}
ADMIN_PW=admin12345
RM_ROOT=/usr/share/redmine
INST_ROOT=/var/lib/redmine
PACKAGES="redmine redmine-sqlite thin sqlite3 curl"

log() { echo "[redmine-server] $*" >&2; }
die() { log "ERROR: $*"; exit 1; }

SUDO=
[ "$(id -u)" = 0 ] || SUDO=sudo

ensure_installed() {
  missing=
  for p in $PACKAGES; do
    dpkg-query -W -f '${Status}' "$p" 2>/dev/null | grep -q ' installed$' || missing="$missing $p"
  done
  if [ -n "$missing" ]; then
    log "installing$missing"
    # The package would otherwise ask for a database for its own default instance.
    printf '%s\n' \
      'redmine redmine/current-instances string default' \
      'redmine redmine/instances/default/dbconfig-install boolean false' \
      'redmine redmine/instances/default/database-type select sqlite3' | $SUDO debconf-set-selections
    $SUDO apt-get update -q >&2
    # thin: Debian's bundle holds no other web server ('Could not find server ""' without it).
    $SUDO env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends \
      -o DPkg::Lock::Timeout=600 $PACKAGES >&2
  fi
  if ! grep -q '^    thin ' "$INST_ROOT/Gemfile.lock" 2>/dev/null; then
    log "refreshing Gemfile.lock for thin"
    (cd "$RM_ROOT" && $SUDO bundle install --local --quiet >&2)
  fi
}

# make_instance NAME DIR: the layout Debian's multi-instance Redmine expects.
make_instance() {
  name=$1 dir=$2
  mkdir -p "$dir/config" "$dir/log" "$dir/files" "$dir/tmp/pids" "$dir/public/plugin_assets"
  cat > "$dir/config/database.yml" <<YML
production:
  adapter: sqlite3
  database: $dir/db.sqlite3
  pool: 5
  timeout: 5000
  encoding: utf8
YML
  ruby -rsecurerandom -e 'puts SecureRandom.hex(32)' > "$dir/config/secret_key.txt"
  $SUDO ln -sfn "$dir" "$INST_ROOT/$name"
}

template_path() {
  echo "$CI_ROOT/template-$(dpkg-query -W -f '${Version}' redmine).sqlite3"
}

build_template() {
  TEMPLATE=$(template_path)
  [ -s "$TEMPLATE" ] && return 0
  mkdir -p "$CI_ROOT"
  exec 9>"$CI_ROOT/.lock"
  flock 9 # concurrent test runs build it once
  if [ -s "$TEMPLATE" ]; then exec 9>&-; return 0; fi
  log "building the template database (once per Redmine version, about a minute)"
  tdir=$(mktemp -d "$CI_ROOT/build.XXXXXX")
  tname=sprintdeck-build-$(basename "$tdir")
  make_instance "$tname" "$tdir"
  cat > "$tdir/setup.rb" <<'RUBY'
Setting.rest_api_enabled = '1'
Setting.login_required = '1'
admin = User.find_by_login('admin')
admin.password = admin.password_confirmation = ENV['ADMIN_PW']
admin.must_change_passwd = false
admin.save!
IssueCustomField.find_by_name('Story points') || IssueCustomField.create!(
  name: 'Story points', field_format: 'float', is_for_all: true, is_filter: true,
  visible: true, editable: true, tracker_ids: Tracker.pluck(:id))
# Default data allows only the default status on creation; a synced board creates cards in any column.
Role.all.each do |role|
  Tracker.all.each do |tracker|
    IssueStatus.all.each do |status|
      WorkflowTransition.find_or_create_by!(role_id: role.id, tracker_id: tracker.id,
                                            old_status_id: 0, new_status_id: status.id)
    end
  end
end
admin.api_key
RUBY
  # migrate and load_default_data must be separate processes (stale column cache otherwise).
  if ( cd "$RM_ROOT" && export REDMINE_INSTANCE=$tname RAILS_ENV=production REDMINE_LANG=en \
         SCHEMA=/dev/null ADMIN_PW="$ADMIN_PW" &&
       bundle exec rake db:migrate &&
       bundle exec rake redmine:load_default_data &&
       bundle exec rails runner "$tdir/setup.rb" ) > "$tdir/build.log" 2>&1 &&
     [ "$(sqlite3 "$tdir/db.sqlite3" 'SELECT count(*) FROM trackers')" -gt 0 ] &&
     [ "$(sqlite3 "$tdir/db.sqlite3" "SELECT count(*) FROM tokens WHERE action='api'")" -eq 1 ]; then
    cp "$tdir/db.sqlite3" "$TEMPLATE.tmp" && mv "$TEMPLATE.tmp" "$TEMPLATE"
    $SUDO rm -f "$INST_ROOT/$tname"
    rm -rf "$tdir"
    exec 9>&-
  else
    tail -30 "$tdir/build.log" >&2
    $SUDO rm -f "$INST_ROOT/$tname"
    die "template build failed (log: $tdir/build.log)"
  fi
}

# A free port below the kernel's range for outgoing connections, so that no connection of a
# test running beside this one (ctest -j) can take it while the server starts, or restarts on
# it after a kill.
free_port() {
  low=$(cut -f1 /proc/sys/net/ipv4/ip_local_port_range 2>/dev/null || echo 32768)
  ruby -rsocket -e '
    low = Integer(ARGV[0])
    if low > 12000
      100.times do
        port = 10000 + rand(low - 10000)
        begin
          TCPServer.new("127.0.0.1", port).close
          puts port
          exit
        rescue SystemCallError
        end
      end
    end
    s = TCPServer.new("127.0.0.1", 0); puts s.addr[1]; s.close' "${low:-32768}"
}

http_code() {
  curl -s -o /dev/null -w '%{http_code}' --max-time 5 "$1" 2>/dev/null || true
}

# launch STATE_DIR: starts the instance's server and waits until it answers.
launch() {
  state=$1
  name=$(cat "$state/instance")
  port=$(cat "$state/port")
  [ "$(http_code "http://127.0.0.1:$port/")" = 000 ] || die "port $port is already in use"
  $SUDO ln -sfn "$state" "$INST_ROOT/$name"
  rm -f "$state/tmp/pids/server.pid"
  (cd "$RM_ROOT" && REDMINE_INSTANCE=$name RAILS_ENV=production setsid \
     bundle exec rails server -e production -b 127.0.0.1 -p "$port" -P "$state/tmp/pids/server.pid" \
     >> "$state/log/server.out" 2>&1 < /dev/null &
   echo $! > "$state/redmine.pid")
  pid=$(cat "$state/redmine.pid")
  t0=$(date +%s)
  until [ "$(http_code "http://127.0.0.1:$port/login")" = 200 ]; do
    if ! kill -0 "$pid" 2>/dev/null; then
      tail -20 "$state/log/server.out" >&2
      die "the server exited"
    fi
    if [ $(( $(date +%s) - t0 )) -ge "$START_TIMEOUT" ]; then
      halt "$state"
      die "not up after ${START_TIMEOUT}s"
    fi
    sleep 0.3
  done
  log "up on port $port after $(( $(date +%s) - t0 ))s (pid $pid)"
}

halt() {
  state=${1:?usage: $0 halt STATE_DIR}
  [ -f "$state/redmine.pid" ] || return 0
  pid=$(cat "$state/redmine.pid")
  if kill -0 "$pid" 2>/dev/null && tr '\0' ' ' < "/proc/$pid/cmdline" | grep -q 'rails server'; then
    kill -TERM "$pid"
    i=0
    while kill -0 "$pid" 2>/dev/null && [ $i -lt 50 ]; do sleep 0.2; i=$((i + 1)); done
    kill -0 "$pid" 2>/dev/null && kill -KILL "$pid"
  fi
  rm -f "$state/redmine.pid"
  log "halted"
}

do_start() {
  ensure_installed
  build_template
  port=${1:-$(free_port)}
  mkdir -p "$CI_ROOT"
  state=$(mktemp -d "$CI_ROOT/inst-$port.XXXXXX")
  name=sprintdeck-$(basename "$state")
  make_instance "$name" "$state"
  cp "$(template_path)" "$state/db.sqlite3"
  # A key of its own for every instance.
  key=$(ruby -rsecurerandom -e 'puts SecureRandom.hex(20)')
  sqlite3 "$state/db.sqlite3" "UPDATE tokens SET value='$key' WHERE action='api' AND user_id=(SELECT id FROM users WHERE login='admin');"
  # No notification mails: the server would render them for every issue written (about 150 ms
  # of its time each, on the thread that answers the next request) for a mail server that
  # does not exist.
  sqlite3 "$state/db.sqlite3" "DELETE FROM settings WHERE name='notified_events'; INSERT INTO settings(name, value, updated_on) VALUES('notified_events', '--- []' || char(10), datetime('now'));"
  echo "$name" > "$state/instance"
  echo "$port" > "$state/port"
  launch "$state"
  cat > "$state/env" <<ENV
REDMINE_URL=http://127.0.0.1:$port
REDMINE_API_KEY=$key
REDMINE_ADMIN_PW=$ADMIN_PW
REDMINE_STATE_DIR=$state
ENV
  cat "$state/env"
}

do_stop() {
  state=${1:?usage: $0 stop STATE_DIR}
  [ -d "$state" ] || { log "no state dir $state"; return 0; }
  halt "$state"
  [ -f "$state/instance" ] && $SUDO rm -f "$INST_ROOT/$(cat "$state/instance")"
  [ "${REDMINE_KEEP:-0}" = 1 ] || rm -rf "$state"
  log "stopped"
}

# seed STATE_DIR PROJECT COUNT [VERSION_ID]: bulk issues straight into the DB,
# shaped as Redmine writes them (root issues of the nested set, story points
# as a custom value; every second issue has a journal that moved it on from
# "New" and re-estimated it a day after creation), so pulling thousands needs
# no thousands of POSTs.
do_seed() {
  state=${1:?usage: $0 seed STATE_DIR PROJECT COUNT [VERSION_ID]}
  project=${2:?project identifier}
  count=${3:?count}
  version=${4:-NULL}
  sqlite3 "$state/db.sqlite3" <<SQL
.timeout 10000
BEGIN IMMEDIATE;
CREATE TEMP TABLE seq(n INTEGER PRIMARY KEY);
WITH RECURSIVE s(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM s WHERE n < $count)
INSERT INTO seq SELECT n FROM s;
CREATE TEMP TABLE base AS
  SELECT (SELECT coalesce(max(id), 0) FROM issues) AS issue,
         (SELECT coalesce(max(id), 0) FROM journals) AS journal,
         (SELECT id FROM custom_fields WHERE name = 'Story points') AS points,
         (SELECT id FROM users WHERE login = 'admin') AS admin,
         strftime('%Y-%m-%d %H:%M:%f', 'now', '-2 days') AS created,
         strftime('%Y-%m-%d %H:%M:%f', 'now', '-1 day') AS changed;
INSERT INTO issues(id, tracker_id, project_id, subject, description, status_id, priority_id,
                   fixed_version_id, author_id, lock_version, created_on, updated_on, start_date,
                   done_ratio, estimated_hours, root_id, lft, rgt, is_private)
SELECT b.issue + n, 1 + n % 2, (SELECT id FROM projects WHERE identifier = '$project'),
       'Seeded issue ' || n, 'Seeded description ' || n,
       CASE WHEN n % 2 = 0 THEN 2 + n % 4 ELSE 1 END, 1 + n % 4, $version, b.admin, 0,
       b.created, CASE WHEN n % 2 = 0 THEN b.changed ELSE b.created END,
       date(b.created), 0, n % 8, b.issue + n, 1, 2, 0
FROM seq, base b;
INSERT INTO custom_values(customized_type, customized_id, custom_field_id, value)
SELECT 'Issue', b.issue + n, b.points, CAST(1 + n % 5 AS TEXT) FROM seq, base b;
INSERT INTO journals(id, journalized_id, journalized_type, user_id, notes, created_on, private_notes)
SELECT b.journal + n / 2, b.issue + n, 'Issue', b.admin, '', b.changed, 0 FROM seq, base b WHERE n % 2 = 0;
INSERT INTO journal_details(journal_id, property, prop_key, old_value, value)
SELECT b.journal + n / 2, 'attr', 'status_id', '1', CAST(2 + n % 4 AS TEXT) FROM seq, base b WHERE n % 2 = 0;
INSERT INTO journal_details(journal_id, property, prop_key, old_value, value)
SELECT b.journal + n / 2, 'cf', CAST(b.points AS TEXT), CAST(2 + n % 5 AS TEXT), CAST(1 + n % 5 AS TEXT)
FROM seq, base b WHERE n % 2 = 0;
COMMIT;
SQL
  log "seeded $count issues into $project"
}

cmd=${1:-}
[ $# -gt 0 ] && shift
case "$cmd" in
  install) ensure_installed; build_template ;;
  start) do_start "$@" ;;
  halt) halt "$@" ;;
  resume) launch "${1:?usage: $0 resume STATE_DIR}" ;;
  seed) do_seed "$@" ;;
  stop) do_stop "$@" ;;
  *) echo "usage: $0 install | start [PORT] | halt DIR | resume DIR | seed DIR PROJECT COUNT [VERSION] | stop DIR" >&2; exit 2 ;;
esac
