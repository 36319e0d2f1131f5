#pragma once

#include "analytics/forecast.h"
#include "widgets/formdialog.h"

class QLabel;
class QLineEdit;

namespace fd {

class Database;

// "Commit my forecast" (承诺预测, analytics/forecastcommitments.h): the signed-in rep says how
// much of their own deals they will win in the period. The dialog shows the model's forecast
// for those deals (and starts from it), the day until which a commitment counts for the pay
// plan's forecast-accuracy component, and what they committed before; OK stores it.
class CommitForecastDialog final : public FormDialog
{
    Q_OBJECT

public:
    // `model`: the forecast of the acting user's own deals for the period.
    CommitForecastDialog(Database &db, analytics::ForecastResult model, QWidget *parent = nullptr);

    QLineEdit *amountEdit() const { return m_amount; }
    QLabel *explanation() const { return m_explanation; }
    // The committed amount once stored (after Accepted).
    qint64 committedCents() const { return m_committed; }

protected:
    void save() override;

private:
    Database &m_db;
    analytics::ForecastResult m_model;
    QString m_currency;
    QLabel *m_explanation;
    QLineEdit *m_amount;
    qint64 m_committed = 0;
};

} // namespace fd
