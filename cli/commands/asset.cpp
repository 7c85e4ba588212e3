// comptoir asset add|list|show|dispose|schedule: the fixed-asset register
// (rules/assets), its depreciation schedules year by year and per fiscal
// year (reports/asset_reports), the investment subsidy linked to an asset.
// The closing posts what the register says (rules/closing).
#include <iostream>

#include "assets/asset_register.hpp"
#include "commands.hpp"
#include "core/error.hpp"
#include "reports/asset_reports.hpp"
#include "store/sqlite_asset_store.hpp"

namespace comptoir::cli {
namespace {

struct AssetOptions {
  std::string code, entity, label, account, in_service, cost, residual = "0", date, price;
  std::string subsidy, subsidy_account = "131000";
  int life = 0;
  int year = 0;
};

// The asset store and register over a book opened for reading.
struct AssetBooks {
  explicit AssetBooks(const Context& ctx) : store(ctx.open_for_read()), assets(*store), reg(assets, *store) {}
  std::unique_ptr<SqliteBook> store;
  SqliteAssetStore assets;
  AssetRegister reg;
};

Asset asset_of(const AssetOptions& o) {
  Asset a;
  a.code = o.code;
  a.entity = o.entity;
  a.label = o.label;
  a.account = o.account;
  a.in_service = Date::parse(o.in_service);
  a.cost = Money::parse(o.cost);
  a.life_years = o.life;
  a.residual = Money::parse(o.residual);
  if (!o.subsidy.empty()) a.subsidy = InvestmentSubsidy{o.subsidy_account, Money::parse(o.subsidy)};
  return a;
}

void add_asset(const Context& ctx, const AssetOptions& o) {
  const Asset asset = asset_of(o);  // parse errors before opening the book
  auto store = ctx.open_for_write();
  SqliteAssetStore assets(*store);
  AssetRegister reg(assets, *store);
  auto scope = store->begin();
  reg.add(asset);
  scope->commit();
  std::cout << "Added asset " << asset.code << " (" << asset.entity << ", " << asset.account << ", "
            << asset.cost.to_string() << " over " << asset.life_years << " years from " << asset.in_service.iso()
            << ")";
  if (asset.subsidy) {
    std::cout << ", investment subsidy " << asset.subsidy->amount.to_string() << " on " << asset.subsidy->account;
  }
  std::cout << '\n';
}

void link_subsidy(const Context& ctx, const AssetOptions& o) {
  const InvestmentSubsidy subsidy{o.subsidy_account, Money::parse(o.subsidy)};
  auto store = ctx.open_for_write();
  SqliteAssetStore assets(*store);
  AssetRegister reg(assets, *store);
  auto scope = store->begin();
  const Asset asset = reg.link_subsidy(o.code, subsidy);
  scope->commit();
  std::cout << "Linked a subsidy of " << subsidy.amount.to_string() << " (" << subsidy.account << ") to asset "
            << asset.code << ", released at its depreciation rate\n";
}

void dispose_asset(const Context& ctx, const AssetOptions& o) {
  const AssetDisposal disposal{Date::parse(o.date), Money::parse(o.price)};
  auto store = ctx.open_for_write();
  SqliteAssetStore assets(*store);
  AssetRegister reg(assets, *store);
  auto scope = store->begin();
  const Asset asset = reg.dispose(o.code, disposal);
  scope->commit();
  const auto last = reg.schedule(asset).back();
  std::cout << "Disposed of asset " << asset.code << " on " << disposal.date.iso() << " for "
            << disposal.price.to_string() << " (net book value " << last.net_book_value.to_string() << ")\n";
}

void register_asset_add(CLI::App& cmd, Context& ctx, const std::shared_ptr<AssetOptions>& o) {
  auto* add = cmd.add_subcommand("add", "Record a fixed asset (no entry: the closing will post its depreciation)");
  add->add_option("code", o->code, "Asset code, e.g. PC-2025-01")->required();
  add->add_option("--entity", o->entity, "AT or RES")->required();
  add->add_option("--label", o->label, "What the asset is")->required();
  add->add_option("--account", o->account, "Class-2 account of the entity's chart, e.g. 218300")->required();
  add->add_option("--in-service", o->in_service, "Date put in service (YYYY-MM-DD): depreciation starts that day")
      ->required();
  add->add_option("--cost", o->cost, "Acquisition cost in euros, e.g. 12000 or 12 000,00")->required();
  add->add_option("--life", o->life, "Useful life in years")->required();
  add->add_option("--residual", o->residual, "Residual value in euros (default 0)");
  add->add_option("--subsidy", o->subsidy,
                  "Investment subsidy that financed it, in euros: released to 747 at the depreciation rate");
  add->add_option("--subsidy-account", o->subsidy_account, "13x account of the subsidy (default 131000)");
  add->callback([&ctx, o] { add_asset(ctx, *o); });
}

}  // namespace

void register_asset(CLI::App& app, Context& ctx) {
  auto o = std::make_shared<AssetOptions>();
  auto* cmd = app.add_subcommand("asset", "Fixed assets: register, straight-line depreciation, disposals");
  cmd->require_subcommand(1);
  register_asset_add(*cmd, ctx, o);
  auto* list = cmd->add_subcommand("list", "The asset register");
  list->add_option("--entity", o->entity, "Only this entity");
  list->callback([&ctx, o] {
    AssetBooks b(ctx);
    if (!o->entity.empty() && !b.store->entity(o->entity)) {
      throw Error(ErrorKind::NotFound, "unknown entity " + o->entity);
    }
    write_asset_list(b.reg, o->entity, ctx.labels(), *ctx.table_writer());
  });
  auto* show = cmd->add_subcommand("show", "One asset: its terms and its depreciation schedule year by year");
  show->add_option("code", o->code, "Asset code")->required();
  show->callback([&ctx, o] {
    AssetBooks b(ctx);
    write_asset_sheet(b.reg, o->code, ctx.labels(), *ctx.table_writer());
    if (ctx.format() == OutputFormat::Text) ctx.out() << '\n';
    write_asset_schedule(b.reg, o->code, ctx.labels(), *ctx.table_writer());
  });
  auto* subsidy = cmd->add_subcommand("subsidy", "Link an investment subsidy (13x) to an asset, once");
  subsidy->add_option("code", o->code, "Asset code")->required();
  subsidy->add_option("--amount", o->subsidy, "Subsidy in euros, at most the cost")->required();
  subsidy->add_option("--account", o->subsidy_account, "13x account of the subsidy (default 131000)");
  subsidy->callback([&ctx, o] { link_subsidy(ctx, *o); });
  auto* dispose = cmd->add_subcommand("dispose", "Record a disposal: the closing posts the exit and the sale");
  dispose->add_option("code", o->code, "Asset code")->required();
  dispose->add_option("--date", o->date, "Disposal date (YYYY-MM-DD)")->required();
  dispose->add_option("--price", o->price, "Sale price in euros (0 when scrapped)")->required();
  dispose->callback([&ctx, o] { dispose_asset(ctx, *o); });
  auto* schedule = cmd->add_subcommand("schedule", "Each asset's depreciation for one fiscal year, with totals");
  schedule->add_option("--entity", o->entity, "AT or RES")->required();
  schedule->add_option("--year", o->year, fiscal_year_help)->required();
  schedule->callback([&ctx, o] {
    AssetBooks b(ctx);
    const FiscalYear year = b.reg.fiscal_year(o->entity, o->year);
    write_asset_year_schedule(b.reg, o->entity, year, ctx.labels(), *ctx.table_writer());
  });
}

}  // namespace comptoir::cli
