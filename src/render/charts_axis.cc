// The frame every chart shares: the root <svg>, the value axis with its nice
// ticks, category labels thinned to fit, the legend and the empty state.
#include <algorithm>
#include <cmath>

#include "render/charts.h"
#include "render/charts_internal.h"
#include "render/html.h"

namespace rapport::render {
namespace charts_internal {
namespace {

constexpr double kLegendRowHeight = 18;
constexpr double kLegendSwatch = 10;
constexpr std::size_t kMaxAxisLabelChars = 16;  // longer category labels are cut on the axis (kept in titles)

// Steps between labelled categories that read naturally: weekly for days.
constexpr int kDayLabelSteps[] = {1, 2, 7, 14, 28};
constexpr int kOtherLabelSteps[] = {1, 2, 3, 4, 6, 12};

std::string LegendName(const CleanChart& chart, std::size_t series) {
  const std::string& name = chart.series_names[series];
  return name.empty() ? "Series " + std::to_string(series + 1) : name;
}

double LegendItemWidth(const CleanChart& chart, std::size_t series) {
  return kLegendSwatch + 4 + TextWidth(LegendName(chart, series)) + 16;
}

}  // namespace

ValueAxis MakeValueAxis(double max_value, int target_ticks, bool whole_numbers) {
  ValueAxis axis;
  axis.ticks = NiceTicks(max_value, target_ticks, whole_numbers);
  const double step = axis.ticks[1] - axis.ticks[0];
  if (step < 1) axis.decimals = static_cast<int>(std::ceil(-std::log10(step) - 1e-9));
  return axis;
}

double TickLabelWidth(const ValueAxis& axis) {
  double width = 0;
  for (double tick : axis.ticks) width = std::max(width, TextWidth(FormatNumber(tick, axis.decimals)));
  return width;
}

void OpenSvg(std::string& out, const CleanChart& chart, std::string_view kind_class, double width, double height,
             std::string_view id_prefix, const std::string& fallback_description) {
  const std::string prefix = CleanIdPrefix(id_prefix);
  out += "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart ";
  out += kind_class;
  if (chart.empty) out += " chart-empty";
  out += "\" viewBox=\"0 0 " + Coord(width) + ' ' + Coord(height) + "\" font-size=\"" + Coord(kFontSize) +
         "\" fill=\"currentColor\" role=\"img\" aria-labelledby=\"" + prefix + "-title " + prefix + "-desc\">\n";
  out += "<title id=\"" + prefix + "-title\">" + EscapeHtml(chart.title) + "</title>\n";
  const std::string& description = chart.description.empty() ? fallback_description : chart.description;
  out += "<desc id=\"" + prefix + "-desc\">" + EscapeHtml(description) + "</desc>\n";
}

void CloseSvg(std::string& out) { out += "</svg>\n"; }

void DrawEmpty(std::string& out, const Plot& plot) {
  out += "<rect class=\"chart-frame\" x=\"" + Coord(plot.left) + "\" y=\"" + Coord(plot.top) + "\" width=\"" +
         Coord(plot.width()) + "\" height=\"" + Coord(plot.height()) + "\" fill=\"none\" stroke=\"currentColor\"/>\n";
  out += "<text class=\"chart-empty-message\" x=\"" + Coord(plot.left + plot.width() / 2) + "\" y=\"" +
         Coord(plot.top + plot.height() / 2 + kFontSize / 3) + "\" text-anchor=\"middle\">No data yet</text>\n";
}

void DrawUnit(std::string& out, const CleanChart& chart, double x, double y) {
  if (chart.unit.empty()) return;
  out += "<text class=\"chart-unit\" x=\"" + Coord(x) + "\" y=\"" + Coord(y) + "\">" + EscapeHtml(chart.unit) +
         "</text>\n";
}

void DrawVerticalValueAxis(std::string& out, const ValueAxis& axis, const Plot& plot) {
  for (double tick : axis.ticks) {
    const std::string y = Coord(plot.bottom - tick / axis.top() * plot.height());
    const char* line_class = tick == 0 ? "chart-axis" : "chart-grid";
    out += "<line class=\"" + std::string(line_class) + "\" x1=\"" + Coord(plot.left) + "\" x2=\"" + Coord(plot.right) +
           "\" y1=\"" + y + "\" y2=\"" + y + "\" stroke=\"currentColor\"/>\n";
    out += "<text class=\"chart-tick-label\" x=\"" + Coord(plot.left - 6) + "\" y=\"" +
           Coord(plot.bottom - tick / axis.top() * plot.height() + kFontSize / 3) + "\" text-anchor=\"end\">" +
           FormatNumber(tick, axis.decimals) + "</text>\n";
  }
}

void DrawHorizontalValueAxis(std::string& out, const ValueAxis& axis, const Plot& plot) {
  for (double tick : axis.ticks) {
    const std::string x = Coord(plot.left + tick / axis.top() * plot.width());
    const char* line_class = tick == 0 ? "chart-axis" : "chart-grid";
    out += "<line class=\"" + std::string(line_class) + "\" x1=\"" + x + "\" x2=\"" + x + "\" y1=\"" + Coord(plot.top) +
           "\" y2=\"" + Coord(plot.bottom) + "\" stroke=\"currentColor\"/>\n";
    out += "<text class=\"chart-tick-label\" x=\"" + x + "\" y=\"" + Coord(plot.bottom + kFontSize + 4) +
           "\" text-anchor=\"middle\">" + FormatNumber(tick, axis.decimals) + "</text>\n";
  }
}

int LabelStep(const CleanChart& chart, double slot_width, int requested) {
  if (requested > 0) return requested;
  double widest = 0;
  for (const std::string& label : chart.short_labels) {
    widest = std::max(widest, TextWidth(Shorten(label, kMaxAxisLabelChars)));
  }
  const double needed = std::ceil((widest + kCharWidth) / slot_width - 1e-9);
  const auto pick = [needed](const auto& steps) {
    for (int step : steps) {
      if (step >= needed) return step;
    }
    // Beyond the table: keep doubling the last step.
    int step = steps[std::size(steps) - 1];
    while (step < needed) step *= 2;
    return step;
  };
  return chart.label_kind == LabelKind::kDate ? pick(kDayLabelSteps) : pick(kOtherLabelSteps);
}

void DrawCategoryLabels(std::string& out, const CleanChart& chart, const Plot& plot, int every, double svg_width) {
  const std::size_t count = chart.short_labels.size();
  const double slot = plot.width() / static_cast<double>(count);
  const std::string y = Coord(plot.bottom + kFontSize + 4);
  for (std::size_t i = 0; i < count; i += static_cast<std::size_t>(std::max(every, 1))) {
    const std::string shown = Shorten(chart.short_labels[i], kMaxAxisLabelChars);
    // Centred under its slot, nudged inwards when that would cross the edge.
    const double half = TextWidth(shown) / 2;
    double x = plot.left + (static_cast<double>(i) + 0.5) * slot;
    x = std::max(std::min(x, svg_width - 2 - half), 2 + half);
    out += "<text class=\"chart-label\" x=\"" + Coord(x) + "\" y=\"" + y + "\" text-anchor=\"middle\">" +
           EscapeHtml(shown);
    // A cut label keeps its whole text for hovering ("3 Nov" is not cut).
    if (shown != chart.short_labels[i]) out += "<title>" + EscapeHtml(chart.long_labels[i]) + "</title>";
    out += "</text>\n";
  }
}

double LegendHeight(const CleanChart& chart, double width) {
  if (chart.values.size() < 2) return 0;
  int rows = 1;
  double x = 0;
  for (std::size_t s = 0; s < chart.values.size(); ++s) {
    const double item = LegendItemWidth(chart, s);
    if (x > 0 && x + item > width) {
      ++rows;
      x = 0;
    }
    x += item;
  }
  return rows * kLegendRowHeight;
}

void DrawLegend(std::string& out, const CleanChart& chart, double x, double y, double width,
                std::string_view swatch_class) {
  if (chart.values.size() < 2) return;
  out += "<g class=\"chart-legend\">\n";
  double item_x = x;
  double row_y = y;
  for (std::size_t s = 0; s < chart.values.size(); ++s) {
    const double item = LegendItemWidth(chart, s);
    if (item_x > x && item_x + item > x + width) {
      item_x = x;
      row_y += kLegendRowHeight;
    }
    const std::string classes = "chart-legend-swatch " + std::string(swatch_class) + ' ' + chart.series_classes[s];
    if (swatch_class == "chart-line") {
      const std::string mid = Coord(row_y + kLegendSwatch / 2);
      out += "<line class=\"" + classes + "\" x1=\"" + Coord(item_x) + "\" x2=\"" + Coord(item_x + kLegendSwatch) +
             "\" y1=\"" + mid + "\" y2=\"" + mid + "\" stroke=\"currentColor\"/>\n";
    } else {
      out += "<rect class=\"" + classes + "\" x=\"" + Coord(item_x) + "\" y=\"" + Coord(row_y) + "\" width=\"" +
             Coord(kLegendSwatch) + "\" height=\"" + Coord(kLegendSwatch) + "\"/>\n";
    }
    out += "<text class=\"chart-legend-label\" x=\"" + Coord(item_x + kLegendSwatch + 4) + "\" y=\"" +
           Coord(row_y + kLegendSwatch) + "\">" + EscapeHtml(LegendName(chart, s)) + "</text>\n";
    item_x += item;
  }
  out += "</g>\n";
}

}  // namespace charts_internal

std::vector<double> NiceTicks(double max_value, int target_ticks, bool whole_numbers) {
  if (!(max_value > 0)) return {0, 1};
  max_value = std::min(max_value, kMaxChartValue);
  target_ticks = std::clamp(target_ticks, 2, 10);
  const double raw = max_value / target_ticks;
  const double magnitude = std::pow(10.0, std::floor(std::log10(raw)));
  const double fraction = raw / magnitude;
  double step = (fraction <= 1 ? 1 : fraction <= 2 ? 2 : fraction <= 5 ? 5 : 10) * magnitude;
  if (whole_numbers) step = std::max(step, 1.0);
  // The slack keeps 1.1 / 0.1 (11.000000000000002) from earning a twelfth interval.
  const int intervals = std::max(1, static_cast<int>(std::ceil(max_value / step - 1e-9)));
  std::vector<double> ticks;
  for (int i = 0; i <= intervals; ++i) ticks.push_back(i * step);
  return ticks;
}

}  // namespace rapport::render
