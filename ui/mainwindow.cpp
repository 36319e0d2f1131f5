#include "mainwindow.h"

#include "backup/backupactions.h"
#include "databaseopener.h"
#include "demoloader.h"
#include "help/helpdialogs.h"
#include "importwizard/importwizard.h"
#include "languagemanager.h"
#include "leads/poolreturnjob.h"
#include "placeholderpage.h"
#include "reminders/remindernotifier.h"
#include "session.h"
#include "setup/setupwizard.h"
#include "signin/signinflow.h"
#include "team/teamdatabasedialog.h"
#include "uiresources.h"
#include "undoablepage.h"

#include "auth/roletitles.h"
#include "auth/signin.h"
#include "domain/errors.h"
#include "storage/database.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QStackedWidget>
#include <QStatusBar>
#include <QUndoGroup>
#include <QUndoStack>
#include <QVBoxLayout>

#include <algorithm>

namespace fd {

namespace {
const QString kGeometryKey = QStringLiteral("mainwindow/geometry");
const QString kStateKey = QStringLiteral("mainwindow/state");
const QString kPageKey = QStringLiteral("mainwindow/page");
// .funneldesk is FunnelDesk's own extension (its MIME type and file association open it with a
// double-click); .sqlite and .db are what earlier versions and other tools made.
const QString kDatabaseFilter = QStringLiteral("*.funneldesk *.sqlite *.db");

const char *kNavigationStyle = R"(
QListWidget#navigation {
    border: none;
    border-right: 1px solid #dfe3ea;
    background: #f4f6f9;
    padding-top: 10px;
    outline: 0;
}
QListWidget#navigation::item {
    padding: 7px 10px;
    margin: 1px 8px;
    border-radius: 6px;
    color: #2c3440;
}
QListWidget#navigation::item:hover:!selected { background: #e8ecf2; }
QListWidget#navigation::item:selected { background: #dbe7fb; color: #1d4fb3; }
)";
} // namespace

