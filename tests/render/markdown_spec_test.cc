// Conformance: the GitHub Flavored Markdown spec (0.29-gfm, the version of
// Debian's cmark-gfm) and the CommonMark 0.31.2 examples, from
// ../shared/fixtures, rendered by our post profile's engine (raw HTML allowed,
// no smart punctuation) and compared after normalising whitespace.
#include <boost/json.hpp>
#include <gtest/gtest.h>

#include <fstream>
#include <set>
#include <sstream>

#include "render/markdown.h"

namespace rapport::render {
namespace {

std::string ReadFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream out;
  out << in.rdbuf();
  return out.str();
}

// Whitespace between tags and at line ends does not change meaning.
std::string Normalise(const std::string& html) {
  std::string out;
  bool space = false;
  for (char c : html) {
    if (c == '\n' || c == ' ' || c == '\t') {
      space = true;
      continue;
    }
    if (space && !out.empty() && out.back() != '>' && c != '<') out += ' ';
    space = false;
    out += c;
  }
  return out;
}

MarkdownOptions SpecOptions() {
  MarkdownOptions o;
  o.allow_raw_html = true;
  return o;
}

struct SpecResult {
  int total = 0;
  std::vector<int> failures;
};

SpecResult RunSpec(const std::string& file, const std::function<bool(const boost::json::object&)>& include) {
  SpecResult result;
  const std::string text = ReadFile(file);
  if (text.empty()) {
    ADD_FAILURE() << "Missing fixture " << file;
    return result;
  }
  const boost::json::value spec = boost::json::parse(text);
  for (const auto& item : spec.as_array()) {
    const auto& ex = item.as_object();
    if (!include(ex)) continue;
    ++result.total;
    const std::string md(ex.at("markdown").as_string());
    const std::string expected(ex.at("html").as_string());
    if (Normalise(RenderMarkdown(md, SpecOptions())) != Normalise(expected)) {
      result.failures.push_back(static_cast<int>(ex.at("example").to_number<std::int64_t>()));
    }
  }
  return result;
}

TEST(MarkdownSpecTest, GfmSpecExamplesPass) {
  // Example 653 is "Disallowed Raw HTML" with the tag filter, which we run
  // (stricter than the spec's example for the tags it keeps).
  const SpecResult r = RunSpec(std::string(RAPPORT_FIXTURES_DIR) + "/github-cmark-gfm/gfm-spec-0.29.json",
                               [](const boost::json::object&) { return true; });
  EXPECT_GT(r.total, 600);
  std::string failed;
  for (int n : r.failures) failed += std::to_string(n) + " ";
  // Every example runs with all extensions on, as our renderer always does.
  // So the tag filter escapes <script>, <style> and <textarea> in the core
  // HTML-block examples (140-147), and the autolink extension links URLs
  // that core CommonMark leaves as text inside angle brackets (610-620).
  const std::set<int> expected_deviations = {140, 141, 142, 145, 147, 610, 614, 616, 619, 620};
  std::vector<int> unexpected;
  for (int n : r.failures) {
    if (!expected_deviations.count(n)) unexpected.push_back(n);
  }
  EXPECT_TRUE(unexpected.empty()) << r.failures.size() << " of " << r.total << " failed: " << failed;
}

TEST(MarkdownSpecTest, CommonMarkCurrentSpecMostlyPasses) {
  // cmark-gfm 0.29 predates CommonMark 0.31.2; the differences are known
  // spec changes (e.g. HTML block start conditions). Hold the line at the
  // current count so a regression shows.
  const SpecResult r = RunSpec(std::string(RAPPORT_FIXTURES_DIR) + "/commonmark-commonmark-spec/spec-0.31.2.json",
                               [](const boost::json::object&) { return true; });
  EXPECT_EQ(r.total, 652);
  EXPECT_GE(r.total - static_cast<int>(r.failures.size()), 600) << r.failures.size() << " failed";
}

}  // namespace
}  // namespace rapport::render
