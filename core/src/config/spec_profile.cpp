// Reads the spec profile (resources/spec-profile.json) into SpecProfile.
#include "cs/core/spec_profile.h"

#include <cstdlib>
#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>

#include "config/default_profile.h"

namespace cs {
namespace {

using nlohmann::json;

Band readBand(const json& j) { return {j.at(0).get<double>(), j.at(1).get<double>()}; }
Limit readLimit(const json& j) { return {j.at("warn").get<double>(), j.at("fail").get<double>()}; }

void readFile(const json& f, SpecProfile& p) {
  p.outputWidth = f.at("width");
  p.outputHeight = f.at("height");
  p.dpi = f.at("dpi");
  p.minQuality = f.at("min_quality");
  p.maxQuality = f.at("max_quality");
  p.minBytes = f.at("min_bytes");
  p.maxBytes = f.at("max_bytes");
}

void readGeometryAndPose(const json& root, SpecProfile& p) {
  const json& g = root.at("geometry");
  p.hairTop = readBand(g.at("hair_top"));
  p.eyeY = readBand(g.at("eye_y"));
  p.faceWidth = readBand(g.at("face_width"));
  p.centreTolerancePx = g.at("centre_tolerance_px");
  p.maxUpscale = g.at("max_upscale");
  const json& pose = root.at("pose");
  p.rollDeg = readLimit(pose.at("roll_deg"));
  p.yawDeg = readLimit(pose.at("yaw_deg"));
  p.pitchDeg = readLimit(pose.at("pitch_deg"));
  p.shoulderTiltDeg = readLimit(pose.at("shoulder_tilt_deg"));
}

void readLooks(const json& root, SpecProfile& p) {
  const json& e = root.at("expression");
  p.eyeOpenness = readLimit(e.at("eye_openness"));
  p.mouthOpenness = readLimit(e.at("mouth_openness"));
  p.teethFraction = readLimit(e.at("teeth_fraction"));
  const json& l = root.at("lighting");
  p.faceLuma = readBand(l.at("face_luma").at("warn"));
  p.faceLumaFail = readBand(l.at("face_luma").at("fail"));
  p.sideBalance = readLimit(l.at("side_balance"));
  p.hotSpotFraction = readLimit(l.at("hot_spot_fraction"));
  p.redEyeFraction = readLimit(l.at("red_eye_fraction"));
  const json& i = root.at("image");
  p.sharpness = readLimit(i.at("sharpness"));
  p.colourfulness = readLimit(i.at("colourfulness"));
  if (i.contains("border")) {  // optional: a site's profile from before I5 was checked keeps the defaults
    const json& border = i.at("border");
    p.borderCoverage = readLimit(border.at("coverage"));
    p.borderStep = border.at("step").get<double>();
    p.borderStripStd = border.at("strip_std").get<double>();
    p.borderMaxWidth = border.at("max_width").get<double>();
  }
  if (i.contains("text")) {  // optional, as the border
    const json& text = i.at("text");
    p.textStrokeContrast = text.at("stroke_contrast").get<double>();
    p.textScore = readLimit(text.at("score"));
    p.textChromaContrast = text.value("chroma_contrast", p.textChromaContrast);
    p.textMaxBusyAround = text.value("max_busy_around", p.textMaxBusyAround);
  }
  p.glareFraction = readLimit(root.at("glasses").at("glare_fraction"));
  p.lensLightness = readLimit(root.at("glasses").at("lens_lightness"));
  p.hairOverBrowsShare = readLimit(root.at("hair").at("over_brows"));
}

void readBackground(const json& root, SpecProfile& p) {
  const json& b = root.at("background");
  p.backdropNoise = readLimit(b.at("noise"));
  p.backdropGradient = readLimit(b.at("gradient"));
  p.backdropFalloff = readLimit(b.at("falloff"));
  p.backdropShadow = readLimit(b.at("shadow"));
  p.backdropColourDistance = readLimit(b.at("colour_distance"));
  p.backdropMinLightness = readLimit(b.at("min_lightness"));
  const json& colours = b.at("colours");
  if (colours.size() != p.backdrops.size()) throw std::runtime_error("background.colours must list 3 colours");
  for (std::size_t k = 0; k < p.backdrops.size(); ++k) {
    const json& c = colours.at(k);
    p.backdrops[k] = {c.at("id"), c.at("zh"), c.at("en"), c.at("rgb").get<std::array<int, 3>>()};
  }
  const json& clothing = root.at("clothing");
  p.clothingContrast = readLimit(clothing.at("contrast"));
  if (clothing.contains("pattern")) {  // optional: a site's profile from before C2 was checked keeps the defaults
    p.patternBusyShare = clothing.at("pattern").at("busy_share").get<double>();
    p.patternBlockContrast = clothing.at("pattern").at("block_contrast").get<double>();
  }
}

}  // namespace

Expected<SpecProfile> SpecProfile::fromJson(const std::string& text) {
  try {
    const json root = json::parse(text);
    SpecProfile p;
    readFile(root.at("file"), p);
    readGeometryAndPose(root, p);
    readLooks(root, p);
    readBackground(root, p);
    return p;
  } catch (const std::exception& e) {
    return Error{ErrorCode::InvalidArgument, std::string("the spec profile is not valid: ") + e.what(),
                 std::string("规格文件内容有误（") + e.what() + "）：请改正规格文件"};
  }
}

Expected<SpecProfile> SpecProfile::load() {
  const char* path = std::getenv("CS_PROFILE");
  if (path == nullptr || *path == '\0') return fromJson(defaultProfileJson());
  std::ifstream in(path);
  if (!in) {
    return Error{ErrorCode::FileNotFound,
                 std::string("CS_PROFILE names ") + path + ", which cannot be read: fix the path or unset CS_PROFILE",
                 std::string("环境变量 CS_PROFILE 指向的规格文件 ") + path + " 无法读取：请改正路径，或删除 CS_PROFILE"};
  }
  std::stringstream text;
  text << in.rdbuf();
  auto profile = fromJson(text.str());
  if (!profile)
    return Error{profile.error().code, std::string(path) + ": " + profile.error().message,
                 std::string(path) + "：" + chineseOrEnglish(profile.error())};
  return profile;
}

}  // namespace cs
