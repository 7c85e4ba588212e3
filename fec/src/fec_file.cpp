// Building and reading the compact FEC file representation.
#include "fec/fec_file.hpp"

#include <cstring>

#include "core/error.hpp"
#include "fec/fec_text.hpp"

namespace comptoir {

std::string_view FecFile::entry_number(std::size_t index) const {
  return entry_keys_.view(static_cast<std::uint32_t>(index)).substr(sizeof(std::uint32_t));
}

std::uint32_t FecFile::add_journal(std::string_view code, std::string_view label) {
  bool added = false;
  const std::uint32_t id = journals_.intern(code, added);
  if (added) journal_labels_.push_back(texts_.intern(label));
  return id;
}

std::uint32_t FecFile::add_account(std::string_view number, std::string_view label, std::uint32_t line_number) {
  bool added = false;
  const std::uint32_t id = accounts_.intern(number, added);
  if (added) {
    account_labels_.push_back(texts_.intern(label));
    account_lines_.push_back(line_number);
  }
  return id;
}

std::uint32_t FecFile::add_auxiliary(std::string_view code, std::string_view label, std::uint32_t parent_account) {
  bool added = false;
  const std::uint32_t id = auxiliaries_.intern(code, added);
  if (added) {
    auxiliary_labels_.push_back(texts_.intern(label));
    auxiliary_parents_.push_back(parent_account);
  }
  return id;
}

std::size_t FecFile::find_or_add_entry(std::uint32_t journal, std::string_view number, const FecEntry& header,
                                       std::string_view piece_ref, bool& added) {
  // The lines of an entry are usually consecutive: try the last one first.
  if (!entries_.empty() && entries_[last_entry_].journal == journal &&
      fec_text_equal(entry_number(last_entry_), number)) {
    added = false;
    return last_entry_;
  }
  key_.resize(sizeof journal);
  std::memcpy(key_.data(), &journal, sizeof journal);
  key_.append(number);
  const std::uint32_t id = entry_keys_.intern(key_, added);
  if (added) {
    FecEntry entry = header;
    entry.journal = journal;
    entry.piece_ref = texts_.append(piece_ref);
    entry.first_line = static_cast<std::uint32_t>(lines_.size());
    entry.last_line = entry.first_line;
    entry.balance = 0;
    entries_.push_back(entry);
  }
  last_entry_ = id;
  return id;
}

void FecFile::add_line(std::size_t entry_index, const FecLine& line) {
  FecEntry& entry = entries_[entry_index];
  const auto index = static_cast<std::uint32_t>(lines_.size());
  lines_.push_back(line);
  lines_.back().next = 0;
  if (index != entry.first_line) {
    lines_[entry.last_line].next = index + 1;
    entry.last_line = index;
  }
  if (__builtin_add_overflow(entry.balance, line.amount, &entry.balance)) {
    throw Error(ErrorKind::InvalidInput,
                source_ + ":" + std::to_string(line.line_number) + ": field 'Debit': the entry's total is too large");
  }
}

std::size_t FecFile::memory_bytes() const {
  return entries_.size() * sizeof(FecEntry) + lines_.size() * sizeof(FecLine) + entry_keys_.memory_bytes() +
         journals_.memory_bytes() + accounts_.memory_bytes() + auxiliaries_.memory_bytes() + texts_.memory_bytes();
}

}  // namespace comptoir
