#pragma once

// A page's surroundings on a real SQLite file: one rep (王芳), the session open on the
// file with the fixed test clock, the interface in English, and no column widths or
// choices remembered from an earlier test (QSettings cleared before and after).
#include "builders.h"
#include "tempdatabase.h"

#include "languagemanager.h"
#include "pageregistry.h"
#include "session.h"

#include "storage/database.h"

#include <QSettings>

namespace fd::test {

// Opens `t`'s file in `session` with the test clock, the interface in English and nothing
// remembered from an earlier test.
inline void openInEnglish(Session &session, LanguageManager &languages, TempDatabase &t)
{
    QSettings().clear();
    languages.apply(QStringLiteral("en"));
    auto db = Database::openSqlite(t.path());
    db->setClock(&t.clock());
    session.setDatabase(std::move(db));
}

struct PageFixture
{
    TempDatabase t;
    Session session;
    LanguageManager languages;
    PageContext context{session, languages};
    qint64 rep = 0;

    PageFixture()
    {
        rep = Builders(t.db()).user(QStringLiteral("王芳"));
        openInEnglish(session, languages, t);
    }
    ~PageFixture() { QSettings().clear(); }
    PageFixture(const PageFixture &) = delete;
    PageFixture &operator=(const PageFixture &) = delete;
};

} // namespace fd::test
