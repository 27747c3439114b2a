// Theme: the templates (mustache) and static files (CSS, JavaScript, icons)
// that give a site its look. The default theme is compiled into the binary; a
// site owner points `theme_dir` at a folder laid out the same way
// (templates/*.mustache, static/*) and every file found there replaces the
// built-in one of the same name, so overriding one template is one file.
//
// Templates whose file name starts with "_" are partials, included by their
// path without the extension: {{> _comment}}, {{> desk/_nav}}. Every template is parsed at load, so a broken override is
// reported when the server starts, not when a reader opens the page.
//
// Thread safety: immutable after Load; Render and FindStatic are thread-safe.
#pragma once

#include <kainjow/mustache.hpp>

#include <map>
#include <memory>
#include <string>
#include <string_view>

#include "core/result.h"

namespace rapport::render {

using TemplateData = kainjow::mustache::data;
using TemplateList = kainjow::mustache::list;

struct StaticFile {
  std::string content;
  std::string content_type;
  std::string etag;  // quoted strong validator derived from the content
};

class Theme {
 public:
  // `override_dir` may be empty (built-in theme only).
  static Result<std::shared_ptr<const Theme>> Load(const std::string& override_dir);

  // Renders templates/<name>.mustache with `data`; every partial is in scope.
  // Fails only when the template does not exist.
  Result<std::string> Render(std::string_view name, const TemplateData& data) const;

  // The static file at `path` (e.g. "style.css"), or nullptr.
  const StaticFile* FindStatic(std::string_view path) const;

  // "/static/style.css?v=<hash>": a URL that changes whenever the file does,
  // so browsers can cache it for a year.
  std::string StaticUrl(std::string_view path) const;

 private:
  std::map<std::string, std::string, std::less<>> templates_;
  std::map<std::string, StaticFile, std::less<>> static_files_;
  TemplateData partials_;  // every "_name" template, as mustache partials
};

}  // namespace rapport::render
