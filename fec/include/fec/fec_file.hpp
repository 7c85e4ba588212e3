// A parsed FEC file held compactly: entries and lines are small structs,
// strings live once in pools (journal codes, account numbers, auxiliary
// codes, labels). The reader fills it; the importer walks it.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "fec/fec_chunked_vector.hpp"
#include "fec/fec_entry.hpp"
#include "fec/fec_line.hpp"
#include "fec/fec_string_pool.hpp"

namespace comptoir {

class FecFile {
 public:
  explicit FecFile(std::string source) : source_(std::move(source)) {}

  // The file name used in messages.
  [[nodiscard]] const std::string& source() const { return source_; }

  [[nodiscard]] std::size_t entry_count() const { return entries_.size(); }
  [[nodiscard]] std::size_t line_count() const { return lines_.size(); }
  // Entries are numbered in the order of their first line in the file.
  [[nodiscard]] const FecEntry& entry(std::size_t index) const { return entries_[index]; }
  [[nodiscard]] const FecLine& line(std::size_t index) const { return lines_[index]; }
  // EcritureNum of an entry.
  [[nodiscard]] std::string_view entry_number(std::size_t index) const;
  // Calls visit(line) for each line of the entry, in file order.
  template <typename Visit>
  void for_each_line(std::size_t entry_index, Visit&& visit) const {
    for (std::uint32_t i = entries_[entry_index].first_line + 1; i != 0; i = lines_[i - 1].next) visit(lines_[i - 1]);
  }

  [[nodiscard]] std::size_t journal_count() const { return journals_.size(); }
  [[nodiscard]] std::string_view journal_code(std::uint32_t id) const { return journals_.view(id); }
  [[nodiscard]] std::string_view journal_label(std::uint32_t id) const { return texts_.view(journal_labels_[id]); }
  [[nodiscard]] std::size_t account_count() const { return accounts_.size(); }
  [[nodiscard]] std::string_view account_number(std::uint32_t id) const { return accounts_.view(id); }
  [[nodiscard]] std::string_view account_label(std::uint32_t id) const { return texts_.view(account_labels_[id]); }
  // Line number where the account first appears.
  [[nodiscard]] std::uint32_t account_first_line(std::uint32_t id) const { return account_lines_[id]; }
  [[nodiscard]] std::size_t auxiliary_count() const { return auxiliaries_.size(); }
  [[nodiscard]] std::string_view auxiliary_code(std::uint32_t id) const { return auxiliaries_.view(id); }
  [[nodiscard]] std::string_view auxiliary_label(std::uint32_t id) const { return texts_.view(auxiliary_labels_[id]); }
  // The account (id) of the first line that used the auxiliary account.
  [[nodiscard]] std::uint32_t auxiliary_parent(std::uint32_t id) const { return auxiliary_parents_[id]; }
  [[nodiscard]] std::string_view text(std::uint32_t id) const { return texts_.view(id); }

  // Building (used by the reader). The label of a journal, account or
  // auxiliary account is the one of its first line.
  std::uint32_t add_journal(std::string_view code, std::string_view label);
  std::uint32_t add_account(std::string_view number, std::string_view label, std::uint32_t line_number);
  std::uint32_t add_auxiliary(std::string_view code, std::string_view label, std::uint32_t parent_account);
  std::uint32_t add_label(std::string_view text) { return texts_.intern(text); }
  // The entry keyed by (journal, number), created from `header` if new
  // (`added` says so). header.first_line/last_line/balance are ignored.
  std::size_t find_or_add_entry(std::uint32_t journal, std::string_view number, const FecEntry& header,
                                std::string_view piece_ref, bool& added);
  // Appends a line to an entry. Throws Error(InvalidInput) if the entry's
  // balance overflows.
  void add_line(std::size_t entry_index, const FecLine& line);

  // Approximate bytes held, for measurements.
  [[nodiscard]] std::size_t memory_bytes() const;

 private:
  std::string source_;
  FecChunkedVector<FecEntry> entries_;
  FecChunkedVector<FecLine> lines_;
  FecStringPool entry_keys_;  // 4 bytes of journal id + EcritureNum; id = entry index
  FecStringPool journals_;
  FecStringPool accounts_;
  FecStringPool auxiliaries_;
  FecStringPool texts_;
  std::vector<std::uint32_t> journal_labels_;
  std::vector<std::uint32_t> account_labels_;
  std::vector<std::uint32_t> account_lines_;
  std::vector<std::uint32_t> auxiliary_labels_;
  std::vector<std::uint32_t> auxiliary_parents_;
  std::string key_;             // scratch for entry keys
  std::size_t last_entry_ = 0;  // the entry found or added last
};

}  // namespace comptoir
