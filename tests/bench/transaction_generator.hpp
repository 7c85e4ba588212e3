// A deterministic generator of balanced transactions for the benchmark: the
// same seed and count always give the same books, on every platform (only
// std::mt19937_64 is used, never a std distribution; amounts are integer
// cents, never double).
#pragma once

#include <array>
#include <cstdint>
#include <random>
#include <span>
#include <string_view>

namespace comptoir::bench {

// The account whose general ledger is measured: ~2 % of the postings.
inline constexpr std::string_view busy_account = "606100";
inline constexpr std::uint64_t default_seed = 20250101;

struct BenchPosting {
  std::string_view account;  // 6-digit number of the embedded chart
  std::int64_t debit = 0;    // cents, >= 0; exactly one of debit/credit is > 0
  std::int64_t credit = 0;
};

struct BenchTransaction {
  std::uint64_t number = 0;  // 1..count
  // "AT" or "RES": the entity of the bulk posting file. RES transactions use
  // no VAT account, so every transaction is also a valid AT one (FEC file).
  std::string_view entity;
  std::string_view journal;  // AC, VE, BQ or OD
  int day_of_year = 0;       // 0 = 2025-01-01; non-decreasing with `number`
  std::string_view label;
  std::array<BenchPosting, 4> postings{};
  std::size_t posting_count = 0;

  [[nodiscard]] std::span<const BenchPosting> lines() const { return {postings.data(), posting_count}; }
};

// Yields `count` transactions, 2 to 4 postings each (2.5 on average).
class TransactionGenerator {
 public:
  explicit TransactionGenerator(std::uint64_t count, std::uint64_t seed = default_seed);

  // Fills `out` with the next transaction; false once `count` were produced.
  bool next(BenchTransaction& out);

 private:
  std::int64_t between(std::int64_t low, std::int64_t high);  // inclusive, cents
  std::string_view expense_account();

  std::uint64_t count_;
  std::uint64_t produced_ = 0;
  std::mt19937_64 random_;
};

// Every account the generator may use (to check them against the chart).
[[nodiscard]] std::span<const std::string_view> generator_accounts();

}  // namespace comptoir::bench
