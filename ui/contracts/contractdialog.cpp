#include "contractdialog.h"

#include "addinvoicecommand.h"
#include "addreceiptcommand.h"
#include "addwriteoffcommand.h"
#include "rolepolicy.h"

#include "contracteditor.h"
#include "contracttablemodel.h"
#include "moneytable.h"
#include "paymentdialogs.h"
#include "voidinvoicecommand.h"

#include "domain/clock.h"
#include "domain/errors.h"
#include "domain/margin.h"
#include "domain/money.h"
#include "domain/organization.h"
#include "storage/database.h"
#include "storage/repositories/contractrepository.h"
#include "storage/repositories/opportunityrepository.h"
#include "storage/repositories/organizationrepository.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QTabWidget>
#include <QTableWidget>
#include <QUndoStack>
#include <QVBoxLayout>

#include <algorithm>

namespace fd {

namespace {
QString fieldName(const QString &field)
{
    if (field == QLatin1String("number"))
        return ContractDialog::tr("Number");
    if (field == QLatin1String("title"))
        return ContractDialog::tr("Title");
    if (field == QLatin1String("customer_id"))
        return ContractDialog::tr("Customer");
    if (field == QLatin1String("owner_id"))
        return ContractDialog::tr("Owner");
    if (field == QLatin1String("opportunity_id"))
        return ContractDialog::tr("Deal");
    if (field == QLatin1String("amount_cents"))
        return ContractDialog::tr("Amount");
    if (field == QLatin1String("receivable_cents"))
        return ContractDialog::tr("Receivable");
    if (field == QLatin1String("currency"))
        return ContractDialog::tr("Currency");
    if (field == QLatin1String("approval_status"))
        return ContractDialog::tr("Approval");
    if (field == QLatin1String("signed_date"))
        return ContractDialog::tr("Signed on");
    if (field == QLatin1String("start_date"))
        return ContractDialog::tr("Starts");
    if (field == QLatin1String("end_date"))
        return ContractDialog::tr("Ends");
    return field;
}

// A stored value as the history shows it (money and statuses readable).
QString valueText(const QString &field, const QString &value, const QString &currency)
{
    if (value.isEmpty())
        return QStringLiteral("—");
    if (field == QLatin1String("amount_cents") || field == QLatin1String("receivable_cents"))
        return money::format(value.toLongLong(), currency, QLocale());
    if (field == QLatin1String("approval_status"))
        return ContractTableModel::statusText(value);
    return value;
}

QString when(const QDateTime &t)
{
    return t.isValid() ? t.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")) : QString();
}
} // namespace

ContractDialog::ContractDialog(Database &db, qint64 contractId, QWidget *parent)
    : QDialog(parent)
    , m_db(db)
    , m_contractId(contractId)
    , m_summary(new QLabel(this))
    , m_margin(new QLabel(this))
    , m_tabs(new QTabWidget(this))
    , m_plan(makeMoneyTable(QStringLiteral("instalments"), this))
    , m_invoices(makeMoneyTable(QStringLiteral("invoices"), this))
    , m_receipts(makeMoneyTable(QStringLiteral("receipts"), this))
    , m_adjustments(makeMoneyTable(QStringLiteral("write-offs"), this))
    , m_history(makeMoneyTable(QStringLiteral("contract-history"), this))
    , m_addPlan(new QPushButton(tr("Add payment plan…"), this))
    , m_removePlan(new QPushButton(tr("Remove plan"), this))
    , m_voidInvoice(new QPushButton(tr("Void invoice"), this))
{
    resize(980, 620);
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::RichText);
    m_plan->setObjectName(QStringLiteral("instalments"));
    m_invoices->setObjectName(QStringLiteral("invoices"));
    m_history->setObjectName(QStringLiteral("history"));
    auto *edit = new QPushButton(tr("Edit contract…"), this);
    auto *receipt = new QPushButton(tr("Record receipt…"), this);
    auto *waive = new QPushButton(tr("Waive / write off…"), this);
    auto *invoice = new QPushButton(tr("Issue invoice…"), this);
    receipt->setObjectName(QStringLiteral("addReceipt"));
    waive->setObjectName(QStringLiteral("writeOff"));

