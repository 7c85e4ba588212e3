// See report_book_support.hpp.
#include "report_book_support.hpp"

#include <stdlib.h>

#include <stdexcept>

namespace comptoir::test {

ReportBook::ReportBook() : ReportBook(calendar_fiscal_year(2025)) {}

ReportBook::ReportBook(const FiscalYear& first_year) {
  std::string pattern = (std::filesystem::temp_directory_path() / "comptoir-reports-XXXXXX").string();
  if (mkdtemp(pattern.data()) == nullptr) throw std::runtime_error("cannot create a temporary directory");
  dir_ = pattern;
  store_ = SqliteBook::open((dir_ / "book.db").string(), OpenMode::Create);
  Book book(*store_, *store_);
  auto scope = book.begin();
  book.initialise(first_year);
  scope->commit();
}

ReportBook::~ReportBook() {
  store_.reset();
  std::error_code ignored;
  std::filesystem::remove_all(dir_, ignored);
}

std::int64_t ReportBook::post(const std::string& entity, const std::string& journal, Date date,
                              const std::string& piece, const std::vector<Line>& lines) {
  auto t = Transaction::draft(entity, journal, date, piece, "Piece " + piece);
  for (const auto& l : lines) {
    t.postings.push_back(l.debit.empty() ? Posting::crediting(l.account, Money::parse(l.credit), {.tags = l.tags})
                                         : Posting::debiting(l.account, Money::parse(l.debit), {.tags = l.tags}));
  }
  Book book(*store_, *store_);
  auto scope = book.begin();
  const std::int64_t id = book.post(std::move(t), true, date);
  scope->commit();
  return id;
}

}  // namespace comptoir::test
