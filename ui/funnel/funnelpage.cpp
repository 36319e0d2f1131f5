#include "funnelpage.h"

#include "nodealsstate.h"

#include "analyticsfilterbar.h"
#include "exportaction.h"
#include "funnelwidget.h"
#include "report/velocitytext.h"
#include "reps/repdiagnosticsview.h"
#include "session.h"
#include "tablecells.h"
#include "widgets/deallisttable.h"
#include "widgets/figurecard.h"

#include "analytics/snapshot.h"
#include "analytics/timerange.h"
#include "domain/clock.h"
#include "domain/money.h"
#include "storage/database.h"

#include <QCheckBox>
#include <QDateEdit>
#include <QEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSplitter>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>

namespace fd {

namespace {

enum StageColumn { Name, Open, OpenAmount, Entered, Advanced, Conversion, MedianDays, MeanDays, P90Days, StageColumns };

QString percent(std::optional<double> share, const QLocale &locale)
{
    return share ? locale.toString(*share * 100.0, 'f', 1) + locale.percent() : QStringLiteral("—");
}

QString oneDecimal(std::optional<double> value, const QLocale &locale)
{
    return value ? locale.toString(*value, 'f', 1) : QStringLiteral("—");
}
} // namespace

FunnelPage::FunnelPage(PageContext &context, QWidget *parent)
    : LivePage(parent)
    , m_context(context)
    , m_filters(new AnalyticsFilterBar(false, this))
    , m_useWindow(new QCheckBox(this))
    , m_from(new QDateEdit(this))
    , m_to(new QDateEdit(this))
    , m_toLabel(new QLabel(this))
    , m_asOfLabel(new QLabel(this))
    , m_asOf(new QDateEdit(this))
    , m_refresh(new QPushButton(this))
    , m_status(new QLabel(this))
    , m_job(this, m_status)
    , m_tabs(new QTabWidget(this))
    , m_funnelWidget(new FunnelWidget(this))
    , m_funnelNote(new QLabel(this))
    , m_stageTable(new QTableWidget(this))
    , m_won(new FigureCard(QStringLiteral("funnelWon"), this))
    , m_lost(new FigureCard(QStringLiteral("funnelLost"), this))
    , m_winRate(new FigureCard(QStringLiteral("funnelWinRate"), this))
    , m_averageDeal(new FigureCard(QStringLiteral("funnelAverageDeal"), this))
    , m_cycle(new FigureCard(QStringLiteral("funnelCycle"), this))
    , m_velocityCard(new FigureCard(QStringLiteral("funnelVelocity"), this))
    , m_velocityFactors(new QLabel(this))
    , m_dealsHeading(new QLabel(this))
    , m_deals(new DealListTable(this))
    , m_reps(new RepDiagnosticsView(this))
{
    setObjectName(QStringLiteral("funnelPage"));
    for (QDateEdit *edit : {m_from, m_to, m_asOf}) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    }
    m_from->setObjectName(QStringLiteral("funnelFrom"));
    m_to->setObjectName(QStringLiteral("funnelTo"));
    m_asOf->setObjectName(QStringLiteral("funnelAsOf"));
    m_useWindow->setObjectName(QStringLiteral("funnelUseWindow"));
    m_useWindow->setChecked(true); // the weekly report's window (reloadDatabase sets the dates)
    m_velocityFactors->setObjectName(QStringLiteral("funnelVelocityFactors"));
    m_velocityFactors->setWordWrap(true);
    m_velocityFactors->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_status->setForegroundRole(QPalette::PlaceholderText);
    m_funnelNote->setWordWrap(true);
    m_funnelNote->setForegroundRole(QPalette::PlaceholderText);
    m_stageTable->setObjectName(QStringLiteral("funnelStageTable"));
    m_stageTable->setColumnCount(StageColumns);
    m_stageTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_stageTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_stageTable->setSelectionMode(QAbstractItemView::SingleSelection);
    m_stageTable->verticalHeader()->hide();
    new ExportAction(m_stageTable, QStringLiteral("funnel"), m_stageTable); // right-click → Export…
    m_deals->setObjectName(QStringLiteral("funnelDeals"));

    auto *period = new QHBoxLayout;
    period->addWidget(m_useWindow);
    period->addWidget(m_from);
    period->addWidget(m_toLabel);
    period->addWidget(m_to);
    period->addSpacing(16);
    period->addWidget(m_asOfLabel);
    period->addWidget(m_asOf);
    period->addSpacing(16);
    period->addWidget(m_refresh);
    period->addWidget(m_status, 1);

