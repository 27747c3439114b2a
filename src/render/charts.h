// Charts for the author's desk, drawn on the server as inline SVG: bar charts
// (stacked or grouped), line charts and ranked horizontal bars, plus an HTML
// table of the same numbers and a <figure> that puts the two together for
// screen readers and for people who prefer the numbers.
//
// What the markup promises (the desk runs under a Content-Security-Policy
// without 'unsafe-inline'):
//  - Inline SVG with a viewBox and no width or height, so it scales with its
//    container; <title> and <desc> are its first children.
//  - No style= attributes, no <style>, no <script>, no event handlers, no
//    links or other external references. Colours come from classes; the only
//    presentation attributes are fill/stroke set to "currentColor" or "none",
//    font-size (12 units, which the layout assumes) and text-anchor. The root
//    has fill="currentColor" and lines stroke="currentColor", so a chart the
//    stylesheet does not colour is drawn in the text colour; CSS overrides
//    presentation attributes.
//  - Every text (title, labels, series names, unit) is stripped of control
//    characters and malformed UTF-8, then escaped with EscapeHtml.
//  - Deterministic: the same input gives the same bytes.
//
// Values: NaN means "no value" (a gap in a line, no bar, "no data" in the
// table). Negative values are not expected and count as 0; infinities count
// as no value; anything above kMaxChartValue counts as kMaxChartValue. A series
// shorter than `labels` is padded with NaN, a longer one is cut.
//
// CSS classes emitted, for the desk's stylesheet:
//   svg.chart               every chart, plus chart-bars, chart-lines or chart-ranked,
//                           plus chart-empty when there is nothing to draw
//   .chart-frame            outline of the plot area of an empty chart
//   .chart-empty-message    the "No data yet" text of an empty chart
//   .chart-grid             a gridline at each value tick
//   .chart-axis             the zero baseline (and the category axis of ranked bars)
//   .chart-tick-label       the numbers along the value axis
//   .chart-label            a category label (a date, a month, a post title)
//   .chart-unit             the unit written above the value axis ("comments")
//   .chart-bar              a bar, a stacked segment or a legend swatch of a bar chart
//   .chart-line             the line of one series (a <path>; a gap starts a new subpath),
//                           or a legend swatch of a line chart (a <line>); colour with stroke
//   .chart-point            a dot on a line (it carries the value's <title>)
//   .chart-value-label      the total written at the end of a ranked bar
//   .chart-legend           the legend (only with two series or more), holding
//   .chart-legend-swatch    and .chart-legend-label
//   each series' css_class  on its bars, line, points and swatch, e.g. .chart-bar.series-approved;
//                           "series-1", "series-2"… when css_class is empty
//   figure.chart-figure, figcaption.chart-caption, details.chart-details, table.chart-table,
//   td.chart-missing (a cell with no value), th.chart-total and td.chart-total (the Total column)
// Suggested rules: .chart { display: block; width: 100%; height: auto; }
//   .chart-grid { stroke-opacity: .15 } .chart-tick-label, .chart-label { fill-opacity: .7 }
//   .chart-bar.series-approved { fill: … } .chart-line.series-median { stroke: …; stroke-width: 2 }
//   .chart-point.series-median { fill: … }
//
// Thread safety: pure functions; safe to call from any thread.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace rapport::render {

// Values above this are drawn, tabled and described as this (exact integers
// stay exact up to 2^53; this keeps every layout computation finite).
inline constexpr double kMaxChartValue = 1e15;

struct ChartSeries {
  std::string name{};            // read between number and unit: "14 approved comments", "3.5 median hours"
  std::vector<double> values{};  // one per label; NaN for "no value"
  std::string css_class{};       // e.g. "series-approved"; letters, digits, '-', '_', spaces between classes
};

struct ChartData {
  std::string title{};  // the figure caption and the SVG <title>
  // One or two sentences summarising the data, for the SVG <desc>. When
  // empty, one is written from the numbers (see DescribeBars, DescribeLines),
  // or "No data yet." when there is nothing to draw.
  std::string description{};
  // The categories along the x axis (or down the side of ranked bars).
  // "2026-11-03" reads "3 November" (with the year when the labels span
  // several years) and is abbreviated "3 Nov" on the axis; "2026-11" reads
  // "November 2026". Anything else is shown as written, cut on the axis.
  std::vector<std::string> labels{};
  std::vector<ChartSeries> series{};  // one or more, each as long as labels
  std::string value_unit{};           // plural, e.g. "comments", "hours"; may be empty
};

