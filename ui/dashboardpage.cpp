#include "dashboardpage.h"

#include "nodealsstate.h"

#include "exportaction.h"
#include "funnel/funnelwidget.h"
#include "session.h"
#include "widgets/figurecard.h"
#include "wonvstargetchart.h"

#include "analytics/dashboardfigures.h"
#include "analytics/forecast.h"
#include "analytics/forecastauto.h"
#include "analytics/funnel.h"
#include "analytics/overduetasks.h"
#include "analytics/timerange.h"
#include "domain/clock.h"
#include "domain/errors.h"
#include "domain/money.h"
#include "storage/database.h"

#include <QEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace fd {

namespace {
} // namespace

DashboardPage::DashboardPage(PageContext &context, QWidget *parent)
    : LivePage(parent)
    , m_context(context)
    , m_heading(new QLabel(this))
    , m_asOf(new QLabel(this))
    , m_refresh(new QPushButton(this))
    , m_emptyNote(new QLabel(this))
    , m_open(new FigureCard(QStringLiteral("openPipeline"), this))
    , m_weighted(new FigureCard(QStringLiteral("weightedPipeline"), this))
    , m_won(new FigureCard(QStringLiteral("wonThisMonth"), this))
    , m_target(new FigureCard(QStringLiteral("monthTarget"), this))
    , m_completion(new FigureCard(QStringLiteral("completion"), this))
    , m_chart(new WonVsTargetChart(this))
    , m_forecast(new FigureCard(QStringLiteral("forecastThisMonth"), this))
    , m_funnel(new FunnelWidget(this))
    , m_overdueHeading(new QLabel(this))
    , m_overdue(new QTableWidget(0, 4, this))
    , m_overdueMore(new QLabel(this))
    , m_headlineJob(this)
    , m_engineJob(this)
    , m_choiceJob(this)
{
    setObjectName(QStringLiteral("dashboardPage"));
    QFont headingFont = m_heading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.4);
    headingFont.setBold(true);
    m_heading->setFont(headingFont);
    m_asOf->setObjectName(QStringLiteral("dashboardAsOf"));
    m_asOf->setForegroundRole(QPalette::PlaceholderText);
    m_emptyNote->setObjectName(QStringLiteral("dashboardEmptyNote"));
    m_emptyNote->setWordWrap(true);
    m_emptyNote->hide();

    auto *header = new QHBoxLayout;
    auto *titles = new QVBoxLayout;
    titles->addWidget(m_heading);
    titles->addWidget(m_asOf);
    header->addLayout(titles, 1);
    header->addWidget(m_refresh, 0, Qt::AlignBottom);

    auto *cards = new QGridLayout;
    cards->setSpacing(12);
    int column = 0;
    for (FigureCard *card : {m_open, m_weighted, m_won, m_target, m_completion, m_forecast})
        cards->addWidget(card, 0, column++);
    m_funnel->setObjectName(QStringLiteral("dashboardFunnel"));
    m_funnel->setMinimumSize(280, 220);
    auto *charts = new QHBoxLayout;
    charts->setSpacing(12);
    charts->addWidget(m_funnel, 2);
    charts->addWidget(m_chart, 3);

    QFont sectionFont = m_overdueHeading->font();
    sectionFont.setBold(true);
    m_overdueHeading->setFont(sectionFont);
    m_overdueHeading->setObjectName(QStringLiteral("dashboardOverdueHeading"));
    m_overdue->setObjectName(QStringLiteral("dashboardOverdue"));
    m_overdue->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_overdue->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_overdue->verticalHeader()->hide();
    new ExportAction(m_overdue, QStringLiteral("overdue-tasks"), m_overdue); // right-click → Export…
    // The task title takes the spare width; due, names and owner are short.
    m_overdue->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_overdue->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_overdue->setMaximumHeight(200);
    m_overdueMore->setObjectName(QStringLiteral("dashboardOverdueMore"));
    m_overdueMore->setForegroundRole(QPalette::PlaceholderText);
    auto *overdue = new QVBoxLayout;
    overdue->setSpacing(6);
    overdue->addWidget(m_overdueHeading);
    overdue->addWidget(m_overdue);
    overdue->addWidget(m_overdueMore);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 20, 24, 20);
    layout->setSpacing(16);
    layout->addLayout(header);
    layout->addWidget(m_emptyNote);
    layout->addWidget(new NoDealsState(m_context.session, QStringLiteral("dashboardEmpty"), nullptr, this));
    layout->addLayout(cards);
    layout->addLayout(charts, 1);
    layout->addLayout(overdue);

    connect(m_refresh, &QPushButton::clicked, this, &DashboardPage::refresh);
    watchSession(m_context.session);
    retranslateUi();
    // Until the first figures arrive from the background.
    for (FigureCard *card : {m_open, m_weighted, m_won, m_target, m_completion, m_forecast})
        card->setValue(QStringLiteral("…"));
    refresh();
}

