// The five textual formats of the benchmark books, written in one pass over
// the generator through large buffers (a million transactions is ~2.5
// million lines per file).
#include "book_files.hpp"

#include <fmt/format.h>

#include <array>
#include <cstdio>
#include <stdexcept>
#include <vector>

#include "core/date.hpp"
#include "core/money.hpp"
#include "core/reference_data.hpp"
#include "transaction_generator.hpp"

namespace comptoir::bench {
namespace {

// An output file with a large buffer; throws on any write error.
class OutputFile {
 public:
  explicit OutputFile(const std::filesystem::path& path) : path_(path), file_(std::fopen(path.c_str(), "wb")) {
    if (file_ == nullptr) throw std::runtime_error("cannot create " + path.string());
  }
  OutputFile(const OutputFile&) = delete;
  OutputFile& operator=(const OutputFile&) = delete;
  ~OutputFile() {
    if (file_ != nullptr) std::fclose(file_);
  }

  fmt::memory_buffer& buffer() { return buffer_; }

  void flush_if_full() {
    if (buffer_.size() >= (1U << 20)) flush();
  }

  void close() {
    flush();
    const int status = std::fclose(file_);
    file_ = nullptr;
    if (status != 0) throw std::runtime_error("cannot write " + path_.string());
  }

 private:
  void flush() {
    if (std::fwrite(buffer_.data(), 1, buffer_.size(), file_) != buffer_.size()) {
      throw std::runtime_error("cannot write " + path_.string());
    }
    buffer_.clear();
  }

  std::filesystem::path path_;
  std::FILE* file_;
  fmt::memory_buffer buffer_;
};

struct DayTexts {
  std::string iso, compact, slashed;  // 2025-03-31, 20250331, 2025/03/31
};

std::vector<DayTexts> days_of_2025() {
  std::vector<DayTexts> days;
  const Date first = Date::from_ymd(2025, 1, 1);
  for (int d = 0; d < 365; ++d) {
    const Date date = first.plus_days(d);
    std::string slashed = date.iso();
    slashed[4] = slashed[7] = '/';
    days.push_back({date.iso(), date.compact(), slashed});
  }
  return days;
}

std::string decimal(std::int64_t cents, char separator) {
  std::string text = Money::from_cents(cents).to_string();
  if (separator != '.') text[text.size() - 3] = separator;
  return text;
}

std::map<std::string, std::string, std::less<>> chart_labels() {
  std::map<std::string, std::string, std::less<>> labels;
  for (const auto& a : default_chart()) labels[a.number] = a.label;
  for (std::string_view number : generator_accounts()) {
    if (labels.find(number) == labels.end()) {
      throw std::runtime_error("bench generator: account " + std::string(number) + " is not in the chart");
    }
  }
  return labels;
}

const std::map<std::string_view, std::string_view> journal_labels = {
    {"AC", "Achats"}, {"VE", "Ventes"}, {"BQ", "Banque"}, {"OD", "Opérations diverses"}};

constexpr std::string_view fec_header =
    "JournalCode\tJournalLib\tEcritureNum\tEcritureDate\tCompteNum\tCompteLib\tCompAuxNum\tCompAuxLib\t"
    "PieceRef\tPieceDate\tEcritureLib\tDebit\tCredit\tEcritureLet\tDateLet\tValidDate\tMontantdevise\tIdevise\n";

class Writers {
 public:
  explicit Writers(BookFiles& files)
      : fec_(files.fec), bulk_(files.bulk_csv), bare_(files.bare_csv), journal_(files.ledger_journal) {
    fmt::format_to(std::back_inserter(fec_.buffer()), "{}", fec_header);
    fmt::format_to(std::back_inserter(bulk_.buffer()),
                   "txn,entity,journal,date,piece_ref,label,account,debit,credit\n");
    fmt::format_to(std::back_inserter(bare_.buffer()), "txn,journal,date,account,label,debit,credit\n");
  }

  void write(const BenchTransaction& t) {
    const DayTexts& day = days_.at(static_cast<std::size_t>(t.day_of_year));
    const std::string piece = fmt::format("{}-{:07}", t.journal, t.number);
    const std::string_view journal_label = journal_labels.at(t.journal);
    fmt::format_to(std::back_inserter(journal_.buffer()), "{} * ({}) {}\n", day.slashed, piece, t.label);
    for (const BenchPosting& p : t.lines()) {
      const std::string& account_label = labels_.find(p.account)->second;
      fmt::format_to(std::back_inserter(fec_.buffer()), "{}\t{}\t{}\t{}\t{}\t{}\t\t\t{}\t{}\t{}\t{}\t{}\t\t\t{}\t\t\n",
                     t.journal, journal_label, t.number, day.compact, p.account, account_label, piece, day.compact,
                     t.label, decimal(p.debit, ','), decimal(p.credit, ','), day.compact);
      fmt::format_to(std::back_inserter(bulk_.buffer()), "{},{},{},{},{},{},{},{},{}\n", t.number, t.entity, t.journal,
                     day.iso, piece, t.label, p.account, p.debit != 0 ? decimal(p.debit, '.') : "",
                     p.credit != 0 ? decimal(p.credit, '.') : "");
      fmt::format_to(std::back_inserter(bare_.buffer()), "{},{},{},{},{},{},{}\n", t.number, t.journal, day.iso,
                     p.account, t.label, p.debit, p.credit);
      fmt::format_to(std::back_inserter(journal_.buffer()), "    {}  {} EUR\n", p.account,
                     decimal(p.debit - p.credit, '.'));
    }
    journal_.buffer().push_back('\n');
    for (OutputFile* f : {&fec_, &bulk_, &bare_, &journal_}) f->flush_if_full();
  }

  void close() {
    for (OutputFile* f : {&fec_, &bulk_, &bare_, &journal_}) f->close();
  }

 private:
  std::vector<DayTexts> days_ = days_of_2025();
  std::map<std::string, std::string, std::less<>> labels_ = chart_labels();
  OutputFile fec_, bulk_, bare_, journal_;
};

}  // namespace

BookFiles write_book_files(const std::filesystem::path& dir, std::uint64_t count) {
  std::filesystem::create_directories(dir);
  BookFiles files;
  files.fec = dir / "900000011FEC20251231.txt";
  files.bulk_csv = dir / "bulk.csv";
  files.bare_csv = dir / "postings.csv";
  files.ledger_journal = dir / "books.ledger";
  files.hledger_journal = dir / "books.journal";
  Writers writers(files);
  TransactionGenerator generator(count);
  BenchTransaction t;
  while (generator.next(t)) {
    writers.write(t);
    ++files.transactions;
    for (const BenchPosting& p : t.lines()) {
      ++files.postings;
      if (p.account == busy_account) ++files.busy_postings;
      AccountTotals& totals = files.fec_totals[std::string(p.account)];
      totals.debit += p.debit;
      totals.credit += p.credit;
    }
  }
  writers.close();
  std::filesystem::remove(files.hledger_journal);
  std::filesystem::create_hard_link(files.ledger_journal, files.hledger_journal);
  return files;
}

}  // namespace comptoir::bench
