// Pieces shared by the chart files (charts.cc, charts_axis.cc,
// charts_table.cc): the input cleaned once, number and label formatting, and
// SVG fragments (head, value axis, category labels, legend, empty frame).
// Not part of the render library's interface; include charts.h instead.
//
// Thread safety: pure functions over values.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "render/charts.h"

namespace rapport::render::charts_internal {

inline constexpr double kFontSize = 12;   // font-size on the root <svg>; the layout assumes it
inline constexpr double kCharWidth = 7;   // a generous average advance at that size
inline constexpr int kValueDecimals = 2;  // decimals printed for values (trailing zeros dropped)

// What every label looks like, decided once for the whole chart.
enum class LabelKind { kDate, kMonth, kText };

// ChartData with every text cleaned (not yet escaped) and every value
// cleaned and padded, so the drawing code has no edge cases left but "empty".
struct CleanChart {
  std::string title;
  std::string description;  // the caller's, cleaned; may be empty
  std::string unit;
  LabelKind label_kind = LabelKind::kText;
  std::vector<std::string> long_labels;   // "3 November", for titles, tables and descriptions
  std::vector<std::string> short_labels;  // "3 Nov", for the axis (not yet cut to fit)
  std::vector<std::string> series_names;
  std::vector<std::string> series_classes;  // never empty
  std::vector<std::vector<double>> values;  // [series][label]; NaN or 0..kMaxChartValue
  bool whole_numbers = true;                // every present value is an integer
  bool empty = true;                        // no label, no series, or no present value
};

CleanChart Clean(const ChartData& data);

// Text from a caller, made safe for XML 1.0: malformed UTF-8 becomes U+FFFD,
// control characters become spaces, runs of whitespace collapse.
std::string CleanText(std::string_view text);
// At most `max_chars` code points, with "…" replacing the rest.
std::string Shorten(std::string_view text, std::size_t max_chars);
// Approximate width of `text` in viewBox units.
double TextWidth(std::string_view text);
// The longest start of `text` no wider than `max_width`, with "…" when cut.
std::string FitWidth(std::string_view text, double max_width);

// A value with at most `decimals` decimals, trailing zeros dropped,
// thousands separated by commas.
std::string FormatNumber(double value, int decimals);
// A coordinate for an attribute: at most two decimals, no separators.
std::string Coord(double value);
// "14 approved comments": value, series name and unit, skipping empty parts.
std::string ValuePhrase(const CleanChart& chart, std::size_t series, double value);
// The hover text of one value: "3 November: 14 approved comments".
std::string PointTitle(const CleanChart& chart, std::size_t series, std::size_t label);
// "on 3 November", "in November 2026", "for Why we argue".
std::string AtLabel(const CleanChart& chart, std::size_t label);
// The sum of the present values at `label` (0 when none is present).
double LabelTotal(const CleanChart& chart, std::size_t label);
// The largest value the chart must fit: the largest stack when `stacked`,
// else the largest single value.
double MaxValue(const CleanChart& chart, bool stacked);

// The value axis: ticks, and how to print them.
struct ValueAxis {
  std::vector<double> ticks;  // from 0 up; back() is the top of the axis
  int decimals = 0;
  double top() const { return ticks.back(); }
};
ValueAxis MakeValueAxis(double max_value, int target_ticks, bool whole_numbers);
double TickLabelWidth(const ValueAxis& axis);

// The plot area in viewBox units.
struct Plot {
  double left = 0, top = 0, right = 0, bottom = 0;
  double width() const { return right - left; }
  double height() const { return bottom - top; }
};

// Opens the root <svg> with <title> and <desc>; the description is the
// caller's, else `fallback`.
void OpenSvg(std::string& out, const CleanChart& chart, std::string_view kind_class, double width, double height,
             std::string_view id_prefix, const std::string& fallback_description);
void CloseSvg(std::string& out);
// The outline and "No data yet" of an empty chart.
void DrawEmpty(std::string& out, const Plot& plot);
// The unit above the value axis.
void DrawUnit(std::string& out, const CleanChart& chart, double x, double y);
// Gridlines, tick labels and baseline for a vertical value axis.
void DrawVerticalValueAxis(std::string& out, const ValueAxis& axis, const Plot& plot);
// The same for a horizontal value axis (ranked bars).
void DrawHorizontalValueAxis(std::string& out, const ValueAxis& axis, const Plot& plot);
// Every `every`-th short label under the plot, centred on its slot but kept
// inside the drawing, which is `svg_width` wide.
void DrawCategoryLabels(std::string& out, const CleanChart& chart, const Plot& plot, int every, double svg_width);
// How often to label categories: `requested` when positive, else as often as fits.
int LabelStep(const CleanChart& chart, double slot_width, int requested);

// The legend's height for this width (0 with fewer than two series).
double LegendHeight(const CleanChart& chart, double width);
// Draws the legend in rows from (x, y); `swatch_class` is "chart-bar" or "chart-line".
void DrawLegend(std::string& out, const CleanChart& chart, double x, double y, double width,
                std::string_view swatch_class);

// The generated text alternatives (see DescribeBars and DescribeLines).
std::string DescribeCounts(const CleanChart& chart);
std::string DescribeMeasures(const CleanChart& chart);

// An id prefix reduced to letters, digits, '-' and '_', starting with a letter.
std::string CleanIdPrefix(std::string_view prefix);

}  // namespace rapport::render::charts_internal
