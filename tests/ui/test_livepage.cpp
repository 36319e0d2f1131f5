// LivePage: a page reloads when somebody can see it — at once when visible, otherwise
// the next time it is shown — and retranslates and reloads on a language change.
#include "catchqt.h"

#include "livepage.h"
#include "session.h"

#include <QCoreApplication>
#include <QEvent>

using namespace fd;

namespace {

class CountingPage final : public LivePage
{
public:
    explicit CountingPage(Session &session) { watchSession(session); }
    int reloads = 0;
    int retranslations = 0;

private:
    void reload() override { ++reloads; }
    void retranslateUi() override { ++retranslations; }
};

} // namespace

TEST_CASE("a hidden page reloads when shown, a visible one at once", "[livepage]")
{
    Session session;
    CountingPage page(session);
    CHECK(page.isStale());
    CHECK(page.reloads == 0);

    page.show();
    CHECK(page.reloads == 1); // stale from the start: the first show reads the data
    CHECK_FALSE(page.isStale());
    page.hide();
    page.show();
    CHECK(page.reloads == 1); // nothing changed meanwhile

    session.notifyDataChanged();
    CHECK(page.reloads == 2); // visible: at once

    page.hide();
    session.notifyDataChanged();
    session.notifyDataChanged();
    CHECK(page.reloads == 2); // hidden: only marked
    CHECK(page.isStale());
    page.show();
    CHECK(page.reloads == 3); // one reload for both changes

    page.refresh();
    CHECK(page.reloads == 4);
}

TEST_CASE("a language change retranslates and reloads the page", "[livepage]")
{
    Session session;
    CountingPage page(session);
    page.show();
    REQUIRE(page.reloads == 1);
    QEvent change(QEvent::LanguageChange);
    QCoreApplication::sendEvent(&page, &change);
    CHECK(page.retranslations == 1);
    CHECK(page.reloads == 2);

    page.hide();
    QCoreApplication::sendEvent(&page, &change);
    CHECK(page.retranslations == 2);
    CHECK(page.reloads == 2); // hidden: reloaded when shown again
    page.show();
    CHECK(page.reloads == 3);
}
