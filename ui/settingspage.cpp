#include "settingspage.h"

#include "importwizard/importsettingsbox.h"
#include "languagemanager.h"
#include "session.h"
#include "settings/auditlogpage.h"
#include "settings/incentiveplanspage.h"
#include "settings/peoplepage.h"
#include "settings/productspage.h"

#include "domain/errors.h"
#include "storage/database.h"
#include "storage/migrator.h"
#include "storage/viewer.h"

#include <QComboBox>
#include <QEvent>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QSignalBlocker>
#include <QTabWidget>
#include <QVBoxLayout>

namespace fd {

SettingsPage::SettingsPage(PageContext &context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
    , m_tabs(new QTabWidget(this))
    , m_general(new QWidget(this))
    , m_people(new PeoplePage(context.session, this))
    , m_audit(new AuditLogPage(context.session, this))
    , m_plans(new IncentivePlansPage(context.session, this))
    , m_languageBox(new QGroupBox(this))
    , m_languageLabel(new QLabel(this))
    , m_language(new QComboBox(this))
    , m_languageNote(new QLabel(this))
    , m_databaseBox(new QGroupBox(this))
    , m_fileLabel(new QLabel(this))
    , m_file(new QLabel(this))
    , m_schemaLabel(new QLabel(this))
    , m_schema(new QLabel(this))
{
    setObjectName(QStringLiteral("settingsPage"));
    m_language->setObjectName(QStringLiteral("languageCombo"));
    m_languageNote->setWordWrap(true);
    m_languageNote->setForegroundRole(QPalette::PlaceholderText);
    m_file->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_file->setWordWrap(true);

    auto *languageForm = new QFormLayout(m_languageBox);
    languageForm->setFieldGrowthPolicy(QFormLayout::FieldsStayAtSizeHint);
    languageForm->addRow(m_languageLabel, m_language);
    languageForm->addRow(m_languageNote);

    auto *databaseForm = new QFormLayout(m_databaseBox);
    databaseForm->addRow(m_fileLabel, m_file);
    databaseForm->addRow(m_schemaLabel, m_schema);

    auto *general = new QVBoxLayout(m_general);
    general->setContentsMargins(12, 12, 12, 12);
    general->addWidget(m_languageBox);
    general->addWidget(m_databaseBox);
    general->addWidget(new ImportSettingsBox(context.session, m_general));
    general->addStretch();
    m_tabs->setObjectName(QStringLiteral("settingsTabs"));
    m_tabs->addTab(m_general, QString());
    m_tabs->addTab(m_people, QString());
    m_tabs->addTab(m_audit, QString());
    m_tabs->addTab(new ProductsPage(context.session, this), QString());
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 20, 24, 20);
    layout->addWidget(m_tabs);

    // Item data: the language code; empty = follow the system.
    m_language->addItem(QString(), QString());
    for (const QString &code : LanguageManager::languages())
        m_language->addItem(LanguageManager::nativeName(code), code);
    m_language->setCurrentIndex(m_language->findData(LanguageManager::configuredLanguage()));
    connect(m_language, qOverload<int>(&QComboBox::currentIndexChanged), this, &SettingsPage::languageChosen);
    connect(&m_context.session, &Session::databaseChanged, this, &SettingsPage::updateDatabaseInfo);
    for (auto signal : {&Session::databaseChanged, &Session::userChanged})
        connect(&m_context.session, signal, this, &SettingsPage::updatePlansTab);
    updatePlansTab();

    retranslateUi();
}

void SettingsPage::languageChosen(int index)
{
    m_context.languages.setConfiguredLanguage(m_language->itemData(index).toString());
}

void SettingsPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void SettingsPage::retranslateUi()
{
    m_tabs->setTabText(0, tr("General"));
    m_tabs->setTabText(1, tr("People && Teams"));
    m_tabs->setTabText(2, tr("Audit Log"));
    m_tabs->setTabText(3, tr("Products"));
    m_plansTitle = tr("Incentive Plans");
    if (const int at = m_tabs->indexOf(m_plans); at >= 0)
        m_tabs->setTabText(at, m_plansTitle);
    m_languageBox->setTitle(tr("Language"));
    m_languageLabel->setText(tr("User interface language:"));
    {
        const QSignalBlocker block(m_language);
        m_language->setItemText(0,
                                tr("System default (%1)")
                                    .arg(LanguageManager::nativeName(LanguageManager::languageFor(QLocale::system()))));
    }
    m_languageNote->setText(tr("The change applies at once. Amounts are in the office currency (%1), written as the "
                               "language writes it: Chinese summaries of yuan, NT$ and HK$ count in 万, all others in "
                               "thousands (K) and millions (M).")
                                .arg(m_context.session.currency()));
    m_databaseBox->setTitle(tr("Database"));
    m_fileLabel->setText(tr("File:"));
    m_schemaLabel->setText(tr("Schema version:"));
    updateDatabaseInfo();
}

void SettingsPage::updatePlansTab()
{
    // Pay is confidential: the plans are finance's and the administrators' (the server lets a
    // rep read only their own terms, which their statement shows them).
    Database *db = m_context.session.database();
    bool allowed = false;
    try {
        allowed = db && Viewer::of(*db).mayEditPayPlans();
    } catch (const Error &) {
        allowed = false;
    }
    const int at = m_tabs->indexOf(m_plans);
    if (allowed && at < 0)
        m_tabs->addTab(m_plans, m_plansTitle);
    else if (!allowed && at >= 0)
        m_tabs->removeTab(at);
    m_plans->setVisible(allowed && m_tabs->currentWidget() == m_plans);
}

void SettingsPage::updateDatabaseInfo()
{
    Database *db = m_context.session.database();
    if (!db) {
        m_file->setText(tr("No database is open."));
        m_schema->clear();
        return;
    }
    m_file->setText(db->location());
    try {
        m_schema->setText(QString::number(Migrator(*db).currentVersion()));
    } catch (const Error &e) {
        m_schema->setText(e.message());
    }
}

} // namespace fd
