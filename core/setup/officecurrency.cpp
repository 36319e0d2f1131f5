#include "officecurrency.h"

#include "officesetup.h"
#include "storage/repositories/settingsrepository.h"

namespace fd::office {

QString currency(Database &db)
{
    const QString code = SettingsRepository(db).text(OfficeSetup::kCurrencyKey).trimmed().toUpper();
    return code.isEmpty() ? kDefaultCurrency : code;
}

} // namespace fd::office
