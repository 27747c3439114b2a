// Every XSS payload of ../shared/fixtures/swisskyrepo-PayloadsAllTheThings,
// raw and inside Markdown (link text, link URL, image URL, autolink, inline
// HTML), goes through the comment renderer; the output must hold no
// executable context: only the tags and attributes cmark-gfm itself writes,
// no event handlers, no script-capable URLs after entity decoding.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <regex>
#include <set>

#include "render/markdown.h"

namespace rapport::render {
namespace {

std::vector<std::string> Payloads() {
  std::vector<std::string> out;
  const std::filesystem::path dir = std::string(RAPPORT_FIXTURES_DIR) + "/swisskyrepo-PayloadsAllTheThings";
  for (const auto& entry : std::filesystem::directory_iterator(dir)) {
    std::ifstream in(entry.path());
    for (std::string line; std::getline(in, line);) {
      if (!line.empty() && line.find_first_not_of(" \t\r") != std::string::npos) out.push_back(line);
    }
  }
  return out;
}

std::string DecodeEntities(const std::string& s) {
  std::string out;
  for (std::size_t i = 0; i < s.size(); ++i) {
    if (s[i] != '&') {
      out += s[i];
      continue;
    }
    const std::size_t semi = s.find(';', i);
    if (semi == std::string::npos || semi - i > 10) {
      out += s[i];
      continue;
    }
    const std::string name = s.substr(i + 1, semi - i - 1);
    long cp = -1;
    if (name.size() > 1 && name[0] == '#') {
      cp = (name[1] == 'x' || name[1] == 'X') ? std::strtol(name.c_str() + 2, nullptr, 16)
                                              : std::strtol(name.c_str() + 1, nullptr, 10);
    } else if (name == "amp") cp = '&';
    else if (name == "colon") cp = ':';
    else if (name == "quot") cp = '"';
    else if (name == "lt") cp = '<';
    else if (name == "gt") cp = '>';
    if (cp >= 0 && cp < 128) {
      out += static_cast<char>(cp);
      i = semi;
    } else {
      out += s[i];
    }
  }
  return out;
}

// The scheme of a URL as a browser would see it: entities decoded, control
// characters and whitespace removed, lower-cased.
std::string Scheme(const std::string& raw_url) {
  std::string url;
  for (char c : DecodeEntities(raw_url)) {
    if (static_cast<unsigned char>(c) > 0x20) url += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  }
  // A scheme is a letter then letters, digits, "+", "-" or "."; anything
  // else before the first colon makes the URL relative.
  const std::size_t colon = url.find(':');
  if (colon == std::string::npos || colon == 0 || !std::isalpha(static_cast<unsigned char>(url[0]))) return "";
  for (std::size_t i = 0; i < colon; ++i) {
    const char c = url[i];
    if (!std::isalnum(static_cast<unsigned char>(c)) && c != '+' && c != '-' && c != '.') return "";
  }
  return url.substr(0, colon);
}

std::string Problem(const std::string& html) {
  static const std::set<std::string> kTags = {"p", "a", "em", "strong", "code", "pre", "ul", "ol", "li", "blockquote",
                                              "h4", "h5", "h6", "hr", "br", "del", "table", "thead", "tbody", "tr",
                                              "th", "td", "input", "sup", "section", "div"};
  static const std::set<std::string> kAttributes = {"href", "title", "rel", "start", "align", "type", "checked",
                                                    "disabled", "class", "id", "data-footnotes", "lang"};
  static const std::regex kTag(R"(<\s*(/?)([a-zA-Z][a-zA-Z0-9-]*)([^>]*)>)");
  static const std::regex kAttr(R"(([^\s=/]+)(?:\s*=\s*"([^"]*)\")?)");
  for (auto it = std::sregex_iterator(html.begin(), html.end(), kTag); it != std::sregex_iterator(); ++it) {
    std::string tag = (*it)[2];
    for (char& c : tag) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    if (!kTags.count(tag)) return "tag <" + tag + ">";
    const std::string attrs = (*it)[3];
    for (auto a = std::sregex_iterator(attrs.begin(), attrs.end(), kAttr); a != std::sregex_iterator(); ++a) {
      std::string name = (*a)[1];
      if (name == "/") continue;
      for (char& c : name) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
      if (!kAttributes.count(name)) return "attribute " + name + " on <" + tag + ">";
      if (name == "href") {
        const std::string scheme = Scheme((*a)[2]);
        if (!scheme.empty() && scheme != "http" && scheme != "https" && scheme != "mailto") {
          return "URL scheme " + scheme;
        }
      }
    }
    if (tag == "input" && attrs.find("checkbox") == std::string::npos) return "non-checkbox input";
  }
  return "";
}

TEST(MarkdownXssTest, NoPayloadSurvivesTheCommentRenderer) {
  const std::vector<std::string> payloads = Payloads();
  ASSERT_GT(payloads.size(), 600u);
  int checked = 0;
  for (const std::string& p : payloads) {
    const std::string contexts[] = {p, "Text " + p + " text", "[link](" + p + ")", "[" + p + "](https://example.org)",
                                    "![alt](" + p + ")", "<" + p + ">", "> " + p, "- " + p, "`" + p + "`",
                                    "[ref]\n\n[ref]: " + p};
    for (const std::string& md : contexts) {
      const std::string html = RenderMarkdown(md, CommentMarkdown());
      const std::string problem = Problem(html);
      EXPECT_EQ(problem, "") << "payload: " << p << "\nmarkdown: " << md << "\nhtml: " << html;
      ++checked;
    }
  }
  EXPECT_EQ(checked, static_cast<int>(payloads.size()) * 10);
}

TEST(MarkdownXssTest, TheCheckerCatchesWhatItMustCatch) {
  EXPECT_NE(Problem("<script>alert(1)</script>"), "");
  EXPECT_NE(Problem("<a href=\"javascript:alert(1)\">x</a>"), "");
  EXPECT_NE(Problem("<a href=\"jav&#x09;ascript:alert(1)\">x</a>"), "");
  EXPECT_NE(Problem("<a href=\" &#106;avascript:alert(1)\">x</a>"), "");
  EXPECT_EQ(Problem("<a href=\"script%20src=javascript:alert(1)\">x</a>"), "");  // relative
  EXPECT_NE(Problem("<p onclick=\"x\">y</p>"), "");
  EXPECT_NE(Problem("<img src=x>"), "");
  EXPECT_EQ(Problem("<p><a rel=\"nofollow ugc noopener\" href=\"https://x.org\">x</a></p>"), "");
}

}  // namespace
}  // namespace rapport::render
