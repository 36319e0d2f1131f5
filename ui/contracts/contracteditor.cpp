#include "contracteditor.h"

#include "rolepolicy.h"
#include "widgets/historytab.h"

#include "approvalpanel.h"
#include "contracttablemodel.h"

#include "approval/approvaltitles.h"
#include "conflicts/conflictdialog.h"
#include "conflicts/saveconflict.h"
#include "domain/clock.h"
#include "domain/isotime.h"
#include "domain/money.h"
#include "storage/database.h"
#include "storage/repositories/contractrepository.h"
#include "storage/repositories/customerrepository.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>

namespace fd {

namespace {
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
    , m_status(new QLabel(this))
    , m_signed(new QLineEdit(this))
    , m_start(new QLineEdit(this))
    , m_end(new QLineEdit(this))
{
    resize(520, 0);
    m_number->setObjectName(QStringLiteral("number"));
    m_amount->setObjectName(QStringLiteral("amount"));
    for (QLineEdit *d : {m_signed, m_start, m_end})
        d->setPlaceholderText(QStringLiteral("YYYY-MM-DD"));

    if (contractId) {
        m_contract = ContractRepository(db).get(contractId);
        setWindowTitle(tr("Edit contract %1").arg(m_contract.number));
        m_approval = new ApprovalPanel(db, contractId, this);
        // A step bumps the contract's version: what is saved next builds on it.
        connect(m_approval, &ApprovalPanel::changed, this,
                [this] { m_contract = ContractRepository(m_db).get(m_contract.id); });
        showContract();
    } else {
        setWindowTitle(tr("New contract from a won deal"));
        m_deal = new QComboBox(this);
        m_deal->setObjectName(QStringLiteral("deal"));
        const QLocale locale;
        for (const WonDeal &d : ContractRepository(db).wonDealsWithoutContract()) {
            m_deal->addItem(tr("%1 · %2 · %3")
                                .arg(d.title, d.customerName, money::format(d.amount.cents, d.amount.currency, locale)),
                            QVariantList{d.id, d.customerId, d.ownerId, d.amount.cents, d.amount.currency, d.title,
                                         d.customerName, d.closed});
        }
        // A new contract is a draft; it is submitted for approval once saved.
        m_status->setText(approvalStatusTitle(ApprovalStatus::Draft));
        m_number->setText(ContractRepository(db).nextNumber());
        addField(tr("Won deal"), m_deal, QStringLiteral("opportunity"));
        connect(m_deal, &QComboBox::currentIndexChanged, this, &ContractEditor::dealChosen);
        dealChosen();
    }
    addField(tr("Customer"), m_customer, QStringLiteral("customer"));
    addField(tr("Contract number"), m_number, QStringLiteral("number"));
    addField(tr("Title"), m_title, QStringLiteral("title"));
    addField(tr("Amount"), m_amount, QStringLiteral("amount"));
    if (m_approval)
        addField(tr("Approval"), m_approval, QStringLiteral("approval_status"));
    else
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
        auto *history = new HistoryTab(db, this);
        history->setRecords({{QStringLiteral("contract"), contractId}});
        addBelow(HistoryTab::inOwnTabs(history, this), 1);
    }
    rolepolicy::limitEditor(*this, db, RecordType::Contract, contractId);
}

void ContractEditor::showContract()
{
    m_customer->setText(CustomerRepository(m_db).names({m_contract.customerId}).value(m_contract.customerId));
    m_number->setText(m_contract.number);
    m_title->setText(m_contract.title);
    m_amount->setText(money::editText(m_contract.amount.cents));
    m_signed->setText(dateText(m_contract.signedDate));
    m_start->setText(dateText(m_contract.startDate));
    m_end->setText(dateText(m_contract.endDate));
}

void ContractEditor::saveEdit(Contract &c, const QString &reason)
{
    ContractRepository repo(m_db);
    try {
        repo.update(c, reason);
        return;
    } catch (const ConflictError &) {
        // Saved by someone else since it was opened: shown below, nothing was written.
    }
    for (;;) {
        const SaveConflict conflict = conflicts::forContract(m_db, m_contract, c);
        const ConflictDialog::Choice choice = ConflictDialog::ask(conflict, this);
        if (choice == ConflictDialog::Overwrite) {
            try {
                conflicts::saveOver(m_db, conflict, [&](int version) {
                    c.rowVersion = version;
                    // The approval moves only by its steps: theirs stands (a change to
                    // approved terms still sends it back to approval).
                    c.approvalStatus = repo.get(c.id).approvalStatus;
                    repo.update(c, reason);
                });
            } catch (const ConflictError &) {
                continue; // saved once more meanwhile: show that version
            }
            if (m_approval)
                m_approval->refresh();
            return;
        }
        if (choice == ConflictDialog::Reload) {
            m_contract = repo.get(c.id);
            showContract();
            if (m_approval)
                m_approval->refresh();
            throw Error(tr("%1. Their version is shown; your changes were not saved.").arg(conflict.headline()));
        }
        throw Error(tr("%1. Nothing was saved: save again to reload or overwrite.").arg(conflict.headline()));
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
    m_amount->setText(money::editText(d[3].toLongLong()));
    const QDate closed = d[7].toDate();
    m_signed->setText(dateText(closed.isValid() ? closed : m_db.clock().now().date()));
}

void ContractEditor::save()
{
    QList<FieldError> errors;
    Contract c = m_contract;
    if (m_deal && !c.opportunityId)
        errors.append({QStringLiteral("contract"), QStringLiteral("opportunity"), QString(), tr("choose a won deal")});
    c.number = m_number->text();
    c.title = m_title->text();
    c.amount.cents = parseMoney(m_amount, c.amount.currency, QStringLiteral("contract"), QStringLiteral("amount"),
                                errors);
    c.signedDate = parseDateField(m_signed, QStringLiteral("signed_date"), errors);
    c.startDate = parseDateField(m_start, QStringLiteral("start_date"), errors);
    c.endDate = parseDateField(m_end, QStringLiteral("end_date"), errors);
    if (!errors.isEmpty())
        throw ValidationError(errors);
    ContractRepository repo(m_db);
    if (c.id)
        saveEdit(c, m_reason->toPlainText());
    else
        repo.create(c);
    m_contract = c;
}

} // namespace fd
