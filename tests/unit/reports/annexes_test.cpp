// The annexe's tables: fixed assets from the class-2 postings (opening in
// AN, increases, decreases) checked against the register, and dedicated
// funds per category and agreement checked against the 19x balances.
#include "reports/annexes.hpp"

#include <gtest/gtest.h>

#include "core/book.hpp"
#include "reports/annexe_tables.hpp"
#include "support/memory_book.hpp"

namespace comptoir {
namespace {

using test::credit;
using test::debit;
using test::entry;

// The register's storage in memory: enough for AssetRegister to read.
class MemoryAssetStore final : public AssetStore {
 public:
  std::vector<Asset> assets(const std::string& entity) const override {
    std::vector<Asset> out;
    for (const auto& a : assets_) {
      if (entity.empty() || a.entity == entity) out.push_back(a);
    }
    return out;
  }
  std::optional<Asset> asset(const std::string& code) const override {
    for (const auto& a : assets_) {
      if (a.code == code) return a;
    }
    return std::nullopt;
  }
  void add_asset(const Asset& asset) override { assets_.push_back(asset); }
  void record_disposal(const std::string& code, const AssetDisposal& disposal) override {
    for (auto& a : assets_) {
      if (a.code == code) a.disposal = disposal;
    }
  }
  void record_subsidy(const std::string& code, const InvestmentSubsidy& subsidy) override {
    for (auto& a : assets_) {
      if (a.code == code) a.subsidy = subsidy;
    }
  }

 private:
  std::vector<Asset> assets_;
};

class Annexes : public ::testing::Test {
 protected:
  void SetUp() override {
    Book(book_, book_).initialise(2025);
    post(entry("AT", "AN", "2025-01-01",
               {debit("215400", "10000.00"), credit("281500", "2000.00"), credit("102000", "8000.00")}));
    post(entry("AT", "AC", "2025-07-01", {debit("218300", "3000.00"), credit("404000", "3000.00")}));
    post(entry("AT", "OD", "2025-12-31", {debit("681100", "2000.00"), credit("281500", "2000.00")}));
  }
  void post(Transaction t) {
    const Date date = t.date;
    Book(book_, book_).post(std::move(t), true, date);
  }
  static Money euros(const char* text) { return Money::parse(text); }

  test::MemoryBook book_;
  MemoryAssetStore store_;
};

TEST_F(Annexes, FixedAssetsMoveFromTheOpeningToTheClosing) {
  const AssetRegister assets(store_, book_);
  const FixedAssetsAnnexe a = fixed_assets_annexe(book_, assets, "AT", 2025);
  ASSERT_EQ(a.gross.size(), 2u);
  EXPECT_EQ(a.gross[0].account, "215400");
  EXPECT_EQ(a.gross[0].opening, euros("10000.00"));
  EXPECT_EQ(a.gross[0].closing(), euros("10000.00"));
  EXPECT_EQ(a.gross[1].account, "218300");
  EXPECT_EQ(a.gross[1].increases, euros("3000.00"));
  EXPECT_EQ(a.gross[1].label, "Matériel de bureau et matériel informatique");
  ASSERT_EQ(a.depreciation.size(), 1u);
  EXPECT_EQ(a.depreciation[0].opening, euros("2000.00"));    // a credit, shown positive
  EXPECT_EQ(a.depreciation[0].increases, euros("2000.00"));  // the dotation
  EXPECT_EQ(a.depreciation[0].closing(), euros("4000.00"));
  // An empty register differs from the books on every account.
  ASSERT_EQ(a.notes.size(), 3u);
  EXPECT_EQ(a.notes[0].id, "fa.note.gross_differs");
  EXPECT_EQ(a.notes[0].amount, euros("-10000.00"));
  EXPECT_EQ(a.notes[2].id, "fa.note.depreciation_differs");
}

TEST_F(Annexes, TheRegisterIsCheckedAgainstTheBooks) {
  store_.add_asset({"FOUR-1", "AT", "Four", "215400", Date::from_ymd(2023, 1, 1), euros("10000.00"), 5, {}, {}, {}});
  store_.add_asset({"PC-1", "AT", "PC", "218300", Date::from_ymd(2025, 7, 1), euros("3000.00"), 3, {}, {}, {}});
  const AssetRegister assets(store_, book_);
  const FixedAssetsAnnexe a = fixed_assets_annexe(book_, assets, "AT", 2025);
  // The oven's 6,000.00 is booked; the computer's 6 months (504.11) are not.
  ASSERT_EQ(a.notes.size(), 2u) << a.notes[0].args[0].second;
  EXPECT_EQ(a.notes[0].args[0].second, "281500");
  EXPECT_EQ(a.notes[0].amount, euros("2000.00"));  // register 6,000.00, books 4,000.00
  EXPECT_EQ(a.notes[1].args[0].second, "281800");
  EXPECT_EQ(a.notes[1].amounts.at(0).second, euros("504.11"));
  const auto tables = fixed_assets_tables(a, Labels(Language::English));
  ASSERT_EQ(tables.size(), 2u);
  EXPECT_EQ(std::get<Code>(tables[1].rows[0].cells[0]).label, "Depreciation 281500: register 6000.00, books 4000.00");
  const auto& net = tables[0].rows.back();
  EXPECT_EQ(std::get<Money>(net.cells[7]), euros("9000.00"));  // 13,000.00 - 4,000.00
}

TEST_F(Annexes, DedicatedFundsPerCategoryAndAgreement) {
  post(entry("AT", "OD", "2025-12-31", {debit("689400", "1500.00"), credit("194000", "1500.00")}));
  GrantFundsProposal proposal;
  proposal.entity = "AT";
  proposal.year = 2025;
  proposal.rows = {
      {"G-A", "194000", 2025, euros("500.00"), {}, {}, euros("500.00"), euros("1000.00"), euros("1000.00")},
      {"G-B", "194000", 2025, {}, {}, {}, {}, euros("500.00"), euros("500.00")},
      {"G-C", "196000", 2025, {}, {}, {}, {}, euros("200.00"), euros("200.00")}};
  const DedicatedFundsAnnexe a = dedicated_funds_annexe(book_, proposal);
  ASSERT_EQ(a.lines.size(), 5u);  // G-A, G-B, total 194, G-C, total 196
  EXPECT_EQ(a.lines[2].grant, "");
  EXPECT_EQ(a.lines[2].opening, euros("500.00"));
  EXPECT_EQ(a.lines[2].allocated, euros("1500.00"));
  EXPECT_EQ(a.lines[2].released, euros("500.00"));
  EXPECT_EQ(a.lines[2].closing, euros("1500.00"));
  EXPECT_EQ(a.total.closing, euros("1700.00"));
  // 194 is booked; 196 is not yet.
  ASSERT_EQ(a.notes.size(), 1u);
  EXPECT_EQ(a.notes[0].args[0].second, "196000");
  EXPECT_EQ(a.notes[0].amount, euros("200.00"));
  const auto tables = dedicated_funds_tables(a, Labels(Language::English));
  EXPECT_EQ(std::get<std::string>(tables[0].rows[0].cells[2]), "Operating subsidies (194)");
  EXPECT_EQ(std::get<std::string>(tables[0].rows.back().cells[2]), "TOTAL");
  EXPECT_EQ(std::get<Money>(tables[0].rows.back().cells[6]), euros("1700.00"));
}

}  // namespace
}  // namespace comptoir
