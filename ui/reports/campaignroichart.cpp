#include "campaignroichart.h"

#include "setup/officecurrency.h"

#include "domain/money.h"
#include "domain/moneyunits.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QFont>
#include <QHorizontalBarSeries>
#include <QLegend>
#include <QLocale>
#include <QValueAxis>

#include <algorithm>

namespace fd {

namespace {
constexpr int kNameChars = 12; // longer campaign names are cut short on the axis
}

CampaignRoiChart::CampaignRoiChart(QWidget *parent)
    : QChartView(parent)
{
    setObjectName(QStringLiteral("campaignRoiChart"));
    setRenderHint(QPainter::Antialiasing);
    setMinimumSize(320, 240);
    setCampaigns({}, office::kDefaultCurrency);
}

void CampaignRoiChart::setCampaigns(const std::vector<analytics::CampaignRow> &campaigns, const QString &currency)
{
    const QLocale locale;
    // Display only: the figures themselves stay integer cents in core.
    const double centsPerUnit = double(money::shortUnitCents(currency, locale)); // 万 or thousands

    auto *c = new QChart;
    c->setTitle(tr("Won amount vs cost per campaign"));
    c->legend()->setAlignment(Qt::AlignBottom);
    c->setBackgroundRoundness(8);
    c->setLocalizeNumbers(true);

    auto *won = new QBarSet(tr("Won amount"));
    won->setColor(QColor(0x2f, 0x6f, 0xd6));
    auto *cost = new QBarSet(tr("Cost"));
    cost->setColor(QColor(0xe0, 0x7b, 0x24));
    QStringList names;
    double maxValue = 0;
    // Horizontal bars are drawn bottom-up: add in reverse so the first campaign is on top.
    for (auto it = campaigns.rbegin(); it != campaigns.rend(); ++it) {
        if (it->cost <= 0)
            continue; // no cost in the window: nothing to weigh the return against
        QString name = it->name;
        if (name.size() > kNameChars)
            name = name.left(kNameChars - 1) + QChar(0x2026);
        // Category names must be unique: a repeated elided name gets an invisible suffix.
        while (names.contains(name))
            name += QChar(0x200B);
        names << name;
        won->append(double(it->figures.wonAmount) / centsPerUnit);
        cost->append(double(it->cost) / centsPerUnit);
        maxValue = std::max({maxValue, double(it->figures.wonAmount) / centsPerUnit, double(it->cost) / centsPerUnit});
    }
    m_count = int(names.size());

    auto *bars = new QHorizontalBarSeries;
    bars->append(won);
    bars->append(cost);
    bars->setBarWidth(0.75);
    c->addSeries(bars);
    auto *y = new QBarCategoryAxis;
    y->append(names);
    QFont small = y->labelsFont();
    small.setPointSizeF(small.pointSizeF() * 0.85);
    y->setLabelsFont(small);
    auto *x = new QValueAxis;
    x->setRange(0, maxValue > 0 ? maxValue * 1.1 : 10);
    x->applyNiceNumbers();
    x->setLabelFormat(QStringLiteral("%.0f"));
    x->setTitleText(money::countsInWan(currency, locale) ? tr("10,000 yuan")
                                                         : tr("%1 thousand").arg(money::symbol(currency)));
    c->addAxis(y, Qt::AlignLeft);
    c->addAxis(x, Qt::AlignBottom);
    bars->attachAxis(y);
    bars->attachAxis(x);

    QChart *old = chart();
    setChart(c);
    delete old;
}

} // namespace fd