void DashboardPage::retranslateUi()
{
    m_heading->setText(tr("This month at a glance"));
    m_refresh->setText(tr("Refresh"));
    m_refresh->setToolTip(tr("Read the figures from the database again (F5)"));
    m_open->setTitle(tr("Open pipeline"));
    m_weighted->setTitle(tr("Weighted pipeline"));
    m_won->setTitle(tr("Won this month"));
    m_target->setTitle(tr("Target this month"));
    m_completion->setTitle(tr("Target completion"));
    m_forecast->setTitle(tr("Forecast this month"));
    m_funnel->setToolTip(tr("The funnel of the default pipeline: deals that entered each stage; see the Funnel page"));
    m_overdue->setHorizontalHeaderLabels({tr("Due"), tr("Task"), tr("Customer / lead / deal"), tr("Owner")});
    m_overdueHeading->setText(tr("Overdue follow-up tasks (%1)").arg(QLocale().toString(m_overdueCount)));
}

void DashboardPage::reload()
{
    Database *db = m_context.session.database();
    if (!db) {
        m_headlineJob.cancel();
        m_engineJob.cancel();
        m_choiceJob.cancel();
        m_headlinePending = m_enginePending = false;
        m_asOf->setText(tr("No database is open."));
        for (FigureCard *card : {m_open, m_weighted, m_won, m_target, m_completion}) {
            card->setValue(QStringLiteral("—"));
            card->setSubtitle(QString());
            card->setProgress(-1);
        }
        m_chart->setMonths({}, m_context.session.currency());
        m_forecast->setValue(QStringLiteral("—"));
        m_forecast->setSubtitle(QString());
        m_funnel->setStages({}, m_context.session.currency());
        m_overdueCount = 0;
        m_overdue->setRowCount(0);
        m_overdueMore->hide();
        retranslateUi();
        return;
    }

    // The figures shown stay until the new ones arrive (no flicker on a data change).
    const QDate today = db->clock().now().date();
    m_headlinePending = true;
    m_headlineJob.start(
        *db,
        // Amounts in other currencies than the office's are counted aside.
        [today, currency = m_context.session.currency()](Database &worker) {
            Headline h;
            h.figures = dashboardFigures(worker, today, currency);
            h.months = monthlyWonAndTarget(worker, today, 12, currency);
            try {
                h.overdue = overdueTasks(worker);
            } catch (const Error &e) {
                h.overdueError = e.message();
            }
            return h;
        },
        [this](std::optional<Headline> h, const QString &error) {
            if (h)
                showHeadline(*h);
            else
                m_asOf->setText(tr("The figures could not be read: %1").arg(error));
            m_headlinePending = false;
            emit headlineFiguresShown();
            delivered();
        });
    refreshEngine(today);
}

