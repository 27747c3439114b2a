// `rapport privacy purge` and `rapport spam retrain`: the site's periodic
// housekeeping, runnable by hand or from cron (serve also purges on a timer).
#include <iostream>

#include "cli/commands.h"
#include "core/clock.h"
#include "service/spam_service.h"
#include "spam/naive_bayes.h"

namespace rapport::cli {

int RunPrivacyPurge(Config& config) {
  auto store = OpenCheckedStore(config, 2, /*migrate=*/false);
  if (!store) return Fail(store.error());
  SystemClock clock;
  auto purged = (*store)->PurgeBefore(clock.Now() - static_cast<UnixSeconds>(config.retention_days) * 86400);
  if (!purged) return Fail(purged.error());
  std::cout << "Forgot " << *purged << " records older than " << config.retention_days << " days.\n";
  return 0;
}

int RunSpamRetrain(Config& config) {
  auto store = OpenCheckedStore(config, 2, /*migrate=*/false);
  if (!store) return Fail(store.error());
  service::SpamService spam(**store, SiteHost(config));
  auto retrained = spam.Retrain();
  if (!retrained) return Fail(retrained.error());
  std::cout << "The spam filter now knows " << retrained->spam << " spam and " << retrained->ham
            << " approved comments, all from your moderators' decisions.\n";
  const auto needed = spam::NaiveBayes::kMinDocumentsPerClass;
  if (retrained->spam < needed || retrained->ham < needed) {
    std::cout << "It starts to judge once it has seen at least " << needed
              << " of each; until then the other checks decide alone.\n";
  }
  return 0;
}

}  // namespace rapport::cli
