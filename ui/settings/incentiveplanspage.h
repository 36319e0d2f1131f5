#pragma once

#include "domain/payplan.h"

#include <QList>
#include <QWidget>

#include <functional>

class QLabel;
class QPushButton;
class QTableWidget;

namespace fd {

class PayPlanRepository;
class Session;

// Settings → Incentive plans (绩效方案), for finance and administrators (SettingsPage shows
// the tab to them only): every plan with whom it pays, its period, whether it is active and
// the terms in force today (base pay, commission); under it the selected plan's versions,
// newest first, each with all its terms, read-only. New Plan… and New Version… open
// PayPlanDialog; a plan can be renamed, deactivated and activated again, never deleted, and
// a version is never changed (a change of terms is a new version from a month on).
class IncentivePlansPage final : public QWidget
{
    Q_OBJECT

public:
    explicit IncentivePlansPage(Session &session, QWidget *parent = nullptr);

    enum PlanColumn {
        NameColumn,
        AppliesToColumn,
        PeriodColumn,
        StatusColumn,
        InForceColumn,
        BasePayColumn,
        CommissionColumn,
        PlanColumnCount
    };
    enum VersionColumn {
        FromColumn,
        VersionBasePayColumn,
        VersionCommissionColumn,
        TiersColumn,
        CapColumn,
        AccuracyColumn,
        ActivityColumn,
        EnteredColumn,
        NoteColumn,
        VersionColumnCount
    };

    // Reads the plans again (keeping the selection) and enables what the acting user may do.
    void reload();
    // The plans shown, in table order.
    const QList<PayPlan> &plans() const { return m_loaded; }
    // Selects the plan with this id (its history shows below).
    void selectPlan(qint64 planId);
    // Renames / (de)activates a plan as the buttons do after asking; the reason it was
    // refused (also shown on the page), empty on success.
    QString rename(qint64 planId, const QString &name);
    QString setActive(qint64 planId, bool active);

    QTableWidget *planTable() const { return m_plans; }
    QTableWidget *versionTable() const { return m_versions; }
    QLabel *errorLabel() const { return m_error; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void showHistory();
    void updateButtons();
    const PayPlan *selected() const;
    void newPlan();
    void newVersion();
    void renameSelected();
    void toggleActive();
    // Runs `write` on the open database; on success reloads this page and tells the others,
    // else shows and returns the reason.
    QString change(qint64 planId, const std::function<void(PayPlanRepository &)> &write);
    // After a change: reload this page and tell the others.
    void changed(qint64 planId);

    Session &m_session;
    QLabel *m_intro;
    QTableWidget *m_plans;
    QLabel *m_historyTitle;
    QTableWidget *m_versions;
    QLabel *m_error;
    QPushButton *m_new;
    QPushButton *m_newVersion;
    QPushButton *m_rename;
    QPushButton *m_active;
    QList<PayPlan> m_loaded;
    QString m_whyNot; // empty when the acting user may change plans
};

} // namespace fd
