#include "http/page_cache.h"

#include <gtest/gtest.h>

namespace rapport::http {
namespace {

std::shared_ptr<const CachedPage> Page(const std::string& text) {
  return std::make_shared<CachedPage>(CachedPage{HoledText(text, "\x01"), "etag", 200});
}

TEST(PageCacheTest, InvalidatesExactlyTheEntriesThatShareATag) {
  PageCache cache(1 << 20);
  cache.Put("post-1", Page("one"), {"post:1", "comments:1", "site"}, cache.Begin());
  cache.Put("post-2", Page("two"), {"post:2", "comments:2", "site"}, cache.Begin());
  cache.Put("home", Page("home"), {"posts", "comments:1", "comments:2", "site"}, cache.Begin());
  cache.Invalidate({"comments:1"});
  EXPECT_EQ(cache.Get("post-1"), nullptr);
  EXPECT_EQ(cache.Get("home"), nullptr);
  EXPECT_NE(cache.Get("post-2"), nullptr);
  cache.Invalidate({"unrelated"});
  EXPECT_NE(cache.Get("post-2"), nullptr);
  cache.Invalidate({"site"});
  EXPECT_EQ(cache.entries(), 0u);
}

TEST(PageCacheTest, APageBuiltDuringAnInvalidationIsNotStored) {
  PageCache cache(1 << 20);
  const PageCache::Ticket ticket = cache.Begin();
  cache.Invalidate({"comments:1"});  // happens while the page is being rendered
  cache.Put("post-1", Page("stale"), {"post:1", "comments:1"}, ticket);
  EXPECT_EQ(cache.Get("post-1"), nullptr);
  cache.Put("post-1", Page("fresh"), {"post:1", "comments:1"}, cache.Begin());
  EXPECT_NE(cache.Get("post-1"), nullptr);
}

TEST(PageCacheTest, EvictsTheOldestWhenFull) {
  PageCache cache(100);
  cache.Put("a", Page(std::string(40, 'a')), {"t"}, cache.Begin());
  cache.Put("b", Page(std::string(40, 'b')), {"t"}, cache.Begin());
  cache.Put("c", Page(std::string(40, 'c')), {"t"}, cache.Begin());
  EXPECT_EQ(cache.Get("a"), nullptr);
  EXPECT_NE(cache.Get("c"), nullptr);
  EXPECT_LE(cache.bytes(), 100u);
  cache.Put("huge", Page(std::string(500, 'h')), {"t"}, cache.Begin());
  EXPECT_EQ(cache.Get("huge"), nullptr);
}

TEST(PageCacheTest, ReplacingAnEntryKeepsTheAccountingRight) {
  PageCache cache(1 << 20);
  cache.Put("a", Page("first"), {"x"}, cache.Begin());
  cache.Put("a", Page("second"), {"y"}, cache.Begin());
  EXPECT_EQ(cache.entries(), 1u);
  cache.Invalidate({"x"});
  EXPECT_NE(cache.Get("a"), nullptr);
  cache.Invalidate({"y"});
  EXPECT_EQ(cache.Get("a"), nullptr);
  EXPECT_EQ(cache.bytes(), 0u);
}

}  // namespace
}  // namespace rapport::http
