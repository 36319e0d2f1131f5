#include "auditlogpage.h"

#include "auditrecordopener.h"
#include "exportaction.h"
#include "session.h"
#include "widgets/audittablemodel.h"

#include "audit/auditreader.h"
#include "audit/audittext.h"
#include "audit/audittitles.h"
#include "domain/errors.h"
#include "storage/database.h"
#include "storage/repositories/organizationrepository.h"

#include <QComboBox>
#include <QDateEdit>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSignalBlocker>
#include <QTableView>
#include <QVBoxLayout>

namespace fd {

namespace {

// The page reads at most this many events at a time: narrow the filter for older ones.
constexpr int kMaxEvents = 5000;

} // namespace

AuditLogPage::AuditLogPage(Session &session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_personLabel(new QLabel(this))
    , m_person(new QComboBox(this))
    , m_kindLabel(new QLabel(this))
    , m_kind(new QComboBox(this))
    , m_actionLabel(new QLabel(this))
    , m_action(new QComboBox(this))
    , m_fromLabel(new QLabel(this))
    , m_from(new QDateEdit(this))
    , m_toLabel(new QLabel(this))
    , m_to(new QDateEdit(this))
    , m_exportButton(new QPushButton(this))
    , m_view(new QTableView(this))
    , m_model(new AuditTableModel(this))
    , m_export(new ExportAction(m_view, QStringLiteral("audit-log"), this))
    , m_summary(new QLabel(this))
{
    setObjectName(QStringLiteral("auditLogPage"));
    m_person->setObjectName(QStringLiteral("auditPerson"));
    m_kind->setObjectName(QStringLiteral("auditKind"));
    m_action->setObjectName(QStringLiteral("auditAction"));
    m_from->setObjectName(QStringLiteral("auditFrom"));
    m_to->setObjectName(QStringLiteral("auditTo"));
    m_view->setObjectName(QStringLiteral("auditTable"));
    m_summary->setObjectName(QStringLiteral("auditSummary"));
    for (QDateEdit *day : {m_from, m_to}) {
        day->setCalendarPopup(true);
        day->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    }
    const QDate today = QDateTime::currentDateTimeUtc().date();
    m_from->setDate(today.addDays(-30));
    m_to->setDate(today);

    AuditTableModel::showIn(m_view, m_model);
    m_exportButton->setObjectName(QStringLiteral("auditExport"));
    connect(m_exportButton, &QPushButton::clicked, m_export, &QAction::trigger);
    connect(m_view, &QTableView::doubleClicked, this, &AuditLogPage::openRow);

    auto *filters = new QHBoxLayout;
    for (QWidget *w : std::initializer_list<QWidget *>{m_personLabel, m_person, m_kindLabel, m_kind, m_actionLabel,
                                                       m_action, m_fromLabel, m_from, m_toLabel, m_to})
        filters->addWidget(w);
    filters->addStretch();
    filters->addWidget(m_exportButton);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 12, 12, 12);
    layout->addLayout(filters);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_summary);

    for (QComboBox *box : {m_person, m_kind, m_action})
        connect(box, qOverload<int>(&QComboBox::currentIndexChanged), this, &AuditLogPage::reloadWhenShown);
    for (QDateEdit *day : {m_from, m_to})
        connect(day, &QDateEdit::dateChanged, this, &AuditLogPage::reloadWhenShown);
    connect(&m_session, &Session::databaseChanged, this, [this] {
        fillChoices();
        reloadWhenShown();
    });
    for (auto signal : {&Session::dataChanged, &Session::userChanged})
        connect(&m_session, signal, this, &AuditLogPage::reloadWhenShown);

    retranslateUi();
    fillChoices();
    reloadWhenShown();
}

void AuditLogPage::reloadWhenShown()
{
    // Every change anywhere ends up here: read the log only while someone looks at it.
    m_stale = true;
    if (isVisible())
        reload();
}

void AuditLogPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_stale)
        reload();
}

