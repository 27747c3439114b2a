// What a chart says in words: the generated text alternative, the table of
// its numbers and the <figure> that holds chart, caption and table.
#include <cmath>

#include "render/charts.h"
#include "render/charts_internal.h"
#include "render/html.h"

namespace rapport::render {
namespace charts_internal {
namespace {

bool Present(double value) { return !std::isnan(value); }

std::string Amount(const CleanChart& chart, double value) {
  const std::string number = FormatNumber(value, kValueDecimals);
  return chart.unit.empty() ? number : number + ' ' + chart.unit;
}

std::string SeriesName(const CleanChart& chart, std::size_t series) {
  return chart.series_names[series].empty() ? "series " + std::to_string(series + 1) : chart.series_names[series];
}

// "180 approved, 40 pending"
std::string Breakdown(const CleanChart& chart) {
  std::string out;
  for (std::size_t s = 0; s < chart.values.size(); ++s) {
    double total = 0;
    for (double value : chart.values[s]) total += Present(value) ? value : 0;
    if (s > 0) out += ", ";
    out += FormatNumber(total, kValueDecimals) + ' ' + SeriesName(chart, s);
  }
  return out;
}

std::string ColumnHeading(const CleanChart& chart, std::size_t series) {
  std::string name = chart.series_names[series] == chart.unit ? "" : chart.series_names[series];
  if (name.empty() && chart.values.size() > 1) name = "Series " + std::to_string(series + 1);
  if (!chart.unit.empty()) name += name.empty() ? chart.unit : ' ' + chart.unit;
  return name.empty() ? "Value" : name;
}

std::string Cell(double value, bool total) {
  if (!Present(value)) return "<td class=\"chart-missing\">no data</td>";
  return std::string(total ? "<td class=\"chart-total\">" : "<td>") + FormatNumber(value, kValueDecimals) + "</td>";
}

std::string TableHtml(const CleanChart& chart, const ChartTableOptions& options, const std::string& id) {
  std::string out = "<table class=\"chart-table\"";
  if (!id.empty()) out += " id=\"" + id + "\"";
  out += ">\n";
  if (!chart.title.empty()) out += "<caption>" + EscapeHtml(chart.title) + "</caption>\n";

  std::string heading = CleanText(options.label_heading);
  if (heading.empty()) {
    heading = chart.label_kind == LabelKind::kDate ? "Date" : chart.label_kind == LabelKind::kMonth ? "Month" : "Item";
  }
  out += "<thead><tr><th scope=\"col\">" + EscapeHtml(heading) + "</th>";
  for (std::size_t s = 0; s < chart.values.size(); ++s) {
    out += "<th scope=\"col\">" + EscapeHtml(ColumnHeading(chart, s)) + "</th>";
  }
  if (options.total_column) {
    out += "<th scope=\"col\" class=\"chart-total\">" +
           EscapeHtml(chart.unit.empty() ? std::string("Total") : "Total " + chart.unit) + "</th>";
  }
  out += "</tr></thead>\n<tbody>\n";

  if (chart.long_labels.empty() || chart.values.empty()) {
    const std::size_t columns = 1 + chart.values.size() + (options.total_column ? 1 : 0);
    out += "<tr><td colspan=\"" + std::to_string(columns) + "\">No data yet</td></tr>\n";
  }
  for (std::size_t i = 0; i < chart.long_labels.size() && !chart.values.empty(); ++i) {
    out += "<tr><th scope=\"row\">" + EscapeHtml(chart.long_labels[i]) + "</th>";
    bool any_present = false;
    for (const std::vector<double>& values : chart.values) {
      out += Cell(values[i], false);
      any_present = any_present || Present(values[i]);
    }
    if (options.total_column) out += Cell(any_present ? LabelTotal(chart, i) : std::nan(""), true);
    out += "</tr>\n";
  }
  out += "</tbody>\n</table>\n";
  return out;
}

// Points the SVG's aria-labelledby, <title id> and <desc id> at ids made
// from `prefix`. Text in the SVG is escaped, so `"` and `<` only ever come
// from the markup itself and the first matches are the root's.
std::string RetargetSvgIds(std::string_view svg, const std::string& prefix) {
  constexpr std::string_view kLabelledBy = "aria-labelledby=\"";
  const std::size_t head_end = svg.find('>');
  const std::size_t attribute = svg.find(kLabelledBy);
  if (head_end == std::string_view::npos || attribute == std::string_view::npos || attribute > head_end) {
    return std::string(svg);
  }
  const std::size_t value_start = attribute + kLabelledBy.size();
  const std::size_t value_end = svg.find('"', value_start);
  const std::string_view value = svg.substr(value_start, value_end - value_start);
  const std::size_t space = value.find(' ');
  const std::string_view old_title = value.substr(0, space);
  if (space == std::string_view::npos || !old_title.ends_with("-title")) return std::string(svg);
  const std::string old_prefix(old_title.substr(0, old_title.size() - 6));

  std::string out(svg.substr(0, value_start));
  out += prefix + "-title " + prefix + "-desc";
  out += svg.substr(value_end);
  for (const char* element : {"title", "desc"}) {
    const std::string from = "<" + std::string(element) + " id=\"" + old_prefix + '-' + element + "\">";
    const std::size_t at = out.find(from);
    if (at != std::string::npos) {
      out.replace(at, from.size(), "<" + std::string(element) + " id=\"" + prefix + '-' + element + "\">");
    }
  }
  return out;
}

}  // namespace

std::string DescribeCounts(const CleanChart& chart) {
  if (chart.empty) return "No data yet.";
  double grand_total = 0;
  std::size_t best = 0;
  for (std::size_t i = 0; i < chart.long_labels.size(); ++i) {
    const double total = LabelTotal(chart, i);
    grand_total += total;
    if (total > LabelTotal(chart, best)) best = i;
  }
  if (grand_total == 0) {
    return chart.unit.empty() ? "Every value is 0." : "No " + chart.unit + " yet: every value is 0.";
  }
  std::string out;
  if (chart.long_labels.size() == 1) {
    out = Amount(chart, grand_total) + ' ' + AtLabel(chart, 0);
  } else {
    out = "Highest: " + Amount(chart, LabelTotal(chart, best)) + ' ' + AtLabel(chart, best) + "; total " +
          Amount(chart, grand_total);
  }
  if (chart.values.size() > 1) out += " (" + Breakdown(chart) + ")";
  return out + ".";
}

std::string DescribeMeasures(const CleanChart& chart) {
  if (chart.empty) return "No data yet.";
  std::string out;
  for (std::size_t s = 0; s < chart.values.size(); ++s) {
    const std::vector<double>& values = chart.values[s];
    std::size_t present = 0, latest = 0, highest = 0, lowest = 0;
    for (std::size_t i = 0; i < values.size(); ++i) {
      if (!Present(values[i])) continue;
      if (present == 0 || values[i] > values[highest]) highest = i;
      if (present == 0 || values[i] < values[lowest]) lowest = i;
      latest = i;
      ++present;
    }
    std::string sentence = chart.series_names[s].empty() ? "" : chart.series_names[s] + ": ";
    if (present == 0) {
      sentence += "no data";
    } else if (present == 1) {
      sentence += Amount(chart, values[latest]) + ' ' + AtLabel(chart, latest);
    } else {
      sentence += (sentence.empty() ? "Latest " : "latest ") + Amount(chart, values[latest]) + ' ' +
                  AtLabel(chart, latest) + "; highest " + Amount(chart, values[highest]) + ' ' +
                  AtLabel(chart, highest) + "; lowest " + Amount(chart, values[lowest]) + ' ' + AtLabel(chart, lowest);
    }
    if (!out.empty()) out += ' ';
    out += sentence + ".";
  }
  return out;
}

}  // namespace charts_internal

std::string DescribeBars(const ChartData& data) {
  return charts_internal::DescribeCounts(charts_internal::Clean(data));
}

std::string DescribeLines(const ChartData& data) {
  return charts_internal::DescribeMeasures(charts_internal::Clean(data));
}

std::string ChartTableHtml(const ChartData& data, const ChartTableOptions& options) {
  return charts_internal::TableHtml(charts_internal::Clean(data), options, "");
}

std::string ChartFigureHtml(const ChartData& data, std::string_view svg, std::string_view id_prefix,
                            const ChartTableOptions& table_options) {
  const charts_internal::CleanChart chart = charts_internal::Clean(data);
  const std::string prefix = charts_internal::CleanIdPrefix(id_prefix);
  std::string out = "<figure class=\"chart-figure\" id=\"" + prefix + "\">\n";
  out += charts_internal::RetargetSvgIds(svg, prefix);
  if (!out.ends_with('\n')) out += '\n';
  out += "<figcaption class=\"chart-caption\" id=\"" + prefix + "-caption\">" + EscapeHtml(chart.title) +
         "</figcaption>\n";
  out += "<details class=\"chart-details\"><summary>Show the numbers as a table</summary>\n";
  out += charts_internal::TableHtml(chart, table_options, prefix + "-table");
  out += "</details>\n</figure>\n";
  return out;
}

}  // namespace rapport::render
