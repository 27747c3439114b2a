// PageCache: rendered pages kept in memory, dropped precisely when what they
// were built from changes. Each entry carries the ChangeBus tags its page
// read (post:12, comments:12, posts, ...); Invalidate(tags) drops exactly the
// entries that share one. A new approved comment on post 12 thus drops that
// post's pages and the listings that show its comment count, nothing else.
//
// A page rendered while an invalidation of one of its tags happened is not
// stored (it may be stale): callers take a Ticket before reading the store
// and hand it back to Put.
//
// Bounded by total bytes; the oldest entries go first.
//
// Thread safety: all methods are thread-safe.
#pragma once

#include <cstdint>
#include <list>
#include <memory>
#include <mutex>
#include <string>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "http/gzip.h"

namespace rapport::http {

struct CachedPage {
  HoledText html;      // the page, with holes for the reader's CSRF token
  std::string etag;    // of the page before holes are filled
  int status = 200;
};

class PageCache {
 public:
  explicit PageCache(std::size_t max_bytes);

  struct Ticket {
    std::uint64_t issued_at = 0;
  };
  Ticket Begin() const;

  std::shared_ptr<const CachedPage> Get(const std::string& key) const;
  void Put(const std::string& key, std::shared_ptr<const CachedPage> page, const std::vector<std::string>& tags,
           Ticket ticket);
  void Invalidate(const std::vector<std::string>& tags);
  void Clear();

  std::size_t entries() const;
  std::size_t bytes() const;

 private:
  struct Entry {
    std::shared_ptr<const CachedPage> page;
    std::vector<std::string> tags;
    std::list<std::string>::iterator age;
  };
  void EraseLocked(const std::string& key);

  const std::size_t max_bytes_;
  mutable std::mutex mutex_;
  std::uint64_t clock_ = 0;                                            // GUARDED_BY(mutex_)
  std::unordered_map<std::string, Entry> entries_;                     // GUARDED_BY(mutex_)
  std::unordered_map<std::string, std::unordered_set<std::string>> keys_by_tag_;  // GUARDED_BY(mutex_)
  std::unordered_map<std::string, std::uint64_t> invalidated_at_;      // GUARDED_BY(mutex_)
  std::list<std::string> ages_;                                        // GUARDED_BY(mutex_), oldest first
  std::size_t bytes_ = 0;                                              // GUARDED_BY(mutex_)
};

}  // namespace rapport::http
