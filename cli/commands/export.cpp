// comptoir export fec: writes SirenFECAAAAMMJJ.txt for one entity and year.
#include <filesystem>
#include <fstream>
#include <iostream>

#include "commands.hpp"
#include "core/error.hpp"
#include "fec/fec_export.hpp"

namespace comptoir::cli {
namespace {

struct ExportOptions {
  std::string entity;
  int year = 0;
  std::string out_dir = ".";
};

void run_export_fec(const Context& ctx, const ExportOptions& o) {
  auto store = ctx.open_for_read();
  auto entity = store->entity(o.entity);
  if (!entity) throw Error(ErrorKind::NotFound, "unknown entity '" + o.entity + "'");
  const FiscalYear* year = nullptr;
  const auto years = store->fiscal_years(o.entity);
  for (const auto& y : years) {
    if (y.year == o.year) year = &y;
  }
  if (year == nullptr) throw Error(ErrorKind::NotFound, "no fiscal year " + std::to_string(o.year) + " in " + o.entity);
  std::filesystem::create_directories(o.out_dir);
  const auto path = std::filesystem::path(o.out_dir) / fec_file_name(*entity, *year);
  const auto tmp = path.string() + ".part";
  {
    std::ofstream out(tmp, std::ios::binary);
    if (!out) throw Error(ErrorKind::InvalidInput, "cannot write " + tmp);
    export_fec(*store, o.entity, o.year, out);
    out.close();
    if (!out) throw Error(ErrorKind::Storage, "failed writing " + tmp);
  }
  std::filesystem::rename(tmp, path);  // never leave a half-written FEC under its real name
  std::cout << path.string() << '\n';
}

}  // namespace

void register_export(CLI::App& app, Context& ctx) {
  auto o = std::make_shared<ExportOptions>();
  auto* cmd = app.add_subcommand("export", "Export files from the books");
  cmd->require_subcommand(1);
  auto* fec = cmd->add_subcommand("fec", "Write the FEC file SirenFECAAAAMMJJ.txt of an entity's fiscal year");
  fec->add_option("--entity", o->entity, "AT or RES")->required();
  fec->add_option("--year", o->year, fiscal_year_help)->required();
  fec->add_option("--out", o->out_dir, "Output directory (default: current directory)");
  fec->callback([&ctx, o] { run_export_fec(ctx, *o); });
}

}  // namespace comptoir::cli
