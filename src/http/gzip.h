// gzip for responses. Cached pages hold a per-reader value (the form's CSRF
// token) in a few places, so they are stored as fixed parts around those
// holes: each part is deflated once, with a full flush that makes its
// output byte-aligned and independent, and serving a page stitches the
// precompressed parts and the freshly compressed hole values into one valid
// gzip stream (CRC-32 combined with zlib's crc32_combine). A cached page
// thus costs one small deflate per request, not a whole page.
//
// Thread safety: pure functions and immutable values.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace rapport::http {

// Compresses `data` into a complete gzip stream.
std::string Gzip(std::string_view data);

// A text with holes: parts[0] HOLE parts[1] HOLE ... parts[n].
class HoledText {
 public:
  // Splits `text` at every occurrence of `hole_marker`.
  HoledText(std::string_view text, std::string_view hole_marker);

  // The text with every hole filled with `value`.
  std::string Fill(std::string_view value) const;
  // The same, gzip-compressed.
  std::string FillGzip(std::string_view value) const;
  std::size_t size() const { return plain_size_; }

 private:
  struct Part {
    std::string text;
    std::string deflated;  // raw deflate, full-flushed, not final
    std::uint32_t crc = 0;
  };
  std::vector<Part> parts_;
  std::size_t plain_size_ = 0;
};

}  // namespace rapport::http
