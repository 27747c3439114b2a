#include "service/change_bus.h"

namespace rapport::service {

void ChangeBus::Subscribe(Listener listener) {
  std::lock_guard lock(mutex_);
  listeners_.push_back(std::move(listener));
}

void ChangeBus::Publish(const std::vector<std::string>& tags) const {
  std::vector<Listener> listeners;
  {
    std::lock_guard lock(mutex_);
    listeners = listeners_;
  }
  for (const Listener& listener : listeners) listener(tags);
}

}  // namespace rapport::service
