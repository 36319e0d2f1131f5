#include "customerspage.h"

#include "importwizard/importwizard.h"
#include "widgets/emptystate.h"

#include "customereditor.h"
#include "exportaction.h"

#include "session.h"
#include "widgets/recordtable.h"

#include "analytics/receivables.h"
#include "domain/activity.h"
#include "domain/clock.h"
#include "domain/errors.h"
#include "domain/money.h"
#include "domain/organization.h"
#include "leads/customerscoring.h"
#include "leads/reassignment.h"
#include "settings/scoringrulesdialog.h"
#include "storage/database.h"
#include "storage/repositories/activityrepository.h"
#include "storage/repositories/attachmentrepository.h"
#include "storage/repositories/contractrepository.h"
#include "storage/repositories/customerrepository.h"
#include "storage/repositories/opportunityrepository.h"
#include "storage/repositories/organizationrepository.h"

#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHash>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QMimeDatabase>
#include <QPushButton>
#include <QSaveFile>
#include <QSplitter>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>

namespace fd {

namespace {

QTableWidget *makeTable(QWidget *parent)
{
    auto *t = new QTableWidget(parent);
    t->setEditTriggers(QAbstractItemView::NoEditTriggers);
    t->setSelectionBehavior(QAbstractItemView::SelectRows);
    t->setAlternatingRowColors(true);
    t->verticalHeader()->hide();
    t->horizontalHeader()->setStretchLastSection(true);
    t->setSortingEnabled(true);
    return t;
}

void fill(QTableWidget *t, const QStringList &headers, const QList<QStringList> &rows)
{
    t->setSortingEnabled(false);
    t->clear();
    t->setColumnCount(int(headers.size()));
    t->setHorizontalHeaderLabels(headers);
    t->setRowCount(int(rows.size()));
    for (int r = 0; r < rows.size(); ++r) {
        for (int c = 0; c < rows.at(r).size(); ++c)
            t->setItem(r, c, new QTableWidgetItem(rows.at(r).at(c)));
    }
    t->resizeColumnsToContents();
    t->setSortingEnabled(true);
}

QString activityKindText(ActivityKind k)
{
    switch (k) {
    case ActivityKind::Call:
        return CustomersPage::tr("Call");
    case ActivityKind::Visit:
        return CustomersPage::tr("Visit");
    case ActivityKind::Meeting:
        return CustomersPage::tr("Meeting");
    case ActivityKind::Proposal:
        return CustomersPage::tr("Proposal");
    case ActivityKind::Email:
        return CustomersPage::tr("E-mail");
    }
    return {};
}

QString dealStatusText(const QString &s)
{
    if (s == QLatin1String("won"))
        return CustomersPage::tr("Won");
    if (s == QLatin1String("lost"))
        return CustomersPage::tr("Lost");
    if (s == QLatin1String("on_hold"))
        return CustomersPage::tr("On hold");
    return CustomersPage::tr("Open");
}

// The customer list's columns: what each shows and sorts by.
QList<RecordListModel<CustomerSummary>::Column> customerColumns()
{
    using C = CustomerSummary;
    return {
        {[] { return CustomersPage::tr("Name"); }, [](const C &c) { return QVariant(c.name); }},
        {[] { return CustomersPage::tr("Tier"); }, [](const C &c) { return QVariant(c.tier); }},
        {[] { return CustomersPage::tr("Score"); }, [](const C &c) { return QVariant(c.score); }},
        {[] { return CustomersPage::tr("Industry"); }, [](const C &c) { return QVariant(c.industry); }},
        {[] { return CustomersPage::tr("Region"); }, [](const C &c) { return QVariant(c.regionName); }},
        {[] { return CustomersPage::tr("Owner"); }, [](const C &c) { return QVariant(c.ownerName); }},
        {[] { return CustomersPage::tr("Primary contact"); }, [](const C &c) { return QVariant(c.primaryContact); }},
        {[] { return CustomersPage::tr("Contacts"); }, [](const C &c) { return QVariant(c.contactCount); }},
    };
}

qint64 customerId(const CustomerSummary &c)
{
    return c.id;
}

} // namespace

CustomersPage::CustomersPage(PageContext &context, QWidget *parent)
    : LivePage(parent)
    , m_context(context)
    , m_heading(new QLabel(this))
    , m_filter(new QLineEdit(this))
    , m_rescore(new QPushButton(this))
    , m_scoringRules(new QPushButton(this))
    , m_reassign(new QPushButton(this))
    , m_new(new QPushButton(this))
    , m_edit(new QPushButton(this))
    , m_rows(new RecordListModel<CustomerSummary>(customerColumns(), customerId, this))
    , m_list(new RecordTable(QStringLiteral("customers"), m_rows, this))
    , m_title(new QLabel(this))
    , m_tier(new QLabel(this))
    , m_tabs(new QTabWidget(this))
    , m_contacts(makeTable(this))
    , m_activities(makeTable(this))
    , m_opportunities(makeTable(this))
    , m_contracts(makeTable(this))
    , m_files(makeTable(this))
    , m_addFile(new QPushButton(this))
    , m_saveFile(new QPushButton(this))
    , m_removeFile(new QPushButton(this))
{
    setObjectName(QStringLiteral("customersPage"));
    QFont headingFont = m_heading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.4);
    headingFont.setBold(true);
    m_heading->setFont(headingFont);
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.2);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_tier->setWordWrap(true);
    m_filter->setClearButtonEnabled(true);
    m_filter->setMinimumWidth(220);
    // Right-click → Export… on each 360° list (the files list has its own buttons).
    for (const auto &[table, name] : {std::pair{m_contacts, "contacts"}, std::pair{m_activities, "activities"},
                                      std::pair{m_opportunities, "opportunities"}, std::pair{m_contracts, "contracts"}})
        new ExportAction(table, QString::fromLatin1(name), table);

    auto *header = new QHBoxLayout;
    header->addWidget(m_heading, 1);
    header->addWidget(m_filter);
    header->addWidget(m_new);
    header->addWidget(m_edit);
    header->addWidget(m_rescore);
    header->addWidget(m_scoringRules);
    header->addWidget(m_reassign);

    auto *detail = new QWidget(this);
    auto *detailLayout = new QVBoxLayout(detail);
    detailLayout->setContentsMargins(0, 0, 0, 0);
    detailLayout->addWidget(m_title);
    detailLayout->addWidget(m_tier);
    detailLayout->addWidget(m_tabs, 1);
    m_tabs->addTab(m_contacts, QString());
    m_tabs->addTab(m_activities, QString());
    m_tabs->addTab(m_opportunities, QString());
    m_tabs->addTab(m_contracts, QString());
    auto *filesTab = new QWidget(this);
    auto *filesLayout = new QVBoxLayout(filesTab);
    auto *fileButtons = new QHBoxLayout;
    fileButtons->addWidget(m_addFile);
    fileButtons->addWidget(m_saveFile);
    fileButtons->addWidget(m_removeFile);
    fileButtons->addStretch(1);
    filesLayout->addLayout(fileButtons);
    filesLayout->addWidget(m_files, 1);
    m_tabs->addTab(filesTab, QString());

    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(m_list);
    split->addWidget(detail);
    split->setStretchFactor(0, 1);
    split->setStretchFactor(1, 1);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 20, 24, 20);
    layout->setSpacing(12);
    layout->addLayout(header);
    layout->addWidget(split, 1);

    connect(m_filter, &QLineEdit::textChanged, m_list, &RecordTable::setFilterText);
    connect(m_list, &RecordTable::currentChanged, this, &CustomersPage::showCustomer);
    connect(m_rescore, &QPushButton::clicked, this, &CustomersPage::rescore);
    connect(m_scoringRules, &QPushButton::clicked, this, &CustomersPage::editScoringRules);
    connect(m_reassign, &QPushButton::clicked, this, &CustomersPage::reassign);
    connect(m_new, &QPushButton::clicked, this, [this] { editCustomer(0); });
    auto *empty = new EmptyState(QStringLiteral("customersEmpty"));
    empty->addButton(QStringLiteral("emptyNew"), [this] { editCustomer(0); });
    empty->addButton(QStringLiteral("emptyImport"),
                     [this] { ImportWizard::runFor(m_context.session, this, DataKind::Customers); });
    m_list->setEmptyState(empty);
    connect(m_edit, &QPushButton::clicked, this, [this] {
        if (m_current)
            editCustomer(m_current);
    });
    connect(m_list, &RecordTable::activated, this, &CustomersPage::editCustomer);
    connect(m_addFile, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getOpenFileName(this, tr("Attach a file"));
        if (!path.isEmpty())
            addAttachment(path);
    });
    connect(m_saveFile, &QPushButton::clicked, this, &CustomersPage::saveAttachmentAs);
    connect(m_removeFile, &QPushButton::clicked, this, &CustomersPage::removeAttachment);
    watchSession(m_context.session);
    retranslateUi();
}

