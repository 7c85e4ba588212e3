// See filter_options.hpp.
#include "filter_options.hpp"

#include "context.hpp"
#include "core/error.hpp"

namespace comptoir::cli {
namespace {

Date date_option(const std::string& value, const char* option) {
  try {
    return Date::parse(value);
  } catch (const Error& e) {
    throw Error(ErrorKind::InvalidInput, std::string(option) + ": " + e.what());
  }
}

}  // namespace

void FilterOptions::add_to(CLI::App* cmd, bool with_journal) {
  cmd->add_option("--entity", entity, "AT or RES (default: both)");
  cmd->add_option("--year", year, fiscal_year_help);
  cmd->add_option("--from", from, "From date YYYY-MM-DD (inclusive)");
  cmd->add_option("--to", to, "To date YYYY-MM-DD (inclusive)");
  cmd->add_option("--account", account, "Account number or prefix (e.g. 6, 512, 706010)");
  if (with_journal) cmd->add_option("--journal", journal, "Journal code (AC, VE, BQ, CA, OD, AN)");
}

TransactionFilter FilterOptions::filter(StatusFilter status) const {
  TransactionFilter f;
  f.entity = entity;
  if (year != 0) f.fiscal_year = year;
  if (!from.empty()) f.from = date_option(from, "--from");
  if (!to.empty()) f.to = date_option(to, "--to");
  f.account_prefix = account;
  f.journal = journal;
  f.status = status;
  return f;
}

}  // namespace comptoir::cli
