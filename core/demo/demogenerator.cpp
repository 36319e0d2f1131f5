#include "demogenerator.h"

#include "domain/errors.h"
#include "storage/database.h"

namespace fd {

DemoGenerator::DemoGenerator(Database &db, DemoOptions options)
    : m_db(db)
    , m_options(options)
{
}

DemoReport DemoGenerator::generate(const std::function<bool(qint64, qint64)> &progress)
{
    Q_UNUSED(progress);
    throw Error(QStringLiteral("The demo generator is not implemented yet"));
}

} // namespace fd
