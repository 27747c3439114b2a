#include "render/markdown.h"

#include <gtest/gtest.h>

#include "core/utf8.h"

namespace rapport::render {
namespace {

std::string Comment(const std::string& md) { return RenderMarkdown(md, CommentMarkdown()); }
std::string PostHtml(const std::string& md) { return RenderMarkdown(md, PostMarkdown()); }

bool Has(const std::string& haystack, const std::string& needle) { return haystack.find(needle) != std::string::npos; }

TEST(CommentMarkdownTest, DropsRawHtml) {
  const std::string html = Comment("Hi <script>alert(1)</script> <b onclick=\"x()\">bold</b>\n\n<div>block</div>");
  EXPECT_FALSE(Has(html, "<script"));
  EXPECT_FALSE(Has(html, "onclick"));
  EXPECT_FALSE(Has(html, "<div"));
  EXPECT_FALSE(Has(html, "<b"));
}

TEST(CommentMarkdownTest, EmptiesDangerousLinks) {
  for (const char* md : {"[x](javascript:alert(1))", "[x](JAVASCRIPT:alert(1))", "[x](vbscript:msgbox)",
                         "[x](data:text/html;base64,PHNjcmlwdD4=)", "<javascript:alert(1)>"}) {
    const std::string html = Comment(md);
    EXPECT_TRUE(Has(html, "href=\"\"")) << md << " -> " << html;  // the link stays, inert
    EXPECT_FALSE(Has(html, "href=\"javascript") || Has(html, "href=\"JAVASCRIPT") || Has(html, "href=\"vbscript") ||
                 Has(html, "href=\"data"))
        << md << " -> " << html;
  }
}

TEST(CommentMarkdownTest, OnlyWebMailAndRelativeLinksKeepTheirAddress) {
  EXPECT_TRUE(Has(Comment("[a](/posts/x#comment-3)"), "href=\"/posts/x#comment-3\""));
  EXPECT_TRUE(Has(Comment("[a](mailto:me@example.org)"), "href=\"mailto:me@example.org\""));
  EXPECT_TRUE(Has(Comment("[a](HTTPS://example.org)"), "href=\"HTTPS://example.org\""));
  EXPECT_TRUE(Has(Comment("[a](page?x=a:b)"), "href=\"page?x=a:b\""));
  for (const char* md : {"[a](ftp://x.org)", "[a](file:///etc/passwd)", "[a](xmlns:svg)", "[a](tel:123)"}) {
    EXPECT_TRUE(Has(Comment(md), "href=\"\"")) << md;
  }
}

TEST(CommentMarkdownTest, LinksAreNofollowUgcNoopener) {
  const std::string html = Comment("See [this](https://example.org/a) and https://example.com/b and www.example.net.");
  EXPECT_TRUE(Has(html, "<a rel=\"nofollow ugc noopener\" href=\"https://example.org/a\">this</a>")) << html;
  EXPECT_TRUE(Has(html, "<a rel=\"nofollow ugc noopener\" href=\"https://example.com/b\">")) << html;
  EXPECT_TRUE(Has(html, "<a rel=\"nofollow ugc noopener\" href=\"http://www.example.net\">")) << html;
  EXPECT_FALSE(Has(html, "<a href")) << html;
}

TEST(CommentMarkdownTest, ImagesBecomeLinks) {
  const std::string html = Comment("![a photo](https://tracker.example/pixel.gif)");
  EXPECT_FALSE(Has(html, "<img")) << html;
  EXPECT_TRUE(Has(html, "href=\"https://tracker.example/pixel.gif\">a photo</a>")) << html;
  EXPECT_TRUE(Has(Comment("![](https://example.org/x.png)"), ">image</a>"));
}

TEST(CommentMarkdownTest, SingleNewlinesAreLineBreaks) {
  EXPECT_EQ(Comment("line one\nline two"), "<p>line one<br />\nline two</p>\n");
}

TEST(CommentMarkdownTest, HeadingsSitBelowThePageHeadings) {
  EXPECT_TRUE(Has(Comment("# Big"), "<h4>Big</h4>"));
  EXPECT_TRUE(Has(Comment("#### Small"), "<h6>Small</h6>"));
}

TEST(CommentMarkdownTest, KeepsWhatPeopleUse) {
  const std::string html = Comment("*feel* **this**\n\n> quoted line\n\n- one\n- two\n\n~~gone~~");
  EXPECT_TRUE(Has(html, "<em>feel</em>"));
  EXPECT_TRUE(Has(html, "<strong>this</strong>"));
  EXPECT_TRUE(Has(html, "<blockquote>"));
  EXPECT_TRUE(Has(html, "<li>one</li>"));
  EXPECT_TRUE(Has(html, "<del>gone</del>"));
}

TEST(CommentMarkdownTest, EscapesTextThatLooksLikeMarkup) {
  EXPECT_TRUE(Has(Comment("3 < 4 & \"quotes\""), "3 &lt; 4 &amp;"));
}

TEST(PostMarkdownTest, AllowsTheAuthorsHtmlButStillFiltersScriptTags) {
  const std::string html = PostHtml("<figure class=\"wide\">x</figure>\n\n<script>alert(1)</script>");
  EXPECT_TRUE(Has(html, "<figure class=\"wide\">")) << html;
  EXPECT_FALSE(Has(html, "<script>")) << html;
}

TEST(PostMarkdownTest, SmartPunctuationAndFootnotes) {
  const std::string html = PostHtml("\"Quoted\" -- dash...\n\nText[^1].\n\n[^1]: A note.");
  EXPECT_TRUE(Has(html, "“Quoted”")) << html;
  EXPECT_TRUE(Has(html, "–")) << html;
  EXPECT_TRUE(Has(html, "…")) << html;
  EXPECT_TRUE(Has(html, "footnote")) << html;
}

TEST(PlainTextTest, StripsMarkupAndCutsAtAWord) {
  EXPECT_EQ(MarkdownToPlainText("## Title\n\nSome *emphasis* and a [link](https://x.org).", 200),
            "Title Some emphasis and a link.");
  EXPECT_EQ(MarkdownToPlainText("one two three four", 10), "one two…");
  EXPECT_EQ(MarkdownToPlainText("short", 10), "short");
}

// Found by fuzz_markdown: cmark-gfm's plain-text renderer writes U+FFFF as one
// stray byte. An excerpt must still be valid UTF-8.
TEST(PlainTextTest, IsValidUtf8WhateverTheRendererDoes) {
  EXPECT_TRUE(utf8::IsValid(MarkdownToPlainText("R\xEF\xBF\xBF", 100)));
  EXPECT_TRUE(utf8::IsValid(MarkdownToPlainText("a \xF4\x8F\xBF\xBF b \xEF\xB7\x90", 100)));
}

}  // namespace
}  // namespace rapport::render
