#pragma once

#include "analytics/resultsanalysis.h"

#include <QChartView>

namespace fd {

// Won amount against cost per campaign (horizontal bars, one pair per campaign, in 万
// for Chinese locales): the picture of 004's 市场活动ROI分析.
class CampaignRoiChart final : public QChartView
{
    Q_OBJECT

public:
    explicit CampaignRoiChart(QWidget *parent = nullptr);

    // Draws the campaigns with a cost in the window (the others have nothing to compare).
    void setCampaigns(const std::vector<analytics::CampaignRow> &campaigns, const QString &currency);
    // Number of campaigns drawn (test hook).
    int campaignCount() const { return m_count; }

private:
    int m_count = 0;
};

} // namespace fd
