#include "roletitles.h"

#include "domain/trcontext.h"

namespace fd {

QString roleTitle(UserRole role)
{
    switch (role) {
    case UserRole::Rep:
        return Access::tr("Sales rep");
    case UserRole::Manager:
        return Access::tr("Manager");
    case UserRole::Finance:
        return Access::tr("Finance");
    case UserRole::Admin:
        return Access::tr("Administrator");
    }
    return {};
}

} // namespace fd
