#include "leadspage.h"

#include "importwizard/importwizard.h"
#include "mergerecordscommand.h"
#include "widgets/emptystate.h"
#include "widgets/formdialog.h"

#include "activities/logactivitydialog.h"

#include "leadeditor.h"
#include "session.h"
#include "widgets/recordtable.h"

#include "domain/errors.h"
#include "domain/lead.h"
#include "domain/money.h"
#include "domain/organization.h"
#include "leads/duplicatefinder.h"
#include "leads/leadconverter.h"
#include "leads/poolservice.h"
#include "storage/database.h"
#include "storage/repositories/leadrepository.h"
#include "storage/repositories/organizationrepository.h"

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QTabWidget>
#include <QTableView>
#include <QUndoStack>
#include <QVBoxLayout>

namespace fd {

namespace {

QString statusText(LeadStatus s)
{
    switch (s) {
    case LeadStatus::New:
        return LeadsPage::tr("New");
    case LeadStatus::Contacted:
        return LeadsPage::tr("Contacted");
    case LeadStatus::Qualified:
        return LeadsPage::tr("Qualified");
    case LeadStatus::Disqualified:
        return LeadsPage::tr("Disqualified");
    case LeadStatus::Converted:
        return LeadsPage::tr("Converted");
    }
    return {};
}

QString fieldText(const QString &field)
{
    if (field == QLatin1String("company"))
        return LeadsPage::tr("same company");
    if (field == QLatin1String("phone"))
        return LeadsPage::tr("same phone");
    return LeadsPage::tr("same e-mail");
}

// Lead times show, sort and export as this text (in time order, as before).
QString shortTime(const QDateTime &t)
{
    return t.isValid() ? t.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")) : QString();
}

QString pairSide(qint64 id, const QString &name)
{
    return QStringLiteral("#%1 %2").arg(id).arg(name);
}

qint64 leadId(const Lead &l)
{
    return l.id;
}

// The duplicate review's columns: the pair's two records and why they match.
QList<RecordListModel<DuplicatePair>::Column> duplicateColumns()
{
    using P = DuplicatePair;
    return {
        {[] { return LeadsPage::tr("First"); }, [](const P &p) { return QVariant(pairSide(p.firstId, p.firstName)); }},
        {[] { return LeadsPage::tr("Second"); },
         [](const P &p) { return QVariant(pairSide(p.secondId, p.secondName)); }},
        {[] { return LeadsPage::tr("Why they match"); },
         [](const P &p) {
             QStringList why;
             for (const MatchReason &r : p.reasons)
                 why << QStringLiteral("%1 (%2)").arg(fieldText(r.field), r.key);
             return QVariant(why.join(QStringLiteral("; ")));
         }},
    };
}

} // namespace

// The lead list's columns: what each shows and sorts by.
QList<RecordListModel<LeadsPage::LeadRow>::Column> LeadsPage::leadColumns()
{
    using R = LeadRow;
    return {
        {[] { return tr("Name"); }, [](const R &r) { return QVariant(r.lead.name); }},
        {[] { return tr("Company"); }, [](const R &r) { return QVariant(r.lead.company); }},
        {[] { return tr("Phone"); }, [](const R &r) { return QVariant(r.lead.phone); }},
        {[] { return tr("E-mail"); }, [](const R &r) { return QVariant(r.lead.email); }},
        {[] { return tr("Source"); }, [](const R &r) { return QVariant(r.lead.source); }},
        {[] { return tr("Status"); }, [](const R &r) { return QVariant(statusText(r.lead.status)); }},
        {[] { return tr("Owner"); }, [](const R &r) { return QVariant(r.owner); }},
        {[] { return tr("Last follow-up"); }, [](const R &r) { return QVariant(shortTime(r.lead.lastFollowUpAt)); }},
        {[] { return tr("Created"); }, [](const R &r) { return QVariant(shortTime(r.lead.createdAt)); }},
    };
}

QList<RecordListModel<Lead>::Column> LeadsPage::poolColumns()
{
    return {
        {[] { return tr("Name"); }, [](const Lead &l) { return QVariant(l.name); }},
        {[] { return tr("Company"); }, [](const Lead &l) { return QVariant(l.company); }},
        {[] { return tr("Phone"); }, [](const Lead &l) { return QVariant(l.phone); }},
        {[] { return tr("Source"); }, [](const Lead &l) { return QVariant(l.source); }},
        {[] { return tr("Status"); }, [](const Lead &l) { return QVariant(statusText(l.status)); }},
        {[] { return tr("Created"); }, [](const Lead &l) { return QVariant(shortTime(l.createdAt)); }},
    };
}

LeadsPage::LeadsPage(PageContext &context, QWidget *parent)
    : LivePage(parent)
    , m_context(context)
    , m_heading(new QLabel(this))
    , m_filter(new QLineEdit(this))
    , m_status(new QComboBox(this))
    , m_tabs(new QTabWidget(this))
    , m_leadRows(new RecordListModel<LeadRow>(
          leadColumns(), [](const LeadRow &r) { return r.lead.id; }, this))
    , m_poolRows(new RecordListModel<Lead>(poolColumns(), leadId, this))
    // A pair is known by its second record, the one a merge folds into the first.
    , m_duplicateRows(new RecordListModel<DuplicatePair>(
          duplicateColumns(), [](const DuplicatePair &p) { return p.secondId; }, this))
    , m_leads(new RecordTable(QStringLiteral("leads"), m_leadRows, this))
    , m_pool(new RecordTable(QStringLiteral("leadPool"), m_poolRows, this))
    , m_duplicates(new RecordTable(QStringLiteral("leadDuplicates"), m_duplicateRows, this))
    , m_convert(new QPushButton(this))
    , m_new(new QPushButton(this))
    , m_edit(new QPushButton(this))
    , m_log(new QPushButton(this))
    , m_claim(new QPushButton(this))
    , m_assignee(new QComboBox(this))
    , m_assign(new QPushButton(this))
    , m_team(new QComboBox(this))
    , m_roundRobin(new QPushButton(this))
    , m_returnStale(new QPushButton(this))
    , m_dupKind(new QComboBox(this))
    , m_merge(new QPushButton(this))
    , m_undo(new QPushButton(this))
    , m_poolNote(new QLabel(this))
    , m_dupNote(new QLabel(this))
    , m_undoStack(new QUndoStack(this))
{
    setObjectName(QStringLiteral("leadsPage"));
    QFont headingFont = m_heading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.4);
    headingFont.setBold(true);
    m_heading->setFont(headingFont);
    m_filter->setClearButtonEnabled(true);
    m_filter->setMinimumWidth(260);
    m_pool->view()->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_poolNote->setWordWrap(true);
    m_dupNote->setWordWrap(true);
    m_undo->setEnabled(false);
    m_assignee->setObjectName(QStringLiteral("leadAssignee"));
    m_team->setObjectName(QStringLiteral("leadTeam"));
    for (QComboBox *box : {m_assignee, m_team, m_status, m_dupKind})
        box->setSizeAdjustPolicy(QComboBox::AdjustToContents);

