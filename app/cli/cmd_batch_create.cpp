// `batch create`, `batch import-roster`, `batch user-add`: setting a batch up.
#include <cstdio>
#include <iostream>

#include "cli/batch_options.h"
#include "cli/command_registry.h"
#include "cs/core/batch/batch_store.h"
#include "cs/core/batch/roster.h"
#include "cs/core/version.h"

namespace cs::cli {
namespace {

int create(const Args& args) {
  const BatchOptions o = parseBatchOptions(args, {"--name", "--site", "--station", "--operator"});
  if (!o.problem.empty()) return batchFailure("create", kExitBadInput, o.problem);
  if (o.positional.size() != 1) return batchFailure("create", kExitBadInput, "name one folder for the new batch");
  if (!o.values.count("--name")) return batchFailure("create", kExitBadInput, "give the batch a name with --name");
  const batch::BatchInfo info{o.values.at("--name"), o.values.count("--site") ? o.values.at("--site") : "",
                              o.values.count("--station") ? o.values.at("--station") : "", 0, kSoftwareName};
  auto store = batch::BatchStore::create(o.positional[0], info, operatorOf(o));
  if (!store) return batchFailure("create", kExitFailed, store.error().message);
  std::printf("created batch '%s' in %s\n", info.name.c_str(), o.positional[0].c_str());
  return kExitOk;
}

int importRoster(const Args& args) {
  const BatchOptions o = parseBatchOptions(args, {"--operator"});
  if (!o.problem.empty()) return batchFailure("import-roster", kExitBadInput, o.problem);
  if (o.positional.size() != 2) return batchFailure("import-roster", kExitBadInput, "usage: batch import-roster DIR FILE");
  auto store = batch::BatchStore::open(o.positional[0], batch::OpenMode::ReadWrite);
  if (!store) return batchFailure("import-roster", kExitBadInput, store.error().message);
  auto roster = batch::readRosterFile(o.positional[1]);
  if (!roster) return batchFailure("import-roster", kExitBadInput, roster.error().message);
  if (!roster->problems.empty())
    return batchFailure("import-roster", kExitBadInput, "nothing was imported; the file cannot be read as a roster:\n" +
                                                    batch::formatProblems(roster->problems));
  auto added = (*store)->importRoster(roster->entries, operatorOf(o));
  if (!added) return batchFailure("import-roster", kExitFailed, added.error().message);
  std::printf("imported %d candidates (%s)\n", *added, roster->encoding.c_str());
  return kExitOk;
}

int userAdd(const Args& args) {
  const BatchOptions o = parseBatchOptions(args, {"--name", "--role", "--operator"});
  if (!o.problem.empty()) return batchFailure("user-add", kExitBadInput, o.problem);
  if (o.positional.size() != 1 || !o.values.count("--name") || !o.values.count("--role"))
    return batchFailure("user-add", kExitBadInput, "usage: batch user-add DIR --name NAME --role photographer|supervisor");
  const auto role = batch::parseRole(o.values.at("--role"));
  if (!role) return batchFailure("user-add", kExitBadInput, "the role is photographer or supervisor");
  std::string password;
  std::getline(std::cin, password);  // from stdin, never from the command line (it would show in `ps`)
  if (!password.empty() && password.back() == '\r') password.pop_back();
  auto store = batch::BatchStore::open(o.positional[0], batch::OpenMode::ReadWrite);
  if (!store) return batchFailure("user-add", kExitBadInput, store.error().message);
  if (auto s = (*store)->addUser(o.values.at("--name"), *role, password, operatorOf(o)); !s)
    return batchFailure("user-add", kExitFailed, s.error().message);
  std::printf("added %s (%s)\n", o.values.at("--name").c_str(), batch::toString(*role));
  return kExitOk;
}

const CommandRegistrar createCommand(
    {"batch create", "batch create DIR --name NAME [--site SITE] [--station NAME] [--operator NAME]", create});
const CommandRegistrar importCommand(
    {"batch import-roster", "batch import-roster DIR FILE.csv|FILE.xlsx [--operator NAME]", importRoster});
const CommandRegistrar userCommand(
    {"batch user-add", "batch user-add DIR --name NAME --role photographer|supervisor   (password on stdin)", userAdd});

}  // namespace
}  // namespace cs::cli
