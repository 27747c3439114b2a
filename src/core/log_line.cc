#include "core/log_line.h"

#include <cstdio>

namespace rapport {

void AppendJsonEscaped(std::string& out, std::string_view value) {
  for (char c : value) {
    switch (c) {
      case '"': out += "\\\""; break;
      case '\\': out += "\\\\"; break;
      case '\n': out += "\\n"; break;
      case '\r': out += "\\r"; break;
      case '\t': out += "\\t"; break;
      default:
        if (static_cast<unsigned char>(c) < 0x20) {
          char buf[8];
          std::snprintf(buf, sizeof buf, "\\u%04x", c);
          out += buf;
        } else {
          out += c;
        }
    }
  }
}

LogLine::LogLine(std::string_view event) {
  text_ = "{\"event\":\"";
  AppendJsonEscaped(text_, event);
  text_ += '"';
}

void LogLine::Key(std::string_view key) {
  text_ += ",\"";
  AppendJsonEscaped(text_, key);
  text_ += "\":";
}

LogLine& LogLine::Add(std::string_view key, std::string_view value) {
  Key(key);
  text_ += '"';
  AppendJsonEscaped(text_, value);
  text_ += '"';
  return *this;
}

LogLine& LogLine::Add(std::string_view key, std::int64_t value) {
  Key(key);
  text_ += std::to_string(value);
  return *this;
}

LogLine& LogLine::Add(std::string_view key, double value) {
  Key(key);
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.2f", value);
  text_ += buf;
  return *this;
}

LogLine& LogLine::Add(std::string_view key, bool value) {
  Key(key);
  text_ += value ? "true" : "false";
  return *this;
}

}  // namespace rapport
