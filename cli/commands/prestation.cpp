// comptoir prestation add|list|show|sign|deliver|invoice|pay: prestations
// sold by AT to communes, their split between funders and the commune
// (reste à charge), their status steps (quoted → signed → delivered →
// invoiced → paid), their invoices (one validated VE entry per payer) and
// the receipts that settle them (BQ).
#include <algorithm>
#include <iostream>

#include "commands.hpp"
#include "core/book.hpp"
#include "core/error.hpp"
#include "cofinancing/prestation_desk.hpp"
#include "store/sqlite_cofinancing_store.hpp"

namespace comptoir::cli {
namespace {

struct PrestationOptions {
  std::string commune, type, label, price, vat = "20%", date, invoice_date, payer;
  std::int64_t id = 0;
};

// Text: a localised note; CSV and JSON: a stable true/false.
std::string cap_note(const CofinancingShare& s, bool fr, bool text) {
  if (!text) return s.cap_reached ? "true" : "false";
  if (!s.cap_reached) return "";
  return fr ? "plafond atteint" : "cap reached";
}

// The type as a reader says it, for text listings (CSV/JSON keep the code).
std::string type_label(PrestationType type, bool fr) {
  switch (type) {
    case PrestationType::Feasibility:
      return fr ? "étude de faisabilité" : "feasibility study";
    case PrestationType::Recruitment:
      return fr ? "recrutement" : "recruitment";
    case PrestationType::OpeningSupport:
      return fr ? "aide à l'ouverture" : "opening support";
    case PrestationType::OperationSupport:
      return fr ? "aide au fonctionnement" : "operation support";
  }
  return to_string(type);
}

// The payer as text shows it: the funder's code, starred when its cap is
// reached (legend under the table); "commune" for the remaining share.
std::string text_payer(const CofinancingShare& s) {
  if (s.is_commune()) return "commune";  // the reste à charge; same word in English
  return s.payer + (s.cap_reached ? "*" : "");
}

// One row per share of each prestation. Text keeps to 80 columns with whole
// commune codes and the type in words, so it leaves out the date (rows come
// in date order), status, price (the sum of the shares) and payer name; CSV
// and JSON carry every field with stable codes.
void write_splits(const Context& ctx, const SqliteCofinancingStore& store, const std::vector<Prestation>& list) {
  const bool fr = ctx.language() == Language::French;
  const bool text = ctx.format() == OutputFormat::Text;
  auto out = ctx.table_writer();
  out->begin({fr ? "Prestations et cofinancement" : "Prestations and co-financing",
              {{"id", "N°", 3, Align::Right}, {"commune", "Commune", 34}, {"type", "Type", 22},
               {"date", "Date", 0}, {"status", fr ? "Statut" : "Status", 0},
               {"price_ht", fr ? "Prix HT" : "Price HT", 0, Align::Right},
               {"payer", fr ? "Payeur" : "Payer", 7}, {"payer_name", fr ? "Nom" : "Name", 0},
               {"share_ht", fr ? "Part HT" : "Share HT", 9, Align::Right},
               {"cap_reached", fr ? "Plafond" : "Cap", 0}}});  // 79 columns of text
  bool any_cap = false;
  for (const auto& p : list) {
    for (const auto& s : store.split(p.id).shares) {
      any_cap = any_cap || s.cap_reached;
      out->row({p.id, p.commune, text ? type_label(p.type, fr) : to_string(p.type), p.date.iso(),
                to_string(p.status), p.price_ht, text ? text_payer(s) : s.payer, s.payer_name, s.amount,
                cap_note(s, fr, text)});
    }
  }
  out->end();
  if (text && any_cap) std::cout << (fr ? "* plafond atteint\n" : "* co-financing cap reached\n");
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
  write_splits(ctx, cofinancing, {*cofinancing.prestation(p.id)});
  if (ctx.format() == OutputFormat::Text && cofinancing.split(p.id).cap_reached()) {
    std::cout << (ctx.language() == Language::French ? "Attention : un plafond de cofinancement est atteint.\n"
                                                     : "Note: a co-financing cap is reached.\n");
  }
}

void list_prestations(const Context& ctx, const PrestationOptions& o, bool one) {
  auto store = ctx.open_for_read();
  SqliteCofinancingStore cofinancing(*store);
  std::vector<Prestation> list;
  if (one) {
    auto p = cofinancing.prestation(o.id);
    if (!p) throw Error(ErrorKind::NotFound, "unknown prestation " + std::to_string(o.id));
    list.push_back(*p);
  } else {
    list = cofinancing.prestations(o.commune);
    std::stable_sort(list.begin(), list.end(), comes_before);
  }
  write_splits(ctx, cofinancing, list);
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
