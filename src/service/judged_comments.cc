#include "service/judged_comments.h"

#include <boost/json.hpp>

namespace rapport::service {

Result<std::int64_t> WriteJudgedComments(store::Store& store, std::ostream& out) {
  constexpr int kBatch = 500;
  std::int64_t written = 0;
  for (int offset = 0;; offset += kBatch) {
    auto batch = store.ListJudgedComments({offset, kBatch});
    if (!batch) return batch.error();
    for (const Comment& c : *batch) {
      boost::json::object line{{"id", "comment-" + std::to_string(c.id)},
                               {"text", c.body_markdown},
                               {"label", RiskLevelName(c.risk)},
                               {"hard_negative", false},
                               {"note", "judged by staff"},
                               {"screened", RiskLevelName(c.screened_risk)}};
      out << boost::json::serialize(line) << '\n';
      ++written;
    }
    if (static_cast<int>(batch->size()) < kBatch) break;
  }
  out.flush();
  if (!out) return Error::Unavailable("The judged comments could not be written out.");
  return written;
}

}  // namespace rapport::service
