// The built-in screening rules (src/screening/rules.txt), learned models
// (src/screening/learned.txt, and learned_short.txt for short comments) and
// spelling repairs (src/screening/spelling.txt),
// compiled into the binary by rapport_embed_files in src/CMakeLists.txt.
//
// Thread safety: immutable after static initialisation.
#pragma once

#include <vector>

#include "core/embedded_file.h"

namespace rapport::embedded {
const std::vector<EmbeddedFile>& ScreeningRules();  // src/screening/: rules.txt, learned.txt, learned_short.txt, spelling.txt
}  // namespace rapport::embedded
