#include "contractspage.h"

#include "widgets/emptystate.h"

#include "contractdialog.h"
#include "contracteditor.h"
#include "contracttablemodel.h"
#include "exportaction.h"
#include "instalmenttablemodel.h"
#include "moneytable.h"
#include "session.h"

#include "domain/clock.h"
#include "domain/errors.h"
#include "domain/money.h"
#include "storage/database.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFont>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QSet>
#include <QSettings>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QUndoStack>
#include <QVBoxLayout>

#include <algorithm>

namespace fd {

namespace {

// The page shows the instalments behind the aging only: those due with something outstanding.
// The others (paid, not yet due) and the report's overdue and expected lists, copies of
// instalments, are dropped in the worker: tens of thousands of them on a large file.
void keepShown(ReceivablesReport &r)
{
    r.instalments.removeIf([](const InstalmentBalance &in) { return in.outstanding <= 0 || in.daysPastDue < 0; });
    r.instalments.squeeze();
    r.overdue.clear();
    r.expected.clear();
}

QString bucketTitle(int bucket)
{
    switch (bucket) {
    case 0:
        return ContractsPage::tr("0–30 days");
    case 1:
        return ContractsPage::tr("31–60 days");
    case 2:
        return ContractsPage::tr("61–90 days");
    default:
        return ContractsPage::tr("Over 90 days");
    }
}
} // namespace

ContractsPage::ContractsPage(PageContext &context, QWidget *parent)
    : LivePage(parent)
    , m_context(context)
    , m_job(this)
    , m_heading(new QLabel(this))
    , m_summary(new QLabel(this))
    , m_tabs(new QTabWidget(this))
    , m_search(new QLineEdit(this))
    , m_status(new QComboBox(this))
    , m_customer(new QComboBox(this))
    , m_overdueOnly(new QCheckBox(this))
    , m_new(new QPushButton(this))
    , m_open(new QPushButton(this))
    , m_model(new ContractTableModel(this))
    , m_proxy(new ContractFilterProxy(this))
    , m_view(new QTableView(this))
    , m_agingNote(new QLabel(this))
    , m_aging(makeMoneyTable(QStringLiteral("receivables-aging"), this))
    , m_drillTitle(new QLabel(this))
    , m_drillModel(new InstalmentTableModel(this))
    , m_drill(new QTableView(this))
    , m_undoStack(new QUndoStack(this))
{
    setObjectName(QStringLiteral("contractsPage"));
    QFont headingFont = m_heading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.4);
    headingFont.setBold(true);
    m_heading->setFont(headingFont);
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::RichText);
    m_search->setClearButtonEnabled(true);
    m_search->setMinimumWidth(240);
    m_customer->setMinimumWidth(200);
    for (QComboBox *box : {m_status, m_customer})
        box->setSizeAdjustPolicy(QComboBox::AdjustToContents);

    m_proxy->setSourceModel(m_model);
    m_view->setModel(m_proxy);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(ContractTableModel::Signed, Qt::DescendingOrder);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setAlternatingRowColors(true);
    m_view->verticalHeader()->hide();
    m_view->setWordWrap(false);
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_view->horizontalHeader()->setStretchLastSection(false);
    auto *exportContracts = new ExportAction(m_view, QStringLiteral("contracts"), this);
    auto *exportButton = new QPushButton(this);
    connect(exportButton, &QPushButton::clicked, exportContracts, &QAction::trigger);
    exportButton->setObjectName(QStringLiteral("exportContracts"));

    auto *header = new QHBoxLayout;
    header->addWidget(m_heading, 1);
    auto *filters = new QHBoxLayout;
    filters->addWidget(m_search);
    filters->addWidget(m_status);
    filters->addWidget(m_customer);
    filters->addWidget(m_overdueOnly);
    filters->addStretch(1);
    filters->addWidget(m_new);
    filters->addWidget(m_open);
    filters->addWidget(exportButton);

    auto *listTab = new QWidget(this);
    auto *listLayout = new QVBoxLayout(listTab);
    listLayout->addLayout(filters);
    // No contract yet: where they come from instead of an empty table.
    auto *empty = new EmptyState(QStringLiteral("contractsEmpty"));
    empty->addButton(QStringLiteral("emptyNew"), [this] { newFromWonDeal(); });
    m_viewOrEmpty = new ContentOrEmpty(m_view, empty, this);
    listLayout->addWidget(m_viewOrEmpty, 1);
    m_viewOrEmpty->follow(m_model);

    auto *agingTab = new QWidget(this);
    auto *agingLayout = new QVBoxLayout(agingTab);
    m_drill->setModel(m_drillModel);
    m_drill->setObjectName(QStringLiteral("agingInstalments"));
    setUpMoneyTable(m_drill, QStringLiteral("aging-instalments"));
    // Listed oldest due first until a column is clicked, as the other money tables are
    // (a view starts with a sort indicator on its first column, the table widgets with none).
    m_drill->horizontalHeader()->setSortIndicator(-1, Qt::DescendingOrder);
    m_agingNote->setWordWrap(true);
    m_aging->setSortingEnabled(false);
    m_aging->setSelectionMode(QAbstractItemView::SingleSelection);
    m_aging->setSelectionBehavior(QAbstractItemView::SelectItems);
    auto *split = new QSplitter(Qt::Vertical, agingTab);
    split->addWidget(m_aging);
    auto *drillBox = new QWidget(split);
    auto *drillLayout = new QVBoxLayout(drillBox);
    drillLayout->setContentsMargins(0, 0, 0, 0);
    drillLayout->addWidget(m_drillTitle);
    drillLayout->addWidget(m_drill, 1);
    split->addWidget(drillBox);
    agingLayout->addWidget(m_agingNote);
    agingLayout->addWidget(split, 1);

    m_tabs->addTab(listTab, QString());
    m_tabs->addTab(agingTab, QString());
    // The tab last worked in (contracts or aging) comes back next time.
    m_tabs->setCurrentIndex(QSettings().value(QStringLiteral("contracts/tab"), 0).toInt());
    connect(m_tabs, &QTabWidget::currentChanged, this,
            [](int index) { QSettings().setValue(QStringLiteral("contracts/tab"), index); });

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 20, 24, 20);
    layout->setSpacing(10);
    layout->addLayout(header);
    layout->addWidget(m_summary);
    layout->addWidget(m_tabs, 1);

    connect(m_search, &QLineEdit::textChanged, m_proxy, &ContractFilterProxy::setSearch);
    connect(m_status, &QComboBox::currentIndexChanged, this,
            [this] { m_proxy->setStatus(m_status->currentData().toString()); });
    connect(m_customer, &QComboBox::currentIndexChanged, this,
            [this] { m_proxy->setCustomer(m_customer->currentData().toLongLong()); });
    connect(m_overdueOnly, &QCheckBox::toggled, m_proxy, &ContractFilterProxy::setOverdueOnly);
    connect(m_view, &QTableView::doubleClicked, this, &ContractsPage::openCurrent);
    connect(m_open, &QPushButton::clicked, this, &ContractsPage::openCurrent);
    connect(m_new, &QPushButton::clicked, this, &ContractsPage::newFromWonDeal);
    connect(m_aging, &QTableWidget::cellClicked, this, &ContractsPage::drillInto);
    connect(&m_context.session, &Session::databaseAboutToChange, this, [this] {
        m_job.cancel();       // a running computation's result belongs to the old file
        m_undoStack->clear(); // its commands write to the old file
        m_model->setContracts({});
    });
    watchSession(m_context.session);
    retranslateUi();
    // The export button shares the action's text.
    exportButton->setText(exportContracts->text());
    connect(exportContracts, &QAction::changed, exportButton,
            [exportButton, exportContracts] { exportButton->setText(exportContracts->text()); });
}