void CustomersPage::retranslateUi()
{
    m_heading->setText(tr("Customers"));
    m_filter->setPlaceholderText(tr("Filter customers…"));
    m_rescore->setText(tr("Rescore tiers"));
    m_scoringRules->setText(tr("Scoring rules…"));
    m_reassign->setText(tr("Reassign on leave…"));
    m_new->setText(tr("New customer…"));
    m_edit->setText(tr("Edit…"));
    m_addFile->setText(tr("Add file…"));
    m_saveFile->setText(tr("Save as…"));
    m_removeFile->setText(tr("Remove"));
    m_tabs->setTabText(0, tr("Contacts"));
    m_tabs->setTabText(1, tr("Activities"));
    m_tabs->setTabText(2, tr("Opportunities"));
    m_tabs->setTabText(3, tr("Contracts and payments"));
    m_tabs->setTabText(4, tr("Attachments"));
    m_rows->retranslate();
    m_list->emptyState()->setTexts(tr("No customers yet"),
                                   tr("The companies you sell to, with their contacts, deals, contracts and "
                                      "files. Add the first one, or import a list from another CRM or a "
                                      "spreadsheet."),
                                   {tr("New customer…"), tr("Import customers…")});
}

void CustomersPage::reload()
{
    Database *db = m_context.session.database();
    if (!db) {
        m_rows->setRows({});
        showCustomer(0);
        return;
    }
    try {
        CustomerFilter f;
        f.limit = 5000;
        m_rows->setRows(CustomerRepository(*db).list(f));
        if (!m_list->currentId() && m_list->rowCount() > 0)
            m_list->view()->selectRow(0);
        showCustomer(m_list->currentId());
    } catch (const Error &e) {
        QMessageBox::warning(this, tr("Customers"), e.message());
    }
}

