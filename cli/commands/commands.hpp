// One register function per command file: each adds its subcommand(s) to
// the app and runs them with the shared context.
#pragma once

#include <CLI/CLI.hpp>

#include "context.hpp"

namespace comptoir::cli {

void register_init(CLI::App& app, Context& ctx);
void register_account(CLI::App& app, Context& ctx);
void register_year(CLI::App& app, Context& ctx);
void register_entity(CLI::App& app, Context& ctx);
void register_post(CLI::App& app, Context& ctx);
void register_validate(CLI::App& app, Context& ctx);
void register_journal(CLI::App& app, Context& ctx);
void register_ledger(CLI::App& app, Context& ctx);
void register_letter(CLI::App& app, Context& ctx);
void register_balance(CLI::App& app, Context& ctx);
void register_import(CLI::App& app, Context& ctx);
void register_export(CLI::App& app, Context& ctx);
void register_verify(CLI::App& app, Context& ctx);
void register_demo(CLI::App& app, Context& ctx);
void register_forecast_cafe(CLI::App& app, Context& ctx);
void register_forecast_funding(CLI::App& app, Context& ctx);
void register_forecast_compare(CLI::App& app, Context& ctx);
void register_guinguette(CLI::App& app, Context& ctx);
void register_commune(CLI::App& app, Context& ctx);
void register_cofinancing(CLI::App& app, Context& ctx);
void register_prestation(CLI::App& app, Context& ctx);
void register_vat(CLI::App& app, Context& ctx);
void register_interco(CLI::App& app, Context& ctx);
void register_grant(CLI::App& app, Context& ctx);
void register_asset(CLI::App& app, Context& ctx);
void register_close(CLI::App& app, Context& ctx);
void register_report(CLI::App& app, Context& ctx);
void register_pack(CLI::App& app, Context& ctx);

}  // namespace comptoir::cli
