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
  Transaction t;
  t.entity = prestation_entity;
  t.journal = receipt_journal;
  t.date = date;
  t.piece_date = date;
  t.piece_ref = "REG-" + invoice_piece(prestation, share);
  t.label =
      "Règlement prestation " + std::to_string(prestation.id) + " " + prestation.commune + " - " + share.payer_name;
  t.postings.push_back(Posting{bank_account, "", amount, Money{}, "", {}});
  t.postings.push_back(Posting{receivable_account, share.payer, Money{}, amount, "",
                               Tags{{"activity", "prestations"},
                                    {"commune", prestation.commune},
                                    {prestation_tag, std::to_string(prestation.id)}}});
  return t;
}

}  // namespace comptoir