MainWindow::MainWindow(Session &session, LanguageManager &languages, QWidget *parent)
    : QMainWindow(parent)
    , m_session(session)
    , m_languages(languages)
    , m_context{session, languages}
    , m_specs(pageSpecs())
    , m_navigation(new QListWidget(this))
    , m_stack(new QStackedWidget(this))
    , m_databaseLabel(new QLabel(this))
    , m_countLabel(new QLabel(this))
    , m_userLabel(new QLabel(this))
    , m_undoGroup(new QUndoGroup(this))
{
    initUiResources();
    setObjectName(QStringLiteral("mainWindow"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/funneldesk.svg")));

    createNavigation();
    auto *central = new QWidget(this);
    auto *layout = new QHBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_navigation);
    layout->addWidget(m_stack, 1);
    setCentralWidget(central);

    m_databaseLabel->setObjectName(QStringLiteral("statusDatabase"));
    m_countLabel->setObjectName(QStringLiteral("statusOpportunities"));
    statusBar()->addPermanentWidget(m_databaseLabel, 1);
    m_userLabel->setObjectName(QStringLiteral("statusUser"));
    statusBar()->addPermanentWidget(m_countLabel);
    statusBar()->addPermanentWidget(m_userLabel);

    createActions();
    connect(&m_session, &Session::databaseChanged, this, &MainWindow::updateStatus);
    connect(&m_session, &Session::dataChanged, this, &MainWindow::updateStatus);
    connect(&m_session, &Session::userChanged, this, &MainWindow::updateUser);
    new PoolReturnJob(m_session, this); // leads with no follow-up go back to the public pool
    // The signed-in person's reminders: tray or status bar, and their list.
    auto *reminders = new ReminderNotifier(m_session, this);
    connect(reminders, &ReminderNotifier::pageRequested, this, [this](const QString &id) { showPage(id); });
    retranslateUi();
    resize(1280, 800);
    showPage(m_specs.first().id);
}

MainWindow::~MainWindow() = default;

void MainWindow::createNavigation()
{
    m_navigation->setObjectName(QStringLiteral("navigation"));
    m_navigation->setStyleSheet(QString::fromUtf8(kNavigationStyle));
    m_navigation->setIconSize(QSize(20, 20));
    m_navigation->setFrameShape(QFrame::NoFrame);
    m_navigation->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_navigation->setSelectionMode(QAbstractItemView::SingleSelection);
    QFont font = m_navigation->font();
    font.setPointSizeF(font.pointSizeF() * 1.05);
    m_navigation->setFont(font);
    for (const PageSpec &spec : std::as_const(m_specs)) {
        auto *item = new QListWidgetItem(QIcon(spec.icon), QString(), m_navigation);
        item->setData(Qt::UserRole, spec.id);
        item->setSizeHint(QSize(0, 38));
        // Empty holders; a page is built into its holder the first time it is shown.
        auto *holder = new QWidget(m_stack);
        auto *holderLayout = new QVBoxLayout(holder);
        holderLayout->setContentsMargins(0, 0, 0, 0);
        m_stack->addWidget(holder);
        m_pages.append(nullptr);
    }
    connect(m_navigation, &QListWidget::currentRowChanged, this, &MainWindow::pageSelected);
}

void MainWindow::createActions()
{
    m_fileMenu = menuBar()->addMenu(QString());
    m_openAction = m_fileMenu->addAction(QIcon::fromTheme(QStringLiteral("document-open")), QString(), this,
                                         &MainWindow::openDatabase);
    m_openAction->setShortcut(QKeySequence::Open);
    m_openTeamAction = m_fileMenu->addAction(QIcon::fromTheme(QStringLiteral("network-server")), QString(), this,
                                             &MainWindow::openTeamDatabase);
    m_newAction = m_fileMenu->addAction(QIcon::fromTheme(QStringLiteral("document-new")), QString(), this,
                                        &MainWindow::newDatabase);
    m_newAction->setShortcut(QKeySequence::New);
    m_demoAction = m_fileMenu->addAction(QString(), this, &MainWindow::loadDemoOffice);
    m_fileMenu->addAction(new ImportAction(m_session, this));
    m_fileMenu->addSeparator();
    auto *backup = new BackupActions(m_session, this);
    m_fileMenu->addAction(backup->backUpAction());
    m_fileMenu->addAction(backup->restoreAction());
    m_fileMenu->addSeparator();
    m_signOutAction = m_fileMenu->addAction(QIcon::fromTheme(QStringLiteral("system-log-out")), QString(), this,
                                            &MainWindow::signOut);
    m_signOutAction->setObjectName(QStringLiteral("fileSignOut"));
    m_fileMenu->setToolTipsVisible(true);
    m_fileMenu->addSeparator();
    m_quitAction = m_fileMenu->addAction(QIcon::fromTheme(QStringLiteral("application-exit")), QString(), this,
                                         &QWidget::close);
    m_quitAction->setShortcut(QKeySequence::Quit);
    m_quitAction->setMenuRole(QAction::QuitRole);

    // Edit → Undo / Redo follow the page shown: its stack is the group's active one.
    m_editMenu = menuBar()->addMenu(QString());
    m_undoAction = m_editMenu->addAction(QIcon::fromTheme(QStringLiteral("edit-undo")), QString(), m_undoGroup,
                                         &QUndoGroup::undo);
    m_undoAction->setObjectName(QStringLiteral("editUndo"));
    m_undoAction->setShortcut(QKeySequence::Undo);
    m_redoAction = m_editMenu->addAction(QIcon::fromTheme(QStringLiteral("edit-redo")), QString(), m_undoGroup,
                                         &QUndoGroup::redo);
    m_redoAction->setObjectName(QStringLiteral("editRedo"));
    // Ctrl+Shift+Z everywhere; the platform's own (Ctrl+Y on Windows) as well.
    QList<QKeySequence> redoKeys{QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z)};
    for (const QKeySequence &key : QKeySequence::keyBindings(QKeySequence::Redo)) {
        if (!redoKeys.contains(key))
            redoKeys.append(key);
    }
    m_redoAction->setShortcuts(redoKeys);
    for (auto signal : {&QUndoGroup::canUndoChanged, &QUndoGroup::canRedoChanged})
        connect(m_undoGroup, signal, this, &MainWindow::updateUndoActions);
    for (auto signal : {&QUndoGroup::undoTextChanged, &QUndoGroup::redoTextChanged})
        connect(m_undoGroup, signal, this, &MainWindow::updateUndoActions);
    connect(m_undoGroup, &QUndoGroup::activeStackChanged, this, &MainWindow::updateUndoActions);

    m_viewMenu = menuBar()->addMenu(QString());
    for (int i = 0; i < m_specs.size(); ++i) {
        QAction *action = m_viewMenu->addAction(QIcon(m_specs.at(i).icon), QString());
        action->setCheckable(true);
        if (i < 9)
            action->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + i)));
        const QString id = m_specs.at(i).id;
        connect(action, &QAction::triggered, this, [this, id]() { showPage(id); });
        m_pageActions.append(action);
    }
    auto *group = new QActionGroup(this);
    for (QAction *action : std::as_const(m_pageActions))
        group->addAction(action);
    m_viewMenu->addSeparator();
    m_navigationAction = m_viewMenu->addAction(QString());
    m_navigationAction->setCheckable(true);
    m_navigationAction->setChecked(true);
    connect(m_navigationAction, &QAction::toggled, m_navigation, &QWidget::setVisible);
    m_refreshAction = m_viewMenu->addAction(QIcon::fromTheme(QStringLiteral("view-refresh")), QString(), this,
                                            &MainWindow::refresh);
    m_refreshAction->setShortcut(QKeySequence::Refresh);

    m_helpMenu = menuBar()->addMenu(QString());
    m_guideAction = m_helpMenu->addAction(QIcon::fromTheme(QStringLiteral("help-contents")), QString(), this,
                                          &MainWindow::userGuide);
    m_guideAction->setObjectName(QStringLiteral("helpGuide"));
    m_guideAction->setShortcut(QKeySequence::HelpContents);
    m_aboutAction = m_helpMenu->addAction(QString(), this, &MainWindow::about);
    m_aboutAction->setMenuRole(QAction::AboutRole);
    m_aboutQtAction = m_helpMenu->addAction(QString(), qApp, &QApplication::aboutQt);
    m_aboutQtAction->setMenuRole(QAction::AboutQtRole);
}