void ContractsPage::retranslateUi()
{
    m_heading->setText(tr("Contracts & Payments"));
    m_search->setPlaceholderText(tr("Search number, title, customer, owner…"));
    m_overdueOnly->setText(tr("Overdue only"));
    m_new->setText(tr("New contract from won deal…"));
    m_viewOrEmpty->emptyState()->setTexts(
        tr("No contracts yet"),
        tr("A contract is made from a won opportunity: its amount and customer come along, and its instalments, "
           "invoices and receipts are followed here and in the receivables aging."),
        {tr("New contract from won deal…")});
    m_open->setText(tr("Open…"));
    m_tabs->setTabText(0, tr("Contracts"));
    m_tabs->setTabText(1, tr("Receivables aging"));
    const QString keep = m_status->currentData().toString();
    const QSignalBlocker block(m_status);
    m_status->clear();
    m_status->addItem(tr("All approval states"), QString());
    for (const char *s : {"draft", "pending", "approved", "rejected"})
        m_status->addItem(ContractTableModel::statusText(QLatin1String(s)), QLatin1String(s));
    m_status->setCurrentIndex(qMax(0, m_status->findData(keep)));
    if (m_customer->count() == 0)
        m_customer->addItem(tr("All customers"), qint64(0));
    else
        m_customer->setItemText(0, tr("All customers"));
    m_agingNote->setText(tr("What is due and not yet received, by days past the due date. Receipts are "
                            "reconciled against instalments oldest due first unless they name one; write-offs "
                            "reduce the last instalments. Click an amount to list its instalments."));
    m_drillTitle->setText(tr("Instalments"));
}

