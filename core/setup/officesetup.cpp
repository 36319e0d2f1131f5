#include "officesetup.h"

#include "auth/passwordhash.h"
#include "auth/peopleservice.h"
#include "auth/signin.h"
#include "domain/trcontext.h"
#include "domain/validator.h"
#include "storage/database.h"
#include "storage/databasecontents.h"
#include "storage/repositories/organizationrepository.h"
#include "storage/repositories/pipelinerepository.h"
#include "storage/repositories/settingsrepository.h"
#include "storage/transaction.h"

#include <QSet>

namespace fd {

const QString OfficeSetup::kCompanyNameKey = QStringLiteral("company_name");
const QString OfficeSetup::kCurrencyKey = QStringLiteral("office.currency");
const QString OfficeSetup::kLanguageKey = QStringLiteral("office.language");

namespace {

// Names compared as people read them: "华东" and " 华东 " are the same region.
QString key(const QString &name)
{
    return name.trimmed().toCaseFolded();
}

// Each name given, unique within its list; row = 1-based place.
void checkNames(QList<FieldError> &errors, const QString &entity, const QStringList &names)
{
    QSet<QString> seen;
    for (int i = 0; i < names.size(); ++i) {
        Validator v(entity, i + 1);
        v.required(QStringLiteral("name"), names.at(i), 200);
        v.check(names.at(i).trimmed().isEmpty() || !seen.contains(key(names.at(i))), QStringLiteral("name"),
                names.at(i), Validation::tr("is given twice"));
        seen.insert(key(names.at(i)));
        errors += v.errors();
    }
}

} // namespace

QList<FieldError> OfficeSetup::check(const OfficeSetupPlan &plan)
{
    QList<FieldError> errors;
    Validator office(QStringLiteral("office"));
    office.required(QStringLiteral("company_name"), plan.companyName, 200);
    office.currency(QStringLiteral("currency"), plan.currency);
    office.check(
        QStringList{QStringLiteral("zh_CN"), QStringLiteral("zh_TW"), QStringLiteral("en")}.contains(plan.language),
        QStringLiteral("language"), plan.language, Validation::tr("is not zh_CN, zh_TW or en"));
    errors += office.errors();

    Validator user(QStringLiteral("user"));
    user.required(QStringLiteral("login"), plan.administrator.login, 100);
    user.check(!plan.administrator.login.trimmed().contains(QLatin1Char(' ')), QStringLiteral("login"),
               plan.administrator.login, Validation::tr("must not contain spaces"));
    user.required(QStringLiteral("display_name"), plan.administrator.displayName, 200);
    user.check(plan.password.size() >= password::kMinLength, QStringLiteral("password"), QString(),
               Validation::tr("must be at least %1 characters long").arg(password::kMinLength));
    errors += user.errors();

    checkNames(errors, QStringLiteral("region"), plan.regions);
    QStringList teamNames;
    QSet<QString> regions;
    for (const QString &r : plan.regions)
        regions.insert(key(r));
    for (const OfficeSetupPlan::TeamPlan &t : plan.teams)
        teamNames << t.name;
    checkNames(errors, QStringLiteral("team"), teamNames);
    for (int i = 0; i < plan.teams.size(); ++i) {
        const QString &region = plan.teams.at(i).region;
        Validator v(QStringLiteral("team"), i + 1);
        v.check(region.trimmed().isEmpty() || regions.contains(key(region)), QStringLiteral("region"), region,
                Validation::tr("is not one of the regions"));
        errors += v.errors();
    }

    Validator pipeline(QStringLiteral("pipeline"));
    pipeline.required(QStringLiteral("name"), plan.pipelineName, 200);
    pipeline.check(!plan.stages.isEmpty(), QStringLiteral("stages"), QString(),
                   Validation::tr("needs at least one stage"));
    errors += pipeline.errors();
    QStringList stageNames;
    for (const Stage &s : plan.stages)
        stageNames << s.name;
    checkNames(errors, QStringLiteral("stage"), stageNames);
    for (int i = 0; i < plan.stages.size(); ++i) {
        const int p = plan.stages.at(i).winProbability;
        Validator v(QStringLiteral("stage"), i + 1);
        // Won is 100 % after the last stage; an open stage below it.
        v.range(QStringLiteral("win_probability"), p, 0, 99);
        if (i > 0)
            v.check(p > plan.stages.at(i - 1).winProbability, QStringLiteral("win_probability"), QString::number(p),
                    Validation::tr("must be higher than the stage before (%1 %)")
                        .arg(plan.stages.at(i - 1).winProbability));
        errors += v.errors();
    }
    return errors;
}

User OfficeSetup::apply(Database &db, OfficeSetupPlan plan)
{
    if (const QList<FieldError> errors = check(plan); !errors.isEmpty())
        throw ValidationError(errors);
    if (!contents::isFresh(db) || OrganizationRepository(db).activeAdministrators(false) > 0)
        throw Error(Access::tr("This database is already set up: it has a sales process, deals or an administrator."));

    const bool sqlite = db.dialect().kind() == Dialect::Kind::Sqlite;
    const qint64 actingBefore = db.actingUserId();
    User admin = plan.administrator;
    admin.login = admin.login.trimmed();
    admin.displayName = admin.displayName.trimmed();
    admin.role = UserRole::Admin;
    admin.active = true;
    try {
        Transaction tx(db);
        PeopleService people(db);
        people.addUser(admin, plan.password);
        // The rest is the administrator's work (audited as theirs). On PostgreSQL the
        // owner's login that sets the office up stays the identity.
        if (sqlite)
            db.setActingUserId(admin.id);

        SettingsRepository settings(db);
        settings.setText(kCompanyNameKey, plan.companyName.trimmed());
        settings.setText(kCurrencyKey, plan.currency);
        settings.setText(kLanguageKey, plan.language);

        QHash<QString, qint64> regionIds;
        for (const QString &name : std::as_const(plan.regions)) {
            Region region;
            region.name = name.trimmed();
            regionIds.insert(key(name), people.addRegion(region));
        }
        for (const OfficeSetupPlan::TeamPlan &t : std::as_const(plan.teams)) {
            Team team;
            team.name = t.name.trimmed();
            team.regionId = regionIds.value(key(t.region), 0);
            team.managerId = 0;
            people.addTeam(team);
        }

        Pipeline pipeline;
        pipeline.name = plan.pipelineName.trimmed();
        pipeline.isDefault = true;
        pipeline.stages = plan.stages;
        for (Stage &s : pipeline.stages) {
            s.id = 0;
            s.name = s.name.trimmed();
            s.active = true;
        }
        PipelineRepository(db).create(pipeline);
        tx.commit();
    } catch (...) {
        db.setActingUserId(actingBefore);
        throw;
    }
    if (sqlite)
        admin = SignIn(db).signIn(admin.login, plan.password);
    return admin;
}

} // namespace fd
