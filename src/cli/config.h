// Config: every setting of `rapport`, where it comes from and its default.
// Precedence, lowest first: built-in default < TOML file (--config FILE or
// RAPPORT_CONFIG) < environment variable (RAPPORT_*) < command-line flag.
// `rapport serve --help` lists each option with its variable and default;
// README.md ("Configuration") shows the TOML form.
//
// Thread safety: plain values, filled once at start-up.
#pragma once

#include <CLI/CLI.hpp>

#include <string>

#include "core/result.h"
#include "http/server.h"
#include "notify/mailer.h"
#include "service/site_options.h"

namespace rapport::cli {

struct Config {
  std::string config_file;
  std::string db = "sqlite:data/rapport.db";
  std::string listen = "127.0.0.1:8080";
  std::string theme_dir;  // empty: the built-in theme
  std::string helplines_file;  // empty: the built-in directory of crisis lines
  std::string screening_sensitivity = "standard";  // standard | high (Screener::WithSensitivity)
  std::string log_level = "info";
  bool secure_cookies = false;
  bool plant_demo = true;
  std::size_t cache_bytes = 64 * 1024 * 1024;
  int edit_minutes = 15;
  int retention_days = 30;
  std::string moderation = "hold";         // hold | approve-known | approve-all
  std::string comment_order = "oldest";    // oldest | newest
  service::SiteOptions site;
  http::ServerOptions server;
  notify::SmtpOptions mail;
};

// Finds --config FILE (or --config=FILE) in argv, else RAPPORT_CONFIG.
std::string FindConfigFile(int argc, const char* const* argv);

// The host name of config.site.base_url: "column.example" from
// "https://column.example:8443/". Links to it are the site's own.
std::string SiteHost(const Config& config);

// Reads a TOML config file into `config`. Unknown keys and wrong types are
// errors, so a typo never silently falls back to a default.
Result<void> LoadConfigFile(const std::string& path, Config& config);

// Adds --db and --config (every subcommand that touches data).
void AddDatabaseOptions(CLI::App& command, Config& config);
// Adds every option of `serve`.
void AddServeOptions(CLI::App& command, Config& config);

// Checks and converts the string-typed options (listen address, policies)
// into their typed fields.
Result<void> FinishServeConfig(Config& config);

}  // namespace rapport::cli
