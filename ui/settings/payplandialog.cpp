#include "payplandialog.h"

#include "settings/payplantext.h"

#include "auth/roletitles.h"
#include "domain/clock.h"
#include "domain/money.h"
#include "setup/officecurrency.h"
#include "storage/database.h"
#include "storage/repositories/organizationrepository.h"
#include "storage/repositories/payplanrepository.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDoubleSpinBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

#include <cmath>

namespace fd {

namespace {

const QString kEntity = QStringLiteral("pay_plan");

QTableWidget *newRowsTable(QWidget *parent, const char *name, const QStringList &headers)
{
    auto *table = new QTableWidget(0, int(headers.size()), parent);
    table->setObjectName(QString::fromLatin1(name));
    table->setHorizontalHeaderLabels(headers);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    table->horizontalHeader()->setSectionResizeMode(int(headers.size()) - 1, QHeaderView::ResizeToContents);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setMinimumHeight(130);
    return table;
}

QDoubleSpinBox *newDecimalSpin(QWidget *parent, double max, const QString &prefix, const QString &suffix)
{
    auto *spin = new QDoubleSpinBox(parent);
    spin->setRange(0, max);
    spin->setDecimals(2);
    spin->setPrefix(prefix);
    spin->setSuffix(suffix);
    spin->setFrame(false);
    return spin;
}

// A table, its Add and Remove buttons and its error line, under a caption.
QWidget *tableWithButtons(QWidget *parent, const QString &caption, QTableWidget *table, QPushButton *add,
                          QPushButton *remove, QLabel *errorLine)
{
    auto *box = new QWidget(parent);
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    auto *title = new QLabel(caption, box);
    title->setWordWrap(true);
    layout->addWidget(title);
    layout->addWidget(table, 1);
    layout->addWidget(errorLine);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(add);
    buttons->addWidget(remove);
    buttons->addStretch();
    layout->addLayout(buttons);
    QObject::connect(remove, &QPushButton::clicked, table, [table] {
        const int row = table->currentRow() >= 0 ? table->currentRow() : table->rowCount() - 1;
        if (row >= 0)
            table->removeRow(row);
    });
    return box;
}

// Where a new version starts by default: the first month after this one and after the
// latest version (for a quarter plan, the first month of a quarter).
QDate nextStart(const PayPlan &plan, const QDate &today)
{
    QDate after(today.year(), today.month(), 1);
    if (!plan.versions.isEmpty() && plan.versions.last().effectiveFrom > after)
        after = plan.versions.last().effectiveFrom;
    QDate from = after.addMonths(1);
    while (plan.period == PlanPeriod::Quarter && (from.month() - 1) % 3 != 0)
        from = from.addMonths(1);
    return from;
}

} // namespace

PayPlanDialog::PayPlanDialog(Database &db, QWidget *parent)
    : PayPlanDialog(db, nullptr, parent)
{
}

PayPlanDialog::PayPlanDialog(Database &db, const PayPlan &plan, QWidget *parent)
    : PayPlanDialog(db, &plan, parent)
{
}

PayPlanDialog::PayPlanDialog(Database &db, const PayPlan *plan, QWidget *parent)
    : FormDialog(parent)
    , m_db(db)
    , m_plan(plan ? *plan : PayPlan())
    , m_currency(office::currency(db))
{
    setObjectName(QStringLiteral("payPlanDialog"));
    setFieldEntity(kEntity);
    build();
    const QDate today = m_db.clock().now().date();
    if (m_plan.id && !m_plan.versions.isEmpty()) {
        setWindowTitle(tr("New Version of %1").arg(m_plan.name));
        load(m_plan.versions.last());
        m_note->clear();
    } else {
        setWindowTitle(tr("New Incentive Plan"));
        PlanVersion start;
        start.commissions = {{CommissionBase::Won, 300}};
        start.tiers = {{0, 1000}};
        load(start);
    }
    m_from->setDate(nextStart(m_plan, today));
    resize(760, sizeHint().height());
}

void PayPlanDialog::build()
{
    if (m_plan.id) {
        auto *plan = new QLabel(payplantext::appliesTo(m_plan, payplantext::personNames(m_db)) + QStringLiteral(" · ")
                                    + payplantext::period(m_plan.period),
                                this);
        plan->setObjectName(QStringLiteral("planSummary"));
        addField(tr("Plan:"), new QLabel(m_plan.name, this), QStringLiteral("name"));
        addField(tr("Applies to:"), plan, QStringLiteral("role"));
        alsoShowAt(QStringLiteral("user"), QStringLiteral("role"));
    } else {
        m_name = new QLineEdit(this);
        m_name->setObjectName(QStringLiteral("planName"));
        m_name->setPlaceholderText(tr("e.g. Sales reps 2027"));
        addField(tr("Name:"), m_name, QStringLiteral("name"));

        auto *appliesTo = new QWidget(this);
        auto *row = new QHBoxLayout(appliesTo);
        row->setContentsMargins(0, 0, 0, 0);
        m_forRole = new QRadioButton(tr("Everyone of the role"), appliesTo);
        m_forRole->setObjectName(QStringLiteral("forRole"));
        m_role = new QComboBox(appliesTo);
        m_role->setObjectName(QStringLiteral("planRole"));
        for (const UserRole role : {UserRole::Rep, UserRole::Manager, UserRole::Finance, UserRole::Admin})
            m_role->addItem(roleTitle(role), int(role));
        m_forPerson = new QRadioButton(tr("One person"), appliesTo);
        m_forPerson->setObjectName(QStringLiteral("forPerson"));
        m_person = new QComboBox(appliesTo);
        m_person->setObjectName(QStringLiteral("planPerson"));
        for (const User &u : OrganizationRepository(m_db).users())
            m_person->addItem(QStringLiteral("%1 (%2)").arg(u.displayName, roleTitle(u.role)), u.id);
        m_appliesTo = new QButtonGroup(this);
        m_appliesTo->addButton(m_forRole);
        m_appliesTo->addButton(m_forPerson);
        m_forRole->setChecked(true);
        row->addWidget(m_forRole);
        row->addWidget(m_role);
        row->addSpacing(16);
        row->addWidget(m_forPerson);
        row->addWidget(m_person, 1);
        connect(m_forRole, &QRadioButton::toggled, this, &PayPlanDialog::updateAppliesTo);
        addField(tr("Applies to:"), appliesTo, QStringLiteral("role"));
        alsoShowAt(QStringLiteral("user"), QStringLiteral("role"));
        updateAppliesTo();

        m_period = new QComboBox(this);
        m_period->setObjectName(QStringLiteral("planPeriod"));
        m_period->addItem(payplantext::period(PlanPeriod::Month), int(PlanPeriod::Month));
        m_period->addItem(payplantext::period(PlanPeriod::Quarter), int(PlanPeriod::Quarter));
        m_period->setToolTip(tr("Base pay is monthly; a quarterly plan computes commission and bonuses on the "
                                "whole quarter and pays them with its last month."));
        addField(tr("Commission period:"), m_period, QStringLiteral("period"));
    }

    m_from = new QDateEdit(this);
    m_from->setObjectName(QStringLiteral("effectiveFrom"));
    m_from->setDisplayFormat(QStringLiteral("yyyy-MM"));
    m_from->setToolTip(tr("The terms apply from the first day of this month until the next version; months "
                          "before keep the terms they had."));
    addField(tr("Effective from:"), m_from, QStringLiteral("effective_from"));

    m_basePay = new QLineEdit(this);
    m_basePay->setObjectName(QStringLiteral("basePay"));
    addField(tr("Base pay per month (%1):").arg(m_currency), m_basePay, QStringLiteral("base_pay"));

    m_commissions = newRowsTable(this, "commissionRules", {tr("Commission on"), tr("Rate")});
    m_tiers = newRowsTable(this, "tiers", {tr("From completion"), tr("Multiplier")});
    auto *addRuleButton = new QPushButton(tr("Add Rule"), this);
    addRuleButton->setObjectName(QStringLiteral("addCommission"));
    auto *addTierButton = new QPushButton(tr("Add Tier"), this);
    addTierButton->setObjectName(QStringLiteral("addTier"));
    auto *tables = new QWidget(this);
    auto *side = new QHBoxLayout(tables);
    side->setContentsMargins(0, 0, 0, 0);
    side->addWidget(tableWithButtons(tables, tr("Commission rules"), m_commissions, addRuleButton,
                                     new QPushButton(tr("Remove"), this),
                                     newErrorLine(QStringLiteral("commission.rate"), m_commissions)),
                    1);
    side->addSpacing(12);
    m_tiers->setToolTip(tr("Marginal: the part of the commission that falls in each band of target "
                           "completion is paid at that band's multiplier, so crossing a threshold never makes "
                           "the whole period jump. The first band starts at 0 %."));
    side->addWidget(tableWithButtons(tables, tr("Tiers by target completion (marginal)"), m_tiers, addTierButton,
                                     new QPushButton(tr("Remove"), this),
                                     newErrorLine(QStringLiteral("tiers"), m_tiers)),
                    1);
    addWide(tables);
    connect(addRuleButton, &QPushButton::clicked, this, [this] { addCommission({CommissionBase::Won, 0}); });
    connect(addTierButton, &QPushButton::clicked, this, [this] {
        const int last = m_tiers->rowCount() - 1;
        const int from = last < 0 ? 0 : static_cast<QSpinBox *>(m_tiers->cellWidget(last, 0))->value() + 20;
        addTier({from, 1000});
    });

    auto *capRow = new QWidget(this);
    auto *capLayout = new QHBoxLayout(capRow);
    capLayout->setContentsMargins(0, 0, 0, 0);
    m_hasCap = new QCheckBox(tr("At most"), capRow);
    m_hasCap->setObjectName(QStringLiteral("hasCap"));
    m_cap = new QLineEdit(capRow);
    m_cap->setObjectName(QStringLiteral("cap"));
    capLayout->addWidget(m_hasCap);
    capLayout->addWidget(m_cap, 1);
    connect(m_hasCap, &QCheckBox::toggled, m_cap, &QWidget::setEnabled);
    addField(tr("Commission cap per period (%1):").arg(m_currency), capRow, QStringLiteral("cap"));

    auto *accuracyRow = new QWidget(this);
    auto *accuracy = new QHBoxLayout(accuracyRow);
    accuracy->setContentsMargins(0, 0, 0, 0);
    m_accuracyBonus = new QLineEdit(accuracyRow);
    m_accuracyBonus->setObjectName(QStringLiteral("accuracyBonus"));
    m_tolerance = new QSpinBox(accuracyRow);
    m_tolerance->setObjectName(QStringLiteral("accuracyTolerance"));
    m_tolerance->setRange(0, 100);
    m_tolerance->setPrefix(QStringLiteral("± "));
    m_tolerance->setSuffix(QStringLiteral(" %"));
    accuracy->addWidget(m_accuracyBonus, 1);
    accuracy->addWidget(new QLabel(tr("when won is within"), accuracyRow));
    accuracy->addWidget(m_tolerance);
    accuracy->addWidget(new QLabel(tr("of the committed forecast"), accuracyRow));
    accuracyRow->setToolTip(tr("Full bonus within the tolerance, falling linearly to nothing at twice the "
                               "tolerance. Empty or 0: no such bonus."));
    addField(tr("Forecast accuracy bonus (%1):").arg(m_currency), accuracyRow, QStringLiteral("accuracy_bonus"));
    alsoShowAt(QStringLiteral("accuracy_tolerance"), QStringLiteral("accuracy_bonus"));

    auto *activityRow = new QWidget(this);
    auto *activity = new QHBoxLayout(activityRow);
    activity->setContentsMargins(0, 0, 0, 0);
    m_activityBonus = new QLineEdit(activityRow);
    m_activityBonus->setObjectName(QStringLiteral("activityBonus"));
    m_norm = new QSpinBox(activityRow);
    m_norm->setObjectName(QStringLiteral("activityNorm"));
    m_norm->setRange(0, 100000);
    activity->addWidget(m_activityBonus, 1);
    activity->addWidget(new QLabel(tr("in full at"), activityRow));
    activity->addWidget(m_norm);
    activity->addWidget(new QLabel(tr("completed activities per period"), activityRow));
    activityRow->setToolTip(tr("Paid in proportion below the norm. Empty or 0: no such bonus."));
    addField(tr("Activity bonus (%1):").arg(m_currency), activityRow, QStringLiteral("activity_bonus"));
    alsoShowAt(QStringLiteral("activity_norm"), QStringLiteral("activity_bonus"));

    m_note = new QLineEdit(this);
    m_note->setObjectName(QStringLiteral("versionNote"));
    m_note->setPlaceholderText(tr("Why these terms (shown in the plan's history)"));
    addField(tr("Note:"), m_note, QStringLiteral("note"));
}

void PayPlanDialog::updateAppliesTo()
{
    m_role->setEnabled(m_forRole->isChecked());
    m_person->setEnabled(!m_forRole->isChecked());
}

void PayPlanDialog::addCommission(const CommissionRule &rule)
{
    const int r = m_commissions->rowCount();
    m_commissions->insertRow(r);
    auto *base = new QComboBox(m_commissions);
    for (const CommissionBase b : {CommissionBase::Won, CommissionBase::Received, CommissionBase::Margin})
        base->addItem(payplantext::commissionBase(b), int(b));
    base->setCurrentIndex(base->findData(int(rule.base)));
    base->setFrame(false);
    auto *rate = newDecimalSpin(m_commissions, 100, QString(), QStringLiteral(" %"));
    rate->setValue(rule.rateBasisPoints / 100.0);
    m_commissions->setCellWidget(r, 0, base);
    m_commissions->setCellWidget(r, 1, rate);
}

void PayPlanDialog::addTier(const Tier &tier)
{
    const int r = m_tiers->rowCount();
    m_tiers->insertRow(r);
    auto *from = new QSpinBox(m_tiers);
    from->setRange(0, 1000);
    from->setSuffix(QStringLiteral(" %"));
    from->setFrame(false);
    from->setValue(tier.fromPercent);
    auto *multiplier = newDecimalSpin(m_tiers, 10, QStringLiteral("× "), QString());
    multiplier->setValue(tier.multiplierPermille / 1000.0);
    m_tiers->setCellWidget(r, 0, from);
    m_tiers->setCellWidget(r, 1, multiplier);
}

void PayPlanDialog::load(const PlanVersion &terms)
{
    m_basePay->setText(money::editTextBrief(terms.basePayCents));
    m_commissions->setRowCount(0);
    for (const CommissionRule &rule : terms.commissions)
        addCommission(rule);
    m_tiers->setRowCount(0);
    for (const Tier &tier : terms.tiers)
        addTier(tier);
    m_hasCap->setChecked(terms.capCents.has_value());
    m_cap->setEnabled(terms.capCents.has_value());
    m_cap->setText(terms.capCents ? money::editTextBrief(*terms.capCents) : QString());
    m_accuracyBonus->setText(terms.accuracyBonusCents ? money::editTextBrief(terms.accuracyBonusCents) : QString());
    m_tolerance->setValue(terms.accuracyTolerancePercent);
    m_activityBonus->setText(terms.activityBonusCents ? money::editTextBrief(terms.activityBonusCents) : QString());
    m_norm->setValue(terms.activityNorm);
    m_note->setText(terms.note);
}

qint64 PayPlanDialog::optionalMoney(QLineEdit *edit, const QString &field, QList<FieldError> &errors) const
{
    if (edit->text().trimmed().isEmpty())
        return 0;
    return parseMoney(edit, m_currency, kEntity, field, errors);
}

PlanVersion PayPlanDialog::enteredTerms(QList<FieldError> &errors) const
{
    PlanVersion v;
    const QDate month = m_from->date();
    v.effectiveFrom = QDate(month.year(), month.month(), 1);
    v.basePayCents = parseMoney(m_basePay, m_currency, kEntity, QStringLiteral("base_pay"), errors);
    for (int r = 0; r < m_commissions->rowCount(); ++r) {
        CommissionRule rule;
        rule.base = CommissionBase(static_cast<QComboBox *>(m_commissions->cellWidget(r, 0))->currentData().toInt());
        rule.rateBasisPoints = int(
            std::lround(static_cast<QDoubleSpinBox *>(m_commissions->cellWidget(r, 1))->value() * 100));
        v.commissions.append(rule);
    }
    for (int r = 0; r < m_tiers->rowCount(); ++r) {
        Tier tier;
        tier.fromPercent = static_cast<QSpinBox *>(m_tiers->cellWidget(r, 0))->value();
        tier.multiplierPermille = int(
            std::lround(static_cast<QDoubleSpinBox *>(m_tiers->cellWidget(r, 1))->value() * 1000));
        v.tiers.append(tier);
    }
    if (m_hasCap->isChecked())
        v.capCents = parseMoney(m_cap, m_currency, kEntity, QStringLiteral("cap"), errors);
    v.accuracyBonusCents = optionalMoney(m_accuracyBonus, QStringLiteral("accuracy_bonus"), errors);
    v.accuracyTolerancePercent = m_tolerance->value();
    v.activityBonusCents = optionalMoney(m_activityBonus, QStringLiteral("activity_bonus"), errors);
    v.activityNorm = m_norm->value();
    v.note = m_note->text().trimmed();
    return v;
}

void PayPlanDialog::save()
{
    QList<FieldError> errors;
    const PlanVersion terms = enteredTerms(errors);
    if (!errors.isEmpty())
        throw ValidationError(errors);
    PayPlanRepository plans(m_db);
    if (m_plan.id) {
        plans.addVersion(m_plan.id, terms);
        m_stored = plans.get(m_plan.id);
        return;
    }
    PayPlan plan;
    plan.name = m_name->text();
    if (m_forRole->isChecked())
        plan.role = UserRole(m_role->currentData().toInt());
    else
        plan.userId = m_person->currentData().toLongLong();
    plan.period = PlanPeriod(m_period->currentData().toInt());
    m_stored = plans.create(plan, terms);
}

} // namespace fd
