#pragma once

#include "analytics/repdiagnostics.h"

#include <QWidget>

class QLabel;
class QTableWidget;

namespace fd {

// Rep diagnostics: one row per rep (pipeline, won, win rate, cycle, where deals stall)
// and a days-in-stage heatmap whose cells are coloured by the excess of the rep's median
// over the team's median for that stage.
class RepDiagnosticsView final : public QWidget
{
    Q_OBJECT

public:
    explicit RepDiagnosticsView(QWidget *parent = nullptr);

    // Shows `result` (amounts in `currency`).
    void setResult(const analytics::RepResult &result, const QString &currency = QStringLiteral("CNY"));
    // Empties the table.
    void clear();
    // The heatmap colour of a rep's median against the team's: white when at or below it,
    // deeper red the longer the rep takes (twice the team median or more = full red).
    static QColor excessColor(std::optional<double> repMedian, std::optional<double> teamMedian);
    QTableWidget *table() const { return m_table; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();

    QLabel *m_note;
    QTableWidget *m_table;
    analytics::RepResult m_result;
    QString m_currency = QStringLiteral("CNY");
};

} // namespace fd
