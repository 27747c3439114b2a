// Charts: markup that parses, escapes everything, holds the right numbers in
// the right places, and is the same bytes every time.
#include "render/charts.h"

#include <gtest/gtest.h>
#include <libxml/parser.h>
#include <libxml/tree.h>

#include <algorithm>
#include <cctype>
#include <cmath>
#include <filesystem>
#include <fstream>
#include <limits>
#include <map>
#include <set>
#include <string>
#include <vector>

namespace rapport::render {
namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

// --- A parsed document, through libxml2 with no network and no recovery:
// anything that is not well-formed XML fails to parse.

std::string Name(const xmlNode* node) { return reinterpret_cast<const char*>(node->name); }

std::string Attr(const xmlNode* node, const char* name) {
  xmlChar* value = xmlGetProp(node, reinterpret_cast<const xmlChar*>(name));
  if (value == nullptr) return "";
  std::string out(reinterpret_cast<const char*>(value));
  xmlFree(value);
  return out;
}

bool HasAttr(const xmlNode* node, const char* name) {
  return xmlHasProp(node, reinterpret_cast<const xmlChar*>(name)) != nullptr;
}

std::string Text(const xmlNode* node) {
  xmlChar* value = xmlNodeGetContent(node);
  std::string out(reinterpret_cast<const char*>(value));
  xmlFree(value);
  return out;
}

// The element's own text, without that of its children (a label's <title>).
std::string OwnText(const xmlNode* node) {
  std::string out;
  for (xmlNode* child = node->children; child != nullptr; child = child->next) {
    if (child->type == XML_TEXT_NODE) out += reinterpret_cast<const char*>(child->content);
  }
  return out;
}

bool HasClass(const xmlNode* node, std::string_view wanted) {
  const std::string classes = " " + Attr(node, "class") + " ";
  return classes.find(" " + std::string(wanted) + " ") != std::string::npos;
}

std::vector<xmlNode*> ElementChildren(const xmlNode* node) {
  std::vector<xmlNode*> out;
  for (xmlNode* child = node->children; child != nullptr; child = child->next) {
    if (child->type == XML_ELEMENT_NODE) out.push_back(child);
  }
  return out;
}

void Collect(xmlNode* node, std::vector<xmlNode*>& out) {
  for (; node != nullptr; node = node->next) {
    if (node->type != XML_ELEMENT_NODE) continue;
    out.push_back(node);
    Collect(node->children, out);
  }
}

class Xml {
 public:
  explicit Xml(const std::string& text)
      : doc_(xmlReadMemory(text.data(), static_cast<int>(text.size()), "chart.xml", "UTF-8",
                           XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING)) {}
  ~Xml() {
    if (doc_ != nullptr) xmlFreeDoc(doc_);
  }
  Xml(const Xml&) = delete;
  Xml& operator=(const Xml&) = delete;

  bool ok() const { return doc_ != nullptr; }
  xmlNode* root() const { return xmlDocGetRootElement(doc_); }
  // Elements in document order, all of them or those with `name` and (if
  // given) class `css_class`.
  std::vector<xmlNode*> Elements(std::string_view name = "", std::string_view css_class = "") const {
    std::vector<xmlNode*> all;
    Collect(root(), all);
    std::vector<xmlNode*> out;
    for (xmlNode* node : all) {
      if ((name.empty() || Name(node) == name) && (css_class.empty() || HasClass(node, css_class))) {
        out.push_back(node);
      }
    }
    return out;
  }
  std::vector<std::string> Texts(std::string_view name, std::string_view css_class = "") const {
    std::vector<std::string> out;
    for (xmlNode* node : Elements(name, css_class)) out.push_back(Text(node));
    return out;
  }
  // The bars and stacked segments, without the legend's swatches.
  std::vector<xmlNode*> Bars() const {
    std::vector<xmlNode*> out;
    for (xmlNode* node : Elements("rect", "chart-bar")) {
      if (!HasClass(node, "chart-legend-swatch")) out.push_back(node);
    }
    return out;
  }
  std::vector<std::string> BarTitles() const {
    std::vector<std::string> out;
    for (xmlNode* node : Bars()) out.push_back(Text(node));
    return out;
  }

