// comptoir bank import|statements|match|unmatch|unmatched: bank statements
// (CAMT.053, OFX, CSV by profile) read and checked by rules/bank, stored by
// store/sqlite, matched with the bank account's postings; the listings
// come from reports/bank_reports.
#include <algorithm>
#include <charconv>
#include <fstream>
#include <iostream>
#include <set>
#include <sstream>

#include "bank/bank_desk.hpp"
#include "bank/bank_import.hpp"
#include "bank/bank_readers.hpp"
#include "bank/bank_rules.hpp"
#include "commands.hpp"
#include "core/book.hpp"
#include "core/error.hpp"
#include "reports/bank_reports.hpp"
#include "store/sqlite_bank_store.hpp"

namespace comptoir::cli {
namespace {

struct BankOptions {
  std::string file, entity, account = "512000", profile, to, rules, opening;
  bool again = false;
  bool automatic = false;
  int window = 5;
  std::vector<std::int64_t> items;  // match: postings; unmatch: a line
  std::string lines;                // match: a line, or lines separated by commas
};

std::string read_bank_bytes(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw Error(ErrorKind::NotFound, "cannot open the bank file " + path);
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

void bank_import(const Context& ctx, const BankOptions& o) {
  // The file is read and checked before the book is opened for writing.
  const BankFile file = read_bank_file(read_bank_bytes(o.file), o.file, o.profile);
  auto book = ctx.open_for_write();
  SqliteBankStore store(*book);
  auto scope = book->begin();
  BankImportOptions options{o.entity, o.account, o.again, std::nullopt};
  if (!o.opening.empty()) options.opening = Money::parse(o.opening);
  const BankImportSummary s = import_bank_file(file, options, store, *book);
  scope->commit();
  std::cout << "Imported " << s.statements << " statement(s), " << s.lines << " line(s) (" << to_string(file.format)
            << ") into " << o.entity << " " << o.account << ": balance " << s.opening.to_string() << " to "
            << s.closing.to_string() << "\n";
}

void bank_match(const Context& ctx, const BankOptions& o) {
  auto book = ctx.open_for_write();
  SqliteBankStore store(*book);
  BankDesk desk(store, *book);
  auto scope = book->begin();
  if (o.automatic) {
    if (!o.items.empty() || !o.lines.empty()) throw CLI::ValidationError("--auto", "takes no LINE or POSTING");
    if (o.entity.empty()) throw CLI::RequiredError("--entity");
    if (o.window < 0) throw CLI::ValidationError("--window", "must not be negative");
    BankMatchingOptions options;
    options.window_days = o.window;
    const BankAutoMatch done = desk.auto_match(o.entity, o.account, options);
    scope->commit();
    std::cout << "Matched " << done.lines_matched << " line(s) with " << done.postings_matched << " posting(s) in "
              << done.matches.size() << " match(es); unmatched: " << done.lines_left << " line(s), "
              << done.postings_left << " posting(s)\n";
    return;
  }
  if (o.lines.empty() || o.items.empty()) {
    throw CLI::ValidationError("LINE POSTING...", "name a statement line (or lines: 12,13) and its posting(s)");
  }
  std::vector<std::int64_t> lines;
  for (std::size_t start = 0; start <= o.lines.size();) {
    const std::size_t comma = std::min(o.lines.find(',', start), o.lines.size());
    const std::string id = o.lines.substr(start, comma - start);
    std::int64_t value = 0;
    const auto [end, error] = std::from_chars(id.data(), id.data() + id.size(), value);
    if (id.empty() || error != std::errc() || end != id.data() + id.size() || value <= 0) {
      throw CLI::ValidationError("LINE", "'" + id + "' is not a statement line's id");
    }
    lines.push_back(value);
    start = comma + 1;
  }
  const BankMatch m = desk.match(lines, o.items);
  scope->commit();
  std::cout << "Matched " << lines.size() << " line(s) with " << o.items.size() << " posting(s) (match " << m.id
            << ")\n";
}

void bank_unmatch(const Context& ctx, const BankOptions& o) {
  auto book = ctx.open_for_write();
  SqliteBankStore store(*book);
  BankDesk desk(store, *book);
  auto scope = book->begin();
  const BankMatch m = desk.unmatch(o.items.front());
  scope->commit();
  std::cout << "Unmatched " << m.lines.size() << " line(s) and " << m.postings.size() << " posting(s) (match " << m.id
            << ")\n";
}

// bank rules: a draft for each unmatched line a rule matches, unless an
// entry on the account already carries the line's reference as its piece
// (a draft proposed before, or its validated entry).
void bank_propose(const Context& ctx, const BankOptions& o) {
  const std::vector<BankRule> rules =
      o.rules.empty() ? default_bank_rules() : parse_bank_rules(read_bank_bytes(o.rules), o.rules);
  auto book = ctx.open_for_write();
  SqliteBankStore store(*book);
  const BankDesk desk(store, *book);
  const std::optional<Date> to = o.to.empty() ? std::nullopt : std::optional<Date>(Date::parse(o.to));
  std::vector<BankLine> lines = desk.unmatched(o.entity, o.account, to).lines;
  std::set<std::string> pieces;
  TransactionFilter filter;
  filter.entity = o.entity;
  filter.account_prefix = o.account;
  filter.status = StatusFilter::All;
  if (!lines.empty()) {
    filter.from = lines.front().booking_date;
    book->for_each_transaction(filter, [&](const Transaction& t) { pieces.insert(t.piece_ref); });
  }
  std::erase_if(lines, [&](const BankLine& l) { return pieces.count(l.reference) != 0; });
  const auto years = book->fiscal_years(o.entity);
  std::erase_if(lines, [&](const BankLine& l) {
    return std::any_of(years.begin(), years.end(),
                       [&](const FiscalYear& y) { return !y.is_open() && y.contains(l.booking_date); });
  });
  auto proposals = propose_bank_entries(lines, rules, o.entity, o.account);
  Book writer(*book, *book);
  auto scope = book->begin();
  std::vector<std::int64_t> ids;
  for (auto& p : proposals) ids.push_back(writer.post(p.draft, false, ctx.today()));
  scope->commit();
  std::cout << "Proposed " << proposals.size() << " draft entr" << (proposals.size() == 1 ? "y" : "ies") << " for "
            << lines.size() << " unmatched line(s) (validate them, then bank match --auto)\n";
  for (std::size_t i = 0; i < proposals.size(); ++i) {
    const auto& p = proposals[i];
    std::cout << "  draft " << ids[i] << ": line " << p.line.id << " " << p.line.booking_date.iso() << " "
              << p.line.amount.to_string() << " " << p.line.label << " -> " << p.rule->account
              << (p.rule->auxiliary.empty() ? "" : " " + p.rule->auxiliary) << " (" << p.rule->journal << ")\n";
  }
}

void add_bank_account_options(CLI::App& cmd, BankOptions& o, bool entity_required) {
  auto* entity = cmd.add_option("--entity", o.entity, "AT or RES");
  if (entity_required) entity->required();
  cmd.add_option("--account", o.account, "The bank account of the entity's chart (default 512000)");
}

}  // namespace

void register_bank(CLI::App& app, Context& ctx) {
  auto o = std::make_shared<BankOptions>();
  auto* cmd = app.add_subcommand("bank", "Bank statements: import, match with the books, what is left unmatched");
  cmd->require_subcommand(1);
  auto* import = cmd->add_subcommand(
      "import", "Import a bank statement file (camt.053 XML, OFX, or CSV with --profile), all or nothing");
  import->add_option("file", o->file, "The statement file")->required();
  add_bank_account_options(*import, *o, true);
  import->add_option("--profile", o->profile,
                     "CSV column profile: signed, debit-credit, credit-agricole, societe-generale, banque-populaire, "
                     "credit-mutuel");
  import->add_option("--opening", o->opening,
                     "Opening balance of a file that carries none (CSV), for the account's first statement (default: "
                     "the previous statement's closing balance, else 0)");
  import->add_flag("--again", o->again, "Import a file or lines imported before (refused otherwise, exit 4)");
  import->callback([&ctx, o] { bank_import(ctx, *o);
});

auto* statements = cmd->add_subcommand("statements", "The statements imported into an account");
add_bank_account_options(*statements, *o, true);
statements->callback([&ctx, o] {
  auto book = ctx.open_for_read();
  check_bank_account(*book, o->entity, o->account);
  SqliteBankStore store(*book);
  write_bank_statements(store.statements(o->entity, o->account), ctx.labels(), *ctx.table_writer());
});

auto* match = cmd->add_subcommand(
    "match", "Match statement lines with postings: --auto, or LINE POSTING... by hand (ids from bank unmatched)");
match->add_option("line", o->lines, "A statement line's id (or several, separated by commas)");
match->add_option("postings", o->items, "The ids of its postings");
match->add_flag("--auto", o->automatic,
                "Match by amount within the date window (labels and references break ties), then one line with "
                "several postings, several lines with one posting");
match->add_option("--window", o->window, "Days between a line and its posting for --auto (default 5)");
add_bank_account_options(*match, *o, false);
match->callback([&ctx, o] { bank_match(ctx, *o); });

auto* unmatch = cmd->add_subcommand("unmatch", "Undo the match of a statement line (with its whole match)");
unmatch->add_option("line", o->items, "The statement line's id")->required()->expected(1);
unmatch->callback([&ctx, o] { bank_unmatch(ctx, *o); });

auto* rules = cmd->add_subcommand(
    "rules", "Draft entries for unmatched lines from label rules (URSSAF, bank fees, card takings)");
add_bank_account_options(*rules, *o, true);
rules->add_option("--rules", o->rules,
                  "A rules file (entity;pattern;account;auxiliary;journal;tags;label; default: "
                  "the built-in rules)");
rules->add_option("--to", o->to, "Last date of the lines (YYYY-MM-DD; default: all)");
rules->callback([&ctx, o] { bank_propose(ctx, *o); });

auto* unmatched = cmd->add_subcommand("unmatched", "Statement lines and postings not matched, up to --to");
add_bank_account_options(*unmatched, *o, true);
unmatched->add_option("--to", o->to, "Last date (YYYY-MM-DD; default: all)");
unmatched->callback([&ctx, o] {
  auto book = ctx.open_for_read();
  SqliteBankStore store(*book);
  BankDesk desk(store, *book);
  const std::optional<Date> to = o->to.empty() ? std::nullopt : std::optional<Date>(Date::parse(o->to));
  write_bank_unmatched(desk.unmatched(o->entity, o->account, to), ctx.labels(), *ctx.table_writer());
});
}  // namespace comptoir::cli

}  // namespace comptoir::cli
