#include "render/markdown.h"

#include <cmark-gfm-core-extensions.h>
#include <cmark-gfm.h>

#include <algorithm>
#include <cctype>
#include <cstdlib>
#include <memory>
#include <mutex>
#include <vector>

#include "core/utf8.h"

namespace rapport::render {
namespace {

constexpr const char* kExtensions[] = {"autolink", "strikethrough", "table", "tagfilter", "tasklist"};

struct ParserDeleter {
  void operator()(cmark_parser* p) const { cmark_parser_free(p); }
};
struct NodeDeleter {
  void operator()(cmark_node* n) const { cmark_node_free(n); }
};
struct CharDeleter {
  void operator()(char* s) const { std::free(s); }
};

int CmarkOptions(const MarkdownOptions& o) {
  int options = CMARK_OPT_VALIDATE_UTF8;
  if (o.allow_raw_html) options |= CMARK_OPT_UNSAFE;
  if (o.hard_breaks) options |= CMARK_OPT_HARDBREAKS;
  if (o.smart_punctuation) options |= CMARK_OPT_SMART;
  if (o.footnotes) options |= CMARK_OPT_FOOTNOTES;
  return options;
}

struct Parsed {
  std::unique_ptr<cmark_parser, ParserDeleter> parser;
  std::unique_ptr<cmark_node, NodeDeleter> document;
};

Parsed Parse(std::string_view markdown, int options) {
  static std::once_flag registered;
  std::call_once(registered, [] { cmark_gfm_core_extensions_ensure_registered(); });
  Parsed parsed;
  parsed.parser.reset(cmark_parser_new(options));
  for (const char* name : kExtensions) {
    if (cmark_syntax_extension* ext = cmark_find_syntax_extension(name)) {
      cmark_parser_attach_syntax_extension(parsed.parser.get(), ext);
    }
  }
  cmark_parser_feed(parsed.parser.get(), markdown.data(), markdown.size());
  parsed.document.reset(cmark_parser_finish(parsed.parser.get()));
  return parsed;
}

// Replaces every image with a link to the same address, keeping its alt text.
void ImagesToLinks(cmark_node* document) {
  std::vector<cmark_node*> images;
  cmark_iter* iter = cmark_iter_new(document);
  for (cmark_event_type ev; (ev = cmark_iter_next(iter)) != CMARK_EVENT_DONE;) {
    cmark_node* node = cmark_iter_get_node(iter);
    if (ev == CMARK_EVENT_ENTER && cmark_node_get_type(node) == CMARK_NODE_IMAGE) images.push_back(node);
  }
  cmark_iter_free(iter);
  for (cmark_node* image : images) {
    cmark_node* link = cmark_node_new(CMARK_NODE_LINK);
    cmark_node_set_url(link, cmark_node_get_url(image));
    cmark_node_set_title(link, cmark_node_get_title(image));
    while (cmark_node* child = cmark_node_first_child(image)) cmark_node_append_child(link, child);
    if (!cmark_node_first_child(link)) {
      cmark_node* text = cmark_node_new(CMARK_NODE_TEXT);
      cmark_node_set_literal(text, "image");
      cmark_node_append_child(link, text);
    }
    cmark_node_replace(image, link);
    cmark_node_free(image);
  }
}

// True for relative URLs and for http, https and mailto: the only schemes a
// comment's link may use (a browser would run javascript:, and unknown
// schemes may hand the URL to another program).
bool IsAllowedCommentUrl(std::string_view url) {
  std::string cleaned;
  for (char c : url) {
    if (static_cast<unsigned char>(c) > 0x20) cleaned += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  }
  const std::size_t colon = cleaned.find(':');
  if (colon == std::string::npos) return true;
  for (std::size_t i = 0; i < colon; ++i) {
    const char c = cleaned[i];
    const bool scheme_char = std::isalnum(static_cast<unsigned char>(c)) || c == '+' || c == '-' || c == '.';
    if (!scheme_char) return true;  // the colon is not a scheme's: a relative URL
  }
  const std::string_view scheme = std::string_view(cleaned).substr(0, colon);
  return scheme == "http" || scheme == "https" || scheme == "mailto";
}

void RestrictLinkSchemes(cmark_node* document) {
  cmark_iter* iter = cmark_iter_new(document);
  for (cmark_event_type ev; (ev = cmark_iter_next(iter)) != CMARK_EVENT_DONE;) {
    cmark_node* node = cmark_iter_get_node(iter);
    if (ev != CMARK_EVENT_ENTER) continue;
    const cmark_node_type type = cmark_node_get_type(node);
    if (type != CMARK_NODE_LINK && type != CMARK_NODE_IMAGE) continue;
    const char* url = cmark_node_get_url(node);
    if (url && !IsAllowedCommentUrl(url)) cmark_node_set_url(node, "");
  }
  cmark_iter_free(iter);
}

void ShiftHeadings(cmark_node* document, int offset) {
  cmark_iter* iter = cmark_iter_new(document);
  for (cmark_event_type ev; (ev = cmark_iter_next(iter)) != CMARK_EVENT_DONE;) {
    cmark_node* node = cmark_iter_get_node(iter);
    if (ev == CMARK_EVENT_ENTER && cmark_node_get_type(node) == CMARK_NODE_HEADING) {
      cmark_node_set_heading_level(node, std::min(6, cmark_node_get_heading_level(node) + offset));
    }
  }
  cmark_iter_free(iter);
}

// In safe mode every "<a " in the output was written by cmark (raw HTML is
// omitted and text is escaped), so adding the attribute there is exact.
std::string AddNofollow(const std::string& html) {
  static constexpr std::string_view kFrom = "<a href=\"";
  static constexpr std::string_view kTo = "<a rel=\"nofollow ugc noopener\" href=\"";
  std::string out;
  out.reserve(html.size() + 64);
  std::size_t pos = 0;
  for (std::size_t found; (found = html.find(kFrom, pos)) != std::string::npos; pos = found + kFrom.size()) {
    out.append(html, pos, found - pos);
    out += kTo;
  }
  out.append(html, pos, std::string::npos);
  return out;
}

}  // namespace

MarkdownOptions PostMarkdown() {
  MarkdownOptions o;
  o.allow_raw_html = true;
  o.smart_punctuation = true;
  o.footnotes = true;
  return o;
}

MarkdownOptions CommentMarkdown() {
  MarkdownOptions o;
  o.hard_breaks = true;
  o.smart_punctuation = true;
  o.images_as_links = true;
  o.nofollow_links = true;
  o.heading_offset = 3;
  return o;
}

std::string RenderMarkdown(std::string_view markdown, const MarkdownOptions& options) {
  const int flags = CmarkOptions(options);
  Parsed parsed = Parse(markdown, flags);
  if (!options.allow_raw_html) RestrictLinkSchemes(parsed.document.get());
  if (options.images_as_links) ImagesToLinks(parsed.document.get());
  if (options.heading_offset != 0) ShiftHeadings(parsed.document.get(), options.heading_offset);
  std::unique_ptr<char, CharDeleter> html(
      cmark_render_html(parsed.document.get(), flags, cmark_parser_get_syntax_extensions(parsed.parser.get())));
  // cmark-gfm can split a character on odd input (NUL bytes inside footnote labels).
  std::string out = utf8::ReplaceMalformed(html ? html.get() : "");
  // nofollow relies on safe mode: with raw HTML allowed, "<a href" could come from the writer.
  if (options.nofollow_links && !options.allow_raw_html) out = AddNofollow(out);
  return out;
}

std::string MarkdownToPlainText(std::string_view markdown, std::size_t max_chars) {
  Parsed parsed = Parse(markdown, CMARK_OPT_VALIDATE_UTF8);
  std::unique_ptr<char, CharDeleter> text(cmark_render_plaintext(parsed.document.get(), CMARK_OPT_DEFAULT, 0));
  const std::string flat = utf8::CleanLine(text ? text.get() : "");
  if (utf8::CountCodePoints(flat) <= max_chars) return flat;
  // Cut at the last space before the limit.
  std::size_t pos = 0, chars = 0, last_space = 0;
  while (pos < flat.size() && chars < max_chars) {
    if (flat[pos] == ' ') last_space = pos;
    utf8::Decode(flat, pos);
    ++chars;
  }
  std::string cut = flat.substr(0, last_space > 0 ? last_space : pos);
  while (!cut.empty() && (cut.back() == ',' || cut.back() == ';' || cut.back() == ':' || cut.back() == ' ')) {
    cut.pop_back();
  }
  return cut + "…";
}

}  // namespace rapport::render
