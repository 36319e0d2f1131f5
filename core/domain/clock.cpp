#include "clock.h"

namespace fd {

const Clock &systemClock()
{
    static const SystemClock clock;
    return clock;
}

} // namespace fd
