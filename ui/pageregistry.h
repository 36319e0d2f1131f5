#pragma once

#include <QList>
#include <QString>

#include <functional>

class QWidget;

namespace fd {

class LanguageManager;
class Session;

// What a page may use: the open database and the language switch. Owned by the main window.
struct PageContext
{
    Session &session;
    LanguageManager &languages;
};

// One area of the application in the left navigation.
struct PageSpec
{
    QString id;          // stable key ("kanban"), stored as the last page in QSettings
    const char *title;   // source text in the "PageRegistry" context; see pageTitle()
    const char *summary; // one sentence on what the area is for (shown until it exists)
    QString icon;        // resource path of the navigation icon
    // Builds the page (parented to `parent`); nullptr while the area is not built yet.
    std::function<QWidget *(PageContext &context, QWidget *parent)> create;
};

// Every area of the application, in navigation order. A new page plugs in by giving its
// spec a `create` function (see pageregistry.cpp).
const QList<PageSpec> &pageSpecs();

// The translated navigation title / summary of a page.
QString pageTitle(const PageSpec &spec);
QString pageSummary(const PageSpec &spec);

} // namespace fd
