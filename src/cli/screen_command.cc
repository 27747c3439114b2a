// `rapport screen`: the crisis screener on any set of comments, without a
// server. Reads {"id": ..., "text": ...} JSON lines on standard input and
// writes one {"id", "level", "reasons", "third_party"} line per input.
// `rapport screen judged`: the comments staff judged, as labelled lines, or
// (--measure) how each sensitivity of the screener does on them.
#include <fstream>
#include <iostream>
#include <sstream>
#include <string>
#include <vector>

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

namespace {

int MeasureJudged(store::Store& store, const std::string& in_use) {
  const screening::Screener& screener = screening::Screener::Default();
  auto figures = service::MeasureOnJudged(store, screener);
  if (!figures) return Fail(figures.error());
  const service::JudgedFigures& any = figures->front();
  const std::int64_t total = any.at_risk + any.not_at_risk;
  std::cout << "Your staff judged " << total << (total == 1 ? " comment: " : " comments: ") << any.crisis
            << " possibly in crisis, " << any.at_risk - any.crisis << " in distress, " << any.not_at_risk
            << " not at risk.\n";
  if (total == 0) {
    std::cout << "Judge comments in the desk (\"Is the writer at risk?\" on a comment's page) to measure the "
                 "screener on your own readers.\n";
    return 0;
  }
  std::cout << "Screened again now (model " << screener.learned_version() << "), at each sensitivity:\n";
  for (const service::JudgedFigures& f : *figures) {
    std::vector<std::string> parts;
    if (f.crisis > 0) {
      parts.push_back("finds " + std::to_string(f.crisis_found) + " of " + std::to_string(f.crisis) + " crises (" +
                      std::to_string(f.crisis_flagged) + " held at some level)");
    }
    if (f.at_risk > 0) {
      parts.push_back("holds " + std::to_string(f.at_risk_flagged) + " of " + std::to_string(f.at_risk) +
                      " writers at risk");
    }
    if (f.not_at_risk > 0) {
      parts.push_back("holds " + std::to_string(f.needless) + " of " + std::to_string(f.not_at_risk) +
                      " writers not at risk");
    }
    std::cout << "  " << f.sensitivity << (f.sensitivity == in_use ? " (in use)" : "") << ": ";
    for (std::size_t i = 0; i < parts.size(); ++i) std::cout << (i > 0 ? "; " : "") << parts[i];
    std::cout << ".\n";
  }
  if (total < 50) {
    std::cout << "These are few comments: the figures will say more as your staff judge more.\n";
  }
  return 0;
}

}  // namespace

int RunScreenJudged(Config& config, bool measure) {
  auto store = OpenCheckedStore(config, 1, /*migrate=*/false);
  if (!store) return Fail(store.error());
  if (measure) return MeasureJudged(**store, config.screening_sensitivity);
  std::ios::sync_with_stdio(false);
  auto written = service::WriteJudgedComments(**store, std::cout);
  if (!written) return Fail(written.error());
  std::cerr << *written << (*written == 1 ? " comment" : " comments") << " judged by staff.\n";
  return 0;
}

}  // namespace rapport::cli
