#include "forecastauto.h"

#include "backtest.h"
#include "rowreader.h"
#include "timerange.h"

#include "storage/database.h"
#include "storage/scopefilter.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMutex>
#include <QMutexLocker>
#include <QSaveFile>
#include <QStandardPaths>

namespace fd::analytics {

namespace {

// Simulation runs in the choice's backtest: its forecast is the mean of the runs, which
// 2,000 runs pin down to well under the differences between methods.
constexpr int kChoiceRuns = 2000;

struct Entry
{
    QString fingerprint;
    AutoChoice choice;
};

QMutex &cacheMutex()
{
    static QMutex mutex;
    return mutex;
}

QHash<QString, Entry> &memoryCache()
{
    static QHash<QString, Entry> cache;
    return cache;
}

// Changes whenever a deal is added, moved, closed or edited (every edit is audited), and when
// a stage's configured probability or order changes (the configured method and the learned
// model's prior read them). The deals counted are those the acting user sees (ScopeFilter):
// the server's row level security counts the same on PostgreSQL.
QString dataFingerprint(Database &db)
{
    const SqlCondition visible = ScopeFilter::visibleTo(db).deals(QStringLiteral("o"));
    RowReader r(db,
                QStringLiteral("SELECT (SELECT count(*) FROM opportunities o") + visible.where()
                    + QStringLiteral("), (SELECT COALESCE(max(id), 0) FROM opportunity_stage_history), "
                                     "(SELECT COALESCE(max(id), 0) FROM audit_log WHERE entity = 'opportunity'), "
                                     "(SELECT COALESCE(sum(id * (win_probability + 101 * position)), 0) FROM stages)"),
                visible.binds);
    if (!r.next())
        return {};
    return QStringLiteral("%1/%2/%3/%4").arg(r.integer(0)).arg(r.integer(1)).arg(r.integer(2)).arg(r.integer(3));
}

// The month the choice is about: the months completed by T decide it.
QDate choiceMonth(qint64 t)
{
    const QDate d = fromInstant(t + 1).date();
    return QDate(d.year(), d.month(), 1);
}

// Per signed-in person too: the same scope holds other deals for another person's view.
QString cacheKey(Database &db, const Scope &scope, qint64 t)
{
    return QStringLiteral("%1|%8|%2,%3,%4,%5,%6|%7")
        .arg(db.location())
        .arg(scope.pipelineId)
        .arg(scope.ownerId)
        .arg(scope.teamId)
        .arg(scope.regionId)
        .arg(scope.productLineId)
        .arg(choiceMonth(t).toString(QStringLiteral("yyyy-MM")))
        .arg(db.actingUserId());
}

QString cacheFile()
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::CacheLocation);
    return dir.isEmpty() ? QString() : dir + QStringLiteral("/forecast-method-choice.json");
}

QJsonObject readFileCache()
{
    QFile f(cacheFile());
    if (f.fileName().isEmpty() || !f.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(f.readAll()).object();
}

std::optional<Entry> fromJson(const QJsonValue &v)
{
    const QJsonObject o = v.toObject();
    ForecastMethod method;
    if (o.isEmpty() || !parseForecastMethod(o.value(QStringLiteral("method")).toString(), &method)
        || method == ForecastMethod::Auto)
        return std::nullopt;
    Entry e;
    e.fingerprint = o.value(QStringLiteral("fingerprint")).toString();
    e.choice.method = method;
    if (o.value(QStringLiteral("mape")).isDouble())
        e.choice.mape = o.value(QStringLiteral("mape")).toDouble();
    e.choice.months = o.value(QStringLiteral("months")).toInt();
    return e;
}

// Keeps the file small: one entry per key, the newest 200 keys at most.
void writeFileCache(const QString &key, const Entry &e)
{
    const QString path = cacheFile();
    if (path.isEmpty())
        return;
    QDir().mkpath(QFileInfo(path).absolutePath());
    QJsonObject all = readFileCache();
    if (all.size() > 200)
        all = {};
    QJsonObject o{{QStringLiteral("fingerprint"), e.fingerprint},
                  {QStringLiteral("method"), toString(e.choice.method)},
                  {QStringLiteral("months"), e.choice.months}};
    if (e.choice.mape)
        o.insert(QStringLiteral("mape"), *e.choice.mape);
    all.insert(key, o);
    QSaveFile f(path);
    if (f.open(QIODevice::WriteOnly)) {
        f.write(QJsonDocument(all).toJson(QJsonDocument::Compact));
        f.commit();
    }
}

} // namespace

const std::vector<ForecastMethod> &autoCandidates()
{
    return forecastMethods();
}

BacktestQuery autoChoiceBacktest(const Scope &scope, qint64 t)
{
    const QDate end = choiceMonth(t);
    BacktestQuery q;
    q.fromMonth = end.addMonths(-12).toString(QStringLiteral("yyyy-MM"));
    q.toMonth = end.addMonths(-1).toString(QStringLiteral("yyyy-MM"));
    q.scope = scope;
    q.runs = kChoiceRuns;
    q.methods = autoCandidates();
    q.knownAt = fromInstant(t);
    return q;
}

AutoChoice chooseForecastMethod(Database &db, const Snapshot &snapshot, const Scope &scope, qint64 t,
                                const BacktestResult *measured)
{
    const QString key = cacheKey(db, scope, t);
    const QString fingerprint = dataFingerprint(db);
    {
        QMutexLocker lock(&cacheMutex());
        const auto it = memoryCache().constFind(key);
        if (it != memoryCache().constEnd() && it->fingerprint == fingerprint)
            return it->choice;
    }
    if (const auto stored = fromJson(readFileCache().value(key)); stored && stored->fingerprint == fingerprint) {
        QMutexLocker lock(&cacheMutex());
        memoryCache().insert(key, *stored);
        return stored->choice;
    }

    const BacktestResult b = measured ? *measured : runBacktest(db, snapshot, autoChoiceBacktest(scope, t));

    AutoChoice choice;
    int months = 0;
    for (const BacktestMethod &m : b.methods)
        months = std::max(months, m.months);
    const BacktestMethod *best = nullptr;
    for (const BacktestMethod &m : b.methods) {
        choice.scores.push_back({m.method, m.mape, m.months});
        // Measured on every month; strictly better than the earlier candidates (learned first).
        if (months > 0 && m.months == months && m.mape && (!best || *m.mape < *best->mape))
            best = &m;
    }
    if (best) {
        choice.method = best->method;
        choice.mape = best->mape;
        choice.months = best->months;
    } else if (const BacktestMethod *learned = b.method(ForecastMethod::Learned)) {
        choice.mape = learned->mape;
        choice.months = learned->months;
    }
    const Entry entry{fingerprint, choice};
    {
        QMutexLocker lock(&cacheMutex());
        memoryCache().insert(key, entry);
    }
    writeFileCache(key, entry);
    return choice;
}

std::optional<AutoChoice> lastForecastMethodChoice(Database &db, const Scope &scope, qint64 t, bool *current)
{
    const QString key = cacheKey(db, scope, t);
    std::optional<Entry> entry;
    {
        QMutexLocker lock(&cacheMutex());
        const auto it = memoryCache().constFind(key);
        if (it != memoryCache().constEnd())
            entry = *it;
    }
    if (!entry)
        entry = fromJson(readFileCache().value(key));
    if (current)
        *current = entry && entry->fingerprint == dataFingerprint(db);
    if (!entry)
        return std::nullopt;
    return entry->choice;
}

} // namespace fd::analytics