void MainWindow::retranslateUi()
{
    m_fileMenu->setTitle(tr("&File"));
    m_openAction->setText(tr("&Open Database…"));
    m_openAction->setStatusTip(tr("Open another FunnelDesk database file"));
    m_openTeamAction->setText(tr("Open &Team Database…"));
    m_openTeamAction->setStatusTip(tr("Work on the office's shared database on a PostgreSQL server"));
    m_newAction->setText(tr("&New Database…"));
    m_newAction->setStatusTip(tr("Create a new, empty FunnelDesk database file"));
    m_demoAction->setText(tr("Load &Demo Office…"));
    m_demoAction->setStatusTip(tr("Fill an empty database with a made-up sales office to explore FunnelDesk"));
    m_signOutAction->setText(tr("Sign &Out / Switch User…"));
    m_signOutAction->setStatusTip(tr("Sign out on this desktop and let someone else sign in"));
    m_quitAction->setText(tr("&Quit"));
    m_editMenu->setTitle(tr("&Edit"));
    updateUndoActions();
    m_viewMenu->setTitle(tr("&View"));
    m_navigationAction->setText(tr("&Navigation Bar"));
    m_refreshAction->setText(tr("&Refresh"));
    m_helpMenu->setTitle(tr("&Help"));
    m_guideAction->setText(tr("&User Guide"));
    m_aboutAction->setText(tr("&About FunnelDesk"));
    m_aboutQtAction->setText(tr("About &Qt"));
    for (int i = 0; i < m_specs.size(); ++i) {
        const QString title = pageTitle(m_specs.at(i));
        m_navigation->item(i)->setText(title);
        m_navigation->item(i)->setToolTip(pageSummary(m_specs.at(i)));
        m_pageActions.at(i)->setText(title);
    }
    // Wide enough for the longest title in this language (icon, padding and margins ≈ 84 px).
    int widest = 0;
    for (int i = 0; i < m_navigation->count(); ++i)
        widest = std::max(widest, m_navigation->fontMetrics().horizontalAdvance(m_navigation->item(i)->text()));
    m_navigation->setFixedWidth(std::max(180, widest + 84));
    updateStatus();
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QMainWindow::changeEvent(event);
}

QStringList MainWindow::pageIds() const
{
    QStringList ids;
    for (const PageSpec &spec : m_specs)
        ids << spec.id;
    return ids;
}

QWidget *MainWindow::page(const QString &id)
{
    const int index = pageIds().indexOf(id);
    if (index < 0)
        return nullptr;
    if (!m_pages.at(index)) {
        QWidget *holder = m_stack->widget(index);
        const PageSpec &spec = m_specs.at(index);
        QWidget *built = spec.create ? spec.create(m_context, holder) : new PlaceholderPage(spec, holder);
        holder->layout()->addWidget(built);
        m_pages[index] = built;
        if (auto *undoable = dynamic_cast<UndoablePage *>(built))
            m_undoGroup->addStack(undoable->undoStack());
    }
    return m_pages.at(index);
}

