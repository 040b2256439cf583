// From a source photo to a verified certificate JPEG in memory. The written bytes are read back and
// checked for F1-F7 by the verifier, not trusted from the encoder's own state.
#include "cs/core/certificate.h"

#include <future>
#include <optional>

#include "cs/core/version.h"
#include "image/file_bytes.h"

namespace cs {
namespace {

// The first decode of a still: enough for a head-and-shoulders framing, the 480x640 window is then still
// drawn from >= 480x640 decoded pixels. certificateFromDecoded checks this and decodes again larger when
// it is not so.
constexpr int kFirstLongSide = 1000;

// The plain instruction for a file-level failure, by requirement id.
void describeFileFailure(CheckResult& c) {
  if (c.id == "F6") {
    c.messageZh = "照片细节太多，无法在品质不低于60时压缩到40KB以内：请使用更平整的背景或素色衣服后重拍";
    c.messageEn = "Too much fine detail to fit 40 KB at quality 60 or better: use a plainer backdrop or clothing";
  } else {
    c.messageZh = "生成的照片文件不符合要求（" + c.id + "），请联系技术支持";
    c.messageEn = "The written file does not meet " + c.id + ": please report this to support";
  }
}

CheckResult fromFileCheck(const FileCheck& f, int order) {
  CheckResult c;
  c.id = f.id;
  c.key = "file";
  c.status = f.ok ? CheckStatus::Pass : CheckStatus::Fail;
  c.range = f.detail;
  c.unit = "file";
  c.order = order;
  if (!f.ok) describeFileFailure(c);
  return c;
}

// The encoded file and the F1-F7 checks of its read-back: the part of a certificate that needs only the
// 480x640 photo, so it can run on a second core while the analyser runs its checks.
struct EncodedCertificate {
  Expected<EncodedJpeg> jpeg;
  std::vector<FileCheck> fileChecks;
};

EncodedCertificate encodeAndVerify(const Image& photo, std::time_t captureTime, const SpecProfile& profile) {
  EncodedCertificate out{encodeCertificateJpeg(photo, EncodeRequest{captureTime, kSoftwareName}, profile), {}};
  if (out.jpeg) out.fileChecks = verifyCertificateJpeg(out.jpeg->bytes, "photo.jpg", profile);
  return out;
}

void addFileChecks(Certificate& cert, EncodedCertificate encoded) {
  if (!encoded.jpeg) {
    CheckResult c;
    c.id = "F4";
    c.key = "encode";
    c.status = CheckStatus::Fail;
    c.messageEn = "the JPEG could not be written: " + encoded.jpeg.error().message;
    c.messageZh = "无法生成JPEG文件";
    c.order = 70;
    cert.analysis.checks.push_back(c);
    return;
  }
  int order = 70;
  for (const FileCheck& f : encoded.fileChecks) cert.analysis.checks.push_back(fromFileCheck(f, order++));
  cert.jpeg = std::move(*encoded.jpeg);
}

// makeCertificate, given the faces of the first search when it already ran (while the photo was decoded).
Certificate certificateOf(PhotoAnalyzer& analyzer, const Image& source, std::time_t captureTime,
                          const PhotoSource* sourceInfo, const std::vector<RectF>* facesFoundWhileDecoding) {
  const SpecProfile& profile = analyzer.profile();
  // The encoding thread starts now and waits for the photo, so that starting a thread (50-200 us on this
  // platform) is not on the still's path between the render and the checks.
  std::future<std::optional<EncodedCertificate>> encoding;
  // Declared after `encoding`, so destroyed first: if the analysis throws, the waiting thread gets a broken
  // promise and ends, instead of waiting for ever while `encoding` waits for it.
  std::promise<std::optional<Image>> photo;
  auto encodeWhenHanded = [ready = photo.get_future(), captureTime, &profile]() mutable {
    const std::optional<Image> rendered = ready.get();
    return rendered ? std::optional(encodeAndVerify(*rendered, captureTime, profile)) : std::nullopt;
  };
  encoding = std::async(std::launch::async, std::move(encodeWhenHanded));
  bool handed = false;
  const auto handOver = [&](const Image& rendered) {
    photo.set_value(rendered);  // a copy (0.9 MB): the analysis that owns the photo is moved on return
    handed = true;
  };
  Certificate cert;
  cert.analysis = analyzer.analyse(source, AnalysisDepth::Still, sourceInfo, handOver, facesFoundWhileDecoding);
  if (!handed) photo.set_value(std::nullopt);  // no single face, or a crop that does not fit
  std::optional<EncodedCertificate> encoded = encoding.get();
  // A still whose crop fits always has its photo, handed over before the checks ran.
  if (!cert.analysis.outputPhoto || !encoded) return cert;
  cert.photo = std::move(*cert.analysis.outputPhoto);
  cert.analysis.outputPhoto.reset();
  addFileChecks(cert, std::move(*encoded));
  return cert;
}

// The still path after the first decode: a larger decode when the reduced copy would have to be enlarged.
PhotoCertificate certificateFromDecoded(PhotoAnalyzer& analyzer, std::span<const std::uint8_t> bytes,
                                        const LoadedPhoto& first, std::time_t captureTime,
                                        const std::vector<RectF>* facesFoundWhileDecoding) {
  PhotoCertificate out{first.source,
                       certificateOf(analyzer, first.image, captureTime, &first.source, facesFoundWhileDecoding)};
  const auto& crop = out.certificate.analysis.crop;
  if (first.source.decodeScaleDenom > 1 && crop && crop->scale > 1.0) {
    const int longSide = std::max(first.image.width, first.image.height);
    if (auto larger = decodePhoto(bytes, LoadOptions{static_cast<int>(longSide * crop->scale) + 1})) {
      out = {larger->source, certificateOf(analyzer, larger->image, captureTime, &larger->source, nullptr)};
    }
  }
  return out;
}

}  // namespace

Certificate makeCertificate(PhotoAnalyzer& analyzer, const Image& source, std::time_t captureTime,
                            const PhotoSource* sourceInfo) {
  return certificateOf(analyzer, source, captureTime, sourceInfo, nullptr);
}

Expected<LoadedPhoto> decodeForCertificate(std::span<const std::uint8_t> bytes) {
  return decodePhoto(bytes, LoadOptions{kFirstLongSide});
}

PhotoCertificate makeCertificateFromDecoded(PhotoAnalyzer& analyzer, std::span<const std::uint8_t> bytes,
                                            LoadedPhoto first, std::time_t captureTime) {
  return certificateFromDecoded(analyzer, bytes, first, captureTime, nullptr);
}

Expected<PhotoCertificate> makeCertificateFromBytes(PhotoAnalyzer& analyzer, std::span<const std::uint8_t> bytes,
                                                    std::time_t captureTime) {
  // The face search runs on the second core while the photo is decoded on this one.
  auto first = analyzer.decodeAndSearch(bytes, LoadOptions{kFirstLongSide});
  if (!first) return first.error();
  return certificateFromDecoded(analyzer, bytes, first->photo, captureTime, &first->facesFoundWhileDecoding);
}

Expected<PhotoCertificate> makeCertificateFromFile(PhotoAnalyzer& analyzer, const std::string& path,
                                                   std::time_t captureTime) {
  auto bytes = readPhotoFile(path);
  if (!bytes) return bytes.error();
  return makeCertificateFromBytes(analyzer, *bytes, captureTime);
}

}  // namespace cs
