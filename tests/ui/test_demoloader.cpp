// Loading the demo office from the GUI: generated on a worker thread with its own
// connection; Cancel stores nothing.
#include "catchqt.h"
#include "tempdatabase.h"

#include "databaseopener.h"
#include "demoloader.h"

#include <QApplication>
#include <QProgressDialog>
#include <QPushButton>
#include <QTimer>

using namespace fd;

TEST_CASE("the demo office loads on a worker thread into a fresh database", "[ui][demo]")
{
    test::TempDatabase t;
    REQUIRE(DatabaseOpener::isFresh(t.db()));
    REQUIRE(DemoLoader::load(nullptr, t.db(), DemoOptions{7, 120}));
    CHECK(t.count(QStringLiteral("opportunities")) == 120);
    CHECK(DatabaseOpener::opportunityCount(t.db()) == 120);
    CHECK_FALSE(DatabaseOpener::isFresh(t.db()));
}

TEST_CASE("cancelling the demo office stores nothing", "[ui][demo]")
{
    test::TempDatabase t;
    // Press Cancel as soon as the progress dialog is up.
    QTimer canceller;
    canceller.setInterval(1);
    QObject::connect(&canceller, &QTimer::timeout, [&]() {
        for (QWidget *w : QApplication::topLevelWidgets()) {
            auto *dialog = qobject_cast<QProgressDialog *>(w);
            auto *button = dialog ? dialog->findChild<QPushButton *>() : nullptr;
            if (button && button->isVisible() && button->isEnabled()) {
                button->click();
                canceller.stop();
            }
        }
    });
    canceller.start();
    CHECK_FALSE(DemoLoader::load(nullptr, t.db(), DemoOptions{7, 3000}));
    CHECK_FALSE(canceller.isActive()); // the dialog was found and cancelled
    CHECK(t.count(QStringLiteral("opportunities")) == 0);
    CHECK(t.count(QStringLiteral("customers")) == 0);
    CHECK(DatabaseOpener::isFresh(t.db()));
}
