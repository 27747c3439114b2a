#include "store/sql/connection_pool.h"

#include <unordered_map>

namespace rapport::store::sql {
namespace {

// The connection of the transaction this thread is in, per pool.
thread_local std::unordered_map<const ConnectionPool*, Connection*> pinned;

}  // namespace

ConnectionPool::ConnectionPool(Opener opener, int max_connections)
    : opener_(std::move(opener)), max_connections_(max_connections < 1 ? 1 : max_connections) {}

ConnectionPool::Lease::Lease(Lease&& other) noexcept
    : pool_(other.pool_), conn_(other.conn_), owned_(std::move(other.owned_)) {
  other.pool_ = nullptr;
  other.conn_ = nullptr;
}

ConnectionPool::Lease& ConnectionPool::Lease::operator=(Lease&& other) noexcept {
  if (this != &other) {
    if (pool_ && owned_) pool_->Release(std::move(owned_));
    pool_ = other.pool_;
    conn_ = other.conn_;
    owned_ = std::move(other.owned_);
    other.pool_ = nullptr;
    other.conn_ = nullptr;
  }
  return *this;
}

ConnectionPool::Lease::~Lease() {
  if (pool_ && owned_) pool_->Release(std::move(owned_));
}

Result<ConnectionPool::Lease> ConnectionPool::Acquire() {
  Lease lease;
  if (const auto it = pinned.find(this); it != pinned.end()) {
    lease.conn_ = it->second;
    return lease;
  }
  std::unique_lock lock(mutex_);
  available_.wait(lock, [&] { return !idle_.empty() || open_ < max_connections_; });
  if (!idle_.empty()) {
    lease.owned_ = std::move(idle_.back());
    idle_.pop_back();
  } else {
    ++open_;
    lock.unlock();
    Result<std::unique_ptr<Connection>> opened = opener_();
    if (!opened) {
      lock.lock();
      --open_;
      available_.notify_one();
      return opened.error();
    }
    lease.owned_ = std::move(*opened);
  }
  lease.pool_ = this;
  lease.conn_ = lease.owned_.get();
  return lease;
}

void ConnectionPool::Release(std::unique_ptr<Connection> conn) {
  std::lock_guard lock(mutex_);
  if (conn->healthy()) {
    idle_.push_back(std::move(conn));
  } else {
    --open_;  // dropped; the next Acquire opens a fresh one
  }
  available_.notify_one();
}

void ConnectionPool::Pin(Connection* conn) { pinned[this] = conn; }
void ConnectionPool::Unpin() { pinned.erase(this); }
bool ConnectionPool::InTransaction() const { return pinned.count(this) > 0; }

}  // namespace rapport::store::sql