void CustomersPage::showCustomer(qint64 id)
{
    m_current = id;
    Database *db = m_context.session.database();
    if (!db || !id) {
        m_title->setText(tr("No customer selected"));
        m_tier->clear();
        for (QTableWidget *t : {m_contacts, m_activities, m_opportunities, m_contracts, m_files})
            t->setRowCount(0);
        return;
    }
    try {
        const Customer c = CustomerRepository(*db).get(id);
        m_title->setText(c.name);
        const CustomerScore s = CustomerScoring(*db).score(id);
        QString tier = tr("Tier %1 · score %2 — %3").arg(s.tier).arg(s.score).arg(s.explanation());
        // The list shows the stored tier; say so when the rules now give another one.
        if (s.tier != c.tier || s.score != c.score)
            tier += QLatin1Char('\n')
                    + tr("Stored: tier %1 · score %2 (press Rescore tiers to update)")
                          .arg(c.tier.isEmpty() ? QStringLiteral("—") : c.tier)
                          .arg(c.score);
        m_tier->setText(tier);

        QList<QStringList> rows;
        for (const Contact &k : c.contacts)
            rows << QStringList{
                k.name + (k.isPrimary ? tr(" (primary)") : QString()), k.title, k.mobile, k.phone, k.email, k.wechat};
        fill(m_contacts, {tr("Name"), tr("Title"), tr("Mobile"), tr("Phone"), tr("E-mail"), tr("WeChat")}, rows);

        QHash<qint64, QString> names;
        for (const User &u : OrganizationRepository(*db).users(true))
            names.insert(u.id, u.displayName);
        rows.clear();
        for (const Activity &a : ActivityRepository(*db).forCustomer(id))
            rows << QStringList{a.occurredAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")),
                                activityKindText(a.kind), a.subject, a.outcome, names.value(a.userId)};
        fill(m_activities, {tr("When"), tr("Kind"), tr("Subject"), tr("Outcome"), tr("By")}, rows);

        rows.clear();
        for (const DealLine &l : OpportunityRepository(*db).linesOfCustomer(id))
            rows << QStringList{l.title,
                                l.stageName,
                                dealStatusText(toString(l.status)),
                                money::format(l.amount.cents, l.amount.currency),
                                l.expectedCloseDate.toString(Qt::ISODate),
                                names.value(l.ownerId)};
        fill(m_opportunities, {tr("Title"), tr("Stage"), tr("Status"), tr("Amount"), tr("Expected close"), tr("Owner")},
             rows);

        rows.clear();
        // Received and outstanding as the Contracts & Payments page reckons them (write-offs
        // included); a rejected contract expects nothing, so it shows no balance.
        QHash<qint64, ContractReceivable> receivable;
        for (const ContractReceivable &r : computeReceivables(*db, db->clock().now().date(), id).contracts)
            receivable.insert(r.contractId, r);
        for (const Contract &k : ContractRepository(*db).list(id)) {
            const QString currency = k.amount.currency;
            const auto it = receivable.constFind(k.id);
            const bool counted = it != receivable.constEnd();
            rows << QStringList{k.number,
                                k.title,
                                money::format(k.amount.cents, currency),
                                k.signedDate.toString(Qt::ISODate),
                                counted ? money::format(it->received, currency) : QStringLiteral("—"),
                                counted ? money::format(it->balance, currency) : QStringLiteral("—")};
        }
        fill(m_contracts, {tr("Number"), tr("Title"), tr("Amount"), tr("Signed"), tr("Received"), tr("Outstanding")},
             rows);

        rows.clear();
        const QList<Attachment> files = AttachmentRepository(*db).list(QStringLiteral("customer"), id);
        for (const Attachment &f : files)
            rows << QStringList{f.fileName, QLocale().formattedDataSize(f.sizeBytes),
                                f.uploadedAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd")),
                                names.value(f.uploadedBy)};
        fill(m_files, {tr("File"), tr("Size"), tr("Uploaded"), tr("By")}, rows);
        // The id travels with the row so sorting cannot mix files up.
        for (int r = 0; r < files.size(); ++r)
            m_files->item(r, 0)->setData(Qt::UserRole, files.at(r).id);
    } catch (const Error &e) {
        m_title->setText(e.message());
    }
}