void DashboardPage::showHeadline(const Headline &h)
{
    const DashboardFigures &f = h.figures;
    const QLocale locale;
    auto full = [&](qint64 cents) { return money::format(cents, m_context.session.currency(), locale); };
    auto brief = [&](qint64 cents) { return money::formatShort(cents, m_context.session.currency(), locale); };

    QString asOf = tr("As of %1 · amounts in %2").arg(locale.toString(f.asOf, QLocale::LongFormat), f.currency);
    if (f.otherCurrencyDeals > 0)
        asOf += QLatin1Char(' ')
                + tr("(not included: %1 deals in other currencies)").arg(locale.toString(f.otherCurrencyDeals));
    m_asOf->setText(asOf);

    const bool empty = f.openCount == 0 && f.wonThisMonthCount == 0
                       && h.months.cend()
                              == std::find_if(h.months.cbegin(), h.months.cend(),
                                              [](const MonthFigures &m) { return m.wonCount > 0; });
    // With no deal at all the empty state says it, with its buttons.
    m_emptyNote->setVisible(empty && findChild<NoDealsState *>()->isHidden());
    m_emptyNote->setText(tr("There are no opportunities in this database yet. Add deals, or load the demo "
                            "office from the File menu to explore FunnelDesk."));

    m_open->setValue(brief(f.openCents), full(f.openCents));
    m_open->setSubtitle(tr("Open deals: %1").arg(locale.toString(f.openCount)));

    m_weighted->setValue(brief(f.weightedCents), full(f.weightedCents));
    m_weighted->setSubtitle(tr("Σ amount × win probability of each open deal"));

    m_won->setValue(brief(f.wonThisMonthCents), full(f.wonThisMonthCents));
    // The month as the language writes it: "November 2026", "2026年11月".
    const QString month = locale.toString(f.asOf, tr("MMMM yyyy", "month and year of a date"));
    m_won->setSubtitle(tr("Deals won in %1: %2").arg(month, locale.toString(f.wonThisMonthCount)));

    switch (f.targetSource) {
    case TargetSource::Company:
        m_target->setValue(brief(f.targetCents), full(f.targetCents));
        m_target->setSubtitle(tr("Company target for %1").arg(f.period));
        break;
    case TargetSource::RepSum:
        m_target->setValue(brief(f.targetCents), full(f.targetCents));
        m_target->setSubtitle(tr("Sum of the reps' targets for %1 (no company target set)").arg(f.period));
        break;
    case TargetSource::None:
        m_target->setValue(QStringLiteral("—"));
        m_target->setSubtitle(tr("No target set for %1").arg(f.period));
        break;
    }

    if (const auto percent = f.completionPercent()) {
        m_completion->setValue(locale.toString(*percent, 'f', 1) + locale.percent());
        m_completion->setSubtitle(tr("%1 of %2 won").arg(brief(f.wonThisMonthCents), brief(f.targetCents)));
        m_completion->setProgress(*percent);
    } else {
        m_completion->setValue(QStringLiteral("—"));
        m_completion->setSubtitle(tr("Needs a target for this month"));
        m_completion->setProgress(-1);
    }

    m_chart->setMonths(h.months, m_context.session.currency());
    if (!h.overdueError.isNull()) {
        m_overdueMore->setText(tr("The overdue tasks could not be read: %1").arg(h.overdueError));
        m_overdueMore->show();
        return;
    }
    showOverdue(h.overdue);
}

void DashboardPage::showOverdue(const QList<OverdueTask> &tasks)
{
    const QLocale locale;
    m_overdueCount = int(tasks.size());
    m_overdueHeading->setText(tr("Overdue follow-up tasks (%1)").arg(locale.toString(m_overdueCount)));
    const int shown = std::min(m_overdueCount, kOverdueRows);
    m_overdue->setRowCount(shown);
    for (int row = 0; row < shown; ++row) {
        const OverdueTask &t = tasks.at(row);
        const QString cells[] = {locale.toString(t.dueAt.toLocalTime(), QLocale::ShortFormat), t.title,
                                 t.relatedName.isEmpty() ? QStringLiteral("—") : t.relatedName, t.ownerName};
        for (int column = 0; column < 4; ++column) {
            auto *item = new QTableWidgetItem(cells[column]);
            item->setToolTip(cells[column]);
            if (column == 0)
                item->setData(Qt::UserRole, t.id);
            m_overdue->setItem(row, column, item);
        }
    }
    m_overdue->setVisible(shown > 0);
    if (m_overdueCount > shown) {
        m_overdueMore->setText(tr("… and %n more", nullptr, m_overdueCount - shown));
        m_overdueMore->show();
    } else if (m_overdueCount == 0) {
        m_overdueMore->setText(tr("No follow-up task is overdue."));
        m_overdueMore->show();
    } else {
        m_overdueMore->hide();
    }
}