 private:
  xmlDoc* doc_;
};

// The title child of a bar or point.
std::string TitleOf(const xmlNode* node) {
  for (xmlNode* child : ElementChildren(node)) {
    if (Name(child) == "title") return Text(child);
  }
  return "";
}

double Number(const xmlNode* node, const char* attr) { return std::stod(Attr(node, attr)); }

// Only these elements and attributes may appear: nothing that runs code,
// styles inline or loads anything.
void ExpectOnlySafeMarkup(const std::string& markup) {
  static const std::set<std::string> kElements = {
      "svg",     "title",   "desc",  "g",       "rect",  "line",  "path", "circle", "text", "figure", "figcaption",
      "details", "summary", "table", "caption", "thead", "tbody", "tr",   "th",     "td",   "div"};
  static const std::set<std::string> kAttributes = {"class",     "x",           "y",      "x1",     "x2",
                                                    "y1",        "y2",          "width",  "height", "viewBox",
                                                    "font-size", "fill",        "stroke", "role",   "aria-labelledby",
                                                    "id",        "text-anchor", "d",      "cx",     "cy",
                                                    "r",         "scope",       "colspan"};
  Xml xml(markup);
  ASSERT_TRUE(xml.ok()) << markup;
  for (xmlNode* node : xml.Elements()) {
    EXPECT_TRUE(kElements.count(Name(node))) << Name(node);
    for (xmlAttr* attr = node->properties; attr != nullptr; attr = attr->next) {
      const std::string name = reinterpret_cast<const char*>(attr->name);
      EXPECT_TRUE(kAttributes.count(name)) << name << " on " << Name(node);
      if (name == "fill" || name == "stroke") {
        const std::string value = Attr(node, name.c_str());
        EXPECT_TRUE(value == "currentColor" || value == "none") << value;
      }
    }
  }
}

// --- Data sets.

std::string Day(int day_of_year_2026) {
  static constexpr int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  int month = 0;
  while (day_of_year_2026 >= kDays[month]) day_of_year_2026 -= kDays[month++];
  const auto two_digits = [](int n) { return std::string(n < 10 ? "0" : "") + std::to_string(n); };
  return "2026-" + two_digits(month + 1) + "-" + two_digits(day_of_year_2026 + 1);
}

ChartData CommentsByStatus(int days) {
  ChartData data;
  data.title = "Comments per day";
  data.value_unit = "comments";
  data.series = {{"approved", {}, "series-approved"}, {"pending", {}, "series-pending"}};
  for (int i = 0; i < days; ++i) {
    data.labels.push_back(Day(220 + i));
    data.series[0].values.push_back((i * 7) % 13);
    data.series[1].values.push_back(i % 4);
  }
  return data;
}

ChartData ReplyHours() {
  ChartData data;
  data.title = "Hours to first reply";
  data.value_unit = "hours";
  data.labels = {"2026-07", "2026-08", "2026-09", "2026-10", "2026-11"};
  data.series = {{"median", {3, 4.5, kNaN, 2, 2.25}, "series-median"}, {"90th-percentile", {10, 12, 9, 7, 9}, ""}};
  return data;
}

ChartData MostDiscussed() {
  ChartData data;
  data.title = "Most discussed posts";
  data.value_unit = "comments";
  data.labels = {"When your partner won't talk about money", "On grief", "Short"};
  data.series = {{"", {1234, 400, 3}, "series-comments"}};
  return data;
}

ChartData Hostile() {
  ChartData data;
  data.title = "</title><script>alert(1)</script>";
  data.description = "\"><img src=x onerror=alert(1)>";
  data.value_unit = "<b>units</b>";
  data.labels = {"<script>alert(1)</script>",     "\"><img src=x onerror=alert(1)>",
                 "a & b ' \" ]]> <!-- x -->",     "שלום עולם",
                 "🙃 emoji 👩‍👩‍👧", std::string("bad \xff\xfe utf8 \x01\x1b ctrl"),
                 "\u202Ereversed\u202C",          "&amp; already escaped"};
  data.series = {{"<i>approved</i>", {1, 2, 3, 4, 5, 6, 7, 8}, "x\" onclick=\"alert(1)"},
                 {"' onmouseover='alert(1)", {8, 7, 6, 5, 4, 3, 2, 1}, "<style>"}};
  return data;
}

std::vector<std::string> EveryRendering(const ChartData& data) {
  BarChartOptions grouped;
  grouped.layout = BarLayout::kGrouped;
  const std::string bars = BarChartSvg(data, {});
  return {bars,
          BarChartSvg(data, grouped),
          LineChartSvg(data, {}),
          RankedBarsSvg(data),
          ChartTableHtml(data, {.total_column = true}),
          ChartFigureHtml(data, bars, "figure")};
}

std::vector<ChartData> AllDataSets() {
  ChartData empty;
  empty.title = "Nothing";
  ChartData no_series = MostDiscussed();
  no_series.series.clear();
  ChartData all_nan = ReplyHours();
  for (auto& series : all_nan.series) series.values.assign(5, kNaN);
  ChartData zeros = CommentsByStatus(10);
  for (auto& series : zeros.series) series.values.assign(10, 0);
  ChartData single = MostDiscussed();
  single.labels.resize(1);
  single.series[0].values.resize(1);
  ChartData huge = MostDiscussed();
  huge.series[0].values = {1e300, std::numeric_limits<double>::infinity(), -5};
  ChartData ragged = CommentsByStatus(10);
  ragged.series[0].values.resize(4);
  ragged.series[1].values.resize(30, 1);
  return {CommentsByStatus(90),
          ReplyHours(),
          MostDiscussed(),
          Hostile(),
          empty,
          no_series,
          all_nan,
          zeros,
          single,
          huge,
          ragged};
}

// --- Ticks and numbers.

TEST(ChartTicksTest, StepsAreOneTwoOrFiveTimesAPowerOfTen) {
  EXPECT_EQ(NiceTicks(37, 5, true), (std::vector<double>{0, 10, 20, 30, 40}));
  EXPECT_EQ(NiceTicks(40, 5, true), (std::vector<double>{0, 10, 20, 30, 40}));
  EXPECT_EQ(NiceTicks(14, 5, true), (std::vector<double>{0, 5, 10, 15}));
  EXPECT_EQ(NiceTicks(100, 5, true), (std::vector<double>{0, 20, 40, 60, 80, 100}));
  EXPECT_EQ(NiceTicks(12345, 5, true), (std::vector<double>{0, 5000, 10000, 15000}));
  EXPECT_EQ(NiceTicks(3, 5, true), (std::vector<double>{0, 1, 2, 3}));
  EXPECT_EQ(NiceTicks(1, 5, true), (std::vector<double>{0, 1}));
  EXPECT_EQ(NiceTicks(37, 2, true), (std::vector<double>{0, 20, 40}));
  const std::vector<double> fractions = NiceTicks(0.7, 5, false);
  ASSERT_EQ(fractions.size(), 5u);
  EXPECT_DOUBLE_EQ(fractions[1], 0.2);
  EXPECT_DOUBLE_EQ(fractions.back(), 0.8);
  EXPECT_EQ(NiceTicks(0.07, 7, false).size(), 8u);  // 0.07 / 0.01 is 7.000000000000001: no eighth interval
}

TEST(ChartTicksTest, DegenerateMaximaStillGiveAnAxis) {
  EXPECT_EQ(NiceTicks(0, 5, true), (std::vector<double>{0, 1}));
  EXPECT_EQ(NiceTicks(-3, 5, true), (std::vector<double>{0, 1}));
  EXPECT_EQ(NiceTicks(kNaN, 5, true), (std::vector<double>{0, 1}));
  const std::vector<double> huge = NiceTicks(1e300, 5, true);
  EXPECT_TRUE(std::isfinite(huge.back()));
  EXPECT_GE(huge.back(), kMaxChartValue);
  EXPECT_LE(huge.size(), 12u);
  EXPECT_LE(NiceTicks(37, 1000, true).size(), 12u);  // target clamped
}

TEST(ChartFormatTest, NumbersHaveThousandsSeparatorsAndAtMostTwoDecimals) {
  EXPECT_EQ(FormatChartNumber(0), "0");
  EXPECT_EQ(FormatChartNumber(-0.0), "0");
  EXPECT_EQ(FormatChartNumber(999), "999");
  EXPECT_EQ(FormatChartNumber(1000), "1,000");
  EXPECT_EQ(FormatChartNumber(12345), "12,345");
  EXPECT_EQ(FormatChartNumber(1234567.8), "1,234,567.8");
  EXPECT_EQ(FormatChartNumber(3.25), "3.25");
  EXPECT_EQ(FormatChartNumber(0.5), "0.5");
  EXPECT_EQ(FormatChartNumber(3.999), "4");
  EXPECT_EQ(FormatChartNumber(-1234.5), "-1,234.5");
  EXPECT_EQ(FormatChartNumber(kMaxChartValue), "1,000,000,000,000,000");
  EXPECT_EQ(FormatChartNumber(kNaN), "–");
  EXPECT_EQ(FormatChartNumber(std::numeric_limits<double>::infinity()), "–");
}

// --- Markup rules, on every data set and every rendering.

TEST(ChartMarkupTest, EveryRenderingIsWellFormedAndSafe) {
  for (const ChartData& data : AllDataSets()) {
    for (const std::string& markup : EveryRendering(data)) {
      SCOPED_TRACE(data.title);
      ExpectOnlySafeMarkup(markup);
      EXPECT_EQ(markup.find("<script"), std::string::npos);
      EXPECT_EQ(markup.find("<style"), std::string::npos);
      EXPECT_EQ(markup.find("<img"), std::string::npos);
      EXPECT_EQ(markup.find("href"), std::string::npos);
    }
  }
}

TEST(ChartMarkupTest, NoStyleAttributeEverAppears) {
  // The hostile set writes "style" as text (escaped), so it is checked as
  // markup above; everything else must not even contain the characters.
  for (const ChartData& data : AllDataSets()) {
    if (data.title == Hostile().title) continue;
    for (const std::string& markup : EveryRendering(data)) EXPECT_EQ(markup.find("style="), std::string::npos);
  }
}

TEST(ChartMarkupTest, SvgStartsWithTitleAndDescAndScales) {
  for (const std::string& svg :
       {BarChartSvg(CommentsByStatus(5), {}), LineChartSvg(ReplyHours(), {}), RankedBarsSvg(MostDiscussed())}) {
    Xml xml(svg);
    ASSERT_TRUE(xml.ok());
    EXPECT_EQ(Name(xml.root()), "svg");
    EXPECT_TRUE(HasClass(xml.root(), "chart"));
    EXPECT_FALSE(Attr(xml.root(), "viewBox").empty());
    EXPECT_FALSE(HasAttr(xml.root(), "width"));
    EXPECT_FALSE(HasAttr(xml.root(), "height"));
    EXPECT_EQ(Attr(xml.root(), "role"), "img");
    EXPECT_EQ(Attr(xml.root(), "aria-labelledby"), "chart-title chart-desc");
    const std::vector<xmlNode*> children = ElementChildren(xml.root());
    ASSERT_GE(children.size(), 2u);
    EXPECT_EQ(Name(children[0]), "title");
    EXPECT_EQ(Attr(children[0], "id"), "chart-title");
    EXPECT_EQ(Name(children[1]), "desc");
    EXPECT_EQ(Attr(children[1], "id"), "chart-desc");
  }
}

TEST(ChartMarkupTest, HostileTextIsEscapedAndKeptReadable) {
  const ChartData data = Hostile();
  for (const std::string& markup : EveryRendering(data)) ExpectOnlySafeMarkup(markup);
  Xml xml(BarChartSvg(data, {}));
  ASSERT_TRUE(xml.ok());
  EXPECT_EQ(Text(ElementChildren(xml.root())[0]), "</title><script>alert(1)</script>");
  EXPECT_EQ(Text(ElementChildren(xml.root())[1]), "\"><img src=x onerror=alert(1)>");
  const std::vector<std::string> titles = xml.BarTitles();
  ASSERT_FALSE(titles.empty());
  EXPECT_EQ(titles[0], "<script>alert(1)</script>: 1 <i>approved</i> <b>units</b>");
  // Right-to-left text and emoji pass through; bidi overrides, control
  // characters and malformed bytes do not.
  const std::string svg = BarChartSvg(data, {.label_every = 1});
  EXPECT_NE(svg.find("שלום עולם"), std::string::npos);
  EXPECT_NE(svg.find("👩‍👩‍👧"), std::string::npos);
  EXPECT_EQ(svg.find("\u202E"), std::string::npos);
  EXPECT_NE(svg.find("bad \uFFFD\uFFFD utf8 ctrl"), std::string::npos);
  EXPECT_NE(svg.find("&amp;amp; already escaped"), std::string::npos);
  // A class cannot break out of its attribute.
  for (xmlNode* bar : xml.Bars()) EXPECT_FALSE(HasAttr(bar, "onclick"));
}

TEST(ChartMarkupTest, XssPayloadsAsLabelsStayText) {
  const std::filesystem::path dir = std::string(RAPPORT_FIXTURES_DIR) + "/swisskyrepo-PayloadsAllTheThings";
  if (!std::filesystem::exists(dir)) GTEST_SKIP() << "no payload fixtures at " << dir;
  std::vector<std::string> payloads;
  for (const auto& entry : std::filesystem::directory_iterator(dir)) {
    std::ifstream in(entry.path());
    for (std::string line; std::getline(in, line);) {
      if (!line.empty()) payloads.push_back(line);
    }
  }
  ASSERT_FALSE(payloads.empty());
  constexpr std::size_t kPerChart = 50;
  for (std::size_t start = 0; start < payloads.size(); start += kPerChart) {
    ChartData data;
    data.title = payloads[start];
    data.value_unit = payloads[start];
    data.series = {{payloads[start], {}, payloads[start]}};
    for (std::size_t i = start; i < std::min(payloads.size(), start + kPerChart); ++i) {
      data.labels.push_back(payloads[i]);
      data.series[0].values.push_back(static_cast<double>(i % 17));
    }
    const std::string bars = BarChartSvg(data, {.label_every = 1});
    ExpectOnlySafeMarkup(bars);
    ExpectOnlySafeMarkup(RankedBarsSvg(data));
    ExpectOnlySafeMarkup(ChartFigureHtml(data, LineChartSvg(data, {}), payloads[start]));
    if (HasFailure()) break;
  }
}

TEST(ChartMarkupTest, SameInputSameBytes) {
  for (const ChartData& data : AllDataSets()) EXPECT_EQ(EveryRendering(data), EveryRendering(data));
}

TEST(ChartMarkupTest, SmallRankedChartMatchesItsGoldenCopy) {
  ChartData data;
  data.title = "Top posts";
  data.labels = {"A & B", "C"};
  data.series = {{"", {12, 3}, "series-comments"}};
  data.value_unit = "comments";
  EXPECT_EQ(RankedBarsSvg(data, {.width = 300}),
            "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart chart-ranked\" viewBox=\"0 0 300 100\" "
            "font-size=\"12\" fill=\"currentColor\" role=\"img\" aria-labelledby=\"chart-title chart-desc\">\n"
            "<title id=\"chart-title\">Top posts</title>\n"
            "<desc id=\"chart-desc\">Highest: 12 comments for A &amp; B; total 15 comments.</desc>\n"
            "<text class=\"chart-unit\" x=\"51\" y=\"20\">comments</text>\n"
            "<line class=\"chart-axis\" x1=\"51\" x2=\"51\" y1=\"28\" y2=\"76\" stroke=\"currentColor\"/>\n"
            "<text class=\"chart-tick-label\" x=\"51\" y=\"92\" text-anchor=\"middle\">0</text>\n"
            "<line class=\"chart-grid\" x1=\"124.67\" x2=\"124.67\" y1=\"28\" y2=\"76\" stroke=\"currentColor\"/>\n"
            "<text class=\"chart-tick-label\" x=\"124.67\" y=\"92\" text-anchor=\"middle\">5</text>\n"
            "<line class=\"chart-grid\" x1=\"198.33\" x2=\"198.33\" y1=\"28\" y2=\"76\" stroke=\"currentColor\"/>\n"
            "<text class=\"chart-tick-label\" x=\"198.33\" y=\"92\" text-anchor=\"middle\">10</text>\n"
            "<line class=\"chart-grid\" x1=\"272\" x2=\"272\" y1=\"28\" y2=\"76\" stroke=\"currentColor\"/>\n"
            "<text class=\"chart-tick-label\" x=\"272\" y=\"92\" text-anchor=\"middle\">15</text>\n"
            "<text class=\"chart-label\" x=\"43\" y=\"44\" text-anchor=\"end\">A &amp; B</text>\n"
            "<rect class=\"chart-bar series-comments\" x=\"51\" y=\"32\" width=\"176.8\" height=\"16\">"
            "<title>A &amp; B: 12 comments</title></rect>\n"
            "<text class=\"chart-value-label\" x=\"233.8\" y=\"44\">12</text>\n"
            "<text class=\"chart-label\" x=\"43\" y=\"68\" text-anchor=\"end\">C</text>\n"
            "<rect class=\"chart-bar series-comments\" x=\"51\" y=\"56\" width=\"44.2\" height=\"16\">"
            "<title>C: 3 comments</title></rect>\n"
            "<text class=\"chart-value-label\" x=\"101.2\" y=\"68\">3</text>\n"
            "</svg>\n");
}

// --- Bars.

TEST(ChartBarsTest, EachBarHasTitleWithLabelAndExactValue) {
  ChartData data;
  data.labels = {"2026-11-03", "2026-11-04"};
  data.series = {{"approved", {14, 12345}, "series-approved"}};
  data.value_unit = "comments";
  Xml xml(BarChartSvg(data, {}));
  ASSERT_TRUE(xml.ok());
  EXPECT_EQ(xml.BarTitles(),
            (std::vector<std::string>{"3 November: 14 approved comments", "4 November: 12,345 approved comments"}));
  EXPECT_EQ(xml.Texts("text", "chart-tick-label"), (std::vector<std::string>{"0", "5,000", "10,000", "15,000"}));
}

TEST(ChartBarsTest, StacksAddUpToTheirTotalsOnTheNiceAxis) {
  ChartData data;
  data.labels = {"Mon", "Tue", "Wed"};
  data.series = {{"approved", {30, 10, 0}, "series-approved"}, {"pending", {7, 5, 2}, "series-pending"}};
  Xml xml(BarChartSvg(data, {}));
  ASSERT_TRUE(xml.ok());
  EXPECT_EQ(xml.Texts("text", "chart-tick-label"), (std::vector<std::string>{"0", "10", "20", "30", "40"}));
  const double baseline = Number(xml.Elements("line", "chart-axis").at(0), "y1");
  double top = baseline;
  for (xmlNode* grid : xml.Elements("line", "chart-grid")) top = std::min(top, Number(grid, "y1"));
  std::map<double, std::pair<double, double>> stacks;  // x -> (lowest bottom, summed height)
  for (xmlNode* bar : xml.Bars()) {
    auto& [bottom, height] = stacks[Number(bar, "x")];
    bottom = std::max(bottom, Number(bar, "y") + Number(bar, "height"));
    height += Number(bar, "height");
  }
  ASSERT_EQ(stacks.size(), 3u);
  const std::vector<double> totals = {37, 15, 2};
  std::size_t i = 0;
  for (const auto& [x, stack] : stacks) {
    EXPECT_NEAR(stack.first, baseline, 0.01) << x;
    EXPECT_NEAR(stack.second, totals[i++] / 40 * (baseline - top), 0.02) << x;
  }
  EXPECT_EQ(xml.Bars().size(), 5u);  // the zero draws nothing
  EXPECT_EQ(DescribeBars(data), "Highest: 37 for Mon; total 54 (40 approved, 14 pending).");
}

TEST(ChartBarsTest, GroupedBarsStandSideBySideFromTheBaseline) {
  ChartData data;
  data.labels = {"Mon"};
  data.series = {{"a", {30}, ""}, {"b", {10}, ""}};
  Xml xml(BarChartSvg(data, {.layout = BarLayout::kGrouped}));
  ASSERT_TRUE(xml.ok());
  const std::vector<xmlNode*> bars = xml.Bars();
  ASSERT_EQ(bars.size(), 2u);
  EXPECT_TRUE(HasClass(bars[0], "series-1"));
  EXPECT_TRUE(HasClass(bars[1], "series-2"));
  EXPECT_NEAR(Number(bars[0], "x") + Number(bars[0], "width"), Number(bars[1], "x"), 0.01);
  EXPECT_NEAR(Number(bars[0], "y") + Number(bars[0], "height"), Number(bars[1], "y") + Number(bars[1], "height"), 0.01);
  EXPECT_NEAR(Number(bars[0], "height"), 3 * Number(bars[1], "height"), 0.02);
  EXPECT_EQ(xml.Texts("text", "chart-tick-label").back(), "30");  // the tallest bar, not the sum
  EXPECT_EQ(xml.Elements("g", "chart-legend").size(), 1u);
}

TEST(ChartBarsTest, NinetyDailyLabelsAreThinnedSoTheyDoNotOverlap) {
  const ChartData data = CommentsByStatus(90);
  Xml xml(BarChartSvg(data, {}));
  ASSERT_TRUE(xml.ok());
  const std::vector<xmlNode*> labels = xml.Elements("text", "chart-label");
  EXPECT_GE(labels.size(), 6u);
  EXPECT_LE(labels.size(), 15u);
  EXPECT_EQ(Text(labels[0]), "9 Aug");  // the first day is always labelled
  for (std::size_t i = 1; i < labels.size(); ++i) {
    const double gap = Number(labels[i], "x") - Number(labels[i - 1], "x");
    EXPECT_GT(gap, 7.0 * static_cast<double>(Text(labels[i]).size()));
  }
  EXPECT_EQ(xml.Bars().size(), 83u + 67u);  // every non-zero value, each with its title
  for (xmlNode* bar : xml.Bars()) EXPECT_FALSE(TitleOf(bar).empty());
  Xml every(BarChartSvg(data, {.label_every = 1}));
  EXPECT_EQ(every.Elements("text", "chart-label").size(), 90u);
  Xml third(BarChartSvg(data, {.label_every = 30}));
  EXPECT_EQ(third.Texts("text", "chart-label"), (std::vector<std::string>{"9 Aug", "8 Sep", "8 Oct"}));
}

TEST(ChartBarsTest, LongLabelsAreCutOnTheAxisButWholeInTheTitles) {
  ChartData data;
  data.labels = {"A rather long post title about family holidays"};
  data.series = {{"", {4}, ""}};
  Xml xml(BarChartSvg(data, {}));
  ASSERT_TRUE(xml.ok());
  const xmlNode* label = xml.Elements("text", "chart-label").at(0);
  EXPECT_EQ(TitleOf(label), "A rather long post title about family holidays");
  EXPECT_NE(OwnText(label), TitleOf(label));
  EXPECT_TRUE(OwnText(label).ends_with("…"));
  EXPECT_EQ(TitleOf(xml.Bars().at(0)), "A rather long post title about family holidays: 4");
  // Ranked rows cut to the label column; a huge label costs linear time.
  data.labels = {std::string(200000, 'w') + "🙃"};
  Xml ranked(RankedBarsSvg(data));
  ASSERT_TRUE(ranked.ok());
  const xmlNode* row = ranked.Elements("text", "chart-label").at(0);
  EXPECT_LE(OwnText(row).size(), 720u * 4 / 10 / 7 + 4);
  EXPECT_TRUE(OwnText(row).ends_with("…"));
  EXPECT_EQ(TitleOf(row).size(), 200004u);
}

TEST(ChartBarsTest, DatesAcrossYearsCarryTheYear) {
  ChartData data;
  data.labels = {"2026-12-31", "2027-01-01"};
  data.series = {{"", {1, 2}, ""}};
  Xml xml(BarChartSvg(data, {}));
  EXPECT_EQ(xml.BarTitles(), (std::vector<std::string>{"31 December 2026: 1", "1 January 2027: 2"}));
  data.labels = {"2026-02-30", "2026-13-01"};  // not dates: shown as written
  Xml invalid(BarChartSvg(data, {}));
  EXPECT_EQ(invalid.BarTitles(), (std::vector<std::string>{"2026-02-30: 1", "2026-13-01: 2"}));
}

// --- Lines.

TEST(ChartLinesTest, MissingValuesBreakTheLine) {
  ChartData data;
  data.labels = {"a", "b", "c", "d", "e"};
  data.series = {{"median", {1, 2, kNaN, 4, 5}, "series-median"}};
  Xml xml(LineChartSvg(data, {}));
  ASSERT_TRUE(xml.ok());
  const std::vector<xmlNode*> paths = xml.Elements("path", "chart-line");
  ASSERT_EQ(paths.size(), 1u);
  const std::string d = Attr(paths[0], "d");
  EXPECT_EQ(std::count(d.begin(), d.end(), 'M'), 2);
  EXPECT_EQ(std::count(d.begin(), d.end(), 'L'), 2);
  EXPECT_EQ(Attr(paths[0], "fill"), "none");
  EXPECT_EQ(xml.Texts("circle", "chart-point"),
            (std::vector<std::string>{"a: 1 median", "b: 2 median", "d: 4 median", "e: 5 median"}));
}

TEST(ChartLinesTest, IsolatedValuesKeepTheirDotEvenWithoutPoints) {
  ChartData data;
  data.labels = {"a", "b", "c", "d", "e"};
  data.series = {{"", {1, kNaN, 3, 4, kNaN}, ""}};
  Xml xml(LineChartSvg(data, {.show_points = false}));
  ASSERT_TRUE(xml.ok());
  EXPECT_EQ(xml.Texts("circle", "chart-point"), (std::vector<std::string>{"a: 1"}));
  EXPECT_EQ(Attr(xml.Elements("path", "chart-line").at(0), "d").find('M'), 0u);
  data.series[0].values = {1, kNaN, 3, kNaN, 5};
  Xml dots(LineChartSvg(data, {.show_points = false}));
  EXPECT_TRUE(dots.Elements("path").empty());
  EXPECT_EQ(dots.Elements("circle", "chart-point").size(), 3u);
}

TEST(ChartLinesTest, DescriptionNamesLatestHighestAndLowest) {
  EXPECT_EQ(DescribeLines(ReplyHours()),
            "median: latest 2.25 hours in November 2026; highest 4.5 hours in August 2026; lowest 2 hours in "
            "October 2026. 90th-percentile: latest 9 hours in November 2026; highest 12 hours in August 2026; "
            "lowest 7 hours in October 2026.");
  ChartData one;
  one.labels = {"2026-11-03"};
  one.series = {{"", {3.5}, ""}};
  one.value_unit = "hours";
  EXPECT_EQ(DescribeLines(one), "3.5 hours on 3 November.");
  Xml xml(LineChartSvg(one, {}));
  EXPECT_EQ(xml.Elements("circle", "chart-point").size(), 1u);
  EXPECT_EQ(xml.Texts("text", "chart-tick-label").front(), "0");  // zero baseline even for a single point
}

// --- Edge cases.

TEST(ChartEdgeTest, EmptyDataDrawsAFrameThatSaysSo) {
  ChartData data;
  data.title = "Comments per day";
  for (const std::string& svg : {BarChartSvg(data, {}), LineChartSvg(data, {}), RankedBarsSvg(data)}) {
    Xml xml(svg);
    ASSERT_TRUE(xml.ok());
    EXPECT_TRUE(HasClass(xml.root(), "chart-empty"));
    EXPECT_EQ(Text(ElementChildren(xml.root())[1]), "No data yet.");
    EXPECT_EQ(xml.Elements("rect", "chart-frame").size(), 1u);
    EXPECT_EQ(xml.Texts("text", "chart-empty-message"), (std::vector<std::string>{"No data yet"}));
    EXPECT_TRUE(xml.Bars().empty());
  }
  data.description = "No comments in the last 90 days.";
  Xml described(BarChartSvg(data, {}));
  EXPECT_EQ(Text(ElementChildren(described.root())[1]), "No comments in the last 90 days.");
  Xml table(ChartTableHtml(data));
  ASSERT_TRUE(table.ok());
  EXPECT_EQ(table.Texts("td"), (std::vector<std::string>{"No data yet"}));
  EXPECT_EQ(table.Texts("caption"), (std::vector<std::string>{"Comments per day"}));
}

TEST(ChartEdgeTest, AllZeroDataHasAnAxisAndNoBars) {
  ChartData data = CommentsByStatus(10);
  for (auto& series : data.series) series.values.assign(10, 0);
  Xml xml(BarChartSvg(data, {}));
  ASSERT_TRUE(xml.ok());
  EXPECT_FALSE(HasClass(xml.root(), "chart-empty"));
  EXPECT_TRUE(xml.Bars().empty());
  EXPECT_EQ(xml.Texts("text", "chart-tick-label"), (std::vector<std::string>{"0", "1"}));
  EXPECT_EQ(DescribeBars(data), "No comments yet: every value is 0.");
}

TEST(ChartEdgeTest, SinglePointGetsAModestBar) {
  ChartData data;
  data.labels = {"2026-11-03"};
  data.series = {{"", {14}, ""}};
  Xml xml(BarChartSvg(data, {}));
  ASSERT_TRUE(xml.ok());
  const std::vector<xmlNode*> bars = xml.Bars();
  ASSERT_EQ(bars.size(), 1u);
  EXPECT_LE(Number(bars[0], "width"), 48);
  EXPECT_EQ(DescribeBars(data), "14 on 3 November.");
}

TEST(ChartEdgeTest, NegativeInfiniteAndHugeValuesNeverBreakTheChart) {
  ChartData data;
  data.labels = {"a", "b", "c", "d"};
  data.series = {{"", {-5, std::numeric_limits<double>::infinity(), 1e300, 12345678}, ""}};
  Xml xml(BarChartSvg(data, {}));
  ASSERT_TRUE(xml.ok());
  EXPECT_EQ(xml.BarTitles(), (std::vector<std::string>{"c: 1,000,000,000,000,000", "d: 12,345,678"}));
  Xml table(ChartTableHtml(data));
  EXPECT_EQ(table.Texts("td"), (std::vector<std::string>{"0", "no data", "1,000,000,000,000,000", "12,345,678"}));
  for (xmlNode* node : xml.Elements()) {
    for (const char* attr : {"x", "y", "width", "height"}) {
      if (HasAttr(node, attr)) {
        EXPECT_TRUE(std::isfinite(Number(node, attr)));
      }
    }
  }
}

TEST(ChartEdgeTest, ManySeriesGrowTheDrawingRatherThanSquashTheBars) {
  ChartData data;
  data.labels = {"a", "b"};
  for (int s = 0; s < 60; ++s) data.series.push_back({"a long series name " + std::to_string(s), {1, 2}, ""});
  Xml xml(BarChartSvg(data, {.layout = BarLayout::kGrouped}));
  ASSERT_TRUE(xml.ok());
  const std::string view_box = Attr(xml.root(), "viewBox");
  EXPECT_GT(std::stod(view_box.substr(view_box.rfind(' ') + 1)), 300);
  EXPECT_EQ(xml.Elements("text", "chart-legend-label").size(), 60u);
  EXPECT_EQ(xml.Bars().size(), 120u);
  for (xmlNode* bar : xml.Bars()) {
    EXPECT_GT(Number(bar, "height"), 0);
    EXPECT_GT(Number(bar, "width"), 0);
  }
}

TEST(ChartEdgeTest, SeriesShorterOrLongerThanTheLabelsArePaddedOrCut) {
  ChartData data;
  data.labels = {"a", "b", "c"};
  data.series = {{"x", {1}, ""}, {"y", {1, 2, 3, 4, 5}, ""}};
  Xml table(ChartTableHtml(data));
  ASSERT_TRUE(table.ok());
  EXPECT_EQ(table.Texts("td"), (std::vector<std::string>{"1", "1", "no data", "2", "no data", "3"}));
  Xml bars(BarChartSvg(data, {}));
  EXPECT_EQ(bars.Bars().size(), 4u);
}

// --- Tables and figures.

TEST(ChartTableTest, HoldsTheSameNumbersAsTheChart) {
  const ChartData data = CommentsByStatus(20);
  Xml table(ChartTableHtml(data, {.total_column = true}));
  ASSERT_TRUE(table.ok());
  EXPECT_EQ(table.Texts("th").at(0), "Date");
  EXPECT_EQ(table.Texts("th").at(1), "approved comments");
  EXPECT_EQ(table.Texts("th").at(3), "Total comments");
  for (xmlNode* th : table.Elements("th")) EXPECT_TRUE(HasAttr(th, "scope"));
  // Every bar's title, rebuilt from the table row it belongs to.
  std::set<std::string> from_table;
  const std::vector<std::string> names = {"approved", "pending"};
  for (xmlNode* row : table.Elements("tr")) {
    const std::vector<xmlNode*> cells = ElementChildren(row);
    if (Name(cells[0]) != "th" || Attr(cells[0], "scope") != "row") continue;
    ASSERT_EQ(cells.size(), 4u);
    double total = 0;
    for (std::size_t s = 0; s < names.size(); ++s) {
      const std::string value = Text(cells[s + 1]);
      total += std::stod(value);
      if (value != "0") from_table.insert(Text(cells[0]) + ": " + value + " " + names[s] + " comments");
    }
    EXPECT_EQ(Text(cells[3]), FormatChartNumber(total));
  }
  Xml svg(BarChartSvg(data, {}));
  const std::vector<std::string> titles = svg.BarTitles();
  EXPECT_EQ(std::set<std::string>(titles.begin(), titles.end()), from_table);
  EXPECT_EQ(titles.size(), from_table.size());
}

TEST(ChartTableTest, RankedChartTotalsMatchTheTable) {
  const ChartData data = MostDiscussed();
  Xml svg(RankedBarsSvg(data));
  Xml table(ChartTableHtml(data));
  ASSERT_TRUE(svg.ok() && table.ok());
  EXPECT_EQ(svg.Texts("text", "chart-value-label"), table.Texts("td"));
  EXPECT_EQ(table.Texts("td"), (std::vector<std::string>{"1,234", "400", "3"}));
  EXPECT_EQ(table.Texts("th").at(0), "Item");
  EXPECT_EQ(table.Texts("th").at(1), "comments");
}

TEST(ChartFigureTest, WrapsChartCaptionAndTable) {
  const ChartData data = ReplyHours();
  Xml xml(ChartFigureHtml(data, LineChartSvg(data, {}), "reply-hours"));
  ASSERT_TRUE(xml.ok());
  EXPECT_EQ(Name(xml.root()), "figure");
  EXPECT_EQ(Attr(xml.root(), "id"), "reply-hours");
  const std::vector<xmlNode*> children = ElementChildren(xml.root());
  ASSERT_EQ(children.size(), 3u);
  EXPECT_EQ(Name(children[0]), "svg");
  EXPECT_EQ(Attr(children[0], "aria-labelledby"), "reply-hours-title reply-hours-desc");
  EXPECT_EQ(Name(children[1]), "figcaption");
  EXPECT_EQ(Text(children[1]), "Hours to first reply");
  EXPECT_EQ(Name(children[2]), "details");
  EXPECT_EQ(xml.Texts("summary"), (std::vector<std::string>{"Show the numbers as a table"}));
  EXPECT_EQ(xml.Elements("table").size(), 1u);
  EXPECT_EQ(Attr(xml.Elements("table")[0], "id"), "reply-hours-table");
  EXPECT_EQ(xml.Texts("th").at(0), "Month");
  EXPECT_EQ(xml.Texts("th").at(2), "90th-percentile hours");
}

TEST(ChartFigureTest, IdsAreUniqueAcrossFiguresAndPointAtTheirOwnTitleAndDesc) {
  const ChartData bars = CommentsByStatus(7);
  const ChartData lines = ReplyHours();
  const std::string page = "<div>" + ChartFigureHtml(bars, BarChartSvg(bars, {}), "comments") +
                           ChartFigureHtml(lines, LineChartSvg(lines, {}), "replies") +
                           ChartFigureHtml(bars, BarChartSvg(bars, {.id_prefix = "other"}), "\"><script>x") +
                           ChartFigureHtml(lines, RankedBarsSvg(lines), "9 lives") + "</div>";
  Xml xml(page);
  ASSERT_TRUE(xml.ok()) << page;
  std::set<std::string> ids;
  for (xmlNode* node : xml.Elements()) {
    if (!HasAttr(node, "id")) continue;
    EXPECT_TRUE(ids.insert(Attr(node, "id")).second) << Attr(node, "id");
    for (char c : Attr(node, "id")) EXPECT_TRUE(std::isalnum(static_cast<unsigned char>(c)) || c == '-' || c == '_');
  }
  EXPECT_EQ(ids.size(), 4u * 5u);
  EXPECT_TRUE(ids.count("chart----script-x-title"));
  EXPECT_TRUE(ids.count("chart-9-lives"));
  for (xmlNode* svg : xml.Elements("svg")) {
    const std::vector<xmlNode*> children = ElementChildren(svg);
    EXPECT_EQ(Attr(svg, "aria-labelledby"), Attr(children[0], "id") + " " + Attr(children[1], "id"));
  }
}

TEST(ChartDescriptionTest, CallersTextWinsAndIsEscaped) {
  ChartData data = CommentsByStatus(3);
  data.description = "Busiest on Monday & Tuesday.";
  EXPECT_NE(BarChartSvg(data, {}).find("<desc id=\"chart-desc\">Busiest on Monday &amp; Tuesday.</desc>"),
            std::string::npos);
  ChartData example;
  example.labels = {"2026-11-02", "2026-11-03", "2026-11-04"};
  example.series = {{"", {6, 14, 200}, ""}};
  example.series[0].values = {6, 14, 0};
  EXPECT_EQ(DescribeBars(example), "Highest: 14 on 3 November; total 20.");
  example.value_unit = "comments";
  EXPECT_EQ(DescribeBars(example), "Highest: 14 comments on 3 November; total 20 comments.");
  EXPECT_EQ(DescribeBars(ChartData{}), "No data yet.");
}

}  // namespace
}  // namespace rapport::render
