#include "care/helplines.h"

#include <toml++/toml.h>

#include <algorithm>
#include <fstream>
#include <sstream>

#include "core/embedded_file.h"

namespace rapport::care {
namespace {

std::string Upper(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  return out;
}

bool IsCountryCode(std::string_view code) {
  return code.size() == 2 && std::isalpha(static_cast<unsigned char>(code[0])) &&
         std::isalpha(static_cast<unsigned char>(code[1]));
}

}  // namespace

std::string CountryName(std::string_view code) {
  static const std::map<std::string, std::string, std::less<>> kNames = {
      {"AU", "Australia"}, {"CA", "Canada"},      {"DE", "Germany"},        {"ES", "Spain"},
      {"FR", "France"},    {"GB", "United Kingdom"}, {"IE", "Ireland"},    {"IN", "India"},
      {"IT", "Italy"},     {"NL", "Netherlands"}, {"NZ", "New Zealand"},    {"SE", "Sweden"},
      {"US", "United States"}};
  const auto it = kNames.find(code);
  return it == kNames.end() ? std::string(code) : it->second;
}

std::string CountryFromAcceptLanguage(std::string_view header) {
  // Languages in order of preference; the first with a region decides.
  std::vector<std::pair<double, std::string>> regions;
  std::size_t order = 0;
  while (!header.empty()) {
    const std::size_t comma = header.find(',');
    std::string_view item = header.substr(0, comma);
    header = comma == std::string_view::npos ? std::string_view() : header.substr(comma + 1);
    double q = 1.0;
    if (const std::size_t semi = item.find(';'); semi != std::string_view::npos) {
      const std::string_view params = item.substr(semi + 1);
      if (const std::size_t at = params.find("q="); at != std::string_view::npos) {
        q = std::atof(std::string(params.substr(at + 2)).c_str());
      }
      item = item.substr(0, semi);
    }
    while (!item.empty() && item.front() == ' ') item.remove_prefix(1);
    while (!item.empty() && item.back() == ' ') item.remove_suffix(1);
    const std::size_t dash = item.find_first_of("-_");
    if (dash != std::string_view::npos) {
      const std::string_view region = item.substr(dash + 1, 2);
      if (IsCountryCode(region) && (dash + 3 == item.size() || item[dash + 3] == '-')) {
        regions.emplace_back(q - static_cast<double>(order) * 1e-6, Upper(region));
      }
    }
    ++order;
  }
  if (regions.empty()) return "";
  return std::max_element(regions.begin(), regions.end())->second;
}

Result<HelplineDirectory> HelplineDirectory::Parse(std::string_view text, std::string_view origin) {
  toml::table table;
  try {
    table = toml::parse(text, origin);
  } catch (const toml::parse_error& e) {
    return Error::InvalidArgument("The helpline directory " + std::string(origin) + " could not be read (line " +
                                  std::to_string(e.source().begin.line) + "): " + std::string(e.description()));
  }
  HelplineDirectory d;
  d.version_ = table["version"].value_or(std::string());
  d.default_country_ = Upper(table["default_country"].value_or(std::string("GB")));
  d.fallback_name_ = table["fallback_name"].value_or(std::string("Find A Helpline"));
  d.fallback_url_ = table["fallback_url"].value_or(std::string("https://findahelpline.com"));
  if (const toml::table* emergency = table["emergency"].as_table()) {
    for (const auto& [code, value] : *emergency) {
      if (auto number = value.value<std::string>()) d.emergency_[Upper(code.str())] = *number;
    }
  }
  if (const toml::array* lines = table["helpline"].as_array()) {
    int index = 0;
    for (const toml::node& node : *lines) {
      ++index;
      const toml::table* t = node.as_table();
      if (!t) continue;
      Helpline h;
      const auto get = [&](const char* key) { return (*t)[key].value_or(std::string()); };
      h.country = Upper(get("country"));
      h.name = get("name");
      h.phone = get("phone");
      h.dial = get("dial");
      h.text_number = get("text_number");
      h.text_keyword = get("text_keyword");
      h.web = get("web");
      h.hours = get("hours");
      h.source = get("source");
      h.last_verified = get("last_verified");
      if (!IsCountryCode(h.country) || h.name.empty() || (h.phone.empty() && h.text_number.empty() && h.web.empty())) {
        return Error::InvalidArgument("In the helpline directory " + std::string(origin) + ", helpline " +
                                      std::to_string(index) +
                                      " needs a two-letter country, a name and a phone number, text number or web site.");
      }
      if (!h.web.empty() && h.web.rfind("https://", 0) != 0 && h.web.rfind("http://", 0) != 0) {
        return Error::InvalidArgument("In the helpline directory, the web address of " + h.name + " must start with https://.");
      }
      if (const toml::array* levels = (*t)["levels"].as_array()) {
        h.for_crisis = h.for_concern = false;
        for (const toml::node& level : *levels) {
          const std::string name = level.value_or(std::string());
          h.for_crisis = h.for_crisis || name == "crisis";
          h.for_concern = h.for_concern || name == "concern";
        }
      }
      d.lines_.push_back(std::move(h));
    }
  }
  if (d.lines_.empty()) return Error::InvalidArgument("The helpline directory " + std::string(origin) + " lists no helplines.");
  return d;
}

Result<HelplineDirectory> HelplineDirectory::Load(const std::string& path) {
  if (path.empty()) {
    const EmbeddedFile* file = FindEmbedded(embedded::CareData(), "helplines.toml");
    if (!file) return Error::Internal("This build has no helpline directory.");
    return Parse(file->data, "(built in)");
  }
  std::ifstream in(path, std::ios::binary);
  if (!in) return Error::InvalidArgument("The helpline directory " + path + " could not be opened.");
  std::ostringstream text;
  text << in.rdbuf();
  return Parse(text.str(), path);
}

std::vector<Helpline> HelplineDirectory::For(std::string_view country, RiskLevel level, std::size_t limit) const {
  std::vector<Helpline> out;
  for (const Helpline& h : lines_) {
    if (h.country != country) continue;
    if ((level == RiskLevel::kCrisis && !h.for_crisis) || (level == RiskLevel::kConcern && !h.for_concern)) continue;
    out.push_back(h);
    if (out.size() == limit) break;
  }
  return out;
}

std::string HelplineDirectory::Emergency(std::string_view country) const {
  const auto it = emergency_.find(country);
  return it == emergency_.end() ? std::string() : it->second;
}

bool HelplineDirectory::Knows(std::string_view country) const {
  return std::any_of(lines_.begin(), lines_.end(), [&](const Helpline& h) { return h.country == country; });
}

bool HelplineDirectory::Covers(std::string_view country) const {
  return Knows(country) || emergency_.find(country) != emergency_.end();
}

std::vector<Country> HelplineDirectory::Countries() const {
  std::vector<Country> out;
  const auto add = [&](const std::string& code) {
    if (std::none_of(out.begin(), out.end(), [&](const Country& c) { return c.code == code; })) {
      out.push_back({code, CountryName(code)});
    }
  };
  for (const Helpline& h : lines_) add(h.country);
  for (const auto& [code, number] : emergency_) add(code);
  std::sort(out.begin(), out.end(), [](const Country& a, const Country& b) { return a.name < b.name; });
  return out;
}

std::vector<Helpline> HelplineDirectory::Unverified(std::string_view today) const {
  std::vector<Helpline> out;
  // Six months back, by the calendar: YYYY-MM-DD compares as text.
  std::string cutoff(today);
  if (cutoff.size() >= 7) {
    int year = std::atoi(cutoff.substr(0, 4).c_str());
    int month = std::atoi(cutoff.substr(5, 2).c_str()) - 6;
    if (month < 1) {
      month += 12;
      --year;
    }
    char buf[32];
    std::snprintf(buf, sizeof buf, "%04d-%02d", year % 10000, month % 100);
    cutoff.replace(0, 7, buf);
  }
  for (const Helpline& h : lines_) {
    if (h.last_verified.empty() || h.last_verified < cutoff) out.push_back(h);
  }
  return out;
}

}  // namespace rapport::care
