// A compact store of the strings of a FEC file (account numbers, labels,
// journal codes, entry numbers): each distinct string is kept once in large
// character blocks and named by a 32-bit id, so that a file of millions of
// lines does not cost one std::string per field.
#pragma once

#include <cstdint>
#include <memory>
#include <string_view>
#include <utility>
#include <vector>

namespace comptoir {

class FecStringPool {
 public:
  FecStringPool() = default;

  // The id of `text`, adding it if new. Ids are dense: 0, 1, 2... in order of
  // first insertion. `added` tells whether it was new.
  std::uint32_t intern(std::string_view text, bool& added);
  std::uint32_t intern(std::string_view text) {
    bool added = false;
    return intern(text, added);
  }
  // Adds `text` without looking for an equal string (no deduplication).
  std::uint32_t append(std::string_view text);

  [[nodiscard]] std::string_view view(std::uint32_t id) const;
  [[nodiscard]] std::size_t size() const { return spans_.size(); }
  // Bytes held (characters, index and hash table), for measurements.
  [[nodiscard]] std::size_t memory_bytes() const;

 private:
  // A string's place: block (24 bits), offset in block (24 bits), length (16 bits).
  using Span = std::uint64_t;
  static constexpr std::size_t block_size = std::size_t{1} << 22;
  static constexpr std::size_t max_length = 0xFFFF;

  Span store(std::string_view text);
  void grow_table();
  [[nodiscard]] static std::size_t hash(std::string_view text);

  std::vector<std::unique_ptr<char[]>> blocks_;
  std::size_t block_capacity_ = 0;
  std::size_t block_used_ = 0;
  std::size_t allocated_ = 0;
  std::vector<Span> spans_;
  // A hash table slot: the id + 1 (0 = empty) and the low 32 bits of the
  // string's hash, which place the slot (so growing needs no rehash).
  struct Slot {
    std::uint32_t id_plus_one = 0;
    std::uint32_t hash = 0;
  };
  std::vector<Slot> table_;  // open addressing, linear probing
  std::size_t table_count_ = 0;
};

}  // namespace comptoir
