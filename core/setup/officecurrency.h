#pragma once

#include <QLocale>
#include <QString>

namespace fd {

class Database;

// The office's currency: the one place that says which currency an office works in. The setup
// wizard stores it (OfficeSetup, settings "office.currency"); every sum, chart, report and the
// CLI show amounts in it (money::format / money::formatShort write it as the currency and the
// reader's language expect: ¥ and 万 for CNY in Chinese, US$ and K/M for USD, NT$ with 萬 in
// Traditional Chinese…), and new deals, targets and imported rows without a currency get it.
// Offices set up before the wizard asked, and the demo office, work in CNY.
namespace office {

inline const QString kDefaultCurrency = QStringLiteral("CNY");

// The office currency stored in `db` (an ISO 4217 code), CNY when none was chosen.
// Throws StorageError.
QString currency(Database &db);

} // namespace office
} // namespace fd
