// The bank entry that settles one payer's invoice (see prestation_entries.hpp).
#include "cofinancing/prestation_entries.hpp"
#include "core/error.hpp"

namespace comptoir {

Transaction build_prestation_receipt(const Prestation& prestation, const CofinancingShare& share, Date date) {
  const Money amount = share_ttc(prestation, share);
  if (amount.is_zero()) {
    throw Error(ErrorKind::InvalidInput,
                share.payer + " has nothing to pay for prestation " + std::to_string(prestation.id));
  }
  const Tags tags{
      {"activity", "prestations"}, {"commune", prestation.commune}, {prestation_tag, std::to_string(prestation.id)}};
  return Transaction::draft(
      prestation_entity, receipt_journal, date, "REG-" + invoice_piece(prestation, share),
      "Règlement prestation " + std::to_string(prestation.id) + " " + prestation.commune + " - " + share.payer_name,
      {Posting::debiting(bank_account, amount),
       Posting::crediting(receivable_account, amount, {.auxiliary = share.payer, .tags = tags})});
}

}  // namespace comptoir
