#pragma once

#include "analytics/snapshot.h"

#include <QCommandLineParser>
#include <QDate>
#include <QDateTime>
#include <QJsonValue>
#include <QList>

#include <optional>

namespace fd {

class Database;

// Options shared by the analytics commands (funnel, forecast, reps, backtest).
namespace cliopts {

// Adds --pipeline, --owner, --team, --region, --product-line (names or ids).
void addScopeOptions(QCommandLineParser &parser);
// Resolves the scope options against the database. Throws ValidationError naming the option
// when a name matches nothing or more than one record.
analytics::Scope scope(Database &db, const QCommandLineParser &parser);
// A YYYY-MM-DD option (invalid QDate when absent). Throws UsageError when malformed.
QDate date(const QCommandLineParser &parser, const QString &option);
// --from and --to; throws UsageError when malformed or when --from is after --to.
void window(const QCommandLineParser &parser, QDate *from, QDate *to);
// --as-of: the end of that day (23:59:59Z), or a full ISO timestamp; invalid = now. Throws
// UsageError when malformed.
QDateTime asOf(const QCommandLineParser &parser);
// Adds the scope options, --from / --to (the window), --as-of and --json: the options of
// the windowed analyses (funnel, reps).
void addWindowedOptions(QCommandLineParser &parser);
// Reads those options into a query with scope, from, to and asOf members.
template<typename Query>
Query windowedQuery(Database &db, const QCommandLineParser &parser)
{
    Query q;
    q.scope = scope(db, parser);
    window(parser, &q.from, &q.to);
    q.asOf = asOf(parser);
    return q;
}
// A positive integer option with a default. Throws UsageError when not a positive whole number.
qint64 positive(const QCommandLineParser &parser, const QString &option, qint64 fallback);

// JSON helpers: null for a missing value.
QJsonValue json(const std::optional<double> &v);
QJsonValue json(const std::optional<qint64> &v);
QJsonValue json(const QDate &d);
QJsonValue json(const QDateTime &t);
// Text helpers: "-" for a missing value.
QString percent(const std::optional<double> &rate);
QString days(const std::optional<double> &days);
QString yuan(qint64 cents);
QString yuan(const std::optional<qint64> &cents);

// Left-justifies to `width` terminal columns (CJK characters take two), truncating if longer.
QString pad(const QString &text, int width);

// Titles of deals by id (for listings).
QHash<qint64, QString> dealTitles(Database &db, const QList<qint64> &ids);

} // namespace cliopts
} // namespace fd
