#include "commands.h"

namespace fd {

std::vector<std::unique_ptr<CliCommand>> allCommands()
{
    std::vector<std::unique_ptr<CliCommand>> list;
    list.push_back(makeInfoCommand());
    list.push_back(makeDemoCommand());
    list.push_back(makeFunnelCommand());
    list.push_back(makeForecastCommand());
    list.push_back(makeForecastHistoryCommand());
    list.push_back(makeCommitCommand());
    list.push_back(makeTargetsCommand());
    list.push_back(makeRepsCommand());
    list.push_back(makeResultsCommand());
    list.push_back(makeStatementsCommand());
    list.push_back(makeBacktestCommand());
    list.push_back(makeReportCommand());
    list.push_back(makeDuplicatesCommand());
    list.push_back(makePoolReturnCommand());
    list.push_back(makeReceivablesCommand());
    list.push_back(makeExportCommand());
    list.push_back(makeImportCommand());
    list.push_back(makeUserCommand());
    list.push_back(makeTeamCommand());
    list.push_back(makeContractCommand());
    list.push_back(makeDealCommand());
    list.push_back(makeReceiptCommand());
    list.push_back(makeMergeCommand());
    list.push_back(makeBackupCommand());
    list.push_back(makeRestoreCommand());
    list.push_back(makeCheckCommand());
    list.push_back(makeRemindersCommand());
    list.push_back(makeAuditCommand());
    return list;
}

} // namespace fd
