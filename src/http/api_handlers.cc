// App: the JSON API (documented in README.md, "JSON API").
//
// It accepts only application/json bodies. A cross-site HTML form cannot send
// that content type, and a cross-site script cannot either without a CORS
// preflight this server never grants, so these endpoints need no CSRF token.
#include <boost/json.hpp>

#include "core/time_format.h"
#include "http/app.h"
#include "http/status_mapping.h"
#include "http/views/view_context.h"
#include "http/views/support_view.h"
#include "render/markdown.h"
#include "safety/reader_tokens.h"

namespace rapport::http {
namespace {

namespace json = boost::json;

Response JsonResponse(const json::value& value, beast_http::status status = beast_http::status::ok) {
  Response r = Response::Json(json::serialize(value), status);
  r.SetHeader("Cache-Control", "no-cache");
  return r;
}

Response JsonError(const Error& error) { return Response::Json(ErrorJson(error), StatusFor(error)); }

json::value PostJson(const service::PostSummary& s, bool with_body) {
  const Post& p = s.post;
  json::object o{{"id", p.id},
                 {"slug", p.slug},
                 {"title", p.title},
                 {"url", views::PostUrl(p.slug)},
                 {"excerpt", p.excerpt.empty() ? render::MarkdownToPlainText(p.body_markdown, 280) : p.excerpt},
                 {"published_at", FormatRfc3339(p.published_at)},
                 {"author", {{"name", s.author.display_name}, {"signature", s.author.signature}}},
                 {"comment_count", s.comment_count}};
  if (s.series) {
    o["series"] = {{"slug", s.series->series.slug},
                   {"title", s.series->series.title},
                   {"position", s.series->position},
                   {"total", s.series->total}};
  } else {
    o["series"] = nullptr;
  }
  if (with_body) {
    o["body_markdown"] = p.body_markdown;
    o["body_html"] = render::RenderMarkdown(p.body_markdown, render::PostMarkdown());
  }
  return o;
}

json::object CommentJson(const Comment& c, int depth, bool pending) {
  return {{"id", c.id},
          {"parent_id", c.parent_id ? json::value(*c.parent_id) : json::value(nullptr)},
          {"author_name", c.author_name},
          {"is_author_reply", c.is_author_reply},
          {"depth", depth},
          {"created_at", FormatRfc3339(c.created_at)},
          {"status", pending ? "pending" : CommentStatusName(c.status)},
          {"body_html", render::RenderMarkdown(c.body_markdown, render::CommentMarkdown())}};
}

json::value NodeJson(const ThreadNode& node, const service::ThreadPage& thread) {
  json::object o = CommentJson(*node.comment, node.depth, thread.own_pending.count(node.comment->id) > 0);
  if (thread.own_unpublished.count(node.comment->id) > 0) o["status"] = "not_published";
  json::array replies;
  for (const ThreadNode& reply : node.replies) replies.push_back(NodeJson(reply, thread));
  o["replies"] = std::move(replies);
  return o;
}

json::object PaginationJson(const service::Pagination& p) {
  return {{"page", p.page}, {"total_pages", p.total_pages}, {"total", p.total_items}};
}

// A string member of `o`, or an error naming the field when it has another type.
Result<std::string> StringField(const json::object& o, std::string_view key, bool required) {
  const json::value* v = o.if_contains(key);
  if (!v || v->is_null()) {
    if (required) return Error::InvalidArgument("\"" + std::string(key) + "\" is required.", std::string(key));
    return std::string();
  }
  if (!v->is_string()) return Error::InvalidArgument("\"" + std::string(key) + "\" must be a string.", std::string(key));
  return std::string(v->as_string());
}

}  // namespace

Response App::ApiListPosts(const Request& req) const {
  const auto page = req.PageParam();
  if (!page) return JsonError(Error::InvalidArgument("\"page\" must be a positive whole number.", "page"));
  auto home = services_.reading->Home(*page);
  if (!home) return JsonError(home.error());
  json::array posts;
  for (const service::PostSummary& s : home->posts) posts.push_back(PostJson(s, false));
  json::object body = PaginationJson(home->pagination);
  body["posts"] = std::move(posts);
  return JsonResponse(body);
}

Response App::ApiGetPost(const Request&, const std::string& slug) const {
  auto post = services_.reading->VisiblePost(slug);
  if (!post) return JsonError(post.error());
  return JsonResponse(PostJson(*post, true));
}

Response App::ApiListComments(const Request& req, const std::string& slug) const {
  const auto page = req.PageParam();
  if (!page) return JsonError(Error::InvalidArgument("\"page\" must be a positive whole number.", "page"));
  auto post = services_.reading->PostBySlug(slug, {*page, std::nullopt, {}});
  if (!post) return JsonError(post.error());
  json::array comments;
  for (const ThreadNode& root : post->thread.tree) comments.push_back(NodeJson(root, post->thread));
  json::object body = PaginationJson(post->thread.pagination);
  body["approved_count"] = post->thread.approved_count;
  body["comments"] = std::move(comments);
  return JsonResponse(body);
}

Response App::ApiPostComment(const Request& req, const std::string& slug) const {
  if (req.ContentType() != "application/json") {
    Response r = JsonError(Error::InvalidArgument("Send the comment as JSON, with Content-Type: application/json."));
    r.status = beast_http::status::unsupported_media_type;
    return r;
  }
  if (req.body().size() > options_.max_json_bytes) {
    return JsonError(Error::TooLarge("The request body is larger than this endpoint accepts."));
  }
  json::value parsed;
  try {
    json::parse_options opts;
    opts.max_depth = 8;
    parsed = json::parse(req.body(), json::storage_ptr(), opts);
  } catch (const std::exception&) {
    return JsonError(Error::InvalidArgument("The body is not valid JSON (or not valid UTF-8)."));
  }
  if (!parsed.is_object()) return JsonError(Error::InvalidArgument("The body must be a JSON object."));
  const json::object& o = parsed.as_object();

  CommentInput input;
  std::vector<Error> problems;
  const auto take = [&](std::string_view key, bool required, std::string& out) {
    auto value = StringField(o, key, required);
    if (value) {
      out = std::move(*value);
    } else {
      problems.push_back(value.error());
    }
  };
  take("author_name", false, input.author_name);
  take("email", false, input.author_email);
  take("body", false, input.body_markdown);
  take("content_warning", false, input.content_warning);
  if (const json::value* parent = o.if_contains("parent_id"); parent && !parent->is_null()) {
    if (parent->is_int64() && parent->as_int64() > 0) {
      input.parent_id = parent->as_int64();
    } else if (parent->is_uint64() && parent->as_uint64() <= static_cast<std::uint64_t>(INT64_MAX)) {
      input.parent_id = static_cast<std::int64_t>(parent->as_uint64());
    } else {
      problems.push_back(Error::InvalidArgument("\"parent_id\" must be a positive whole number or null.", "parent_id"));
    }
  }
  if (!problems.empty()) return JsonError(Error::FirstOf(std::move(problems)));
  const UnixSeconds now = services_.clock->Now();
  auto submitted = services_.comments->Submit(
      {slug, std::move(input), {}, safety::AddressHash(*signer_, req.remote_address(), now), std::nullopt, false});
  if (!submitted) return JsonError(submitted.error());
  const Comment* stored = &submitted->comment;
  // Held as spam reads as "pending" to its writer, as on the page: nothing to learn for a script,
  // and a person wrongly held simply waits for a moderator.
  const bool waiting = stored->status != CommentStatus::kApproved;
  json::object body{{"comment", CommentJson(*stored, stored->depth, waiting)},
                    {"status", waiting ? "pending" : "approved"}};
  // A writer whose words suggest they may need support gets the lines for
  // their country with the answer, for the client to show them.
  std::optional<views::SupportKind> support;
  if (stored->risk == RiskLevel::kCrisis) support = views::SupportKind::kCrisis;
  else if (stored->risk == RiskLevel::kConcern) support = views::SupportKind::kConcern;
  else if (submitted->someone_else_at_risk) support = views::SupportKind::kSomeoneElse;
  if (support) {
    const std::string country = ReaderCountry(req);
    json::array lines;
    for (const care::Helpline& h : services_.helplines->For(
             country, *support == views::SupportKind::kCrisis ? RiskLevel::kCrisis : RiskLevel::kConcern)) {
      lines.push_back({{"name", h.name}, {"phone", h.phone}, {"text", h.text_number}, {"text_keyword", h.text_keyword},
                       {"web", h.web}, {"hours", h.hours}});
    }
    body["support"] = {{"kind", views::SupportParam(*support)},
                       {"country", country},
                       {"emergency", services_.helplines->Emergency(country)},
                       {"lines", std::move(lines)},
                       {"more", services_.helplines->fallback_url()}};
  }
  Response r = JsonResponse(body, beast_http::status::created);
  r.SetHeader("Location", "/api" + views::PostUrl(slug) + "/comments#comment-" + std::to_string(stored->id));
  return r;
}

}  // namespace rapport::http
