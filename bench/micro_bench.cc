// Micro-benchmarks of the hot paths of a page view: Markdown for comments,
// building a thread, serving a cached page (hole filling and gzip stitching)
// against compressing the whole page, and slugs; and of a comment's way in:
// crisis screening and the spam check, on a typical comment and on the
// longest one accepted (64 KiB).
//
//   build/bench/rapport_bench
#include <benchmark/benchmark.h>

#include <string>
#include <vector>

#include "core/slug.h"
#include "core/thread.h"
#include "http/gzip.h"
#include "render/markdown.h"
#include "screening/screener.h"
#include "spam/spam_check.h"

namespace rapport {
namespace {

std::string LongComment() {
  std::string text;
  for (int i = 0; i < 12; ++i) {
    text += "I have been *thinking* about this for weeks, and I wanted to say that the part about breaks "
            "really landed. https://example.org/a-page was helpful too.\n\n";
  }
  return text;
}

void BM_RenderCommentMarkdown(benchmark::State& state) {
  const std::string text = LongComment();
  for (auto _ : state) benchmark::DoNotOptimize(render::RenderMarkdown(text, render::CommentMarkdown()));
  state.SetBytesProcessed(static_cast<std::int64_t>(state.iterations() * text.size()));
}
BENCHMARK(BM_RenderCommentMarkdown);

void BM_BuildThread(benchmark::State& state) {
  const int n = static_cast<int>(state.range(0));
  std::vector<Comment> comments(n);
  for (int i = 0; i < n; ++i) {
    Comment& c = comments[i];
    c.id = i + 1;
    c.created_at = i;
    c.status = i % 10 == 3 ? CommentStatus::kPending : CommentStatus::kApproved;
    if (i % 4 != 0) c.parent_id = (i / 4) * 4 + 1;  // every fourth starts a thread; three replies each
  }
  for (auto _ : state) {
    auto tree = BuildThread(comments, [](const Comment& c) { return c.status == CommentStatus::kApproved; },
                            ThreadOrder::kOldestFirst);
    benchmark::DoNotOptimize(tree);
  }
  state.SetItemsProcessed(state.iterations() * n);
}
BENCHMARK(BM_BuildThread)->Arg(200)->Arg(10000);

std::string Page() {
  std::string page;
  for (int i = 0; i < 400; ++i) page += "<li class=\"comment\"><p>A comment of a long thread, number " + std::to_string(i) + ".</p></li>\n";
  return page.substr(0, page.size() / 2) + "\x01hole\x01" + page.substr(page.size() / 2);
}

void BM_CachedPageFillGzip(benchmark::State& state) {
  const http::HoledText holed(Page(), "\x01hole\x01");
  for (auto _ : state) benchmark::DoNotOptimize(holed.FillGzip("Xy3kq0-token-token-token-token-token-t"));
  state.SetBytesProcessed(static_cast<std::int64_t>(state.iterations() * holed.size()));
}
BENCHMARK(BM_CachedPageFillGzip);

void BM_WholePageGzip(benchmark::State& state) {
  const std::string page = Page();
  for (auto _ : state) benchmark::DoNotOptimize(http::Gzip(page));
  state.SetBytesProcessed(static_cast<std::int64_t>(state.iterations() * page.size()));
}
BENCHMARK(BM_WholePageGzip);

void BM_Slugify(benchmark::State& state) {
  for (auto _ : state) benchmark::DoNotOptimize(Slugify("Attachment to Your Therapist IV: Breaks, Holidays & Endings"));
}
BENCHMARK(BM_Slugify);

// A comment as long as the site accepts, made of ordinary sentences, so that
// every rule and the learned part run over the whole of it.
std::string LongestComment() {
  const std::string paragraph =
      "When my therapist said she would be away for three weeks I felt the old panic come back, and I "
      "kept rereading our last session in my head. I know she is coming back. I wrote it all down here "
      "because it helps to put it somewhere. ";
  std::string text;
  while (text.size() + paragraph.size() <= 64 * 1024) text += paragraph;
  return text;
}

// The longest comment of words with symbols between letters and slips of
// typing, the tokenizer's slowest paths (hidden letters, spelling repair).
std::string LongestMaskedComment() {
  const std::string words = "a*b*c*d k*ll myslef wnat s*icide tonigt e!f@g$h ";
  std::string text;
  while (text.size() + words.size() <= 64 * 1024) text += words;
  return text;
}

void BM_ScreenComment(benchmark::State& state) {
  const std::string text = state.range(0) == 0   ? LongComment()
                           : state.range(0) == 1 ? LongestComment()
                                                 : LongestMaskedComment();
  const auto& screener = screening::Screener::Default();
  for (auto _ : state) benchmark::DoNotOptimize(screener.Screen(text));
  state.SetBytesProcessed(static_cast<std::int64_t>(state.iterations() * text.size()));
  state.SetLabel(std::to_string(text.size()) + " bytes");
}
BENCHMARK(BM_ScreenComment)->Arg(0)->Arg(1)->Arg(2)->Unit(benchmark::kMicrosecond);

void BM_SpamCheck(benchmark::State& state) {
  const std::string text = state.range(0) == 0 ? LongComment() : LongestComment();
  const spam::SpamChecker checker;
  const spam::SpamSignals signals{"Willow", "willow@example.org", text};
  for (auto _ : state) benchmark::DoNotOptimize(checker.Check(signals, nullptr));
  state.SetBytesProcessed(static_cast<std::int64_t>(state.iterations() * text.size()));
  state.SetLabel(std::to_string(text.size()) + " bytes");
}
BENCHMARK(BM_SpamCheck)->Arg(0)->Arg(1)->Unit(benchmark::kMicrosecond);

}  // namespace
}  // namespace rapport

BENCHMARK_MAIN();
