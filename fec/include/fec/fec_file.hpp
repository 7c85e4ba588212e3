// A parsed FEC file held compactly in memory: entries and lines are small
// structs, strings live once in pools (journal codes, account numbers,
// auxiliary codes, labels), and both are kept in chunked vectors that never
// move. The reader fills it; the importer walks it.
#pragma once

#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace comptoir {

// An append-only sequence stored in chunks of 4096 elements: like
// std::deque it never moves its elements or copies them to grow, but it
// makes 4096 times fewer allocations than libstdc++'s 512-byte deque nodes,
// which were a visible cost of holding and freeing millions of FEC lines.
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

// A compact store of the strings of a FEC file (account numbers, labels,
// journal codes, entry numbers): each distinct string is kept once in large
// character blocks and named by a 32-bit id, so that a file of millions of
// lines does not cost one std::string per field.
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

// One posting line of a parsed FEC file, kept small (32 bytes): strings are
// ids into the FecFile's pools, the amount is signed cents.
struct FecLine {
  std::uint32_t line_number = 0;  // 1-based line in the file (header = 1)
  std::uint32_t next = 0;         // index + 1 of the entry's next line, 0 = last
  std::uint32_t account = 0;      // FecFile account id (CompteNum)
  std::uint32_t auxiliary = 0;    // FecFile auxiliary id + 1, 0 = none
  std::uint32_t label = 0;        // FecFile text id (EcritureLib)
  std::int64_t amount = 0;        // cents: debit positive, credit negative
};

// The lettering of a line (EcritureLet, DateLet), kept apart from the lines:
// most lines of a file have none.
struct FecLettering {
  std::uint32_t line_number = 0;  // of the line it belongs to
  std::uint32_t code = 0;         // FecFile text id
  std::int32_t date = 0;          // Date::days()
};

// One entry (écriture) of a parsed FEC file: the lines sharing a
// (JournalCode, EcritureNum, EcritureDate, PieceRef) key, with the header
// fields of its first line; FecFile::regroup() then decides what makes an
// entry when one number has several such groups.
struct FecEntry {
  static constexpr std::int32_t no_date = -1000000;

  std::uint32_t journal = 0;          // FecFile journal id
  std::uint32_t piece_ref = 0;        // FecFile text id (PieceRef)
  std::int32_t date = 0;              // EcritureDate, Date::days()
  std::int32_t piece_date = 0;        // Date::days()
  std::int32_t valid_date = no_date;  // ValidDate as Date::days(), or no_date if blank
  std::uint32_t first_line = 0;       // index into FecFile::lines()
  std::uint32_t last_line = 0;        // index into FecFile::lines()
  std::int64_t balance = 0;           // sum of the lines' amounts; 0 when balanced
  // Id of its (JournalCode, EcritureNum); `shared` on the first entry of a
  // number that has other (date, PieceRef) groups; `absorbed` once merged
  // into another entry by regroup() (skip it). Bit fields: an entry stays
  // 40 bytes.
  std::uint32_t number : 30 = 0;
  std::uint32_t shared : 1 = 0;
  std::uint32_t absorbed : 1 = 0;
};

// What regroup() did to a journal whose EcritureNum does not tell entries
// apart: how many numbers, and the lines and entries they became.
struct FecRegrouping {
  std::string journal;
  std::string example_number;  // the first such EcritureNum ("0")
  std::size_t numbers = 0;
  std::size_t lines = 0;
  std::size_t entries = 0;
};

// The file: its entries in the order they first appear, their lines, and
// the pools their strings live in.
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
  // The lettering of the line at `line_number`, or nullptr.
  [[nodiscard]] const FecLettering* lettering(std::uint32_t line_number) const;
  [[nodiscard]] std::size_t lettering_count() const { return letterings_.size(); }

  // Building (used by the reader). The label of a journal, account or
  // auxiliary account is the one of its first line.
  std::uint32_t add_journal(std::string_view code, std::string_view label);
  std::uint32_t add_account(std::string_view number, std::string_view label, std::uint32_t line_number);
  std::uint32_t add_auxiliary(std::string_view code, std::string_view label, std::uint32_t parent_account);
  std::uint32_t add_label(std::string_view text) { return texts_.intern(text); }
  // The entry keyed by (journal, number), created from `header` if new
  // (`added` says so); a line of a known number with another date or
  // PieceRef than its first entry goes to the entry of (journal, number,
  // date, PieceRef), created if new. header.first_line/last_line/balance
  // are ignored.
  std::size_t find_or_add_entry(std::uint32_t journal, std::string_view number, const FecEntry& header,
                                std::string_view piece_ref, bool& added);
  // Records the lettering of a line; lines come in file order.
  void add_lettering(std::uint32_t line_number, std::string_view code, std::int32_t date);
  // Appends a line to an entry. Throws Error(InvalidInput) if the entry's
  // balance overflows.
  void add_line(std::size_t entry_index, const FecLine& line);

  // Where one (JournalCode, EcritureNum) has lines of several dates or
  // PieceRefs (real exports leave EcritureNum at 0, or repeat it, on every
  // line of a journal): if each (date, PieceRef) group balances, each is an
  // entry; else if each date's lines balance, each date is one entry; else
  // throws Error(Unbalanced) naming the number, the journal and the lines
  // (one date whose lines do not balance is left to the usual check). Runs
  // once, after the last line; returns what it regrouped, per journal.
  std::vector<FecRegrouping> regroup();
  // What regroup() did, kept for the import's notice.
  void set_regroupings(std::vector<FecRegrouping> r) { regroupings_ = std::move(r); }
  [[nodiscard]] const std::vector<FecRegrouping>& regroupings() const { return regroupings_; }

  // Approximate bytes held, for measurements.
  [[nodiscard]] std::size_t memory_bytes() const;

 private:
  std::string source_;
  FecChunkedVector<FecEntry> entries_;
  FecChunkedVector<FecLine> lines_;
  std::vector<FecLettering> letterings_;  // by line number
  std::vector<FecRegrouping> regroupings_;
  // Merges entry `from` into `into` (lines in file order).
  void absorb(std::size_t into, std::size_t from);

  // 4 bytes of journal id + EcritureNum; id = FecEntry::number.
  FecStringPool entry_keys_;
  std::vector<std::uint32_t> number_entries_;  // number -> its first entry
  // Only for numbers with several (date, PieceRef) groups: 4 bytes of
  // journal id, 4 of date, PieceRef, TAB, EcritureNum -> sub_entries_.
  FecStringPool sub_keys_;
  std::vector<std::uint32_t> sub_entries_;
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
