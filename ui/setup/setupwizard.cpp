#include "setupwizard.h"

#include "demoloader.h"
#include "languagemanager.h"
#include "session.h"
#include "signin/signinflow.h"
#include "widgets/errorlabel.h"

#include "auth/passwordhash.h"
#include "domain/errors.h"
#include "storage/database.h"
#include "storage/repositories/defaultprocess.h"
#include "storage/repositories/pipelinerepository.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QStyledItemDelegate>
#include <QTableWidget>
#include <QVBoxLayout>

namespace fd {

namespace {

// A quiet explanation under a page's fields (its text is set through SetupWizard::translate).
QLabel *hint(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setWordWrap(true);
    label->setForegroundRole(QPalette::PlaceholderText);
    return label;
}

const QStringList kCurrencies{QStringLiteral("CNY"), QStringLiteral("HKD"), QStringLiteral("TWD"),
                              QStringLiteral("USD"), QStringLiteral("EUR"), QStringLiteral("JPY"),
                              QStringLiteral("GBP"), QStringLiteral("SGD")};

// The region column of the teams table: a choice among the regions entered above it.
class RegionDelegate final : public QStyledItemDelegate
{
public:
    RegionDelegate(QTableWidget *regions, QObject *parent)
        : QStyledItemDelegate(parent)
        , m_regions(regions)
    {
    }

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &, const QModelIndex &) const override
    {
        auto *box = new QComboBox(parent);
        box->addItem(QString());
        for (int r = 0; r < m_regions->rowCount(); ++r) {
            if (const QTableWidgetItem *item = m_regions->item(r, 0); item && !item->text().trimmed().isEmpty())
                box->addItem(item->text().trimmed());
        }
        return box;
    }
    void setEditorData(QWidget *editor, const QModelIndex &index) const override
    {
        static_cast<QComboBox *>(editor)->setCurrentText(index.data().toString());
    }
    void setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const override
    {
        model->setData(index, static_cast<QComboBox *>(editor)->currentText());
    }

private:
    QTableWidget *m_regions;
};

// Its header labels are set through SetupWizard::translate.
QTableWidget *newTable(int columns, const QString &objectName, QWidget *parent)
{
    auto *table = new QTableWidget(0, columns, parent);
    table->setObjectName(objectName);
    table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    table->verticalHeader()->setVisible(true);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setEditTriggers(QAbstractItemView::AllEditTriggers);
    return table;
}

void appendRow(QTableWidget *table, const QStringList &texts)
{
    const int row = table->rowCount();
    table->insertRow(row);
    for (int c = 0; c < texts.size(); ++c)
        table->setItem(row, c, new QTableWidgetItem(texts.at(c)));
}

// Add and Remove under a table ("<table>Add", "<table>Remove"; texts set through
// SetupWizard::translate); Add starts editing the new row.
QWidget *tableWithButtons(QTableWidget *table, const QStringList &newRow)
{
    auto *box = new QWidget(table->parentWidget());
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(table);
    auto *buttons = new QHBoxLayout;
    auto *add = new QPushButton(box);
    add->setObjectName(table->objectName() + QStringLiteral("Add"));
    auto *remove = new QPushButton(box);
    remove->setObjectName(table->objectName() + QStringLiteral("Remove"));
    buttons->addWidget(add);
    buttons->addWidget(remove);
    buttons->addStretch(1);
    layout->addLayout(buttons);
    QObject::connect(add, &QPushButton::clicked, table, [table, newRow]() {
        appendRow(table, newRow);
        table->setCurrentCell(table->rowCount() - 1, 0);
        table->editItem(table->item(table->rowCount() - 1, 0));
    });
    QObject::connect(remove, &QPushButton::clicked, table, [table]() {
        if (table->currentRow() >= 0)
            table->removeRow(table->currentRow());
    });
    return box;
}

QString cellText(const QTableWidget *table, int row, int column)
{
    const QTableWidgetItem *item = table->item(row, column);
    return item ? item->text() : QString();
}

} // namespace

