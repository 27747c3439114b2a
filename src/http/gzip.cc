#include "http/gzip.h"

#include <zlib.h>

#include <stdexcept>

namespace rapport::http {
namespace {

// Raw deflate of `data` ending with a full flush (byte-aligned, no final block).
std::string DeflatePart(std::string_view data) {
  z_stream zs{};
  if (deflateInit2(&zs, 6, Z_DEFLATED, -15, 8, Z_DEFAULT_STRATEGY) != Z_OK) throw std::bad_alloc();
  std::string out(deflateBound(&zs, data.size()) + 16, '\0');
  zs.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(data.data()));
  zs.avail_in = static_cast<uInt>(data.size());
  zs.next_out = reinterpret_cast<Bytef*>(out.data());
  zs.avail_out = static_cast<uInt>(out.size());
  const int rc = deflate(&zs, Z_FULL_FLUSH);
  out.resize(zs.total_out);
  deflateEnd(&zs);
  if (rc != Z_OK) throw std::runtime_error("deflate failed");
  return out;
}

std::uint32_t Crc(std::string_view data) {
  return static_cast<std::uint32_t>(crc32(crc32(0L, Z_NULL, 0), reinterpret_cast<const Bytef*>(data.data()),
                                          static_cast<uInt>(data.size())));
}

// gzip header: magic, deflate, no flags, no mtime, no extra flags, OS unknown.
constexpr char kHeader[] = {'\x1f', '\x8b', '\x08', 0, 0, 0, 0, 0, 0, '\xff'};
// An empty final block with fixed Huffman codes: ends the deflate stream.
constexpr char kFinalBlock[] = {'\x03', '\x00'};

void AppendLittleEndian32(std::string& out, std::uint32_t v) {
  for (int i = 0; i < 4; ++i) out += static_cast<char>((v >> (8 * i)) & 0xFF);
}

}  // namespace

std::string Gzip(std::string_view data) {
  std::string out(kHeader, sizeof kHeader);
  out += DeflatePart(data);
  out.append(kFinalBlock, sizeof kFinalBlock);
  AppendLittleEndian32(out, Crc(data));
  AppendLittleEndian32(out, static_cast<std::uint32_t>(data.size()));
  return out;
}

HoledText::HoledText(std::string_view text, std::string_view marker) {
  for (;;) {
    const std::size_t hole = marker.empty() ? std::string_view::npos : text.find(marker);
    const std::string_view part = text.substr(0, hole);
    parts_.push_back({std::string(part), DeflatePart(part), Crc(part)});
    plain_size_ += part.size();
    if (hole == std::string_view::npos) break;
    text.remove_prefix(hole + marker.size());
  }
}

std::string HoledText::Fill(std::string_view value) const {
  std::string out;
  out.reserve(plain_size_ + value.size() * (parts_.size() - 1));
  for (std::size_t i = 0; i < parts_.size(); ++i) {
    if (i > 0) out += value;
    out += parts_[i].text;
  }
  return out;
}

std::string HoledText::FillGzip(std::string_view value) const {
  const std::string value_deflated = parts_.size() > 1 ? DeflatePart(value) : std::string();
  const std::uint32_t value_crc = Crc(value);
  std::string out(kHeader, sizeof kHeader);
  std::uint32_t crc = 0;
  std::uint64_t length = 0;
  for (std::size_t i = 0; i < parts_.size(); ++i) {
    if (i > 0) {
      out += value_deflated;
      crc = static_cast<std::uint32_t>(crc32_combine(crc, value_crc, static_cast<z_off_t>(value.size())));
      length += value.size();
    }
    out += parts_[i].deflated;
    crc = i == 0 ? parts_[0].crc
                 : static_cast<std::uint32_t>(crc32_combine(crc, parts_[i].crc, static_cast<z_off_t>(parts_[i].text.size())));
    length += parts_[i].text.size();
  }
  out.append(kFinalBlock, sizeof kFinalBlock);
  AppendLittleEndian32(out, crc);
  AppendLittleEndian32(out, static_cast<std::uint32_t>(length));
  return out;
}

}  // namespace rapport::http
