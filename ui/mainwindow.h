#pragma once

#include "pageregistry.h"

#include <QList>
#include <QMainWindow>

class QAction;
class QLabel;
class QListWidget;
class QMenu;
class QStackedWidget;
class QUndoGroup;

namespace fd {

class LanguageManager;
class Session;

// The application window: navigation on the left (one entry per area of the product,
// from pageRegistry()), the current page on the right, menus and a status bar with the
// database file, its number of opportunities and who is signed in (with their role). Pages are built the first time they
// are shown. Geometry, state and the last page are kept in QSettings. Edit → Undo / Redo
// act on the undo stack of the page shown (UndoablePage), through one QUndoGroup.
class MainWindow final : public QMainWindow
{
    Q_OBJECT

public:
    // `session` and `languages` must outlive the window.
    MainWindow(Session &session, LanguageManager &languages, QWidget *parent = nullptr);
    ~MainWindow() override;

    // Ids of every page, in navigation order.
    QStringList pageIds() const;
    // The page with this id (built now if it was not yet); nullptr for an unknown id.
    QWidget *page(const QString &id);
    // Shows the page; false for an unknown id.
    bool showPage(const QString &id);
    QString currentPageId() const;

    // Edit → Undo / Redo ("Undo <what>", disabled when there is nothing to undo) and the
    // group whose active stack is the shown page's (none for a page without edits).
    QAction *undoAction() const { return m_undoAction; }
    QAction *redoAction() const { return m_redoAction; }
    QUndoGroup *undoGroup() const { return m_undoGroup; }

    // Restores geometry, state and the last page from QSettings.
    void restoreSettings();

public slots:
    void openDatabase();
    // File → Open Team Database…: asks where the PostgreSQL database is, connects, migrates.
    void openTeamDatabase();
    void newDatabase();
    void loadDemoOffice();
    // File → Sign Out / Switch User: this desktop forgets its remembered sign-in, then the
    // sign-in dialog; cancelling it closes the database. Embedded SQLite only.
    void signOut();
    void refresh();
    void about();
    // F1 / Help → User Guide.
    void userGuide();

protected:
    void closeEvent(QCloseEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void createActions();
    void createNavigation();
    void retranslateUi();
    void updateStatus();
    // The status bar's "who is signed in" and the Sign Out action's state.
    void updateUser();
    // Texts and enabled state of Edit → Undo / Redo from the active stack.
    void updateUndoActions();
    void pageSelected(int index);
    void saveSettings();
    // Runs the demo generator on `db` and reports the result; true when stored.
    bool runDemo();

    Session &m_session;
    LanguageManager &m_languages;
    PageContext m_context;
    QList<PageSpec> m_specs;
    QList<QWidget *> m_pages; // built pages, nullptr until first shown
    QListWidget *m_navigation;
    QStackedWidget *m_stack;
    QLabel *m_databaseLabel;
    QLabel *m_countLabel;
    QLabel *m_userLabel;
    QUndoGroup *m_undoGroup;

    QMenu *m_fileMenu = nullptr;
    QMenu *m_editMenu = nullptr;
    QMenu *m_viewMenu = nullptr;
    QMenu *m_helpMenu = nullptr;
    QAction *m_openAction = nullptr;
    QAction *m_openTeamAction = nullptr;
    QAction *m_newAction = nullptr;
    QAction *m_demoAction = nullptr;
    QAction *m_signOutAction = nullptr;
    QAction *m_quitAction = nullptr;
    QAction *m_undoAction = nullptr;
    QAction *m_redoAction = nullptr;
    QAction *m_refreshAction = nullptr;
    QAction *m_navigationAction = nullptr;
    QAction *m_guideAction = nullptr;
    QAction *m_aboutAction = nullptr;
    QAction *m_aboutQtAction = nullptr;
    QList<QAction *> m_pageActions;
};

} // namespace fd