SetupWizard::SetupWizard(Database &db, LanguageManager *languages, QWidget *parent)
    : QWizard(parent)
    , m_db(db)
    , m_languages(languages)
{
    setObjectName(QStringLiteral("setupWizard"));
    m_initialLanguage = m_languages ? m_languages->current() : QString();
    translate([this]() {
        setWindowTitle(tr("Set Up Your Office"));
        setButtonText(QWizard::FinishButton, tr("&Set Up and Sign In"));
    });
    setWizardStyle(QWizard::ModernStyle);
    setOption(QWizard::NoBackButtonOnStartPage);
    setPage(OfficePage, buildOfficePage());
    setPage(AdministratorPage, buildAdministratorPage());
    setPage(TeamsPage, buildTeamsPage());
    setPage(PipelinePage, buildPipelinePage());
    resize(680, 560);
}

void SetupWizard::translate(std::function<void()> setTexts)
{
    setTexts();
    m_retranslate.push_back(std::move(setTexts));
}

QLabel *SetupWizard::translatedLabel(std::function<QString()> text, QWidget *parent)
{
    auto *label = new QLabel(parent);
    translate([label, text = std::move(text)]() { label->setText(text()); });
    return label;
}

void SetupWizard::translateButtons(QWidget *box, const QString &table, std::function<QString()> addText)
{
    auto *add = box->findChild<QPushButton *>(table + QStringLiteral("Add"));
    auto *remove = box->findChild<QPushButton *>(table + QStringLiteral("Remove"));
    translate([add, remove, addText = std::move(addText)]() {
        add->setText(addText());
        remove->setText(tr("Remove"));
    });
}

void SetupWizard::changeEvent(QEvent *event)
{
    QWizard::changeEvent(event);
    if (event->type() != QEvent::LanguageChange)
        return;
    for (const auto &setTexts : m_retranslate)
        setTexts();
    // QWizard keeps the texts of its own buttons from when they were made: Qt's words again
    // (qtbase_*.qm), by a name lupdate does not take for one of ours.
    const auto qtWizard = [](const char *text) { return QCoreApplication::translate("QWizard", text); };
    setButtonText(QWizard::BackButton, qtWizard("< &Back"));
    setButtonText(QWizard::NextButton, qtWizard("&Next >"));
    setButtonText(QWizard::CancelButton, qtWizard("Cancel"));
    // Problems shown on the page are said again in the new language.
    const int id = currentId();
    if (id >= 0 && id < m_errorLabels.size() && m_errorLabels.at(id)->isVisible())
        showProblems(id, problems(id));
}

void SetupWizard::done(int result)
{
    // Cancelled: the language tried on the first page is not kept either.
    if (result == QDialog::Rejected && m_languages && m_languages->current() != m_initialLanguage)
        m_languages->apply(m_initialLanguage);
    QWizard::done(result);
}

QLabel *SetupWizard::pageErrors(QWizardPage *page)
{
    m_errorLabels.append(newErrorLabel(page));
    m_errorLabels.last()->setObjectName(QStringLiteral("pageErrors"));
    return m_errorLabels.last();
}

QWizardPage *SetupWizard::buildOfficePage()
{
    auto *page = new QWizardPage(this);
    page->setObjectName(QStringLiteral("officePage"));
    m_company = new QLineEdit(page);
    m_company->setObjectName(QStringLiteral("companyName"));
    translate([page, this]() {
        page->setTitle(tr("Your office"));
        page->setSubTitle(tr("The company name heads the weekly report; new deals are in the office's currency."));
        m_company->setPlaceholderText(tr("e.g. 星辰科技 华东销售部"));
    });
    m_currency = new QComboBox(page);
    m_currency->setObjectName(QStringLiteral("currency"));
    m_currency->setEditable(true);
    m_currency->addItems(kCurrencies);
    m_language = new QComboBox(page);
    m_language->setObjectName(QStringLiteral("language"));
    for (const QString &code : LanguageManager::languages())
        m_language->addItem(LanguageManager::nativeName(code), code);
    const QString current = m_languages ? m_languages->current() : QStringLiteral("zh_CN");
    m_language->setCurrentIndex(std::max(0, m_language->findData(current)));
    // The choice shows at once: the wizard, and the window behind it, switch language now.
    connect(m_language, &QComboBox::currentIndexChanged, this, [this]() {
        if (m_languages)
            m_languages->apply(m_language->currentData().toString());
    });
    auto *form = new QFormLayout(page);
    form->addRow(translatedLabel([]() { return tr("Company name:"); }, page), m_company);
    form->addRow(translatedLabel([]() { return tr("Currency:"); }, page), m_currency);
    form->addRow(translatedLabel([]() { return tr("Language:"); }, page), m_language);
    QLabel *languageHint = hint(page);
    translate(
        [languageHint]() { languageHint->setText(tr("Each desktop can still choose its own language in Settings.")); });
    form->addRow(languageHint);
    form->addRow(pageErrors(page));
    return page;
}

