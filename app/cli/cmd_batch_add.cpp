// `batch add DIR PHOTO --id IDNUMBER`: one capture attempt from a photo file, through the same pipeline
// as `crop` and the station's shutter (cs::makeCertificateFromDecoded). A photo that does not meet the standard is refused
// unless --override-reason says why it is kept anyway (recorded in the audit log).
#include <cstdio>
#include <ctime>

#include "cli/batch_options.h"
#include "cli/command_registry.h"
#include "cs/core/batch/batch_store.h"
#include "cs/core/certificate.h"
#include "cs/core/version.h"

namespace cs::cli {
namespace {

std::string failedChecks(const CheckList& checks) {
  std::string text;
  for (const auto& c : checks) {
    if (c.status != CheckStatus::Fail) continue;
    if (!text.empty()) text += "; ";
    text += c.id + " " + c.messageEn;
  }
  return text;
}

std::optional<batch::Candidate> findCandidate(const batch::BatchStore& store, const BatchOptions& o) {
  if (o.values.count("--id")) return store.findByIdNumber(o.values.at("--id"));
  return store.findByTicket(o.values.at("--ticket"));
}

int add(const Args& args) {
  const BatchOptions o = parseBatchOptions(args, {"--id", "--ticket", "--operator", "--override-reason"});
  if (!o.problem.empty()) return batchFailure("add", kExitBadInput, o.problem);
  if (o.positional.size() != 2 || (!o.values.count("--id") && !o.values.count("--ticket")))
    return batchFailure("add", kExitBadInput, "usage: batch add DIR PHOTO --id IDNUMBER (or --ticket NUMBER)");
  auto store = batch::BatchStore::open(o.positional[0], batch::OpenMode::ReadWrite);
  if (!store) return batchFailure("add", kExitBadInput, store.error().message);
  const auto candidate = findCandidate(**store, o);
  if (!candidate) return batchFailure("add", kExitBadInput, "no such candidate in this batch: check the ID or ticket number");
  auto bytes = readPhotoFile(o.positional[1]);
  auto first = bytes ? decodeForCertificate(*bytes) : Expected<LoadedPhoto>(bytes.error());
  if (!first) return batchFailure("add", kExitBadInput, o.positional[1] + ": " + first.error().message);
  auto analyzer = PhotoAnalyzer::create();
  if (!analyzer) return batchFailure("add", kExitFailed, analyzer.error().message);
  // The same path as `crop` and the station's shutter: reduced-size decode, full detail when needed.
  const Certificate cert =
      makeCertificateFromDecoded(**analyzer, *bytes, std::move(*first), std::time(nullptr)).certificate;
  if (!cert.jpeg) return batchFailure("add", kExitFailed, "no certificate photo can be made from this photo: " + failedChecks(cert.analysis.checks));
  const std::string reason = o.values.count("--override-reason") ? o.values.at("--override-reason") : "";
  if (!cert.meetsStandard() && reason.empty())
    return batchFailure("add", kExitFailed, "the photo does not meet the standard (" + failedChecks(cert.analysis.checks) +
                                 "); re-take it, or keep it with --override-reason TEXT");
  batch::NewAttempt attempt;
  attempt.jpeg = cert.jpeg->bytes;
  attempt.checks = cert.analysis.checks;
  attempt.operatorName = operatorOf(o);
  attempt.overrideReason = reason;
  attempt.software = kSoftwareName;
  auto stored = (*store)->addAttempt(candidate->id, attempt);
  if (!stored) return batchFailure("add", kExitFailed, stored.error().message);
  std::printf("stored attempt %d of %s (%s) as %s%s\n", stored->sequence, candidate->name.c_str(),
              candidate->idNumber.c_str(), stored->fileName.c_str(), stored->overridden() ? " (overridden)" : "");
  return kExitOk;
}

const CommandRegistrar addCommand(
    {"batch add", "batch add DIR PHOTO --id IDNUMBER|--ticket NUMBER [--operator NAME] [--override-reason TEXT]", add});

}  // namespace
}  // namespace cs::cli
