#include "service/spam_service.h"

#include <spdlog/spdlog.h>

#include "core/log_line.h"

namespace rapport::service {
namespace {

spam::SpamOptions OptionsFor(std::string site_host) {
  spam::SpamOptions options;
  if (!site_host.empty()) options.trusted_hosts.push_back(std::move(site_host));
  return options;
}

std::string_view Lesson(CommentStatus status) {
  if (status == CommentStatus::kApproved) return "ham";
  if (status == CommentStatus::kSpam) return "spam";
  return "";
}

}  // namespace

SpamService::SpamService(store::Store& store, std::string site_host)
    : store_(store), checker_(OptionsFor(std::move(site_host))), filter_(std::make_shared<spam::NaiveBayes>()) {}

Result<void> SpamService::Load() {
  auto stored = store_.GetSetting(kSettingKey);
  if (!stored) return stored.error();
  if (!*stored) return Ok();
  auto filter = spam::NaiveBayes::Deserialize(**stored);
  if (!filter) {
    spdlog::warn("{}", LogLine("spam_filter_damaged").Add("error", filter.error().message).Fields());
    return Ok();  // rules only until it is retrained
  }
  std::lock_guard lock(mutex_);
  filter_ = std::make_shared<const spam::NaiveBayes>(std::move(*filter));
  return Ok();
}

std::vector<std::string> SpamService::TokensOf(const Comment& c) const {
  return checker_.FilterTokens({c.author_name, c.author_email, c.body_markdown});
}

spam::SpamVerdict SpamService::Check(const Comment& c) const {
  std::shared_ptr<const spam::NaiveBayes> filter;
  {
    std::lock_guard lock(mutex_);
    filter = filter_;
  }
  return checker_.Check({c.author_name, c.author_email, c.body_markdown}, filter.get());
}

Result<void> SpamService::Save(const spam::NaiveBayes& filter) { return store_.PutSetting(kSettingKey, filter.Serialize()); }

Result<void> SpamService::Learn(const Comment& c, CommentStatus decided) {
  if (c.is_author_reply || c.erased_at) return Ok();
  const std::string_view lesson = Lesson(decided);
  if (lesson == c.spam_training) return Ok();
  const std::vector<std::string> tokens = TokensOf(c);
  std::lock_guard lock(mutex_);
  auto next = std::make_shared<spam::NaiveBayes>(*filter_);
  if (!c.spam_training.empty()) next->Untrain(tokens, c.spam_training == "spam");
  if (!lesson.empty()) next->Train(tokens, lesson == "spam");
  RAPPORT_RETURN_IF_ERROR(store_.InTransaction([&]() -> Result<void> {
    RAPPORT_RETURN_IF_ERROR(store_.SetSpamTraining(c.id, lesson));
    return Save(*next);
  }));
  filter_ = std::move(next);
  return Ok();
}

Result<SpamRetrained> SpamService::Retrain() {
  spam::NaiveBayes filter;
  SpamRetrained counts;
  std::vector<std::pair<std::int64_t, std::string>> lessons;
  for (CommentStatus status : {CommentStatus::kApproved, CommentStatus::kSpam}) {
    store::CommentQuery query;
    query.status = status;
    query.risk_first = false;
    query.oldest_first = true;
    for (int offset = 0;; offset += 1000) {
      query.page = {offset, 1000};
      auto comments = store_.ListComments(query);
      if (!comments) return comments.error();
      for (const Comment& c : *comments) {
        if (c.is_author_reply || c.erased_at) continue;
        // Spam counts only when a person put it there: the checker's own catches would teach it its own mistakes.
        if (status == CommentStatus::kSpam) {
          auto events = store_.ListCommentEvents(c.id);
          if (!events) return events.error();
          const bool by_person = std::any_of(events->begin(), events->end(), [](const CommentEvent& e) {
            return e.user_id.has_value() && e.action == "marked as spam";
          });
          if (!by_person) {
            lessons.emplace_back(c.id, "");
            continue;
          }
        }
        filter.Train(TokensOf(c), status == CommentStatus::kSpam);
        (status == CommentStatus::kSpam ? counts.spam : counts.ham)++;
        lessons.emplace_back(c.id, std::string(Lesson(status)));
      }
      if (comments->size() < 1000) break;
    }
  }
  RAPPORT_RETURN_IF_ERROR(store_.InTransaction([&]() -> Result<void> {
    for (const auto& [id, lesson] : lessons) RAPPORT_RETURN_IF_ERROR(store_.SetSpamTraining(id, lesson));
    return Save(filter);
  }));
  std::lock_guard lock(mutex_);
  filter_ = std::make_shared<const spam::NaiveBayes>(std::move(filter));
  return counts;
}

}  // namespace rapport::service
