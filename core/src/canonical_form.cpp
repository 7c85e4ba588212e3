// Canonical form and chain hash of validated transactions.
#include "core/hash_chain.hpp"
#include "core/sha256.hpp"

namespace comptoir {
namespace {

constexpr char field_sep = '\x1f';
constexpr char record_sep = '\x1e';

void field(std::string& out, const std::string& value) {
  out += value;
  out += field_sep;
}

}  // namespace

std::string canonical_form(const Transaction& t) {
  std::string out;
  out.reserve(256 + t.postings.size() * 96);
  field(out, "v1");
  field(out, t.entity);
  field(out, std::to_string(t.fiscal_year));
  field(out, std::to_string(t.sequence));
  field(out, std::to_string(t.chain_position));
  field(out, t.journal);
  field(out, t.date.iso());
  field(out, t.piece_ref);
  field(out, t.piece_date.iso());
  field(out, t.label);
  field(out, t.validation_date ? t.validation_date->iso() : std::string());
  for (const auto& p : t.postings) {
    out += record_sep;
    field(out, p.account);
    field(out, p.auxiliary);
    field(out, std::to_string(p.debit.cents()));
    field(out, std::to_string(p.credit.cents()));
    field(out, p.label);
    for (const auto& [key, value] : p.tags) field(out, key + "=" + value);
  }
  return out;
}

std::string chain_hash(const std::string& previous_hash, const Transaction& t) {
  return sha256_hex(previous_hash + "\n" + canonical_form(t));
}

const std::string& genesis_hash() {
  static const std::string zeros(64, '0');
  return zeros;
}

}  // namespace comptoir
