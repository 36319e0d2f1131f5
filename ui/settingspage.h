#pragma once

#include "pageregistry.h"

#include <QWidget>

class QComboBox;
class QGroupBox;
class QLabel;
class QTabWidget;

namespace fd {

class AuditLogPage;
class IncentivePlansPage;
class PeoplePage;

// Application settings in tabs: General (the UI language, applied at once, and where the data
// lives), People & teams (PeoplePage), Audit log (AuditLogPage), Products (ProductsPage: the
// catalog with each product's cost) and, for finance and administrators only, Incentive plans
// (IncentivePlansPage).
class SettingsPage final : public QWidget
{
    Q_OBJECT

public:
    explicit SettingsPage(PageContext &context, QWidget *parent = nullptr);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void updateDatabaseInfo();
    void languageChosen(int index);
    // Shows the Incentive plans tab to finance and administrators, hides it from the others.
    void updatePlansTab();

    PageContext &m_context;
    QTabWidget *m_tabs;
    QWidget *m_general;
    PeoplePage *m_people;
    AuditLogPage *m_audit;
    IncentivePlansPage *m_plans;
    QString m_plansTitle;
    QGroupBox *m_languageBox;
    QLabel *m_languageLabel;
    QComboBox *m_language;
    QLabel *m_languageNote;
    QGroupBox *m_databaseBox;
    QLabel *m_fileLabel;
    QLabel *m_file;
    QLabel *m_schemaLabel;
    QLabel *m_schema;
};

} // namespace fd