    auto *header = new QHBoxLayout;
    header->addWidget(m_heading, 1);
    header->addWidget(m_filter);
    header->addWidget(m_status);

    auto *listTab = new QWidget(this);
    auto *listLayout = new QVBoxLayout(listTab);
    auto *listButtons = new QHBoxLayout;
    listButtons->addWidget(m_new);
    listButtons->addWidget(m_edit);
    listButtons->addWidget(m_log);
    listButtons->addWidget(m_convert);
    listButtons->addStretch(1);
    listLayout->addLayout(listButtons);
    listLayout->addWidget(m_leads, 1);

    auto *poolTab = new QWidget(this);
    auto *poolLayout = new QVBoxLayout(poolTab);
    auto *poolButtons = new QHBoxLayout;
    poolButtons->addWidget(m_claim);
    poolButtons->addSpacing(16);
    poolButtons->addWidget(m_assignee);
    poolButtons->addWidget(m_assign);
    poolButtons->addSpacing(16);
    poolButtons->addWidget(m_team);
    poolButtons->addWidget(m_roundRobin);
    poolButtons->addStretch(1);
    poolButtons->addWidget(m_returnStale);
    poolLayout->addLayout(poolButtons);
    poolLayout->addWidget(m_poolNote);
    poolLayout->addWidget(m_pool, 1);

