// Invoice entries of a co-financed prestation (see prestation_entries.hpp).
#include "cofinancing/prestation_entries.hpp"
#include "core/error.hpp"

namespace comptoir {

std::string collected_vat_account(const Rational& vat_rate) {
  if (vat_rate == 0) return "";
  if (vat_rate == Rational(1, 5)) return "445711";
  if (vat_rate == Rational(1, 10)) return "445712";
  if (vat_rate == Rational(11, 200)) return "445713";
  throw Error(ErrorKind::InvalidInput,
              "VAT rate " + to_decimal_string(vat_rate * 100, 2) + " %: expected 20 %, 10 %, 5.5 % or 0 %");
}

Money share_ttc(const Prestation& prestation, const CofinancingShare& share) {
  return share.amount + share.amount.times(prestation.vat_rate, RoundingMode::HalfUp);
}

std::string invoice_piece(const Prestation& prestation, const CofinancingShare& share) {
  return "PR" + std::to_string(prestation.id) + "-" + share.payer;
}

namespace {

Transaction invoice_of(const Prestation& p, const CofinancingShare& share, Date date) {
  const std::string vat_account = collected_vat_account(p.vat_rate);
  const Money vat = share.amount.times(p.vat_rate, RoundingMode::HalfUp);
  Transaction t =
      Transaction::draft(prestation_entity, prestation_journal, date, invoice_piece(p, share),
                         "Prestation " + to_string(p.type) + " " + p.commune + " - " + share.payer_name,
                         {Posting::debiting(receivable_account, share_ttc(p, share), {.auxiliary = share.payer}),
                          Posting::crediting(revenue_account(p.type), share.amount,
                                             {.tags = {{"activity", "prestations"}, {"commune", p.commune}}})});
  if (!vat.is_zero()) t.postings.push_back(Posting::crediting(vat_account, vat));
  return t;
}

}  // namespace

std::vector<Transaction> build_prestation_invoices(const Prestation& prestation, const CofinancingSplit& split,
                                                   Date date) {
  if (split.total() != prestation.price_ht) {
    throw Error(ErrorKind::Internal,
                "prestation " + std::to_string(prestation.id) + ": its split does not sum to its price HT");
  }
  std::vector<Transaction> invoices;
  for (const auto& share : split.shares) {
    if (share.amount.is_zero()) continue;
    invoices.push_back(invoice_of(prestation, share, date));
  }
  return invoices;
}

}  // namespace comptoir
