#include "forecasthistoryview.h"

#include "commitforecastdialog.h"
#include "session.h"
#include "tablecells.h"
#include "widgets/backgroundquery.h"

#include "analytics/forecastcommitments.h"
#include "domain/clock.h"
#include "domain/errors.h"
#include "domain/money.h"
#include "io/tablesink.h"
#include "setup/officecurrency.h"
#include "storage/database.h"
#include "storage/repositories/forecastsnapshotrepository.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace fd {

namespace {
enum Column { AsOf, Recorded, Source, Method, WonThen, Forecast, Range, Target, FinalWon, ErrorShare, Columns };

QString sourceName(const QString &source)
{
    if (source == QLatin1String("report"))
        return ForecastHistoryView::tr("Weekly report");
    if (source == QLatin1String("cli"))
        return ForecastHistoryView::tr("Command line");
    if (source == QLatin1String("gui"))
        return ForecastHistoryView::tr("Forecast page");
    return source;
}

QString methodName(const QString &method)
{
    // The stored text, translated where known; a method added later shows as stored.
    if (method == QLatin1String("configured"))
        return ForecastHistoryView::tr("Configured");
    if (method == QLatin1String("historical"))
        return ForecastHistoryView::tr("Historical");
    if (method == QLatin1String("simulation"))
        return ForecastHistoryView::tr("Simulated");
    if (method == QLatin1String(analytics::kCommitMethod))
        return ForecastHistoryView::tr("Committed by the rep");
    analytics::ForecastMethod known{};
    if (analytics::parseForecastMethod(method, &known))
        return analytics::forecastMethodName(known);
    return method;
}

QString stamp(const QDateTime &t)
{
    return t.isValid() ? t.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm")) : QStringLiteral("—");
}
} // namespace

ForecastHistoryView::ForecastHistoryView(Session &session, QWidget *parent)
    : LivePage(parent)
    , m_session(session)
    , m_periodLabel(new QLabel(this))
    , m_period(new QComboBox(this))
    , m_record(new QPushButton(this))
    , m_commit(new QPushButton(this))
    , m_summary(new QLabel(this))
    , m_job(this, m_summary)
    , m_table(new QTableWidget(this))
{
    setObjectName(QStringLiteral("forecastHistory"));
    m_period->setObjectName(QStringLiteral("forecastHistoryPeriod"));
    m_record->setObjectName(QStringLiteral("forecastHistoryRecord"));
    m_commit->setObjectName(QStringLiteral("forecastHistoryCommit"));
    m_table->setObjectName(QStringLiteral("forecastHistoryTable"));
    m_table->setColumnCount(Columns);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->verticalHeader()->hide();
    new ExportAction(m_table, QStringLiteral("forecast-history"), m_table); // right-click → Export…
    m_summary->setWordWrap(true);

    auto *controls = new QHBoxLayout;
    controls->addWidget(m_periodLabel);
    controls->addWidget(m_period);
    controls->addSpacing(16);
    controls->addWidget(m_record);
    controls->addWidget(m_commit);
    controls->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(controls);
    layout->addWidget(m_summary);
    layout->addWidget(m_table, 1);

    connect(m_period, qOverload<int>(&QComboBox::currentIndexChanged), this, [this] {
        m_notice.clear();
        if (m_period->currentIndex() >= 0)
            refresh();
    });
    connect(m_record, &QPushButton::clicked, this, &ForecastHistoryView::recordNow);
    connect(m_commit, &QPushButton::clicked, this, &ForecastHistoryView::commitMine);
    retranslateUi();
}

void ForecastHistoryView::retranslateUi()
{
    m_periodLabel->setText(tr("Period:"));
    m_record->setText(tr("Record now"));
    m_record->setToolTip(tr("Store this period's forecast as of now, to compare later with what is won"));
    m_commit->setText(tr("Commit my forecast…"));
    m_commit->setToolTip(tr("Say how much of your own deals you will win in this period (承诺预测); your pay "
                            "plan's forecast accuracy is measured against it"));
    m_table->setHorizontalHeaderLabels({tr("As of"), tr("Recorded"), tr("Source"), tr("Method"), tr("Won then"),
                                        tr("Forecast"), tr("P10 – P90"), tr("Target"),
                                        m_history.periodOver ? tr("Finally won") : tr("Won so far"), tr("Error")});
    for (int c : {int(WonThen), int(Forecast), int(Target), int(FinalWon)})
        m_table->horizontalHeaderItem(c)->setData(ExportTypeRole, int(ColumnType::Money));
    m_table->horizontalHeaderItem(ErrorShare)
        ->setToolTip(tr("(forecast − finally won) ÷ finally won, once the period is over"));
    m_table->horizontalHeaderItem(WonThen)->setToolTip(tr("Won in the period by the as-of instant"));
    showHistory(m_history);
}

