#include "repdiagnosticsview.h"

#include "exportaction.h"
#include "tablecells.h"

#include "domain/money.h"

#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace fd {

namespace {
enum Column { Rep, Pipeline, Weighted, Won, WonAmount, Lost, WinRate, AverageDeal, Cycle, Stall, FirstStage };

// Numbers by default; `exact` is what an export writes instead of the brief text.
QTableWidgetItem *cell(const QString &text, bool number = true, const QVariant &exact = {})
{
    return readOnlyCell(text, number, exact);
}

QString days(std::optional<double> value, const QLocale &locale)
{
    return value ? locale.toString(*value, 'f', 1) : QStringLiteral("—");
}
} // namespace

RepDiagnosticsView::RepDiagnosticsView(QWidget *parent)
    : QWidget(parent)
    , m_note(new QLabel(this))
    , m_table(new QTableWidget(this))
{
    setObjectName(QStringLiteral("repDiagnosticsView"));
    m_table->setObjectName(QStringLiteral("repTable"));
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->verticalHeader()->hide();
    // Right-click → Export…: amounts as money cells, counts as numbers, so a spreadsheet adds them up.
    new ExportAction(m_table, QStringLiteral("reps"), m_table);
    m_note->setWordWrap(true);
    m_note->setForegroundRole(QPalette::PlaceholderText);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_note);
    layout->addWidget(m_table, 1);
    retranslateUi();
}

void RepDiagnosticsView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        setResult(m_result, m_currency);
    }
    QWidget::changeEvent(event);
}

void RepDiagnosticsView::retranslateUi()
{
    m_note->setText(tr("Days in stage: the rep's median against the team's median for the same stage. "
                       "The redder the cell, the longer the rep's deals sit there (full red: twice the team "
                       "median or more).")
                    + QLatin1Char(' ')
                    + tr("Stalls in: the stage where the rep's median is at least %1 times the team's and %2 days "
                         "longer, over at least %3 of the rep's deals; empty when no stage is that slow.")
                          .arg(QLocale().toString(analytics::kStallRatio, 'f', 1))
                          .arg(analytics::kStallMinExcessDays)
                          .arg(analytics::kStallMinDeals));
}

QColor RepDiagnosticsView::excessColor(std::optional<double> repMedian, std::optional<double> teamMedian)
{
    if (!repMedian || !teamMedian || *repMedian <= *teamMedian)
        return QColor(Qt::white);
    // Relative excess: 0 at the team median, 1 at twice it (or any excess over a zero median).
    const double excess = *teamMedian > 0 ? std::min(1.0, (*repMedian - *teamMedian) / *teamMedian) : 1.0;
    const QColor full(0xe0, 0x4f, 0x3f);
    const auto mix = [excess](int white, int to) { return int(white + (to - white) * excess + 0.5); };
    return QColor(mix(255, full.red()), mix(255, full.green()), mix(255, full.blue()));
}

void RepDiagnosticsView::clear()
{
    m_result = {};
    m_table->setRowCount(0);
}

void RepDiagnosticsView::setResult(const analytics::RepResult &result, const QString &currency)
{
    m_result = result;
    m_currency = currency;
    const QLocale locale;
    const auto brief = [&](qint64 cents) { return money::formatShort(cents, currency, locale); };

    QStringList headers{tr("Rep"),      tr("Open pipeline"), tr("Weighted"),
                        tr("Won"),      tr("Won amount"),    tr("Lost"),
                        tr("Win rate"), tr("Average deal"),  tr("Median cycle (days)"),
                        tr("Stalls in")};
    // The stage columns follow the first rep's stages (every rep has the pipeline's stages).
    std::vector<QString> stageNames;
    if (!result.reps.empty())
        for (const auto &s : result.reps.front().stages)
            stageNames.push_back(s.name);
    for (const QString &name : stageNames)
        headers << tr("%1 (days)").arg(name);
    m_table->clear();
    m_table->setColumnCount(headers.size());
    m_table->setHorizontalHeaderLabels(headers);
    for (int c : {int(Pipeline), int(Weighted), int(WonAmount), int(AverageDeal)})
        m_table->horizontalHeaderItem(c)->setData(ExportTypeRole, int(ColumnType::Money));
    m_table->setRowCount(int(result.reps.size()));

    for (size_t i = 0; i < result.reps.size(); ++i) {
        const analytics::RepRow &r = result.reps[i];
        const int row = int(i);
        m_table->setItem(row, Rep, cell(r.displayName, false));
        m_table->setItem(row, Pipeline, cell(brief(r.pipeline), true, r.pipeline));
        m_table->setItem(row, Weighted, cell(brief(r.weighted), true, r.weighted));
        m_table->setItem(row, Won, cell(locale.toString(r.wonCount), true, qint64(r.wonCount)));
        m_table->setItem(row, WonAmount, cell(brief(r.wonAmount), true, r.wonAmount));
        m_table->setItem(row, Lost, cell(locale.toString(r.lostCount), true, qint64(r.lostCount)));
        m_table->setItem(
            row, WinRate,
            cell(r.winRate ? locale.toString(*r.winRate * 100, 'f', 0) + locale.percent() : QStringLiteral("—")));
        m_table->setItem(row, AverageDeal,
                         cell(r.averageDeal ? brief(*r.averageDeal) : QStringLiteral("—"), true,
                              r.averageDeal ? QVariant(qint64(*r.averageDeal)) : QVariant()));
        m_table->setItem(row, Cycle, cell(days(r.medianCycleDays, locale)));
        QString stall = r.stallStageName;
        if (r.stallExcessDays)
            stall = tr("%1 (+%2 d)").arg(r.stallStageName, locale.toString(*r.stallExcessDays, 'f', 1));
        m_table->setItem(row, Stall, cell(stall, false));
        for (size_t s = 0; s < r.stages.size() && s < stageNames.size(); ++s) {
            const analytics::RepStageDays &d = r.stages[s];
            QTableWidgetItem *item = cell(days(d.repMedian, locale));
            item->setBackground(excessColor(d.repMedian, d.teamMedian));
            item->setForeground(QColor(Qt::black));
            item->setToolTip(tr("%1: rep median %2 days, team median %3 days")
                                 .arg(d.name, days(d.repMedian, locale), days(d.teamMedian, locale)));
            m_table->setItem(row, FirstStage + int(s), item);
        }
    }
    m_table->resizeColumnsToContents();
}

} // namespace fd
