#include "http/page_cache.h"

namespace rapport::http {

PageCache::PageCache(std::size_t max_bytes) : max_bytes_(max_bytes) {}

PageCache::Ticket PageCache::Begin() const {
  std::lock_guard lock(mutex_);
  return {clock_};
}

std::shared_ptr<const CachedPage> PageCache::Get(const std::string& key) const {
  std::lock_guard lock(mutex_);
  const auto it = entries_.find(key);
  return it == entries_.end() ? nullptr : it->second.page;
}

void PageCache::Put(const std::string& key, std::shared_ptr<const CachedPage> page,
                    const std::vector<std::string>& tags, Ticket ticket) {
  const std::size_t size = page->html.size() + key.size();
  if (size > max_bytes_) return;
  std::lock_guard lock(mutex_);
  for (const std::string& tag : tags) {
    const auto it = invalidated_at_.find(tag);
    if (it != invalidated_at_.end() && it->second > ticket.issued_at) return;  // built from stale data
  }
  EraseLocked(key);
  while (bytes_ + size > max_bytes_ && !ages_.empty()) EraseLocked(std::string(ages_.front()));
  ages_.push_back(key);
  entries_[key] = {std::move(page), tags, std::prev(ages_.end())};
  for (const std::string& tag : tags) keys_by_tag_[tag].insert(key);
  bytes_ += size;
}

void PageCache::Invalidate(const std::vector<std::string>& tags) {
  std::lock_guard lock(mutex_);
  ++clock_;
  for (const std::string& tag : tags) {
    invalidated_at_[tag] = clock_;
    const auto it = keys_by_tag_.find(tag);
    if (it == keys_by_tag_.end()) continue;
    const std::unordered_set<std::string> keys = std::move(it->second);
    keys_by_tag_.erase(it);
    for (const std::string& key : keys) EraseLocked(key);
  }
}

void PageCache::Clear() {
  std::lock_guard lock(mutex_);
  ++clock_;
  entries_.clear();
  keys_by_tag_.clear();
  ages_.clear();
  bytes_ = 0;
}

void PageCache::EraseLocked(const std::string& key) {
  const auto it = entries_.find(key);
  if (it == entries_.end()) return;
  for (const std::string& tag : it->second.tags) {
    const auto tag_it = keys_by_tag_.find(tag);
    if (tag_it == keys_by_tag_.end()) continue;
    tag_it->second.erase(key);
    if (tag_it->second.empty()) keys_by_tag_.erase(tag_it);
  }
  bytes_ -= it->second.page->html.size() + key.size();
  ages_.erase(it->second.age);
  entries_.erase(it);
}

std::size_t PageCache::entries() const {
  std::lock_guard lock(mutex_);
  return entries_.size();
}

std::size_t PageCache::bytes() const {
  std::lock_guard lock(mutex_);
  return bytes_;
}

}  // namespace rapport::http
