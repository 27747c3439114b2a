// Tests for the JSON Lines batch adapter (the `rapport screen` subcommand's core).
#include "screening/screen_jsonl.h"

#include <gtest/gtest.h>

#include <boost/json.hpp>

#include <sstream>
#include <string>
#include <vector>

namespace rapport::screening {
namespace {

struct LinesRun {
  int status = 0;
  std::vector<boost::json::value> lines;
  std::string err;
};

LinesRun ScreenLines(const std::string& input) {
  std::istringstream in(input);
  std::ostringstream out;
  std::ostringstream err;
  LinesRun run;
  run.status = ScreenJsonLines(in, out, err, Screener::Default());
  std::istringstream produced(out.str());
  std::string line;
  while (std::getline(produced, line)) run.lines.push_back(boost::json::parse(line));
  run.err = err.str();
  return run;
}

TEST(ScreenJsonLinesTest, WritesOneResultPerLineAndEchoesIdTypes) {
  const LinesRun run = ScreenLines(
      "{\"id\": 7, \"text\": \"I want to kill myself.\"}\n"
      "{\"id\": \"c-8\", \"text\": \"Lovely piece, thank you.\"}\n"
      "\n"
      "{\"text\": \"My brother has been cutting again.\", \"id\": 9.5}\r\n");
  EXPECT_EQ(run.status, 0);
  EXPECT_EQ(run.err, "");
  ASSERT_EQ(run.lines.size(), 3u);

  const boost::json::object& first = run.lines[0].as_object();
  EXPECT_TRUE(first.at("id").is_int64());
  EXPECT_EQ(first.at("id").as_int64(), 7);
  EXPECT_EQ(first.at("level").as_string(), "crisis");
  EXPECT_EQ(first.at("third_party").as_bool(), false);
  const boost::json::array& reasons = first.at("reasons").as_array();
  ASSERT_EQ(reasons.size(), 1u);
  const boost::json::object& reason = reasons[0].as_object();
  EXPECT_EQ(reason.at("rule").as_string(), "SI-KILL-MYSELF");
  EXPECT_EQ(reason.at("level").as_string(), "crisis");
  EXPECT_EQ(reason.at("category").as_string(), "intent");
  EXPECT_EQ(reason.at("excerpt").as_string(), "kill myself");
  EXPECT_TRUE(reason.at("modifiers").is_array());

  const boost::json::object& second = run.lines[1].as_object();
  EXPECT_EQ(second.at("id").as_string(), "c-8");
  EXPECT_EQ(second.at("level").as_string(), "none");
  EXPECT_TRUE(second.at("reasons").as_array().empty());

  const boost::json::object& third = run.lines[2].as_object();
  EXPECT_TRUE(third.at("id").is_double());
  EXPECT_EQ(third.at("level").as_string(), "concern");
  EXPECT_EQ(third.at("third_party").as_bool(), true);
}

TEST(ScreenJsonLinesTest, KeysAreInTheDocumentedOrder) {
  std::istringstream in("{\"id\":1,\"text\":\"I wish I was dead\"}\n");
  std::ostringstream out;
  std::ostringstream err;
  ASSERT_EQ(ScreenJsonLines(in, out, err, Screener::Default()), 0);
  EXPECT_EQ(out.str(),
            "{\"id\":1,\"level\":\"concern\",\"reasons\":[{\"rule\":\"PW-WISH-DEAD\",\"level\":\"concern\","
            "\"category\":\"passive\",\"excerpt\":\"wish I was dead\",\"modifiers\":[]}],\"third_party\":false}\n");
}

TEST(ScreenJsonLinesTest, ReportsMalformedLinesAndCarriesOn) {
  const LinesRun run = ScreenLines(
      "{\"id\": 1, \"text\": \"fine\"}\n"
      "not json at all\n"
      "[1, 2]\n"
      "{\"id\": 4}\n"
      "{\"text\": \"no id\"}\n"
      "{\"id\": true, \"text\": \"bool id\"}\n"
      "{\"id\": 7, \"text\": 42}\n"
      "{\"id\": 8, \"text\": \"I cut myself again tonight\"}\n");
  EXPECT_EQ(run.status, 1);
  ASSERT_EQ(run.lines.size(), 8u);
  EXPECT_EQ(run.lines[0].as_object().at("level").as_string(), "none");
  const int bad_lines[] = {2, 3, 4, 5, 6, 7};
  for (std::size_t i = 0; i < 6; ++i) {
    const boost::json::object& o = run.lines[i + 1].as_object();
    EXPECT_EQ(o.at("line").as_int64(), bad_lines[i]);
    EXPECT_FALSE(o.at("error").as_string().empty());
    EXPECT_FALSE(o.contains("level"));
  }
  EXPECT_NE(run.lines[1].as_object().at("error").as_string().find("invalid JSON"), boost::json::string::npos);
  EXPECT_EQ(run.lines[2].as_object().at("error").as_string(), "expected a JSON object");
  EXPECT_EQ(run.lines[7].as_object().at("level").as_string(), "crisis");
  EXPECT_NE(run.err.find("line 2: invalid JSON"), std::string::npos) << run.err;
  EXPECT_NE(run.err.find("line 5: missing \"id\""), std::string::npos) << run.err;
}

TEST(ScreenJsonLinesTest, AcceptsAFileSavedWithAByteOrderMarkAndWindowsLineEnds) {
  const LinesRun run = ScreenLines(
      "\xEF\xBB\xBF{\"id\": 1, \"text\": \"I want to kill myself\"}\r\n"
      "{\"id\": 2, \"text\": \"fine\"}\r\n");
  EXPECT_EQ(run.status, 0) << run.err;
  ASSERT_EQ(run.lines.size(), 2u);
  EXPECT_EQ(run.lines[0].as_object().at("level").as_string(), "crisis");
  EXPECT_EQ(run.lines[1].as_object().at("level").as_string(), "none");
}

TEST(ScreenJsonLinesTest, AByteOrderMarkIsOnlySkippedAtTheStartOfTheInput) {
  const LinesRun run = ScreenLines("{\"id\": 1, \"text\": \"fine\"}\n\xEF\xBB\xBF{\"id\": 2, \"text\": \"x\"}\n");
  EXPECT_EQ(run.status, 1);
  ASSERT_EQ(run.lines.size(), 2u);
  EXPECT_EQ(run.lines[1].as_object().at("line").as_int64(), 2);
}

TEST(ScreenJsonLinesTest, EmptyInputIsFine) {
  const LinesRun run = ScreenLines("");
  EXPECT_EQ(run.status, 0);
  EXPECT_TRUE(run.lines.empty());
}

}  // namespace
}  // namespace rapport::screening
