// An append-only sequence stored in chunks of 4096 elements: like
// std::deque it never moves its elements or copies them to grow, but it
// makes 4096 times fewer allocations than libstdc++'s 512-byte deque nodes,
// which were a visible cost of holding and freeing millions of FEC lines.
#pragma once

#include <cstddef>
#include <memory>
#include <vector>

namespace comptoir {

template <typename T>
class FecChunkedVector {
 public:
  [[nodiscard]] std::size_t size() const { return size_; }
  [[nodiscard]] bool empty() const { return size_ == 0; }
  T& operator[](std::size_t i) { return chunks_[i / chunk_size][i % chunk_size]; }
  const T& operator[](std::size_t i) const { return chunks_[i / chunk_size][i % chunk_size]; }
  T& back() { return (*this)[size_ - 1]; }
  void push_back(const T& value) {
    if (size_ % chunk_size == 0) chunks_.push_back(std::make_unique_for_overwrite<T[]>(chunk_size));
    chunks_.back()[size_ % chunk_size] = value;
    ++size_;
  }

 private:
  static constexpr std::size_t chunk_size = 4096;

  std::vector<std::unique_ptr<T[]>> chunks_;
  std::size_t size_ = 0;
};

}  // namespace comptoir
