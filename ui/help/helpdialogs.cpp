#include "helpdialogs.h"

#include "languagemanager.h"

#include "storage/database.h"
#include "storage/migrator.h"

#include "domain/errors.h"
#include "fdversion.h"

#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QDir>
#include <QLocale>
#include <QTextBrowser>
#include <QVBoxLayout>

// Q_INIT_RESOURCE must be used outside any namespace; the guide lives in the static fdui.
static void initGuide()
{
    Q_INIT_RESOURCE(guide);
}

namespace fd {

QStringList AboutDialog::facts(Database *db)
{
    QStringList lines;
    lines << QStringLiteral("FunnelDesk %1").arg(QCoreApplication::applicationVersion());
    lines << AboutDialog::tr("Qt %1 (built with %2)")
                 .arg(QString::fromLatin1(qVersion()), QStringLiteral(QT_VERSION_STR));
    if (!db) {
        lines << AboutDialog::tr("No database open");
        return lines;
    }
    const QString where = db->dialect().kind() == Dialect::Kind::Sqlite ? QDir::toNativeSeparators(db->location())
                                                                        : db->location();
    lines << AboutDialog::tr("Database: %1").arg(where);
    try {
        lines << AboutDialog::tr("Schema version %1 (this FunnelDesk knows up to %2)")
                     .arg(Migrator(*db).currentVersion())
                     .arg(Migrator::latestVersion());
    } catch (const Error &e) {
        lines << AboutDialog::tr("Schema version unknown: %1").arg(e.message());
    }
    return lines;
}

AboutDialog::AboutDialog(Database *db, QWidget *parent)
    : QDialog(parent)
    , m_text(new QTextBrowser(this))
{
    setObjectName(QStringLiteral("aboutDialog"));
    setWindowTitle(tr("About FunnelDesk"));
    const QStringList lines = facts(db);
    QString html = QStringLiteral("<h2>%1</h2><p>%2</p><p>")
                       .arg(lines.first().toHtmlEscaped(), tr("Sales funnel, forecast and pipeline management "
                                                              "for small sales offices.")
                                                               .toHtmlEscaped());
    for (int i = 1; i < lines.size(); ++i)
        html += lines.at(i).toHtmlEscaped() + QStringLiteral("<br>");
    const QString homepage = QStringLiteral(FD_HOMEPAGE);
    html += QStringLiteral("</p><p><a href=\"%1\">%1</a></p><h4>%2</h4><p>%3</p><p>%4</p>")
                .arg(homepage.toHtmlEscaped(), tr("Licence").toHtmlEscaped(),
                     tr("%1. FunnelDesk is free software: you may redistribute and modify it under the GNU General "
                        "Public License, version 3 or any later version (%2). It comes with NO WARRANTY.")
                         .arg(QStringLiteral(FD_COPYRIGHT), QStringLiteral(FD_LICENSE_SPDX))
                         .toHtmlEscaped(),
                     tr("FunnelDesk uses Qt 6 (LGPL-3), SQLite (public domain), libxlsxwriter (BSD-2-Clause), "
                        "minizip (zlib) and libsodium (ISC), each under its own licence.")
                         .toHtmlEscaped());
    m_text->setHtml(html);
    m_text->setOpenExternalLinks(true);
    m_text->setFrameShape(QFrame::NoFrame);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_text, 1);
    layout->addWidget(buttons);
    resize(520, 420);
}

QString AboutDialog::html() const
{
    return m_text->toHtml();
}

QString UserGuideDialog::guideFor(const QString &language)
{
    // The UI language's guide: Traditional Chinese for zh_TW (and zh_HK, zh_MO, zh_Hant),
    // Simplified for other Chinese, English for everything else.
    return QStringLiteral("qrc:/guide/guide_%1.html").arg(LanguageManager::languageFor(QLocale(language)));
}

UserGuideDialog::UserGuideDialog(QWidget *parent)
    : QDialog(parent)
    , m_browser(new QTextBrowser(this))
{
    initGuide();
    setObjectName(QStringLiteral("userGuide"));
    setWindowTitle(tr("FunnelDesk User Guide"));
    m_browser->setObjectName(QStringLiteral("guideBrowser"));
    m_browser->setOpenExternalLinks(true);
    m_browser->setSource(QUrl(guideFor(QLocale().name())));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_browser, 1);
    layout->addWidget(buttons);
    resize(900, 700);
}

} // namespace fd
