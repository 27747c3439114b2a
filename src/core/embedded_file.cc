#include "core/embedded_file.h"

namespace rapport {

const EmbeddedFile* FindEmbedded(const std::vector<EmbeddedFile>& files, std::string_view path) {
  for (const EmbeddedFile& f : files) {
    if (f.path == path) return &f;
  }
  return nullptr;
}

}  // namespace rapport
