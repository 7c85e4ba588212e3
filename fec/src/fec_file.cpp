// Building and reading the compact FEC file representation.
#include "fec/fec_file.hpp"

#include <algorithm>
#include <cstring>
#include <map>

#include "core/error.hpp"
#include "fec/fec_text.hpp"

namespace comptoir {

std::string_view FecFile::entry_number(std::size_t index) const {
  return entry_keys_.view(entries_[index].number).substr(sizeof(std::uint32_t));
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
  const auto same_group = [&](std::size_t e) {
    const FecEntry& entry = entries_[e];
    return entry.date == header.date && fec_text_equal(texts_.view(entry.piece_ref), piece_ref);
  };
  // The lines of an entry are usually consecutive: try the last one first.
  if (!entries_.empty() && entries_[last_entry_].journal == journal &&
      fec_text_equal(entry_number(last_entry_), number) && same_group(last_entry_)) {
    added = false;
    return last_entry_;
  }
  const auto new_entry = [&](std::uint32_t number_id) {
    FecEntry entry = header;
    entry.journal = journal;
    entry.piece_ref = texts_.append(piece_ref);
    entry.first_line = static_cast<std::uint32_t>(lines_.size());
    entry.last_line = entry.first_line;
    entry.balance = 0;
    entry.number = number_id & 0x3FFFFFFFu;  // 2^30 numbers: more than a FEC holds
    entry.shared = 0;
    entry.absorbed = 0;
    entries_.push_back(entry);
    return entries_.size() - 1;
  };
  key_.resize(sizeof journal);
  std::memcpy(key_.data(), &journal, sizeof journal);
  key_.append(number);
  const std::uint32_t id = entry_keys_.intern(key_, added);
  if (added) {
    number_entries_.push_back(static_cast<std::uint32_t>(entries_.size()));
    last_entry_ = new_entry(id);
    return last_entry_;
  }
  const std::uint32_t first = number_entries_[id];
  if (same_group(first)) {
    last_entry_ = first;
    return first;
  }
  // The number does not tell this line's entry: key it by date and piece too.
  key_.resize(2 * sizeof journal);
  std::memcpy(key_.data() + sizeof journal, &header.date, sizeof header.date);
  key_.append(piece_ref);
  key_ += '\t';
  key_.append(number);
  const std::uint32_t sub = sub_keys_.intern(key_, added);
  if (added) {
    entries_[first].shared = 1;
    sub_entries_.push_back(static_cast<std::uint32_t>(entries_.size()));
    last_entry_ = new_entry(id);
  } else {
    last_entry_ = sub_entries_[sub];
  }
  return last_entry_;
}

void FecFile::absorb(std::size_t into, std::size_t from) {
  FecEntry& a = entries_[into];
  FecEntry& b = entries_[from];
  // Both lists run in file order (line indexes grow): merge them. Links are
  // index + 1, 0 at the end.
  std::uint32_t i = a.first_line + 1;
  std::uint32_t j = b.first_line + 1;
  std::uint32_t head = 0;
  std::uint32_t tail = 0;
  while (i != 0 || j != 0) {
    std::uint32_t& taken = (j == 0 || (i != 0 && i < j)) ? i : j;
    const std::uint32_t k = taken;
    taken = lines_[k - 1].next;
    if (tail == 0) {
      head = k;
    } else {
      lines_[tail - 1].next = k;
    }
    tail = k;
  }
  lines_[tail - 1].next = 0;
  a.first_line = head - 1;
  a.last_line = tail - 1;
  a.balance += b.balance;
  b.absorbed = true;
}

std::vector<FecRegrouping> FecFile::regroup() {
  // The numbers with more than one (date, PieceRef) group, and their groups.
  std::map<std::uint32_t, std::vector<std::uint32_t>> shared;  // number -> entries, in first-line order
  if (!sub_entries_.empty()) {
    for (std::size_t e = 0; e < entries_.size(); ++e) {
      if (entries_[number_entries_[entries_[e].number]].shared) {
        shared[entries_[e].number].push_back(static_cast<std::uint32_t>(e));
      }
    }
  }
  std::map<std::uint32_t, FecRegrouping> by_journal;
  for (const auto& [number, group] : shared) {
    const bool each_balances =
        std::all_of(group.begin(), group.end(), [&](std::uint32_t e) { return entries_[e].balance == 0; });
    std::size_t result_entries = group.size();
    if (!each_balances) {
      // One entry per date (an entry whose lines name different pieces).
      std::map<std::int32_t, std::uint32_t> first_of_date;
      for (const std::uint32_t e : group) {
        auto [it, added] = first_of_date.try_emplace(entries_[e].date, e);
        if (!added) absorb(it->second, e);
      }
      result_entries = first_of_date.size();
      std::string unbalanced;
      for (const auto& [date, e] : first_of_date) {
        if (entries_[e].balance == 0) continue;
        for (std::uint32_t k = entries_[e].first_line + 1; k != 0; k = lines_[k - 1].next) {
          unbalanced += (unbalanced.empty() ? "" : ", ") + std::to_string(lines_[k - 1].line_number);
        }
      }
      if (!unbalanced.empty() && result_entries > 1) {
        const FecEntry& first = entries_[group[0]];
        throw Error(ErrorKind::Unbalanced,
                    source_ + ":" + std::to_string(lines_[first.first_line].line_number) +
                        ": field 'EcritureNum': entry " + std::string(entry_number(group[0])) + " of journal " +
                        std::string(journal_code(first.journal)) +
                        " has lines of several dates or PieceRefs that do not balance by date and PieceRef, nor by "
                        "date: lines " +
                        unbalanced + " (give each entry its own EcritureNum)");
      }
    }
    if (result_entries < 2) continue;
    FecRegrouping& r = by_journal[entries_[group[0]].journal];
    if (r.numbers == 0) {
      r.journal = std::string(journal_code(entries_[group[0]].journal));
      r.example_number = std::string(entry_number(group[0]));
    }
    ++r.numbers;
    r.entries += result_entries;
    for (const std::uint32_t e : group) {
      if (entries_[e].absorbed) continue;
      for (std::uint32_t k = entries_[e].first_line + 1; k != 0; k = lines_[k - 1].next) ++r.lines;
    }
  }
  std::vector<FecRegrouping> result;
  for (auto& [journal, r] : by_journal) result.push_back(std::move(r));
  return result;
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

void FecFile::add_lettering(std::uint32_t line_number, std::string_view code, std::int32_t date) {
  letterings_.push_back(FecLettering{line_number, texts_.intern(code), date});
}

const FecLettering* FecFile::lettering(std::uint32_t line_number) const {
  const auto found =
      std::lower_bound(letterings_.begin(), letterings_.end(), line_number,
                       [](const FecLettering& l, std::uint32_t number) { return l.line_number < number; });
  return found != letterings_.end() && found->line_number == line_number ? &*found : nullptr;
}

std::size_t FecFile::memory_bytes() const {
  return entries_.size() * sizeof(FecEntry) + lines_.size() * sizeof(FecLine) + entry_keys_.memory_bytes() +
         sub_keys_.memory_bytes() + (number_entries_.size() + sub_entries_.size()) * sizeof(std::uint32_t) +
         letterings_.size() * sizeof(FecLettering) + journals_.memory_bytes() + accounts_.memory_bytes() +
         auxiliaries_.memory_bytes() + texts_.memory_bytes();
}

}  // namespace comptoir
