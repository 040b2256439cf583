// The mailbox between the frame source and the analysis thread keeps only the newest frame.
#include <gtest/gtest.h>

#include <thread>

#include "frames/frame_convert.h"
#include "live/frame_mailbox.h"

namespace {

QVideoFrame frameOfWidth(int width) {
  QImage image(width, 8, QImage::Format_RGB888);
  image.fill(Qt::gray);
  return cs::ui::imageToVideoFrame(image);
}

TEST(FrameMailbox, KeepsOnlyTheNewestFrame) {
  cs::ui::FrameMailbox mailbox;
  mailbox.put(frameOfWidth(10), 1);
  mailbox.put(frameOfWidth(20), 2);
  mailbox.put(frameOfWidth(30), 3);
  auto taken = mailbox.tryTake();
  ASSERT_TRUE(taken.has_value());
  EXPECT_EQ(taken->frame.width(), 30);
  EXPECT_EQ(taken->arrivedMs, 3);
  EXPECT_EQ(taken->sequence, 3u);
  EXPECT_EQ(mailbox.dropped(), 2u);
  EXPECT_FALSE(mailbox.tryTake().has_value());  // never a queue: nothing older is left behind
}

TEST(FrameMailbox, CloseWakesAWaitingReader) {
  cs::ui::FrameMailbox mailbox;
  std::optional<cs::ui::MailboxEntry> got = cs::ui::MailboxEntry{};
  std::thread reader([&] { got = mailbox.waitTake(); });
  mailbox.close();
  reader.join();
  EXPECT_FALSE(got.has_value());
  mailbox.put(frameOfWidth(10), 1);  // ignored once closed
  EXPECT_FALSE(mailbox.tryTake().has_value());
}

TEST(FrameMailbox, WaitingReaderGetsTheFramePutLater) {
  cs::ui::FrameMailbox mailbox;
  std::optional<cs::ui::MailboxEntry> got;
  std::thread reader([&] { got = mailbox.waitTake(); });
  mailbox.put(frameOfWidth(40), 7);
  reader.join();
  ASSERT_TRUE(got.has_value());
  EXPECT_EQ(got->frame.width(), 40);
}

}  // namespace
