// comptoir post: one transaction from options, or many from a CSV or JSON
// file, all or nothing; --validate validates them at once.
#include <iostream>
#include <vector>

#include "commands.hpp"
#include "core/book.hpp"
#include "core/error.hpp"
#include "input/posting_file_reader.hpp"
#include "progress_bar.hpp"

namespace comptoir::cli {
namespace {

struct PostOptions {
  std::string file;
  std::string input_format;  // csv | json (default: from the extension)
  std::string entity, journal, date, piece_ref, piece_date, label;
  std::vector<std::string> debits, credits, tags;
  bool validate = false;
  std::string validation_date;
};

// "606100=12.50" or "411000/COM-X=12.50".
Posting posting_of(const std::string& spec, bool debit) {
  const std::string what = std::string(debit ? "--debit" : "--credit") + " '" + spec + "'";
  auto eq = spec.rfind('=');
  if (eq == std::string::npos) throw Error(ErrorKind::InvalidInput, what + ": expected ACCOUNT[/AUXILIARY]=AMOUNT");
  Posting p;
  std::string account = spec.substr(0, eq);
  if (auto slash = account.find('/'); slash != std::string::npos) {
    p.auxiliary = account.substr(slash + 1);
    account.resize(slash);
  }
  p.account = account;
  try {
    (debit ? p.debit : p.credit) = Money::parse(spec.substr(eq + 1));
  } catch (const Error& e) {
    throw Error(e.kind(), what + ": " + e.what());
  }
  return p;
}

Transaction transaction_from_options(const PostOptions& o) {
  Transaction t;
  t.entity = o.entity;
  t.journal = o.journal;
  t.date = Date::parse(o.date);
  t.piece_ref = o.piece_ref;
  t.piece_date = o.piece_date.empty() ? t.date : Date::parse(o.piece_date);
  t.label = o.label;
  Tags tags;
  for (const auto& tag : o.tags) {
    for (auto& [k, v] : parse_tags(tag, "--tag")) tags[k] = v;
  }
  for (const auto& d : o.debits) t.postings.push_back(posting_of(d, true));
  for (const auto& c : o.credits) t.postings.push_back(posting_of(c, false));
  for (auto& p : t.postings) p.tags = tags;
  return t;
}

void run_post(const Context& ctx, const PostOptions& o) {
  const Date validation_date = o.validation_date.empty() ? ctx.today() : Date::parse(o.validation_date);
  auto store = ctx.open_for_write();
  Book book(*store, *store);
  auto scope = o.file.empty() ? book.begin() : store->begin_import();  // a file may hold millions of entries
  std::size_t count = 0;
  if (o.file.empty()) {
    if (o.entity.empty() || o.journal.empty() || o.date.empty() || o.label.empty()) {
      throw CLI::ValidationError("post", "without --file, --entity, --journal, --date and --label are required");
    }
    auto id = book.post(transaction_from_options(o), o.validate, validation_date);
    count = 1;
    scope->commit();
    std::cout << (o.validate ? "Validated" : "Posted draft") << " transaction id " << id << '\n';
    return;
  }
  std::string format = o.input_format;
  if (format.empty()) format = o.file.size() >= 5 && o.file.substr(o.file.size() - 5) == ".json" ? "json" : "csv";
  ProgressBar progress("Posting");
  // Checked and sealed one by one (errors name their place in the file),
  // stored by batches of 4096.
  std::vector<Transaction> batch;
  auto visit = [&](Transaction&& t, const std::string& location) {
    try {
      book.prepare(t, o.validate, validation_date);
    } catch (const Error& e) {
      throw Error(e.kind(), location + ": " + e.what());
    }
    batch.push_back(std::move(t));
    if (batch.size() == 4096) {
      book.store(batch);
      batch.clear();
    }
    if (++count % 1000 == 0) progress.count(count);
  };
  if (format == "json")
    read_posting_json(o.file, visit);
  else
    read_posting_csv(o.file, visit);
  book.store(batch);
  scope->commit();
  std::cout << (o.validate ? "Validated " : "Posted as drafts ") << count << " transactions from " << o.file << '\n';
}

}  // namespace

void register_post(CLI::App& app, Context& ctx) {
  auto o = std::make_shared<PostOptions>();
  auto* cmd =
      app.add_subcommand("post",
                         "Post one transaction from options, or many from a CSV/JSON file (all or nothing).\n"
                         "Example: comptoir post --entity AT --journal OD --date 2025-03-01 --label \"Frais\" \\\n"
                         "           --debit 625100=42.50 --credit 512000=42.50 --validate");
  cmd->add_option("--file", o->file, "CSV or JSON file of transactions (see README: Posting files)");
  cmd->add_option("--input-format", o->input_format, "csv or json (default: from the file extension)")
      ->check(CLI::IsMember({"csv", "json"}));
  cmd->add_option("--entity", o->entity, "AT or RES");
  cmd->add_option("--journal", o->journal, "Journal code: AC, VE, BQ, CA, OD, AN");
  cmd->add_option("--date", o->date, "Entry date YYYY-MM-DD");
  cmd->add_option("--ref", o->piece_ref, "Piece reference (supporting document)");
  cmd->add_option("--piece-date", o->piece_date, "Piece date (default: the entry date)");
  cmd->add_option("--label", o->label, "Label of the entry");
  cmd->add_option("--debit", o->debits, "ACCOUNT[/AUXILIARY]=AMOUNT, repeatable");
  cmd->add_option("--credit", o->credits, "ACCOUNT[/AUXILIARY]=AMOUNT, repeatable");
  cmd->add_option("--tag", o->tags,
                  "Analytic tag key=value on every posting, repeatable (activity=, grant=, commune=)");
  cmd->add_flag("--validate", o->validate, "Validate at once: number, hash, make immutable");
  cmd->add_option("--validation-date", o->validation_date, "Validation date (default: --today or the system date)");
  cmd->callback([&ctx, o] { run_post(ctx, *o); });
}

}  // namespace comptoir::cli
