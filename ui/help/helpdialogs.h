#pragma once

#include <QDialog>

class QTextBrowser;

namespace fd {

class Database;

// Help → About FunnelDesk: the version, the Qt it was built with and runs on, the open
// database (path or server address, schema version against what this build knows) and
// the licence.
class AboutDialog final : public QDialog
{
    Q_OBJECT

public:
    // `db` may be null (no database open).
    explicit AboutDialog(Database *db, QWidget *parent = nullptr);

    // The dialog's text (HTML), for tests.
    QString html() const;

    // The same facts as plain lines: "FunnelDesk 0.1.0", "Qt 6.4.2 (built with 6.4.2)", …
    static QStringList facts(Database *db);

private:
    QTextBrowser *m_text;
};

// F1 / Help → User Guide: the guide in the UI language (zh_CN, zh_TW → zh_CN, else
// English), embedded as a resource; links between its sections work, outside links open
// in the desktop's browser.
class UserGuideDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit UserGuideDialog(QWidget *parent = nullptr);

    // The resource of the guide for a UI language ("qrc:/guide/guide_zh_CN.html").
    static QString guideFor(const QString &language);
    QTextBrowser *browser() const { return m_browser; }

private:
    QTextBrowser *m_browser;
};

} // namespace fd