bool MainWindow::showPage(const QString &id)
{
    const int index = pageIds().indexOf(id);
    if (index < 0)
        return false;
    if (m_navigation->currentRow() != index)
        m_navigation->setCurrentRow(index); // comes back through pageSelected()
    else
        pageSelected(index);
    return true;
}

QString MainWindow::currentPageId() const
{
    const int index = m_stack->currentIndex();
    return index >= 0 && index < m_specs.size() ? m_specs.at(index).id : QString();
}

void MainWindow::pageSelected(int index)
{
    if (index < 0 || index >= m_specs.size())
        return;
    auto *undoable = dynamic_cast<UndoablePage *>(page(m_specs.at(index).id));
    m_undoGroup->setActiveStack(undoable ? undoable->undoStack() : nullptr);
    m_stack->setCurrentIndex(index);
    m_pageActions.at(index)->setChecked(true);
}

void MainWindow::updateUndoActions()
{
    const QString undo = m_undoGroup->undoText();
    const QString redo = m_undoGroup->redoText();
    m_undoAction->setText(undo.isEmpty() ? tr("&Undo") : tr("&Undo %1").arg(undo));
    m_redoAction->setText(redo.isEmpty() ? tr("&Redo") : tr("&Redo %1").arg(redo));
    m_undoAction->setEnabled(m_undoGroup->canUndo());
    m_redoAction->setEnabled(m_undoGroup->canRedo());
}

void MainWindow::updateStatus()
{
    Database *db = m_session.database();
    if (!db) {
        setWindowTitle(QStringLiteral("FunnelDesk"));
        m_databaseLabel->setText(tr("No database open"));
        m_countLabel->clear();
        updateUser();
        return;
    }
    const QString file = QDir::toNativeSeparators(db->location());
    setWindowTitle(tr("%1 — FunnelDesk").arg(QFileInfo(db->location()).fileName()));
    m_databaseLabel->setText(tr("Database: %1").arg(file));
    m_databaseLabel->setToolTip(file);
    const qint64 count = DatabaseOpener::opportunityCount(*db);
    m_countLabel->setText(count < 0 ? QString() : tr("Opportunities: %1").arg(QLocale().toString(count)));
    updateUser();
}

void MainWindow::updateUser()
{
    Database *db = m_session.database();
    const bool sqlite = db && db->dialect().kind() == Dialect::Kind::Sqlite;
    m_signOutAction->setEnabled(sqlite);
    m_signOutAction->setToolTip(sqlite || !db ? QString()
                                              : tr("On a team database your PostgreSQL login is who you are: open "
                                                   "it again with another login to switch."));
    if (!db) {
        m_userLabel->clear();
        return;
    }
    std::optional<User> user;
    try {
        user = SignIn(*db).current();
    } catch (const Error &) {
    }
    if (!user) {
        m_userLabel->setText(tr("Not signed in"));
        m_userLabel->setToolTip(sqlite ? tr("Changes are recorded as made by nobody.")
                                       : tr("This PostgreSQL login is no FunnelDesk person."));
        return;
    }
    m_userLabel->setText(tr("%1 · %2").arg(user->displayName, roleTitle(user->role)));
    m_userLabel->setToolTip(sqlite ? tr("Signed in as %1").arg(user->login)
                                   : tr("PostgreSQL login %1").arg(user->login));
}

void MainWindow::signOut()
{
    Database *db = m_session.database();
    if (!db || db->dialect().kind() != Dialect::Kind::Sqlite)
        return;
    SignInFlow::signOut(*db);
    m_session.notifyUserChanged();
    if (SignInFlow::establish(this, *db) == SignInFlow::Result::Refused) {
        m_session.setDatabase(nullptr);
        statusBar()->showMessage(tr("Signed out. Open a database to go on."), 8000);
        return;
    }
    m_session.notifyUserChanged();
}

void MainWindow::refresh()
{
    m_session.notifyDataChanged();
}