void DashboardPage::refreshEngine(const QDate &today)
{
    Database *db = m_context.session.database();
    if (!db)
        return;
    m_choiceJob.cancel(); // a choice for the data as it was
    const QString period = today.toString(QStringLiteral("yyyy-MM"));
    m_forecast->setValue(QStringLiteral("…"));
    m_forecast->setSubtitle(tr("Computing…"));
    m_enginePending = true;
    m_choiceCurrent = true;
    // The number first: with the method last chosen for this month (a restart reads it from
    // the cache file), else the learned model; then, if the data changed since that choice,
    // the choice again (a backtest, seconds on a large file) and the number with it.
    m_engineJob.start(
        *db,
        [period](Database &worker) {
            Engine e;
            const qint64 now = analytics::asOfInstant(worker, {});
            // One read of the stage history serves both: the funnel of the default pipeline and
            // the forecast of every pipeline (the history is the bulk of the work and of the
            // memory on a large office).
            analytics::Snapshot::Options options;
            options.until = now;
            const analytics::Snapshot snapshot = analytics::Snapshot::load(worker, options);
            try {
                analytics::FunnelQuery funnel;
                funnel.asOf = analytics::fromInstant(now);
                e.funnel = analytics::computeFunnel(worker, snapshot, funnel);
            } catch (const Error &) {
                // No pipeline: the funnel stays empty, the forecast is still shown.
            }
            analytics::ForecastQuery q;
            q.period = period;
            const auto last = analytics::lastForecastMethodChoice(worker, {}, now, &e.choiceCurrent);
            q.method = last ? last->method : analytics::ForecastMethod::Learned;
            if (q.method == analytics::ForecastMethod::Configured) {
                e.forecast = analytics::computeForecast(worker, q); // read from the deals as stored
            } else {
                q.asOf = analytics::fromInstant(now);
                e.forecast = analytics::computeForecast(worker, snapshot, q);
            }
            e.forecast.autoSelected = true;
            if (last) {
                e.forecast.trackRecordMape = last->mape;
                e.forecast.trackRecordMonths = last->months;
            }
            return e;
        },
        [this, period](std::optional<Engine> e, const QString &error) {
            std::vector<report::FunnelPainterStage> stages;
            if (e && e->funnel) {
                for (const analytics::FunnelStage &s : e->funnel->stages)
                    stages.push_back({s.name, s.entered, s.openAmount, s.dropOff});
            }
            m_funnel->setStages(std::move(stages), m_context.session.currency());
            if (e) {
                showForecast(e->forecast);
                m_choiceCurrent = e->choiceCurrent;
            } else {
                m_forecast->setValue(QStringLiteral("—"));
                m_forecast->setSubtitle(tr("The forecast could not be computed: %1").arg(error));
            }
            m_enginePending = false;
            engineDelivered(period);
        });
}

void DashboardPage::engineDelivered(const QString &period)
{
    emit engineFiguresShown();
    delivered();
    // The session's database now (it may have been closed since the jobs started).
    Database *current = m_context.session.database();
    if (m_choiceCurrent || !current)
        return;
    m_choiceJob.start(
        *current,
        [period](Database &worker) {
            analytics::ForecastQuery q;
            q.period = period;
            q.method = analytics::ForecastMethod::Auto;
            return analytics::computeForecast(worker, q);
        },
        [this](std::optional<analytics::ForecastResult> f, const QString &) {
            if (!f)
                return;
            showForecast(*f);
            emit forecastMethodChosen();
        });
}

void DashboardPage::delivered()
{
    if (!m_headlinePending && !m_enginePending)
        emit figuresShown();
}

void DashboardPage::showForecast(const analytics::ForecastResult &f)
{
    const QLocale locale;
    m_forecast->setValue(money::formatShort(f.forecast, m_context.session.currency(), locale),
                         money::format(f.forecast, m_context.session.currency(), locale));
    QString subtitle = analytics::trackRecordText(f);
    if (f.hasRange)
        subtitle += QLatin1Char('\n')
                    + tr("P10–P90: %1 – %2")
                          .arg(money::formatShort(f.p10, m_context.session.currency(), locale),
                               money::formatShort(f.p90, m_context.session.currency(), locale));
    m_forecast->setSubtitle(subtitle);
}

} // namespace fd
