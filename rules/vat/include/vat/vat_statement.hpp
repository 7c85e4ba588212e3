// An entity's VAT over one return period (month or quarter), read from its
// validated postings: collected per rate, deductible per account, the credit
// brought forward and the net due or credit, all exact in cents. The CA3
// form (whole euros) is derived from it in vat_ca3.hpp.
#pragma once

#include <string>
#include <vector>

#include "core/book_reader.hpp"
#include "vat/vat_account_amount.hpp"
#include "vat/vat_collected_line.hpp"
#include "vat/vat_period.hpp"
#include "vat/vat_rate.hpp"

namespace comptoir {

// Account prefixes of the French chart used for VAT.
inline constexpr const char* vat_collected_prefix = "44571";      // TVA collectée (per rate: 445711...)
inline constexpr const char* vat_deductible_prefix = "4456";      // TVA déductible (except 44567)
inline constexpr const char* vat_fixed_assets_prefix = "44562";   // ... sur immobilisations
inline constexpr const char* vat_credit_account = "445670";       // crédit de TVA à reporter
inline constexpr const char* vat_payable_account = "445510";      // TVA à décaisser

struct VatStatement {
  std::string entity;
  VatPeriod period;
  std::vector<VatCollectedLine> collected;       // rates of vat_rates.csv in order, then unknown accounts
  std::vector<VatAccountAmount> deductible;      // per 4456x account (44567 excluded), debit - credit
  Money fixed_assets;                            // 44562x: CA3 line 19
  Money goods_and_services;                      // other 4456x: CA3 line 20
  Money credit_brought_forward;                  // 445670 debit balance before the period: CA3 line 22
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
  std::vector<Money> base_, vat_;   // per rate of rates_
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
