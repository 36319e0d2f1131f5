#include "commitforecastdialog.h"

#include "analytics/forecastcommitments.h"
#include "domain/money.h"
#include "setup/officecurrency.h"
#include "storage/database.h"

#include <QLabel>
#include <QLineEdit>

namespace fd {

CommitForecastDialog::CommitForecastDialog(Database &db, analytics::ForecastResult model, QWidget *parent)
    : FormDialog(parent)
    , m_db(db)
    , m_model(std::move(model))
    , m_currency(office::currency(db))
    , m_explanation(new QLabel(this))
    , m_amount(new QLineEdit(this))
{
    setWindowTitle(tr("Commit my forecast — %1").arg(m_model.period));
    setObjectName(QStringLiteral("commitForecastDialog"));
    m_amount->setObjectName(QStringLiteral("commitAmount"));
    const QDate deadline = analytics::commitmentDeadline(m_model.period);
    QString text = tr("The forecast of your own deals for %1 is %2 (won so far: %3).")
                       .arg(m_model.period, money::format(m_model.forecast, m_currency),
                            money::format(m_model.wonInPeriod, m_currency));
    text += QLatin1Char(' ')
            + tr("Your pay plan's forecast accuracy compares what you commit by %1 with what you are then "
                 "credited with; a later commitment is kept but not counted.")
                  .arg(deadline.toString(Qt::ISODate));
    if (const auto before = analytics::ForecastCommitments(db).latest(db.actingUserId(), m_model.period))
        text += QLatin1Char(' ')
                + tr("You committed %1 on %2.")
                      .arg(money::format(before->cents, m_currency),
                           before->recordedAt.toLocalTime().date().toString(Qt::ISODate));
    m_explanation->setText(text);
    m_explanation->setWordWrap(true);
    addWide(m_explanation);
    m_amount->setText(money::editTextBrief(m_model.forecast));
    addField(tr("I commit to win (%1):").arg(m_currency), m_amount, QStringLiteral("amount"));
    resize(480, sizeHint().height());
}

void CommitForecastDialog::save()
{
    QList<FieldError> errors;
    const qint64 cents = parseMoney(m_amount, m_currency, QStringLiteral("forecast_commitment"),
                                    QStringLiteral("amount"), errors);
    if (!errors.isEmpty())
        throw ValidationError(errors);
    analytics::Scope own;
    own.ownerId = m_db.actingUserId();
    analytics::ForecastCommitments(m_db).commit(m_model, own, cents, QStringLiteral("gui"));
    m_committed = cents;
}

} // namespace fd
