// The straight-line depreciation schedule prorata temporis: hand-checked
// examples, the data file of depreciation accounts, the checks, and the
// property that any schedule sums exactly to its base.
#include <gtest/gtest.h>
#include <rapidcheck.h>

#include "assets/asset.hpp"
#include "core/error.hpp"

namespace comptoir {
namespace {

Money eur(const char* text) {
  return Money::parse(text);
}

Asset machine() {
  Asset a;
  a.code = "FOUR-1";
  a.entity = "AT";
  a.label = "Four à pain";
  a.account = "215400";
  a.in_service = Date::from_ymd(2025, 4, 1);
  a.cost = eur("12000.00");
  a.life_years = 5;
  return a;
}

std::vector<FiscalYear> calendar_years(int first, int last) {
  std::vector<FiscalYear> years;
  for (int y = first; y <= last; ++y) years.push_back(calendar_fiscal_year(y));
  return years;
}

Money sum_of_charges(const std::vector<DepreciationYear>& schedule) {
  Money total;
  for (const auto& y : schedule) total += y.charge;
  return total;
}

// 12,000.00 over 5 years from 2025-04-01, calendar years: annual 2,400.00.
// 2025: 2400 × 275/365 = 1,808.2191… → 1,808.22 (275 days, Apr 1 – Dec 31)
// 2026..2029: 2,400.00 each (accumulated 4,208.22 … 11,408.22)
// 2030: the remainder, 12,000.00 − 11,408.22 = 591.78 (= 2400 × 90/365)
// Total 12,000.00.
TEST(AssetSchedule, HandCheckedCalendarYears) {
  const auto schedule = depreciation_schedule(machine(), calendar_years(2025, 2025));
  ASSERT_EQ(schedule.size(), 6U);
  EXPECT_EQ(schedule[0].year.year, 2025);
  EXPECT_EQ(schedule[0].days, 275);
  EXPECT_EQ(schedule[0].charge, eur("1808.22"));
  for (std::size_t i = 1; i <= 4; ++i) EXPECT_EQ(schedule[i].charge, eur("2400.00")) << i;
  EXPECT_EQ(schedule[4].closing, eur("11408.22"));
  EXPECT_EQ(schedule[5].year.year, 2030);
  EXPECT_EQ(schedule[5].charge, eur("591.78"));
  EXPECT_EQ(schedule[5].closing, eur("12000.00"));
  EXPECT_EQ(schedule[5].net_book_value, Money());
  EXPECT_EQ(sum_of_charges(schedule), eur("12000.00"));
  EXPECT_EQ(schedule[2].opening, schedule[1].closing);
}

// A residual value: 10,000.00 − 1,000.00 = 9,000.00 over 3 years from
// 2025-01-01: 3,000.00 a year, nothing left for a fourth year.
TEST(AssetSchedule, ResidualValueIsNotDepreciated) {
  Asset a = machine();
  a.cost = eur("10000.00");
  a.residual = eur("1000.00");
  a.life_years = 3;
  a.in_service = Date::from_ymd(2025, 1, 1);
  const auto schedule = depreciation_schedule(a, calendar_years(2025, 2025));
  ASSERT_EQ(schedule.size(), 3U);
  EXPECT_EQ(schedule[0].charge, eur("3000.00"));
  EXPECT_EQ(schedule[2].closing, eur("9000.00"));
  EXPECT_EQ(schedule[2].net_book_value, eur("1000.00"));
}

// Fiscal years 1 September – 31 August: in service 2025-04-01, year 2025
// ends 2025-08-31: 153 days of 365 → 2400 × 153/365 = 1,006.0273… → 1,006.03.
TEST(AssetSchedule, FiscalYearsOfAnyDates) {
  const std::vector<FiscalYear> years{twelve_months_from(Date::from_ymd(2024, 9, 1))};
  const auto schedule = depreciation_schedule(machine(), years);
  ASSERT_EQ(schedule.front().year.year, 2025);
  EXPECT_EQ(schedule.front().days, 153);
  EXPECT_EQ(schedule.front().charge, eur("1006.03"));
  EXPECT_EQ(schedule[1].year.start, Date::from_ymd(2025, 9, 1));
  EXPECT_EQ(schedule[1].charge, eur("2400.00"));
  EXPECT_EQ(sum_of_charges(schedule), eur("12000.00"));
}

// A first year of 18 months (2024-07-01..2025-12-31) used in full: 549 days
// of the 365 of 2025's twelve months → 2400 × 549/365 = 3,609.8630… → 3,609.86.
TEST(AssetSchedule, LongFirstYearGetsMoreThanOneAnnualCharge) {
  Asset a = machine();
  a.in_service = Date::from_ymd(2024, 7, 1);
  const std::vector<FiscalYear> years{fiscal_year_between(Date::from_ymd(2024, 7, 1), Date::from_ymd(2025, 12, 31))};
  const auto schedule = depreciation_schedule(a, years);
  EXPECT_EQ(schedule.front().days, 549);
  EXPECT_EQ(schedule.front().charge, eur("3609.86"));
  EXPECT_EQ(sum_of_charges(schedule), eur("12000.00"));
}

// Disposed of on 2027-06-30: 2027 = 2400 × 181/365 = 1,190.1369… → accumulated
// 4,208.2191… + 1,190.1369… = 5,398.3561… → 5,398.36, charge 1,190.14.
TEST(AssetSchedule, DisposalStopsAtItsDate) {
  Asset a = machine();
  a.disposal = AssetDisposal{Date::from_ymd(2027, 6, 30), eur("5000.00")};
  const auto schedule = depreciation_schedule(a, calendar_years(2025, 2027));
  ASSERT_EQ(schedule.size(), 3U);
  EXPECT_TRUE(schedule[2].disposed);
  EXPECT_EQ(schedule[2].days, 181);
  EXPECT_EQ(schedule[2].charge, eur("1190.14"));
  EXPECT_EQ(schedule[2].closing, eur("5398.36"));
  EXPECT_EQ(schedule[2].net_book_value, eur("6601.64"));
  EXPECT_FALSE(depreciation_in_year(a, calendar_years(2025, 2028), calendar_fiscal_year(2028)));
}

// An asset older than the book (years from 2024-09-01): the earlier years
// are the 12 months on the same closing day. 1,000.00 over 10 years from
// 2019-06-15: 2019 (2018-09-01..2019-08-31) = 100 × 78/365 = 21.37; the
// book's year 2025 opens at 521.37; the life ends 2029-06-14, 287 days
// into 2029, which takes the remainder 78.63.
TEST(AssetSchedule, AnAssetOlderThanTheBook) {
  Asset a = machine();
  a.cost = eur("1000.00");
  a.life_years = 10;
  a.in_service = Date::from_ymd(2019, 6, 15);
  const std::vector<FiscalYear> years{twelve_months_from(Date::from_ymd(2024, 9, 1))};
  const auto schedule = depreciation_schedule(a, years);
  ASSERT_EQ(schedule.size(), 11U);
  EXPECT_EQ(schedule.front().year.start, Date::from_ymd(2018, 9, 1));
  EXPECT_EQ(schedule.front().days, 78);
  EXPECT_EQ(schedule.front().charge, eur("21.37"));
  EXPECT_EQ(depreciation_in_year(a, years, years.front())->opening, eur("521.37"));
  EXPECT_EQ(schedule.back().days, 287);
  EXPECT_EQ(schedule.back().charge, eur("78.63"));
  EXPECT_EQ(sum_of_charges(schedule), eur("1000.00"));
}

TEST(AssetSchedule, YearLines) {
  const auto years = calendar_years(2024, 2031);
  EXPECT_FALSE(depreciation_in_year(machine(), years, calendar_fiscal_year(2024)));
  const auto y2026 = depreciation_in_year(machine(), years, calendar_fiscal_year(2026));
  ASSERT_TRUE(y2026);
  EXPECT_EQ(y2026->opening, eur("1808.22"));
  EXPECT_EQ(y2026->charge, eur("2400.00"));
  const auto y2031 = depreciation_in_year(machine(), years, calendar_fiscal_year(2031));
  ASSERT_TRUE(y2031);  // fully depreciated, still in the books
  EXPECT_EQ(y2031->charge, Money());
  EXPECT_EQ(y2031->opening, eur("12000.00"));
  EXPECT_EQ(y2031->net_book_value, Money());
}

TEST(AssetSchedule, ChecksRefuseBadAssets) {
  auto refused = [](auto change) {
    Asset a = machine();
    change(a);
    try {
      check_asset(a);
    } catch (const Error& e) {
      return e.kind() == ErrorKind::InvalidInput;
    }
    return false;
  };
  EXPECT_TRUE(refused([](Asset& a) { a.cost = Money(); }));
  EXPECT_TRUE(refused([](Asset& a) { a.cost = eur("-1.00"); }));
  EXPECT_TRUE(refused([](Asset& a) { a.life_years = 0; }));
  EXPECT_TRUE(refused([](Asset& a) { a.residual = a.cost; }));
  EXPECT_TRUE(refused([](Asset& a) { a.disposal = AssetDisposal{Date::from_ymd(2025, 3, 31), Money()}; }));
  EXPECT_TRUE(refused([](Asset& a) { a.subsidy = InvestmentSubsidy{"139000", eur("100.00")}; }));
  EXPECT_TRUE(refused([](Asset& a) { a.subsidy = InvestmentSubsidy{"741000", eur("100.00")}; }));
  EXPECT_TRUE(refused([](Asset& a) { a.subsidy = InvestmentSubsidy{"131000", Money()}; }));
  EXPECT_TRUE(refused([](Asset& a) { a.subsidy = InvestmentSubsidy{"131000", eur("12000.01")}; }));
  EXPECT_FALSE(refused([](Asset& a) { a.subsidy = InvestmentSubsidy{"131000", eur("12000.00")}; }));
  EXPECT_FALSE(refused([](Asset&) {}));
}

TEST(DepreciationAccounts, LongestPrefixOfTheShippedTable) {
  const auto& table = default_depreciation_accounts();
  const auto tools = depreciation_accounts_for(table, "215400");
  ASSERT_TRUE(tools);
  EXPECT_EQ(tools->depreciation_account, "281500");
  EXPECT_EQ(tools->expense_account, "681100");
  EXPECT_EQ(depreciation_accounts_for(table, "218300")->depreciation_account, "281800");
  EXPECT_FALSE(depreciation_accounts_for(table, "211000"));  // land
  EXPECT_FALSE(depreciation_accounts_for(table, "607000"));
}

TEST(DepreciationAccounts, BadRowsAreRefused) {
  EXPECT_THROW(
      (void)parse_depreciation_accounts("prefix;depreciation_account;expense_account\n607;281500;681100\n", "t"),
      Error);
  EXPECT_THROW((void)parse_depreciation_accounts("218;401000;681100\n", "t"), Error);
  EXPECT_THROW((void)parse_depreciation_accounts("218;281800;681100\n218;281800;681100\n", "t"), Error);
}

// A subsidy of 5,000.00 on the 12,000.00 machine: each year's closing share
// is 5000 × accumulated ÷ 12000, rounded half-up. 2025: 5000 × 1808.22 ÷
// 12000 = 753.425 → 753.43; 2026: 5000 × 4208.22 ÷ 12000 = 1753.425 →
// 1753.43, so 1,000.00 released; 2030 takes what is left.
TEST(SubsidyRelease, FollowsTheDepreciationAndSumsToTheSubsidy) {
  Asset a = machine();
  a.subsidy = InvestmentSubsidy{"131000", eur("5000.00")};
  const auto schedule = depreciation_schedule(a, calendar_years(2025, 2025));
  EXPECT_EQ(subsidy_release(a, schedule[0]), eur("753.43"));
  EXPECT_EQ(subsidy_release(a, schedule[1]), eur("1000.00"));
  Money total;
  for (const auto& y : schedule) total += subsidy_release(a, y);
  EXPECT_EQ(total, eur("5000.00"));
  EXPECT_EQ(subsidy_release(machine(), schedule[0]), Money()) << "no subsidy, nothing released";
}

// Disposed of on 2027-06-30: 1,753.43 released by 2026, the rest in 2027.
TEST(SubsidyRelease, TheDisposalYearReleasesTheRest) {
  Asset a = machine();
  a.subsidy = InvestmentSubsidy{"131000", eur("5000.00")};
  a.disposal = AssetDisposal{Date::from_ymd(2027, 6, 30), eur("5000.00")};
  const auto schedule = depreciation_schedule(a, calendar_years(2025, 2027));
  EXPECT_EQ(subsidy_release(a, schedule[2]), eur("3246.57"));
}

TEST(AssetAccounts, ShippedTableAndBadRows) {
  const AssetAccounts& accounts = default_asset_accounts();
  EXPECT_EQ(accounts.disposal_book_value, "652000");
  EXPECT_EQ(accounts.disposal_proceeds, "757000");
  EXPECT_EQ(accounts.disposal_receivable, "462000");
  EXPECT_EQ(accounts.subsidy_released, "139000");
  EXPECT_EQ(accounts.subsidy_income, "747000");
  EXPECT_THROW((void)parse_asset_accounts("role;account\ndisposal_book_value;652000\n", "t"), Error);  // roles missing
  EXPECT_THROW((void)parse_asset_accounts("nonsense;652000\n", "t"), Error);
}

// Any schedule that runs its course sums to the base, to the cent; each
// year's opening is the previous closing; no charge is negative; the
// releases of a subsidy sum to it.
TEST(AssetScheduleProperty, ChargesSumExactlyToTheBase) {
  const bool ok = rc::check("depreciation schedules", [] {
    Asset a = machine();
    a.cost = Money::from_cents(*rc::gen::inRange<std::int64_t>(1, 1'000'000'000));
    a.residual = Money::from_cents(*rc::gen::inRange<std::int64_t>(0, a.cost.cents()));
    a.life_years = *rc::gen::inRange(1, 41);
    a.in_service = Date::from_ymd(2020, 1, 1).plus_days(*rc::gen::inRange(0, 3000));
    const std::vector<FiscalYear> years{
        twelve_months_from(Date::from_ymd(2019, 1, 1).plus_days(*rc::gen::inRange(0, 365)))};
    a.subsidy = InvestmentSubsidy{"131000", Money::from_cents(*rc::gen::inRange<std::int64_t>(1, a.cost.cents() + 1))};
    const auto schedule = depreciation_schedule(a, years);
    RC_ASSERT(sum_of_charges(schedule) == a.depreciable_base());
    Money released;
    for (const auto& y : schedule) released += subsidy_release(a, y);
    RC_ASSERT(released == a.subsidy->amount);
    RC_ASSERT(schedule.back().closing == a.depreciable_base());
    RC_ASSERT(static_cast<int>(schedule.size()) <= a.life_years + 1);
    Money previous;
    for (const auto& y : schedule) {
      RC_ASSERT(y.opening == previous);
      RC_ASSERT(!y.charge.is_negative());
      previous = y.closing;
    }
  });
  EXPECT_TRUE(ok);
}

}  // namespace
}  // namespace comptoir
