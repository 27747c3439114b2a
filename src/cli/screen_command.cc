// `rapport screen`: the crisis screener on any set of comments, without a
// server. Reads {"id": ..., "text": ...} JSON lines on standard input and
// writes one {"id", "level", "reasons", "third_party"} line per input.
// `rapport screen judged`: the comments staff judged, as labelled lines.
#include <fstream>
#include <iostream>
#include <sstream>

#include "cli/commands.h"
#include "service/judged_comments.h"
#include "screening/screen_jsonl.h"
#include "screening/screener.h"

namespace rapport::cli {

int RunScreen(const std::string& rules_file, const std::string& sensitivity) {
  const screening::Screener* base = &screening::Screener::Default();
  std::optional<screening::Screener> custom;
  if (!rules_file.empty()) {
    std::ifstream in(rules_file, std::ios::binary);
    if (!in) return Fail(Error::InvalidArgument("The rules file " + rules_file + " could not be opened."));
    std::ostringstream text;
    text << in.rdbuf();
    auto loaded = screening::Screener::FromRules(text.str());
    if (!loaded) return Fail(loaded.error());
    custom = std::move(*loaded);
    base = &*custom;
  }
  auto screener = base->WithSensitivity(sensitivity);
  if (!screener) return Fail(screener.error());
  std::ios::sync_with_stdio(false);
  return screening::ScreenJsonLines(std::cin, std::cout, std::cerr, *screener);
}

int RunScreenJudged(Config& config) {
  auto store = OpenCheckedStore(config, 1, /*migrate=*/false);
  if (!store) return Fail(store.error());
  std::ios::sync_with_stdio(false);
  auto written = service::WriteJudgedComments(**store, std::cout);
  if (!written) return Fail(written.error());
  std::cerr << *written << (*written == 1 ? " comment" : " comments") << " judged by staff.\n";
  return 0;
}

}  // namespace rapport::cli
