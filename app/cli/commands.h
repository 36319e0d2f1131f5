#pragma once

#include "clicommand.h"

#include <memory>
#include <vector>

namespace fd {

// Every command funneldesk-cli knows, in the order --help lists them.
std::vector<std::unique_ptr<CliCommand>> allCommands();

// Factories, one per command file.
std::unique_ptr<CliCommand> makeInfoCommand();
std::unique_ptr<CliCommand> makeExportCommand();
std::unique_ptr<CliCommand> makeImportCommand();
std::unique_ptr<CliCommand> makeDemoCommand();
std::unique_ptr<CliCommand> makeFunnelCommand();
std::unique_ptr<CliCommand> makeForecastCommand();
std::unique_ptr<CliCommand> makeCommitCommand();
std::unique_ptr<CliCommand> makeStatementsCommand();
std::unique_ptr<CliCommand> makeForecastHistoryCommand();
std::unique_ptr<CliCommand> makeRepsCommand();
std::unique_ptr<CliCommand> makeResultsCommand();
std::unique_ptr<CliCommand> makeBacktestCommand();
std::unique_ptr<CliCommand> makeReportCommand();
std::unique_ptr<CliCommand> makeDuplicatesCommand();
std::unique_ptr<CliCommand> makePoolReturnCommand();
std::unique_ptr<CliCommand> makeReceivablesCommand();
std::unique_ptr<CliCommand> makeTargetsCommand();
std::unique_ptr<CliCommand> makeUserCommand();
std::unique_ptr<CliCommand> makeTeamCommand();
std::unique_ptr<CliCommand> makeContractCommand();
std::unique_ptr<CliCommand> makeDealCommand();
std::unique_ptr<CliCommand> makeBackupCommand();
std::unique_ptr<CliCommand> makeRestoreCommand();
std::unique_ptr<CliCommand> makeCheckCommand();
std::unique_ptr<CliCommand> makeRemindersCommand();
std::unique_ptr<CliCommand> makeReceiptCommand();
std::unique_ptr<CliCommand> makeMergeCommand();
std::unique_ptr<CliCommand> makeAuditCommand();

} // namespace fd
