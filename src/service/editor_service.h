// EditorService: writing in the desk — posts (title, slug, Markdown body,
// excerpt, series and position, categories and tags, draft / published /
// scheduled), series and categories, the Markdown preview.
//
// Saving validates everything and reports every problem at once; a slug is
// made from the title when left empty and must be unique. Each save
// announces what changed on the change bus.
//
// Thread safety: thread-safe.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "core/clock.h"
#include "core/result.h"
#include "service/change_bus.h"
#include "store/store.h"

namespace rapport::service {

// The editor form as sent.
struct PostDraft {
  std::optional<std::int64_t> id;  // empty: a new post
  std::string title;
  std::string slug;        // empty: made from the title
  std::string body_markdown;
  std::string excerpt;
  std::string status = "draft";  // draft | published | scheduled
  std::string publish_at;        // "2026-12-01T09:30" (UTC unless utc_offset_minutes says otherwise)
  int utc_offset_minutes = 0;    // the writer's time zone, minutes east of UTC
  std::optional<std::int64_t> series_id;
  int series_position = 0;       // 0: the next free position
  std::vector<std::int64_t> category_ids;
  std::string tags;              // comma-separated names; new ones are created
};

struct EditorData {
  std::optional<Post> post;
  std::vector<Term> post_terms;
  std::vector<Series> series;
  std::vector<Term> categories;
};

class EditorService {
 public:
  EditorService(store::Store& store, const Clock& clock, ChangeBus& bus);

  Result<EditorData> Load(const User& viewer, std::optional<std::int64_t> post_id);
  Result<Post> Save(const User& viewer, PostDraft draft);
  // Every post the viewer may edit (admins: all), most recently changed first.
  Result<std::vector<Post>> Posts(const User& viewer);
  // The series readers can open now, by id: those with a part that is public
  // (a series is announced with its first published part; until then it has no page).
  Result<std::vector<std::int64_t>> AnnouncedSeries(const User& viewer);

  Result<Series> CreateSeries(const User& viewer, std::string title, std::string slug, std::string description);
  Result<void> UpdateSeries(const User& viewer, Series series);
  // Numbers the series' posts 1..n in the order given.
  Result<void> ReorderSeries(const User& viewer, std::int64_t series_id, const std::vector<std::int64_t>& post_ids);
  Result<Term> CreateTerm(const User& viewer, TermKind kind, std::string name, std::string slug, std::string description);
  Result<void> UpdateTerm(const User& viewer, Term term);

 private:
  Result<std::vector<std::int64_t>> TagIds(const std::string& names);
  void Announce(const Post& before, const Post& after, const std::vector<std::int64_t>& term_ids);

  store::Store& store_;
  const Clock& clock_;
  ChangeBus& bus_;
};

}  // namespace rapport::service
