// The UCI YouTube Spam Collection (../shared/fixtures/uci-youtube-spam-collection):
// its five CSV files read into comments with their author, text and label.
// Used by rapport_spam_eval, and by the screener's test on real, harmless
// comments.
//
// Thread safety: plain functions.
#pragma once

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <string_view>
#include <system_error>
#include <vector>

namespace rapport::tools {

// One comment of the collection.
struct UciComment {
  std::string file;
  int row = 0;  // index within its file, in file order
  std::string author;
  std::string content;
  bool spam = false;
};

// Parses RFC 4180 CSV: fields separated by commas, records by LF or CRLF;
// a quoted field may hold commas, newlines and "" for a quote. Blank lines
// are skipped. Returns false on a quote that never closes.
inline bool ParseCsv(std::string_view text, std::vector<std::vector<std::string>>& rows) {
  std::vector<std::string> row;
  std::string field;
  bool quoted = false;      // inside a quoted field
  bool field_used = false;  // the current field has started (so "" is an empty field)
  auto end_field = [&] {
    row.push_back(std::move(field));
    field.clear();
    field_used = false;
  };
  auto end_row = [&] {
    if (row.empty() && !field_used && field.empty()) return;  // blank line
    end_field();
    rows.push_back(std::move(row));
    row.clear();
  };
  for (std::size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    if (quoted) {
      if (c != '"') {
        field.push_back(c);
      } else if (i + 1 < text.size() && text[i + 1] == '"') {
        field.push_back('"');
        ++i;
      } else {
        quoted = false;
      }
      continue;
    }
    if (c == '"' && field.empty() && !field_used) {
      quoted = true;
      field_used = true;
    } else if (c == ',') {
      end_field();
    } else if (c == '\n') {
      end_row();
    } else if (c == '\r' && i + 1 < text.size() && text[i + 1] == '\n') {
      // CRLF: the LF ends the record.
    } else {
      field.push_back(c);
      field_used = true;
    }
  }
  if (quoted) return false;
  end_row();
  return true;
}

inline bool ReadCsvFile(const std::filesystem::path& path, std::string& out) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return false;
  std::ostringstream buffer;
  buffer << in.rdbuf();
  out = buffer.str();
  return true;
}

// Reads one file of the collection; rows with a wrong shape are counted and skipped.
inline bool ReadCollectionFile(const std::filesystem::path& path, std::vector<UciComment>& items, int& malformed,
                               std::string& error) {
  std::string text;
  if (!ReadCsvFile(path, text)) {
    error = "cannot read " + path.string();
    return false;
  }
  std::vector<std::vector<std::string>> rows;
  if (!ParseCsv(text, rows)) {
    error = path.string() + ": a quoted field never ends";
    return false;
  }
  if (rows.empty()) {
    error = path.string() + ": no header";
    return false;
  }
  const std::vector<std::string>& header = rows[0];
  auto column = [&](std::string_view name) -> int {
    const auto it = std::find(header.begin(), header.end(), name);
    return it == header.end() ? -1 : static_cast<int>(it - header.begin());
  };
  const int author = column("AUTHOR");
  const int content = column("CONTENT");
  const int label = column("CLASS");
  if (author < 0 || content < 0 || label < 0) {
    error = path.string() + ": the header needs AUTHOR, CONTENT and CLASS";
    return false;
  }
  int row_in_file = 0;
  for (std::size_t r = 1; r < rows.size(); ++r) {
    const std::vector<std::string>& row = rows[r];
    if (row.size() != header.size() || (row[label] != "0" && row[label] != "1")) {
      ++malformed;
      continue;
    }
    UciComment item;
    item.file = path.filename().string();
    item.row = row_in_file++;
    item.author = row[author];
    item.content = row[content];
    item.spam = row[label] == "1";
    items.push_back(std::move(item));
  }
  return true;
}

// Reads every .csv file of `dir` in name order.
inline bool ReadCollection(const std::string& dir, std::vector<UciComment>& items, int& files, int& malformed,
                           std::string& error) {
  std::error_code ec;
  std::vector<std::filesystem::path> paths;
  for (const auto& entry : std::filesystem::directory_iterator(dir, ec)) {
    if (entry.path().extension() == ".csv") paths.push_back(entry.path());
  }
  if (ec) {
    error = "cannot list " + dir + ": " + ec.message();
    return false;
  }
  if (paths.empty()) {
    error = "no .csv files in " + dir;
    return false;
  }
  std::sort(paths.begin(), paths.end());
  for (const auto& path : paths) {
    if (!ReadCollectionFile(path, items, malformed, error)) return false;
  }
  files = static_cast<int>(paths.size());
  return true;
}

}  // namespace rapport::tools
