#include "bench_run.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QTimer>
#include <cstdio>
#include <memory>

#include "live/live_session.h"
#include "window/capture_window.h"

namespace cs::station {

namespace {

struct BenchState {
  long long preview0 = 0, analysed0 = 0;
  double analysisMsSum = 0;
  int analysisCount = 0;
  QSize frameSize;
  QElapsedTimer clock;
  bool measuring = false;
};

void report(cs::ui::CaptureWindow& window, const BenchState& s) {
  const double seconds = static_cast<double>(s.clock.elapsed()) / 1000.0;
  const double preview = static_cast<double>(window.live().previewFrames() - s.preview0) / seconds;
  const double analysis = static_cast<double>(window.live().analysedFrames() - s.analysed0) / seconds;
  std::printf("bench: source %s, frames %dx%d, %.1f s\n", qPrintable(window.live().source()->description()),
              s.frameSize.width(), s.frameSize.height(), seconds);
  std::printf("bench: preview %.1f fps, analysis %.1f fps, analyse() mean %.1f ms\n", preview, analysis,
              s.analysisCount ? s.analysisMsSum / s.analysisCount : 0.0);
  std::fflush(stdout);
}

}  // namespace

void startBench(cs::ui::CaptureWindow& window, double seconds) {
  constexpr int kWarmUpMs = 2000;
  auto state = std::make_shared<BenchState>();
  QObject::connect(&window.live(), &cs::ui::LiveSession::resultReady, &window, [state](const cs::ui::LiveResult& r) {
    if (!state->measuring) return;
    state->analysisMsSum += r.analysisMs;
    ++state->analysisCount;
    state->frameSize = r.frame.size();
  });
  QObject::connect(&window.live(), &cs::ui::LiveSession::analyzerLoaded, &window, [&window, state, seconds] {
    QTimer::singleShot(kWarmUpMs, &window, [&window, state, seconds] {
      state->preview0 = window.live().previewFrames();
      state->analysed0 = window.live().analysedFrames();
      state->measuring = true;
      state->clock.start();
      QTimer::singleShot(static_cast<int>(seconds * 1000), &window, [&window, state] {
        report(window, *state);
        QApplication::quit();
      });
    });
  });
  QObject::connect(&window.live(), &cs::ui::LiveSession::analyzerFailed, &window, [](const QString& message) {
    std::fprintf(stderr, "bench: the face model could not be loaded: %s\n", qPrintable(message));
    QApplication::exit(1);
  });
}

}  // namespace cs::station
