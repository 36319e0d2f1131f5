#include "forecastchart.h"

#include "domain/money.h"
#include "domain/moneyunits.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QBoxPlotSeries>
#include <QBoxSet>
#include <QChart>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QLocale>
#include <QValueAxis>

#include <algorithm>

namespace fd {

namespace {

// Display only: amounts in 万 (Chinese readers of the yuan and its neighbours) or thousands;
// the figures stay cents in core.
double centsPerUnit(const QString &currency)
{
    return double(money::shortUnitCents(currency));
}

QValueAxis *amountAxis(double maxValue, const QString &currency)
{
    auto *y = new QValueAxis;
    y->setRange(0, maxValue > 0 ? maxValue * 1.1 : 10);
    y->applyNiceNumbers();
    y->setLabelFormat(QStringLiteral("%.0f"));
    y->setTitleText(money::countsInWan(currency) ? ForecastChart::tr("10,000 yuan")
                                                 : ForecastChart::tr("%1 thousand").arg(money::symbol(currency)));
    return y;
}

QChart *newChart()
{
    auto *c = new QChart;
    c->legend()->setAlignment(Qt::AlignBottom);
    c->setBackgroundRoundness(8);
    c->setLocalizeNumbers(true);
    return c;
}

} // namespace

void ForecastChart::install(QChart *c, const QStringList &categories, double maxValue, const QString &currency)
{
    auto *x = new QBarCategoryAxis;
    x->append(categories);
    QValueAxis *y = amountAxis(maxValue, currency);
    c->addAxis(x, Qt::AlignBottom);
    c->addAxis(y, Qt::AlignLeft);
    for (QAbstractSeries *s : c->series()) {
        s->attachAxis(x);
        s->attachAxis(y);
    }
    QChart *old = chart();
    setChart(c);
    delete old;
}

ForecastChart::ForecastChart(QWidget *parent)
    : QChartView(parent)
{
    setRenderHint(QPainter::Antialiasing);
    setMinimumHeight(240);
    setChart(newChart());
}

void ForecastChart::setPeriods(const std::vector<ForecastChartPeriod> &periods, const QString &currency,
                               const QString &forecastName)
{
    const double unit = centsPerUnit(currency);
    QChart *c = newChart();
    c->setTitle(tr("Forecast per period"));
    auto *won = new QBarSet(tr("Won so far"));
    auto *configured = new QBarSet(tr("Configured win rates"));
    auto *historical = new QBarSet(tr("Run rate"));
    auto *simulated = new QBarSet(tr("Forecast: %1").arg(forecastName));
    won->setColor(QColor(0x2e, 0x9e, 0x5b));
    configured->setColor(QColor(0xa8, 0xc4, 0xe0));
    historical->setColor(QColor(0x9e, 0x9e, 0x9e));
    simulated->setColor(QColor(0x1f, 0x4e, 0x8c));
    auto *band = new QBoxPlotSeries;
    band->setName(tr("P10–P90"));
    band->setBrush(QColor(0xf2, 0x9d, 0x38, 0x60));
    band->setPen(QPen(QColor(0xc0, 0x70, 0x10), 1.5));
    auto *target = new QLineSeries;
    target->setName(tr("Target"));
    QPen pen(QColor(0xd0, 0x3a, 0x2e));
    pen.setWidth(2);
    pen.setStyle(Qt::DashLine);
    target->setPen(pen);
    target->setPointsVisible(true);

    QStringList categories;
    double maxValue = 0;
    for (size_t i = 0; i < periods.size(); ++i) {
        const ForecastChartPeriod &p = periods[i];
        categories << p.label;
        won->append(double(p.won) / unit);
        configured->append(double(p.configured) / unit);
        historical->append(double(p.baseline) / unit);
        simulated->append(double(p.forecast) / unit);
        auto *box = new QBoxSet(double(p.p10) / unit, double(p.p10) / unit, double(p.p50) / unit, double(p.p90) / unit,
                                double(p.p90) / unit, p.label);
        band->append(box);
        maxValue = std::max({maxValue, double(p.configured) / unit, double(p.baseline) / unit,
                             double(p.forecast) / unit, double(p.p90) / unit, double(p.won) / unit});
        if (p.target) {
            target->append(double(i), double(*p.target) / unit);
            maxValue = std::max(maxValue, double(*p.target) / unit);
        }
    }
    // Five slots per period; the middle one stays empty for the P10–P90 box, which a box
    // series always centres on its category.
    auto *slot = new QBarSet(QString());
    for (size_t i = 0; i < periods.size(); ++i)
        slot->append(0.0);
    auto *bars = new QBarSeries;
    bars->append({won, configured, slot, simulated, historical});
    bars->setBarWidth(0.85);
    band->setBoxWidth(0.85 / 5.0 * 0.9);
    c->addSeries(bars);
    c->addSeries(band);
    const auto markers = c->legend()->markers(bars);
    if (markers.size() == 5)
        markers.at(2)->setVisible(false);
    const bool anyTarget = target->count() > 0;
    if (anyTarget)
        c->addSeries(target);
    else
        delete target;
    install(c, categories, maxValue, currency);
}

void ForecastChart::setBacktest(const QStringList &months, const std::vector<qint64> &actual,
                                const std::vector<std::vector<qint64>> &byMethod, const QStringList &methodNames,
                                const QString &currency)
{
    const double unit = centsPerUnit(currency);
    QChart *c = newChart();
    c->setTitle(tr("Backtest: forecast at the start of each month vs won"));
    double maxValue = 0;
    auto *actualBars = new QBarSet(tr("Won"));
    actualBars->setColor(QColor(0x2e, 0x9e, 0x5b, 0xa0));
    for (qint64 v : actual) {
        actualBars->append(double(v) / unit);
        maxValue = std::max(maxValue, double(v) / unit);
    }
    auto *bars = new QBarSeries;
    bars->append(actualBars);
    c->addSeries(bars);
    const QColor colours[] = {QColor(0x6f, 0xa8, 0xdc), QColor(0x3d, 0x3e, 0xc4), QColor(0xe0, 0x7b, 0x24)};
    for (size_t m = 0; m < byMethod.size(); ++m) {
        auto *line = new QLineSeries;
        line->setName(m < size_t(methodNames.size()) ? methodNames.at(int(m)) : QString());
        QPen pen(colours[m % 3]);
        pen.setWidth(2);
        line->setPen(pen);
        line->setPointsVisible(true);
        for (size_t i = 0; i < byMethod[m].size(); ++i) {
            line->append(double(i), double(byMethod[m][i]) / unit);
            maxValue = std::max(maxValue, double(byMethod[m][i]) / unit);
        }
        c->addSeries(line);
    }
    install(c, months, maxValue, currency);
}

} // namespace fd