QWizardPage *SetupWizard::buildAdministratorPage()
{
    auto *page = new QWizardPage(this);
    page->setObjectName(QStringLiteral("administratorPage"));
    translate([page]() {
        page->setTitle(tr("The administrator"));
        page->setSubTitle(tr("The person who adds the others (Settings → People & teams), sets their roles and "
                             "teams, and resets forgotten passwords. You are signed in as them when the setup is "
                             "done."));
    });
    m_name = new QLineEdit(page);
    m_name->setObjectName(QStringLiteral("displayName"));
    m_login = new QLineEdit(QStringLiteral("admin"), page);
    m_login->setObjectName(QStringLiteral("login"));
    m_password = new QLineEdit(page);
    m_password->setObjectName(QStringLiteral("password"));
    m_password->setEchoMode(QLineEdit::Password);
    m_confirm = new QLineEdit(page);
    m_confirm->setObjectName(QStringLiteral("confirm"));
    m_confirm->setEchoMode(QLineEdit::Password);
    auto *form = new QFormLayout(page);
    form->addRow(translatedLabel([]() { return tr("Name:"); }, page), m_name);
    form->addRow(translatedLabel([]() { return tr("Login:"); }, page), m_login);
    form->addRow(translatedLabel([]() { return tr("Password:"); }, page), m_password);
    form->addRow(translatedLabel([]() { return tr("Password again:"); }, page), m_confirm);
    QLabel *passwordHint = hint(page);
    translate([passwordHint]() {
        passwordHint->setText(tr("At least %1 characters. The password is stored only as a salted Argon2id hash; "
                                 "the database file itself is protected only by its file permissions.")
                                  .arg(password::kMinLength));
    });
    form->addRow(passwordHint);
    form->addRow(pageErrors(page));
    return page;
}

QWizardPage *SetupWizard::buildTeamsPage()
{
    auto *page = new QWizardPage(this);
    page->setObjectName(QStringLiteral("teamsPage"));
    m_regions = newTable(1, QStringLiteral("regions"), page);
    m_teams = newTable(2, QStringLiteral("teams"), page);
    translate([this, page]() {
        page->setTitle(tr("Regions and teams"));
        page->setSubTitle(tr("Managers see their teams' deals, and the targets roll up by team and region. Both "
                             "can be left empty and added later in Settings → People & teams."));
        m_regions->setHorizontalHeaderLabels({tr("Region")});
        m_teams->setHorizontalHeaderLabels({tr("Team"), tr("Region")});
    });
    m_teams->setItemDelegateForColumn(1, new RegionDelegate(m_regions, m_teams));
    m_teams->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    auto *layout = new QHBoxLayout;
    QWidget *regions = tableWithButtons(m_regions, {QString()});
    translateButtons(regions, m_regions->objectName(), []() { return tr("Add Region"); });
    QWidget *teams = tableWithButtons(m_teams, {QString(), QString()});
    translateButtons(teams, m_teams->objectName(), []() { return tr("Add Team"); });
    layout->addWidget(regions, 2);
    layout->addWidget(teams, 3);
    auto *outer = new QVBoxLayout(page);
    outer->addLayout(layout, 1);
    outer->addWidget(pageErrors(page));
    return page;
}

