// `batch list`, `batch approve`, `batch reject`: the supervisor's review from the command line.
#include <nlohmann/json.hpp>

#include <cstdio>

#include "cli/batch_options.h"
#include "cli/command_registry.h"
#include "cs/core/batch/batch_store.h"

namespace cs::cli {
namespace {

nlohmann::ordered_json toJson(const batch::CandidateStatus& s) {
  nlohmann::ordered_json j{{"name", s.candidate.name},       {"id_number", s.candidate.idNumber},
                           {"ticket", s.candidate.ticketNumber}, {"state", batch::toString(s.state)},
                           {"attempts", s.attemptCount}};
  if (s.latest) {
    j["file"] = s.latest->fileName;
    j["failed_checks"] = s.latest->hasFailedCheck();
    j["override_reason"] = s.latest->overrideReason;
    j["photographer"] = s.latest->operatorName;
  }
  if (s.decision) {
    j["reviewer"] = s.decision->reviewer;
    j["reason"] = s.decision->reason;
  }
  return j;
}

int list(const Args& args) {
  const BatchOptions o = parseBatchOptions(args, {"--filter", "--json"});
  if (!o.problem.empty()) return batchFailure("list", kExitBadInput, o.problem);
  if (o.positional.size() != 1) return batchFailure("list", kExitBadInput, "usage: batch list DIR [--filter NAME] [--json]");
  const std::string filterName = o.values.count("--filter") ? o.values.at("--filter") : "all";
  const auto filter = batch::parseListFilter(filterName);
  if (!filter)
    return batchFailure("list", kExitBadInput, "unknown filter '" + filterName + "': all, failed, overridden, not-captured, "
                                       "retakes, awaiting-review, approved, rejected, needs-capture");
  auto store = batch::BatchStore::open(o.positional[0], batch::OpenMode::ReadOnly);
  if (!store) return batchFailure("list", kExitBadInput, store.error().message);
  const auto rows = (*store)->list(*filter);
  if (o.json) {
    nlohmann::ordered_json out = nlohmann::ordered_json::array();
    for (const auto& s : rows) out.push_back(toJson(s));
    std::printf("%s\n", out.dump(2).c_str());
  } else {
    for (const auto& s : rows)
      std::printf("%s\t%s\t%s\t%s\t%d attempt(s)\n", s.candidate.ticketNumber.c_str(), s.candidate.idNumber.c_str(),
                  s.candidate.name.c_str(), batch::toString(s.state), s.attemptCount);
  }
  if (!(*store)->auditVerification().intact)
    std::fprintf(stderr, "warning: the audit log has been tampered with: %s\n",
                 (*store)->auditVerification().problem.c_str());
  return kExitOk;
}

int decide(const Args& args, bool approve) {
  const char* name = approve ? "approve" : "reject";
  const BatchOptions o = parseBatchOptions(args, {"--id", "--ticket", "--reviewer", "--reason"});
  if (!o.problem.empty()) return batchFailure(name, kExitBadInput, o.problem);
  if (o.positional.size() != 1 || (!o.values.count("--id") && !o.values.count("--ticket")) || !o.values.count("--reviewer"))
    return batchFailure(name, kExitBadInput, std::string("usage: batch ") + name + " DIR --id IDNUMBER --reviewer NAME" +
                                         (approve ? "" : " --reason TEXT"));
  if (!approve && !o.values.count("--reason")) return batchFailure(name, kExitBadInput, "say why with --reason TEXT");
  auto store = batch::BatchStore::open(o.positional[0], batch::OpenMode::ReadWrite);
  if (!store) return batchFailure(name, kExitBadInput, store.error().message);
  const auto who = o.values.count("--id") ? (*store)->findByIdNumber(o.values.at("--id"))
                                          : (*store)->findByTicket(o.values.at("--ticket"));
  if (!who) return batchFailure(name, kExitBadInput, "no such candidate in this batch: check the ID or ticket number");
  const std::string reason = o.values.count("--reason") ? o.values.at("--reason") : "";
  auto decided = approve ? (*store)->approve(who->id, o.values.at("--reviewer"), reason)
                         : (*store)->reject(who->id, o.values.at("--reviewer"), reason);
  if (!decided) return batchFailure(name, kExitFailed, decided.error().message);
  std::printf("%s %s (%s)\n", approve ? "approved" : "rejected", who->name.c_str(), who->idNumber.c_str());
  return kExitOk;
}

const CommandRegistrar listCommand(
    {"batch list", "batch list DIR [--filter all|failed|overridden|not-captured|retakes|awaiting-review|approved|"
                   "rejected|needs-capture] [--json]", list});
const CommandRegistrar approveCommand(
    {"batch approve", "batch approve DIR --id IDNUMBER|--ticket NUMBER --reviewer NAME",
     [](const Args& args) { return decide(args, true); }});
const CommandRegistrar rejectCommand(
    {"batch reject", "batch reject DIR --id IDNUMBER|--ticket NUMBER --reason TEXT --reviewer NAME",
     [](const Args& args) { return decide(args, false); }});

}  // namespace
}  // namespace cs::cli
