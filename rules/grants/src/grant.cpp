// The well-formedness rules of an agreement and the text forms of tranche
// kinds.
#include "grants/grant.hpp"

#include "core/error.hpp"
#include "grants/grant_funds.hpp"

namespace comptoir {
namespace {

bool starts_with(const std::string& text, const char* prefix) {
  return text.rfind(prefix, 0) == 0;
}

bool is_code_char(char c) {
  return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '_' || c == '.';
}

void require(bool ok, const Grant& grant, const std::string& field, const std::string& message) {
  if (!ok) throw Error(ErrorKind::InvalidInput, "grant " + grant.code + ": field '" + field + "': " + message);
}

}  // namespace

void check_grant(const Grant& grant) {
  if (grant.code.empty()) throw Error(ErrorKind::InvalidInput, "a grant needs a code");
  for (char c : grant.code) {
    require(is_code_char(c), grant, "code", "use letters, digits, '-', '_' or '.' only");
  }
  require(!grant.entity.empty(), grant, "entity", "empty");
  require(!grant.funder.empty(), grant, "funder", "empty (the funder's auxiliary account code)");
  require(!grant.awarded.is_negative() && !grant.awarded.is_zero(), grant, "amount",
          "the amount awarded must be positive, got " + grant.awarded.to_string());
  require(grant.start <= grant.end, grant, "period",
          "the end " + grant.end.iso() + " is before the start " + grant.start.iso());
  require(starts_with(grant.income_account, "74") || starts_with(grant.income_account, "75"), grant, "income account",
          "expected a 74x subsidy or 75x aid account, got '" + grant.income_account + "'");
  if (grant.earmarked) (void)grant_funds_accounts(grant.income_account);
  require(starts_with(grant.receivable_account, "441") || starts_with(grant.receivable_account, "467"), grant,
          "receivable account", "expected 441x (public) or 467x (private), got '" + grant.receivable_account + "'");
  require(!grant.tag_key.empty(), grant, "tag", "the tag key is empty");
}

std::string to_string(GrantTrancheKind kind) {
  return kind == GrantTrancheKind::Call ? "call" : "receipt";
}

GrantTrancheKind parse_grant_tranche_kind(std::string_view text) {
  if (text == "call") return GrantTrancheKind::Call;
  if (text == "receipt") return GrantTrancheKind::Receipt;
  throw Error(ErrorKind::InvalidInput, "grant tranche kind '" + std::string(text) + "': expected call or receipt");
}

}  // namespace comptoir
