// An entity's VAT over one return period (month or quarter), read from its
// validated postings: the period, collected VAT per rate, deductible VAT per
// account, the credit brought forward and the net due or credit, all exact
// in cents. The return (CA3 lines, settlement entry) is made from it in
// vat_return.hpp.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "core/book_reader.hpp"
#include "core/date.hpp"
#include "core/money.hpp"
#include "core/rational.hpp"
#include "vat/vat_rate.hpp"

namespace comptoir {

// A VAT return period: one calendar month or one calendar quarter. Its code
// names the return in piece references: "2025-03" or "2025-T1" (trimestre).
enum class VatPeriodKind { Month, Quarter };

struct VatPeriod {
  VatPeriodKind kind = VatPeriodKind::Month;
  int year = 0;
  int index = 1;  // month 1-12, or quarter 1-4

  [[nodiscard]] static VatPeriod month(int year, int month);
  [[nodiscard]] static VatPeriod quarter(int year, int quarter);
  // "2025-03", "2025-Q1" or "2025-T1". Throws Error(InvalidInput).
  [[nodiscard]] static VatPeriod parse(std::string_view text);

  [[nodiscard]] Date first_day() const;
  [[nodiscard]] Date last_day() const;
  [[nodiscard]] std::string code() const;  // "2025-03", "2025-T1"
  [[nodiscard]] bool overlaps(const VatPeriod& other) const;
};

// "month" | "quarter"; throws Error(InvalidInput) otherwise.
[[nodiscard]] VatPeriodKind parse_vat_period_kind(std::string_view text);
// The 12 months or 4 quarters of a calendar year, in order.
[[nodiscard]] std::vector<VatPeriod> vat_periods_of_year(int year, VatPeriodKind kind);

// One rate of VAT collected (TVA collectée) over a return period: the base
// excluding VAT and the tax, in cents.
struct VatCollectedLine {
  std::string rate_code;  // "20", "10", "5_5" (vat_rates.csv); "" for a 4457x account of no known rate
  Rational rate;          // 0 when unknown
  std::string label;
  std::string vat_account;  // 445711...
  Money base;               // base HT: the sales (70x) of the entries that carry this rate's VAT
  Money vat;                // credit - debit on vat_account
  // True when part of the base could not be read from a 70x posting and is
  // VAT / rate rounded half-up to the cent (an entry mixing rates on one 70x account).
  bool base_estimated = false;
};

// A VAT account and its movement over a period (debit - credit, in cents).
struct VatAccountAmount {
  std::string account;
  Money amount;  // debit - credit
};

// Account prefixes of the French chart used for VAT.
inline constexpr const char* vat_collected_prefix = "44571";     // TVA collectée (per rate: 445711...)
inline constexpr const char* vat_deductible_prefix = "4456";     // TVA déductible (except 44567)
inline constexpr const char* vat_fixed_assets_prefix = "44562";  // ... sur immobilisations
inline constexpr const char* vat_credit_account = "445670";      // crédit de TVA à reporter
inline constexpr const char* vat_payable_account = "445510";     // TVA à décaisser

// The statement itself: collected per rate, deductible per account, the
// credit brought forward, and the net due or credit derived from them.
struct VatStatement {
  std::string entity;
  VatPeriod period;
  std::vector<VatCollectedLine> collected;   // rates of vat_rates.csv in order, then unknown accounts
  std::vector<VatAccountAmount> deductible;  // per 4456x account (44567 excluded), debit - credit
  Money fixed_assets;                        // 44562x: CA3 line 19
  Money goods_and_services;                  // other 4456x: CA3 line 20
  Money credit_brought_forward;              // 445670 debit balance before the period: CA3 line 22
  // Per VAT account (4457x then 4456x) over the period, settlements left
  // out: what the settlement entry brings back to zero.
  std::vector<VatAccountAmount> movements;

  [[nodiscard]] Money collected_total() const;   // CA3 16: TVA brute
  [[nodiscard]] Money deductible_total() const;  // CA3 23 = 19 + 20 + 22
  [[nodiscard]] Money net_due() const;           // CA3 28: 16 - 23 when positive, else 0
  [[nodiscard]] Money credit() const;            // CA3 25: 23 - 16 when positive, else 0
};

// A VAT settlement (or a return entry made by hand): it moves VAT to
// 4455x (payable) or 44567 (credit). Such entries are left out of the
// period's figures, which would otherwise read zero once settled.
[[nodiscard]] bool is_vat_settlement(const Transaction& t);

// Accumulates the validated entries of one entity and period; used on the
// book (compute_vat_statement) and on the demo's queue of entries.
class VatStatementBuilder {
 public:
  VatStatementBuilder(std::string entity, VatPeriod period, std::vector<VatRate> rates);
  // Entries of another entity or dated outside the period, and settlements, are ignored.
  void add(const Transaction& t);
  // The 445670 debit balance (credit of earlier returns) before the period starts.
  void add_credit_brought_forward(Money balance) { credit_brought_forward_ += balance; }
  [[nodiscard]] VatStatement finish() const;

 private:
  void add_bases(const Transaction& t);
  std::string entity_;
  VatPeriod period_;
  std::vector<VatRate> rates_;
  std::vector<Money> base_, vat_;  // per rate of rates_
  std::vector<bool> estimated_;
  std::vector<VatAccountAmount> movements_;
  Money credit_brought_forward_;
};

// The statement of `entity` for `period` from its validated postings.
// Throws Error(NotFound) for an unknown entity, Error(InvalidInput) if the
// entity is not VAT-liable.
[[nodiscard]] VatStatement compute_vat_statement(const BookReader& reader, const std::string& entity,
                                                 const VatPeriod& period, const std::vector<VatRate>& rates);

}  // namespace comptoir