    const auto tab = [this](QTableWidget *table, const QList<QPushButton *> &buttons, const QString &title) {
        auto *page = new QWidget(this);
        auto *layout = new QVBoxLayout(page);
        if (!buttons.isEmpty()) {
            auto *row = new QHBoxLayout;
            for (QPushButton *b : buttons)
                row->addWidget(b);
            row->addStretch(1);
            layout->addLayout(row);
        }
        layout->addWidget(table, 1);
        m_tabs->addTab(page, title);
    };
    tab(m_plan, {m_addPlan, m_removePlan}, tr("Payment plan"));
    tab(m_invoices, {invoice, m_voidInvoice}, tr("Invoices"));
    tab(m_receipts, {receipt}, tr("Receipts"));
    tab(m_adjustments, {waive}, tr("Write-offs"));
    tab(m_history, {}, tr("History"));

    m_margin->setObjectName(QStringLiteral("contractMargin"));
    m_margin->setToolTip(tr("A contract's margin is its deal's: the deal's line items' sales less their cost"));
    auto *summary = new QVBoxLayout;
    summary->addWidget(m_summary);
    summary->addWidget(m_margin);
    auto *top = new QHBoxLayout;
    top->addLayout(summary, 1);
    top->addWidget(edit, 0, Qt::AlignTop);
    auto *close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(close);
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(edit, &QPushButton::clicked, this, &ContractDialog::editContract);
    connect(m_addPlan, &QPushButton::clicked, this, &ContractDialog::addPlan);
    connect(m_removePlan, &QPushButton::clicked, this, &ContractDialog::removePlan);
    connect(invoice, &QPushButton::clicked, this, &ContractDialog::addInvoice);
    connect(m_voidInvoice, &QPushButton::clicked, this, &ContractDialog::voidInvoice);
    connect(receipt, &QPushButton::clicked, this, &ContractDialog::addReceipt);
    connect(waive, &QPushButton::clicked, this, &ContractDialog::writeOff);
    // Money entries are finance's and the administrators' (rolepolicy.h); others see why.
    const QString moneyWhy = rolepolicy::whyNot(m_db, rolepolicy::Action::RecordMoney);
    for (QPushButton *b : {invoice, receipt, waive})
        rolepolicy::gate(b, moneyWhy);
    reload();
}

QString ContractDialog::marginText() const
{
    return m_margin->text();
}