    auto *dupTab = new QWidget(this);
    auto *dupLayout = new QVBoxLayout(dupTab);
    auto *dupButtons = new QHBoxLayout;
    dupButtons->addWidget(m_dupKind);
    dupButtons->addWidget(m_merge);
    dupButtons->addWidget(m_undo);
    dupButtons->addStretch(1);
    dupLayout->addLayout(dupButtons);
    dupLayout->addWidget(m_dupNote);
    dupLayout->addWidget(m_duplicates, 1);

    m_tabs->addTab(listTab, QString());
    m_tabs->addTab(poolTab, QString());
    m_tabs->addTab(dupTab, QString()); // kDuplicateTab
    // The tab last worked in (list, pool or duplicate review) comes back next time.
    m_tabs->setCurrentIndex(QSettings().value(QStringLiteral("leads/tab"), 0).toInt());
    connect(m_tabs, &QTabWidget::currentChanged, this, [this](int index) {
        QSettings().setValue(QStringLiteral("leads/tab"), index);
        reloadDuplicates();
    });

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 20, 24, 20);
    layout->setSpacing(12);
    layout->addLayout(header);
    layout->addWidget(m_tabs, 1);

    connect(m_filter, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_leads->setFilterText(text);
        m_pool->setFilterText(text);
        m_duplicates->setFilterText(text);
    });
    connect(m_status, &QComboBox::currentIndexChanged, this, &LeadsPage::refresh);
    connect(m_dupKind, &QComboBox::currentIndexChanged, this, &LeadsPage::refresh);
    connect(m_convert, &QPushButton::clicked, this, &LeadsPage::convert);
    connect(m_leads, &RecordTable::activated, this, [this] { editLead(false); });
    connect(m_new, &QPushButton::clicked, this, [this] { editLead(true); });
    auto *empty = new EmptyState(QStringLiteral("leadsEmpty"));
    empty->addButton(QStringLiteral("emptyNew"), [this] { editLead(true); });
    empty->addButton(QStringLiteral("emptyImport"),
                     [this] { ImportWizard::runFor(m_context.session, this, DataKind::Leads); });
    m_leads->setEmptyState(empty);
    connect(m_edit, &QPushButton::clicked, this, [this] { editLead(false); });
    connect(m_log, &QPushButton::clicked, this, [this] {
        Database *db = m_context.session.database();
        const qint64 id = m_leads->currentId();
        if (!db || !id)
            return;
        try {
            const Lead lead = LeadRepository(*db).get(id);
            Activity link;
            link.leadId = id;
            LogActivityDialog dialog(*db, link, db->actingUserId() ? db->actingUserId() : lead.ownerId, this);
            if (dialog.exec() == QDialog::Accepted)
                m_context.session.notifyDataChanged();
        } catch (const Error &e) {
            QMessageBox::warning(this, tr("Leads"), e.message());
        }
    });
    connect(m_claim, &QPushButton::clicked, this, &LeadsPage::claim);
    connect(m_assign, &QPushButton::clicked, this, &LeadsPage::assign);
    connect(m_roundRobin, &QPushButton::clicked, this, &LeadsPage::roundRobin);
    connect(m_returnStale, &QPushButton::clicked, this, &LeadsPage::returnStale);
    connect(m_merge, &QPushButton::clicked, this, &LeadsPage::mergeSelected);
    connect(m_undo, &QPushButton::clicked, m_undoStack, &QUndoStack::undo);
    connect(m_undoStack, &QUndoStack::canUndoChanged, m_undo, &QPushButton::setEnabled);
    // Its commands write to the old file.
    connect(&m_context.session, &Session::databaseAboutToChange, m_undoStack, &QUndoStack::clear);
    watchSession(m_context.session);
    retranslateUi();
}

