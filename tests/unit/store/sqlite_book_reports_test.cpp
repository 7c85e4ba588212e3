// Aggregates and listings over a seeded random book: the trial balance
// equals a manual sum for every kind of filter (entity, year, prefix, whole
// and partial months), the general ledger is filtered and ordered, and its
// opening lines sum the year's postings before --from.
#include <gtest/gtest.h>

#include <map>
#include <random>

#include "reports/ledger_opening.hpp"
#include "sqlite_test_support.hpp"

namespace comptoir {
namespace {

using test::day;

const std::vector<std::string> accounts = {"512000", "706000", "411000", "601000", "626000", "467000", "606000"};

class SqliteBookReports : public ::testing::Test {
 protected:
  void SetUp() override {
    db_ = test::initialised_book(dir_.file("book.db"));
    Book book(*db_, *db_);
    auto scope = book.begin();
    book.add_fiscal_year("AT", 2026);
    std::mt19937 random(20250101);
    for (int i = 0; i < 600; ++i) posted_.push_back(post(book, random));
    scope->commit();
  }

  Transaction post(Book& book, std::mt19937& random) {
    auto pick = [&](int n) { return static_cast<int>(random() % static_cast<unsigned>(n)); };
    const std::string entity = pick(3) == 0 ? "RES" : "AT";
    const int year = entity == "AT" && pick(4) == 0 ? 2026 : 2025;
    const Date date = day(year, static_cast<unsigned>(1 + pick(12)), static_cast<unsigned>(1 + pick(28)));
    const std::int64_t amount = 100 + pick(100000);
    const std::int64_t part = pick(static_cast<int>(amount));
    const auto& a = accounts[static_cast<std::size_t>(pick(7))];
    const auto& b = accounts[static_cast<std::size_t>(pick(7))];
    const auto& c = accounts[static_cast<std::size_t>(pick(7))];
    auto t = test::transaction(entity, "OD", date, "P" + std::to_string(posted_.size()),
                               {test::debit(a, amount), test::credit(b, amount - part)});
    if (part > 0) t.postings.push_back(test::credit(c, part));
    if (pick(2) == 0) t.postings[0].tags["activity"] = "guinguette-grand-est";
    const bool validate = pick(5) != 0;
    t.id = book.post(t, validate, day(year, 12, 31));
    t.status = validate ? TransactionStatus::Validated : TransactionStatus::Draft;
    return t;
  }

  // Expected rows: validated postings that `keep` accepts, by entity and account.
  std::vector<AccountBalance> expected(const std::function<bool(const Transaction&, const Posting&)>& keep) const {
    std::map<std::pair<std::string, std::string>, AccountBalance> rows;
    for (const auto& t : posted_) {
      if (!t.is_validated()) continue;
      for (const auto& p : t.postings) {
        if (!keep(t, p)) continue;
        auto& row = rows[{t.entity, p.account}];
        row.entity = t.entity;
        row.account = p.account;
        row.debit += p.debit;
        row.credit += p.credit;
      }
    }
    std::vector<AccountBalance> out;
    for (auto& [_, row] : rows) out.push_back(row);
    return out;
  }

  void expect_trial_balance(const TransactionFilter& filter,
                            const std::function<bool(const Transaction&, const Posting&)>& keep) const {
    const auto actual = db_->trial_balance(filter);
    const auto wanted = expected(keep);
    ASSERT_EQ(actual.size(), wanted.size());
    for (std::size_t i = 0; i < actual.size(); ++i) {
      EXPECT_EQ(actual[i].entity, wanted[i].entity);
      EXPECT_EQ(actual[i].account, wanted[i].account);
      EXPECT_EQ(actual[i].debit, wanted[i].debit) << actual[i].entity << " " << actual[i].account;
      EXPECT_EQ(actual[i].credit, wanted[i].credit) << actual[i].entity << " " << actual[i].account;
      EXPECT_FALSE(actual[i].label.empty());
    }
  }

