// The screener on comments real people wrote, outside this project: the
// harmless ("ham") comments of the UCI YouTube Spam Collection in
// ../shared/fixtures. None of them is about risk; short, slangy, full of
// "tonight", "goodbye" and "kill it", they are a check on needless holds that
// no invented set gives. SAFE-MESSAGING.md puts the ceiling for comments
// without risk at 2%, at any sensitivity.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "screening/screener.h"
#include "uci_collection.h"

namespace rapport::screening {
namespace {

TEST(ScreenRealCommentsTest, RealHarmlessCommentsAreRarelyHeld) {
  std::vector<tools::UciComment> comments;
  int files = 0;
  int malformed = 0;
  std::string error;
  ASSERT_TRUE(tools::ReadCollection(std::string(RAPPORT_FIXTURES_DIR) + "/uci-youtube-spam-collection", comments,
                                    files, malformed, error))
      << error;
  for (const std::string& name : Screener::Default().sensitivities()) {
    Result<Screener> screener = Screener::Default().WithSensitivity(name);
    ASSERT_TRUE(screener.ok());
    int harmless = 0;
    int held = 0;
    std::string examples;
    for (const tools::UciComment& c : comments) {
      if (c.spam) continue;
      ++harmless;
      if (screener->Screen(c.content).level == RiskLevel::kNone) continue;
      if (++held <= 5) examples += "\n  " + c.content.substr(0, 100);
    }
    EXPECT_GT(harmless, 900);
    EXPECT_LE(held * 50, harmless) << name << ": " << held << " of " << harmless << " held, e.g." << examples;
  }
}

}  // namespace
}  // namespace rapport::screening
