#pragma once

#include <QChartView>

#include <optional>
#include <vector>

namespace fd {

// The figures of one forecast period as the chart draws them (cents).
struct ForecastChartPeriod
{
    QString label;
    qint64 won = 0;
    qint64 configured = 0; // configured win rates, for contrast
    qint64 baseline = 0;   // run rate
    qint64 forecast = 0;   // the headline method
    qint64 p10 = 0, p50 = 0, p90 = 0;
    std::optional<qint64> target;
};

// Forecast per period: bars for won so far, the configured win rates, the headline forecast
// and the run-rate baseline, the P10–P90 range as a box (whiskers at P10 and P90, line at
// P50) and the target as a line. Also draws
// the backtest (actual vs each method per month) with setBacktest().
class ForecastChart final : public QChartView
{
    Q_OBJECT

public:
    explicit ForecastChart(QWidget *parent = nullptr);

    // Draws the forecast periods (amounts in `currency`).
    void setPeriods(const std::vector<ForecastChartPeriod> &periods, const QString &currency,
                    const QString &forecastName);
    // Draws the backtest: one line for the actual won amount, one per method.
    void setBacktest(const QStringList &months, const std::vector<qint64> &actual,
                     const std::vector<std::vector<qint64>> &byMethod, const QStringList &methodNames,
                     const QString &currency);

private:
    // Gives `c` its category and amount axes, attaches every series and shows it.
    void install(QChart *c, const QStringList &categories, double maxValue, const QString &currency);
};

} // namespace fd
