#include "analyticsoptions.h"

#include "clicommand.h"
#include "domain/trcontext.h"

#include "domain/isotime.h"
#include "domain/money.h"
#include "domain/validator.h"
#include "storage/database.h"
#include "storage/namedrecords.h"
#include "storage/repositories/opportunityrepository.h"

#include <QCoreApplication>
#include <QStringList>

namespace fd::cliopts {

namespace {

// An option value not of its form: wrong usage (exit code 2), nothing read yet.
[[noreturn]] void badValue(const QString &option, const QString &value, const QString &reason)
{
    throw UsageError(QStringLiteral("%1 \"%2\" %3").arg(option, value, reason));
}

// A name the database does not resolve: the command fails on the data (exit code 1).
[[noreturn]] void unresolved(const QString &option, const QString &value, const QString &reason)
{
    Validator v(QStringLiteral("option"));
    v.check(false, option, value, reason);
    v.throwIfInvalid();
    throw ValidationError(QList<FieldError>{});
}

// An id, or the row whose name columns equal the text (exactly one).
qint64 lookup(Database &db, const QString &option, const QString &value, NamedRecord kind)
{
    const QList<qint64> found = idsNamed(db, kind, value);
    if (found.isEmpty())
        unresolved(option, value, Validation::tr("matches nothing"));
    if (found.size() > 1)
        unresolved(option, value, Validation::tr("matches more than one; give the id"));
    return found.first();
}

} // namespace

void addScopeOptions(QCommandLineParser &parser)
{
    parser.addOption({QStringLiteral("pipeline"), QStringLiteral("Pipeline name or id."), QStringLiteral("P")});
    parser.addOption(
        {QStringLiteral("owner"), QStringLiteral("Owner login, display name or id."), QStringLiteral("U")});
    parser.addOption({QStringLiteral("team"), QStringLiteral("Team name or id."), QStringLiteral("T")});
    parser.addOption({QStringLiteral("region"), QStringLiteral("Region name or id."), QStringLiteral("R")});
    parser.addOption({QStringLiteral("product-line"), QStringLiteral("Product line name or id."), QStringLiteral("L")});
}

void addWindowedOptions(QCommandLineParser &parser)
{
    addScopeOptions(parser);
    parser.addOption({QStringLiteral("from"), QStringLiteral("Window start (YYYY-MM-DD)."), QStringLiteral("D")});
    parser.addOption({QStringLiteral("to"), QStringLiteral("Window end (YYYY-MM-DD)."), QStringLiteral("D")});
    parser.addOption(
        {QStringLiteral("as-of"), QStringLiteral("Replay as of the end of this day."), QStringLiteral("D")});
    parser.addOption({QStringLiteral("json"), QStringLiteral("Print JSON instead of text.")});
}

analytics::Scope scope(Database &db, const QCommandLineParser &parser)
{
    analytics::Scope s;
    auto opt = [&](const char *name) { return parser.value(QLatin1String(name)).trimmed(); };
    if (!opt("pipeline").isEmpty())
        s.pipelineId = lookup(db, QStringLiteral("--pipeline"), opt("pipeline"), NamedRecord::Pipeline);
    if (!opt("owner").isEmpty())
        s.ownerId = lookup(db, QStringLiteral("--owner"), opt("owner"), NamedRecord::User);
    if (!opt("team").isEmpty())
        s.teamId = lookup(db, QStringLiteral("--team"), opt("team"), NamedRecord::Team);
    if (!opt("region").isEmpty())
        s.regionId = lookup(db, QStringLiteral("--region"), opt("region"), NamedRecord::Region);
    if (!opt("product-line").isEmpty())
        s.productLineId = lookup(db, QStringLiteral("--product-line"), opt("product-line"), NamedRecord::ProductLine);
    return s;
}

QDate date(const QCommandLineParser &parser, const QString &option)
{
    if (!parser.isSet(option))
        return {};
    const auto d = isotime::parseDate(parser.value(option));
    if (!d)
        badValue(QStringLiteral("--") + option, parser.value(option), Validation::tr("is not a date (YYYY-MM-DD)"));
    return *d;
}

void window(const QCommandLineParser &parser, QDate *from, QDate *to)
{
    *from = date(parser, QStringLiteral("from"));
    *to = date(parser, QStringLiteral("to"));
    if (from->isValid() && to->isValid() && *from > *to)
        badValue(QStringLiteral("--to"), parser.value(QStringLiteral("to")), Validation::tr("is before --from"));
}

QDateTime asOf(const QCommandLineParser &parser)
{
    const QString option = QStringLiteral("as-of");
    if (!parser.isSet(option))
        return {};
    const QString text = parser.value(option).trimmed();
    if (text.contains(QLatin1Char('T'))) {
        const auto t = isotime::parseTimestamp(text);
        if (!t)
            badValue(QStringLiteral("--as-of"), text, Validation::tr("is not a date or an ISO 8601 timestamp"));
        return *t;
    }
    const QDate d = date(parser, option);
    return QDateTime(d, QTime(23, 59, 59), Qt::UTC);
}

qint64 positive(const QCommandLineParser &parser, const QString &option, qint64 fallback)
{
    if (!parser.isSet(option))
        return fallback;
    bool ok = false;
    const qint64 v = parser.value(option).toLongLong(&ok);
    if (!ok || v <= 0)
        badValue(QStringLiteral("--") + option, parser.value(option),
                 Validation::tr("must be a positive whole number"));
    return v;
}

QJsonValue json(const std::optional<double> &v)
{
    return v ? QJsonValue(*v) : QJsonValue(QJsonValue::Null);
}

QJsonValue json(const std::optional<qint64> &v)
{
    return v ? QJsonValue(*v) : QJsonValue(QJsonValue::Null);
}

QJsonValue json(const QDate &d)
{
    return d.isValid() ? QJsonValue(isotime::toStored(d)) : QJsonValue(QJsonValue::Null);
}

QJsonValue json(const QDateTime &t)
{
    return t.isValid() ? QJsonValue(isotime::toStored(t)) : QJsonValue(QJsonValue::Null);
}

QString percent(const std::optional<double> &rate)
{
    return rate ? QString::number(*rate * 100.0, 'f', 1) + QLatin1Char('%') : QStringLiteral("-");
}

QString days(const std::optional<double> &d)
{
    return d ? QString::number(*d, 'f', 1) : QStringLiteral("-");
}

QString yuan(qint64 cents)
{
    // CLI output stays English and locale-independent: "1234567.00".
    return money::editText(cents);
}

QString yuan(const std::optional<qint64> &cents)
{
    return cents ? yuan(*cents) : QStringLiteral("-");
}

QString pad(const QString &text, int width)
{
    QString out;
    int used = 0;
    for (const QChar c : text) {
        const ushort u = c.unicode();
        // CJK ideographs, kana, Hangul and full-width forms take two columns.
        const int w = (u >= 0x1100 && u <= 0x115F) || (u >= 0x2E80 && u <= 0xA4CF) || (u >= 0xAC00 && u <= 0xD7A3)
                              || (u >= 0xF900 && u <= 0xFAFF) || (u >= 0xFE30 && u <= 0xFE4F)
                              || (u >= 0xFF00 && u <= 0xFF60) || (u >= 0xFFE0 && u <= 0xFFE6)
                          ? 2
                          : 1;
        if (used + w > width)
            break;
        out += c;
        used += w;
    }
    return out + QString(width - used, QLatin1Char(' '));
}

QHash<qint64, QString> dealTitles(Database &db, const QList<qint64> &ids)
{
    const QHash<qint64, DealLine> lines = OpportunityRepository(db).lines(ids);
    QHash<qint64, QString> titles;
    for (qint64 id : ids)
        titles.insert(id, lines.value(id).title);
    return titles;
}

} // namespace fd::cliopts
