// `batch list`, `batch approve`, `batch reject`: the supervisor's review from the command line.
#include <nlohmann/json.hpp>

#include <cstdio>
#include <map>
#include <set>

#include "cli/command_registry.h"
#include "cs/core/batch/batch_store.h"

namespace cs::cli {
namespace {

struct Options {
  std::vector<std::string> positional;
  std::map<std::string, std::string> values;
  bool json = false;
  std::string problem;
};

Options parse(const Args& args, const std::set<std::string>& known) {
  Options o;
  for (std::size_t i = 0; i < args.size(); ++i) {
    if (args[i] == "--json" && known.count("--json")) o.json = true;
    else if (!args[i].starts_with("--")) o.positional.push_back(args[i]);
    else if (!known.count(args[i])) o.problem = "unknown option " + args[i];
    else if (i + 1 >= args.size()) o.problem = args[i] + " needs a value";
    else {
      o.values[args[i]] = args[i + 1];
      ++i;
    }
    if (!o.problem.empty()) break;
  }
  return o;
}

int fail(const char* command, int code, const std::string& message) {
  std::fprintf(stderr, "capture-station-cli batch %s: %s\n", command, message.c_str());
  return code;
}

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
  const Options o = parse(args, {"--filter", "--json"});
  if (!o.problem.empty()) return fail("list", kExitBadInput, o.problem);
  if (o.positional.size() != 1) return fail("list", kExitBadInput, "usage: batch list DIR [--filter NAME] [--json]");
  const std::string filterName = o.values.count("--filter") ? o.values.at("--filter") : "all";
  const auto filter = batch::parseListFilter(filterName);
  if (!filter)
    return fail("list", kExitBadInput, "unknown filter '" + filterName + "': all, failed, overridden, not-captured, "
                                       "retakes, awaiting-review, approved, rejected, needs-capture");
  auto store = batch::BatchStore::open(o.positional[0], batch::OpenMode::ReadOnly);
  if (!store) return fail("list", kExitBadInput, store.error().message);
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
  const Options o = parse(args, {"--id", "--ticket", "--reviewer", "--reason"});
  if (!o.problem.empty()) return fail(name, kExitBadInput, o.problem);
  if (o.positional.size() != 1 || (!o.values.count("--id") && !o.values.count("--ticket")) || !o.values.count("--reviewer"))
    return fail(name, kExitBadInput, std::string("usage: batch ") + name + " DIR --id IDNUMBER --reviewer NAME" +
                                         (approve ? "" : " --reason TEXT"));
  if (!approve && !o.values.count("--reason")) return fail(name, kExitBadInput, "say why with --reason TEXT");
  auto store = batch::BatchStore::open(o.positional[0], batch::OpenMode::ReadWrite);
  if (!store) return fail(name, kExitBadInput, store.error().message);
  const auto who = o.values.count("--id") ? (*store)->findByIdNumber(o.values.at("--id"))
                                          : (*store)->findByTicket(o.values.at("--ticket"));
  if (!who) return fail(name, kExitBadInput, "no such candidate in this batch: check the ID or ticket number");
  const std::string reason = o.values.count("--reason") ? o.values.at("--reason") : "";
  auto decided = approve ? (*store)->approve(who->id, o.values.at("--reviewer"), reason)
                         : (*store)->reject(who->id, o.values.at("--reviewer"), reason);
  if (!decided) return fail(name, kExitFailed, decided.error().message);
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
