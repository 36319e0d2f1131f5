#include "commands.h"

namespace fd {

std::vector<std::unique_ptr<CliCommand>> allCommands()
{
    std::vector<std::unique_ptr<CliCommand>> list;
    list.push_back(makeInfoCommand());
    list.push_back(makeDemoCommand());
    return list;
}

} // namespace fd
