#include "service/publication_watch.h"

namespace rapport::service {

PublicationWatch::PublicationWatch(store::Store& store, const Clock& clock, ChangeBus& bus)
    : store_(store), clock_(clock), bus_(bus), last_(clock.Now()) {}

Result<int> PublicationWatch::Tick() {
  const UnixSeconds now = clock_.Now();
  if (now <= last_) return 0;
  auto live = store_.ListPostsGoingLive(last_, now);
  if (!live) return live.error();
  last_ = now;
  if (live->empty()) return 0;
  std::vector<std::string> changed = {tags::kPosts};
  for (const Post& post : *live) {
    changed.push_back(tags::Post(post.id));
    if (post.series_id) changed.push_back(tags::Series(*post.series_id));
    auto terms = store_.ListPostTerms(post.id);
    if (!terms) return terms.error();
    for (const Term& term : *terms) changed.push_back(tags::Term(term.id));
  }
  bus_.Publish(changed);
  return static_cast<int>(live->size());
}

}  // namespace rapport::service
