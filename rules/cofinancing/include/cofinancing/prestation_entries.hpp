// The entries a co-financed prestation produces in AT's books: one sales
// invoice per payer with a share, then the bank receipt of each invoice.
#pragma once

#include <string>
#include <vector>

#include "cofinancing/cofinancing_split.hpp"
#include "cofinancing/prestation.hpp"
#include "core/transaction.hpp"

namespace comptoir {

// The invoices of a co-financed prestation: one validated sales entry (VE,
// AT) per payer with a non-zero share: debit 411000 / payer for the share
// HT + VAT, credit the prestation type's 706 account (tagged
// activity=prestations, commune=<code>) and the collected VAT account.
inline constexpr const char* prestation_entity = "AT";
inline constexpr const char* prestation_journal = "VE";
inline constexpr const char* receivable_account = "411000";

// The collected-VAT account of a rate: 1/5 → 445711, 1/10 → 445712,
// 11/200 → 445713; empty for 0. Throws Error(InvalidInput) for another rate.
[[nodiscard]] std::string collected_vat_account(const Rational& vat_rate);

// What `share` is invoiced TTC: share HT + VAT (share × rate, half-up).
[[nodiscard]] Money share_ttc(const Prestation& prestation, const CofinancingShare& share);

// The invoice's piece reference for one payer: "PR<id>-<payer>".
[[nodiscard]] std::string invoice_piece(const Prestation& prestation, const CofinancingShare& share);

// One draft transaction per share with a positive amount, dated `date`.
// VAT = share × rate, rounded half-up per invoice.
[[nodiscard]] std::vector<Transaction> build_prestation_invoices(const Prestation& prestation,
                                                                 const CofinancingSplit& split, Date date);

// The receipt of one payer's invoice of a prestation: a bank entry (BQ, AT)
// debit 512000, credit 411000 / payer for the invoice's TTC. Its 411000 line
// carries the tag prestation=<id>, which is how a payer's invoice is known to
// be settled (see PrestationDesk::pay).
inline constexpr const char* receipt_journal = "BQ";
inline constexpr const char* bank_account = "512000";
inline constexpr const char* prestation_tag = "prestation";  // tag key: prestation id

// The draft receipt of `share` (its whole TTC, share_ttc) dated `date`,
// piece "REG-PR<id>-<payer>". Throws Error(InvalidInput) for a zero share.
[[nodiscard]] Transaction build_prestation_receipt(const Prestation& prestation, const CofinancingShare& share,
                                                   Date date);

}  // namespace comptoir
