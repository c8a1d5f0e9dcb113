#include "core/io/jsonbackup.h"
#include "core/io/textinput.h"

#include "core/storage/database.h"
#include "core/storage/tabledump.h"

#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QObject>
#include <QSaveFile>
#include <QSet>

using namespace Qt::StringLiterals;

namespace SprintDeck {

namespace {

const QString kFormat = u"sprintdeck-backup"_s;

/** Names that rows carry for readers, per table; restore skips them. */
const QHash<QString, QStringList> &derivedNames()
{
    static const QHash<QString, QStringList> names = {
        {u"cards"_s, {u"column"_s, u"sprint"_s, u"assignee"_s, u"created"_s, u"updated"_s}},
        {u"events"_s, {u"card"_s, u"time"_s}},
        {u"sprints"_s, {u"holidays"_s, u"extraWorkdays"_s, u"started"_s, u"closed"_s}},
    };
    return names;
}

QJsonValue toJson(const QVariant &v)
{
    if (v.isNull())
        return QJsonValue::Null;
    switch (v.typeId()) {
    case QMetaType::LongLong:
    case QMetaType::Int:
    case QMetaType::ULongLong:
    case QMetaType::UInt:
    case QMetaType::Bool:
        return QJsonValue(v.toLongLong());
    case QMetaType::Double:
    case QMetaType::Float:
        return QJsonValue(v.toDouble());
    case QMetaType::QByteArray:
        return QJsonObject{{u"base64"_s, QString::fromLatin1(v.toByteArray().toBase64())}};
    default:
        return QJsonValue(v.toString());
    }
}

QVariant fromJson(const QJsonValue &v)
{
    switch (v.type()) {
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        return QVariant();
    case QJsonValue::Bool:
        return QVariant(qlonglong(v.toBool() ? 1 : 0));
    case QJsonValue::Double:
        return v.toVariant(); // qlonglong for integers, double otherwise
    case QJsonValue::String:
        return v.toString();
    case QJsonValue::Object:
        return QByteArray::fromBase64(v.toObject().value(u"base64"_s).toString().toLatin1());
    case QJsonValue::Array:
        return QString::fromUtf8(QJsonDocument(v.toArray()).toJson(QJsonDocument::Compact));
    }
    return {};
}

QJsonValue isoTime(const QVariant &ms)
{
    if (ms.isNull() || ms.toLongLong() == 0)
        return QJsonValue::Null;
    return QDateTime::fromMSecsSinceEpoch(ms.toLongLong(), Qt::UTC).toString(Qt::ISODateWithMs);
}

int lineAt(const QByteArray &text, int offset)
{
    return int(text.left(offset).count('\n')) + 1;
}

} // namespace

bool JsonBackup::looksLikeBackup(const QByteArray &head)
{
    return head.trimmed().startsWith('{') && head.contains("\"format\"") &&
           head.contains(kFormat.toUtf8());
}

Result<QByteArray> JsonBackup::write(Database &db)
{
    using R = Result<QByteArray>;
    TableDump dump(db);
    const QStringList tables = dump.tableNames();
    const bool hasBoard = tables.contains(u"cards"_s) && tables.contains(u"columns"_s);
    QHash<qint64, QString> columnNamesById, sprintNames, memberNames, cardKeys;
    QHash<qint64, QJsonArray> holidays, extraDays;
    if (hasBoard) {
        columnNamesById = dump.textById(u"columns"_s, u"name"_s);
        sprintNames = dump.textById(u"sprints"_s, u"name"_s);
        memberNames = dump.textById(u"members"_s, u"name"_s);
        cardKeys = dump.textById(u"cards"_s, u"key"_s);
        dump.forEachSprintDay([&](qint64 sprint, const QString &day, bool working) {
            (working ? extraDays : holidays)[sprint].append(day);
        });
    }

    QJsonObject sections;
    for (const QString &table : tables) {
        const QStringList columns = dump.columnNames(table);
        if (columns.isEmpty())
            continue;
        auto derive = [&columns](QJsonObject &row, const QString &name, const QJsonValue &value) {
            if (!columns.contains(name))
                row.insert(name, value);
        };
        QJsonArray rows;
        const Status read =
            dump.forEachRow(table, int(columns.size()), [&](const QVariantList &values) {
                QJsonObject row;
                for (int i = 0; i < columns.size(); ++i)
                    row.insert(columns.at(i), toJson(values.at(i)));
                if (table == u"cards") {
                    derive(row, u"column"_s,
                           columnNamesById.value(row.value(u"column_id"_s).toInteger()));
                    const qint64 sprint = row.value(u"sprint_id"_s).toInteger();
                    derive(row, u"sprint"_s,
                           sprint ? QJsonValue(sprintNames.value(sprint))
                                  : QJsonValue(QJsonValue::Null));
                    const qint64 member = row.value(u"assignee_id"_s).toInteger();
                    derive(row, u"assignee"_s,
                           member ? QJsonValue(memberNames.value(member))
                                  : QJsonValue(QJsonValue::Null));
                    derive(row, u"created"_s, isoTime(row.value(u"created_at"_s).toVariant()));
                    derive(row, u"updated"_s, isoTime(row.value(u"updated_at"_s).toVariant()));
                } else if (table == u"events") {
                    derive(row, u"card"_s, cardKeys.value(row.value(u"card_id"_s).toInteger()));
                    derive(row, u"time"_s, isoTime(row.value(u"at"_s).toVariant()));
                } else if (table == u"sprints") {
                    const qint64 id = row.value(u"id"_s).toInteger();
                    derive(row, u"holidays"_s, holidays.value(id));
                    derive(row, u"extraWorkdays"_s, extraDays.value(id));
                    derive(row, u"started"_s, isoTime(row.value(u"started_at"_s).toVariant()));
                    derive(row, u"closed"_s, isoTime(row.value(u"closed_at"_s).toVariant()));
                }
                rows.append(row);
            });
        if (!read)
            return R::failure(QObject::tr("Cannot read the table %1: %2").arg(table, read.error()));
        sections.insert(table, rows);
    }
    QJsonObject root{{u"format"_s, kFormat},
                     {u"version"_s, kFormatVersion},
                     {u"schemaVersion"_s, db.schemaVersion()},
                     {u"tables"_s, sections}};
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

Status JsonBackup::writeFile(Database &db, const QString &path)
{
    auto json = write(db);
    if (!json)
        return Status::failure(json.error());
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(json.value()) != json->size() ||
        !file.commit())
        return Status::failure(QObject::tr("Cannot write %1: %2").arg(path, file.errorString()));
    return {};
}

Status JsonBackup::restoreFile(Database &db, const QString &path)
{
    auto bytes = TextInput::readFile(path, kMaxBytes);
    if (!bytes)
        return Status::failure(bytes.error());
    return restore(db, bytes.value(), QFileInfo(path).fileName());
}

Status JsonBackup::restoreIntoFile(const QString &target, const QString &path)
{
    const bool existed = QFileInfo::exists(target);
    Status restored;
    {
        auto db = Database::open(target);
        if (!db)
            return Status::failure(db.error());
        restored = restoreFile(*db.value(), path);
    }
    if (!restored && !existed)
        for (const QString &suffix : {QString(), u"-wal"_s, u"-shm"_s})
            QFile::remove(target + suffix);
    return restored;
}

Result<JsonBackup::Document> JsonBackup::parse(const QByteArray &json, const QString &name)
{
    using R = Result<Document>;
    if (json.trimmed().isEmpty())
        return R::failure(QObject::tr("%1 is empty").arg(name));
    int problemLine = 0;
    const QString problem = TextInput::firstProblem(json, &problemLine, kMaxBytes);
    if (!problem.isEmpty())
        return R::failure(QObject::tr("%1, line %2: %3").arg(name).arg(problemLine).arg(problem));
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (doc.isNull())
        return R::failure(QObject::tr("%1, line %2: not valid JSON (%3)")
                              .arg(name)
                              .arg(lineAt(json, error.offset))
                              .arg(error.errorString()));
    const QJsonObject root = doc.object();
    if (root.value(u"format"_s).toString() != kFormat)
        return R::failure(QObject::tr("%1 is not a SprintDeck backup").arg(name));
    const int version = root.value(u"version"_s).toInt();
    if (version > kFormatVersion || version < 1)
        return R::failure(
            QObject::tr("%1 is a backup format version %2; this SprintDeck reads version %3")
                .arg(name)
                .arg(version)
                .arg(kFormatVersion));
    Document backup;
    backup.schemaVersion = root.value(u"schemaVersion"_s).toInt();
    const QJsonValue tables = root.value(u"tables"_s);
    if (!tables.isObject())
        return R::failure(QObject::tr("%1 holds no tables").arg(name));
    backup.tables = tables.toObject();
    for (auto it = backup.tables.constBegin(); it != backup.tables.constEnd(); ++it) {
        const QString table = it.key();
        if (!it.value().isArray())
            return R::failure(
                QObject::tr("%1: the table \u201c%2\u201d is not a list of rows").arg(name, table));
        const QJsonArray rows = it.value().toArray();
        for (qsizetype r = 0; r < rows.size(); ++r) {
            if (!rows.at(r).isObject())
                return R::failure(QObject::tr("%1: row %2 of %3 is not an object")
                                      .arg(name)
                                      .arg(r + 1)
                                      .arg(table));
            const QJsonObject row = rows.at(r).toObject();
            for (auto c = row.constBegin(); c != row.constEnd(); ++c) {
                if (!c.value().isObject())
                    continue;
                const QJsonObject blob = c.value().toObject();
                const QJsonValue base64 = blob.value(u"base64"_s);
                if (blob.size() != 1 || !base64.isString() ||
                    !QByteArray::fromBase64Encoding(base64.toString().toLatin1(),
                                                    QByteArray::AbortOnBase64DecodingErrors))
                    return R::failure(
                        QObject::tr("%1: row %2 of %3: the value of \u201c%4\u201d is an object "
                                    "other than {\"base64\": \u2026}")
                            .arg(name)
                            .arg(r + 1)
                            .arg(table, c.key()));
            }
        }
    }
    return backup;
}

Status JsonBackup::restore(Database &db, const QByteArray &json, const QString &name)
{
    auto backup = parse(json, name);
    if (!backup)
        return Status::failure(backup.error());
    return restore(db, backup.value(), name);
}

Status JsonBackup::restore(Database &db, const Document &backup, const QString &name)
{
    if (backup.schemaVersion > db.schemaVersion())
        return Status::failure(
            QObject::tr("%1 comes from a newer SprintDeck (database version %2, this one has %3)")
                .arg(name)
                .arg(backup.schemaVersion)
                .arg(db.schemaVersion()));
    const QJsonObject &sections = backup.tables;

    TableDump dump(db);
    const QStringList tables = dump.tableNames();
    for (const char16_t *t : {u"cards", u"sprints", u"members", u"events"}) {
        const QString table = QString::fromUtf16(t);
        if (tables.contains(table) && dump.hasRows(table))
            return Status::failure(
                QObject::tr("%1 already holds a board; restore into a new database")
                    .arg(db.path()));
    }
    for (auto it = sections.constBegin(); it != sections.constEnd(); ++it)
        if (!tables.contains(it.key()))
            return Status::failure(
                QObject::tr(
                    "%1 holds the table \u201c%2\u201d, which this SprintDeck does not know")
                    .arg(name, it.key()));

    Transaction tx(db);
    if (!tx.isActive())
        return Status::failure(db.lastError());
    // The writes' prepared statements end before the transaction does.
    TableDump writer(db);
    if (Status deferred = writer.deferForeignKeys(); !deferred)
        return deferred;
    for (auto it = sections.constBegin(); it != sections.constEnd(); ++it) {
        const QString table = it.key();
        // A restored board is a board of its own, not another replica of a shared one.
        if (table.startsWith(u"team_"))
            continue;
        const QStringList columns = writer.columnNames(table);
        const QStringList derived = derivedNames().value(table);
        if (Status cleared = writer.clear(table); !cleared)
            return cleared;
        const QJsonArray rows = it.value().toArray();
        for (int r = 0; r < rows.size(); ++r) {
            const QJsonObject row = rows.at(r).toObject();
            QStringList keys;
            for (auto c = row.constBegin(); c != row.constEnd(); ++c) {
                if (columns.contains(c.key()))
                    keys.append(c.key());
                else if (!derived.contains(c.key()))
                    return Status::failure(
                        QObject::tr("%1: row %2 of %3 has the unknown column \u201c%4\u201d")
                            .arg(name)
                            .arg(r + 1)
                            .arg(table, c.key()));
            }
            if (keys.isEmpty())
                continue;
            if (Status prepared = writer.prepareInsert(table, keys); !prepared)
                return prepared;
            QVariantList values;
            values.reserve(keys.size());
            for (const QString &k : std::as_const(keys))
                values.append(fromJson(row.value(k)));
            if (Status inserted = writer.insertRow(values); !inserted)
                return Status::failure(QObject::tr("%1: row %2 of %3: %4")
                                           .arg(name)
                                           .arg(r + 1)
                                           .arg(table, inserted.error()));
        }
    }
    writer.releaseInserts();
    if (!tx.commit())
        return Status::failure(QObject::tr("%1 does not restore: %2").arg(name, db.lastError()));
    return {};
}

} // namespace SprintDeck
