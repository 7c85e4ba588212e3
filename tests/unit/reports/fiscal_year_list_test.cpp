// The fiscal year listing over a small in-memory reader: every entity or
// one, Date cells for the bounds, the status in the reader's language.
#include "reports/fiscal_year_list.hpp"

#include <gtest/gtest.h>

#include <map>

#include "core/error.hpp"
#include "unit/reports/recording_writer.hpp"

namespace comptoir {
namespace {

// A reader that knows entities and their fiscal years only.
class YearsReader final : public BookReader {
 public:
  std::vector<Entity> entities() const override {
    std::vector<Entity> out;
    for (const auto& [code, years] : years_) {
      Entity e;
      e.code = code;
      out.push_back(e);
    }
    return out;
  }
  std::vector<FiscalYear> fiscal_years(const std::string& entity) const override {
    const auto found = years_.find(entity);
    return found == years_.end() ? std::vector<FiscalYear>{} : found->second;
  }
  std::optional<Entity> entity(const std::string& code) const override {
    if (years_.count(code) == 0) return std::nullopt;
    Entity e;
    e.code = code;
    return e;
  }
  std::vector<Account> accounts(const std::string&) const override { return {}; }
  std::optional<Account> account(const std::string&, const std::string&) const override { return std::nullopt; }
  std::vector<AuxiliaryAccount> auxiliaries(const std::string&) const override { return {}; }
  std::optional<AuxiliaryAccount> auxiliary(const std::string&, const std::string&) const override {
    return std::nullopt;
  }
  std::vector<Journal> journals(const std::string&) const override { return {}; }
  std::vector<AccountBalance> trial_balance(const TransactionFilter&) const override { return {}; }
  void for_each_transaction(const TransactionFilter&, const std::function<void(const Transaction&)>&) const override {}
  std::optional<Transaction> transaction(std::int64_t) const override { return std::nullopt; }
  void for_each_ledger_line(const TransactionFilter&, const std::function<void(const LedgerLine&)>&) const override {}
  ChainHead chain_head(const std::string&) const override { return {}; }
  std::int64_t last_sequence(const std::string&, int) const override { return 0; }

  void add(const std::string& entity, int year, FiscalYearStatus status) {
    years_[entity].push_back(
        {year, Date::parse(std::to_string(year) + "-01-01"), Date::parse(std::to_string(year) + "-12-31"), status});
  }

 private:
  std::map<std::string, std::vector<FiscalYear>> years_;
};

TEST(FiscalYearList, EveryEntityWithItsYears) {
  YearsReader book;
  book.add("AT", 2025, FiscalYearStatus::Closed);
  book.add("AT", 2026, FiscalYearStatus::Open);
  book.add("RES", 2026, FiscalYearStatus::Open);
  test::RecordingWriter out;
  write_fiscal_years(book, "", Labels(Language::French), out);
  const auto& t = out.table();
  EXPECT_EQ(t.header.title, "Exercices");
  EXPECT_EQ(t.keys(), (std::vector<std::string>{"entity", "year", "start", "end", "status"}));
  ASSERT_EQ(t.rows.size(), 3U);
  EXPECT_EQ(t.cell<std::string>(0, "entity"), "AT");
  EXPECT_EQ(t.cell<std::int64_t>(0, "year"), 2025);
  EXPECT_EQ(t.cell<Date>(0, "start"), Date::parse("2025-01-01"));
  EXPECT_EQ(t.cell<Date>(0, "end"), Date::parse("2025-12-31"));
  EXPECT_EQ(t.cell<std::string>(0, "status"), "clôturé");
  EXPECT_EQ(t.cell<std::string>(1, "status"), "ouvert");
  EXPECT_EQ(t.cell<std::string>(2, "entity"), "RES");
}

TEST(FiscalYearList, OneEntityInEnglish) {
  YearsReader book;
  book.add("AT", 2025, FiscalYearStatus::Closed);
  book.add("RES", 2026, FiscalYearStatus::Open);
  test::RecordingWriter out;
  write_fiscal_years(book, "RES", Labels(Language::English), out);
  const auto& t = out.table();
  EXPECT_EQ(t.header.title, "Fiscal years");
  ASSERT_EQ(t.rows.size(), 1U);
  EXPECT_EQ(t.cell<std::string>(0, "status"), "open");
  EXPECT_EQ(t.header.columns[2].heading, "Start");
}

TEST(FiscalYearList, AnUnknownEntityIsRefused) {
  YearsReader book;
  book.add("AT", 2025, FiscalYearStatus::Open);
  test::RecordingWriter out;
  EXPECT_THROW(write_fiscal_years(book, "XX", Labels(Language::English), out), Error);
  EXPECT_TRUE(out.tables.empty());
}

}  // namespace
}  // namespace comptoir