void LeadsPage::retranslateUi()
{
    m_heading->setText(tr("Leads"));
    m_filter->setPlaceholderText(tr("Filter by name, company, phone…"));
    const int status = qMax(0, m_status->currentIndex());
    const QSignalBlocker block(m_status);
    m_status->clear();
    m_status->addItem(tr("Open leads"));
    m_status->addItem(tr("All leads"));
    m_status->addItem(tr("Converted"));
    m_status->addItem(tr("Disqualified"));
    m_status->setCurrentIndex(status);
    const int kind = qMax(0, m_dupKind->currentIndex());
    const QSignalBlocker blockKind(m_dupKind);
    m_dupKind->clear();
    m_dupKind->addItem(tr("Duplicate leads"));
    m_dupKind->addItem(tr("Duplicate customers"));
    m_dupKind->setCurrentIndex(kind);
    m_tabs->setTabText(0, tr("Leads"));
    m_tabs->setTabText(1, tr("Public pool"));
    m_tabs->setTabText(2, tr("Duplicate review"));
    m_convert->setText(tr("Convert to customer…"));
    m_new->setText(tr("New lead…"));
    m_edit->setText(tr("Edit…"));
    m_log->setText(tr("Log activity…"));
    m_claim->setText(tr("Claim"));
    m_assign->setText(tr("Assign"));
    m_roundRobin->setText(tr("Round-robin to team"));
    m_returnStale->setText(tr("Return stale leads now"));
    m_merge->setText(tr("Merge second into first"));
    m_undo->setText(tr("Undo merge"));
    m_leadRows->retranslate();
    m_leads->emptyState()->setTexts(tr("No leads yet"),
                                    tr("People and companies who may buy: from trade fairs, the website, calls. "
                                       "Enter one, or import a list; leads nobody follows up go back to the "
                                       "public pool."),
                                    {tr("New lead…"), tr("Import leads…")});
    m_poolRows->retranslate();
    m_duplicateRows->retranslate();
    if (m_context.session.database())
        m_poolNote->setText(tr("Leads with no follow-up within %1 days return here automatically.")
                                .arg(PoolService(*m_context.session.database()).returnDays()));
    m_dupNote->setText(tr("Pairs found by normalised company name, phone and e-mail. Merging keeps every "
                          "activity, contact, opportunity and task of both."));
}

void LeadsPage::fillUsers()
{
    Database *db = m_context.session.database();
    const qint64 keepUser = m_assignee->currentData().toLongLong();
    const qint64 keepTeam = m_team->currentData().toLongLong();
    m_assignee->clear();
    m_team->clear();
    if (!db)
        return;
    OrganizationRepository org(*db);
    for (const User &u : org.users())
        m_assignee->addItem(u.displayName, u.id);
    for (const Team &t : org.teams())
        m_team->addItem(t.name, t.id);
    m_assignee->setCurrentIndex(qMax(0, m_assignee->findData(keepUser)));
    m_team->setCurrentIndex(qMax(0, m_team->findData(keepTeam)));
}

