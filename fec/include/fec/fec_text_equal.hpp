// Equality of the short strings the FEC reader compares on every line
// (codes, account numbers, dates, labels): word loads inline, where a
// memcmp call per comparison was a visible cost.
#pragma once

#include <cstdint>
#include <cstring>
#include <string_view>

namespace comptoir {

[[nodiscard]] inline bool fec_text_equal(std::string_view a, std::string_view b) {
  const std::size_t n = a.size();
  if (n != b.size()) return false;
  const char* p = a.data();
  const char* q = b.data();
  auto same = [&](std::size_t at, std::size_t width) {
    std::uint64_t x = 0;
    std::uint64_t y = 0;
    std::memcpy(&x, p + at, width);
    std::memcpy(&y, q + at, width);
    return x == y;
  };
  if (n >= 8) {
    for (std::size_t i = 0; i + 8 < n; i += 8) {
      if (!same(i, 8)) return false;
    }
    return same(n - 8, 8);  // the last word, overlapping the previous one
  }
  if (n >= 4) return same(0, 4) && same(n - 4, 4);
  for (std::size_t i = 0; i < n; ++i) {
    if (p[i] != q[i]) return false;
  }
  return true;
}

}  // namespace comptoir
