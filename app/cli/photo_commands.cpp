// `check PHOTO... [--json]` and `crop PHOTO... -o DIR [--json]`: the photo pipeline from the command line.
#include <cstdio>
#include <ctime>
#include <filesystem>
#include <iostream>
#include <span>

#include "cli/command_registry.h"
#include "cli/photo_report.h"
#include "cs/core/version.h"

namespace cs::cli {
namespace {

namespace fs = std::filesystem;

struct PhotoArgs {
  std::vector<std::string> photos;
  std::string outDir;
  bool json = false;
};

std::optional<PhotoArgs> parseArgs(const Args& args, bool needsOut, std::string& problem) {
  PhotoArgs p;
  for (std::size_t i = 0; i < args.size(); ++i) {
    if (args[i] == "--json") {
      p.json = true;
    } else if (args[i] == "-o" || args[i] == "--out") {
      if (++i >= args.size()) return problem = "-o needs a folder", std::nullopt;
      p.outDir = args[i];
    } else if (args[i].starts_with("--")) {
      return problem = "unknown option " + args[i], std::nullopt;
    } else {
      p.photos.push_back(args[i]);
    }
  }
  if (p.photos.empty()) return problem = "name at least one photo", std::nullopt;
  if (needsOut && p.outDir.empty()) return problem = "name the output folder with -o DIR", std::nullopt;
  if (!needsOut && !p.outDir.empty()) return problem = "check writes nothing: use crop -o DIR to write photos", std::nullopt;
  return p;
}

// A file name in `dir` for the photo's stem that does not exist yet: nothing already there is overwritten.
std::string freshOutputPath(const std::string& dir, const std::string& photo) {
  const std::string stem = fs::path(photo).stem().string();
  fs::path candidate = fs::path(dir) / (stem + ".jpg");
  for (int n = 2; fs::exists(candidate); ++n) candidate = fs::path(dir) / (stem + "-" + std::to_string(n) + ".jpg");
  return candidate.string();
}

// The analyzer is created on the first photo that reads as an image: loading the landmark model takes
// most of a second, and a bad file deserves its answer at once.
class LazyAnalyzer {
 public:
  Expected<PhotoAnalyzer*> get() {
    if (!analyzer_) {
      auto created = PhotoAnalyzer::create();
      if (!created) return created.error();
      analyzer_ = std::move(*created);
    }
    return analyzer_.get();
  }
  PhotoAnalyzer* loaded() const { return analyzer_.get(); }

 private:
  std::unique_ptr<PhotoAnalyzer> analyzer_;
};

// One file's certificate. The first photo is decoded before the landmark model is loaded (~0.8 s), so bad
// input is refused at once; from the second on, the face search runs while each photo is decoded.
Expected<PhotoCertificate> certify(LazyAnalyzer& lazy, std::span<const std::uint8_t> bytes) {
  if (PhotoAnalyzer* analyzer = lazy.loaded()) return makeCertificateFromBytes(*analyzer, bytes, std::time(nullptr));
  auto first = decodeForCertificate(bytes);
  if (!first) return first.error();
  auto analyzer = lazy.get();
  if (!analyzer) return analyzer.error();
  return makeCertificateFromDecoded(**analyzer, bytes, std::move(*first), std::time(nullptr));
}

PhotoOutcome processOne(LazyAnalyzer& lazy, const std::string& path, const std::string& outDir) {
  PhotoOutcome o;
  auto bytes = readPhotoFile(path);
  // check and crop take the same path (so they always agree); only crop writes the file.
  auto certified = bytes ? certify(lazy, *bytes) : Expected<PhotoCertificate>(bytes.error());
  if (!certified) {
    o.error = certified.error();
    return o;
  }
  PhotoCertificate& made = *certified;
  o.source = made.source;
  Certificate& cert = made.certificate;
  o.analysis = cert.analysis;
  o.meetsStandard = cert.meetsStandard();
  if (outDir.empty() || !o.meetsStandard) return o;  // nothing is written for a photo that fails
  const std::string target = freshOutputPath(outDir, path);
  if (Status written = writeFileAtomically(target, cert.jpeg->bytes); !written) {
    o.error = Error{ErrorCode::WriteFailed, "cannot write " + target + ": " + written.error().message};
    return o;
  }
  o.written = WrittenFile{fs::absolute(target).string(), cert.jpeg->bytes.size(), cert.jpeg->quality,
                          cert.jpeg->encodeCount};
  return o;
}

int runPhotos(const Args& args, bool crop) {
  std::string problem;
  const auto parsed = parseArgs(args, crop, problem);
  const char* name = crop ? "crop" : "check";
  if (!parsed) {
    std::fprintf(stderr, "capture-station-cli %s: %s\n", name, problem.c_str());
    return kExitBadInput;
  }
  if (crop && !fs::is_directory(parsed->outDir)) {
    std::fprintf(stderr, "capture-station-cli crop: output folder %s does not exist: create it first\n",
                 parsed->outDir.c_str());
    return kExitBadInput;
  }
  LazyAnalyzer analyzer;
  nlohmann::ordered_json photos = nlohmann::ordered_json::object();
  int exitCode = kExitOk;
  for (const std::string& path : parsed->photos) {
    const PhotoOutcome o = processOne(analyzer, path, crop ? parsed->outDir : "");
    if (o.error) {
      std::fprintf(stderr, "%s: %s\n", path.c_str(), o.error->message.c_str());
      exitCode = kExitBadInput;
    } else if (!o.meetsStandard && exitCode == kExitOk) {
      exitCode = kExitFailed;
    }
    // Keyed by the input path (object keys, not values), so a reader looking for written .jpg paths
    // finds only the outputs.
    if (parsed->json) photos[path] = toJson(o);
    if (!parsed->json && !o.error) std::cout << toText(path, o);
  }
  if (parsed->json) {
    nlohmann::ordered_json report{{"tool", "capture-station-cli"}, {"version", kVersion}, {"command", name},
                                  {"photos", photos}};
    std::cout << report.dump(2) << "\n";
  }
  return exitCode;
}

const CommandRegistrar checkCommand({"check", "check PHOTO... [--json]   analyse photos against the standard",
                                     [](const Args& a) { return runPhotos(a, false); }});
const CommandRegistrar cropCommand({"crop", "crop PHOTO... -o DIR [--json]   write compliant 480x640 JPEGs",
                                    [](const Args& a) { return runPhotos(a, true); }});

}  // namespace
}  // namespace cs::cli
