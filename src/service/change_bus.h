// ChangeBus: how a change to content reaches everything that remembers a
// copy of it (today the page cache; later other nodes, through PostgreSQL
// LISTEN/NOTIFY). Services publish the *dependency tags* a change touches;
// caches drop exactly the entries that were built from them.
//
// Tags, built only with the helpers below so publishers and readers agree:
//   post:<id>      a post's own fields (title, body, status, terms)
//   comments:<id>  the approved comments of a post (its thread and counts)
//   series:<id>    a series' fields or its list of posts
//   term:<id>      a category or tag
//   posts          any listing of posts (home, archives, feeds)
//   site           site-wide settings shown on every page (title, notice)
//
// Thread safety: Subscribe before use; Publish may be called from any thread.
#pragma once

#include <cstdint>
#include <functional>
#include <mutex>
#include <string>
#include <vector>

namespace rapport::service {

namespace tags {
inline std::string Post(std::int64_t id) { return "post:" + std::to_string(id); }
inline std::string Comments(std::int64_t post_id) { return "comments:" + std::to_string(post_id); }
inline std::string Series(std::int64_t id) { return "series:" + std::to_string(id); }
inline std::string Term(std::int64_t id) { return "term:" + std::to_string(id); }
inline const std::string kPosts = "posts";
inline const std::string kSite = "site";
}  // namespace tags

class ChangeBus {
 public:
  using Listener = std::function<void(const std::vector<std::string>& tags)>;

  void Subscribe(Listener listener);
  void Publish(const std::vector<std::string>& tags) const;

 private:
  mutable std::mutex mutex_;
  std::vector<Listener> listeners_;  // GUARDED_BY(mutex_)
};

}  // namespace rapport::service
