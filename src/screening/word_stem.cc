#include "screening/word_stem.h"

#include <libstemmer.h>

#include <memory>

namespace rapport::screening {
namespace {

struct StemmerDeleter {
  void operator()(sb_stemmer* s) const { sb_stemmer_delete(s); }
};

// A Snowball stemmer keeps its working buffer inside, so one may not be shared
// between threads.
sb_stemmer* ThreadStemmer() {
  thread_local const std::unique_ptr<sb_stemmer, StemmerDeleter> stemmer(sb_stemmer_new("english", "UTF_8"));
  return stemmer.get();
}

}  // namespace

std::string WordStem(std::string_view word) {
  sb_stemmer* stemmer = ThreadStemmer();
  if (stemmer == nullptr || word.empty()) return std::string(word);
  const sb_symbol* stem =
      sb_stemmer_stem(stemmer, reinterpret_cast<const sb_symbol*>(word.data()), static_cast<int>(word.size()));
  if (stem == nullptr) return std::string(word);  // out of memory
  return std::string(reinterpret_cast<const char*>(stem), static_cast<std::size_t>(sb_stemmer_length(stemmer)));
}

}  // namespace rapport::screening
