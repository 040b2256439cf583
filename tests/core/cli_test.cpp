// capture-station-cli as a site's script uses it: exit codes, one clear line per bad file, the JSON
// report, and files that are written only for compliant photos and never overwrite anything.
#include <gtest/gtest.h>

#include <array>
#include <cstdio>
#include <fstream>
#include <nlohmann/json.hpp>

#include "support/test_support.h"

namespace cs {
namespace {

struct RunResult {
  int exitCode = -1;
  std::string out;
  std::string err;
};

RunResult runCli(const std::string& args) {
  test::TempDir tmp;
  const std::string errFile = (tmp.path / "stderr").string();
  const std::string command = std::string(CS_CLI_PATH) + " " + args + " 2>" + errFile;
  RunResult r;
  FILE* pipe = popen(command.c_str(), "r");
  std::array<char, 4096> buffer{};
  while (fgets(buffer.data(), buffer.size(), pipe) != nullptr) r.out += buffer.data();
  const int status = pclose(pipe);
  r.exitCode = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  std::ifstream err(errFile);
  r.err.assign(std::istreambuf_iterator<char>(err), {});
  return r;
}

std::string quoted(const std::string& s) { return "'" + s + "'"; }

TEST(Cli, CompliantPhotoExitsZero) {
  const RunResult r = runCli("check " + quoted(test::fixture("london-002-pass.jpg")));
  EXPECT_EQ(r.exitCode, 0) << r.out << r.err;
}

TEST(Cli, NonCompliantPhotoExitsOneAndSaysWhy) {
  const RunResult r = runCli("check --json " + quoted(test::fixture("london-012-teeth.jpg")));
  EXPECT_EQ(r.exitCode, 1);
  const auto report = nlohmann::json::parse(r.out);
  const auto& photo = report["photos"][test::fixture("london-012-teeth.jpg")];
  EXPECT_EQ(photo["status"], "does_not_meet");
  EXPECT_EQ(photo["face_count"], 1);
  bool p5Failed = false;
  for (const auto& c : photo["checks"]) p5Failed |= c["id"] == "P5" && c["status"] == "fail";
  EXPECT_TRUE(p5Failed) << r.out;
  EXPECT_FALSE(photo["instruction"]["zh"].get<std::string>().empty());
  for (const char* key : {"window", "scale", "geometry"}) EXPECT_TRUE(photo["crop"].contains(key)) << key;
  for (const char* key : {"hair_top_y", "eye_y", "face_width", "face_centre_x"}) {
    EXPECT_TRUE(photo["crop"]["geometry"].contains(key)) << key;
  }
}

TEST(Cli, BadInputsExitTwoWithOneLineEach) {
  test::TempDir dir;
  const auto write = [&](const std::string& name, const std::string& bytes) {
    std::ofstream(dir.path / name, std::ios::binary) << bytes;
    return (dir.path / name).string();
  };
  const std::vector<std::string> bad{write("empty.jpg", ""), write("notes.jpg", "not a photo at all"),
                                     write("cut.jpg", std::string("\xFF\xD8\xFF\xE0\x00\x10JFIF", 10)),
                                     dir.path.string(), (dir.path / "missing.jpg").string()};
  for (const std::string& path : bad) {
    const RunResult r = runCli("check " + quoted(path));
    EXPECT_EQ(r.exitCode, 2) << path;
    EXPECT_EQ(std::count(r.err.begin(), r.err.end(), '\n'), 1) << r.err;
    EXPECT_NE(r.err.find(path), std::string::npos) << "names the file: " << r.err;
  }
}

TEST(Cli, UsageErrorsExitTwo) {
  EXPECT_EQ(runCli("").exitCode, 2);
  EXPECT_EQ(runCli("frobnicate").exitCode, 2);
  EXPECT_EQ(runCli("check").exitCode, 2);
  EXPECT_EQ(runCli("crop " + quoted(test::fixture("london-002-pass.jpg"))).exitCode, 2) << "crop needs -o";
  EXPECT_EQ(runCli("--version").exitCode, 0);
}

TEST(Cli, CropWritesOnlyCompliantPhotosAndNeverOverwrites) {
  test::TempDir out;
  const std::string existing = (out.path / "london-002-pass.jpg").string();
  std::ofstream(existing) << "keep me";
  const RunResult r = runCli("crop --json -o " + quoted(out.path.string()) + " " +
                             quoted(test::fixture("london-002-pass.jpg")) + " " +
                             quoted(test::fixture("london-012-teeth.jpg")));
  EXPECT_EQ(r.exitCode, 1) << "one of the two does not meet the standard";
  std::ifstream kept(existing);
  EXPECT_EQ(std::string(std::istreambuf_iterator<char>(kept), {}), "keep me");
  const auto report = nlohmann::json::parse(r.out);
  const auto& good = report["photos"][test::fixture("london-002-pass.jpg")];
  ASSERT_TRUE(good.contains("output")) << r.out;
  const std::string written = good["output"]["path"];
  EXPECT_NE(written, existing);
  EXPECT_TRUE(std::filesystem::exists(written));
  EXPECT_GE(good["output"]["quality"].get<int>(), 60);
  EXPECT_FALSE(report["photos"][test::fixture("london-012-teeth.jpg")].contains("output"));
  EXPECT_FALSE(std::filesystem::exists(out.path / "london-012-teeth.jpg"));
}

}  // namespace
}  // namespace cs

namespace cs {
namespace {

TEST(CliModel, MissingLandmarkModelNamesThePackage) {
  const std::string command = "CS_LANDMARK_MODEL=/nonexistent/model.dat " + std::string(CS_CLI_PATH) + " check " +
                              quoted(test::fixture("london-002-pass.jpg")) + " 2>&1";
  FILE* pipe = popen(command.c_str(), "r");
  std::string out;
  std::array<char, 1024> buffer{};
  while (fgets(buffer.data(), buffer.size(), pipe) != nullptr) out += buffer.data();
  const int status = pclose(pipe);
  EXPECT_EQ(WEXITSTATUS(status), 2);
  EXPECT_NE(out.find("libdlib-data"), std::string::npos) << out;
}

}  // namespace
}  // namespace cs
