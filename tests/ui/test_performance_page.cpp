// The Performance page (绩效) on the office of statementoffice.h (figures by hand there): what a
// rep, their manager and finance see, the selected statement's components and lines, Review
// for the manager only, Close period for finance only (its question names the month and the
// number of statements; after it every statement reads "Closed"), the PDF and the workbook;
// pictures in English and Chinese as a rep and as finance (FD_SCREENSHOTS).
#include "catchqt.h"
#include "pagefixture.h"
#include "screenshot.h"
#include "statementoffice.h"

#include "languagemanager.h"
#include "performance/performancepage.h"
#include "session.h"

#include "io/xlsxfilereader.h"
#include "storage/database.h"

#include <QLabel>
#include <QPushButton>
#include <QSettings>
#include <QStandardItemModel>
#include <QTemporaryDir>

using namespace fd;
using namespace fd::test;

namespace {

struct Fixture : StatementOffice
{
    Session session;
    LanguageManager languages;
    PageContext context{session, languages};

    Fixture()
    {
        storePlans();
        openInEnglish(session, languages, tdb);
    }
    ~Fixture() { QSettings().clear(); }

    void actAs(qint64 user)
    {
        session.database()->setActingUserId(user);
        session.notifyUserChanged();
    }

    QStringList people(const PerformancePage &page) const
    {
        QStringList names;
        for (int r = 0; r < page.peopleModel()->rowCount(); ++r)
            names << page.peopleModel()->item(r, 0)->text();
        return names;
    }
};

QStringList column(QStandardItemModel *model, int c)
{
    QStringList out;
    for (int r = 0; r < model->rowCount(); ++r)
        out << model->item(r, c)->text();
    return out;
}

} // namespace

TEST_CASE("Performance page: a rep sees their own statement, a manager their team, finance closes the month",
          "[performance][ui]")
{
    Fixture f;
    f.actAs(f.zhang);
    PerformancePage page(f.context);
    page.resize(1280, 760);
    page.showMonth(QStringLiteral("2026-11"));
    CHECK(f.people(page) == QStringList{QStringLiteral("张伟")});
    REQUIRE(page.selected());
    CHECK(page.selected()->totalCents == 20050 * StatementOffice::Y);
    const QStringList components = column(page.componentsModel(), 0);
    CHECK(components.contains(QStringLiteral("Commission on won")));
    CHECK(components.contains(QStringLiteral("Cap")));
    CHECK(components.last() == QStringLiteral("Total"));
    CHECK(column(page.componentsModel(), 2).last() == QStringLiteral("¥20,050.00"));
    CHECK(column(page.linesModel(), 1).contains(QStringLiteral("HT-2026-001")));
    CHECK_FALSE(page.reviewButton()->isEnabled());
    CHECK_FALSE(page.closeButton()->isEnabled());
    shoot(page, QStringLiteral("performance-rep-en.png"));
    f.languages.apply(QStringLiteral("zh_CN"));
    page.refresh();
    shoot(page, QStringLiteral("performance-rep-zh_CN.png"));
    f.languages.apply(QStringLiteral("en"));

    f.actAs(f.manager);
    page.refresh();
    CHECK(f.people(page) == (QStringList{QStringLiteral("张伟"), QStringLiteral("李娜"), QStringLiteral("陈工")}));
    REQUIRE(page.selectPerson(f.li));
    CHECK(page.reviewButton()->isEnabled());
    QString error;
    REQUIRE(page.review(QStringLiteral("已核对"), &error));
    REQUIRE(page.selected());
    CHECK(page.selected()->userId == f.li);
    CHECK(page.statusLabel()->text().startsWith(QStringLiteral("Reviewed")));
    CHECK_FALSE(page.closeButton()->isEnabled());

    f.actAs(f.finance);
    page.refresh();
    CHECK(f.people(page).size() == 4);
    CHECK(page.closeButton()->isEnabled());
    CHECK_FALSE(page.reviewButton()->isEnabled());
    CHECK(page.closeQuestion().contains(QStringLiteral("2026-11")));
    CHECK(page.closeQuestion().contains(QStringLiteral("4 statement(s)")));
    QTemporaryDir dir;
    REQUIRE(page.writeWorkbook(dir.filePath(QStringLiteral("payroll.xlsx")), &error));
    XlsxFileReader reader(dir.filePath(QStringLiteral("payroll.xlsx")));
    SourceRecord header;
    REQUIRE(reader.next(header));
    CHECK(header.fields.last() == QStringLiteral("Total"));
    REQUIRE(page.selectPerson(f.zhang));
    REQUIRE(page.writePdf(dir.filePath(QStringLiteral("zhang.pdf")), &error));
    CHECK(QFile::exists(dir.filePath(QStringLiteral("zhang.pdf"))));
    shoot(page, QStringLiteral("performance-finance-en.png"));
    f.languages.apply(QStringLiteral("zh_CN"));
    page.refresh();
    shoot(page, QStringLiteral("performance-finance-zh_CN.png"));
    f.languages.apply(QStringLiteral("en"));

    REQUIRE(page.closeMonth(&error));
    CHECK(error.isEmpty());
    CHECK(column(page.peopleModel(), 1) == QStringList(4, QStringLiteral("Closed")));
    CHECK_FALSE(page.closeButton()->isEnabled());
    shoot(page, QStringLiteral("performance-closed-en.png"));
}

TEST_CASE("Performance page opens on last month while it is to be paid, then on the month under way",
          "[performance][ui]")
{
    Fixture f;
    f.tdb.clock().set(QDateTime(QDate(2026, 12, 3), QTime(9, 0), Qt::UTC));
    f.actAs(f.finance);
    {
        PerformancePage page(f.context);
        page.refresh();
        CHECK(page.month() == QStringLiteral("2026-11")); // November is over and not closed: the one to close
        QString error;
        REQUIRE(page.closeMonth(&error));
    }
    PerformancePage again(f.context);
    again.refresh();
    CHECK(again.month() == QStringLiteral("2026-12")); // November is closed: the month under way
}
