// FEC import: check everything (accounts, fiscal years), then create the
// missing journals, accounts and auxiliary accounts, then post the entries
// as validated transactions in date order: one thread builds, checks and
// seals batches of entries while the calling thread stores the previous
// batch.
#include "fec/fec_import.hpp"

#include <algorithm>
#include <functional>
#include <set>
#include <utility>
#include <vector>

#include "core/chart.hpp"
#include "core/error.hpp"
#include "core/two_stage_pipeline.hpp"
#include "fec/fec_reader.hpp"

namespace comptoir {
namespace {

[[noreturn]] void fail(const FecFile& file, std::uint32_t line, const char* field, ErrorKind kind,
                       const std::string& reason) {
  throw Error(kind, at_location(file.source(), static_cast<long>(line), field) + ": " + reason);
}

// The book's account number for a CompteNum: kept if valid, 3-5 digits
// padded with zeros on the right to 6, else refused.
std::string account_number(const FecFile& file, std::uint32_t id) {
  std::string number(file.account_number(id));
  if (is_valid_account_number(number)) return number;
  const bool digits = std::all_of(number.begin(), number.end(), [](char c) { return c >= '0' && c <= '9'; });
  if (digits && number.size() >= 3 && number.size() <= 5) {
    number.resize(6, '0');
    if (is_valid_account_number(number)) return number;
  }
  fail(file, file.account_first_line(id), "CompteNum", ErrorKind::InvalidInput,
       "'" + std::string(file.account_number(id)) +
           "' is not a usable account number (6 to 12 digits, or 3 to 5 padded with zeros; first digit 1-8)");
}

class Importer {
 public:
  Importer(const FecFile& file, const std::string& entity, Book& book, const FecImportOptions& options)
      : file_(file), entity_(entity), book_(book), options_(options) {}

  FecImportResult run() {
    result_.regroupings = file_.regroupings();
    map_accounts();
    check_dates();
    create_journals();
    create_accounts();
    create_auxiliaries();
    book_.accept_zero_lines();
    post_entries();
    // A file whose every entry is zero would be recorded as an import that
    // posted nothing: refused, so that the log only holds real imports.
    if (result_.entries == 0) {
      throw Error(ErrorKind::InvalidInput,
                  file_.source() + ": no entry to import: its " + std::to_string(result_.skipped_empty_entries) +
                      (result_.skipped_empty_entries == 1 ? " entry has" : " entries have") + " only zero amounts");
    }
    return result_;
  }

 private:
  void map_accounts() {
    numbers_.reserve(file_.account_count());
    for (std::uint32_t id = 0; id < file_.account_count(); ++id) numbers_.push_back(account_number(file_, id));
  }

  void check_dates() {
    for (std::size_t e = 0; e < file_.entry_count(); ++e) {
      if (file_.entry(e).absorbed) continue;
      const Date date = Date::from_days(file_.entry(e).date);
      const FiscalYear* year = book_.fiscal_year_of(entity_, date);
      if (year == nullptr || !year->is_open()) {
        fail(
            file_, file_.line(file_.entry(e).first_line).line_number, "EcritureDate", ErrorKind::InvalidInput,
            date.iso() + " (entry " + std::string(file_.entry_number(e)) + ") is in no open fiscal year of " + entity_);
      }
    }
  }

  void create_journals() {
    std::set<std::string> existing;
    for (const auto& j : book_.reader().journals(entity_)) existing.insert(j.code);
    for (std::uint32_t id = 0; id < file_.journal_count(); ++id) {
      Journal journal{std::string(file_.journal_code(id)), std::string(file_.journal_label(id))};
      if (existing.count(journal.code) != 0) continue;
      book_.add_journal(entity_, journal);
      existing.insert(journal.code);
      ++result_.created_journals;
    }
  }

  void create_accounts() {
    for (std::uint32_t id = 0; id < file_.account_count(); ++id) {
      if (!created_accounts_.insert(numbers_[id]).second) continue;  // two spellings of one number
      if (book_.reader().account(entity_, numbers_[id])) continue;
      book_.add_account(entity_, Account{numbers_[id], std::string(file_.account_label(id))});
      ++result_.created_accounts;
    }
  }

  void create_auxiliaries() {
    for (std::uint32_t id = 0; id < file_.auxiliary_count(); ++id) {
      const std::string code(file_.auxiliary_code(id));
      if (book_.reader().auxiliary(entity_, code)) continue;
      book_.add_auxiliary(entity_, AuxiliaryAccount{code, std::string(file_.auxiliary_label(id)),
                                                    numbers_[file_.auxiliary_parent(id)]});
      ++result_.created_auxiliaries;
    }
  }