void ContractsPage::reload()
{
    Database *db = m_context.session.database();
    if (!db) {
        m_job.cancel();
        showReport({});
        return;
    }
    const QDate today = db->clock().now().date();
    m_job.start(
        *db,
        [today](Database &worker) {
            ReceivablesReport r = computeReceivables(worker, today);
            keepShown(r);
            return r;
        },
        [this](std::optional<ReceivablesReport> r, const QString &error) {
            if (!r) {
                m_summary->setText(tr("The receivables could not be computed: %1").arg(error.toHtmlEscaped()));
                emit loaded();
                return;
            }
            showReport(std::move(*r));
        });
}

void ContractsPage::showReport(ReceivablesReport report)
{
    m_drillModel->clear(); // it reads the report being replaced
    m_report = std::move(report);
    const ReceivablesReport &r = m_report; // read only: a shared list read through it is never copied
    m_model->setContracts(r.contracts);
    m_view->resizeColumnsToContents();
    // Titles can be long: keep them readable without pushing the money columns away.
    m_view->setColumnWidth(ContractTableModel::Title, qMin(m_view->columnWidth(ContractTableModel::Title), 220));
    m_view->setColumnWidth(ContractTableModel::Customer, qMin(m_view->columnWidth(ContractTableModel::Customer), 200));
    fillFilters();

    const QLocale locale;
    const auto both = [&](qint64 cents) {
        return QStringLiteral("<b>%1</b>").arg(money::formatShort(cents, m_context.session.currency(), locale));
    };
    m_summary->setText(tr("%n contract(s) · receivable balance %1 · due %2 · overdue <span style='color:#c62828'>%3"
                          "</span> in %4 instalment(s) · expected in the next 30 days %5",
                          nullptr, int(r.contracts.size()))
                           .arg(both(r.balanceTotal), both(r.dueTotal), both(r.overdueTotal))
                           .arg(std::count_if(r.instalments.cbegin(), r.instalments.cend(),
                                              [](const InstalmentBalance &in) { return in.overdue(); }))
                           .arg(both(r.expectedTotal)));

    // Totals first (always in sight), then the largest debtors; empty buckets stay blank.
    const auto bucketCell = [this](qint64 cents) {
        TableCell c = moneyCell(cents, m_context.session.currency());
        if (cents == 0)
            c.text.clear();
        return c;
    };
    QList<TableCell> total{textCell(tr("Total"))};
    for (qint64 b : r.agingTotal.buckets)
        total.append(bucketCell(b));
    total.append(moneyCell(r.agingTotal.total, m_context.session.currency()));
    QList<QList<TableCell>> rows{total};
    QList<AgingRow> debtors = r.aging;
    std::stable_sort(debtors.begin(), debtors.end(),
                     [](const AgingRow &a, const AgingRow &b) { return a.total > b.total; });
    for (const AgingRow &a : debtors) {
        QList<TableCell> row{textCell(a.customerName, a.customerId)};
        for (qint64 b : a.buckets)
            row.append(bucketCell(b));
        row.append(moneyCell(a.total, m_context.session.currency()));
        rows.append(row);
    }
    QStringList headers{tr("Customer")};
    for (int b = 0; b < kAgingBucketCount; ++b)
        headers << bucketTitle(b);
    headers << tr("Total due");
    fillTable(m_aging, headers, rows);
    m_aging->setSortingEnabled(false); // the totals row stays first
    for (int c = 0; c < m_aging->columnCount(); ++c) {
        QTableWidgetItem *item = m_aging->item(0, c);
        QFont f = item->font();
        f.setBold(true);
        item->setFont(f);
    }
    for (int c = 1; c < m_aging->columnCount(); ++c)
        m_aging->setColumnWidth(c, qMax(m_aging->columnWidth(c), 130));
    drillInto(0, kAgingBucketCount + 1);
    emit loaded();
}

