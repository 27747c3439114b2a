#include "cli/background.h"

#include <spdlog/spdlog.h>

#include "core/log_line.h"

namespace rapport::cli {

Background::~Background() { Stop(); }

void Background::Every(std::string name, std::chrono::milliseconds interval, std::function<void()> job) {
  threads_.emplace_back([this, name = std::move(name), interval, job = std::move(job)] {
    std::unique_lock lock(mutex_);
    while (!wake_.wait_for(lock, interval, [this] { return stopping_; })) {
      lock.unlock();
      try {
        job();
      } catch (const std::exception& e) {
        spdlog::error("{}", LogLine("background_job_failed").Add("job", name).Add("error", e.what()).Fields());
      }
      lock.lock();
    }
  });
}

void Background::Stop() {
  {
    std::lock_guard lock(mutex_);
    stopping_ = true;
  }
  wake_.notify_all();
  for (std::thread& t : threads_) {
    if (t.joinable()) t.join();
  }
  threads_.clear();
}

}  // namespace rapport::cli
