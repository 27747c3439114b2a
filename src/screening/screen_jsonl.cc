#include "screening/screen_jsonl.h"

#include <boost/json.hpp>

#include <istream>
#include <ostream>
#include <string>

namespace rapport::screening {
namespace {

namespace json = boost::json;

json::object ResultLine(const json::value& id, const Screening& s) {
  json::array reasons;
  for (const Match& m : s.matches) {
    json::array modifiers;
    for (const std::string& mod : m.modifiers) modifiers.emplace_back(mod);
    json::object reason;
    reason["rule"] = m.rule_id;
    reason["level"] = RiskLevelName(m.level);
    reason["category"] = m.category;
    reason["excerpt"] = m.excerpt;
    reason["modifiers"] = std::move(modifiers);
    reasons.emplace_back(std::move(reason));
  }
  json::object line;
  line["id"] = id;
  line["level"] = RiskLevelName(s.level);
  line["reasons"] = std::move(reasons);
  line["third_party"] = s.third_party;
  return line;
}

// Checks one input line; on success sets `id` and `text`, otherwise returns the problem.
std::string Validate(const std::string& raw, json::value& parsed, const json::value*& id, std::string_view& text) {
  boost::system::error_code ec;
  parsed = json::parse(raw, ec);
  if (ec) return "invalid JSON: " + ec.message();
  const json::object* o = parsed.if_object();
  if (o == nullptr) return "expected a JSON object";
  id = o->if_contains("id");
  if (id == nullptr || !(id->is_string() || id->is_number())) return "missing \"id\" (a number or a string)";
  const json::value* t = o->if_contains("text");
  if (t == nullptr || !t->is_string()) return "missing \"text\" (a string)";
  text = t->as_string();
  return {};
}

}  // namespace

int ScreenJsonLines(std::istream& in, std::ostream& out, std::ostream& err, const Screener& screener) {
  int status = 0;
  long line_number = 0;
  std::string raw;
  while (std::getline(in, raw)) {
    ++line_number;
    if (!raw.empty() && raw.back() == '\r') raw.pop_back();
    // Editors and tools on Windows often start a UTF-8 file with a byte order mark.
    if (line_number == 1 && raw.rfind("\xEF\xBB\xBF", 0) == 0) raw.erase(0, 3);
    if (raw.find_first_not_of(" \t") == std::string::npos) continue;
    json::value parsed;
    const json::value* id = nullptr;
    std::string_view text;
    const std::string problem = Validate(raw, parsed, id, text);
    if (!problem.empty()) {
      status = 1;
      json::object error;
      error["line"] = line_number;
      error["error"] = problem;
      out << json::serialize(error) << '\n';
      err << "line " << line_number << ": " << problem << '\n';
      continue;
    }
    out << json::serialize(ResultLine(*id, screener.Screen(text))) << '\n';
  }
  out.flush();
  return status;
}

}  // namespace rapport::screening
