// Files compiled into the binary (the default theme, the demo site), found by
// their path relative to the folder they came from. See cmake/EmbedFiles.cmake.
//
// Thread safety: immutable after static initialisation.
#pragma once

#include <string_view>
#include <vector>

namespace rapport {

struct EmbeddedFile {
  std::string_view path;  // e.g. "templates/post.mustache"
  std::string_view data;
};

// Returns the file at `path` in `files`, or nullptr.
const EmbeddedFile* FindEmbedded(const std::vector<EmbeddedFile>& files, std::string_view path);

namespace embedded {
const std::vector<EmbeddedFile>& DefaultTheme();  // themes/default/
const std::vector<EmbeddedFile>& DemoSite();      // demo/
const std::vector<EmbeddedFile>& CareData();      // src/care/ (the helpline directory)
}  // namespace embedded

}  // namespace rapport
