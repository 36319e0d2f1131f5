#include "leadeditor.h"

#include "rolepolicy.h"
#include "widgets/historytab.h"

#include "domain/catalog.h"
#include "domain/errors.h"
#include "leads/duplicatefinder.h"
#include "storage/database.h"
#include "storage/repositories/catalogrepository.h"
#include "storage/repositories/leadrepository.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QTimer>

namespace fd {

LeadEditor::LeadEditor(Database &db, const Lead &lead, QWidget *parent)
    : FormDialog(parent)
    , m_db(db)
    , m_lead(lead)
    , m_name(new QLineEdit(lead.name, this))
    , m_company(new QLineEdit(lead.company, this))
    , m_title(new QLineEdit(lead.title, this))
    , m_phone(new QLineEdit(lead.phone, this))
    , m_email(new QLineEdit(lead.email, this))
    , m_source(new QLineEdit(lead.source, this))
    , m_campaign(new QComboBox(this))
    , m_status(new QComboBox(this))
    , m_reason(new QLineEdit(lead.disqualifyReason, this))
    , m_notes(new QPlainTextEdit(lead.notes, this))
    , m_dupLabel(new QLabel(this))
    , m_duplicates(new QListWidget(this))
    , m_debounce(new QTimer(this))
{
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(300);
    connect(m_debounce, &QTimer::timeout, this, &LeadEditor::checkDuplicates);
    setObjectName(QStringLiteral("leadEditor"));
    setWindowTitle(lead.id ? tr("Edit lead") : tr("New lead"));
    m_campaign->addItem(tr("(none)"), 0);
    for (const Campaign &c : CatalogRepository(db).campaigns())
        m_campaign->addItem(c.name, c.id);
    m_campaign->setCurrentIndex(qMax(0, m_campaign->findData(lead.campaignId)));
    // Converted is reached through conversion only, never picked here.
    const QList<QPair<LeadStatus, QString>> statuses{{LeadStatus::New, tr("New")},
                                                     {LeadStatus::Contacted, tr("Contacted")},
                                                     {LeadStatus::Qualified, tr("Qualified")},
                                                     {LeadStatus::Disqualified, tr("Disqualified")}};
    for (const auto &s : statuses)
        m_status->addItem(s.second, int(s.first));
    m_status->setCurrentIndex(qMax(0, m_status->findData(int(lead.status))));
    m_notes->setMaximumHeight(80);
    m_duplicates->setMaximumHeight(110);
    m_dupLabel->setWordWrap(true);

    addField(tr("Name"), m_name, QStringLiteral("name"));
    addField(tr("Company"), m_company, QStringLiteral("company"));
    addField(tr("Title"), m_title, QStringLiteral("title"));
    addField(tr("Phone"), m_phone, QStringLiteral("phone"));
    addField(tr("E-mail"), m_email, QStringLiteral("email"));
    addField(tr("Source"), m_source, QStringLiteral("source"));
    addField(tr("Campaign"), m_campaign, QStringLiteral("campaign"));
    addField(tr("Status"), m_status, QStringLiteral("status"));
    addField(tr("Disqualify reason"), m_reason, QStringLiteral("disqualify_reason"));
    addField(tr("Notes"), m_notes, QStringLiteral("notes"));
    addBelow(m_dupLabel);
    addBelow(m_duplicates);
    if (lead.id) {
        auto *history = new HistoryTab(db, this);
        history->setRecords({{QStringLiteral("lead"), lead.id}});
        addBelow(HistoryTab::inOwnTabs(history, this), 1);
    }
    for (QLineEdit *e : {m_company, m_phone, m_email})
        connect(e, &QLineEdit::textChanged, m_debounce, qOverload<>(&QTimer::start));
    connect(m_status, &QComboBox::currentIndexChanged, this,
            [this] { m_reason->setEnabled(m_status->currentData().toInt() == int(LeadStatus::Disqualified)); });
    m_reason->setEnabled(lead.status == LeadStatus::Disqualified);
    resize(520, lead.id ? 760 : 560);
    checkDuplicates();
    rolepolicy::limitEditor(*this, db, RecordType::Lead, lead.id);
}

void LeadEditor::checkDuplicates()
{
    m_duplicates->clear();
    DuplicateProbe probe{m_company->text(), m_phone->text(), m_email->text(), m_lead.id};
    try {
        for (RecordKind kind : {RecordKind::Leads, RecordKind::Customers}) {
            for (const DuplicateCandidate &c : DuplicateFinder(m_db).candidates(kind, probe)) {
                QStringList why;
                for (const MatchReason &r : c.reasons)
                    why << (r.field == QLatin1String("company") ? tr("same company")
                            : r.field == QLatin1String("phone") ? tr("same phone")
                                                                : tr("same e-mail"));
                const QString what = kind == RecordKind::Leads ? tr("Lead #%1 %2 / %3").arg(c.id).arg(c.name, c.company)
                                                               : tr("Customer #%1 %2").arg(c.id).arg(c.name);
                m_duplicates->addItem(QStringLiteral("%1 — %2").arg(what, why.join(QStringLiteral(", "))));
            }
        }
    } catch (const Error &) {
        // A duplicate check must never block typing; the save reports real errors.
    }
    m_dupLabel->setText(m_duplicates->count() ? tr("Possible duplicates (check before saving):")
                                              : tr("No possible duplicate found."));
    m_duplicates->setVisible(m_duplicates->count() > 0);
}

void LeadEditor::flushDuplicateCheck()
{
    if (m_debounce->isActive()) {
        m_debounce->stop();
        checkDuplicates();
    }
}

void LeadEditor::save()
{
    Lead l = m_lead;
    l.name = m_name->text();
    l.company = m_company->text();
    l.title = m_title->text();
    l.phone = m_phone->text();
    l.email = m_email->text();
    l.source = m_source->text();
    l.campaignId = m_campaign->currentData().toLongLong();
    l.status = LeadStatus(m_status->currentData().toInt());
    l.disqualifyReason = l.status == LeadStatus::Disqualified ? m_reason->text() : QString();
    l.notes = m_notes->toPlainText();
    LeadRepository repo(m_db);
    if (l.id)
        repo.update(l);
    else
        repo.create(l);
    m_lead = l;
}

} // namespace fd
