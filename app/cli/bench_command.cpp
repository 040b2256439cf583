// `bench [--photo PORTRAIT] [--json]`: the figures the project is held to, measured side by side in one run
// (medians): 1280x720 decode vs live analysis of that frame; 12 MP full decode vs the whole still path
// (decode at reduced size, find, check, crop, encode, verify); encodes per size search.
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <ctime>
#include <filesystem>
#include <functional>
#include <iostream>
#include <nlohmann/json.hpp>
#include <random>

#include "cli/command_registry.h"
#include "cs/core/analyzer.h"
#include "cs/core/certificate.h"
#include "cs/core/image_ops.h"

namespace cs::cli {
namespace {

using Clock = std::chrono::steady_clock;

// Median wall time of `runs` calls, in milliseconds.
double medianMs(int runs, const std::function<void()>& work) {
  std::vector<double> times;
  for (int i = 0; i < runs; ++i) {
    const auto start = Clock::now();
    work();
    times.push_back(std::chrono::duration<double, std::milli>(Clock::now() - start).count());
  }
  std::nth_element(times.begin(), times.begin() + runs / 2, times.end());
  return times[runs / 2];
}

// A camera-like frame: the portrait scaled to the frame's height and centred, the sides filled with
// its own edge columns (the backdrop), with mild sensor noise so the JPEG decodes like a real capture
// rather than a smooth upscale.
Image cameraFrame(const Image& portrait, int width, int height) {
  const int scaledWidth = std::min(width, portrait.width * height / portrait.height);
  const Image scaled = resizedImage(portrait, scaledWidth, height);
  Image frame(width, height);
  const int left = (width - scaledWidth) / 2;
  for (int y = 0; y < height; ++y) {
    for (int x = 0; x < width; ++x) {
      const int sx = std::clamp(x - left, 0, scaledWidth - 1);
      std::copy_n(scaled.row(y) + sx * 3, 3, frame.row(y) + x * 3);
    }
  }
  std::mt19937 rng(7);
  std::normal_distribution<double> noise(0.0, 2.5);
  for (auto& v : frame.rgb) v = static_cast<std::uint8_t>(std::clamp(v + noise(rng), 0.0, 255.0));
  return frame;
}

std::string defaultPortrait() {
  for (const char* candidate : {CS_SOURCE_DIR "/resources/demo/photos/london-002.jpg",
                                CS_INSTALL_DATADIR "/demo/photos/london-002.jpg"}) {
    if (std::filesystem::exists(candidate)) return candidate;
  }
  return {};
}

int runBench(const Args& args) {
  bool json = false;
  std::string portraitPath = defaultPortrait();
  for (std::size_t i = 0; i < args.size(); ++i) {
    if (args[i] == "--json") json = true;
    else if (args[i] == "--photo" && i + 1 < args.size()) portraitPath = args[++i];
    else return std::fprintf(stderr, "capture-station-cli bench: unknown argument %s\n", args[i].c_str()), kExitBadInput;
  }
  auto portrait = loadPhoto(portraitPath);
  if (!portrait) {
    std::fprintf(stderr, "capture-station-cli bench: portrait %s: %s (name one with --photo)\n",
                 portraitPath.c_str(), portrait.error().message.c_str());
    return kExitBadInput;
  }
  auto created = PhotoAnalyzer::create();
  if (!created) return std::fprintf(stderr, "capture-station-cli bench: %s\n", created.error().message.c_str()), kExitBadInput;
  PhotoAnalyzer& analyzer = **created;

  // 1280x720: a preview frame.
  const auto hd = encodePlainJpeg(cameraFrame(portrait->image, 1280, 720), 90);
  LoadedPhoto frame = *decodePhoto(*hd);
  const double hdDecode = medianMs(41, [&] { (void)decodePhoto(*hd); });
  analyzer.analyse(frame.image, AnalysisDepth::Live);  // first frame: whole-frame search; then tracking
  const double hdAnalyse = medianMs(41, [&] { (void)analyzer.analyse(frame.image, AnalysisDepth::Live); });

  // 12 MP: a camera still.
  const auto still = encodePlainJpeg(cameraFrame(portrait->image, 4000, 3000), 92);
  const double fullDecode = medianMs(7, [&] { (void)decodePhoto(*still); });
  // The reduced-size decode the still path starts with (its entropy decoding is the same work as a full one).
  const double reducedDecode = medianMs(7, [&] { (void)decodeForCertificate(*still); });
  // The analysis of that copy alone (face search on two threads, landmarks, every check): with the
  // reduced decode it is the floor of the still path before any encoding.
  const LoadedPhoto reduced = *decodeForCertificate(*still);
  const double stillAnalyse =
      medianMs(7, [&] { (void)analyzer.analyse(reduced.image, AnalysisDepth::Still, &reduced.source); });
  int encodes = 0, stills = 0;
  const double endToEnd = medianMs(7, [&] {
    const auto made = makeCertificateFromBytes(analyzer, *still, std::time(nullptr));
    if (made && made->certificate.jpeg) encodes += made->certificate.jpeg->encodeCount, ++stills;
  });
  const double avgEncodes = stills > 0 ? static_cast<double>(encodes) / stills : 0;

  nlohmann::ordered_json r{
      {"decode_1280x720_ms", hdDecode},        {"analyse_1280x720_ms", hdAnalyse},
      {"analyse_over_decode", hdAnalyse / hdDecode}, {"decode_12mp_full_ms", fullDecode},
      {"decode_12mp_reduced_ms", reducedDecode}, {"analyse_12mp_reduced_ms", stillAnalyse},
      {"end_to_end_12mp_ms", endToEnd},        {"end_to_end_over_full_decode", endToEnd / fullDecode},
      {"average_encodes", avgEncodes},         {"still_met_standard", stills > 0},
      {"targets", {{"analyse_over_decode", 3.0}, {"end_to_end_over_full_decode", 1.0}, {"average_encodes", 3.0}}}};
  if (json) {
    std::cout << r.dump(2) << "\n";
  } else {
    std::printf("1280x720 decode            %7.2f ms (median of 41)\n", hdDecode);
    std::printf("1280x720 live analysis     %7.2f ms   ratio %.2f (target <= 3)\n", hdAnalyse, hdAnalyse / hdDecode);
    std::printf("12 MP full decode          %7.2f ms (median of 7)\n", fullDecode);
    std::printf("12 MP decode at 1/4        %7.2f ms (where the still path starts)\n", reducedDecode);
    std::printf("12 MP analysis at 1/4      %7.2f ms (find on two threads, landmarks, every check)\n", stillAnalyse);
    std::printf("12 MP end to end           %7.2f ms   ratio %.2f (target <= 1)\n", endToEnd, endToEnd / fullDecode);
    std::printf("encodes per size search    %7.2f      (target <= 3)%s\n", avgEncodes,
                stills > 0 ? "" : "  [the still did not meet the standard: no encode measured]");
  }
  return kExitOk;
}

const CommandRegistrar benchCommand({"bench", "bench [--photo PORTRAIT] [--json]   print speed figures (medians)", runBench});

}  // namespace
}  // namespace cs::cli