    auto *cards = new QHBoxLayout;
    for (FigureCard *card : {m_won, m_lost, m_winRate, m_averageDeal, m_cycle})
        cards->addWidget(card);

    auto *velocity = new QHBoxLayout;
    velocity->addWidget(m_velocityCard, 1);
    velocity->addWidget(m_velocityFactors, 2);

    auto *funnelSide = new QVBoxLayout;
    funnelSide->addWidget(m_funnelWidget, 1);
    funnelSide->addWidget(m_funnelNote);
    auto *tableSide = new QVBoxLayout;
    tableSide->addWidget(m_stageTable, 1);
    tableSide->addLayout(cards);
    tableSide->addLayout(velocity);
    auto *top = new QWidget(this);
    auto *topLayout = new QHBoxLayout(top);
    topLayout->setContentsMargins(0, 0, 0, 0);
    topLayout->addLayout(funnelSide, 1);
    topLayout->addLayout(tableSide, 1);
    auto *bottom = new QWidget(this);
    auto *bottomLayout = new QVBoxLayout(bottom);
    bottomLayout->setContentsMargins(0, 0, 0, 0);
    bottomLayout->addWidget(m_dealsHeading);
    bottomLayout->addWidget(m_deals, 1);
    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(top);
    split->addWidget(bottom);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    m_tabs->addTab(split, QString());
    m_tabs->addTab(m_reps, QString());

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 12, 16, 12);
    layout->addWidget(m_filters);
    layout->addLayout(period);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(new NoDealsState(m_context.session, QStringLiteral("funnelEmpty"), m_tabs, this), 1);

    connect(m_filters, &AnalyticsFilterBar::changed, this, &FunnelPage::refresh);
    connect(m_useWindow, &QCheckBox::toggled, this, [this](bool on) {
        m_from->setEnabled(on);
        m_to->setEnabled(on);
        refresh();
    });
    for (QDateEdit *edit : {m_from, m_to})
        connect(edit, &QDateEdit::editingFinished, this, &FunnelPage::refresh);
    connect(m_asOf, &QDateEdit::editingFinished, this, &FunnelPage::asOfEdited);
    connect(m_refresh, &QPushButton::clicked, this, &FunnelPage::refresh);
    connect(m_funnelWidget, &FunnelWidget::stageClicked, this, &FunnelPage::selectStage);
    connect(m_stageTable, &QTableWidget::cellClicked, this, [this](int row, int) { selectStage(row); });
    connect(&m_context.session, &Session::databaseChanged, this, &FunnelPage::reloadDatabase);
    connect(&m_context.session, &Session::dataChanged, this, &FunnelPage::markStale);
    retranslateUi();
    reloadDatabase();
}

void FunnelPage::reloadDatabase()
{
    Database *db = m_context.session.database();
    m_filters->reload(db);
    const QDate today = db ? db->clock().now().toUTC().date() : QDate::currentDate();
    for (QDateEdit *edit : {m_from, m_to, m_asOf}) {
        const QSignalBlocker blocker(edit);
        edit->setMaximumDate(today);
    }
    const QSignalBlocker b1(m_from), b2(m_to), b3(m_asOf);
    m_from->setDate(analytics::windowStart(today, analytics::kDefaultFunnelWindowDays));
    m_to->setDate(today);
    m_asOf->setDate(today);
    m_windowAsOf = today;
    m_asOfLabel->setProperty("today", today);
    markStale();
}

void FunnelPage::asOfEdited()
{
    // So the page shows the weekly report's funnel for the report's as-of day: the last 90
    // days up to it, not 90 days up to today cut at an earlier as-of.
    const QDate asOf = m_asOf->date();
    if (m_to->date() == m_windowAsOf && asOf != m_windowAsOf) {
        const QSignalBlocker b1(m_from), b2(m_to);
        m_from->setDate(m_from->date().addDays(m_windowAsOf.daysTo(asOf)));
        m_to->setDate(asOf);
    }
    if (m_to->date() == asOf)
        m_windowAsOf = asOf;
    refresh();
}

void FunnelPage::languageChanged()
{
    retranslateUi();
    m_filters->retranslateUi();
    markStale(); // names of retired stages and amounts follow the language
}

