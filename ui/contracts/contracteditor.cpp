#include "contracteditor.h"

#include "contracttablemodel.h"

#include "domain/clock.h"
#include "domain/isotime.h"
#include "domain/money.h"
#include "storage/database.h"
#include "storage/repositories/contractrepository.h"
#include "storage/sqlquery.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>

namespace fd {

namespace {
struct WonDeal
{
    qint64 id = 0;
    QString title;
    qint64 customerId = 0;
    QString customerName;
    qint64 ownerId = 0;
    qint64 amount = 0;
    QString currency;
    QDate closed;
};

// Won deals that no contract refers to yet, most recently won first.
QList<WonDeal> wonDealsWithoutContract(Database &db)
{
    SqlQuery q(db, QStringLiteral("SELECT o.id, o.title, o.customer_id, c.name, o.owner_id, o.amount_cents, o.currency, "
                                  "o.closed_at FROM opportunities o JOIN customers c ON c.id = o.customer_id "
                                  "WHERE o.status = 'won' AND NOT EXISTS (SELECT 1 FROM contracts k "
                                  "WHERE k.opportunity_id = o.id) ORDER BY o.closed_at DESC, o.id DESC"));
    q.exec();
    QList<WonDeal> deals;
    while (q.next())
        deals.append({q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toLongLong(), q.value(3).toString(),
                      q.value(4).toLongLong(), q.value(5).toLongLong(), q.value(6).toString(),
                      isotime::parseTimestamp(q.value(7).toString()).value_or(QDateTime()).date()});
    return deals;
}

QString dateText(const QDate &d)
{
    return d.isValid() ? d.toString(Qt::ISODate) : QString();
}

// An optional date field: empty = none; otherwise YYYY-MM-DD or a located error.
QDate parseDateField(QLineEdit *edit, const QString &field, QList<FieldError> &errors)
{
    const QString text = edit->text().trimmed();
    if (text.isEmpty())
        return {};
    const std::optional<QDate> d = isotime::parseDate(text);
    if (!d)
        errors.append({QStringLiteral("contract"), field, text, FormDialog::tr("is not a date (YYYY-MM-DD)")});
    return d.value_or(QDate());
}
} // namespace

ContractEditor::ContractEditor(Database &db, qint64 contractId, QWidget *parent)
    : FormDialog(parent)
    , m_db(db)
    , m_customer(new QLabel(this))
    , m_number(new QLineEdit(this))
    , m_title(new QLineEdit(this))
    , m_amount(new QLineEdit(this))
    , m_status(new QComboBox(this))
    , m_signed(new QLineEdit(this))
    , m_start(new QLineEdit(this))
    , m_end(new QLineEdit(this))
{
    resize(520, 0);
    m_number->setObjectName(QStringLiteral("number"));
    m_amount->setObjectName(QStringLiteral("amount"));
    for (const char *s : {"draft", "pending", "approved", "rejected"})
        m_status->addItem(ContractTableModel::statusText(QLatin1String(s)), QLatin1String(s));
    for (QLineEdit *d : {m_signed, m_start, m_end})
        d->setPlaceholderText(QStringLiteral("YYYY-MM-DD"));

    if (contractId) {
        m_contract = ContractRepository(db).get(contractId);
        setWindowTitle(tr("Edit contract %1").arg(m_contract.number));
        SqlQuery name(db, QStringLiteral("SELECT name FROM customers WHERE id = ?"));
        name.add(m_contract.customerId);
        m_customer->setText(name.scalar().toString());
        m_number->setText(m_contract.number);
        m_title->setText(m_contract.title);
        m_amount->setText(QLocale::c().toString(double(m_contract.amount.cents) / 100.0, 'f', 2));
        m_status->setCurrentIndex(qMax(0, m_status->findData(toString(m_contract.approvalStatus))));
        m_signed->setText(dateText(m_contract.signedDate));
        m_start->setText(dateText(m_contract.startDate));
        m_end->setText(dateText(m_contract.endDate));
    } else {
        setWindowTitle(tr("New contract from a won deal"));
        m_deal = new QComboBox(this);
        m_deal->setObjectName(QStringLiteral("deal"));
        const QLocale locale;
        for (const WonDeal &d : wonDealsWithoutContract(db)) {
            m_deal->addItem(tr("%1 · %2 · %3").arg(d.title, d.customerName, money::format(d.amount, d.currency, locale)),
                            QVariantList{d.id, d.customerId, d.ownerId, d.amount, d.currency, d.title, d.customerName,
                                         d.closed});
        }
        m_status->setCurrentIndex(m_status->findData(QStringLiteral("pending")));
        m_number->setText(nextNumber());
        addField(tr("Won deal"), m_deal, QStringLiteral("opportunity"));
        connect(m_deal, &QComboBox::currentIndexChanged, this, &ContractEditor::dealChosen);
        dealChosen();
    }
    addField(tr("Customer"), m_customer, QStringLiteral("customer"));
    addField(tr("Contract number"), m_number, QStringLiteral("number"));
    addField(tr("Title"), m_title, QStringLiteral("title"));
    addField(tr("Amount"), m_amount, QStringLiteral("amount"));
    addField(tr("Approval"), m_status, QStringLiteral("approval_status"));
    addField(tr("Signed on"), m_signed, QStringLiteral("signed_date"));
    addField(tr("Starts"), m_start, QStringLiteral("start_date"));
    addField(tr("Ends"), m_end, QStringLiteral("end_date"));
    if (contractId) {
        m_reason = new QPlainTextEdit(this);
        m_reason->setObjectName(QStringLiteral("reason"));
        m_reason->setMaximumHeight(70);
        m_reason->setPlaceholderText(tr("Why it changes (kept in the contract's history)"));
        addField(tr("Reason for the change"), m_reason, QStringLiteral("change_reason"));
    }
}

QString ContractEditor::nextNumber() const
{
    const int year = m_db.clock().now().date().year();
    SqlQuery count(m_db, QStringLiteral("SELECT count(*) FROM contracts"));
    for (qint64 n = count.scalar().toLongLong() + 1;; ++n) {
        const QString number = QStringLiteral("HT-%1-%2").arg(year).arg(n, 3, 10, QLatin1Char('0'));
        SqlQuery taken(m_db, QStringLiteral("SELECT count(*) FROM contracts WHERE number = ?"));
        taken.add(number);
        if (taken.scalar().toLongLong() == 0)
            return number;
    }
}

void ContractEditor::dealChosen()
{
    const QVariantList d = m_deal->currentData().toList();
    if (d.size() < 8) {
        m_customer->setText(tr("(no won deal without a contract)"));
        return;
    }
    m_contract.opportunityId = d[0].toLongLong();
    m_contract.customerId = d[1].toLongLong();
    m_contract.ownerId = d[2].toLongLong();
    m_contract.amount = {d[3].toLongLong(), d[4].toString()};
    m_title->setText(d[5].toString());
    m_customer->setText(d[6].toString());
    m_amount->setText(QLocale::c().toString(double(d[3].toLongLong()) / 100.0, 'f', 2));
    const QDate closed = d[7].toDate();
    m_signed->setText(dateText(closed.isValid() ? closed : m_db.clock().now().date()));
}

void ContractEditor::save()
{
    QList<FieldError> errors;
    Contract c = m_contract;
    if (m_deal && !c.opportunityId)
        errors.append({QStringLiteral("contract"), QStringLiteral("opportunity"), QString(),
                       tr("choose a won deal")});
    c.number = m_number->text();
    c.title = m_title->text();
    c.amount.cents = parseMoney(m_amount, QStringLiteral("contract"), QStringLiteral("amount"), errors);
    parseApprovalStatus(m_status->currentData().toString(), &c.approvalStatus);
    c.signedDate = parseDateField(m_signed, QStringLiteral("signed_date"), errors);
    c.startDate = parseDateField(m_start, QStringLiteral("start_date"), errors);
    c.endDate = parseDateField(m_end, QStringLiteral("end_date"), errors);
    if (!errors.isEmpty())
        throw ValidationError(errors);
    ContractRepository repo(m_db);
    if (c.id)
        repo.update(c, m_reason->toPlainText());
    else
        repo.create(c);
    m_contract = c;
}

} // namespace fd