  Transaction make_transaction(std::size_t e) {
    const FecEntry& entry = file_.entry(e);
    Transaction t = Transaction::draft(entity_, std::string(file_.journal_code(entry.journal)),
                                       Date::from_days(entry.date), std::string(file_.text(entry.piece_ref)),
                                       std::string(file_.text(file_.line(entry.first_line).label)));
    t.piece_date = Date::from_days(entry.piece_date);
    file_.for_each_line(e, [&](const FecLine& line) {
      if (line.amount == 0) ++result_.zero_lines;
      Posting p = Posting::with_balance(numbers_[line.account], Money::from_cents(line.amount));
      if (line.auxiliary != 0) p.auxiliary = std::string(file_.auxiliary_code(line.auxiliary - 1));
      const std::string_view label = file_.text(line.label);
      if (label != t.label) p.label = std::string(label);
      if (const FecLettering* lettering = file_.lettering(line.line_number)) {
        p.lettering = LetteringMark{std::string(file_.text(lettering->code)), Date::from_days(lettering->date)};
      }
      t.postings.push_back(std::move(p));
    });
    return t;
  }

  // Entries prepared together, and how many entries of the file they cover
  // (entries without a non-zero line are skipped).
  struct Batch {
    std::vector<Transaction> transactions;
    std::size_t entries = 0;
  };
  static constexpr std::size_t batch_size = 4096;

  void post_entries() {
    std::vector<std::uint32_t> order;
    order.reserve(file_.entry_count());
    for (std::uint32_t e = 0; e < file_.entry_count(); ++e) {
      if (!file_.entry(e).absorbed) order.push_back(e);
    }
    // Entries are numbered in first-line order, so (date, index) = (date, first line).
    std::sort(order.begin(), order.end(), [&](std::uint32_t a, std::uint32_t b) {
      const std::int32_t da = file_.entry(a).date;
      const std::int32_t db = file_.entry(b).date;
      return da != db ? da < db : a < b;
    });
    book_.load_sealing_state(entity_);
    const std::size_t total = order.size();
    std::size_t stored = 0;
    if (options_.progress) options_.progress(0, total);
    const auto produce = [&](const BatchSink<Batch>& sink) {
      Batch batch;
      for (const std::uint32_t e : order) {
        prepare(e, batch);
        if (batch.transactions.size() == batch_size && !sink(std::exchange(batch, Batch{}))) return;
      }
      if (batch.entries != 0) sink(std::move(batch));
    };
    const std::function<void(Batch&)> consume = [&](Batch& batch) {
      book_.store(batch.transactions);
      stored += batch.entries;
      if (options_.progress) options_.progress(stored, total);
    };
    if (total <= batch_size) {
      produce([&](Batch&& batch) {
        consume(batch);
        return true;
      });
    } else {
      run_two_stage_pipeline<Batch>(produce, consume, 2);
    }
  }

  // Builds, checks and seals entry `e` into `batch` (runs on the producer
  // thread: it touches the file, the Book's checks and result_ counters).
  void prepare(std::size_t e, Batch& batch) {
    const FecEntry& entry = file_.entry(e);
    ++batch.entries;
    Transaction t = make_transaction(e);
    if (std::all_of(t.postings.begin(), t.postings.end(),
                    [](const Posting& p) { return p.debit.is_zero() && p.credit.is_zero(); })) {
      ++result_.skipped_empty_entries;
      result_.zero_lines -= t.postings.size();
      result_.skipped_zero_lines += t.postings.size();
      return;
    }
    const Date validation =
        entry.valid_date != FecEntry::no_date ? Date::from_days(entry.valid_date) : options_.validation_date;
    try {
      book_.prepare(t, true, validation);
    } catch (const Error& error) {
      fail(file_, file_.line(entry.first_line).line_number, "EcritureNum", error.kind(), error.what());
    }
    ++result_.entries;
    result_.lines += t.postings.size();
    batch.transactions.push_back(std::move(t));
  }

  const FecFile& file_;
  const std::string& entity_;
  Book& book_;
  const FecImportOptions& options_;
  std::vector<std::string> numbers_;  // book account number per file account id
  std::set<std::string> created_accounts_;
  FecImportResult result_;
};

}  // namespace

FecImportResult import_fec(const FecFile& file, const std::string& entity, Book& book,
                           const FecImportOptions& options) {
  return Importer(file, entity, book, options).run();
}

FecImportResult import_fec(const std::string& path, const std::string& entity, Book& book,
                           const FecImportOptions& options) {
  const FecFile file = read_fec_file(path);
  return import_fec(file, entity, book, options);
}

}  // namespace comptoir