void FunnelPage::retranslateUi()
{
    m_useWindow->setText(tr("Entered between"));
    m_useWindow->setToolTip(tr("Count only the deals that entered a stage in this window (off: all history)"));
    m_toLabel->setText(tr("and"));
    m_asOfLabel->setText(tr("As of:"));
    m_asOf->setToolTip(tr("Replay the pipeline as it stood at the end of this day"));
    m_refresh->setText(tr("Refresh"));
    m_tabs->setTabText(0, tr("Funnel"));
    m_tabs->setTabText(1, tr("Rep diagnostics"));
    m_funnelNote->setText(tr("Width and count: deals that entered the stage; amount: open in the stage at the "
                             "as-of date; red: share lost before the next stage. Click a stage to list its deals."));
    m_stageTable->setHorizontalHeaderLabels({tr("Stage"), tr("Open"), tr("Open amount"), tr("Entered"), tr("Advanced"),
                                             tr("Conversion"), tr("Median days"), tr("Mean days"), tr("P90 days")});
    m_stageTable->horizontalHeaderItem(Conversion)->setToolTip(tr("Advanced ÷ entered"));
    m_won->setTitle(tr("Won"));
    m_lost->setTitle(tr("Lost"));
    m_winRate->setTitle(tr("Win rate"));
    m_averageDeal->setTitle(tr("Average deal"));
    m_cycle->setTitle(tr("Median cycle"));
    m_velocityCard->setTitle(tr("Sales velocity per 30 days"));
    m_velocityCard->setToolTip(tr("Open deals × win rate × average won deal ÷ median sales cycle (days), × 30. "
                                  "Win rate, average deal and cycle over the window; open deals at the as-of "
                                  "date. Compared with the same a week earlier."));
    m_deals->retranslateUi();
    if (m_funnelWidget->selectedStage() < 0)
        m_dealsHeading->setText(tr("Click a stage of the funnel to list its open deals."));
}

void FunnelPage::reload()
{
    Database *db = m_context.session.database();
    if (!db) {
        m_job.cancel();
        m_status->setText(tr("No database is open."));
        showOutcome({});
        return;
    }
    analytics::FunnelQuery query;
    query.scope = m_filters->scope();
    if (m_useWindow->isChecked()) {
        query.from = m_from->date();
        query.to = m_to->date();
    }
    // The as-of day is replayed at its last second; today means "now".
    const QDate today = m_asOfLabel->property("today").toDate();
    if (m_asOf->date() < today)
        query.asOf = QDateTime::fromSecsSinceEpoch(analytics::endOfDay(m_asOf->date()), Qt::UTC);
    m_job.start(
        *db,
        [query](Database &worker) {
            Outcome outcome;
            analytics::FunnelQuery q = query;
            const analytics::Snapshot snapshot = analytics::loadFunnelSnapshot(worker, q);
            outcome.funnel = analytics::computeFunnel(worker, snapshot, q);
            outcome.velocity = analytics::computeVelocity(worker, snapshot, q, outcome.funnel);
            analytics::RepQuery reps;
            reps.scope = query.scope;
            reps.from = query.from;
            reps.to = query.to;
            reps.asOf = query.asOf;
            outcome.reps = analytics::computeReps(worker, reps);
            return outcome;
        },
        [this](std::optional<Outcome> outcome, const QString &error) {
            if (!outcome) {
                m_status->setText(tr("The funnel could not be computed: %1").arg(error));
                showOutcome({});
            } else {
                showOutcome(*outcome);
            }
            emit computed();
        },
        tr("Computing…"));
}

