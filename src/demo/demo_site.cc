#include "demo/demo_site.h"

#include <boost/json.hpp>

#include <map>

#include "core/embedded_file.h"
#include "core/thread.h"

namespace rapport::demo {
namespace {

namespace json = boost::json;

std::string Str(const json::object& o, std::string_view key) {
  const json::value* v = o.if_contains(key);
  return v && v->is_string() ? std::string(v->as_string()) : std::string();
}

UnixSeconds DaysAgo(const json::object& o, UnixSeconds now) {
  const json::value* v = o.if_contains("days_ago");
  const double days = v ? v->to_number<double>() : 0.0;
  return now - static_cast<UnixSeconds>(days * 86400.0);
}

class Planter {
 public:
  Planter(store::Store& store, UnixSeconds now, int max_depth) : store_(store), now_(now), max_depth_(max_depth) {}

  Result<void> Plant(const json::object& site) {
    RAPPORT_RETURN_IF_ERROR(PlantSettings(site.at("site").as_object()));
    for (const json::value& v : site.at("authors").as_array()) RAPPORT_RETURN_IF_ERROR(PlantAuthor(v.as_object()));
    for (const json::value& v : site.at("series").as_array()) RAPPORT_RETURN_IF_ERROR(PlantSeries(v.as_object()));
    for (const json::value& v : site.at("categories").as_array()) {
      RAPPORT_RETURN_IF_ERROR(PlantTerm(v.as_object(), TermKind::kCategory));
    }
    for (const json::value& v : site.at("tags").as_array()) RAPPORT_RETURN_IF_ERROR(PlantTerm(v.as_object(), TermKind::kTag));
    for (const json::value& v : site.at("posts").as_array()) RAPPORT_RETURN_IF_ERROR(PlantPost(v.as_object()));
    for (const json::value& v : site.at("comments").as_array()) RAPPORT_RETURN_IF_ERROR(PlantComment(v.as_object()));
    return Ok();
  }

 private:
  Result<void> PlantSettings(const json::object& o) {
    RAPPORT_RETURN_IF_ERROR(store_.PutSetting("site.title", Str(o, "title")));
    RAPPORT_RETURN_IF_ERROR(store_.PutSetting("site.tagline", Str(o, "tagline")));
    return store_.PutSetting("site.notice", Str(o, "notice"));
  }

  Result<void> PlantAuthor(const json::object& o) {
    User user;
    user.login = Str(o, "login");
    user.display_name = Str(o, "display_name");
    user.signature = Str(o, "signature");
    user.bio = Str(o, "bio");
    user.role = ParseRole(Str(o, "role")).value_or(Role::kAuthor);
    user.created_at = now_;
    auto created = store_.CreateUser(user, "");  // no password: `rapport user passwd` sets one
    if (!created) return created.error();
    authors_[Str(o, "key")] = *created;
    return Ok();
  }

  Result<void> PlantSeries(const json::object& o) {
    auto created = store_.CreateSeries({0, Str(o, "slug"), Str(o, "title"), Str(o, "description")});
    if (!created) return created.error();
    series_[created->slug] = created->id;
    return Ok();
  }

  Result<void> PlantTerm(const json::object& o, TermKind kind) {
    auto created = store_.CreateTerm({0, kind, Str(o, "slug"), Str(o, "name"), Str(o, "description")});
    if (!created) return created.error();
    terms_[{kind, created->slug}] = created->id;
    return Ok();
  }

  Result<void> PlantPost(const json::object& o) {
    Post post;
    post.slug = Str(o, "slug");
    post.title = Str(o, "title");
    post.body_markdown = Str(o, "body");
    post.excerpt = Str(o, "excerpt");
    post.status = PostStatus::kPublished;
    post.published_at = DaysAgo(o, now_);
    post.updated_at = post.published_at;
    post.author_id = authors_.at(Str(o, "author")).id;
    if (const std::string series = Str(o, "series"); !series.empty()) {
      post.series_id = series_.at(series);
      post.series_position = static_cast<int>(o.at("series_position").to_number<std::int64_t>());
    }
    auto created = store_.CreatePost(post);
    if (!created) return created.error();
    posts_[post.slug] = created->id;
    std::vector<std::int64_t> term_ids;
    for (const json::value& slug : o.at("categories").as_array()) {
      term_ids.push_back(terms_.at({TermKind::kCategory, std::string(slug.as_string())}));
    }
    for (const json::value& slug : o.at("tags").as_array()) {
      term_ids.push_back(terms_.at({TermKind::kTag, std::string(slug.as_string())}));
    }
    return store_.SetPostTerms(created->id, term_ids);
  }

  Result<void> PlantComment(const json::object& o) {
    Comment c;
    c.post_id = posts_.at(Str(o, "post"));
    std::vector<Comment> chain;
    if (const std::string parent = Str(o, "parent"); !parent.empty()) {
      auto found = store_.CommentChain(comments_.at(parent), max_depth_ + 1);
      if (!found) return found.error();
      chain = std::move(*found);
    }
    auto placed = PlaceReply(c.post_id, chain, max_depth_);
    if (!placed) return placed.error();
    c.parent_id = placed->parent_id;
    c.root_id = placed->root_id;
    c.depth = placed->depth;
    c.author_name = Str(o, "author_name");
    c.author_email = Str(o, "email");
    c.body_markdown = Str(o, "body");
    c.status = ParseCommentStatus(Str(o, "status")).value_or(CommentStatus::kApproved);
    c.created_at = DaysAgo(o, now_);
    if (const json::value* is_author = o.if_contains("is_author"); is_author && is_author->is_bool() &&
                                                                    is_author->as_bool()) {
      c.is_author_reply = true;
      c.user_id = authors_.begin()->second.id;
    }
    auto stored = store_.InsertComment(c);
    if (!stored) return stored.error();
    comments_[Str(o, "key")] = stored->id;
    return Ok();
  }

  store::Store& store_;
  const UnixSeconds now_;
  const int max_depth_;
  std::map<std::string, User> authors_;
  std::map<std::string, std::int64_t> series_;
  std::map<std::pair<TermKind, std::string>, std::int64_t> terms_;
  std::map<std::string, std::int64_t> posts_;
  std::map<std::string, std::int64_t> comments_;
};

}  // namespace

Result<bool> PlantDemoSiteIfEmpty(store::Store& store, const Clock& clock, int max_thread_depth) {
  auto empty = store.IsEmpty();
  if (!empty) return empty.error();
  if (!*empty) return false;
  const EmbeddedFile* file = FindEmbedded(embedded::DemoSite(), "site.json");
  if (!file) return Error::Internal("This build has no demo site.");
  json::value site;
  try {
    site = json::parse(file->data);
    Planter planter(store, clock.Now(), max_thread_depth);
    RAPPORT_RETURN_IF_ERROR(store.InTransaction([&] { return planter.Plant(site.as_object()); }));
  } catch (const std::exception& e) {
    // The demo file is ours; a missing key is a bug in it, reported plainly.
    return Error::Internal(std::string("The demo site could not be read: ") + e.what());
  }
  return true;
}

}  // namespace rapport::demo
