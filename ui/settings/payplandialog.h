#pragma once

#include "domain/payplan.h"
#include "widgets/formdialog.h"

class QButtonGroup;
class QCheckBox;
class QComboBox;
class QDateEdit;
class QLineEdit;
class QRadioButton;
class QSpinBox;
class QTableWidget;

namespace fd {

class Database;

// A new incentive plan (绩效方案) with its first version, or a new version of a plan: the
// month it takes effect from, base pay, commission rules (a rate on won, received or margin),
// tiers by target completion (marginal: each band's slice of the commission at its
// multiplier), an optional cap, the forecast-accuracy and activity bonuses, and a note.
// Amounts are read in the office currency. OK stores through PayPlanRepository; a refusal
// shows at its field and nothing is stored. A version is never edited afterwards: a change
// is another version from a later month (the previous terms keep paying until then).
class PayPlanDialog final : public FormDialog
{
    Q_OBJECT

public:
    // A new plan (its terms start from the first of next month).
    explicit PayPlanDialog(Database &db, QWidget *parent = nullptr);
    // A new version of `plan`, starting from its latest version's terms, the month after.
    PayPlanDialog(Database &db, const PayPlan &plan, QWidget *parent = nullptr);

    // The plan once stored (after Accepted), with the version added last.
    const PayPlan &stored() const { return m_stored; }

    // The inputs, for tests.
    QLineEdit *nameEdit() const { return m_name; }
    QRadioButton *forRole() const { return m_forRole; }
    QRadioButton *forPerson() const { return m_forPerson; }
    QComboBox *roleCombo() const { return m_role; }
    QComboBox *personCombo() const { return m_person; }
    QComboBox *periodCombo() const { return m_period; }
    QDateEdit *effectiveFromEdit() const { return m_from; }
    QLineEdit *basePayEdit() const { return m_basePay; }
    QTableWidget *commissionTable() const { return m_commissions; }
    QTableWidget *tierTable() const { return m_tiers; }
    QCheckBox *capCheck() const { return m_hasCap; }
    QLineEdit *capEdit() const { return m_cap; }
    QLineEdit *accuracyBonusEdit() const { return m_accuracyBonus; }
    QSpinBox *accuracyToleranceSpin() const { return m_tolerance; }
    QLineEdit *activityBonusEdit() const { return m_activityBonus; }
    QSpinBox *activityNormSpin() const { return m_norm; }
    QLineEdit *noteEdit() const { return m_note; }

    // Appends a commission rule row / a tier row (what the Add buttons do).
    void addCommission(const CommissionRule &rule);
    void addTier(const Tier &tier);

protected:
    void save() override;

private:
    PayPlanDialog(Database &db, const PayPlan *plan, QWidget *parent);
    void build();
    void load(const PlanVersion &terms);
    void updateAppliesTo();
    // The terms as entered; parse problems appended to `errors`.
    PlanVersion enteredTerms(QList<FieldError> &errors) const;
    // An optional amount: empty is 0.
    qint64 optionalMoney(QLineEdit *edit, const QString &field, QList<FieldError> &errors) const;

    Database &m_db;
    PayPlan m_plan; // id 0: a new plan
    QString m_currency;
    PayPlan m_stored;
    QLineEdit *m_name = nullptr;
    QRadioButton *m_forRole = nullptr;
    QRadioButton *m_forPerson = nullptr;
    QButtonGroup *m_appliesTo = nullptr;
    QComboBox *m_role = nullptr;
    QComboBox *m_person = nullptr;
    QComboBox *m_period = nullptr;
    QDateEdit *m_from = nullptr;
    QLineEdit *m_basePay = nullptr;
    QTableWidget *m_commissions = nullptr;
    QTableWidget *m_tiers = nullptr;
    QCheckBox *m_hasCap = nullptr;
    QLineEdit *m_cap = nullptr;
    QLineEdit *m_accuracyBonus = nullptr;
    QSpinBox *m_tolerance = nullptr;
    QLineEdit *m_activityBonus = nullptr;
    QSpinBox *m_norm = nullptr;
    QLineEdit *m_note = nullptr;
};

} // namespace fd
