#include "paymentdialogs.h"

#include "domain/clock.h"
#include "domain/isotime.h"
#include "domain/money.h"
#include "storage/database.h"
#include "storage/repositories/contractrepository.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QTableWidget>

namespace fd {

namespace {
QDateEdit *dateEdit(const QDate &day, QWidget *parent)
{
    auto *d = new QDateEdit(day, parent);
    d->setCalendarPopup(true);
    d->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    return d;
}

QLineEdit *moneyEdit(QWidget *parent)
{
    auto *e = new QLineEdit(parent);
    e->setObjectName(QStringLiteral("amount"));
    e->setPlaceholderText(QStringLiteral("12,500.00"));
    return e;
}

QString contractLine(const ContractReceivable &c)
{
    const QLocale locale;
    return FormDialog::tr("%1 · %2 · balance %3")
        .arg(c.number, c.customerName, money::format(c.balance, c.currency, locale));
}
} // namespace

void fillInstalments(QComboBox *box, const QList<InstalmentBalance> &instalments, const QString &noneText)
{
    const QLocale locale;
    box->addItem(noneText, qint64(0));
    for (const InstalmentBalance &in : instalments)
        box->addItem(FormDialog::tr("#%1 due %2 · open %3")
                         .arg(in.seq)
                         .arg(in.due.toString(Qt::ISODate), money::format(in.outstanding, in.currency, locale)),
                     in.instalmentId);
}

// Receipt ---------------------------------------------------------------------------

ReceiptDialog::ReceiptDialog(Database &db, const ContractReceivable &contract,
                             const QList<InstalmentBalance> &instalments, QWidget *parent)
    : FormDialog(parent)
    , m_db(db)
    , m_contractId(contract.contractId)
    , m_currency(contract.currency)
    , m_amount(moneyEdit(this))
    , m_date(dateEdit(db.clock().now().date(), this))
    , m_instalment(new QComboBox(this))
    , m_method(new QLineEdit(tr("Bank transfer"), this))
    , m_reference(new QLineEdit(this))
{
    setWindowTitle(tr("Record a receipt"));
    m_instalment->setObjectName(QStringLiteral("instalment"));
    fillInstalments(m_instalment, instalments, tr("Reconcile automatically (oldest due first)"));
    addWide(new QLabel(contractLine(contract), this));
    addField(tr("Amount received"), m_amount, QStringLiteral("amount"));
    addField(tr("Received on"), m_date, QStringLiteral("received_date"));
    addField(tr("Against instalment"), m_instalment, QStringLiteral("instalment"));
    addField(tr("Method"), m_method, QStringLiteral("method"));
    addField(tr("Reference"), m_reference, QStringLiteral("reference"));
}

void ReceiptDialog::save()
{
    QList<FieldError> errors;
    Receipt r;
    r.contractId = m_contractId;
    r.amountCents = parseMoney(m_amount, m_currency, QStringLiteral("receipt"), QStringLiteral("amount"), errors);
    if (!errors.isEmpty())
        throw ValidationError(errors);
    r.instalmentId = m_instalment->currentData().toLongLong();
    r.receivedDate = m_date->date();
    r.method = m_method->text();
    r.reference = m_reference->text();
    ContractRepository(m_db).addReceipt(r);
    m_stored = r;
}

// Write-off -------------------------------------------------------------------------

WriteOffDialog::WriteOffDialog(Database &db, const ContractReceivable &contract,
                               const QList<InstalmentBalance> &instalments, QWidget *parent)
    : FormDialog(parent)
    , m_db(db)
    , m_contractId(contract.contractId)
    , m_currency(contract.currency)
    , m_amount(moneyEdit(this))
    , m_instalment(new QComboBox(this))
    , m_reason(new QPlainTextEdit(this))
{
    setWindowTitle(tr("Waive or write off"));
    m_instalment->setObjectName(QStringLiteral("instalment"));
    m_reason->setObjectName(QStringLiteral("reason"));
    m_reason->setMaximumHeight(80);
    m_reason->setPlaceholderText(tr("Why, e.g. 10 % of the final service payment waived after the delayed acceptance"));
    fillInstalments(m_instalment, instalments, tr("The last instalments first"));
    // The usual case is the final (tail) payment: preselect the last instalment still open.
    for (int i = m_instalment->count() - 1; i > 0; --i) {
        if (instalments.at(i - 1).outstanding > 0) {
            m_instalment->setCurrentIndex(i);
            break;
        }
    }
    addWide(new QLabel(contractLine(contract), this));
    addField(tr("Amount"), m_amount, QStringLiteral("amount"));
    addField(tr("Instalment"), m_instalment, QStringLiteral("instalment"));
    addField(tr("Reason"), m_reason, QStringLiteral("reason"));
}

void WriteOffDialog::save()
{
    QList<FieldError> errors;
    ReceivableAdjustment a;
    a.contractId = m_contractId;
    a.amountCents = parseMoney(m_amount, m_currency, QStringLiteral("receivable_adjustment"), QStringLiteral("amount"),
                               errors);
    a.reason = m_reason->toPlainText().trimmed();
    if (a.reason.isEmpty())
        errors.append(
            {QStringLiteral("receivable_adjustment"), QStringLiteral("reason"), QString(), tr("is required")});
    if (!errors.isEmpty())
        throw ValidationError(errors);
    a.instalmentId = m_instalment->currentData().toLongLong();
    ContractRepository(m_db).addAdjustment(a);
    m_stored = a;
}

// Invoice ---------------------------------------------------------------------------

InvoiceDialog::InvoiceDialog(Database &db, const ContractReceivable &contract,
                             const QList<InstalmentBalance> &instalments, QWidget *parent)
    : FormDialog(parent)
    , m_db(db)
    , m_contractId(contract.contractId)
    , m_currency(contract.currency)
    , m_number(new QLineEdit(this))
    , m_amount(moneyEdit(this))
    , m_date(dateEdit(db.clock().now().date(), this))
    , m_instalment(new QComboBox(this))
    , m_taxRate(new QComboBox(this))
{
    setWindowTitle(tr("Issue an invoice"));
    m_number->setObjectName(QStringLiteral("number"));
    fillInstalments(m_instalment, instalments, tr("The whole contract"));
    for (int bp : {1300, 900, 600, 300, 100, 0})
        m_taxRate->addItem(QStringLiteral("%1 %").arg(bp / 100), bp);
    m_taxRate->setCurrentIndex(2); // 6 %: services, the common case for software and consulting
    addWide(new QLabel(contractLine(contract), this));
    addField(tr("Invoice number"), m_number, QStringLiteral("number"));
    addField(tr("Amount"), m_amount, QStringLiteral("amount"));
    addField(tr("Issued on"), m_date, QStringLiteral("issued_date"));
    addField(tr("VAT rate"), m_taxRate, QStringLiteral("tax_rate_bp"));
    addField(tr("For instalment"), m_instalment, QStringLiteral("instalment"));
}

void InvoiceDialog::save()
{
    QList<FieldError> errors;
    Invoice inv;
    inv.contractId = m_contractId;
    inv.amountCents = parseMoney(m_amount, m_currency, QStringLiteral("invoice"), QStringLiteral("amount"), errors);
    if (!errors.isEmpty())
        throw ValidationError(errors);
    inv.number = m_number->text();
    inv.issuedDate = m_date->date();
    inv.taxRateBasisPoints = m_taxRate->currentData().toInt();
    inv.instalmentId = m_instalment->currentData().toLongLong();
    ContractRepository(m_db).addInvoice(inv);
    m_stored = inv;
}

// Payment plan ----------------------------------------------------------------------

PaymentPlanDialog::PaymentPlanDialog(Database &db, const ContractReceivable &contract, QWidget *parent)
    : FormDialog(parent)
    , m_db(db)
    , m_contractId(contract.contractId)
    , m_currency(contract.currency)
    , m_name(new QLineEdit(tr("Payment plan"), this))
    , m_byPercent(new QRadioButton(tr("By percent of the contract"), this))
    , m_byAmount(new QRadioButton(tr("By amount"), this))
    , m_rows(new QTableWidget(0, 3, this))
{
    setWindowTitle(tr("Payment plan"));
    resize(560, 420);
    m_rows->setObjectName(QStringLiteral("instalments"));
    m_rows->verticalHeader()->hide();
    m_rows->horizontalHeader()->setSectionResizeMode(2, QHeaderView::Stretch);
    m_rows->setColumnWidth(0, 120);
    m_rows->setColumnWidth(1, 150);
    auto *kinds = new QButtonGroup(this);
    kinds->addButton(m_byPercent);
    kinds->addButton(m_byAmount);
    auto *kindRow = new QWidget(this);
    auto *kindLayout = new QHBoxLayout(kindRow);
    kindLayout->setContentsMargins(0, 0, 0, 0);
    kindLayout->addWidget(m_byPercent);
    kindLayout->addWidget(m_byAmount);
    kindLayout->addStretch(1);
    auto *buttons = new QWidget(this);
    auto *buttonLayout = new QHBoxLayout(buttons);
    buttonLayout->setContentsMargins(0, 0, 0, 0);
    auto *add = new QPushButton(tr("Add instalment"), buttons);
    auto *remove = new QPushButton(tr("Remove instalment"), buttons);
    buttonLayout->addWidget(add);
    buttonLayout->addWidget(remove);
    buttonLayout->addStretch(1);
    connect(add, &QPushButton::clicked, this, [this] {
        const int n = m_rows->rowCount();
        const QDate last = n ? QDate::fromString(m_rows->item(n - 1, 0)->text(), Qt::ISODate) : QDate();
        addInstalment((last.isValid() ? last : m_db.clock().now().date()).addMonths(1), QString());
    });
    connect(remove, &QPushButton::clicked, this, [this] {
        if (m_rows->currentRow() >= 0)
            m_rows->removeRow(m_rows->currentRow());
    });
    connect(m_byPercent, &QRadioButton::toggled, this, &PaymentPlanDialog::setByPercent);

    addWide(new QLabel(contractLine(contract), this));
    addField(tr("Name"), m_name, QStringLiteral("name"));
    addField(tr("Instalments"), kindRow, QStringLiteral("kind"));
    addWide(m_rows, QStringLiteral("instalments"));
    alsoShowAt(QStringLiteral("instalment"), QStringLiteral("instalments")); // "instalment[2].percent"
    addWide(buttons);

    // A common plan to start from: 30 % on signing, 60 % on acceptance, 10 % final service payment.
    const QDate start = contract.signedDate.isValid() ? contract.signedDate : m_db.clock().now().date();
    m_byPercent->setChecked(true);
    setByPercent(true);
    addInstalment(start.addDays(15), QStringLiteral("30"), tr("On signing"));
    addInstalment(start.addMonths(3), QStringLiteral("60"), tr("On acceptance"));
    addInstalment(start.addMonths(12), QStringLiteral("10"), tr("Final service payment"));
}

void PaymentPlanDialog::setByPercent(bool byPercent)
{
    const QSignalBlocker block(m_byPercent);
    m_byPercent->setChecked(byPercent);
    m_byAmount->setChecked(!byPercent);
    m_rows->setHorizontalHeaderLabels({tr("Due date"), byPercent ? tr("Percent") : tr("Amount"), tr("Note")});
}

void PaymentPlanDialog::addInstalment(const QDate &due, const QString &value, const QString &note)
{
    const int row = m_rows->rowCount();
    m_rows->insertRow(row);
    m_rows->setItem(row, 0, new QTableWidgetItem(due.toString(Qt::ISODate)));
    m_rows->setItem(row, 1, new QTableWidgetItem(value));
    m_rows->setItem(row, 2, new QTableWidgetItem(note));
}

void PaymentPlanDialog::save()
{
    QList<FieldError> errors;
    PaymentPlan plan;
    plan.contractId = m_contractId;
    plan.name = m_name->text();
    const bool byPercent = m_byPercent->isChecked();
    for (int row = 0; row < m_rows->rowCount(); ++row) {
        const auto text = [&](int col) {
            return m_rows->item(row, col) ? m_rows->item(row, col)->text().trimmed() : QString();
        };
        const QString at = QStringLiteral("instalment[%1].").arg(row + 1);
        Instalment in;
        const std::optional<QDate> due = isotime::parseDate(text(0));
        if (!due)
            errors.append({QStringLiteral("payment_plan"), at + QStringLiteral("due_date"), text(0),
                           tr("is not a date (YYYY-MM-DD)")});
        in.dueDate = due.value_or(QDate());
        in.note = text(2);
        const QString value = text(1);
        if (byPercent) {
            bool ok = false;
            const int percent = QString(value).remove(QLatin1Char('%')).trimmed().toInt(&ok);
            if (!ok)
                errors.append({QStringLiteral("payment_plan"), at + QStringLiteral("percent"), value,
                               tr("is not a whole percent")});
            in.percent = percent;
        } else {
            const std::optional<qint64> cents = money::parse(value, m_currency);
            if (!cents)
                errors.append({QStringLiteral("payment_plan"), at + QStringLiteral("amount"), value,
                               moneyInputProblem(value, m_currency)});
            in.amountCents = cents.value_or(0);
        }
        plan.instalments.append(in);
    }
    if (!errors.isEmpty())
        throw ValidationError(errors);
    ContractRepository(m_db).createPaymentPlan(plan);
}

} // namespace fd
