// Fuzz target: Markdown as readers and authors write it, to HTML and to plain
// text. Beyond "no crash, no sanitizer report", it checks that comment HTML
// (raw HTML off) never carries anything that could run script, and that the
// output is valid UTF-8.
#include <algorithm>
#include <cctype>
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <cstdio>
#include <string>
#include <string_view>

#include "core/utf8.h"
#include "render/markdown.h"

namespace {

void Fail(const char* what, const std::string& html) {
  std::fprintf(stderr, "fuzz_markdown: %s\n--- output ---\n%s\n", what, html.c_str());
  std::abort();
}

std::string Lower(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = static_cast<char>(c >= 'A' && c <= 'Z' ? c + 32 : c);
  return out;
}

bool IsAllowedTag(std::string_view name) {
  for (std::string_view ok : {"p", "br", "em", "strong", "del", "a", "blockquote", "ul", "ol", "li", "code", "pre",
                              "h1", "h2", "h3", "h4", "h5", "h6", "hr", "table", "thead", "tbody", "tr", "th", "td",
                              "sup", "section", "input"}) {
    if (name == ok) return true;
  }
  return false;
}

// A link may go to the web, to a mail address, or somewhere on the site.
// Reads the scheme as a browser does (WHATWG URL): leading spaces and control
// characters are skipped, tabs and newlines dropped, and a scheme is a letter
// followed by letters, digits, "+", "-" or "." before a colon; anything else
// is a relative URL.
bool IsSafeHref(std::string_view href) {
  std::string url;
  for (char c : href) {
    if (url.empty() && static_cast<unsigned char>(c) <= 0x20) continue;
    if (c == '\t' || c == '\n' || c == '\r') continue;
    url += c;
  }
  const std::string lower = Lower(url);
  std::size_t i = 0;
  while (i < lower.size() && (std::isalnum(static_cast<unsigned char>(lower[i])) || lower[i] == '+' ||
                              lower[i] == '-' || lower[i] == '.')) {
    ++i;
  }
  if (i == 0 || i == lower.size() || lower[i] != ':' || !std::isalpha(static_cast<unsigned char>(lower[0]))) {
    return true;  // no scheme: relative to the page
  }
  const std::string_view scheme = std::string_view(lower).substr(0, i);
  return scheme == "http" || scheme == "https" || scheme == "mailto";
}

// Comment HTML is built only from cmark-gfm's own elements: with raw HTML off
// a reader's "<" always arrives escaped. Walks every tag of the output and
// fails on an element, attribute or link that is not one of those.
void CheckCommentHtml(const std::string& html) {
  std::size_t pos = 0;
  while ((pos = html.find('<', pos)) != std::string::npos) {
    const std::size_t close = html.find('>', pos);
    if (close == std::string::npos) Fail("unclosed tag", html);
    std::string_view tag(html.data() + pos + 1, close - pos - 1);
    pos = close + 1;
    if (tag.starts_with("!-- raw HTML omitted --")) continue;
    if (tag.starts_with("/")) tag.remove_prefix(1);
    const std::size_t name_end = std::min(tag.find_first_of(" /"), tag.size());
    if (!IsAllowedTag(tag.substr(0, name_end))) Fail("element outside the allowed set", html);
    std::string_view rest = tag.substr(name_end);
    // Attributes: name="value", values escaped by cmark, so no quote inside.
    while (true) {
      const std::size_t eq = rest.find("=\"");
      if (eq == std::string_view::npos) break;
      const std::size_t name_start = rest.rfind(' ', eq) + 1;
      const std::string name = Lower(rest.substr(name_start, eq - name_start));
      const std::size_t value_end = rest.find('"', eq + 2);
      if (value_end == std::string_view::npos) Fail("unterminated attribute", html);
      const std::string_view value = rest.substr(eq + 2, value_end - eq - 2);
      if (name.starts_with("on") || name == "style" || name == "src" || name == "srcdoc" || name == "action" ||
          name == "formaction") {
        Fail("attribute that can run script or load something", html);
      }
      if (name == "href" && !IsSafeHref(value)) Fail("link with an unsafe scheme", html);
      rest.remove_prefix(value_end + 1);
    }
  }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  const std::string comment = rapport::render::RenderMarkdown(text, rapport::render::CommentMarkdown());
  CheckCommentHtml(comment);
  if (rapport::utf8::IsValid(text) && !rapport::utf8::IsValid(comment)) Fail("comment HTML is not UTF-8", comment);

  const std::string post = rapport::render::RenderMarkdown(text, rapport::render::PostMarkdown());
  if (rapport::utf8::IsValid(text) && !rapport::utf8::IsValid(post)) Fail("post HTML is not UTF-8", post);

  const std::string plain = rapport::render::MarkdownToPlainText(text, 160);
  if (rapport::utf8::IsValid(text)) {
    if (!rapport::utf8::IsValid(plain)) Fail("plain text is not UTF-8", plain);
    if (rapport::utf8::CountCodePoints(plain) > 161) Fail("excerpt longer than asked", plain);
  }
  return 0;
}
