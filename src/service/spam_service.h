// SpamService: the site's spam defence around a comment's text —
// spam/spam_check.h (explainable rules plus a naive Bayes filter) — with
// the filter trained on this site's own moderators' decisions and kept in
// the database, so every node shares it and it survives restarts.
//
// The filter learns only from people: approving a comment teaches "ham",
// marking one as spam teaches "spam", and changing one's mind unlearns the
// earlier lesson (each comment records what it taught). The checker's own
// verdicts never train it.
//
// Thread safety: thread-safe; checks read an immutable snapshot of the
// filter while training builds the next one.
#pragma once

#include <memory>
#include <mutex>
#include <string>

#include "core/clock.h"
#include "core/result.h"
#include "spam/naive_bayes.h"
#include "spam/spam_check.h"
#include "store/store.h"

namespace rapport::service {

struct SpamRetrained {
  std::int64_t spam = 0;
  std::int64_t ham = 0;
};

class SpamService {
 public:
  // `site_host` is trusted in links ("column.example").
  SpamService(store::Store& store, std::string site_host);

  // Loads the stored filter (an empty one when none, or when it is damaged).
  Result<void> Load();

  spam::SpamVerdict Check(const Comment& comment) const;
  // Teaches the filter what a person decided about `comment` (approved or
  // spam), unlearning an earlier, different lesson; other statuses unlearn.
  Result<void> Learn(const Comment& comment, CommentStatus decided);
  // Rebuilds the filter from every comment people approved or marked as spam.
  Result<SpamRetrained> Retrain();

  static constexpr std::string_view kSettingKey = "spam.filter";

 private:
  Result<void> Save(const spam::NaiveBayes& filter);
  std::vector<std::string> TokensOf(const Comment& comment) const;

  store::Store& store_;
  spam::SpamChecker checker_;
  mutable std::mutex mutex_;
  std::shared_ptr<const spam::NaiveBayes> filter_;  // GUARDED_BY(mutex_) for the pointer
};

}  // namespace rapport::service