void ForecastHistoryView::setScope(const analytics::Scope &scope)
{
    m_scope = scope;
    markStale();
}

void ForecastHistoryView::fillPeriods()
{
    // This month, this quarter and last month, and every period something was recorded for.
    Database *db = m_session.database();
    const QString current = m_period->currentData().toString();
    QStringList periods;
    if (db) {
        const QDate today = db->clock().now().toUTC().date();
        periods << today.toString(QStringLiteral("yyyy-MM"))
                << QStringLiteral("%1-Q%2").arg(today.year()).arg((today.month() - 1) / 3 + 1)
                << today.addMonths(-1).toString(QStringLiteral("yyyy-MM"));
        try {
            periods << ForecastSnapshotRepository(*db).periods(m_scope);
        } catch (const fd::Error &) {
            // An unreadable list leaves the current periods, which are always offered.
        }
    }
    periods.removeDuplicates();
    std::sort(periods.begin(), periods.end(), std::greater<QString>());
    const QSignalBlocker blocker(m_period);
    m_period->clear();
    for (const QString &p : periods)
        m_period->addItem(p, p);
    const int keep = m_period->findData(current);
    const int thisMonth = db ? m_period->findData(db->clock().now().toUTC().date().toString(QStringLiteral("yyyy-MM")))
                             : -1;
    m_period->setCurrentIndex(keep >= 0 ? keep : std::max(0, thisMonth));
}

void ForecastHistoryView::reload()
{
    fillPeriods();
    Database *db = m_session.database();
    if (!db || m_period->currentIndex() < 0) {
        m_job.cancel();
        showHistory({});
        emit computed();
        return;
    }
    analytics::ForecastHistoryQuery q;
    q.period = m_period->currentData().toString();
    q.scope = m_scope;
    m_job.start(
        *db, [q](Database &worker) { return analytics::computeForecastHistory(worker, q); },
        [this](std::optional<analytics::ForecastHistory> result, const QString &error) {
            m_history = result ? *result : analytics::ForecastHistory{};
            retranslateUi(); // the last column's title depends on whether the period is over
            if (!result)
                m_summary->setText(tr("The forecast history could not be read: %1").arg(error));
            emit computed();
        },
        tr("Reading the recorded forecasts…"));
}

void ForecastHistoryView::commitMine()
{
    Database *db = m_session.database();
    if (!db || m_period->currentIndex() < 0)
        return;
    if (db->actingUserId() == 0) {
        m_summary->setText(tr("Sign in to commit a forecast: a commitment is a person's own word."));
        return;
    }
    analytics::ForecastQuery q;
    q.period = m_period->currentData().toString();
    q.method = m_recordMethod;
    q.scope.ownerId = db->actingUserId();
    m_commit->setEnabled(false);
    m_summary->setText(tr("Forecasting your own deals…"));
    runInBackground<analytics::ForecastResult>(
        this, *db, [q](Database &worker) { return analytics::computeForecast(worker, q); },
        [this](std::optional<analytics::ForecastResult> result, const QString &error) {
            m_commit->setEnabled(true);
            Database *current = m_session.database(); // it may have been closed meanwhile
            if (!result || !current) {
                m_summary->setText(tr("Your forecast could not be computed: %1")
                                       .arg(error.isEmpty() ? tr("no database is open") : error));
                return;
            }
            auto *dialog = new CommitForecastDialog(*current, *result, this);
            dialog->setAttribute(Qt::WA_DeleteOnClose);
            connect(dialog, &QDialog::accepted, this, [this, dialog, period = result->period] {
                // Kept above the history's own summary until another period is chosen.
                m_notice = tr("You committed %1 for %2.")
                               .arg(money::format(dialog->committedCents(), office::currency(*m_session.database())),
                                    period);
                refresh();
            });
            dialog->open();
            emit commitDialogOpened(dialog);
        });
}

