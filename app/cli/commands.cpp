#include "commands.h"

namespace fd {

std::vector<std::unique_ptr<CliCommand>> allCommands()
{
    std::vector<std::unique_ptr<CliCommand>> list;
    list.push_back(makeInfoCommand());
    return list;
}

} // namespace fd
