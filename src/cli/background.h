// Background: periodic jobs that run beside the server (scheduled posts going
// live now; later the mail outbox and privacy purges), each on its own thread,
// all stopped and joined when the object goes away.
//
// Thread safety: Every() from the owning thread; jobs run on their own threads.
#pragma once

#include <chrono>
#include <condition_variable>
#include <functional>
#include <mutex>
#include <string>
#include <thread>
#include <vector>

namespace rapport::cli {

class Background {
 public:
  Background() = default;
  Background(const Background&) = delete;
  Background& operator=(const Background&) = delete;
  ~Background();

  // Runs `job` every `interval` until Stop(). Exceptions are logged, not fatal.
  void Every(std::string name, std::chrono::milliseconds interval, std::function<void()> job);
  void Stop();

 private:
  std::mutex mutex_;
  std::condition_variable wake_;
  bool stopping_ = false;  // GUARDED_BY(mutex_)
  std::vector<std::thread> threads_;
};

}  // namespace rapport::cli
