#pragma once

namespace fd {

// Registers fdui's compiled-in resources (icons). A static library's resources are not
// registered automatically; idempotent.
void initUiResources();

} // namespace fd
