// The three charts: vertical bars, lines and ranked horizontal bars. The
// shared frame (axis, labels, legend) is in charts_axis.cc, tables and
// figures in charts_table.cc.
#include "render/charts.h"

#include <algorithm>
#include <cmath>

#include "render/charts_internal.h"
#include "render/html.h"

namespace rapport::render {

using charts_internal::CleanChart;
using charts_internal::Coord;
using charts_internal::kFontSize;
using charts_internal::Plot;
using charts_internal::ValueAxis;

namespace {

constexpr double kMargin = 8;
constexpr double kMinWidth = 240;
constexpr double kMinHeight = 140;
constexpr double kMinPlotHeight = 60;  // a tall legend makes the drawing taller, not the plot flat
constexpr double kMaxBarWidth = 48;  // a lone bar stays a bar, not a wall
constexpr double kPointRadius = 3;
constexpr double kRankedRowHeight = 24;
constexpr double kRankedBarHeight = 16;
constexpr int kEmptyRankedRows = 3;

bool Present(double value) { return !std::isnan(value); }

// Where the plot of a chart with a vertical value axis goes: below the legend
// and the unit, right of the tick labels, above the category labels.
Plot VerticalPlot(const ValueAxis& axis, double width, double height, double legend) {
  Plot plot;
  plot.top = kMargin + legend + (legend > 0 ? 6 : 0) + kFontSize + 8;
  plot.left = kMargin + charts_internal::TickLabelWidth(axis) + 6;
  plot.right = width - kMargin;
  plot.bottom = height - (kFontSize + 12);
  return plot;
}

// The requested height, grown when the legend would leave too little plot.
double VerticalHeight(int requested, double legend) {
  const double needed = kMargin + legend + 6 + kFontSize + 8 + kMinPlotHeight + kFontSize + 12;
  return std::max({kMinHeight, static_cast<double>(requested), needed});
}

double UnitBaseline(const Plot& plot) { return plot.top - 8; }

void Bar(std::string& out, const std::string& series_class, double x, double y, double width, double height,
         const std::string& title) {
  out += "<rect class=\"chart-bar " + series_class + "\" x=\"" + Coord(x) + "\" y=\"" + Coord(y) + "\" width=\"" +
         Coord(width) + "\" height=\"" + Coord(height) + "\"><title>" + EscapeHtml(title) + "</title></rect>\n";
}

}  // namespace

std::string BarChartSvg(const ChartData& data, const BarChartOptions& options) {
  const CleanChart chart = charts_internal::Clean(data);
  const double width = std::max<double>(kMinWidth, options.width);
  const bool stacked = options.layout == BarLayout::kStacked || chart.values.size() < 2;
  const ValueAxis axis = charts_internal::MakeValueAxis(charts_internal::MaxValue(chart, stacked), options.target_ticks,
                                                        chart.whole_numbers);
  const double legend = charts_internal::LegendHeight(chart, width - 2 * kMargin);
  const double height = VerticalHeight(options.height, legend);
  const Plot plot = VerticalPlot(axis, width, height, legend);

  std::string out;
  charts_internal::OpenSvg(out, chart, "chart-bars", width, height, options.id_prefix,
                           charts_internal::DescribeCounts(chart));
  if (chart.empty) {
    charts_internal::DrawEmpty(out, plot);
    charts_internal::CloseSvg(out);
    return out;
  }
  charts_internal::DrawLegend(out, chart, kMargin, kMargin, width - 2 * kMargin, "chart-bar");
  charts_internal::DrawUnit(out, chart, kMargin, UnitBaseline(plot));
  charts_internal::DrawVerticalValueAxis(out, axis, plot);

  const std::size_t count = chart.long_labels.size();
  const double slot = plot.width() / static_cast<double>(count);
  const auto y_of = [&](double value) { return plot.bottom - value / axis.top() * plot.height(); };
  const double series_count = static_cast<double>(chart.values.size());
  const double group = stacked ? std::min(slot * 0.7, kMaxBarWidth) : std::min(slot * 0.8, kMaxBarWidth * series_count);
  for (std::size_t i = 0; i < count; ++i) {
    const double group_left = plot.left + (static_cast<double>(i) + 0.5) * slot - group / 2;
    double base = 0;
    for (std::size_t s = 0; s < chart.values.size(); ++s) {
      const double value = chart.values[s][i];
      if (!Present(value) || value <= 0) continue;
      const std::string title = charts_internal::PointTitle(chart, s, i);
      if (stacked) {
        const double top = y_of(base + value);
        Bar(out, chart.series_classes[s], group_left, top, group, y_of(base) - top, title);
        base += value;
      } else {
        const double bar = group / series_count;
        Bar(out, chart.series_classes[s], group_left + static_cast<double>(s) * bar, y_of(value), bar,
            plot.bottom - y_of(value), title);
      }
    }
  }
  charts_internal::DrawCategoryLabels(out, chart, plot, charts_internal::LabelStep(chart, slot, options.label_every),
                                      width);
  charts_internal::CloseSvg(out);
  return out;
}

std::string LineChartSvg(const ChartData& data, const LineChartOptions& options) {
  const CleanChart chart = charts_internal::Clean(data);
  const double width = std::max<double>(kMinWidth, options.width);
  const ValueAxis axis = charts_internal::MakeValueAxis(charts_internal::MaxValue(chart, false), options.target_ticks,
                                                        chart.whole_numbers);
  const double legend = charts_internal::LegendHeight(chart, width - 2 * kMargin);
  const double height = VerticalHeight(options.height, legend);
  const Plot plot = VerticalPlot(axis, width, height, legend);

  std::string out;
  charts_internal::OpenSvg(out, chart, "chart-lines", width, height, options.id_prefix,
                           charts_internal::DescribeMeasures(chart));
  if (chart.empty) {
    charts_internal::DrawEmpty(out, plot);
    charts_internal::CloseSvg(out);
    return out;
  }
  charts_internal::DrawLegend(out, chart, kMargin, kMargin, width - 2 * kMargin, "chart-line");
  charts_internal::DrawUnit(out, chart, kMargin, UnitBaseline(plot));
  charts_internal::DrawVerticalValueAxis(out, axis, plot);

  const std::size_t count = chart.long_labels.size();
  const double slot = plot.width() / static_cast<double>(count);
  const auto x_of = [&](std::size_t i) { return plot.left + (static_cast<double>(i) + 0.5) * slot; };
  const auto y_of = [&](double value) { return plot.bottom - value / axis.top() * plot.height(); };

  // Lines first, then every dot, so dots sit on top of all lines. A missing
  // value lifts the pen: the next present one starts a new subpath.
  for (std::size_t s = 0; s < chart.values.size(); ++s) {
    const std::vector<double>& values = chart.values[s];
    std::string path;
    bool pen_down = false;
    bool any_segment = false;
    for (std::size_t i = 0; i < count; ++i) {
      if (!Present(values[i])) {
        pen_down = false;
        continue;
      }
      if (!path.empty()) path += ' ';
      path += (pen_down ? "L" : "M") + Coord(x_of(i)) + ' ' + Coord(y_of(values[i]));
      any_segment = any_segment || pen_down;
      pen_down = true;
    }
    if (!any_segment) continue;
    out += "<path class=\"chart-line " + chart.series_classes[s] + "\" d=\"" + path +
           "\" fill=\"none\" stroke=\"currentColor\"/>\n";
  }
  for (std::size_t s = 0; s < chart.values.size(); ++s) {
    const std::vector<double>& values = chart.values[s];
    for (std::size_t i = 0; i < count; ++i) {
      if (!Present(values[i])) continue;
      const bool isolated = (i == 0 || !Present(values[i - 1])) && (i + 1 == count || !Present(values[i + 1]));
      if (!options.show_points && !isolated) continue;
      out += "<circle class=\"chart-point " + chart.series_classes[s] + "\" cx=\"" + Coord(x_of(i)) + "\" cy=\"" +
             Coord(y_of(values[i])) + "\" r=\"" + Coord(kPointRadius) + "\"><title>" +
             EscapeHtml(charts_internal::PointTitle(chart, s, i)) + "</title></circle>\n";
    }
  }
  charts_internal::DrawCategoryLabels(out, chart, plot, charts_internal::LabelStep(chart, slot, options.label_every),
                                      width);
  charts_internal::CloseSvg(out);
  return out;
}

std::string RankedBarsSvg(const ChartData& data, const RankedBarsOptions& options) {
  const CleanChart chart = charts_internal::Clean(data);
  const double width = std::max<double>(kMinWidth, options.width);
  const std::size_t count = chart.long_labels.size();
  const ValueAxis axis =
      charts_internal::MakeValueAxis(charts_internal::MaxValue(chart, true), options.target_ticks, chart.whole_numbers);

  // Row labels take what they need, up to 40% of the width; totals are
  // written after the bars, so the longest one is kept clear on the right.
  double label_area = 0;
  double total_area = charts_internal::TextWidth(charts_internal::FormatNumber(axis.top(), axis.decimals));
  for (std::size_t i = 0; i < count; ++i) {
    label_area = std::max(label_area, charts_internal::TextWidth(chart.long_labels[i]));
    const std::string total = FormatChartNumber(charts_internal::LabelTotal(chart, i));
    total_area = std::max(total_area, charts_internal::TextWidth(total));
  }
  label_area = std::min(label_area, width * 0.4);
  const double legend = charts_internal::LegendHeight(chart, width - 2 * kMargin);
  Plot plot;
  plot.top = kMargin + legend + (legend > 0 ? 6 : 0) + kFontSize + 8;
  plot.left = kMargin + label_area + 8;
  plot.right = width - kMargin - total_area - 6;
  const std::size_t rows = chart.empty ? kEmptyRankedRows : count;
  plot.bottom = plot.top + static_cast<double>(rows) * kRankedRowHeight;
  const double height = plot.bottom + kFontSize + 12;

  std::string out;
  charts_internal::OpenSvg(out, chart, "chart-ranked", width, height, options.id_prefix,
                           charts_internal::DescribeCounts(chart));
  if (chart.empty) {
    charts_internal::DrawEmpty(out, plot);
    charts_internal::CloseSvg(out);
    return out;
  }
  charts_internal::DrawLegend(out, chart, kMargin, kMargin, width - 2 * kMargin, "chart-bar");
  charts_internal::DrawUnit(out, chart, plot.left, UnitBaseline(plot));
  charts_internal::DrawHorizontalValueAxis(out, axis, plot);

  const auto x_of = [&](double value) { return plot.left + value / axis.top() * plot.width(); };
  for (std::size_t i = 0; i < count; ++i) {
    const double row_top = plot.top + static_cast<double>(i) * kRankedRowHeight;
    const std::string baseline = Coord(row_top + kRankedRowHeight / 2 + kFontSize / 3);
    const std::string shown = charts_internal::FitWidth(chart.long_labels[i], label_area);
    out += "<text class=\"chart-label\" x=\"" + Coord(plot.left - 8) + "\" y=\"" + baseline +
           "\" text-anchor=\"end\">" + EscapeHtml(shown);
    if (shown != chart.long_labels[i]) out += "<title>" + EscapeHtml(chart.long_labels[i]) + "</title>";
    out += "</text>\n";

    double base = 0;
    bool any_present = false;
    for (std::size_t s = 0; s < chart.values.size(); ++s) {
      const double value = chart.values[s][i];
      if (!Present(value)) continue;
      any_present = true;
      if (value <= 0) continue;
      out += "<rect class=\"chart-bar " + chart.series_classes[s] + "\" x=\"" + Coord(x_of(base)) + "\" y=\"" +
             Coord(row_top + (kRankedRowHeight - kRankedBarHeight) / 2) + "\" width=\"" +
             Coord(x_of(base + value) - x_of(base)) + "\" height=\"" + Coord(kRankedBarHeight) + "\"><title>" +
             EscapeHtml(charts_internal::PointTitle(chart, s, i)) + "</title></rect>\n";
      base += value;
    }
    if (!any_present) continue;
    out += "<text class=\"chart-value-label\" x=\"" + Coord(x_of(base) + 6) + "\" y=\"" + baseline + "\">" +
           FormatChartNumber(base) + "</text>\n";
  }
  charts_internal::CloseSvg(out);
  return out;
}

}  // namespace rapport::render