void ContractDialog::reload()
{
    const QDate today = m_db.clock().now().date();
    const Contract contract = ContractRepository(m_db).get(m_contractId);
    const ReceivablesReport r = computeReceivables(m_db, today, contract.customerId);
    m_figures = {};
    for (const ContractReceivable &c : r.contracts) {
        if (c.contractId == m_contractId)
            m_figures = c;
    }
    if (!m_figures.contractId) { // a rejected contract is not receivable; show its own figures
        m_figures.contractId = contract.id;
        m_figures.customerId = contract.customerId;
        m_figures.number = contract.number;
        m_figures.title = contract.title;
        m_figures.amount = contract.amount.cents;
        m_figures.currency = contract.amount.currency;
        m_figures.approvalStatus = toString(contract.approvalStatus);
        m_figures.balance = ContractRepository(m_db).receivableBalance(contract.id);
    }
    m_instalments.clear();
    for (const InstalmentBalance &in : r.instalments) {
        if (in.contractId == m_contractId)
            m_instalments.append(in);
    }
    std::sort(m_instalments.begin(), m_instalments.end(),
              [](const InstalmentBalance &a, const InstalmentBalance &b) { return a.seq < b.seq; });
    const QString cur = m_figures.currency;
    const QLocale locale;
    setWindowTitle(tr("Contract %1").arg(contract.number));
    m_summary->setText(
        tr("<b>%1</b> · %2<br>%3 · approval: <b>%4</b> · signed %5<br>"
           "Amount %6 · invoiced %7 · received %8 · written off %9<br>"
           "Receivable balance <b>%10</b> (%11), overdue <b style='color:#c62828'>%12</b>")
            .arg(contract.number.toHtmlEscaped(), contract.title.toHtmlEscaped(),
                 m_figures.customerName.toHtmlEscaped(), ContractTableModel::statusText(m_figures.approvalStatus),
                 contract.signedDate.isValid() ? contract.signedDate.toString(Qt::ISODate) : QStringLiteral("—"),
                 money::format(m_figures.amount, cur, locale), money::format(m_figures.invoiced, cur, locale),
                 money::format(m_figures.received, cur, locale))
            .arg(money::format(m_figures.adjusted, cur, locale), money::format(m_figures.balance, cur, locale),
                 money::formatShort(m_figures.balance, cur, locale), money::format(m_figures.overdue, cur, locale)));

    std::optional<margin::Figures> m;
    if (contract.opportunityId) {
        try {
            m = OpportunityRepository(m_db).dealMargin(contract.opportunityId);
        } catch (const Error &) { // the deal is gone or not visible to this user: no margin shown
        }
    }
    const std::optional<double> rate = m ? m->rate() : std::nullopt;
    m_margin->setText(m ? tr("Margin of the deal: %1 (%2), cost %3")
                              .arg(money::format(m->margin(), cur, locale),
                                   rate ? locale.toString(*rate * 100, 'f', 1) + QLatin1Char('%') : QStringLiteral("—"),
                                   money::format(m->cost, cur, locale))
                        : tr("Margin of the deal: —"));

    QHash<qint64, QString> users;
    for (const User &u : OrganizationRepository(m_db).users(true))
        users.insert(u.id, u.displayName);

    const QList<PaymentPlan> plans = ContractRepository(m_db).paymentPlans(m_contractId);
    m_planId = plans.isEmpty() ? 0 : plans.last().id;
    QHash<qint64, std::optional<int>> percents;
    for (const PaymentPlan &p : plans)
        for (const Instalment &i : p.instalments)
            percents.insert(i.id, i.percent);
    QList<QList<TableCell>> rows;
    for (const InstalmentBalance &in : m_instalments) {
        const std::optional<int> pct = percents.value(in.instalmentId);
        QString state;
        if (in.outstanding == 0)
            state = in.adjusted > 0 && in.received < in.amount ? tr("settled (written off)") : tr("paid");
        else if (in.daysPastDue > 0)
            state = tr("overdue %n day(s)", nullptr, in.daysPastDue);
        else if (in.received > 0)
            state = tr("partly paid");
        else
            state = tr("open");
        rows.append({textCell(QString::number(in.seq), in.instalmentId), dateCell(in.due),
                     textCell(pct ? QStringLiteral("%1 %").arg(*pct) : QString()), moneyCell(in.amount, cur),
                     moneyCell(in.received, cur), moneyCell(in.adjusted, cur), moneyCell(in.outstanding, cur),
                     textCell(state), textCell(in.note)});
    }
    fillTable(m_plan,
              {tr("#"), tr("Due"), tr("Percent"), tr("Amount"), tr("Received"), tr("Written off"), tr("Outstanding"),
               tr("Status"), tr("Note")},
              rows);
    m_addPlan->setEnabled(plans.isEmpty());
    m_removePlan->setEnabled(!plans.isEmpty());

    rows.clear();
    QHash<qint64, int> seqOf;
    for (const InstalmentBalance &in : m_instalments)
        seqOf.insert(in.instalmentId, in.seq);
    const auto instalmentText = [&](qint64 id) { return id ? QStringLiteral("#%1").arg(seqOf.value(id)) : QString(); };
    for (const Invoice &inv : ContractRepository(m_db).invoices(m_contractId))
        rows.append({textCell(inv.number, inv.id), dateCell(inv.issuedDate), moneyCell(inv.amountCents, cur),
                     textCell(QStringLiteral("%1 %").arg(inv.taxRateBasisPoints / 100.0, 0, 'f', 0)),
                     textCell(instalmentText(inv.instalmentId)), textCell(inv.voided ? tr("void") : tr("issued"))});
    fillTable(m_invoices, {tr("Invoice"), tr("Issued"), tr("Amount"), tr("VAT"), tr("Instalment"), tr("Status")}, rows);

    rows.clear();
    for (const Receipt &rc : ContractRepository(m_db).receipts(m_contractId))
        rows.append({textCell(QString::number(rc.id), rc.id), dateCell(rc.receivedDate), moneyCell(rc.amountCents, cur),
                     textCell(rc.instalmentId ? instalmentText(rc.instalmentId) : tr("automatic")), textCell(rc.method),
                     textCell(rc.reference), textCell(users.value(rc.createdBy))});
    fillTable(
        m_receipts,
        {tr("No."), tr("Received"), tr("Amount"), tr("Instalment"), tr("Method"), tr("Reference"), tr("Recorded by")},
        rows);

    rows.clear();
    struct HistoryRow
    {
        QDateTime at;
        QList<TableCell> cells;
    };
    QList<HistoryRow> history;
    for (const ReceivableAdjustment &a : ContractRepository(m_db).adjustments(m_contractId)) {
        rows.append({textCell(when(a.adjustedAt), a.id), moneyCell(a.amountCents, cur),
                     textCell(a.instalmentId ? instalmentText(a.instalmentId) : tr("last instalments")),
                     textCell(a.reason), textCell(users.value(a.createdBy))});
        history.append(
            {a.adjustedAt,
             {textCell(when(a.adjustedAt)), textCell(users.value(a.createdBy)), textCell(tr("Write-off")),
              textCell(QString()), textCell(money::format(a.amountCents, cur, locale)), textCell(a.reason)}});
    }
    fillTable(m_adjustments, {tr("When"), tr("Amount"), tr("Instalment"), tr("Reason"), tr("By")}, rows);

    for (const ContractChange &ch : ContractRepository(m_db).changes(m_contractId))
        history.append({ch.changedAt,
                        {textCell(when(ch.changedAt)), textCell(users.value(ch.changedBy)),
                         textCell(fieldName(ch.field)), textCell(valueText(ch.field, ch.oldValue, cur)),
                         textCell(valueText(ch.field, ch.newValue, cur)), textCell(ch.reason)}});
    std::stable_sort(history.begin(), history.end(),
                     [](const HistoryRow &a, const HistoryRow &b) { return a.at < b.at; });
    rows.clear();
    for (const HistoryRow &h : history)
        rows.append(h.cells);
    fillTable(m_history, {tr("When"), tr("By"), tr("What"), tr("Before"), tr("After"), tr("Reason")}, rows);
}

