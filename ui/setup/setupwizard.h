#pragma once

#include "domain/organization.h"
#include "setup/officesetup.h"

#include <QWizard>

#include <functional>
#include <vector>

class QComboBox;
class QLabel;
class QLineEdit;
class QTableWidget;

namespace fd {

class Database;
class LanguageManager;
class Session;

// The first run of an office that declined the demo: company name, currency and
// language; the first administrator; regions and teams; the sales process (004's default,
// editable). Each page checks its own part (OfficeSetup::check) and names what is wrong
// there; Finish stores everything in one transaction (OfficeSetup::apply) and signs the
// administrator in. Cancel stores nothing.
class SetupWizard final : public QWizard
{
    Q_OBJECT

public:
    enum PageId { OfficePage, AdministratorPage, TeamsPage, PipelinePage };

    // `languages` (may be null) switches the UI as soon as a language is chosen on the first
    // page; Finish keeps it for the next starts, Cancel goes back to the language before.
    SetupWizard(Database &db, LanguageManager *languages, QWidget *parent = nullptr);

    // What the pages hold now.
    OfficeSetupPlan plan() const;
    // The administrator stored by Finish (id 0 before).
    const User &administrator() const { return m_admin; }

    // Runs the wizard on a new database; true when the office was set up.
    static bool run(QWidget *parent, Database &db, LanguageManager *languages);
    // A new database the user starts without the demo: the wizard, then everything shown
    // again as the administrator. Cancelled: the default stages and the "create the
    // administrator" question instead. True when the office was set up.
    static bool startEmpty(QWidget *parent, Session &session, LanguageManager *languages);

    bool validateCurrentPage() override;
    void done(int result) override;

protected:
    void changeEvent(QEvent *event) override;

private:
    // Runs `setTexts` now and again on every QEvent::LanguageChange: every text the wizard
    // shows is set through it, so that a language chosen on the first page shows at once.
    void translate(std::function<void()> setTexts);
    QLabel *translatedLabel(std::function<QString()> text, QWidget *parent);
    // The Add and Remove buttons under `table` (tableWithButtons).
    void translateButtons(QWidget *box, const QString &table, std::function<QString()> addText);
    // The problems OfficeSetup::check finds in what the page holds, with the password confirmation.
    QList<FieldError> problems(int pageId) const;
    // The page's error label (shown by validation), kept in m_errorLabels.
    QLabel *pageErrors(QWizardPage *page);
    QWizardPage *buildOfficePage();
    QWizardPage *buildAdministratorPage();
    QWizardPage *buildTeamsPage();
    QWizardPage *buildPipelinePage();
    // Shows the problems of the entities this page edits; false when there are any.
    bool showProblems(int pageId, const QList<FieldError> &errors);
    // "Stage 3 win probability: must be higher …", pointing at the field.
    QString describe(const FieldError &error) const;
    void focusOn(const FieldError &error);
    void fillDefaultStages();

    Database &m_db;
    LanguageManager *m_languages;
    QString m_initialLanguage; // in use when the wizard opened
    std::vector<std::function<void()>> m_retranslate;
    User m_admin;
    QLineEdit *m_company = nullptr;
    QComboBox *m_currency = nullptr;
    QComboBox *m_language = nullptr;
    QLineEdit *m_name = nullptr;
    QLineEdit *m_login = nullptr;
    QLineEdit *m_password = nullptr;
    QLineEdit *m_confirm = nullptr;
    QTableWidget *m_regions = nullptr;
    QTableWidget *m_teams = nullptr;
    QLineEdit *m_pipelineName = nullptr;
    QTableWidget *m_stages = nullptr;
    QList<QLabel *> m_errorLabels; // one per page, by PageId
};

} // namespace fd