void LeadsPage::reload()
{
    Database *db = m_context.session.database();
    if (!db) {
        m_leadRows->setRows({});
        m_poolRows->setRows({});
        m_duplicateRows->setRows({});
        return;
    }
    try {
        fillUsers();
        QHash<qint64, QString> names;
        for (const User &u : OrganizationRepository(*db).users(true))
            names.insert(u.id, u.displayName);
        LeadRepository repo(*db);
        LeadFilter f;
        f.limit = 5000; // the list is for working leads; the CLI exports everything
        switch (m_status->currentIndex()) {
        case 0:
            f.statuses = {LeadStatus::New, LeadStatus::Contacted, LeadStatus::Qualified};
            break;
        case 2:
            f.statuses = {LeadStatus::Converted};
            break;
        case 3:
            f.statuses = {LeadStatus::Disqualified};
            break;
        default:
            break;
        }
        QList<LeadRow> leads;
        for (const Lead &l : repo.list(f))
            leads << LeadRow{l, names.value(l.ownerId, tr("(pool)"))};
        m_leadRows->setRows(leads);

        LeadFilter pool;
        pool.poolOnly = true;
        pool.statuses = {LeadStatus::New, LeadStatus::Contacted, LeadStatus::Qualified};
        pool.limit = 5000;
        m_poolRows->setRows(repo.list(pool));

    } catch (const Error &e) {
        showError(e.message());
    }
    m_duplicatesStale = true;
    reloadDuplicates();
}

void LeadsPage::reloadDuplicates()
{
    // Pairing every lead or customer by company, phone and e-mail reads all of them (tens of
    // megabytes and seconds on this thread for 70,000 leads): only for the review's tab.
    Database *db = m_context.session.database();
    if (!m_duplicatesStale || !db || m_tabs->currentIndex() != kDuplicateTab)
        return;
    m_duplicatesStale = false;
    try {
        const RecordKind kind = m_dupKind->currentIndex() == 1 ? RecordKind::Customers : RecordKind::Leads;
        m_duplicateRows->setRows(DuplicateFinder(*db).pairs(kind));
    } catch (const Error &e) {
        showError(e.message());
    }
}

void LeadsPage::showError(const QString &what)
{
    QMessageBox::warning(this, tr("Leads"), what);
}

void LeadsPage::claim()
{
    Database *db = m_context.session.database();
    const QList<qint64> ids = m_pool->selectedIds();
    if (!db || ids.isEmpty())
        return;
    try {
        const qint64 user = db->actingUserId() ? db->actingUserId() : m_assignee->currentData().toLongLong();
        for (qint64 id : ids)
            PoolService(*db).claim(id, user);
        m_context.session.notifyDataChanged();
    } catch (const Error &e) {
        showError(e.message());
    }
}

void LeadsPage::assign()
{
    Database *db = m_context.session.database();
    const QList<qint64> ids = m_tabs->currentIndex() == 1 ? m_pool->selectedIds() : m_leads->selectedIds();
    if (!db || ids.isEmpty())
        return;
    try {
        for (qint64 id : ids)
            PoolService(*db).assign(id, m_assignee->currentData().toLongLong());
        m_context.session.notifyDataChanged();
    } catch (const Error &e) {
        showError(e.message());
    }
}

void LeadsPage::roundRobin()
{
    Database *db = m_context.session.database();
    const QList<qint64> ids = m_pool->selectedIds();
    if (!db || ids.isEmpty())
        return;
    try {
        PoolService(*db).assignRoundRobin(ids, m_team->currentData().toLongLong());
        m_context.session.notifyDataChanged();
    } catch (const Error &e) {
        showError(e.message());
    }
}

void LeadsPage::returnStale()
{
    Database *db = m_context.session.database();
    if (!db)
        return;
    try {
        const int n = int(PoolService(*db).returnStale().size());
        QMessageBox::information(this, tr("Public pool"), tr("%1 leads returned to the public pool.").arg(n));
        m_context.session.notifyDataChanged();
    } catch (const Error &e) {
        showError(e.message());
    }
}

