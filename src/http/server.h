// Server: HTTP/1.1 over Boost.Beast and Asio. One object per connection
// (Session), one strand per connection, a pool of threads running the
// io_context. Keep-alive; limits on header and body size; a deadline on
// every read and write so a slow client cannot hold a worker; at most
// `max_connections` open at once. Stop() stops accepting, lets requests in
// flight finish (up to `shutdown_grace`), and closes idle connections.
//
// The handler runs on the connection's thread and may block (it reads the
// database); size `threads` accordingly.
//
// Thread safety: Start/Run/Stop from the owning thread; Stop is also safe
// from a signal handler's completion (it posts to the io_context).
#pragma once

#include <atomic>
#include <chrono>
#include <cstdint>
#include <functional>
#include <memory>
#include <string>

#include "core/result.h"
#include "http/request.h"
#include "http/response.h"

namespace rapport::http {

struct ServerOptions {
  std::string host = "127.0.0.1";
  std::uint16_t port = 8080;  // 0: any free port (see Server::port())
  int threads = 4;
  std::size_t max_header_bytes = 16 * 1024;
  std::size_t max_body_bytes = 1024 * 1024;
  std::size_t max_connections = 1024;
  std::size_t max_connections_per_address = 64;
  std::size_t max_target_bytes = 8 * 1024;  // longest URL accepted
  std::chrono::seconds header_timeout{15};  // to receive a request's headers (and the idle keep-alive wait)
  std::chrono::seconds body_timeout{60};    // to receive its body
  std::chrono::seconds write_timeout{60};
  std::chrono::seconds shutdown_grace{20};
};

class Server {
 public:
  using Handler = std::function<Response(const Request&)>;

  Server(ServerOptions options, Handler handler);
  ~Server();
  Server(const Server&) = delete;
  Server& operator=(const Server&) = delete;

  // Binds and starts listening (the port is known when this returns).
  Result<void> Start();
  // Runs the worker threads until the server has stopped. With
  // `handle_signals`, SIGINT and SIGTERM call Stop().
  void Run(bool handle_signals);
  // Begins a graceful stop.
  void Stop();

  std::uint16_t port() const { return port_; }

  struct Impl;  // defined in server.cc

 private:
  std::unique_ptr<Impl> impl_;
  std::uint16_t port_ = 0;
};

}  // namespace rapport::http
