// Markdown to HTML through cmark-gfm (CommonMark plus GitHub's tables,
// strikethrough, autolinks, task lists and tag filter).
//
// Two profiles:
//  - Posts are written by the site's authors, who may use raw HTML.
//  - Comments are written by anyone and rendered in safe mode: raw HTML is
//    dropped, links other than http, https, mailto and relative ones are
//    emptied (javascript:, data:, unknown schemes), images become
//    plain links (no third-party requests from a page, no tracking pixels),
//    links carry rel="nofollow ugc noopener", headings are demoted below the
//    page's own, and a single newline is a line break, as people expect
//    when they type into a comment box.
//
// Thread safety: all functions are thread-safe (each call has its own parser).
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace rapport::render {

struct MarkdownOptions {
  bool allow_raw_html = false;     // false: raw HTML omitted, links only to http(s), mailto or relative URLs
  bool hard_breaks = false;        // a newline inside a paragraph becomes <br>
  bool smart_punctuation = false;  // "quotes", -- dashes and ... ellipses
  bool footnotes = false;
  bool images_as_links = false;    // ![alt](url) renders as a link to url
  bool nofollow_links = false;     // rel="nofollow ugc noopener" on every link
  int heading_offset = 0;          // added to heading levels (capped at 6)
};

MarkdownOptions PostMarkdown();
MarkdownOptions CommentMarkdown();

std::string RenderMarkdown(std::string_view markdown, const MarkdownOptions& options);

// The text of a Markdown document without markup, whitespace collapsed, cut
// at a word boundary to at most `max_chars` code points (with "…" when cut).
// For excerpts, feed summaries and meta descriptions.
std::string MarkdownToPlainText(std::string_view markdown, std::size_t max_chars);

}  // namespace rapport::render