void ContractsPage::fillFilters()
{
    const qint64 keep = m_customer->currentData().toLongLong();
    const QSignalBlocker block(m_customer);
    m_customer->clear();
    m_customer->addItem(tr("All customers"), qint64(0));
    QMap<QString, qint64> customers;
    for (const ContractReceivable &c : std::as_const(m_report.contracts))
        customers.insert(c.customerName, c.customerId);
    for (auto it = customers.cbegin(); it != customers.cend(); ++it)
        m_customer->addItem(it.key(), it.value());
    m_customer->setCurrentIndex(qMax(0, m_customer->findData(keep)));
    m_proxy->setCustomer(m_customer->currentData().toLongLong());
}

void ContractsPage::drillInto(int row, int column)
{
    if (row < 0 || row >= m_aging->rowCount() || column < 0)
        return;
    const qint64 customerId = rowId(m_aging, row); // 0 = the totals row: every customer
    const int bucket = column >= 1 && column <= kAgingBucketCount ? column - 1 : -1; // -1 = all due
    std::vector<int> rows;
    for (int i = 0; i < m_report.instalments.size(); ++i) {
        const InstalmentBalance &in = m_report.instalments.at(i);
        if (in.outstanding <= 0 || in.daysPastDue < 0)
            continue;
        if (customerId && in.customerId != customerId)
            continue;
        if (bucket >= 0 && int(agingBucket(in.daysPastDue)) != bucket)
            continue;
        rows.push_back(i);
    }
    // As fillTable does for the other money tables: sorted again by the header's column.
    m_drill->setSortingEnabled(false);
    m_drillModel->setRows(&m_report.instalments, std::move(rows),
                          {tr("Contract"), tr("Customer"), tr("#"), tr("Due"), tr("Days past due"), tr("Instalment"),
                           tr("Reconciled"), tr("Outstanding")});
    m_drill->resizeColumnsToContents();
    m_drill->setSortingEnabled(true);
    const QString who = customerId ? m_aging->item(row, 0)->text() : tr("all customers");
    m_drillTitle->setText(tr("Instalments of %1, %2: %n instalment(s)", nullptr, m_drillModel->rowCount())
                              .arg(who, bucket >= 0 ? bucketTitle(bucket) : tr("everything due")));
}

void ContractsPage::openCurrent()
{
    Database *db = m_context.session.database();
    const QModelIndex index = m_view->currentIndex();
    if (!db || !index.isValid())
        return;
    openContract(index.data(ContractTableModel::IdRole).toLongLong());
}

void ContractsPage::openContract(qint64 id)
{
    Database *db = m_context.session.database();
    if (!db)
        return;
    try {
        ContractDialog dialog(*db, id, this);
        dialog.setUndoStack(m_undoStack, [this](const QString &error) {
            if (!error.isEmpty())
                QMessageBox::warning(this, tr("Contracts & Payments"), error);
            m_context.session.notifyDataChanged();
        });
        bool changed = false;
        connect(&dialog, &ContractDialog::changed, this, [&changed] { changed = true; });
        dialog.exec();
        if (changed)
            m_context.session.notifyDataChanged();
    } catch (const Error &e) {
        QMessageBox::warning(this, tr("Contracts & Payments"), e.message());
    }
}

void ContractsPage::newFromWonDeal()
{
    Database *db = m_context.session.database();
    if (!db)
        return;
    try {
        ContractEditor editor(*db, 0, this);
        if (editor.dealBox() && editor.dealBox()->count() == 0) {
            QMessageBox::information(this, tr("New contract"),
                                     tr("Every won deal already has a contract. Win a deal on the board first."));
            return;
        }
        if (editor.exec() != QDialog::Accepted)
            return;
        m_context.session.notifyDataChanged();
        openContract(editor.contract().id);
    } catch (const Error &e) {
        QMessageBox::warning(this, tr("Contracts & Payments"), e.message());
    }
}

} // namespace fd
