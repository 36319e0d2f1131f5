#include "gapclosingpanel.h"

#include "session.h"
#include "tablecells.h"

#include "analytics/snapshot.h"
#include "analytics/timerange.h"
#include "domain/clock.h"
#include "domain/money.h"
#include "io/tablesink.h"
#include "storage/database.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QTableWidget>
#include <QVBoxLayout>

namespace fd {

namespace {
enum StageColumn { StageName, WinRate, DealsNeeded, AmountNeeded, OpenNow, OpenAmount, StageColumns };
enum DealColumn { Rank, Deal, Stage, Amount, Probability, Expected, Cumulative, DealColumns };

QTableWidget *newTable(const QString &name, int columns, const QString &exportName, QWidget *parent)
{
    auto *table = new QTableWidget(parent);
    table->setObjectName(name);
    table->setColumnCount(columns);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->verticalHeader()->hide();
    new ExportAction(table, exportName, table); // right-click → Export…
    return table;
}
} // namespace

GapClosingPanel::GapClosingPanel(Session &session, QWidget *parent)
    : LivePage(parent)
    , m_session(session)
    , m_periodLabel(new QLabel(this))
    , m_period(new QComboBox(this))
    , m_summary(new QLabel(this))
    , m_job(this, m_summary)
    , m_stagesHeading(new QLabel(this))
    , m_stages(newTable(QStringLiteral("gapStageTable"), StageColumns, QStringLiteral("gap-stages"), this))
    , m_dealsHeading(new QLabel(this))
    , m_deals(newTable(QStringLiteral("gapDealTable"), DealColumns, QStringLiteral("gap-deals"), this))
{
    setObjectName(QStringLiteral("gapClosing"));
    m_period->setObjectName(QStringLiteral("gapPeriod"));
    m_summary->setObjectName(QStringLiteral("gapSummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::PlainText);
    QFont bold = m_stagesHeading->font();
    bold.setBold(true);
    m_stagesHeading->setFont(bold);
    m_dealsHeading->setFont(bold);
    for (QLabel *label : {m_summary, m_stagesHeading, m_dealsHeading})
        label->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed); // the deals table takes the height

    auto *controls = new QHBoxLayout;
    controls->addWidget(m_periodLabel);
    controls->addWidget(m_period);
    controls->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(controls);
    layout->addWidget(m_summary);
    layout->addWidget(m_stagesHeading);
    layout->addWidget(m_stages);
    layout->addWidget(m_dealsHeading);
    layout->addWidget(m_deals, 1);

    connect(m_period, qOverload<int>(&QComboBox::currentIndexChanged), this, [this] {
        if (m_period->currentIndex() >= 0)
            refresh();
    });
    retranslateUi();
}

void GapClosingPanel::retranslateUi()
{
    m_periodLabel->setText(tr("Period:"));
    m_stagesHeading->setText(tr("Deals needed in each stage"));
    m_dealsHeading->setText(tr("Open deals that would close the gap if won"));
    m_stages->setHorizontalHeaderLabels(
        {tr("Stage"), tr("Win rate"), tr("Deals needed"), tr("Amount needed"), tr("Open now"), tr("Open amount")});
    m_stages->horizontalHeaderItem(WinRate)->setToolTip(
        tr("Of the deals that entered the stage and closed, the share won (shrunk toward the configured rate)"));
    m_stages->horizontalHeaderItem(DealsNeeded)->setToolTip(tr("Wins needed ÷ the stage's win rate"));
    m_deals->setHorizontalHeaderLabels(
        {tr("#"), tr("Deal"), tr("Stage"), tr("Amount"), tr("Prob."), tr("Expected"), tr("Cumulative if won")});
    m_deals->horizontalHeaderItem(Cumulative)
        ->setToolTip(tr("What winning this deal and those above adds to the forecast: amount − expected"));
    for (int c : {int(AmountNeeded), int(OpenAmount)})
        m_stages->horizontalHeaderItem(c)->setData(ExportTypeRole, int(ColumnType::Money));
    for (int c : {int(Amount), int(Expected), int(Cumulative)})
        m_deals->horizontalHeaderItem(c)->setData(ExportTypeRole, int(ColumnType::Money));
    showClosing();
}

void GapClosingPanel::setScope(const analytics::Scope &scope)
{
    m_scope = scope;
    markStale();
}

void GapClosingPanel::setMethod(analytics::ForecastMethod method)
{
    m_method = method;
    markStale();
}

void GapClosingPanel::fillPeriods()
{
    // The periods a manager can still act on: this month, next month, this quarter.
    Database *db = m_session.database();
    const QString current = m_period->currentData().toString();
    const QSignalBlocker blocker(m_period);
    m_period->clear();
    if (!db)
        return;
    const QDate today = db->clock().now().toUTC().date();
    for (const QString &p :
         {today.toString(QStringLiteral("yyyy-MM")), today.addMonths(1).toString(QStringLiteral("yyyy-MM")),
          QStringLiteral("%1-Q%2").arg(today.year()).arg((today.month() - 1) / 3 + 1)})
        m_period->addItem(p, p);
    m_period->setCurrentIndex(std::max(0, m_period->findData(current)));
}

void GapClosingPanel::reload()
{
    fillPeriods();
    Database *db = m_session.database();
    m_error.clear();
    if (!db || m_period->currentIndex() < 0) {
        m_job.cancel();
        m_closing = {};
        showClosing();
        emit computed();
        return;
    }
    analytics::ForecastQuery q;
    q.period = m_period->currentData().toString();
    q.method = m_method;
    q.scope = m_scope;
    m_job.start(
        *db,
        [q](Database &worker) {
            // One snapshot for the forecast and the gap: the gap's needs come from the same history.
            const analytics::Snapshot snapshot = analytics::Snapshot::load(worker,
                                                                           {0, analytics::asOfInstant(worker, {})});
            const analytics::ForecastResult forecast = analytics::computeForecast(worker, snapshot, q);
            return analytics::computeGapClosing(worker, snapshot, forecast, q.scope);
        },
        [this](std::optional<analytics::GapClosing> result, const QString &error) {
            m_closing = result ? *result : analytics::GapClosing{};
            m_error = result ? QString() : error;
            showClosing();
            emit computed();
        },
        tr("Computing…"));
}

void GapClosingPanel::showClosing()
{
    using analytics::GapStatus;
    const QLocale locale;
    const auto brief = [&](qint64 cents) { return money::formatShort(cents, m_session.currency(), locale); };
    const auto percent = [&](double rate) { return locale.toString(rate * 100.0, 'f', 1) + locale.percent(); };
    const analytics::GapClosing &g = m_closing;
    const bool shortOfTarget = g.status == GapStatus::Short && !g.period.isEmpty();
    m_stagesHeading->setVisible(shortOfTarget);
    m_stages->setVisible(shortOfTarget);
    m_dealsHeading->setVisible(shortOfTarget);
    m_deals->setVisible(shortOfTarget);
    m_stages->setRowCount(shortOfTarget ? int(g.stages.size()) : 0);
    m_deals->setRowCount(shortOfTarget ? int(g.deals.size()) : 0);

    if (!m_error.isEmpty()) {
        m_summary->setText(tr("The gap could not be computed: %1").arg(m_error));
        return;
    }
    if (!m_session.database()) {
        m_summary->setText(tr("No database is open."));
        return;
    }
    if (g.period.isEmpty())
        return;
    switch (g.status) {
    case GapStatus::NoTarget:
        m_summary->setText(tr("No target is set for %1 in this scope: there is no gap to close.").arg(g.period));
        return;
    case GapStatus::AheadOfTarget:
        m_summary->setText(tr("Ahead of target: the forecast %1 reaches the target %2 of %3, there is no gap to close.")
                               .arg(brief(g.forecast), brief(g.target.value_or(0)), g.period));
        return;
    case GapStatus::PeriodOver:
        m_summary->setText(tr("%1 is over: nothing more can be won in it.").arg(g.period));
        return;
    case GapStatus::Short:
        break;
    }
    QString text = tr("%1: target %2, forecast %3 — %4 short.")
                       .arg(g.period, brief(g.target.value_or(0)), brief(g.forecast), brief(g.gap));
    if (g.winsNeeded && g.averageDeal)
        text += QLatin1Char(' ')
                + tr("With the average won deal of %1 (deals won in the last %3 days: %2) that is %4 more won deals.")
                      .arg(brief(*g.averageDeal), locale.toString(g.averageDealCount),
                           locale.toString(g.averageDealDays), locale.toString(*g.winsNeeded));
    else
        text += QLatin1Char(' ')
                + tr("No deal was won in the last %1 days, so the number of wins needed cannot be estimated.")
                      .arg(locale.toString(analytics::kAverageDealLongDays));
    m_summary->setText(text);
    m_stagesHeading->setText(tr("Deals needed in each stage (%1)").arg(g.pipelineName));

    for (size_t i = 0; i < g.stages.size(); ++i) {
        const analytics::GapStageNeed &s = g.stages[i];
        const int row = int(i);
        m_stages->setItem(row, StageName, readOnlyCell(s.name, false));
        QTableWidgetItem *rate = readOnlyCell(percent(s.probability), true);
        rate->setToolTip(tr("%1 of %2 deals that entered the stage and closed were won")
                             .arg(locale.toString(s.won), locale.toString(s.closed)));
        m_stages->setItem(row, WinRate, rate);
        m_stages->setItem(row, DealsNeeded,
                          readOnlyCell(s.dealsNeeded ? locale.toString(*s.dealsNeeded) : QStringLiteral("—"), true,
                                       s.dealsNeeded ? QVariant(*s.dealsNeeded) : QVariant()));
        m_stages->setItem(row, AmountNeeded,
                          readOnlyCell(s.amountNeeded ? brief(*s.amountNeeded) : QStringLiteral("—"), true,
                                       s.amountNeeded ? QVariant(*s.amountNeeded) : QVariant()));
        m_stages->setItem(row, OpenNow, readOnlyCell(locale.toString(s.openCount), true, s.openCount));
        m_stages->setItem(row, OpenAmount, readOnlyCell(brief(s.openAmount), true, s.openAmount));
    }
    m_stages->resizeColumnsToContents();
    // A few stages: the table is as tall as its rows, the deals below take the rest.
    int height = m_stages->horizontalHeader()->sizeHint().height() + 2 * m_stages->frameWidth();
    for (int r = 0; r < m_stages->rowCount(); ++r)
        height += m_stages->rowHeight(r);
    m_stages->setFixedHeight(height);

    for (size_t i = 0; i < g.deals.size(); ++i) {
        const analytics::GapDeal &d = g.deals[i];
        const int row = int(i);
        m_deals->setItem(row, Rank, readOnlyCell(locale.toString(row + 1), true, qint64(row + 1)));
        QTableWidgetItem *title = readOnlyCell(d.title, false);
        title->setData(Qt::UserRole, d.id);
        m_deals->setItem(row, Deal, title);
        m_deals->setItem(row, Stage, readOnlyCell(d.stage, false));
        m_deals->setItem(row, Amount, readOnlyCell(brief(d.amount), true, d.amount));
        m_deals->setItem(row, Probability, readOnlyCell(percent(d.probability), true));
        m_deals->setItem(row, Expected, readOnlyCell(brief(d.expected), true, d.expected));
        m_deals->setItem(row, Cumulative, readOnlyCell(brief(d.cumulative), true, d.cumulative));
    }
    m_deals->resizeColumnsToContents();
    m_dealsHeading->setText(
        g.dealsCoverGap
            ? tr("Open deals that would close the gap if won: %1").arg(locale.toString(qint64(g.deals.size())))
            : tr("Open deals that would close the gap if won: even all %1 listed leave %2 missing")
                  .arg(locale.toString(qint64(g.deals.size())),
                       brief(g.gap - (g.deals.empty() ? 0 : g.deals.back().cumulative))));
}

} // namespace fd
