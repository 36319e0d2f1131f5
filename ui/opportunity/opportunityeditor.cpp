#include "opportunityeditor.h"

#include "setup/officecurrency.h"

#include "rolepolicy.h"
#include "widgets/historytab.h"

#include "createdealcommand.h"
#include "dealstore.h"
#include "editopportunitycommand.h"
#include "editsplitscommand.h"
#include "exportaction.h"
#include "lineitemstable.h"
#include "movedealscommand.h"
#include "setoutcomecommand.h"

#include "activities/logactivitydialog.h"
#include "conflicts/conflictdialog.h"
#include "conflicts/saveconflict.h"
#include "domain/activity.h"
#include "domain/clock.h"
#include "domain/money.h"
#include "domain/splitcredit.h"
#include "storage/database.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QDateEdit>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableWidget>
#include <QTreeWidget>
#include <QUndoStack>
#include <QVBoxLayout>

namespace fd {

namespace {
const QStringList kCurrencies{QStringLiteral("CNY"), QStringLiteral("USD"), QStringLiteral("EUR"),
                              QStringLiteral("HKD"), QStringLiteral("TWD")};

QString statusName(OpportunityStatus s)
{
    switch (s) {
    case OpportunityStatus::Open:
        return OpportunityEditor::tr("Open");
    case OpportunityStatus::Won:
        return OpportunityEditor::tr("Won");
    case OpportunityStatus::Lost:
        return OpportunityEditor::tr("Lost");
    case OpportunityStatus::OnHold:
        return OpportunityEditor::tr("On hold");
    }
    return {};
}

void fillChoices(QComboBox *box, const QList<Choice> &choices, const QString &none = {})
{
    if (!none.isNull())
        box->addItem(none, qint64(0));
    for (const Choice &c : choices)
        box->addItem(c.label, c.id);
}

void selectId(QComboBox *box, qint64 id)
{
    const int i = box->findData(id);
    box->setCurrentIndex(i);
}

// The id of what the editable combo's text names (0 when it names nothing).
qint64 chosenId(const QComboBox *box)
{
    const int i = box->findText(box->currentText().trimmed());
    return i < 0 ? 0 : box->itemData(i).toLongLong();
}

// Whether two versions of a deal have the same fields and product lines (all an edit sets
// but the split).
bool sameExceptSplit(const Opportunity &a, const Opportunity &b)
{
    if (a.products.size() != b.products.size())
        return false;
    for (qsizetype i = 0; i < a.products.size(); ++i) {
        const OpportunityProduct &x = a.products[i];
        const OpportunityProduct &y = b.products[i];
        if (x.productId != y.productId || x.quantity != y.quantity || x.unitPriceCents != y.unitPriceCents
            || x.discountPercent != y.discountPercent || x.unitCostCents != y.unitCostCents)
            return false;
    }
    return a.title == b.title && a.customerId == b.customerId && a.contactId == b.contactId && a.ownerId == b.ownerId
           && a.amount == b.amount && a.probabilityOverride == b.probabilityOverride
           && a.expectedCloseDate == b.expectedCloseDate && a.source == b.source && a.campaignId == b.campaignId
           && a.description == b.description && a.externalId == b.externalId;
}

QString kindName(const QString &kind)
{
    if (kind == QLatin1String("call"))
        return OpportunityEditor::tr("Call");
    if (kind == QLatin1String("visit"))
        return OpportunityEditor::tr("Visit");
    if (kind == QLatin1String("meeting"))
        return OpportunityEditor::tr("Meeting");
    if (kind == QLatin1String("proposal"))
        return OpportunityEditor::tr("Proposal");
    if (kind == QLatin1String("email"))
        return OpportunityEditor::tr("Email");
    return kind;
}
} // namespace

OpportunityEditor::OpportunityEditor(DealStore &store, QUndoStack &undoStack, qint64 id, qint64 pipelineId,
                                     qint64 stageId, QWidget *parent)
    : FormDialog(parent, QDialogButtonBox::Save | QDialogButtonBox::Cancel)
    , m_store(store)
    , m_undoStack(undoStack)
    , m_tabs(new QTabWidget(this))
    , m_title(new QLineEdit(this))
    , m_customer(new QComboBox(this))
    , m_contact(new QComboBox(this))
    , m_owner(new QComboBox(this))
    , m_stage(new QComboBox(this))
    , m_status(new QComboBox(this))
    , m_lostReason(new QComboBox(this))
    , m_amount(new QLineEdit(this))
    , m_currency(new QComboBox(this))
    , m_overrideProbability(new QCheckBox(this))
    , m_probability(new QSpinBox(this))
    , m_hasClose(new QCheckBox(this))
    , m_close(new QDateEdit(this))
    , m_source(new QLineEdit(this))
    , m_campaign(new QComboBox(this))
    , m_externalId(new QLineEdit(this))
    , m_description(new QPlainTextEdit(this))
    , m_products(new LineItemsTable(store.choices(), this))
    , m_splitForm(new QComboBox(this))
    , m_splitHint(new QLabel(this))
    , m_creditTotal(new QLabel(this))
    , m_team(new QTableWidget(0, 4, this))
    , m_checklist(new QListWidget(this))
    , m_activities(new QTreeWidget(this))
    , m_history(new QTreeWidget(this))
{
    setObjectName(QStringLiteral("opportunityEditor"));
    resize(720, 620);
    if (id) {
        m_loaded = store.opportunities().get(id);
        m_loadedChecks = store.checkedTasks(id);
    } else {
        m_loaded.pipelineId = pipelineId;
        m_loaded.stageId = stageId;
        m_loaded.ownerId = store.database().actingUserId();
        m_loaded.expectedCloseDate = store.database().clock().now().date().addMonths(1);
        m_loaded.amount.currency = office::currency(store.database()); // a new deal is in the office's
    }
    m_pipeline = store.pipelines().pipeline(m_loaded.pipelineId);
    setWindowTitle(id ? tr("Opportunity: %1").arg(m_loaded.title) : tr("New opportunity in %1").arg(m_pipeline.name));

    m_tabs->addTab(buildDetails(), tr("Details"));
    m_tabs->addTab(buildProducts(), tr("Products"));
    m_tabs->addTab(buildTeam(), tr("Team"));
    m_tabs->addTab(m_checklist, tr("Checklist"));
    m_activities->setHeaderLabels({tr("When"), tr("Kind"), tr("Subject"), tr("By"), tr("Outcome")});
    m_activities->setRootIsDecorated(false);
    new ExportAction(m_activities, QStringLiteral("deal-activities"), m_activities); // right-click → Export…
    m_tabs->addTab(m_activities, tr("Activities"));
    m_history->setHeaderLabels({tr("When"), tr("From"), tr("To"), tr("Status"), tr("By"), tr("Note")});
    m_history->setRootIsDecorated(false);
    new ExportAction(m_history, QStringLiteral("stage-history"), m_history);
    m_tabs->addTab(m_history, tr("Stage history"));
    if (id > 0) {
        auto *changes = new HistoryTab(store.database(), m_tabs); // who changed what (audit trail)
        changes->setRecords({{QStringLiteral("opportunity"), id}});
        HistoryTab::addAsTab(m_tabs, changes);
    }

    if (id > 0) {
        // Quick-log from the deal: the activity is linked to this deal and its customer.
        QPushButton *log = buttonBox()->addButton(tr("Log activity…"), QDialogButtonBox::ActionRole);
        connect(log, &QPushButton::clicked, this, [this] {
            Database &db = m_store.database();
            Activity link;
            link.opportunityId = m_loaded.id;
            link.customerId = m_loaded.customerId;
            LogActivityDialog dialog(db, link, db.actingUserId() ? db.actingUserId() : m_loaded.ownerId, this);
            if (dialog.exec() == QDialog::Accepted)
                loadTimeline();
        });
    }
    addBelow(m_tabs, 1);
    load();
    applyRole(id);
}

void OpportunityEditor::applyRole(qint64 id)
{
    Database &db = m_store.database();
    if (!rolepolicy::limitEditor(*this, db, RecordType::Deal, id))
        rolepolicy::gate(m_owner, rolepolicy::whyNot(db, rolepolicy::Action::ReassignDeal));
}

QWidget *OpportunityEditor::buildDetails()
{
    auto *page = new QWidget(this);
    auto *form = new QFormLayout(page);
    // A field with its error message right under it; `input` is the part a refused
    // value marks and focuses (the spin box of the probability row, not its check box).
    const auto row = [&](const QString &label, QWidget *field, const QString &name, QWidget *input = nullptr,
                         QWidget *beside = nullptr) {
        auto *box = new QWidget(page);
        auto *v = new QVBoxLayout(box);
        v->setContentsMargins(0, 0, 0, 0);
        v->setSpacing(1);
        if (beside) {
            auto *h = new QHBoxLayout;
            h->addWidget(field, 1);
            h->addWidget(beside);
            v->addLayout(h);
        } else {
            v->addWidget(field);
        }
        v->addWidget(newErrorLine(name, input ? input : field));
        form->addRow(label, box);
    };
    m_title->setMaxLength(300);
    m_customer->setEditable(true);
    m_customer->setInsertPolicy(QComboBox::NoInsert);
    m_customer->completer()->setFilterMode(Qt::MatchContains);
    m_customer->completer()->setCompletionMode(QCompleter::PopupCompletion);
    m_lostReason->setEditable(true);
    m_currency->addItems(kCurrencies);
    m_probability->setRange(0, 100);
    m_probability->setSuffix(QStringLiteral(" %"));
    m_close->setCalendarPopup(true);
    m_close->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_amount->setPlaceholderText(tr("e.g. 120000 or 12万"));
    m_description->setMaximumHeight(90);

    auto *probability = new QWidget(page);
    auto *ph = new QHBoxLayout(probability);
    ph->setContentsMargins(0, 0, 0, 0);
    ph->addWidget(m_overrideProbability);
    ph->addWidget(m_probability);
    ph->addStretch();
    m_overrideProbability->setText(tr("Own probability (kept when the stage changes)"));
    auto *close = new QWidget(page);
    auto *ch = new QHBoxLayout(close);
    ch->setContentsMargins(0, 0, 0, 0);
    ch->addWidget(m_hasClose);
    ch->addWidget(m_close);
    ch->addStretch();
    m_hasClose->setText(tr("Set"));

    row(tr("Title:"), m_title, QStringLiteral("title"));
    row(tr("Customer:"), m_customer, QStringLiteral("customer"));
    row(tr("Contact:"), m_contact, QStringLiteral("contact"));
    row(tr("Owner:"), m_owner, QStringLiteral("owner"));
    row(tr("Stage:"), m_stage, QStringLiteral("stage"));
    row(tr("Outcome:"), m_status, QStringLiteral("status"));
    row(tr("Lost reason:"), m_lostReason, QStringLiteral("lost_reason"));
    row(tr("Amount:"), m_amount, QStringLiteral("amount"), nullptr, m_currency);
    row(tr("Win probability:"), probability, QStringLiteral("probability"), m_probability);
    row(tr("Expected close:"), close, QStringLiteral("expected_close"), m_close);
    row(tr("Source:"), m_source, QStringLiteral("source"));
    row(tr("Campaign:"), m_campaign, QStringLiteral("campaign"));
    row(tr("External id:"), m_externalId, QStringLiteral("external_id"));
    row(tr("Description:"), m_description, QStringLiteral("description"));
    alsoShowAt(QStringLiteral("currency"), QStringLiteral("amount"));

    connect(m_customer, &QComboBox::currentIndexChanged, this, &OpportunityEditor::loadContacts);
    connect(m_status, &QComboBox::currentIndexChanged, this, &OpportunityEditor::statusChanged);
    connect(m_overrideProbability, &QCheckBox::toggled, this, &OpportunityEditor::probabilityToggled);
    connect(m_stage, &QComboBox::currentIndexChanged, this, [this] {
        probabilityToggled();
        loadChecklist();
    });
    connect(m_hasClose, &QCheckBox::toggled, m_close, &QWidget::setEnabled);
    return page;
}

QWidget *OpportunityEditor::buildProducts()
{
    auto *page = new QWidget(this);
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(m_products, 1);
    layout->addWidget(newErrorLine(QStringLiteral("product"), m_products->table()));
    for (const char *f : {"product.quantity", "product.unit_price", "product.discount", "product.unit_cost"})
        alsoShowAt(QLatin1String(f), QStringLiteral("product"));
    connect(m_currency, &QComboBox::currentTextChanged, m_products, &LineItemsTable::setCurrency);
    return page;
}

QWidget *OpportunityEditor::buildTeam()
{
    auto *page = new QWidget(this);
    m_splitForm->setObjectName(QStringLiteral("splitForm"));
    for (SplitForm f : splits::allForms())
        m_splitForm->addItem(splits::title(f), int(f));
    m_splitHint->setWordWrap(true);
    m_splitHint->setObjectName(QStringLiteral("splitHint"));
    m_creditTotal->setObjectName(QStringLiteral("creditTotal"));
    m_creditTotal->setWordWrap(true);
    m_team->setHorizontalHeaderLabels({tr("Member"), tr("Role"), tr("Share"), tr("Credit when won")});
    m_team->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_team->horizontalHeader()->setSectionResizeMode(3, QHeaderView::ResizeToContents);
    m_team->verticalHeader()->hide();
    auto *add = new QPushButton(tr("Add member"), page);
    auto *remove = new QPushButton(tr("Remove"), page);
    connect(add, &QPushButton::clicked, this, [this] {
        TeamMember m;
        m.role = QStringLiteral("supporter");
        m.splitPercent = 0;
        m.splitAmountCents = 0;
        addTeamRow(m);
    });
    connect(remove, &QPushButton::clicked, this, [this] {
        m_team->removeRow(m_team->currentRow());
        updateCredits();
    });
    connect(m_splitForm, &QComboBox::currentIndexChanged, this, &OpportunityEditor::splitFormChanged);
    connect(m_amount, &QLineEdit::textChanged, this, &OpportunityEditor::updateCredits);
    auto *formRow = new QHBoxLayout;
    formRow->addWidget(new QLabel(tr("Split performance:"), page));
    formRow->addWidget(m_splitForm);
    formRow->addStretch();
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(add);
    buttons->addWidget(remove);
    buttons->addStretch();
    auto *layout = new QVBoxLayout(page);
    layout->addLayout(formRow);
    layout->addWidget(m_splitHint);
    layout->addWidget(m_team, 1);
    layout->addWidget(m_creditTotal);
    layout->addWidget(newErrorLine(QStringLiteral("team"), m_team));
    layout->addLayout(buttons);
    for (const char *f : {"team.user", "team.split", "team.split_percent", "team.split_amount"})
        alsoShowAt(QLatin1String(f), QStringLiteral("team"));
    return page;
}

void OpportunityEditor::addTeamRow(const TeamMember &m)
{
    const int r = m_team->rowCount();
    m_team->insertRow(r);
    auto *user = new QComboBox(m_team);
    fillChoices(user, m_store.choices().users());
    selectId(user, m.userId);
    auto *role = new QComboBox(m_team);
    role->setEditable(true);
    role->addItems({QStringLiteral("owner"), QStringLiteral("supporter"), QStringLiteral("presales"),
                    QStringLiteral("legal"), QStringLiteral("finance")});
    role->setCurrentText(m.role);
    m_team->setCellWidget(r, 0, user);
    m_team->setCellWidget(r, 1, role);
    setShareCell(r, m);
    auto *credit = new QTableWidgetItem;
    credit->setFlags(Qt::ItemIsEnabled);
    credit->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_team->setItem(r, 3, credit);
    connect(user, &QComboBox::currentIndexChanged, this, &OpportunityEditor::updateCredits);
    updateCredits();
}

void OpportunityEditor::setShareCell(int r, const TeamMember &m)
{
    switch (m_shownForm) {
    case SplitForm::Percent:
    case SplitForm::Over: {
        auto *share = new QSpinBox(m_team);
        share->setRange(0, splits::kMaxMemberPercent);
        share->setSuffix(QStringLiteral(" %"));
        share->setValue(m.splitPercent.value_or(0));
        connect(share, &QSpinBox::valueChanged, this, &OpportunityEditor::updateCredits);
        m_team->setCellWidget(r, 2, share);
        break;
    }
    case SplitForm::Amount: {
        auto *share = new QLineEdit(money::editText(m.splitAmountCents.value_or(0)), m_team);
        share->setAlignment(Qt::AlignRight);
        connect(share, &QLineEdit::textChanged, this, &OpportunityEditor::updateCredits);
        m_team->setCellWidget(r, 2, share);
        break;
    }
    case SplitForm::Whole: {
        auto *share = new QLabel(tr("whole amount"), m_team);
        share->setEnabled(false);
        share->setAlignment(Qt::AlignCenter);
        m_team->setCellWidget(r, 2, share);
        break;
    }
    }
}

TeamMember OpportunityEditor::teamRow(int r, QList<FieldError> *errors) const
{
    TeamMember m;
    m.userId = static_cast<QComboBox *>(m_team->cellWidget(r, 0))->currentData().toLongLong();
    m.role = static_cast<QComboBox *>(m_team->cellWidget(r, 1))->currentText().trimmed();
    QWidget *share = m_team->cellWidget(r, 2);
    if (auto *percent = qobject_cast<QSpinBox *>(share)) {
        m.splitPercent = percent->value();
    } else if (auto *amount = qobject_cast<QLineEdit *>(share)) {
        m.splitAmountCents = money::parse(amount->text(), m_currency->currentText());
        if (!m.splitAmountCents && errors)
            errors->append({QStringLiteral("opportunity"), QStringLiteral("team.split_amount"), amount->text(),
                            tr("Member %1: the share is not an amount.").arg(r + 1)});
    } else {
        m.splitPercent = 100; // 整额
    }
    return m;
}

void OpportunityEditor::splitFormChanged()
{
    const auto form = SplitForm(m_splitForm->currentData().toInt());
    if (form == m_shownForm)
        return;
    const qint64 amount = money::parse(m_amount->text(), m_currency->currentText()).value_or(0);
    QList<TeamMember> members;
    for (int r = 0; r < m_team->rowCount(); ++r) {
        TeamMember m = teamRow(r);
        if (m_shownForm == SplitForm::Whole) { // "the whole amount" is no share to carry over
            m.splitPercent = form == SplitForm::Over ? 100 : 0;
            m.splitAmountCents = 0;
        } else if (m.splitAmountCents) { // ¥700,000 of ¥1,000,000 → 70 %
            m.splitPercent = amount > 0 ? int(money::mulDivRound(*m.splitAmountCents, 100, amount)) : 0;
        } else { // 70 % → ¥700,000
            m.splitAmountCents = money::percentOf(amount, m.splitPercent.value_or(0));
        }
        members.append(m);
    }
    m_shownForm = form;
    for (int r = 0; r < members.size(); ++r)
        setShareCell(r, members[r]);
    updateCredits();
}

void OpportunityEditor::updateCredits()
{
    switch (m_shownForm) {
    case SplitForm::Percent:
        m_splitHint->setText(tr("Each member's percentage of the deal; together 100 %."));
        break;
    case SplitForm::Amount:
        m_splitHint->setText(tr("Each member's amount; together the deal amount. The shares follow later changes "
                                "of the amount."));
        break;
    case SplitForm::Whole:
        m_splitHint->setText(tr("Every member is credited the whole amount (overlay teams)."));
        break;
    case SplitForm::Over:
        m_splitHint->setText(tr("Percentages that may add up to more than 100 % (e.g. owner 100 % + solution "
                                "engineer 30 %), each at most 100 %."));
        break;
    }
    const qint64 amount = money::parse(m_amount->text(), m_currency->currentText()).value_or(0);
    QList<TeamMember> members;
    for (int r = 0; r < m_team->rowCount(); ++r)
        members.append(teamRow(r));
    const QString currency = m_currency->currentText();
    const QList<splits::Credit> credits = splits::credits(m_shownForm, amount, 100, members,
                                                          m_owner->currentData().toLongLong());
    qint64 total = 0;
    for (int r = 0; r < m_team->rowCount() && r < credits.size(); ++r) {
        total += credits[r].cents;
        if (QTableWidgetItem *item = m_team->item(r, 3))
            item->setText(money::format(credits[r].cents, currency));
    }
    if (members.isEmpty()) {
        m_creditTotal->setText(tr("No team: the owner is credited with the whole deal."));
        return;
    }
    m_creditTotal->setText(tr("Credited when won: %1 in all; company figures count the deal once: %2.")
                               .arg(money::format(total, currency), money::format(amount, currency)));
}

void OpportunityEditor::load()
{
    ChoiceLists &choices = m_store.choices();
    const Opportunity &o = m_loaded;
    m_title->setText(o.title);
    fillChoices(m_customer, choices.customers());
    if (o.customerId)
        selectId(m_customer, o.customerId);
    else
        m_customer->setCurrentIndex(-1);
    fillChoices(m_owner, choices.users());
    selectId(m_owner, o.ownerId);
    for (const Stage &s : m_pipeline.stages)
        m_stage->addItem(QStringLiteral("%1 (%2%)").arg(s.name).arg(s.winProbability), s.id);
    selectId(m_stage, o.stageId);
    for (OpportunityStatus s :
         {OpportunityStatus::Open, OpportunityStatus::Won, OpportunityStatus::Lost, OpportunityStatus::OnHold})
        m_status->addItem(statusName(s), int(s));
    m_status->setCurrentIndex(m_status->findData(int(o.status)));
    m_status->setEnabled(o.id != 0);
    for (const LostReason &r : m_store.pipelines().lostReasons())
        m_lostReason->addItem(r.name);
    m_lostReason->setCurrentText(o.lostReason);
    m_amount->setText(o.id ? money::editText(o.amount.cents) : QString());
    if (m_currency->findText(o.amount.currency) < 0) // an office or a deal in a currency not listed
        m_currency->addItem(o.amount.currency);
    m_currency->setCurrentText(o.amount.currency);
    m_overrideProbability->setChecked(o.probabilityOverride.has_value());
    probabilityToggled();
    m_hasClose->setChecked(o.expectedCloseDate.isValid());
    m_close->setDate(o.expectedCloseDate.isValid() ? o.expectedCloseDate : QDate::currentDate());
    m_close->setEnabled(m_hasClose->isChecked());
    m_source->setText(o.source);
    fillChoices(m_campaign, choices.campaigns(), tr("(none)"));
    selectId(m_campaign, o.campaignId);
    m_externalId->setText(o.externalId);
    m_description->setPlainText(o.description);
    m_products->setLines(o.products);
    m_products->setCurrency(m_currency->currentText());
    m_shownForm = o.splitForm;
    m_splitForm->setCurrentIndex(m_splitForm->findData(int(o.splitForm)));
    for (const TeamMember &m : o.team)
        addTeamRow(m);
    updateCredits();
    loadContacts();
    selectId(m_contact, o.contactId);
    statusChanged();
    loadChecklist();
    loadTimeline();
}

void OpportunityEditor::reload()
{
    m_loaded = m_store.opportunities().get(m_loaded.id);
    m_loadedChecks = m_store.checkedTasks(m_loaded.id);
    for (QComboBox *box : {m_customer, m_owner, m_stage, m_status, m_lostReason, m_campaign})
        box->clear();
    m_products->setLines({});
    m_team->setRowCount(0);
    m_checklist->clear();
    m_activities->clear();
    m_history->clear();
    load();
}

void OpportunityEditor::saveEdit(Opportunity &o, const QSet<qint64> &checks)
{
    try {
        m_store.save(o, checks);
        return;
    } catch (const ConflictError &) {
        // Saved by someone else since it was opened: shown below, nothing was written.
    }
    Database &db = m_store.database();
    for (;;) {
        const SaveConflict conflict = conflicts::forDeal(db, m_loaded, o);
        const ConflictDialog::Choice choice = ConflictDialog::ask(conflict, this);
        if (choice == ConflictDialog::Overwrite) {
            const Opportunity theirs = m_store.opportunities().get(o.id);
            const QSet<qint64> theirChecks = m_store.checkedTasks(o.id);
            try {
                conflicts::saveOver(db, conflict, [&](int version) {
                    o.rowVersion = version;
                    m_store.save(o, checks);
                });
            } catch (const ConflictError &) {
                continue; // saved once more meanwhile: show that version
            }
            m_loaded = theirs; // what an undo brings back
            m_loadedChecks = theirChecks;
            return;
        }
        if (choice == ConflictDialog::Reload) {
            reload();
            throw Error(tr("%1. Their version is shown; your changes were not saved.").arg(conflict.headline()));
        }
        throw Error(tr("%1. Nothing was saved: save again to reload or overwrite.").arg(conflict.headline()));
    }
}

void OpportunityEditor::loadContacts()
{
    const qint64 keep = m_contact->currentData().toLongLong();
    m_contact->clear();
    fillChoices(m_contact, m_store.choices().contacts(chosenId(m_customer)), tr("(none)"));
    selectId(m_contact, keep);
    if (m_contact->currentIndex() < 0)
        m_contact->setCurrentIndex(0);
}

void OpportunityEditor::statusChanged()
{
    m_lostReason->setEnabled(OpportunityStatus(m_status->currentData().toInt()) == OpportunityStatus::Lost);
}

void OpportunityEditor::probabilityToggled()
{
    m_probability->setEnabled(m_overrideProbability->isChecked());
    if (m_overrideProbability->isChecked()) {
        if (m_loaded.probabilityOverride && !m_probability->property("touched").toBool())
            m_probability->setValue(*m_loaded.probabilityOverride);
        m_probability->setProperty("touched", true);
    } else if (const Stage *s = m_pipeline.stage(m_stage->currentData().toLongLong())) {
        m_probability->setValue(s->winProbability); // shows what the stage gives
    }
}

void OpportunityEditor::loadChecklist()
{
    // Keep ticks made in this dialog when the stage choice changes.
    QSet<qint64> ticked = m_checklist->count() ? checkedTasks() : m_loadedChecks;
    m_checklist->clear();
    const Stage *stage = m_pipeline.stage(m_stage->currentData().toLongLong());
    m_otherStageChecks = ticked;
    if (!stage)
        return;
    for (const StageTask &t : stage->tasks) {
        auto *item = new QListWidgetItem(t.required ? tr("%1 (required)").arg(t.title) : t.title, m_checklist);
        item->setData(Qt::UserRole, t.id);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
        item->setCheckState(ticked.contains(t.id) ? Qt::Checked : Qt::Unchecked);
        m_otherStageChecks.remove(t.id);
    }
    if (stage->tasks.isEmpty()) {
        auto *item = new QListWidgetItem(tr("This stage has no checklist."), m_checklist);
        item->setFlags(Qt::NoItemFlags);
    }
}

QSet<qint64> OpportunityEditor::checkedTasks() const
{
    QSet<qint64> ids = m_otherStageChecks;
    for (int i = 0; i < m_checklist->count(); ++i) {
        const QListWidgetItem *item = m_checklist->item(i);
        const qint64 id = item->data(Qt::UserRole).toLongLong();
        if (id && item->checkState() == Qt::Checked)
            ids.insert(id);
    }
    return ids;
}

void OpportunityEditor::loadTimeline()
{
    if (!m_loaded.id)
        return;
    const QLocale locale;
    for (const DealActivity &a : m_store.opportunities().activities(m_loaded.id)) {
        new QTreeWidgetItem(m_activities, {locale.toString(a.occurredAt.toLocalTime(), QLocale::ShortFormat),
                                           kindName(a.kind), a.subject, a.userName, a.outcome});
    }
    QHash<qint64, QString> stages;
    for (const Stage &s : m_store.pipelines().allStages(m_loaded.pipelineId))
        stages.insert(s.id, s.active ? s.name : tr("%1 (deleted)").arg(s.name));
    QHash<qint64, QString> users;
    for (const Choice &u : m_store.choices().users())
        users.insert(u.id, u.label);
    for (const StageHistoryEntry &e : m_store.opportunities().history(m_loaded.id)) {
        const QString status = e.fromStatus && *e.fromStatus != e.toStatus
                                   ? QStringLiteral("%1 → %2").arg(statusName(*e.fromStatus), statusName(e.toStatus))
                                   : statusName(e.toStatus);
        new QTreeWidgetItem(m_history, {locale.toString(e.changedAt.toLocalTime(), QLocale::ShortFormat),
                                        e.fromStageId ? stages.value(e.fromStageId) : tr("(created)"),
                                        stages.value(e.toStageId), status, users.value(e.changedBy), e.note});
    }
}

void OpportunityEditor::collect(Opportunity &o, QList<FieldError> &errors) const
{
    const QString entity = QStringLiteral("opportunity");
    o = m_loaded;
    o.title = m_title->text().trimmed();
    o.customerId = chosenId(m_customer);
    if (!o.customerId)
        errors.append(
            {entity, QStringLiteral("customer"), m_customer->currentText(), tr("Choose a customer from the list.")});
    o.contactId = m_contact->currentData().toLongLong();
    o.ownerId = m_owner->currentData().toLongLong();
    if (!m_loaded.id)
        o.stageId = m_stage->currentData().toLongLong();
    // In the currency chosen beside the amount: "$100" with CNY chosen is refused, not stored as ¥100.
    const std::optional<qint64> cents = money::parse(m_amount->text(), m_currency->currentText());
    if (!cents) {
        const QString written = money::writtenCurrency(m_amount->text(), m_currency->currentText());
        errors.append({entity, QStringLiteral("amount"), m_amount->text(),
                       written.isEmpty()
                           ? tr("Enter an amount such as 120000, 120,000.50 or 12万.")
                           : tr("This amount is written in %1: choose %1 as the currency, or enter the amount in %2.")
                                 .arg(written, m_currency->currentText())});
    }
    o.amount = {cents.value_or(0), m_currency->currentText()};
    o.probabilityOverride.reset();
    if (m_overrideProbability->isChecked())
        o.probabilityOverride = m_probability->value();
    o.expectedCloseDate = m_hasClose->isChecked() ? m_close->date() : QDate();
    o.source = m_source->text().trimmed();
    o.campaignId = m_campaign->currentData().toLongLong();
    o.externalId = m_externalId->text().trimmed();
    o.description = m_description->toPlainText();
    o.products = m_products->lines(entity, &errors);
    o.splitForm = m_shownForm;
    o.team.clear();
    for (int r = 0; r < m_team->rowCount(); ++r)
        o.team.append(teamRow(r, &errors));
    o.team = splits::normalized(o.splitForm, o.team);
}

void OpportunityEditor::save()
{
    Opportunity o;
    QList<FieldError> errors;
    collect(o, errors);
    try {
        // Run the repository's own rules too, so every message shows at once.
        m_store.opportunities().validate(o);
    } catch (const ValidationError &e) {
        errors += e.errors();
    }
    if (!errors.isEmpty())
        throw ValidationError(errors);
    const QSet<qint64> checks = checkedTasks();
    if (!m_loaded.id) {
        m_store.save(o, checks);
        m_undoStack.push(new CreateDealCommand(m_store, o.id, o.title));
        m_loaded = o;
        return;
    }
    const qint64 stageId = m_stage->currentData().toLongLong();
    const auto status = OpportunityStatus(m_status->currentData().toInt());
    const QString reason = m_lostReason->currentText().trimmed();
    saveEdit(o, checks);
    const Opportunity after = m_store.opportunities().get(o.id);
    m_undoStack.beginMacro(tr("Edit %1").arg(after.title));
    // Only the split changed: its own command; anything else is one edit of the deal with it.
    if (!EditSplitsCommand::sameSplit(after, m_loaded) && sameExceptSplit(after, m_loaded) && checks == m_loadedChecks)
        m_undoStack.push(new EditSplitsCommand(m_store, m_loaded, after));
    else
        m_undoStack.push(new EditOpportunityCommand(m_store, m_loaded, m_loadedChecks, after, checks));
    try {
        if (stageId != m_loaded.stageId) {
            QList<StageChange> moved = m_store.moveDeals({o.id}, stageId);
            if (!moved.isEmpty())
                m_undoStack.push(new MoveDealsCommand(m_store, moved, m_stage->currentText()));
        }
        if (status != m_loaded.status || (status == OpportunityStatus::Lost && reason != m_loaded.lostReason)) {
            QList<StageChange> outcome = m_store.setOutcome({o.id}, status, reason);
            if (!outcome.isEmpty())
                m_undoStack.push(new SetOutcomeCommand(m_store, outcome, m_status->currentText()));
        }
    } catch (...) {
        m_undoStack.endMacro();
        m_loaded = m_store.opportunities().get(o.id);
        m_loadedChecks = checks;
        throw;
    }
    m_undoStack.endMacro();
    m_loaded = m_store.opportunities().get(o.id);
}

} // namespace fd