void CustomersPage::rescore()
{
    Database *db = m_context.session.database();
    if (!db)
        return;
    try {
        const int changed = CustomerScoring(*db).rescoreAll();
        QMessageBox::information(this, tr("Rescore tiers"), tr("%1 customers changed score or tier.").arg(changed));
        m_context.session.notifyDataChanged();
    } catch (const Error &e) {
        QMessageBox::warning(this, tr("Customers"), e.message());
    }
}

void CustomersPage::editScoringRules()
{
    Database *db = m_context.session.database();
    if (!db)
        return;
    ScoringRulesDialog dialog(*db, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (dialog.rescored() >= 0)
        QMessageBox::information(this, tr("Rescore tiers"),
                                 tr("%1 customers changed score or tier.").arg(dialog.rescored()));
    m_context.session.notifyDataChanged();
}

void CustomersPage::editCustomer(qint64 id)
{
    Database *db = m_context.session.database();
    if (!db)
        return;
    try {
        CustomerEditor editor(*db, id, this);
        if (editor.exec() != QDialog::Accepted)
            return;
        m_context.session.notifyDataChanged();
    } catch (const Error &e) {
        QMessageBox::warning(this, tr("Customers"), e.message());
    }
}

bool CustomersPage::addAttachment(const QString &path)
{
    Database *db = m_context.session.database();
    if (!db || !m_current)
        return false;
    const QFileInfo info(path);
    // Refuse before reading: a huge file must not be loaded into memory at all.
    if (info.size() > AttachmentRepository::kMaxBytes) {
        QMessageBox::warning(this, tr("Attachments"),
                             tr("%1 is %2; files larger than %3 cannot be attached.")
                                 .arg(info.fileName(), QLocale().formattedDataSize(info.size()),
                                      QLocale().formattedDataSize(AttachmentRepository::kMaxBytes)));
        return false;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        QMessageBox::warning(this, tr("Attachments"), tr("Cannot read %1: %2").arg(path, file.errorString()));
        return false;
    }
    Attachment a;
    a.entity = QStringLiteral("customer");
    a.entityId = m_current;
    a.fileName = info.fileName();
    a.mimeType = QMimeDatabase().mimeTypeForFile(info).name();
    a.content = file.readAll();
    try {
        AttachmentRepository(*db).add(a);
    } catch (const ValidationError &e) {
        QStringList lines;
        for (const FieldError &f : e.errors())
            lines << f.message();
        QMessageBox::warning(this, tr("Attachments"), lines.join(QLatin1Char('\n')));
        return false;
    } catch (const Error &e) {
        QMessageBox::warning(this, tr("Attachments"), e.message());
        return false;
    }
    showCustomer(m_current);
    return true;
}

qint64 CustomersPage::currentAttachment() const
{
    const int r = m_files->currentRow();
    const QTableWidgetItem *i = r >= 0 ? m_files->item(r, 0) : nullptr;
    return i ? i->data(Qt::UserRole).toLongLong() : 0;
}

void CustomersPage::saveAttachmentAs()
{
    Database *db = m_context.session.database();
    const qint64 id = currentAttachment();
    if (!db || !id)
        return;
    try {
        const Attachment a = AttachmentRepository(*db).get(id);
        const QString path = QFileDialog::getSaveFileName(this, tr("Save attachment"), a.fileName);
        if (path.isEmpty())
            return;
        QSaveFile out(path);
        if (!out.open(QIODevice::WriteOnly) || out.write(a.content) != a.content.size() || !out.commit()) {
            QMessageBox::warning(this, tr("Attachments"), tr("Cannot write %1: %2").arg(path, out.errorString()));
        }
    } catch (const Error &e) {
        QMessageBox::warning(this, tr("Attachments"), e.message());
    }
}

void CustomersPage::removeAttachment()
{
    Database *db = m_context.session.database();
    const qint64 id = currentAttachment();
    if (!db || !id)
        return;
    if (QMessageBox::question(this, tr("Attachments"),
                              tr("Remove %1 from this customer?").arg(m_files->item(m_files->currentRow(), 0)->text()))
        != QMessageBox::Yes)
        return;
    try {
        AttachmentRepository(*db).remove(id);
    } catch (const Error &e) {
        QMessageBox::warning(this, tr("Attachments"), e.message());
    }
    showCustomer(m_current);
}

void CustomersPage::reassign()
{
    Database *db = m_context.session.database();
    if (!db)
        return;
    QDialog dialog(this);
    dialog.setWindowTitle(tr("Reassign on leave"));
    auto *from = new QComboBox(&dialog);
    auto *to = new QComboBox(&dialog);
    for (const User &u : OrganizationRepository(*db).users(true))
        from->addItem(u.displayName, u.id);
    for (const User &u : OrganizationRepository(*db).users())
        to->addItem(u.displayName, u.id);
    auto *form = new QFormLayout(&dialog);
    form->addRow(tr("Leaving rep"), from);
    form->addRow(tr("Hand over to"), to);
    form->addRow(new QLabel(tr("Moves every customer, lead, open opportunity and open task in one step."), &dialog));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    if (dialog.exec() != QDialog::Accepted)
        return;
    try {
        const ReassignResult r = reassignOnLeave(*db, from->currentData().toLongLong(), to->currentData().toLongLong());
        QMessageBox::information(this, tr("Reassign on leave"),
                                 tr("Moved %1 customers, %2 leads, %3 open opportunities and %4 open tasks.")
                                     .arg(r.customers)
                                     .arg(r.leads)
                                     .arg(r.opportunities)
                                     .arg(r.tasks));
        m_context.session.notifyDataChanged();
    } catch (const Error &e) {
        QMessageBox::warning(this, tr("Reassign on leave"), e.message());
    }
}

} // namespace fd
