#include "service/editor_service.h"

#include <algorithm>

#include "core/permissions.h"
#include "core/slug.h"
#include "core/time_format.h"
#include "core/utf8.h"

namespace rapport::service {
namespace {

Error NoPermission() { return Error::Forbidden("Your account can't change posts."); }

std::string Trimmed(std::string_view text) { return utf8::CleanLine(text); }

}  // namespace

EditorService::EditorService(store::Store& store, const Clock& clock, ChangeBus& bus)
    : store_(store), clock_(clock), bus_(bus) {}

Result<EditorData> EditorService::Load(const User& viewer, std::optional<std::int64_t> post_id) {
  if (!Can(viewer, Permission::kWritePosts)) return NoPermission();
  EditorData data;
  if (post_id) {
    auto post = store_.FindPostById(*post_id);
    if (!post) return post.error();
    if (!*post) return Error::NotFound("That post no longer exists.");
    if (!CanEditPost(viewer, **post)) return Error::Forbidden("You can edit your own posts only.");
    auto terms = store_.ListPostTerms(*post_id);
    if (!terms) return terms.error();
    data.post = std::move(**post);
    data.post_terms = std::move(*terms);
  }
  auto series = store_.ListSeries();
  if (!series) return series.error();
  auto categories = store_.ListTerms(TermKind::kCategory);
  if (!categories) return categories.error();
  data.series = std::move(*series);
  data.categories = std::move(*categories);
  return data;
}

Result<std::vector<std::int64_t>> EditorService::AnnouncedSeries(const User& viewer) {
  if (!Can(viewer, Permission::kWritePosts)) return NoPermission();
  auto visible = store_.ListVisibleSeriesPosts(clock_.Now());
  if (!visible) return visible.error();
  std::vector<std::int64_t> announced;
  for (const Post& p : *visible) {
    if (announced.empty() || announced.back() != *p.series_id) announced.push_back(*p.series_id);
  }
  return announced;
}

Result<std::vector<Post>> EditorService::Posts(const User& viewer) {
  if (!Can(viewer, Permission::kWritePosts)) return NoPermission();
  auto posts = store_.ListAllPosts({0, 500});
  if (!posts) return posts.error();
  std::erase_if(*posts, [&](const Post& p) { return !CanEditPost(viewer, p); });
  return posts;
}

Result<std::vector<std::int64_t>> EditorService::TagIds(const std::string& names) {
  std::vector<std::int64_t> ids;
  std::string_view rest = names;
  while (!rest.empty()) {
    const std::size_t comma = rest.find(',');
    const std::string name = Trimmed(rest.substr(0, comma));
    rest = comma == std::string_view::npos ? std::string_view() : rest.substr(comma + 1);
    if (name.empty()) continue;
    const std::string slug = Slugify(name);
    if (slug.empty()) continue;
    auto found = store_.FindTerm(TermKind::kTag, slug);
    if (!found) return found.error();
    std::int64_t id;
    if (*found) {
      id = (*found)->id;
    } else {
      auto created = store_.CreateTerm({0, TermKind::kTag, slug, name, ""});
      if (!created) return created.error();
      id = created->id;
    }
    if (std::find(ids.begin(), ids.end(), id) == ids.end()) ids.push_back(id);
  }
  return ids;
}

void EditorService::Announce(const Post& before, const Post& after, const std::vector<std::int64_t>& term_ids) {
  std::vector<std::string> changed = {tags::Post(after.id), tags::kPosts};
  for (const Post* p : {&before, &after}) {
    if (p->series_id) changed.push_back(tags::Series(*p->series_id));
  }
  for (std::int64_t t : term_ids) changed.push_back(tags::Term(t));
  bus_.Publish(changed);
}

Result<Post> EditorService::Save(const User& viewer, PostDraft draft) {
  if (!Can(viewer, Permission::kWritePosts)) return NoPermission();
  std::vector<Error> problems;
  Post post;
  Post before;
  if (draft.id) {
    auto found = store_.FindPostById(*draft.id);
    if (!found) return found.error();
    if (!*found) return Error::NotFound("That post no longer exists.");
    if (!CanEditPost(viewer, **found)) return Error::Forbidden("You can edit your own posts only.");
    post = **found;
    before = post;
  } else {
    post.author_id = viewer.id;
  }
  post.title = Trimmed(draft.title);
  post.body_markdown = utf8::CleanText(draft.body_markdown);
  post.excerpt = Trimmed(draft.excerpt);
  if (post.title.empty()) problems.push_back(Error::InvalidArgument("Please give the post a title.", "title"));
  if (post.title.size() > 300) problems.push_back(Error::InvalidArgument("Please keep the title under 300 characters.", "title"));
  if (post.body_markdown.size() > 1024 * 1024) {
    problems.push_back(Error::TooLarge("The post is longer than a megabyte; please split it.", "body"));
  }
  std::string slug = Trimmed(draft.slug);
  if (slug.empty()) slug = Slugify(post.title);
  if (slug.empty()) slug = "post";
  if (!IsValidSlug(slug)) {
    problems.push_back(Error::InvalidArgument(
        "The address may use lower-case letters, digits and single hyphens only, e.g. \"breaks-and-endings\".", "slug"));
  }
  post.slug = slug;

  const UnixSeconds now = clock_.Now();
  const auto status = ParsePostStatus(draft.status);
  if (!status) problems.push_back(Error::InvalidArgument("Choose draft, published or scheduled.", "status"));
  post.status = status.value_or(PostStatus::kDraft);
  if (post.status == PostStatus::kScheduled) {
    const auto at = ParseRfc3339(draft.publish_at);
    if (!at) {
      problems.push_back(Error::InvalidArgument("Please give the date and time to publish, e.g. 2026-12-01 09:30.",
                                                "publish_at"));
    } else {
      post.published_at = *at - static_cast<UnixSeconds>(draft.utc_offset_minutes) * 60;
      if (post.published_at <= now) {
        problems.push_back(Error::InvalidArgument("That time has passed: publish now, or choose a later time.",
                                                  "publish_at"));
      }
    }
  } else if (post.status == PostStatus::kPublished && (before.status != PostStatus::kPublished || post.published_at == 0)) {
    post.published_at = now;  // first publication
  } else if (post.status == PostStatus::kDraft && post.published_at == 0) {
    post.published_at = now;
  }

  post.series_id = draft.series_id;
  if (post.series_id) {
    auto series = store_.FindSeriesById(*post.series_id);
    if (!series) return series.error();
    if (!*series) problems.push_back(Error::InvalidArgument("That series no longer exists.", "series_id"));
    auto parts = store_.ListSeriesPosts(*post.series_id);
    if (!parts) return parts.error();
    if (draft.series_position > 0) {
      post.series_position = draft.series_position;
    } else if (!(before.series_id == post.series_id && before.series_position > 0)) {
      int last = 0;
      for (const Post& p : *parts) {
        if (p.id != post.id) last = std::max(last, p.series_position);
      }
      post.series_position = last + 1;
    }
  } else {
    post.series_position = 0;
  }
  if (!draft.category_ids.empty()) {
    auto categories = store_.ListTerms(TermKind::kCategory);
    if (!categories) return categories.error();
    for (std::int64_t id : draft.category_ids) {
      if (std::none_of(categories->begin(), categories->end(), [&](const Term& t) { return t.id == id; })) {
        problems.push_back(Error::InvalidArgument("One of the categories no longer exists.", "categories"));
        break;
      }
    }
  }
  if (!problems.empty()) return Error::FirstOf(std::move(problems));

  post.updated_at = now;
  std::vector<std::int64_t> touched_terms;  // before and after: both kinds of page change
  RAPPORT_RETURN_IF_ERROR(store_.InTransaction([&]() -> Result<void> {
    auto tag_ids = TagIds(draft.tags);
    if (!tag_ids) return tag_ids.error();
    std::vector<std::int64_t> term_ids = draft.category_ids;
    term_ids.insert(term_ids.end(), tag_ids->begin(), tag_ids->end());
    if (draft.id) {
      RAPPORT_RETURN_IF_ERROR(store_.UpdatePost(post));
      auto old_terms = store_.ListPostTerms(post.id);
      if (!old_terms) return old_terms.error();
      for (const Term& t : *old_terms) touched_terms.push_back(t.id);
    } else {
      auto created = store_.CreatePost(post);
      if (!created) return created.error();
      post = std::move(*created);
    }
    touched_terms.insert(touched_terms.end(), term_ids.begin(), term_ids.end());
    return store_.SetPostTerms(post.id, term_ids);
  }));
  Announce(before, post, touched_terms);
  return post;
}

Result<Series> EditorService::CreateSeries(const User& viewer, std::string title, std::string slug,
                                           std::string description) {
  if (!Can(viewer, Permission::kManageStructure)) return NoPermission();
  title = Trimmed(title);
  if (title.empty()) return Error::InvalidArgument("Please give the series a title.", "title");
  slug = Trimmed(slug);
  if (slug.empty()) slug = Slugify(title);
  if (!IsValidSlug(slug)) return Error::InvalidArgument("The address may use lower-case letters, digits and hyphens.", "slug");
  auto created = store_.CreateSeries({0, slug, title, utf8::CleanText(description)});
  if (created) bus_.Publish({tags::Series(created->id)});
  return created;
}

Result<void> EditorService::UpdateSeries(const User& viewer, Series series) {
  if (!Can(viewer, Permission::kManageStructure)) return NoPermission();
  series.title = Trimmed(series.title);
  series.slug = Trimmed(series.slug);
  series.description_markdown = utf8::CleanText(series.description_markdown);
  if (series.title.empty()) return Error::InvalidArgument("Please give the series a title.", "title");
  if (!IsValidSlug(series.slug)) return Error::InvalidArgument("The address may use lower-case letters, digits and hyphens.", "slug");
  RAPPORT_RETURN_IF_ERROR(store_.UpdateSeries(series));
  // Every page showing a part of the series shows its title.
  std::vector<std::string> changed = {tags::Series(series.id), tags::kPosts};
  auto parts = store_.ListSeriesPosts(series.id);
  if (!parts) return parts.error();
  for (const Post& p : *parts) changed.push_back(tags::Post(p.id));
  bus_.Publish(changed);
  return Ok();
}

Result<void> EditorService::ReorderSeries(const User& viewer, std::int64_t series_id,
                                          const std::vector<std::int64_t>& post_ids) {
  if (!Can(viewer, Permission::kManageStructure)) return NoPermission();
  auto parts = store_.ListSeriesPosts(series_id);
  if (!parts) return parts.error();
  if (post_ids.size() != parts->size()) {
    return Error::InvalidArgument("The series changed while you were ordering it. Please reload and try again.");
  }
  std::vector<std::string> changed = {tags::Series(series_id), tags::kPosts};
  RAPPORT_RETURN_IF_ERROR(store_.InTransaction([&]() -> Result<void> {
    int position = 1;
    for (std::int64_t id : post_ids) {
      auto it = std::find_if(parts->begin(), parts->end(), [&](const Post& p) { return p.id == id; });
      if (it == parts->end()) return Error::InvalidArgument("That post is not part of this series.");
      it->series_position = position++;
      RAPPORT_RETURN_IF_ERROR(store_.UpdatePost(*it));
      changed.push_back(tags::Post(id));
    }
    return Ok();
  }));
  bus_.Publish(changed);
  return Ok();
}

Result<Term> EditorService::CreateTerm(const User& viewer, TermKind kind, std::string name, std::string slug,
                                       std::string description) {
  if (!Can(viewer, Permission::kManageStructure)) return NoPermission();
  name = Trimmed(name);
  if (name.empty()) return Error::InvalidArgument("Please give it a name.", "name");
  slug = Trimmed(slug);
  if (slug.empty()) slug = Slugify(name);
  if (!IsValidSlug(slug)) return Error::InvalidArgument("The address may use lower-case letters, digits and hyphens.", "slug");
  return store_.CreateTerm({0, kind, slug, name, Trimmed(description)});
}

Result<void> EditorService::UpdateTerm(const User& viewer, Term term) {
  if (!Can(viewer, Permission::kManageStructure)) return NoPermission();
  term.name = Trimmed(term.name);
  term.slug = Trimmed(term.slug);
  if (term.name.empty()) return Error::InvalidArgument("Please give it a name.", "name");
  if (!IsValidSlug(term.slug)) return Error::InvalidArgument("The address may use lower-case letters, digits and hyphens.", "slug");
  RAPPORT_RETURN_IF_ERROR(store_.UpdateTerm(term));
  bus_.Publish({tags::Term(term.id), tags::kPosts});
  return Ok();
}

}  // namespace rapport::service
