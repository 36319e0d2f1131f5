#pragma once

#include "analytics/dashboardfigures.h"

#include <QChartView>
#include <QList>

namespace fd {

// "Won per month vs target": a bar per month for the won amount and a line for the
// target. Amounts are drawn in 万 (Chinese) or thousands (other languages).
class WonVsTargetChart final : public QChartView
{
    Q_OBJECT

public:
    explicit WonVsTargetChart(QWidget *parent = nullptr);

    // Replaces the data; texts follow the current language and default QLocale.
    void setMonths(const QList<MonthFigures> &months, const QString &currency);
};

} // namespace fd
