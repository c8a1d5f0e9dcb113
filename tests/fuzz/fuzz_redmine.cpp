// libFuzzer entry point for the readers of Redmine's REST API: an issues page
// (GET /issues.json), one issue with its journals (GET /issues/N.json?include=journals)
// and the versions of a project (GET /projects/N/versions.json). Whatever the
// server sends gives issues, journals and versions or an error, never a crash;
// an issue read survives its stored copy unchanged.
#include "core/sync/remoteissue.h"
#include "core/sync/syncapplier.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstddef>
#include <cstdint>

using namespace Qt::StringLiterals;
using namespace SprintDeck;

namespace {

void readIssue(const QJsonObject &object, const PointsSource &points)
{
    auto issue = RemoteIssue::fromJson(object, points);
    if (!issue) {
        if (issue.error().isEmpty())
            __builtin_trap(); // a refused issue always says why
        return;
    }
    if (issue->id <= 0 || !issue->created().isValid() || !issue->updated().isValid())
        __builtin_trap(); // accepted issues have an id and times
    for (qsizetype i = 1; i < issue->journals.size(); ++i)
        if (issue->journals.at(i - 1).id > issue->journals.at(i).id)
            __builtin_trap(); // journals come oldest first
    (void)issue->initialFields();
    const QJsonObject stored = issue->toStored();
    const RemoteIssue back = RemoteIssue::fromStored(stored);
    if (back.toStored() != stored)
        __builtin_trap(); // the stored copy (conflicts keep it) is lossless
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes =
        QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    const QJsonDocument doc = QJsonDocument::fromJson(bytes);
    const QJsonObject root = doc.object();
    // Points as estimated hours, as a "Story points" custom field, or not synced.
    const PointsSource sources[] = {{true, 0}, {false, 3}, {false, 0}};
    const QJsonArray issues = root.value(u"issues"_s).toArray();
    for (const PointsSource &points : sources) {
        for (const QJsonValue &v : issues)
            readIssue(v.toObject(), points);
        if (root.contains(u"issue"_s))
            readIssue(root.value(u"issue"_s).toObject(), points);
    }
    const QJsonArray versions = root.value(u"versions"_s).toArray();
    for (const QJsonValue &v : versions) {
        const RemoteVersion version = RemoteVersion::fromJson(v.toObject());
        (void)version.toBase();
    }
    return 0;
}
