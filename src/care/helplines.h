// The directory of crisis lines shown to a writer whose comment suggests they
// may be in crisis or in distress: data, not code. The site owner edits a TOML
// file (the built-in one, src/care/helplines.toml, lists its sources and asks
// for every number to be checked before launch); this reads it and picks the
// lines for a country.
//
// Thread safety: immutable after Load; all methods are const.
#pragma once

#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "core/result.h"
#include "core/risk.h"

namespace rapport::care {

struct Helpline {
  std::string country;
  std::string name;
  std::string phone;  // as shown
  std::string dial;   // digits for a tel: link
  std::string text_number;
  std::string text_keyword;
  std::string web;
  std::string hours;
  bool for_crisis = true;
  bool for_concern = true;
  std::string source;
  std::string last_verified;
};

struct Country {
  std::string code;
  std::string name;
};

class HelplineDirectory {
 public:
  // `toml` is the text of a directory file; `origin` names it in errors.
  static Result<HelplineDirectory> Parse(std::string_view toml, std::string_view origin);
  // The built-in directory, or the file at `path` when not empty.
  static Result<HelplineDirectory> Load(const std::string& path);

  // At most `limit` lines for `country` suited to `level`.
  std::vector<Helpline> For(std::string_view country, RiskLevel level, std::size_t limit = 3) const;
  // The emergency number for `country`, or "" when the directory has none.
  std::string Emergency(std::string_view country) const;
  // Countries the directory covers, by name, for the "somewhere else?" choice.
  std::vector<Country> Countries() const;
  // Whether it lists lines for `country`.
  bool Knows(std::string_view country) const;
  // Whether it lists lines or an emergency number for `country`: a reader
  // there is told that number and where to find lines, never another
  // country's.
  bool Covers(std::string_view country) const;

  const std::string& default_country() const { return default_country_; }
  const std::string& fallback_name() const { return fallback_name_; }
  const std::string& fallback_url() const { return fallback_url_; }
  const std::string& version() const { return version_; }
  // Lines never checked, or last checked more than six months before `now`.
  std::vector<Helpline> Unverified(std::string_view today) const;

 private:
  std::string version_;
  std::string default_country_ = "GB";
  std::string fallback_name_;
  std::string fallback_url_;
  std::map<std::string, std::string, std::less<>> emergency_;
  std::vector<Helpline> lines_;
};

// The country a browser prefers, from Accept-Language ("en-GB,en;q=0.9" ->
// "GB"), or "" when no language names a region.
std::string CountryFromAcceptLanguage(std::string_view header);

// "United Kingdom" for "GB"; the code itself for codes it does not know.
std::string CountryName(std::string_view code);

}  // namespace rapport::care
