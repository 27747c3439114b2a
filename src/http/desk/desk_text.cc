#include "http/desk/desk_text.h"

#include <utility>

namespace rapport::http::desk_text {

std::string_view Notice(std::string_view code) {
  static constexpr std::pair<std::string_view, std::string_view> kNotices[] = {
      {"approve", "Approved. It is on the site now."},
      {"spam", "Marked as spam. You can restore it from the spam folder."},
      {"trash", "Moved to the trash. You can restore it from there."},
      {"restore", "Restored to the queue."},
      {"bulk", "Done for the comments you selected."},
      {"edited", "Saved. The earlier text is kept in the history."},
      {"replied", "Your reply is on the site."},
      {"answered", "Your answer is on its way to the writer."},
      {"published", "The question and your answer are on the site."},
      {"messaged", "Your message is in the outbox and will be sent shortly."},
      {"judged", "Thank you. Your judgement is recorded, and the screener's figures count it."},
      {"dismissed", "Taken out of the inbox. You can put it back from the dismissed list."},
      {"undismissed", "Back in the inbox."},
      {"saved", "Saved."},
      {"created", "Created."},
      {"ordered", "The new order is saved."},
      {"retried", "It will be sent again shortly."},
      {"deleted", "Deleted."},
      {"signed_out", "You have signed out."},
  };
  for (const auto& [key, text] : kNotices) {
    if (key == code) return text;
  }
  return {};
}

std::string Duration(UnixSeconds s) {
  const auto plural = [](std::int64_t n, const std::string& unit) { return Count(n, unit, unit + "s"); };
  if (s < 60) return "less than a minute";
  if (s < 3600) return plural(s / 60, "minute");
  if (s < 86400) return plural(s / 3600, "hour");
  if (s < 14 * 86400) return plural(s / 86400, "day");
  if (s < 60 * 86400) return plural(s / (7 * 86400), "week");
  return plural(s / (30 * 86400), "month");
}

std::string Count(std::int64_t n, std::string_view one, std::string_view many) {
  return std::to_string(n) + " " + std::string(n == 1 ? one : many);
}

}  // namespace rapport::http::desk_text