void ForecastHistoryView::recordNow()
{
    Database *db = m_session.database();
    if (!db || m_period->currentIndex() < 0)
        return;
    analytics::ForecastQuery q;
    q.period = m_period->currentData().toString();
    q.method = m_recordMethod;
    q.scope = m_scope;
    m_record->setEnabled(false);
    m_summary->setText(tr("Computing the forecast to record…"));
    runInBackground<analytics::ForecastResult>(
        this, *db, [q](Database &worker) { return analytics::computeForecast(worker, q); },
        [this, scope = m_scope](std::optional<analytics::ForecastResult> result, const QString &error) {
            m_record->setEnabled(true);
            QString failure = error;
            Database *current = m_session.database(); // it may have been closed meanwhile
            if (result && current) {
                try {
                    ForecastSnapshot snapshot = snapshotOf(*result, scope, QStringLiteral("gui"));
                    ForecastSnapshotRepository(*current).record(snapshot);
                } catch (const fd::Error &e) {
                    failure = e.message();
                }
            } else if (failure.isEmpty()) {
                failure = tr("no database is open");
            }
            if (!failure.isEmpty())
                m_summary->setText(tr("The forecast could not be recorded: %1").arg(failure));
            else
                refresh();
            emit recorded(failure);
        });
}

void ForecastHistoryView::showHistory(const analytics::ForecastHistory &h)
{
    const QLocale locale;
    const auto brief = [&](qint64 cents) { return money::formatShort(cents, m_session.currency(), locale); };
    m_table->setRowCount(int(h.rows.size()));
    for (size_t i = 0; i < h.rows.size(); ++i) {
        const analytics::ForecastHistoryRow &r = h.rows[i];
        const ForecastSnapshot &s = r.snapshot;
        const int row = int(i);
        m_table->setItem(row, AsOf, readOnlyCell(stamp(s.asOf), false, s.asOf));
        m_table->setItem(row, Recorded, readOnlyCell(stamp(s.recordedAt), false, s.recordedAt));
        QString source = sourceName(s.source);
        if (r.recordings > 1)
            source = tr("%1 (×%2)").arg(source, locale.toString(r.recordings));
        m_table->setItem(row, Source, readOnlyCell(source, false));
        m_table->setItem(row, Method, readOnlyCell(methodName(s.method), false));
        m_table->setItem(row, WonThen, readOnlyCell(brief(r.wonThen), true, r.wonThen));
        m_table->setItem(row, Forecast, readOnlyCell(brief(s.forecast), true, s.forecast));
        m_table->setItem(
            row, Range,
            readOnlyCell(s.p10 && s.p90 ? tr("%1 – %2").arg(brief(*s.p10), brief(*s.p90)) : QStringLiteral("—"), true));
        m_table->setItem(row, Target,
                         readOnlyCell(s.target ? brief(*s.target) : QStringLiteral("—"), true,
                                      s.target ? QVariant(*s.target) : QVariant()));
        m_table->setItem(row, FinalWon, readOnlyCell(brief(h.finalWon), true, h.finalWon));
        QTableWidgetItem *error = readOnlyCell(r.errorShare ? (*r.errorShare > 0 ? QStringLiteral("+") : QString())
                                                                  + locale.toString(*r.errorShare * 100.0, 'f', 1)
                                                                  + locale.percent()
                                                            : QStringLiteral("—"),
                                               true);
        if (r.inRange)
            error->setToolTip(*r.inRange ? tr("What was won fell inside P10–P90")
                                         : tr("What was won fell outside P10–P90"));
        m_table->setItem(row, ErrorShare, error);
    }
    m_table->resizeColumnsToContents();
    if (!m_session.database()) {
        m_summary->setText(tr("No database is open."));
        return;
    }
    if (h.period.isEmpty())
        return;
    QString text =
        h.periodOver
            ? tr("%1: finally won %2 (%3 deals).").arg(h.period, brief(h.finalWon), locale.toString(h.finalWonCount))
            : tr("%1 is running: won so far %2 (%3 deals); errors appear once it is over.")
                  .arg(h.period, brief(h.finalWon), locale.toString(h.finalWonCount));
    if (h.rows.empty())
        text += QLatin1Char(' ')
                + tr("No forecast was recorded for this period and scope yet: printing or saving a weekly report "
                     "records its forecasts, and so does Record now.");
    m_summary->setText(m_notice.isEmpty() ? text : m_notice + QLatin1Char(' ') + text);
}

} // namespace fd
