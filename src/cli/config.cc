#include "cli/config.h"

#include <toml++/toml.h>

#include <cstdlib>
#include <cstring>

namespace rapport::cli {
namespace {

// A setting reachable from the TOML file: its dotted key and how to store it.
struct FileSetting {
  const char* key;
  std::function<bool(const toml::node&)> assign;
};

template <typename T>
std::function<bool(const toml::node&)> Into(T& target) {
  return [&target](const toml::node& node) {
    if constexpr (std::is_same_v<T, std::string>) {
      if (auto v = node.value<std::string>()) return target = *v, true;
    } else if constexpr (std::is_same_v<T, bool>) {
      if (auto v = node.value<bool>()) return target = *v, true;
    } else if constexpr (std::is_same_v<T, std::chrono::seconds>) {
      if (auto v = node.value<std::int64_t>(); v && *v > 0) return target = std::chrono::seconds(*v), true;
    } else {
      if (auto v = node.value<std::int64_t>(); v && *v >= 0) return target = static_cast<T>(*v), true;
    }
    return false;
  };
}

std::vector<FileSetting> FileSettings(Config& c) {
  return {
      {"db", Into(c.db)},
      {"listen", Into(c.listen)},
      {"theme_dir", Into(c.theme_dir)},
      {"care.helplines_file", Into(c.helplines_file)},
      {"care.screening_sensitivity", Into(c.screening_sensitivity)},
      {"log_level", Into(c.log_level)},
      {"secure_cookies", Into(c.secure_cookies)},
      {"demo", Into(c.plant_demo)},
      {"threads", Into(c.server.threads)},
      {"site.title", Into(c.site.title)},
      {"site.tagline", Into(c.site.tagline)},
      {"site.base_url", Into(c.site.base_url)},
      {"site.posts_per_page", Into(c.site.posts_per_page)},
      {"comments.moderation", Into(c.moderation)},
      {"comments.order", Into(c.comment_order)},
      {"comments.max_depth", Into(c.site.max_thread_depth)},
      {"comments.threads_per_page", Into(c.site.threads_per_page)},
      {"comments.max_bytes", Into(c.site.comment_limits.max_body_bytes)},
      {"limits.max_body_bytes", Into(c.server.max_body_bytes)},
      {"limits.max_header_bytes", Into(c.server.max_header_bytes)},
      {"limits.max_connections", Into(c.server.max_connections)},
      {"limits.max_connections_per_address", Into(c.server.max_connections_per_address)},
      {"limits.max_url_bytes", Into(c.server.max_target_bytes)},
      {"limits.header_timeout_seconds", Into(c.server.header_timeout)},
      {"limits.body_timeout_seconds", Into(c.server.body_timeout)},
      {"limits.write_timeout_seconds", Into(c.server.write_timeout)},
      {"limits.shutdown_grace_seconds", Into(c.server.shutdown_grace)},
      {"cache.max_bytes", Into(c.cache_bytes)},
      {"privacy.retention_days", Into(c.retention_days)},
      {"comments.edit_minutes", Into(c.edit_minutes)},
      {"spam.min_seconds_to_write", Into(c.site.min_seconds_to_write)},
      {"spam.max_per_address_per_10_minutes", Into(c.site.max_comments_per_address_per_10_minutes)},
      {"spam.max_per_email_per_hour", Into(c.site.max_comments_per_email_per_hour)},
      {"mail.smtp_url", Into(c.mail.url)},
      {"mail.from", Into(c.mail.from)},
      {"mail.username", Into(c.mail.username)},
      {"mail.password", Into(c.mail.password)},
      {"mail.require_tls", Into(c.mail.require_tls)},
  };
}

void CollectKeys(const toml::table& table, const std::string& prefix, std::vector<std::pair<std::string, const toml::node*>>& out) {
  for (const auto& [key, node] : table) {
    const std::string name = prefix.empty() ? std::string(key.str()) : prefix + "." + std::string(key.str());
    if (const toml::table* inner = node.as_table()) {
      CollectKeys(*inner, name, out);
    } else {
      out.emplace_back(name, &node);
    }
  }
}

// Numbers from CLI11 are checked here as CLI11 takes any integer.
CLI::Validator Positive() { return CLI::PositiveNumber; }

}  // namespace

std::string SiteHost(const Config& config) {
  std::string host = config.site.base_url;
  if (const std::size_t scheme = host.find("://"); scheme != std::string::npos) host = host.substr(scheme + 3);
  return host.substr(0, host.find_first_of("/:"));
}

std::string FindConfigFile(int argc, const char* const* argv) {
  for (int i = 1; i < argc; ++i) {
    if (std::strcmp(argv[i], "--config") == 0 && i + 1 < argc) return argv[i + 1];
    if (std::strncmp(argv[i], "--config=", 9) == 0) return argv[i] + 9;
  }
  const char* env = std::getenv("RAPPORT_CONFIG");
  return env ? env : "";
}

Result<void> LoadConfigFile(const std::string& path, Config& config) {
  toml::table table;
  try {
    table = toml::parse_file(path);
  } catch (const toml::parse_error& e) {
    const auto& where = e.source().begin;
    return Error::InvalidArgument("The config file " + path + " could not be read (line " +
                                  std::to_string(where.line) + ", column " + std::to_string(where.column) +
                                  "): " + std::string(e.description()));
  }
  std::vector<std::pair<std::string, const toml::node*>> present;
  CollectKeys(table, "", present);
  const std::vector<FileSetting> settings = FileSettings(config);
  for (const auto& [key, node] : present) {
    const auto it = std::find_if(settings.begin(), settings.end(), [&](const FileSetting& s) { return key == s.key; });
    if (it == settings.end()) {
      return Error::InvalidArgument("The config file " + path + " has a setting Rapport doesn't know: \"" + key +
                                    "\". README.md lists the settings.");
    }
    if (!it->assign(*node)) {
      return Error::InvalidArgument("In the config file " + path + ", \"" + key + "\" has a value of the wrong kind.");
    }
  }
  config.config_file = path;
  return Ok();
}

void AddDatabaseOptions(CLI::App& command, Config& c) {
  command.add_option("--db", c.db, "Database URL: sqlite:PATH or postgresql://USER@HOST:PORT/DB")
      ->envname("RAPPORT_DB")
      ->capture_default_str();
  command.add_option("--config", c.config_file, "TOML config file (settings below are its defaults)")
      ->envname("RAPPORT_CONFIG");
}

void AddServeOptions(CLI::App& command, Config& c) {
  AddDatabaseOptions(command, c);
  command.add_option("--listen", c.listen, "Address to listen on, HOST:PORT")->envname("RAPPORT_LISTEN")->capture_default_str();
  command.add_option("--threads", c.server.threads, "Worker threads")->envname("RAPPORT_THREADS")->check(Positive())->capture_default_str();
  command.add_option("--theme-dir", c.theme_dir, "Folder whose templates/ and static/ files override the built-in theme")
      ->envname("RAPPORT_THEME_DIR");
  command.add_option("--helplines-file", c.helplines_file,
                     "TOML directory of crisis lines shown to writers who may need them (default: the built-in one)")
      ->envname("RAPPORT_HELPLINES_FILE");
  command.add_option("--screening-sensitivity", c.screening_sensitivity,
                     "How readily comments are held for care: standard, or high (finds more crises, and holds "
                     "many more comments that did not need it)")
      ->envname("RAPPORT_SCREENING_SENSITIVITY")
      ->capture_default_str();
  command.add_option("--log-level", c.log_level, "trace, debug, info, warn, error or off")
      ->envname("RAPPORT_LOG_LEVEL")
      ->check(CLI::IsMember({"trace", "debug", "info", "warn", "error", "off"}))
      ->capture_default_str();
  command.add_flag("--secure-cookies,!--no-secure-cookies", c.secure_cookies,
                   "Mark cookies Secure (serving over HTTPS, directly or behind a proxy)")
      ->envname("RAPPORT_SECURE_COOKIES")
      ->capture_default_str();
  command.add_flag("--demo,!--no-demo", c.plant_demo, "Fill an empty database with the demo site on first start")
      ->envname("RAPPORT_DEMO")
      ->capture_default_str();
  command.add_option("--site-title", c.site.title, "Site title until one is set in the desk")->envname("RAPPORT_SITE_TITLE")->capture_default_str();
  command.add_option("--base-url", c.site.base_url, "Public address of the site, for absolute links")->envname("RAPPORT_BASE_URL")->capture_default_str();
  command.add_option("--posts-per-page", c.site.posts_per_page, "Posts per page on the home page and archives")
      ->envname("RAPPORT_POSTS_PER_PAGE")->check(Positive())->capture_default_str();
  command.add_option("--moderation", c.moderation,
                     "Which new comments appear at once: hold (none), approve-known (writers with an approved "
                     "comment), approve-all")
      ->envname("RAPPORT_MODERATION")
      ->check(CLI::IsMember({"hold", "approve-known", "approve-all"}))
      ->capture_default_str();
  command.add_option("--comment-order", c.comment_order, "Order of top-level comments: oldest or newest first")
      ->envname("RAPPORT_COMMENT_ORDER")
      ->check(CLI::IsMember({"oldest", "newest"}))
      ->capture_default_str();
  command.add_option("--max-thread-depth", c.site.max_thread_depth, "How deep replies nest (then they sit side by side)")
      ->envname("RAPPORT_MAX_THREAD_DEPTH")->check(CLI::Range(1, 20))->capture_default_str();
  command.add_option("--threads-per-page", c.site.threads_per_page, "Top-level comments per page of a thread")
      ->envname("RAPPORT_THREADS_PER_PAGE")->check(Positive())->capture_default_str();
  command.add_option("--max-comment-bytes", c.site.comment_limits.max_body_bytes, "Longest comment accepted, in bytes")
      ->envname("RAPPORT_MAX_COMMENT_BYTES")->check(Positive())->capture_default_str();
  command.add_option("--edit-minutes", c.edit_minutes, "How long a writer may change or take back their comment")
      ->envname("RAPPORT_EDIT_MINUTES")->capture_default_str();
  command.add_option("--retention-days", c.retention_days,
                     "Days to keep address hashes, sign-in failures and sent mail before purging them")
      ->envname("RAPPORT_RETENTION_DAYS")->check(Positive())->capture_default_str();
  command.add_option("--max-body-bytes", c.server.max_body_bytes, "Largest request body accepted")
      ->envname("RAPPORT_MAX_BODY_BYTES")->check(Positive())->capture_default_str();
  command.add_option("--max-header-bytes", c.server.max_header_bytes, "Largest request header block accepted")
      ->envname("RAPPORT_MAX_HEADER_BYTES")->check(Positive())->capture_default_str();
  command.add_option("--max-connections", c.server.max_connections, "Open connections at most")
      ->envname("RAPPORT_MAX_CONNECTIONS")->check(Positive())->capture_default_str();
  command.add_option("--max-connections-per-address", c.server.max_connections_per_address,
                     "Open connections from one address at most")
      ->envname("RAPPORT_MAX_CONNECTIONS_PER_ADDRESS")->check(Positive())->capture_default_str();
  command.add_option("--cache-bytes", c.cache_bytes, "Memory for cached pages")->envname("RAPPORT_CACHE_BYTES")->capture_default_str();
  const auto seconds = [&](const char* flag, std::chrono::seconds& target, const char* env, const char* help) {
    command.add_option_function<std::int64_t>(
               flag, [&target](const std::int64_t& v) { target = std::chrono::seconds(v); }, help)
        ->envname(env)
        ->check(CLI::PositiveNumber)
        ->default_str(std::to_string(target.count()));
  };
  command.add_option("--smtp-url", c.mail.url,
                     "Mail server, smtp://HOST:PORT (STARTTLS when offered) or smtps://HOST:PORT; empty: mail waits "
                     "in the outbox")
      ->envname("RAPPORT_SMTP_URL");
  command.add_option("--mail-from", c.mail.from, "Sender of the site's mail")->envname("RAPPORT_MAIL_FROM")->capture_default_str();
  command.add_option("--smtp-user", c.mail.username, "Mail server user name")->envname("RAPPORT_SMTP_USER");
  command.add_option("--smtp-password", c.mail.password, "Mail server password (prefer the environment variable)")
      ->envname("RAPPORT_SMTP_PASSWORD");
  command.add_flag("--smtp-require-tls,!--no-smtp-require-tls", c.mail.require_tls,
                   "Refuse to send mail without TLS")
      ->envname("RAPPORT_SMTP_REQUIRE_TLS");
  seconds("--header-timeout", c.server.header_timeout, "RAPPORT_HEADER_TIMEOUT",
          "Seconds a client has to send a request's headers (and the idle keep-alive wait)");
  seconds("--body-timeout", c.server.body_timeout, "RAPPORT_BODY_TIMEOUT", "Seconds a client has to send a request's body");
  seconds("--write-timeout", c.server.write_timeout, "RAPPORT_WRITE_TIMEOUT", "Seconds a client has to read a response");
  seconds("--shutdown-grace", c.server.shutdown_grace, "RAPPORT_SHUTDOWN_GRACE",
          "Seconds requests in flight may take to finish when the server stops");
}

Result<void> FinishServeConfig(Config& c) {
  const std::size_t colon = c.listen.rfind(':');
  if (colon == std::string::npos || colon == 0 || colon + 1 == c.listen.size()) {
    return Error::InvalidArgument("--listen must look like HOST:PORT, for example 127.0.0.1:8080.");
  }
  std::string host = c.listen.substr(0, colon);
  if (host.size() > 2 && host.front() == '[' && host.back() == ']') host = host.substr(1, host.size() - 2);
  const std::string port_text = c.listen.substr(colon + 1);
  char* end = nullptr;
  const long port = std::strtol(port_text.c_str(), &end, 10);
  if (*end != '\0' || port < 0 || port > 65535) return Error::InvalidArgument("The port in --listen must be 0 to 65535.");
  c.server.host = host;
  c.server.port = static_cast<std::uint16_t>(port);
  if (c.moderation == "hold") c.site.moderation = service::ModerationPolicy::kHoldAll;
  else if (c.moderation == "approve-known") c.site.moderation = service::ModerationPolicy::kApproveKnownWriters;
  else if (c.moderation == "approve-all") c.site.moderation = service::ModerationPolicy::kApproveAll;
  else return Error::InvalidArgument("moderation must be hold, approve-known or approve-all.");
  if (c.comment_order == "oldest") c.site.comment_order = ThreadOrder::kOldestFirst;
  else if (c.comment_order == "newest") c.site.comment_order = ThreadOrder::kNewestFirst;
  else return Error::InvalidArgument("comment order must be oldest or newest.");
  if (c.site.max_thread_depth < 1) return Error::InvalidArgument("max thread depth must be at least 1.");
  if (c.site.posts_per_page < 1 || c.site.threads_per_page < 1) {
    return Error::InvalidArgument("posts and threads per page must be at least 1.");
  }
  while (!c.site.base_url.empty() && c.site.base_url.back() == '/') c.site.base_url.pop_back();
  c.site.edit_window_seconds = static_cast<UnixSeconds>(c.edit_minutes) * 60;
  c.site.retention_seconds = static_cast<UnixSeconds>(c.retention_days) * 86400;
  return Ok();
}

}  // namespace rapport::cli
