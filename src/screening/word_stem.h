// English word stems for the learned model's features (learned.h): Snowball's
// English stemmer (libstemmer, "Porter2"), so that "decided", "deciding" and
// "decides" share a feature and a wording the training comments hold in one
// form also counts in the others.
#pragma once

#include <string>
#include <string_view>

namespace rapport::screening {

// The stem of one lower-case word as the tokenizer gives it ("goodbyes" ->
// "goodby", "hurting" -> "hurt"); a word Snowball cannot read comes back as it
// is. Thread-safe: each thread keeps a stemmer of its own.
std::string WordStem(std::string_view word);

}  // namespace rapport::screening
