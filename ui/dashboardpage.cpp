#include "dashboardpage.h"

#include "figurecard.h"
#include "session.h"
#include "wonvstargetchart.h"

#include "analytics/dashboardfigures.h"
#include "domain/clock.h"
#include "domain/errors.h"
#include "domain/money.h"
#include "storage/database.h"

#include <QEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

#include <algorithm>

namespace fd {

namespace {
// The office currency; amounts in other currencies are counted aside.
const QString kCurrency = QStringLiteral("CNY");
} // namespace

DashboardPage::DashboardPage(PageContext &context, QWidget *parent)
    : QWidget(parent)
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
    for (FigureCard *card : { m_open, m_weighted, m_won, m_target, m_completion })
        cards->addWidget(card, 0, column++);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 20, 24, 20);
    layout->setSpacing(16);
    layout->addLayout(header);
    layout->addWidget(m_emptyNote);
    layout->addLayout(cards);
    layout->addWidget(m_chart, 1);

    connect(m_refresh, &QPushButton::clicked, this, &DashboardPage::refresh);
    connect(&m_context.session, &Session::databaseChanged, this, &DashboardPage::markStale);
    connect(&m_context.session, &Session::dataChanged, this, &DashboardPage::markStale);
    retranslateUi();
    refresh();
}

void DashboardPage::markStale()
{
    m_stale = true;
    if (isVisible())
        refresh();
}

void DashboardPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_stale)
        refresh();
}

void DashboardPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        refresh(); // money and dates follow the new locale
    }
    QWidget::changeEvent(event);
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
}

void DashboardPage::refresh()
{
    m_stale = false;
    Database *db = m_context.session.database();
    const QLocale locale;
    auto full = [&](qint64 cents) { return money::format(cents, kCurrency, locale); };
    auto brief = [&](qint64 cents) { return money::formatShort(cents, kCurrency, locale); };

    if (!db) {
        m_asOf->setText(tr("No database is open."));
        for (FigureCard *card : { m_open, m_weighted, m_won, m_target, m_completion }) {
            card->setValue(QStringLiteral("—"));
            card->setSubtitle(QString());
            card->setProgress(-1);
        }
        m_chart->setMonths({}, kCurrency);
        return;
    }

    DashboardFigures f;
    QList<MonthFigures> months;
    try {
        const QDate today = db->clock().now().date();
        f = dashboardFigures(*db, today, kCurrency);
        months = monthlyWonAndTarget(*db, today, 12, kCurrency);
    } catch (const Error &e) {
        m_asOf->setText(tr("The figures could not be read: %1").arg(e.message()));
        return;
    }

    QString asOf = tr("As of %1 · amounts in %2").arg(locale.toString(f.asOf, QLocale::LongFormat), f.currency);
    if (f.otherCurrencyDeals > 0)
        asOf += QLatin1Char(' ')
            + tr("(not included: %1 deals in other currencies)").arg(locale.toString(f.otherCurrencyDeals));
    m_asOf->setText(asOf);

    const bool empty = f.openCount == 0 && f.wonThisMonthCount == 0
        && months.cend()
            == std::find_if(months.cbegin(), months.cend(), [](const MonthFigures &m) { return m.wonCount > 0; });
    m_emptyNote->setVisible(empty);
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

    m_chart->setMonths(months, kCurrency);
}

} // namespace fd
