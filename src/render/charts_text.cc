// Cleaning chart input, and the words and numbers charts print.
#include <algorithm>
#include <array>
#include <charconv>
#include <cmath>
#include <limits>
#include <optional>

#include "core/utf8.h"
#include "render/charts.h"
#include "render/charts_internal.h"

namespace rapport::render {
namespace charts_internal {
namespace {

constexpr double kMissing = std::numeric_limits<double>::quiet_NaN();

constexpr std::array<std::string_view, 12> kMonthNames = {"January",   "February", "March",    "April",
                                                          "May",       "June",     "July",     "August",
                                                          "September", "October",  "November", "December"};

struct IsoDate {
  int year = 0;
  int month = 0;  // 1..12
  int day = 0;    // 0 for a month label
};

std::optional<int> Digits(std::string_view text, std::size_t pos, std::size_t count) {
  int n = 0;
  for (std::size_t i = pos; i < pos + count; ++i) {
    if (text[i] < '0' || text[i] > '9') return std::nullopt;
    n = n * 10 + (text[i] - '0');
  }
  return n;
}

int DaysInMonth(int year, int month) {
  static constexpr std::array<int, 12> kDays = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  const bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
  return month == 2 && leap ? 29 : kDays[month - 1];
}

// "2026-11" or "2026-11-03", nothing else.
std::optional<IsoDate> ParseIsoLabel(std::string_view text) {
  if (text.size() != 7 && text.size() != 10) return std::nullopt;
  if (text[4] != '-') return std::nullopt;
  const auto year = Digits(text, 0, 4);
  const auto month = Digits(text, 5, 2);
  if (!year || !month || *month < 1 || *month > 12) return std::nullopt;
  IsoDate date{*year, *month, 0};
  if (text.size() == 10) {
    const auto day = Digits(text, 8, 2);
    if (text[7] != '-' || !day || *day < 1 || *day > DaysInMonth(*year, *month)) return std::nullopt;
    date.day = *day;
  }
  return date;
}

bool IsBidiControl(char32_t cp) {
  // Embeddings, overrides and isolates could flip the text around a label
  // ("…: 14 comments"); plain right-to-left letters are left alone.
  return (cp >= 0x202A && cp <= 0x202E) || (cp >= 0x2066 && cp <= 0x2069);
}

// Letters, digits, '-', '_' and single spaces; "series-N" when nothing is left.
std::string CleanClass(std::string_view css_class, std::size_t index) {
  std::string out;
  bool pending_space = false;
  for (char c : css_class) {
    const bool word =
        (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '_';
    if (!word) {
      pending_space = !out.empty();
      continue;
    }
    if (pending_space) out += ' ';
    pending_space = false;
    out += c;
  }
  return out.empty() ? "series-" + std::to_string(index + 1) : out;
}

double CharWidth(char32_t cp) {
  if (cp >= 0x300 && cp < 0x370) return 0;       // combining marks take no room
  return cp >= 0x2E80 ? kFontSize : kCharWidth;  // CJK and emoji are about square
}

double CleanValue(double value) {
  if (std::isnan(value) || std::isinf(value)) return kMissing;
  // Counts and durations are never negative; a negative value is a bug
  // upstream, drawn as 0 rather than below the baseline.
  if (value < 0) return 0;
  return std::min(value, kMaxChartValue);
}

}  // namespace

std::string CleanText(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  bool pending_space = false;
  std::size_t pos = 0;
  while (pos < text.size()) {
    char32_t cp = utf8::Decode(text, pos);
    const bool space =
        cp == ' ' || cp == '\t' || cp == '\n' || cp == '\r' || cp < 0x20 || cp == 0x7F || (cp >= 0x80 && cp <= 0x9F);
    if (space) {
      pending_space = !out.empty();
      continue;
    }
    if (IsBidiControl(cp)) continue;
    if (cp == 0xFFFE || cp == 0xFFFF) cp = 0xFFFD;  // not XML characters
    if (pending_space) out += ' ';
    pending_space = false;
    utf8::Append(out, cp);
  }
  return out;
}

std::string Shorten(std::string_view text, std::size_t max_chars) {
  if (utf8::CountCodePoints(text) <= max_chars) return std::string(text);
  std::string out;
  std::size_t pos = 0;
  for (std::size_t n = 0; n + 1 < max_chars && pos < text.size(); ++n) utf8::Append(out, utf8::Decode(text, pos));
  while (!out.empty() && out.back() == ' ') out.pop_back();
  return out + "…";
}

double TextWidth(std::string_view text) {
  double width = 0;
  std::size_t pos = 0;
  while (pos < text.size()) width += CharWidth(utf8::Decode(text, pos));
  return width;
}

std::string FitWidth(std::string_view text, double max_width) {
  if (TextWidth(text) <= max_width) return std::string(text);
  const double room = max_width - TextWidth("…");
  double width = 0;
  std::size_t pos = 0;
  std::size_t end = 0;  // bytes of `text` that fit
  while (pos < text.size()) {
    width += CharWidth(utf8::Decode(text, pos));
    if (width > room) break;
    end = pos;
  }
  std::string out(text.substr(0, end));
  while (!out.empty() && out.back() == ' ') out.pop_back();
  return out + "…";
}

std::string FormatNumber(double value, int decimals) {
  if (!std::isfinite(value)) return "–";
  decimals = std::clamp(decimals, 0, 10);
  char buffer[400];  // the widest double in fixed notation, with room for decimals
  const auto result = std::to_chars(buffer, buffer + sizeof buffer, value, std::chars_format::fixed, decimals);
  std::string_view raw(buffer, static_cast<std::size_t>(result.ptr - buffer));
  const bool negative = !raw.empty() && raw.front() == '-';
  if (negative) raw.remove_prefix(1);
  const std::size_t point = raw.find('.');
  const std::string_view whole = raw.substr(0, point);
  std::string_view fraction = point == std::string_view::npos ? std::string_view() : raw.substr(point + 1);
  while (!fraction.empty() && fraction.back() == '0') fraction.remove_suffix(1);

  std::string out;
  for (std::size_t i = 0; i < whole.size(); ++i) {
    if (i > 0 && (whole.size() - i) % 3 == 0) out += ',';
    out += whole[i];
  }
  if (!fraction.empty()) {
    out += '.';
    out += fraction;
  }
  if (negative && out.find_first_not_of("0.,") != std::string::npos) out.insert(out.begin(), '-');
  return out;
}

std::string Coord(double value) {
  std::string text = FormatNumber(value, 2);
  std::erase(text, ',');
  return text;
}

std::string ValuePhrase(const CleanChart& chart, std::size_t series, double value) {
  std::string out = FormatNumber(value, kValueDecimals);
  // A series named like the unit ("comments", in "comments") is not repeated.
  const std::string& name = chart.series_names[series];
  if (!name.empty() && name != chart.unit) out += ' ' + name;
  if (!chart.unit.empty()) out += ' ' + chart.unit;
  return out;
}

std::string PointTitle(const CleanChart& chart, std::size_t series, std::size_t label) {
  const std::string value = ValuePhrase(chart, series, chart.values[series][label]);
  const std::string& name = chart.long_labels[label];
  return name.empty() ? value : name + ": " + value;
}

std::string AtLabel(const CleanChart& chart, std::size_t label) {
  switch (chart.label_kind) {
    case LabelKind::kDate:
      return "on " + chart.long_labels[label];
    case LabelKind::kMonth:
      return "in " + chart.long_labels[label];
    case LabelKind::kText:
      break;
  }
  return "for " + chart.long_labels[label];
}

double LabelTotal(const CleanChart& chart, std::size_t label) {
  double total = 0;
  for (const auto& values : chart.values) {
    if (!std::isnan(values[label])) total += values[label];
  }
  return total;
}

double MaxValue(const CleanChart& chart, bool stacked) {
  double max = 0;
  for (std::size_t i = 0; i < chart.long_labels.size(); ++i) {
    if (stacked) {
      max = std::max(max, LabelTotal(chart, i));
      continue;
    }
    for (const auto& values : chart.values) {
      if (!std::isnan(values[i])) max = std::max(max, values[i]);
    }
  }
  return max;
}

CleanChart Clean(const ChartData& data) {
  CleanChart chart;
  chart.title = CleanText(data.title);
  chart.description = CleanText(data.description);
  chart.unit = CleanText(data.value_unit);

  std::vector<std::optional<IsoDate>> dates;
  bool all_days = !data.labels.empty();
  bool all_months = !data.labels.empty();
  for (const std::string& label : data.labels) {
    dates.push_back(ParseIsoLabel(label));
    all_days = all_days && dates.back() && dates.back()->day > 0;
    all_months = all_months && dates.back() && dates.back()->day == 0;
  }
  chart.label_kind = all_days ? LabelKind::kDate : all_months ? LabelKind::kMonth : LabelKind::kText;
  bool several_years = false;
  if (chart.label_kind != LabelKind::kText) {
    for (const auto& date : dates) several_years = several_years || date->year != dates.front()->year;
  }
  for (std::size_t i = 0; i < data.labels.size(); ++i) {
    if (chart.label_kind == LabelKind::kText) {
      chart.long_labels.push_back(CleanText(data.labels[i]));
      chart.short_labels.push_back(chart.long_labels.back());
      continue;
    }
    const IsoDate& date = *dates[i];
    const std::string_view month = kMonthNames[static_cast<std::size_t>(date.month - 1)];
    const std::string year = std::to_string(date.year);
    if (chart.label_kind == LabelKind::kDate) {
      const std::string day = std::to_string(date.day);
      chart.long_labels.push_back(day + " " + std::string(month) + (several_years ? " " + year : ""));
      chart.short_labels.push_back(day + " " + std::string(month.substr(0, 3)));
    } else {
      chart.long_labels.push_back(std::string(month) + " " + year);
      chart.short_labels.push_back(std::string(month.substr(0, 3)) + (several_years ? " " + year : ""));
    }
  }

  bool any_value = false;
  for (std::size_t s = 0; s < data.series.size(); ++s) {
    const ChartSeries& series = data.series[s];
    chart.series_names.push_back(CleanText(series.name));
    chart.series_classes.push_back(CleanClass(series.css_class, s));
    std::vector<double>& values = chart.values.emplace_back();
    for (std::size_t i = 0; i < data.labels.size(); ++i) {
      values.push_back(i < series.values.size() ? CleanValue(series.values[i]) : kMissing);
      if (std::isnan(values.back())) continue;
      any_value = true;
      chart.whole_numbers = chart.whole_numbers && values.back() == std::floor(values.back());
    }
  }
  chart.empty = !any_value;
  return chart;
}

std::string CleanIdPrefix(std::string_view prefix) {
  std::string out;
  for (char c : prefix) {
    const bool keep = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
    out += keep ? c : '-';
  }
  if (out.empty()) return "chart";
  const bool letter_first = (out[0] >= 'a' && out[0] <= 'z') || (out[0] >= 'A' && out[0] <= 'Z');
  return letter_first ? out : "chart-" + out;
}

}  // namespace charts_internal

std::string FormatChartNumber(double value) {
  return charts_internal::FormatNumber(value, charts_internal::kValueDecimals);
}

}  // namespace rapport::render