QWizardPage *SetupWizard::buildPipelinePage()
{
    auto *page = new QWizardPage(this);
    page->setObjectName(QStringLiteral("pipelinePage"));
    m_pipelineName = new QLineEdit(page);
    m_pipelineName->setObjectName(QStringLiteral("pipelineName"));
    m_stages = newTable(2, QStringLiteral("stages"), page);
    translate([this, page]() {
        page->setTitle(tr("The sales process"));
        page->setSubTitle(tr("The stages a deal goes through and the chance of winning it in each. Change names "
                             "and percentages as your office works; Settings → Stages… changes them later."));
        m_stages->setHorizontalHeaderLabels({tr("Stage"), tr("Win probability %")});
    });
    m_stages->horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    auto *form = new QFormLayout;
    form->addRow(translatedLabel([]() { return tr("Process name:"); }, page), m_pipelineName);
    auto *layout = new QVBoxLayout(page);
    layout->addLayout(form);
    QWidget *stages = tableWithButtons(m_stages, {QString(), QStringLiteral("90")});
    translateButtons(stages, m_stages->objectName(), []() { return tr("Add Stage"); });
    layout->addWidget(stages, 1);
    QLabel *won = translatedLabel(
        []() { return tr("After the last stage: Won — 100 % (an outcome, like Lost and On hold, not a stage)."); },
        page);
    won->setObjectName(QStringLiteral("wonNote"));
    won->setWordWrap(true);
    layout->addWidget(won);
    auto *defaults = new QPushButton(page);
    defaults->setObjectName(QStringLiteral("defaultStages"));
    translate([defaults]() { defaults->setText(tr("Restore the Default Stages")); });
    connect(defaults, &QPushButton::clicked, this, &SetupWizard::fillDefaultStages);
    layout->addWidget(defaults, 0, Qt::AlignLeft);
    layout->addWidget(pageErrors(page));
    fillDefaultStages();
    return page;
}

void SetupWizard::fillDefaultStages()
{
    const Pipeline defaults = defaultSalesProcess();
    m_pipelineName->setText(defaults.name);
    m_stages->setRowCount(0);
    for (const Stage &s : defaults.stages)
        appendRow(m_stages, {s.name, QString::number(s.winProbability)});
}

OfficeSetupPlan SetupWizard::plan() const
{
    OfficeSetupPlan p;
    p.companyName = m_company->text();
    p.currency = m_currency->currentText().trimmed().toUpper();
    p.language = m_language->currentData().toString();
    p.administrator.login = m_login->text();
    p.administrator.displayName = m_name->text();
    p.password = m_password->text();
    for (int r = 0; r < m_regions->rowCount(); ++r)
        p.regions << cellText(m_regions, r, 0);
    for (int r = 0; r < m_teams->rowCount(); ++r)
        p.teams.append({cellText(m_teams, r, 0), cellText(m_teams, r, 1)});
    p.pipelineName = m_pipelineName->text();
    const Pipeline defaults = defaultSalesProcess();
    for (int r = 0; r < m_stages->rowCount(); ++r) {
        Stage s;
        s.name = cellText(m_stages, r, 0);
        bool ok = false;
        s.winProbability = cellText(m_stages, r, 1).trimmed().remove(QLatin1Char('%')).trimmed().toInt(&ok);
        if (!ok)
            s.winProbability = -1; // refused by the range check, located
        // The default stages' stall limits; a stage added here gets the usual 21 days.
        s.stallAfterDays = r < defaults.stages.size() ? defaults.stages.at(r).stallAfterDays : 21;
        p.stages.append(s);
    }
    return p;
}

bool SetupWizard::validateCurrentPage()
{
    const int id = currentId();
    if (!showProblems(id, problems(id)))
        return false;
    if (id != PipelinePage)
        return QWizard::validateCurrentPage();

    // Finish: everything was checked page by page; store it in one go.
    try {
        m_admin = OfficeSetup::apply(m_db, plan());
    } catch (const ValidationError &e) {
        // check() passed, so this is what only the database knows; all of it is shown here.
        QStringList lines;
        for (const FieldError &error : e.errors())
            lines << describe(error);
        m_errorLabels.at(PipelinePage)->setText(lines.join(QLatin1Char('\n')));
        m_errorLabels.at(PipelinePage)->show();
        return false;
    } catch (const Error &e) {
        m_errorLabels.at(PipelinePage)
            ->setText(tr("The office could not be set up; nothing was stored.\n%1").arg(e.message()));
        m_errorLabels.at(PipelinePage)->show();
        return false;
    }
    // The language chosen here is already in use; it is kept for the next starts too.
    if (m_languages && plan().language != m_initialLanguage)
        m_languages->setConfiguredLanguage(plan().language);
    return QWizard::validateCurrentPage();
}

QList<FieldError> SetupWizard::problems(int pageId) const
{
    QList<FieldError> errors = OfficeSetup::check(plan());
    if (pageId == AdministratorPage && m_password->text() != m_confirm->text())
        errors.append(FieldError{QStringLiteral("user"), QStringLiteral("password_confirm"), QString(),
                                 tr("does not match the password")});
    return errors;
}

