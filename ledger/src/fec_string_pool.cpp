// String interning for the FEC reader: block storage plus an open-addressing
// hash table of ids (linear probing, load factor at most one half).
#include "ledger/fec_string_pool.hpp"

#include <algorithm>
#include <cstring>
#include <functional>

#include "ledger/error.hpp"

namespace comptoir {

std::size_t FecStringPool::hash(std::string_view text) { return std::hash<std::string_view>{}(text); }

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
  std::vector<std::uint32_t> old;
  old.swap(table_);
  table_.assign(capacity, 0);
  const std::size_t mask = capacity - 1;
  for (std::uint32_t slot : old) {
    if (slot == 0) continue;
    std::size_t i = hash(view(slot - 1)) & mask;
    while (table_[i] != 0) i = (i + 1) & mask;
    table_[i] = slot;
  }
}

std::uint32_t FecStringPool::intern(std::string_view text, bool& added) {
  if ((table_count_ + 1) * 2 > table_.size()) grow_table();
  const std::size_t mask = table_.size() - 1;
  std::size_t i = hash(text) & mask;
  while (table_[i] != 0) {
    if (view(table_[i] - 1) == text) {
      added = false;
      return table_[i] - 1;
    }
    i = (i + 1) & mask;
  }
  const std::uint32_t id = append(text);
  table_[i] = id + 1;
  ++table_count_;
  added = true;
  return id;
}

std::size_t FecStringPool::memory_bytes() const {
  return allocated_ + spans_.capacity() * sizeof(Span) + table_.capacity() * sizeof(std::uint32_t);
}

}  // namespace comptoir
