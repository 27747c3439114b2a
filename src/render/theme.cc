#include "render/theme.h"

#include <filesystem>
#include <fstream>
#include <sstream>

#include "core/embedded_file.h"
#include "core/hash.h"

namespace rapport::render {
namespace {

namespace fs = std::filesystem;

constexpr std::string_view kTemplatesDir = "templates/";
constexpr std::string_view kStaticDir = "static/";
constexpr std::string_view kTemplateExt = ".mustache";

std::string_view ContentType(std::string_view path) {
  const auto ends = [&](std::string_view ext) {
    return path.size() >= ext.size() && path.substr(path.size() - ext.size()) == ext;
  };
  if (ends(".css")) return "text/css; charset=utf-8";
  if (ends(".js")) return "text/javascript; charset=utf-8";
  if (ends(".svg")) return "image/svg+xml";
  if (ends(".png")) return "image/png";
  if (ends(".ico")) return "image/x-icon";
  if (ends(".woff2")) return "font/woff2";
  if (ends(".txt")) return "text/plain; charset=utf-8";
  if (ends(".json") || ends(".webmanifest")) return "application/manifest+json";
  return "application/octet-stream";
}

// Every file of the theme, built-in first, overrides replacing by path.
Result<std::map<std::string, std::string>> CollectFiles(const std::string& override_dir) {
  std::map<std::string, std::string> files;
  for (const EmbeddedFile& f : embedded::DefaultTheme()) files[std::string(f.path)] = std::string(f.data);
  if (override_dir.empty()) return files;
  std::error_code ec;
  if (!fs::is_directory(override_dir, ec)) {
    return Error::InvalidArgument("The theme folder \"" + override_dir + "\" does not exist or is not a folder.");
  }
  for (auto it = fs::recursive_directory_iterator(override_dir, ec); !ec && it != fs::recursive_directory_iterator();
       it.increment(ec)) {
    if (!it->is_regular_file()) continue;
    const std::string rel = fs::relative(it->path(), override_dir).generic_string();
    std::ifstream in(it->path(), std::ios::binary);
    std::ostringstream content;
    content << in.rdbuf();
    if (!in && !in.eof()) return Error::Unavailable("Could not read the theme file " + it->path().string());
    files[rel] = content.str();
  }
  if (ec) return Error::Unavailable("Could not read the theme folder \"" + override_dir + "\": " + ec.message());
  return files;
}

}  // namespace

Result<std::shared_ptr<const Theme>> Theme::Load(const std::string& override_dir) {
  auto files = CollectFiles(override_dir);
  if (!files) return files.error();
  auto theme = std::make_shared<Theme>();
  for (auto& [path, content] : *files) {
    const std::string_view p = path;
    if (p.substr(0, kTemplatesDir.size()) == kTemplatesDir && p.size() > kTemplateExt.size() &&
        p.substr(p.size() - kTemplateExt.size()) == kTemplateExt) {
      std::string name(p.substr(kTemplatesDir.size(), p.size() - kTemplatesDir.size() - kTemplateExt.size()));
      kainjow::mustache::mustache parsed(content);
      if (!parsed.is_valid()) {
        return Error::InvalidArgument("The template " + path + " has an error: " + parsed.error_message());
      }
      const std::size_t slash = name.rfind('/');
      if (name[slash == std::string::npos ? 0 : slash + 1] == '_') {
        const std::string text = content;
        theme->partials_.set(name, kainjow::mustache::partial([text] { return text; }));
      }
      theme->templates_.emplace(std::move(name), std::move(content));
    } else if (p.substr(0, kStaticDir.size()) == kStaticDir) {
      StaticFile file;
      file.content_type = std::string(ContentType(p));
      file.etag = "\"" + HexU64(Fnv1a64(content)) + "\"";
      file.content = std::move(content);
      theme->static_files_.emplace(std::string(p.substr(kStaticDir.size())), std::move(file));
    }
  }
  return std::shared_ptr<const Theme>(std::move(theme));
}

Result<std::string> Theme::Render(std::string_view name, const TemplateData& data) const {
  const auto it = templates_.find(name);
  if (it == templates_.end()) return Error::Internal("The theme has no template \"" + std::string(name) + "\".");
  kainjow::mustache::mustache tmpl(it->second);
  // Partials are looked up through the context stack: put them at the bottom.
  kainjow::mustache::context<std::string> ctx(&partials_);
  ctx.push(&data);
  std::ostringstream out;
  tmpl.render(ctx, out);
  return out.str();
}

const StaticFile* Theme::FindStatic(std::string_view path) const {
  const auto it = static_files_.find(path);
  return it == static_files_.end() ? nullptr : &it->second;
}

std::string Theme::StaticUrl(std::string_view path) const {
  const StaticFile* file = FindStatic(path);
  std::string url = "/static/" + std::string(path);
  if (file) url += "?v=" + file->etag.substr(1, 8);
  return url;
}

}  // namespace rapport::render