bool SetupWizard::showProblems(int pageId, const QList<FieldError> &errors)
{
    static const QList<QStringList> entities{{QStringLiteral("office")},
                                             {QStringLiteral("user")},
                                             {QStringLiteral("region"), QStringLiteral("team")},
                                             {QStringLiteral("pipeline"), QStringLiteral("stage")}};
    QStringList lines;
    const FieldError *first = nullptr;
    for (const FieldError &e : errors) {
        if (!entities.at(pageId).contains(e.entity))
            continue;
        lines << describe(e);
        if (!first)
            first = &e;
    }
    QLabel *label = m_errorLabels.at(pageId);
    label->setText(lines.join(QLatin1Char('\n')));
    label->setVisible(!lines.isEmpty());
    if (first)
        focusOn(*first);
    return lines.isEmpty();
}

QString SetupWizard::describe(const FieldError &e) const
{
    const QString n = QString::number(e.row);
    QString where;
    const QString key = e.entity + QLatin1Char('.') + e.field;
    if (key == QLatin1String("office.company_name"))
        where = tr("Company name");
    else if (key == QLatin1String("office.currency"))
        where = tr("Currency");
    else if (key == QLatin1String("office.language"))
        where = tr("Language");
    else if (key == QLatin1String("user.login"))
        where = tr("Login");
    else if (key == QLatin1String("user.display_name"))
        where = tr("Name");
    else if (key == QLatin1String("user.password"))
        where = tr("Password");
    else if (key == QLatin1String("user.password_confirm"))
        where = tr("Password again");
    else if (key == QLatin1String("region.name"))
        where = tr("Region %1").arg(n);
    else if (key == QLatin1String("team.name"))
        where = tr("Team %1").arg(n);
    else if (key == QLatin1String("team.region"))
        where = tr("Region of team %1").arg(n);
    else if (key == QLatin1String("pipeline.name"))
        where = tr("Name of the sales process");
    else if (key == QLatin1String("pipeline.stages"))
        where = tr("Stages");
    else if (key == QLatin1String("stage.name"))
        where = tr("Name of stage %1").arg(n);
    else if (key == QLatin1String("stage.win_probability"))
        where = tr("Win probability of stage %1").arg(n);
    else
        where = key;
    // Passwords are never repeated back.
    if (e.value.isEmpty() || e.field.startsWith(QLatin1String("password")))
        return tr("%1: %2").arg(where, e.reason);
    return tr("%1 “%2”: %3").arg(where, e.value, e.reason);
}

void SetupWizard::focusOn(const FieldError &e)
{
    QTableWidget *table = nullptr;
    int column = 0;
    if (e.entity == QLatin1String("region"))
        table = m_regions;
    else if (e.entity == QLatin1String("team"))
        table = m_teams, column = e.field == QLatin1String("region") ? 1 : 0;
    else if (e.entity == QLatin1String("stage"))
        table = m_stages, column = e.field == QLatin1String("win_probability") ? 1 : 0;
    if (table && e.row > 0 && e.row <= table->rowCount()) {
        table->setFocus();
        table->setCurrentCell(e.row - 1, column);
        return;
    }
    const QHash<QString, QWidget *> fields{
        {QStringLiteral("company_name"), m_company},    {QStringLiteral("currency"), m_currency},
        {QStringLiteral("language"), m_language},       {QStringLiteral("login"), m_login},
        {QStringLiteral("display_name"), m_name},       {QStringLiteral("password"), m_password},
        {QStringLiteral("password_confirm"), m_confirm}};
    if (e.entity == QLatin1String("pipeline"))
        (e.field == QLatin1String("name") ? static_cast<QWidget *>(m_pipelineName) : m_stages)->setFocus();
    else if (QWidget *w = fields.value(e.field))
        w->setFocus();
}

bool SetupWizard::run(QWidget *parent, Database &db, LanguageManager *languages)
{
    SetupWizard wizard(db, languages, parent);
    return wizard.exec() == QDialog::Accepted;
}

bool SetupWizard::startEmpty(QWidget *parent, Session &session, LanguageManager *languages)
{
    Database &db = *session.database();
    const bool setUp = run(parent, db, languages);
    if (!setUp) {
        // Cancelled: nothing was stored. The board still gets its stages, and the
        // administrator can be created now or on the next start.
        DemoLoader::prepareEmpty(parent, db);
        SignInFlow::establish(parent, db);
    }
    session.notifyUserChanged();
    session.notifyDataChanged();
    return setUp;
}

} // namespace fd