void MainWindow::openDatabase()
{
    const QString start = m_session.database() ? QFileInfo(m_session.database()->location()).absolutePath()
                                               : QDir::homePath();
    const QString path = QFileDialog::getOpenFileName(this, tr("Open Database"), start,
                                                      tr("FunnelDesk databases (%1)").arg(kDatabaseFilter)
                                                          + QStringLiteral(";;") + tr("All files (*)"));
    if (path.isEmpty())
        return;
    if (auto db = DatabaseOpener::open(this, path)) {
        if (SignInFlow::establish(this, *db) == SignInFlow::Result::Refused)
            return;
        m_session.setDatabase(std::move(db));
        statusBar()->showMessage(tr("Opened %1").arg(QDir::toNativeSeparators(path)), 5000);
    }
}

void MainWindow::openTeamDatabase()
{
    TeamDatabaseDialog dialog(this);
    while (dialog.exec() == QDialog::Accepted) {
        if (auto db = DatabaseOpener::openTeam(this, dialog.params())) {
            dialog.remember(); // without the password
            const QString where = db->location();
            m_session.setDatabase(std::move(db));
            statusBar()->showMessage(tr("Opened %1").arg(where), 5000);
            return;
        }
        // The reason was shown; let the user correct the fields.
        dialog.clearPassword();
    }
}

void MainWindow::newDatabase()
{
    const QString start = m_session.database() ? QFileInfo(m_session.database()->location()).absolutePath()
                                               : QDir::homePath();
    QString path = QFileDialog::getSaveFileName(
        this, tr("New Database"), QDir(start).filePath(QStringLiteral("office.funneldesk")),
        tr("FunnelDesk databases (%1)").arg(kDatabaseFilter), nullptr, QFileDialog::DontConfirmOverwrite);
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".funneldesk");
    // Never replace a file: a database holds work that may not exist anywhere else.
    if (QFileInfo::exists(path)) {
        QMessageBox::warning(this, tr("New Database"),
                             tr("%1 already exists. Choose a new file name, or open the existing file with "
                                "File → Open Database.")
                                 .arg(QDir::toNativeSeparators(path)));
        return;
    }
    auto db = DatabaseOpener::open(this, path);
    if (!db)
        return;
    m_session.setDatabase(std::move(db));
    if (DemoLoader::ask(this) == DemoLoader::Choice::LoadDemo && runDemo())
        return;
    SetupWizard::startEmpty(this, m_session, &m_languages);
}

void MainWindow::loadDemoOffice()
{
    Database *db = m_session.database();
    if (db && !DatabaseOpener::hasOpportunities(*db)) {
        runDemo();
        return;
    }
    const auto answer = QMessageBox::question(
        this, tr("Load Demo Office"),
        tr("The demo office can only be loaded into an empty database, and this one already holds "
           "opportunities.\n\nCreate a new database file for the demo office?"),
        QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Yes);
    if (answer == QMessageBox::Yes)
        newDatabase();
}

bool MainWindow::runDemo()
{
    Database *db = m_session.database();
    if (!db)
        return false;
    const bool stored = DemoLoader::load(this, *db);
    // The demo's people sign in with the published demo password: nobody signed in yet
    // starts as its administrator.
    if (stored && db->actingUserId() == 0 && !SignInFlow::signInDemoAdministrator(*db)
        && SignInFlow::establish(this, *db) == SignInFlow::Result::Refused) {
        m_session.setDatabase(nullptr);
        return false;
    }
    m_session.notifyUserChanged();
    m_session.notifyDataChanged();
    if (stored)
        statusBar()->showMessage(tr("The demo office was loaded."), 8000);
    return stored;
}

void MainWindow::about()
{
    AboutDialog(m_session.database(), this).exec();
}

void MainWindow::userGuide()
{
    // Not modal: the guide stays open beside the window it explains.
    auto *guide = new UserGuideDialog(this);
    guide->setAttribute(Qt::WA_DeleteOnClose);
    guide->show();
}

void MainWindow::restoreSettings()
{
    QSettings settings;
    restoreGeometry(settings.value(kGeometryKey).toByteArray());
    restoreState(settings.value(kStateKey).toByteArray());
    const QString last = settings.value(kPageKey).toString();
    if (!last.isEmpty())
        showPage(last);
}

void MainWindow::saveSettings()
{
    QSettings settings;
    settings.setValue(kGeometryKey, saveGeometry());
    settings.setValue(kStateKey, saveState());
    settings.setValue(kPageKey, currentPageId());
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveSettings();
    event->accept();
}

} // namespace fd
