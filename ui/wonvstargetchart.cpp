#include "wonvstargetchart.h"

#include "domain/money.h"
#include "domain/moneyunits.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QLegend>
#include <QLineSeries>
#include <QLocale>
#include <QValueAxis>

#include <algorithm>

namespace fd {

WonVsTargetChart::WonVsTargetChart(QWidget *parent)
    : QChartView(parent)
{
    setRenderHint(QPainter::Antialiasing);
    setMinimumHeight(260);
    auto *c = new QChart;
    c->setBackgroundRoundness(6);
    c->legend()->setAlignment(Qt::AlignBottom);
    setChart(c);
}

void WonVsTargetChart::setMonths(const QList<MonthFigures> &months, const QString &currency)
{
    const QLocale locale;
    const bool chinese = locale.language() == QLocale::Chinese;
    // Display only: the figures themselves stay integer cents in core.
    const double centsPerUnit = double(money::shortUnitCents(currency, locale)); // 万 or thousands

    auto *c = new QChart;
    c->setTitle(tr("Won per month vs target (last %n months)", nullptr, int(months.size())));
    c->legend()->setAlignment(Qt::AlignBottom);
    c->setBackgroundRoundness(8);
    c->setLocalizeNumbers(true); // "20,000" on the value axis

    auto *wonSet = new QBarSet(tr("Won"));
    wonSet->setColor(QColor(0x2f, 0x6f, 0xd6));
    auto *target = new QLineSeries;
    target->setName(tr("Target"));
    QPen pen(QColor(0xe0, 0x7b, 0x24));
    pen.setWidth(2);
    target->setPen(pen);
    target->setPointsVisible(true);

    QStringList categories;
    QDate first;
    QDate last;
    double maxValue = 0;
    bool anyTarget = false;
    for (int i = 0; i < months.size(); ++i) {
        const MonthFigures &m = months.at(i);
        const QDate start = QDate::fromString(m.period + QStringLiteral("-01"), Qt::ISODate);
        // Twelve slots are narrow: the month alone fits, the years go in the axis title.
        categories << (chinese ? locale.toString(start, QStringLiteral("M月"))
                               : locale.toString(start, QStringLiteral("MMM")));
        if (i == 0)
            first = start;
        last = start;
        const double won = double(m.wonCents) / centsPerUnit;
        wonSet->append(won);
        maxValue = std::max(maxValue, won);
        if (m.targetSource != TargetSource::None) {
            const double t = double(m.targetCents) / centsPerUnit;
            target->append(i, t);
            maxValue = std::max(maxValue, t);
            anyTarget = true;
        }
    }

    auto *bars = new QBarSeries;
    bars->append(wonSet);
    bars->setBarWidth(0.6);
    c->addSeries(bars);
    if (anyTarget)
        c->addSeries(target);
    else
        delete target;

    auto *x = new QBarCategoryAxis;
    x->append(categories);
    if (first.isValid()) {
        const QString format = chinese ? QStringLiteral("yyyy年M月") : QStringLiteral("MMM yyyy");
        x->setTitleText(tr("%1 – %2").arg(locale.toString(first, format), locale.toString(last, format)));
    }
    auto *y = new QValueAxis;
    // An empty office still gets a readable axis (0 … 10), not 0, 0, 1, 1.
    y->setRange(0, maxValue > 0 ? maxValue * 1.1 : 10);
    y->applyNiceNumbers();
    y->setLabelFormat(QStringLiteral("%.0f"));
    y->setTitleText(money::countsInWan(currency, locale) ? tr("10,000 yuan")
                                                         : tr("%1 thousand").arg(money::symbol(currency)));
    c->addAxis(x, Qt::AlignBottom);
    c->addAxis(y, Qt::AlignLeft);
    bars->attachAxis(x);
    bars->attachAxis(y);
    if (anyTarget) {
        target->attachAxis(x);
        target->attachAxis(y);
    }

    QChart *old = chart();
    setChart(c);
    delete old;
}

} // namespace fd
