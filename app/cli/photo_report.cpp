#include "cli/photo_report.h"

#include <cmath>
#include <sstream>

namespace cs::cli {
namespace {

using nlohmann::ordered_json;

double rounded(double v, int decimals = 3) {
  const double f = std::pow(10.0, decimals);
  return std::round(v * f) / f;
}

const char* problemName(CropProblem p) {
  switch (p) {
    case CropProblem::None: return "none";
    case CropProblem::NoRoomAbove: return "no_room_above";
    case CropProblem::NoRoomBelow: return "no_room_below";
    case CropProblem::NoRoomLeft: return "no_room_left";
    case CropProblem::NoRoomRight: return "no_room_right";
    case CropProblem::FaceTooSmall: return "face_too_small";
    case CropProblem::HairTopUnknown: return "hair_top_unknown";
  }
  return "none";
}

ordered_json checkJson(const CheckResult& c) {
  return ordered_json{{"id", c.id},          {"key", c.key},           {"status", toString(c.status)},
                      {"value", rounded(c.value)}, {"unit", c.unit}, {"range", c.range},
                      {"message_zh", c.messageZh}, {"message_en", c.messageEn}, {"estimate", c.estimate}};
}

ordered_json cropJson(const CropPlan& plan) {
  const auto& g = plan.geometry;
  return ordered_json{
      {"fits", plan.fits()},
      {"problem", problemName(plan.problem)},
      {"window", {{"x", rounded(plan.window.x, 1)}, {"y", rounded(plan.window.y, 1)},
                  {"width", rounded(plan.window.width, 1)}, {"height", rounded(plan.window.height, 1)}}},
      {"scale", rounded(plan.scale, 4)},
      {"geometry", {{"hair_top_y", rounded(g.hairTopY, 1)}, {"hair_top_measured", g.hairTopKnown},
                    {"eye_y", rounded(g.eyeY, 1)}, {"face_width", rounded(g.faceWidth, 1)},
                    {"face_centre_x", rounded(g.faceCentreX, 1)}}}};
}

}  // namespace

ordered_json toJson(const PhotoOutcome& o) {
  if (o.error) return ordered_json{{"status", "error"}, {"error", o.error->message}};
  ordered_json j;
  j["status"] = o.meetsStandard ? "meets_standard" : "does_not_meet";
  j["source"] = {{"width", o.analysis.imageSize.width}, {"height", o.analysis.imageSize.height},
                 {"format", o.source.format == PhotoFormat::Jpeg ? "jpeg" : "png"},
                 {"channels", o.source.channels}, {"exif_orientation", o.source.exifOrientation},
                 {"decode_scale", 1.0 / o.source.decodeScaleDenom}};
  j["face_count"] = o.analysis.faces.count();
  if (o.analysis.faces.primary) {
    const HeadPose& p = o.analysis.faces.primary->pose;
    j["pose"] = {{"yaw_deg", rounded(p.yawDeg, 1)}, {"pitch_deg", rounded(p.pitchDeg, 1)},
                 {"roll_deg", rounded(p.rollDeg, 1)}};
  }
  if (o.analysis.crop) j["crop"] = cropJson(*o.analysis.crop);
  j["checks"] = ordered_json::array();
  for (const auto& c : o.analysis.checks) j["checks"].push_back(checkJson(c));
  if (const CheckResult* top = mostImportantProblem(o.analysis.checks)) {
    j["instruction"] = {{"id", top->id}, {"zh", top->messageZh}, {"en", top->messageEn}};
  } else if (o.analysis.faces.count() != 1) {
    j["instruction"] = o.analysis.faces.count() == 0
                           ? ordered_json{{"id", "B2"}, {"zh", "未检测到人脸，请考生正对镜头"},
                                          {"en", "No face found: have the candidate face the camera"}}
                           : ordered_json{{"id", "B2"}, {"zh", "画面中有多人，请只留考生一人"},
                                          {"en", "More than one person in view: only the candidate"}};
  }
  if (o.written) {
    j["output"] = {{"path", o.written->path}, {"bytes", o.written->bytes}, {"quality", o.written->quality},
                   {"encodes", o.written->encodes}};
  }
  return j;
}

std::string toText(const std::string& path, const PhotoOutcome& o) {
  std::ostringstream out;
  if (o.error) {
    out << "ERROR " << path << ": " << o.error->message << "\n";
    return out.str();
  }
  out << (o.meetsStandard ? "PASS " : "FAIL ") << path << "  (faces: " << o.analysis.faces.count() << ")\n";
  for (const auto& c : o.analysis.checks) {
    if (c.status == CheckStatus::Pass) continue;
    out << "  " << c.id << " " << toString(c.status) << " [" << c.key << " " << rounded(c.value) << " " << c.unit
        << ", allowed " << c.range << "] " << c.messageZh << " / " << c.messageEn << "\n";
  }
  if (o.written) out << "  wrote " << o.written->path << " (" << o.written->bytes << " bytes, quality "
                     << o.written->quality << ")\n";
  return out.str();
}

}  // namespace cs::cli
