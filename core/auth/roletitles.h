#pragma once

#include "domain/organization.h"

#include <QString>

namespace fd {

// A role as people read it ("Sales rep", "Administrator"; translated in the "Access"
// context), where toString(UserRole) is the stored spelling ("rep", "admin").
QString roleTitle(UserRole role);

} // namespace fd