void AuditLogPage::fillChoices()
{
    const QSignalBlocker block(m_person);
    const qint64 person = m_person->currentData().toLongLong();
    m_person->clear();
    m_person->addItem(tr("Anyone"), qint64(0));
    if (Database *db = m_session.database()) {
        try {
            for (const User &u : OrganizationRepository(*db).users(true))
                m_person->addItem(u.active ? u.displayName : tr("%1 (deactivated)").arg(u.displayName), u.id);
        } catch (const Error &) {
            // An unreadable people list leaves "Anyone"; the log says what went wrong.
        }
    }
    m_person->setCurrentIndex(qMax(0, m_person->findData(person)));
}

void AuditLogPage::setPerson(qint64 userId)
{
    m_person->setCurrentIndex(qMax(0, m_person->findData(userId)));
    reload();
}

void AuditLogPage::setKind(const QString &kind)
{
    m_kind->setCurrentIndex(qMax(0, m_kind->findData(kind)));
    reload();
}

void AuditLogPage::setDays(const QDate &from, const QDate &to)
{
    {
        const QSignalBlocker blockFrom(m_from);
        const QSignalBlocker blockTo(m_to);
        m_from->setDate(from);
        m_to->setDate(to);
    }
    reload();
}

void AuditLogPage::reload()
{
    m_stale = false;
    Database *db = m_session.database();
    if (!db) {
        m_summary->clear();
        return;
    }
    AuditFilter f;
    f.userId = m_person->currentData().toLongLong();
    f.entity = m_kind->currentData().toString();
    f.action = m_action->currentData().toString();
    f.since = m_from->date();
    f.until = m_to->date();
    f.limit = kMaxEvents;
    try {
        const QList<AuditEvent> events = AuditReader(*db).list(f);
        AuditText text(*db);
        m_model->setEvents(events, text);
        m_view->resizeColumnsToContents();
        if (events.size() >= kMaxEvents)
            m_summary->setText(tr("The newest %1 changes; narrow the filter to see older ones.").arg(kMaxEvents));
        else
            m_summary->setText(
                tr("%n change(s), newest first. Double-click a row to open the record.", nullptr, int(events.size())));
    } catch (const Error &e) {
        m_summary->setText(tr("The audit log could not be read: %1").arg(e.message()));
    }
}

void AuditLogPage::openRow(const QModelIndex &index)
{
    Database *db = m_session.database();
    if (!db || !index.isValid())
        return;
    const QString entity = index.data(AuditTableModel::EntityRole).toString();
    const qint64 id = index.data(AuditTableModel::EntityIdRole).toLongLong();
    if (openAuditedRecord(*db, entity, id, this))
        m_session.notifyDataChanged();
}

void AuditLogPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        fillChoices();
    }
    QWidget::changeEvent(event);
}

void AuditLogPage::retranslateUi()
{
    m_personLabel->setText(tr("Person:"));
    m_kindLabel->setText(tr("Record type:"));
    m_actionLabel->setText(tr("Action:"));
    m_fromLabel->setText(tr("From:"));
    m_toLabel->setText(tr("To:"));
    m_exportButton->setText(tr("Export…"));
    m_exportButton->setToolTip(tr("Save the rows shown as CSV or Excel"));
    {
        const QSignalBlocker block(m_kind);
        const QString kind = m_kind->currentData().toString();
        m_kind->clear();
        m_kind->addItem(tr("All records"), QString());
        for (const QString &k : auditEntityKinds())
            m_kind->addItem(auditEntityTitle(k), k);
        m_kind->setCurrentIndex(qMax(0, m_kind->findData(kind)));
    }
    {
        const QSignalBlocker block(m_action);
        const QString action = m_action->currentData().toString();
        m_action->clear();
        m_action->addItem(tr("Any action"), QString());
        for (const QString &a : auditActions())
            m_action->addItem(auditActionTitle(a), a);
        m_action->setCurrentIndex(qMax(0, m_action->findData(action)));
    }
    m_model->retranslate();
}

} // namespace fd