enum class BarLayout {
  kStacked,  // one bar per label, series stacked in order (the first at the bottom)
  kGrouped,  // one bar per series side by side within each label's slot
};

struct BarChartOptions {
  // Size in viewBox units. The SVG scales to its container, so these set the
  // aspect ratio and the size of text (12 units) relative to the chart.
  // Clamped to at least 240 x 140.
  int width = 720;
  int height = 300;
  BarLayout layout = BarLayout::kStacked;
  // Label every nth category, starting with the first. 0 (default): as often
  // as labels fit without overlapping (90 daily bars get one label a week).
  int label_every = 0;
  // About how many intervals the value axis has (clamped to 2..10); ticks
  // fall on 1, 2 or 5 times a power of ten, never below 1 when every value is
  // a whole number.
  int target_ticks = 5;
  // The SVG's <title> and <desc> get ids "<id_prefix>-title" and
  // "<id_prefix>-desc". ChartFigureHtml swaps in its own prefix, so this only
  // matters for an SVG placed on a page by itself, where it must be unique.
  std::string id_prefix = "chart";
};

// The fields shared with BarChartOptions mean the same.
struct LineChartOptions {
  int width = 720;
  int height = 300;
  int label_every = 0;
  int target_ticks = 5;
  // A dot on every value. A value with gaps on both sides always gets one,
  // since it has no line to show it.
  bool show_points = true;
  std::string id_prefix = "chart";
};

struct RankedBarsOptions {
  int width = 720;  // the height follows from the number of rows (24 units each)
  int target_ticks = 5;
  std::string id_prefix = "chart";
};

struct ChartTableOptions {
  // Adds a "Total" column summing the series on each row. Use it with stacked
  // bars; it means nothing for medians and percentiles.
  bool total_column = false;
  // Heading of the label column. Empty: "Date", "Month" or "Item", from the
  // shape of the labels.
  std::string label_heading{};
};

// A bar chart, e.g. comments per day by status over 90 days. Each bar or
// segment carries a <title> with its label and exact value ("3 November: 14
// approved comments"); zero and missing values draw nothing.
std::string BarChartSvg(const ChartData& data, const BarChartOptions& options);

// A line chart, e.g. median and 90th-percentile hours to first reply per
// month. NaN values break the line. Each dot carries a <title>.
std::string LineChartSvg(const ChartData& data, const LineChartOptions& options);

// Horizontal bars for ranked items (most discussed posts), in the order given
// (the caller ranks them), with the total at the end of each bar. Several
// series stack.
std::string RankedBarsSvg(const ChartData& data, const RankedBarsOptions& options = {});

// An HTML table of the same numbers: <caption> with the title, one row per
// label (<th scope="row">), one column per series (<th scope="col">).
std::string ChartTableHtml(const ChartData& data, const ChartTableOptions& options = {});

// The whole figure: <figure class="chart-figure"> holding `svg`, a
// <figcaption> with the title and a <details> with the table. With P the
// `id_prefix` cleaned to letters, digits, '-' and '_' (and starting with a
// letter), the ids are P (the figure), P-title and P-desc (rewritten in the
// SVG, with its aria-labelledby), P-caption and P-table, so several figures
// can share a page as long as their prefixes differ.
// REQUIRES: `svg` was returned by one of the functions above for `data`; it
// is inserted as it is.
std::string ChartFigureHtml(const ChartData& data, std::string_view svg, std::string_view id_prefix,
                            const ChartTableOptions& table_options = {});

// --- Building blocks, public for callers writing their own descriptions, and
// for tests.

// The text alternative written when ChartData::description is empty, for
// counts (bars, ranked bars): "Highest: 14 comments on 3 November; total 220
// comments (180 approved, 40 pending)." Empty data: "No data yet."
std::string DescribeBars(const ChartData& data);
// For measurements (lines), per series: "median: latest 4 hours in November
// 2026; highest 6 hours in March 2026; lowest 1.5 hours in June 2026."
std::string DescribeLines(const ChartData& data);

// Tick values from 0 to the first tick at or above `max_value`, stepping by
// 1, 2 or 5 times a power of ten so there are about `target_ticks` intervals.
// max 37, 5 ticks -> 0 10 20 30 40. A max of 0 (or less, or NaN) gives 0 and 1.
// With `whole_numbers` the step is at least 1.
std::vector<double> NiceTicks(double max_value, int target_ticks, bool whole_numbers);

// A value as the charts print it: thousands separators, at most two decimals,
// no trailing zeros: 12,345 / 3.25 / 0.5 / 1,234,567.8. NaN and infinities: "–".
std::string FormatChartNumber(double value);

}  // namespace rapport::render
