// TestServer: the real Site (services, cache, app) behind the real Server on
// a free port of 127.0.0.1, over a fresh test database, running on its own
// thread until the object goes away. HTTP tests speak to it with HttpClient.
//
// Thread safety: construct and destroy on the test's thread.
#pragma once

#include <functional>
#include <memory>
#include <thread>

#include "cli/config.h"
#include "cli/site.h"
#include "http/server.h"
#include "testing/fake_clock.h"
#include "testing/test_store.h"

namespace rapport::testing {

struct TestServerOptions {
  Backend backend = DefaultBackend();
  bool demo = true;                       // plant the demo site (else the small SampleSite)
  std::function<void(cli::Config&)> configure;  // adjust options before start
};

class TestServer {
 public:
  explicit TestServer(TestServerOptions options = {});
  ~TestServer();

  std::uint16_t port() const { return server_->port(); }
  store::Store& store() { return db_.store(); }
  cli::Site& site() { return *site_; }
  const cli::Config& config() const { return config_; }
  FakeClock& clock() { return clock_; }
  const SampleSite& sample() const { return sample_; }
  // Stops the server gracefully and waits for it (also done by the destructor).
  void Stop();

 private:
  TestStore db_;
  FakeClock clock_;
  cli::Config config_;
  SampleSite sample_;
  std::unique_ptr<cli::Site> site_;
  std::unique_ptr<http::Server> server_;
  std::thread thread_;
};

// Comments in the database, of any status (to check that bad input changed nothing).
std::int64_t CountAllComments(store::Store& store);

}  // namespace rapport::testing
