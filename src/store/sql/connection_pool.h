// A fixed-size pool of Connections, opened lazily and replaced when broken.
// A thread that is inside SqlStore::InTransaction keeps its connection: the
// pool hands it back to that thread for every call until the transaction ends.
//
// Thread safety: all methods are thread-safe.
#pragma once

#include <condition_variable>
#include <functional>
#include <memory>
#include <mutex>
#include <vector>

#include "core/result.h"
#include "store/sql/connection.h"

namespace rapport::store::sql {

class ConnectionPool {
 public:
  using Opener = std::function<Result<std::unique_ptr<Connection>>()>;

  ConnectionPool(Opener opener, int max_connections);
  ConnectionPool(const ConnectionPool&) = delete;
  ConnectionPool& operator=(const ConnectionPool&) = delete;

  // A connection borrowed from the pool, returned when the lease ends.
  class Lease {
   public:
    Lease() = default;
    Lease(Lease&& other) noexcept;
    Lease& operator=(Lease&& other) noexcept;
    ~Lease();
    Connection* operator->() const { return conn_; }
    Connection& operator*() const { return *conn_; }

   private:
    friend class ConnectionPool;
    ConnectionPool* pool_ = nullptr;
    Connection* conn_ = nullptr;
    std::unique_ptr<Connection> owned_;  // empty when borrowed from a transaction
  };

  // Waits for a free connection (or opens one). Inside a transaction on this
  // thread, returns the transaction's connection.
  Result<Lease> Acquire();

  // Marks `conn` as this thread's transaction connection until Unpin.
  void Pin(Connection* conn);
  void Unpin();
  bool InTransaction() const;

 private:
  void Release(std::unique_ptr<Connection> conn);

  Opener opener_;
  const int max_connections_;
  std::mutex mutex_;
  std::condition_variable available_;
  std::vector<std::unique_ptr<Connection>> idle_;  // GUARDED_BY(mutex_)
  int open_ = 0;                                    // GUARDED_BY(mutex_)
};

}  // namespace rapport::store::sql