void FunnelPage::showOutcome(const Outcome &outcome)
{
    const int selected = m_funnelWidget->selectedStage();
    m_funnel = outcome.funnel;
    const QLocale locale;
    const auto brief = [&](qint64 cents) { return money::formatShort(cents, m_context.session.currency(), locale); };

    m_velocity = outcome.velocity;
    m_stageTable->setRowCount(int(m_funnel.stages.size()));
    for (size_t i = 0; i < m_funnel.stages.size(); ++i) {
        const analytics::FunnelStage &s = m_funnel.stages[i];
        const int row = int(i);
        auto *name = new QTableWidgetItem(s.active ? s.name : tr("%1 (retired)").arg(s.name));
        name->setFlags(Qt::ItemIsSelectable | Qt::ItemIsEnabled);
        m_stageTable->setItem(row, Name, name);
        m_stageTable->setItem(row, Open, readOnlyCell(locale.toString(s.openCount), true));
        m_stageTable->setItem(row, OpenAmount, readOnlyCell(brief(s.openAmount), true));
        m_stageTable->setItem(row, Entered, readOnlyCell(locale.toString(s.entered), true));
        m_stageTable->setItem(row, Advanced, readOnlyCell(locale.toString(s.advanced), true));
        m_stageTable->setItem(row, Conversion, readOnlyCell(percent(s.conversion, locale), true));
        m_stageTable->setItem(row, MedianDays, readOnlyCell(oneDecimal(s.days.median, locale), true));
        m_stageTable->setItem(row, MeanDays, readOnlyCell(oneDecimal(s.days.mean, locale), true));
        m_stageTable->setItem(row, P90Days, readOnlyCell(oneDecimal(s.days.p90, locale), true));
    }
    m_stageTable->resizeColumnsToContents();
    m_stageTable->horizontalHeader()->setSectionResizeMode(Name, QHeaderView::Stretch);
    m_funnelWidget->setStages(report::FunnelPainter::stagesOf(m_funnel), m_context.session.currency());
    showTotals();
    showVelocity();
    m_reps->setResult(outcome.reps, m_context.session.currency());
    // Keep the selection across a refresh when the stages are the same.
    if (selected >= 0 && selected < int(m_funnel.stages.size()))
        selectStage(selected);
    else {
        m_funnelWidget->setSelectedStage(-1);
        m_deals->clearDeals();
        m_dealsHeading->setText(tr("Click a stage of the funnel to list its open deals."));
    }
}

void FunnelPage::showTotals()
{
    const QLocale locale;
    const auto brief = [&](qint64 cents) { return money::formatShort(cents, m_context.session.currency(), locale); };
    const auto full = [&](qint64 cents) { return money::format(cents, m_context.session.currency(), locale); };
    m_won->setValue(brief(m_funnel.wonAmount), full(m_funnel.wonAmount));
    m_won->setSubtitle(tr("%1 deals").arg(locale.toString(m_funnel.wonCount)));
    m_lost->setValue(locale.toString(m_funnel.lostCount));
    m_lost->setSubtitle(tr("deals lost"));
    m_winRate->setValue(percent(m_funnel.winRate, locale));
    m_winRate->setSubtitle(tr("won ÷ (won + lost)"));
    m_averageDeal->setValue(m_funnel.averageDeal ? brief(*m_funnel.averageDeal) : QStringLiteral("—"),
                            m_funnel.averageDeal ? full(*m_funnel.averageDeal) : QString());
    m_averageDeal->setSubtitle(tr("per won deal"));
    m_cycle->setValue(m_funnel.medianCycleDays ? tr("%1 days").arg(locale.toString(*m_funnel.medianCycleDays, 'f', 1))
                                               : QStringLiteral("—"));
    m_cycle->setSubtitle(tr("created to won"));
}

void FunnelPage::showVelocity()
{
    const QLocale locale;
    const QString &currency = m_context.session.currency();
    const analytics::VelocityFigures &now = m_velocity.current;
    m_velocityCard->setValue(report::velocityAmount(now.per30Days, currency, locale, true),
                             report::velocityAmount(now.per30Days, currency, locale));
    m_velocityCard->setSubtitle(tr("%1 per day · %2 vs a week earlier")
                                    .arg(report::velocityAmount(now.perDay, currency, locale),
                                         report::velocityChangeText(m_velocity, currency, locale)));
    m_velocityFactors->setText(tr("= %1\nA week earlier (%2): %3 per 30 days")
                                   .arg(report::velocityFactorsText(now, currency, locale),
                                        m_velocity.previous.asOf.date().toString(QStringLiteral("yyyy-MM-dd")),
                                        report::velocityAmount(m_velocity.previous.per30Days, currency, locale, true)));
}

void FunnelPage::selectStage(int index)
{
    Database *db = m_context.session.database();
    if (!db || index < 0 || index >= int(m_funnel.stages.size()))
        return;
    m_funnelWidget->setSelectedStage(index);
    {
        const QSignalBlocker blocker(m_stageTable);
        m_stageTable->selectRow(index);
    }
    const analytics::FunnelStage &stage = m_funnel.stages[size_t(index)];
    m_dealsHeading->setText(tr("Open deals in “%1”: %2").arg(stage.name, QLocale().toString(stage.openCount)));
    m_deals->setDeals(*db, stage.openDealIds);
}

} // namespace fd
