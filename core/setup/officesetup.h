#pragma once

#include "domain/errors.h"
#include "domain/organization.h"
#include "domain/pipeline.h"

#include <QList>
#include <QString>

namespace fd {

class Database;

// What the first-run setup asks for: the office, its first administrator, teams and
// regions, and the sales process.
struct OfficeSetupPlan
{
    struct TeamPlan
    {
        QString name;
        QString region; // one of `regions`, or empty for none
    };

    QString companyName;
    QString currency = QStringLiteral("CNY"); // ISO 4217, the office's currency for new deals
    QString language;                         // "zh_CN", "zh_TW" or "en"
    User administrator;                       // login and display name; the role is set to Admin
    QString password;
    QStringList regions;
    QList<TeamPlan> teams;
    QString pipelineName;
    // The open stages in order. Won (100 %) is the outcome after the last one, not a stage,
    // so every probability is below 100 and each is higher than the one before.
    QList<Stage> stages;
};

// Sets up a new, empty database for an office in one transaction: the settings
// (company_name, office.currency, office.language), the first administrator (Argon2id
// password through PeopleService), regions, teams and the default pipeline. Either all of
// it is stored or nothing. On SQLite the administrator is signed in afterwards.
class OfficeSetup final
{
public:
    // The settings keys the setup writes.
    static const QString kCompanyNameKey; // "company_name" (the weekly report's heading)
    static const QString kCurrencyKey;    // "office.currency"
    static const QString kLanguageKey;    // "office.language"

    // Every located problem of the plan, without touching a database: entity "office"
    // (company_name, currency, language), "user" (login, display_name, password), "region"
    // and "team" (name, region; row = its 1-based place in the list), "pipeline" (name,
    // stages) and "stage" (name, win_probability; row = its 1-based place). Translated
    // reasons (context "Validation").
    static QList<FieldError> check(const OfficeSetupPlan &plan);

    // Stores the plan in `db`, which must hold no pipeline, deal or administrator yet.
    // Returns the administrator (with id). Throws ValidationError (check()'s errors, or the
    // repositories'), Error when the database is not new; nothing is stored then.
    static User apply(Database &db, OfficeSetupPlan plan);
};

} // namespace fd