  test::TempDir dir_;
  std::unique_ptr<SqliteBook> db_;
  std::vector<Transaction> posted_;
};

auto between(Date from, Date to) {
  return [from, to](const Transaction& t, const Posting&) { return from <= t.date && t.date <= to; };
}

TEST_F(SqliteBookReports, TrialBalanceOfEverything) {
  expect_trial_balance({}, [](const Transaction&, const Posting&) { return true; });
  Money debit;
  Money credit;
  for (const auto& row : db_->trial_balance({})) {
    debit += row.debit;
    credit += row.credit;
  }
  EXPECT_EQ(debit, credit);
}

TEST_F(SqliteBookReports, TrialBalanceByEntityYearAndPrefix) {
  TransactionFilter filter;
  filter.entity = "AT";
  filter.fiscal_year = 2026;
  expect_trial_balance(filter,
                       [](const Transaction& t, const Posting&) { return t.entity == "AT" && t.date.year() == 2026; });
  filter = {};
  filter.fiscal_year = 2025;
  filter.account_prefix = "6";
  expect_trial_balance(
      filter, [](const Transaction& t, const Posting& p) { return t.date.year() == 2025 && p.account[0] == '6'; });
  filter = {};
  filter.entity = "RES";
  filter.account_prefix = "7060";
  expect_trial_balance(filter, [](const Transaction& t, const Posting& p) {
    return t.entity == "RES" && p.account.rfind("7060", 0) == 0;
  });
  filter = {};
  filter.fiscal_year = 2024;
  EXPECT_TRUE(db_->trial_balance(filter).empty());
}

TEST_F(SqliteBookReports, TrialBalanceOverWholeAndPartialMonths) {
  const std::vector<std::pair<Date, Date>> ranges = {
      {day(2025, 2, 1), day(2025, 4, 30)}, {day(2025, 3, 15), day(2025, 7, 10)}, {day(2025, 5, 3), day(2025, 5, 20)},
      {day(2025, 5, 1), day(2025, 5, 31)}, {day(2025, 12, 2), day(2026, 1, 31)}, {day(2025, 6, 30), day(2025, 7, 1)},
      {day(2025, 8, 1), day(2025, 7, 31)},
  };
  for (const auto& [from, to] : ranges) {
    SCOPED_TRACE(from.iso() + " .. " + to.iso());
    TransactionFilter filter;
    filter.from = from;
    filter.to = to;
    expect_trial_balance(filter, between(from, to));
    filter.account_prefix = "4";
    expect_trial_balance(
        filter, [&](const Transaction& t, const Posting& p) { return between(from, to)(t, p) && p.account[0] == '4'; });
  }
  TransactionFilter open_start;
  open_start.to = day(2025, 6, 17);
  expect_trial_balance(open_start, between(day(1900, 1, 1), day(2025, 6, 17)));
  TransactionFilter open_end;
  open_end.from = day(2025, 6, 17);
  open_end.fiscal_year = 2025;
  expect_trial_balance(open_end, between(day(2025, 6, 17), day(2025, 12, 31)));
}

TEST_F(SqliteBookReports, GeneralLedgerIsFilteredAndOrdered) {
  TransactionFilter filter;
  filter.entity = "AT";
  filter.account_prefix = "512";
  filter.fiscal_year = 2025;
  std::vector<LedgerLine> lines;
  db_->for_each_ledger_line(filter, [&](const LedgerLine& l) { lines.push_back(l); });
  std::size_t expected_count = 0;
  for (const auto& t : posted_) {
    if (!t.is_validated() || t.entity != "AT" || t.date.year() != 2025) continue;
    for (const auto& p : t.postings) expected_count += p.account == "512000" ? 1U : 0U;
  }
  ASSERT_EQ(lines.size(), expected_count);
  for (std::size_t i = 1; i < lines.size(); ++i) {
    const auto& a = lines[i - 1];
    const auto& b = lines[i];
    EXPECT_TRUE(std::tie(a.date, a.sequence) <= std::tie(b.date, b.sequence));
  }
  for (const auto& l : lines) {
    EXPECT_EQ(l.posting.account, "512000");
    EXPECT_NE(l.sequence, 0);
    EXPECT_EQ(l.journal, "OD");
  }
  filter.status = StatusFilter::All;
  std::size_t all = 0;
  db_->for_each_ledger_line(filter, [&](const LedgerLine&) { ++all; });
  EXPECT_GT(all, lines.size());
}

TEST_F(SqliteBookReports, LedgerOpeningsSumTheYearBeforeFrom) {
  const auto expect_openings = [this](const TransactionFilter& filter, Date start) {
    const Date eve = filter.from->plus_days(-1);
    const auto actual = LedgerOpening::of(*db_, filter);
    const auto wanted = expected([&](const Transaction& t, const Posting& p) {
      return between(start, eve)(t, p) && p.account.rfind(filter.account_prefix, 0) == 0 &&
             (filter.entity.empty() || t.entity == filter.entity);
    });
    ASSERT_EQ(actual.size(), wanted.size());
    for (std::size_t i = 0; i < actual.size(); ++i) {
      EXPECT_EQ(actual[i].entity, wanted[i].entity);
      EXPECT_EQ(actual[i].account, wanted[i].account);
      EXPECT_EQ(actual[i].date, eve);
      EXPECT_EQ(actual[i].debit, wanted[i].debit) << actual[i].entity << " " << actual[i].account;
      EXPECT_EQ(actual[i].credit, wanted[i].credit) << actual[i].entity << " " << actual[i].account;
    }
  };
  TransactionFilter filter;
  filter.from = day(2025, 5, 17);  // four whole months and a partial one
  filter.account_prefix = "4";
  expect_openings(filter, day(2025, 1, 1));
  filter.fiscal_year = 2025;
  filter.to = day(2025, 9, 30);
  expect_openings(filter, day(2025, 1, 1));
  filter = {};
  filter.from = day(2026, 3, 10);  // only AT has a 2026 year
  expect_openings(filter, day(2026, 1, 1));
  EXPECT_FALSE(LedgerOpening::of(*db_, filter).empty());
  filter.from = day(2026, 1, 1);
  EXPECT_TRUE(LedgerOpening::of(*db_, filter).empty());
  filter.from = day(2025, 6, 1);
  filter.journal = "OD";
  EXPECT_TRUE(LedgerOpening::of(*db_, filter).empty());
  filter = {};
  EXPECT_TRUE(LedgerOpening::of(*db_, filter).empty());
}

TEST_F(SqliteBookReports, TransactionsByAccountPrefixKeepAllPostings) {
  TransactionFilter filter;
  filter.entity = "RES";
  filter.account_prefix = "626";
  std::size_t count = 0;
  std::int64_t previous = 0;
  db_->for_each_transaction(filter, [&](const Transaction& t) {
    ++count;
    EXPECT_GT(t.chain_position, previous);
    previous = t.chain_position;
    bool matches = false;
    for (const auto& p : t.postings) matches = matches || p.account == "626000";
    EXPECT_TRUE(matches);
    const auto& original = posted_[static_cast<std::size_t>(std::stoi(t.piece_ref.substr(1)))];
    EXPECT_EQ(t.postings.size(), original.postings.size());
    EXPECT_EQ(t.postings[0].tags, original.postings[0].tags);
  });
  std::size_t expected_count = 0;
  for (const auto& t : posted_) {
    bool matches = false;
    for (const auto& p : t.postings) matches = matches || p.account == "626000";
    if (t.is_validated() && t.entity == "RES" && matches) ++expected_count;
  }
  EXPECT_EQ(count, expected_count);
}

}  // namespace
}  // namespace comptoir
