// `batch add DIR PHOTO --id IDNUMBER`: one capture attempt from a photo file, through the same pipeline
// as `crop` and the station's shutter (cs::makeCertificateFromDecoded). A photo that does not meet the standard is refused
// unless --override-reason says why it is kept anyway (recorded in the audit log).
#include <cstdio>
#include <cstdlib>
#include <ctime>
#include <map>
#include <set>

#include "cli/command_registry.h"
#include "cs/core/batch/batch_store.h"
#include "cs/core/certificate.h"
#include "cs/core/version.h"

namespace cs::cli {
namespace {

struct Options {
  std::vector<std::string> positional;
  std::map<std::string, std::string> values;
  std::string problem;
};

Options parse(const Args& args, const std::set<std::string>& known) {
  Options o;
  for (std::size_t i = 0; i < args.size(); ++i) {
    if (!args[i].starts_with("--")) o.positional.push_back(args[i]);
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

int fail(int code, const std::string& message) {
  std::fprintf(stderr, "capture-station-cli batch add: %s\n", message.c_str());
  return code;
}

std::string failedChecks(const CheckList& checks) {
  std::string text;
  for (const auto& c : checks) {
    if (c.status != CheckStatus::Fail) continue;
    if (!text.empty()) text += "; ";
    text += c.id + " " + c.messageEn;
  }
  return text;
}

std::optional<batch::Candidate> findCandidate(const batch::BatchStore& store, const Options& o) {
  if (o.values.count("--id")) return store.findByIdNumber(o.values.at("--id"));
  return store.findByTicket(o.values.at("--ticket"));
}

int add(const Args& args) {
  const Options o = parse(args, {"--id", "--ticket", "--operator", "--override-reason"});
  if (!o.problem.empty()) return fail(kExitBadInput, o.problem);
  if (o.positional.size() != 2 || (!o.values.count("--id") && !o.values.count("--ticket")))
    return fail(kExitBadInput, "usage: batch add DIR PHOTO --id IDNUMBER (or --ticket NUMBER)");
  auto store = batch::BatchStore::open(o.positional[0], batch::OpenMode::ReadWrite);
  if (!store) return fail(kExitBadInput, store.error().message);
  const auto candidate = findCandidate(**store, o);
  if (!candidate) return fail(kExitBadInput, "no such candidate in this batch: check the ID or ticket number");
  auto bytes = readPhotoFile(o.positional[1]);
  auto first = bytes ? decodeForCertificate(*bytes) : Expected<LoadedPhoto>(bytes.error());
  if (!first) return fail(kExitBadInput, o.positional[1] + ": " + first.error().message);
  auto analyzer = PhotoAnalyzer::create();
  if (!analyzer) return fail(kExitFailed, analyzer.error().message);
  // The same path as `crop` and the station's shutter: reduced-size decode, full detail when needed.
  const Certificate cert =
      makeCertificateFromDecoded(**analyzer, *bytes, std::move(*first), std::time(nullptr)).certificate;
  if (!cert.jpeg) return fail(kExitFailed, "no certificate photo can be made from this photo: " + failedChecks(cert.analysis.checks));
  const std::string reason = o.values.count("--override-reason") ? o.values.at("--override-reason") : "";
  if (!cert.meetsStandard() && reason.empty())
    return fail(kExitFailed, "the photo does not meet the standard (" + failedChecks(cert.analysis.checks) +
                                 "); re-take it, or keep it with --override-reason TEXT");
  batch::NewAttempt attempt;
  attempt.jpeg = cert.jpeg->bytes;
  attempt.checks = cert.analysis.checks;
  const char* user = std::getenv("USER");
  attempt.operatorName = o.values.count("--operator") ? o.values.at("--operator") : (user ? user : "cli");
  attempt.overrideReason = reason;
  attempt.software = kSoftwareName;
  auto stored = (*store)->addAttempt(candidate->id, attempt);
  if (!stored) return fail(kExitFailed, stored.error().message);
  std::printf("stored attempt %d of %s (%s) as %s%s\n", stored->sequence, candidate->name.c_str(),
              candidate->idNumber.c_str(), stored->fileName.c_str(), stored->overridden() ? " (overridden)" : "");
  return kExitOk;
}

const CommandRegistrar addCommand(
    {"batch add", "batch add DIR PHOTO --id IDNUMBER|--ticket NUMBER [--operator NAME] [--override-reason TEXT]", add});

}  // namespace
}  // namespace cs::cli
