// String interning for the FEC reader: block storage plus an open-addressing
// hash table of ids (linear probing, load factor at most one half).
#include <algorithm>
#include <cstring>

#include "core/error.hpp"
#include "fec/fec_file.hpp"
#include "fec/fec_text.hpp"

namespace comptoir {

namespace {

std::uint64_t load(const char* p, std::size_t n) {
  std::uint64_t word = 0;
  std::memcpy(&word, p, n);
  return word;
}

std::uint64_t mix(std::uint64_t h, std::uint64_t word) {
  h = (h ^ word) * 0x9E3779B97F4A7C15u;
  return h ^ (h >> 32);
}

}  // namespace

// Pooled strings are short (codes, numbers, labels), so a word-at-a-time
// multiply-xor hash costs a few instructions where std::hash's byte-wise
// Murmur loop was a visible part of reading a large file.
std::size_t FecStringPool::hash(std::string_view text) {
  const char* p = text.data();
  const std::size_t n = text.size();
  std::uint64_t h = mix(0, n);
  std::size_t i = 0;
  for (; i + 8 <= n; i += 8) h = mix(h, load(p + i, 8));
  if (i < n) {
    // The last partial word: whole loads that may overlap bytes already mixed.
    std::uint64_t word = (load(p, 1) << 16) | (load(p + n / 2, 1) << 8) | load(p + n - 1, 1);
    if (n >= 4) word = (load(p, 4) << 32) | load(p + n - 4, 4);
    if (n >= 8) word = load(p + n - 8, 8);
    h = mix(h, word);
  }
  h *= 0xFF51AFD7ED558CCDu;  // spread into the low bits, which pick the slot
  return static_cast<std::size_t>(h ^ (h >> 33));
}

FecStringPool::Span FecStringPool::store(std::string_view text) {
  if (text.size() > max_length) {
    throw Error(ErrorKind::InvalidInput, "a field is longer than 65535 bytes");
  }
  if (blocks_.empty() || block_used_ + text.size() > block_capacity_) {
    // Blocks grow from 4 KiB to 4 MiB so that small pools stay small.
    block_capacity_ = blocks_.empty() ? 4096 : std::min(block_size, block_capacity_ * 2);
    blocks_.push_back(std::make_unique<char[]>(block_capacity_));
    allocated_ += block_capacity_;
    block_used_ = 0;
  }
  if (!text.empty()) std::memcpy(blocks_.back().get() + block_used_, text.data(), text.size());
  const Span span = (static_cast<Span>(blocks_.size() - 1) << 40) | (static_cast<Span>(block_used_) << 16) |
                    static_cast<Span>(text.size());
  block_used_ += text.size();
  spans_.push_back(span);
  return span;
}

std::string_view FecStringPool::view(std::uint32_t id) const {
  const Span span = spans_[id];
  const auto block = static_cast<std::size_t>(span >> 40);
  const auto offset = static_cast<std::size_t>((span >> 16) & 0xFFFFFF);
  const auto length = static_cast<std::size_t>(span & 0xFFFF);
  return {blocks_[block].get() + offset, length};
}

std::uint32_t FecStringPool::append(std::string_view text) {
  store(text);
  return static_cast<std::uint32_t>(spans_.size() - 1);
}

void FecStringPool::grow_table() {
  const std::size_t capacity = table_.empty() ? 1024 : table_.size() * 2;
  std::vector<Slot> old;
  old.swap(table_);
  table_.assign(capacity, Slot{});
  const std::size_t mask = capacity - 1;
  for (const Slot& slot : old) {
    if (slot.id_plus_one == 0) continue;
    std::size_t i = slot.hash & mask;
    while (table_[i].id_plus_one != 0) i = (i + 1) & mask;
    table_[i] = slot;
  }
}

std::uint32_t FecStringPool::intern(std::string_view text, bool& added) {
  if ((table_count_ + 1) * 2 > table_.size()) grow_table();
  const std::size_t mask = table_.size() - 1;
  const auto h = static_cast<std::uint32_t>(hash(text));
  std::size_t i = h & mask;
  while (table_[i].id_plus_one != 0) {
    // Comparing the stored hash first spares a read of the string, which in
    // a large pool is a cache miss.
    if (table_[i].hash == h && fec_text_equal(view(table_[i].id_plus_one - 1), text)) {
      added = false;
      return table_[i].id_plus_one - 1;
    }
    i = (i + 1) & mask;
  }
  const std::uint32_t id = append(text);
  table_[i] = Slot{id + 1, h};
  ++table_count_;
  added = true;
  return id;
}

std::size_t FecStringPool::memory_bytes() const {
  return allocated_ + spans_.capacity() * sizeof(Span) + table_.capacity() * sizeof(Slot);
}

}  // namespace comptoir