void ContractDialog::setUndoStack(QUndoStack *stack, StoredEditCommand::Done done)
{
    m_undoStack = stack;
    m_done = std::move(done);
    if (!stack)
        return;
    QAction *undo = stack->createUndoAction(this);
    QAction *redo = stack->createRedoAction(this);
    undo->setShortcut(QKeySequence::Undo);
    redo->setShortcuts({QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z), QKeySequence::Redo});
    addActions({undo, redo}); // a modal dialog: the main window's Edit menu is out of reach
    connect(stack, &QUndoStack::indexChanged, this, [this] {
        reload();
        emit changed();
    });
}

bool ContractDialog::runAndReload(QDialog &dialog)
{
    if (dialog.exec() != QDialog::Accepted)
        return false;
    reload();
    emit changed();
    return true;
}

void ContractDialog::push(QUndoCommand *command)
{
    if (m_undoStack)
        m_undoStack->push(command); // its first redo() is the entry just stored
    else
        delete command;
}

void ContractDialog::editContract()
{
    ContractEditor editor(m_db, m_contractId, this);
    runAndReload(editor);
}

void ContractDialog::addPlan()
{
    PaymentPlanDialog dialog(m_db, m_figures, this);
    runAndReload(dialog);
}

void ContractDialog::removePlan()
{
    if (!m_planId)
        return;
    if (QMessageBox::question(this, tr("Remove plan"), tr("Remove the payment plan and its instalments?"))
        != QMessageBox::Yes)
        return;
    try {
        ContractRepository(m_db).removePaymentPlan(m_planId);
    } catch (const ValidationError &) {
        QMessageBox::warning(this, tr("Remove plan"),
                             tr("Invoices, receipts or write-offs refer to this plan's instalments; it stays."));
        return;
    } catch (const Error &e) {
        QMessageBox::warning(this, tr("Remove plan"), e.message());
        return;
    }
    reload();
    emit changed();
}

void ContractDialog::addInvoice()
{
    InvoiceDialog dialog(m_db, m_figures, m_instalments, this);
    if (runAndReload(dialog))
        push(new AddInvoiceCommand(m_db, dialog.stored(), m_figures.number, m_figures.currency, m_done));
}

void ContractDialog::voidInvoice()
{
    const qint64 id = rowId(m_invoices, m_invoices->currentRow());
    if (!id)
        return;
    if (QMessageBox::question(this, tr("Void invoice"), tr("Void this invoice? It stays on file, marked void."))
        != QMessageBox::Yes)
        return;
    const QString number = m_invoices->item(m_invoices->currentRow(), 0)->text();
    bool voided = false;
    try {
        voided = ContractRepository(m_db).voidInvoice(id);
    } catch (const Error &e) {
        QMessageBox::warning(this, tr("Void invoice"), e.message());
        return;
    }
    reload();
    emit changed();
    if (voided) // it was void already: nothing to undo (undo would issue it again)
        push(new VoidInvoiceCommand(m_db, id, number, m_done));
}

void ContractDialog::addReceipt()
{
    ReceiptDialog dialog(m_db, m_figures, m_instalments, this);
    if (runAndReload(dialog))
        push(new AddReceiptCommand(m_db, dialog.stored(), m_figures.number, m_figures.currency, m_done));
}

void ContractDialog::writeOff()
{
    WriteOffDialog dialog(m_db, m_figures, m_instalments, this);
    if (runAndReload(dialog))
        push(new AddWriteOffCommand(m_db, dialog.stored(), m_figures.number, m_figures.currency, m_done));
}

} // namespace fd
