// comptoir prestation add|list|show|sign|deliver|invoice|pay: prestations
// sold by AT to communes, their split between funders and the commune
// (reste à charge), their status steps (quoted → signed → delivered →
// invoiced → paid), their invoices (one validated VE entry per payer) and
// the receipts that settle them (BQ).
#include <iostream>

#include "cofinancing/prestation_desk.hpp"
#include "commands.hpp"
#include "core/book.hpp"
#include "core/error.hpp"
#include "reports/cofinancing_reports.hpp"
#include "store/sqlite_cofinancing_store.hpp"

namespace comptoir::cli {
namespace {

struct PrestationOptions {
  std::string commune, type, label, price, vat = "20%", date, invoice_date, payer;
  std::int64_t id = 0;
};

// The table, then under it in text the legend of starred payers.
void write_legend(const Context& ctx, bool any_cap) {
  if (any_cap && ctx.format() == OutputFormat::Text) ctx.out() << ctx.labels()("prestation.cap_legend") << '\n';
}

void add_prestation(const Context& ctx, const PrestationOptions& o) {
  Prestation p;
  p.commune = o.commune;
  p.type = parse_prestation_type(o.type);
  p.label = o.label;
  p.price_ht = Money::parse(o.price);
  p.vat_rate = parse_rational(o.vat);
  p.date = Date::parse(o.date);
  auto store = ctx.open_for_write();
  SqliteCofinancingStore cofinancing(*store);
  Book book(*store, *store);
  PrestationDesk desk(cofinancing, book);
  auto scope = book.begin();
  p.id = desk.add_prestation(p);
  scope->commit();
  if (ctx.format() == OutputFormat::Text) std::cout << "Added prestation " << p.id << '\n';
  const bool cap_reached = write_prestation(cofinancing, p.id, ctx.labels(), *ctx.table_writer());
  write_legend(ctx, cap_reached);
  if (cap_reached && ctx.format() == OutputFormat::Text) ctx.out() << ctx.labels()("prestation.cap_note") << '\n';
}

void list_prestations(const Context& ctx, const PrestationOptions& o, bool one) {
  auto store = ctx.open_for_read();
  SqliteCofinancingStore cofinancing(*store);
  const auto out = ctx.table_writer();
  write_legend(ctx, one ? write_prestation(cofinancing, o.id, ctx.labels(), *out)
                        : write_prestations(cofinancing, o.commune, ctx.labels(), *out));
}

void invoice_prestation(const Context& ctx, const PrestationOptions& o) {
  auto store = ctx.open_for_write();
  SqliteCofinancingStore cofinancing(*store);
  Book book(*store, *store);
  PrestationDesk desk(cofinancing, book);
  auto scope = book.begin();
  const auto p = cofinancing.prestation(o.id);
  if (!p) throw Error(ErrorKind::NotFound, "unknown prestation " + std::to_string(o.id));
  const Date date = o.invoice_date.empty() ? p->date : Date::parse(o.invoice_date);
  const auto ids = desk.invoice(o.id, date, ctx.today());
  scope->commit();
  std::cout << "Invoiced prestation " << o.id << ": " << ids.size() << " validated entr"
            << (ids.size() == 1 ? "y" : "ies") << " in VE (AT)\n";
  for (auto id : ids) {
    if (auto t = store->transaction(id)) {
      std::cout << "  " << t->reference() << "  " << t->piece_ref << "  " << t->total_debit().to_string() << '\n';
    }
  }
}

// sign and deliver: a status step, checked against the prestation's date.
void advance_prestation(const Context& ctx, const PrestationOptions& o, PrestationStatus to) {
  auto store = ctx.open_for_write();
  SqliteCofinancingStore cofinancing(*store);
  Book book(*store, *store);
  PrestationDesk desk(cofinancing, book);
  auto scope = book.begin();
  const Date date = o.date.empty() ? ctx.today() : Date::parse(o.date);
  if (to == PrestationStatus::Signed) {
    desk.sign(o.id, date);
  } else {
    desk.deliver(o.id, date);
  }
  scope->commit();
  std::cout << "Prestation " << o.id << " " << to_string(to) << " on " << date.iso() << '\n';
}

void pay_prestation(const Context& ctx, const PrestationOptions& o) {
  auto store = ctx.open_for_write();
  SqliteCofinancingStore cofinancing(*store);
  Book book(*store, *store);
  PrestationDesk desk(cofinancing, book);
  auto scope = book.begin();
  const std::int64_t id = desk.pay(o.id, o.payer, Date::parse(o.date), ctx.today());
  scope->commit();
  const auto t = store->transaction(id);
  const auto p = cofinancing.prestation(o.id);
  std::cout << "Received " << t->total_debit().to_string() << " from " << o.payer << " for prestation " << o.id << ": "
            << t->reference() << "  " << t->piece_ref << " (BQ, AT); status " << to_string(p->status) << '\n';
}

}  // namespace

void register_prestation(CLI::App& app, Context& ctx) {
  auto o = std::make_shared<PrestationOptions>();
  auto* cmd = app.add_subcommand("prestation",
                                 "Prestations to communes: add (computes the co-financing split), "
                                 "list, show, sign, deliver, invoice, pay");
  cmd->require_subcommand(1);
  auto* add = cmd->add_subcommand("add", "Add a prestation and compute its split between funders and the commune");
  add->add_option("--commune", o->commune, "Commune code")->required();
  add->add_option("--type", o->type, "feasibility, recruitment, opening-support or operation-support")->required();
  add->add_option("--price", o->price, "Price HT in euros, e.g. 12000 or 12 000,00")->required();
  add->add_option("--vat", o->vat, "VAT rate (default 20%)");
  add->add_option("--date", o->date, "Date of the prestation (YYYY-MM-DD): caps and rule dates use it")->required();
  add->add_option("--label", o->label, "Free label");
  add->callback([&ctx, o] { add_prestation(ctx, *o); });

  auto* list = cmd->add_subcommand("list", "List prestations (date order) with their splits");
  list->add_option("--commune", o->commune, "Only this commune");
  list->callback([&ctx, o] { list_prestations(ctx, *o, false); });
  auto* show = cmd->add_subcommand("show", "Show one prestation and its split");
  show->add_option("id", o->id, "Prestation number")->required();
  show->callback([&ctx, o] { list_prestations(ctx, *o, true); });

  auto* sign = cmd->add_subcommand("sign", "Record that the commune signed the quote (quoted -> signed)");
  sign->add_option("id", o->id, "Prestation number")->required();
  sign->add_option("--date", o->date, "Date of signature (YYYY-MM-DD, default today)");
  sign->callback([&ctx, o] { advance_prestation(ctx, *o, PrestationStatus::Signed); });
  auto* deliver = cmd->add_subcommand("deliver", "Record that the prestation was delivered (signed -> delivered)");
  deliver->add_option("id", o->id, "Prestation number")->required();
  deliver->add_option("--date", o->date, "Date of delivery (YYYY-MM-DD, default today)");
  deliver->callback([&ctx, o] { advance_prestation(ctx, *o, PrestationStatus::Delivered); });

  auto* invoice = cmd->add_subcommand("invoice",
                                      "Post one validated invoice per payer (journal VE of AT); "
                                      "the prestation must be delivered");
  invoice->add_option("id", o->id, "Prestation number")->required();
  invoice->add_option("--date", o->invoice_date, "Invoice date (default: the prestation's date)");
  invoice->callback([&ctx, o] { invoice_prestation(ctx, *o); });

  auto* pay = cmd->add_subcommand("pay",
                                  "Record a payer's settlement of its invoice: validated receipt "
                                  "512000 / 411000 in BQ; paid once every payer has paid");
  pay->add_option("id", o->id, "Prestation number")->required();
  pay->add_option("--payer", o->payer, "Payer code: the commune or a funder (see prestation show)")->required();
  pay->add_option("--date", o->date, "Date of the payment (YYYY-MM-DD)")->required();
  pay->callback([&ctx, o] { pay_prestation(ctx, *o); });
}

}  // namespace comptoir::cli
