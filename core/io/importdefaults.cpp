#include "importdefaults.h"

#include "domain/trcontext.h"
#include "domain/validator.h"
#include "storage/repositories/settingsrepository.h"

namespace fd::importdefaults {

QString lostReasonKey()
{
    return QStringLiteral("import.default_lost_reason");
}

QString builtInLostReason()
{
    return Import::tr("Not recorded");
}

QString lostReason(Database &db)
{
    const QString stored = SettingsRepository(db).text(lostReasonKey()).trimmed();
    return stored.isEmpty() ? builtInLostReason() : stored;
}

void setLostReason(Database &db, const QString &reason)
{
    const QString text = reason.trimmed();
    Validator v(QStringLiteral("setting"));
    v.maxLength(QStringLiteral("lost_reason"), text, 500);
    v.throwIfInvalid();
    SettingsRepository settings(db);
    if (text.isEmpty())
        settings.remove(lostReasonKey());
    else
        settings.setText(lostReasonKey(), text);
}

} // namespace fd::importdefaults