void LeadsPage::mergeSelected()
{
    Database *db = m_context.session.database();
    const int current = m_duplicates->currentRecord();
    if (!db || current < 0)
        return;
    const RecordKind kind = m_dupKind->currentIndex() == 1 ? RecordKind::Customers : RecordKind::Leads;
    const qint64 keeper = m_duplicateRows->row(current).firstId;
    const qint64 loser = m_duplicateRows->row(current).secondId;
    if (QMessageBox::question(this, tr("Merge"),
                              tr("Merge #%1 into #%2? Everything of #%1 moves to #%2; you can undo while this "
                                 "window is open.")
                                  .arg(loser)
                                  .arg(keeper))
        != QMessageBox::Yes)
        return;
    try {
        MergeRecord record = RecordMerger(*db).merge(kind, keeper, loser);
        m_undoStack->push(new MergeRecordsCommand(*db, std::move(record), [this](const QString &error) {
            if (!error.isEmpty())
                showError(error);
            m_context.session.notifyDataChanged();
        }));
        m_context.session.notifyDataChanged();
    } catch (const Error &e) {
        showError(e.message());
    }
}

void LeadsPage::editLead(bool create)
{
    Database *db = m_context.session.database();
    const qint64 id = m_leads->currentId();
    if (!db || (!create && !id))
        return;
    try {
        Lead lead;
        if (!create)
            lead = LeadRepository(*db).get(id);
        else
            lead.ownerId = db->actingUserId();
        LeadEditor editor(*db, lead, this);
        if (editor.exec() == QDialog::Accepted)
            m_context.session.notifyDataChanged();
    } catch (const Error &e) {
        showError(e.message());
    }
}

void LeadsPage::convert()
{
    Database *db = m_context.session.database();
    const qint64 id = m_leads->currentId();
    if (!db || !id)
        return;
    try {
        const Lead lead = LeadRepository(*db).get(id);
        ConversionRequest req;
        req.leadId = id;
        // Offer the matched existing customer first (查重), then a new one.
        DuplicateProbe probe{lead.company, lead.phone, lead.email, 0};
        const QList<DuplicateCandidate> matches = DuplicateFinder(*db).candidates(RecordKind::Customers, probe);
        QStringList choices{tr("New customer \"%1\"").arg(lead.company.isEmpty() ? lead.name : lead.company)};
        for (const DuplicateCandidate &c : matches)
            choices << tr("Join existing customer \"%1\"").arg(c.name);
        bool ok = false;
        const QString choice = QInputDialog::getItem(this, tr("Convert lead"),
                                                     tr("Convert \"%1\" into:").arg(lead.name), choices,
                                                     matches.isEmpty() ? 0 : 1, false, &ok);
        if (!ok)
            return;
        const qsizetype index = choices.indexOf(choice);
        if (index > 0)
            req.existingCustomerId = matches.at(index - 1).id;
        // The amount is read as text by money::parse (exact cents, "12.5万" understood),
        // never through a double, in the office's currency (the deal gets it); the question is
        // asked again until it is an amount.
        const QString currency = m_context.session.currency();
        std::optional<qint64> amount;
        QString amountText = QStringLiteral("0");
        const QString question = tr("Amount of a new opportunity in %1 (0 = no opportunity):").arg(currency);
        QString prompt = question;
        while (!amount) {
            amountText = QInputDialog::getText(this, tr("Convert lead"), prompt, QLineEdit::Normal, amountText, &ok);
            if (!ok)
                return;
            amount = money::parse(amountText, currency);
            if (!amount)
                prompt = tr("\"%1\" %2.").arg(amountText, FormDialog::moneyInputProblem(amountText, currency))
                         + QLatin1Char('\n') + question;
        }
        req.createOpportunity = *amount > 0;
        req.amountCents = *amount;
        LeadConverter(*db).convert(req);
        m_context.session.notifyDataChanged();
    } catch (const Error &e) {
        showError(e.message());
    }
}

} // namespace fd
