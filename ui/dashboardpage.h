#pragma once

#include "pageregistry.h"

#include <QWidget>

class QLabel;
class QPushButton;

namespace fd {

class FigureCard;
class WonVsTargetChart;

// The month at a glance, from the database: open and weighted pipeline, won this
// month, this month's target and its completion, and won vs target per month.
class DashboardPage final : public QWidget
{
    Q_OBJECT

public:
    explicit DashboardPage(PageContext &context, QWidget *parent = nullptr);

    // Reads the figures again (also done on every data or language change).
    void refresh();

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void markStale();
    void retranslateUi();

    PageContext &m_context;
    bool m_stale = true;
    QLabel *m_heading;
    QLabel *m_asOf;
    QPushButton *m_refresh;
    QLabel *m_emptyNote;
    FigureCard *m_open;
    FigureCard *m_weighted;
    FigureCard *m_won;
    FigureCard *m_target;
    FigureCard *m_completion;
    WonVsTargetChart *m_chart;
};

} // namespace fd
