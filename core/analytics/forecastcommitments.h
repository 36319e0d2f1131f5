#pragma once

#include "forecast.h"

#include "storage/repositories/forecastsnapshotrepository.h"

#include <QDate>
#include <QString>

#include <optional>

namespace fd {

class Database;

namespace analytics {

// A rep's committed forecast (承诺预测): the amount they say they will win in a month or
// quarter, which the forecast-accuracy component of their pay plan compares with what they
// were then credited with (domain/payplan.h). Stored as a forecast snapshot of method
// "commit" for the rep's own scope (owner = the rep), so Forecast history lists it beside
// the model's forecasts: `forecast` is the committed amount, `expected` the model's forecast
// for the rep's deals when the commitment was made.
//
// Only the rep's own word counts: a commitment recorded by anyone else for them is ignored
// (on a team database the server also refuses to store it under another's name). And only a
// commitment made early counts — recorded on or before the period's kCommitDays-th day (UTC)
// — because a figure committed on the last day, when the month is all but over, measures
// nothing. A later commitment is stored and shown, but the earlier one stays the one paid on.

inline constexpr char kCommitMethod[] = "commit";
constexpr int kCommitDays = 7;

// The last day (UTC) a commitment for `period` ("2026-12", "2026-Q4") still counts; invalid
// for a malformed period.
QDate commitmentDeadline(const QString &period);

struct Commitment
{
    qint64 cents = 0;
    QDateTime recordedAt; // UTC
    qint64 snapshotId = 0;
};

class ForecastCommitments final
{
public:
    explicit ForecastCommitments(Database &db)
        : m_db(db)
    {
    }

    // Records the acting user's commitment of `cents` for the period of `model` (their own
    // forecast, scope owner = the acting user), source "gui" or "cli". Refuses (ValidationError)
    // a negative amount, a model for another scope, or no signed-in user. Returns the snapshot id.
    qint64 commit(const ForecastResult &model, const Scope &modelScope, qint64 cents, const QString &source);

    // The commitment the pay plan counts: the latest made by `userId` themselves for `period`
    // on or before commitmentDeadline(period); none when there is none.
    std::optional<Commitment> counted(qint64 userId, const QString &period);
    // The latest commitment by `userId` for `period`, whenever made (what the UI shows).
    std::optional<Commitment> latest(qint64 userId, const QString &period);

private:
    Database &m_db;
};

} // namespace analytics
} // namespace fd
