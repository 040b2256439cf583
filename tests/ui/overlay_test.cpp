// The bands over the preview: drawn where the 480x640 window puts them, green inside, red outside.
#include <QPainter>
#include <gtest/gtest.h>

#include "frames/frame_convert.h"
#include "live/live_session.h"
#include "live/overlay_painter.h"
#include "live/preview_widget.h"
#include "ui_test_support.h"

namespace {

using cs::ui::Signal;

TEST(BandSignals, FollowTheMeasuredGeometry) {
  const cs::SpecProfile profile;
  auto inside = cs::ui::bandSignals(cs::test::oneFace(80, 250, 240), profile);
  EXPECT_EQ(inside.hairTop, Signal::Good);
  EXPECT_EQ(inside.eyes, Signal::Good);
  EXPECT_EQ(inside.faceWidth, Signal::Good);
  EXPECT_EQ(inside.centre, Signal::Good);

  auto outside = cs::ui::bandSignals(cs::test::oneFace(20, 150, 120, 300), profile);
  EXPECT_EQ(outside.hairTop, Signal::Bad);   // 30 px above a 60 px band
  EXPECT_EQ(outside.eyes, Signal::Bad);      // 50 px above a 100 px band
  EXPECT_EQ(outside.faceWidth, Signal::Bad);
  EXPECT_EQ(outside.centre, Signal::Bad);    // 60 px off, tolerance 20

  auto near = cs::ui::bandSignals(cs::test::oneFace(115, 310, 305), profile);
  EXPECT_EQ(near.hairTop, Signal::Near);
  EXPECT_EQ(near.eyes, Signal::Near);
  EXPECT_EQ(near.faceWidth, Signal::Near);
}

TEST(BandSignals, AFailedCheckOfTheSameIdTurnsTheBandRed) {
  cs::Analysis a = cs::test::oneFace(80, 250, 240);
  a.checks = {cs::test::check("G3", cs::CheckStatus::Fail, 12)};
  EXPECT_EQ(cs::ui::bandSignals(a, cs::SpecProfile{}).eyes, Signal::Bad);
}

// Renders the preview of a grey 1280x720 frame at 1:1 and returns the pixel at source (x, y).
QColor renderedPixel(const cs::Analysis& analysis, int x, int y, bool mirrored = false) {
  QImage frame(1280, 720, QImage::Format_RGB888);
  frame.fill(QColor(128, 128, 128));
  cs::ui::PreviewWidget preview;
  preview.resize(1280, 720);
  preview.setMirrored(mirrored);
  preview.setFrame(cs::ui::imageToVideoFrame(frame));
  cs::ui::LiveResult result;
  result.analysis = analysis;
  result.frameArrivedMs = cs::ui::LiveSession::nowMs();
  preview.setResult(result);
  return preview.grab().toImage().pixelColor(x, y);
}

TEST(PreviewOverlay, EyeBandIsPaintedInTheWindowsOwnCoordinates) {
  // Window y 60, scale 480/450: output y 200..300 -> source y 247.5..341.25. Sample inside, away from lines.
  const QColor inBand = renderedPixel(cs::test::oneFace(80, 250, 240), 700, 290);
  EXPECT_GT(inBand.green(), inBand.red() + 20) << "eye band should be green when the eyes are inside";
  const QColor outBand = renderedPixel(cs::test::oneFace(80, 150, 240), 700, 290);
  EXPECT_GT(outBand.red(), outBand.green() + 20) << "eye band should be red when the eyes are outside";
  const QColor above = renderedPixel(cs::test::oneFace(80, 250, 240), 700, 230);  // output y ~181: no band
  EXPECT_NEAR(above.green(), above.red(), 8);
}

TEST(PreviewOverlay, OutsideTheCropWindowIsDarkened) {
  const QColor outside = renderedPixel(cs::test::oneFace(80, 250, 240), 100, 400);
  EXPECT_LT(outside.red(), 110);  // 128 grey under a dark shade
}

TEST(PreviewOverlay, MirroringFlipsOnlyThePreview) {
  QImage frame(1280, 720, QImage::Format_RGB888);
  frame.fill(Qt::blue);
  for (int y = 0; y < 720; ++y)
    for (int x = 0; x < 640; ++x) frame.setPixelColor(x, y, Qt::red);  // left half red
  cs::ui::PreviewWidget preview;
  preview.resize(1280, 720);
  preview.setFrame(cs::ui::imageToVideoFrame(frame));
  EXPECT_EQ(preview.grab().toImage().pixelColor(100, 360).red(), 255);
  preview.setMirrored(true);
  EXPECT_EQ(preview.grab().toImage().pixelColor(100, 360).blue(), 255);
}

}  // namespace
