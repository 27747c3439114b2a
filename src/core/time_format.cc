#include "core/time_format.h"

#include <array>
#include <chrono>
#include <cstdio>

namespace rapport {
namespace {

using namespace std::chrono;

struct Civil {
  int year, month, day, hour, minute, second, weekday;  // weekday: 0 = Sunday
};

Civil ToCivil(UnixSeconds t) {
  const sys_seconds tp{seconds{t}};
  const sys_days days = floor<std::chrono::days>(tp);
  const year_month_day ymd{days};
  const hh_mm_ss hms{tp - days};
  return {int(ymd.year()), int(unsigned(ymd.month())), int(unsigned(ymd.day())), int(hms.hours().count()),
          int(hms.minutes().count()), int(hms.seconds().count()), int(weekday{days}.c_encoding())};
}

constexpr std::array<const char*, 12> kMonths = {"January", "February", "March",     "April",   "May",      "June",
                                                 "July",    "August",   "September", "October", "November", "December"};
constexpr std::array<const char*, 7> kDays = {"Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"};

bool ReadDigits(std::string_view s, size_t pos, size_t n, int& out) {
  if (pos + n > s.size()) return false;
  int v = 0;
  for (size_t i = pos; i < pos + n; ++i) {
    if (s[i] < '0' || s[i] > '9') return false;
    v = v * 10 + (s[i] - '0');
  }
  out = v;
  return true;
}

}  // namespace

std::string FormatRfc3339(UnixSeconds t) {
  const Civil c = ToCivil(t);
  char buf[32];
  std::snprintf(buf, sizeof buf, "%04d-%02d-%02dT%02d:%02d:%02dZ", c.year, c.month, c.day, c.hour, c.minute, c.second);
  return buf;
}

std::string FormatLongDate(UnixSeconds t) {
  const Civil c = ToCivil(t);
  return std::to_string(c.day) + " " + kMonths[c.month - 1] + " " + std::to_string(c.year);
}

std::string FormatHttpDate(UnixSeconds t) {
  const Civil c = ToCivil(t);
  char buf[40];
  std::snprintf(buf, sizeof buf, "%s, %02d %.3s %04d %02d:%02d:%02d GMT", kDays[c.weekday], c.day, kMonths[c.month - 1],
                c.year, c.hour, c.minute, c.second);
  return buf;
}

std::optional<UnixSeconds> ParseRfc3339(std::string_view s) {
  int y, mo, d, h = 0, mi = 0, se = 0;
  if (!ReadDigits(s, 0, 4, y) || s.size() < 10 || s[4] != '-' || !ReadDigits(s, 5, 2, mo) || s[7] != '-' ||
      !ReadDigits(s, 8, 2, d)) {
    return std::nullopt;
  }
  size_t pos = 10;
  if (pos < s.size() && (s[pos] == 'T' || s[pos] == 't' || s[pos] == ' ')) {
    if (!ReadDigits(s, pos + 1, 2, h) || pos + 3 >= s.size() || s[pos + 3] != ':' || !ReadDigits(s, pos + 4, 2, mi)) {
      return std::nullopt;
    }
    pos += 6;
    if (pos < s.size() && s[pos] == ':') {
      if (!ReadDigits(s, pos + 1, 2, se)) return std::nullopt;
      pos += 3;
      if (pos < s.size() && s[pos] == '.') {  // fractional seconds are accepted and dropped
        ++pos;
        while (pos < s.size() && s[pos] >= '0' && s[pos] <= '9') ++pos;
      }
    }
  }
  int offset_seconds = 0;
  if (pos < s.size()) {
    if (s[pos] == 'Z' || s[pos] == 'z') {
      ++pos;
    } else if (s[pos] == '+' || s[pos] == '-') {
      int oh, om;
      if (!ReadDigits(s, pos + 1, 2, oh) || pos + 3 >= s.size() || s[pos + 3] != ':' ||
          !ReadDigits(s, pos + 4, 2, om)) {
        return std::nullopt;
      }
      offset_seconds = (oh * 3600 + om * 60) * (s[pos] == '-' ? -1 : 1);
      pos += 6;
    }
  }
  if (pos != s.size() || h > 23 || mi > 59 || se > 60) return std::nullopt;
  const year_month_day ymd{year{y}, month{unsigned(mo)}, day{unsigned(d)}};
  if (!ymd.ok()) return std::nullopt;
  const auto days_since_epoch = sys_days{ymd}.time_since_epoch().count();
  return UnixSeconds{days_since_epoch} * 86400 + h * 3600 + mi * 60 + se - offset_seconds;
}

}  // namespace rapport
